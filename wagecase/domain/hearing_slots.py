"""Hearing slots: times as typed, office hours, working days, and double bookings.

A room, and every arbitrator of a tribunal, can sit in one hearing at a time (issue 6); a
hearing ending at 11:00 and the next starting at 11:00 do not clash. Hearings are held on
working days within the office's hours (设置: ``hearing.day_start`` / ``hearing.day_end``).
Reasons are message keys with parameters, so the service hands them on as FieldErrors and the
dialog shows each under its field.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from .calendar import WorkingCalendar
from .dates import format_date
from .errors import FieldError, RuleError

DAY_START_SETTING = "hearing.day_start"
DAY_END_SETTING = "hearing.day_end"
DEFAULT_DAY_START = "08:30"
DEFAULT_DAY_END = "18:00"

# 9:30, 09:30, 14:00, full-width colon, "9点30" / "9时" as clerks also type them
_TIME = re.compile(r"^\s*(\d{1,2})\s*(?:[:：.点时]\s*(\d{1,2})?\s*分?)?\s*$")
_WEEKDAYS = "一二三四五六日"


def parse_time(text: str, field_name: str = "start") -> int:
    """Minutes after midnight; FieldError(``field_name``, hearing.time.*) otherwise.

    >>> parse_time("09:00"), parse_time("9:30"), parse_time("14：00"), parse_time("8点")
    (540, 570, 840, 480)
    """
    raw = (text or "").strip()
    if not raw:
        raise RuleError("hearing.time.empty", field=field_name)
    m = _TIME.match(raw)
    if not m:
        raise RuleError("hearing.time.invalid", text=raw, field=field_name)
    hours, minutes = int(m.group(1)), int(m.group(2) or 0)
    if hours > 23 or minutes > 59:
        raise RuleError("hearing.time.invalid", text=raw, field=field_name)
    return hours * 60 + minutes


def time_text(minutes: int) -> str:
    """Minutes after midnight as the clock shows them.

    >>> time_text(540)
    '09:00'
    """
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def span_text(day: date, start: int, end: int) -> str:
    """The way screens and reasons print a booking: 2026年3月20日09:00—11:00."""
    return f"{format_date(day)}{time_text(start)}—{time_text(end)}"


@dataclass(frozen=True)
class Slot:
    """What is being booked: a room, a local day and a time span, for a tribunal."""

    room_id: int
    day: date
    start: int
    end: int
    arbitrator_ids: frozenset[int] = frozenset()
    case_id: int | None = None


@dataclass(frozen=True)
class Booking:
    """A hearing already in the book (scheduled or held)."""

    hearing_id: int
    case_id: int
    case_number: str
    room_id: int
    room_name: str
    day: date
    start: int
    end: int
    arbitrators: tuple[tuple[int, str], ...] = ()  # (user id, name) of the tribunal, clerk excluded


@dataclass(frozen=True)
class Conflict:
    """One clash: ``field`` is the input it concerns (room_id for the room, start for a person)."""

    field: str
    key: str
    params: dict = field(default_factory=dict)
    hearing_id: int = 0

    @property
    def reason(self) -> str:
        from .messages import message

        return message(self.key, **self.params)

    def as_field_error(self) -> FieldError:
        return FieldError(self.field, self.key, dict(self.params))


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Half-open spans: touching ends (11:00 then 11:00) are no overlap."""
    return a_start < b_end and b_start < a_end


def conflicts(proposed: Slot, existing: Iterable[Booking], ignore: Iterable[int] = ()) -> list[Conflict]:
    """Every booking that the proposed slot clashes with, by room and by arbitrator."""
    skip = set(ignore)
    found: list[Conflict] = []
    for b in sorted(existing, key=lambda b: (b.day, b.start, b.hearing_id)):
        if b.hearing_id in skip or b.day != proposed.day:
            continue
        if not overlaps(proposed.start, proposed.end, b.start, b.end):
            continue
        when = span_text(b.day, b.start, b.end)
        if b.room_id == proposed.room_id:
            found.append(Conflict("room_id", "hearing.conflict.room",
                                  {"room": b.room_name, "when": when, "case_number": b.case_number},
                                  b.hearing_id))
        for user_id, name in b.arbitrators:
            if user_id in proposed.arbitrator_ids:
                found.append(Conflict("start", "hearing.conflict.arbitrator",
                                      {"name": name, "when": when, "case_number": b.case_number,
                                       "room": b.room_name}, b.hearing_id))
    return found


def rest_day_reason(calendar: WorkingCalendar, day: date) -> str:
    """"" for a working day; else what the day is (周六 / 周日 / 法定节假日（春节）)."""
    if calendar.is_working_day(day):
        return ""
    table = calendar.data.years.get(day.year)
    if table is not None and day in table.holidays:
        name = _holiday_name(day)
        return f"法定节假日（{name}）" if name else "法定节假日"
    return f"星期{_WEEKDAYS[day.weekday()]}"


def _holiday_name(day: date) -> str:
    # the package knows the festival behind most days off; administrator-entered years do not
    try:
        import chinese_calendar

        on_holiday, name = chinese_calendar.get_holiday_detail(day)
    except (ImportError, NotImplementedError, ValueError):
        return ""
    if not on_holiday or not name:
        return ""
    for h in chinese_calendar.Holiday:
        if h.value == name:
            return h.chinese
    return ""


def office_hours(day_start: str | None, day_end: str | None) -> tuple[int, int]:
    """The office's hours from the settings text; a setting that cannot be read (or is
    backwards) falls back to the defaults rather than making every booking impossible."""
    try:
        lo = parse_time(day_start or DEFAULT_DAY_START)
        hi = parse_time(day_end or DEFAULT_DAY_END)
    except RuleError:
        return parse_time(DEFAULT_DAY_START), parse_time(DEFAULT_DAY_END)
    if hi <= lo:
        return parse_time(DEFAULT_DAY_START), parse_time(DEFAULT_DAY_END)
    return lo, hi


def check_slot(day: date, start_text: str, end_text: str, *, calendar: WorkingCalendar,
               hours: tuple[int, int], today: date) -> tuple[int | None, int | None, list[FieldError]]:
    """Parses and checks a slot as typed: (start, end, errors). Conflicts are checked apart,
    once the slot itself is sound."""
    errors: list[FieldError] = []
    start = end = None
    for name, text in (("start", start_text), ("end", end_text)):
        try:
            value = parse_time(text, name)
        except RuleError as e:
            params = {k: v for k, v in e.params.items() if k != "field"}
            errors.append(FieldError(name, e.key, params))
            continue
        if name == "start":
            start = value
        else:
            end = value
    if day < today:
        errors.append(FieldError("hearing_date", "hearing.date_past", {"date": format_date(day)}))
    else:
        why = rest_day_reason(calendar, day)
        if why:
            errors.append(FieldError("hearing_date", "hearing.rest_day",
                                     {"date": format_date(day), "what": why}))
    if start is not None and end is not None:
        lo, hi = hours
        if end <= start:
            errors.append(FieldError("end", "hearing.time.order",
                                     {"start": time_text(start), "end": time_text(end)}))
        elif start < lo or end > hi:
            errors.append(FieldError("start" if start < lo else "end", "hearing.time.outside_hours",
                                     {"start": time_text(start), "end": time_text(end),
                                      "day_start": time_text(lo), "day_end": time_text(hi)}))
    return start, end, errors


def notice_due(calendar: WorkingCalendar, hearing_day: date, working_days: int) -> date:
    """The last day the 开庭通知书 may be served: ``working_days`` working days before the
    hearing (调解仲裁法 Art. 35, 办案规则 Art. 80)."""
    return calendar.subtract_working_days(hearing_day, working_days).date


def sort_bookings(rows: Sequence[Booking]) -> list[Booking]:
    return sorted(rows, key=lambda b: (b.day, b.start, b.room_name, b.hearing_id))


__all__ = ["Booking", "Conflict", "DAY_END_SETTING", "DAY_START_SETTING", "DEFAULT_DAY_END",
           "DEFAULT_DAY_START", "Slot", "check_slot", "conflicts", "notice_due", "office_hours",
           "overlaps", "parse_time", "rest_day_reason", "span_text", "time_text"]
