"""Read queries over employers: the paged list with its per-employer totals, one employer's
cases and listings, and listings naming a person under other employers.

The list pages in SQL; its totals are correlated subqueries evaluated only for the rows of the
page shown, so a list over 100,000 employers costs one small query per page.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import Row, Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from .models import Case, CaseEvent, CaseWorker, Employer, Listing, ListingSubject, Payment, Region
from .repositories import like_escape

# a complaint refused or withdrawn establishes no debt: its claim is not counted as owed
NOT_OWED_STATUSES = ("rejected", "withdrawn")
LISTED = "listed"
ORDER_EVENT = "rectification_order_issued"


def listed_on(today: date):
    """A listing in force today: decided, not yet taken off."""
    return and_(Listing.status == LISTED, Listing.decided_on.is_not(None), Listing.decided_on <= today,
                or_(Listing.removed_on.is_(None), Listing.removed_on > today))


def _owed_cases():
    return and_(Case.employer_id == Employer.id, Case.status.not_in(NOT_OWED_STATUSES))


def _search(stmt: Select, search: str) -> Select:
    if not search:
        return stmt
    text = f"%{like_escape(search)}%"
    return stmt.where(or_(
        Employer.name.like(text, escape="\\"),
        Employer.name_initials.like(text, escape="\\"),
        Employer.credit_code.like(f"%{like_escape(search.upper())}%", escape="\\"),
        Employer.legal_representative.like(text, escape="\\"),
    ))


def count_employers(session: Session, search: str = "") -> int:
    return session.execute(_search(select(func.count()).select_from(Employer), search)).scalar_one()


def page_employers(session: Session, *, search: str, today: date, offset: int, limit: int,
                   open_statuses: Iterable[str]) -> Sequence[Row]:
    case_count = (select(func.count()).select_from(Case).where(Case.employer_id == Employer.id)
                  .correlate(Employer).scalar_subquery())
    open_count = (select(func.count()).select_from(Case)
                  .where(Case.employer_id == Employer.id, Case.status.in_(list(open_statuses)))
                  .correlate(Employer).scalar_subquery())
    claimed = (select(func.coalesce(func.sum(CaseWorker.claimed_fen), 0))
               .join(Case, Case.id == CaseWorker.case_id).where(_owed_cases())
               .correlate(Employer).scalar_subquery())
    paid = (select(func.coalesce(func.sum(Payment.amount_fen), 0))
            .join(Case, Case.id == Payment.case_id).where(_owed_cases())
            .correlate(Employer).scalar_subquery())
    listed = exists().where(Listing.employer_id == Employer.id, listed_on(today)).correlate(Employer)
    stmt = (
        select(Employer.id, Employer.name, Employer.credit_code, Employer.legal_representative,
               Region.name.label("county_name"), case_count.label("case_count"),
               open_count.label("open_count"), claimed.label("claimed_fen"), paid.label("paid_fen"),
               listed.label("listed"))
        .select_from(Employer)
        .outerjoin(Region, Region.code == Employer.county_code)
    )
    # pinyin initials first: a list in the order of the alphabet, as a clerk looks names up
    stmt = _search(stmt, search).order_by(Employer.name_initials, Employer.name, Employer.id)
    return session.execute(stmt.offset(max(offset, 0)).limit(max(limit, 0))).all()


def employer_with_region(session: Session, employer_id: int) -> Row | None:
    return session.execute(
        select(Employer, Region.name.label("county_name"))
        .outerjoin(Region, Region.code == Employer.county_code)
        .where(Employer.id == employer_id)
    ).one_or_none()


def employer_by_credit_code(session: Session, credit_code: str) -> Employer | None:
    return session.execute(select(Employer).where(Employer.credit_code == credit_code)).scalar_one_or_none()


def employer_cases(session: Session, employer_id: int) -> Sequence[Row]:
    """The employer's cases, newest first, with what was claimed (the workers' sum) and paid."""
    claimed = (select(func.coalesce(func.sum(CaseWorker.claimed_fen), 0))
               .where(CaseWorker.case_id == Case.id).correlate(Case).scalar_subquery())
    paid = (select(func.coalesce(func.sum(Payment.amount_fen), 0))
            .where(Payment.case_id == Case.id).correlate(Case).scalar_subquery())
    return session.execute(
        select(Case.id, Case.case_number, Case.case_type, Case.status, Case.received_date,
               claimed.label("claimed_fen"), paid.label("paid_fen"))
        .where(Case.employer_id == employer_id)
        .order_by(Case.received_date.desc(), Case.id.desc())
    ).all()


def order_payloads(session: Session, case_ids: Sequence[int]) -> dict[int, str]:
    """case id -> the JSON payload of its latest 限期改正指令书 (a new order replaces the last).

    The payload is parsed by the caller: JSON functions differ between SQLite and PostgreSQL."""
    if not case_ids:
        return {}
    rows = session.execute(
        select(CaseEvent.case_id, CaseEvent.payload)
        .where(CaseEvent.case_id.in_(list(case_ids)), CaseEvent.kind == ORDER_EVENT)
        .order_by(CaseEvent.case_id, CaseEvent.event_date, CaseEvent.occurred_at, CaseEvent.id)
    ).all()
    return {case_id: payload for case_id, payload in rows}  # later rows overwrite earlier ones


def employer_listings(session: Session, employer_id: int) -> Sequence[Row]:
    """(Listing, case number), newest first."""
    return session.execute(
        select(Listing, Case.case_number)
        .outerjoin(Case, Case.id == Listing.case_id)
        .where(Listing.employer_id == employer_id)
        .order_by(Listing.proposed_on.desc(), Listing.id.desc())
    ).all()


def listing_subjects(session: Session, listing_ids: Sequence[int]) -> dict[int, list[ListingSubject]]:
    out: dict[int, list[ListingSubject]] = {i: [] for i in listing_ids}
    if not listing_ids:
        return out
    for s in session.execute(
        select(ListingSubject).where(ListingSubject.listing_id.in_(list(listing_ids)))
        .order_by(ListingSubject.listing_id, ListingSubject.id)
    ).scalars():
        out[s.listing_id].append(s)
    return out


def listed_elsewhere(session: Session, id_number: str, employer_id: int | None, today: date) -> Sequence[Row]:
    """Listings in force today that name this person under another employer:
    (ListingSubject, employer name, Listing.ends_on)."""
    if not id_number:
        return []
    stmt = (
        select(ListingSubject, Employer.name.label("employer_name"), Listing.ends_on)
        .join(Listing, Listing.id == ListingSubject.listing_id)
        .join(Employer, Employer.id == Listing.employer_id)
        .where(ListingSubject.id_number == id_number, ListingSubject.kind != "employer", listed_on(today))
        .order_by(Listing.decided_on.desc(), Listing.id.desc())
    )
    if employer_id is not None:
        stmt = stmt.where(Listing.employer_id != employer_id)
    return session.execute(stmt).all()


def listed_until(session: Session, employer_id: int, today: date) -> date | None | bool:
    """The last day of the employer's listing in force today (the latest if several); False
    when it is not listed; None when listed without a recorded end."""
    rows = session.execute(
        select(Listing.ends_on).where(Listing.employer_id == employer_id, listed_on(today))
    ).scalars().all()
    if not rows:
        return False
    ends = [d for d in rows if d is not None]
    return max(ends) if ends else None


def open_case_numbers(session: Session, employer_id: int, open_statuses: Iterable[str],
                      limit: int = 3) -> tuple[int, list[str]]:
    """How many open cases the employer has, and the numbers of the newest few."""
    where = (Case.employer_id == employer_id, Case.status.in_(list(open_statuses)))
    total = session.execute(select(func.count()).select_from(Case).where(*where)).scalar_one()
    numbers = session.execute(
        select(Case.case_number).where(*where).order_by(Case.received_date.desc(), Case.id.desc()).limit(limit)
    ).scalars().all()
    return total, list(numbers)
