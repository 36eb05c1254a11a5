"""Legal aid: 法律援助法 Art. 42(3) (hardship check) and Art. 44(1) (aid first) (rules.md §6.1)."""
from __future__ import annotations

from datetime import date

import pytest

from wagecase.domain.legal_aid_rules import URGENT_AID, hardship_check_exempt, urgent_aid
from wagecase.domain.messages import CATALOGUE

D = date


@pytest.mark.parametrize(("migrant", "kinds", "ok"), [
    # Art. 42(3): 进城务工人员 claiming 劳动报酬 or 工伤 damages
    pytest.param(True, ["wages"], True, id="Art42-3-wages"),
    pytest.param(True, ["overtime", "severance"], True, id="Art42-3-overtime-is-remuneration"),
    pytest.param(True, ["injury"], True, id="Art42-3-injury"),
    pytest.param(True, ["severance", "double_wages"], False, id="Art42-3-severance-not-covered"),
    pytest.param(False, ["wages"], False, id="Art42-3-not-a-migrant-worker"),
    pytest.param(None, ["wages"], None, id="migrant-status-unknown"),
])
def test_hardship_check_exempt(migrant, kinds, ok):
    outcome = hardship_check_exempt(migrant, kinds)
    assert outcome.ok is ok
    for r in outcome.reasons:
        assert r.key in CATALOGUE and "…" not in r.text


def test_exemption_skips_the_check_not_the_condition():
    outcome = hardship_check_exempt(True, ["wages", "injury"])
    assert outcome.keys == ("rule.legal_aid.exempt", "rule.legal_aid.check_not_condition")
    assert "工资、工伤待遇" in outcome.texts[0]


@pytest.mark.parametrize(("deadlines", "ok", "days"), [
    # Art. 44(1): "不足七日" — 6 days left is urgent, 7 is not
    pytest.param([("仲裁时效", D(2026, 3, 7))], True, 6, id="Art44-six-days-left"),
    pytest.param([("仲裁时效", D(2026, 3, 8))], False, 7, id="Art44-seven-days-left"),
    pytest.param([("仲裁时效", D(2026, 3, 1))], True, 0, id="Art44-last-day-today"),
    # the nearest deadline is the one named; a passed one is only mentioned
    pytest.param([("起诉期限", D(2026, 4, 1)), ("仲裁时效", D(2026, 3, 3)), ("答辩期", D(2026, 2, 1))],
                 True, 2, id="Art44-nearest-of-several"),
    pytest.param([D(2026, 3, 5)], True, 4, id="Art44-bare-date"),
    pytest.param([], False, None, id="no-deadline"),
    pytest.param([("仲裁时效", D(2026, 2, 28))], False, None, id="only-a-passed-deadline"),
])
def test_urgent_aid(deadlines, ok, days):
    outcome = urgent_aid(D(2026, 3, 1), deadlines)
    assert outcome.ok is ok
    assert outcome.action == (URGENT_AID if ok else "")
    if days is not None:
        assert f"{days}日" in outcome.texts[0]
    for r in outcome.reasons:
        assert r.key in CATALOGUE and "…" not in r.text


def test_urgent_aid_names_the_deadline():
    outcome = urgent_aid(D(2026, 3, 1), [("起诉期限", D(2026, 4, 1)), ("仲裁时效", D(2026, 3, 3))])
    assert "仲裁时效" in outcome.texts[0] and "2026年3月3日" in outcome.texts[0]
