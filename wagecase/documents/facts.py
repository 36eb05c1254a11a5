"""What a document may say about a case: a plain snapshot the services fill from storage.

The context builders (context.py) read only this, so they are testable without a database and
the documents layer never imports storage. Money is integer fen; dates are dates.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class ItemFacts:
    kind: str  # ArrearsKind value
    kind_label: str
    period_from: date | None
    period_to: date | None
    amount_fen: int


@dataclass(frozen=True)
class LawyerFacts:
    """The lawyer a legal-aid centre assigned (issue 8): the worker's 委托代理人 in arbitration."""

    name: str
    firm: str
    phone: str = ""


@dataclass(frozen=True)
class WorkerFacts:
    name: str
    sex_label: str
    birth_date: date | None
    age: int | None
    id_number: str
    phone: str
    address: str  # 户籍地 / 住址 as recorded
    is_representative: bool
    job: str
    employed_to: date | None
    claimed_fen: int
    items: tuple[ItemFacts, ...] = ()
    paid_fen: int = 0  # paid since the complaint (监察 payments); the 处理决定书 orders the rest
    is_migrant_worker: bool = True  # 进城务工人员 (法律援助法 Art. 42(3))
    # the legal-aid lawyer acting for this worker: from the worker's own referral, or from the
    # representatives' referral for a representative (assigned or closed referrals only)
    lawyer: LawyerFacts | None = None


@dataclass(frozen=True)
class EmployerFacts:
    name: str
    credit_code: str
    legal_representative: str
    address: str
    phone: str
    county_name: str


@dataclass(frozen=True)
class ChainLinkFacts:
    role_label: str
    name: str
    credit_code_or_id: str
    phone: str


@dataclass(frozen=True)
class DeadlineFacts:
    name: str
    due: date | None
    state_label: str
    basis: str
    provisional: bool
    code: str = ""  # the period's code in the catalogue, e.g. inspection.investigation
    extension: str = ""  # how long an approved extension adds, as printed: 30个工作日 ("" none)


@dataclass(frozen=True)
class OfficeFacts:
    """The issuing office (settings): names printed on documents."""

    agency_name: str  # 郑州市人力资源和社会保障局
    inspection_unit: str  # 郑州市劳动保障监察支队
    commission_name: str  # 郑州市劳动人事争议仲裁委员会
    address: str
    phone: str
    contact: str
    review_government: str  # 复议机关: 郑州市人民政府 (行政复议法 2023)
    court_name: str  # 人民法院 for 行政诉讼 / 起诉
    intermediate_court: str  # 中级人民法院 for 撤销裁决
    fine_payment: str = ""  # where fines are paid (bank account / e-payment); "" leaves a blank line


@dataclass(frozen=True)
class TribunalMemberFacts:
    name: str
    role: str  # sole / presiding / member / clerk
    role_label: str  # 独任仲裁员 / 首席仲裁员 / 仲裁员 / 书记员


@dataclass(frozen=True)
class HearingFacts:
    hearing_date: date  # local calendar day
    start_minute: int  # minutes after local midnight
    end_minute: int
    room_name: str
    status: str  # scheduled / held / postponed / cancelled


@dataclass(frozen=True)
class AwardItemFacts:
    label: str  # 支付2025年6月至12月工资
    worker_name: str  # "" for an item of the whole case
    kind_label: str
    claimed_fen: int
    awarded_fen: int
    rejected: bool  # 驳回
    final: bool | None  # 办案规则 Art. 50, as the rules library decided


@dataclass(frozen=True)
class AwardFacts:
    """The award a 裁决书 prints: one stored award, or (``award_id`` None) the draft of the items
    not yet in any award, for a preview."""

    award_id: int | None
    part: str  # whole_final / whole_non_final / final / non_final / advance / partial
    number: str  # …号, or …-1号 / …-2号 for the parts of a mixed award ("" : the case number)
    made_on: date | None
    items: tuple[AwardItemFacts, ...] = ()
    partial: bool = False  # 先行裁决 (调解仲裁法 Art. 43 ¶2): the other claims are awarded later


@dataclass(frozen=True)
class ListingSubjectFacts:
    """One 当事人 a listing names (45号令 Art. 5)."""

    kind: str  # employer / legal_representative / responsible
    kind_label: str  # 用人单位 / 法定代表人 / 直接责任人员
    name: str
    id_number: str  # 公民身份号码, or the employer's 统一社会信用代码
    position: str = ""  # 职务


@dataclass(frozen=True)
class ListingFacts:
    """The 失信联合惩戒 procedure the blacklist documents are about, with the dated steps of it
    recorded on the case and the order to pay it stands on."""

    id: int
    rule: str  # 2022 (人社部令第45号) / 2017
    status: str  # proposed / noticed / listed / declined / removed / revoked
    grounds: str  # 列入事由 as recorded ("" : the documents word it from the case)
    proposed_on: date
    decided_on: date | None
    ends_on: date | None
    removed_on: date | None
    removal_kind: str  # expiry / early / revoked / ""
    decision_number: str  # the 列入决定书's 文号 ("" before it is issued)
    subjects: tuple[ListingSubjectFacts, ...] = ()
    order_number: str = ""  # the 限期改正指令书 whose deadline passed unpaid
    order_issued_on: date | None = None
    order_due: date | None = None
    notice_numbers: tuple[tuple[str, str], ...] = ()  # (recipient, 文号) of each 事先告知书 issued
    notice_served_on: date | None = None
    objection_received_on: date | None = None
    objection_answered_on: date | None = None
    early_removal_applied_on: date | None = None
    early_removal_decided_on: date | None = None
    early_removal_number: str = ""  # the 准予提前移出决定书's 文号
    revoked_on: date | None = None


@dataclass(frozen=True)
class ReferralFacts:
    """A 法律援助 referral (issue 8): the worker's own, or (``for_representatives``) the one made
    for a collective case's representatives. ``applicants`` are those workers of the case. The
    stage (案号, next hearing) is worded by the context builder from the case itself."""

    id: int
    status: str  # drafted / sent / received / accepted / refused / assigned / closed
    for_representatives: bool
    applicants: tuple[WorkerFacts, ...]
    centre_name: str
    centre_address: str
    centre_phone: str
    urgent: bool
    urgency: str  # why aid should start before the decision (法律援助法 Art. 44)
    applied_on: date
    sent_on: date | None = None
    lawyer: LawyerFacts | None = None


@dataclass(frozen=True)
class CaseFacts:
    case_id: int
    case_number: str
    case_type: str  # CaseType value
    case_type_label: str
    status_label: str
    is_collective: bool
    channel_label: str
    received_on: date
    accepted_on: date | None
    officer_name: str
    industry_label: str
    county_name: str  # 用工所在地
    facts: str
    claims: str
    claimed_fen: int
    employer: EmployerFacts
    workers: tuple[WorkerFacts, ...]
    project_name: str = ""
    project_address: str = ""
    chain: tuple[ChainLinkFacts, ...] = ()
    deadlines: tuple[DeadlineFacts, ...] = ()
    office: OfficeFacts | None = None
    extra: dict[str, str] = field(default_factory=dict)  # form inputs typed at issue time (ground...)
    # arbitration (issue 6)
    procedure: str = "general"  # general / simple (简易处理)
    tribunal: tuple[TribunalMemberFacts, ...] = ()  # sole/presiding first, the clerk last
    hearing: HearingFacts | None = None  # the latest hearing still scheduled
    postponed_hearing: HearingFacts | None = None  # the latest postponed one (延期开庭)
    held_hearing: HearingFacts | None = None  # the latest hearing held (the award's procedure part)
    award: AwardFacts | None = None  # the award the input ``award_id`` names
    # blacklist (issue 7): the input ``listing_id``'s listing, else the case's latest
    listing: ListingFacts | None = None
    # legal aid (issue 8): the input ``referral_id``'s referral, else the case's latest
    referral: ReferralFacts | None = None


def masked(facts: CaseFacts) -> CaseFacts:
    """The same facts with people's ID, phone numbers masked: the draft a role without
    VIEW_PERSONAL previews and prints (an organisation's credit code stays whole, as published).

    >>> w = WorkerFacts("张三", "男", None, 40, "410105198001011239", "13803712345", "河南省", False, "",
    ...                 None, 100)
    >>> e = EmployerFacts("某公司", "91350100M000100Y43", "李四", "郑州", "0371-65551234", "金水区")
    >>> f = masked(CaseFacts(1, "案号", "inspection", "监察", "在办", False, "来访", date(2026, 1, 5), None,
    ...                      "", "", "", "", "", 100, e, (w,)))
    >>> f.workers[0].id_number, f.workers[0].phone, f.employer.credit_code
    ('410105********1239', '138****2345', '91350100M000100Y43')
    """
    from dataclasses import replace

    from ..domain.identifiers import mask_id, mask_phone

    def person(w: WorkerFacts) -> WorkerFacts:
        return replace(w, id_number=mask_id(w.id_number), phone=mask_phone(w.phone))

    listing = facts.listing
    if listing is not None:
        listing = replace(listing, subjects=tuple(replace(p, id_number=mask_id(p.id_number))
                                                  for p in listing.subjects))
    referral = facts.referral
    if referral is not None:
        referral = replace(referral, applicants=tuple(person(w) for w in referral.applicants))
    return replace(
        facts, workers=tuple(person(w) for w in facts.workers), listing=listing, referral=referral,
        chain=tuple(replace(c, credit_code_or_id=mask_id(c.credit_code_or_id), phone=mask_phone(c.phone))
                    for c in facts.chain))
