"""The 办理 tab of an inspection case: step bar, action buttons enabled from the path, the action
and payment dialogs, on real services and a real SQLite file ('today' set on the services' clock)."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.deadline_builders import register, set_today
from wagecase.ui.action_dialog import ActionDialog
from wagecase.ui.case_view import CaseView
from wagecase.ui.payment_dialog import PaymentDialog
from tests.integration.intake_support import as_role

RED = "#c62828"


def _view(qtbot, services, prompts, case_id) -> CaseView:
    view = CaseView(services, prompts, case_id)
    qtbot.addWidget(view)
    view.show()
    return view


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _states(view: CaseView) -> dict[str, str]:
    return {s.label: s.state for s in view.inspection.view.steps}


def _approve_all(services) -> None:
    """Steps a supervisor must approve (立案 may be one of them) take effect: the head decides."""
    with as_role(services):
        for item in services.inspection.pending_approvals():
            services.inspection.decide_approval(item.id, True, "")


def _fill_inputs(dialog: ActionDialog, due: date) -> None:
    """Every field the action asks for gets a plausible value; dates get ``due``."""
    for col in dialog.action.inputs:
        if col.kind == "date":
            dialog.set_value(col.key, due.isoformat())
        elif col.kind == "choice" and col.choices:
            dialog.set_value(col.key, col.choices[0][0])
        elif col.kind in ("money", "int"):
            dialog.set_value(col.key, "1")
        else:
            dialog.set_value(col.key, "经调查核实，用人单位拖欠劳动者工资。")


def _accept(qtbot, view: CaseView, prompts, services) -> None:
    button = view.inspection.action_buttons["accept"]
    action = view.inspection.action("accept")
    prompts.answers = [True]
    with qtbot.waitSignal(view.changed):
        if action.inputs:
            dialog = view.inspection.run_action("accept")
            _fill_inputs(dialog, date(2026, 7, 8))
            _ok(dialog)
        else:
            button.click()
    if action.needs_approval:
        _approve_all(services)
        view.reload()


def _issue_order(qtbot, view: CaseView, due: date) -> None:
    view.inspection.action_buttons["issue_order"].click()
    dialog = view.inspection.dialog
    assert isinstance(dialog, ActionDialog) and dialog.isVisible()
    assert any(col.kind == "date" for col in dialog.action.inputs)
    _fill_inputs(dialog, due)
    with qtbot.waitSignal(view.changed):
        _ok(dialog)


def _inspection_view(qtbot, services, prompts):
    set_today(services, date(2026, 7, 8))
    case = register(services)
    return case, _view(qtbot, services, prompts, case.case_id)


def test_registered_case_shows_its_steps_and_why_actions_wait(qtbot, services, prompts):
    _case, view = _inspection_view(qtbot, services, prompts)
    panel = view.inspection
    assert view.tabs.tabText(0) == "办理" and view.tabs.currentWidget() is panel
    assert not view.deadlines.isHidden()  # the deadlines stay in sight above the tabs
    labels = [s.label for s in panel.view.steps]
    assert labels == ["登记", "受理立案", "调查", "责令改正", "处理决定", "结案"]
    assert panel.view.steps[0].state in ("current", "done")
    assert all(s.state == "todo" for s in panel.view.steps[2:])
    for step in panel.view.steps:
        assert panel.step_labels[step.key].text().endswith(step.label)
    accept = panel.action_buttons["accept"]
    assert accept.isEnabled() and accept.text().startswith("受理并立案")
    decide = panel.action_buttons["decide"]
    assert not decide.isEnabled() and decide.text().startswith("作出行政处理决定")
    assert decide.toolTip() and decide.toolTip() == panel.action("decide").reason
    for action in panel.view.actions:
        if action.needs_approval:
            assert "（需审批）" in panel.action_buttons[action.action].text()
    assert panel.payments_table.isHidden() and not panel.payments_empty.isHidden()
    assert panel.balance_table.rowCount() == 2


def test_accepting_moves_the_step_bar(qtbot, services, prompts):
    _case, view = _inspection_view(qtbot, services, prompts)
    before = _states(view)
    _accept(qtbot, view, prompts, services)
    after = _states(view)
    assert after != before
    assert after["登记"] == "done"
    assert after["受理立案"] in ("done", "current") or after["调查"] == "current"
    assert "✓" in view.inspection.step_labels[view.inspection.view.steps[0].key].text()
    assert not view.inspection.action_buttons.get("accept") or not view.inspection.action_buttons["accept"].isEnabled()
    assert "受理" in view.detail.status_label or view.detail.status_label != "已登记"


def test_order_then_partial_payment_shows_the_balance(qtbot, services, prompts):
    _case, view = _inspection_view(qtbot, services, prompts)
    _accept(qtbot, view, prompts, services)
    _issue_order(qtbot, view, date(2026, 7, 20))
    panel = view.inspection
    assert panel.view.order_due == date(2026, 7, 20)
    assert "2026年7月20日" in panel.summary.text()
    assert _states(view)["责令改正"] in ("current", "done")

    balance = panel.view.balances[0]
    assert panel.pay_button.isEnabled()
    panel.pay_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, PaymentDialog) and dialog.isVisible()
    dialog.set_value("worker_id", str(balance.worker_id))
    dialog.set_value("amount", "5000")
    dialog.set_value("payer", "general_contractor")
    with qtbot.waitSignal(view.changed):
        _ok(dialog)
    panel = view.inspection
    row = next(b for b in panel.view.balances if b.worker_id == balance.worker_id)
    assert row.paid_fen == 500_000 and row.outstanding_fen == balance.owed_fen - 500_000
    r = [b.worker_id for b in panel.view.balances].index(balance.worker_id)
    assert panel.balance_table.item(r, 2).text() == row.paid_text
    assert panel.balance_table.item(r, 3).text() == row.outstanding_text
    assert panel.balance_table.item(r, 3).foreground().color().name() == RED
    assert panel.payments_table.rowCount() == 1 and not panel.payments_table.isHidden()
    assert panel.payments_table.item(0, 3).text() == "施工总承包单位"
    assert panel.payments_table.item(0, 1).text() == balance.name
    assert view.detail.status != "closed"  # a partial payment keeps the case open


def test_refused_input_keeps_the_dialogs_open(qtbot, services, prompts):
    _case, view = _inspection_view(qtbot, services, prompts)
    _accept(qtbot, view, prompts, services)
    _issue_order(qtbot, view, date(2026, 7, 20))
    panel = view.inspection
    panel.pay_button.click()
    dialog = panel.dialog
    dialog.set_value("amount", "一千元")
    _ok(dialog)
    assert dialog.isVisible() and dialog.result() == 0
    error = dialog.rows.errors["amount"]
    assert not error.isHidden() and error.text()
    assert any("\u4e00" <= ch <= "\u9fff" for ch in error.text())  # a Chinese sentence
    assert not dialog.errors.isHidden()
    assert dialog.amount.text() == "一千元"  # nothing typed is lost
    assert services.inspection.view(view.case_id).payments == ()
    dialog.reject()


def test_refused_action_keeps_the_action_dialog_open(qtbot, services, prompts):
    _case, view = _inspection_view(qtbot, services, prompts)
    _accept(qtbot, view, prompts, services)
    view.inspection.action_buttons["issue_order"].click()
    dialog = view.inspection.dialog
    # a payment date before today is no order at all
    _fill_inputs(dialog, date(2026, 1, 5))
    status = view.detail.status
    _ok(dialog)
    assert dialog.isVisible()
    assert not dialog.errors.isHidden() and dialog.errors.text()
    assert services.cases.detail(view.case_id).status == status
    dialog.reject()


def test_hearing_request_through_the_panel_holds_back_the_penalty(qtbot, services, prompts):
    """事先告知 → 登记听证申请 (date left empty: today) → the penalty button says to wait."""
    _case, view = _inspection_view(qtbot, services, prompts)
    _accept(qtbot, view, prompts, services)
    _issue_order(qtbot, view, date(2026, 7, 10))
    set_today(services, date(2026, 7, 13))
    view.reload()
    panel = view.inspection
    assert not panel.action_buttons["request_hearing"].isEnabled()
    assert "事先告知" in panel.action_buttons["request_hearing"].toolTip()
    prompts.answers = [True]
    with qtbot.waitSignal(view.changed):
        if panel.action("notify_decision").inputs:
            dialog = panel.run_action("notify_decision")
            _ok(dialog)
        else:
            panel.action_buttons["notify_decision"].click()
    panel = view.inspection
    assert panel.action_buttons["request_hearing"].isEnabled()
    panel.action_buttons["request_hearing"].click()
    dialog = panel.dialog
    assert isinstance(dialog, ActionDialog) and dialog.windowTitle() == "登记听证申请"
    dialog.set_value("detail", "对拟罚款数额有异议")
    with qtbot.waitSignal(view.changed):
        _ok(dialog)
    panel = view.inspection
    penalize = panel.action_buttons["penalize"]
    assert not penalize.isEnabled() and "听证后" in penalize.toolTip()
    assert panel.action_buttons["hold_hearing"].isEnabled()
    events = services.deadlines.events(view.case_id)
    assert any(e.kind == "hearing_requested" and e.event_date == date(2026, 7, 13) for e in events)


def test_the_pending_approval_line_names_who_asked_and_who_decides(qtbot, services, prompts):
    _case, view = _inspection_view(qtbot, services, prompts)
    _accept(qtbot, view, prompts, services)
    view.inspection.action_buttons["extend_investigation"].click()
    dialog = view.inspection.dialog
    dialog.set_value("reason", "涉及劳动者人数多，需核对考勤记录")
    with qtbot.waitSignal(view.changed):
        _ok(dialog)
    line = view.inspection.approvals_line
    assert not line.isHidden()
    me = services.users.current().display_name
    assert line.text() == f"待审批：延长调查期限（{me}于2026年7月8日提交，待科室负责人审批）"
    with as_role(services):  # once the office has a head, the line names the head
        pass
    view.reload()
    assert view.inspection.approvals_line.text() == f"待审批：延长调查期限（{me}于2026年7月8日提交，待郑国栋审批）"


def test_a_change_on_another_workstation_is_shown_and_what_was_typed_kept(qtbot, services, prompts, db_url,
                                                                        tmp_path):
    from wagecase import bootstrap

    _case, view = _inspection_view(qtbot, services, prompts)
    _accept(qtbot, view, prompts, services)
    other = bootstrap.build(db_url, data_dir=tmp_path / "other")  # the second workstation
    other.ctx.clock = services.ctx.clock
    other.legal_aid.explain(view.case_id, date(2026, 7, 8), "王强")  # while the case is on screen here
    dialog = view.inspection.run_action("extend_investigation")
    dialog.set_value("reason", "涉及劳动者人数多，需核对考勤记录")
    _ok(dialog)
    assert dialog.isVisible() and not dialog.errors.isHidden()
    text = dialog.errors.text()
    assert text.startswith("本案已被其他工作站的用户修改：07-08 12:00 系统管理员 ") and "由王强告知" in text
    assert dialog.inputs()["reason"] == "涉及劳动者人数多，需核对考勤记录"  # nothing typed is lost
    with qtbot.waitSignal(view.changed):
        _ok(dialog)  # seen: the request goes through on the case as it now is
    other.ctx.uow.engine.dispose()
