"""Indexes for the statistics (统计报表 and the supervisor's overview) on large databases.

Each turns a full scan of one of the report's queries into a range search (bench/bench_stats.py,
1,000,000 demo cases, one month; bench/README.md has the numbers):

- cases (closed_at, id): the cases closed in the period (结案情况), instead of scanning every
  case (the id, which every entry holds anyway, keeps SQLite counting all cases through the
  smaller ix_cases_employer: on (closed_at) alone it would pick this index for count(*));
- cases (officer_id, status, case_type): open cases by officer (在办案件, the overview) read from
  the index alone, instead of a lookup of every case's row;
- case_events (kind, event_date): the transfers to the police in the period, instead of a scan of
  every event;
- case_deadlines (period_code, due_date): the deadlines of the measured periods falling due in
  the period (法定期限执行情况);
- payments (paid_on): the payments of the period (追回工资).

Revision ID: 0011_statistics_indexes
Revises: 0010_saved_filters
Create Date: 2026-11-28
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0011_statistics_indexes"
down_revision: str | Sequence[str] | None = "0010_saved_filters"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    ("ix_cases_closed", "cases", ["closed_at", "id"]),
    ("ix_cases_officer_status", "cases", ["officer_id", "status", "case_type"]),
    ("ix_case_events_kind_date", "case_events", ["kind", "event_date"]),
    ("ix_case_deadlines_period_due", "case_deadlines", ["period_code", "due_date"]),
    ("ix_payments_paid_on", "payments", ["paid_on"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
