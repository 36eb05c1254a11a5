"""Reads and writes of the arbitration path: the tribunal, the case's hearings, the stored
审理期限, who may sit on a tribunal."""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, exists, or_, select
from sqlalchemy.orm import Session

from .models import Award, Case, CaseDeadline, Hearing, HearingRoom, ServiceRecord, TribunalMember, User

TIME_LIMIT = "arbitration.time_limit"


def case_row(session: Session, case_id: int) -> Case | None:
    return session.get(Case, case_id)


def tribunal(session: Session, case_id: int) -> Sequence:
    """(TribunalMember, name) of the case, sole/presiding first, the clerk last."""
    order = {"sole": 0, "presiding": 1, "member": 2, "clerk": 3}
    rows = session.execute(
        select(TribunalMember, User.display_name).join(User, User.id == TribunalMember.user_id)
        .where(TribunalMember.case_id == case_id).order_by(TribunalMember.id)
    ).all()
    return sorted(rows, key=lambda r: order.get(r[0].role, 9))


def replace_tribunal(session: Session, case_id: int, members: Sequence[tuple[int, str]]) -> None:
    session.execute(delete(TribunalMember).where(TribunalMember.case_id == case_id))
    session.add_all(TribunalMember(case_id=case_id, user_id=u, role=r) for u, r in members)
    session.flush()


def hearings(session: Session, case_id: int) -> Sequence:
    """(Hearing, room name) of the case, oldest first."""
    return session.execute(
        select(Hearing, HearingRoom.name).join(HearingRoom, HearingRoom.id == Hearing.room_id)
        .where(Hearing.case_id == case_id).order_by(Hearing.hearing_date, Hearing.start_minute, Hearing.id)
    ).all()


def time_limit(session: Session, case_id: int) -> CaseDeadline | None:
    return deadline(session, case_id, TIME_LIMIT)


def deadline(session: Session, case_id: int, code: str) -> CaseDeadline | None:
    """The case's stored deadline of period ``code`` (kept current by every step)."""
    return session.execute(
        select(CaseDeadline).where(CaseDeadline.case_id == case_id, CaseDeadline.period_code == code)
    ).scalar_one_or_none()


def awards(session: Session, case_id: int) -> list[Award]:
    return list(session.execute(select(Award).where(Award.case_id == case_id).order_by(Award.id)).scalars())


def people(session: Session, roles: Sequence[str]) -> list[tuple[int, str, str]]:
    """(id, name, role) of active users with one of ``roles``, by role then name."""
    return [tuple(r) for r in session.execute(
        select(User.id, User.display_name, User.role).where(User.role.in_(list(roles)), User.active.is_(True))
        .order_by(User.role, User.display_name)
    ).all()]


def awards_to_serve(session: Session, user_id: int, limit: int) -> Sequence:
    """(Award, Case) of awards whose document has no service recorded yet, in the cases the
    user handles or sits on, oldest first."""
    sits = select(TribunalMember.id).where(TribunalMember.case_id == Case.id, TribunalMember.user_id == user_id)
    served = select(ServiceRecord.id).where(ServiceRecord.document_id == Award.document_id)
    return session.execute(
        select(Award, Case).join(Case, Case.id == Award.case_id)
        .where(Award.document_id.is_not(None), ~exists(served),
               or_(Case.officer_id == user_id, exists(sits)))
        .order_by(Award.made_on, Award.id).limit(limit)
    ).all()
