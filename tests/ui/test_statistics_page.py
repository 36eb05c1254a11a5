"""The 统计 area on the known month (tests/integration/stats_support): the report built off the
GUI thread, a table and its chart on screen, a figure double-clicked (or its bar clicked) opens
exactly the cases it counts, the workbook exported matches the screen; the supervisor's
科室概况 on 工作台."""
from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt

from tests.integration.stats_support import NOW_UTC, build_march
from wagecase.domain.statistics import PeriodKind
from wagecase.services.stats_export import sheet_name
from wagecase.ui.stats_table_model import DRILL_ROLE, StatsTableModel
from wagecase.ui.statistics_page import StatisticsPage
from wagecase.ui.supervisor_panel import SupervisorPanel


@pytest.fixture
def march(services):
    services.ctx.clock = lambda: NOW_UTC
    ids = build_march(services)
    return services, ids


@pytest.fixture
def page(qtbot, march, prompts):
    services, _ids = march
    p = StatisticsPage(services, prompts)
    qtbot.addWidget(p)
    p.resize(1300, 800)
    p.show()
    return p


def _build(qtbot, page, **period) -> None:
    page.chooser.set_period(**period)
    with qtbot.waitSignal(page.report_ready, timeout=20000):
        page.build_button.click()
    page.operation.wait(5000)


def _cell(page, row: int, col: int) -> str:
    return page.model.data(page.model.index(row, col))


def test_the_month_is_built_and_shown_a_table_at_a_time(qtbot, page):
    _build(qtbot, page, kind=PeriodKind.MONTH, year=2026, month=3)
    assert "2026年3月（全部地区）：收案 5 件，结案 3 件，为劳动者追回工资 33,000.00 元" in page.message.text()
    assert page.contents.count() == 16 and page.contents.currentRow() == 0
    assert (_cell(page, 0, 0), _cell(page, 0, 1), _cell(page, 2, 0), _cell(page, 2, 4)) == \
        ("监察案件", "3", "合计", "182,000.00")
    assert page.chart.isVisible() and page.chart.bar_count() == 2
    page.contents.setCurrentRow(13)  # 法定期限执行情况（按期限）
    assert page.table_title.text().startswith("十四、法定期限执行情况")
    assert _cell(page, page.model.rowCount() - 1, 6) == "50.0%"
    assert not page.chart.isVisible()  # this table draws no chart


def test_a_figure_opens_exactly_the_cases_it_counts(qtbot, page, march):
    _build(qtbot, page, kind=PeriodKind.MONTH, year=2026, month=3)
    page.contents.setCurrentRow(2)  # by county: 金水区 first
    assert _cell(page, 0, 0) == "金水区" and _cell(page, 0, 1) == "3"
    dialog = page.drill(0, 1)
    qtbot.addWidget(dialog)
    assert dialog.model.total() == 3
    numbers = {dialog.model.data(dialog.model.index(r, 0)) for r in range(3)}
    assert numbers == {"测C1", "测C3", "测C6"}
    assert "金水区" in dialog.windowTitle() and "收案数（件）：3" in dialog.windowTitle()
    opened = []
    dialog.open_case.connect(opened.append)
    page.open_case.connect(opened.append)
    dialog.view.doubleClicked.emit(dialog.model.index(0, 0))
    assert len(opened) == 2 and opened[0] == opened[1]  # the page passes it on to the window


def test_enter_on_a_figure_drills_too(qtbot, page):
    _build(qtbot, page, kind=PeriodKind.MONTH, year=2026, month=3)
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(2, 1))  # 合计 · 收案数
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    dialog = page.drill_windows[-1]
    qtbot.addWidget(dialog)
    assert dialog.model.total() == 5


def test_a_bar_click_drills_like_its_figure(qtbot, page):
    _build(qtbot, page, kind=PeriodKind.MONTH, year=2026, month=3)
    page.contents.setCurrentRow(8)  # recovered by payer: the chart is of the amount
    bar = page.chart.bar_rect(1)  # 施工总承包单位
    qtbot.mouseClick(page.chart, Qt.MouseButton.LeftButton, pos=QPoint(int(bar.center().x()), int(bar.center().y())))
    dialog = page.drill_windows[-1]
    qtbot.addWidget(dialog)
    assert dialog.model.total() == 1 and dialog.model.data(dialog.model.index(0, 0)) == "测C2"


def test_the_area_and_a_quarter(qtbot, page):
    page.area.setCurrentIndex(page.area.findData("410105"))
    _build(qtbot, page, kind=PeriodKind.QUARTER, year=2026, quarter=1)
    assert page.message.text().startswith("2026年第一季度（金水区）：收案 4 件")  # C1 C3 C6 and February's C5


def test_reversed_dates_are_explained_and_nothing_is_built(qtbot, page):
    from datetime import date

    page.chooser.set_period(PeriodKind.CUSTOM, start=date(2026, 3, 31), end=date(2026, 3, 1))
    page.build_button.click()
    assert "早于开始日期" in page.message.text()
    assert page.operation is None and page.report is None and not page.xlsx_button.isEnabled()


def test_the_exported_workbook_matches_the_screen(qtbot, page, prompts, tmp_path):
    _build(qtbot, page, kind=PeriodKind.MONTH, year=2026, month=3)
    prompts.files.append(str(tmp_path / "三月"))
    page.export("xlsx")
    qtbot.waitUntil(lambda: any(k == "info" for k, _t, _x in prompts.log), timeout=20000)
    page.operation.wait(5000)
    wb = load_workbook(Path(tmp_path / "三月.xlsx"))
    for index, table in enumerate(page.report.tables):
        page.contents.setCurrentRow(index)
        ws = wb[sheet_name(table)]
        for r in range(page.model.rowCount()):
            assert ws.cell(row=5 + r, column=1).value == _cell(page, r, 0)
            for c, col in enumerate(table.columns, start=1):
                shown, stored = _cell(page, r, c), ws.cell(row=5 + r, column=c + 1).value
                if col.kind == "money":
                    assert f"{stored:,.2f}" == shown
                elif col.kind == "rate":
                    assert ("—" if stored is None else f"{stored * 100:.1f}%") == shown
                else:
                    assert f"{stored:,}" == shown


def test_the_table_model(qtmodeltester, march):
    services, _ids = march
    from wagecase.domain.statistics import month_period

    model = StatsTableModel()
    model.set_table(services.statistics.report(month_period(2026, 3)).table("compliance"))
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0), DRILL_ROLE) is None  # the row name is not a figure
    assert model.data(model.index(0, 1), DRILL_ROLE) is not None
    assert model.data(model.index(model.rowCount() - 1, 0), Qt.ItemDataRole.FontRole).bold()


def test_the_supervisor_overview_on_the_workbench(qtbot, march):
    services, ids = march
    assert SupervisorPanel.wanted(services)  # the default user is the administrator
    panel = SupervisorPanel(services)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.refreshed, timeout=20000):
        panel.refresh()
        panel.refresh()  # asked again while counting: counted once more afterwards
    qtbot.waitUntil(lambda: not panel.busy, timeout=20000)
    assert panel.cards["open"].value.text() == "4" and panel.cards["overdue"].value.text() == "2"
    assert panel.cards["recovered"].value.text() == "500.00" and panel.cards["workers"].value.text() == "1"
    _view, model = panel.tables["due_by_officer"]
    assert model.data(model.index(0, 0)) in ("王强", "未指定承办人")
    qtbot.mouseClick(panel.cards["overdue"], Qt.MouseButton.LeftButton)
    dialog = panel.drill_windows[-1]
    qtbot.addWidget(dialog)
    assert {dialog.model.data(dialog.model.index(r, 0)) for r in range(dialog.model.total())} == {"测C2", "测C4"}
    services.ctx.user_id = ids["lina"]  # an inspector: no overview
    assert not SupervisorPanel.wanted(services)


def test_the_statistics_area_is_reachable_from_the_window(qtbot, window):
    window.show_page("statistics")
    assert isinstance(window.page("statistics"), StatisticsPage)
    assert window.page("workbench").supervisor is not None
