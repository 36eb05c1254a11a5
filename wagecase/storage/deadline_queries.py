"""SQL behind the statutory clock: a case's events, its stored deadlines (case_deadlines), the
officer's due list for 工作台, and the batches a full recompute walks through.

Everything works inside the caller's unit of work. Stored deadlines are replaced per case as a
whole (delete + insert): a case has a handful of rows, and a partial update could leave a
deadline that no event starts any more.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from sqlalchemy import Row, delete, exists, insert, select
from sqlalchemy.orm import Session

from .models import Case, CaseDeadline, CaseEvent, Setting, User

DEADLINE_COLUMNS = ("case_id", "period_code", "start_date", "due_date", "met_on", "provisional", "extended")


def case_header(session: Session, case_id: int) -> Row | None:
    """What the clock needs of a case: type, receipt date, whether it is finished, its officer."""
    return session.execute(
        select(Case.id, Case.case_type, Case.status, Case.received_date, Case.closed_at,
               Case.officer_id, Case.case_number)
        .where(Case.id == case_id)).first()


def case_events(session: Session, case_id: int) -> Sequence[Row]:
    """(CaseEvent, actor display name) oldest first by legal date, then by id."""
    return session.execute(
        select(CaseEvent, User.display_name)
        .outerjoin(User, User.id == CaseEvent.actor_id)
        .where(CaseEvent.case_id == case_id)
        .order_by(CaseEvent.event_date, CaseEvent.id)).all()


def event(session: Session, event_id: int) -> CaseEvent | None:
    return session.get(CaseEvent, event_id)


def event_facts(session: Session, case_ids: Sequence[int]) -> Sequence[Row]:
    """(case_id, id, kind, event_date, payload) of the given cases, in case then time order."""
    return session.execute(
        select(CaseEvent.case_id, CaseEvent.id, CaseEvent.kind, CaseEvent.event_date, CaseEvent.payload)
        .where(CaseEvent.case_id.in_(list(case_ids)))
        .order_by(CaseEvent.case_id, CaseEvent.event_date, CaseEvent.id)).all()


def replace_deadlines(session: Session, case_ids: Iterable[int], rows: Sequence[Mapping]) -> None:
    """Drop the stored deadlines of ``case_ids`` and insert ``rows`` (dicts of DEADLINE_COLUMNS)."""
    ids = list(case_ids)
    if ids:
        session.execute(delete(CaseDeadline).where(CaseDeadline.case_id.in_(ids)))
    if rows:
        # Core executemany on the table: the ORM bulk path would send one INSERT per row here
        session.execute(insert(CaseDeadline.__table__), list(rows))


def stored_deadlines(session: Session, case_id: int) -> Sequence[Row]:
    return session.execute(
        select(*(getattr(CaseDeadline, c) for c in DEADLINE_COLUMNS))
        .where(CaseDeadline.case_id == case_id)
        .order_by(CaseDeadline.due_date, CaseDeadline.period_code)).all()


def due_for_officer(session: Session, officer_id: int, until: date, limit: int, *,
                    lapse_codes: Iterable[str] = (), lapsed_before: date | None = None) -> Sequence[Row]:
    """Open deadlines due on or before ``until`` (overdue ones included) of the officer's open
    cases, soonest first. Served by ix_case_deadlines_open_due (met_on, due_date).

    Deadlines of ``lapse_codes`` (a party's periods) are left out once due before
    ``lapsed_before``: the party's time has run out, and what the office must do next is a
    deadline of its own.
    """
    lapse = list(lapse_codes)
    stmt = (
        select(CaseDeadline.case_id, CaseDeadline.period_code, CaseDeadline.start_date,
               CaseDeadline.due_date, CaseDeadline.provisional, CaseDeadline.extended,
               Case.case_number, Case.case_type, Case.is_collective, Case.lead_worker_name,
               Case.worker_count, Case.employer_name)
        .join(Case, Case.id == CaseDeadline.case_id)
        .where(Case.officer_id == officer_id, Case.closed_at.is_(None),
               CaseDeadline.met_on.is_(None), CaseDeadline.due_date.is_not(None),
               CaseDeadline.due_date <= until)
        .order_by(CaseDeadline.due_date, Case.id, CaseDeadline.period_code)
        .limit(limit))
    if lapse and lapsed_before is not None:
        stmt = stmt.where(~(CaseDeadline.period_code.in_(lapse) & (CaseDeadline.due_date < lapsed_before)))
    return session.execute(stmt).all()


def open_cases_with_events(session: Session, after_id: int, limit: int) -> Sequence[Row]:
    """(id, case_type) of the next ``limit`` open cases with events, by id (keyset paging)."""
    return session.execute(
        select(Case.id, Case.case_type)
        .where(Case.id > after_id, Case.closed_at.is_(None),
               exists().where(CaseEvent.case_id == Case.id))
        .order_by(Case.id)
        .limit(limit)).all()


def setting_value(session: Session, key: str) -> str | None:
    return session.execute(select(Setting.value).where(Setting.key == key)).scalar()
