"""Migration 0002's reference data, and storage.reference_data on a real migrated SQLite file."""
from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from wagecase import paths
from wagecase.domain.periods import load_period_rows
from wagecase.domain.reference_values import (
    AverageWage,
    CrimeThreshold,
    LocalNote,
    MinimumWageStandard,
    WageTierAssignment,
    minimum_wage_for,
)
from wagecase.storage import reference_data as rd
from wagecase.storage.engine import make_engine
from wagecase.storage.models import Region, StatutoryPeriod
from wagecase.storage.uow import UnitOfWorkFactory


def csv_rows(name: str) -> list[dict[str, str]]:
    with open(paths.reference_dir() / name, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def fen(text: str) -> int:
    return int(Decimal(text) * 100)


@pytest.fixture
def uow(databases):
    engine = make_engine(databases.new("migrated", name="ref.sqlite3"))
    yield UnitOfWorkFactory(engine)
    engine.dispose()


def test_every_csv_row_is_loaded(uow):
    with uow.read() as u:
        s = u.session
        wages = rd.values(s, MinimumWageStandard)
        assert sorted((w.tier, w.effective_from, w.monthly_fen, w.hourly_fen, w.document_no, w.to_verify)
                      for w in wages) == sorted(
            (int(r["tier"]), date.fromisoformat(r["effective_from"]), fen(r["monthly_yuan"]),
             fen(r["hourly_yuan"]), r["document_no"], r["to_verify"] == "1")
            for r in csv_rows("minimum_wages.csv"))
        tiers = rd.values(s, WageTierAssignment)
        assert {(t.county_code, t.tier) for t in tiers} == {
            (r["county_code"], int(r["tier"])) for r in csv_rows("wage_tiers.csv")}
        assert all(t.to_verify for t in tiers)
        averages = rd.values(s, AverageWage)
        assert [(a.year, a.annual_fen, a.to_verify) for a in averages] == [
            (2023, 12069800, True), (2024, 12411000, True)]
        thresholds = rd.values(s, CrimeThreshold)
        assert len(thresholds) == len(csv_rows("crime_thresholds.csv")) == 6
        notes = rd.values(s, LocalNote)
        assert len(notes) == len(csv_rows("local_notes.csv")) == 5
        assert all(n.case_type == "inspection" and "国家规定优先适用" in n.text for n in notes)
        codes = set(s.execute(select(StatutoryPeriod.code)).scalars())
        assert codes == {r["code"] for r in csv_rows("periods.csv")}
        assert rd.get_settings(s, ["deadline.due_soon_working_days", "final_award.minimum_wage_date",
                                   "office.province_code"]) == {
            "deadline.due_soon_working_days": "3", "final_award.minimum_wage_date": "award",
            "office.province_code": "410000"}


def test_the_shipped_figures_match_rules_md(uow):
    with uow.read() as u:
        book = rd.reference_book(u.session)
    expected = [
        # decision 10: 2,100 元 for a 一类 county from 2024; 金水区 is 一类
        ("410105", date(2026, 3, 5), 210000), ("410105", date(2023, 6, 1), 200000),
        ("410105", date(2019, 6, 1), 190000), ("410105", date(2012, 6, 1), 108000),
        # 洛阳: 伊川 二类, 栾川 一类; elsewhere districts 二类 and counties 三类 (to verify)
        ("410329", date(2026, 1, 1), 200000), ("410324", date(2026, 1, 1), 210000),
        ("411702", date(2026, 1, 1), 200000), ("411729", date(2026, 1, 1), 180000),
    ]
    assert [(county, on, minimum_wage_for(book, county, on).monthly_fen)
            for county, on, _ in expected] == expected
    assert not any(w.monthly_fen in (235000, 215000) for w in book.minimum_wages)  # unverified
    henan = next(t for t in book.crime_thresholds if t.province_code == "410000")
    assert (henan.single_worker_fen, henan.single_worker_months, henan.group_workers,
            henan.group_total_fen, henan.effective_from) == (800000, 3, 10, 4000000, date(2013, 5, 1))


def test_tier_table_covers_every_henan_county(uow):
    with uow.read() as u:
        counties = set(u.session.execute(
            select(Region.code).where(Region.level == 3, Region.code.like("41%"))).scalars())
        tiers = {t.county_code for t in rd.values(u.session, WageTierAssignment)}
    assert "419001" in counties and counties == tiers


def test_standards_of_a_tier_follow_each_other_without_gap(uow):
    with uow.read() as u:
        wages = rd.values(u.session, MinimumWageStandard)
    for tier in (1, 2, 3):
        series = sorted((w for w in wages if w.tier == tier), key=lambda w: w.effective_from)
        for a, b in zip(series, series[1:]):
            assert (b.effective_from - a.effective_to).days == 1
        assert series[-1].effective_to is None


def test_period_catalogue_round_trips_through_the_table(uow):
    with uow.write() as u:
        catalogue = rd.period_catalogue(u.session)
        assert catalogue and all(active for _, active in catalogue)
        assert [r for r, _ in catalogue] == sorted(load_period_rows(csv_rows("periods.csv")),
                                                  key=lambda r: r.code)
        rule = catalogue[0][0]
        rd.save_period_rule(u.session, rule, active=False)
        u.commit()
    with uow.read() as u:
        assert rule.code not in {r.code for r in rd.period_rules(u.session)}
        assert (rule, False) in rd.period_catalogue(u.session)


def test_holiday_year_is_replaced_as_a_whole(uow):
    first = [rd.HolidayEntry(date(2027, 1, 1), False, "元旦"), rd.HolidayEntry(date(2027, 1, 2), False, "元旦")]
    second = [rd.HolidayEntry(date(2027, 10, 1), False, "国庆节"),
              rd.HolidayEntry(date(2027, 9, 26), True, "国庆节")]
    with uow.write() as u:
        rd.replace_holiday_year(u.session, 2027, first)
        rd.replace_holiday_year(u.session, 2027, second)
        u.commit()
    with uow.read() as u:
        assert rd.admin_holiday_years(u.session) == {2027: ([date(2027, 10, 1)], [date(2027, 9, 26)])}
    with uow.write() as u:
        assert rd.delete_holiday_year(u.session, 2027) == 2
        u.commit()
    with uow.read() as u:
        assert rd.holiday_entries(u.session) == {}


def test_values_save_update_and_delete(uow):
    with uow.write() as u:
        s = u.session
        saved = rd.save_value(s, AverageWage("410000", 2025, 8000000, "河南省人社厅", False))
        assert saved.id and saved.annual_fen == 8000000
        updated = rd.save_value(s, AverageWage("410000", 2025, 8100000, "河南省人社厅", False, id=saved.id))
        assert rd.value(s, AverageWage, saved.id) == updated
        assert rd.save_value(s, AverageWage("410000", 2026, 1, "", id=99999)) is None
        assert rd.delete_value(s, AverageWage, saved.id)
        assert rd.value(s, AverageWage, saved.id) is None
        rd.set_settings(s, {"office.province_code": "420000", "new.key": "x"})
        assert rd.get_setting(s, "office.province_code") == "420000"
        assert rd.get_setting(s, "new.key") == "x"
        assert rd.get_setting(s, "missing", "d") == "d"
