"""The words of a case: types, statuses, channels, arrears kinds, contractor roles.

Each enum's value is the stable code stored in the database; ``label`` is the Chinese term the
UI and documents show (glossary.md). Statuses cover every path so that the schema need not change
when the inspection and arbitration paths arrive; their transition tables live with those paths.
"""
from __future__ import annotations

from enum import StrEnum


class _Labelled(StrEnum):
    @property
    def label(self) -> str:
        return _LABELS[(type(self), self.value)]

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label) for m in cls]


class CaseType(_Labelled):
    INSPECTION = "inspection"
    ARBITRATION = "arbitration"


class CaseStatus(_Labelled):
    # shared by both paths at intake
    REGISTERED = "registered"
    SUPPLEMENT_REQUESTED = "supplement_requested"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    # labour inspection
    INVESTIGATING = "investigating"
    ORDERED = "ordered"
    DECIDED = "decided"
    TRANSFERRED = "transferred"
    # arbitration
    TRIBUNAL_FORMED = "tribunal_formed"
    HEARING_SCHEDULED = "hearing_scheduled"
    SUSPENDED = "suspended"
    MEDIATED = "mediated"
    AWARDED = "awarded"
    WITHDRAWN = "withdrawn"
    CLOSED = "closed"

    @property
    def is_open(self) -> bool:
        return self not in _FINISHED


_FINISHED = frozenset({CaseStatus.REJECTED, CaseStatus.WITHDRAWN, CaseStatus.CLOSED})
OPEN_STATUSES = tuple(s for s in CaseStatus if s.is_open)


class Channel(_Labelled):
    VISIT = "visit"
    PHONE = "phone"
    HOTLINE_12333 = "hotline_12333"
    NATIONAL_PLATFORM = "national_platform"
    LETTER = "letter"
    TRANSFER = "transfer"


class ArrearsKind(_Labelled):
    WAGES = "wages"
    OVERTIME = "overtime"
    SEVERANCE = "severance"
    DOUBLE_WAGES = "double_wages"
    INJURY = "injury"
    OTHER = "other"


class Industry(_Labelled):
    CONSTRUCTION = "construction"
    OTHER = "other"


class ContractorRole(_Labelled):
    PROJECT_OWNER = "project_owner"
    GENERAL_CONTRACTOR = "general_contractor"
    SUBCONTRACTOR = "subcontractor"
    CREW_LEADER = "crew_leader"


# A chain runs owner -> general contractor -> subcontractor(s) -> crew leader.
CHAIN_ORDER = (
    ContractorRole.PROJECT_OWNER,
    ContractorRole.GENERAL_CONTRACTOR,
    ContractorRole.SUBCONTRACTOR,
    ContractorRole.CREW_LEADER,
)


class WorkerRole(_Labelled):
    COMPLAINANT = "complainant"
    CLAIMANT = "claimant"


class EventKind(_Labelled):
    REGISTERED = "registered"
    WORKER_ADDED = "worker_added"
    ATTACHMENT_ADDED = "attachment_added"
    EDITED = "edited"
    STATUS_CHANGED = "status_changed"
    NOTE = "note"


class Sex(_Labelled):
    MALE = "male"
    FEMALE = "female"


class Role(_Labelled):
    INSPECTOR = "inspector"
    ARBITRATOR = "arbitrator"
    CLERK = "clerk"
    LEGAL_AID_LIAISON = "legal_aid_liaison"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


# pairs, not a dict literal: StrEnum members of different enums with the same value compare
# equal (CaseStatus.REGISTERED == EventKind.REGISTERED), so a dict literal would merge them
_LABEL_PAIRS: tuple[tuple[StrEnum, str], ...] = (
    (CaseType.INSPECTION, "监察案件"),
    (CaseType.ARBITRATION, "仲裁案件"),
    (CaseStatus.REGISTERED, "已登记"),
    (CaseStatus.SUPPLEMENT_REQUESTED, "待补正"),
    (CaseStatus.ACCEPTED, "已受理"),
    (CaseStatus.REJECTED, "不予受理"),
    (CaseStatus.INVESTIGATING, "调查中"),
    (CaseStatus.ORDERED, "已责令改正"),
    (CaseStatus.DECIDED, "已作出决定"),
    (CaseStatus.TRANSFERRED, "已移送公安"),
    (CaseStatus.TRIBUNAL_FORMED, "已组庭"),
    (CaseStatus.HEARING_SCHEDULED, "待开庭"),
    (CaseStatus.SUSPENDED, "中止审理"),
    (CaseStatus.MEDIATED, "已调解"),
    (CaseStatus.AWARDED, "已裁决"),
    (CaseStatus.WITHDRAWN, "已撤回"),
    (CaseStatus.CLOSED, "已结案"),
    (Channel.VISIT, "来访"),
    (Channel.PHONE, "来电"),
    (Channel.HOTLINE_12333, "12333"),
    (Channel.NATIONAL_PLATFORM, "全国根治欠薪线索反映平台转办"),
    (Channel.LETTER, "来信"),
    (Channel.TRANSFER, "其他部门移送"),
    (ArrearsKind.WAGES, "工资"),
    (ArrearsKind.OVERTIME, "加班费"),
    (ArrearsKind.SEVERANCE, "经济补偿"),
    (ArrearsKind.DOUBLE_WAGES, "未签合同二倍工资"),
    (ArrearsKind.INJURY, "工伤待遇"),
    (ArrearsKind.OTHER, "其他"),
    (Industry.CONSTRUCTION, "工程建设"),
    (Industry.OTHER, "非工程建设"),
    (ContractorRole.PROJECT_OWNER, "建设单位"),
    (ContractorRole.GENERAL_CONTRACTOR, "施工总承包单位"),
    (ContractorRole.SUBCONTRACTOR, "分包单位"),
    (ContractorRole.CREW_LEADER, "班组长"),
    (WorkerRole.COMPLAINANT, "投诉人"),
    (WorkerRole.CLAIMANT, "申请人"),
    (EventKind.REGISTERED, "登记"),
    (EventKind.WORKER_ADDED, "增加劳动者"),
    (EventKind.ATTACHMENT_ADDED, "添加证据材料"),
    (EventKind.EDITED, "修改"),
    (EventKind.STATUS_CHANGED, "状态变更"),
    (EventKind.NOTE, "备注"),
    (Sex.MALE, "男"),
    (Sex.FEMALE, "女"),
    (Role.INSPECTOR, "监察员"),
    (Role.ARBITRATOR, "仲裁员"),
    (Role.CLERK, "书记员/立案员"),
    (Role.LEGAL_AID_LIAISON, "法律援助联络员"),
    (Role.SUPERVISOR, "科室负责人"),
    (Role.ADMIN, "管理员"),
)
_LABELS = {(type(k), k.value): v for k, v in _LABEL_PAIRS}
