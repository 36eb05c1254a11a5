"""工作台's 我的期限: the officer's overdue and soon-due deadlines, opening a case from a row."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.deadline_builders import add_event, register, set_today
from wagecase.ui.app import describe_database
from wagecase.ui.due_list import EMPTY_HINT, DueTableModel
from wagecase.ui.main_window import MainWindow, WorkbenchPage


@pytest.fixture
def make_window(qtbot, services, prompts, db_url):
    def make() -> MainWindow:
        win = MainWindow(prompts)
        qtbot.addWidget(win)
        win.attach(services, describe_database(db_url))
        win.show()
        qtbot.waitExposed(win)
        return win
    return make


def _due(win):
    page = win.page("workbench")
    assert isinstance(page, WorkbenchPage)
    return page.due


@pytest.fixture
def two_cases(services):
    """Case A accepted 7月10日: two 5-working-day duties overdue on 7月20日;
    case B accepted 7月15日: the same two due on 7月22日, within 3 working days."""
    set_today(services, date(2026, 7, 20))
    a, b = register(services, "arbitration"), register(services, "arbitration")
    add_event(services, a.case_id, "accepted", date(2026, 7, 10))
    add_event(services, b.case_id, "accepted", date(2026, 7, 15))
    return a, b


def test_overdue_first_in_red_then_due_soon(qtbot, make_window, two_cases):
    a, b = two_cases
    win = make_window()  # keep it: qtbot holds widgets only weakly
    due = _due(win)
    qtbot.waitUntil(lambda: due.model.rowCount() == 4)
    assert due.title.text() == "我的期限：逾期2项，3个工作日内到期2项"
    model = due.model
    rows = [model.row_at(r) for r in range(4)]
    assert [r.case_id for r in rows] == [a.case_id, a.case_id, b.case_id, b.case_id]
    assert [r.state for r in rows] == ["overdue", "overdue", "due_soon", "due_soon"]
    assert model.index(0, 0).data() == a.case_number
    assert model.index(0, 1).data().endswith("诉 河南豫顺劳务有限公司")
    assert model.index(0, 5).data() == "已逾期"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b91c1c"
    assert model.index(2, 0).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#92400e"
    assert model.index(2, 4).data() == "剩余2个工作日"
    assert model.index(2, 3).data(Qt.ItemDataRole.ToolTipRole) == rows[2].basis_text
    assert not due.view.isHidden() and due.empty.isHidden()


def test_double_click_and_enter_open_the_case(qtbot, make_window, two_cases):
    a, b = two_cases
    win = make_window()
    due = _due(win)
    qtbot.waitUntil(lambda: due.model.rowCount() == 4)
    view = due.view
    where = view.visualRect(due.model.index(0, 2)).center()
    # Qt 6 opens on a double-click only where the press happened: press first, as a hand does
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    with qtbot.waitSignal(win.case_opened) as opened:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened.args == [a.case_id]
    assert win.tabs.count() == 2 and win.tabs.tabText(1) == a.case_number

    win.tabs.setCurrentIndex(0)
    view.setFocus()
    view.setCurrentIndex(due.model.index(3, 0))
    with qtbot.waitSignal(win.case_opened) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [b.case_id]
    assert win.tabs.count() == 3


def test_empty_list_says_so(qtbot, make_window, services, registered_case):
    # registered 7月6日: its 受理审查期限 ends 7月13日, more than 3 working days after 7月7日
    set_today(services, date(2026, 7, 7))
    win = make_window()
    due = _due(win)
    qtbot.waitUntil(lambda: due.loaded)
    assert due.model.rowCount() == 0
    assert due.empty.text() == EMPTY_HINT and not due.empty.isHidden() and due.view.isHidden()
    assert due.title.text() == "我的期限"


def test_the_list_follows_a_change_made_in_a_case(qtbot, make_window, two_cases):
    a, _b = two_cases
    win = make_window()
    due = _due(win)
    qtbot.waitUntil(lambda: due.model.rowCount() == 4)
    view = win.open_case(a.case_id)
    dialog = view.add_event()
    dialog.kind.setCurrentIndex(dialog.kind.findData("application_served"))
    dialog.event_date.setDate(QDate(2026, 7, 17))
    with qtbot.waitSignal(view.changed):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    # 申请书副本送达 met; 答辩期限 is the party's and runs to 7月31日 (the list re-reads on the
    # next turn of the event loop, after the case view has painted)
    qtbot.waitUntil(lambda: due.model.rowCount() == 3)
    assert due.title.text() == "我的期限：逾期1项，3个工作日内到期2项"
    win.tabs.setCurrentIndex(0)  # coming back reads again (showEvent), still one query
    assert due.model.rowCount() == 3


def test_due_model(qtmodeltester, services, two_cases):
    model = DueTableModel()
    model.set_rows(list(reversed(services.deadlines.due_for_officer())))
    assert model.row_at(0).state == "overdue"
    qtmodeltester.check(model)
    model.sort(3, Qt.SortOrder.DescendingOrder)
    assert model.row_at(0).state == "due_soon"
    qtmodeltester.check(model)


def test_a_refresh_keeps_the_column_the_user_sorted_by(qtbot, make_window, two_cases):
    win = make_window()
    due = _due(win)
    qtbot.waitUntil(lambda: due.model.rowCount() == 4)
    due.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # 案号, newest first
    before = [due.model.case_id(r) for r in range(due.model.rowCount())]
    assert before == sorted(before, reverse=True) and len(set(before)) == 2
    due.refresh()
    after = [due.model.case_id(r) for r in range(due.model.rowCount())]
    assert after == before
    assert due.view.horizontalHeader().sortIndicatorSection() == 0
