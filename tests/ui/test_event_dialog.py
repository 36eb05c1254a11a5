"""The add/edit procedural event dialog: its fields, its anchor date, and refusals that keep
everything the officer typed."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from tests.ui.deadline_builders import register, set_today
from tests.ui.intake_builders import type_text
from wagecase.ui.event_dialog import EventDialog


def _dialog(qtbot, services, prompts, case, case_type: str) -> EventDialog:
    dialog = EventDialog(services, prompts, case.case_id, case_type)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_fields_follow_the_case_type_and_the_clock(qtbot, services, prompts):
    set_today(services, date(2026, 7, 20))
    case = register(services, "inspection")
    dialog = _dialog(qtbot, services, prompts, case, "inspection")
    labels = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    expected = [c.label for c in services.deadlines.event_choices("inspection")]
    assert labels == expected and "受理" in labels and "立案" in labels
    assert dialog.event_date.date() == QDate(2026, 7, 20)
    assert dialog.event_date.displayFormat() == "yyyy-MM-dd" and dialog.event_date.calendarPopup()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "确定"
    # the anchor date only for kinds that have one, labelled by the service
    dialog.kind.setCurrentIndex(dialog.kind.findData("accepted"))
    assert dialog.anchor.isHidden()
    dialog.kind.setCurrentIndex(dialog.kind.findData("rectification_order_issued"))
    assert not dialog.anchor.isHidden() and dialog.anchor_label.text() == "支付期限："


def test_an_order_with_its_payment_date_is_saved(qtbot, services, prompts):
    set_today(services, date(2026, 7, 20))
    case = register(services, "inspection")
    dialog = _dialog(qtbot, services, prompts, case, "inspection")
    dialog.kind.setCurrentIndex(dialog.kind.findData("rectification_order_issued"))
    dialog.event_date.setDate(QDate(2026, 7, 15))
    dialog.anchor.setDate(QDate(2026, 7, 31))
    type_text(qtbot, dialog.summary, "豫人社监令〔2026〕12号")
    with qtbot.waitSignal(dialog.accepted):
        _ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.changes.case_ids == (case.case_id,)
    saved = [e for e in services.deadlines.events(case.case_id) if e.kind == "rectification_order_issued"]
    assert len(saved) == 1
    assert saved[0].payload == {"due_date": "2026-07-31"}
    assert saved[0].summary == "豫人社监令〔2026〕12号"
    names = [d.name for d in services.deadlines.case_deadlines(case.case_id)]
    assert "限期支付期限" in names


def test_a_refused_date_keeps_the_dialog_open_with_everything_typed(qtbot, services, prompts):
    set_today(services, date(2026, 7, 20))
    case = register(services, "arbitration")
    dialog = _dialog(qtbot, services, prompts, case, "arbitration")
    dialog.kind.setCurrentIndex(dialog.kind.findData("hearing_scheduled"))
    dialog.event_date.setDate(QDate(2026, 7, 25))  # after today
    dialog.anchor.setDate(QDate(2026, 7, 22))  # and before the step itself
    dialog.summary.setText("第一仲裁庭")
    _ok(dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.errors.isHidden()
    text = dialog.errors.text()
    assert len(text.splitlines()) == 2 and "Error" not in text and "payload" not in text
    assert "2026年7月25日" in text
    assert "border" in dialog.event_date.styleSheet() and "border" in dialog.anchor.styleSheet()
    # nothing lost, nothing written
    assert dialog.kind.currentData() == "hearing_scheduled"
    assert dialog.event_date.date() == QDate(2026, 7, 25)
    assert dialog.summary.text() == "第一仲裁庭"
    assert not [e for e in services.deadlines.events(case.case_id) if e.kind == "hearing_scheduled"]
    assert not prompts.log  # a field problem is shown in place, not in a message box

    dialog.event_date.setDate(QDate(2026, 7, 20))
    dialog.anchor.setDate(QDate(2026, 8, 10))
    with qtbot.waitSignal(dialog.accepted):
        _ok(dialog)
    saved = [e for e in services.deadlines.events(case.case_id) if e.kind == "hearing_scheduled"]
    assert saved[0].payload == {"hearing_date": "2026-08-10"} and saved[0].summary == "第一仲裁庭"


def test_editing_fills_in_the_event(qtbot, services, prompts):
    from tests.ui.deadline_builders import add_event

    set_today(services, date(2026, 7, 20))
    case = register(services, "arbitration")
    add_event(services, case.case_id, "hearing_scheduled", date(2026, 7, 14), "第二仲裁庭",
              hearing_date=date(2026, 8, 3))
    event = next(e for e in services.deadlines.events(case.case_id) if e.kind == "hearing_scheduled")
    dialog = EventDialog(services, prompts, case.case_id, "arbitration", event)
    qtbot.addWidget(dialog)
    assert dialog.kind.currentData() == "hearing_scheduled"
    assert dialog.event_date.date() == QDate(2026, 7, 14)
    assert dialog.anchor.date() == QDate(2026, 8, 3) and dialog.anchor_label.text() == "开庭日期："
    assert dialog.summary.text() == "第二仲裁庭"
