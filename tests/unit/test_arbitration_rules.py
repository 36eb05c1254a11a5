"""Arbitration rules from the law: 终局 (办案规则 Art. 50), 简易处理 (Arts. 56-57), 时效 (调解仲裁法
Art. 27), and the reference lookups they stand on (rules.md §2.1, §2.4, §2.5, §7)."""
from __future__ import annotations

import re
from datetime import date

import pytest

from tests.unit.henan_reference import (
    AVERAGE_2025, AVERAGE_2025_CONFIRMED, BOOK, CRIME, HENAN, TONGXU,
)
from wagecase.domain.arbitration_rules import (
    LABOUR_STANDARD, AwardItem, limitation, split_final_award, summary_procedure,
)
from wagecase.domain.calendar import HolidayData, WorkingCalendar
from wagecase.domain.errors import RuleError
from wagecase.domain.messages import CATALOGUE
from wagecase.domain.reference_values import (
    ReferenceBook, average_wage_for, crime_threshold_for, minimum_wage_for, notes_for,
)

D = date
CAL = WorkingCalendar(HolidayData.from_package())
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def _all_reasons_read(outcome) -> None:
    for r in outcome.reasons:
        assert r.key in CATALOGUE, r.key
        assert CHINESE.search(r.text) and "…" not in r.text, (r.key, r.text)


# ---- reference lookups -----------------------------------------------------------------------

@pytest.mark.parametrize(("county", "on", "monthly_fen"), [
    # decision 10 / 豫政〔2023〕43号: tier 1 2,100 元 from 2024-01-01
    pytest.param("410105", D(2026, 3, 5), 210_000, id="金水区-2026-tier1-2100"),
    pytest.param("410122", D(2024, 1, 1), 210_000, id="中牟县-first-day-of-2024-standard"),
    # 豫政〔2021〕33号: 2,000 元 until 2023-12-31
    pytest.param("410102", D(2023, 12, 31), 200_000, id="中原区-last-day-of-2022-standard"),
    pytest.param("410102", D(2022, 6, 1), 200_000, id="中原区-2022"),
    pytest.param("410102", D(2019, 6, 1), 190_000, id="中原区-2018-standard"),
    pytest.param(TONGXU, D(2026, 3, 5), 200_000, id="通许县-tier2-2000"),
])
def test_minimum_wage_in_force_on_the_date(county, on, monthly_fen):
    assert minimum_wage_for(BOOK, county, on).monthly_fen == monthly_fen


def test_missing_tier_and_missing_standard_say_which():
    with pytest.raises(RuleError) as err:
        minimum_wage_for(BOOK, "410303", D(2026, 3, 5))  # 洛阳 西工区: no tier entered
    assert err.value.key == "reference.tier_missing"
    assert err.value.params == {"county": "410303", "date": "2026年3月5日"}
    with pytest.raises(RuleError) as err:
        minimum_wage_for(BOOK, "410105", D(2017, 1, 1))  # before the first tier row
    assert err.value.key == "reference.tier_missing"
    only_tiers = ReferenceBook(tiers=BOOK.tiers)
    with pytest.raises(RuleError) as err:
        minimum_wage_for(only_tiers, "410105", D(2026, 3, 5))
    assert err.value.key == "reference.minimum_wage_missing"
    assert err.value.params["province"] == HENAN and err.value.params["tier"] == 1


def test_average_wage_is_the_previous_years():
    # 办案规则 Art. 56(2): 本省上年度职工年平均工资
    assert average_wage_for(BOOK, "410105", D(2026, 7, 1)) is AVERAGE_2025
    assert average_wage_for(BOOK, HENAN, D(2025, 7, 1)) is None


def test_crime_threshold_and_notes_lookups():
    assert crime_threshold_for(BOOK, "410105", D(2026, 1, 1)) is CRIME
    assert crime_threshold_for(BOOK, "420100", D(2026, 1, 1)) is None
    assert crime_threshold_for(BOOK, HENAN, D(2012, 1, 1)) is None
    assert [n.topic for n in notes_for(BOOK, "410105", "inspection")] == [
        "inspection.compensation", "inspection.opening"]
    assert notes_for(BOOK, HENAN, "arbitration") == ()
    assert [n.topic for n in notes_for(BOOK, "420000", "arbitration")] == ["other"]


# ---- 终局裁决 ----------------------------------------------------------------------------------

ZZ_2024 = 210_000  # Zhengzhou tier 1 from 2024-01-01: cap 25,200 元


@pytest.mark.parametrize(("item", "final"), [
    # Art. 50 ¶1 + 民法典 Art. 1259: "不超过" includes the cap itself
    pytest.param(AwardItem("工资", "wages", 2_520_000), True, id="Art50-item-equal-to-cap"),
    pytest.param(AwardItem("工资", "wages", 2_520_001), False, id="Art50-item-one-fen-over-cap"),
    pytest.param(AwardItem("加班费", "overtime", 1_000_000), True, id="Art47-overtime-is-remuneration"),
    # Art. 50 ¶2: economic compensation / damages (double wage) / Art. 47: injury medical
    pytest.param(AwardItem("经济补偿", "severance", 2_000_000), True, id="Art50p2-severance"),
    pytest.param(AwardItem("二倍工资差额", "double_wages", 2_520_000), True,
                 id="Art50p2-double-wage-is-damages"),
    pytest.param(AwardItem("工伤医疗费", "injury", 500_000), True, id="Art47-injury-medical"),
    pytest.param(AwardItem("二倍工资差额", "double_wages", 3_000_000), False,
                 id="Art50p2-double-wage-over-cap"),
    # Art. 47(1) lists only four kinds of money claims
    pytest.param(AwardItem("返还押金", "other", 10_000), False, id="Art47-other-kind-not-final"),
    # Art. 50 ¶3: labour-standard disputes are final whatever the amount
    pytest.param(AwardItem("社会保险", LABOUR_STANDARD, 99_000_000), True,
                 id="Art50p3-labour-standard"),
])
def test_each_item_alone_against_the_zhengzhou_cap(item, final):
    split = split_final_award([item], ZZ_2024)
    assert split.cap_fen == 2_520_000
    assert (split.final_items == (item,)) is final
    assert (split.non_final_items == (item,)) is not final
    assert split.mixed is False and split.final_suffix == ""
    _all_reasons_read(split.outcome())


def test_cap_uses_the_2022_standard_before_2024():
    # award dated 2023-12-20 in 金水区: 2,000 × 12 = 24,000 元 (decision 3)
    monthly = minimum_wage_for(BOOK, "410105", D(2023, 12, 20)).monthly_fen
    split = split_final_award([AwardItem("工资", "wages", 2_500_000)], monthly)
    assert split.cap_fen == 2_400_000 and split.non_final_items
    # the same amount awarded on 2024-01-02 is final
    monthly = minimum_wage_for(BOOK, "410105", D(2024, 1, 2)).monthly_fen
    assert split_final_award([AwardItem("工资", "wages", 2_500_000)], monthly).final_items


def test_mixed_award_splits_into_two_numbers():
    # Art. 50 ¶4, decision 2: …N-1号 终局 and …N-2号 非终局
    items = [AwardItem("工资", "wages", 2_520_000), AwardItem("经济补偿", "severance", 3_000_000),
             AwardItem("工作时间争议", LABOUR_STANDARD)]
    split = split_final_award(items, ZZ_2024)
    assert split.mixed
    assert [i.label for i in split.final_items] == ["工资", "工作时间争议"]
    assert [i.label for i in split.non_final_items] == ["经济补偿"]
    assert (split.final_suffix, split.non_final_suffix) == ("-1", "-2")
    assert split.numbers("郑劳人仲案字〔2026〕17号") == (
        "郑劳人仲案字〔2026〕17-1号", "郑劳人仲案字〔2026〕17-2号")
    outcome = split.outcome()
    assert outcome.ok is False and outcome.keys[-1] == "rule.final.mixed"
    assert "25,200.00元" in outcome.texts[0] and "-1" in outcome.texts[-1]
    _all_reasons_read(outcome)


def test_unmixed_award_keeps_its_number():
    split = split_final_award([AwardItem("工资", "wages", 100)], ZZ_2024)
    assert split.numbers("郑劳人仲案字〔2026〕17号") == ("郑劳人仲案字〔2026〕17号",) * 2
    assert split.outcome().ok is True


# ---- 简易处理 ----------------------------------------------------------------------------------

def _summary(**kw):
    args = dict(facts_clear=False, amount_fen=9_000_000, average_wage=AVERAGE_2025_CONFIRMED,
                both_parties_agree=False)
    args.update(kw)
    return summary_procedure(**args)


@pytest.mark.parametrize(("kw", "ok", "key"), [
    # Art. 56: any one of three conditions (之一)
    pytest.param({"facts_clear": True}, True, "rule.summary.facts_clear", id="Art56-1-facts-clear"),
    pytest.param({"amount_fen": 8_000_000}, True, "rule.summary.amount_within",
                 id="Art56-2-amount-equal-to-average-wage"),
    pytest.param({"amount_fen": 8_000_001}, False, "rule.summary.amount_over",
                 id="Art56-2-amount-one-fen-over"),
    pytest.param({"both_parties_agree": True}, True, "rule.summary.parties_agree",
                 id="Art56-3-parties-agree"),
    pytest.param({}, False, "rule.summary.no_condition", id="Art56-no-condition"),
    # Art. 57: exclusions win over a condition
    pytest.param({"facts_clear": True, "respondent_whereabouts_unknown": True}, False,
                 "rule.summary.excluded_whereabouts", id="Art57-whereabouts-unknown"),
    pytest.param({"both_parties_agree": True, "public_interest": True}, False,
                 "rule.summary.excluded_public_interest", id="Art57-public-interest"),
    pytest.param({"amount_fen": 100, "major_social_impact": True}, False,
                 "rule.summary.excluded_social_impact", id="Art57-social-impact"),
    pytest.param({"facts_clear": True, "deemed_unsuitable": True}, False,
                 "rule.summary.excluded_unsuitable", id="Art57-deemed-unsuitable"),
    # None only matters when no condition holds
    pytest.param({"facts_clear": None}, None, "rule.summary.facts_unknown",
                 id="unknown-facts-undecidable"),
    pytest.param({"facts_clear": None, "both_parties_agree": True}, True,
                 "rule.summary.parties_agree", id="unknown-facts-but-parties-agree"),
    pytest.param({"average_wage": None}, None, "rule.summary.average_wage_missing",
                 id="decision4-average-wage-missing"),
    pytest.param({"average_wage": None, "facts_clear": True}, True,
                 "rule.summary.average_wage_missing", id="average-wage-missing-but-facts-clear"),
    pytest.param({"amount_fen": None}, None, "rule.summary.amount_unknown", id="amount-unknown"),
])
def test_summary_procedure(kw, ok, key):
    outcome = _summary(**kw)
    assert outcome.ok is ok
    assert key in outcome.keys
    assert outcome.code == "arbitration.summary_procedure" and "第五十六条" in outcome.basis
    _all_reasons_read(outcome)


def test_unconfirmed_average_wage_is_said():
    # decision 4: the shipped value is "to verify" until an administrator confirms it
    outcome = _summary(amount_fen=5_000_000, average_wage=AVERAGE_2025)
    assert outcome.ok is True
    assert "rule.summary.average_wage_to_verify" in outcome.keys
    assert any("80,000.00元" in t and "50,000.00元" in t for t in outcome.texts)


# ---- 仲裁时效 ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("kw", "applied_on", "ok", "expires_on"), [
    # Art. 27 ¶1 + 民法典 Art. 202: one year ends on the same date next year
    pytest.param({"knew_on": D(2025, 6, 10)}, D(2026, 6, 10), True, D(2026, 6, 10),
                 id="Art27-last-day-in-time"),
    pytest.param({"knew_on": D(2025, 6, 10)}, D(2026, 6, 11), False, D(2026, 6, 10),
                 id="Art27-day-after-expired"),
    # 民法典 Art. 203: a last day in 春节 (2/15–2/23) moves to 2/24
    pytest.param({"knew_on": D(2025, 2, 17)}, D(2026, 2, 24), True, D(2026, 2, 24),
                 id="Art203-ends-in-spring-festival"),
    pytest.param({"knew_on": D(2025, 2, 17)}, D(2026, 2, 25), False, D(2026, 2, 24),
                 id="Art203-spring-festival-roll-not-further"),
    # decision 6: a 调休 working Saturday does not move
    pytest.param({"knew_on": D(2025, 2, 14)}, D(2026, 2, 15), False, D(2026, 2, 14),
                 id="decision6-makeup-saturday-2-14-stays"),
    # 劳动节 5/1–5/5 -> 5/6; 国庆 10/1–10/7 -> 10/8; 10/10 (调休) stays
    pytest.param({"knew_on": D(2025, 5, 2)}, D(2026, 5, 6), True, D(2026, 5, 6),
                 id="Art203-ends-in-labour-day"),
    pytest.param({"knew_on": D(2025, 10, 3)}, D(2026, 10, 8), True, D(2026, 10, 8),
                 id="Art203-ends-in-national-day"),
    pytest.param({"knew_on": D(2025, 10, 10)}, D(2026, 10, 12), False, D(2026, 10, 10),
                 id="decision6-makeup-saturday-10-10-stays"),
    pytest.param({"knew_on": D(2025, 3, 7)}, D(2026, 3, 9), True, D(2026, 3, 9),
                 id="Art203-ordinary-saturday-rolls-to-monday"),
    # 民法典 Art. 202: no 29 February next year -> the last day of February
    pytest.param({"knew_on": D(2024, 2, 29)}, D(2025, 2, 28), True, D(2025, 2, 28),
                 id="Art202-feb-29-to-feb-28"),
    # Art. 27 ¶2 / 办案规则 Art. 27: a complaint to labour inspection interrupts, year restarts
    pytest.param({"knew_on": D(2025, 1, 10), "interruptions": [D(2025, 6, 1)]}, D(2026, 5, 20),
                 True, D(2026, 6, 1), id="Art27p2-interruption-restarts"),
    pytest.param({"knew_on": D(2024, 1, 10), "interruptions": [D(2025, 3, 3)]}, D(2025, 4, 1),
                 False, D(2025, 1, 10), id="Art27p2-interruption-after-expiry-revives-nothing"),
    pytest.param({"knew_on": D(2024, 1, 10), "interruptions": [D(2024, 8, 1), D(2025, 5, 8)]},
                 D(2026, 5, 8), True, D(2026, 5, 8), id="Art27p2-two-interruptions-chain"),
    # Art. 27 ¶3 / 办案规则 Art. 28: 30 days of suspension are not counted
    pytest.param({"knew_on": D(2025, 3, 2), "suspensions": [(D(2025, 6, 1), D(2025, 7, 1))]},
                 D(2026, 4, 1), True, D(2026, 4, 1), id="Art27p3-suspension-pauses"),
    pytest.param({"knew_on": D(2025, 3, 2),
                  "suspensions": [(D(2025, 6, 1), D(2025, 7, 1)), (D(2025, 6, 20), D(2025, 7, 11))]},
                 D(2026, 4, 11), True, D(2026, 4, 13), id="Art27p3-overlapping-suspensions-once"),
    # Art. 27 ¶4: wage arrears during employment are not time-barred
    pytest.param({"wage_arrears": True, "employment_continuing": True}, D(2026, 3, 5), True, None,
                 id="Art27p4-during-employment"),
    pytest.param({"wage_arrears": True, "employment_ended_on": D(2026, 6, 30), "knew_on": D(2020, 1, 1)},
                 D(2026, 3, 5), True, None, id="Art27p4-applied-before-employment-ended"),
    pytest.param({"wage_arrears": True, "employment_ended_on": D(2025, 9, 30)}, D(2026, 9, 30), True,
                 D(2026, 9, 30), id="Art27p4-one-year-from-end-of-employment"),
    pytest.param({"wage_arrears": True, "employment_ended_on": D(2025, 9, 30)}, D(2026, 10, 8),
                 False, D(2026, 9, 30), id="Art27p4-after-end-expired"),
    # undecidable without the facts
    pytest.param({"wage_arrears": True}, D(2026, 3, 5), None, None, id="employment-unknown"),
    pytest.param({}, D(2026, 3, 5), None, None, id="knew-on-missing"),
])
def test_limitation(kw, applied_on, ok, expires_on):
    result = limitation(CAL, applied_on=applied_on, **kw)
    assert result.ok is ok
    assert result.expires_on == expires_on
    assert result.provisional is False
    outcome = result.as_outcome()
    assert outcome.code == "arbitration.limitation" and "第二十七条" in outcome.basis
    _all_reasons_read(outcome)


def test_roll_is_explained():
    result = limitation(CAL, applied_on=D(2026, 2, 24), knew_on=D(2025, 2, 17))
    assert "rule.limitation.rolled" in result.as_outcome().keys
    assert any("2026年2月17日" in t and "2026年2月24日" in t for t in result.as_outcome().texts)


def test_open_suspension_keeps_the_period_paused():
    result = limitation(CAL, applied_on=D(2026, 5, 1), knew_on=D(2025, 3, 2),
                        suspensions=[(D(2025, 12, 1), None)])
    assert result.ok is True and result.expires_on is None
    assert "rule.limitation.suspended_open" in result.as_outcome().keys


def test_expiry_in_2027_is_provisional():
    # decision 7: no 2027 holiday data yet: weekends only, and said so (2027-01-01 is a Friday)
    result = limitation(CAL, applied_on=D(2026, 12, 1), knew_on=D(2026, 1, 1))
    assert result.ok is True and result.expires_on == D(2027, 1, 1) and result.provisional


def test_every_reason_key_of_the_rules_has_a_sentence():
    # test_messages scans RuleError/FieldError keys; reasons are built with reason("key", ...)
    from pathlib import Path

    domain = Path(__file__).resolve().parents[2] / "wagecase" / "domain"
    keys = set()
    for path in domain.glob("*_rules.py"):
        keys |= set(re.findall(r"""\breason\(\s*["']([a-z_.]+)["']""", path.read_text("utf-8")))
        keys |= set(re.findall(r"""["'](rule\.[a-z_.]+)["']""", path.read_text("utf-8")))
    assert len(keys) > 60
    assert not keys - CATALOGUE.keys()
