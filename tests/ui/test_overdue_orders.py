"""工作台's 逾期未付的限期改正指令书: shown only when an order's payment date has passed unpaid."""
from __future__ import annotations

from datetime import date

from tests.ui.deadline_builders import register, set_today
from wagecase.domain.money import format_yuan
from wagecase.services.dto import PaymentInput
from wagecase.ui.overdue_orders import OverdueOrdersPanel


def _ordered_case(services, due: date):
    case = register(services)
    services.inspection.act(case.case_id, "accept")
    services.inspection.act(case.case_id, "issue_order",
                            {"due_date": due.isoformat(), "payers": "joint"})
    return case


def test_panel_lists_unpaid_orders_and_opens_the_case(qtbot, services):
    set_today(services, date(2026, 7, 8))
    services.ctx.user_id = services.lookup.officers()[0].id  # register() gives cases to this officer
    case = _ordered_case(services, date(2026, 7, 20))
    panel = OverdueOrdersPanel(services)
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.isHidden()  # the payment date has not come yet

    set_today(services, date(2026, 7, 23))
    panel.refresh()
    assert not panel.isHidden()
    assert panel.title.text() == "逾期未付的限期改正指令书（1件）"
    model = panel.model
    assert model.rowCount() == 1
    texts = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert texts[0] == case.case_number and texts[2] == "2026年7月20日" and texts[3] == "逾期3天"
    assert texts[4] == format_yuan(services.inspection.view(case.case_id).outstanding_fen)
    with qtbot.waitSignal(panel.open_case) as opened:
        panel.view.doubleClicked.emit(model.index(0, 0))
    assert opened.args == [case.case_id]

    # paid in full: the order is no longer overdue and the panel hides itself
    set_today(services, date(2026, 7, 8))
    for b in services.inspection.view(case.case_id).balances:
        services.inspection.record_payment(case.case_id, PaymentInput(
            b.worker_id, date(2026, 7, 8), b.outstanding_text.replace(",", ""), "employer"))
    set_today(services, date(2026, 7, 23))
    panel.refresh()
    assert panel.isHidden() and panel.model.rowCount() == 0


def test_the_workbench_refreshes_the_panel_with_its_lists(qtbot, services):
    from wagecase.ui.main_window import WorkbenchPage

    set_today(services, date(2026, 7, 8))
    services.ctx.user_id = services.lookup.officers()[0].id
    _ordered_case(services, date(2026, 7, 10))
    set_today(services, date(2026, 7, 15))
    page = WorkbenchPage(services)
    qtbot.addWidget(page)
    qtbot.wait(200)  # the case list loads its choices after the first paint
    page._refresh_lists()  # read off the GUI thread (workers.Reloader)
    qtbot.waitUntil(lambda: page.overdue.model.rowCount() == 1)
    assert not page.overdue.isHidden()
