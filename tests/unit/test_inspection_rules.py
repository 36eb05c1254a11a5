"""Labour inspection rules from the law: 若干规定 Art. 18, 条例 Arts. 20, 21, 26 (rules.md §1.2-1.5)."""
from __future__ import annotations

import re
from datetime import date

import pytest

from wagecase.domain.inspection_rules import (
    ACCEPT, REFER, REJECT, REQUEST_SUPPLEMENT, acceptance, additional_compensation,
    additional_compensation_range, time_bar_date,
)
from wagecase.domain.messages import CATALOGUE

D = date


@pytest.mark.parametrize(("ended", "last"), [
    # 条例 Art. 20: 2 years from the violation (or the end of a continuing one)
    pytest.param(D(2024, 3, 5), D(2026, 3, 5), id="Art20-two-years"),
    pytest.param(D(2024, 2, 29), D(2026, 2, 28), id="Art20-feb-29"),
    # no rest-day roll: 2026-02-17 is in 春节 but nobody must act by it
    pytest.param(D(2024, 2, 17), D(2026, 2, 17), id="Art20-no-roll-in-spring-festival"),
])
def test_time_bar_date(ended, last):
    assert time_bar_date(ended) == last


def _accept(**kw):
    args = dict(received_on=D(2026, 3, 5), violation_ended_on=D(2025, 12, 31),
                employer_identified=True)
    args.update(kw)
    return acceptance(**args)


@pytest.mark.parametrize(("kw", "ok", "action", "key"), [
    # 若干规定 Art. 18: all three conditions -> accept within 5 working days, open the same day
    pytest.param({}, True, ACCEPT, "rule.acceptance.accept", id="Art18-all-conditions"),
    # Art. 18(1) with 民法典 Art. 1259: "2年内" includes the last day
    pytest.param({"violation_ended_on": D(2024, 3, 5)}, True, ACCEPT, "rule.acceptance.accept",
                 id="Art18-1-received-on-last-day"),
    pytest.param({"violation_ended_on": D(2024, 3, 4)}, False, REJECT,
                 "rule.acceptance.time_barred", id="Art18-1-Art20-one-day-late"),
    # Art. 18(2): no clearly identified employer -> 补正
    pytest.param({"employer_identified": False}, False, REQUEST_SUPPLEMENT,
                 "rule.acceptance.employer_unidentified", id="Art18-2-no-employer"),
    # Art. 18(3): outside powers or jurisdiction -> tell the complainant where to go
    pytest.param({"within_powers": False}, False, REFER, "rule.acceptance.outside_powers",
                 id="Art18-3-outside-powers"),
    pytest.param({"within_jurisdiction": False}, False, REFER,
                 "rule.acceptance.outside_jurisdiction", id="Art18-3-other-territory"),
    # 条例 Art. 21 ¶2: a labour dispute already in arbitration or litigation
    pytest.param({"dispute_in_proceedings": True}, False, REFER,
                 "rule.acceptance.dispute_in_proceedings", id="Art21p2-in-arbitration"),
    # refer wins over the time bar: not ours to decide
    pytest.param({"within_powers": False, "violation_ended_on": D(2020, 1, 1)}, False, REFER,
                 "rule.acceptance.outside_powers", id="refer-before-time-bar"),
    # the time bar wins over 补正: supplementing would not help
    pytest.param({"employer_identified": False, "violation_ended_on": D(2020, 1, 1)}, False,
                 REJECT, "rule.acceptance.time_barred", id="time-bar-before-supplement"),
    # not yet established
    pytest.param({"violation_ended_on": None}, None, "", "rule.acceptance.violation_date_missing",
                 id="violation-date-missing"),
    pytest.param({"employer_identified": None}, None, "", "rule.acceptance.employer_unknown",
                 id="employer-unknown"),
    pytest.param({"within_jurisdiction": None}, None, "", "rule.acceptance.powers_unknown",
                 id="jurisdiction-unknown"),
])
def test_acceptance(kw, ok, action, key):
    outcome = _accept(**kw)
    assert (outcome.ok, outcome.action) == (ok, action)
    assert key in outcome.keys
    for r in outcome.reasons:
        assert r.key in CATALOGUE and re.search(r"[\u4e00-\u9fff]", r.text) and "…" not in r.text


@pytest.mark.parametrize(("due", "low", "high"), [
    # 条例 Art. 26; 劳动合同法 Art. 85: 50%–100% of the amount due
    pytest.param(2_520_000, 1_260_000, 2_520_000, id="Art26-25200-yuan"),
    pytest.param(12_345, 6_173, 12_345, id="Art26-low-rounded-up-to-the-fen"),
    pytest.param(1, 1, 1, id="Art26-one-fen"),
    pytest.param(0, 0, 0, id="Art26-nothing-due"),
])
def test_additional_compensation_range(due, low, high):
    assert additional_compensation_range(due) == (low, high)
    assert low * 2 >= due  # never below 50%


def test_additional_compensation_sentence():
    outcome = additional_compensation(1_000_050)
    assert outcome.ok is True and "第二十六条" in outcome.basis
    assert "10,000.50元" in outcome.texts[0] and "5,000.25元" in outcome.texts[0]


def test_negative_amount_is_a_programming_error():
    with pytest.raises(ValueError):
        additional_compensation_range(-1)
