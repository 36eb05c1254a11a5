"""Values of the law that change with time and place: dated records the rules take as arguments.

Loaded from db/reference/*.csv into the database and edited by an administrator in 设置; the
rules never hold these numbers as literals (design.md §2). Money is integer fen.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from .dates import format_date
from .errors import RuleError


def _in_force(start: date, end: date | None, on: date) -> bool:
    return start <= on and (end is None or on <= end)


@dataclass(frozen=True)
class MinimumWageStandard:
    """One tier of one province's monthly minimum wage (e.g. 豫政〔2023〕43号, tier 1, 2,100 元)."""

    province_code: str  # GB/T 2260, e.g. 410000
    tier: int  # 1 = 一类
    monthly_fen: int
    hourly_fen: int
    effective_from: date
    effective_to: date | None
    document_no: str
    to_verify: bool = False
    id: int = 0

    def in_force(self, on: date) -> bool:
        return _in_force(self.effective_from, self.effective_to, on)


@dataclass(frozen=True)
class WageTierAssignment:
    """Which tier a county-level area is in (the annex 行政区域类别 of the standard)."""

    county_code: str
    tier: int
    effective_from: date
    effective_to: date | None
    to_verify: bool = True
    id: int = 0

    def in_force(self, on: date) -> bool:
        return _in_force(self.effective_from, self.effective_to, on)


@dataclass(frozen=True)
class AverageWage:
    """本省上年度职工年平均工资 for statistical ``year``: applies to cases in ``year + 1``."""

    province_code: str
    year: int
    annual_fen: int
    source: str
    to_verify: bool = True
    id: int = 0


@dataclass(frozen=True)
class CrimeThreshold:
    """数额较大 for 拒不支付劳动报酬罪 as fixed by a provincial high court (法释〔2013〕3号 Art. 3)."""

    province_code: str
    single_worker_fen: int  # one worker, at least ``single_worker_months`` months' pay
    single_worker_months: int
    group_workers: int  # at least this many workers...
    group_total_fen: int  # ...owed this much in total
    effective_from: date
    effective_to: date | None
    source: str
    id: int = 0

    def in_force(self, on: date) -> bool:
        return _in_force(self.effective_from, self.effective_to, on)


@dataclass(frozen=True)
class LocalNote:
    """Where a provincial text differs from the national one (decision 1): shown on the case."""

    province_code: str
    topic: str  # e.g. inspection.opening, inspection.investigation, inspection.compensation
    case_type: str  # inspection / arbitration / "" for both
    text: str
    source: str
    id: int = 0


@dataclass(frozen=True)
class ReferenceBook:
    """Everything above, as one argument for rules that need several of them."""

    minimum_wages: Sequence[MinimumWageStandard] = ()
    tiers: Sequence[WageTierAssignment] = ()
    average_wages: Sequence[AverageWage] = ()
    crime_thresholds: Sequence[CrimeThreshold] = ()
    notes: Sequence[LocalNote] = field(default_factory=tuple)


# ---- lookups the rules and services use --------------------------------------------------

def province_of(code: str) -> str:
    """GB/T 2260: the province of any region code is its first two digits + "0000"."""
    return code[:2] + "0000"


def _latest(records):
    # overlapping records are an editing slip; the most recent start is what was meant
    return max(records, key=lambda r: r.effective_from) if records else None


def tier_for(book: ReferenceBook, county_code: str, on: date) -> WageTierAssignment:
    """The tier of a county-level area in force on ``on``; RuleError reference.tier_missing."""
    found = _latest([t for t in book.tiers if t.county_code == county_code and t.in_force(on)])
    if found is None:
        raise RuleError("reference.tier_missing", county=county_code, date=format_date(on))
    return found


def minimum_wage_for(book: ReferenceBook, county_code: str, on: date) -> MinimumWageStandard:
    """The monthly minimum wage of a county's tier in force on ``on`` (the 终局 cap's base).

    The tier comes from the county's assignment in force that day, the amount from its
    province's standard for that tier in force that day (decision 3: the award date).
    Raises RuleError reference.tier_missing / reference.minimum_wage_missing when the
    administrator has not entered them, so the cap is never guessed.

    >>> book = ReferenceBook(
    ...     minimum_wages=[MinimumWageStandard("410000", 1, 210000, 2060, date(2024, 1, 1), None,
    ...                                        "豫政〔2023〕43号")],
    ...     tiers=[WageTierAssignment("410105", 1, date(2018, 10, 1), None)])
    >>> minimum_wage_for(book, "410105", date(2026, 3, 5)).monthly_fen
    210000
    """
    tier = tier_for(book, county_code, on)
    province = province_of(county_code)
    found = _latest(
        [s for s in book.minimum_wages
         if s.province_code == province and s.tier == tier.tier and s.in_force(on)]
    )
    if found is None:
        raise RuleError(
            "reference.minimum_wage_missing", province=province, tier=tier.tier, date=format_date(on)
        )
    return found


def average_wage_for(book: ReferenceBook, province_code: str, on: date) -> AverageWage | None:
    """本省上年度职工年平均工资 for a case on ``on``: statistical year ``on.year - 1``, or the
    latest earlier year while that one is not yet published (the figure comes out mid-year, and
    offices apply the latest published one until then). The reasons name the year used.

    None when no year up to ``on.year - 1`` has been entered; the 简易处理 rule then says so.
    """
    province = province_of(province_code)
    known = [w for w in book.average_wages if w.province_code == province and w.year <= on.year - 1]
    return max(known, key=lambda w: w.year) if known else None


def crime_threshold_for(book: ReferenceBook, province_code: str, on: date) -> CrimeThreshold | None:
    """The provincial high court's 数额较大 figures in force on ``on``, or None if not entered."""
    province = province_of(province_code)
    return _latest(
        [t for t in book.crime_thresholds if t.province_code == province and t.in_force(on)]
    )


def notes_for(book: ReferenceBook, province_code: str, case_type: str) -> tuple[LocalNote, ...]:
    """Local-regulation notes of a province for one case type ("" notes apply to both)."""
    province = province_of(province_code)
    return tuple(
        n for n in book.notes
        if n.province_code == province and n.case_type in ("", str(case_type))
    )
