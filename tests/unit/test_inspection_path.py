"""The inspection path's transition table and guards, case by case with the article behind it."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from wagecase.domain.errors import RuleError
from wagecase.domain.inspection_path import (
    TRANSITIONS,
    InspectionAction as A,
    PathFacts,
    action_state,
    available_actions,
    next_status,
)

BASE = PathFacts(status="registered", today=date(2026, 3, 10), received_on=date(2026, 3, 9),
                 owed_fen=900000)
ORDERED = replace(BASE, status="ordered", accepted_on=date(2026, 3, 10), order_due=date(2026, 3, 20))


@pytest.mark.parametrize("status, action, to, article", [
    ("registered", A.ACCEPT, "investigating", "若干规定第十八条：受理并立案"),
    ("supplement_requested", A.ACCEPT, "investigating", "若干规定第十八条"),
    ("registered", A.REJECT, "rejected", "条例第二十条：超过二年不再查处"),
    ("registered", A.REQUEST_SUPPLEMENT, "supplement_requested", "若干规定第十八条：补正"),
    ("supplement_requested", A.RECEIVE_SUPPLEMENT, "registered", "补正齐全后重新计算5个工作日"),
    ("investigating", A.EXTEND_INVESTIGATION, "investigating", "条例第十七条：延长30个工作日"),
    ("investigating", A.ISSUE_ORDER, "ordered", "条例第二十六条：责令限期支付"),
    ("ordered", A.RECORD_PAYMENT, "ordered", "部分支付不结案"),
    ("ordered", A.NOTIFY_DECISION, "ordered", "行政处罚法第四十四条：事先告知"),
    ("investigating", A.NOTIFY_DECISION, "investigating", "处罚前的事先告知不以指令书为前提"),
    ("decided", A.NOTIFY_DECISION, "decided", "处理决定后再行处罚"),
    ("ordered", A.DECIDE, "decided", "条例第二十六条：加付赔偿金"),
    ("investigating", A.PENALIZE, "decided", "农民工条例第五十四至五十七条"),
    ("ordered", A.TRANSFER_TO_POLICE, "transferred", "刑法第二百七十六条之一"),
    ("decided", A.PROPOSE_BLACKLIST, "decided", "45号令第五条"),
    ("transferred", A.CLOSE, "closed", "移送后结案"),
    ("investigating", A.WITHDRAW_CASE, "closed", "若干规定：撤销立案"),
    ("closed", A.REOPEN, "investigating", "重新立案办理"),
    ("ordered", A.REQUEST_HEARING, "ordered", "行政处罚法第六十四条：告知后五日内要求听证"),
    ("decided", A.HOLD_HEARING, "decided", "行政处罚法第六十五条：听证后作出决定"),
    ("transferred", A.RECORD_POLICE_RECEIPT, "transferred", "310号令：公安机关在回执上签名"),
    ("transferred", A.RECORD_POLICE_DECISION, "transferred", "310号令：三日内决定是否立案"),
    ("transferred", A.DECIDE, "decided", "不予立案后由本机关继续处理"),
])
def test_transition_table(status, action, to, article):
    assert TRANSITIONS[(status, action)] == to
    assert next_status(status, action) == to


@pytest.mark.parametrize("status, action", [
    ("registered", A.ISSUE_ORDER), ("investigating", A.DECIDE), ("closed", A.CLOSE),
    ("rejected", A.ACCEPT), ("supplement_requested", A.REQUEST_SUPPLEMENT),
])
def test_impossible_transitions_raise(status, action):
    with pytest.raises(RuleError) as e:
        next_status(status, action)
    assert e.value.key == "inspection.action_not_allowed"


def test_every_action_is_listed_with_a_reason_when_not_allowed():
    states = available_actions(BASE)
    assert [s.action for s in states] == list(A)
    for s in states:
        assert s.allowed or "不能" in s.reason or "尚" in s.reason
    assert {s.action for s in states if s.needs_approval} == {
        A.EXTEND_INVESTIGATION, A.TRANSFER_TO_POLICE, A.CLOSE}
    assert {s.action for s in states if s.allowed} == {A.ACCEPT, A.REJECT, A.REQUEST_SUPPLEMENT}


def test_decide_waits_for_the_payment_date():
    # 条例 Art. 26: 加付赔偿金 only when the order's payment date passed unpaid
    s = action_state(replace(ORDERED, today=date(2026, 3, 20)), A.DECIDE)
    assert not s.allowed
    assert s.reason == "限期改正指令书的支付期限（2026年3月20日）尚未届满，不能作出行政处理决定。"


def test_decide_needs_the_notice_and_its_representation_period():
    # 行政处罚法 Arts. 44-45: 事先告知 and 陈述申辩 before the decision
    late = replace(ORDERED, today=date(2026, 3, 23))
    assert "事先告知" in action_state(late, A.DECIDE).reason
    notified = replace(late, decision_notified_on=date(2026, 3, 23))
    assert "陈述、申辩" in action_state(notified, A.DECIDE).reason
    assert action_state(replace(notified, representation_days_over=True), A.DECIDE).allowed


def test_decide_not_when_paid_in_full():
    s = action_state(replace(ORDERED, today=date(2026, 3, 23), owed_fen=0,
                             decision_notified_on=date(2026, 3, 23), representation_days_over=True),
                     A.DECIDE)
    assert not s.allowed and "全部支付" in s.reason


def test_transfer_needs_threshold_and_ignored_order():
    # 刑法 Art. 276-1, 法释〔2013〕3号 Art. 4: 数额较大 and 经政府有关部门责令支付仍不支付
    running = replace(ORDERED, crime_threshold_met=True)
    assert not action_state(running, A.TRANSFER_TO_POLICE).allowed
    ignored = replace(running, today=date(2026, 3, 21))
    assert action_state(ignored, A.TRANSFER_TO_POLICE).allowed
    assert "数额较大" in action_state(replace(ignored, crime_threshold_met=False),
                                     A.TRANSFER_TO_POLICE).reason
    assert "尚未录入" in action_state(replace(ignored, crime_threshold_met=None),
                                    A.TRANSFER_TO_POLICE).reason


def test_blacklist_proposal_once_and_only_when_eligible():
    # 45号令 Art. 5
    f = replace(ORDERED, today=date(2026, 3, 21))
    assert not action_state(replace(f, listing_eligible=False), A.PROPOSE_BLACKLIST).allowed
    assert action_state(replace(f, listing_eligible=True), A.PROPOSE_BLACKLIST).allowed
    twice = replace(f, listing_eligible=True, blacklist_proposed=True)
    assert "重复" in action_state(twice, A.PROPOSE_BLACKLIST).reason


def test_close_and_withdraw():
    inv = replace(BASE, status="investigating")
    assert not action_state(inv, A.CLOSE).allowed
    assert not action_state(inv, A.WITHDRAW_CASE).allowed
    paid = replace(inv, owed_fen=0, paid_fen=900000)
    assert action_state(paid, A.CLOSE).allowed and action_state(paid, A.WITHDRAW_CASE).allowed
    # a decision made or a transfer: closed with money still owed
    assert action_state(replace(BASE, status="decided"), A.CLOSE).allowed
    assert action_state(replace(BASE, status="transferred"), A.CLOSE).allowed


def test_extension_only_once_and_pending_blocks_a_second_request():
    inv = replace(BASE, status="investigating")
    assert action_state(inv, A.EXTEND_INVESTIGATION).allowed
    assert "一次" in action_state(replace(inv, investigation_extended=True), A.EXTEND_INVESTIGATION).reason
    pending = replace(inv, pending_approvals=frozenset({"extend_investigation"}))
    assert "审批" in action_state(pending, A.EXTEND_INVESTIGATION).reason


def test_nothing_owed_means_no_order_and_no_payment():
    inv = replace(BASE, status="investigating", owed_fen=0)
    assert not action_state(inv, A.ISSUE_ORDER).allowed
    assert not action_state(inv, A.RECORD_PAYMENT).allowed


NOTIFIED = replace(ORDERED, today=date(2026, 3, 23), decision_notified_on=date(2026, 3, 23),
                   hearing_request_due=date(2026, 3, 30))


def test_hearing_request_only_after_the_notice_and_within_its_period():
    # 行政处罚法 Art. 64: asked for within 5 days of the notice, or given up
    assert "事先告知" in action_state(ORDERED, A.REQUEST_HEARING).reason
    assert action_state(NOTIFIED, A.REQUEST_HEARING).allowed
    late = replace(NOTIFIED, today=date(2026, 3, 31))
    assert action_state(late, A.REQUEST_HEARING).reason == "听证申请期限已于2026年3月30日届满，逾期视为放弃听证。"
    asked = replace(NOTIFIED, hearing_requested=True)
    assert "重复" in action_state(asked, A.REQUEST_HEARING).reason
    assert "未申请听证" in action_state(NOTIFIED, A.HOLD_HEARING).reason
    assert action_state(asked, A.HOLD_HEARING).allowed
    assert "已经登记" in action_state(replace(asked, hearing_held=True), A.HOLD_HEARING).reason


def test_penalty_waits_for_the_hearing_window_and_the_hearing():
    over = replace(NOTIFIED, representation_days_over=True)
    # the 3 days to state one's case are over, the 5 to ask for a hearing are not
    assert "2026年3月30日前申请听证" in action_state(over, A.PENALIZE).reason
    assert action_state(replace(over, today=date(2026, 3, 31)), A.PENALIZE).allowed
    asked = replace(over, hearing_requested=True)
    assert "听证后" in action_state(asked, A.PENALIZE).reason
    assert action_state(replace(asked, hearing_held=True), A.PENALIZE).allowed
    # the handling decision is no penalty: no hearing to wait for (行政处罚法 Art. 63)
    assert action_state(replace(over, today=date(2026, 3, 24)), A.DECIDE).allowed


def test_police_receipt_then_decision_and_only_a_refusal_hands_the_case_back():
    sent = replace(BASE, status="transferred", today=date(2026, 4, 2), order_due=date(2026, 3, 20),
                   decision_notified_on=date(2026, 3, 23), representation_days_over=True,
                   transferred=True)
    assert action_state(sent, A.RECORD_POLICE_RECEIPT).allowed
    assert "回执" in action_state(sent, A.RECORD_POLICE_DECISION).reason
    received = replace(sent, police_received=True)
    assert "已经登记" in action_state(received, A.RECORD_POLICE_RECEIPT).reason
    assert action_state(received, A.RECORD_POLICE_DECISION).allowed
    assert "不予立案后" in action_state(received, A.DECIDE).reason
    filed = replace(received, police_outcome="filed")
    assert not action_state(filed, A.DECIDE).allowed
    assert "已经登记" in action_state(filed, A.RECORD_POLICE_DECISION).reason
    assert action_state(replace(received, police_outcome="declined"), A.DECIDE).allowed


def test_a_notice_before_the_order_ran_out_does_not_carry_the_handling_decision():
    # the notice told of a penalty (or came too early): 加付赔偿金 needs a notice after the date
    early = replace(ORDERED, today=date(2026, 3, 25), decision_notified_on=date(2026, 3, 18),
                    representation_days_over=True)
    assert action_state(early, A.DECIDE).reason == (
        "事先告知是在限期改正指令书的支付期限（2026年3月20日）届满前作出的，加付赔偿金须在期限届满仍未支付后重新事先告知。")
    assert action_state(replace(early, hearing_request_due=date(2026, 3, 25)), A.PENALIZE).allowed is False
    assert action_state(replace(early, hearing_request_due=date(2026, 3, 24)), A.PENALIZE).allowed
    assert action_state(replace(BASE, status="investigating"), A.NOTIFY_DECISION).allowed
