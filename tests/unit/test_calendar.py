"""Working-day calendar on the real 2026 arrangement (rules.md §8.3; decisions 5–7)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from wagecase.domain.errors import RuleError
from wagecase.domain.messages import message
from hypothesis import given, settings
from hypothesis import strategies as st

from wagecase.domain.calendar import DateResult, HolidayData, WorkingCalendar

D = date
PACKAGE = HolidayData.from_package()
CAL = WorkingCalendar(PACKAGE)

# A made-up 2027 notice, as an administrator would type it in 设置 (the real one is not out yet).
ADMIN_2027 = {
    2027: (
        [D(2027, 1, 1), D(2027, 1, 2), D(2027, 1, 3)]
        + [D(2027, 2, 6) + timedelta(days=i) for i in range(9)]  # 春节 2/6–2/14
        + [D(2027, 4, 3), D(2027, 4, 4), D(2027, 4, 5)],
        [D(2027, 2, 20)],  # Saturday worked for 春节
    )
}


@pytest.mark.parametrize(
    ("day", "working", "why"),
    [
        (D(2026, 1, 1), False, "元旦 1/1–1/3 off (§8.3)"),
        (D(2026, 1, 4), True, "Sunday 1/4 is a 调休 working day (decision 5)"),
        (D(2026, 2, 14), True, "Saturday 2/14 worked for 春节"),
        (D(2026, 2, 23), False, "春节 ends 2/23 (a Monday off)"),
        (D(2026, 2, 28), True, "Saturday 2/28 worked for 春节"),
        (D(2026, 5, 9), True, "Saturday 5/9 worked for 劳动节"),
        (D(2026, 6, 19), False, "端午 6/19 (Friday off)"),
        (D(2026, 9, 20), True, "Sunday 9/20 worked for 国庆"),
        (D(2026, 10, 7), False, "国庆 10/1–10/7"),
        (D(2026, 10, 10), True, "Saturday 10/10 worked for 国庆"),
        (D(2026, 3, 7), False, "an ordinary Saturday"),
        (D(2026, 3, 9), True, "an ordinary Monday"),
        (D(2027, 1, 1), True, "2027 has no data: weekends only (decision 7)"),
    ],
)
def test_is_working_day_2026(day: date, working: bool, why: str) -> None:
    assert CAL.is_working_day(day) is working, why
    assert CAL.is_rest_day(day) is not working, why


@pytest.mark.parametrize(
    ("start", "n", "due", "basis"),
    [
        # 若干规定 Art. 18: acceptance within 5 working days; 春节 skipped, 2/14 counted
        (D(2026, 2, 12), 5, D(2026, 2, 26), "若干规定 Art. 18; decision 5"),
        # 办案规则 Art. 80 五日 across 劳动节, 5/9 (Sat) counted
        (D(2026, 4, 30), 5, D(2026, 5, 11), "办案规则 Art. 80; decision 5"),
        # 办案规则 Art. 80 三日 across 国庆; 9/30 start excluded, 10/8, 10/9, 10/10 (Sat) counted
        (D(2026, 9, 30), 3, D(2026, 10, 10), "办案规则 Art. 80; 民事诉讼法 Art. 85"),
        # start day excluded even when it is a working day (民事诉讼法 Art. 85)
        (D(2026, 3, 9), 1, D(2026, 3, 10), "民事诉讼法 Art. 85"),
        # start on a holiday: counting begins with the next working day
        (D(2026, 1, 1), 1, D(2026, 1, 4), "民事诉讼法 Art. 85; decision 5 (Sunday 1/4 worked)"),
        (D(2026, 3, 9), 0, D(2026, 3, 9), "zero-length period"),
        # 条例 Art. 17: 60 working days of investigation, wholly inside 2026: March 21, April 21
        # (清明 4/6 off), May 18 (劳动节 off, Saturday 5/9 worked) → 5/28
        (D(2026, 3, 2), 60, D(2026, 5, 28), "条例 Art. 17"),
    ],
)
def test_add_working_days_2026(start: date, n: int, due: date, basis: str) -> None:
    assert CAL.add_working_days(start, n) == DateResult(due, False, ()), basis
    assert CAL.working_days_between(start, due) == n, basis


@pytest.mark.parametrize(
    ("start", "n", "due", "basis"),
    [
        # last day 10/3 is in 国庆: rolls to the first working day, 10/8
        (D(2026, 9, 18), 15, D(2026, 10, 8), "办案规则 Art. 80 十五日; 民事诉讼法 Art. 85; decision 6"),
        # last day 10/10 is a 调休 Saturday: a working day, does not move
        (D(2026, 9, 25), 15, D(2026, 10, 10), "民事诉讼法 Art. 85; decision 6"),
        # last day 2/15 (春节) rolls past the whole holiday to 2/24
        (D(2026, 1, 31), 15, D(2026, 2, 24), "民事诉讼法 Art. 85; decision 6"),
        # last day an ordinary Sunday rolls to Monday
        (D(2026, 3, 7), 1, D(2026, 3, 9), "民事诉讼法 Art. 85 (weekend read as 法定休假日)"),
        # 45-day arbitration limit, last day a plain Wednesday, no roll
        (D(2026, 3, 2), 45, D(2026, 4, 16), "调解仲裁法 Art. 43; 办案规则 Art. 80 四十五日"),
        # last day 5/3 in 劳动节 rolls to 5/6
        (D(2026, 4, 18), 15, D(2026, 5, 6), "民事诉讼法 Art. 85; decision 6"),
    ],
)
def test_add_calendar_days_2026(start: date, n: int, due: date, basis: str) -> None:
    assert CAL.add_calendar_days(start, n) == DateResult(due, False, ()), basis


def test_working_days_crossing_into_2027_is_provisional() -> None:
    # 条例 Art. 17: 60 working days from 2026-11-02; 2027 has no package data (decision 7)
    result = CAL.add_working_days(D(2026, 11, 2), 60)
    assert result.provisional
    assert result.missing_years == (2027,)
    # 2026-11-03..12-31 holds 43 working days; 17 more Mon–Fri days into 2027
    assert result.date == D(2027, 1, 25)


def test_administrator_year_removes_provisional_mark() -> None:
    cal = WorkingCalendar(PACKAGE.merged(ADMIN_2027))
    result = cal.add_working_days(D(2026, 11, 2), 60)
    assert not result.provisional and result.missing_years == ()
    # 元旦 1/1 off in the admin table: one working day fewer in January than weekends-only
    assert result.date == D(2027, 1, 26)
    assert cal.is_rest_day(D(2027, 1, 1))
    assert cal.is_working_day(D(2027, 2, 20))


def test_calendar_days_into_2027_provisional_then_final() -> None:
    # 15 calendar days from 2026-12-17 end on 2027-01-01: weekends only → Friday, no roll
    assert CAL.add_calendar_days(D(2026, 12, 17), 15) == DateResult(D(2027, 1, 1), True, (2027,))
    cal = WorkingCalendar(PACKAGE.merged(ADMIN_2027))
    assert cal.add_calendar_days(D(2026, 12, 17), 15) == DateResult(D(2027, 1, 4), False, ())


def test_package_coverage_and_admin_override() -> None:
    assert PACKAGE.covers(2004) and PACKAGE.covers(2026)
    assert not PACKAGE.covers(2003) and not PACKAGE.covers(2027)
    # an administrator correction replaces the package year wholesale
    fixed = PACKAGE.merged({2026: ([D(2026, 1, 1)], [])})
    assert WorkingCalendar(fixed).is_working_day(D(2026, 1, 2))
    assert not WorkingCalendar(fixed).is_working_day(D(2026, 1, 4))
    # the original is untouched (frozen value)
    assert CAL.is_rest_day(D(2026, 1, 2))


@pytest.mark.parametrize(
    ("table", "key"),
    [
        (([D(2028, 1, 1)], []), "holiday.wrong_year"),
        (([D(2027, 2, 20)], [D(2027, 2, 20)]), "holiday.both"),
        (([], [D(2027, 2, 22)]), "holiday.workday_not_weekend"),  # a Monday
    ],
)
def test_merged_rejects_impossible_tables(table, key: str) -> None:
    with pytest.raises(RuleError) as err:
        PACKAGE.merged({2027: table})
    assert err.value.key == key
    assert "2027年" in message(err.value.key, **err.value.params) or "2028年" in message(err.value.key, **err.value.params)


def test_negative_lengths_are_programming_errors() -> None:
    with pytest.raises(ValueError):
        CAL.add_working_days(D(2026, 3, 9), -1)
    with pytest.raises(ValueError):
        CAL.add_calendar_days(D(2026, 3, 9), -1)


def test_working_days_between_is_antisymmetric() -> None:
    assert CAL.working_days_between(D(2026, 2, 26), D(2026, 2, 12)) == -5
    assert CAL.working_days_between(D(2026, 2, 12), D(2026, 2, 12)) == 0


# --- properties (decisions 5–6), over covered and uncovered years alike -------------------------

starts = st.dates(min_value=D(2004, 1, 1), max_value=D(2028, 12, 31))
calendars = st.sampled_from([CAL, WorkingCalendar(PACKAGE.merged(ADMIN_2027))])


@settings(max_examples=300, deadline=None)
@given(cal=calendars, start=starts, n=st.integers(min_value=0, max_value=400))
def test_calendar_period_never_ends_on_a_rest_day(cal, start: date, n: int) -> None:
    result = cal.add_calendar_days(start, n)
    assert cal.is_working_day(result.date)
    assert result.date >= start + timedelta(days=n)


@settings(max_examples=300, deadline=None)
@given(cal=calendars, start=starts, n=st.integers(min_value=0, max_value=120))
def test_working_days_round_trip(cal, start: date, n: int) -> None:
    result = cal.add_working_days(start, n)
    assert cal.working_days_between(start, result.date) == n
    if n >= 1:
        assert cal.is_working_day(result.date)


@settings(max_examples=200, deadline=None)
@given(start=starts, n=st.integers(min_value=1, max_value=120))
def test_provisional_exactly_when_an_uncovered_year_is_reached(start: date, n: int) -> None:
    # the package covers up to 2026: every year touched in (start, due] from 2027 on is missing
    result = CAL.add_working_days(start, n)
    first = (start + timedelta(days=1)).year
    expected = tuple(y for y in range(first, result.date.year + 1) if y >= 2027)
    assert result.missing_years == expected
    assert result.provisional == bool(expected)


# --- counting back, months and years (issue 3: hearing notice, listing term) --------------------


@pytest.mark.parametrize(
    ("anchor", "n", "due", "basis"),
    [
        # 调解仲裁法 Art. 35 / 办案规则 Art. 38, 80: notice 5 working days before a 10/12 hearing;
        # 10/10 (Sat, 调休) counted, 国庆 skipped
        (D(2026, 10, 12), 5, D(2026, 9, 29), "办案规则 Arts. 38, 80"),
        # back over 春节: 2/14 (Sat, 调休) counted
        (D(2026, 2, 26), 5, D(2026, 2, 12), "办案规则 Art. 80; decision 5"),
        # back over 劳动节: 5/9 (Sat, 调休) counted
        (D(2026, 5, 11), 3, D(2026, 5, 7), "办案规则 Art. 80 三日 (延期开庭)"),
        (D(2026, 3, 9), 0, D(2026, 3, 9), "zero-length period"),
    ],
)
def test_subtract_working_days_2026(anchor: date, n: int, due: date, basis: str) -> None:
    assert CAL.subtract_working_days(anchor, n) == DateResult(due, False, ()), basis
    assert CAL.working_days_between(due, anchor) == n, basis


def test_subtract_working_days_into_an_uncovered_year_is_provisional() -> None:
    # a hearing set for early 2027 without 2027 data: weekends only, marked (decision 7)
    result = CAL.subtract_working_days(D(2027, 1, 6), 5)
    assert result == DateResult(D(2026, 12, 30), True, (2027,))


def test_subtract_calendar_days_rolls_back() -> None:
    # an "at least n days before" date in 国庆 moves earlier, never later
    assert CAL.subtract_calendar_days(D(2026, 10, 9), 5).date == D(2026, 9, 30)
    assert CAL.subtract_calendar_days(D(2026, 10, 9), 5, roll=False).date == D(2026, 10, 4)
    with pytest.raises(ValueError):
        CAL.subtract_working_days(D(2026, 3, 9), -1)


@pytest.mark.parametrize(
    ("start", "months", "roll", "due", "basis"),
    [
        # 民法典 Art. 202: the same-numbered day of the final month
        (D(2026, 3, 16), 1, True, D(2026, 4, 16), "民法典 Art. 202"),
        # no 4/31: the month's last day
        (D(2026, 3, 31), 1, True, D(2026, 4, 30), "民法典 Art. 202"),
        # no 2/31: 2/28, a 调休 Saturday worked for 春节, does not move (decision 6)
        (D(2026, 1, 31), 1, True, D(2026, 2, 28), "民法典 Arts. 202-203; decision 6"),
        # 5/3 is 劳动节: moves to 5/6 (民法典 Art. 203) unless the end is a fact, not a time to act
        (D(2026, 4, 3), 1, True, D(2026, 5, 6), "民法典 Art. 203"),
        (D(2026, 4, 3), 1, False, D(2026, 5, 3), "roll none"),
        # 45号令 Art. 12: 6 months on the list; 10/4 is 国庆 → 10/8
        (D(2026, 4, 4), 6, True, D(2026, 10, 8), "45号令 Art. 12; 民法典 Art. 203"),
        (D(2026, 4, 30), 0, True, D(2026, 4, 30), "zero-length period"),
    ],
)
def test_add_months(start: date, months: int, roll: bool, due: date, basis: str) -> None:
    assert CAL.add_months(start, months, roll=roll) == DateResult(due, False, ()), basis


def test_add_years() -> None:
    # 45号令 Art. 11: 3 years from the listing decision; the end is a fact (roll none)
    assert CAL.add_years(D(2026, 3, 16), 3, roll=False) == DateResult(D(2029, 3, 16), False, ())
    # 民法典 Art. 202: a 2/29 start ends on 2/28 in a common year
    assert CAL.add_years(D(2024, 2, 29), 1, roll=False).date == D(2025, 2, 28)
    assert CAL.add_years(D(2024, 2, 29), 4, roll=False).date == D(2028, 2, 29)
    # 2025-02-15 + 1 year = 2026-02-15 (春节) → first working day 2/24
    assert CAL.add_years(D(2025, 2, 15), 1) == DateResult(D(2026, 2, 24), False, ())
    # rolling in a year without data: weekends only and provisional (2027-01-02 is a Saturday)
    assert CAL.add_years(D(2026, 1, 2), 1) == DateResult(D(2027, 1, 4), True, (2027,))


@settings(max_examples=300, deadline=None)
@given(cal=calendars, anchor=starts, n=st.integers(min_value=0, max_value=120))
def test_subtract_working_days_is_the_inverse(cal, anchor: date, n: int) -> None:
    back = cal.subtract_working_days(anchor, n)
    # n working days in [back, anchor): the anchor itself is not counted (民事诉讼法 Art. 85)
    day = timedelta(days=1)
    assert cal.working_days_between(back.date - day, anchor - day) == n
    if n >= 1:
        assert cal.is_working_day(back.date)
        if cal.is_working_day(anchor):
            assert cal.add_working_days(back.date, n).date == anchor


@settings(max_examples=300, deadline=None)
@given(cal=calendars, start=starts, months=st.integers(min_value=0, max_value=48))
def test_month_periods_never_end_on_a_rest_day(cal, start: date, months: int) -> None:
    fixed = cal.add_months(start, months, roll=False).date
    rolled = cal.add_months(start, months)
    assert cal.is_working_day(rolled.date) and rolled.date >= fixed
    assert fixed.day == start.day or fixed.day < start.day  # 民法典 Art. 202: same day or month end
    assert (fixed.year * 12 + fixed.month) - (start.year * 12 + start.month) == months
