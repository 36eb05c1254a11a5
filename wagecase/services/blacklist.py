"""The employer blacklist (人社部令第45号): one use case per step of domain.blacklist_path, on the
inspection case whose order to pay ran out unpaid.

A listing row keeps the procedure's state (who is named, the decision, the term, the removal);
its dated steps are the case's events, so the catalogue's blacklist.* periods (objection,
verification, listing decision, term, removal) run on the 2026 calendar like every other.
"""
from __future__ import annotations

import json
from datetime import date

from ..domain.language import translated
from ..domain import blacklist_rules
from ..domain.blacklist_path import (
    ACTION_LABELS,
    BlacklistAction,
    ListingFacts,
    ListingStatus,
    action_state,
    available_actions,
    next_status,
)
from ..domain.case import CaseType
from ..domain.case import ProceduralEvent as P
from ..domain.dates import add_years, format_date, parse_iso_date
from ..domain.errors import FieldError, RuleError, ValidationFailed
from ..domain.identifiers import IdNumber
from ..domain.permissions import Permission
from ..storage import blacklist_queries as bq
from ..storage.models import CaseEvent, Listing, ListingSubject
from . import audit
from .context import ServiceContext
from .deadlines import DeadlineService, clock_inputs, parties_text, recompute_case
from .dto import (
    ActionView,
    BlacklistView,
    Changes,
    ListingCandidateView,
    ReferenceColumn,
    StepView,
)
from .listing_views import listing_view
from .path_inputs import clean_inputs, dated, step_date
from .permissions import requires

A = BlacklistAction
S = ListingStatus
DECISION_PERIOD = "blacklist.listing_decision"
OBJECTION_PERIOD = "blacklist.objection"
SUBJECT_KINDS = (("employer", "用人单位"), ("legal_representative", "法定代表人或主要负责人"),
                 ("responsible", "直接责任人"))
DECLINE_GROUNDS = (("undertaking", "已足额支付并作出书面信用承诺（人力资源社会保障部令第45号第七条）"),
                   ("not_met", "经核实不符合列入条件（人力资源社会保障部令第45号第五条）"))
OBJECTION_OUTCOMES = (("rejected", "异议不成立，维持拟列入"), ("upheld", "异议成立，不予列入"))
REMOVAL_OUTCOMES = (("granted", "准予提前移出"), ("refused", "不予提前移出"))
YES_NO = (("no", "否"), ("yes", "是"))
STEPS = (("proposed", "拟列入"), ("noticed", "事先告知"), ("listed", "列入"), ("removed", "移出"))
# what each step records on the case's timeline
_EVENTS: dict[BlacklistAction, tuple[str, ...]] = {
    A.RECORD_INCIDENT: (P.MASS_INCIDENT,),
    A.SERVE_NOTICE: (P.LISTING_NOTICE_SERVED,),
    A.RECEIVE_OBJECTION: (P.OBJECTION_RECEIVED,),
    A.ANSWER_OBJECTION: (P.OBJECTION_ANSWERED,),
    A.EXTEND: (P.LISTING_EXTENDED,),
    A.DECIDE: (P.LISTING_DECIDED,),
    A.DECLINE: (P.LISTING_DECLINED,),
    A.APPLY_EARLY_REMOVAL: (P.EARLY_REMOVAL_APPLIED,),
    A.REMOVE: (P.REMOVED_FROM_LIST,),
    A.REVOKE: (P.LISTING_REVOKED,),
}


class BlacklistService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---- reading ---------------------------------------------------------------------------

    def view(self, case_id: int) -> BlacklistView:
        rules, calendar, today = clock_inputs(self.ctx)
        deadlines = {d.period_code: d for d in DeadlineService(self.ctx).case_deadlines(case_id)}
        with self.ctx.uow.read() as uow:
            s = uow.session
            case, listing, facts, outcome = self._facts(s, case_id, today, calendar, rules)
            inputs = self._inputs(s, case)
            actions = tuple(ActionView(action=a.action.value, label=a.action.label, allowed=a.allowed,
                                       reason=a.reason, needs_approval=False, inputs=inputs.get(a.action, ()))
                            for a in available_actions(facts))
            view = self._listing_view(s, listing, case.case_number) if listing else None
        due = deadlines.get(DECISION_PERIOD)
        status = ListingStatus(facts.status)
        return BlacklistView(
            case_id=case_id, status=status.value, status_label=status.label, steps=_steps(facts.status),
            actions=actions, listing=view, eligible=outcome.ok, reasons=tuple(r.text for r in outcome.reasons),
            deadline_text=f"{due.name}：{due.due_text}，{due.days_text}" if due else "")

    def candidates(self, limit: int = 100) -> list[ListingCandidateView]:
        """Inspection cases whose order ran out unpaid and that meet Art. 5, soonest deadline
        first: 工作台's list of employers to list (the 20 working days run from the order's date)."""
        rules, calendar, today = clock_inputs(self.ctx)
        out = []
        with self.ctx.uow.read() as uow:
            s = uow.session
            for row in bq.running_decisions(s, DECISION_PERIOD, today, limit * 3):
                _case, listing, facts, outcome = self._facts(s, row.case_id, today, calendar, rules)
                if outcome.ok is not True or (listing is not None and listing.status != S.PROPOSED
                                              and listing.status != S.NOTICED):
                    continue
                left = calendar.working_days_between(today, row.due_date)
                out.append(ListingCandidateView(
                    case_id=row.case_id, case_number=row.case_number,
                    parties=parties_text(row.case_type, row.lead_worker_name, row.worker_count,
                                         bool(row.is_collective), row.employer_name),
                    employer_id=row.employer_id, employer_name=row.employer_name, due=row.due_date,
                    due_text=format_date(row.due_date),
                    days_text=f"剩余{left}个工作日" if left > 0 else ("今日到期" if left == 0 else f"逾期{-left}个工作日"),
                    state="overdue" if left < 0 else ("due_soon" if left <= 3 else "running"),
                    reasons=tuple(r.text for r in outcome.reasons), listing_id=listing.id if listing else None))
                if len(out) >= limit:
                    break
        return out

    # ---- acting ----------------------------------------------------------------------------

    @requires(Permission.BLACKLIST)
    def act(self, case_id: int, action: str, inputs: dict[str, str] | None = None) -> Changes:
        act = _action(action)
        rules, calendar, today = clock_inputs(self.ctx)
        with self.ctx.uow.write() as uow:
            s = uow.session
            case, listing, facts, outcome = self._facts(s, case_id, today, calendar, rules)
            state = action_state(facts, act)
            if not state.allowed:
                raise RuleError("blacklist.refused", reason=state.reason)
            clean, errors = clean_inputs(self._inputs(s, case).get(act, ()), inputs or {}, today=today,
                                         received=case.received_date)
            subjects: list[ListingSubject] = []
            if act == A.PROPOSE and not errors:
                subjects, errors = _subjects(case, clean, today)
            if errors:
                raise ValidationFailed(errors)
            on = step_date(clean, today)
            if act == A.RECORD_INCIDENT:
                # a fact of the case that Art. 5(2) reads: no listing is begun by it
                now = self.ctx.clock()
                s.add(CaseEvent(case_id=case_id, kind=P.MASS_INCIDENT.value, occurred_at=now, event_date=on,
                                actor_id=self.ctx.user_id, summary=_summary(act, clean, None)[:500],
                                payload=audit.canonical_json(clean)))
                s.flush()
                audit.record(s, self.ctx.user_id, "blacklist.record_incident", "case", case_id, case_id, None,
                             {"inputs": clean}, now)
                recompute_case(s, case_id, rules, calendar, today)
                uow.commit()
                return Changes(case_ids=(case_id,))
            if act == A.DECIDE_EARLY_REMOVAL:
                clean.update(_early_removal(bq.events(s, case_id), listing, clean, on))
            now = self.ctx.clock()
            before = {"status": listing.status if listing else S.NONE.value}
            if act == A.PROPOSE:
                listing = Listing(case_id=case_id, employer_id=case.employer_id, rule="2022",
                                  status=S.PROPOSED.value, grounds="；".join(r.text for r in outcome.reasons),
                                  proposed_on=on, removal_kind="", decision_number="", note="",
                                  created_at=now, updated_at=now)
                s.add(listing)
                s.flush()
                for subject in subjects:
                    subject.listing_id = listing.id
                    s.add(subject)
            assert listing is not None
            kinds, declined = self._effects(act, clean, listing, facts, on)
            summary = _summary(act, clean, listing)
            for kind in kinds:
                s.add(CaseEvent(case_id=case_id, kind=str(kind), occurred_at=now, event_date=on,
                                actor_id=self.ctx.user_id, summary=summary[:500],
                                payload=audit.canonical_json({**clean, "listing_id": listing.id})))
            listing.status = next_status(facts.status, act, declined=declined)
            listing.updated_at = now
            s.flush()
            audit.record(s, self.ctx.user_id, f"blacklist.{act.value}", "listing", listing.id, case_id, before,
                         {"status": listing.status, "inputs": clean}, now)
            recompute_case(s, case_id, rules, calendar, today)
            uow.commit()
        return Changes(case_ids=(case_id,), employers=True)

    # ---- the pieces ------------------------------------------------------------------------

    def _effects(self, act: BlacklistAction, clean: dict, listing: Listing, facts: ListingFacts,
                 on: date) -> tuple[tuple[str, ...], bool]:
        """The events the step records and whether it ends the procedure unlisted; the listing's
        own dates follow the step (the term from the decision, the removal day...)."""
        if act == A.PROPOSE:
            return (), False
        if act == A.RESTORE:
            # Art. 15: listed again and the start and end of the term counted anew
            listing.decided_on, listing.removed_on, listing.removal_kind = on, None, ""
            listing.ends_on = blacklist_rules.term_end(on, listing.rule)
            return (P.LISTING_DECIDED,), False
        if act == A.ANSWER_OBJECTION:
            return _EVENTS[act], clean.get("outcome") == "upheld"
        if act == A.DECIDE:
            listing.decided_on = on
            listing.rule = blacklist_rules.rule_for(on)
            listing.ends_on = blacklist_rules.term_end(on, listing.rule)
            listing.decision_number = clean.get("number", "")
            if clean.get("grounds"):
                listing.grounds = clean["grounds"]
        if act == A.EXTEND_2017:
            assert listing.ends_on is not None
            listing.ends_on = add_years(listing.ends_on, blacklist_rules.EXTENSION_2017_YEARS)
            return (), False
        if act == A.DECIDE_EARLY_REMOVAL:
            granted = clean.get("outcome") == "granted"
            return ((P.EARLY_REMOVAL_DECIDED, P.EARLY_REMOVAL_GRANTED) if granted
                    else (P.EARLY_REMOVAL_DECIDED,)), False
        if act == A.REMOVE:
            listing.removed_on = on
            listing.removal_kind = "early" if facts.early_removal_granted else "expiry"
        if act == A.REVOKE:
            if listing.removed_on is None:
                listing.removed_on = on
            listing.removal_kind = "revoked"
            return (P.LISTING_REVOKED,) if listing.status == S.REMOVED else (P.LISTING_REVOKED, P.REMOVED_FROM_LIST), False
        return _EVENTS[act], False

    def _facts(self, s, case_id: int, today: date, calendar, rules):
        from .inspection import InspectionService  # the case's own path knows Art. 5's facts

        case = bq.case_row(s, case_id)
        if case is None:
            raise RuleError("case.not_found", case_id=case_id)
        if case.case_type != CaseType.INSPECTION:
            raise RuleError("blacklist.not_inspection_case")
        outcome = InspectionService(self.ctx).listing_outcome(s, case_id, today, calendar, rules)
        listing = bq.latest_listing(s, case_id)
        events = _listing_events(bq.events(s, case_id), listing)
        kinds = [e.kind for e in events]
        status = listing.status if listing else S.NONE.value
        if status == S.PROPOSED and P.LISTING_NOTICE_SERVED in kinds:
            status = S.NOTICED.value  # the notice was served from 文书 → 登记送达

        def pending(asked: str, *answers: str) -> bool:
            last_ask = max((i for i, k in enumerate(kinds) if k == asked), default=-1)
            return last_ask >= 0 and not any(k in answers for k in kinds[last_ask + 1:])

        objection = bq.deadline_due(s, case_id, OBJECTION_PERIOD)
        facts = ListingFacts(
            status=status, today=today, eligible=outcome.ok,
            eligibility_reason=(translated("；").join(r.text for r in outcome.reasons)
                                if outcome.ok is not True else ""),
            rule=listing.rule if listing else "2022", objection_due=objection,
            objection_pending=pending(P.OBJECTION_RECEIVED, P.OBJECTION_ANSWERED),
            extended=P.LISTING_EXTENDED in kinds,
            application_pending=pending(P.EARLY_REMOVAL_APPLIED, P.EARLY_REMOVAL_DECIDED),
            early_removal_granted=P.EARLY_REMOVAL_GRANTED in kinds,
            removed_early=listing is not None and listing.status == S.REMOVED and listing.removal_kind == "early",
            incident_recorded=any(e.kind == P.MASS_INCIDENT for e in bq.events(s, case_id)),
            ends_on=listing.ends_on if listing else None,
            extended_2017=listing is not None and listing.rule == "2017" and listing.ends_on is not None
            and listing.decided_on is not None
            and listing.ends_on > blacklist_rules.term_end(listing.decided_on, "2017"))
        return case, listing, facts, outcome

    def _listing_view(self, s, listing: Listing, case_number: str):
        return listing_view(listing, bq.subjects(s, listing.id), case_number, bq.employer_name(s, listing.employer_id))

    def _inputs(self, s, case) -> dict[BlacklistAction, tuple[ReferenceColumn, ...]]:
        employer = case.employer
        legal = f"{employer.legal_representative}（{employer.legal_representative_id_number or '身份证号未登记'}）" \
            if employer.legal_representative else "未登记"
        return {
            A.PROPOSE: (
                ReferenceColumn("legal_representative", f"同时列入法定代表人：{legal}", "choice",
                                (("yes", "是"), ("no", "否（另行填写主要负责人）")), required=False),
                ReferenceColumn("responsible", "直接责任人", "multiline", required=False,
                                hint="每行一人：姓名，身份证号码，职务；如：王某，410105198001011234，项目经理"),
            ),
            A.SERVE_NOTICE: (dated("送达日期"),),
            A.RECEIVE_OBJECTION: (dated("收到异议日期"), ReferenceColumn("detail", "异议内容")),
            A.ANSWER_OBJECTION: (dated("告知日期"),
                                 ReferenceColumn("outcome", "核实结果", "choice", OBJECTION_OUTCOMES),
                                 ReferenceColumn("detail", "核实情况", required=False)),
            A.EXTEND: (ReferenceColumn("approver", "批准的负责人"), ReferenceColumn("reason", "延长理由")),
            A.DECIDE: (dated("决定日期"), ReferenceColumn("number", "列入决定书文号", required=False,
                                                     hint="在“文书”页签制作列入决定书时编号"),
                       ReferenceColumn("grounds", "列入事由", "multiline", required=False,
                                       hint="留空时按法律要件的判断写明")),
            A.DECLINE: (ReferenceColumn("ground", "不予列入理由", "choice", DECLINE_GROUNDS),
                        ReferenceColumn("detail", "说明", required=False)),
            A.APPLY_EARLY_REMOVAL: (dated("申请日期"), ReferenceColumn("corrected_on", "改正（足额支付）日期", "date"),
                                    ReferenceColumn("undertaking", "是否提交书面信用承诺", "choice", YES_NO[::-1])),
            A.DECIDE_EARLY_REMOVAL: (
                dated("决定日期"),
                ReferenceColumn("new_arrears", "列入期间是否有新的拖欠", "choice", YES_NO),
                ReferenceColumn("criminal", "是否因拒不支付劳动报酬罪被追究或正在追究", "choice", YES_NO)),
            A.EXTEND_2017: (ReferenceColumn("reason", "延长理由", hint="列入期间未改正或者又发生拖欠"),),
            A.REMOVE: (dated("移出日期"),),
            A.RECORD_INCIDENT: (dated("事件发生日期"), ReferenceColumn(
                "detail", "事件情况", "multiline", hint="如：劳动者30余人聚集讨薪，堵塞道路，造成恶劣社会影响")),
            A.RESTORE: (dated("恢复列入日期"), ReferenceColumn("basis", "以欺骗等不正当手段取得提前移出的事实")),
            A.REVOKE: (dated("撤销日期"), ReferenceColumn("basis", "限期改正指令书被撤销的依据",
                                                      hint="如：郑州市人民政府行政复议决定书（郑政复决〔2026〕12号）")),
        }


# ---- helpers ---------------------------------------------------------------------------------

def _action(value: str) -> BlacklistAction:
    try:
        return A(value)
    except ValueError:
        raise RuleError("blacklist.unknown_action", action=value) from None


def _listing_events(events: list[CaseEvent], listing: Listing | None) -> list[CaseEvent]:
    """The steps of this listing: recorded here (they carry its id), or recorded on the case
    since it was proposed by serving its documents (文书 → 登记送达 knows no listing)."""
    if listing is None:
        return []
    out = []
    for e in events:
        owner = json.loads(e.payload or "{}").get("listing_id")
        if owner == listing.id or (owner is None and e.event_date >= listing.proposed_on):
            out.append(e)
    return out


def _early_removal(events: list[CaseEvent], listing: Listing | None, clean: dict, on: date) -> dict:
    """45号令 Arts. 12-13 on the application as made: granted or refused, and why."""
    assert listing is not None and listing.decided_on is not None
    applied = [json.loads(e.payload or "{}") for e in events if e.kind == P.EARLY_REMOVAL_APPLIED
               and json.loads(e.payload or "{}").get("listing_id") == listing.id]
    application = applied[-1] if applied else {}
    outcome = blacklist_rules.early_removal(
        corrected_on=parse_iso_date(application.get("corrected_on")), today=on,
        undertaking_given=application.get("undertaking") == "yes",
        new_arrears_during_listing=clean.get("new_arrears") == "yes",
        criminal_proceedings=clean.get("criminal") == "yes", listed_on=listing.decided_on)
    return {"outcome": "granted" if outcome.ok else "refused",
            "reasons": "；".join(r.text for r in outcome.reasons)}


def _subjects(case, clean: dict, today: date) -> tuple[list[ListingSubject], list[FieldError]]:
    """Who the listing names (45号令 Art. 5): the employer always, its legal representative unless
    the officer says otherwise, and the responsible persons typed one per line."""
    employer = case.employer
    out = [ListingSubject(kind="employer", name=employer.name, id_number=employer.credit_code or "", position="")]
    errors: list[FieldError] = []
    if clean.get("legal_representative", "yes") == "yes" and employer.legal_representative:
        out.append(ListingSubject(kind="legal_representative", name=employer.legal_representative,
                                  id_number=employer.legal_representative_id_number or "", position="法定代表人"))
    for n, line in enumerate((clean.get("responsible") or "").splitlines(), start=1):
        parts = [p.strip() for p in line.replace("，", ",").split(",")]
        if not parts or not parts[0]:
            continue
        name, number, position = (parts + ["", ""])[:3]
        if number:
            try:
                number = IdNumber.parse(number, today=today).value
            except RuleError:
                errors.append(FieldError("responsible", "blacklist.input.id_number", {"line": n, "text": number}))
                continue
        out.append(ListingSubject(kind="responsible", name=name, id_number=number, position=position))
    return out, errors


def _summary(act: BlacklistAction, clean: dict, listing: Listing | None) -> str:
    label = ACTION_LABELS[act]
    if act == A.ANSWER_OBJECTION:
        return f"{label}：{dict(OBJECTION_OUTCOMES).get(clean.get('outcome', ''), '')}"
    if listing is None:
        return f"{label}：{clean.get('detail', '')}"
    if act == A.DECIDE:
        return (f"{label}，列入期限{format_date(listing.decided_on)}至{format_date(listing.ends_on)}"
                if listing.decided_on and listing.ends_on else label)
    if act == A.DECLINE:
        return f"{label}：{dict(DECLINE_GROUNDS).get(clean.get('ground', ''), '')}"
    if act == A.DECIDE_EARLY_REMOVAL:
        return f"{label}：{dict(REMOVAL_OUTCOMES).get(clean.get('outcome', ''), '')}（{clean.get('reasons', '')}）"
    if act == A.RESTORE and listing.ends_on:
        return f"{label}，列入期限重新计算至{format_date(listing.ends_on)}：{clean.get('basis', '')}"
    if act == A.EXTEND_2017 and listing.ends_on:
        return f"{label}，延长至{format_date(listing.ends_on)}"
    for key in ("detail", "reason", "basis"):
        if clean.get(key):
            return f"{label}：{clean[key]}"
    return label


def _steps(status: str) -> tuple[StepView, ...]:
    order = {S.NONE: -1, S.PROPOSED: 0, S.NOTICED: 1, S.LISTED: 2, S.REMOVED: 3, S.REVOKED: 3, S.DECLINED: 3}
    at = order.get(S(status), -1)
    out = []
    for i, (key, label) in enumerate(STEPS):
        if status == S.DECLINED and i >= 2:
            state = "skipped"
        elif i < at or (i == at and status in (S.REMOVED, S.REVOKED)):
            state = "done"
        elif i == at:
            state = "current"
        else:
            state = "todo"
        out.append(StepView(key, label, state))
    return tuple(out)


__all__ = ["BlacklistService"]
