"""The SQL-paged case model: qtmodeltester, sorting, filtering, bounded page cache."""
from __future__ import annotations

from PySide6.QtCore import Qt

from wagecase.services.dto import CaseFilter
from wagecase.ui.case_table_model import AMOUNT_COLUMN, COLUMNS, DATE_COLUMN, CaseTableModel, IdRole, SortRole


def test_model_passes_qtmodeltester(qtmodeltester, demo_services):
    model = CaseTableModel(demo_services.cases)
    assert model.rowCount() == 300
    qtmodeltester.check(model)


def test_model_passes_qtmodeltester_while_sorting_and_filtering(qtmodeltester, demo_services):
    model = CaseTableModel(demo_services.cases)
    qtmodeltester.check(model)
    model.sort(AMOUNT_COLUMN, Qt.SortOrder.AscendingOrder)
    model.set_filter(CaseFilter(case_type="arbitration"))
    model.set_filter(CaseFilter(search="zzzz-nothing"))
    assert model.rowCount() == 0
    model.refresh()


def test_headers_are_chinese_and_amount_is_right_aligned(demo_services):
    model = CaseTableModel(demo_services.cases)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["案号", "类型", "状态", "劳动者", "用人单位", "金额（元）", "收件日期", "承办人", "县区", "下一期限", "审理期限"]
    align = model.data(model.index(0, AMOUNT_COLUMN), Qt.ItemDataRole.TextAlignmentRole)
    assert align & Qt.AlignmentFlag.AlignRight


def test_sort_by_amount_orders_rows(demo_services):
    model = CaseTableModel(demo_services.cases)
    model.sort(AMOUNT_COLUMN, Qt.SortOrder.DescendingOrder)
    fen = [model.data(model.index(r, AMOUNT_COLUMN), SortRole) for r in range(model.rowCount())]
    assert len(fen) == 300
    assert fen == sorted(fen, reverse=True)
    model.sort(AMOUNT_COLUMN, Qt.SortOrder.AscendingOrder)
    fen = [model.data(model.index(r, AMOUNT_COLUMN), SortRole) for r in range(model.rowCount())]
    assert fen == sorted(fen)
    shown = model.data(model.index(0, AMOUNT_COLUMN))
    assert shown == model.row_at(0).claimed_text


def test_sort_by_date_and_case_ids(demo_services):
    model = CaseTableModel(demo_services.cases)
    model.sort(DATE_COLUMN, Qt.SortOrder.AscendingOrder)
    dates = [model.data(model.index(r, DATE_COLUMN), SortRole) for r in range(model.rowCount())]
    assert dates == sorted(dates)
    ids = {model.data(model.index(r, 0), IdRole) for r in range(model.rowCount())}
    assert len(ids) == 300


def test_filter_by_type_narrows_count(demo_services):
    model = CaseTableModel(demo_services.cases)
    model.set_filter(CaseFilter(case_type="inspection"))
    inspection = model.rowCount()
    assert 0 < inspection < 300
    assert all(model.data(model.index(r, 1)) == "监察案件" for r in range(inspection))
    model.set_filter(CaseFilter(case_type="arbitration"))
    assert model.rowCount() == 300 - inspection


def test_pages_are_fetched_on_demand_and_the_cache_is_bounded(demo_services):
    model = CaseTableModel(demo_services.cases)
    model.PAGE_SIZE = 10  # 30 pages from 300 cases
    model.refresh()
    assert model.cached_pages() == 0  # nothing read before a row is asked for
    assert model.data(model.index(299, 0))  # the very last row: one page, not all of them
    assert model.cached_pages() == 1
    for r in range(0, 300, 10):
        assert model.data(model.index(r, 0))
    assert model.cached_pages() == model.MAX_PAGES
    # all columns of one row come from one page: no new read
    for c in range(len(COLUMNS)):
        model.data(model.index(295, c))
    assert model.cached_pages() == model.MAX_PAGES


def test_collective_case_shows_lead_worker_and_count(services, registered_case):
    model = CaseTableModel(services.cases)
    assert model.rowCount() == 1
    assert model.data(model.index(0, 3)) == "郭建军等2人"


def test_next_deadline_column_sorts_in_sql(demo_services):
    # 下一期限: the earliest open stored deadline; cases without one sort last ascending
    from wagecase.services.dto import CaseFilter, CaseSort

    rows = demo_services.cases.page(CaseFilter(), CaseSort("next_due", False), 0, 300)
    dated = [r.next_due for r in rows if r.next_due is not None]
    assert dated and dated == sorted(dated)
    model = CaseTableModel(demo_services.cases)
    column = [h for h, _ in COLUMNS].index("下一期限")
    model.sort(column, Qt.SortOrder.AscendingOrder)
    first = model.data(model.index(0, column), Qt.ItemDataRole.DisplayRole)
    assert first == min(dated).isoformat()
