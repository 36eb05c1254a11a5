"""Working days and calendar-day periods on the Chinese statutory calendar.

Basis (rules.md §8 and "Decisions for wagecase" 5–7):

- 民事诉讼法 Art. 85 (applied to arbitration by 办案规则 Art. 19): the starting day is not counted;
  a period whose last day is a statutory rest day ends on the first day after it.
- 办案规则 Art. 80: its "三日", "五日", "十日" are working days; "十五日", "四十五日" calendar days.
- Decision 5: working-day periods skip weekends and statutory holidays; 调休 make-up days (a
  Saturday or Sunday declared a working day) count.
- Decision 6: a calendar-day period ending on a rest day rolls to the next working day; one
  ending on a 调休 working day does not move.
- Decision 7: holiday data is the ``chinesecalendar`` package plus years an administrator enters;
  a computation that reaches a year with neither is done on weekends alone and marked
  provisional, never silently final and never an exception.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from types import MappingProxyType

from . import dates
from .errors import RuleError

_DAY = timedelta(days=1)


@dataclass(frozen=True)
class YearHolidays:
    """One year's State Council arrangement: days off, and weekend days worked instead (调休)."""

    holidays: frozenset[date]
    workdays: frozenset[date]


@dataclass(frozen=True)
class HolidayData:
    """Per-year holiday tables; a year is either fully known or not known at all.

    >>> data = HolidayData.from_package()
    >>> data.covers(2026), data.covers(2027)
    (True, False)
    >>> data.merged({2027: ([date(2027, 1, 1)], [])}).covers(2027)
    True
    """

    years: Mapping[int, YearHolidays] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Read-only view so a shared instance (from_package is cached) cannot be altered in place.
        object.__setattr__(self, "years", MappingProxyType(dict(self.years)))

    @classmethod
    def from_package(cls) -> HolidayData:
        """Every year the installed ``chinesecalendar`` covers (2004–2026 in version 1.11.0)."""
        return _package_data()

    def covers(self, year: int) -> bool:
        return year in self.years

    def merged(
        self, years: Mapping[int, tuple[Iterable[date], Iterable[date]]]
    ) -> HolidayData:
        """A copy where each given year (holidays, make-up workdays) replaces the stored one.

        Administrator-entered years win over the package, so a corrected State Council notice
        can override it. Raises RuleError (holiday.*) for a table that cannot be right.
        """
        combined = dict(self.years)
        for year, (holidays, workdays) in years.items():
            combined[year] = _checked_year(year, frozenset(holidays), frozenset(workdays))
        return HolidayData(combined)


def _checked_year(year: int, holidays: frozenset[date], workdays: frozenset[date]) -> YearHolidays:
    # the administrator types these tables in 设置: say which date is impossible and why
    for d in sorted(holidays | workdays):
        if d.year != year:
            raise RuleError("holiday.wrong_year", date=_cn(d), year=year)
    for d in sorted(holidays & workdays):
        raise RuleError("holiday.both", date=_cn(d))
    for d in sorted(workdays):
        if d.weekday() < 5:  # a make-up day only means something on a Saturday or Sunday
            raise RuleError("holiday.workday_not_weekend", date=_cn(d))
    return YearHolidays(holidays, workdays)


def _cn(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


@functools.cache
def _package_data() -> HolidayData:
    import chinese_calendar  # only needed when building the tables

    known = {d.year for d in chinese_calendar.holidays}
    tables = {
        year: YearHolidays(
            frozenset(d for d in chinese_calendar.holidays if d.year == year),
            frozenset(d for d in chinese_calendar.workdays if d.year == year),
        )
        for year in range(min(known), max(known) + 1)
    }
    return HolidayData(tables)


@dataclass(frozen=True)
class DateResult:
    """A computed date; ``provisional`` when some year it depends on had no holiday data."""

    date: date
    provisional: bool = False
    missing_years: tuple[int, ...] = ()


class WorkingCalendar:
    """Counts periods over a ``HolidayData``; never raises for a year the data lacks.

    >>> cal = WorkingCalendar(HolidayData.from_package())
    >>> cal.add_working_days(date(2026, 2, 12), 5)  # 春节 skipped, Saturday 2/14 (调休) counted
    DateResult(date=datetime.date(2026, 2, 26), provisional=False, missing_years=())
    >>> cal.add_calendar_days(date(2026, 9, 18), 15).date  # ends 10/3 in 国庆, rolls to 10/8
    datetime.date(2026, 10, 8)
    >>> cal.add_working_days(date(2026, 12, 28), 5)  # reaches 2027: weekends only, provisional
    DateResult(date=datetime.date(2027, 1, 4), provisional=True, missing_years=(2027,))
    """

    def __init__(self, data: HolidayData) -> None:
        self.data = data

    def is_working_day(self, d: date) -> bool:
        """Mon–Fri unless a statutory holiday; Sat/Sun only if a 调休 make-up day (decision 5).

        For a year without data this is the weekend-only answer; check ``data.covers``.
        """
        table = self.data.years.get(d.year)
        if table is not None:
            if d in table.workdays:
                return True
            if d in table.holidays:
                return False
        return d.weekday() < 5

    def is_rest_day(self, d: date) -> bool:
        return not self.is_working_day(d)

    def add_working_days(self, start: date, n: int) -> DateResult:
        """The n-th working day after ``start`` (办案规则 Art. 80; start excluded, Art. 85).

        ``n == 0`` gives ``start`` itself.
        """
        if n < 0:
            raise ValueError("n must be >= 0")
        d, left, missing = start, n, set()
        while left:
            d += _DAY
            self._note(d, missing)
            if self.is_working_day(d):
                left -= 1
        return _result(d, missing)

    def add_calendar_days(self, start: date, n: int) -> DateResult:
        """``start`` + n days; a rest day at the end rolls to the next working day.

        民事诉讼法 Art. 85 and decision 6: a last day that is a 调休 working day stays put.
        """
        if n < 0:
            raise ValueError("n must be >= 0")
        d, missing = start + timedelta(days=n), set()
        self._note(d, missing)
        while self.is_rest_day(d):
            d += _DAY
            self._note(d, missing)
        return _result(d, missing)

    def subtract_working_days(self, anchor: date, n: int) -> DateResult:
        """The n-th working day before ``anchor`` (anchor excluded); inverse of ``add_working_days``.

        For "at least n days before" periods (调解仲裁法 Art. 35: the hearing notice goes out
        5 days before the hearing, 办案规则 Art. 80 working days).

        >>> cal = WorkingCalendar(HolidayData.from_package())
        >>> cal.subtract_working_days(date(2026, 2, 26), 5).date  # back over 春节, 2/14 counted
        datetime.date(2026, 2, 12)
        >>> cal.subtract_working_days(date(2026, 10, 12), 5).date  # Sat 10/10 worked, 国庆 skipped
        datetime.date(2026, 9, 29)
        """
        if n < 0:
            raise ValueError("n must be >= 0")
        d, left, missing = anchor, n, set()
        while left:
            d -= _DAY
            self._note(d, missing)
            if self.is_working_day(d):
                left -= 1
        return _result(d, missing)

    def subtract_calendar_days(self, anchor: date, n: int, *, roll: bool = True) -> DateResult:
        """``anchor`` − n days; a rest day rolls back to the previous working day.

        Rolling backwards keeps an "n days before" period at least n days long.

        >>> cal = WorkingCalendar(HolidayData.from_package())
        >>> cal.subtract_calendar_days(date(2026, 10, 9), 5).date  # 10/4 is 国庆: back to 9/30
        datetime.date(2026, 9, 30)
        """
        if n < 0:
            raise ValueError("n must be >= 0")
        d, missing = anchor - timedelta(days=n), set()
        if roll:
            self._note(d, missing)
            while self.is_rest_day(d):
                d -= _DAY
                self._note(d, missing)
        return _result(d, missing)

    def add_months(self, start: date, n: int, *, roll: bool = True) -> DateResult:
        """The end of an n-month period begun on ``start`` (民法典 Arts. 201-203).

        It ends on the same-numbered day of the final month, or that month's last day if it
        has none (Art. 202); a last day that is a rest day moves to the next working day (Art.
        203) unless ``roll`` is False. Only a rolled result depends on holiday data, so only it
        can be provisional.

        >>> cal = WorkingCalendar(HolidayData.from_package())
        >>> cal.add_months(date(2026, 1, 31), 1).date  # no 2/31: last day 2/28, a 调休 Saturday
        datetime.date(2026, 2, 28)
        >>> cal.add_months(date(2026, 4, 3), 1).date  # 5/3 is 劳动节: rolls to 5/6
        datetime.date(2026, 5, 6)
        >>> cal.add_months(date(2026, 4, 3), 1, roll=False).date
        datetime.date(2026, 5, 3)
        >>> cal.add_months(date(2026, 8, 12), 5)
        DateResult(date=datetime.date(2027, 1, 12), provisional=True, missing_years=(2027,))
        """
        if n < 0:
            raise ValueError("n must be >= 0")
        end = dates.add_months(start, n)
        if not roll:
            return DateResult(end)
        return self.roll_forward(end)

    def add_years(self, start: date, n: int, *, roll: bool = True) -> DateResult:
        """The end of an n-year period begun on ``start`` (民法典 Arts. 201-203).

        >>> cal = WorkingCalendar(HolidayData.from_package())
        >>> cal.add_years(date(2024, 2, 29), 1, roll=False).date  # no 2/29 in 2025: 2/28
        datetime.date(2025, 2, 28)
        >>> cal.add_years(date(2023, 2, 14), 3).date  # 2026-02-14 is a 调休 Saturday: stays
        datetime.date(2026, 2, 14)
        >>> cal.add_years(date(2026, 3, 15), 3, roll=False)  # a listing term: no roll, final
        DateResult(date=datetime.date(2029, 3, 15), provisional=False, missing_years=())
        """
        return self.add_months(start, 12 * n, roll=roll)

    def roll_forward(self, d: date) -> DateResult:
        """``d`` if it is a working day, else the next working day (民事诉讼法 Art. 85).

        >>> WorkingCalendar(HolidayData.from_package()).roll_forward(date(2026, 5, 2)).date
        datetime.date(2026, 5, 6)
        """
        missing: set[int] = set()
        self._note(d, missing)
        while self.is_rest_day(d):
            d += _DAY
            self._note(d, missing)
        return _result(d, missing)

    def working_days_between(self, a: date, b: date) -> int:
        """Working days in (a, b]; negative when b is before a.

        The inverse of ``add_working_days``: ``working_days_between(d, add_working_days(d, n).date)
        == n``.
        """
        if b < a:
            return -self.working_days_between(b, a)
        count, d = 0, a
        while d < b:
            d += _DAY
            count += self.is_working_day(d)
        return count

    def _note(self, d: date, missing: set[int]) -> None:
        if not self.data.covers(d.year):
            missing.add(d.year)



def _result(d: date, missing: set[int]) -> DateResult:
    return DateResult(d, bool(missing), tuple(sorted(missing)))
