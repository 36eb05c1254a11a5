"""设置: reference data with effective dates (holidays, minimum wages and tiers, average wage,
crime thresholds, the period catalogue, local notes). Reading is open to every user; changing
needs an administrator, and every change is an audit entry. Changing holidays or periods
recomputes the stored deadlines of open cases.
"""
from __future__ import annotations

from ..domain.calendar import WorkingCalendar
from ..domain.periods import PeriodRule
from ..domain.reference_values import ReferenceBook
from .context import ServiceContext
from .dto import Changes, HolidayRangeInput, HolidayYearView, ReferenceTable

TABLES = ("minimum_wages", "wage_tiers", "average_wages", "crime_thresholds", "periods", "local_notes")


class ReferenceService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- for other services (one read each; cheap enough to call per use case) --
    def calendar(self) -> WorkingCalendar:
        """chinesecalendar years merged with the administrator's years."""
        raise NotImplementedError

    def period_rules(self) -> list[PeriodRule]:
        """Active rows of the period catalogue."""
        raise NotImplementedError

    def book(self) -> ReferenceBook:
        raise NotImplementedError

    # -- 设置 pages --
    def table(self, name: str) -> ReferenceTable:
        raise NotImplementedError

    def save_row(self, name: str, row_id: str | None, values: dict[str, str]) -> Changes:
        """Insert (row_id None) or update one row; FieldErrors in Chinese via ValidationFailed."""
        raise NotImplementedError

    def delete_row(self, name: str, row_id: str) -> Changes:
        raise NotImplementedError

    def holiday_years(self) -> list[HolidayYearView]:
        """Every year from 2004 to next year: package, administrator, or missing."""
        raise NotImplementedError

    def save_holiday_year(self, year: int, ranges: list[HolidayRangeInput]) -> Changes:
        raise NotImplementedError

    def delete_holiday_year(self, year: int) -> Changes:
        raise NotImplementedError
