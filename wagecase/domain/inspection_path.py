"""The labour-inspection path as data: which action leads from which status to which, and the
guards that say why an action is not allowed now (design.md §2, Tryton's _transitions/_buttons).

The UI enables its buttons from ``available_actions``, the service refuses with the same
reasons, so the two never disagree. Rules: rules.md §1 (条例, 若干规定 Art. 18), §3 (农民工条例
Art. 30), §4 (45号令 Art. 5), §5 (移送). Statuses are ``CaseStatus`` values.
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


class InspectionAction(StrEnum):
    ACCEPT = "accept"  # 受理 + 立案 the same day
    REJECT = "reject"  # 不予受理 (ground)
    REQUEST_SUPPLEMENT = "request_supplement"  # 补正
    RECEIVE_SUPPLEMENT = "receive_supplement"  # 补正材料齐全: the 5 working days start again
    EXTEND_INVESTIGATION = "extend_investigation"  # +30 working days, supervisor approval
    ISSUE_ORDER = "issue_order"  # 限期改正指令书 with a payment date
    RECORD_PAYMENT = "record_payment"  # per worker; partial keeps the case open
    NOTIFY_DECISION = "notify_decision"  # 行政处理（处罚）事先告知
    DECIDE = "decide"  # 行政处理决定 (加付赔偿金 50–100% of what is still due)
    REQUEST_HEARING = "request_hearing"  # the party asks for a 听证 within the period after 事先告知
    HOLD_HEARING = "hold_hearing"  # 听证 held: the penalty may be decided after it
    PENALIZE = "penalize"  # 行政处罚决定
    TRANSFER_TO_POLICE = "transfer_to_police"  # 移送公安 (threshold + ignored order)
    RECORD_POLICE_RECEIPT = "record_police_receipt"  # 公安机关 signed the 移送书's 回执
    RECORD_POLICE_DECISION = "record_police_decision"  # 立案 or 不予立案, in writing
    PROPOSE_BLACKLIST = "propose_blacklist"  # 45号令 Art. 5 holds: hand to the blacklist path
    CLOSE = "close"  # 结案 (paid / executed / transferred / 撤销立案), supervisor approval
    WITHDRAW_CASE = "withdraw_case"  # 撤销立案 (minor and corrected, 条例 Art. 18(3))
    REOPEN = "reopen"  # with a reason

    @property
    def label(self) -> str:
        return ACTION_LABELS[self]


ACTION_LABELS: Mapping[InspectionAction, str] = {
    InspectionAction.ACCEPT: "受理并立案",
    InspectionAction.REJECT: "不予受理",
    InspectionAction.REQUEST_SUPPLEMENT: "通知补正",
    InspectionAction.RECEIVE_SUPPLEMENT: "补正材料齐全",
    InspectionAction.EXTEND_INVESTIGATION: "延长调查期限",
    InspectionAction.ISSUE_ORDER: "下达限期改正指令书",
    InspectionAction.RECORD_PAYMENT: "登记支付",
    InspectionAction.NOTIFY_DECISION: "事先告知",
    InspectionAction.DECIDE: "作出行政处理决定",
    InspectionAction.REQUEST_HEARING: "登记听证申请",
    InspectionAction.HOLD_HEARING: "登记听证结果",
    InspectionAction.PENALIZE: "作出行政处罚决定",
    InspectionAction.TRANSFER_TO_POLICE: "移送公安机关",
    InspectionAction.RECORD_POLICE_RECEIPT: "登记公安机关回执",
    InspectionAction.RECORD_POLICE_DECISION: "登记公安机关立案决定",
    InspectionAction.PROPOSE_BLACKLIST: "提请列入失信名单",
    InspectionAction.CLOSE: "结案",
    InspectionAction.WITHDRAW_CASE: "撤销立案",
    InspectionAction.REOPEN: "重新立案办理",
}


@dataclass(frozen=True)
class PathFacts:
    """What the guards look at: read by the service from the case, its events and payments."""

    status: str
    today: date
    received_on: date
    accepted_on: date | None = None
    order_due: date | None = None  # payment date of the latest 限期改正指令书
    owed_fen: int = 0  # still unpaid, all workers
    paid_fen: int = 0
    decision_notified_on: date | None = None  # 事先告知 served
    representation_days_over: bool = False  # the 陈述申辩 period has run out
    hearing_request_due: date | None = None  # last day to ask for a 听证 (period data)
    hearing_requested: bool = False  # since the latest 事先告知
    hearing_held: bool = False
    investigation_extended: bool = False
    crime_threshold_met: bool | None = None  # crime_rules.amount_reached on what is still owed
    listing_eligible: bool | None = None  # blacklist_rules.listing_eligibility(...).ok
    transferred: bool = False
    police_received: bool = False
    police_outcome: str | None = None  # "filed" / "declined" once the police decided
    blacklist_proposed: bool = False
    pending_approvals: frozenset[str] = frozenset()  # actions waiting for a supervisor


@dataclass(frozen=True)
class ActionState:
    action: InspectionAction
    allowed: bool
    reason: str = ""  # Chinese: why not (shown as the disabled button's tooltip)
    needs_approval: bool = False  # the action becomes a request a supervisor approves


# (from status, action) -> to status; an action missing here is not possible from that status
_S = CaseStatus
_A = InspectionAction
TRANSITIONS: Mapping[tuple[str, InspectionAction], str] = {
    (_S.REGISTERED, _A.ACCEPT): _S.INVESTIGATING,
    (_S.SUPPLEMENT_REQUESTED, _A.ACCEPT): _S.INVESTIGATING,
    (_S.REGISTERED, _A.REJECT): _S.REJECTED,
    (_S.SUPPLEMENT_REQUESTED, _A.REJECT): _S.REJECTED,
    (_S.REGISTERED, _A.REQUEST_SUPPLEMENT): _S.SUPPLEMENT_REQUESTED,
    (_S.SUPPLEMENT_REQUESTED, _A.RECEIVE_SUPPLEMENT): _S.REGISTERED,
    (_S.INVESTIGATING, _A.EXTEND_INVESTIGATION): _S.INVESTIGATING,
    (_S.INVESTIGATING, _A.ISSUE_ORDER): _S.ORDERED,
    # the employer may pay at any stage; a payment never moves the case on by itself
    (_S.INVESTIGATING, _A.RECORD_PAYMENT): _S.INVESTIGATING,
    (_S.ORDERED, _A.RECORD_PAYMENT): _S.ORDERED,
    (_S.DECIDED, _A.RECORD_PAYMENT): _S.DECIDED,
    (_S.TRANSFERRED, _A.RECORD_PAYMENT): _S.TRANSFERRED,
    # one 事先告知 form serves both procedures (条例 Art. 19): before a penalty it may come at any
    # stage, before a handling decision only once the order ran out (see the guards)
    (_S.INVESTIGATING, _A.NOTIFY_DECISION): _S.INVESTIGATING,
    (_S.ORDERED, _A.NOTIFY_DECISION): _S.ORDERED,
    (_S.DECIDED, _A.NOTIFY_DECISION): _S.DECIDED,
    # the 听证 belongs to the penalty procedure, which may run beside the order to pay
    **{(st, act): st for st in (_S.INVESTIGATING, _S.ORDERED, _S.DECIDED)
       for act in (_A.REQUEST_HEARING, _A.HOLD_HEARING)},
    (_S.ORDERED, _A.DECIDE): _S.DECIDED,
    (_S.INVESTIGATING, _A.PENALIZE): _S.DECIDED,
    (_S.ORDERED, _A.PENALIZE): _S.DECIDED,
    (_S.DECIDED, _A.PENALIZE): _S.DECIDED,
    (_S.ORDERED, _A.TRANSFER_TO_POLICE): _S.TRANSFERRED,
    (_S.DECIDED, _A.TRANSFER_TO_POLICE): _S.TRANSFERRED,
    (_S.TRANSFERRED, _A.RECORD_POLICE_RECEIPT): _S.TRANSFERRED,
    (_S.TRANSFERRED, _A.RECORD_POLICE_DECISION): _S.TRANSFERRED,
    # 公安 declined to 立案: the office goes on with its own decision (移送规定 Art. 11)
    (_S.TRANSFERRED, _A.DECIDE): _S.DECIDED,
    (_S.TRANSFERRED, _A.PENALIZE): _S.DECIDED,
    (_S.ORDERED, _A.PROPOSE_BLACKLIST): _S.ORDERED,
    (_S.DECIDED, _A.PROPOSE_BLACKLIST): _S.DECIDED,
    (_S.INVESTIGATING, _A.CLOSE): _S.CLOSED,
    (_S.ORDERED, _A.CLOSE): _S.CLOSED,
    (_S.DECIDED, _A.CLOSE): _S.CLOSED,
    (_S.TRANSFERRED, _A.CLOSE): _S.CLOSED,
    (_S.INVESTIGATING, _A.WITHDRAW_CASE): _S.CLOSED,
    (_S.CLOSED, _A.REOPEN): _S.INVESTIGATING,
}
# 延期 (条例 Art. 17), 移送 and 结案 are decided by the head of the office (rules.md §1, §5)
NEEDS_APPROVAL = frozenset({_A.EXTEND_INVESTIGATION, _A.TRANSFER_TO_POLICE, _A.CLOSE})


def _guard(action: InspectionAction, f: PathFacts) -> str:
    """The first reason ``action`` may not be taken now, as a message key + params; "" if none."""
    due = {"due": format_date(f.order_due)} if f.order_due else {}
    if action == _A.EXTEND_INVESTIGATION and f.investigation_extended:
        return message("inspection.guard.extended_once")
    if action in (_A.ISSUE_ORDER, _A.RECORD_PAYMENT) and f.owed_fen <= 0:
        return message("inspection.guard.nothing_owed")
    if action in (_A.DECIDE, _A.TRANSFER_TO_POLICE):
        if f.order_due is None:
            return message("inspection.guard.no_order")
        if f.today <= f.order_due:
            return message("inspection.guard.order_running", action=action.label, **due)
        if f.owed_fen <= 0:
            return message("inspection.guard.paid_in_full")
    if action in (_A.DECIDE, _A.PENALIZE) and f.status == _S.TRANSFERRED \
            and f.police_outcome != "declined":
        return message("inspection.guard.police_pending")
    if action in (_A.REQUEST_HEARING, _A.HOLD_HEARING) and f.decision_notified_on is None:
        return message("inspection.guard.not_notified")
    if action == _A.REQUEST_HEARING:
        if f.hearing_requested:
            return message("inspection.guard.hearing_requested_already")
        if f.hearing_request_due is not None and f.today > f.hearing_request_due:
            return message("inspection.guard.hearing_request_late",
                           due=format_date(f.hearing_request_due))
    if action == _A.HOLD_HEARING:
        if not f.hearing_requested:
            return message("inspection.guard.hearing_not_requested")
        if f.hearing_held:
            return message("inspection.guard.hearing_held_already")
    if action == _A.PENALIZE and f.hearing_requested and not f.hearing_held:
        return message("inspection.guard.hearing_pending")
    if action in (_A.DECIDE, _A.PENALIZE):
        if f.decision_notified_on is None:
            return message("inspection.guard.not_notified")
        if not f.representation_days_over:
            return message("inspection.guard.representation_running",
                           notified=format_date(f.decision_notified_on))
        # 加付赔偿金 answers an ignored order: the party is told of it after the order ran out
        if action == _A.DECIDE and f.order_due is not None and f.decision_notified_on <= f.order_due:
            return message("inspection.guard.notice_before_due", **due)
    if action == _A.PENALIZE:
        if not f.hearing_requested and f.hearing_request_due is not None \
                and f.today <= f.hearing_request_due:
            return message("inspection.guard.hearing_window",
                           due=format_date(f.hearing_request_due))
    if action == _A.RECORD_POLICE_RECEIPT and f.police_received:
        return message("inspection.guard.police_received_already")
    if action == _A.RECORD_POLICE_DECISION:
        if not f.police_received:
            return message("inspection.guard.police_not_received")
        if f.police_outcome is not None:
            return message("inspection.guard.police_decided_already")
    if action == _A.TRANSFER_TO_POLICE:
        if f.crime_threshold_met is None:
            return message("inspection.guard.threshold_unknown")
        if not f.crime_threshold_met:
            return message("inspection.guard.threshold_not_met")
        if f.transferred:
            return message("inspection.guard.transferred_already")
    if action == _A.PROPOSE_BLACKLIST:
        if f.blacklist_proposed:
            return message("inspection.guard.blacklist_proposed")
        if f.listing_eligible is None:
            return message("inspection.guard.listing_unknown")
        if not f.listing_eligible:
            return message("inspection.guard.listing_not_met")
    # a decision made or a transfer ends our part even with money still owed
    if action == _A.CLOSE and f.owed_fen > 0 and f.status in (_S.INVESTIGATING, _S.ORDERED):
        return message("inspection.guard.close_owed")
    if action == _A.WITHDRAW_CASE and f.owed_fen > 0:
        return message("inspection.guard.withdraw_owed")
    if action.value in f.pending_approvals:
        return message("inspection.guard.pending")
    return ""


def available_actions(facts: PathFacts) -> list[ActionState]:
    """Every action of the path with whether it is allowed now and, if not, why."""
    out = []
    for action in InspectionAction:
        needs = action in NEEDS_APPROVAL
        if (facts.status, action) not in TRANSITIONS:
            why = message("inspection.action_not_allowed", action=action.label,
                          status=status_label(facts.status))
        else:
            why = _guard(action, facts)
        out.append(ActionState(action, not why, why, needs))
    return out


def action_state(facts: PathFacts, action: InspectionAction) -> ActionState:
    return next(a for a in available_actions(facts) if a.action == action)


def next_status(status: str, action: InspectionAction) -> str:
    """The status ``action`` leads to; RuleError("inspection.action_not_allowed") otherwise."""
    try:
        return str(TRANSITIONS[(status, InspectionAction(action))])
    except (KeyError, ValueError):
        label = ACTION_LABELS.get(action, str(action))  # type: ignore[call-overload]
        raise RuleError("inspection.action_not_allowed", action=label,
                        status=status_label(status)) from None



__all__ = ["ACTION_LABELS", "ActionState", "CaseStatus", "InspectionAction", "NEEDS_APPROVAL",
           "PathFacts", "TRANSITIONS", "action_state", "available_actions", "next_status"]
