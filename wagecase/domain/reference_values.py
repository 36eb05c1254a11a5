"""Values of the law that change with time and place: dated records the rules take as arguments.

Loaded from db/reference/*.csv into the database and edited by an administrator in 设置; the
rules never hold these numbers as literals (design.md §2). Money is integer fen.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date


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
