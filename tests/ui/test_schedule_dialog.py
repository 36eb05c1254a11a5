"""安排开庭 / 延期开庭 driven through the dialog on a real database: a booking, a room double
booking and an arbitrator double booking refused under their fields with the dialog kept open."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from tests.integration.intake_support import NOW_UTC
from tests.integration.test_hearings import arbitration_case, slot
from wagecase.services.hearings import HearingService
from wagecase.ui.schedule_dialog import ScheduleDialog

FRI = date(2026, 3, 20)


@pytest.fixture
def svc(services):
    services.ctx.clock = lambda: NOW_UTC  # Tuesday 2026-03-10, 10:00 in Zhengzhou
    return services


def _dialog(qtbot, svc, prompts, case_id, postpone=False):
    dlg = ScheduleDialog(svc, prompts, case_id, postpone=postpone)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _fill(dlg, qtbot, day=FRI, start="09:00", end="11:00", room="第一仲裁庭"):
    dlg.set_room(room)
    dlg.date.setDate(QDate(day.year, day.month, day.day))
    for edit, text in ((dlg.start, start), (dlg.end, end)):
        edit.clear()
        qtbot.keyClicks(edit, text)


def test_scheduling_through_the_dialog(qtbot, svc, prompts):
    cid = arbitration_case(svc)
    dlg = _dialog(qtbot, svc, prompts, cid)
    assert [dlg.room.itemText(i) for i in range(dlg.room.count())] == ["第一仲裁庭", "第二仲裁庭", "第三仲裁庭"]
    assert dlg.hearing_input().hearing_date == date(2026, 3, 18)  # the notice still fits
    assert not dlg.warning.isVisible()
    _fill(dlg, qtbot, start="9:30", end="11:30")
    dlg.note.insert("请双方携带证据原件")  # keyClicks only types ASCII
    with qtbot.waitSignal(dlg.accepted, timeout=3000):
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.changes is not None and dlg.changes.case_ids == (cid,)
    [h] = HearingService(svc.ctx).for_case(cid)
    assert h.time_text == "2026年3月20日 09:30—11:30" and h.room_name == "第一仲裁庭"


def test_a_room_double_booking_is_refused_under_the_room(qtbot, svc, prompts):
    first = arbitration_case(svc, ("赵丽娟",), n=1)
    second = arbitration_case(svc, ("钱伟",), n=2)
    HearingService(svc.ctx).schedule(first, slot(svc))
    number = HearingService(svc.ctx).for_case(first)[0].case_number
    dlg = _dialog(qtbot, svc, prompts, second)
    _fill(dlg, qtbot, start="10:00", end="12:00")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and dlg.changes is None
    under_room = dlg.rows.errors["room_id"]
    assert under_room.isVisible()
    assert under_room.text().startswith(f"第一仲裁庭在2026年3月20日09:00—11:00已安排{number}开庭")
    assert dlg.errors.isVisible() and f"已安排{number}开庭" in dlg.errors.text()
    # nothing typed is lost
    assert (dlg.start.text(), dlg.end.text(), dlg.room.currentText()) == ("10:00", "12:00", "第一仲裁庭")
    # another room at the same time is fine
    dlg.set_room("第二仲裁庭")
    with qtbot.waitSignal(dlg.accepted, timeout=3000):
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert HearingService(svc.ctx).for_case(second)[0].room_name == "第二仲裁庭"


def test_an_arbitrator_double_booking_across_cases_is_refused(qtbot, svc, prompts):
    first = arbitration_case(svc, ("赵丽娟", "钱伟", "孙敏"), n=1)
    second = arbitration_case(svc, ("李强", "钱伟", "周洁"), n=2)
    HearingService(svc.ctx).schedule(first, slot(svc, start="14:00", end="16:00"))
    dlg = _dialog(qtbot, svc, prompts, second)
    _fill(dlg, qtbot, start="15:00", end="17:00", room="第三仲裁庭")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and dlg.changes is None
    text = dlg.rows.errors["start"].text()
    assert text.startswith("仲裁员钱伟在2026年3月20日14:00—16:00已有") and "（第一仲裁庭）" in text
    assert not dlg.rows.errors["room_id"].isVisible()
    assert HearingService(svc.ctx).for_case(second) == []


def test_bad_input_is_named_per_field(qtbot, svc, prompts):
    cid = arbitration_case(svc)
    dlg = _dialog(qtbot, svc, prompts, cid)
    _fill(dlg, qtbot, day=date(2026, 3, 21), start="11:00", end="9:00")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible()
    assert "星期六" in dlg.rows.errors["hearing_date"].text()
    assert "结束时间09:00应晚于开始时间11:00" in dlg.rows.errors["end"].text()
    assert dlg.end.styleSheet()  # marked red


def test_a_late_notice_is_a_warning_not_a_refusal(qtbot, svc, prompts):
    cid = arbitration_case(svc)
    dlg = _dialog(qtbot, svc, prompts, cid)
    _fill(dlg, qtbot, day=date(2026, 3, 13))
    assert dlg.warning.isVisible() and "开庭通知书" in dlg.warning.text()
    assert dlg.warnings()
    with qtbot.waitSignal(dlg.accepted, timeout=3000):
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)


def test_postponing_asks_for_the_reason(qtbot, svc, prompts):
    cid = arbitration_case(svc)
    HearingService(svc.ctx).schedule(cid, slot(svc))
    dlg = _dialog(qtbot, svc, prompts, cid, postpone=True)
    assert dlg.windowTitle() == "延期开庭"
    _fill(dlg, qtbot, day=date(2026, 3, 24))
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and "延期开庭的理由" in dlg.rows.errors["postpone_reason"].text()
    dlg.reason.insertPlainText("申请人因病住院")
    with qtbot.waitSignal(dlg.accepted, timeout=3000):
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    got = HearingService(svc.ctx).for_case(cid)
    assert [(h.status, h.hearing_date) for h in got] == [("postponed", FRI), ("scheduled", date(2026, 3, 24))]
