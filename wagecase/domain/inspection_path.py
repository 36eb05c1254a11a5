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

from .case import CaseStatus


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
    PENALIZE = "penalize"  # 行政处罚决定
    TRANSFER_TO_POLICE = "transfer_to_police"  # 移送公安 (threshold + ignored order)
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
    InspectionAction.PENALIZE: "作出行政处罚决定",
    InspectionAction.TRANSFER_TO_POLICE: "移送公安机关",
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
    investigation_extended: bool = False
    crime_threshold_met: bool | None = None  # crime_rules.amount_reached on what is still owed
    listing_eligible: bool | None = None  # blacklist_rules.listing_eligibility(...).ok
    transferred: bool = False
    blacklist_proposed: bool = False
    pending_approvals: frozenset[str] = frozenset()  # actions waiting for a supervisor


@dataclass(frozen=True)
class ActionState:
    action: InspectionAction
    allowed: bool
    reason: str = ""  # Chinese: why not (shown as the disabled button's tooltip)
    needs_approval: bool = False  # the action becomes a request a supervisor approves


# (from status, action) -> to status; an action missing here is not possible from that status
TRANSITIONS: Mapping[tuple[str, InspectionAction], str] = {}  # filled in by the path engineer


def available_actions(facts: PathFacts) -> list[ActionState]:
    """Every action of the path with whether it is allowed now and, if not, why."""
    raise NotImplementedError


def next_status(status: str, action: InspectionAction) -> str:
    """The status ``action`` leads to; RuleError("inspection.action_not_allowed") otherwise."""
    raise NotImplementedError


__all__ = ["ACTION_LABELS", "ActionState", "CaseStatus", "InspectionAction", "PathFacts",
           "TRANSITIONS", "available_actions", "next_status"]
