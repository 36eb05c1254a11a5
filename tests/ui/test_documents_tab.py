"""文书 on the case view: issue through the dialog, a refused 签发 keeps what was typed, service
records, 作废 with a reason, opening/saving files and printing (PDF output, offscreen)."""
from __future__ import annotations

from datetime import date

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel

from tests.ui.deadline_builders import add_event, set_today
from wagecase.ui.case_view import CaseView


@pytest.fixture
def view(qtbot, services, prompts, registered_case):
    set_today(services, date(2026, 7, 8))
    v = CaseView(services, prompts, registered_case.case_id)
    qtbot.addWidget(v)
    v.show()
    return v


def column(table, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def issue(qtbot, view, form_id: str, **values: str):
    tab = view.show_documents()
    tab.select_form(form_id)
    dialog = tab.issue_form()
    for key, value in values.items():
        dialog.set_value(key, value)
    with qtbot.waitSignal(view.changed):
        dialog.issue_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    return dialog


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_issue_through_the_dialog_shows_the_document(qtbot, view, registered_case, tmp_path):
    tab = view.show_documents()
    titles = [tab.form_combo.itemText(i) for i in range(tab.form_combo.count())]
    assert "投诉登记表" in titles and "案卷封面" in titles
    assert not tab.empty.isHidden() and tab.table.isHidden()
    timeline_before = view.timeline_table.rowCount()

    dialog = issue(qtbot, view, "inspection.complaint_register")
    assert [d.title for d in dialog.issued] == ["投诉登记表"]
    assert column(tab.table, 0) == ["投诉登记表"]
    assert column(tab.table, 1) == [registered_case.case_number]  # the form carries the 案号
    assert column(tab.table, 4) == ["系统管理员"]
    assert column(tab.table, 6) == ["未送达"]
    assert view.timeline_table.rowCount() > timeline_before  # recorded on the case
    # the new document is selected: its actions are ready
    assert tab.selected_documents()[0].id == dialog.issued[0].id
    assert tab.open_pdf_button.isEnabled() and tab.print_button.isEnabled()

    opened = []
    tab.open_url = lambda url: opened.append(url.toLocalFile()) or True
    pdf = tab.open_file("pdf")
    assert pdf.parent == tmp_path / "tmp" and pdf.read_bytes().startswith(b"%PDF")
    docx = tab.open_file("docx")
    assert docx.suffix == ".docx" and docx.read_bytes().startswith(b"PK")
    assert opened == [str(pdf), str(docx)]

    target = tmp_path / "out" / "登记表.docx"
    target.parent.mkdir()
    tab._prompts.files = [str(target)]
    assert tab.save_as() == target and target.read_bytes().startswith(b"PK")


def test_refused_issue_keeps_the_dialog_and_what_was_typed(qtbot, view, prompts):
    tab = view.show_documents()
    tab.select_form("service_receipt")
    dialog = tab.issue_form()
    dialog.set_value("served_to", "郭建军")
    dialog.set_value("note", "当面交付")
    dialog.issue_button.click()  # 送达文书名称 left empty
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    below = dialog.findChild(QLabel, "error_served_title")
    assert below is not None and not below.isHidden() and below.text()
    assert any("\u4e00" <= ch <= "\u9fff" for ch in below.text())
    assert "送达文书名称" in dialog.errors.text() or dialog.rows.labels["served_title"] in dialog.errors.text()
    assert tab.table.rowCount() == 0  # nothing half-written
    assert dialog.inputs()["served_to"] == "郭建军" and dialog.inputs()["note"] == "当面交付"

    dialog.set_value("served_title", "投诉受理通知书")
    with qtbot.waitSignal(view.changed):
        dialog.issue_button.click()
    assert column(tab.table, 0) == ["送达回证"]


def test_service_record_appears_and_voided_documents_are_locked(qtbot, view, services, prompts,
                                                              registered_case):
    add_event(services, registered_case.case_id, "accepted", date(2026, 7, 7))
    view.reload()
    issue(qtbot, view, "inspection.acceptance_notice")
    tab = view.documents
    doc = tab.current_document()
    assert doc is not None and "号" in doc.number

    dialog = tab.record_service()
    dialog.set_method("post")
    dialog.recipient.setText("郭建军")
    dialog.proof.setText("EMS 1234567890")
    with qtbot.waitSignal(view.changed):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert "邮寄送达" in column(tab.table, 6)[0] and "郭建军" in column(tab.table, 6)[0]
    assert tab.docs[0].services[0].proof == "EMS 1234567890"

    # 作废 needs a reason: an empty one is refused before anything is asked or written
    tab.select_ids([doc.id])
    prompts.texts = ["  "]
    assert tab.void() is False
    assert prompts.log[-1][0] == "error" and "作废原因" in prompts.log[-1][2]
    assert tab.docs[0].status != "voided"
    # a reason, then 否 at the confirmation: still nothing
    prompts.texts = ["文号填写有误"]
    prompts.answers = [False]
    assert tab.void() is False and tab.docs[0].status != "voided"
    prompts.texts = ["文号填写有误"]
    prompts.answers = [True]
    with qtbot.waitSignal(view.changed):
        assert tab.void() is True
    assert tab.docs[0].status == "voided" and tab.docs[0].void_reason == "文号填写有误"
    tab.select_ids([doc.id])
    assert not tab.serve_button.isEnabled() and not tab.void_button.isEnabled()
    assert not tab.print_button.isEnabled() and tab.open_pdf_button.isEnabled()


def test_print_preview_prints_the_stored_document(qtbot, view, tmp_path):
    issue(qtbot, view, "case_cover")
    tab = view.documents
    preview = tab.print_selected()
    data = view._services.documents.file(tab.current_document().id, "pdf").data
    expected = len(pypdf.PdfReader(__import__("io").BytesIO(data)).pages)
    out = tmp_path / "printed.pdf"
    preview.paintRequested.emit(pdf_printer(out))
    assert preview.painted == expected and len(pypdf.PdfReader(str(out)).pages) == expected
    preview.close()


def test_batch_print_of_several_documents(qtbot, view, prompts, tmp_path):
    issue(qtbot, view, "case_cover")
    issue(qtbot, view, "inspection.complaint_register")
    tab = view.documents
    tab.select_ids(d.id for d in tab.docs)
    assert tab.print_button.text() == "打印（2 份）…"
    out = tmp_path / "batch.pdf"
    prompts.printers = [pdf_printer(out)]
    batch = tab.print_selected()
    qtbot.waitUntil(lambda: tab.batch is None, timeout=30_000)
    assert batch.completed and batch.out.pages >= 2
    assert len(pypdf.PdfReader(str(out)).pages) == batch.out.pages


def test_preview_of_a_draft_stores_nothing(qtbot, view):
    tab = view.show_documents()
    tab.select_form("inspection.complaint_register")
    preview = tab.preview_form()
    assert preview is not None and preview.data.startswith(b"%PDF")
    preview.close()
    tab.reload()
    assert tab.table.rowCount() == 0


def test_a_service_receipt_is_prefilled_from_the_selected_document(qtbot, view):
    notice = issue(qtbot, view, "inspection.acceptance_notice").issued[0]
    tab = view.show_documents()
    assert [d.id for d in tab.selected_documents()] == [notice.id]  # selected after issuing
    tab.select_form("service_receipt")
    dialog = tab.issue_form()
    values = dialog.inputs()
    assert (values["served_title"], values["served_number"]) == ("投诉受理通知书", notice.number)
    assert values["served_to"] == notice.recipient
    dialog.reject()


def test_the_order_dialog_starts_from_the_recorded_payment_date(qtbot, view, services, registered_case):
    services.inspection.act(registered_case.case_id, "accept")
    services.inspection.act(registered_case.case_id, "issue_order",
                            {"due_date": "2026-07-20", "payers": "joint"})
    tab = view.show_documents()
    tab.select_form("inspection.rectification_order")
    dialog = tab.issue_form()
    assert dialog.inputs()["due_date"] == "2026-07-20"
    dialog.reject()


def test_ctrl_p_prints_the_selected_documents_and_nothing_while_printing_is_refused(qtbot, view, prompts,
                                                                                  tmp_path):
    from PySide6.QtCore import Qt

    issue(qtbot, view, "case_cover")
    issue(qtbot, view, "inspection.complaint_register")
    tab = view.documents
    tab.select_ids([])
    assert not tab.print_button.isEnabled()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert tab.batch is None and not prompts.printers  # nothing selected: 打印 is disabled
    tab.select_ids(d.id for d in tab.docs)
    out = tmp_path / "ctrl-p.pdf"
    prompts.printers = [pdf_printer(out)]
    qtbot.keyClick(tab.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert tab.batch is not None
    qtbot.waitUntil(lambda: tab.batch is None, timeout=30_000)
    assert len(pypdf.PdfReader(str(out)).pages) >= 2
