"""Bulk writes for the demo generator: Core executemany with ids chosen by the caller.

The ORM would cost ~10x here (platform.md: ORM add_all 13k rows/s, Core executemany 70k/s),
and the demo writes a million rows. Each call works inside the caller's unit of work, so a
batch is one transaction and a cancelled load keeps only whole batches.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from . import search_index
from .models import (
    Base,
    Case,
    Employer,
    HearingRoom,
    LegalAidCentre,
    NumberSequence,
    Region,
    Setting,
    User,
    Worker,
)

# Parents before children, so foreign keys hold row by row.
TABLE_ORDER = (
    "users", "employers", "projects", "contractor_links", "workers", "cases", "case_workers",
    "arrears_items", "case_events", "case_deadlines", "payments", "tribunal_members", "hearings",
    "listings", "listing_subjects", "referrals",
)


def any_case(session: Session) -> bool:
    return session.execute(select(Case.id).limit(1)).first() is not None


def max_ids(session: Session, tables: Iterable[str] = TABLE_ORDER) -> dict[str, int]:
    """Highest id per table; the caller holds the write lock, so max+1.. are free to use."""
    out = {}
    for name in tables:
        table = Base.metadata.tables[name]
        out[name] = session.execute(select(func.max(table.c.id))).scalar() or 0
    return out


def insert_rows(session: Session, rows: Mapping[str, Sequence[dict]]) -> None:
    """Insert each table's rows (all dicts of one table share the same keys) in FK order."""
    conn = session.connection()
    for name in TABLE_ORDER:
        batch = rows.get(name)
        if batch:
            conn.execute(insert(Base.metadata.tables[name]), list(batch))
            if name == "cases":  # the trigram index follows by trigger; this one by hand
                search_index.add(conn, ((r["id"], r["search_text"]) for r in batch))


def users(session: Session) -> list[tuple[int, str, str, str]]:
    """(id, username, display_name, role) of active users."""
    return [tuple(r) for r in session.execute(
        select(User.id, User.username, User.display_name, User.role).where(User.active.is_(True)).order_by(User.id))]


def user_count(session: Session) -> int:
    return session.execute(select(func.count(User.id))).scalar() or 0


def henan_regions(session: Session) -> list[tuple[str, str, str, int, str | None]]:
    """(code, name, full_name, level, parent_code) of 河南 from the regions table."""
    return [tuple(r) for r in session.execute(
        select(Region.code, Region.name, Region.full_name, Region.level, Region.parent_code)
        .where(Region.code.like("41%")).order_by(Region.code))]


def existing_worker_id_numbers(session: Session) -> set[str]:
    return set(session.execute(select(Worker.id_number).where(Worker.id_number.is_not(None))).scalars())


def existing_credit_codes(session: Session) -> set[str]:
    return set(session.execute(select(Employer.credit_code).where(Employer.credit_code.is_not(None))).scalars())


def existing_employer_names(session: Session) -> set[str]:
    return set(session.execute(select(Employer.name)).scalars())


def setting_values(session: Session, keys: Iterable[str]) -> dict[str, str]:
    return {k: v for k, v in session.execute(
        select(Setting.key, Setting.value).where(Setting.key.in_(list(keys))))}


def sequence_values(session: Session, scopes: Iterable[str]) -> dict[tuple[str, int], int]:
    return {(s, y): v for s, y, v in session.execute(
        select(NumberSequence.scope, NumberSequence.year, NumberSequence.last_value)
        .where(NumberSequence.scope.in_(list(scopes))))}


def raise_sequences(session: Session, values: Mapping[tuple[str, int], int]) -> None:
    """Set each (scope, year) counter to at least ``value``, so later registrations go on
    from the last number the demo used."""
    existing = sequence_values(session, {s for s, _ in values})
    table = NumberSequence.__table__
    for (scope, year), value in values.items():
        if (scope, year) in existing:
            if existing[(scope, year)] < value:
                session.execute(table.update()
                                .where(table.c.scope == scope, table.c.year == year)
                                .values(last_value=value))
        else:
            session.execute(insert(table).values(scope=scope, year=year, last_value=value))


def sync_id_sequences(session: Session, tables: Iterable[str] = TABLE_ORDER) -> None:
    """PostgreSQL: explicit ids leave the serial sequences behind; move them past max(id)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for name in tables:
        session.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {name}), 0) + 1, false)"))


def hearing_room_ids(session: Session) -> list[int]:
    return list(session.execute(select(HearingRoom.id).where(HearingRoom.active.is_(True))
                                .order_by(HearingRoom.id)).scalars())


def legal_aid_centre_ids(session: Session) -> list[int]:
    return list(session.execute(select(LegalAidCentre.id).where(LegalAidCentre.active.is_(True))
                                .order_by(LegalAidCentre.id)).scalars())


def insert_centres(session: Session, rows: Sequence[dict]) -> None:
    session.execute(insert(LegalAidCentre), list(rows))
