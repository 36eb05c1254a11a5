"""The blacklist procedure as data (人社部令第45号; the 2017 rule for old entries): which step
leads from which listing status to which, and why a step is not allowed now. The same shape as
``inspection_path`` and ``arbitration_path``; the listing belongs to an inspection case, so
its 办理 tab shows these steps beside the case's own."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .dates import format_date
from .errors import RuleError
from .messages import message


class ListingStatus(StrEnum):
    NONE = "none"  # no procedure yet: the case may be proposed
    PROPOSED = "proposed"  # 拟列入: the notices are being served
    NOTICED = "noticed"  # 事先告知 served: the 5 working days to object run
    LISTED = "listed"
    DECLINED = "declined"  # 不予列入 (Art. 5 not met on objection, or Art. 7 paid + undertaking)
    REMOVED = "removed"
    REVOKED = "revoked"  # the order to pay was revoked (Art. 16)

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS: Mapping[ListingStatus, str] = {
    ListingStatus.NONE: "未启动", ListingStatus.PROPOSED: "拟列入", ListingStatus.NOTICED: "已事先告知",
    ListingStatus.LISTED: "已列入", ListingStatus.DECLINED: "不予列入", ListingStatus.REMOVED: "已移出",
    ListingStatus.REVOKED: "已撤销列入",
}


class BlacklistAction(StrEnum):
    RECORD_INCIDENT = "record_incident"  # the arrears caused a 群体性 or 极端 event (Art. 5(2))
    PROPOSE = "propose"  # 拟列入: who is named (the employer, its legal representative, responsible persons)
    SERVE_NOTICE = "serve_notice"  # 事先告知书 served on the parties
    RECEIVE_OBJECTION = "receive_objection"  # within 5 working days of the notice
    ANSWER_OBJECTION = "answer_objection"  # verified within 5 working days, the result told
    EXTEND = "extend"  # the 20 working days +20, on the department head's approval
    DECIDE = "decide"  # 列入决定: the term starts
    DECLINE = "decline"  # 不予列入 (Art. 7: paid with a written undertaking)
    APPLY_EARLY_REMOVAL = "apply_early_removal"  # the employer's application (信用修复)
    DECIDE_EARLY_REMOVAL = "decide_early_removal"  # within 15 working days, granted or refused
    EXTEND_2017 = "extend_2017"  # an entry under the 2017 rule not corrected: +2 years
    REMOVE = "remove"  # within 10 working days of expiry, early removal or revocation
    REVOKE = "revoke"  # the order to pay underlying the listing was revoked (Art. 16)
    RESTORE = "restore"  # an early removal obtained by fraud: listed again, the term counted anew (Art. 15)

    @property
    def label(self) -> str:
        return ACTION_LABELS[self]


ACTION_LABELS: Mapping[BlacklistAction, str] = {
    BlacklistAction.RECORD_INCIDENT: "登记群体性、极端事件",
    BlacklistAction.PROPOSE: "拟列入失信名单",
    BlacklistAction.SERVE_NOTICE: "送达事先告知书",
    BlacklistAction.RECEIVE_OBJECTION: "登记异议",
    BlacklistAction.ANSWER_OBJECTION: "告知异议核实结果",
    BlacklistAction.EXTEND: "延长列入决定期限",
    BlacklistAction.DECIDE: "作出列入决定",
    BlacklistAction.DECLINE: "决定不予列入",
    BlacklistAction.APPLY_EARLY_REMOVAL: "登记提前移出申请",
    BlacklistAction.DECIDE_EARLY_REMOVAL: "作出提前移出决定",
    BlacklistAction.EXTEND_2017: "延长列入期限（2017年办法）",
    BlacklistAction.REMOVE: "移出名单",
    BlacklistAction.REVOKE: "撤销列入决定",
    BlacklistAction.RESTORE: "撤销提前移出并恢复列入",
}


@dataclass(frozen=True)
class ListingFacts:
    """What the guards look at, read by the service from the listing and the case."""

    status: str
    today: date
    eligible: bool | None = None  # blacklist_rules.listing_eligibility(...).ok
    eligibility_reason: str = ""  # why not, in Chinese
    rule: str = "2022"
    objection_due: date | None = None  # the 5 working days after the notice
    objection_pending: bool = False
    extended: bool = False
    application_pending: bool = False  # an early-removal application not yet decided
    early_removal_granted: bool = False
    ends_on: date | None = None
    extended_2017: bool = False
    removed_early: bool = False
    incident_recorded: bool = False


@dataclass(frozen=True)
class ActionState:
    action: BlacklistAction
    allowed: bool
    reason: str = ""
    needs_approval: bool = False


_S = ListingStatus
_A = BlacklistAction
TRANSITIONS: Mapping[tuple[str, BlacklistAction], str] = {
    (_S.NONE, _A.RECORD_INCIDENT): _S.NONE,
    (_S.DECLINED, _A.RECORD_INCIDENT): _S.DECLINED,
    (_S.NONE, _A.PROPOSE): _S.PROPOSED,
    (_S.DECLINED, _A.PROPOSE): _S.PROPOSED,  # a new ground (a later order ignored)
    (_S.PROPOSED, _A.SERVE_NOTICE): _S.NOTICED,
    (_S.NOTICED, _A.SERVE_NOTICE): _S.NOTICED,  # a further party served
    (_S.NOTICED, _A.RECEIVE_OBJECTION): _S.NOTICED,
    (_S.NOTICED, _A.ANSWER_OBJECTION): _S.NOTICED,  # upheld: the service declines
    (_S.PROPOSED, _A.EXTEND): _S.PROPOSED,
    (_S.NOTICED, _A.EXTEND): _S.NOTICED,
    (_S.NOTICED, _A.DECIDE): _S.LISTED,
    (_S.PROPOSED, _A.DECLINE): _S.DECLINED,
    (_S.NOTICED, _A.DECLINE): _S.DECLINED,
    (_S.LISTED, _A.APPLY_EARLY_REMOVAL): _S.LISTED,
    (_S.LISTED, _A.DECIDE_EARLY_REMOVAL): _S.LISTED,
    (_S.LISTED, _A.EXTEND_2017): _S.LISTED,
    (_S.LISTED, _A.REMOVE): _S.REMOVED,
    (_S.LISTED, _A.REVOKE): _S.REVOKED,
    (_S.REMOVED, _A.REVOKE): _S.REVOKED,
    (_S.REMOVED, _A.RESTORE): _S.LISTED,
}


def _guard(action: BlacklistAction, f: ListingFacts) -> str:
    if action == _A.RECORD_INCIDENT and f.incident_recorded:
        return message("blacklist.guard.incident_recorded")
    if action == _A.RESTORE and not f.removed_early:
        return message("blacklist.guard.not_removed_early")
    if action == _A.PROPOSE and f.eligible is not True:
        return f.eligibility_reason or message("blacklist.guard.not_eligible")
    if action == _A.RECEIVE_OBJECTION and f.objection_due is not None and f.today > f.objection_due:
        return message("blacklist.guard.objection_late", due=format_date(f.objection_due))
    if action == _A.ANSWER_OBJECTION and not f.objection_pending:
        return message("blacklist.guard.no_objection")
    if action == _A.EXTEND and f.extended:
        return message("blacklist.guard.extended_once")
    if action == _A.DECIDE:
        if f.objection_pending:
            return message("blacklist.guard.objection_pending")
        if f.objection_due is not None and f.today <= f.objection_due:
            return message("blacklist.guard.objection_running", due=format_date(f.objection_due))
    if action == _A.APPLY_EARLY_REMOVAL:
        if f.rule != "2022":
            return message("blacklist.guard.early_removal_2017")
        if f.application_pending:
            return message("blacklist.guard.application_pending")
    if action == _A.DECIDE_EARLY_REMOVAL and not f.application_pending:
        return message("blacklist.guard.no_application")
    if action == _A.EXTEND_2017:
        if f.rule != "2017":
            return message("blacklist.guard.not_2017")
        if f.extended_2017:
            return message("blacklist.guard.extended_2017")
    if action == _A.REMOVE and not f.early_removal_granted and f.ends_on is not None and f.today <= f.ends_on:
        return message("blacklist.guard.term_running", ends=format_date(f.ends_on))
    return ""


def available_actions(facts: ListingFacts) -> list[ActionState]:
    out = []
    for action in BlacklistAction:
        if (facts.status, action) not in TRANSITIONS:
            why = message("blacklist.action_not_allowed", action=action.label, status=_label(facts.status))
        else:
            why = _guard(action, facts)
        out.append(ActionState(action, not why, why))
    return out


def action_state(facts: ListingFacts, action: BlacklistAction) -> ActionState:
    return next(a for a in available_actions(facts) if a.action == action)


def next_status(status: str, action: BlacklistAction, *, declined: bool = False) -> str:
    """The status ``action`` leads to; an objection found right ends the procedure unlisted."""
    try:
        to = str(TRANSITIONS[(status, BlacklistAction(action))])
    except (KeyError, ValueError):
        label = ACTION_LABELS.get(action, str(action))  # type: ignore[call-overload]
        raise RuleError("blacklist.action_not_allowed", action=label, status=_label(status)) from None
    return str(_S.DECLINED) if declined else to


def _label(status: str) -> str:
    try:
        return ListingStatus(status).label
    except ValueError:
        return status


__all__ = ["ACTION_LABELS", "ActionState", "BlacklistAction", "ListingFacts", "ListingStatus",
           "STATUS_LABELS", "TRANSITIONS", "action_state", "available_actions", "next_status"]
