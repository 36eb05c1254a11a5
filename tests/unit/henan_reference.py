"""The Henan reference values of rules.md §7 and §5, built from the domain dataclasses.

Test data, not shipped data: tiers are the 2011 annex's Zhengzhou districts (to verify), the
average wage is a made-up figure marked to verify (rules.md §7 found no published value).
"""
from __future__ import annotations

from datetime import date

from wagecase.domain.reference_values import (
    AverageWage, CrimeThreshold, LocalNote, MinimumWageStandard, ReferenceBook, WageTierAssignment,
)

HENAN = "410000"
ZHENGZHOU_TIER1 = ("410102", "410105", "410122")  # 中原区, 金水区, 中牟县
TONGXU = "410222"  # 开封 通许县: tier 2 in the 2011 annex


def _standards(doc: str, start: date, end: date | None, monthly: tuple[int, int, int],
               hourly: tuple[int, int, int]) -> list[MinimumWageStandard]:
    return [
        MinimumWageStandard(HENAN, tier, m * 100, h, start, end, doc)
        for tier, m, h in zip((1, 2, 3), monthly, hourly, strict=True)
    ]


MINIMUM_WAGES = [
    *_standards("豫政〔2018〕", date(2018, 10, 1), date(2021, 12, 31), (1900, 1700, 1500),
                (1900, 1700, 1500)),
    *_standards("豫政〔2021〕33号", date(2022, 1, 1), date(2023, 12, 31), (2000, 1800, 1600),
                (1960, 1760, 1560)),
    *_standards("豫政〔2023〕43号", date(2024, 1, 1), None, (2100, 2000, 1800),
                (2060, 1960, 1760)),
]
TIERS = [
    *(WageTierAssignment(code, 1, date(2018, 10, 1), None) for code in ZHENGZHOU_TIER1),
    WageTierAssignment(TONGXU, 2, date(2018, 10, 1), None),
]
AVERAGE_2025 = AverageWage(HENAN, 2025, 8_000_000, "测试值（待核实）", to_verify=True)
AVERAGE_2025_CONFIRMED = AverageWage(HENAN, 2025, 8_000_000, "河南省人社厅公布", to_verify=False)
CRIME = CrimeThreshold(HENAN, 800_000, 3, 10, 4_000_000, date(2013, 5, 1), None,
                       "河南省高级人民法院（2013）")
NOTES = [
    LocalNote(HENAN, "inspection.compensation", "inspection",
              "河南省条例规定赔偿金为一至五倍，本系统按国家规定50%至100%。", "河南省劳动保障监察条例第二十一条"),
    LocalNote(HENAN, "inspection.opening", "inspection",
              "河南省条例规定7日内决定是否立案。", "河南省劳动保障监察条例第十五条"),
    LocalNote("420000", "other", "", "湖北省的说明", "—"),
]

BOOK = ReferenceBook(
    minimum_wages=MINIMUM_WAGES, tiers=TIERS, average_wages=[AVERAGE_2025],
    crime_thresholds=[CRIME], notes=NOTES,
)
