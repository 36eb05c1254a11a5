"""A row of the case list, and the small texts the list shows.

The list reads a page far more often than it paints all of its cells, and a page is read on
every scroll, sort and search: a row keeps the values as the query returned them and derives
what it shows (labels, amounts, dates, days left) when a cell asks for it. Benchmark figure 2
measured the eager version: building fifty finished rows cost three times the SQL of the page.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any, NamedTuple

from ..domain.case import CaseStatus, CaseType
from ..domain.money import format_yuan


@lru_cache(maxsize=1024)
def enum_label(enum, value: str | None) -> str:
    """The Chinese label of a stored enum value; an unknown value shows as stored, none as "".
    Cached: a page of the case list asks it a hundred times for a handful of values."""
    try:
        return enum(value).label
    except ValueError:
        return value or ""


def as_date(value: Any) -> date | None:
    """A date as the driver returned it: a date, or ISO text where SQLite has no column type to
    convert by (a scalar subquery, or the DBAPI cursor)."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def limit_text(due: date | None, paused: bool, today: date) -> str:
    """The 审理期限 (calendar days) as the arbitration list shows it."""
    if paused:
        return "中止"
    if due is None:
        return ""
    left = (due - today).days
    return f"剩余{left}日" if left > 0 else ("今日届满" if left == 0 else f"逾期{-left}日")


def lead_worker_text(name: str, count: int, is_collective: bool) -> str:
    """What the list shows in the worker column: 张三, or 张三等12人 for a group."""
    if is_collective and count > 1:
        return f"{name}等{count}人"
    return name


class CaseRow(NamedTuple):
    """One case of the list: the columns of storage.case_queries' page in their order, then the
    day the page was read (for the days left)."""
    id: int
    case_number: str
    case_type: str
    status: str
    collective: Any  # 0/1 from SQLite's cursor, a bool elsewhere
    green: Any
    lead_name: str
    worker_count: int
    employer_name: str
    claimed_fen: int
    received: Any  # a date, or its ISO text
    officer: str | None
    county: str | None
    next_due_raw: Any
    limit_due: Any
    limit_paused: Any
    today: date

    @property
    def is_collective(self) -> bool:
        return bool(self.collective)

    @property
    def green_channel(self) -> bool:
        return bool(self.green)

    @property
    def case_type_label(self) -> str:
        return enum_label(CaseType, self.case_type)

    @property
    def status_label(self) -> str:
        return enum_label(CaseStatus, self.status)

    @property
    def lead_worker_name(self) -> str:
        return lead_worker_text(self.lead_name, self.worker_count, bool(self.collective))

    @property
    def claimed_text(self) -> str:
        return format_yuan(self.claimed_fen)

    @property
    def received_date(self) -> date:
        return as_date(self.received)  # type: ignore[return-value]  # never NULL in cases

    @property
    def officer_name(self) -> str:
        return self.officer or ""

    @property
    def county_name(self) -> str:
        return self.county or ""

    @property
    def next_due(self) -> date | None:
        """The earliest open deadline, for the list's 下一期限."""
        return as_date(self.next_due_raw)

    @property
    def limit_text(self) -> str:
        """Arbitration: days left of the 审理期限 (剩余12日 / 逾期3日 / 中止)."""
        return limit_text(as_date(self.limit_due), bool(self.limit_paused), self.today)
