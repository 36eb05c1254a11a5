"""Reads of the blacklist procedure: a case's listing and subjects, the stored deadlines it runs
on, and the cases whose listing decision is due (工作台's candidates)."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from .models import Case, CaseDeadline, CaseEvent, Employer, Listing, ListingSubject


def case_row(session: Session, case_id: int) -> Case | None:
    return session.execute(select(Case).where(Case.id == case_id).options(selectinload(Case.employer))
                           ).scalar_one_or_none()


def latest_listing(session: Session, case_id: int) -> Listing | None:
    return session.execute(select(Listing).where(Listing.case_id == case_id)
                           .order_by(Listing.id.desc()).limit(1)).scalar_one_or_none()


def subjects(session: Session, listing_id: int) -> list[ListingSubject]:
    return list(session.execute(select(ListingSubject).where(ListingSubject.listing_id == listing_id)
                                .order_by(ListingSubject.id)).scalars())


def employer_name(session: Session, employer_id: int) -> str:
    return session.execute(select(Employer.name).where(Employer.id == employer_id)).scalar_one_or_none() or ""


def events(session: Session, case_id: int) -> list[CaseEvent]:
    return list(session.execute(select(CaseEvent).where(CaseEvent.case_id == case_id)
                                .order_by(CaseEvent.event_date, CaseEvent.id)).scalars())


def deadline_due(session: Session, case_id: int, code: str) -> date | None:
    return session.execute(select(CaseDeadline.due_date).where(
        CaseDeadline.case_id == case_id, CaseDeadline.period_code == code)).scalar_one_or_none()


def running_decisions(session: Session, code: str, today: date, limit: int) -> Sequence:
    """Open cases whose ``code`` deadline runs (started: the order's payment date has passed),
    soonest first, with the list columns."""
    return session.execute(
        select(CaseDeadline.case_id, CaseDeadline.due_date, Case.case_number, Case.case_type,
               Case.lead_worker_name, Case.worker_count, Case.is_collective, Case.employer_name,
               Case.employer_id)
        .join(Case, Case.id == CaseDeadline.case_id)
        .where(CaseDeadline.period_code == code, CaseDeadline.met_on.is_(None),
               CaseDeadline.due_date.is_not(None), CaseDeadline.start_date < today, Case.closed_at.is_(None))
        .order_by(CaseDeadline.due_date, CaseDeadline.case_id).limit(limit)
    ).all()
