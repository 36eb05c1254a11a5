"""Who may do what: the roles of an office and the permissions each one holds.

The services check these before every change (services/permissions.py); the screens only hide
what a role may not do. A 科室负责人 decides approvals and nobody else does (separation of duties:
the administrator may do every other thing, the 管理员 of a small office often also handles
cases, but does not approve its own requests).
"""
from __future__ import annotations

from enum import StrEnum

from .case import Role


class Permission(StrEnum):
    REGISTER_CASE = "register_case"  # 投诉登记、仲裁申请登记、证据材料
    INSPECTION = "inspection"  # 监察办理步骤、支付登记
    ARBITRATION = "arbitration"  # 仲裁办理步骤、开庭排期、裁决
    RECORD_STEP = "record_step"  # 办理记录（程序节点）
    BLACKLIST = "blacklist"  # 失信名单程序
    LEGAL_AID = "legal_aid"  # 告知、转交法律援助
    ISSUE_DOCUMENT = "issue_document"  # 制作、编号、送达文书
    VOID_DOCUMENT = "void_document"  # 作废已编号的文书
    APPROVE = "approve"  # 审批（延期、移送公安、结案……）
    ASSIGN_CASE = "assign_case"  # 指定、变更承办人
    VIEW_PERSONAL = "view_personal"  # 查看完整的身份证号码和电话
    STATISTICS = "statistics"  # 统计报表及其导出
    PUBLISH_LIST = "publish_list"  # 导出失信名单公示
    SETTINGS = "settings"  # 参数、期限、节假日、模板、庭室、法律援助机构
    USERS = "users"  # 用户、角色、密码
    AUDIT = "audit"  # 查看、核验和导出操作日志


PERMISSION_LABELS: dict[Permission, str] = {
    Permission.REGISTER_CASE: "登记案件", Permission.INSPECTION: "办理监察案件",
    Permission.ARBITRATION: "办理仲裁案件", Permission.RECORD_STEP: "登记办理节点",
    Permission.BLACKLIST: "办理失信名单", Permission.LEGAL_AID: "办理法律援助转交",
    Permission.ISSUE_DOCUMENT: "制作和送达文书", Permission.VOID_DOCUMENT: "作废文书",
    Permission.APPROVE: "审批", Permission.ASSIGN_CASE: "指定承办人",
    Permission.VIEW_PERSONAL: "查看完整身份证号码和电话", Permission.STATISTICS: "统计报表",
    Permission.PUBLISH_LIST: "导出失信名单公示", Permission.SETTINGS: "系统设置",
    Permission.USERS: "用户管理", Permission.AUDIT: "查看操作日志",
}

_P = Permission
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.INSPECTOR: frozenset({_P.REGISTER_CASE, _P.INSPECTION, _P.RECORD_STEP, _P.BLACKLIST, _P.LEGAL_AID,
                               _P.ISSUE_DOCUMENT, _P.VIEW_PERSONAL, _P.STATISTICS}),
    Role.ARBITRATOR: frozenset({_P.REGISTER_CASE, _P.ARBITRATION, _P.RECORD_STEP, _P.LEGAL_AID,
                                _P.ISSUE_DOCUMENT, _P.VIEW_PERSONAL, _P.STATISTICS}),
    # 书记员/立案员: intake, service and scheduling of the arbitration path; assigns new cases
    Role.CLERK: frozenset({_P.REGISTER_CASE, _P.ARBITRATION, _P.RECORD_STEP, _P.LEGAL_AID, _P.ISSUE_DOCUMENT,
                           _P.ASSIGN_CASE, _P.VIEW_PERSONAL, _P.STATISTICS}),
    Role.LEGAL_AID_LIAISON: frozenset({_P.LEGAL_AID, _P.ISSUE_DOCUMENT, _P.VIEW_PERSONAL}),
    # 科室负责人 oversees: approvals, assignment, voiding, figures and the public list; personal
    # numbers only masked (a reveal is possible with VIEW_PERSONAL, which the head does not need).
    # The 操作日志 is read by both who answer for the office: the head, who oversees the officers'
    # work, and the administrator, who answers for the system; nobody else sees whole-office
    # activity (a case's own entries show in its 办理记录 to whoever opens the case).
    Role.SUPERVISOR: frozenset({_P.APPROVE, _P.ASSIGN_CASE, _P.VOID_DOCUMENT, _P.RECORD_STEP, _P.STATISTICS,
                                _P.PUBLISH_LIST, _P.BLACKLIST, _P.AUDIT}),
    Role.ADMIN: frozenset(set(Permission) - {_P.APPROVE}),
}


def may(role: str | None, permission: Permission) -> bool:
    try:
        return permission in ROLE_PERMISSIONS[Role(role)]
    except ValueError:
        return False


def roles_with(permission: Permission) -> list[Role]:
    return [role for role, held in ROLE_PERMISSIONS.items() if permission in held]
