"""Reads and writes of hearing scheduling: rooms, bookings by day or week, the tribunals behind
them, and the bookings that could clash with a proposed slot."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from .models import Case, Hearing, HearingRoom, TribunalMember, User

BOOKED = ("scheduled", "held")  # what occupies a room and its tribunal
ARBITRATOR_ROLES = ("sole", "presiding", "member")


# ---- rooms ------------------------------------------------------------------------------------

def rooms(session: Session, active_only: bool = False) -> list[HearingRoom]:
    stmt = select(HearingRoom).order_by(HearingRoom.id)
    if active_only:
        stmt = stmt.where(HearingRoom.active.is_(True))
    return list(session.execute(stmt).scalars())


def room(session: Session, room_id: int) -> HearingRoom | None:
    return session.get(HearingRoom, room_id)


def room_named(session: Session, name: str) -> HearingRoom | None:
    return session.execute(select(HearingRoom).where(HearingRoom.name == name)).scalars().first()


def add(session: Session, row) -> None:
    session.add(row)
    session.flush()


# ---- bookings ---------------------------------------------------------------------------------

def _booking_columns():
    return (Hearing.id, Hearing.case_id, Hearing.room_id, Hearing.hearing_date, Hearing.start_minute,
            Hearing.end_minute, Hearing.status, Hearing.note, HearingRoom.name.label("room_name"),
            Case.case_number, Case.case_type, Case.lead_worker_name, Case.worker_count,
            Case.is_collective, Case.employer_name, Case.green_channel)


def _bookings(session: Session, *conditions, statuses: Sequence[str] = BOOKED) -> Sequence:
    return session.execute(
        select(*_booking_columns())
        .join(HearingRoom, HearingRoom.id == Hearing.room_id)
        .join(Case, Case.id == Hearing.case_id)
        .where(Hearing.status.in_(list(statuses)), *conditions)
        .order_by(Hearing.hearing_date, Hearing.start_minute, HearingRoom.name, Hearing.id)
    ).all()


def _sitting(user_id: int, roles: Sequence[str] | None):
    sub = select(TribunalMember.case_id).where(TribunalMember.user_id == user_id)
    if roles is not None:
        sub = sub.where(TribunalMember.role.in_(list(roles)))
    return sub


def bookings_between(session: Session, first: date, last: date, *, room_id: int | None = None,
                     arbitrator_id: int | None = None) -> Sequence:
    """Scheduled and held hearings from ``first`` to ``last`` (inclusive), with case number,
    the parties' columns and the room name; optionally one room's or one arbitrator's."""
    conditions = [Hearing.hearing_date >= first, Hearing.hearing_date <= last]
    if room_id is not None:
        conditions.append(Hearing.room_id == room_id)
    if arbitrator_id is not None:
        conditions.append(Hearing.case_id.in_(_sitting(arbitrator_id, ARBITRATOR_ROLES)))
    return _bookings(session, *conditions)


def bookings_of_day(session: Session, day: date, **kw) -> Sequence:
    return bookings_between(session, day, day, **kw)


def bookings_for_user(session: Session, user_id: int, first: date, last: date) -> Sequence:
    """Hearings of the cases the user sits on (clerk included) or handles as case officer."""
    return _bookings(session, Hearing.hearing_date >= first, Hearing.hearing_date <= last,
                     or_(Case.officer_id == user_id, Hearing.case_id.in_(_sitting(user_id, None))))


def overlapping(session: Session, day: date, start: int, end: int, room_id: int,
                user_ids: Iterable[int]) -> Sequence:
    """Booked hearings of ``day`` overlapping [start, end) in the room or sitting any of
    ``user_ids``: the candidates the domain turns into conflicts."""
    users = list(user_ids)
    who = [Hearing.room_id == room_id]
    if users:
        who.append(Hearing.case_id.in_(
            select(TribunalMember.case_id).where(TribunalMember.user_id.in_(users),
                                                 TribunalMember.role.in_(list(ARBITRATOR_ROLES)))))
    return _bookings(session, Hearing.hearing_date == day, Hearing.start_minute < end,
                     Hearing.end_minute > start, or_(*who))


def case_hearings(session: Session, case_id: int) -> Sequence:
    """Every hearing of the case, postponed and cancelled ones too, in date order."""
    return _bookings(session, Hearing.case_id == case_id,
                     statuses=("scheduled", "held", "postponed", "cancelled"))


def pending_hearing(session: Session, case_id: int) -> Hearing | None:
    """The case's booked hearing not yet held (the latest, should there be more)."""
    return session.execute(
        select(Hearing).where(Hearing.case_id == case_id, Hearing.status == "scheduled")
        .order_by(Hearing.hearing_date.desc(), Hearing.id.desc())
    ).scalars().first()


def hearing(session: Session, hearing_id: int) -> Hearing | None:
    return session.get(Hearing, hearing_id)


# ---- tribunals --------------------------------------------------------------------------------

def tribunals(session: Session, case_ids: Iterable[int]) -> dict[int, list[tuple[int, str, str]]]:
    """case id -> [(user id, name, role)] in table order; the caller orders and filters."""
    ids = sorted(set(case_ids))
    out: dict[int, list[tuple[int, str, str]]] = {cid: [] for cid in ids}
    if not ids:
        return out
    rows = session.execute(
        select(TribunalMember.case_id, TribunalMember.user_id, User.display_name, TribunalMember.role)
        .join(User, User.id == TribunalMember.user_id)
        .where(TribunalMember.case_id.in_(ids))
        .order_by(TribunalMember.case_id, TribunalMember.id)
    ).all()
    for case_id, user_id, name, role in rows:
        out[case_id].append((user_id, name, role))
    return out


def arbitrators(session: Session) -> list[tuple[int, str]]:
    """(user id, name) of the arbitrators and everyone who sits or has sat on a tribunal as one,
    for the calendar's filter, by name."""
    return [(uid, name) for uid, name in session.execute(
        select(User.id, User.display_name)
        .where(or_(User.role == "arbitrator",
                   User.id.in_(select(TribunalMember.user_id)
                               .where(TribunalMember.role.in_(list(ARBITRATOR_ROLES))))))
        .order_by(User.display_name, User.id)
    ).all()]


def case_row(session: Session, case_id: int) -> Case | None:
    return session.get(Case, case_id)
