"""开庭日历, 本周开庭 and 设置 → 仲裁庭室 on a real database."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.integration.intake_support import NOW_UTC
from tests.integration.test_hearings import arbitration_case, people, room_id, slot
from wagecase.services.hearings import HearingService
from wagecase.ui.hearing_calendar import HearingCalendarPage, monday_of, week_text
from wagecase.ui.hearings_list import HearingsModel, HearingsPanel
from wagecase.ui.rooms_page import RoomsPage

MON = date(2026, 3, 16)


@pytest.fixture
def svc(services):
    services.ctx.clock = lambda: NOW_UTC  # Tuesday 2026-03-10, 10:00 in Zhengzhou
    return services


@pytest.fixture
def booked(svc):
    """Three hearings next week and one the week after."""
    h = HearingService(svc.ctx)
    a = arbitration_case(svc, ("赵丽娟",), n=1, migrant=True)
    b = arbitration_case(svc, ("钱伟", "孙敏", "李强"), n=2)
    c = arbitration_case(svc, ("赵丽娟",), n=3)
    d = arbitration_case(svc, ("周洁",), n=4)
    h.schedule(a, slot(svc, day=date(2026, 3, 17), start="09:00", end="10:30"))
    h.schedule(b, slot(svc, day=date(2026, 3, 17), start="09:00", end="11:00", room="第二仲裁庭"))
    h.schedule(c, slot(svc, day=date(2026, 3, 19), start="14:30", end="16:00"))
    h.schedule(d, slot(svc, day=date(2026, 3, 24)))
    return {"a": a, "b": b, "c": c, "d": d}


def _page(qtbot, svc):
    page = HearingCalendarPage(svc)
    qtbot.addWidget(page)
    page.resize(1500, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_week_text_and_monday():
    assert monday_of(date(2026, 3, 19)) == MON
    assert week_text(MON) == "2026年3月16日—3月22日"
    assert week_text(date(2026, 12, 28)) == "2026年12月28日—2027年1月3日"


def test_the_calendar_shows_bookings_in_their_day_and_room(qtbot, svc, booked):
    page = _page(qtbot, svc)
    assert page.monday == date(2026, 3, 9)
    assert page.blocks == [] and "本周没有安排开庭" in page.count_label.text()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.monday == MON and page.week_label.text() == "2026年3月16日—3月22日"
    assert [name for _id, name in page.rows] == ["第一仲裁庭", "第二仲裁庭", "第三仲裁庭"]
    first, second = room_id(svc, "第一仲裁庭"), room_id(svc, "第二仲裁庭")
    [a] = page.block_at(date(2026, 3, 17), first)
    assert a.hearing.case_id == booked["a"]
    assert "09:00—10:30" in a.text() and "绿色通道" in a.text() and "赵丽娟" in a.text()
    assert a.property("green") is True
    [b] = page.block_at(date(2026, 3, 17), second)
    assert "仲裁员：钱伟、孙敏、李强" in b.text() and "绿色通道" not in b.text()
    [c] = page.block_at(date(2026, 3, 19), first)
    assert c.hearing.case_id == booked["c"]
    assert page.block_at(date(2026, 3, 18), first) == []
    assert "本周开庭3场" == page.count_label.text()
    with qtbot.waitSignal(page.open_case, timeout=2000) as got:
        qtbot.mouseDClick(b, Qt.MouseButton.LeftButton)
    assert got.args == [booked["b"]]
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert [blk.hearing.case_id for _i, _r, blk in page.blocks] == [booked["d"]]
    qtbot.mouseClick(page.this_button, Qt.MouseButton.LeftButton)
    assert page.monday == date(2026, 3, 9)


def test_filters_by_room_and_arbitrator(qtbot, svc, booked):
    page = _page(qtbot, svc)
    page.show_week(MON)
    page.set_room_filter(room_id(svc, "第二仲裁庭"))
    assert [name for _id, name in page.rows] == ["第二仲裁庭"]
    assert [b.hearing.case_id for _i, _r, b in page.blocks] == [booked["b"]]
    page.set_room_filter(None)
    assert page.room_filter.currentText() == "全部仲裁庭室"
    page.set_arbitrator_filter(people(svc, "赵丽娟")[0])
    assert sorted(b.hearing.case_id for _i, _r, b in page.blocks) == sorted([booked["a"], booked["c"]])
    assert page.arbitrator_filter.currentText() == "赵丽娟"


def test_a_new_booking_appears_after_refresh(qtbot, svc, booked):
    page = _page(qtbot, svc)
    page.show_week(MON)
    e = arbitration_case(svc, ("吴昊",), n=5)
    HearingService(svc.ctx).schedule(e, slot(svc, day=date(2026, 3, 20), room="第三仲裁庭"))
    page.refresh()
    [blk] = page.block_at(date(2026, 3, 20), room_id(svc, "第三仲裁庭"))
    assert blk.hearing.case_id == e


def test_this_weeks_hearings_on_the_workbench(qtbot, svc, booked, qtmodeltester):
    panel = HearingsPanel(svc)
    qtbot.addWidget(panel)
    panel.refresh()
    assert not panel.isVisible() or panel.model.rowCount() == 0  # the admin sits on no tribunal
    svc.ctx.user_id = people(svc, "赵丽娟")[0]
    panel.show()
    panel.refresh()
    assert panel.title.text() == "本周开庭（1场）"
    assert panel.isVisible()
    row = [panel.model.index(0, c).data() for c in range(6)]
    assert row[0] == "2026年3月17日 09:00—10:30" and row[1] == "第一仲裁庭" and row[5] == "绿色通道 已排期"
    assert panel.model.case_id(0) == booked["a"]
    with qtbot.waitSignal(panel.open_case, timeout=2000) as got:
        panel.view.open_requested.emit(panel.model.case_id(0))
    assert got.args == [booked["a"]]
    qtmodeltester.check(panel.model)


def test_hearings_model_is_sound_when_empty(qtmodeltester):
    model = HearingsModel()
    qtmodeltester.check(model)


def test_rooms_page_adds_renames_and_stops_rooms(qtbot, svc, prompts):
    page = RoomsPage(svc, prompts)
    qtbot.addWidget(page)
    page.show()
    assert page.editable and page.table.rowCount() == 3
    prompts.texts.extend(["第四仲裁庭", "第一仲裁庭", "调解室"])
    assert page.add_room()
    assert page.table.rowCount() == 4 and page.selected().name == "第四仲裁庭"
    # a name already taken is refused with the reason
    assert not page.rename_selected()
    assert prompts.log[-1][0] == "error" and "已有名为“第一仲裁庭”的仲裁庭室" in prompts.log[-1][2]
    assert page.rename_selected()
    assert page.selected().name == "调解室"
    prompts.answers.append(True)
    assert page.toggle_selected()
    assert page.selected().active is False and page.table.item(3, 1).text() == "已停用"
    assert page.active_button.text() == "启用"
    assert [r.name for r in HearingService(svc.ctx).rooms(active_only=True)] == \
        ["第一仲裁庭", "第二仲裁庭", "第三仲裁庭"]


def test_rooms_page_is_read_only_for_others(qtbot, svc, prompts):
    svc.ctx.user_id = people(svc, "李娜", role="inspector")[0]
    page = RoomsPage(svc, prompts)
    qtbot.addWidget(page)
    page.show()
    assert not page.editable
    assert page.read_only.isVisible() and not page.add_button.isVisible()
    assert page.table.rowCount() == 3
