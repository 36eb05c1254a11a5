"""The arbitration path: the case's procedure (一般 / 简易处理) and green-channel mark, the
tribunal, hearing rooms and hearings, awards and their items; how long files are kept.

Revision ID: 0007_arbitration
Revises: 0006_transfer_periods
Create Date: 2026-11-28

Only portable op.* calls (the same file builds PostgreSQL).
"""
from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision: str = "0007_arbitration"
down_revision: str | Sequence[str] | None = "0006_transfer_periods"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("award_items", "awards", "hearings", "hearing_rooms", "tribunal_members")  # drop order
# 办案规则 Art. 24: files kept at least 10 years after an award, 5 after a mediation or another
# closing; an office may keep them longer (设置)
SETTINGS = {"arbitration.retention_years.award": "10", "arbitration.retention_years.other": "5",
            # 调解仲裁法 Art. 7: 劳动者一方在十人以上 is a collective dispute (3 arbitrators, heard first)
            "arbitration.collective_dispute_workers": "10",
            # 办案规则: a collective dispute elects three to five representatives
            "arbitration.collective_representatives_min": "3",
            "arbitration.collective_representatives_max": "5",
            # the office's hours hearings are booked in (domain.hearing_slots has the same defaults)
            "hearing.day_start": "08:30", "hearing.day_end": "18:00"}
# a new office starts with rooms to book; 设置 renames them or adds more
ROOMS = ("第一仲裁庭", "第二仲裁庭", "第三仲裁庭")
NEW_PERIODS = ("arbitration.answer_agreed", "arbitration.recusal_decision")
REFERENCE = Path(__file__).resolve().parents[1] / "reference"


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("procedure", sa.String(length=20), nullable=False,
                                   server_default="general"))
        batch.add_column(sa.Column("green_channel", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
    op.create_index("ix_cases_type_green", "cases", ["case_type", "green_channel", "received_date", "id"])

    op.create_table('tribunal_members',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('role', sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'],
                                name=op.f('fk_tribunal_members_case_id_cases'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_tribunal_members_user_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_tribunal_members')),
        sa.UniqueConstraint('case_id', 'user_id', name='uq_tribunal_members_case_user'),
    )
    op.create_index(op.f('ix_tribunal_members_case_id'), 'tribunal_members', ['case_id'])
    op.create_index(op.f('ix_tribunal_members_user_id'), 'tribunal_members', ['user_id'])

    rooms = op.create_table('hearing_rooms',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=50), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_hearing_rooms')),
        sa.UniqueConstraint('name', name=op.f('uq_hearing_rooms_name')),
    )
    op.bulk_insert(rooms, [{"name": n, "active": True} for n in ROOMS])

    op.create_table('hearings',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('room_id', sa.Integer(), nullable=False),
        sa.Column('hearing_date', sa.Date(), nullable=False),
        sa.Column('start_minute', sa.Integer(), nullable=False),
        sa.Column('end_minute', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'],
                                name=op.f('fk_hearings_case_id_cases'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['room_id'], ['hearing_rooms.id'], name=op.f('fk_hearings_room_id_hearing_rooms')),
        sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_hearings_created_by_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_hearings')),
    )
    op.create_index(op.f('ix_hearings_case_id'), 'hearings', ['case_id'])
    op.create_index('ix_hearings_day_room', 'hearings', ['hearing_date', 'room_id'])

    op.create_table('awards',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('part', sa.String(length=20), nullable=False),
        sa.Column('number', sa.String(length=80), nullable=False),
        sa.Column('made_on', sa.Date(), nullable=False),
        sa.Column('cap_fen', sa.BigInteger(), nullable=False),
        sa.Column('partial', sa.Boolean(), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'],
                                name=op.f('fk_awards_case_id_cases'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['document_id'], ['issued_documents.id'],
                                name=op.f('fk_awards_document_id_issued_documents'), ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_awards_created_by_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_awards')),
    )
    op.create_index(op.f('ix_awards_case_id'), 'awards', ['case_id'])

    op.create_table('award_items',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('award_id', sa.Integer(), nullable=True),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('case_worker_id', sa.Integer(), nullable=True),
        sa.Column('kind', sa.String(length=30), nullable=False),
        sa.Column('label', sa.String(length=200), nullable=False),
        sa.Column('claimed_fen', sa.BigInteger(), nullable=False),
        sa.Column('awarded_fen', sa.BigInteger(), nullable=False),
        sa.Column('final', sa.Boolean(), nullable=True),
        sa.Column('rejected', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'],
                                name=op.f('fk_award_items_case_id_cases'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['award_id'], ['awards.id'],
                                name=op.f('fk_award_items_award_id_awards'), ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['case_worker_id'], ['case_workers.id'],
                                name=op.f('fk_award_items_case_worker_id_case_workers'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_award_items')),
    )
    op.create_index(op.f('ix_award_items_case_id'), 'award_items', ['case_id'])
    op.create_index(op.f('ix_award_items_award_id'), 'award_items', ['award_id'])

    settings = sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.Text))
    op.bulk_insert(settings, [{"key": k, "value": v} for k, v in SETTINGS.items()])

    # a 调解书 ends the case once both parties signed for it (调解仲裁法 Art. 42), not when agreed
    periods = sa.table("statutory_periods", sa.column("code", sa.String), sa.column("met_by", sa.String))
    op.execute(periods.update().where(periods.c.code == "arbitration.time_limit",
                                      periods.c.met_by == "mediated;awarded;withdrawn")
               .values(met_by="mediation_signed;awarded;withdrawn;arbitration_closed"))
    # 办案规则 Art. 58: in 简易处理 the respondent may agree to a shorter answer period, or none
    op.execute(periods.update().where(periods.c.code == "arbitration.answer",
                                      periods.c.met_by == "defence_received")
               .values(met_by="defence_received;answer_period_shortened"))
    _insert_missing_periods()

    # 办案规则 Art. 5: collective disputes and 农民工 wage claims go first (the green channel)
    op.execute(sa.text(
        "UPDATE cases SET green_channel = :yes WHERE case_type = 'arbitration' AND (worker_count >= 10 "
        "OR id IN (SELECT cw.case_id FROM case_workers cw JOIN workers w ON w.id = cw.worker_id "
        "WHERE w.is_migrant_worker = :yes))").bindparams(yes=True))


def _insert_missing_periods() -> None:
    """The periods of the steps this revision adds, from periods.csv, where a database made
    before them lacks them (a fresh one has them from 0002): INSERT ... WHERE NOT EXISTS."""
    c = sa.column
    table = sa.table(
        "statutory_periods", c("code", sa.String), c("name", sa.String), c("case_types", sa.String),
        c("trigger", sa.String), c("anchor", sa.String), c("before", sa.Boolean), c("length", sa.Integer),
        c("unit", sa.String), c("roll", sa.String), c("duty", sa.String), c("met_by", sa.String),
        c("extension_length", sa.Integer), c("extension_event", sa.String), c("extension_approver", sa.String),
        c("suspended_by", sa.String), c("resumed_by", sa.String), c("restarted_by", sa.String),
        c("basis", sa.String), c("effective_from", sa.Date), c("effective_to", sa.Date), c("note", sa.Text),
        c("active", sa.Boolean))
    with open(REFERENCE / "periods.csv", encoding="utf-8-sig", newline="") as fh:
        rows = [{k: (v or "").strip() for k, v in r.items() if k} for r in csv.DictReader(fh)
                if r["code"] in NEW_PERIODS]
    for r in rows:
        values = {
            "code": r["code"], "name": r["name"], "case_types": r["case_types"], "trigger": r["trigger"],
            "anchor": r["anchor"], "before": r["before"] == "1", "length": int(r["length"] or 0),
            "unit": r["unit"], "roll": r["roll"] or "next_working_day", "duty": r["duty"] or "agency",
            "met_by": r["met_by"], "extension_length": int(r["extension_length"] or 0),
            "extension_event": r["extension_event"], "extension_approver": r["extension_approver"],
            "suspended_by": r["suspended_by"], "resumed_by": r["resumed_by"], "restarted_by": r["restarted_by"],
            "basis": r["basis"], "effective_from": _date(r["effective_from"]),
            "effective_to": _date(r["effective_to"]), "note": r["note"], "active": True,
        }
        columns = [table.c[k] for k in values]
        present = sa.select(table.c.code).where(table.c.code == r["code"]).exists()
        source = sa.select(*[sa.literal(v, type_=col.type).label(col.name)
                             for col, v in zip(columns, values.values(), strict=True)]).where(~present)
        op.execute(table.insert().from_select([col.name for col in columns], source))


def _date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def downgrade() -> None:
    periods = sa.table("statutory_periods", sa.column("code", sa.String), sa.column("met_by", sa.String))
    op.execute(periods.update().where(periods.c.code == "arbitration.time_limit",
                                      periods.c.met_by == "mediation_signed;awarded;withdrawn;arbitration_closed")
               .values(met_by="mediated;awarded;withdrawn"))
    op.execute(periods.update().where(periods.c.code == "arbitration.answer",
                                      periods.c.met_by == "defence_received;answer_period_shortened")
               .values(met_by="defence_received"))
    op.execute(periods.delete().where(periods.c.code.in_(NEW_PERIODS)))
    settings = sa.table("settings", sa.column("key", sa.String))
    op.execute(settings.delete().where(settings.c.key.in_(list(SETTINGS))))
    for name in TABLES:
        op.drop_table(name)
    op.drop_index("ix_cases_type_green", table_name="cases")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("green_channel")
        batch.drop_column("procedure")
