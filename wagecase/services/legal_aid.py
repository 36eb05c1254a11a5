"""法律援助 on a case: the right explained (法律援助法 Art. 35), the referral of the worker's
application to a centre (the same day where possible, 人社部发〔2020〕52号), and its follow-up:
the centre receives it, decides within 7 days, assigns a lawyer within 3, and the aid ends.

Each referral has its own deadlines, computed from the catalogue's legal_aid.* periods on its
own dates; the case's timeline records the steps too, so the case's deadline panel and rules see
them (a collective case's several referrals share the case's legal_aid.* rows: the latest)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.language import translated
from ..domain.case import CaseType
from ..domain.case import ProceduralEvent as P
from ..domain.dates import format_date
from ..domain.errors import FieldError, RuleError, ValidationFailed
from ..domain.periods import DeadlineState, EventFact, compute_deadlines
from ..domain.permissions import Permission
from ..storage import referral_queries as lq
from ..storage.models import CaseEvent, Referral
from . import audit
from .context import ServiceContext
from .deadlines import clock_inputs, days_text, days_unit, recompute_case
from .dto import (
    ActionView,
    Changes,
    LegalAidView,
    OverdueReferralView,
    ReferenceColumn,
    ReferralDeadlineView,
    ReferralInput,
    ReferralView,
)
from .path_inputs import clean_inputs, dated, step_date
from .permissions import requires

STATUS_LABELS = {"drafted": "待转交", "sent": "已转交", "received": "机构已收件", "accepted": "决定给予援助",
                 "refused": "决定不予援助", "assigned": "已指派律师", "closed": "援助结束"}
# (action, label, from statuses, to status, the case events it records)
STEPS: tuple[tuple[str, str, tuple[str, ...], str, tuple[str, ...]], ...] = (
    ("send", "转交法律援助机构", ("drafted",), "sent", (P.LEGAL_AID_REFERRED,)),
    ("receive", "登记机构收件", ("sent",), "received", ()),
    ("accept", "机构决定给予援助", ("sent", "received"), "accepted", (P.LEGAL_AID_GRANTED,)),
    ("refuse", "机构决定不予援助", ("sent", "received"), "refused", (P.LEGAL_AID_DECIDED,)),
    ("assign", "登记指派律师", ("accepted",), "assigned", (P.LAWYER_ASSIGNED,)),
    ("close", "登记援助结果", ("assigned", "refused"), "closed", ()),
)
_STEP = {s[0]: s for s in STEPS}
_PERIODS = ("legal_aid.referral", "legal_aid.decision", "legal_aid.assignment")
# the referral's own dates as the steps the periods count from
_DATES = (("applied_on", P.LEGAL_AID_REQUESTED), ("sent_on", P.LEGAL_AID_REFERRED),
          ("decided_on", None), ("assigned_on", P.LAWYER_ASSIGNED))
WHO_EACH, WHO_REPRESENTATIVES = "each", "representatives"


@dataclass(frozen=True)
class _Row:
    referral: Referral
    applicants: str
    centre_name: str


class LegalAidService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---- reading ---------------------------------------------------------------------------

    def view(self, case_id: int) -> LegalAidView:
        from .case_rules import CaseRulesService
        from .legal_aid_centres import LegalAidCentreService

        rules, calendar, today = clock_inputs(self.ctx)
        outcomes = {o.code: o for o in CaseRulesService(self.ctx).outcomes(case_id)}
        exempt = outcomes.get("legal_aid.hardship_check_exempt")
        urgent = outcomes.get("legal_aid.urgent_aid")
        with self.ctx.uow.read() as uow:
            s = uow.session
            case = lq.case_row(s, case_id)
            if case is None:
                raise RuleError("case.not_found", case_id=case_id)
            county = case.county_code or case.employer.county_code or ""
        centres = LegalAidCentreService(self.ctx)
        proposed = centres.propose(county) if county else None
        active = [(c.id, c.name) for c in centres.centres(active_only=True)]
        if proposed is not None:
            active = [(proposed.id, proposed.name)] + [c for c in active if c[0] != proposed.id]
        with self.ctx.uow.read() as uow:
            s = uow.session
            case = lq.case_row(s, case_id)
            explained = lq.last_event(s, case_id, P.LEGAL_AID_EXPLAINED)
            explained_text = (f"已于{format_date(explained.event_date)}告知申请法律援助的权利（{explained.summary}）"
                              if explained else "尚未记录告知申请法律援助的权利")
            referrals = tuple(self._view(self._row(s, r), rules, calendar, today) for r in lq.referrals(s, case_id))
            workers = tuple((cw.id, cw.worker.name, bool(cw.is_representative)) for cw in case.workers)
        return LegalAidView(
            case_id=case_id, explained_text=explained_text,
            exempt=exempt.ok if exempt else None,
            eligibility_text=_sentences(exempt.reasons) if exempt else "",
            urgent=urgent.ok if urgent else None, urgency_text=_sentences(urgent.reasons) if urgent else "",
            proposed_centre_id=proposed.id if proposed else None,
            proposed_centre_name=proposed.name if proposed else "",
            centres=tuple(active), workers=workers, referrals=referrals)

    def count(self, open_only: bool = True) -> int:
        with self.ctx.uow.read() as uow:
            return lq.count_referrals(uow.session, open_only)

    def page(self, open_only: bool = True, offset: int = 0, limit: int = 200) -> list[tuple[str, ReferralView]]:
        """(case number, referral) newest first: the 法律援助 area's list, a page at a time."""
        rules, calendar, today = clock_inputs(self.ctx)
        with self.ctx.uow.read() as uow:
            s = uow.session
            return [(number, self._view(self._row(s, r), rules, calendar, today))
                    for r, number in lq.recent_referrals(s, open_only, offset, limit)]

    def overdue(self, limit: int = 100) -> list[OverdueReferralView]:
        """工作台: referrals a centre has not decided within 7 days, or whose lawyer is late."""
        rules, calendar, today = clock_inputs(self.ctx)
        out: list[OverdueReferralView] = []
        with self.ctx.uow.read() as uow:
            s = uow.session
            for referral, case_number in lq.waiting_referrals(s, limit * 5):
                row = self._row(s, referral)
                for d in self._deadlines(referral, rules, calendar, today):
                    if d.state == DeadlineState.OVERDUE.value and d.name != "转交法律援助申请期限":
                        out.append(OverdueReferralView(
                            case_id=referral.case_id, case_number=case_number, applicants=row.applicants,
                            centre_name=row.centre_name, what=d.name, due_text=d.due_text,
                            days_text=d.days_text, referral_id=referral.id))
                if len(out) >= limit:
                    break
        return out[:limit]

    # ---- acting ----------------------------------------------------------------------------

    @requires(Permission.LEGAL_AID)
    def explain(self, case_id: int, on: date, by: str) -> Changes:
        """The right to apply was explained to the worker(s) (法律援助法 Art. 35)."""
        rules, calendar, today = clock_inputs(self.ctx)
        who = (by or "").strip()
        if not who:
            raise ValidationFailed([FieldError("by", "legal_aid.explained_by_required")])
        if on > today:
            raise ValidationFailed([FieldError("on", "path.input.date_future", {"label": "告知日期"})])
        with self.ctx.uow.write() as uow:
            s = uow.session
            if lq.case_row(s, case_id) is None:
                raise RuleError("case.not_found", case_id=case_id)
            self._event(s, case_id, P.LEGAL_AID_EXPLAINED, on, f"由{who}告知", {"by": who})
            audit.record(s, self.ctx.user_id, "legal_aid.explain", "case", case_id, case_id, None,
                         {"on": on, "by": who}, self.ctx.clock())
            recompute_case(s, case_id, rules, calendar, today)
            uow.commit()
        return Changes(case_ids=(case_id,))

    @requires(Permission.LEGAL_AID)
    def refer(self, case_id: int, data: ReferralInput) -> Changes:
        """The worker(s) applied: one referral per worker, or one for the representatives."""
        rules, calendar, today = clock_inputs(self.ctx)
        with self.ctx.uow.write() as uow:
            s = uow.session
            case = lq.case_row(s, case_id)
            if case is None:
                raise RuleError("case.not_found", case_id=case_id)
            errors: list[FieldError] = []
            if data.applied_on > today:
                errors.append(FieldError("applied_on", "path.input.date_future", {"label": "申请日期"}))
            if data.centre_id is not None and lq.centre(s, data.centre_id) is None:
                errors.append(FieldError("centre_id", "legal_aid.centre_unknown"))
            workers = {str(cw.id): cw for cw in case.workers}
            if data.who == WHO_EACH:
                targets: list[int | None] = [cw.id for cw in case.workers]
            elif data.who == WHO_REPRESENTATIVES:
                if not any(cw.is_representative for cw in case.workers):
                    errors.append(FieldError("who", "legal_aid.no_representatives"))
                targets = [None]
            elif data.who in workers:
                targets = [workers[data.who].id]
            else:
                errors.append(FieldError("who", "legal_aid.who_unknown"))
                targets = []
            if errors:
                raise ValidationFailed(errors)
            urgent, urgency = self._urgency(case_id)
            now = self.ctx.clock()
            for target in targets:
                row = Referral(case_id=case_id, case_worker_id=target, centre_id=data.centre_id, status="drafted",
                               urgent=urgent, urgency=urgency, applied_on=data.applied_on, refusal_reason="",
                               lawyer_name="", lawyer_firm="", lawyer_phone="", outcome="",
                               created_at=now, updated_at=now)
                s.add(row)
                s.flush()
                audit.record(s, self.ctx.user_id, "legal_aid.refer", "referral", row.id, case_id, None,
                             {"case_worker_id": target, "centre_id": data.centre_id, "urgent": urgent}, now)
            self._event(s, case_id, P.LEGAL_AID_REQUESTED, data.applied_on,
                        f"申请法律援助（{len(targets)}份转交）" + ("，紧急" if urgent else ""), {"count": len(targets)})
            recompute_case(s, case_id, rules, calendar, today)
            uow.commit()
        return Changes(case_ids=(case_id,))

    @requires(Permission.LEGAL_AID)
    def act(self, referral_id: int, action: str, inputs: dict[str, str] | None = None) -> Changes:
        """One step of a referral with the values its dialog asked for."""
        step = _STEP.get(action)
        if step is None:
            raise RuleError("legal_aid.unknown_action", action=action)
        name, label, froms, to, kinds = step
        rules, calendar, today = clock_inputs(self.ctx)
        with self.ctx.uow.write() as uow:
            s = uow.session
            referral = lq.referral(s, referral_id)
            if referral is None:
                raise RuleError("legal_aid.referral_unknown")
            if referral.status not in froms:
                raise RuleError("legal_aid.refused", reason=_not_now(label, referral.status))
            case = lq.case_row(s, referral.case_id)
            clean, errors = clean_inputs(_inputs(name), inputs or {}, today=today, received=case.received_date)
            if errors:
                raise ValidationFailed(errors)
            on = step_date(clean, today)
            before = {"status": referral.status}
            if name == "send":
                if referral.centre_id is None:
                    raise RuleError("legal_aid.centre_required")
                referral.sent_on = on
            elif name == "receive":
                referral.received_on = on
            elif name in ("accept", "refuse"):
                referral.decided_on = on
                referral.refusal_reason = clean.get("reason", "")
            elif name == "assign":
                referral.assigned_on = on
                referral.lawyer_name, referral.lawyer_firm = clean["lawyer_name"], clean.get("lawyer_firm", "")
                referral.lawyer_phone = clean.get("lawyer_phone", "")
            elif name == "close":
                referral.closed_on = on
                referral.outcome = clean.get("outcome", "")
            referral.status = to
            referral.updated_at = self.ctx.clock()
            row = self._row(s, referral)
            for kind in kinds:
                self._event(s, referral.case_id, kind, on, f"{label}：{row.applicants}（{row.centre_name}）",
                            {"referral_id": referral.id})
            s.flush()
            audit.record(s, self.ctx.user_id, f"legal_aid.{name}", "referral", referral.id, referral.case_id,
                         before, {"status": to, "inputs": clean}, referral.updated_at)
            recompute_case(s, referral.case_id, rules, calendar, today)
            case_id = referral.case_id
            uow.commit()
        return Changes(case_ids=(case_id,))

    # ---- the pieces ------------------------------------------------------------------------

    def _urgency(self, case_id: int) -> tuple[bool, str]:
        from .case_rules import CaseRulesService

        outcome = next((o for o in CaseRulesService(self.ctx).outcomes(case_id) if o.code == "legal_aid.urgent_aid"),
                       None)
        return (bool(outcome and outcome.ok), _sentences(outcome.reasons) if outcome and outcome.ok else "")

    def _row(self, s, referral: Referral) -> _Row:
        centre = lq.centre(s, referral.centre_id) if referral.centre_id else None
        if referral.case_worker_id is None:
            names = lq.representative_names(s, referral.case_id)
            applicants = f"{names[0]}等{len(names)}名代表人" if len(names) > 1 else (names[0] if names else "代表人")
        else:
            applicants = lq.worker_name(s, referral.case_worker_id)
        return _Row(referral, applicants, centre.name if centre else "（未选择机构）")

    def _deadlines(self, referral: Referral, rules, calendar, today: date) -> list[ReferralDeadlineView]:
        events = []
        for i, (attr, kind) in enumerate(_DATES, start=1):
            day = getattr(referral, attr)
            if day is None:
                continue
            if attr == "decided_on":
                kind = P.LEGAL_AID_GRANTED if referral.status in ("accepted", "assigned", "closed") \
                    else P.LEGAL_AID_DECIDED
            events.append(EventFact(kind=str(kind), event_date=day, id=i, payload={}))
        found = compute_deadlines([r for r in rules if r.code in _PERIODS], events, calendar=calendar,
                                  today=today, case_type=CaseType.INSPECTION.value)
        return [ReferralDeadlineView(
            name=d.rule.name, due_text=format_date(d.due) if d.due else "—",
            days_text=days_text(d.state, d.days_left, days_unit(d.rule), d.met_on), state=d.state.value)
            for d in found]

    def _view(self, row: _Row, rules, calendar, today: date) -> ReferralView:
        r = row.referral
        actions = tuple(ActionView(action=name, label=label, allowed=r.status in froms,
                                   reason="" if r.status in froms else _not_now(label, r.status),
                                   needs_approval=False, inputs=_inputs(name))
                        for name, label, froms, _to, _kinds in STEPS)
        lawyer = ""
        if r.lawyer_name:
            extra = "，".join(x for x in (r.lawyer_firm, f"电话{r.lawyer_phone}" if r.lawyer_phone else "") if x)
            lawyer = r.lawyer_name + (f"（{extra}）" if extra else "")
        return ReferralView(
            id=r.id, case_id=r.case_id, case_worker_id=r.case_worker_id, applicants=row.applicants,
            centre_id=r.centre_id, centre_name=row.centre_name, status=r.status,
            status_label=STATUS_LABELS.get(r.status, r.status), urgent=r.urgent, urgency=r.urgency,
            applied_on=r.applied_on, sent_on=r.sent_on, received_on=r.received_on, decided_on=r.decided_on,
            assigned_on=r.assigned_on, lawyer_text=lawyer, refusal_reason=r.refusal_reason, outcome=r.outcome,
            deadlines=tuple(self._deadlines(r, rules, calendar, today)), actions=actions)

    def _event(self, s, case_id: int, kind: str, on: date, summary: str, payload: dict) -> None:
        s.add(CaseEvent(case_id=case_id, kind=str(kind), occurred_at=self.ctx.clock(), event_date=on,
                        actor_id=self.ctx.user_id, summary=summary[:500], payload=audit.canonical_json(payload)))
        s.flush()


def _sentences(reasons) -> str:
    """The rules library's sentences as one line: 甲；乙。"""
    if not reasons:
        return ""
    # shown only: punctuation in the language the sentences were formatted in (error_text)
    return translated("；").join(r.rstrip("。；.; ") for r in reasons) + translated("。")


def _not_now(label: str, status: str) -> str:
    from ..domain.messages import message

    return message("legal_aid.step_not_now", action=label, status=STATUS_LABELS.get(status, status))


def _inputs(action: str) -> tuple[ReferenceColumn, ...]:
    return {
        "send": (dated("转交日期"),),
        "receive": (dated("收件日期"),),
        "accept": (dated("决定日期"),),
        "refuse": (dated("决定日期"), ReferenceColumn("reason", "不予援助的理由", hint="法律援助机构书面说明的理由")),
        "assign": (dated("指派日期"), ReferenceColumn("lawyer_name", "承办律师"),
                   ReferenceColumn("lawyer_firm", "律师事务所或法律援助机构", required=False),
                   ReferenceColumn("lawyer_phone", "联系电话", required=False)),
        "close": (dated("结束日期"), ReferenceColumn("outcome", "援助结果", hint="如：代理仲裁，裁决支付工资8,600元")),
    }.get(action, ())


__all__ = ["LegalAidService", "STATUS_LABELS", "WHO_EACH", "WHO_REPRESENTATIVES"]
