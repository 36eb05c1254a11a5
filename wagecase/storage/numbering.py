"""Gapless numbers (case numbers and 文号) allocated inside the caller's transaction.

The counter is bumped with an UPDATE first: on SQLite the unit of work already holds the write
lock (BEGIN IMMEDIATE); on PostgreSQL the UPDATE takes the row lock, so a concurrent allocator
waits for our commit and then sees our value. Nothing is ever handed out twice, and a rollback
returns the number, so there are no gaps.
"""
from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..domain.arbitration_rules import FinalAwardSplit
from .models import NumberSequence, Setting

CASE_NUMBER_PATTERNS = {
    "inspection": "郑人社监投字〔{year}〕{seq}号",
    "arbitration": "郑劳人仲案字〔{year}〕{seq}号",
}


def next_value(session: Session, scope: str, year: int) -> int:
    for _ in range(3):
        bumped = session.execute(
            update(NumberSequence)
            .where(NumberSequence.scope == scope, NumberSequence.year == year)
            .values(last_value=NumberSequence.last_value + 1)
            .returning(NumberSequence.last_value)
        ).scalar_one_or_none()
        if bumped is not None:
            return bumped
        # first number of this scope and year; another writer may insert the row at the same
        # moment (PostgreSQL), in which case the savepoint fails and the UPDATE is retried
        try:
            with session.begin_nested():
                session.add(NumberSequence(scope=scope, year=year, last_value=1))
            return 1
        except IntegrityError:
            continue
    raise RuntimeError(f"could not allocate a number for {scope}/{year}")


def get_setting(session: Session, key: str, default: str = "") -> str:
    value = session.execute(select(Setting.value).where(Setting.key == key)).scalar_one_or_none()
    return value if value else default


def format_case_number(pattern: str, year: int, seq: int) -> str:
    try:
        return pattern.format(year=year, seq=seq)
    except (KeyError, IndexError, ValueError):
        # a mistyped pattern in the settings must not stop intake
        return CASE_NUMBER_PATTERNS["inspection"].format(year=year, seq=seq)


def next_case_number(session: Session, case_type: str, year: int) -> str:
    pattern = get_setting(session, f"case_number_pattern.{case_type}",
                          CASE_NUMBER_PATTERNS.get(case_type, CASE_NUMBER_PATTERNS["inspection"]))
    seq = next_value(session, f"case.{case_type}", year)
    return format_case_number(pattern, year, seq)


# ---- 文号 of issued documents ------------------------------------------------------------------
# Defaults when the office has not set ``document_number_pattern.<family>`` (migration 0003
# writes the same ones as settings). forms.md §5: 〔〕 brackets, no 第, no zero padding unless
# the pattern asks for it ({seq:03d}).

DOCUMENT_NUMBER_PATTERNS = {
    "inspection.notice": "郑人社监通字〔{year}〕{seq}号",
    "inspection.inquiry": "郑人社监询字〔{year}〕{seq}号",
    "inspection.order": "郑人社监令字〔{year}〕{seq}号",
    "inspection.penalty_notice": "郑人社监罚先告字〔{year}〕{seq}号",
    "inspection.penalty": "郑人社监罚字〔{year}〕{seq}号",
    "inspection.decision": "郑人社监处字〔{year}〕{seq}号",
    "inspection.transfer": "郑人社监移字〔{year}〕{seq}号",
    "blacklist": "郑人社失信列字〔{year}〕{seq}号",
    "legal_aid": "郑人社函〔{year}〕{seq}号",
    "arbitration": "郑劳人仲案字〔{year}〕{seq}号",
}
FALLBACK_DOCUMENT_PATTERN = "郑人社字〔{year}〕{seq}号"
DOCUMENT_PATTERN_SETTING = "document_number_pattern.{family}"


def document_scope(family: str) -> str:
    return f"doc.{family}"


def default_document_pattern(family: str) -> str:
    return DOCUMENT_NUMBER_PATTERNS.get(family, FALLBACK_DOCUMENT_PATTERN)


def format_document_number(pattern: str, year: int, seq: int, family: str = "") -> str:
    """``pattern`` with the year and sequence filled in.

    A pattern without ``{seq}`` would print the same number on every document, and a mistyped
    one must not stop an officer issuing: both fall back to the family's default.

    >>> format_document_number("郑人社监令字〔{year}〕{seq}号", 2026, 17)
    '郑人社监令字〔2026〕17号'
    >>> format_document_number("郑人社监令字〔{year}〕第{seq:03d}号", 2026, 7)
    '郑人社监令字〔2026〕第007号'
    >>> format_document_number("郑人社监令字", 2026, 7, "inspection.order")
    '郑人社监令字〔2026〕7号'
    """
    if "{seq" in pattern:
        try:
            return pattern.format(year=year, seq=seq)
        except (KeyError, IndexError, ValueError):
            pass
    return default_document_pattern(family).format(year=year, seq=seq)


def document_pattern(session: Session, family: str) -> str:
    return get_setting(session, DOCUMENT_PATTERN_SETTING.format(family=family),
                       default_document_pattern(family))


def next_document_number(session: Session, family: str, year: int) -> tuple[str, int]:
    """(文号 as printed, its sequence) for the next document of ``family`` in ``year``.

    Call it inside the issuing unit of work: a rollback gives the number back, a commit makes
    it the family's for good (a voided document keeps it)."""
    seq = next_value(session, document_scope(family), year)
    return format_document_number(document_pattern(session, family), year, seq, family), seq


def peek_document_number(session: Session, family: str, year: int) -> str:
    """The number the next document would get, for a preview; nothing is reserved."""
    last = session.execute(
        select(NumberSequence.last_value)
        .where(NumberSequence.scope == document_scope(family), NumberSequence.year == year)
    ).scalar_one_or_none() or 0
    return format_document_number(document_pattern(session, family), year, last + 1, family)


def split_award_numbers(case_number: str) -> tuple[str, str]:
    """(终局, 非终局) numbers of a split award: …97-1号 / …97-2号 (forms.md §5.3).

    >>> split_award_numbers("郑劳人仲案字〔2026〕97号")
    ('郑劳人仲案字〔2026〕97-1号', '郑劳人仲案字〔2026〕97-2号')
    """
    return FinalAwardSplit((), (), 0, True).numbers(case_number)
