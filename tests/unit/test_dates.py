"""Dates as documents print them, and 民法典 Art. 202 month/year arithmetic."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, strategies as st

from wagecase.domain.dates import (
    add_months, add_years, format_date, format_date_numerals, parse_iso_date,
)

D = date


@pytest.mark.parametrize(("d", "text"), [
    (D(2026, 3, 5), "2026年3月5日"),
    (D(2026, 10, 1), "2026年10月1日"),
])
def test_format_date(d, text):
    assert format_date(d) == text


@pytest.mark.parametrize(("d", "text"), [
    (D(2026, 3, 5), "二〇二六年三月五日"),
    (D(2026, 1, 10), "二〇二六年一月十日"),
    (D(2026, 11, 11), "二〇二六年十一月十一日"),
    (D(2026, 12, 20), "二〇二六年十二月二十日"),
    (D(2026, 5, 21), "二〇二六年五月二十一日"),
    (D(2026, 10, 30), "二〇二六年十月三十日"),
    (D(2026, 3, 31), "二〇二六年三月三十一日"),
    (D(2000, 1, 1), "二〇〇〇年一月一日"),
    (D(2019, 9, 19), "二〇一九年九月十九日"),
])
def test_format_date_numerals(d, text):
    assert format_date_numerals(d) == text


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-03-05", D(2026, 3, 5)),
    ("  2026-12-31\n", D(2026, 12, 31)),
    ("2026-02-29", None),
    ("20260305", None),
    ("2026/03/05", None),
    ("", None),
    (None, None),
    ("明天", None),
])
def test_parse_iso_date(text, expected):
    assert parse_iso_date(text) == expected


@pytest.mark.parametrize(("d", "n", "expected"), [
    (D(2026, 1, 31), 1, D(2026, 2, 28)),
    (D(2024, 1, 31), 1, D(2024, 2, 29)),
    (D(2026, 3, 5), 6, D(2026, 9, 5)),
    (D(2026, 11, 30), 3, D(2027, 2, 28)),
    (D(2026, 3, 5), 0, D(2026, 3, 5)),
])
def test_add_months(d, n, expected):
    assert add_months(d, n) == expected


@given(st.dates(min_value=D(2000, 1, 1), max_value=D(2090, 12, 31)), st.integers(0, 48))
def test_add_months_keeps_the_day_or_ends_the_month(d, n):
    end = add_months(d, n)
    assert (end.year * 12 + end.month) - (d.year * 12 + d.month) == n
    assert end.day == d.day or (end.day < d.day and (end + timedelta(days=1)).day == 1)


@given(st.dates(min_value=D(2000, 1, 1), max_value=D(2090, 12, 31)))
def test_numerals_are_all_chinese(d):
    text = format_date_numerals(d)
    assert not any(c.isascii() for c in text)
    assert text.startswith("二〇") and text.endswith("日")


def test_add_years_feb_29():
    assert add_years(D(2024, 2, 29), 4) == D(2028, 2, 29)
    assert add_years(D(2024, 2, 29), 1) == D(2025, 2, 28)
