"""Hearing slots: times as typed, working days, office hours and double bookings."""
from __future__ import annotations

from datetime import date

import pytest

from wagecase.domain.calendar import HolidayData, WorkingCalendar
from wagecase.domain.errors import RuleError
from wagecase.domain.hearing_slots import (
    Booking, Slot, check_slot, conflicts, notice_due, office_hours, overlaps, parse_time, rest_day_reason,
    span_text, time_text,
)
from wagecase.domain.messages import message

CAL = WorkingCalendar(HolidayData.from_package())
HOURS = (510, 1080)  # 08:30-18:00
FRI = date(2026, 3, 20)
NUMBER = "郑劳人仲案字〔2026〕12号"


@pytest.mark.parametrize("text, minutes", [
    ("09:00", 540), ("9:30", 570), ("14:00", 840), ("14：05", 845), (" 8:00 ", 480), ("9点", 540),
    ("9点30", 570), ("9点30分", 570), ("9.15", 555), ("0:00", 0), ("23:59", 1439), ("14", 840),
])
def test_parse_time(text, minutes):
    assert parse_time(text) == minutes


@pytest.mark.parametrize("text, key", [
    ("", "hearing.time.empty"), ("   ", "hearing.time.empty"), ("24:00", "hearing.time.invalid"),
    ("9:60", "hearing.time.invalid"), ("九点", "hearing.time.invalid"), ("09:00:00", "hearing.time.invalid"),
    ("abc", "hearing.time.invalid"), ("-1:00", "hearing.time.invalid"),
])
def test_bad_times_have_chinese_reasons(text, key):
    with pytest.raises(RuleError) as e:
        parse_time(text)
    assert e.value.key == key
    assert "时间" in message(e.value.key, **e.value.params)


def test_texts():
    assert time_text(545) == "09:05"
    assert span_text(FRI, 540, 660) == "2026年3月20日09:00—11:00"


@pytest.mark.parametrize("a, b, clash", [
    ((540, 660), (600, 720), True), ((540, 660), (660, 720), False), ((600, 720), (540, 600), False),
    ((540, 720), (600, 630), True), ((600, 630), (540, 720), True), ((540, 660), (540, 660), True),
])
def test_overlaps_half_open(a, b, clash):
    assert overlaps(*a, *b) is clash


def booking(hid=1, room=1, day=FRI, start=540, end=660, arbitrators=((7, "赵丽娟"),), room_name="第一仲裁庭"):
    return Booking(hid, 100 + hid, NUMBER, room, room_name, day, start, end, arbitrators)


def test_same_room_overlapping_conflicts_with_a_reason():
    [c] = conflicts(Slot(1, FRI, 600, 720, frozenset({8})), [booking()])
    assert c.field == "room_id" and c.hearing_id == 1
    assert c.reason == f"第一仲裁庭在2026年3月20日09:00—11:00已安排{NUMBER}开庭，请另选时间或其他仲裁庭室。"


def test_same_arbitrator_in_another_room_conflicts():
    [c] = conflicts(Slot(2, FRI, 600, 720, frozenset({7, 9})), [booking()])
    assert c.field == "start"
    assert c.reason.startswith(f"仲裁员赵丽娟在2026年3月20日09:00—11:00已有{NUMBER}开庭（第一仲裁庭）")


def test_room_and_two_arbitrators_give_three_reasons():
    b = booking(arbitrators=((7, "赵丽娟"), (8, "钱伟"), (9, "孙敏")))
    found = conflicts(Slot(1, FRI, 630, 690, frozenset({7, 8})), [b])
    assert [c.field for c in found] == ["room_id", "start", "start"]
    assert [c.as_field_error().params.get("name") for c in found] == [None, "赵丽娟", "钱伟"]


@pytest.mark.parametrize("slot", [
    Slot(1, FRI, 660, 720, frozenset({7})),  # starts as the other ends
    Slot(1, FRI, 480, 540, frozenset({7})),  # ends as the other starts
    Slot(1, date(2026, 3, 19), 540, 660, frozenset({7})),  # another day
    Slot(2, FRI, 540, 660, frozenset({8})),  # another room, other arbitrators
])
def test_no_conflict(slot):
    assert conflicts(slot, [booking()]) == []


def test_ignored_bookings_do_not_count():
    assert conflicts(Slot(1, FRI, 540, 660, frozenset({7})), [booking(hid=5)], ignore=[5]) == []


def test_rest_days_are_named():
    assert rest_day_reason(CAL, FRI) == ""
    assert rest_day_reason(CAL, date(2026, 3, 21)) == "星期六"
    assert rest_day_reason(CAL, date(2026, 3, 22)) == "星期日"
    assert rest_day_reason(CAL, date(2026, 2, 17)) == "法定节假日（春节）"
    assert rest_day_reason(CAL, date(2026, 10, 1)) == "法定节假日（国庆节）"
    assert rest_day_reason(CAL, date(2026, 2, 14)) == ""  # a 调休 Saturday is worked


def test_admin_entered_holidays_have_no_festival_name():
    data = HolidayData.from_package().merged({2027: ([date(2027, 1, 1)], [])})
    assert rest_day_reason(WorkingCalendar(data), date(2027, 1, 1)) == "法定节假日"


def test_check_slot_collects_every_error():
    start, end, errors = check_slot(date(2026, 3, 21), "9:61", "", calendar=CAL, hours=HOURS,
                                    today=date(2026, 3, 10))
    assert (start, end) == (None, None)
    assert [(e.field, e.key) for e in errors] == [
        ("start", "hearing.time.invalid"), ("end", "hearing.time.empty"), ("hearing_date", "hearing.rest_day")]
    assert message(errors[2].key, **errors[2].params) == "2026年3月21日是星期六，不是工作日，请另选开庭日期。"


@pytest.mark.parametrize("start, end, field, key", [
    ("11:00", "09:00", "end", "hearing.time.order"),
    ("10:00", "10:00", "end", "hearing.time.order"),
    ("08:00", "09:00", "start", "hearing.time.outside_hours"),
    ("17:00", "18:30", "end", "hearing.time.outside_hours"),
])
def test_check_slot_times(start, end, field, key):
    _s, _e, errors = check_slot(FRI, start, end, calendar=CAL, hours=HOURS, today=date(2026, 3, 10))
    assert [(e.field, e.key) for e in errors] == [(field, key)]


def test_check_slot_ok_and_past_days():
    assert check_slot(FRI, "08:30", "18:00", calendar=CAL, hours=HOURS, today=FRI) == (510, 1080, [])
    _s, _e, errors = check_slot(date(2026, 3, 9), "9:00", "10:00", calendar=CAL, hours=HOURS,
                                today=date(2026, 3, 10))
    assert [e.key for e in errors] == ["hearing.date_past"]


def test_office_hours_fall_back_on_unreadable_settings():
    assert office_hours("08:00", "17:30") == (480, 1050)
    assert office_hours(None, None) == (510, 1080)
    assert office_hours("八点", "17:30") == (510, 1080)
    assert office_hours("18:00", "08:00") == (510, 1080)


def test_notice_due_counts_working_days_back():
    assert notice_due(CAL, date(2026, 10, 12), 5) == date(2026, 9, 29)  # 国庆 skipped, 10/10 worked
    assert notice_due(CAL, date(2026, 3, 17), 5) == date(2026, 3, 10)
