"""Issued documents (文书), their service records (送达), uploaded template versions; the office
settings printed on documents and the 文号 pattern of each form family.

Revision ID: 0003_documents
Revises: 0002_reference_data
Create Date: 2026-12-02

Only portable op.* calls (the same file builds PostgreSQL). The settings are defaults an
administrator changes in 设置 (marked "to verify" in the office's own words: a new office edits
them before issuing the first document). No earlier revision wrote these keys.
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_documents"
down_revision: str | Sequence[str] | None = "0002_reference_data"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("document_services", "issued_documents", "template_versions")  # drop order

# Zhengzhou examples (forms.md §5): 〔〕 brackets, no "第", no zero padding by default.
SETTINGS = {
    "office.agency_name": "郑州市人力资源和社会保障局",
    "office.inspection_unit": "郑州市劳动保障监察支队",
    "office.commission_name": "郑州市劳动人事争议仲裁委员会",
    "office.address": "",  # to verify: each office fills in its own
    "office.phone": "12333",
    "office.contact": "",
    "office.review_government": "郑州市人民政府",
    "office.court_name": "郑州市金水区人民法院",
    "office.intermediate_court": "郑州市中级人民法院",
    "document_number_pattern.inspection.notice": "郑人社监通字〔{year}〕{seq}号",
    "document_number_pattern.inspection.inquiry": "郑人社监询字〔{year}〕{seq}号",
    "document_number_pattern.inspection.order": "郑人社监令字〔{year}〕{seq}号",
    "document_number_pattern.inspection.penalty_notice": "郑人社监罚先告字〔{year}〕{seq}号",
    "document_number_pattern.inspection.penalty": "郑人社监罚字〔{year}〕{seq}号",
    "document_number_pattern.inspection.decision": "郑人社监处字〔{year}〕{seq}号",
    "document_number_pattern.inspection.transfer": "郑人社监移字〔{year}〕{seq}号",
    "document_number_pattern.blacklist": "郑人社失信列字〔{year}〕{seq}号",
    "document_number_pattern.legal_aid": "郑人社函〔{year}〕{seq}号",
    "document_number_pattern.arbitration": "郑劳人仲案字〔{year}〕{seq}号",
}


def upgrade() -> None:
    create_schema()
    settings = sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.Text))
    op.bulk_insert(settings, [{"key": k, "value": v} for k, v in SETTINGS.items()])


def downgrade() -> None:
    settings = sa.table("settings", sa.column("key", sa.String))
    op.execute(settings.delete().where(settings.c.key.in_(list(SETTINGS))))
    op.execute(sa.text("DELETE FROM number_sequences WHERE scope LIKE 'doc.%'"))
    for name in TABLES:
        op.drop_table(name)


def create_schema() -> None:
    op.create_table('issued_documents',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('form_id', sa.String(length=80), nullable=False),
        sa.Column('family', sa.String(length=60), nullable=False),
        sa.Column('number', sa.String(length=120), nullable=False),
        sa.Column('number_year', sa.Integer(), nullable=False),
        sa.Column('number_seq', sa.Integer(), nullable=True),
        sa.Column('recipient', sa.String(length=200), nullable=False),
        sa.Column('recipient_index', sa.Integer(), nullable=True),
        sa.Column('inputs', sa.Text(), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('void_reason', sa.Text(), nullable=False),
        sa.Column('voided_at', sa.DateTime(), nullable=True),
        sa.Column('voided_by', sa.Integer(), nullable=True),
        sa.Column('issued_at', sa.DateTime(), nullable=False),
        sa.Column('issued_by', sa.Integer(), nullable=True),
        sa.Column('pdf_sha256', sa.String(length=64), nullable=False),
        sa.Column('docx_sha256', sa.String(length=64), nullable=False),
        sa.Column('copies_printed', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'],
                                name=op.f('fk_issued_documents_case_id_cases'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['issued_by'], ['users.id'],
                                name=op.f('fk_issued_documents_issued_by_users')),
        sa.ForeignKeyConstraint(['voided_by'], ['users.id'],
                                name=op.f('fk_issued_documents_voided_by_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_issued_documents')),
        sa.UniqueConstraint('family', 'number_year', 'number_seq',
                            name='uq_issued_documents_family_year_seq')
    )
    op.create_index(op.f('ix_issued_documents_case_id'), 'issued_documents', ['case_id'])

    op.create_table('document_services',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.Column('method', sa.String(length=20), nullable=False),
        sa.Column('recipient', sa.String(length=200), nullable=False),
        sa.Column('served_on', sa.Date(), nullable=False),
        sa.Column('proof', sa.Text(), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('event_id', sa.Integer(), nullable=True),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.Column('recorded_by', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['document_id'], ['issued_documents.id'],
                                name=op.f('fk_document_services_document_id_issued_documents'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['event_id'], ['case_events.id'],
                                name=op.f('fk_document_services_event_id_case_events'),
                                ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['recorded_by'], ['users.id'],
                                name=op.f('fk_document_services_recorded_by_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_document_services'))
    )
    op.create_index(op.f('ix_document_services_document_id'), 'document_services', ['document_id'])

    op.create_table('template_versions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('form_id', sa.String(length=80), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('filename', sa.String(length=255), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('uploaded_at', sa.DateTime(), nullable=False),
        sa.Column('uploaded_by', sa.Integer(), nullable=True),
        sa.Column('note', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['uploaded_by'], ['users.id'],
                                name=op.f('fk_template_versions_uploaded_by_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_template_versions')),
        sa.UniqueConstraint('form_id', 'version', name='uq_template_versions_form_version')
    )
    op.create_index(op.f('ix_template_versions_form_id'), 'template_versions', ['form_id'])
