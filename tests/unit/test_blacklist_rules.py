"""失信联合惩戒对象名单, 人社部令第45号 Arts. 5, 11-13 (rules.md §4.1)."""
from __future__ import annotations

from datetime import date

import pytest

from wagecase.domain.blacklist_rules import (
    early_removal, early_removal_from, listing_eligibility, listing_term_end,
)
from wagecase.domain.messages import CATALOGUE

D = date


@pytest.mark.parametrize(("args", "ok"), [
    # Art. 5: both preconditions (ordered, not paid by the deadline) AND one ground
    pytest.param((True, False, True, False), True, id="Art5-crime-amount"),
    pytest.param((True, False, False, True), True, id="Art5-mass-incident"),
    pytest.param((True, False, False, False), False, id="Art5-no-ground"),
    pytest.param((False, False, True, True), False, id="Art5-no-order"),
    pytest.param((True, True, True, True), False, id="Art5-paid-by-deadline"),
    pytest.param((True, False, None, False), None, id="Art5-ground-unknown"),
    pytest.param((True, False, None, True), True, id="Art5-one-ground-enough"),
    pytest.param((None, False, True, False), None, id="Art5-order-unknown"),
    pytest.param((True, None, True, False), None, id="Art5-payment-unknown"),
    pytest.param((None, True, True, False), False, id="Art5-paid-whatever-the-order"),
])
def test_listing_eligibility(args, ok):
    outcome = listing_eligibility(*args)
    assert outcome.ok is ok and "第五条" in outcome.basis
    for r in outcome.reasons:
        assert r.key in CATALOGUE and "…" not in r.text


@pytest.mark.parametrize(("decided", "end"), [
    pytest.param(D(2026, 3, 5), D(2029, 3, 5), id="Art11-three-years"),
    pytest.param(D(2028, 2, 29), D(2031, 2, 28), id="Art11-feb-29"),
])
def test_listing_term_end(decided, end):
    assert listing_term_end(decided) == end


@pytest.mark.parametrize(("corrected", "listed", "earliest"), [
    # Art. 12(2): six months counted from correction, in months (not 180 days)
    pytest.param(D(2026, 3, 5), D(2026, 1, 10), D(2026, 9, 6), id="Art12-months-not-180-days"),
    pytest.param(D(2026, 8, 31), D(2026, 1, 10), D(2027, 3, 1), id="Art12-aug-31-to-feb-28"),
    # corrected before the listing: the time on the list starts at the listing
    pytest.param(D(2025, 12, 1), D(2026, 1, 10), D(2026, 7, 11), id="Art12-corrected-before-listing"),
])
def test_early_removal_from(corrected, listed, earliest):
    assert early_removal_from(corrected, listed) == earliest


def _removal(**kw):
    args = dict(corrected_on=D(2026, 3, 5), today=D(2026, 9, 6), undertaking_given=True,
                new_arrears_during_listing=False, criminal_proceedings=False,
                listed_on=D(2026, 1, 10))
    args.update(kw)
    return early_removal(**args)


@pytest.mark.parametrize(("kw", "ok", "key"), [
    pytest.param({}, True, "rule.removal.six_months_met", id="Art12-all-three"),
    # 180 days after 3/5 is 9/1: not yet six months
    pytest.param({"today": D(2026, 9, 1)}, False, "rule.removal.six_months_not_met",
                 id="Art12-180-days-is-not-six-months"),
    pytest.param({"today": D(2026, 9, 5)}, False, "rule.removal.six_months_not_met",
                 id="Art12-corresponding-day-not-yet-over"),
    pytest.param({"corrected_on": None}, False, "rule.removal.not_corrected",
                 id="Art12-1-not-corrected"),
    pytest.param({"undertaking_given": False}, False, "rule.removal.no_undertaking",
                 id="Art12-3-no-undertaking"),
    pytest.param({"undertaking_given": None}, None, "rule.removal.undertaking_unknown",
                 id="Art12-3-undertaking-unknown"),
    # Art. 13: bars
    pytest.param({"new_arrears_during_listing": True}, False, "rule.removal.new_arrears",
                 id="Art13-1-new-arrears"),
    pytest.param({"criminal_proceedings": True}, False, "rule.removal.criminal_proceedings",
                 id="Art13-2-criminal-proceedings"),
    pytest.param({"criminal_proceedings": None}, None, "rule.removal.bars_unknown",
                 id="Art13-unknown"),
])
def test_early_removal(kw, ok, key):
    outcome = _removal(**kw)
    assert outcome.ok is ok and key in outcome.keys
    for r in outcome.reasons:
        assert r.key in CATALOGUE and "…" not in r.text
