"""Reference data with effective dates: holidays, the period catalogue, minimum wages and tiers,
average wage, crime thresholds, local notes; the stored deadlines of cases; three settings.

Revision ID: 0002_reference_data
Revises: 0001_initial
Create Date: 2026-11-30

Only portable op.* calls (the same file builds PostgreSQL). As in 0001, the CSV files are read
by this file's own lines of code and only the columns this revision's tables have are taken:
a migration is history and must do the same thing in five years, whatever the helpers in
wagecase/ have become. Money in the files is yuan with two decimals; the tables hold fen.
"""
from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision: str = "0002_reference_data"
down_revision: str | Sequence[str] | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REFERENCE = Path(__file__).resolve().parent.parent / "reference"

TABLES = (
    "case_deadlines", "local_notes", "crime_thresholds", "average_wages", "wage_tiers",
    "minimum_wages", "statutory_periods", "holiday_days",
)  # the order downgrade drops them in

SETTINGS = {
    "deadline.due_soon_working_days": "3",
    "final_award.minimum_wage_date": "award",  # decision 3: award | acceptance
    "office.province_code": "410000",
}


def upgrade() -> None:
    create_schema()
    load_reference_data()
    settings = sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.Text))
    op.bulk_insert(settings, [{"key": k, "value": v} for k, v in SETTINGS.items()])


def downgrade() -> None:
    settings = sa.table("settings", sa.column("key", sa.String))
    op.execute(settings.delete().where(settings.c.key.in_(list(SETTINGS))))
    for name in TABLES:
        op.drop_table(name)


# -- reading the files (this revision's columns only) ----------------------------------------

def _rows(name: str) -> list[dict[str, str]]:
    with open(REFERENCE / name, encoding="utf-8-sig", newline="") as fh:
        return [{k: (v or "").strip() for k, v in r.items() if k} for r in csv.DictReader(fh)]


def _fen(text: str) -> int:
    return int(Decimal(text) * 100)


def _date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _bool(text: str) -> bool:
    return text.strip().lower() in ("1", "true", "yes", "是")


def _int(text: str, default: int = 0) -> int:
    return int(text) if text else default


def load_reference_data() -> None:
    c = sa.column
    op.bulk_insert(sa.table(
        "statutory_periods", c("code", sa.String), c("name", sa.String), c("case_types", sa.String),
        c("trigger", sa.String), c("anchor", sa.String), c("before", sa.Boolean),
        c("length", sa.Integer), c("unit", sa.String), c("roll", sa.String), c("duty", sa.String),
        c("met_by", sa.String), c("extension_length", sa.Integer), c("extension_event", sa.String),
        c("extension_approver", sa.String), c("suspended_by", sa.String),
        c("resumed_by", sa.String), c("restarted_by", sa.String), c("basis", sa.String),
        c("effective_from", sa.Date), c("effective_to", sa.Date), c("note", sa.Text),
        c("active", sa.Boolean),
    ), [
        {
            "code": r["code"], "name": r["name"], "case_types": r["case_types"],
            "trigger": r["trigger"], "anchor": r["anchor"], "before": _bool(r["before"]),
            "length": _int(r["length"]), "unit": r["unit"],
            "roll": r["roll"] or "next_working_day", "duty": r["duty"] or "agency",
            "met_by": r["met_by"], "extension_length": _int(r["extension_length"]),
            "extension_event": r["extension_event"],
            "extension_approver": r["extension_approver"], "suspended_by": r["suspended_by"],
            "resumed_by": r["resumed_by"], "restarted_by": r["restarted_by"],
            "basis": r["basis"], "effective_from": _date(r["effective_from"]),
            "effective_to": _date(r["effective_to"]), "note": r["note"], "active": True,
        }
        for r in _rows("periods.csv")
    ])
    op.bulk_insert(sa.table(
        "minimum_wages", c("province_code", sa.String), c("tier", sa.Integer),
        c("monthly_fen", sa.BigInteger), c("hourly_fen", sa.BigInteger),
        c("effective_from", sa.Date), c("effective_to", sa.Date), c("document_no", sa.String),
        c("to_verify", sa.Boolean),
    ), [
        {
            "province_code": r["province_code"], "tier": int(r["tier"]),
            "monthly_fen": _fen(r["monthly_yuan"]), "hourly_fen": _fen(r["hourly_yuan"]),
            "effective_from": _date(r["effective_from"]), "effective_to": _date(r["effective_to"]),
            "document_no": r["document_no"], "to_verify": _bool(r["to_verify"]),
        }
        for r in _rows("minimum_wages.csv")
    ])
    op.bulk_insert(sa.table(
        "wage_tiers", c("county_code", sa.String), c("tier", sa.Integer),
        c("effective_from", sa.Date), c("effective_to", sa.Date), c("to_verify", sa.Boolean),
    ), [
        {
            "county_code": r["county_code"], "tier": int(r["tier"]),
            "effective_from": _date(r["effective_from"]), "effective_to": _date(r["effective_to"]),
            "to_verify": _bool(r["to_verify"]),
        }
        for r in _rows("wage_tiers.csv")
    ])
    op.bulk_insert(sa.table(
        "average_wages", c("province_code", sa.String), c("year", sa.Integer),
        c("annual_fen", sa.BigInteger), c("source", sa.String), c("to_verify", sa.Boolean),
    ), [
        {
            "province_code": r["province_code"], "year": int(r["year"]),
            "annual_fen": _fen(r["annual_yuan"]), "source": r["source"],
            "to_verify": _bool(r["to_verify"]),
        }
        for r in _rows("average_wages.csv")
    ])
    op.bulk_insert(sa.table(
        "crime_thresholds", c("province_code", sa.String), c("single_worker_fen", sa.BigInteger),
        c("single_worker_months", sa.Integer), c("group_workers", sa.Integer),
        c("group_total_fen", sa.BigInteger), c("effective_from", sa.Date),
        c("effective_to", sa.Date), c("source", sa.String),
    ), [
        {
            "province_code": r["province_code"], "single_worker_fen": _fen(r["single_worker_yuan"]),
            "single_worker_months": int(r["single_worker_months"]),
            "group_workers": int(r["group_workers"]), "group_total_fen": _fen(r["group_total_yuan"]),
            "effective_from": _date(r["effective_from"]), "effective_to": _date(r["effective_to"]),
            "source": r["source"],
        }
        for r in _rows("crime_thresholds.csv")
    ])
    op.bulk_insert(sa.table(
        "local_notes", c("province_code", sa.String), c("topic", sa.String),
        c("case_type", sa.String), c("text", sa.Text), c("source", sa.String),
    ), [
        {"province_code": r["province_code"], "topic": r["topic"], "case_type": r["case_type"],
         "text": r["text"], "source": r["source"]}
        for r in _rows("local_notes.csv")
    ])


def create_schema() -> None:
    op.create_table('holiday_days',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('is_workday', sa.Boolean(), nullable=False),
        sa.Column('name', sa.String(length=20), nullable=False),
        sa.Column('note', sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_holiday_days')),
        sa.UniqueConstraint('day', name=op.f('uq_holiday_days_day'))
    )
    op.create_index(op.f('ix_holiday_days_year'), 'holiday_days', ['year'])

    op.create_table('statutory_periods',
        sa.Column('code', sa.String(length=60), nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('case_types', sa.String(length=60), nullable=False),
        sa.Column('trigger', sa.String(length=80), nullable=False),
        sa.Column('anchor', sa.String(length=40), nullable=False),
        sa.Column('before', sa.Boolean(), nullable=False),
        sa.Column('length', sa.Integer(), nullable=False),
        sa.Column('unit', sa.String(length=20), nullable=False),
        sa.Column('roll', sa.String(length=30), nullable=False),
        sa.Column('duty', sa.String(length=20), nullable=False),
        sa.Column('met_by', sa.String(length=400), nullable=False),
        sa.Column('extension_length', sa.Integer(), nullable=False),
        sa.Column('extension_event', sa.String(length=60), nullable=False),
        sa.Column('extension_approver', sa.String(length=100), nullable=False),
        sa.Column('suspended_by', sa.String(length=400), nullable=False),
        sa.Column('resumed_by', sa.String(length=400), nullable=False),
        sa.Column('restarted_by', sa.String(length=400), nullable=False),
        sa.Column('basis', sa.String(length=200), nullable=False),
        sa.Column('effective_from', sa.Date(), nullable=True),
        sa.Column('effective_to', sa.Date(), nullable=True),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('code', name=op.f('pk_statutory_periods'))
    )
    op.create_table('minimum_wages',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('province_code', sa.String(length=6), nullable=False),
        sa.Column('tier', sa.Integer(), nullable=False),
        sa.Column('monthly_fen', sa.BigInteger(), nullable=False),
        sa.Column('hourly_fen', sa.BigInteger(), nullable=False),
        sa.Column('effective_from', sa.Date(), nullable=False),
        sa.Column('effective_to', sa.Date(), nullable=True),
        sa.Column('document_no', sa.String(length=100), nullable=False),
        sa.Column('to_verify', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_minimum_wages')),
        sa.UniqueConstraint('province_code', 'tier', 'effective_from',
                            name='uq_minimum_wages_province_tier_from')
    )
    op.create_table('wage_tiers',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('county_code', sa.String(length=6), nullable=False),
        sa.Column('tier', sa.Integer(), nullable=False),
        sa.Column('effective_from', sa.Date(), nullable=False),
        sa.Column('effective_to', sa.Date(), nullable=True),
        sa.Column('to_verify', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_wage_tiers'))
    )
    op.create_index(op.f('ix_wage_tiers_county_code'), 'wage_tiers', ['county_code'])

    op.create_table('average_wages',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('province_code', sa.String(length=6), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('annual_fen', sa.BigInteger(), nullable=False),
        sa.Column('source', sa.String(length=300), nullable=False),
        sa.Column('to_verify', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_average_wages')),
        sa.UniqueConstraint('province_code', 'year', name='uq_average_wages_province_year')
    )
    op.create_table('crime_thresholds',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('province_code', sa.String(length=6), nullable=False),
        sa.Column('single_worker_fen', sa.BigInteger(), nullable=False),
        sa.Column('single_worker_months', sa.Integer(), nullable=False),
        sa.Column('group_workers', sa.Integer(), nullable=False),
        sa.Column('group_total_fen', sa.BigInteger(), nullable=False),
        sa.Column('effective_from', sa.Date(), nullable=False),
        sa.Column('effective_to', sa.Date(), nullable=True),
        sa.Column('source', sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_crime_thresholds'))
    )
    op.create_table('local_notes',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('province_code', sa.String(length=6), nullable=False),
        sa.Column('topic', sa.String(length=60), nullable=False),
        sa.Column('case_type', sa.String(length=20), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('source', sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_local_notes'))
    )
    op.create_table('case_deadlines',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('period_code', sa.String(length=60), nullable=False),
        sa.Column('start_date', sa.Date(), nullable=False),
        sa.Column('due_date', sa.Date(), nullable=True),
        sa.Column('met_on', sa.Date(), nullable=True),
        sa.Column('provisional', sa.Boolean(), nullable=False),
        sa.Column('extended', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'],
                                name=op.f('fk_case_deadlines_case_id_cases'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_case_deadlines'))
    )
    op.create_index(op.f('ix_case_deadlines_case_id'), 'case_deadlines', ['case_id'])
    op.create_index('ix_case_deadlines_open_due', 'case_deadlines', ['met_on', 'due_date'])
