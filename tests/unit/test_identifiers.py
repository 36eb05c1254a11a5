"""Resident ID numbers and 统一社会信用代码, rules.md §9 (test vectors from there)."""
from datetime import date

import pytest
from hypothesis import given, strategies as st

from wagecase.domain.case import Sex
from wagecase.domain.errors import RuleError
from wagecase.domain.identifiers import (
    CREDIT_ALPHABET, CreditCode, IdNumber, credit_check_char, id_check_char,
)


@pytest.mark.parametrize("raw", ["11010519491231002X", "440304199001010011", "41010219800101123X"])
def test_valid_id_numbers_from_rules(raw):
    assert IdNumber.parse(raw).value == raw


def test_lowercase_x_is_stored_uppercase():
    assert IdNumber.parse(" 11010519491231002x ").value == "11010519491231002X"


def test_id_parts():
    n = IdNumber.parse("41010219800101123X")
    assert n.region_code == "410102"
    assert n.birth_date == date(1980, 1, 1)
    assert n.sex is Sex.MALE  # sequence 123: odd
    assert n.masked() == "410102********123X"


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("", "id_number.empty"),
        ("4101021980010112", "id_number.length"),
        ("41010219800101123Y", "id_number.characters"),
        ("99010219800101123X", "id_number.region"),
        ("410102198002301234", "id_number.birth_date"),  # 30 February
        ("410102198001011231", "id_number.check_digit"),
    ],
)
def test_invalid_id_numbers_say_why(raw, key):
    with pytest.raises(RuleError) as err:
        IdNumber.parse(raw)
    assert err.value.key == key


def test_future_birth_date_is_refused():
    first17 = "41010230000101123"
    with pytest.raises(RuleError) as err:
        IdNumber.parse(first17 + id_check_char(first17), today=date(2026, 11, 28))
    assert err.value.key == "id_number.birth_date"


def test_fifteen_digit_id_is_upgraded():
    upgraded = IdNumber.parse("410102800101123")
    assert upgraded.value[:8] == "41010219" and len(upgraded.value) == 18


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_every_check_digit_roundtrips_or_is_refused_for_its_date(first17):
    candidate = first17 + id_check_char(first17)
    try:
        parsed = IdNumber.parse(candidate)
    except RuleError as err:
        assert err.key in {"id_number.region", "id_number.birth_date"}
    else:
        assert parsed.value == candidate


@pytest.mark.parametrize("raw", ["91350100M000100Y43", "91110000802100433B"])
def test_valid_credit_codes_from_rules(raw):
    assert CreditCode.parse(raw).value == raw


def test_letter_first_credit_code_is_valid():
    # python-stdnum wrongly rejects these (rules.md §9.2): the check character decides
    body = "Y2410105MA9GXXXX1"
    code = body + credit_check_char(body)
    assert CreditCode.parse(code).value == code


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("", "credit_code.empty"),
        ("91350100M000100Y4", "credit_code.length"),
        ("91350100M000100YI3", "credit_code.characters"),  # I is not in the alphabet
        ("91350100M000100Y44", "credit_code.check_digit"),
    ],
)
def test_invalid_credit_codes_say_why(raw, key):
    with pytest.raises(RuleError) as err:
        CreditCode.parse(raw)
    assert err.value.key == key


@given(st.text(alphabet=CREDIT_ALPHABET, min_size=17, max_size=17))
def test_credit_check_char_always_validates(body):
    assert CreditCode.parse(body + credit_check_char(body)).value == body + credit_check_char(body)


@pytest.mark.parametrize("raw", [
    # check characters recomputed by hand from GB 32100-2015 (weights 3^(i-1) mod 31), not by
    # credit_check_char, so the test does not only agree with itself (rules.md §9.2)
    "Y1410100MA9F0K2L36",
    "A1410105MA44XXXX0R",  # a letter check character
    "N2410122MA9GJ8UE5K",
])
def test_letter_first_credit_codes_with_fixed_check_characters(raw):
    assert CreditCode.parse(raw).value == raw
    assert CreditCode.parse(raw.lower()).region_code == raw[2:8]
    wrong = raw[:17] + ("0" if raw[17] != "0" else "1")
    with pytest.raises(RuleError) as err:
        CreditCode.parse(wrong)
    assert err.value.key == "credit_code.check_digit"
