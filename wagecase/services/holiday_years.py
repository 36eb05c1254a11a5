"""Holiday years for 设置: the days an administrator enters checked as ranges of one year, the
stored days (or chinesecalendar's) grouped back into the ranges of the State Council's notice,
and the working calendar that merges both."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from ..domain.calendar import HolidayData, WorkingCalendar
from ..domain.errors import FieldError, RuleError, ValidationFailed
from ..storage import reference_data as rd
from .dto import HolidayRangeInput, HolidayYearView

FIRST_HOLIDAY_YEAR = 2004  # the first year chinesecalendar has
HOLIDAY_NAME_MAX = 20  # holiday_days.name
_DAY = timedelta(days=1)


def working_calendar(session) -> WorkingCalendar:
    """chinesecalendar years merged with the administrator's years."""
    return WorkingCalendar(HolidayData.from_package().merged(rd.admin_holiday_years(session)))


def holiday_year_views(entries: Mapping[int, Sequence[rd.HolidayEntry]], last_year: int,
                       editable: bool) -> list[HolidayYearView]:
    """Every year from 2004 to ``last_year``: package, administrator, or missing."""
    package = HolidayData.from_package()
    out = []
    for year in range(FIRST_HOLIDAY_YEAR, last_year + 1):
        if year in entries:
            days = entries[year]
            ranges = group_ranges([(e.day, e.name) for e in days if not e.is_workday],
                                  [(e.day, e.name) for e in days if e.is_workday])
            source, label = "admin", "管理员录入"
        elif package.covers(year):
            table = package.years[year]
            ranges = group_ranges([(d, "") for d in table.holidays],
                                  [(d, "") for d in table.workdays])
            source, label = "package", "随软件提供（chinesecalendar）"
        else:
            ranges, source = [], "missing"
            label = "无数据，期限按周末推算并标注“暂定”"
        out.append(HolidayYearView(year, source, label, tuple(ranges), editable))
    return out


def checked_holiday_year(year: int, ranges: Sequence[HolidayRangeInput], last_year: int
                         ) -> list[rd.HolidayEntry]:
    """The days of ``ranges`` for storing, or ValidationFailed naming each bad range."""
    errors: list[FieldError] = []
    if not FIRST_HOLIDAY_YEAR <= year <= last_year:
        raise ValidationFailed([FieldError("year", "holiday.year_range",
                                           {"min": FIRST_HOLIDAY_YEAR, "max": last_year, "year": year})])
    if not ranges:
        raise ValidationFailed([FieldError("ranges", "holiday.no_ranges")])
    taken: dict[date, str] = {}
    entries: list[rd.HolidayEntry] = []
    for i, r in enumerate(ranges):
        at = f"ranges[{i}]"
        name = (r.name or "").strip()
        if not name:
            errors.append(FieldError(f"{at}.name", "required"))
        elif len(name) > HOLIDAY_NAME_MAX:
            errors.append(FieldError(f"{at}.name", "holiday.name_too_long", {"max": HOLIDAY_NAME_MAX}))
        bad = [d for d in (r.first, r.last) if d.year != year]
        if bad:
            errors.append(FieldError(f"{at}.first" if bad[0] == r.first else f"{at}.last",
                                     "holiday.wrong_year", {"date": _cn(bad[0]), "year": year}))
            continue
        if r.last < r.first:
            errors.append(FieldError(f"{at}.last", "holiday.range_order",
                                     {"first": _cn(r.first), "last": _cn(r.last)}))
            continue
        days = [r.first + _DAY * n for n in range((r.last - r.first).days + 1)]
        clash = next((taken[d] for d in days if d in taken), None)
        if clash is not None:
            errors.append(FieldError(f"{at}.first", "holiday.range_overlap", {"other": clash}))
            continue
        taken.update((d, name) for d in days)
        entries.extend(rd.HolidayEntry(d, False, name) for d in days)
        for d in sorted(set(r.workdays)):
            entries.append(rd.HolidayEntry(d, True, name))
    for i, r in enumerate(ranges):
        at = f"ranges[{i}].workdays"
        for d in sorted(set(r.workdays)):
            if d.year != year:
                errors.append(FieldError(at, "holiday.wrong_year", {"date": _cn(d), "year": year}))
            elif d in taken:
                errors.append(FieldError(at, "holiday.both", {"date": _cn(d)}))
            elif d.weekday() < 5:
                errors.append(FieldError(at, "holiday.workday_not_weekend", {"date": _cn(d)}))
    if errors:
        raise ValidationFailed(errors)
    entries = list({(e.day, e.is_workday): e for e in entries}.values())  # a make-up day listed twice
    try:  # the calendar's own checks, the ones every computation relies on
        HolidayData().merged({year: ([e.day for e in entries if not e.is_workday],
                                     [e.day for e in entries if e.is_workday])})
    except RuleError as e:
        raise ValidationFailed([FieldError("ranges", e.key, e.params)]) from None
    return sorted(entries, key=lambda e: e.day)


def holiday_snapshot(entries: Sequence[rd.HolidayEntry]) -> dict:
    return {"holidays": [f"{e.day.isoformat()} {e.name}" for e in entries if not e.is_workday],
            "workdays": [f"{e.day.isoformat()} {e.name}" for e in entries if e.is_workday]}


def group_ranges(holidays: list[tuple[date, str]], workdays: list[tuple[date, str]]
                 ) -> list[HolidayRangeInput]:
    """Consecutive days off (with the same name, if names are stored) become one range; each
    make-up working day joins the range of its name, else the nearest one."""
    groups: list[list[tuple[date, str]]] = []
    for d, name in sorted(holidays):
        if groups and d - groups[-1][-1][0] == _DAY and groups[-1][-1][1] == name:
            groups[-1].append((d, name))
        else:
            groups.append([(d, name)])
    names = [g[0][1] or package_name([d for d, _ in g]) for g in groups]
    attached: list[list[date]] = [[] for _ in groups]
    for d, name in sorted(workdays):
        if not groups:
            break
        same = [i for i, n in enumerate(names) if name and n == name]
        candidates = same or range(len(groups))
        best = min(candidates, key=lambda i: min(abs((d - groups[i][0][0]).days),
                                                 abs((d - groups[i][-1][0]).days)))
        attached[best].append(d)
    return [HolidayRangeInput(names[i], g[0][0], g[-1][0], tuple(attached[i]))
            for i, g in enumerate(groups)]


def package_name(days: list[date]) -> str:
    """The festival names chinesecalendar gives these days, e.g. 春节 or 中秋节、国庆节."""
    import chinese_calendar  # only the 设置 page needs the festival names

    from chinese_calendar.constants import Holiday

    found: list[str] = []
    for d in days:
        try:
            _, english = chinese_calendar.get_holiday_detail(d)
        except NotImplementedError:
            continue
        for h in Holiday:
            if h.value == english and h.chinese not in found:
                found.append(h.chinese)
    return "、".join(found) or "节假日"


def _cn(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"
