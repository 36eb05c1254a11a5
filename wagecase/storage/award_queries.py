"""Reads and writes of a case's award: its items (the editor's rows) and its issued awards."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from .models import ArrearsItem, Award, AwardItem, CaseEvent, CaseWorker, Region, Worker


def items(session: Session, case_id: int) -> list[AwardItem]:
    return list(session.execute(
        select(AwardItem).where(AwardItem.case_id == case_id)
        .order_by(AwardItem.position, AwardItem.id)
    ).scalars())


def awards(session: Session, case_id: int) -> list[Award]:
    return list(session.execute(
        select(Award).where(Award.case_id == case_id).order_by(Award.id)
    ).scalars())


def award(session: Session, award_id: int) -> Award | None:
    return session.get(Award, award_id)


def worker_names(session: Session, case_id: int) -> dict[int, str]:
    """case_worker id -> the worker's name, in the case's order."""
    rows = session.execute(
        select(CaseWorker.id, Worker.name).join(Worker, Worker.id == CaseWorker.worker_id)
        .where(CaseWorker.case_id == case_id).order_by(CaseWorker.position, CaseWorker.id)
    ).all()
    return {cw_id: name for cw_id, name in rows}


def claims(session: Session, case_id: int) -> list[tuple[int, str, int]]:
    """(case_worker id, arrears kind, claimed fen) per worker and kind, in the case's order: the
    claims an award answers."""
    rows = session.execute(
        select(CaseWorker.id, ArrearsItem.kind, ArrearsItem.amount_fen)
        .join(ArrearsItem, ArrearsItem.case_worker_id == CaseWorker.id)
        .where(CaseWorker.case_id == case_id)
        .order_by(CaseWorker.position, CaseWorker.id, ArrearsItem.id)
    ).all()
    out: dict[tuple[int, str], int] = {}
    for cw_id, kind, fen in rows:
        out[(cw_id, kind)] = out.get((cw_id, kind), 0) + int(fen)
    return [(cw_id, kind, fen) for (cw_id, kind), fen in out.items()]


def region_name(session: Session, code: str) -> str:
    return session.execute(select(Region.name).where(Region.code == code)).scalar_one_or_none() or ""


def add(session: Session, row: Award | AwardItem) -> None:
    session.add(row)
    session.flush()


def add_items(session: Session, rows: Iterable[AwardItem]) -> None:
    session.add_all(list(rows))
    session.flush()


def delete_items(session: Session, item_ids: Iterable[int]) -> None:
    wanted = list(item_ids)
    if wanted:
        session.execute(delete(AwardItem).where(AwardItem.id.in_(wanted)))
        session.flush()


def accepted_on(session: Session, case_id: int) -> date | None:
    """The date of the case's last 受理 event, or None."""
    return session.execute(
        select(CaseEvent.event_date).where(CaseEvent.case_id == case_id, CaseEvent.kind == "accepted")
        .order_by(CaseEvent.event_date.desc(), CaseEvent.id.desc()).limit(1)
    ).scalar_one_or_none()
