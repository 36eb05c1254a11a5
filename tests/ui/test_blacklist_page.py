"""The 失信名单 page with pytest-qt: the tabs list listings by stage and page, a row opens its
case, and 导出公示名单 writes .xlsx / PDF through scripted prompts."""
from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pypdf import PdfReader

from tests.integration.test_publication import OLD_REP_ID, REMOVED_ON, REP_ID, seed_listings
from wagecase.domain.identifiers import mask_id
from wagecase.services.publication import PublicationService
from wagecase.ui import blacklist_page
from wagecase.ui.blacklist_page import BlacklistPage, ExportDialog

from .conftest import construction_intake

NOW = datetime(2026, 11, 28, 2, 0)  # 10:00 in Zhengzhou


@pytest.fixture
def seeded(services):
    services.ctx.clock = lambda: NOW
    if not hasattr(type(services), "publication"):  # until the facade exposes it
        services.publication = PublicationService(services.ctx)
    case_id = services.intake.register(construction_intake(None)).case_id
    seed_listings(services, case_id)
    return services, case_id


@pytest.fixture
def page(qtbot, seeded, prompts):
    services, _case_id = seeded
    widget = BlacklistPage(services, prompts)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _texts(page) -> list[list[str]]:
    m = page.model
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_tabs_list_listings_by_stage(page, qtmodeltester):
    qtmodeltester.check(page.model)
    assert page.tabs.tabText(0) == "已列入（2）"
    assert page.published_label.text() == "今日公示 1 家"  # 未来之星 is decided on 2026-12-01
    assert page.tabs.tabText(2) == "已移出/已撤销（2）"
    rows = _texts(page)
    assert {r[0] for r in rows} == {"郑州宏远建筑劳务有限公司", "郑州未来之星劳务有限公司"}
    hongyuan = next(r for r in rows if r[0] == "郑州宏远建筑劳务有限公司")
    assert hongyuan[1] == "刘建国（法定代表人）、马德福"
    assert hongyuan[2:5] == ["2026年3月2日", "2029年3月2日", "已列入"]
    assert hongyuan[5]  # the case number
    page.show_tab("removed")
    assert {r[0] for r in _texts(page)} == {"河南安泰建设工程有限公司", "郑州博雅装饰工程有限公司"}
    assert any(r[4] == "已移出（2026年11月20日）" for r in _texts(page))
    page.show_tab("procedure")
    assert [r[0] for r in _texts(page)] == ["洛阳百川餐饮管理有限公司"]
    page.show_tab("declined")
    assert [r[4] for r in _texts(page)] == ["不予列入"]


def test_double_click_opens_the_case(page, seeded, qtbot):
    _services, case_id = seeded
    row = next(i for i, r in enumerate(_texts(page)) if r[0] == "郑州宏远建筑劳务有限公司")
    where = page.view.visualRect(page.model.index(row, 0)).center()
    # Qt 6 opens on a double-click only where the press happened: press first, as a hand does
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    with qtbot.waitSignal(page.open_case) as blocker:
        qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert blocker.args == [case_id]


def test_pages_through_a_long_tab(page, monkeypatch):
    monkeypatch.setattr(blacklist_page, "PAGE_SIZE", 1)
    page.refresh()
    assert page.model.rowCount() == 1 and page.page_label.text() == "共 2 条，第 1/2 页"
    first = _texts(page)[0][0]
    assert not page.prev_button.isEnabled() and page.next_button.isEnabled()
    page.next_button.click()
    assert page.page_label.text() == "共 2 条，第 2/2 页" and _texts(page)[0][0] != first
    assert not page.next_button.isEnabled()


def _wait_export(qtbot, page, prompts):
    qtbot.waitUntil(lambda: any(kind in ("info", "error") and title == "导出公示名单"
                                for kind, title, _text in prompts.log), timeout=20000)
    page.operation.wait(5000)


def test_export_writes_xlsx_through_the_prompts(page, prompts, qtbot, tmp_path):
    target = tmp_path / "公示名单"  # no suffix: the format's is added
    prompts.files.append(str(target))
    page.export_to(date(2026, 11, 19), "xlsx")
    _wait_export(qtbot, page, prompts)
    written = tmp_path / "公示名单.xlsx"
    assert prompts.log[-1] == ("info", "导出公示名单", f"已导出截至2026年11月19日的公示名单：\n{written}")
    ws = load_workbook(io.BytesIO(written.read_bytes())).active
    cells = [c for row in ws.iter_rows(values_only=True) for c in row]
    assert mask_id(REP_ID) in cells and mask_id(OLD_REP_ID) in cells
    assert REP_ID not in cells and "王秀梅" in cells
    assert page.export_button.isEnabled()


def test_export_dialog_asks_date_and_format_then_writes_pdf(page, prompts, qtbot, tmp_path):
    target = tmp_path / "名单.pdf"
    prompts.files.append(str(target))

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        assert dialog.choice() == (date(2026, 11, 28), "xlsx")  # today, Excel first
        dialog.findChild(type(dialog.formats.button(1)), "format_pdf").setChecked(True)
        dialog.date.setDate(REMOVED_ON)
        dialog.accept()

    QTimer.singleShot(0, answer)
    page.export_button.click()
    _wait_export(qtbot, page, prompts)
    assert ("save_file", "导出公示名单", "PDF 文件 (*.pdf)") in prompts.log
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages).replace(" ", "")
    assert "截至2026年11月20日" in text and mask_id(REP_ID) in text and "王秀梅" not in text


def test_export_cancelled_at_the_file_question_writes_nothing(page, prompts, tmp_path):
    page.export_to(date(2026, 11, 28), "pdf")  # no file answer scripted: cancelled
    assert page.operation is None and not list(tmp_path.glob("*.pdf"))


def test_an_unwritable_path_is_explained_in_chinese(page, prompts, qtbot, tmp_path):
    prompts.files.append(str(tmp_path / "没有这个文件夹" / "名单.xlsx"))
    page.export_to(date(2026, 11, 28), "xlsx")
    _wait_export(qtbot, page, prompts)
    kind, _title, text = prompts.log[-1]
    assert kind == "error" and "无法写入文件" in text and "没有这个文件夹" in text
