"""Reads of the 失信联合惩戒 list: what is published on a date, and listings by status.

Published on ``on`` (45号令 Arts. 9, 17): a listing decided on or before that day and not yet
taken off; an entry removed (at expiry, early, or revoked) leaves the list on its removal date.
The screen pages in SQL; the export streams one row per subject so a province's few thousand
entries never sit in memory as ORM objects.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from .models import Case, Employer, Listing, ListingSubject

PUBLISHED_STATUSES = ("listed", "removed", "revoked")
# the page's tabs
IN_PROCEDURE = ("proposed", "noticed")
LISTED = ("listed",)
TAKEN_OFF = ("removed", "revoked")
DECLINED = ("declined",)

# the employer first, then its legal representative, then the responsible persons
_SUBJECT_ORDER = case(
    (ListingSubject.kind == "employer", 0),
    (ListingSubject.kind == "legal_representative", 1),
    else_=2,
)
EXPORT_BATCH = 500


def _published(on: date):
    return (
        Listing.status.in_(PUBLISHED_STATUSES),
        Listing.decided_on.is_not(None),
        Listing.decided_on <= on,
        or_(Listing.removed_on.is_(None), Listing.removed_on > on),
    )


def _listing_columns():
    return (Listing.id, Listing.case_id, Listing.employer_id, Listing.rule, Listing.status,
            Listing.grounds, Listing.proposed_on, Listing.decided_on, Listing.ends_on,
            Listing.removed_on, Listing.removal_kind, Listing.decision_number,
            Employer.name.label("employer_name"), Employer.credit_code.label("employer_credit_code"),
            func.coalesce(Case.case_number, "").label("case_number"))


def _listings(*conditions):
    return (select(*_listing_columns())
            .join(Employer, Employer.id == Listing.employer_id)
            .outerjoin(Case, Case.id == Listing.case_id)
            .where(*conditions))


def count_published(session: Session, on: date) -> int:
    return session.execute(select(func.count()).select_from(Listing).where(*_published(on))).scalar_one()


def published_page(session: Session, on: date, offset: int = 0, limit: int = 50) -> Sequence:
    """Listing rows (with employer name, credit code and case number), newest decision first."""
    stmt = (_listings(*_published(on))
            .order_by(Listing.decided_on.desc(), Listing.id.desc())
            .offset(offset).limit(limit))
    return session.execute(stmt).all()


def count_by_status(session: Session, statuses: Sequence[str]) -> int:
    return session.execute(
        select(func.count()).select_from(Listing).where(Listing.status.in_(list(statuses)))
    ).scalar_one()


def page_by_status(session: Session, statuses: Sequence[str], offset: int = 0, limit: int = 50) -> Sequence:
    """Listings in these statuses, the latest decided (or proposed) first."""
    stmt = (_listings(Listing.status.in_(list(statuses)))
            .order_by(func.coalesce(Listing.decided_on, Listing.proposed_on).desc(), Listing.id.desc())
            .offset(offset).limit(limit))
    return session.execute(stmt).all()


def subjects_of(session: Session, listing_ids: Sequence[int]) -> dict[int, list]:
    """listing id -> its subjects (rows: listing_id, kind, name, id_number, position), in order."""
    found: dict[int, list] = {i: [] for i in listing_ids}
    if not listing_ids:
        return found
    rows = session.execute(
        select(ListingSubject.listing_id, ListingSubject.kind, ListingSubject.name,
               ListingSubject.id_number, ListingSubject.position)
        .where(ListingSubject.listing_id.in_(list(listing_ids)))
        .order_by(ListingSubject.listing_id, _SUBJECT_ORDER, ListingSubject.id)
    ).all()
    for row in rows:
        found[row.listing_id].append(row)
    return found


def published_subject_rows(session: Session, on: date) -> Iterator:
    """One row per subject of every listing published on ``on``, oldest decision first (the
    order a website publishes in), fetched in batches: listing columns plus ``subject_kind``,
    ``subject_name``, ``subject_id_number``, ``subject_position`` (None for a listing that
    names no one yet: the caller still publishes its employer)."""
    stmt = (select(*_listing_columns(), ListingSubject.kind.label("subject_kind"),
                   ListingSubject.name.label("subject_name"),
                   ListingSubject.id_number.label("subject_id_number"),
                   ListingSubject.position.label("subject_position"))
            .join(Employer, Employer.id == Listing.employer_id)
            .outerjoin(Case, Case.id == Listing.case_id)
            .outerjoin(ListingSubject, ListingSubject.listing_id == Listing.id)
            .where(*_published(on))
            .order_by(Listing.decided_on, Listing.id, _SUBJECT_ORDER, ListingSubject.id)
            .execution_options(yield_per=EXPORT_BATCH))
    yield from session.execute(stmt)
