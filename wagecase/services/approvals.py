"""What both paths share about approvals: the name of a requested action, and the line a case
shows while one waits (who asked, when, who decides)."""
from __future__ import annotations

from ..domain.arbitration_path import ACTION_LABELS as ARBITRATION_LABELS
from ..domain.arbitration_path import ArbitrationAction
from ..domain.case import Role
from ..domain.dates import format_date
from ..domain.inspection_path import ACTION_LABELS as INSPECTION_LABELS
from ..domain.inspection_path import InspectionAction
from ..storage import inspection_queries as q
from .context import to_local

# 科室负责人 only: the administrator may do the rest, not approve (separation of duties)
APPROVER_ROLES = (Role.SUPERVISOR.value,)


def approval_label(action: str, case_type: str) -> str:
    enum, labels = ((ArbitrationAction, ARBITRATION_LABELS) if case_type == "arbitration"
                    else (InspectionAction, INSPECTION_LABELS))
    try:
        return labels[enum(action)]
    except ValueError:
        return action


def pending_lines(s, case_id: int, case_type: str) -> tuple[str, ...]:
    """延长调查期限（王监察于2026年3月2日提交，待李科长或赵主任审批）."""
    waiting = q.pending_for_case(s, case_id)
    if not waiting:
        return ()
    names = q.approver_names(s, APPROVER_ROLES)
    who = "待" + ("或".join(names[:3]) + ("等" if len(names) > 3 else "") if names else "科室负责人") + "审批"
    return tuple(f"{approval_label(action, case_type)}（{by or '—'}于{format_date(to_local(at).date())}提交，{who}）"
                 for action, by, at in waiting)
