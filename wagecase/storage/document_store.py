"""Reads and writes of issued documents, their service records and uploaded template versions.

Every function works inside the caller's unit of work (the issuing transaction numbers, stores
and audits together).
"""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Row, func, select, update
from sqlalchemy.orm import Session

from .models import IssuedDocument, ServiceRecord, Setting, TemplateVersion, User


def document(session: Session, document_id: int) -> IssuedDocument | None:
    return session.get(IssuedDocument, document_id)


def case_documents(session: Session, case_id: int) -> Sequence[Row]:
    """(IssuedDocument, issuer display name) of a case, oldest first."""
    return session.execute(
        select(IssuedDocument, User.display_name)
        .outerjoin(User, User.id == IssuedDocument.issued_by)
        .where(IssuedDocument.case_id == case_id)
        .order_by(IssuedDocument.issued_at, IssuedDocument.id)).all()


def issuer_name(session: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    return session.execute(select(User.display_name).where(User.id == user_id)).scalar() or ""


def services_of(session: Session, document_ids: Sequence[int]) -> list[ServiceRecord]:
    if not document_ids:
        return []
    return list(session.execute(
        select(ServiceRecord).where(ServiceRecord.document_id.in_(list(document_ids)))
        .order_by(ServiceRecord.served_on, ServiceRecord.id)).scalars())


def family_numbers(session: Session, family: str, year: int) -> list[tuple[int, str, str]]:
    """(seq, number, status) of every numbered document of a family and year, in order."""
    return [tuple(r) for r in session.execute(
        select(IssuedDocument.number_seq, IssuedDocument.number, IssuedDocument.status)
        .where(IssuedDocument.family == family, IssuedDocument.number_year == year,
               IssuedDocument.number_seq.is_not(None))
        .order_by(IssuedDocument.number_seq)).all()]


def count_copies(session: Session, document_id: int) -> int:
    """Add one printed copy and return the new count (one UPDATE: two clerks printing at once
    both count)."""
    return session.execute(
        update(IssuedDocument).where(IssuedDocument.id == document_id)
        .values(copies_printed=IssuedDocument.copies_printed + 1)
        .returning(IssuedDocument.copies_printed)).scalar_one()


def settings_with_prefix(session: Session, prefix: str) -> dict[str, str]:
    return dict(session.execute(
        select(Setting.key, Setting.value).where(Setting.key.like(f"{prefix}%"))).all())


# ---- template versions ----------------------------------------------------------------------

def template_versions(session: Session, form_id: str) -> list[TemplateVersion]:
    return list(session.execute(
        select(TemplateVersion).where(TemplateVersion.form_id == form_id)
        .order_by(TemplateVersion.version)).scalars())


def active_template(session: Session, form_id: str) -> TemplateVersion | None:
    return session.execute(
        select(TemplateVersion).where(TemplateVersion.form_id == form_id,
                                      TemplateVersion.active.is_(True))
        .order_by(TemplateVersion.version.desc()).limit(1)).scalar_one_or_none()


def next_template_version(session: Session, form_id: str) -> int:
    last = session.execute(
        select(func.max(TemplateVersion.version)).where(TemplateVersion.form_id == form_id)).scalar()
    return (last or 0) + 1


def activate_template(session: Session, form_id: str, version: int) -> None:
    """Make ``version`` the one in use (0: the shipped template, no row active)."""
    session.execute(update(TemplateVersion).where(TemplateVersion.form_id == form_id)
                    .values(active=TemplateVersion.version == version))
