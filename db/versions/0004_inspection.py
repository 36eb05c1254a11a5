"""The labour-inspection path: payments per worker and supervisor approvals; the 陈述申辩
period the office allows after a 事先告知.

Revision ID: 0004_inspection
Revises: 0003_documents
Create Date: 2026-12-09

Only portable op.* calls (the same file builds PostgreSQL).
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_inspection"
down_revision: str | Sequence[str] | None = "0003_documents"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("approvals", "payments")  # drop order
# local practice (rules.md §1): 3 working days to state a case after the 事先告知
SETTINGS = {"inspection.representation_working_days": "3"}


def upgrade() -> None:
    op.create_table('payments',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('case_worker_id', sa.Integer(), nullable=False),
        sa.Column('paid_on', sa.Date(), nullable=False),
        sa.Column('amount_fen', sa.BigInteger(), nullable=False),
        sa.Column('payer', sa.String(length=30), nullable=False),
        sa.Column('method', sa.String(length=20), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.Column('recorded_by', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'],
                                name=op.f('fk_payments_case_id_cases'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['case_worker_id'], ['case_workers.id'],
                                name=op.f('fk_payments_case_worker_id_case_workers'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['recorded_by'], ['users.id'],
                                name=op.f('fk_payments_recorded_by_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_payments'))
    )
    op.create_index(op.f('ix_payments_case_id'), 'payments', ['case_id'])
    op.create_index(op.f('ix_payments_case_worker_id'), 'payments', ['case_worker_id'])

    op.create_table('approvals',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('action', sa.String(length=40), nullable=False),
        sa.Column('inputs', sa.Text(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('requested_by', sa.Integer(), nullable=True),
        sa.Column('requested_at', sa.DateTime(), nullable=False),
        sa.Column('decided_by', sa.Integer(), nullable=True),
        sa.Column('decided_at', sa.DateTime(), nullable=True),
        sa.Column('comment', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'],
                                name=op.f('fk_approvals_case_id_cases'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['requested_by'], ['users.id'],
                                name=op.f('fk_approvals_requested_by_users')),
        sa.ForeignKeyConstraint(['decided_by'], ['users.id'],
                                name=op.f('fk_approvals_decided_by_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_approvals'))
    )
    op.create_index(op.f('ix_approvals_case_id'), 'approvals', ['case_id'])
    op.create_index('ix_approvals_status', 'approvals', ['status', 'requested_at'])

    settings = sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.Text))
    op.bulk_insert(settings, [{"key": k, "value": v} for k, v in SETTINGS.items()])


def downgrade() -> None:
    settings = sa.table("settings", sa.column("key", sa.String))
    op.execute(settings.delete().where(settings.c.key.in_(list(SETTINGS))))
    for name in TABLES:
        op.drop_table(name)
