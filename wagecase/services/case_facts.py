"""CaseFacts for the documents layer: one case read from storage, with its deadlines and the
office printed on documents (settings ``office.*``).

Works inside the caller's unit of work so that the issuing transaction reads the same case it
numbers and stores.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

from ..documents.facts import (
    AwardFacts,
    AwardItemFacts,
    CaseFacts,
    ChainLinkFacts,
    DeadlineFacts,
    EmployerFacts,
    HearingFacts,
    ItemFacts,
    LawyerFacts,
    ListingFacts,
    ListingSubjectFacts,
    OfficeFacts,
    ReferralFacts,
    TribunalMemberFacts,
    WorkerFacts,
)
from ..domain.calendar import WorkingCalendar
from ..domain.case import (
    ArrearsKind,
    CaseStatus,
    CaseType,
    Channel,
    ContractorRole,
    Industry,
    ProceduralEvent,
    Sex,
)
from ..domain.errors import FieldError, RuleError, ValidationFailed
from ..domain.periods import DeadlineState, PeriodRule, compute_deadlines, length_text
from ..storage import arbitration_queries, case_queries, document_store, inspection_queries
from ..storage import deadline_queries as dq
from ..storage import repositories as repo
from ..storage.models import Award, AwardItem, CaseEvent, LegalAidCentre, Listing, ListingSubject, Referral
from .context import to_local
from .deadlines import facts_from_rows
from .case_rows import enum_label

# The office as printed until an administrator fills in 设置 (migration 0003 writes the same).
OFFICE_DEFAULTS = {
    "agency_name": "郑州市人力资源和社会保障局",
    "inspection_unit": "郑州市劳动保障监察支队",
    "commission_name": "郑州市劳动人事争议仲裁委员会",
    "address": "",
    "phone": "12333",
    "contact": "",
    "review_government": "郑州市人民政府",
    "court_name": "郑州市金水区人民法院",
    "intermediate_court": "郑州市中级人民法院",
    "fine_payment": "",
}
OFFICE_PREFIX = "office."


def office_facts(session) -> OfficeFacts:
    stored = document_store.settings_with_prefix(session, OFFICE_PREFIX)
    values = {}
    for key, default in OFFICE_DEFAULTS.items():
        value = (stored.get(OFFICE_PREFIX + key) or "").strip()
        values[key] = value or default
    return OfficeFacts(**values)


def _age(birth: date | None, today: date) -> int | None:
    if birth is None:
        return None
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def load_case_facts(session, case_id: int, *, rules: Sequence[PeriodRule], calendar: WorkingCalendar,
                    today: date, extra: dict[str, str] | None = None) -> CaseFacts:
    """Raises RuleError("case.not_found")."""
    case = case_queries.load_case(session, case_id)
    if case is None:
        raise RuleError("case.not_found", case_id=case_id)
    emp = case.employer
    codes = [emp.county_code, case.county_code, case.project.county_code if case.project else None]
    names = repo.region_full_names(session, [c for c in codes if c])

    workers = []
    worker_names = {cw.id: cw.worker.name for cw in case.workers}
    paid = inspection_queries.paid_by_worker(session, case.id)  # a decision orders what is left
    referrals = _referrals(session, case.id)
    lawyers = _lawyers(referrals, [(cw.id, bool(cw.is_representative)) for cw in case.workers])
    for cw in case.workers:
        w = cw.worker
        workers.append(WorkerFacts(
            name=w.name, sex_label=enum_label(Sex, w.sex), birth_date=w.birth_date,
            age=_age(w.birth_date, today), id_number=w.id_number or "", phone=w.phone,
            address=w.hukou_place, is_representative=bool(cw.is_representative), job=cw.job,
            employed_to=cw.employed_to, claimed_fen=cw.claimed_fen, paid_fen=paid.get(cw.id, 0),
            is_migrant_worker=bool(w.is_migrant_worker), lawyer=lawyers.get(cw.id),
            items=tuple(ItemFacts(kind=it.kind, kind_label=enum_label(ArrearsKind, it.kind),
                                  period_from=it.period_from, period_to=it.period_to,
                                  amount_fen=it.amount_fen) for it in cw.items)))

    chain: list[ChainLinkFacts] = []
    if case.project is not None:
        for link in case.project.links:
            if link.employer is not None:
                chain.append(ChainLinkFacts(
                    role_label=enum_label(ContractorRole, link.role), name=link.employer.name,
                    credit_code_or_id=link.employer.credit_code or "", phone=link.employer.phone))
            else:
                chain.append(ChainLinkFacts(
                    role_label=enum_label(ContractorRole, link.role), name=link.person_name,
                    credit_code_or_id=link.person_id_number or "", phone=link.person_phone))

    events = dq.event_facts(session, [case_id])
    accepted = [e.event_date for e in events if e.kind == ProceduralEvent.ACCEPTED.value]
    deadlines = compute_deadlines(rules, facts_from_rows(events), calendar=calendar, today=today,
                                  case_type=case.case_type)

    hearings = _hearings(session, case_id)
    return CaseFacts(
        case_id=case.id, case_number=case.case_number, case_type=case.case_type,
        case_type_label=enum_label(CaseType, case.case_type),
        status_label=enum_label(CaseStatus, case.status), is_collective=bool(case.is_collective),
        channel_label=enum_label(Channel, case.channel), received_on=case.received_date,
        accepted_on=accepted[-1] if accepted else None,
        officer_name=case.officer.display_name if case.officer else "",
        industry_label=enum_label(Industry, case.industry),
        county_name=names.get(case.county_code or "", ""),
        facts=case.facts, claims=case.claims, claimed_fen=case.claimed_fen,
        employer=EmployerFacts(
            name=emp.name, credit_code=emp.credit_code or "",
            legal_representative=emp.legal_representative, address=emp.address, phone=emp.phone,
            county_name=names.get(emp.county_code or "", "")),
        workers=tuple(workers),
        project_name=case.project.name if case.project else "",
        project_address=case.project.address if case.project else "",
        chain=tuple(chain),
        deadlines=tuple(DeadlineFacts(
            name=d.rule.name, due=d.due, state_label=DeadlineState(d.state).label, basis=d.rule.basis,
            provisional=d.provisional, code=d.rule.code,
            # the extension as the 延期审批表 prints it
            extension=length_text(d.rule.extension_length, d.rule.unit) if d.rule.extension_length else "",
        ) for d in deadlines),
        office=office_facts(session),
        extra=dict(extra or {}),
        procedure=case.procedure or "general",
        tribunal=_tribunal(session, case_id),
        hearing=_latest(hearings, "scheduled"),
        postponed_hearing=_latest(hearings, "postponed"),
        held_hearing=_latest(hearings, "held"),
        award=_award(session, case_id, (extra or {}).get("award_id", ""), worker_names),
        listing=_listing(session, case_id, (extra or {}).get("listing_id", ""), events),
        referral=_referral(session, case_id, (extra or {}).get("referral_id", ""), referrals,
                           {cw.id: wf for cw, wf in zip(case.workers, workers)}),
    )


TRIBUNAL_ROLE_LABELS = {"sole": "独任仲裁员", "presiding": "首席仲裁员", "member": "仲裁员", "clerk": "书记员"}
_DRAFT_AWARD_ID = "（待填写）"  # services.documents.DRAFT_BLANK: a preview before an award is chosen


def _tribunal(session, case_id: int) -> tuple[TribunalMemberFacts, ...]:
    return tuple(TribunalMemberFacts(name=name, role=m.role, role_label=TRIBUNAL_ROLE_LABELS.get(m.role, m.role))
                 for m, name in arbitration_queries.tribunal(session, case_id))


def _hearings(session, case_id: int) -> list[HearingFacts]:
    return [HearingFacts(hearing_date=h.hearing_date, start_minute=h.start_minute, end_minute=h.end_minute,
                         room_name=room, status=h.status)
            for h, room in arbitration_queries.hearings(session, case_id)]


def _latest(hearings: list[HearingFacts], status: str) -> HearingFacts | None:
    # the list is oldest first: a rescheduled hearing is the last one still scheduled
    found = [h for h in hearings if h.status == status]
    return found[-1] if found else None


def _award(session, case_id: int, typed: str, worker_names: dict[int, str]) -> AwardFacts | None:
    """The award the 裁决书 is for: ``award_id`` of one of the case's awards; a blank or the
    draft placeholder previews the items not yet in any award. Anything else names the field."""
    typed = (typed or "").strip()
    if typed.isdigit():
        award = session.get(Award, int(typed))
        if award is None or award.case_id != case_id:
            raise ValidationFailed([FieldError("inputs.award_id", "form.award_unknown", {"value": typed})])
        items = (_advance_items(session, case_id, award.id, worker_names) if award.part == "advance"
                 else _award_items(session, case_id, award.id, worker_names))
        return AwardFacts(award_id=award.id, part=award.part, number=award.number or "", made_on=award.made_on,
                          items=items, partial=bool(award.partial))
    if typed and typed != _DRAFT_AWARD_ID:
        raise ValidationFailed([FieldError("inputs.award_id", "form.award_unknown", {"value": typed})])
    items = _award_items(session, case_id, None, worker_names)
    if not items:
        return None
    verdicts = {i.final for i in items if not i.rejected}
    part = "whole_final" if verdicts == {True} else "whole_non_final"
    return AwardFacts(award_id=None, part=part, number="", made_on=None, items=items)


def _award_items(session, case_id: int, award_id: int | None,
                 worker_names: dict[int, str]) -> tuple[AwardItemFacts, ...]:
    # Session.query keeps sqlalchemy's own imports inside storage (import-linter)
    rows = (session.query(AwardItem).filter(AwardItem.case_id == case_id, AwardItem.award_id == award_id)
            .order_by(AwardItem.position, AwardItem.id).all())
    return tuple(AwardItemFacts(
        label=r.label, worker_name=worker_names.get(r.case_worker_id or 0, ""),
        kind_label=_kind_label(r.kind), claimed_fen=r.claimed_fen, awarded_fen=r.awarded_fen,
        rejected=bool(r.rejected), final=r.final) for r in rows)


def _advance_items(session, case_id: int, award_id: int,
                   worker_names: dict[int, str]) -> tuple[AwardItemFacts, ...]:
    """A 先予执行 award leaves its items open for the final award: which ones it covers is in
    the step that made it (services.awards.advance)."""
    ids: list[int] = []
    for ev in session.query(CaseEvent).filter(
            CaseEvent.case_id == case_id, CaseEvent.kind == ProceduralEvent.ADVANCE_ENFORCEMENT_AWARDED.value):
        payload = json.loads(ev.payload or "{}")
        if payload.get("award_id") == award_id:
            ids = [int(i) for i in payload.get("item_ids", [])]
    rows = (session.query(AwardItem).filter(AwardItem.case_id == case_id, AwardItem.id.in_(ids))
            .order_by(AwardItem.position, AwardItem.id).all()) if ids else []
    return tuple(AwardItemFacts(
        label=r.label, worker_name=worker_names.get(r.case_worker_id or 0, ""),
        kind_label=_kind_label(r.kind), claimed_fen=r.claimed_fen, awarded_fen=r.awarded_fen,
        rejected=False, final=None) for r in rows)


def _kind_label(kind: str) -> str:
    if kind == "labour_standard":
        return "劳动标准"
    return enum_label(ArrearsKind, kind)


# ---- the blacklist (issue 7) -------------------------------------------------------------------

SUBJECT_KIND_LABELS = {"employer": "用人单位", "legal_representative": "法定代表人", "responsible": "直接责任人员"}
_SUBJECT_ORDER = {"employer": 0, "legal_representative": 1, "responsible": 2}
_ORDER_FORM = "inspection.rectification_order"
_NOTICE_FORM = "blacklist.listing_notice"
_EARLY_REMOVAL_FORM = "blacklist.early_removal_decision"
_DECISION_FORM = "blacklist.listing_decision"


def _listing(session, case_id: int, typed: str, events) -> ListingFacts | None:
    """The listing the input ``listing_id`` names (one of this case's), else the case's latest;
    None when the case has none (the blacklist forms then say so on the field)."""
    typed = (typed or "").strip()
    if typed and typed != _DRAFT_AWARD_ID:
        row = session.get(Listing, int(typed)) if typed.isdigit() else None
        if row is None or row.case_id != case_id:
            raise ValidationFailed([FieldError("inputs.listing_id", "form.listing_unknown", {"value": typed})])
    else:
        row = (session.query(Listing).filter(Listing.case_id == case_id)
               .order_by(Listing.proposed_on.desc(), Listing.id.desc()).first())
    if row is None:
        return None
    people = (session.query(ListingSubject).filter(ListingSubject.listing_id == row.id)
              .order_by(ListingSubject.id).all())
    subjects = tuple(ListingSubjectFacts(
        kind=p.kind, kind_label=SUBJECT_KIND_LABELS.get(p.kind, p.kind), name=p.name, id_number=p.id_number or "",
        position=p.position or "") for p in sorted(people, key=lambda p: (_SUBJECT_ORDER.get(p.kind, 9), p.id)))

    # the steps of this procedure: a case's earlier, declined procedure must not lend it dates
    steps: dict[str, list] = {}
    for ev in events:
        if ev.event_date >= row.proposed_on or ev.kind == ProceduralEvent.RECTIFICATION_ORDER_ISSUED.value:
            steps.setdefault(ev.kind, []).append(ev)

    def last(*kinds: str):
        found = [e for k in kinds for e in steps.get(k, [])]
        return max(found, key=lambda e: (e.event_date, e.id)) if found else None

    def first(kind: str):
        found = steps.get(kind, [])
        return min(found, key=lambda e: (e.event_date, e.id)) if found else None

    order_event = last(ProceduralEvent.RECTIFICATION_ORDER_ISSUED.value)
    order_due = None
    if order_event is not None:
        due = json.loads(order_event.payload or "{}").get("due_date", "")
        order_due = date.fromisoformat(due) if _is_iso(due) else None

    docs = [d for d, _ in document_store.case_documents(session, case_id) if d.status != "voided"]
    orders = [d for d in docs if d.form_id == _ORDER_FORM]
    notices = [d for d in docs if d.form_id == _NOTICE_FORM and _local_day(d.issued_at) >= row.proposed_on]
    granted = [d for d in docs if d.form_id == _EARLY_REMOVAL_FORM
               and json.loads(d.inputs or "{}").get("outcome") == "granted"]
    decisions = [d for d in docs if d.form_id == _DECISION_FORM and _local_day(d.issued_at) >= row.proposed_on]

    def on(ev) -> date | None:
        return ev.event_date if ev is not None else None

    return ListingFacts(
        id=row.id, rule=row.rule, status=row.status, grounds=row.grounds or "", proposed_on=row.proposed_on,
        decided_on=row.decided_on, ends_on=row.ends_on, removed_on=row.removed_on,
        removal_kind=row.removal_kind or "",
        decision_number=row.decision_number or (decisions[-1].number if decisions else ""),
        subjects=subjects,
        order_number=orders[-1].number if orders else "",
        order_issued_on=on(order_event) or (_local_day(orders[-1].issued_at) if orders else None),
        order_due=order_due,
        notice_numbers=tuple((d.recipient, d.number) for d in notices),
        notice_served_on=on(first(ProceduralEvent.LISTING_NOTICE_SERVED.value)),
        objection_received_on=on(last(ProceduralEvent.OBJECTION_RECEIVED.value)),
        objection_answered_on=on(last(ProceduralEvent.OBJECTION_ANSWERED.value)),
        early_removal_applied_on=on(last(ProceduralEvent.EARLY_REMOVAL_APPLIED.value)),
        early_removal_decided_on=on(last(ProceduralEvent.EARLY_REMOVAL_GRANTED.value,
                                         ProceduralEvent.EARLY_REMOVAL_DECIDED.value)),
        early_removal_number=granted[-1].number if granted else "",
        revoked_on=on(last(ProceduralEvent.LISTING_REVOKED.value)),
    )


def _is_iso(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except (TypeError, ValueError):
        return False
    return True


def _local_day(stamp) -> date:
    """The local (Asia/Shanghai) calendar day of a stored UTC timestamp."""
    return to_local(stamp).date()


# ---- legal aid (issue 8) -----------------------------------------------------------------------

_LAWYER_STATUSES = ("assigned", "closed")  # a lawyer acts once assigned, and stays on the papers


def _referrals(session, case_id: int) -> list[Referral]:
    """The case's referrals, oldest first."""
    return (session.query(Referral).filter(Referral.case_id == case_id)
            .order_by(Referral.applied_on, Referral.id).all())


def _lawyer(row: Referral) -> LawyerFacts | None:
    if row.status not in _LAWYER_STATUSES or not (row.lawyer_name or "").strip():
        return None
    return LawyerFacts(name=row.lawyer_name.strip(), firm=(row.lawyer_firm or "").strip(),
                       phone=(row.lawyer_phone or "").strip())


def _lawyers(referrals: list[Referral], workers: list[tuple[int, bool]]) -> dict[int, LawyerFacts]:
    """case_worker id -> the lawyer acting for that worker. A worker's own referral wins over the
    representatives' one; a later assignment over an earlier one."""
    own: dict[int, LawyerFacts] = {}
    for_reps: LawyerFacts | None = None
    for row in referrals:
        lawyer = _lawyer(row)
        if lawyer is None:
            continue
        if row.case_worker_id is None:
            for_reps = lawyer
        else:
            own[row.case_worker_id] = lawyer
    out = dict(own)
    if for_reps is not None:
        for cw_id, is_rep in workers:
            if is_rep and cw_id not in out:
                out[cw_id] = for_reps
    return out


def _referral(session, case_id: int, typed: str, referrals: list[Referral],
              worker_facts: dict[int, WorkerFacts]) -> ReferralFacts | None:
    """The referral the input ``referral_id`` names (one of this case's), else the case's latest;
    None when the case has none (the legal-aid forms then say so on the field)."""
    typed = (typed or "").strip()
    if typed and typed != _DRAFT_AWARD_ID:
        row = next((r for r in referrals if typed.isdigit() and r.id == int(typed)), None)
        if row is None:
            raise ValidationFailed([FieldError("inputs.referral_id", "form.referral_unknown", {"value": typed})])
    else:
        row = referrals[-1] if referrals else None
    if row is None:
        return None
    if row.case_worker_id is not None:
        applicants = tuple(wf for cw_id, wf in worker_facts.items() if cw_id == row.case_worker_id)
    else:
        applicants = tuple(wf for wf in worker_facts.values() if wf.is_representative)
        # a case without marked representatives: the first worker speaks for them
        applicants = applicants or tuple(list(worker_facts.values())[:1])
    centre = session.get(LegalAidCentre, row.centre_id) if row.centre_id else None
    return ReferralFacts(
        id=row.id, status=row.status, for_representatives=row.case_worker_id is None, applicants=applicants,
        centre_name=centre.name if centre else "", centre_address=centre.address if centre else "",
        centre_phone=centre.phone if centre else "", urgent=bool(row.urgent), urgency=row.urgency or "",
        applied_on=row.applied_on, sent_on=row.sent_on, lawyer=_lawyer(row))
