"""Read queries over cases: the paged list, its count, one case's detail, possible duplicates.

The list reads only the denormalised columns of ``cases`` (plus two LEFT JOINs for names) and
pages with LIMIT/OFFSET, so a list over 100,000 cases costs one small query per page.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import Row, Select, func, or_, select
from sqlalchemy.orm import Session, selectinload

from .models import (
    Attachment,
    Case,
    CaseDeadline,
    CaseEvent,
    CaseWorker,
    ContractorLink,
    Employer,
    Project,
    Region,
    User,
    Worker,
)
from . import search_index
from .repositories import like_escape

# the earliest open deadline of the case (stored deadlines, one indexed lookup per row)
_NEXT_DUE = (select(func.min(CaseDeadline.due_date))
             .where(CaseDeadline.case_id == Case.id, CaseDeadline.met_on.is_(None),
                    CaseDeadline.due_date.is_not(None))
             .correlate(Case).scalar_subquery())

# the arbitration 审理期限 still running: its due date (NULL while suspended or met)
_LIMIT_DUE = (select(CaseDeadline.due_date)
              .where(CaseDeadline.case_id == Case.id, CaseDeadline.met_on.is_(None),
                     CaseDeadline.period_code == "arbitration.time_limit")
              .correlate(Case).limit(1).scalar_subquery())
_LIMIT_PAUSED = (select(func.count()).select_from(CaseDeadline)
                 .where(CaseDeadline.case_id == Case.id, CaseDeadline.met_on.is_(None),
                        CaseDeadline.period_code == "arbitration.time_limit", CaseDeadline.due_date.is_(None))
                 .correlate(Case).scalar_subquery())

_SORT = {
    "next_due": _NEXT_DUE,
    "limit_due": _LIMIT_DUE,
    "case_number": Case.case_number,
    "case_type": Case.case_type,
    "status": Case.status,
    "lead_worker_name": Case.lead_worker_name,
    "employer_name": Case.employer_name,
    "worker_count": Case.worker_count,
    "claimed_fen": Case.claimed_fen,
    "received_date": Case.received_date,
    "officer_name": User.display_name,
    "county_name": Region.name,
}


def _filtered(stmt: Select, *, case_type: str | None = None, status: str | None = None,
              officer_id: int | None = None, county_prefix: str | None = None,
              received_from: date | None = None, received_to: date | None = None,
              is_collective: bool | None = None, search: str = "", id_in: Select | None = None,
              dialect: str, walk: bool = False) -> Select:
    if id_in is not None:  # the cases behind a figure of the statistics
        stmt = stmt.where(Case.id.in_(id_in))
    if case_type:
        stmt = stmt.where(Case.case_type == case_type)
    if status:
        stmt = stmt.where(Case.status == status)
    if officer_id is not None:
        stmt = stmt.where(Case.officer_id == officer_id)
    if county_prefix:
        stmt = stmt.where(Case.county_code.like(like_escape(county_prefix) + "%", escape="\\"))
    if received_from is not None:
        stmt = stmt.where(Case.received_date >= received_from)
    if received_to is not None:
        stmt = stmt.where(Case.received_date <= received_to)
    if is_collective is not None:
        stmt = stmt.where(Case.is_collective.is_(is_collective))
    if search:
        stmt = stmt.where(search_index.matching(search, dialect, walk=walk))
    return stmt


WALK_FROM = 1000  # matches; below, looking each one up is quicker than walking the index


def _narrowed(filters: dict) -> bool:
    """Whether anything but the search narrows the list, as _filtered reads them: False is a value
    of is_collective, a statement is one of id_in (and has no truth value); elsewhere an empty
    text or None is no filter."""
    return any(v is not None if k in ("is_collective", "id_in") else bool(v)
               for k, v in filters.items() if k != "search")


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def count_cases(session: Session, **filters) -> int:
    if filters.get("search") and not _narrowed(filters):
        found = search_index.count(session, filters["search"])  # the index alone, no case read
        if found is not None:
            return found
    stmt = _filtered(select(func.count()).select_from(Case), dialect=_dialect(session), **filters)
    return session.execute(stmt).scalar_one()


def page_cases(session: Session, *, sort_column: str, descending: bool, offset: int, limit: int,
               green_first: bool = False, **filters) -> Sequence[Row]:
    key = _SORT.get(sort_column, Case.received_date)
    first = key.desc() if descending else key.asc()
    if sort_column in ("next_due", "limit_due"):
        first = first.nulls_last()  # cases with no open deadline after those that have one
    elif sort_column in ("officer_name", "county_name"):
        # no officer, no county: the smallest value on every database (PostgreSQL's default
        # would put it first when descending). Only on these outer-joined columns: the others
        # are never NULL, and on PostgreSQL an explicit NULLS order would keep their indexes
        # from being read backwards.
        first = first.nulls_last() if descending else first.nulls_first()
    order = [first, Case.id.desc()] if descending else [first, Case.id.asc()]
    if green_first:
        order.insert(0, Case.green_channel.desc())
    # the page's ids first, sorted and cut in SQL with only what the sort needs; the columns
    # (three deadline lookups each) are then read for those rows alone, not for every match
    ids = select(Case.id).select_from(Case)
    if sort_column == "officer_name":
        ids = ids.outerjoin(User, User.id == Case.officer_id)
    elif sort_column == "county_name":
        ids = ids.outerjoin(Region, Region.code == Case.county_code)
    # a search matching many cases: walk the received-date index and keep the matches met (a page
    # is found in a few hundred entries) rather than look up and sort every match
    walk = (sort_column == "received_date" and bool(filters.get("search"))
            and (search_index.count(session, filters["search"]) or 0) >= WALK_FROM)
    ids = _filtered(ids, dialect=_dialect(session), walk=walk, **filters)
    ids = ids.order_by(*order).offset(max(offset, 0)).limit(max(limit, 0))
    stmt = (
        select(Case.id, Case.case_number, Case.case_type, Case.status, Case.is_collective, Case.green_channel,
               Case.lead_worker_name, Case.worker_count, Case.employer_name, Case.claimed_fen,
               Case.received_date, User.display_name.label("officer_name"),
               Region.name.label("county_name"), _NEXT_DUE.label("next_due"),
               _LIMIT_DUE.label("limit_due"), _LIMIT_PAUSED.label("limit_paused"))
        .select_from(Case)
        .outerjoin(User, User.id == Case.officer_id)
        .outerjoin(Region, Region.code == Case.county_code)
        .where(Case.id.in_(ids))
        .order_by(*order)
    )
    return session.execute(stmt).all()


def load_case(session: Session, case_id: int) -> Case | None:
    return session.execute(
        select(Case).where(Case.id == case_id).options(
            selectinload(Case.employer),
            selectinload(Case.officer),
            selectinload(Case.project).selectinload(Project.links).selectinload(ContractorLink.employer),
            selectinload(Case.workers).selectinload(CaseWorker.worker),
            selectinload(Case.workers).selectinload(CaseWorker.items),
        )
    ).scalar_one_or_none()


def case_attachments(session: Session, case_id: int) -> list[Attachment]:
    return list(session.execute(
        select(Attachment).where(Attachment.case_id == case_id).order_by(Attachment.id)
    ).scalars())


def case_events(session: Session, case_id: int) -> Sequence[Row]:
    """Events oldest first, with the actor's display name."""
    return session.execute(
        select(CaseEvent, User.display_name.label("actor_name"))
        .outerjoin(User, User.id == CaseEvent.actor_id)
        .where(CaseEvent.case_id == case_id)
        .order_by(CaseEvent.occurred_at, CaseEvent.id)
    ).all()


def open_cases_of_workers(session: Session, *, statuses: Iterable[str], id_numbers: Iterable[str],
                          worker_ids: Iterable[int], employer_id: int | None,
                          credit_code: str | None, employer_name: str | None) -> Sequence[Row]:
    """Open cases where one of these workers complains against this employer (matched by id,
    credit code or exact name). One row per (case, worker)."""
    who = []
    ids = sorted(set(id_numbers))
    wids = sorted(set(worker_ids))
    if ids:
        who.append(Worker.id_number.in_(ids))
    if wids:
        who.append(Worker.id.in_(wids))
    against = []
    if employer_id is not None:
        against.append(Case.employer_id == employer_id)
    if credit_code:
        against.append(Employer.credit_code == credit_code)
    if employer_name:
        against.append(Employer.name == employer_name)
    if not who or not against:
        return []
    return session.execute(
        select(Case.id, Case.case_number, Case.status, Case.received_date,
               Worker.name.label("worker_name"), Employer.name.label("employer_name"))
        .join(CaseWorker, CaseWorker.case_id == Case.id)
        .join(Worker, Worker.id == CaseWorker.worker_id)
        .join(Employer, Employer.id == Case.employer_id)
        .where(Case.status.in_(list(statuses)), or_(*who), or_(*against))
        .order_by(Case.received_date.desc(), Case.id.desc(), CaseWorker.position)
    ).all()


def case_type_of(session: Session, case_id: int) -> str | None:
    return session.execute(select(Case.case_type).where(Case.id == case_id)).scalar_one_or_none()
