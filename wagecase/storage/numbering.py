"""Gapless numbers (case numbers, later 文号) allocated inside the caller's transaction.

The counter is bumped with an UPDATE first: on SQLite the unit of work already holds the write
lock (BEGIN IMMEDIATE); on PostgreSQL the UPDATE takes the row lock, so a concurrent allocator
waits for our commit and then sees our value. Nothing is ever handed out twice, and a rollback
returns the number, so there are no gaps.
"""
from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

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
