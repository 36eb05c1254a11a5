"""mask_id: how identity numbers print on the published list (45号令 Art. 4)."""
from __future__ import annotations

import pytest

from wagecase.domain.identifiers import IdNumber, credit_check_char, id_check_char, mask_id


def _id(first17: str) -> str:
    return first17 + id_check_char(first17)


def _code(first17: str) -> str:
    return first17 + credit_check_char(first17)


@pytest.mark.parametrize("number, published", [
    ("11010519491231002X", "110105********002X"),
    ("11010519491231002x", "110105********002X"),  # typed in lower case
    (" 110105 19491231002X ", "110105********002X"),
    (_id("41010519800101123"), "410105********123" + id_check_char("41010519800101123")),
    ("410105198001011230", "410105********1230"),  # wrong check digit: still a person's number
    ("91350100M000100Y43", "91350100M000100Y43"),  # 统一社会信用代码: published whole
    (_code("Y1350100M000100Y4"), _code("Y1350100M000100Y4")),
    (_code("12410000MB1234567"), _code("12410000MB1234567")),
    ("E12345678", "E*******8"),  # a passport
    ("410102800101123", "4*************3"),  # an old 15-digit ID
    ("AB", "**"),
    ("", ""),
])
def test_mask_id(number, published):
    assert mask_id(number) == published


def test_mask_id_agrees_with_id_number_masked():
    number = _id("41162519800512301")
    assert mask_id(number) == IdNumber.parse(number).masked()


def test_a_masked_person_number_hides_the_birth_date():
    number = _id("41162519800512301")
    assert "19800512" not in mask_id(number)
    assert len(mask_id(number)) == 18
