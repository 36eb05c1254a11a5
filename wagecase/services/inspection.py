"""The labour-inspection path: one use case per action of domain.inspection_path."""
from __future__ import annotations

from .context import ServiceContext
from .dto import ApprovalView, Changes, InspectionView, PaymentInput


class InspectionService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def view(self, case_id: int) -> InspectionView:
        raise NotImplementedError

    def act(self, case_id: int, action: str, inputs: dict[str, str] | None = None) -> Changes:
        """Carry out ``action`` (InspectionAction value) with the values its dialog asked for.
        Refused with the guard's Chinese reason when not allowed now; an action needing a
        supervisor becomes a pending approval instead."""
        raise NotImplementedError

    def record_payment(self, case_id: int, data: PaymentInput) -> Changes:
        raise NotImplementedError

    def pending_approvals(self) -> list[ApprovalView]:
        """Approvals waiting for the current user (a supervisor or administrator)."""
        raise NotImplementedError

    def decide_approval(self, approval_id: int, approve: bool, comment: str = "") -> Changes:
        raise NotImplementedError
