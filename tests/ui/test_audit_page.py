"""设置 → 操作日志 and the case's own entries: the page lists, filters and pages the log, 核验完整性
runs off the GUI thread and says what it found (also after raw-SQL tampering), 导出… writes the
workbook and is logged, a role without the permission gets a note; the case view's 显示操作日志
lists the case's entries; printing and saving an issued document land in the log."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import text

from tests.ui.deadline_builders import set_today
from wagecase.storage.models import AuditEntry, User
from wagecase.ui.audit_page import AuditPage, AuditTableModel
from wagecase.ui.case_view import CaseView
from wagecase.ui.settings_page import SettingsPage


@pytest.fixture
def history(services, registered_case):
    """Registered, accepted, a cover issued: a few entries of one case, and a second user."""
    set_today(services, date(2026, 7, 8))
    services.users.create("wangfang", "王芳", "clerk", "Henan2026x")
    services.inspection.act(registered_case.case_id, "accept")
    services.documents.issue(registered_case.case_id, "case_cover")
    return registered_case


@pytest.fixture
def page(qtbot, services, prompts, history):
    p = AuditPage(services, prompts)
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.show()
    qtbot.waitExposed(p)
    return p


def cells(page: AuditPage, col: int) -> list[str]:
    m = page.model
    return [m.data(m.index(r, col)) for r in range(m.rowCount())]


def entry_count(services) -> int:
    with services.ctx.uow.read() as uow:
        return uow.session.query(AuditEntry).count()


def as_user(services, role: str, username: str) -> int:
    from datetime import datetime

    with services.ctx.uow.write() as uow:
        user = User(username=username, display_name=f"{role}用户", role=role, active=True,
                    created_at=datetime(2026, 7, 1))
        uow.session.add(user)
        uow.session.flush()
        uid = user.id
        uow.commit()
    services.ctx.user_id = uid
    return uid


def test_the_model_passes_qtmodeltester(qtmodeltester, page):
    qtmodeltester.check(page.model)
    assert isinstance(page.model, AuditTableModel)


def test_the_page_lists_the_log_newest_first_in_chinese(page, services, history):
    assert not page.table.isHidden() and page.read_only.isHidden()
    assert page.model.rowCount() == entry_count(services)
    actions = cells(page, 2)
    assert actions[0] == "签发文书" and "登记案件" in actions and "监察：受理并立案" in actions
    assert "新增用户" in actions
    assert [page.model.headerData(c, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
            for c in range(6)] == ["时间", "用户", "操作", "对象", "案号", "内容"]
    register_row = actions.index("登记案件")
    assert cells(page, 4)[register_row] == history.case_number
    assert cells(page, 1)[register_row] == "系统管理员"
    assert "请求金额" in cells(page, 5)[register_row] and "{" not in cells(page, 5)[register_row]
    page.table.selectRow(register_row)
    assert "登记案件" in page.detail.text() and history.case_number in page.detail.text()
    assert page.page_label.text().startswith("第 1 页")
    assert not page.prev_button.isEnabled() and not page.next_button.isEnabled()


def test_filters_narrow_the_list(page, services, history):
    total = page.model.rowCount()
    page.group.setCurrentIndex(page.group.findData("login"))  # nobody logged in here
    assert page.model.rowCount() == 0 and page.page_label.text() == "没有符合条件的记录"
    page.group.setCurrentIndex(page.group.findData("cases"))
    assert cells(page, 2) == ["登记案件"]
    page.group.setCurrentIndex(0)
    page.case_number.setText(history.case_number[-8:])
    page.search_button.click()
    assert page.model.rowCount() == 3 and set(cells(page, 4)) == {history.case_number}
    page.case_number.clear()
    page.search_button.click()
    assert page.model.rowCount() == total
    page.user.setCurrentIndex(page.user.findText("王芳"))
    assert page.model.rowCount() == 0  # 王芳 has done nothing yet
    page.user.setCurrentIndex(0)
    page.by_date.setChecked(True)
    page.date_from.setDate(page.date_from.date().fromString("2026-07-09", "yyyy-MM-dd"))
    page.date_to.setDate(page.date_to.date().fromString("2026-07-10", "yyyy-MM-dd"))
    assert page.model.rowCount() == 0  # everything happened on the 8th
    page.date_from.setDate(page.date_from.date().fromString("2026-07-08", "yyyy-MM-dd"))
    page.date_to.setDate(page.date_to.date().fromString("2026-07-08", "yyyy-MM-dd"))
    assert page.model.rowCount() == 3  # 王芳's creation, the acceptance, the cover (registered earlier)
    page.date_from.setDate(page.date_from.date().fromString("2026-07-09", "yyyy-MM-dd"))
    assert "早于开始日期" in page.load_error.text() and not page.load_error.isHidden()


def test_pages_go_forward_and_back(page, services):
    total = entry_count(services)
    page.page_size = 2
    page.search()
    assert page.model.rowCount() == 2 and page.next_button.isEnabled() and not page.prev_button.isEnabled()
    assert page.page_label.text() == "第 1 页（第 1–2 条）"
    seen = cells(page, 0)
    while page.next_button.isEnabled():
        page.next_button.click()
        seen += cells(page, 0)
    assert len(seen) == total and page.page_no == (total - 1) // 2
    page.prev_button.click()
    assert page.page_no == (total - 1) // 2 - 1 and page.next_button.isEnabled()


def test_verify_runs_off_the_gui_thread_and_says_the_result(qtbot, page, prompts, services):
    op = page.verify()
    assert op is not None and not page.verify_button.isEnabled()
    qtbot.waitUntil(lambda: page.operation is None, timeout=20_000)
    assert page.result is not None and page.result.ok
    kind, title, said = prompts.log[-1]
    assert (kind, title) == ("info", "核验操作日志")
    assert said.startswith(f"操作日志完整：共 {entry_count(services)} 条") and page.status.text() == said
    # someone edits an entry behind the program's back
    with services.ctx.uow.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entries SET after = '{}' WHERE id = 2"))
    page.verify()
    qtbot.waitUntil(lambda: page.operation is None, timeout=20_000)
    kind, _title, said = prompts.log[-1]
    assert kind == "warning" and "第 2 号（" in said and "无法核验" in said
    assert not page.result.ok and page.verify_button.isEnabled()


def test_export_writes_the_workbook_through_the_prompts_and_is_logged(qtbot, page, prompts, services, tmp_path):
    from openpyxl import load_workbook

    before = entry_count(services)
    out = tmp_path / "日志.xlsx"
    prompts.files = [str(out)]
    page.group.setCurrentIndex(page.group.findData("documents"))
    page.export()
    qtbot.waitUntil(lambda: page.operation is None, timeout=20_000)
    assert prompts.log[-2][0] == "save_file" and prompts.log[-1][0] == "info" and str(out) in prompts.log[-1][2]
    rows = list(load_workbook(out).active.iter_rows(min_row=2, values_only=True))
    assert [r[3] for r in rows] == ["签发文书"]
    assert entry_count(services) == before + 1
    page.group.setCurrentIndex(0)
    assert cells(page, 2)[0] == "导出操作日志"


def test_a_role_without_the_permission_sees_a_note_and_no_entries(qtbot, services, prompts, history):
    as_user(services, "inspector", "zhao")
    p = AuditPage(services, prompts)
    qtbot.addWidget(p)
    p.show()
    assert not p.read_only.isHidden() and "科室负责人和管理员" in p.read_only.text()
    assert not p.table.isVisible() and not p.verify_button.isVisible() and p.model.rowCount() == 0
    assert p.verify() is None and p.export() is None


def test_the_head_of_section_reads_the_log(qtbot, services, prompts, history):
    as_user(services, "supervisor", "zheng")
    p = AuditPage(services, prompts)
    qtbot.addWidget(p)
    p.show()
    assert p.read_only.isHidden() and p.model.rowCount() == entry_count(services)


def test_settings_opens_the_page(qtbot, services, prompts, history):
    settings = SettingsPage(services, prompts)
    qtbot.addWidget(settings)
    settings.resize(1200, 760)
    settings.show()
    page = settings.show_page("audit")
    assert isinstance(page, AuditPage) and settings.stack.currentWidget() is page


# ---- the case view --------------------------------------------------------------------------

@pytest.fixture
def view(qtbot, services, prompts, history):
    v = CaseView(services, prompts, history.case_id)
    qtbot.addWidget(v)
    v.resize(1100, 760)
    v.show()
    return v


def test_the_case_timeline_shows_its_audit_entries_on_request(view):
    before = view.timeline_table.rowCount()
    assert view.audit_section.isHidden()
    view.tabs.setCurrentIndex(view.timeline_index)
    view.audit_toggle.setChecked(True)
    assert not view.audit_section.isHidden()
    t = view.audit_table
    assert [t.item(r, 2).text() for r in range(t.rowCount())] == ["登记案件", "监察：受理并立案", "签发文书"]
    assert t.item(1, 1).text() == "系统管理员" and t.item(1, 0).text().startswith("2026-07-08")
    assert view.audit_caption.text() == "操作日志（3 条，按时间先后）"
    assert view.timeline_table.rowCount() == before  # the 办理记录 itself is unchanged
    assert view.tabs.tabText(view.timeline_index) == f"办理记录（{before}）"
    view.show_personal()  # the reveal is logged, and the list follows
    assert t.item(t.rowCount() - 1, 2).text() == "查看完整号码"
    view.audit_toggle.setChecked(False)
    assert view.audit_section.isHidden()


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_printing_and_saving_an_issued_document_is_logged(qtbot, view, prompts, services, tmp_path):
    tab = view.show_documents()
    tab.reload()
    tab.select_ids([tab.docs[0].id])
    preview = tab.print_selected()
    assert services.audit_log.case_entries(view.case_id)[-1].action == "document.issue"  # not yet printed
    printer = pdf_printer(tmp_path / "printed.pdf")
    printer.setCopyCount(2)
    preview.paintRequested.emit(printer)
    preview.close()
    last = services.audit_log.case_entries(view.case_id)[-1]
    assert last.action_label == "打印文书" and "份数：2" in last.summary and tab.docs[0].number in last.summary
    prompts.files = [str(tmp_path / "封面.pdf")]
    assert tab.save_as() == tmp_path / "封面.pdf"
    last = services.audit_log.case_entries(view.case_id)[-1]
    assert last.action_label == "另存文书" and "封面.pdf" in last.summary
    tab.open_url = lambda url: True
    tab.open_file("docx")
    assert services.audit_log.case_entries(view.case_id)[-1].action == "document.open"


def test_a_batch_print_logs_each_document(qtbot, view, prompts, services, tmp_path):
    services.documents.issue(view.case_id, "inspection.complaint_register")
    tab = view.show_documents()
    tab.reload()
    tab.select_ids(d.id for d in tab.docs)
    prompts.printers = [pdf_printer(tmp_path / "batch.pdf")]
    tab.print_selected()
    qtbot.waitUntil(lambda: tab.batch is None, timeout=30_000)
    printed = [e for e in services.audit_log.case_entries(view.case_id) if e.action == "document.print"]
    assert len(printed) == 2 and {d.number for d in tab.docs} <= {p.entity_text.split(" ", 1)[1] for p in printed}


def test_printing_a_draft_is_logged_too(qtbot, view, prompts, services, tmp_path):
    """A draft carries the case's people on paper as the document would: its print is recorded
    against the case (the form, the copies), a preview never printed is not."""
    tab = view.show_documents()
    tab.reload()
    tab.select_form("inspection.complaint_register")
    before = len(services.audit_log.case_entries(view.case_id))
    preview = tab.preview_form()
    assert len(services.audit_log.case_entries(view.case_id)) == before
    printer = pdf_printer(tmp_path / "draft.pdf")
    printer.setCopyCount(3)
    preview.paintRequested.emit(printer)
    preview.close()
    last = services.audit_log.case_entries(view.case_id)[-1]
    assert last.action == "document.print_draft" and last.action_label == "打印文书草稿"
    assert "份数：3" in last.summary and "投诉登记表" in last.summary
