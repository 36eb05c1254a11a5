"""承办人: a case given to an officer, or handed from one officer to another (with the reason).
Recorded on the case's 办理记录 and in the 操作日志; the officer's 工作台 lists follow at once."""
from __future__ import annotations

from ..domain.case import CaseType, EventKind, Role
from ..domain.errors import FieldError, RuleError, ValidationFailed
from ..domain.permissions import Permission, may
from ..storage import case_queries
from ..storage.models import Case, CaseEvent, User
from . import audit
from .context import ServiceContext, to_local
from .dto import Changes, UserView
from .lookup import user_view
from .permissions import requires

# who may handle a case of each type: an officer must be able to carry it out
_HANDLING = {CaseType.INSPECTION.value: Permission.INSPECTION, CaseType.ARBITRATION.value: Permission.ARBITRATION}


class AssignmentService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def candidates(self, case_id: int) -> list[UserView]:
        """The active users who can handle this case (its type's steps), administrators last."""
        with self.ctx.uow.read() as uow:
            s = uow.session
            case_type = case_queries.case_type_of(s, case_id)
            needed = _HANDLING.get(case_type or "", Permission.INSPECTION)
            users = [user_view(u) for u in s.query(User).filter(User.active.is_(True)).order_by(User.id)
                     if may(u.role, needed)]
        return sorted(users, key=lambda u: u.role == Role.ADMIN.value)

    @requires(Permission.ASSIGN_CASE)
    def assign(self, case_id: int, officer_id: int, reason: str = "") -> Changes:
        reason = (reason or "").strip()
        now = self.ctx.clock()
        with self.ctx.uow.write() as uow:
            s = uow.session
            case = s.get(Case, case_id)
            if case is None:
                raise RuleError("case.not_found", case_id=case_id)
            officer = s.get(User, officer_id)
            needed = _HANDLING.get(case.case_type, Permission.INSPECTION)
            if officer is None or not officer.active or not may(officer.role, needed):
                raise ValidationFailed([FieldError("officer_id", "assign.officer_invalid", {})])
            if case.officer_id == officer_id:
                raise ValidationFailed([FieldError("officer_id", "assign.same_officer",
                                                   {"name": officer.display_name})])
            previous = s.get(User, case.officer_id) if case.officer_id is not None else None
            if previous is not None and not reason:
                raise ValidationFailed([FieldError("reason", "assign.reason_missing", {})])
            before = {"officer_id": case.officer_id}
            case.officer_id = officer_id
            case.updated_at = now
            summary = (f"承办人由{previous.display_name}变更为{officer.display_name}：{reason}" if previous
                       else f"指定承办人：{officer.display_name}" + (f"（{reason}）" if reason else ""))
            s.add(CaseEvent(case_id=case_id, kind=EventKind.EDITED.value, occurred_at=now,
                            event_date=to_local(now).date(), actor_id=self.ctx.user_id, summary=summary[:500],
                            payload=audit.canonical_json({"officer_id": officer_id, "reason": reason})))
            s.flush()
            audit.record(s, self.ctx.user_id, "case.assign", "case", case_id, case_id, before,
                         {"officer_id": officer_id, "reason": reason}, now)
            uow.commit()
        return Changes(case_ids=(case_id,))
