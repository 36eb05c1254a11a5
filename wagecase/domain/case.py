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
    HEARD = "heard"  # the hearing was held: mediation or the award comes next
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
    DOCUMENT_ISSUED = "document_issued"
    DOCUMENT_VOIDED = "document_voided"
    DOCUMENT_SERVED = "document_served"  # a service the rules library has no step for
    CASE_IMPORTED = "case_imported"  # received from another office as a signed case package


class ProceduralEvent(_Labelled):
    """Dated steps of the law's procedures: they start, meet, pause and restart periods.

    Stored in ``case_events.kind`` like ``EventKind``; the period catalogue (db/reference/
    periods.csv) names them as triggers. ``event_date`` is the legal date of the step (the day
    of service, of acceptance...), not the day it was typed in.
    """

    # shared
    SUPPLEMENT_REQUESTED = "supplement_requested"
    SUPPLEMENT_COMPLETED = "supplement_completed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    PAID = "paid"
    # labour inspection
    CASE_OPENED = "case_opened"
    INVESTIGATION_EXTENDED = "investigation_extended"
    INVESTIGATION_CONCLUDED = "investigation_concluded"
    RECTIFICATION_ORDER_ISSUED = "rectification_order_issued"  # payload: due_date (支付期限)
    PENALTY_NOTICE_SERVED = "penalty_notice_served"
    MASS_INCIDENT = "mass_incident"  # 拖欠引发群体性或极端事件 (45号令 Art. 5(2))
    HEARING_REQUESTED = "hearing_requested"
    PENALTY_HEARING_HELD = "penalty_hearing_held"  # 行政处罚听证 (not the arbitration 开庭)
    DECISION_MADE = "decision_made"
    DECISION_SERVED = "decision_served"
    TRANSFERRED_TO_POLICE = "transferred_to_police"
    POLICE_RECEIVED = "police_received"  # 公安机关在移送书回执上签收
    POLICE_DECIDED = "police_decided"  # payload: outcome (立案 / 不予立案)
    CASE_WITHDRAWN = "case_withdrawn"  # 撤销立案
    CASE_CLOSED = "case_closed"
    # arbitration
    APPLICATION_SERVED = "application_served"
    DEFENCE_RECEIVED = "defence_received"
    DEFENCE_COPY_SERVED = "defence_copy_served"
    TRIBUNAL_NOTIFIED = "tribunal_notified"
    HEARING_SCHEDULED = "hearing_scheduled"  # payload: hearing_date
    HEARING_NOTICE_SERVED = "hearing_notice_served"
    HEARING_HELD = "hearing_held"
    TIME_LIMIT_EXTENDED = "time_limit_extended"
    SUSPENDED = "suspended"
    RESUMED = "resumed"
    PUBLIC_NOTICE_STARTED = "public_notice_started"
    PUBLIC_NOTICE_ENDED = "public_notice_ended"
    PARTY_JOINED = "party_joined"
    CLAIMS_CHANGED = "claims_changed"
    COUNTERCLAIM_MERGED = "counterclaim_merged"
    JURISDICTION_TRANSFERRED = "jurisdiction_transferred"
    MEDIATED = "mediated"
    AWARDED = "awarded"
    SIMPLE_PROCEDURE_CHOSEN = "simple_procedure_chosen"  # 简易处理, the parties told
    CONVERTED_TO_GENERAL = "converted_to_general"  # 转为一般程序: the time limit runs on unchanged
    HEARING_POSTPONED = "hearing_postponed"  # followed by a new hearing_scheduled with the new date
    MEDIATION_SIGNED = "mediation_signed"  # 调解书 signed for by both parties: effective
    MEDIATION_DECLINED = "mediation_declined"  # a party backed out before service: award follows
    ADVANCE_ENFORCEMENT_AWARDED = "advance_enforcement_awarded"  # 先予执行裁决
    PARTIAL_AWARDED = "partial_awarded"  # 先行裁决 on the clear part: the case goes on
    ANSWER_PERIOD_SHORTENED = "answer_period_shortened"  # 简易处理, respondent agreed; payload answer_due
    COUNTERCLAIM_REFUSED = "counterclaim_refused"
    JURISDICTION_OBJECTED = "jurisdiction_objected"
    JURISDICTION_OBJECTION_DECIDED = "jurisdiction_objection_decided"  # payload outcome
    RECUSAL_REQUESTED = "recusal_requested"
    RECUSAL_DECIDED = "recusal_decided"  # payload outcome, user_id
    ARBITRATION_CLOSED = "arbitration_closed"  # 结案 and 归档
    AWARD_SERVED = "award_served"
    # blacklist (45号令)
    LISTING_NOTICE_SERVED = "listing_notice_served"
    OBJECTION_RECEIVED = "objection_received"
    OBJECTION_ANSWERED = "objection_answered"
    LISTING_EXTENDED = "listing_extended"
    LISTING_DECIDED = "listing_decided"
    LISTING_DECLINED = "listing_declined"  # 不予列入: Art. 5 not met, or Art. 7 paid + undertaking
    EARLY_REMOVAL_APPLIED = "early_removal_applied"
    EARLY_REMOVAL_DECIDED = "early_removal_decided"
    EARLY_REMOVAL_GRANTED = "early_removal_granted"
    LISTING_REVOKED = "listing_revoked"
    REMOVED_FROM_LIST = "removed_from_list"
    # legal aid (法律援助法)
    LEGAL_AID_EXPLAINED = "legal_aid_explained"  # the right to apply was told (法律援助法 Art. 35)
    LEGAL_AID_REQUESTED = "legal_aid_requested"
    LEGAL_AID_REFERRED = "legal_aid_referred"
    LEGAL_AID_DECIDED = "legal_aid_decided"
    LEGAL_AID_GRANTED = "legal_aid_granted"
    LAWYER_ASSIGNED = "lawyer_assigned"


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
    (CaseStatus.HEARD, "已开庭"),
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
    (EventKind.DOCUMENT_ISSUED, "制发文书"),
    (EventKind.DOCUMENT_VOIDED, "作废文书"),
    (EventKind.DOCUMENT_SERVED, "送达文书"),
    (EventKind.CASE_IMPORTED, "导入外地移交的案件"),
    (ProceduralEvent.SUPPLEMENT_REQUESTED, "通知补正"),
    (ProceduralEvent.SUPPLEMENT_COMPLETED, "补正材料齐全"),
    (ProceduralEvent.ACCEPTED, "受理"),
    (ProceduralEvent.REJECTED, "不予受理"),
    (ProceduralEvent.WITHDRAWN, "撤回申请/投诉"),
    (ProceduralEvent.PAID, "用人单位已支付"),
    (ProceduralEvent.CASE_OPENED, "立案"),
    (ProceduralEvent.INVESTIGATION_EXTENDED, "调查期限延长（经批准）"),
    (ProceduralEvent.INVESTIGATION_CONCLUDED, "调查终结"),
    (ProceduralEvent.RECTIFICATION_ORDER_ISSUED, "下达限期改正指令书"),
    (ProceduralEvent.PENALTY_NOTICE_SERVED, "送达行政处罚事先告知书"),
    (ProceduralEvent.MASS_INCIDENT, "拖欠引发群体性、极端事件"),
    (ProceduralEvent.HEARING_REQUESTED, "当事人申请听证"),
    (ProceduralEvent.PENALTY_HEARING_HELD, "举行行政处罚听证"),
    (ProceduralEvent.DECISION_MADE, "作出处理/处罚决定"),
    (ProceduralEvent.DECISION_SERVED, "送达决定书"),
    (ProceduralEvent.TRANSFERRED_TO_POLICE, "移送公安机关"),
    (ProceduralEvent.POLICE_RECEIVED, "公安机关签收移送回执"),
    (ProceduralEvent.POLICE_DECIDED, "公安机关作出是否立案决定"),
    (ProceduralEvent.CASE_WITHDRAWN, "撤销立案"),
    (ProceduralEvent.CASE_CLOSED, "结案"),
    (ProceduralEvent.APPLICATION_SERVED, "向被申请人送达申请书副本"),
    (ProceduralEvent.DEFENCE_RECEIVED, "收到答辩书"),
    (ProceduralEvent.DEFENCE_COPY_SERVED, "向申请人送达答辩书副本"),
    (ProceduralEvent.TRIBUNAL_NOTIFIED, "书面通知仲裁庭组成"),
    (ProceduralEvent.HEARING_SCHEDULED, "确定开庭日期"),
    (ProceduralEvent.HEARING_NOTICE_SERVED, "送达开庭通知书"),
    (ProceduralEvent.HEARING_HELD, "开庭"),
    (ProceduralEvent.TIME_LIMIT_EXTENDED, "审理期限延长（经批准）"),
    (ProceduralEvent.SUSPENDED, "中止审理"),
    (ProceduralEvent.RESUMED, "恢复审理"),
    (ProceduralEvent.PUBLIC_NOTICE_STARTED, "公告送达开始"),
    (ProceduralEvent.PUBLIC_NOTICE_ENDED, "公告送达期满"),
    (ProceduralEvent.PARTY_JOINED, "追加当事人"),
    (ProceduralEvent.CLAIMS_CHANGED, "增加或变更仲裁请求"),
    (ProceduralEvent.COUNTERCLAIM_MERGED, "合并审理反申请"),
    (ProceduralEvent.JURISDICTION_TRANSFERRED, "移送管辖"),
    (ProceduralEvent.MEDIATED, "调解结案"),
    (ProceduralEvent.AWARDED, "作出裁决"),
    (ProceduralEvent.SIMPLE_PROCEDURE_CHOSEN, "决定简易处理"),
    (ProceduralEvent.CONVERTED_TO_GENERAL, "转为一般程序"),
    (ProceduralEvent.HEARING_POSTPONED, "延期开庭"),
    (ProceduralEvent.MEDIATION_SIGNED, "调解书签收生效"),
    (ProceduralEvent.MEDIATION_DECLINED, "调解书送达前反悔"),
    (ProceduralEvent.ADVANCE_ENFORCEMENT_AWARDED, "作出先予执行裁决"),
    (ProceduralEvent.PARTIAL_AWARDED, "作出先行裁决"),
    (ProceduralEvent.ANSWER_PERIOD_SHORTENED, "被申请人同意缩短或放弃答辩期"),
    (ProceduralEvent.COUNTERCLAIM_REFUSED, "不予受理反申请"),
    (ProceduralEvent.JURISDICTION_OBJECTED, "被申请人提出管辖异议"),
    (ProceduralEvent.JURISDICTION_OBJECTION_DECIDED, "对管辖异议作出决定"),
    (ProceduralEvent.RECUSAL_REQUESTED, "当事人申请回避"),
    (ProceduralEvent.RECUSAL_DECIDED, "对回避申请作出决定"),
    (ProceduralEvent.ARBITRATION_CLOSED, "仲裁结案"),
    (ProceduralEvent.AWARD_SERVED, "送达裁决书"),
    (ProceduralEvent.LISTING_NOTICE_SERVED, "送达列入失信名单事先告知书"),
    (ProceduralEvent.OBJECTION_RECEIVED, "收到异议"),
    (ProceduralEvent.OBJECTION_ANSWERED, "异议核实结果告知"),
    (ProceduralEvent.LISTING_EXTENDED, "列入决定期限延长（经批准）"),
    (ProceduralEvent.LISTING_DECIDED, "作出列入决定"),
    (ProceduralEvent.LISTING_DECLINED, "决定不予列入"),
    (ProceduralEvent.EARLY_REMOVAL_APPLIED, "收到提前移出申请"),
    (ProceduralEvent.EARLY_REMOVAL_DECIDED, "作出提前移出决定"),
    (ProceduralEvent.EARLY_REMOVAL_GRANTED, "准予提前移出"),
    (ProceduralEvent.LISTING_REVOKED, "撤销列入决定"),
    (ProceduralEvent.REMOVED_FROM_LIST, "移出名单"),
    (ProceduralEvent.LEGAL_AID_EXPLAINED, "告知申请法律援助的权利"),
    (ProceduralEvent.LEGAL_AID_REQUESTED, "提出法律援助申请"),
    (ProceduralEvent.LEGAL_AID_REFERRED, "转交法律援助机构"),
    (ProceduralEvent.LEGAL_AID_DECIDED, "法律援助机构作出决定"),
    (ProceduralEvent.LEGAL_AID_GRANTED, "决定给予法律援助"),
    (ProceduralEvent.LAWYER_ASSIGNED, "指派律师"),
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

# the steps that carry a second date the law counts from (``case_events.payload``): an order
# to pay runs to its 支付期限, a hearing notice counts back from the 开庭日期
EVENT_ANCHORS: dict[str, tuple[str, str]] = {
    ProceduralEvent.RECTIFICATION_ORDER_ISSUED.value: ("due_date", "支付期限"),
    ProceduralEvent.HEARING_SCHEDULED.value: ("hearing_date", "开庭日期"),
    ProceduralEvent.ANSWER_PERIOD_SHORTENED.value: ("answer_due", "答辩截止日期"),
}
ANCHOR_CHOICES: tuple[tuple[str, str], ...] = (("", "事项日期"),) + tuple(
    dict(EVENT_ANCHORS.values()).items())


def event_label(kind: str) -> str:
    """The Chinese name of a stored ``case_events.kind`` (record kinds and procedural steps)."""
    for enum in (EventKind, ProceduralEvent):
        try:
            return enum(kind).label
        except ValueError:
            continue
    return kind


def status_label(status: str) -> str:
    """The Chinese name of a stored ``cases.status`` (the value itself if unknown)."""
    try:
        return CaseStatus(status).label
    except ValueError:
        return status
