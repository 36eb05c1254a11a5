"""Opening a case from a list: the case list and 工作台's due list share one view behaviour."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from wagecase.ui.case_list import CaseListPage
from wagecase.ui.case_table_view import CaseOpeningTableView


def test_double_click_and_enter_on_the_case_list_open_the_case(qtbot, services, registered_case):
    page = CaseListPage(services, "全部案件")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    # the filter choices load on the first turn of the event loop: let them, before teardown
    qtbot.waitUntil(lambda: page.filter_bar.county.count() > 1)
    view = page.view
    assert page.model.rowCount() == 1
    where = view.visualRect(page.model.index(0, 0)).center()
    # Qt 6 opens on a double-click only where the press happened: press first, as a hand does
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    with qtbot.waitSignal(page.open_case) as opened:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened.args == [registered_case.case_id]

    view.setFocus()
    view.setCurrentIndex(page.model.index(0, 2))
    with qtbot.waitSignal(page.open_case) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert opened.args == [registered_case.case_id]


def test_a_model_without_case_ids_opens_nothing(qtbot):
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem("x"))
    view = CaseOpeningTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    with qtbot.assertNotEmitted(view.open_requested):
        qtbot.keyClick(view, Qt.Key.Key_Return)
        view.doubleClicked.emit(model.index(0, 0))
