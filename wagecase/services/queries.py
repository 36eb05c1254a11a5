"""Read side of cases: SQL-paged list rows, counts, search, and one case's full detail."""
from __future__ import annotations

from dataclasses import fields
from datetime import date, timedelta

from ..domain.case import (
    ArrearsKind,
    CaseStatus,
    CaseType,
    Channel,
    ContractorRole,
    Industry,
    Sex,
    event_label,
)
from ..domain.errors import RuleError
from ..domain.identifiers import mask_id, mask_phone
from ..domain.intake_rules import strip_region_prefix
from ..domain.money import capitals, format_yuan
from ..domain.permissions import Permission
from ..domain.search import normalise_query
from ..storage import case_queries, case_versions
from ..storage import repositories as repo
from . import audit
from .attachments import stored_path
from .case_rows import CaseRow, enum_label
from .context import ServiceContext, to_local
from .dto import (
    ArrearsItemView,
    AttachmentView,
    CaseDetail,
    CaseFilter,
    CaseSort,
    CaseTally,
    CaseWorkerView,
    ChainLinkView,
    EmployerView,
    ProjectView,
    TimelineEntry,
)
from .permissions import check


def period_text(start: date | None, end: date | None) -> str:
    """2025年10月—2026年1月 for whole months, else 2025年10月1日至2026年1月31日."""
    if start is None and end is None:
        return ""
    if start and end and start.day == 1 and (end + _ONE_DAY).day == 1:
        return f"{start.year}年{start.month}月—{end.year}年{end.month}月"

    def day(d: date | None) -> str:
        return f"{d.year}年{d.month}月{d.day}日" if d else "……"

    if start and end and start == end:
        return day(start)
    return f"{day(start)}至{day(end)}"


_ONE_DAY = timedelta(days=1)


_PLAIN_FILTERS = tuple(f.name for f in fields(CaseFilter) if f.name != "drill")


class CaseQueries:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _filters(self, flt: CaseFilter) -> dict:
        # the fields read one by one: asdict would deep-copy (a tenth of a page's cost)
        f = {name: getattr(flt, name) for name in _PLAIN_FILTERS}
        if flt.drill is not None:
            from .statistics import StatisticsService  # the report's machinery: not at start-up

            f["id_in"] = StatisticsService(self.ctx).drill_case_ids(flt.drill)
        county = f.pop("county_code")
        f["county_prefix"] = strip_region_prefix(county) if county else None
        f["search"] = normalise_query(flt.search)
        return f

    def count(self, flt: CaseFilter) -> int:
        with self.ctx.uow.read() as uow:
            return case_queries.count_cases(uow.session, **self._filters(flt))

    def tally(self) -> CaseTally:
        """The workbench's counts: cases by type and status in one pass, and those received
        since the first of this month."""
        today = to_local(self.ctx.clock()).date()
        with self.ctx.uow.read() as uow:
            groups = case_queries.type_status_counts(uow.session)
            month = case_queries.count_cases(uow.session, received_from=today.replace(day=1), received_to=today)
        finished = {s.value for s in CaseStatus if not s.is_open}
        return CaseTally(
            open_cases=sum(n for _t, status, n in groups if status not in finished),
            received_this_month=month,
            inspection=sum(n for case_type, _s, n in groups if case_type == CaseType.INSPECTION.value),
            arbitration=sum(n for case_type, _s, n in groups if case_type == CaseType.ARBITRATION.value))

    def page(self, flt: CaseFilter, sort: CaseSort, offset: int, limit: int) -> list[CaseRow]:
        today = to_local(self.ctx.clock()).date()
        filters = self._filters(flt)
        query = dict(sort_column=sort.column, descending=sort.descending, offset=offset, limit=limit,
                     green_first=sort.green_first, **filters)
        rows = case_queries.page_rows(self.ctx.uow.engine, **query)
        if rows is None:  # a search or a drill-down: through the session
            with self.ctx.uow.read() as uow:
                rows = case_queries.page_cases(uow.session, **query)
        new = tuple.__new__  # CaseRow(*r, today) checks its arguments, twice as slow
        return [new(CaseRow, (*r, today)) for r in rows]

    def watch(self, case_id: int, version: int) -> None:
        """This screen shows ``version`` of the case: a change made meanwhile on another
        workstation is refused instead of silently overwritten (storage.case_versions)."""
        with self.ctx.uow.read() as uow:
            last = case_versions.last_event_id(uow.session, case_id)
        case_versions.watch(self.ctx.uow.engine, case_id, version, last)

    def unwatch(self, case_id: int) -> None:
        case_versions.unwatch(self.ctx.uow.engine, case_id)

    def detail(self, case_id: int, personal: bool = False) -> CaseDetail:
        """The case as its screen shows it. Identity, phone and bank-card numbers of people are
        masked unless ``personal``: then the user must hold VIEW_PERSONAL, and the view is
        recorded in the 操作日志 (who saw whose numbers, when)."""
        today = to_local(self.ctx.clock()).date()
        if personal:
            self._record_personal_view(case_id)
        keep = (lambda v: v) if personal else mask_id
        phone = (lambda v: v) if personal else mask_phone
        with self.ctx.uow.read() as uow:
            s = uow.session
            case = case_queries.load_case(s, case_id)
            if case is None:
                raise RuleError("case.not_found", case_id=case_id)
            emp = case.employer
            codes = [emp.county_code, case.county_code, case.project.county_code if case.project else None]
            names = repo.region_full_names(s, [c for c in codes if c])
            employer = EmployerView(
                id=emp.id, name=emp.name, credit_code=emp.credit_code or "",
                legal_representative=emp.legal_representative, address=emp.address,
                phone=emp.phone, county_code=emp.county_code or "",
                county_name=names.get(emp.county_code or "", ""))
            project = None
            if case.project is not None:
                p = case.project
                project = ProjectView(
                    id=p.id, name=p.name, address=p.address,
                    county_name=names.get(p.county_code or "", ""),
                    chain=tuple(ChainLinkView(
                        role=link.role, role_label=enum_label(ContractorRole, link.role),
                        name=link.employer.name if link.employer else link.person_name,
                        credit_code=(link.employer.credit_code or "") if link.employer else "",
                        id_number=keep(link.person_id_number or ""),
                        phone=link.employer.phone if link.employer else phone(link.person_phone),
                    ) for link in p.links))
            workers = []
            for cw in case.workers:
                w = cw.worker
                age = None
                if w.birth_date:
                    age = today.year - w.birth_date.year - (
                        (today.month, today.day) < (w.birth_date.month, w.birth_date.day))
                workers.append(CaseWorkerView(
                    worker_id=w.id, name=w.name, id_number=keep(w.id_number or ""),
                    sex_label=enum_label(Sex, w.sex) if w.sex else "", age=age, phone=phone(w.phone),
                    hukou_place=w.hukou_place, is_migrant_worker=bool(w.is_migrant_worker),
                    bank_card=phone(w.bank_card), job=cw.job, is_representative=bool(cw.is_representative),
                    employed_to=cw.employed_to,
                    claimed_fen=cw.claimed_fen, claimed_text=format_yuan(cw.claimed_fen),
                    items=tuple(ArrearsItemView(
                        kind_label=enum_label(ArrearsKind, it.kind),
                        period_text=period_text(it.period_from, it.period_to),
                        amount_fen=it.amount_fen, amount_text=format_yuan(it.amount_fen),
                        note=it.note) for it in cw.items)))
            files = tuple(AttachmentView(
                id=a.id, filename=a.filename, sha256=a.sha256, size=a.size,
                description=a.description, added_at=to_local(a.added_at),
                path=str(stored_path(self.ctx.attachments_dir, a.sha256)),
            ) for a in case_queries.case_attachments(s, case.id))
            timeline = tuple(TimelineEntry(
                occurred_at=to_local(ev.occurred_at), kind=ev.kind,
                kind_label=event_label(ev.kind), summary=ev.summary,
                actor_name=actor or "",
            ) for ev, actor in case_queries.case_events(s, case.id))
            return CaseDetail(
                id=case.id, case_number=case.case_number, case_type=case.case_type,
                case_type_label=enum_label(CaseType, case.case_type), status=case.status,
                status_label=enum_label(CaseStatus, case.status), is_collective=bool(case.is_collective),
                channel_label=enum_label(Channel, case.channel), received_at=to_local(case.received_at),
                officer_name=case.officer.display_name if case.officer else "",
                industry_label=enum_label(Industry, case.industry),
                county_name=names.get(case.county_code or "", ""),
                facts=case.facts, claims=case.claims, claimed_fen=case.claimed_fen,
                claimed_text=format_yuan(case.claimed_fen), claimed_capitals=capitals(case.claimed_fen),
                employer=employer, project=project, workers=tuple(workers), attachments=files,
                timeline=timeline, version=case.version, personal=personal)

    def _record_personal_view(self, case_id: int) -> None:
        with self.ctx.uow.write() as uow:
            check(uow.session, self.ctx.user_id, Permission.VIEW_PERSONAL)
            audit.record(uow.session, self.ctx.user_id, "case.view_personal", "case", case_id, case_id, None,
                         {"what": "身份证号码、电话、银行卡号"}, self.ctx.clock())
            uow.commit()
