"""One listing as the screens show it: the labels of its status, rule and subjects, its term,
and the published (masked) form of each subject's number. The employer view and the blacklist
screens build ``ListingView`` here so the two can never word a listing differently."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..domain.blacklist_path import ListingStatus
from ..domain.dates import format_date
from ..domain.identifiers import mask_id
from .dto import ListingSubjectView, ListingView

RULE_LABELS = {"2022": "人社部令第45号", "2017": "人社部规〔2017〕16号"}
SUBJECT_KIND_LABELS = {"employer": "用人单位", "legal_representative": "法定代表人",
                       "responsible": "直接责任人"}
REMOVAL_KIND_LABELS = {"expiry": "期满移出", "early": "提前移出", "revoked": "撤销列入"}


def status_label(status: str) -> str:
    try:
        return ListingStatus(status).label
    except ValueError:
        return status


def term_text(listing: Any) -> str:
    """2026年3月5日至2029年3月5日; "" before the decision."""
    if listing.decided_on is None:
        return ""
    if listing.ends_on is None:
        return f"{format_date(listing.decided_on)}起"
    return f"{format_date(listing.decided_on)}至{format_date(listing.ends_on)}"


def subject_view(subject: Any) -> ListingSubjectView:
    number = subject.id_number or ""
    return ListingSubjectView(
        kind=subject.kind, kind_label=SUBJECT_KIND_LABELS.get(subject.kind, subject.kind),
        name=subject.name, id_number=number,
        # an organisation's code is public registration data; a person's number is not (Art. 4)
        id_masked=mask_id(number), position=subject.position or "")


def listing_view(listing: Any, subjects: Iterable[Any], case_number: str | None,
                 employer_name: str) -> ListingView:
    """``listing`` and ``subjects`` are the stored rows (models.Listing / ListingSubject)."""
    return ListingView(
        id=listing.id, case_id=listing.case_id, case_number=case_number or "",
        employer_id=listing.employer_id, employer_name=employer_name,
        rule=listing.rule, rule_label=RULE_LABELS.get(listing.rule, listing.rule),
        status=listing.status, status_label=status_label(listing.status),
        grounds=listing.grounds or "", proposed_on=listing.proposed_on, decided_on=listing.decided_on,
        ends_on=listing.ends_on, removed_on=listing.removed_on,
        removal_kind=listing.removal_kind or "",
        removal_kind_label=REMOVAL_KIND_LABELS.get(listing.removal_kind or "", listing.removal_kind or ""),
        decision_number=listing.decision_number or "", term_text=term_text(listing),
        subjects=tuple(subject_view(s) for s in subjects))
