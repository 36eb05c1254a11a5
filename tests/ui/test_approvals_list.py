"""工作台's 我的待审批: a 结案 that needs a supervisor waits in the list and is approved there."""
from __future__ import annotations

from datetime import date

from tests.ui.deadline_builders import register, set_today
from tests.ui.test_inspection_panel import _accept, _issue_order, _ok, _view
from wagecase.ui.approvals_list import ApprovalsPanel
from tests.integration.intake_support import as_role


def _paid_in_full(qtbot, services, prompts):
    set_today(services, date(2026, 7, 8))
    case = register(services)
    view = _view(qtbot, services, prompts, case.case_id)
    _accept(qtbot, view, prompts, services)
    _issue_order(qtbot, view, date(2026, 7, 20))
    for balance in view.inspection.view.balances:
        view.inspection.pay_button.click()
        dialog = view.inspection.dialog
        dialog.set_value("worker_id", str(balance.worker_id))
        dialog.set_value("amount", balance.outstanding_text.replace(",", ""))
        dialog.set_value("payer", "employer")
        with qtbot.waitSignal(view.changed):
            _ok(dialog)
    assert view.inspection.view.outstanding_fen == 0
    return case, view


def _request_close(qtbot, view, prompts) -> None:
    panel = view.inspection
    action = panel.action("close")
    assert action.allowed and action.needs_approval, action.reason
    assert "（需审批）" in panel.action_buttons["close"].text()
    if action.inputs:
        from tests.ui.test_inspection_panel import _fill_inputs

        panel.action_buttons["close"].click()
        _fill_inputs(panel.dialog, date(2026, 7, 8))
        with qtbot.waitSignal(view.changed):
            _ok(panel.dialog)
    else:
        prompts.answers = [True]
        with qtbot.waitSignal(view.changed):
            panel.action_buttons["close"].click()


def test_close_waits_for_approval_and_is_approved_from_the_list(qtbot, services, prompts):
    case, view = _paid_in_full(qtbot, services, prompts)
    _request_close(qtbot, view, prompts)
    assert view.detail.status != "closed"
    assert not view.inspection.approvals_line.isHidden()
    assert "结案" in view.inspection.approvals_line.text()
    assert view.inspection.approvals_line.text().startswith("待审批：")

    panel = ApprovalsPanel(services, prompts)
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.isHidden()  # the administrator does not approve: nothing waits for this user
    head = enter_as_head(services)
    panel.refresh()
    assert not panel.isHidden()
    rows = [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())]
    assert case.case_number in rows
    r = rows.index(case.case_number)
    assert panel.table.item(r, 1).text() == "结案"
    with qtbot.waitSignal(panel.open_case) as opened:
        panel.table.doubleClicked.emit(panel.table.model().index(r, 0))
    assert opened.args == [case.case_id]
    panel.table.selectRow(r)
    with qtbot.waitSignal(panel.changed):
        panel.approve_button.click()
    assert services.cases.detail(case.case_id).status == "closed"
    assert panel.isHidden()  # nothing waits any more
    view.reload()
    assert view.inspection.approvals_line.isHidden()
    assert view.inspection.view.steps[-1].state in ("done", "current")


def test_returning_asks_a_reason_and_keeps_the_case_open(qtbot, services, prompts):
    case, view = _paid_in_full(qtbot, services, prompts)
    _request_close(qtbot, view, prompts)
    enter_as_head(services)
    panel = ApprovalsPanel(services, prompts)
    qtbot.addWidget(panel)
    panel.refresh()
    prompts.texts = [None]
    panel.send_back()  # cancelled: nothing decided
    assert services.inspection.pending_approvals()
    prompts.texts = ["结案材料不全，请补充支付凭证。"]
    with qtbot.waitSignal(panel.changed):
        panel.send_back()
    assert ("text", "退回", f"退回“结案”（{case.case_number}）的理由：") in prompts.log
    assert services.cases.detail(case.case_id).status != "closed"
    assert not services.inspection.pending_approvals()


def test_workbench_shows_approvals_only_when_some_wait(qtbot, window):
    from wagecase.ui.main_window import WorkbenchPage

    page = window.page("workbench")
    assert isinstance(page, WorkbenchPage)
    assert page.approvals.isHidden() == (not window.services.inspection.pending_approvals())


def enter_as_head(services) -> int:
    """From here on the test acts as the office's 科室负责人 (created the first time)."""
    with as_role(services) as head:
        pass
    services.ctx.user_id = head
    return head
