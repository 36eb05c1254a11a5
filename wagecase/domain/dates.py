"""Dates as the documents print them, and month/year arithmetic of the civil code.

Ordinary documents print 2026年3月5日; arbitration documents (裁决书, 调解书) print the date in
Chinese numerals, 二〇二六年三月五日. ``add_months`` / ``add_years`` follow 民法典 Art. 202: a
period in months or years ends on the corresponding day of the last month, or that month's last
day when it has none (a year from 29 February ends on 28 February).
"""
from __future__ import annotations

import calendar as _stdcal
from datetime import date

_NUMERALS = "〇一二三四五六七八九"


def format_date(d: date) -> str:
    """The date as printed on ordinary documents and screens.

    >>> format_date(date(2026, 3, 5))
    '2026年3月5日'
    >>> format_date(date(2026, 12, 31))
    '2026年12月31日'
    """
    return f"{d.year}年{d.month}月{d.day}日"


def _small_number(n: int) -> str:
    # months and days: 十, 十一, 二十, 二十一, 三十一 (never 一十 or 二〇)
    tens, units = divmod(n, 10)
    if tens == 0:
        return _NUMERALS[units]
    head = "" if tens == 1 else _NUMERALS[tens]
    return head + "十" + ("" if units == 0 else _NUMERALS[units])


def format_date_numerals(d: date) -> str:
    """The date in Chinese numerals, as arbitration documents print it.

    >>> format_date_numerals(date(2026, 3, 5))
    '二〇二六年三月五日'
    >>> format_date_numerals(date(2030, 10, 10))
    '二〇三〇年十月十日'
    >>> format_date_numerals(date(2026, 11, 21))
    '二〇二六年十一月二十一日'
    >>> format_date_numerals(date(2026, 12, 31))
    '二〇二六年十二月三十一日'
    """
    year = "".join(_NUMERALS[int(c)] for c in f"{d.year:04d}")
    return f"{year}年{_small_number(d.month)}月{_small_number(d.day)}日"


def parse_iso_date(text: str | None) -> date | None:
    """``2026-03-05`` -> date; blank or invalid text -> None (the caller says which field).

    >>> parse_iso_date(" 2026-03-05 ")
    datetime.date(2026, 3, 5)
    >>> parse_iso_date("2026-02-30") is None, parse_iso_date("") is None, parse_iso_date(None) is None
    (True, True, True)
    """
    raw = (text or "").strip()
    if len(raw) != 10:  # only the extended form: fromisoformat also takes 20260305, W-weeks...
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        return None


def add_months(d: date, n: int) -> date:
    """The last day of a period of ``n`` months starting the day after ``d`` (民法典 Arts. 201-202).

    The corresponding day of the final month, or that month's last day if it has none.
    No rest-day roll here: that is the caller's (民法典 Art. 203 applies to deadlines only).

    >>> add_months(date(2026, 3, 5), 6)
    datetime.date(2026, 9, 5)
    >>> add_months(date(2026, 8, 31), 6)
    datetime.date(2027, 2, 28)
    """
    month_index = d.year * 12 + (d.month - 1) + n
    year, month = divmod(month_index, 12)
    month += 1
    last = _stdcal.monthrange(year, month)[1]
    return date(year, month, min(d.day, last))


def add_years(d: date, n: int) -> date:
    """Same date ``n`` years later; 29 February -> 28 February (民法典 Art. 202).

    >>> add_years(date(2024, 2, 29), 1)
    datetime.date(2025, 2, 28)
    >>> add_years(date(2025, 3, 5), 1)
    datetime.date(2026, 3, 5)
    """
    return add_months(d, 12 * n)
