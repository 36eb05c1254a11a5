"""Login: lockout after repeated failures, a password the user must change, the last login.

The office's first administrator (created without a password) is asked to set one at the first
login; existing users keep no password until the administrator gives them an initial one.

Revision ID: 0012_login
Revises: 0011_statistics_indexes
Create Date: 2026-11-28

Only portable op.* calls (the same file builds PostgreSQL).
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_login"
down_revision: str | Sequence[str] | None = "0011_statistics_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# plain ALTER TABLE, not a batch copy of the table: users is referenced by most tables, and SQLite
# (3.35+) adds and drops these columns in place
def upgrade() -> None:
    op.add_column("users", sa.Column("failed_logins", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("users", sa.Column("locked_until", sa.DateTime(), nullable=True))
    op.add_column("users", sa.Column("must_change_password", sa.Boolean(), nullable=False,
                                     server_default=sa.false()))
    op.add_column("users", sa.Column("password_changed_at", sa.DateTime(), nullable=True))
    op.add_column("users", sa.Column("last_login_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    for column in ("last_login_at", "password_changed_at", "must_change_password", "locked_until",
                   "failed_logins"):
        op.drop_column("users", column)
