"""The police's side of a 移送: the 24-hour hand-over after approval and the 3 days the police
have to decide on 立案 (国务院令第310号), as two rows of the period catalogue; and the periods
another authority keeps (the police, the legal-aid centre) told apart from a party's.

A fresh database already has them from 0002 (which loads the current periods.csv); a database
made before them gets the rows here, once: codes already present are left as the
administrator keeps them.

Revision ID: 0006_transfer_periods
Revises: 0005_next_deadline_index
Create Date: 2026-11-28
"""
from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision: str = "0006_transfer_periods"
down_revision: str | Sequence[str] | None = "0005_next_deadline_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CODES = ("crime.transfer", "crime.police_decision")
# the legal-aid centre's periods were loaded as a party's (0002): the office only watches them
OTHER_AUTHORITY = ("legal_aid.decision", "legal_aid.assignment")
REFERENCE = Path(__file__).resolve().parents[1] / "reference"
_c = sa.column
PERIODS = sa.table(
    "statutory_periods", _c("code", sa.String), _c("name", sa.String), _c("case_types", sa.String),
    _c("trigger", sa.String), _c("anchor", sa.String), _c("before", sa.Boolean),
    _c("length", sa.Integer), _c("unit", sa.String), _c("roll", sa.String), _c("duty", sa.String),
    _c("met_by", sa.String), _c("extension_length", sa.Integer), _c("extension_event", sa.String),
    _c("extension_approver", sa.String), _c("suspended_by", sa.String),
    _c("resumed_by", sa.String), _c("restarted_by", sa.String), _c("basis", sa.String),
    _c("effective_from", sa.Date), _c("effective_to", sa.Date), _c("note", sa.Text),
    _c("active", sa.Boolean),
)


def _rows() -> list[dict[str, str]]:
    with open(REFERENCE / "periods.csv", encoding="utf-8-sig", newline="") as fh:
        return [{k: (v or "").strip() for k, v in r.items() if k} for r in csv.DictReader(fh)
                if r["code"] in CODES]


def _date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def upgrade() -> None:
    # INSERT ... SELECT ... WHERE NOT EXISTS: idempotent, and renders as plain SQL offline
    for r in _rows():
        values = {
            "code": r["code"], "name": r["name"], "case_types": r["case_types"],
            "trigger": r["trigger"], "anchor": r["anchor"], "before": r["before"] == "1",
            "length": int(r["length"] or 0), "unit": r["unit"],
            "roll": r["roll"] or "next_working_day", "duty": r["duty"] or "agency",
            "met_by": r["met_by"], "extension_length": int(r["extension_length"] or 0),
            "extension_event": r["extension_event"], "extension_approver": r["extension_approver"],
            "suspended_by": r["suspended_by"], "resumed_by": r["resumed_by"],
            "restarted_by": r["restarted_by"], "basis": r["basis"],
            "effective_from": _date(r["effective_from"]), "effective_to": _date(r["effective_to"]),
            "note": r["note"], "active": True,
        }
        columns = [PERIODS.c[k] for k in values]
        present = sa.select(PERIODS.c.code).where(PERIODS.c.code == r["code"]).exists()
        source = sa.select(*[sa.literal(v, type_=c.type).label(c.name) for c, v in
                             zip(columns, values.values(), strict=True)]).where(~present)
        op.execute(PERIODS.insert().from_select([c.name for c in columns], source))
    op.execute(PERIODS.update().where(PERIODS.c.code.in_(OTHER_AUTHORITY), PERIODS.c.duty == "party")
               .values(duty="other_authority"))


def downgrade() -> None:
    # the steps these rows count from are unknown to the 0005 program
    op.execute(PERIODS.delete().where(PERIODS.c.code.in_(CODES)))
    op.execute(PERIODS.update().where(PERIODS.c.duty == "other_authority").values(duty="party"))
