"""Reads and writes of legal aid: the directory of centres and workstations (设置), and referrals."""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import LegalAidCentre, Region


# ---- centres ----------------------------------------------------------------------------------

def centres(session: Session, active_only: bool = False) -> list[LegalAidCentre]:
    stmt = select(LegalAidCentre).order_by(LegalAidCentre.id)
    if active_only:
        stmt = stmt.where(LegalAidCentre.active.is_(True))
    return list(session.execute(stmt).scalars())


def centre(session: Session, centre_id: int) -> LegalAidCentre | None:
    return session.get(LegalAidCentre, centre_id)


def centre_named(session: Session, name: str) -> LegalAidCentre | None:
    return session.execute(select(LegalAidCentre).where(LegalAidCentre.name == name)).scalars().first()


def add_centre(session: Session, row: LegalAidCentre) -> LegalAidCentre:
    session.add(row)
    session.flush()
    return row


def update_centre(session: Session, row: LegalAidCentre, **values) -> LegalAidCentre:
    for key, value in values.items():
        setattr(row, key, value)
    session.flush()
    return row


def region_prefix_known(session: Session, prefix: str) -> bool:
    """Whether some region's code starts with ``prefix`` (a whole code is its own prefix)."""
    stmt = select(Region.code).where(Region.code.like(f"{prefix}%")).limit(1)
    return session.execute(stmt).scalar_one_or_none() is not None


def regions_named(session: Session, codes: Iterable[str]) -> dict[str, tuple[str, int, str | None]]:
    """code -> (name, level, parent_code) for the given whole codes and their parents, so a
    county can be written with its city (郑州市金水区)."""
    wanted = {c for c in codes if c}
    if not wanted:
        return {}
    found: dict[str, tuple[str, int, str | None]] = {}
    stmt = select(Region.code, Region.name, Region.level, Region.parent_code)
    for code, name, level, parent in session.execute(stmt.where(Region.code.in_(wanted))):
        found[code] = (name, level, parent)
    parents = {p for (_, _, p) in found.values() if p and p not in found}
    if parents:
        for code, name, level, parent in session.execute(stmt.where(Region.code.in_(parents))):
            found[code] = (name, level, parent)
    return found
