"""Resident ID numbers (GB 11643-1999) and 统一社会信用代码 (GB 32100-2015).

rules.md §9. The check character is the authority: python-stdnum rejects valid codes whose
first characters are letters, so the credit code is checked here, not through stdnum.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from .case import Sex
from .errors import RuleError

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
# GB/T 2260 province-level codes (first two digits of an ID number or region code)
PROVINCE_CODES = frozenset(
    {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
     50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82}
)


def _normalised(raw: str) -> str:
    """Full-width digits and letters typed with a Chinese input method (４１０１…, ｘ) read as
    the ASCII ones (NFKC), so the same person is stored, and found, under one number.

    >>> _normalised(" ４１０１０２ｘ ")
    '410102X'
    """
    return unicodedata.normalize("NFKC", raw or "").strip().replace(" ", "").upper()


def _digits(text: str) -> bool:
    # str.isdigit() is true for ² and ٣ too, which int() and the check digit cannot take
    return text.isascii() and text.isdigit()


def id_check_char(first17: str) -> str:
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


@dataclass(frozen=True)
class IdNumber:
    value: str

    @property
    def region_code(self) -> str:
        return self.value[:6]

    @property
    def birth_date(self) -> date:
        v = self.value
        return date(int(v[6:10]), int(v[10:12]), int(v[12:14]))

    @property
    def sex(self) -> Sex:
        return Sex.MALE if int(self.value[16]) % 2 else Sex.FEMALE

    def masked(self) -> str:
        return self.value[:6] + "********" + self.value[14:]

    def __str__(self) -> str:
        return self.value

    @classmethod
    def parse(cls, raw: str, *, today: date | None = None) -> "IdNumber":
        """Normalise and check; raises RuleError with the reason.

        >>> IdNumber.parse("11010519491231002x").value
        '11010519491231002X'
        >>> IdNumber.parse("410102198001011230")
        Traceback (most recent call last):
        ...
        wagecase.domain.errors.RuleError: id_number.check_digit
        """
        v = _normalised(raw)
        if not v:
            raise RuleError("id_number.empty")
        if len(v) == 15 and _digits(v):
            v17 = v[:6] + "19" + v[6:]
            v = v17 + id_check_char(v17)
        if len(v) != 18:
            raise RuleError("id_number.length", length=len(v))
        if not _digits(v[:17]) or not (_digits(v[17]) or v[17] == "X"):
            raise RuleError("id_number.characters")
        if int(v[:2]) not in PROVINCE_CODES:
            raise RuleError("id_number.region", region=v[:6])
        try:
            born = date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
        except ValueError:
            raise RuleError("id_number.birth_date", text=v[6:14]) from None
        if born > (today or date.today()) or born.year < 1900:
            raise RuleError("id_number.birth_date", text=v[6:14])
        if id_check_char(v[:17]) != v[17]:
            raise RuleError("id_number.check_digit")
        return cls(v)


CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_VALUES = {c: i for i, c in enumerate(CREDIT_ALPHABET)}
_CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def credit_check_char(first17: str) -> str:
    total = sum(_CREDIT_VALUES[c] * w for c, w in zip(first17, _CREDIT_WEIGHTS, strict=True))
    return CREDIT_ALPHABET[(31 - total % 31) % 31]


@dataclass(frozen=True)
class CreditCode:
    value: str

    @property
    def region_code(self) -> str:
        return self.value[2:8]

    def __str__(self) -> str:
        return self.value

    @classmethod
    def parse(cls, raw: str) -> "CreditCode":
        """Normalise and check a 统一社会信用代码; letter-first codes are valid.

        >>> CreditCode.parse("91350100m000100y43").value
        '91350100M000100Y43'
        >>> CreditCode.parse("Y1350100M000100Y4" + credit_check_char("Y1350100M000100Y4")).value[:1]
        'Y'
        """
        v = _normalised(raw)
        if not v:
            raise RuleError("credit_code.empty")
        if len(v) != 18:
            raise RuleError("credit_code.length", length=len(v))
        bad = [c for c in v if c not in _CREDIT_VALUES]
        if bad:
            raise RuleError("credit_code.characters", chars="".join(dict.fromkeys(bad)))
        if credit_check_char(v[:17]) != v[17]:
            raise RuleError("credit_code.check_digit")
        return cls(v)


def mask_id(number: str) -> str:
    """A number as the published list prints it (45号令 Art. 4: personal information is protected).

    A resident ID keeps its region (first 6) and last 4 characters; an organisation's
    统一社会信用代码 is public registration data and prints whole; anything else keeps its
    first and last character. A string shaped like an ID number (17 digits + digit/X) is masked
    even when its check character is wrong: when in doubt, a person's number is never published.

    >>> mask_id("11010519491231002x")
    '110105********002X'
    >>> mask_id("91350100M000100Y43")
    '91350100M000100Y43'
    >>> mask_id("410105198001011239")
    '410105********1239'
    >>> mask_id("A1234567")
    'A******7'
    >>> mask_id(" 410102800101123 ")
    '4*************3'
    >>> mask_id(""), mask_id("AB"), mask_id("7")
    ('', '**', '*')
    """
    v = (number or "").strip().replace(" ", "").upper()
    if not v:
        return ""
    person_shaped = len(v) == 18 and v[:17].isdigit() and (v[17].isdigit() or v[17] == "X")
    if person_shaped:
        try:
            IdNumber.parse(v)
            return _mask_person(v)
        except RuleError:
            pass
    try:
        return CreditCode.parse(v).value
    except RuleError:
        pass
    if person_shaped:
        return _mask_person(v)
    if len(v) <= 2:
        return "*" * len(v)
    return v[0] + "*" * (len(v) - 2) + v[-1]


def _mask_person(v: str) -> str:
    return v[:6] + "*" * 8 + v[14:]


def mask_phone(number: str) -> str:
    """A phone or bank-card number on a screen that does not need it whole: the first 3 and last
    4 digits stay, enough to tell numbers apart and to confirm one read out on the phone.

    >>> mask_phone("13803712345"), mask_phone("0371-65551234"), mask_phone("6222021234567890123")
    ('138****2345', '037******1234', '622************0123')
    >>> mask_phone(""), mask_phone("12345")
    ('', '*****')
    """
    v = (number or "").strip()
    if not v:
        return ""
    if len(v) <= 7:
        return "*" * len(v)
    return v[:3] + "*" * (len(v) - 7) + v[-4:]
