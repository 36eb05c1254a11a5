"""The employer blacklist: listings (one procedure per employer and case) and who they name.

Revision ID: 0008_blacklist
Revises: 0007_arbitration
Create Date: 2026-11-28

Only portable op.* calls (the same file builds PostgreSQL).
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_blacklist"
down_revision: str | Sequence[str] | None = "0007_arbitration"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("listing_subjects", "listings")  # drop order


def upgrade() -> None:
    op.create_table('listings',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=True),
        sa.Column('employer_id', sa.Integer(), nullable=False),
        sa.Column('rule', sa.String(length=10), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('grounds', sa.Text(), nullable=False),
        sa.Column('proposed_on', sa.Date(), nullable=False),
        sa.Column('decided_on', sa.Date(), nullable=True),
        sa.Column('ends_on', sa.Date(), nullable=True),
        sa.Column('removed_on', sa.Date(), nullable=True),
        sa.Column('removal_kind', sa.String(length=20), nullable=False),
        sa.Column('decision_number', sa.String(length=120), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_listings_case_id_cases'),
                                ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['employer_id'], ['employers.id'], name=op.f('fk_listings_employer_id_employers')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_listings')),
    )
    op.create_index(op.f('ix_listings_case_id'), 'listings', ['case_id'])
    op.create_index(op.f('ix_listings_employer_id'), 'listings', ['employer_id'])
    op.create_index('ix_listings_status_end', 'listings', ['status', 'ends_on'])
    op.create_table('listing_subjects',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('listing_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('id_number', sa.String(length=18), nullable=False),
        sa.Column('position', sa.String(length=50), nullable=False),
        sa.ForeignKeyConstraint(['listing_id'], ['listings.id'],
                                name=op.f('fk_listing_subjects_listing_id_listings'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_listing_subjects')),
    )
    op.create_index(op.f('ix_listing_subjects_listing_id'), 'listing_subjects', ['listing_id'])
    op.create_index(op.f('ix_listing_subjects_id_number'), 'listing_subjects', ['id_number'])


def downgrade() -> None:
    for name in TABLES:
        op.drop_table(name)
