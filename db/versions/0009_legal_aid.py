"""Legal-aid referral: the directory of centres and on-site workstations, and referrals.

Revision ID: 0009_legal_aid
Revises: 0008_blacklist
Create Date: 2026-11-28

Only portable op.* calls (the same file builds PostgreSQL).
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_legal_aid"
down_revision: str | Sequence[str] | None = "0008_blacklist"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("referrals", "legal_aid_centres")  # drop order


def upgrade() -> None:
    op.create_table('legal_aid_centres',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('address', sa.String(length=200), nullable=False),
        sa.Column('phone', sa.String(length=50), nullable=False),
        sa.Column('counties', sa.Text(), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_legal_aid_centres')),
        sa.UniqueConstraint('name', name=op.f('uq_legal_aid_centres_name')),
    )
    op.create_table('referrals',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('case_worker_id', sa.Integer(), nullable=True),
        sa.Column('centre_id', sa.Integer(), nullable=True),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('urgent', sa.Boolean(), nullable=False),
        sa.Column('urgency', sa.Text(), nullable=False),
        sa.Column('applied_on', sa.Date(), nullable=False),
        sa.Column('sent_on', sa.Date(), nullable=True),
        sa.Column('received_on', sa.Date(), nullable=True),
        sa.Column('decided_on', sa.Date(), nullable=True),
        sa.Column('assigned_on', sa.Date(), nullable=True),
        sa.Column('closed_on', sa.Date(), nullable=True),
        sa.Column('refusal_reason', sa.Text(), nullable=False),
        sa.Column('lawyer_name', sa.String(length=50), nullable=False),
        sa.Column('lawyer_firm', sa.String(length=100), nullable=False),
        sa.Column('lawyer_phone', sa.String(length=50), nullable=False),
        sa.Column('outcome', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_referrals_case_id_cases'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['case_worker_id'], ['case_workers.id'],
                                name=op.f('fk_referrals_case_worker_id_case_workers'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['centre_id'], ['legal_aid_centres.id'],
                                name=op.f('fk_referrals_centre_id_legal_aid_centres')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_referrals')),
    )
    op.create_index(op.f('ix_referrals_case_id'), 'referrals', ['case_id'])
    op.create_index('ix_referrals_status_sent', 'referrals', ['status', 'sent_on'])


def downgrade() -> None:
    for name in TABLES:
        op.drop_table(name)
