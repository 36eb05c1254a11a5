from decimal import Decimal

import pytest

from wagecase.domain.errors import RuleError
from wagecase.domain.money import capitals, format_yuan, from_fen, parse_yuan, to_fen


@pytest.mark.parametrize(
    ("fen", "text"),
    [
        (1234567, "壹万贰仟叁佰肆拾伍元陆角柒分"),  # issue 3 example
        (2520000, "贰万伍仟贰佰元整"),  # issue 3 example
        (100005, "壹仟元零伍分"),
        (1000100, "壹万零壹元整"),
        (100010000, "壹佰万零壹佰元整"),
        (10000000000, "壹亿元整"),
        (5, "伍分"),
        (0, "零元整"),
        (210000, "贰仟壹佰元整"),
        (2160050, "贰万壹仟陆佰元伍角整"),
    ],
)
def test_capitals_banking_convention(fen, text):
    assert capitals(fen) == text


@pytest.mark.parametrize(
    ("typed", "yuan"),
    [("12,345.6", "12345.60"), ("１２３４５", "12345.00"), ("800元", "800.00"), (" 0.01 ", "0.01")],
)
def test_parse_yuan_accepts_what_clerks_type(typed, yuan):
    assert parse_yuan(typed) == Decimal(yuan)


@pytest.mark.parametrize(
    ("typed", "key"),
    [("", "amount.empty"), ("-5", "amount.negative"), ("abc", "amount.not_a_number"),
     ("0", "amount.zero"), ("1.234", "amount.too_precise"), ("NaN", "amount.not_a_number"),
     ("1e20", "amount.too_large")],
)
def test_parse_yuan_refuses_with_reason(typed, key):
    with pytest.raises(RuleError) as err:
        parse_yuan(typed)
    assert err.value.key == key


def test_fen_roundtrip():
    assert to_fen(Decimal("12345.67")) == 1234567
    assert from_fen(1234567) == Decimal("12345.67")
    assert format_yuan(1234567) == "12,345.67"
