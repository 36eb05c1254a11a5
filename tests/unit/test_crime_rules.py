"""拒不支付劳动报酬罪 check: 刑法 Art. 276-1; 法释〔2013〕3号 Arts. 3-4; Henan figures (rules.md §5)."""
from __future__ import annotations

import pytest

from tests.unit.henan_reference import CRIME
from wagecase.domain.crime_rules import TRANSFER_TO_POLICE, WorkerArrears, crime_threshold
from wagecase.domain.messages import CATALOGUE

W = WorkerArrears


@pytest.mark.parametrize(("arrears", "reached"), [
    # 法释 Art. 3(1), Henan: one worker, ≥3 months, ≥8,000 元 ("以上" includes it)
    pytest.param([W(800_000, 3)], True, id="Art3-1-exactly-8000-over-3-months"),
    pytest.param([W(799_999, 3)], False, id="Art3-1-one-fen-short"),
    pytest.param([W(2_000_000, 2)], False, id="Art3-1-only-2-months"),
    # 法释 Art. 3(2), Henan: ≥10 workers, total ≥40,000 元
    pytest.param([W(400_000, 1)] * 10, True, id="Art3-2-ten-workers-40000"),
    pytest.param([W(400_000, 1)] * 9 + [W(399_999, 1)], False, id="Art3-2-one-fen-short"),
    pytest.param([W(500_000, 1)] * 9, False, id="Art3-2-only-nine-workers"),
    # a worker owed nothing does not count towards the ten
    pytest.param([W(450_000, 1)] * 9 + [W(0, 1)], False, id="Art3-2-zero-amount-not-counted"),
])
def test_amount(arrears, reached):
    outcome = crime_threshold(CRIME, arrears, order_to_pay_ignored=True)
    assert outcome.ok is reached
    assert outcome.action == (TRANSFER_TO_POLICE if reached else "")
    for r in outcome.reasons:
        assert r.key in CATALOGUE and "…" not in r.text


@pytest.mark.parametrize(("ignored", "ok", "key"), [
    # 法释 Art. 4: the order to pay (限期整改指令书/行政处理决定书) and non-payment are required
    pytest.param(True, True, "rule.crime.transfer", id="Art4-order-ignored-transfer-Art41"),
    pytest.param(False, False, "rule.crime.order_obeyed", id="Art4-paid-or-no-order"),
    pytest.param(None, None, "rule.crime.order_missing", id="Art4-order-not-recorded"),
])
def test_order_to_pay_prerequisite(ignored, ok, key):
    outcome = crime_threshold(CRIME, [W(1_000_000, 4)], order_to_pay_ignored=ignored)
    assert outcome.ok is ok and key in outcome.keys
    assert "第二百七十六条之一" in outcome.basis and "第四十一条" in outcome.basis


def test_reasons_name_the_figures():
    outcome = crime_threshold(CRIME, [W(1_000_000, 4)], order_to_pay_ignored=True)
    assert "10,000.00元" in outcome.texts[0] and "8,000.00元" in outcome.texts[0]
    assert outcome.texts[-1].startswith("涉嫌拒不支付劳动报酬罪")


def test_missing_threshold_is_undecidable():
    outcome = crime_threshold(None, [W(1_000_000, 4)], order_to_pay_ignored=True)
    assert outcome.ok is None and outcome.keys == ("rule.crime.threshold_missing",)
