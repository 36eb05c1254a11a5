"""InspectionService on a real migrated SQLite database: guards, approvals, payments."""
from __future__ import annotations

from datetime import date

import pytest

from wagecase.domain.errors import RuleError, ValidationFailed
from wagecase.domain.messages import message
from wagecase.services import audit
from wagecase.services.dto import PaymentInput
from wagecase.storage.models import User
from .intake_support import NOW_UTC, as_role, intake, migrated_services, officer_id, worker  # noqa: F401


def _register(svc, **kw) -> int:
    return svc.intake.register(intake(**kw)).case_id


def _action(view, name):
    return next(a for a in view.actions if a.action == name)


def _events(svc, case_id):
    return [e.kind for e in svc.deadlines.events(case_id)]


def test_accept_records_both_steps_and_starts_the_investigation(migrated_services):
    svc = migrated_services
    cid = _register(svc)
    view = svc.inspection.view(cid)
    assert [s.state for s in view.steps] == ["current", "todo", "todo", "todo", "todo", "todo"]
    assert _action(view, "accept").allowed and not _action(view, "decide").allowed
    svc.inspection.act(cid, "accept")
    view = svc.inspection.view(cid)
    assert view.status == "investigating"
    assert [s.state for s in view.steps][:3] == ["done", "done", "current"]
    assert {"accepted", "case_opened"} <= set(_events(svc, cid))
    codes = {d.period_code: d for d in svc.deadlines.case_deadlines(cid)}
    assert codes["inspection.acceptance"].state == "met"
    assert codes["inspection.investigation"].due == date(2026, 6, 5)


def test_refused_action_says_why_and_writes_nothing(migrated_services):
    svc = migrated_services
    cid = _register(svc)
    with pytest.raises(RuleError) as e:
        svc.inspection.act(cid, "decide", {"percent": "50"})
    assert "不能作出行政处理决定" in message(e.value.key, **e.value.params)
    assert svc.inspection.view(cid).status == "registered"


def test_issue_order_validates_its_inputs(migrated_services):
    svc = migrated_services
    cid = _register(svc)
    svc.inspection.act(cid, "accept")
    view = svc.inspection.view(cid)
    keys = [c.key for c in _action(view, "issue_order").inputs]
    assert keys == ["due_date", "payers"]
    with pytest.raises(ValidationFailed) as e:
        svc.inspection.act(cid, "issue_order", {"due_date": "2026-03-01", "payers": "employer"})
    assert [err.field for err in e.value.errors] == ["due_date"]
    svc.inspection.act(cid, "issue_order", {"due_date": "2026-03-20", "payers": "employer"})
    view = svc.inspection.view(cid)
    assert view.status == "ordered" and view.order_due == date(2026, 3, 20)


def test_construction_order_names_the_general_contractor_jointly(migrated_services):
    svc = migrated_services
    cid = _register(svc, construction=True)
    svc.inspection.act(cid, "accept")
    col = _action(svc.inspection.view(cid), "issue_order").inputs[1]
    assert col.choices[0][0] == "joint" and "河南省第一建筑工程集团有限责任公司" in col.choices[0][1]


def test_payments_are_checked_and_balances_follow(migrated_services):
    svc = migrated_services
    cid = _register(svc, workers=[worker(0), worker(1)])
    svc.inspection.act(cid, "accept")
    view = svc.inspection.view(cid)
    w0 = view.balances[0].worker_id
    with pytest.raises(ValidationFailed) as e:
        svc.inspection.record_payment(cid, PaymentInput(w0, date(2026, 3, 11), "5000", "general_contractor"))
    assert {err.field for err in e.value.errors} == {"amount", "paid_on", "payer"}
    svc.inspection.record_payment(cid, PaymentInput(w0, date(2026, 3, 10), "1000", "employer"))
    view = svc.inspection.view(cid)
    assert view.balances[0].outstanding_fen == 200000 and view.outstanding_fen == 500000
    assert view.payments[0].payer_label == "用人单位" and "paid" not in _events(svc, cid)
    svc.inspection.record_payment(cid, PaymentInput(w0, date(2026, 3, 10), "2000", "employer"))
    svc.inspection.record_payment(cid, PaymentInput(view.balances[1].worker_id, date(2026, 3, 10),
                                                    "3000", "wage_account"))
    view = svc.inspection.view(cid)
    assert view.outstanding_fen == 0 and "paid" in _events(svc, cid)
    assert not _action(view, "record_payment").allowed
    # paid in full during the investigation: 撤销立案 or 结案
    assert _action(view, "withdraw_case").allowed and _action(view, "close").allowed


def test_approvals_need_a_supervisor_and_are_listed(migrated_services):
    svc = migrated_services
    cid = _register(svc)
    svc.inspection.act(cid, "accept")
    admin = svc.ctx.user_id
    svc.ctx.user_id = officer_id(svc)
    svc.inspection.act(cid, "extend_investigation", {"reason": "案情复杂"})
    view = svc.inspection.view(cid)
    # no head of office yet: the line says who must decide, not an administrator
    assert view.approvals_pending == ("延长调查期限（李娜于2026年3月10日提交，待科室负责人审批）",)
    with as_role(svc) as head:
        pass
    assert svc.inspection.view(cid).approvals_pending == (
        "延长调查期限（李娜于2026年3月10日提交，待郑国栋审批）",)
    assert not _action(view, "extend_investigation").allowed
    assert svc.inspection.pending_approvals() == []  # an inspector sees none
    svc.ctx.user_id = admin
    assert svc.inspection.pending_approvals() == []  # nor does the administrator
    svc.ctx.user_id = head
    [approval] = svc.inspection.pending_approvals()
    for who in (officer_id(svc), admin):
        svc.ctx.user_id = who
        with pytest.raises(RuleError) as e:
            svc.inspection.decide_approval(approval.id, True)
        assert e.value.key == "permission.denied" and "科室负责人可以办理" in message(e.value.key, **e.value.params)
    svc.ctx.user_id = head
    svc.inspection.decide_approval(approval.id, True, "同意")
    assert "investigation_extended" in _events(svc, cid)
    codes = {d.period_code: d for d in svc.deadlines.case_deadlines(cid)}
    assert codes["inspection.investigation"].extended
    view = svc.inspection.view(cid)
    assert not _action(view, "extend_investigation").allowed
    assert "一次" in _action(view, "extend_investigation").reason
    with pytest.raises(RuleError):
        svc.inspection.decide_approval(approval.id, True)


def test_refused_approval_changes_nothing(migrated_services):
    svc = migrated_services
    cid = _register(svc)
    svc.inspection.act(cid, "accept")
    svc.inspection.act(cid, "extend_investigation", {"reason": "案情复杂"})
    with as_role(svc):
        [approval] = svc.inspection.pending_approvals()
        svc.inspection.decide_approval(approval.id, False, "不同意")
    assert "investigation_extended" not in _events(svc, cid)
    assert _action(svc.inspection.view(cid), "extend_investigation").allowed


def test_supplement_round_trip_and_reject(migrated_services):
    svc = migrated_services
    cid = _register(svc)
    with pytest.raises(ValidationFailed):
        svc.inspection.act(cid, "request_supplement", {})
    svc.inspection.act(cid, "request_supplement", {"missing": "用人单位地址"})
    assert svc.inspection.view(cid).status == "supplement_requested"
    svc.inspection.act(cid, "receive_supplement")
    assert svc.inspection.view(cid).status == "registered"
    svc.inspection.act(cid, "reject", {"ground": "in_proceedings"})
    view = svc.inspection.view(cid)
    assert view.status == "rejected" and all(not a.allowed for a in view.actions)
    assert _events(svc, cid)[-1] == "rejected"


def test_reopen_needs_a_reason_and_clears_closed_at(migrated_services):
    svc = migrated_services
    cid = _register(svc)
    svc.inspection.act(cid, "accept")
    w = svc.inspection.view(cid).balances[0].worker_id
    svc.inspection.record_payment(cid, PaymentInput(w, date(2026, 3, 10), "3000", "employer"))
    svc.inspection.act(cid, "withdraw_case", {"reason": "已改正"})
    assert svc.inspection.view(cid).status == "closed"
    with pytest.raises(ValidationFailed):
        svc.inspection.act(cid, "reopen", {})
    svc.inspection.act(cid, "reopen", {"reason": "劳动者反映仍有拖欠"})
    assert svc.inspection.view(cid).status == "investigating"
    with svc.ctx.uow.read() as uow:
        assert audit.verify_chain(uow.session) is None


def test_the_decision_document_orders_only_what_is_still_owed(migrated_services):
    """行政处理决定书 (条例 Art. 26): 加付赔偿金 on what is still unpaid, not on the claim."""
    import io

    import docx

    svc = migrated_services
    cid = _register(svc)  # one worker, 3,000 元 claimed
    svc.inspection.act(cid, "accept")
    worker_id = svc.inspection.view(cid).balances[0].worker_id
    svc.inspection.record_payment(cid, PaymentInput(worker_id, date(2026, 3, 10), "1000", "employer"))
    draft = svc.documents.preview(cid, "inspection.decision", "docx",
                                  inputs={"percent": "50", "pay_days": "15"})
    document = docx.Document(io.BytesIO(draft.data))
    text = "".join(p.text for p in document.paragraphs) + "".join(
        c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "2,000.00" in text  # 3,000 claimed − 1,000 paid
    assert "1,000.00" in text  # 50% of what is still owed


def test_the_order_document_takes_the_payment_date_recorded_with_the_order(migrated_services):
    """下达限期改正指令书 records the 支付期限; the document issued afterwards prints that date."""
    import io

    import docx

    svc = migrated_services
    cid = _register(svc)
    svc.inspection.act(cid, "accept")
    svc.inspection.act(cid, "issue_order", {"due_date": "2026-03-20", "payers": "employer"})
    (doc,), _ = svc.documents.issue(cid, "inspection.rectification_order")
    document = docx.Document(io.BytesIO(svc.documents.file(doc.id, "docx").data))
    assert "2026年3月20日" in "".join(p.text for p in document.paragraphs)
    # a date typed at issue time still wins
    draft = svc.documents.preview(cid, "inspection.rectification_order", "docx",
                                  inputs={"due_date": "2026-03-25"})
    assert "2026年3月25日" in "".join(p.text for p in docx.Document(io.BytesIO(draft.data)).paragraphs)


def test_overdue_orders_list_unpaid_orders_past_their_date(migrated_services):
    """工作台's 逾期未付的限期改正指令书: past the order's date with money still owed."""
    from datetime import datetime

    svc = migrated_services
    officer = officer_id(svc)
    unpaid = _register(svc, officer_id=officer)  # one worker, 3,000 元
    paid = _register(svc, officer_id=officer, workers=[worker(1)])
    not_due = _register(svc, officer_id=officer, workers=[worker(2)])
    for cid, due in ((unpaid, "2026-03-20"), (paid, "2026-03-20"), (not_due, "2026-04-30")):
        svc.inspection.act(cid, "accept")
        svc.inspection.act(cid, "issue_order", {"due_date": due, "payers": "employer"})
    w = svc.inspection.view(unpaid).balances[0].worker_id
    svc.inspection.record_payment(unpaid, PaymentInput(w, date(2026, 3, 10), "1000", "employer"))
    w = svc.inspection.view(paid).balances[0].worker_id
    svc.inspection.record_payment(paid, PaymentInput(w, date(2026, 3, 10), "3000", "employer"))
    assert svc.inspection.overdue_orders(officer) == []  # 10 March: nothing has run out yet
    svc.ctx.clock = lambda: datetime(2026, 3, 25, 2, 0)
    [row] = svc.inspection.overdue_orders(officer)
    assert row.case_id == unpaid and row.due == date(2026, 3, 20) and row.days_overdue == 5
    assert row.outstanding_fen == 200000 and row.outstanding_text == "2,000.00"
    assert row.due_text == "2026年3月20日" and row.case_number
    assert svc.inspection.overdue_orders() == []  # the administrator has no such case
