"""Reads and writes of the inspection path: payments, approvals, a case's events."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .models import Approval, Case, CaseDeadline, CaseEvent, CaseWorker, Payment, User, Worker


def events(session: Session, case_id: int) -> list[CaseEvent]:
    return list(session.execute(
        select(CaseEvent).where(CaseEvent.case_id == case_id)
        .order_by(CaseEvent.event_date, CaseEvent.occurred_at, CaseEvent.id)
    ).scalars())


def paid_by_worker(session: Session, case_id: int) -> dict[int, int]:
    """case_worker id -> fen paid so far."""
    rows = session.execute(
        select(Payment.case_worker_id, func.sum(Payment.amount_fen))
        .where(Payment.case_id == case_id).group_by(Payment.case_worker_id)
    ).all()
    return {cw: int(total or 0) for cw, total in rows}


def payments(session: Session, case_id: int) -> Sequence:
    """(Payment, worker id, worker name), oldest first."""
    return session.execute(
        select(Payment, Worker.id, Worker.name)
        .join(CaseWorker, CaseWorker.id == Payment.case_worker_id)
        .join(Worker, Worker.id == CaseWorker.worker_id)
        .where(Payment.case_id == case_id)
        .order_by(Payment.paid_on, Payment.id)
    ).all()


def pending_actions(session: Session, case_id: int) -> list[str]:
    return list(session.execute(
        select(Approval.action).where(Approval.case_id == case_id, Approval.status == "pending")
        .order_by(Approval.id)
    ).scalars())


def pending_for_case(session: Session, case_id: int) -> Sequence:
    """(action, requester's name, requested_at) of the case's approvals still waiting."""
    return session.execute(
        select(Approval.action, User.display_name, Approval.requested_at)
        .outerjoin(User, User.id == Approval.requested_by)
        .where(Approval.case_id == case_id, Approval.status == "pending")
        .order_by(Approval.id)
    ).all()


def approver_names(session: Session, roles: Sequence[str]) -> list[str]:
    """Active users who may decide approvals (the office's heads), by name."""
    return list(session.execute(
        select(User.display_name).where(User.role.in_(list(roles)), User.active.is_(True))
        .order_by(User.role.desc(), User.display_name)
    ).scalars())


def pending_approvals(session: Session, limit: int = 500) -> Sequence:
    """(Approval, case number, requester's name, case type), oldest first."""
    return session.execute(
        select(Approval, Case.case_number, User.display_name, Case.case_type)
        .join(Case, Case.id == Approval.case_id)
        .outerjoin(User, User.id == Approval.requested_by)
        .where(Approval.status == "pending")
        .order_by(Approval.requested_at, Approval.id).limit(limit)
    ).all()


def approval(session: Session, approval_id: int) -> Approval | None:
    return session.get(Approval, approval_id)


def user_role(session: Session, user_id: int | None) -> str | None:
    if user_id is None:
        return None
    u = session.get(User, user_id)
    return u.role if u is not None and u.active else None


def add(session: Session, row) -> None:
    session.add(row)
    session.flush()


PAYMENT_ORDER_PERIOD = "inspection.payment_order"


def overdue_orders(session: Session, officer_id: int, today: date, limit: int) -> Sequence:
    """Open inspection cases of the officer whose 限期改正指令书 payment date has passed while
    money is still owed, longest overdue first. The stored payment-order deadline carries the
    latest order's date, so no event payload is parsed here."""
    paid = (select(func.coalesce(func.sum(Payment.amount_fen), 0))
            .where(Payment.case_id == Case.id).correlate(Case).scalar_subquery())
    outstanding = (Case.claimed_fen - paid).label("outstanding_fen")
    return session.execute(
        select(Case.id, Case.case_number, Case.case_type, Case.is_collective, Case.lead_worker_name,
               Case.worker_count, Case.employer_name, CaseDeadline.due_date, outstanding)
        .join(CaseDeadline, CaseDeadline.case_id == Case.id)
        .where(Case.officer_id == officer_id, Case.closed_at.is_(None), Case.case_type == "inspection",
               CaseDeadline.period_code == PAYMENT_ORDER_PERIOD, CaseDeadline.due_date < today,
               Case.claimed_fen - paid > 0)
        .order_by(CaseDeadline.due_date, Case.id)
        .limit(limit)
    ).all()
