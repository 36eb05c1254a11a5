"""Reads of legal-aid referrals: a case's referrals, the ones waiting on a centre, names."""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from .models import Case, CaseEvent, CaseWorker, LegalAidCentre, Referral, Worker


def case_row(session: Session, case_id: int) -> Case | None:
    return session.execute(select(Case).where(Case.id == case_id).options(
        selectinload(Case.employer), selectinload(Case.workers).selectinload(CaseWorker.worker))
    ).scalar_one_or_none()


def last_event(session: Session, case_id: int, kind: str) -> CaseEvent | None:
    return session.execute(select(CaseEvent).where(CaseEvent.case_id == case_id, CaseEvent.kind == kind)
                           .order_by(CaseEvent.event_date.desc(), CaseEvent.id.desc()).limit(1)).scalar_one_or_none()


def referrals(session: Session, case_id: int) -> list[Referral]:
    return list(session.execute(select(Referral).where(Referral.case_id == case_id)
                                .order_by(Referral.id)).scalars())


def referral(session: Session, referral_id: int) -> Referral | None:
    return session.get(Referral, referral_id)


def centre(session: Session, centre_id: int | None) -> LegalAidCentre | None:
    return session.get(LegalAidCentre, centre_id) if centre_id else None


def representative_names(session: Session, case_id: int) -> list[str]:
    return list(session.execute(
        select(Worker.name).join(CaseWorker, CaseWorker.worker_id == Worker.id)
        .where(CaseWorker.case_id == case_id, CaseWorker.is_representative.is_(True))
        .order_by(CaseWorker.position)).scalars())


def worker_name(session: Session, case_worker_id: int) -> str:
    return session.execute(select(Worker.name).join(CaseWorker, CaseWorker.worker_id == Worker.id)
                           .where(CaseWorker.id == case_worker_id)).scalar_one_or_none() or ""


def waiting_referrals(session: Session, limit: int) -> Sequence:
    """(Referral, case number) of referrals a centre or a lawyer still owes an answer on."""
    return session.execute(
        select(Referral, Case.case_number).join(Case, Case.id == Referral.case_id)
        .where(Referral.status.in_(("sent", "received", "accepted")))
        .order_by(Referral.sent_on, Referral.id).limit(limit)
    ).all()


def recent_referrals(session: Session, open_only: bool, offset: int, limit: int) -> Sequence:
    """(Referral, case number) newest first; ``open_only``: those still under way."""
    stmt = select(Referral, Case.case_number).join(Case, Case.id == Referral.case_id)
    if open_only:
        stmt = stmt.where(Referral.status.not_in(("closed", "refused")))
    return session.execute(stmt.order_by(Referral.applied_on.desc(), Referral.id.desc())
                           .offset(offset).limit(limit)).all()


def count_referrals(session: Session, open_only: bool) -> int:
    from sqlalchemy import func

    stmt = select(func.count()).select_from(Referral)
    if open_only:
        stmt = stmt.where(Referral.status.not_in(("closed", "refused")))
    return session.execute(stmt).scalar_one()
