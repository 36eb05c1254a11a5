"""Saved filters (我的工作队列): a user's named case-list conditions, per list.

Revision ID: 0010_saved_filters
Revises: 0009_legal_aid
Create Date: 2026-11-28

Only portable op.* calls (the same file builds PostgreSQL).
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_saved_filters"
down_revision: str | Sequence[str] | None = "0009_legal_aid"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('saved_filters',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=50), nullable=False),
        sa.Column('list_key', sa.String(length=30), nullable=False),
        sa.Column('criteria', sa.Text(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_saved_filters_user_id_users'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_saved_filters')),
        sa.UniqueConstraint('user_id', 'list_key', 'name', name='uq_saved_filters_user_list_name'),
    )


def downgrade() -> None:
    op.drop_table('saved_filters')
