"""设置 rows as text: the editor's cells in, values out, one FieldError per bad column.

Money reads "2100.00", dates "2024-01-01", yes/no "是"/"否", choices by value (or by the label a
clerk typed instead). A row either parses whole or ``Form.check`` raises ValidationFailed whose
FieldErrors name the column key.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..domain.errors import FieldError, RuleError, ValidationFailed
from ..domain.money import from_fen, parse_yuan, to_fen
from ..storage import repositories as repo
from .dto import ReferenceColumn

YES, NO = "是", "否"
CODE = re.compile(r"[a-z0-9_]+(?:\.[a-z0-9_]+)*")  # period codes and anchor fields
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９－／", "0123456789-/")


def money_text(fen: int) -> str:
    return f"{from_fen(fen):.2f}"


def date_text(d: date | None) -> str:
    return d.isoformat() if d else ""


def yes_text(flag: bool) -> str:
    return YES if flag else NO


def snapshot(item) -> dict:
    """A dataclass as the audit entry stores it (dates as ISO text)."""
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in dataclasses.asdict(item).items()}


def overlaps(a_from: date, a_to: date | None, b_from: date, b_to: date | None) -> bool:
    return a_from <= (b_to or date.max) and b_from <= (a_to or date.max)


def range_text(start: date, end: date | None) -> str:
    return f"{date_text(start)} 至 {date_text(end) or '今'}"


# ---- regions as choices ---------------------------------------------------------------------

@dataclass(frozen=True)
class Regions:
    provinces: tuple[tuple[str, str], ...]
    counties: tuple[tuple[str, str], ...]
    places: tuple[tuple[str, str], ...] = ()  # where a bureau sits: a city or a county-level area

    @classmethod
    def read(cls, session) -> Regions:
        regions = repo.all_regions(session)
        return cls(tuple((r.code, r.name) for r in regions if r.level == 1),
                   tuple((r.code, r.full_name) for r in regions if r.level == 3),
                   tuple((r.code, r.full_name) for r in regions if r.level in (2, 3)))


def province_column(regions: Regions) -> ReferenceColumn:
    return ReferenceColumn("province_code", "省份", "choice", regions.provinces)


def effective_columns() -> tuple[ReferenceColumn, ...]:
    return (ReferenceColumn("effective_from", "生效日期", "date", hint="例如 2024-01-01"),
            ReferenceColumn("effective_to", "失效日期", "date", required=False, hint="留空表示现行有效"))


# ---- one row's texts --------------------------------------------------------------------------

class Form:
    """Reads one row's texts column by column, collecting a FieldError per bad column."""

    def __init__(self, values: Mapping[str, str]) -> None:
        self.raw = {k: ("" if v is None else str(v)).strip() for k, v in values.items()}
        self.errors: list[FieldError] = []

    def fail(self, key: str, error: str, **params: Any) -> None:
        if not any(e.field == key for e in self.errors):  # one message per column is enough
            self.errors.append(FieldError(key, error, params))

    def text(self, key: str, *, required: bool = True, max_len: int = 0) -> str:
        value = self._given(key, required)
        if max_len and len(value) > max_len:
            self.fail(key, "reference.text_too_long", max=max_len, length=len(value))
        return value

    def money(self, key: str) -> int:
        try:
            return to_fen(parse_yuan(self.raw.get(key, "")))
        except RuleError as e:
            self.fail(key, e.key, **e.params)
            return 0

    def integer(self, key: str, low: int, high: int, *, required: bool = True) -> int:
        value = self._given(key, required)
        if not value:
            return 0
        norm = value.translate(_FULLWIDTH_DIGITS)
        if not re.fullmatch(r"-?\d+", norm):
            self.fail(key, "reference.int_invalid", text=value)
            return 0
        number = int(norm)
        if not low <= number <= high:
            self.fail(key, "reference.int_range", min=low, max=high, value=number)
        return number

    def day(self, key: str, *, required: bool = True) -> date | None:
        value = self._given(key, required)
        if not value:
            return None
        norm = value.translate(_FULLWIDTH_DIGITS).replace("/", "-").replace(".", "-")
        parts = norm.split("-")
        try:
            if len(parts) != 3 or not all(p.isdigit() for p in parts):
                raise ValueError(value)
            return date(*(int(p) for p in parts))
        except ValueError:
            self.fail(key, "reference.date_invalid", text=value)
            return None

    def flag(self, key: str) -> bool:
        value = self.raw.get(key, "").lower()
        if value in (YES, "1", "true", "y", "yes", "√"):
            return True
        if value in (NO, "0", "false", "n", "no", ""):
            return False
        self.fail(key, "roster.bool_invalid", text=self.raw.get(key, ""))
        return False

    def choice(self, key: str, choices: Iterable[tuple[str, str]], *, required: bool = True,
               unknown: str = "choice.invalid") -> str:
        value = self._given(key, required)
        if not value:
            return ""
        allowed = {v for v, _ in choices}
        if value not in allowed:
            # a label typed instead of the value (一类, 监察案件) is what was meant
            by_label = {label: v for v, label in choices}
            if value in by_label:
                return by_label[value]
            self.fail(key, unknown, value=value, code=value)
        return value

    def province(self, regions: Regions) -> str:
        return self.choice("province_code", regions.provinces, unknown="reference.province_unknown")

    def effective(self, *, required: bool = True) -> tuple[date | None, date | None]:
        """The effective_from / effective_to pair, checked for order."""
        start = self.day("effective_from", required=required)
        end = self.day("effective_to", required=False)
        if start and end and end < start:
            self.fail("effective_to", "reference.effective_order", to=date_text(end),
                      from_=date_text(start))
        return start, end

    def _given(self, key: str, required: bool) -> str:
        """The column's text; an empty required column is an error."""
        value = self.raw.get(key, "")
        if required and not value:
            self.fail(key, "required")
        return value

    def check(self) -> None:
        if self.errors:
            raise ValidationFailed(self.errors)
