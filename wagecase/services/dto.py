"""Data that crosses the service boundary: plain frozen dataclasses, no ORM objects, no Qt.

Inputs (``*Input``) carry what the user typed, as text where the user typed text, so that a
service can validate everything at once and report every bad field (FieldError) without the UI
having to parse anything. Outputs are fully formed values ready to show.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from ..domain.statistics import DrillKey


# ---- intake input -------------------------------------------------------------------------

@dataclass
class ArrearsItemInput:
    kind: str  # ArrearsKind value
    period_from: str = ""  # "2026-03-01" or "2026-03"; empty allowed
    period_to: str = ""
    amount: str = ""  # yuan as typed
    note: str = ""


@dataclass
class WorkerInput:
    name: str
    id_number: str
    phone: str = ""
    hukou_place: str = ""
    is_migrant_worker: bool = True
    bank_card: str = ""
    job: str = ""
    is_representative: bool = False
    items: list[ArrearsItemInput] = field(default_factory=list)
    # 离职日期 "2025-06-30" or "2025-06"; blank: still employed or not known. It starts the
    # one-year limitation for wage arrears (调解仲裁法 Art. 27 ¶4).
    employed_to: str = ""
    existing_worker_id: int | None = None  # chosen from suggestions


@dataclass
class EmployerInput:
    name: str
    credit_code: str = ""
    legal_representative: str = ""
    address: str = ""
    phone: str = ""
    county_code: str = ""
    existing_employer_id: int | None = None
    # the 失信名单 names the legal representative by it, and finds them under other employers
    legal_representative_id_number: str = ""


@dataclass
class ChainLinkInput:
    """One link of the contractor chain; a crew leader is a person, the others employers."""

    role: str  # ContractorRole value
    employer: EmployerInput | None = None
    person_name: str = ""
    person_id_number: str = ""
    person_phone: str = ""


@dataclass
class ProjectInput:
    name: str
    address: str = ""
    county_code: str = ""
    chain: list[ChainLinkInput] = field(default_factory=list)


@dataclass
class AttachmentInput:
    path: str
    description: str = ""


@dataclass
class IntakeInput:
    case_type: str  # CaseType value
    is_collective: bool
    channel: str  # Channel value
    received_at: datetime  # local (Asia/Shanghai) wall time as typed
    officer_id: int | None
    employer: EmployerInput
    workers: list[WorkerInput]
    industry: str = "other"
    county_code: str = ""  # 用工所在地; defaults to the employer's county
    project: ProjectInput | None = None
    facts: str = ""
    claims: str = ""
    attachments: list[AttachmentInput] = field(default_factory=list)
    confirm_possible_duplicates: bool = False
    legal_aid_explained: bool = False  # the right to legal aid told at intake (法律援助法 Art. 35)


# ---- outputs --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Changes:
    """What a use case changed, so the UI refreshes only that (Anki's OpChanges)."""

    case_ids: tuple[int, ...] = ()
    employers: bool = False
    workers: bool = False
    settings: bool = False


@dataclass(frozen=True)
class Registered:
    case_id: int
    case_number: str
    changes: Changes


@dataclass(frozen=True)
class PossibleDuplicate:
    """An open case of the same worker against the same employer."""

    case_id: int
    case_number: str
    worker_name: str
    employer_name: str
    status_label: str
    received_date: date


@dataclass(frozen=True)
class CaseTally:
    """The workbench's counts at a glance."""
    open_cases: int
    received_this_month: int
    inspection: int
    arbitration: int


@dataclass(frozen=True)
class CaseFilter:
    case_type: str | None = None
    status: str | None = None
    officer_id: int | None = None
    county_code: str | None = None  # a county, or a prefecture/province prefix
    received_from: date | None = None
    received_to: date | None = None
    is_collective: bool | None = None
    search: str = ""
    # the cases behind a figure of the statistics (统计报表 → 钻取): the other fields narrow further
    drill: DrillKey | None = None


@dataclass(frozen=True)
class CaseSort:
    column: str = "received_date"  # one of CASE_SORT_COLUMNS
    descending: bool = True
    green_first: bool = False  # 绿色通道 cases above the others, each part in this order


CASE_SORT_COLUMNS = (
    "case_number", "case_type", "status", "lead_worker_name", "employer_name", "worker_count",
    "claimed_fen", "received_date", "officer_name", "county_name", "limit_due",
)


@dataclass(frozen=True)
class ArrearsItemView:
    kind_label: str
    period_text: str
    amount_fen: int
    amount_text: str
    note: str


@dataclass(frozen=True)
class CaseWorkerView:
    worker_id: int
    name: str
    id_number: str
    sex_label: str
    age: int | None
    phone: str
    hukou_place: str
    is_migrant_worker: bool
    bank_card: str
    job: str
    is_representative: bool
    claimed_fen: int
    claimed_text: str
    items: tuple[ArrearsItemView, ...]
    employed_to: date | None = None  # 离职日期: starts the wage-arrears limitation


@dataclass(frozen=True)
class EmployerView:
    id: int
    name: str
    credit_code: str
    legal_representative: str
    address: str
    phone: str
    county_code: str
    county_name: str


@dataclass(frozen=True)
class ChainLinkView:
    role: str
    role_label: str
    name: str  # employer name or the crew leader's name
    credit_code: str
    id_number: str
    phone: str


@dataclass(frozen=True)
class ProjectView:
    id: int
    name: str
    address: str
    county_name: str
    chain: tuple[ChainLinkView, ...]


@dataclass(frozen=True)
class AttachmentView:
    id: int
    filename: str
    sha256: str
    size: int
    description: str
    added_at: datetime  # local time
    path: str  # where the stored copy is


@dataclass(frozen=True)
class TimelineEntry:
    occurred_at: datetime  # local time
    kind: str
    kind_label: str
    summary: str
    actor_name: str


@dataclass(frozen=True)
class CaseDetail:
    id: int
    case_number: str
    case_type: str
    case_type_label: str
    status: str
    status_label: str
    is_collective: bool
    channel_label: str
    received_at: datetime  # local time
    officer_name: str
    industry_label: str
    county_name: str
    facts: str
    claims: str
    claimed_fen: int
    claimed_text: str
    claimed_capitals: str
    employer: EmployerView
    project: ProjectView | None
    workers: tuple[CaseWorkerView, ...]
    attachments: tuple[AttachmentView, ...]
    timeline: tuple[TimelineEntry, ...]
    version: int
    personal: bool = False  # the numbers of people shown whole (a recorded view)


@dataclass(frozen=True)
class Suggestion:
    """An existing employer or worker offered while the user types."""

    id: int
    title: str  # what the list shows: 河南建工集团有限公司 (9141…)
    name: str
    code: str  # credit code or ID number


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    display_name: str
    role: str
    role_label: str
    active: bool = True
    has_password: bool = False
    locked_until: datetime | None = None  # local wall time while locked
    must_change_password: bool = False
    last_login_at: datetime | None = None  # local wall time


@dataclass(frozen=True)
class RegionView:
    code: str
    name: str
    full_name: str
    level: int


# ---- roster import --------------------------------------------------------------------------

@dataclass(frozen=True)
class RosterProblem:
    row: int  # spreadsheet row number as Excel shows it
    column: str  # the header as in the file, or "" for the whole row
    message: str  # Chinese, says what to fix


@dataclass(frozen=True)
class RosterPreview:
    workers: tuple[WorkerInput, ...]  # the good rows, ready for IntakeInput.workers
    problems: tuple[RosterProblem, ...]
    rows_read: int
    matched_columns: dict[str, str]  # field -> header found
    missing_columns: tuple[str, ...]  # required fields with no header


# ---- statutory clock: events, deadlines, rule outcomes (issue 3) -----------------------------

@dataclass(frozen=True)
class EventInput:
    """A procedural step typed by the officer. ``payload`` holds the anchor date of the kinds
    that have one (``due_date`` of a 限期改正指令书, ``hearing_date``) as ISO text."""

    kind: str
    event_date: date
    summary: str = ""
    payload: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class EventChoice:
    kind: str
    label: str
    anchor: str = ""  # payload key the dialog must ask for, "" if none
    anchor_label: str = ""  # 支付期限 / 开庭日期


@dataclass(frozen=True)
class EventView:
    id: int
    kind: str
    kind_label: str
    event_date: date
    summary: str
    payload: dict[str, str]
    actor_name: str
    editable: bool  # procedural events can be corrected; the intake record cannot


@dataclass(frozen=True)
class DeadlineView:
    period_code: str
    name: str
    duty_label: str  # 本机关 / 当事人
    start: date
    due: date | None
    due_text: str  # 2026年3月5日 ("—" while paused)
    days_left: int | None
    days_unit: str  # 工作日 / 日
    days_text: str  # 剩余3个工作日 / 逾期2日 / 今日到期 / 已于2026年3月2日完成
    state: str  # DeadlineState value
    state_label: str
    provisional: bool
    extended: bool
    met_on: date | None
    basis: str  # the law and article
    basis_text: str  # the hover text: law, length, unit, roll, extension, provisional reason


@dataclass(frozen=True)
class DueItemView:
    """One row of 工作台's 我的期限: an open deadline of a case the officer handles."""

    case_id: int
    case_number: str
    parties: str  # 张三等5人 诉 河南某建设有限公司
    period_name: str
    due: date
    due_text: str
    days_text: str
    state: str
    state_label: str
    provisional: bool
    basis_text: str


@dataclass(frozen=True)
class RuleOutcomeView:
    code: str  # e.g. arbitration.summary_procedure
    title: str  # 简易处理条件
    ok: bool | None  # None: cannot be decided from what the case records
    verdict: str  # 符合 / 不符合 / 待确认
    reasons: tuple[str, ...]
    basis: str


@dataclass(frozen=True)
class NoteView:
    topic: str  # 立案期限, 加付赔偿金... (the label, not the stored code)
    text: str
    source: str


# ---- reference data pages of 设置 -----------------------------------------------------------

@dataclass(frozen=True)
class ReferenceColumn:
    key: str
    label: str
    kind: str = "text"  # text / int / money / date / bool / choice
    choices: tuple[tuple[str, str], ...] = ()  # (value, label) for kind "choice"
    required: bool = True
    hint: str = ""


@dataclass(frozen=True)
class ReferenceRow:
    id: str  # primary key as text (statutory_periods use their code)
    values: dict[str, str]  # column key -> text in the same format the editor accepts
    to_verify: bool = False


@dataclass(frozen=True)
class ReferenceTable:
    name: str  # minimum_wages / wage_tiers / average_wages / crime_thresholds / periods / local_notes
    title: str
    description: str  # where the values come from; what "待核实" means
    columns: tuple[ReferenceColumn, ...]
    rows: tuple[ReferenceRow, ...]
    editable: bool  # False unless the current user is an administrator
    rows_fixed: bool = False  # rows can be changed but not added or deleted (parameters)


@dataclass(frozen=True)
class HolidayRangeInput:
    name: str  # 春节
    first: date
    last: date
    workdays: tuple[date, ...] = ()  # 调休上班日 that belong to this holiday


@dataclass(frozen=True)
class HolidayYearView:
    year: int
    source: str  # package / admin / missing
    source_label: str  # 随软件提供（chinesecalendar）/ 管理员录入 / 无数据，期限按周末推算并标注“暂定”
    ranges: tuple[HolidayRangeInput, ...]
    editable: bool


# ---- documents (issue 4) --------------------------------------------------------------------

@dataclass(frozen=True)
class FormChoice:
    form_id: str  # inspection.acceptance_notice
    title: str  # 投诉受理通知书
    family: str  # numbering family
    per: str  # case / worker / respondent: one document per what
    inputs: tuple[ReferenceColumn, ...] = ()  # what the user must type at issue time (ground...)


@dataclass(frozen=True)
class RenderedFile:
    filename: str  # 郑人社监投字〔2026〕17号-投诉受理通知书.pdf
    data: bytes
    warnings: tuple[str, ...] = ()  # e.g. a font fell back to the non-embedded CID font


@dataclass(frozen=True)
class ServiceInput:
    method: str  # direct / post / leave / notice / electronic
    recipient: str
    served_on: date
    proof: str = ""  # 回证签收人、邮件号、见证人...
    note: str = ""


@dataclass(frozen=True)
class ServiceView:
    id: int
    method: str
    method_label: str
    recipient: str
    served_on: date
    proof: str
    note: str


@dataclass(frozen=True)
class IssuedDocumentView:
    id: int
    case_id: int
    form_id: str
    title: str
    number: str  # 文号 or 案号 the document carries
    recipient: str  # who it is addressed to ("" when the whole case)
    issued_at: datetime  # local
    issued_by: str
    status: str  # issued / voided
    status_label: str
    void_reason: str
    services: tuple[ServiceView, ...] = ()


@dataclass(frozen=True)
class TemplateVersionView:
    """One version of a form's template: 0 is the one shipped with the program."""

    form_id: str
    version: int
    sha256: str
    filename: str
    active: bool
    uploaded_at: datetime | None  # local; None for the shipped template
    uploaded_by: str
    note: str


# ---- the labour-inspection path (issue 5) ---------------------------------------------------

@dataclass(frozen=True)
class ActionView:
    action: str  # InspectionAction value
    label: str
    allowed: bool
    reason: str  # why not, in Chinese ("" when allowed)
    needs_approval: bool
    inputs: tuple[ReferenceColumn, ...] = ()  # what the action dialog asks (ground, due date...)


@dataclass(frozen=True)
class StepView:
    """One stage of the step bar: 登记 → 受理立案 → 调查 → 责令改正 → 处理决定 → 结案."""

    key: str
    label: str
    state: str  # done / current / todo / skipped


@dataclass(frozen=True)
class PaymentInput:
    worker_id: int
    paid_on: date
    amount: str  # yuan as typed
    payer: str  # employer / general_contractor / wage_account / wage_deposit / emergency_fund
    method: str = "bank"  # bank / cash / other
    note: str = ""


@dataclass(frozen=True)
class WorkerBalanceView:
    worker_id: int
    name: str
    owed_fen: int  # claimed
    paid_fen: int
    outstanding_fen: int
    owed_text: str
    paid_text: str
    outstanding_text: str


@dataclass(frozen=True)
class PaymentView:
    id: int
    worker_id: int
    worker_name: str
    paid_on: date
    amount_fen: int
    amount_text: str
    payer: str
    payer_label: str
    method_label: str
    note: str


@dataclass(frozen=True)
class InspectionView:
    case_id: int
    status: str
    status_label: str
    steps: tuple[StepView, ...]
    actions: tuple[ActionView, ...]
    balances: tuple[WorkerBalanceView, ...]
    payments: tuple[PaymentView, ...]
    owed_fen: int
    paid_fen: int
    outstanding_fen: int
    order_due: date | None
    approvals_pending: tuple[str, ...]  # per waiting approval: the action, who asked, when, who decides


@dataclass(frozen=True)
class ApprovalView:
    id: int
    case_id: int
    case_number: str
    action: str
    action_label: str
    requested_by: str
    requested_at: datetime
    reason: str


@dataclass(frozen=True)
class OverdueOrderView:
    """工作台: a 限期改正指令书 whose payment date has passed while money is still owed."""
    case_id: int
    case_number: str
    parties: str
    due: date
    due_text: str
    days_overdue: int  # calendar days, as the order's period is counted
    outstanding_fen: int
    outstanding_text: str


# ---- the arbitration path (issue 6) ----------------------------------------------------------

@dataclass(frozen=True)
class TribunalMemberView:
    user_id: int
    name: str
    role: str  # sole / presiding / member / clerk
    role_label: str  # 独任仲裁员 / 首席仲裁员 / 仲裁员 / 书记员


@dataclass(frozen=True)
class HearingView:
    id: int
    case_id: int
    case_number: str
    parties: str  # 张三诉某某公司 / 张三等23人诉某某公司
    room_id: int
    room_name: str
    hearing_date: date
    start_minute: int  # minutes after local midnight
    end_minute: int
    time_text: str  # 2026年3月20日 09:00—11:00
    status: str  # scheduled / held / postponed / cancelled
    status_label: str
    arbitrators: tuple[str, ...]  # the case's tribunal (clerk excluded), presiding first
    green_channel: bool = False


@dataclass(frozen=True)
class HearingInput:
    room_id: int
    hearing_date: date
    start: str  # "09:00" as typed
    end: str  # "11:00"
    note: str = ""


@dataclass(frozen=True)
class RoomView:
    id: int
    name: str
    active: bool


@dataclass(frozen=True)
class ArbitrationView:
    case_id: int
    status: str
    status_label: str
    procedure: str  # general / simple
    procedure_label: str  # 一般程序 / 简易处理
    green_channel: bool
    green_reason: str  # why the case is in the green channel ("" if not)
    steps: tuple[StepView, ...]
    actions: tuple[ActionView, ...]
    tribunal: tuple[TribunalMemberView, ...]
    hearings: tuple[HearingView, ...]
    limit_text: str  # 审理期限：2026年4月24日届满，剩余12日 / 中止期间不计算
    summary_text: str  # what the rules library says of 简易处理, one line
    summary_ok: bool | None
    retention_text: str  # 归档保存至2036年… ("" while open)
    approvals_pending: tuple[str, ...]


@dataclass(frozen=True)
class AwardItemInput:
    """One line of the award editor as typed: an existing item's id, or None for a new one."""

    id: int | None
    label: str
    kind: str  # ArrearsKind value or "labour_standard"
    awarded: str  # yuan as typed; "" or "0" with rejected=True for 驳回
    case_worker_id: int | None = None
    rejected: bool = False


@dataclass(frozen=True)
class AwardItemView:
    id: int
    position: int
    case_worker_id: int | None
    worker_name: str
    kind: str
    kind_label: str
    label: str
    claimed_fen: int
    claimed_text: str
    awarded_fen: int
    awarded_text: str
    rejected: bool
    final: bool | None  # the rules library's verdict on the awarded amount
    final_reason: str  # one Chinese sentence: why (un)final
    award_number: str = ""  # the award it is in (…-1号), "" while still open (issue 6: 先行裁决)


@dataclass(frozen=True)
class AwardDraftView:
    case_id: int
    items: tuple[AwardItemView, ...]
    cap_fen: int  # 12 × monthly minimum wage on the award date
    cap_text: str
    minimum_wage_text: str  # 郑州市（一类）月最低工资2,100元（2024年1月1日起）
    mixed: bool  # final and non-final items: issued as …-1号 and …-2号
    final_total_text: str
    non_final_total_text: str
    reasons: tuple[str, ...]
    issued: tuple["AwardView", ...]


@dataclass(frozen=True)
class AwardView:
    id: int
    part: str
    part_label: str  # 终局裁决 / 非终局裁决 / 先予执行 / 先行裁决
    number: str
    made_on: date
    document_id: int | None
    partial: bool = False  # a 先行裁决 (调解仲裁法 Art. 43 ¶2): the rest of the claims await the award


@dataclass(frozen=True)
class AwardToServeView:
    """工作台: an award made whose 裁决书 has not been served yet."""
    case_id: int
    case_number: str
    parties: str
    number: str
    part_label: str
    made_text: str
    days: int  # calendar days since the award was made


# ---- the employer blacklist (issue 7) --------------------------------------------------------

@dataclass(frozen=True)
class ListingSubjectView:
    kind: str  # employer / legal_representative / responsible
    kind_label: str  # 用人单位 / 法定代表人 / 直接责任人
    name: str
    id_number: str  # 身份证号码 or 统一社会信用代码, whole (for the office's own screens)
    id_masked: str  # as published: a person's number masked (110105********002X), a code whole
    position: str


@dataclass(frozen=True)
class ListingView:
    id: int
    case_id: int | None
    case_number: str
    employer_id: int
    employer_name: str
    rule: str  # 2022 / 2017
    rule_label: str  # 人社部令第45号 / 人社部规〔2017〕16号
    status: str  # proposed / noticed / listed / declined / removed / revoked
    status_label: str
    grounds: str
    proposed_on: date
    decided_on: date | None
    ends_on: date | None
    removed_on: date | None
    removal_kind: str  # expiry / early / revoked / ""
    removal_kind_label: str
    decision_number: str
    term_text: str  # 2026年3月5日至2029年3月5日 ("" before the decision)
    subjects: tuple[ListingSubjectView, ...]


@dataclass(frozen=True)
class ListingCandidateView:
    """工作台 / the case banner: an inspection case whose order ran out unpaid and that meets
    45号令 Art. 5, with the 20-working-day listing deadline."""
    case_id: int
    case_number: str
    parties: str
    employer_id: int
    employer_name: str
    due: date | None
    due_text: str
    days_text: str
    state: str  # DeadlineState value of blacklist.listing_decision
    reasons: tuple[str, ...]
    listing_id: int | None  # a procedure already begun


@dataclass(frozen=True)
class ListingSubjectInput:
    kind: str
    name: str
    id_number: str = ""
    position: str = ""


@dataclass(frozen=True)
class EmployerRowView:
    id: int
    name: str
    credit_code: str
    legal_representative: str
    county_name: str
    case_count: int
    open_count: int
    outstanding_fen: int
    outstanding_text: str
    listed: bool  # on the list today


@dataclass(frozen=True)
class EmployerCaseView:
    case_id: int
    case_number: str
    case_type_label: str
    status_label: str
    received_date: date
    claimed_text: str
    paid_text: str
    order_ignored: bool  # a 限期改正指令书 whose date passed unpaid


@dataclass(frozen=True)
class EmployerDetailView:
    id: int
    name: str
    credit_code: str
    legal_representative: str
    legal_representative_id_masked: str
    address: str
    phone: str
    county_name: str
    cases: tuple[EmployerCaseView, ...]
    claimed_text: str
    paid_text: str
    outstanding_text: str
    orders_ignored: int
    listings: tuple[ListingView, ...]
    responsible_persons: tuple[str, ...]  # 姓名（职务） named in its listings
    warnings: tuple[str, ...]  # listed now / legal representative listed under another employer


@dataclass(frozen=True)
class BlacklistView:
    """The blacklist procedure of an inspection case, as its 失信惩戒 tab shows it."""
    case_id: int
    status: str  # ListingStatus value ("none" before a proposal)
    status_label: str
    steps: tuple[StepView, ...]
    actions: tuple[ActionView, ...]
    listing: ListingView | None
    eligible: bool | None  # 45号令 Art. 5 on the case now
    reasons: tuple[str, ...]
    deadline_text: str  # 列入决定期限：2026年4月17日，剩余12个工作日
    approvals_pending: tuple[str, ...] = ()


# ---- legal-aid referral (issue 8) ------------------------------------------------------------

@dataclass(frozen=True)
class LegalAidCentreView:
    id: int
    name: str
    kind: str  # centre / workstation
    kind_label: str  # 法律援助中心 / 法律援助工作站
    address: str
    phone: str
    counties: str  # codes or prefixes, comma separated, as stored
    counties_text: str  # 郑州市金水区、中原区 / 郑州市全市
    active: bool


@dataclass(frozen=True)
class LegalAidCentreInput:
    name: str
    kind: str = "centre"
    address: str = ""
    phone: str = ""
    counties: str = ""  # codes or prefixes, comma or 、 separated
    active: bool = True


@dataclass(frozen=True)
class ReferralDeadlineView:
    name: str  # 转交期限 / 审查决定期限 / 指派律师期限
    due_text: str
    days_text: str
    state: str  # DeadlineState value


@dataclass(frozen=True)
class ReferralView:
    id: int
    case_id: int
    case_worker_id: int | None
    applicants: str  # 张三 / 张三等3名代表人
    centre_id: int | None
    centre_name: str
    status: str  # drafted / sent / received / accepted / refused / assigned / closed
    status_label: str
    urgent: bool
    urgency: str
    applied_on: date
    sent_on: date | None
    received_on: date | None
    decided_on: date | None
    assigned_on: date | None
    lawyer_text: str  # 王律师（河南某某律师事务所，电话…） ("" before the assignment)
    refusal_reason: str
    outcome: str
    deadlines: tuple[ReferralDeadlineView, ...]
    actions: tuple[ActionView, ...]


@dataclass(frozen=True)
class OverdueReferralView:
    """工作台: a referral the centre has not answered within 7 days, or a lawyer not assigned in 3."""
    case_id: int
    case_number: str
    applicants: str
    centre_name: str
    what: str  # 审查决定期限 / 指派律师期限
    due_text: str
    days_text: str
    referral_id: int


@dataclass(frozen=True)
class LegalAidView:
    """A case's 法律援助: whether the right was explained, who may apply and how, the urgency,
    the proposed centre and the referrals made."""
    case_id: int
    explained_text: str  # 已于2026年3月10日由李娜告知申请法律援助的权利 / 尚未记录告知
    exempt: bool | None  # 法律援助法 Art. 42(3): no hardship check
    eligibility_text: str
    urgent: bool | None  # Art. 44: fewer than 7 days to a deadline
    urgency_text: str
    proposed_centre_id: int | None
    proposed_centre_name: str
    centres: tuple[tuple[int, str], ...]  # the active centres (id, name), the proposed one first
    workers: tuple[tuple[int, str, bool], ...]  # (case_worker id, name, is representative)
    referrals: tuple[ReferralView, ...]


@dataclass(frozen=True)
class ReferralInput:
    """who: "each" (one referral per worker), "representatives" (one for them), or a
    case_worker id as text (one worker)."""
    who: str
    centre_id: int | None
    applied_on: date
