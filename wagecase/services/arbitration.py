"""The arbitration path: one use case per action of domain.arbitration_path.

Guards come from the domain table with facts read from the case (its events, tribunal, hearings,
awards and the stored 审理期限), so the buttons the UI enables and the refusals here say the same
thing. Booking a hearing (services.hearings) and making the award (services.awards) are actions
of the path too: those services call ``check_action`` and ``record_step`` in their own unit of
work, so every step of the path is recorded, audited and moves the status the same way.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from ..domain.language import day_text, translated
from ..domain import arbitration_path as path
from ..domain import arbitration_rules
from ..domain.arbitration_path import ATTENDANCE, ArbitrationAction, PathFacts, tribunal_size
from ..domain.case import CaseStatus, CaseType, ProceduralEvent, Role, status_label
from ..domain.dates import add_years, format_date, parse_iso_date
from ..domain.errors import FieldError, RuleError, ValidationFailed
from ..domain.money import format_yuan
from ..domain.permissions import Permission
from ..domain.reference_values import average_wage_for, province_of
from ..storage import arbitration_queries as aq
from ..storage import inspection_queries as iq
from ..storage import reference_data as rd
from ..storage.models import Approval, Case, CaseEvent
from . import audit
from .context import ServiceContext, to_local
from .deadlines import DeadlineService, clock_inputs, parties_text, recompute_case
from .dto import (
    ActionView,
    ArbitrationView,
    AwardToServeView,
    Changes,
    HearingView,
    ReferenceColumn,
    StepView,
    TribunalMemberView,
)
from .approvals import pending_lines
from .path_inputs import clean_inputs, dated, step_date
from .permissions import requires

A = ArbitrationAction
P = ProceduralEvent
S = CaseStatus
RETENTION_AWARD = "arbitration.retention_years.award"
RETENTION_OTHER = "arbitration.retention_years.other"
COLLECTIVE_WORKERS = "arbitration.collective_dispute_workers"
REPRESENTATIVES_MIN = "arbitration.collective_representatives_min"
REPRESENTATIVES_MAX = "arbitration.collective_representatives_max"
ANSWER, ANSWER_AGREED = "arbitration.answer", "arbitration.answer_agreed"
SUMMARY_RULE = "arbitration.summary_procedure"

PROCEDURES = {"general": "一般程序", "simple": "简易处理"}
ROLE_LABELS = {"sole": "独任仲裁员", "presiding": "首席仲裁员", "member": "仲裁员", "clerk": "书记员"}
HEARING_STATUS = {"scheduled": "已排期", "held": "已开庭", "postponed": "已延期", "cancelled": "已取消"}
REJECT_GROUNDS = (
    ("not_in_scope", "不属于劳动人事争议处理范围"),
    ("claim_unclear", "没有明确的仲裁请求和事实、理由"),
    ("not_interested", "申请人与本案没有直接利害关系或者没有明确的被申请人"),
    ("repeat", "就同一争议事项重复申请（《劳动人事争议仲裁办案规则》第三十四条）"),
)
SIMPLE_GROUNDS = (
    ("facts_clear", "事实清楚、权利义务关系明确、争议不大"),
    ("amount_within", "标的额不超过本省上年度职工年平均工资"),
    ("parties_agree", "双方当事人同意简易处理"),
)
ANSWER_MODES = (("shorten", "同意缩短答辩期"), ("waive", "同意放弃答辩期"))
COUNTERCLAIM_OUTCOMES = (("merge", "受理并与本请求合并审理"), ("refuse", "不予受理（告知另行申请仲裁）"))
OBJECTION_OUTCOMES = (("dismissed", "异议不成立，驳回"), ("upheld", "异议成立，移送有管辖权的仲裁委员会"))
RECUSAL_OUTCOMES = (("refused", "驳回回避申请"), ("granted", "决定回避（须补足仲裁员）"))
SUSPEND_GROUNDS = (
    ("injury_pending", "须以工伤认定或劳动能力鉴定结论为依据，尚未作出"),
    ("related_case", "须以相关案件的审理结果为依据，相关案件尚未审结"),
    ("employer_ended", "用人单位终止，尚未确定权利义务承继者"),
    ("party_died", "劳动者死亡，需要等待继承人表明是否参加仲裁"),
    ("other", "其他应当中止审理的情形"),
)
# what each action records on the timeline
_EVENTS: dict[ArbitrationAction, tuple[str, ...]] = {
    A.REQUEST_SUPPLEMENT: (P.SUPPLEMENT_REQUESTED,),
    A.RECEIVE_SUPPLEMENT: (P.SUPPLEMENT_COMPLETED,),
    A.ACCEPT: (P.ACCEPTED,),
    A.REJECT: (P.REJECTED,),
    A.REFER_JURISDICTION: (P.REJECTED,),
    A.SERVE_APPLICATION: (P.APPLICATION_SERVED,),
    A.RECEIVE_DEFENCE: (P.DEFENCE_RECEIVED,),
    A.SERVE_DEFENCE_COPY: (P.DEFENCE_COPY_SERVED,),
    A.SHORTEN_ANSWER: (P.ANSWER_PERIOD_SHORTENED,),
    A.COUNTERCLAIM: (P.COUNTERCLAIM_MERGED,),  # refused: COUNTERCLAIM_REFUSED (_kinds)
    A.JURISDICTION_OBJECTION: (P.JURISDICTION_OBJECTED, P.JURISDICTION_OBJECTION_DECIDED),
    A.REQUEST_RECUSAL: (P.RECUSAL_REQUESTED,),
    A.DECIDE_RECUSAL: (P.RECUSAL_DECIDED,),
    A.CHOOSE_SIMPLE: (P.SIMPLE_PROCEDURE_CHOSEN,),
    A.CONVERT_TO_GENERAL: (P.CONVERTED_TO_GENERAL,),
    A.FORM_TRIBUNAL: (P.TRIBUNAL_NOTIFIED,),
    A.SCHEDULE_HEARING: (P.HEARING_SCHEDULED,),
    A.POSTPONE_HEARING: (P.HEARING_POSTPONED, P.HEARING_SCHEDULED),
    A.HOLD_HEARING: (P.HEARING_HELD,),
    A.EXTEND_TIME_LIMIT: (P.TIME_LIMIT_EXTENDED,),
    A.SUSPEND: (P.SUSPENDED,),
    A.RESUME: (P.RESUMED,),
    A.MEDIATE: (P.MEDIATED,),
    A.MEDIATION_SIGNED: (P.MEDIATION_SIGNED,),
    A.MEDIATION_DECLINED: (P.MEDIATION_DECLINED,),
    A.AWARD: (P.AWARDED,),
    A.WITHDRAW: (P.WITHDRAWN,),
    A.CLOSE: (P.ARBITRATION_CLOSED,),
}
# actions with their own dialog and service
_ELSEWHERE = {A.SCHEDULE_HEARING: "arbitration.use_schedule_dialog",
              A.POSTPONE_HEARING: "arbitration.use_schedule_dialog",
              A.AWARD: "arbitration.use_award_editor"}
_DATED = {A.SERVE_APPLICATION: "送达日期", A.RECEIVE_DEFENCE: "收到日期", A.SERVE_DEFENCE_COPY: "送达日期",
          A.HOLD_HEARING: "开庭日期", A.MEDIATION_SIGNED: "签收日期", A.MEDIATION_DECLINED: "反悔日期"}
STEPS = (("registered", "申请"), ("accepted", "受理"), ("tribunal", "组庭"), ("hearing", "开庭"),
         ("decided", "调解/裁决"), ("closed", "结案"))
_REASON = ReferenceColumn("reason", "理由")


@dataclass(frozen=True)
class _Snapshot:
    case: Case
    facts: PathFacts
    events: list[CaseEvent]


# ---- for the other services of the path (hearings, awards) -----------------------------------

def check_action(session, ctx: ServiceContext, case_id: int, action: str, today: date) -> None:
    """RuleError("arbitration.refused") with the guard's reason unless ``action`` is allowed now."""
    snap = _snapshot(session, case_id, today)
    _check(snap.facts, _action(action))


def record_step(session, ctx: ServiceContext, case_id: int, action: str, on: date, summary: str,
                payload: dict, kinds: tuple[str, ...], *, attendance: str | None = None,
                transferred: bool = False) -> None:
    """Record ``kinds`` dated ``on``, move the status as the table says and audit the step."""
    act = _action(action)
    case = aq.case_row(session, case_id)
    if case is None:
        raise RuleError("case.not_found", case_id=case_id)
    before = {"status": case.status, "procedure": case.procedure}
    resume_to = _resume_to(session, case_id) if act == A.RESUME else None
    new_status = path.next_status(case.status, act, resume_to=resume_to, attendance=attendance,
                                  transferred=transferred)
    now = ctx.clock()
    for kind in kinds:
        session.add(CaseEvent(case_id=case_id, kind=str(kind), occurred_at=now, event_date=on,
                              actor_id=ctx.user_id, summary=summary[:500],
                              payload=audit.canonical_json(payload)))
    if act == A.CHOOSE_SIMPLE:
        case.procedure = "simple"
    elif act == A.CONVERT_TO_GENERAL:
        case.procedure = "general"
    case.status = new_status
    if not S(new_status).is_open:
        case.closed_at = now
    case.updated_at = now
    session.flush()
    audit.record(session, ctx.user_id, f"arbitration.{act.value}", "case", case_id, case_id, before,
                 {"status": case.status, "procedure": case.procedure, "inputs": payload}, now)


class ArbitrationService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---- reading ---------------------------------------------------------------------------

    def view(self, case_id: int) -> ArbitrationView:
        _rules, _calendar, today = clock_inputs(self.ctx)
        summary = self._summary_outcome(case_id)
        limit = next((d for d in DeadlineService(self.ctx).case_deadlines(case_id)
                      if d.period_code == aq.TIME_LIMIT), None)
        with self.ctx.uow.read() as uow:
            s = uow.session
            snap = _snapshot(s, case_id, today)
            case, f = snap.case, snap.facts
            inputs = self._inputs(s, case)
            actions = tuple(ActionView(action=a.action.value, label=a.action.label, allowed=a.allowed,
                                       reason=a.reason, needs_approval=a.needs_approval,
                                       inputs=inputs.get(a.action, ()))
                            for a in path.available_actions(f))
            tribunal = tuple(TribunalMemberView(m.user_id, name, m.role, ROLE_LABELS.get(m.role, m.role))
                             for m, name in aq.tribunal(s, case_id))
            arbitrators = tuple(t.name for t in tribunal if t.role != "clerk")
            parties = parties_text(case.case_type, case.lead_worker_name, case.worker_count,
                                   case.is_collective, case.employer_name)
            hearings = tuple(HearingView(
                id=h.id, case_id=case_id, case_number=case.case_number, parties=parties, room_id=h.room_id,
                room_name=room, hearing_date=h.hearing_date, start_minute=h.start_minute,
                end_minute=h.end_minute, time_text=hearing_time_text(h.hearing_date, h.start_minute, h.end_minute),
                status=h.status, status_label=HEARING_STATUS.get(h.status, h.status), arbitrators=arbitrators,
                green_channel=case.green_channel) for h, room in aq.hearings(s, case_id))
            retention = self._retention_text(s, case, snap.events)
            pending = pending_lines(s, case_id, case.case_type)
            return ArbitrationView(
                case_id=case_id, status=case.status, status_label=status_label(case.status),
                procedure=case.procedure, procedure_label=PROCEDURES.get(case.procedure, case.procedure),
                green_channel=case.green_channel, green_reason=green_reason(case, collective_minimum(s)),
                steps=_steps(case.status, snap.events), actions=actions, tribunal=tribunal, hearings=hearings,
                limit_text=translated("{name}：{due}，{days}").format(
                    name=translated(limit.name), due=limit.due_text, days=limit.days_text) if limit else "",
                summary_text=summary[0], summary_ok=summary[1], retention_text=retention,
                approvals_pending=pending)

    def awards_to_serve(self, user_id: int | None = None, limit: int = 100) -> list[AwardToServeView]:
        """工作台's 待送达的裁决书: awards of the user's cases whose document is not served yet."""
        user = user_id if user_id is not None else self.ctx.user_id
        if user is None:
            return []
        today = to_local(self.ctx.clock()).date()
        with self.ctx.uow.read() as uow:
            rows = aq.awards_to_serve(uow.session, user, limit)
            return [AwardToServeView(
                case_id=c.id, case_number=c.case_number,
                parties=parties_text(c.case_type, c.lead_worker_name, c.worker_count, c.is_collective,
                                     c.employer_name),
                number=a.number or c.case_number, part_label=arbitration_rules.AWARD_PART_LABELS.get(a.part, a.part),
                made_text=format_date(a.made_on), days=(today - a.made_on).days) for a, c in rows]

    def arbitrators(self) -> list[tuple[int, str]]:
        with self.ctx.uow.read() as uow:
            return [(i, n) for i, n, _r in aq.people(uow.session, (Role.ARBITRATOR.value,))]

    # ---- acting ----------------------------------------------------------------------------

    @requires(Permission.ARBITRATION)
    def act(self, case_id: int, action: str, inputs: dict[str, str] | None = None) -> Changes:
        """Carry out ``action`` with the values its dialog asked for; refused with the guard's
        Chinese reason when not allowed now; the time-limit extension becomes an approval."""
        act = _action(action)
        if act in _ELSEWHERE:
            raise RuleError(_ELSEWHERE[act])
        rules, calendar, today = clock_inputs(self.ctx)
        with self.ctx.uow.write() as uow:
            s = uow.session
            snap = _snapshot(s, case_id, today)
            _check(snap.facts, act)
            clean = self._validated(s, snap, act, inputs or {}, today)
            if act in path.NEEDS_APPROVAL:
                now = self.ctx.clock()
                row = Approval(case_id=case_id, action=act.value, inputs=audit.canonical_json(clean),
                               reason=clean.get("reason", ""), status="pending",
                               requested_by=self.ctx.user_id, requested_at=now, comment="")
                s.add(row)
                s.flush()
                audit.record(s, self.ctx.user_id, "approval.request", "approval", row.id, case_id,
                             None, {"action": act.value, "inputs": clean}, now)
            else:
                self.carry_out(s, case_id, act, clean, today)
                recompute_case(s, case_id, rules, calendar, today)
            uow.commit()
        return Changes(case_ids=(case_id,))

    def carry_out(self, s, case_id: int, act: ArbitrationAction, clean: dict, today: date) -> None:
        """The step itself, inside the caller's unit of work (also for an approved request)."""
        on = step_date(clean, today)
        if act == A.FORM_TRIBUNAL:
            members = [(int(clean[k]), role) for k, role in (("sole", "sole"), ("presiding", "presiding"),
                                                           ("member1", "member"), ("member2", "member"),
                                                           ("clerk", "clerk")) if clean.get(k)]
            aq.replace_tribunal(s, case_id, members)
        attendance = clean.get("attendance") if act == A.HOLD_HEARING else None
        if act == A.HOLD_HEARING:
            pending = [h for h, _room in aq.hearings(s, case_id) if h.status == "scheduled"]
            if pending:
                pending[-1].status = "held"
        if act == A.DECIDE_RECUSAL and clean.get("outcome") == "granted":
            challenged = _pending_recusal(iq.events(s, case_id))
            aq.replace_tribunal(s, case_id, [(m.user_id, m.role) for m, _n in aq.tribunal(s, case_id)
                                             if m.user_id != challenged])
            clean = {**clean, "user_id": challenged}
        if act == A.SHORTEN_ANSWER and clean.get("mode") == "waive":
            clean = {**clean, "answer_due": on.isoformat()}
        kinds = _EVENTS[act]
        if attendance == "applicant_absent":
            kinds = (*kinds, P.WITHDRAWN)
        if act == A.COUNTERCLAIM and clean.get("outcome") == "refuse":
            kinds = (P.COUNTERCLAIM_REFUSED,)
        transferred = act == A.JURISDICTION_OBJECTION and clean.get("outcome") == "upheld"
        if transferred:
            kinds = (*kinds, P.JURISDICTION_TRANSFERRED, P.ARBITRATION_CLOSED)
        record_step(s, self.ctx, case_id, act.value, on, _summary(act, clean), clean, kinds,
                    attendance=attendance, transferred=transferred)

    # ---- the pieces ------------------------------------------------------------------------

    def _validated(self, s, snap: _Snapshot, act: ArbitrationAction, raw: dict, today: date) -> dict:
        case, f = snap.case, snap.facts
        clean, errors = clean_inputs(self._inputs(s, case).get(act, ()), raw, today=today,
                                     received=case.received_date)
        if act == A.FORM_TRIBUNAL and not errors:
            chosen = [clean.get(k) for k in ("sole", "presiding", "member1", "member2") if clean.get(k)]
            if len(set(chosen)) != len(chosen):
                errors.append(FieldError("member2" if "member2" in clean else "presiding",
                                         "arbitration.input.same_arbitrator"))
        if act == A.CHOOSE_SIMPLE and clean.get("ground") == "amount_within":
            cap = _average_wage(s, case, today)
            if cap is None:
                errors.append(FieldError("ground", "arbitration.input.average_wage_missing"))
            elif case.claimed_fen > cap.annual_fen:
                errors.append(FieldError("ground", "arbitration.input.amount_over",
                                         {"amount": format_yuan(case.claimed_fen),
                                          "cap": format_yuan(cap.annual_fen), "year": cap.year}))
        if act == A.SHORTEN_ANSWER and clean.get("mode") == "shorten" and not errors:
            agreed = parse_iso_date(clean.get("answer_due"))
            if agreed is None:
                errors.append(FieldError("answer_due", "arbitration.input.answer_due_required"))
            elif agreed < today:
                errors.append(FieldError("answer_due", "arbitration.input.answer_due_past"))
            elif f.answer_due is not None and agreed >= f.answer_due:
                errors.append(FieldError("answer_due", "arbitration.input.answer_due_not_shorter",
                                         {"due": format_date(f.answer_due)}))
        if act == A.JURISDICTION_OBJECTION and clean.get("outcome") == "upheld" and not clean.get("commission"):
            errors.append(FieldError("commission", "path.input.required", {"label": "有管辖权的仲裁委员会"}))
        if act == A.HOLD_HEARING and clean.get("attendance", "both") != "both" \
                and f.procedure == "simple" and clean.get("notice_confirmed") == "no":
            # 办案规则 Art. 59 ¶2: an unconfirmed notice by phone or SMS grounds neither
            errors.append(FieldError("attendance", "arbitration.input.notice_unconfirmed"))
        if errors:
            raise ValidationFailed(errors)
        return clean

    def _inputs(self, s, case: Case) -> dict[ArbitrationAction, tuple[ReferenceColumn, ...]]:
        people = aq.people(s, (Role.ARBITRATOR.value, Role.CLERK.value))
        arbitrators = tuple((str(i), n) for i, n, r in people if r == Role.ARBITRATOR.value)
        clerks = tuple((str(i), n) for i, n, r in people if r == Role.CLERK.value)
        collective = arbitration_rules.collective_dispute(case.worker_count, collective_minimum(s))
        size = tribunal_size(case.procedure, collective)
        seated = tuple((str(m.user_id), f"{name}（{ROLE_LABELS.get(m.role, m.role)}）")
                       for m, name in aq.tribunal(s, case.id) if m.role != "clerk")
        if size == 1:
            tribunal: tuple[ReferenceColumn, ...] = (
                ReferenceColumn("sole", "独任仲裁员", "choice", arbitrators,
                                hint="简易处理可由一名仲裁员独任仲裁（《劳动争议调解仲裁法》第三十一条）"),)
        else:
            hint = "集体劳动争议应当由三名仲裁员组成仲裁庭" if collective else ""
            tribunal = (ReferenceColumn("presiding", "首席仲裁员", "choice", arbitrators, hint=hint),
                        ReferenceColumn("member1", "仲裁员", "choice", arbitrators),
                        ReferenceColumn("member2", "仲裁员", "choice", arbitrators))
        return {
            A.REQUEST_SUPPLEMENT: (ReferenceColumn("missing", "需补正的全部材料",
                                                   hint="一次性告知，如：被申请人的住所、仲裁请求所依据的事实"),),
            A.REJECT: (ReferenceColumn("ground", "不予受理理由", "choice", REJECT_GROUNDS),
                       ReferenceColumn("detail", "具体说明", required=False)),
            A.REFER_JURISDICTION: (ReferenceColumn("commission", "有管辖权的仲裁委员会",
                                                   hint="如：开封市劳动人事争议仲裁委员会"),
                                   ReferenceColumn("detail", "说明", required=False)),
            A.SERVE_APPLICATION: (dated(_DATED[A.SERVE_APPLICATION]),),
            A.RECEIVE_DEFENCE: (dated(_DATED[A.RECEIVE_DEFENCE]),),
            A.SERVE_DEFENCE_COPY: (dated(_DATED[A.SERVE_DEFENCE_COPY]),),
            A.SHORTEN_ANSWER: (ReferenceColumn("mode", "被申请人的意见", "choice", ANSWER_MODES),
                               ReferenceColumn("answer_due", "答辩截止日期", "date", required=False,
                                               hint="同意缩短的，填写双方确认的日期；放弃答辩期的不填"),
                               ReferenceColumn("detail", "记录方式", required=False,
                                               hint="如：被申请人签字确认的笔录")),
            A.COUNTERCLAIM: (ReferenceColumn("outcome", "处理结果", "choice", COUNTERCLAIM_OUTCOMES),
                             ReferenceColumn("detail", "反申请请求", hint="如：请求申请人返还借支的生活费2,000元")),
            A.JURISDICTION_OBJECTION: (ReferenceColumn("outcome", "决定", "choice", OBJECTION_OUTCOMES),
                                       ReferenceColumn("commission", "有管辖权的仲裁委员会", required=False,
                                                       hint="异议成立时填写"),
                                       ReferenceColumn("detail", "异议理由", required=False)),
            A.REQUEST_RECUSAL: (ReferenceColumn("member", "申请回避的仲裁员", "choice", seated),
                                _REASON),
            A.DECIDE_RECUSAL: (ReferenceColumn("outcome", "决定", "choice", RECUSAL_OUTCOMES),),
            A.CHOOSE_SIMPLE: (ReferenceColumn("ground", "适用简易处理的情形", "choice", SIMPLE_GROUNDS,
                                              hint="符合其一即可（《劳动人事争议仲裁办案规则》第五十六条）"),),
            A.CONVERT_TO_GENERAL: (_REASON,),
            A.FORM_TRIBUNAL: (*tribunal, ReferenceColumn("clerk", "书记员", "choice", clerks, required=False)),
            A.HOLD_HEARING: (dated(_DATED[A.HOLD_HEARING]),
                             ReferenceColumn("attendance", "到庭情况", "choice", ATTENDANCE),
                             ReferenceColumn("notice_confirmed", "开庭通知是否经当事人确认", "choice",
                                             (("yes", "已确认（书面送达或当事人已确认收到）"),
                                              ("no", "以电话、短信等方式通知，未经确认")),
                                             required=False,
                                             hint="简易处理中未经确认的电话、短信通知，不得按撤回申请处理或缺席裁决")),
            A.EXTEND_TIME_LIMIT: (_REASON,),
            A.SUSPEND: (ReferenceColumn("ground", "中止理由", "choice", SUSPEND_GROUNDS),
                        ReferenceColumn("detail", "具体说明", required=False)),
            A.MEDIATE: (ReferenceColumn("agreement", "调解协议内容", "multiline",
                                        hint="如：被申请人于2026年4月10日前支付申请人工资12,000元"),),
            A.MEDIATION_SIGNED: (dated(_DATED[A.MEDIATION_SIGNED]),),
            A.MEDIATION_DECLINED: (dated(_DATED[A.MEDIATION_DECLINED]),
                                   ReferenceColumn("detail", "反悔的当事人及理由", required=False)),
            A.WITHDRAW: (_REASON,),
        }

    def _summary_outcome(self, case_id: int) -> tuple[str, bool | None]:
        from .case_rules import CaseRulesService

        try:
            outcome = next((o for o in CaseRulesService(self.ctx).outcomes(case_id) if o.code == SUMMARY_RULE),
                           None)
        except RuleError:
            return "", None
        if outcome is None:
            return "", None
        # shown only: punctuation in the language the sentences were formatted in (error_text)
        return translated("；").join(r.rstrip("。；.; ") for r in outcome.reasons) + translated("。"), outcome.ok

    def _retention_text(self, s, case: Case, events: list[CaseEvent]) -> str:
        if case.status != S.CLOSED or case.closed_at is None:
            return ""
        awarded = any(e.kind == P.AWARDED for e in events)
        key, default = (RETENTION_AWARD, "10") if awarded else (RETENTION_OTHER, "5")
        try:
            years = int(rd.get_setting(s, key, default) or default)
        except ValueError:
            years = int(default)
        until = add_years(to_local(case.closed_at).date(), years)
        return f"案卷保存期限{years}年，至{format_date(until)}"


# ---- helpers ---------------------------------------------------------------------------------

def collective_minimum(s) -> int:
    """How many workers make a collective dispute (调解仲裁法 Art. 7: 十人以上), from 设置."""
    try:
        return int(rd.get_setting(s, COLLECTIVE_WORKERS, "10") or 10)
    except ValueError:
        return 10


def representatives_range(s) -> tuple[int, int]:
    """How many representatives a collective dispute elects (办案规则: 三至五名), from 设置."""
    out = []
    for key, default in ((REPRESENTATIVES_MIN, 3), (REPRESENTATIVES_MAX, 5)):
        try:
            out.append(int(rd.get_setting(s, key, str(default)) or default))
        except ValueError:
            out.append(default)
    return out[0], out[1]


def green_reason(case: Case, minimum: int) -> str:
    """Why the case goes first (办案规则 Art. 5; seed task 八's 绿色通道), "" if it does not."""
    if not case.green_channel:
        return ""
    if arbitration_rules.collective_dispute(case.worker_count, minimum):
        return f"集体劳动争议（劳动者{case.worker_count}人），优先立案、优先审理"
    return "农民工追索劳动报酬案件，优先立案、优先审理"


def hearing_time_text(day: date, start: int, end: int) -> str:
    return f"{day_text(day)} {start // 60:02d}:{start % 60:02d}—{end // 60:02d}:{end % 60:02d}"


def _average_wage(s, case: Case, today: date):
    """本省上年度职工年平均工资 for the acceptance date (decision 4), None if not recorded."""
    accepted = next((e.event_date for e in reversed(iq.events(s, case.id)) if e.kind == P.ACCEPTED), today)
    province = (province_of(case.county_code) if case.county_code
                else rd.get_setting(s, "office.province_code", "410000"))
    return average_wage_for(rd.reference_book(s), province or "410000", accepted)


def _action(value: str) -> ArbitrationAction:
    try:
        return A(value)
    except ValueError:
        raise RuleError("arbitration.unknown_action", action=value) from None


def _check(facts: PathFacts, act: ArbitrationAction) -> None:
    state = path.action_state(facts, act)
    if not state.allowed:
        raise RuleError("arbitration.refused", reason=state.reason)


def _snapshot(s, case_id: int, today: date) -> _Snapshot:
    case = aq.case_row(s, case_id)
    if case is None:
        raise RuleError("case.not_found", case_id=case_id)
    if case.case_type != CaseType.ARBITRATION:
        raise RuleError("arbitration.not_arbitration_case")
    events = iq.events(s, case_id)
    kinds = [e.kind for e in events]

    def since(kind: str, after: str) -> bool:
        """``kind`` recorded after the latest ``after`` (or at all when ``after`` never was)."""
        last_after = max((i for i, k in enumerate(kinds) if k == after), default=-1)
        return any(k == kind for k in kinds[last_after + 1:])

    hearings = [h for h, _room in aq.hearings(s, case_id)]
    limit = aq.time_limit(s, case_id)
    seated = [m for m, _n in aq.tribunal(s, case_id) if m.role != "clerk"]
    collective = arbitration_rules.collective_dispute(case.worker_count, collective_minimum(s))
    answer = aq.deadline(s, case_id, ANSWER_AGREED) or aq.deadline(s, case_id, ANSWER)
    facts = PathFacts(
        status=case.status, today=today, procedure=case.procedure,
        is_collective=arbitration_rules.collective_dispute(case.worker_count, collective_minimum(s)),
        application_served=P.APPLICATION_SERVED in kinds, defence_received=P.DEFENCE_RECEIVED in kinds,
        defence_copy_served=P.DEFENCE_COPY_SERVED in kinds,
        tribunal_formed=bool(aq.tribunal(s, case_id)),
        tribunal_complete=len(seated) >= tribunal_size(case.procedure, collective),
        answer_due=answer.due_date if answer is not None else None,
        answer_shortened=P.ANSWER_PERIOD_SHORTENED in kinds,
        recusal_pending=_pending_recusal(events) is not None,
        hearing_pending=any(h.status == "scheduled" for h in hearings),
        hearing_held=P.HEARING_HELD in kinds or any(h.status == "held" for h in hearings),
        limit_due=limit.due_date if limit is not None else None,
        limit_extended=P.TIME_LIMIT_EXTENDED in kinds,
        mediation_signed=since(P.MEDIATION_SIGNED, P.MEDIATED),
        # a 先予执行 or 先行裁决 is no award of the case: only the one that ends it counts
        award_made=P.AWARDED in kinds,
        award_served=since(P.AWARD_SERVED, P.AWARDED),
        pending_approvals=frozenset(iq.pending_actions(s, case_id)))
    return _Snapshot(case, facts, events)


def _pending_recusal(events: list[CaseEvent]) -> int | None:
    """The arbitrator of a recusal request not yet decided (办案规则 Art. 11), else None."""
    pending = None
    for e in events:
        if e.kind == P.RECUSAL_REQUESTED:
            pending = int(json.loads(e.payload or "{}").get("member") or 0) or None
        elif e.kind == P.RECUSAL_DECIDED:
            pending = None
    return pending


def _resume_to(s, case_id: int) -> str:
    """Where a suspended case goes back to: its hearing stage, else the tribunal, else accepted."""
    hearings = [h for h, _room in aq.hearings(s, case_id)]
    if any(h.status == "scheduled" for h in hearings):
        return S.HEARING_SCHEDULED.value
    if any(h.status == "held" for h in hearings):
        return S.HEARD.value
    if aq.tribunal(s, case_id):
        return S.TRIBUNAL_FORMED.value
    return S.ACCEPTED.value


def _summary(act: ArbitrationAction, clean: dict) -> str:
    label = act.label
    if act == A.REJECT:
        ground = dict(REJECT_GROUNDS).get(clean.get("ground", ""), "")
        return f"{label}：{ground}" + (f"；{clean['detail']}" if clean.get("detail") else "")
    if act == A.REFER_JURISDICTION:
        return f"不属本委管辖，告知申请人向{clean.get('commission', '')}申请仲裁"
    if act == A.REQUEST_SUPPLEMENT:
        return f"{label}：{clean.get('missing', '')}"
    if act == A.CHOOSE_SIMPLE:
        return f"{label}（{dict(SIMPLE_GROUNDS).get(clean.get('ground', ''), '')}），并告知双方当事人"
    if act == A.SUSPEND:
        ground = dict(SUSPEND_GROUNDS).get(clean.get("ground", ""), "")
        return f"{label}：{ground}" + (f"；{clean['detail']}" if clean.get("detail") else "")
    if act == A.HOLD_HEARING:
        return "开庭审理：" + dict(ATTENDANCE).get(clean.get("attendance", ""), "")
    if act == A.MEDIATE:
        return f"{label}：{clean.get('agreement', '')}"
    if act == A.FORM_TRIBUNAL:
        return "组成仲裁庭并书面通知当事人"
    if act in (A.COUNTERCLAIM, A.JURISDICTION_OBJECTION, A.DECIDE_RECUSAL, A.SHORTEN_ANSWER):
        choices = {A.COUNTERCLAIM: COUNTERCLAIM_OUTCOMES, A.JURISDICTION_OBJECTION: OBJECTION_OUTCOMES,
                   A.DECIDE_RECUSAL: RECUSAL_OUTCOMES, A.SHORTEN_ANSWER: ANSWER_MODES}[act]
        key = "mode" if act == A.SHORTEN_ANSWER else "outcome"
        text = f"{label}：{dict(choices).get(clean.get(key, ''), '')}"
        if act == A.JURISDICTION_OBJECTION and clean.get("commission"):
            text += f"（{clean['commission']}）"
        if act == A.SHORTEN_ANSWER and clean.get("answer_due"):
            text += f"，答辩截止{format_date(parse_iso_date(clean['answer_due']))}"
        return text + (f"；{clean['detail']}" if clean.get("detail") else "")
    if clean.get("reason"):
        return f"{label}：{clean['reason']}"
    if clean.get("detail"):
        return f"{label}：{clean['detail']}"
    return label



def _steps(status: str, events: list[CaseEvent]) -> tuple[StepView, ...]:
    kinds = {e.kind for e in events}
    reached = [True, P.ACCEPTED in kinds, P.TRIBUNAL_NOTIFIED in kinds, P.HEARING_HELD in kinds,
               bool(kinds & {P.MEDIATED, P.AWARDED}), status == S.CLOSED]
    if status in (S.CLOSED, S.REJECTED, S.WITHDRAWN):
        last = len(STEPS) - 1
        return tuple(StepView(k, lbl, "done" if reached[i] or i == last else "skipped")
                     for i, (k, lbl) in enumerate(STEPS))
    current = {S.ACCEPTED: 1, S.TRIBUNAL_FORMED: 2, S.HEARING_SCHEDULED: 3, S.SUSPENDED: 3,
               S.HEARD: 4, S.MEDIATED: 4, S.AWARDED: 4}.get(S(status), 0)
    out = []
    for i, (key, label) in enumerate(STEPS):
        if i < current:
            state = "done" if reached[i] else "skipped"
        else:
            state = "current" if i == current else "todo"
        out.append(StepView(key, label, state))
    return tuple(out)


def decide_approved(s, ctx: ServiceContext, row: Approval, today: date) -> None:
    """An approved request of the arbitration path takes effect (called by the approvals code)."""
    snap = _snapshot(s, row.case_id, today)
    act = A(row.action)
    _check(snap.facts, act)
    ArbitrationService(ctx).carry_out(s, row.case_id, act, json.loads(row.inputs or "{}"), today)


__all__ = ["ArbitrationService", "check_action", "collective_minimum", "decide_approved", "green_reason",
           "representatives_range",
           "hearing_time_text", "record_step"]
