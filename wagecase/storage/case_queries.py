"""Read queries over cases: the paged list, its count, one case's detail, possible duplicates.

The list reads only the denormalised columns of ``cases`` (plus two LEFT JOINs for names) and
pages with LIMIT/OFFSET, so a list over 100,000 cases costs one small query per page.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Engine, Row, Select, bindparam, func, or_, select
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
from .raw_statement import RawStatement
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


# the filters that compare a column with a value (bound parameters); the others shape the statement
_VALUE_FILTERS = frozenset({"case_type", "status", "officer_id", "county_prefix", "received_from", "received_to"})


def _values(filters: dict) -> dict:
    """The bound values of the value filters, by parameter name; the statement's shape is which
    of them are present (raw_statement caches by it)."""
    values = {}
    for name in ("case_type", "status", "officer_id", "received_from", "received_to"):
        if filters.get(name) is not None and filters.get(name) != "":
            values[name] = filters[name]
    if filters.get("county_prefix"):
        values["county_like"] = like_escape(filters["county_prefix"]) + "%"
    return values


def _filtered(stmt: Select, *, is_collective: bool | None = None, search: str = "",
              id_in: Select | None = None, dialect: str, walk: bool = False, **filters) -> Select:
    unknown = filters.keys() - _VALUE_FILTERS
    if unknown:  # a misspelt filter must not quietly list every case
        raise TypeError(f"unknown case filters: {sorted(unknown)}")
    if id_in is not None:  # the cases behind a figure of the statistics
        stmt = stmt.where(Case.id.in_(id_in))
    values = _values(filters)
    for name, column in (("case_type", Case.case_type), ("status", Case.status),
                         ("officer_id", Case.officer_id)):
        if name in values:
            stmt = stmt.where(column == bindparam(name, values[name]))
    if "county_like" in values:
        stmt = stmt.where(Case.county_code.like(bindparam("county_like", values["county_like"]), escape="\\"))
    if "received_from" in values:
        stmt = stmt.where(Case.received_date >= bindparam("received_from", values["received_from"]))
    if "received_to" in values:
        stmt = stmt.where(Case.received_date <= bindparam("received_to", values["received_to"]))
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


def type_status_counts(session: Session) -> Sequence[Row]:
    """(case_type, status, cases) for every pair in use: one pass over a covering index."""
    return session.execute(select(Case.case_type, Case.status, func.count())
                           .group_by(Case.case_type, Case.status)).all()


def _page_statement(*, sort_column: str, descending: bool, green_first: bool, dialect: str,
                    walk: bool = False, **filters) -> Select:
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
    ids = _filtered(ids, dialect=dialect, walk=walk, **filters)
    ids = ids.order_by(*order).offset(bindparam("page_offset", 0)).limit(bindparam("page_limit", 0))
    return (
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


def page_cases(session: Session, *, sort_column: str, descending: bool, offset: int, limit: int,
               green_first: bool = False, **filters) -> Sequence[Row]:
    """The list's page, in the order of its columns (services.case_rows.CaseRow)."""
    # a search matching many cases: walk the received-date index and keep the matches met (a page
    # is found in a few hundred entries) rather than look up and sort every match
    walk = (sort_column == "received_date" and bool(filters.get("search"))
            and (search_index.count(session, filters["search"]) or 0) >= WALK_FROM)
    stmt = _page_statement(sort_column=sort_column, descending=descending, green_first=green_first,
                           dialect=_dialect(session), walk=walk, **filters)
    return session.execute(stmt, {"page_offset": max(offset, 0), "page_limit": max(limit, 0)}).all()


_RAW_PAGES: dict[tuple, RawStatement] = {}


def page_rows(engine: Engine, *, sort_column: str, descending: bool, offset: int, limit: int,
              green_first: bool = False, **filters) -> list[tuple] | None:
    """page_cases without the session, for the list's plain paging, sorting and filtering: the
    statement is compiled once per shape and run on the DBAPI cursor (raw_statement). None for
    a search or a drill-down, whose statements differ by their values: page_cases then."""
    if filters.get("search") or filters.get("id_in") is not None:
        return None
    values = _values(filters)
    dialect = engine.dialect
    shape = (dialect.name, dialect.server_version_info, sort_column, descending, green_first,
             filters.get("is_collective"), tuple(values))
    stmt = _RAW_PAGES.get(shape)
    if stmt is None:
        if len(_RAW_PAGES) > 256:  # a handful of shapes in use; never grow without end
            _RAW_PAGES.clear()
        stmt = _RAW_PAGES[shape] = RawStatement(
            _page_statement(sort_column=sort_column, descending=descending, green_first=green_first,
                            dialect=dialect.name, **filters), dialect)
    values["page_offset"], values["page_limit"] = max(offset, 0), max(limit, 0)
    return stmt.fetchall(engine, values)


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
