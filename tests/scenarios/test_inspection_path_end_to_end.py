"""Issue 5's scenarios through the services on a migrated SQLite file, on the 2026 calendar.

A construction case of 15 workers from complaint to 结案: accepted, investigation extended on an
administrator's approval, order to pay by 2026-03-20, partial payment by the general contractor
for 6 workers, the date passes, 事先告知, decision with 加付赔偿金 for the rest, final payment,
closed on approval. Then a case reaching 移送公安 (Henan: 8,000 元 for one worker over ≥3
months, order ignored) and one refused for being over 2 years old.
"""
from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from tests.integration.intake_support import (  # noqa: F401
    ArrearsItemInput,
    intake,
    migrated_services,
    officer_id,
    worker,
)
from wagecase.domain import inspection_rules
from wagecase.domain.errors import RuleError, ValidationFailed
from wagecase.domain.messages import message
from wagecase.services import audit
from wagecase.services.dto import PaymentInput, ServiceInput
from wagecase.storage.repositories import audit_entries
from tests.integration.intake_support import as_role


def _at(svc, day: date) -> None:
    """10:00 in Zhengzhou on ``day``."""
    svc.ctx.clock = lambda: datetime(day.year, day.month, day.day, 2, 0)


def _action(view, name):
    return next(a for a in view.actions if a.action == name)


def _kinds(svc, cid):
    return [e.kind for e in svc.deadlines.events(cid)]


def _issue_and_serve(svc, cid, form_id: str, on: date, inputs=None) -> list:
    """Issue ``form_id`` (one per recipient the form says) and serve each copy in person."""
    docs, _ = svc.documents.issue(cid, form_id, inputs or {})
    for d in docs:
        svc.documents.record_service(d.id, ServiceInput("direct", d.recipient or "刘建国", on, "本人签收"))
    return [d.id for d in docs]


def _approve_all(svc, admin: int, inspector: int) -> None:
    svc.ctx.user_id = admin
    with as_role(svc):
        for a in svc.inspection.pending_approvals():
            svc.inspection.decide_approval(a.id, True, "同意")
    svc.ctx.user_id = inspector


def test_construction_case_of_15_workers_from_complaint_to_closed(migrated_services):
    svc = migrated_services
    admin = svc.ctx.user_id
    inspector = officer_id(svc)
    svc.ctx.user_id = inspector
    cid = svc.intake.register(intake(construction=True, workers=[worker(i) for i in range(15)],
                                     collective=True)).case_id

    _at(svc, date(2026, 3, 10))
    svc.inspection.act(cid, "accept")
    issued = {"inspection.acceptance_notice": _issue_and_serve(
        svc, cid, "inspection.acceptance_notice", date(2026, 3, 10))}
    issued["inspection.inquiry_notice"] = _issue_and_serve(
        svc, cid, "inspection.inquiry_notice", date(2026, 3, 10),
        {"appointment": "2026年3月11日上午9时", "place": "中牟县劳动保障监察大队"})
    svc.inspection.act(cid, "extend_investigation", {"reason": "涉及15名劳动者，需调取总包单位台账"})
    assert svc.inspection.view(cid).approvals_pending == ("延长调查期限（李娜于2026年3月10日提交，待科室负责人审批）",)
    _approve_all(svc, admin, inspector)
    dl = {d.period_code: d for d in svc.deadlines.case_deadlines(cid)}
    # 60 working days from 2026-03-10 is 2026-06-05; +30 working days (Dragon Boat 6-19 off)
    assert dl["inspection.investigation"].extended
    assert dl["inspection.investigation"].due == date(2026, 7, 20)

    _at(svc, date(2026, 3, 12))
    svc.inspection.act(cid, "issue_order", {"due_date": "2026-03-20", "payers": "joint"})
    issued["inspection.rectification_order"] = _issue_and_serve(
        svc, cid, "inspection.rectification_order", date(2026, 3, 12))
    order = next(d for d in svc.documents.documents(cid) if d.form_id == "inspection.rectification_order")
    issued["service_receipt"] = _issue_and_serve(svc, cid, "service_receipt", date(2026, 3, 12), {
        "served_title": order.title, "served_number": order.number, "served_to": order.recipient})
    view = svc.inspection.view(cid)
    assert view.status == "ordered" and view.order_due == date(2026, 3, 20)
    assert view.outstanding_fen == 15 * 300000
    dl = {d.period_code: d for d in svc.deadlines.case_deadlines(cid)}
    assert dl["inspection.payment_order"].due == date(2026, 3, 20)

    _at(svc, date(2026, 3, 18))
    for b in view.balances[:6]:
        svc.inspection.record_payment(cid, PaymentInput(b.worker_id, date(2026, 3, 18), "3000",
                                                        "general_contractor", "bank", "总包代付"))
    view = svc.inspection.view(cid)
    assert view.paid_fen == 6 * 300000 and view.outstanding_fen == 9 * 300000
    assert [b.outstanding_fen for b in view.balances] == [0] * 6 + [300000] * 9
    assert {p.payer_label for p in view.payments} == {"施工总承包单位"}
    assert "paid" not in _kinds(svc, cid)
    assert not _action(view, "decide").allowed and "2026年3月20日" in _action(view, "decide").reason
    assert not _action(view, "close").allowed

    _at(svc, date(2026, 3, 23))  # the payment date passed with 27,000 元 unpaid
    view = svc.inspection.view(cid)
    assert _action(view, "notify_decision").allowed
    issued["inspection.penalty_notice"] = _issue_and_serve(
        svc, cid, "inspection.penalty_notice", date(2026, 3, 23),
        {"decision_text": "责令支付劳动者工资27,000.00元，并加付赔偿金",
         "legal_basis": "《劳动保障监察条例》第二十六条"})
    svc.inspection.act(cid, "notify_decision")
    assert "陈述、申辩" in _action(svc.inspection.view(cid), "decide").reason
    with pytest.raises(RuleError):
        svc.inspection.act(cid, "decide", {"percent": "50"})

    _at(svc, date(2026, 3, 27))  # 3 working days (24, 25, 26 March) ran out
    view = svc.inspection.view(cid)
    low, high = inspection_rules.additional_compensation_range(view.outstanding_fen)
    assert (low, high) == (1350000, 2700000)
    svc.inspection.act(cid, "decide", {"percent": "50"})
    issued["inspection.decision"] = _issue_and_serve(
        svc, cid, "inspection.decision", date(2026, 3, 27), {"percent": "50", "pay_days": "15"})
    view = svc.inspection.view(cid)
    assert view.status == "decided"
    assert [s.state for s in view.steps] == ["done", "done", "done", "done", "current", "todo"]
    decision = [e for e in svc.deadlines.events(cid) if e.kind == "decision_made"][0]
    assert "加付赔偿金50%计13,500.00元" in decision.summary

    _at(svc, date(2026, 4, 1))
    for b in view.balances[6:]:
        svc.inspection.record_payment(cid, PaymentInput(b.worker_id, date(2026, 4, 1), "3000",
                                                        "employer"))
    view = svc.inspection.view(cid)
    assert view.outstanding_fen == 0 and _kinds(svc, cid).count("paid") == 1
    svc.inspection.act(cid, "close", {"reason": "工资已全部支付，处理决定已执行"})
    assert svc.inspection.view(cid).status == "decided"  # waits for the approval
    _approve_all(svc, admin, inspector)
    view = svc.inspection.view(cid)
    assert view.status == "closed" and all(s.state == "done" for s in view.steps)
    assert _action(view, "reopen").allowed

    kinds = [k for k in _kinds(svc, cid) if k not in ("note", "document_issued", "document_served")]
    # serving the 事先告知书 on the day 事先告知 was recorded confirms the step, not repeats it
    assert kinds == ["registered", "accepted", "case_opened", "investigation_extended",
                     "rectification_order_issued", "penalty_notice_served",
                     "decision_made", "decision_served", "paid", "case_closed"]
    docs = {d.id: d for d in svc.documents.documents(cid)}
    assert set(issued) == {"inspection.acceptance_notice", "inspection.inquiry_notice",
                           "inspection.rectification_order", "service_receipt",
                           "inspection.penalty_notice", "inspection.decision"}
    for form_id, ids in issued.items():
        assert ids, form_id
        for i in ids:
            assert docs[i].status == "issued" and len(docs[i].services) == 1, form_id
            assert re.search(r"〔2026〕\d+号", docs[i].number), (form_id, docs[i].number)
    assert docs[issued["inspection.rectification_order"][0]].number.startswith("郑人社监令字〔2026〕")
    assert docs[issued["service_receipt"][0]].number == order.number
    dl = {d.period_code: d for d in svc.deadlines.case_deadlines(cid)}
    assert dl["inspection.investigation"].met_on == date(2026, 3, 27)
    assert dl["inspection.payment_order"].met_on == date(2026, 4, 1)
    with svc.ctx.uow.read() as uow:
        assert audit.verify_chain(uow.session) is None
        actions = [e.action for e in audit_entries(uow.session) if e.case_id == cid]
    assert actions.count("payment.add") == 15
    assert actions.count("document.serve") == sum(len(ids) for ids in issued.values())
    assert actions.count("approval.request") == 2 and actions.count("approval.decide") == 2
    for a in ("inspection.accept", "inspection.issue_order", "inspection.notify_decision",
              "inspection.decide", "inspection.extend_investigation", "inspection.close"):
        assert a in actions


def test_order_ignored_above_the_henan_threshold_goes_to_the_police(migrated_services):
    svc = migrated_services
    items = [ArrearsItemInput(kind="wages", period_from="2025-10", period_to="2026-01", amount="9000")]
    cid = svc.intake.register(intake(workers=[worker(0, items=items)])).case_id
    _at(svc, date(2026, 3, 10))
    svc.inspection.act(cid, "accept")
    svc.inspection.act(cid, "issue_order", {"due_date": "2026-03-20", "payers": "employer"})
    view = svc.inspection.view(cid)
    assert not _action(view, "transfer_to_police").allowed  # the order is still running
    _at(svc, date(2026, 3, 23))
    view = svc.inspection.view(cid)
    assert _action(view, "transfer_to_police").allowed and _action(view, "transfer_to_police").needs_approval
    assert _action(view, "propose_blacklist").allowed  # 45号令 Art. 5(1): the crime amount
    svc.inspection.act(cid, "transfer_to_police", {"reason": "拒不支付劳动报酬，数额较大"})
    svc.inspection.act(cid, "propose_blacklist")
    assert not _action(svc.inspection.view(cid), "propose_blacklist").allowed  # not twice
    with as_role(svc):
        svc.inspection.decide_approval(svc.inspection.pending_approvals()[0].id, True)
    view = svc.inspection.view(cid)
    assert view.status == "transferred"
    assert "transferred_to_police" in _kinds(svc, cid)
    assert any("提请列入失信名单" in e.summary for e in svc.deadlines.events(cid))
    assert _action(view, "close").allowed  # transferred: our part is done
    # 310号令: handed over within 24 hours, the police sign the 移送书's 回执 and decide in 3 days
    dl = {d.period_code: d for d in svc.deadlines.case_deadlines(cid)}
    assert dl["crime.transfer"].due == date(2026, 3, 24)
    assert "不予立案后" in _action(view, "decide").reason
    _at(svc, date(2026, 3, 24))
    [letter] = svc.documents.issue(cid, "inspection.transfer_letter", {"police_name": "郑州市公安局"})[0]
    svc.documents.record_service(letter.id, ServiceInput("direct", "郑州市公安局", date(2026, 3, 24),
                                                         "值班民警签收回执"))
    assert "police_received" in _kinds(svc, cid)  # serving the letter is the police's receipt
    assert not _action(svc.inspection.view(cid), "record_police_receipt").allowed
    dl = {d.period_code: d for d in svc.deadlines.case_deadlines(cid)}
    assert dl["crime.transfer"].met_on == date(2026, 3, 24)
    assert dl["crime.police_decision"].due == date(2026, 3, 27) and dl["crime.police_decision"].duty_label == "其他机关"
    _at(svc, date(2026, 3, 26))
    svc.inspection.act(cid, "record_police_decision",
                       {"outcome": "declined", "document_no": "郑公（经）不立字〔2026〕12号"})
    view = svc.inspection.view(cid)
    assert view.status == "transferred"
    assert {d.period_code: d for d in svc.deadlines.case_deadlines(cid)}[
        "crime.police_decision"].met_on == date(2026, 3, 26)
    # declined: the office goes on, and its own decision needs the 事先告知 first
    assert "事先告知" in _action(view, "decide").reason
    assert any("决定不予立案（郑公（经）不立字〔2026〕12号）" in e.summary for e in svc.deadlines.events(cid))


def test_a_penalty_waits_for_the_hearing_the_party_asked_for(migrated_services):
    """行政处罚法 Arts. 63-65: a hearing asked for within 5 working days of the notice is held
    before the penalty is decided; the handling decision does not wait for it."""
    svc = migrated_services
    cid = svc.intake.register(intake(workers=[worker(0, amount="5000")])).case_id
    _at(svc, date(2026, 3, 10))
    svc.inspection.act(cid, "accept")
    svc.inspection.act(cid, "issue_order", {"due_date": "2026-03-20", "payers": "employer"})
    _at(svc, date(2026, 3, 23))
    assert "事先告知" in _action(svc.inspection.view(cid), "request_hearing").reason
    svc.inspection.act(cid, "notify_decision")
    dl = {d.period_code: d for d in svc.deadlines.case_deadlines(cid)}
    assert dl["inspection.hearing_request"].due == date(2026, 3, 30)
    _at(svc, date(2026, 3, 27))  # 陈述申辩 (3 working days) over, the hearing window is not
    view = svc.inspection.view(cid)
    assert _action(view, "decide").allowed
    assert "2026年3月30日前申请听证" in _action(view, "penalize").reason
    with pytest.raises(ValidationFailed) as e:
        svc.inspection.act(cid, "request_hearing", {"event_date": "2026-03-28"})
    [err] = e.value.errors
    assert message(err.key, **err.params) == "“申请日期”不能晚于今天。"
    svc.inspection.act(cid, "request_hearing", {"event_date": "2026-03-26", "detail": "对罚款数额有异议"})
    dl = {d.period_code: d for d in svc.deadlines.case_deadlines(cid)}
    assert dl["inspection.hearing_request"].met_on == date(2026, 3, 26)
    assert "听证后" in _action(svc.inspection.view(cid), "penalize").reason
    _at(svc, date(2026, 4, 8))
    svc.inspection.act(cid, "hold_hearing", {"opinion": "维持拟作出的处罚"})
    penalize = _action(svc.inspection.view(cid), "penalize")
    assert penalize.allowed
    svc.inspection.act(cid, "penalize", {"article": "《劳动保障监察条例》第三十条", "amount": "5000"})
    kinds = _kinds(svc, cid)
    assert kinds.index("hearing_requested") < kinds.index("penalty_hearing_held") < kinds.index("decision_made")
    assert svc.inspection.view(cid).status == "decided"


def test_below_the_threshold_no_transfer(migrated_services):
    svc = migrated_services
    cid = svc.intake.register(intake(workers=[worker(0, amount="5000")])).case_id
    _at(svc, date(2026, 3, 10))
    svc.inspection.act(cid, "accept")
    svc.inspection.act(cid, "issue_order", {"due_date": "2026-03-20", "payers": "employer"})
    _at(svc, date(2026, 3, 23))
    assert "数额较大" in _action(svc.inspection.view(cid), "transfer_to_police").reason


def test_complaint_over_two_years_old_is_rejected(migrated_services):
    svc = migrated_services
    items = [ArrearsItemInput(kind="wages", period_from="2023-06", period_to="2023-12", amount="6000")]
    cid = svc.intake.register(intake(workers=[worker(0, items=items, employed_to="2023-12-31")])).case_id
    outcome = inspection_rules.acceptance(received_on=date(2026, 3, 9),
                                          violation_ended_on=date(2023, 12, 31), employer_identified=True)
    assert outcome.action == inspection_rules.REJECT
    svc.inspection.act(cid, "reject", {"ground": "time_barred", "detail": "欠薪截至2023年12月"})
    view = svc.inspection.view(cid)
    assert view.status == "rejected"
    assert [s.state for s in view.steps] == ["done", "skipped", "skipped", "skipped", "skipped", "done"]
    dl = {d.period_code: d for d in svc.deadlines.case_deadlines(cid)}
    assert dl["inspection.acceptance"].met_on == date(2026, 3, 10)
