"""Gapless case numbers and 文号: settings patterns, families and years, two processes at once."""
from __future__ import annotations

import pytest

from wagecase.storage.engine import make_engine
from wagecase.storage.models import Setting
from wagecase.storage.numbering import (
    DOCUMENT_NUMBER_PATTERNS,
    format_case_number,
    format_document_number,
    get_setting,
    next_case_number,
    next_document_number,
    next_value,
    peek_document_number,
    split_award_numbers,
)
from wagecase.storage.uow import UnitOfWorkFactory

from .db_support import run_processes


def _allocate(url: str, count: int, out) -> None:
    engine = make_engine(url)
    uow = UnitOfWorkFactory(engine)
    got = []
    for _ in range(count):
        with uow.write() as u:
            got.append(next_value(u.session, "case.inspection", 2026))
            u.commit()
    engine.dispose()
    out.put(got)


def test_two_processes_get_distinct_consecutive_numbers(databases):
    url = databases.new("schema")
    results = run_processes("fork", _allocate, [(url, 200)] * 2, timeout=60)
    numbers = sorted(results[0] + results[1])
    assert numbers == list(range(1, 401))
    assert all(a < b for r in results for a, b in zip(r, r[1:]))


def test_rollback_returns_the_number_and_years_count_separately(databases):
    engine = make_engine(databases.new("schema"))
    uow = UnitOfWorkFactory(engine)
    with uow.write() as u:
        assert next_value(u.session, "case.inspection", 2026) == 1
        u.commit()
    with uow.write() as u:
        assert next_value(u.session, "case.inspection", 2026) == 2
        # no commit: rolled back
    with uow.write() as u:
        assert next_value(u.session, "case.inspection", 2026) == 2
        assert next_value(u.session, "case.inspection", 2027) == 1
        assert next_value(u.session, "case.arbitration", 2026) == 1
        u.commit()
    with uow.write() as u:
        assert get_setting(u.session, "case_number_pattern.arbitration", "默认") == "默认"
        u.session.add(Setting(key="case_number_pattern.arbitration", value="郑劳仲〔{year}〕第{seq}号"))
        assert next_case_number(u.session, "arbitration", 2026) == "郑劳仲〔2026〕第2号"
        assert next_case_number(u.session, "inspection", 2026) == "郑人社监投字〔2026〕3号"
    engine.dispose()
    assert format_case_number("郑劳人仲案字〔{year}〕{seq}号", 2026, 17) == "郑劳人仲案字〔2026〕17号"


# ---- 文号 of issued documents ----------------------------------------------------------------

def test_document_numbers_run_per_family_and_year_from_the_settings_pattern(databases):
    engine = make_engine(databases.new("schema"))
    uow = UnitOfWorkFactory(engine)
    with uow.write() as u:
        s = u.session
        assert peek_document_number(s, "inspection.notice", 2026) == "郑人社监通字〔2026〕1号"
        assert next_document_number(s, "inspection.notice", 2026) == ("郑人社监通字〔2026〕1号", 1)
        assert next_document_number(s, "inspection.notice", 2026) == ("郑人社监通字〔2026〕2号", 2)
        # another family and another year count on their own
        assert next_document_number(s, "inspection.order", 2026) == ("郑人社监令字〔2026〕1号", 1)
        assert next_document_number(s, "inspection.notice", 2027) == ("郑人社监通字〔2027〕1号", 1)
        # the case numbers are a different counter
        assert next_case_number(s, "inspection", 2026) == "郑人社监投字〔2026〕1号"
        s.add(Setting(key="document_number_pattern.inspection.notice", value="金人社监通字〔{year}〕第{seq:03d}号"))
        s.flush()
        assert peek_document_number(s, "inspection.notice", 2026) == "金人社监通字〔2026〕第003号"
        assert next_document_number(s, "inspection.notice", 2026) == ("金人社监通字〔2026〕第003号", 3)
        u.commit()
    engine.dispose()


@pytest.mark.parametrize("pattern, expected", [
    ("郑人社监令字〔{year}〕{seq}号", "郑人社监令字〔2026〕7号"),  # no 虚位 by default
    ("郑人社监令字〔{year}〕{seq:04d}号", "郑人社监令字〔2026〕0007号"),
    ("〔{year}〕郑劳人仲案字第{seq}号", "〔2026〕郑劳人仲案字第7号"),
    ("郑人社监令字", "郑人社监令字〔2026〕7号"),  # no {seq}: every document would print the same
    ("郑人社监令字〔{yaer}〕{seq}号", "郑人社监令字〔2026〕7号"),  # typo: the default
    ("郑人社监令字〔{year}〕{seq:x}号", "郑人社监令字〔2026〕7号"),
])
def test_bad_patterns_fall_back_to_the_family_default(pattern, expected):
    assert format_document_number(pattern, 2026, 7, "inspection.order") == expected


def test_defaults_use_hexagonal_brackets_and_no_padding():
    for family, pattern in DOCUMENT_NUMBER_PATTERNS.items():
        text = format_document_number(pattern, 2026, 5, family)
        assert "〔2026〕" in text and text.endswith("5号") and "05" not in text, family
        assert not any(b in text for b in "【】[]（）"), family


def test_split_award_numbers():
    assert split_award_numbers("郑劳人仲案字〔2026〕97号") == ("郑劳人仲案字〔2026〕97-1号", "郑劳人仲案字〔2026〕97-2号")
