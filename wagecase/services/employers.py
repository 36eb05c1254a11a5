"""The employer view (用人单位): the paged list, one employer's cases, money and listings, and
the warning intake shows when an employer or its legal representative is listed or has open
cases. Read-only: nothing here writes."""
from __future__ import annotations

from datetime import date

from ..domain.case import OPEN_STATUSES, CaseType, status_label
from ..domain.dates import format_date, parse_iso_date
from ..domain.errors import RuleError
from ..domain.identifiers import mask_id
from ..domain.messages import message
from ..domain.money import format_yuan
from ..domain.search import normalise_query
from ..storage import employer_queries as q
from .context import ServiceContext, to_local
from .deadlines import payload_dict
from .dto import EmployerCaseView, EmployerDetailView, EmployerRowView
from .listing_views import SUBJECT_KIND_LABELS, listing_view
from .case_rows import enum_label

_OPEN = tuple(s.value for s in OPEN_STATUSES)
_NUMBERS_NAMED = 3  # open cases named in the warning; the count says how many in all


class EmployerService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _today(self) -> date:
        return to_local(self.ctx.clock()).date()

    # ---- the list ---------------------------------------------------------------------------

    def count(self, search: str = "") -> int:
        with self.ctx.uow.read() as uow:
            return q.count_employers(uow.session, normalise_query(search))

    def page(self, search: str, offset: int, limit: int) -> list[EmployerRowView]:
        with self.ctx.uow.read() as uow:
            rows = q.page_employers(uow.session, search=normalise_query(search), today=self._today(),
                                    offset=offset, limit=limit, open_statuses=_OPEN)
        out = []
        for r in rows:
            outstanding = max(int(r.claimed_fen or 0) - int(r.paid_fen or 0), 0)
            out.append(EmployerRowView(
                id=r.id, name=r.name, credit_code=r.credit_code or "",
                legal_representative=r.legal_representative or "", county_name=r.county_name or "",
                case_count=int(r.case_count or 0), open_count=int(r.open_count or 0),
                outstanding_fen=outstanding, outstanding_text=format_yuan(outstanding),
                listed=bool(r.listed)))
        return out

    # ---- one employer -----------------------------------------------------------------------

    def detail(self, employer_id: int) -> EmployerDetailView:
        today = self._today()
        with self.ctx.uow.read() as uow:
            s = uow.session
            found = q.employer_with_region(s, employer_id)
            if found is None:
                raise RuleError("employers.not_found", employer_id=employer_id)
            emp, county_name = found
            case_rows = q.employer_cases(s, employer_id)
            orders = q.order_payloads(s, [r.id for r in case_rows])
            listing_rows = q.employer_listings(s, employer_id)
            subjects = q.listing_subjects(s, [listing.id for listing, _ in listing_rows])
            warnings = self._listing_warnings(s, emp, emp.legal_representative_id_number or "", today)
            # built before the unit of work ends: its rollback expires the rows read
            cases, claimed, paid, ignored = [], 0, 0, 0
            for r in case_rows:
                owed = int(r.claimed_fen) - int(r.paid_fen)
                due = parse_iso_date(payload_dict(orders.get(r.id)).get("due_date")) if r.id in orders else None
                order_ignored = due is not None and due < today and owed > 0
                if r.status not in q.NOT_OWED_STATUSES:
                    claimed += int(r.claimed_fen)
                    paid += int(r.paid_fen)
                ignored += order_ignored
                cases.append(EmployerCaseView(
                    case_id=r.id, case_number=r.case_number, case_type_label=enum_label(CaseType, r.case_type),
                    status_label=status_label(r.status), received_date=r.received_date,
                    claimed_text=format_yuan(int(r.claimed_fen)), paid_text=format_yuan(int(r.paid_fen)),
                    order_ignored=order_ignored))
            listings = tuple(listing_view(listing, subjects[listing.id], number, emp.name)
                             for listing, number in listing_rows)
            people: dict[tuple[str, str], str] = {}
            for listing in listings:
                for sub in listing.subjects:
                    if sub.kind == "responsible":
                        people.setdefault((sub.name, sub.id_number),
                                          f"{sub.name}（{sub.position}）" if sub.position else sub.name)
            return EmployerDetailView(
                id=emp.id, name=emp.name, credit_code=emp.credit_code or "",
                legal_representative=emp.legal_representative or "",
                legal_representative_id_masked=mask_id(emp.legal_representative_id_number or ""),
                address=emp.address or "", phone=emp.phone or "", county_name=county_name or "",
                cases=tuple(cases), claimed_text=format_yuan(claimed), paid_text=format_yuan(paid),
                outstanding_text=format_yuan(max(claimed - paid, 0)), orders_ignored=ignored,
                listings=listings, responsible_persons=tuple(people.values()), warnings=tuple(warnings))

    # ---- the intake warning -----------------------------------------------------------------

    def warnings(self, employer_id: int | None, credit_code: str = "",
                 legal_representative_id: str = "", open_cases: bool = True) -> list[str]:
        """What intake should tell the clerk about this employer, in Chinese sentences: it is
        listed now; its legal representative is listed under another employer; it has open
        cases (unless ``open_cases`` is False: intake already asked about those as possible
        duplicates). The employer is the one chosen, else the one with this credit code; the
        legal representative's number, when not typed, is the one on record."""
        today = self._today()
        code = (credit_code or "").strip().replace(" ", "").upper()
        person = (legal_representative_id or "").strip().replace(" ", "").upper()
        with self.ctx.uow.read() as uow:
            s = uow.session
            emp = None
            if employer_id is not None:
                found = q.employer_with_region(s, employer_id)
                emp = found[0] if found else None
            if emp is None and code:
                emp = q.employer_by_credit_code(s, code)
            person = person or (emp.legal_representative_id_number or "" if emp else "")
            out = self._listing_warnings(s, emp, person, today)
            if emp is not None and open_cases:
                total, numbers = q.open_case_numbers(s, emp.id, _OPEN, _NUMBERS_NAMED)
                if total:
                    named = "、".join(numbers) + ("等" if total > len(numbers) else "")
                    out.append(message("employers.warning.open_cases", count=total, numbers=named))
        return out

    @staticmethod
    def _listing_warnings(s, emp, person_id: str, today: date) -> list[str]:
        out: list[str] = []
        if emp is not None:
            until = q.listed_until(s, emp.id, today)
            if until is None:
                out.append(message("employers.warning.listed_open"))
            elif until:
                out.append(message("employers.warning.listed", until=format_date(until)))
        seen: set[str] = set()
        for subject, other, _ends in q.listed_elsewhere(s, person_id, emp.id if emp else None, today):
            if other in seen:
                continue
            seen.add(other)
            out.append(message(
                "employers.warning.person_listed", name=subject.name, id_masked=mask_id(person_id),
                employer=other, role=SUBJECT_KIND_LABELS.get(subject.kind, "直接责任人")))
        return out
