"""Reads and writes of case exchange inside the caller's unit of work: a case's payments, the
offices this office trusts (settings ``exchange.trusted.<fingerprint>``), earlier imports."""
from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from .models import Case, CaseEvent, Payment, Setting
from .repositories import like_escape

TRUSTED_PREFIX = "exchange.trusted."


def case_payments(session: Session, case_id: int) -> list[Payment]:
    return list(session.execute(
        select(Payment).where(Payment.case_id == case_id).order_by(Payment.paid_on, Payment.id)).scalars())


def trusted_keys(session: Session) -> dict[str, str]:
    """fingerprint (64 hex) -> the stored JSON (office name, public key, who added it, when)."""
    rows = session.execute(select(Setting.key, Setting.value).where(
        Setting.key.like(like_escape(TRUSTED_PREFIX) + "%", escape="\\"))).all()
    return {key[len(TRUSTED_PREFIX):]: value for key, value in rows}


def put_trusted_key(session: Session, fingerprint: str, value: str) -> None:
    row = session.get(Setting, TRUSTED_PREFIX + fingerprint)
    if row is None:
        session.add(Setting(key=TRUSTED_PREFIX + fingerprint, value=value))
    else:
        row.value = value


def delete_trusted_key(session: Session, fingerprint: str) -> bool:
    return session.execute(delete(Setting).where(Setting.key == TRUSTED_PREFIX + fingerprint)).rowcount > 0


def earlier_imports(session: Session, kind: str, fragment: str) -> list[tuple[str, object]]:
    """(case number, when) of cases already imported from the same original case: their import
    event's JSON payload contains ``fragment`` (its origin key, as the payload writes it)."""
    pattern = "%" + like_escape(fragment) + "%"
    return [(number, at) for number, at in session.execute(
        select(Case.case_number, CaseEvent.occurred_at).join(Case, Case.id == CaseEvent.case_id)
        .where(CaseEvent.kind == kind, CaseEvent.payload.like(pattern, escape="\\"))
        .order_by(CaseEvent.occurred_at)).all()]
