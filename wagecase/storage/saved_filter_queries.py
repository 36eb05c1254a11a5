"""Reads and writes of saved filters (我的工作队列): one user's named case-list conditions."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .models import SavedFilter


def filters_of(session: Session, user_id: int, list_key: str) -> list[SavedFilter]:
    """The user's filters of one list, in the order the user put them."""
    stmt = (select(SavedFilter)
            .where(SavedFilter.user_id == user_id, SavedFilter.list_key == list_key)
            .order_by(SavedFilter.position, SavedFilter.id))
    return list(session.execute(stmt).scalars())


def saved_filter(session: Session, filter_id: int) -> SavedFilter | None:
    return session.get(SavedFilter, filter_id)


def named(session: Session, user_id: int, list_key: str, name: str) -> SavedFilter | None:
    stmt = select(SavedFilter).where(SavedFilter.user_id == user_id, SavedFilter.list_key == list_key,
                                     SavedFilter.name == name)
    return session.execute(stmt).scalars().first()


def next_position(session: Session, user_id: int, list_key: str) -> int:
    stmt = select(func.max(SavedFilter.position)).where(SavedFilter.user_id == user_id,
                                                        SavedFilter.list_key == list_key)
    top = session.execute(stmt).scalar()
    return 0 if top is None else top + 1


def add(session: Session, row: SavedFilter) -> SavedFilter:
    session.add(row)
    session.flush()
    return row


def delete(session: Session, row: SavedFilter) -> None:
    session.delete(row)
    session.flush()
