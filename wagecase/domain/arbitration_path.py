"""The arbitration path as data: which action leads from which status to which, and the guards
that say why an action is not allowed now (the same shape as ``inspection_path``).

Rules: rules.md §2 (调解仲裁法, 办案规则): acceptance Arts. 29-31, service and answer Art. 30,
tribunal Arts. 31-32, hearing Arts. 35-39, time limit Art. 43 / 办案规则 Arts. 45-47, 简易处理
Arts. 56-61, mediation Art. 42, awards Arts. 47-50. Statuses are ``CaseStatus`` values.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .case import CaseStatus, status_label
from .dates import format_date
from .errors import RuleError
from .messages import message


class ArbitrationAction(StrEnum):
    REQUEST_SUPPLEMENT = "request_supplement"  # everything missing listed at once, receipt issued
    RECEIVE_SUPPLEMENT = "receive_supplement"  # complete: the 5 working days start again
    ACCEPT = "accept"
    REJECT = "reject"  # 不予受理 with the ground; the applicant may sue
    REFER_JURISDICTION = "refer_jurisdiction"  # 不属本委管辖: a written note naming the right commission
    SERVE_APPLICATION = "serve_application"  # 申请书副本 + 应诉通知书 to the respondent
    RECEIVE_DEFENCE = "receive_defence"
    SERVE_DEFENCE_COPY = "serve_defence_copy"
    SHORTEN_ANSWER = "shorten_answer"  # 简易处理: the respondent agrees to a shorter or no answer period
    COUNTERCLAIM = "counterclaim"  # 反申请 within the answer period: merged (the clock restarts) or refused
    JURISDICTION_OBJECTION = "jurisdiction_objection"  # before the answer period ends; upheld: 移送
    REQUEST_RECUSAL = "request_recusal"  # 回避申请 against a member of the tribunal
    DECIDE_RECUSAL = "decide_recusal"  # within 3 working days; granted: the seat is filled again
    CHOOSE_SIMPLE = "choose_simple"  # 简易处理 (Art. 56), the parties told
    CONVERT_TO_GENERAL = "convert_to_general"  # before the limit expires, the clock unchanged (Art. 61)
    FORM_TRIBUNAL = "form_tribunal"  # sole arbitrator or three; re-forming after a recusal
    SCHEDULE_HEARING = "schedule_hearing"  # a room and a time (services.hearings)
    POSTPONE_HEARING = "postpone_hearing"
    HOLD_HEARING = "hold_hearing"  # who appeared: both / applicant absent / respondent absent
    EXTEND_TIME_LIMIT = "extend_time_limit"  # +15 days, the chair's approval
    SUSPEND = "suspend"  # 中止 (Art. 47): the clock stops
    RESUME = "resume"
    MEDIATE = "mediate"  # agreement reached: the 调解书 is drawn up
    MEDIATION_SIGNED = "mediation_signed"  # both parties signed for it: effective
    MEDIATION_DECLINED = "mediation_declined"  # a party backed out before service: an award follows
    AWARD = "award"  # the award editor (services.awards)
    WITHDRAW = "withdraw"  # 撤回申请
    CLOSE = "close"  # 结案 and 归档

    @property
    def label(self) -> str:
        return ACTION_LABELS[self]


ACTION_LABELS: Mapping[ArbitrationAction, str] = {
    ArbitrationAction.REQUEST_SUPPLEMENT: "通知补正",
    ArbitrationAction.RECEIVE_SUPPLEMENT: "补正材料齐全",
    ArbitrationAction.ACCEPT: "受理",
    ArbitrationAction.REJECT: "不予受理",
    ArbitrationAction.REFER_JURISDICTION: "告知不属本委管辖",
    ArbitrationAction.SERVE_APPLICATION: "送达申请书副本及应诉通知书",
    ArbitrationAction.RECEIVE_DEFENCE: "收到答辩书",
    ArbitrationAction.SERVE_DEFENCE_COPY: "送达答辩书副本",
    ArbitrationAction.SHORTEN_ANSWER: "缩短或放弃答辩期",
    ArbitrationAction.COUNTERCLAIM: "处理反申请",
    ArbitrationAction.JURISDICTION_OBJECTION: "处理管辖异议",
    ArbitrationAction.REQUEST_RECUSAL: "登记回避申请",
    ArbitrationAction.DECIDE_RECUSAL: "作出回避决定",
    ArbitrationAction.CHOOSE_SIMPLE: "适用简易处理",
    ArbitrationAction.CONVERT_TO_GENERAL: "转为一般程序",
    ArbitrationAction.FORM_TRIBUNAL: "组成仲裁庭",
    ArbitrationAction.SCHEDULE_HEARING: "安排开庭",
    ArbitrationAction.POSTPONE_HEARING: "延期开庭",
    ArbitrationAction.HOLD_HEARING: "登记开庭情况",
    ArbitrationAction.EXTEND_TIME_LIMIT: "延长审理期限",
    ArbitrationAction.SUSPEND: "中止审理",
    ArbitrationAction.RESUME: "恢复审理",
    ArbitrationAction.MEDIATE: "调解达成协议",
    ArbitrationAction.MEDIATION_SIGNED: "调解书已签收",
    ArbitrationAction.MEDIATION_DECLINED: "调解书送达前反悔",
    ArbitrationAction.AWARD: "作出裁决",
    ArbitrationAction.WITHDRAW: "撤回仲裁申请",
    ArbitrationAction.CLOSE: "结案归档",
}

# what a party who did not appear leads to (办案规则 Art. 39)
ATTENDANCE = (("both", "双方均到庭"), ("applicant_absent", "申请人无正当理由拒不到庭（按撤回申请处理）"),
              ("respondent_absent", "被申请人无正当理由拒不到庭（缺席裁决）"))


@dataclass(frozen=True)
class PathFacts:
    """What the guards look at: read by the service from the case, its events and rows."""

    status: str
    today: date
    procedure: str = "general"  # general / simple
    is_collective: bool = False
    application_served: bool = False
    defence_received: bool = False
    defence_copy_served: bool = False
    tribunal_formed: bool = False
    tribunal_complete: bool = False  # every seat filled (a granted recusal empties one)
    answer_due: date | None = None  # the answer period (or the shorter one agreed)
    answer_shortened: bool = False
    recusal_pending: bool = False
    hearing_pending: bool = False  # a hearing booked and not yet held, postponed or cancelled
    hearing_held: bool = False
    limit_due: date | None = None  # the 审理期限 (None while paused or before acceptance)
    limit_extended: bool = False
    summary_excluded: str = ""  # Art. 57: why the case may never be handled simply ("" if not)
    mediation_signed: bool = False
    award_made: bool = False
    award_served: bool = False
    pending_approvals: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ActionState:
    action: ArbitrationAction
    allowed: bool
    reason: str = ""
    needs_approval: bool = False


_S = CaseStatus
_A = ArbitrationAction
_INTAKE = (_S.REGISTERED, _S.SUPPLEMENT_REQUESTED)
_BEFORE_HEARING = (_S.ACCEPTED, _S.TRIBUNAL_FORMED, _S.HEARING_SCHEDULED)
_RUNNING = (*_BEFORE_HEARING, _S.HEARD)


def _same(statuses, *actions) -> dict:
    return {(st, act): st for st in statuses for act in actions}


# (from status, action) -> to status; an action missing here is not possible from that status.
# RESUME goes back to where the case stood: the service passes it (``resume_to``).
TRANSITIONS: Mapping[tuple[str, ArbitrationAction], str] = {
    (_S.REGISTERED, _A.REQUEST_SUPPLEMENT): _S.SUPPLEMENT_REQUESTED,
    (_S.SUPPLEMENT_REQUESTED, _A.RECEIVE_SUPPLEMENT): _S.REGISTERED,
    **{(st, _A.ACCEPT): _S.ACCEPTED for st in _INTAKE},
    **{(st, _A.REJECT): _S.REJECTED for st in _INTAKE},
    **{(st, _A.REFER_JURISDICTION): _S.REJECTED for st in _INTAKE},
    **_same(_RUNNING, _A.SERVE_APPLICATION, _A.RECEIVE_DEFENCE, _A.SERVE_DEFENCE_COPY,
            _A.CHOOSE_SIMPLE, _A.CONVERT_TO_GENERAL, _A.EXTEND_TIME_LIMIT, _A.SHORTEN_ANSWER,
            _A.COUNTERCLAIM, _A.JURISDICTION_OBJECTION),
    **_same((_S.TRIBUNAL_FORMED, _S.HEARING_SCHEDULED, _S.HEARD), _A.REQUEST_RECUSAL, _A.DECIDE_RECUSAL),
    (_S.ACCEPTED, _A.FORM_TRIBUNAL): _S.TRIBUNAL_FORMED,
    **_same((_S.TRIBUNAL_FORMED, _S.HEARING_SCHEDULED, _S.HEARD), _A.FORM_TRIBUNAL),
    (_S.TRIBUNAL_FORMED, _A.SCHEDULE_HEARING): _S.HEARING_SCHEDULED,
    (_S.HEARD, _A.SCHEDULE_HEARING): _S.HEARING_SCHEDULED,  # a further hearing
    (_S.HEARING_SCHEDULED, _A.POSTPONE_HEARING): _S.HEARING_SCHEDULED,
    (_S.HEARING_SCHEDULED, _A.HOLD_HEARING): _S.HEARD,  # applicant absent: the service withdraws
    **{(st, _A.SUSPEND): _S.SUSPENDED for st in _RUNNING},
    (_S.SUSPENDED, _A.RESUME): _S.ACCEPTED,
    **{(st, _A.MEDIATE): _S.MEDIATED for st in (_S.TRIBUNAL_FORMED, _S.HEARING_SCHEDULED, _S.HEARD)},
    (_S.MEDIATED, _A.MEDIATION_SIGNED): _S.MEDIATED,
    (_S.MEDIATED, _A.MEDIATION_DECLINED): _S.HEARD,
    (_S.HEARD, _A.AWARD): _S.AWARDED,
    **{(st, _A.WITHDRAW): _S.WITHDRAWN for st in (*_INTAKE, *_RUNNING, _S.SUSPENDED)},
    (_S.AWARDED, _A.CLOSE): _S.CLOSED,
    (_S.MEDIATED, _A.CLOSE): _S.CLOSED,
}
# 办案规则 Art. 45: the extension needs the chair's (or the delegated head's) written approval
NEEDS_APPROVAL = frozenset({_A.EXTEND_TIME_LIMIT})


def _guard(action: ArbitrationAction, f: PathFacts) -> str:
    """The first reason ``action`` may not be taken now; "" if none."""
    if action == _A.SERVE_APPLICATION and f.application_served:
        return message("arbitration.guard.served_already")
    if action == _A.RECEIVE_DEFENCE:
        if not f.application_served:
            return message("arbitration.guard.not_served")
        if f.defence_received:
            return message("arbitration.guard.defence_received_already")
    if action == _A.SERVE_DEFENCE_COPY:
        if not f.defence_received:
            return message("arbitration.guard.no_defence")
        if f.defence_copy_served:
            return message("arbitration.guard.defence_copy_served_already")
    if action in (_A.SHORTEN_ANSWER, _A.COUNTERCLAIM, _A.JURISDICTION_OBJECTION):
        if not f.application_served:
            return message("arbitration.guard.not_served")
        if action == _A.SHORTEN_ANSWER:
            if f.procedure != "simple":
                return message("arbitration.guard.answer_not_simple")
            if f.defence_received or f.answer_shortened:
                return message("arbitration.guard.answer_closed")
        elif f.answer_due is not None and f.today > f.answer_due:
            # 办案规则 Arts. 10, 36: raised within the answer period, later ones need a new case
            return message("arbitration.guard.answer_period_over", action=action.label,
                           due=format_date(f.answer_due))
    if action == _A.REQUEST_RECUSAL:
        if not f.tribunal_formed:
            return message("arbitration.guard.no_tribunal")
        if f.recusal_pending:
            return message("arbitration.guard.recusal_pending")
    if action == _A.DECIDE_RECUSAL and not f.recusal_pending:
        return message("arbitration.guard.no_recusal")
    if action == _A.SCHEDULE_HEARING and f.tribunal_formed and not f.tribunal_complete:
        return message("arbitration.guard.tribunal_incomplete")
    if action == _A.CHOOSE_SIMPLE:
        if f.procedure == "simple":
            return message("arbitration.guard.simple_already")
        if f.summary_excluded:
            return f.summary_excluded
        if f.hearing_held:
            return message("arbitration.guard.simple_after_hearing")
    if action == _A.CONVERT_TO_GENERAL:
        if f.procedure != "simple":
            return message("arbitration.guard.not_simple")
        if f.limit_due is not None and f.today > f.limit_due:
            return message("arbitration.guard.limit_expired", due=format_date(f.limit_due))
    if action == _A.SCHEDULE_HEARING and f.hearing_pending:
        return message("arbitration.guard.hearing_pending")
    if action in (_A.POSTPONE_HEARING, _A.HOLD_HEARING) and not f.hearing_pending:
        return message("arbitration.guard.no_hearing")
    if action == _A.EXTEND_TIME_LIMIT and f.limit_extended:
        return message("arbitration.guard.extended_once")
    if action == _A.MEDIATION_SIGNED and f.mediation_signed:
        return message("arbitration.guard.signed_already")
    if action == _A.MEDIATION_DECLINED and f.mediation_signed:
        return message("arbitration.guard.signed_effective")
    if action == _A.CLOSE:
        if f.status == _S.MEDIATED and not f.mediation_signed:
            return message("arbitration.guard.mediation_not_signed")
        if f.status == _S.AWARDED and not f.award_served:
            return message("arbitration.guard.award_not_served")
    if action.value in f.pending_approvals:
        return message("arbitration.guard.pending")
    return ""


def available_actions(facts: PathFacts) -> list[ActionState]:
    """Every action of the path with whether it is allowed now and, if not, why."""
    out = []
    for action in ArbitrationAction:
        if (facts.status, action) not in TRANSITIONS:
            why = message("arbitration.action_not_allowed", action=action.label,
                          status=status_label(facts.status))
        else:
            why = _guard(action, facts)
        out.append(ActionState(action, not why, why, action in NEEDS_APPROVAL))
    return out


def action_state(facts: PathFacts, action: ArbitrationAction) -> ActionState:
    return next(a for a in available_actions(facts) if a.action == action)


def next_status(status: str, action: ArbitrationAction, *, resume_to: str | None = None,
                attendance: str | None = None, transferred: bool = False) -> str:
    """The status ``action`` leads to; RuleError("arbitration.action_not_allowed") otherwise.

    ``resume_to``: where a suspended case goes back to; ``attendance``: an applicant who did not
    appear withdraws the application (办案规则 Art. 39); ``transferred``: an upheld jurisdiction
    objection sends the case to the competent commission (办案规则 Art. 10)."""
    try:
        to = str(TRANSITIONS[(status, ArbitrationAction(action))])
    except (KeyError, ValueError):
        label = ACTION_LABELS.get(action, str(action))  # type: ignore[call-overload]
        raise RuleError("arbitration.action_not_allowed", action=label,
                        status=status_label(status)) from None
    if action == _A.RESUME and resume_to:
        return resume_to
    if action == _A.HOLD_HEARING and attendance == "applicant_absent":
        return str(_S.WITHDRAWN)
    if action == _A.JURISDICTION_OBJECTION and transferred:
        return str(_S.CLOSED)  # 移送管辖: the competent commission takes the case over
    return to


def tribunal_size(procedure: str, is_collective: bool) -> int:
    """One sole arbitrator for 简易处理 (调解仲裁法 Art. 31); three otherwise, and always for a
    collective dispute (办案规则 Arts. 62-67)."""
    return 1 if procedure == "simple" and not is_collective else 3



__all__ = ["ACTION_LABELS", "ATTENDANCE", "ActionState", "ArbitrationAction", "NEEDS_APPROVAL",
           "PathFacts", "TRANSITIONS", "action_state", "available_actions", "next_status",
           "tribunal_size"]
