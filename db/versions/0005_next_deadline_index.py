"""An index for a case's earliest open deadline (the case list's 下一期限 column).

Without it SQLite answers "min(due_date) of this case's open deadlines" through the
(met_on, due_date) index of 工作台's due list, scanning every open deadline per listed case:
1.5 s for a page of 50 on 100,000 cases instead of 0.1 ms.

Revision ID: 0005_next_deadline_index
Revises: 0004_inspection
Create Date: 2026-11-28
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005_next_deadline_index"
down_revision: str | Sequence[str] | None = "0004_inspection"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_case_deadlines_case_open", "case_deadlines",
                    ["case_id", "met_on", "due_date"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_case_deadlines_case_open", table_name="case_deadlines")
