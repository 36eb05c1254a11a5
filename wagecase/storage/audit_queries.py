"""The 操作日志's reads: a filtered page (newest first, LIMIT/OFFSET), one case's entries, the
export's stream, and the integrity checkpoint kept in the settings table.

Nothing here loads the whole log: a page reads ``limit + 1`` rows (the extra one says whether a
next page exists, so no COUNT over a log of millions is needed), the export and the chain walk
read in keyed batches.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Row, Select, func, or_, select
from sqlalchemy.orm import Session

from .models import AuditEntry, Case, Setting, User

CHECKPOINT_KEY = "audit.checkpoint"


@dataclass(frozen=True)
class EntryFilter:
    """``since``/``until``: naive UTC, ``until`` exclusive. ``actions``/``prefixes``: the action
    group (both empty: every action). ``case_ids``: None means any case."""

    since: datetime | None = None
    until: datetime | None = None
    user_id: int | None = None
    actions: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    case_ids: Sequence[int] | None = None


def _select() -> Select:
    return (select(AuditEntry, User.display_name, Case.case_number)
            .outerjoin(User, User.id == AuditEntry.user_id)
            .outerjoin(Case, Case.id == AuditEntry.case_id))


def _filtered(stmt: Select, f: EntryFilter) -> Select:
    if f.since is not None:
        stmt = stmt.where(AuditEntry.at >= f.since)
    if f.until is not None:
        stmt = stmt.where(AuditEntry.at < f.until)
    if f.user_id is not None:
        stmt = stmt.where(AuditEntry.user_id == f.user_id)
    if f.actions or f.prefixes:
        stmt = stmt.where(or_(*(AuditEntry.action == a for a in f.actions),
                              *(AuditEntry.action.startswith(p, autoescape=True) for p in f.prefixes)))
    if f.case_ids is not None:
        stmt = stmt.where(AuditEntry.case_id.in_(list(f.case_ids)))
    return stmt


def page(session: Session, f: EntryFilter, offset: int, limit: int) -> list[Row]:
    """(AuditEntry, display_name, case_number) rows, newest first. The id orders them: it grows
    with every append, while ``at`` comes from each workstation's clock."""
    stmt = _filtered(_select(), f).order_by(AuditEntry.id.desc()).offset(offset).limit(limit)
    return list(session.execute(stmt).all())


def stream(session: Session, f: EntryFilter, batch: int = 1000) -> Iterator[Row]:
    """Every matching row, oldest first, read ``batch`` at a time (keyed on id, not OFFSET)."""
    last_id = 0
    while True:
        rows = list(session.execute(
            _filtered(_select(), f).where(AuditEntry.id > last_id).order_by(AuditEntry.id).limit(batch)).all())
        if not rows:
            return
        yield from rows
        last_id = rows[-1][0].id


def case_entries(session: Session, case_id: int) -> list[Row]:
    """One case's entries in the order they were written (the index on case_id finds them)."""
    return list(session.execute(
        _select().where(AuditEntry.case_id == case_id).order_by(AuditEntry.id)).all())


def case_ids_like(session: Session, text: str, limit: int = 500) -> list[int]:
    """Cases whose number contains ``text`` (a clerk types part of 案号)."""
    pattern = f"%{text}%"
    return list(session.execute(
        select(Case.id).where(Case.case_number.like(pattern)).order_by(Case.id).limit(limit)).scalars())


def user_names(session: Session, ids: Sequence[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(session.execute(select(User.id, User.display_name).where(User.id.in_(list(ids)))).all())


def users(session: Session) -> list[tuple[int, str]]:
    """Everyone who may appear in the log, former users too (they keep their entries)."""
    return [(i, name) for i, name in session.execute(
        select(User.id, User.display_name).order_by(User.active.desc(), User.display_name))]


def entry_count(session: Session) -> int:
    return session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()


def entry(session: Session, entry_id: int) -> AuditEntry | None:
    return session.get(AuditEntry, entry_id)


def count_after(session: Session, entry_id: int) -> int:
    return session.execute(select(func.count()).select_from(AuditEntry)
                           .where(AuditEntry.id > entry_id)).scalar_one()


def count_upto(session: Session, entry_id: int) -> int:
    return session.execute(select(func.count()).select_from(AuditEntry)
                           .where(AuditEntry.id <= entry_id)).scalar_one()


def checkpoint(session: Session) -> str | None:
    return session.execute(select(Setting.value).where(Setting.key == CHECKPOINT_KEY)).scalar()


def set_checkpoint(session: Session, value: str) -> None:
    row = session.get(Setting, CHECKPOINT_KEY)
    if row is None:
        session.add(Setting(key=CHECKPOINT_KEY, value=value))
    else:
        row.value = value
    session.flush()
