"""Invented case facts and inputs for the template check, the CLI and the tests.

Every block a template may show is filled (a construction project with its contractor chain,
representatives, deadlines), so the check sees every placeholder in use. The people and
companies are invented; ID numbers and credit codes carry valid check characters.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..domain.case import ArrearsKind, CaseType
from ..domain.identifiers import credit_check_char, id_check_char
from .catalogue import FormSpec
from .facts import (AwardFacts, AwardItemFacts, CaseFacts, ChainLinkFacts, DeadlineFacts, EmployerFacts,
                    HearingFacts, ItemFacts, LawyerFacts, ListingFacts, ListingSubjectFacts, OfficeFacts,
                    ReferralFacts, TribunalMemberFacts, WorkerFacts)

SAMPLE_OFFICE = OfficeFacts(
    agency_name="郑州市人力资源和社会保障局",
    inspection_unit="郑州市劳动保障监察支队",
    commission_name="郑州市劳动人事争议仲裁委员会",
    address="郑州市中原区建设西路187号",
    phone="0371-67180000",
    contact="王建国",
    review_government="郑州市人民政府",
    court_name="郑州市中原区人民法院",
    intermediate_court="郑州市中级人民法院",
)

_SURNAMES = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗"
_GIVEN = ("建军", "国庆", "卫东", "秀英", "海涛", "志强", "红梅", "永刚", "春生", "桂兰", "德华", "明亮")
_JOBS = ("钢筋工", "木工", "瓦工", "架子工", "电焊工", "水电工", "普工")


def sample_id_number(n: int, birth: date) -> str:
    first17 = f"410102{birth:%Y%m%d}{100 + n % 900:03d}"
    return first17 + id_check_char(first17)


def sample_credit_code(n: int) -> str:
    first17 = f"91410100MA{n:07d}"[:17]
    return first17 + credit_check_char(first17)


def sample_worker(n: int, *, representative: bool = False) -> WorkerFacts:
    birth = date(1970 + n % 25, 1 + n % 12, 1 + n % 27)
    wages = 840_000 + 10_000 * (n % 5)  # 8,400.00元 and up
    return WorkerFacts(
        name=_SURNAMES[n % len(_SURNAMES)] + _GIVEN[n % len(_GIVEN)],
        sex_label="女" if n % 4 == 3 else "男",
        birth_date=birth,
        age=2026 - birth.year,
        id_number=sample_id_number(n, birth),
        phone=f"138{37100000 + n:08d}",
        address=f"河南省周口市扶沟县城关镇{n + 1}号",
        is_representative=representative,
        job=_JOBS[n % len(_JOBS)],
        employed_to=date(2025, 12, 31),
        claimed_fen=wages,
        items=(ItemFacts(kind=ArrearsKind.WAGES.value, kind_label=ArrearsKind.WAGES.label,
                         period_from=date(2025, 6, 1), period_to=date(2025, 12, 31), amount_fen=wages),),
    )


def sample_facts(case_type: str = CaseType.INSPECTION.value, workers: int = 3, *,
                 construction: bool = True) -> CaseFacts:
    arbitration = case_type == CaseType.ARBITRATION.value
    people = tuple(sample_worker(n, representative=(workers > 1 and n < 2)) for n in range(workers))
    employer = EmployerFacts(
        name="河南中原鼎盛建筑劳务有限公司",
        credit_code=sample_credit_code(1234567),
        legal_representative="孙德胜",
        address="郑州市金水区花园路66号",
        phone="0371-65550000",
        county_name="金水区",
    )
    chain = (
        ChainLinkFacts("建设单位", "郑州绿城置业有限公司", sample_credit_code(2345678), "0371-66660000"),
        ChainLinkFacts("施工总承包单位", "河南宏远建设集团有限公司", sample_credit_code(3456789), "0371-67770000"),
        ChainLinkFacts("班组长", "刘大山", sample_id_number(99, date(1975, 5, 5)), "13912345678"),
    ) if construction else ()
    deadlines = (
        DeadlineFacts("调查期限", date(2026, 6, 3), "进行中", "《劳动保障监察条例》第十七条", False,
                      code="inspection.investigation", extension="30个工作日"),
        DeadlineFacts("受理期限", date(2026, 3, 12), "已完成", "《关于实施〈劳动保障监察条例〉若干规定》第十八条", False),
    ) if not arbitration else (
        DeadlineFacts("审理期限", date(2026, 4, 19), "进行中", "《劳动人事争议仲裁办案规则》第四十五条", False,
                      code="arbitration.time_limit", extension="15日"),
        DeadlineFacts("组庭通知期限", date(2026, 3, 12), "进行中", "《劳动人事争议仲裁办案规则》第三十七条", True),
    )
    return CaseFacts(
        case_id=1,
        case_number="郑劳人仲案字〔2026〕97号" if arbitration else "郑人社监投字〔2026〕17号",
        case_type=case_type,
        case_type_label=CaseType(case_type).label,
        status_label="已受理",
        is_collective=workers > 1,
        channel_label="来访",
        received_on=date(2026, 3, 2),
        accepted_on=date(2026, 3, 5),
        officer_name="李明",
        industry_label="工程建设" if construction else "其他",
        county_name="金水区",
        facts=("投诉人等在被投诉单位承包的郑州绿城·锦华苑3号楼工地从事钢筋、木工等工作，"
               "2025年6月至12月的工资经多次催要至今未付。"),
        claims="请求责令被投诉单位支付拖欠的工资。",
        claimed_fen=sum(w.claimed_fen for w in people),
        employer=employer,
        workers=people,
        project_name="郑州绿城·锦华苑3号楼" if construction else "",
        project_address="郑州市金水区北三环与文化路交叉口" if construction else "",
        chain=chain,
        deadlines=deadlines,
        office=SAMPLE_OFFICE,
        **(_arbitration_facts(people) if arbitration else {}),
    )


SAMPLE_TRIBUNAL = (
    TribunalMemberFacts("赵文", "presiding", "首席仲裁员"),
    TribunalMemberFacts("钱进", "member", "仲裁员"),
    TribunalMemberFacts("孙丽", "member", "仲裁员"),
    TribunalMemberFacts("周洁", "clerk", "书记员"),
)


def sample_award(people: tuple[WorkerFacts, ...], part: str = "final",
                 number: str = "郑劳人仲案字〔2026〕97-1号") -> AwardFacts:
    """Per worker: the wages awarded (终局 under 25,200元), and one rejected claim."""
    items = [AwardItemFacts(label="2025年6月至12月工资", worker_name=w.name, kind_label="工资",
                            claimed_fen=w.claimed_fen, awarded_fen=w.claimed_fen, rejected=False, final=True)
             for w in people]
    if people:
        items.append(AwardItemFacts(label="经济补偿金", worker_name=people[0].name, kind_label="经济补偿",
                                    claimed_fen=500_000, awarded_fen=0, rejected=True, final=None))
    return AwardFacts(award_id=1, part=part, number=number, made_on=date(2026, 4, 10), items=tuple(items))


def _arbitration_facts(people: tuple[WorkerFacts, ...]) -> dict:
    room = "第一仲裁庭"
    return {
        "procedure": "general",
        "tribunal": SAMPLE_TRIBUNAL,
        "hearing": HearingFacts(date(2026, 3, 27), 9 * 60 + 30, 11 * 60 + 30, room, "scheduled"),
        "postponed_hearing": HearingFacts(date(2026, 3, 20), 9 * 60, 11 * 60, room, "postponed"),
        "held_hearing": HearingFacts(date(2026, 3, 27), 9 * 60 + 30, 11 * 60 + 30, room, "held"),
        "award": sample_award(people),
    }


def sample_listing(employer: EmployerFacts, *, decided: bool = True) -> ListingFacts:
    """A listing under 45号令 naming the employer, its legal representative and a project manager,
    decided on 2026-04-20 after an objection was found unfounded."""
    return ListingFacts(
        id=1, rule="2022", status="listed" if decided else "noticed", grounds="",
        proposed_on=date(2026, 4, 1),
        decided_on=date(2026, 4, 20) if decided else None,
        ends_on=date(2029, 4, 20) if decided else None,
        removed_on=None, removal_kind="",
        decision_number="郑人社失信列字〔2026〕4号" if decided else "",
        subjects=(
            ListingSubjectFacts("employer", "用人单位", employer.name, employer.credit_code),
            ListingSubjectFacts("legal_representative", "法定代表人", employer.legal_representative,
                                sample_id_number(77, date(1974, 5, 5)), "法定代表人"),
            ListingSubjectFacts("responsible", "直接责任人员", "钱立新", sample_id_number(78, date(1980, 8, 8)),
                                "项目经理"),
        ),
        order_number="郑人社监令字〔2026〕3号", order_issued_on=date(2026, 3, 6), order_due=date(2026, 3, 20),
        notice_numbers=((employer.name, "郑人社失信列字〔2026〕1号"),),
        notice_served_on=date(2026, 4, 2), objection_received_on=date(2026, 4, 8),
        objection_answered_on=date(2026, 4, 14),
        early_removal_applied_on=date(2026, 11, 2) if decided else None,
    )


def sample_referral(workers: tuple[WorkerFacts, ...], *, urgent: bool = True,
                    assigned: bool = False) -> ReferralFacts:
    """The representatives' referral of a collective case to the Zhengzhou centre, urgent."""
    reps = tuple(w for w in workers if w.is_representative) or workers[:1]
    return ReferralFacts(
        id=1, status="assigned" if assigned else "drafted", for_representatives=len(workers) > 1, applicants=reps,
        centre_name="郑州市法律援助中心", centre_address="郑州市金水区经三路15号", centre_phone="0371-12348",
        urgent=urgent, urgency="申请人的仲裁时效将于2026年3月9日届满" if urgent else "",
        applied_on=date(2026, 3, 5), sent_on=None,
        lawyer=LawyerFacts("王立平", "河南中州律师事务所", "13700000000") if assigned else None)


SAMPLE_INPUTS: dict[str, dict[str, str]] = {
    "inspection.rejection_notice": {"ground": "over_two_years", "detail": "违法行为发生于2023年5月"},
    "inspection.supplement_notice": {"missing_items": "劳动者身份证复印件\n工资欠条或者工资表\n考勤记录",
                                     "due_text": "五个工作日"},
    "arbitration.acceptance_notice": {"presiding_arbitrator": "赵文", "arbitrators": "钱进、孙丽", "clerk": "周洁"},
    "arbitration.rejection_notice": {"ground": "not_in_scope", "detail": ""},
    "arbitration.receipt": {"materials": "仲裁申请书一式二份\n申请人身份证复印件\n证据材料12页",
                            "missing_items": "被申请人的住所地址\n证据目录"},
    "service_receipt": {"served_title": "投诉受理通知书", "served_number": "郑人社监通字〔2026〕17号",
                        "served_to": "", "served_address": "", "note": "当面送达"},
    "inspection.rectification_order": {"due_date": "2026-03-20", "facts": ""},
    "inspection.inquiry_notice": {"appointment": "2026年3月10日上午9时", "place": "", "materials": ""},
    "inspection.penalty_notice": {"decision_text": "责令支付拖欠的劳动报酬\n按应付金额的百分之五十加付赔偿金",
                                  "legal_basis": "《劳动保障监察条例》第二十六条", "violated_basis": "", "facts": "",
                                  "statement_days": "", "hearing": "yes"},
    "inspection.decision": {"percent": "50", "pay_days": "15", "order_number": "郑人社监令字〔2026〕3号",
                            "order_due": "2026-03-20", "facts": ""},
    "inspection.case_approval": {"opinion": "", "note": ""},
    "inspection.closing_approval": {"decision_number": "郑人社监决字〔2026〕5号", "served_date": "2026-04-08",
                                    "process": "", "execution": "", "opinion": "", "note": ""},
    "inspection.transfer_approval": {"order_number": "郑人社监令字〔2026〕3号", "order_due": "2026-03-20",
                                     "police_name": "", "facts": "", "opinion": "", "note": ""},
    "inspection.transfer_letter": {"police_name": "郑州市公安局", "order_number": "郑人社监令字〔2026〕3号",
                                   "order_date": "2026-03-06", "facts": ""},
    "inspection.extension_approval": {"reason": "涉及多级分包，需向建设单位和施工总承包单位核实人工费用拨付情况，"
                                                "部分劳动者在外地务工，需异地调查取证",
                                      "investigation_due": "", "opinion": "", "note": ""},
    "inspection.interview_record": {
        "start_time": "2026年3月10日9时05分", "end_time": "2026年3月10日10时20分", "place": "",
        "interviewer": "李明", "interviewer_cert": "豫人社监0101001", "recorder": "王强",
        "recorder_cert": "豫人社监0101002", "interviewee_name": "孙德胜", "interviewee_sex": "男",
        "interviewee_age": "52", "interviewee_id_number": "410102197405050013",
        "interviewee_employer": "", "interviewee_position": "法定代表人", "interviewee_phone": "13903710000",
        "interviewee_relation": "被投诉单位法定代表人", "opening_answer": "",
        "qa": "问：你单位在郑州绿城·锦华苑3号楼项目使用了多少名劳动者？\n答：高峰时有30多人，投诉的这3个人都在我们班组干活。\n"
              "问：这3名劳动者2025年6月至12月的工资是否已经支付？\n答：还没有支付，总包的工程款没有拨下来。\n"
              "问：你对劳动者主张的欠薪金额有无异议？\n答：没有异议。"},
    "arbitration.response_notice": {"evidence_due": ""},
    "arbitration.summary_notice": {"ground": ""},
    "arbitration.hearing_notice": {"party": "applicant"},
    "arbitration.extension_notice": {"reason": "案情复杂，需要核实多级分包的人工费拨付情况", "extended_due": ""},
    "arbitration.suspension_notice": {"ground": "other_case", "detail": "申请人与施工总承包单位的工程款纠纷尚在诉讼中"},
    "arbitration.resumption_notice": {"resumed_on": "", "reason": ""},
    "arbitration.mediation": {"agreement": "被申请人于2026年4月10日前一次性支付申请人工资25,200元\n申请人放弃其他仲裁请求\n"
                                           "双方就本案再无其他争议"},
    "arbitration.award": {"award_id": "1", "defence": "", "findings": "", "reasoning": ""},
    "arbitration.advance_award": {"award_id": "1", "applied_on": "2026-03-16", "reason": ""},
    "arbitration.decision": {"kind": "withdraw", "outcome": "", "person": "", "detail": ""},
    "inspection.penalty_decision": {"legal_basis": "《保障农民工工资支付条例》第五十五条", "fine": "50000",
                                    "violated_basis": "", "facts": "", "evidence": "",
                                    "statement": "你单位在规定期限内未提出陈述、申辩意见"},
    "blacklist.listing_notice": {"listing_id": "", "ground": "crime_amount", "order_number": "", "order_due": "",
                                 "facts": ""},
    "blacklist.objection_result": {"upheld": "rejected", "result": "你单位称已与劳动者达成分期支付协议，但至今未按协议支付，"
                                             "劳动者的工资仍未支付", "objection": "已与劳动者协商分期支付",
                                   "objector": "", "objection_date": "", "listing_id": ""},
    "blacklist.listing_decision": {"listing_id": "", "ground": "crime_amount", "order_number": "", "order_due": "",
                                   "facts": ""},
    "blacklist.early_removal_decision": {"outcome": "refused", "refusal_ground": "new_arrears",
                                         "reasons": "2026年10月又有5名劳动者投诉你单位拖欠工资", "applied_on": "",
                                         "listing_id": ""},
    "blacklist.removal_decision": {"removal_kind": "expiry", "removed_on": "2029-04-27", "decision_number": "",
                                   "listing_id": ""},
    "blacklist.revocation_decision": {"revoking_number": "郑政复决字〔2026〕21号", "revoking_date": "2026-06-10",
                                      "revoking_authority": "郑州市人民政府", "order_number": "", "reason": "",
                                      "decision_number": "", "listing_id": ""},
    "legal_aid.transfer_letter": {"referral_id": "", "attachments": "证据清单\n询问笔录复印件"},
    "legal_aid.application_form": {"referral_id": ""},
}


def sample_inputs(form: FormSpec) -> dict[str, str]:
    return dict(SAMPLE_INPUTS.get(form.id, {}))


def sample_facts_for(form: FormSpec, workers: int = 3) -> CaseFacts:
    case_type = sorted(form.case_types)[0] if len(form.case_types) == 1 else CaseType.INSPECTION.value
    facts = sample_facts(case_type, workers)
    if form.id.startswith("blacklist."):
        facts = replace(facts, listing=sample_listing(facts.employer, decided=form.id not in _UNDECIDED))
    if form.id.startswith("legal_aid."):
        facts = replace(facts, referral=sample_referral(facts.workers))
    if form.id == "arbitration.advance_award":
        facts = replace(facts, award=replace(sample_award(facts.workers, "advance", "郑劳人仲案字〔2026〕97号"),
                                             items=sample_award(facts.workers).items[:-1]))
    return facts


_UNDECIDED = ("blacklist.listing_notice", "blacklist.objection_result", "blacklist.listing_decision")


def sample_context(form: FormSpec) -> dict:
    """The context the template check compares a template with."""
    from .context import build_context

    facts = sample_facts_for(form)
    number = "郑劳人仲案字〔2026〕97号" if facts.case_type == CaseType.ARBITRATION.value else "郑人社监通字〔2026〕17号"
    return build_context(form, facts, number=number, issued_on=date(2026, 3, 5), inputs=sample_inputs(form))


__all__ = ["SAMPLE_OFFICE", "sample_context", "sample_facts", "sample_facts_for", "sample_inputs",
           "sample_award", "sample_listing", "sample_referral", "sample_worker"]
