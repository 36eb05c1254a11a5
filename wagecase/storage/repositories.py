"""Small reads and finds the services need inside their unit of work.

Every function takes the caller's Session: none opens its own, so a use case that calls several
stays one transaction.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from .models import AuditEntry, Employer, Region, User, Worker


def like_escape(text: str) -> str:
    """Make user text literal inside LIKE (used with ``escape="\\\\"``)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# ---- employers and workers ------------------------------------------------------------------

def employer_by_credit_code(session: Session, code: str) -> Employer | None:
    return session.execute(select(Employer).where(Employer.credit_code == code)).scalar_one_or_none()


def employer_by_name_without_code(session: Session, name: str, code: str | None) -> Employer | None:
    """An employer of exactly this name whose code is blank (or this code): the same company
    entered earlier without its 统一社会信用代码."""
    cond = Employer.credit_code.is_(None)
    if code:
        cond = or_(cond, Employer.credit_code == code)
    return session.execute(
        select(Employer).where(Employer.name == name, cond).order_by(Employer.id).limit(1)
    ).scalar_one_or_none()


def worker_by_id_number(session: Session, id_number: str) -> Worker | None:
    return session.execute(select(Worker).where(Worker.id_number == id_number)).scalar_one_or_none()


def search_employers(session: Session, text: str, limit: int) -> list[Employer]:
    return _search_by_name(session, Employer, Employer.credit_code, "{}%", text, limit)


def search_workers(session: Session, text: str, limit: int) -> list[Worker]:
    return _search_by_name(session, Worker, Worker.id_number, "%{}%", text, limit)


def _search_by_name(session: Session, model, code_column, code_like: str, text: str, limit: int):
    """Employers and workers are found alike: name fragment, or for ASCII text the code column
    (matched by ``code_like``) or a pinyin-initials prefix; shortest names first."""
    pattern = like_escape(text)
    conds = [model.name.like(f"%{pattern}%", escape="\\")]
    if text.isascii():
        conds.append(code_column.like(code_like.format(pattern.upper()), escape="\\"))
        conds.append(model.name_initials.like(f"{pattern.lower()}%", escape="\\"))
    return list(session.execute(
        select(model).where(or_(*conds))
        .order_by(func.length(model.name), model.name, model.id).limit(limit)
    ).scalars())


# ---- regions --------------------------------------------------------------------------------

def known_region_codes(session: Session, codes: Iterable[str]) -> set[str]:
    wanted = {c for c in codes if c}
    if not wanted:
        return set()
    return set(session.execute(select(Region.code).where(Region.code.in_(wanted))).scalars())


def region_full_names(session: Session, codes: Iterable[str]) -> dict[str, str]:
    wanted = {c for c in codes if c}
    if not wanted:
        return {}
    return dict(session.execute(
        select(Region.code, Region.full_name).where(Region.code.in_(wanted))).all())


def all_regions(session: Session) -> list[Region]:
    return list(session.execute(select(Region).order_by(Region.code)).scalars())


# ---- users ----------------------------------------------------------------------------------

def active_users(session: Session) -> list[User]:
    return list(session.execute(
        select(User).where(User.active.is_(True)).order_by(User.display_name, User.id)
    ).scalars())


def all_users(session: Session) -> list[User]:
    return list(session.execute(select(User).order_by(User.id)).scalars())


def first_active(session: Session, role: str | None = None) -> User | None:
    stmt = select(User).where(User.active.is_(True))
    if role:
        stmt = stmt.where(User.role == role)
    return session.execute(stmt.order_by(User.id).limit(1)).scalar_one_or_none()


def user_count(session: Session) -> int:
    return session.execute(select(func.count()).select_from(User)).scalar_one()


def user_by_username(session: Session, username: str) -> User | None:
    # usernames compare case-insensitively: "Lina" and "lina" are one person
    return session.execute(select(User).where(func.lower(User.username) == username.lower())
                           .limit(1)).scalar_one_or_none()


def any_password_set(session: Session) -> bool:
    return session.execute(select(User.id).where(User.password_hash.is_not(None), User.password_hash != "")
                           .limit(1)).first() is not None


def active_count(session: Session, role: str) -> int:
    return session.execute(select(func.count()).select_from(User)
                           .where(User.active.is_(True), User.role == role)).scalar_one()


def active_user_ids(session: Session, ids: Iterable[int]) -> set[int]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return set()
    return set(session.execute(
        select(User.id).where(User.id.in_(wanted), User.active.is_(True))
    ).scalars())


# ---- audit log ------------------------------------------------------------------------------

def latest_audit_hash(session: Session) -> str:
    value = session.execute(
        select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).scalar_one_or_none()
    return value or ""


def audit_entries(session: Session, batch: int = 1000) -> Iterator[AuditEntry]:
    last_id = 0
    while True:
        rows = list(session.execute(
            select(AuditEntry).where(AuditEntry.id > last_id).order_by(AuditEntry.id).limit(batch)
        ).scalars())
        if not rows:
            return
        yield from rows
        last_id = rows[-1].id


def count_rows(session: Session, model: type) -> int:
    return session.execute(select(func.count()).select_from(model)).scalar_one()


def user_name(session: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    user = session.get(User, user_id)
    return user.display_name if user is not None else ""
