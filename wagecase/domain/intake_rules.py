"""Pure checks for what a clerk types at intake: periods, phone numbers, ID numbers, choices.

Each check returns the parsed value or raises RuleError with the message key, so the service can
collect every FieldError at once and the roster import can reuse the very same rules.
"""
from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .errors import RuleError

# Clocks on office PCs drift; a receipt time a few minutes "in the future" is not an error.
CLOCK_SKEW_MINUTES = 5
# A receipt date before this is a typing slip (1926 for 2026), not a case still to be handled;
# it also keeps every computed deadline within the calendar's range.
EARLIEST_RECEIPT_YEAR = 2000

_PHONE = re.compile(r"\+?[0-9][0-9\- ]{5,18}[0-9]")
_DATE_SEPARATORS = str.maketrans({"年": "-", "月": "-", "日": "", "/": "-", ".": "-", " ": ""})


@dataclass(frozen=True)
class PeriodDate:
    """A typed date with the span it means: "2025-10" covers the whole of October."""

    start: date
    end: date
    whole_month: bool


def parse_period_date(text: str) -> PeriodDate | None:
    """"2025-10-01", "2025-10", "2025年10月", "2025/10/1", "20251001", "202510" -> PeriodDate.

    Empty text gives None (a period is optional); anything else unreadable raises date.invalid.

    >>> parse_period_date("2025-10").end
    datetime.date(2025, 10, 31)
    """
    raw = (text or "").strip()
    if not raw:
        return None
    # full-width digits and dashes from a Chinese input method (２０２５－１０) read as ASCII
    t = unicodedata.normalize("NFKC", raw).translate(_DATE_SEPARATORS).strip("-")
    if t.isdigit() and len(t) in (6, 8):
        t = t[:4] + "-" + t[4:6] + ("-" + t[6:] if len(t) == 8 else "")
    parts = t.split("-")
    try:
        if len(parts) == 2:
            y, m = int(parts[0]), int(parts[1])
            last = calendar.monthrange(y, m)[1]
            if y < 1900:
                raise ValueError
            return PeriodDate(date(y, m, 1), date(y, m, last), True)
        if len(parts) == 3:
            d = date(int(parts[0]), int(parts[1]), int(parts[2]))
            if d.year < 1900:
                raise ValueError
            return PeriodDate(d, d, False)
    except (ValueError, calendar.IllegalMonthError):
        pass
    raise RuleError("date.invalid", text=raw)


def check_phone(text: str) -> str:
    """Optional phone: 7–20 characters of digits, dashes, spaces and a leading +."""
    t = (text or "").strip()
    if not t:
        return ""
    if len(t) > 20 or not _PHONE.fullmatch(t):
        raise RuleError("phone.invalid", text=t)
    return t


# control characters (NUL, BEL...), lone UTF-16 surrogates and, on one line, line separators:
# pasted from another program, invisible on screen, refused by PostgreSQL (NUL) or by the
# UTF-8 encoder (surrogates)
_BAD_CATEGORIES = frozenset({"Cc", "Cs"})
_LINE_BREAKS = frozenset("\n\r\t")
_ONE_LINE_BAD = frozenset({"Zl", "Zp"})


def check_text(text: str, max_length: int | None = None, *, multiline: bool = False) -> str:
    """Free text as typed (a name, an address, the facts), stripped; raises text.bad_characters
    for characters that cannot be stored or shown, text.too_long beyond ``max_length``.

    >>> check_text("  张三 ", 50)
    '张三'
    >>> check_text("张\\x00三")
    Traceback (most recent call last):
    ...
    wagecase.domain.errors.RuleError: text.bad_characters
    """
    t = (text or "").strip()
    # what is printable has none of them (checked in C): the character walk is for the rest
    bad = [] if t.isprintable() else [
        c for c in t if (unicodedata.category(c) in _BAD_CATEGORIES and not (multiline and c in _LINE_BREAKS))
        or (not multiline and unicodedata.category(c) in _ONE_LINE_BAD)]
    if bad:
        raise RuleError("text.bad_characters", chars="、".join(f"U+{ord(c):04X}" for c in dict.fromkeys(bad)))
    if max_length is not None and len(t) > max_length:
        raise RuleError("text.too_long", max=max_length, length=len(t))
    return t


def check_choice(enum: type[StrEnum], value: str) -> StrEnum:
    try:
        return enum(value)
    except ValueError:
        raise RuleError("choice.invalid", value=value) from None


def strip_region_prefix(code: str) -> str:
    """"410100" -> "4101", "410000" -> "41": the prefix that all regions under it share."""
    c = (code or "").strip()
    while len(c) > 2 and c.endswith("00"):
        c = c[:-2]
    return c


def mask_id_number(value: str) -> str:
    """Suggestions show 410102********1234: enough to tell people apart, not the full number."""
    if len(value) == 18:
        return value[:6] + "********" + value[14:]
    if len(value) > 8:
        return value[:4] + "*" * (len(value) - 8) + value[-4:]
    return value
