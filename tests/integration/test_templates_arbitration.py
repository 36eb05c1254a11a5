"""The arbitration path's documents (issue 6): each passes the template check and renders to
DOCX and PDF; the award states 终局 or 非终局 with the matching rights clause and a Chinese-numeral
date; the 开庭通知书 warns each party of its own consequence; the facts come from the tribunal,
hearing and award tables of a real database."""
from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date, datetime

import docx
import pytest
from pypdf import PdfReader

from wagecase.documents.context import build_context
from wagecase.documents.docx_render import render_docx
from wagecase.documents.facts import AwardFacts, AwardItemFacts, HearingFacts, TribunalMemberFacts
from wagecase.documents.pdf_render import docx_to_pdf
from wagecase.documents.samples import sample_context, sample_inputs
from wagecase.documents.template_check import check_template
from wagecase.domain.errors import ValidationFailed

from .intake_support import intake, migrated_services, worker  # noqa: F401  (fixture)
from .test_templates import ISSUED, OFFICE, TEMPLATES, catalogue, facts, text_of  # noqa: F401

FORMS = ["arbitration.response_notice", "arbitration.tribunal_notice", "arbitration.summary_notice",
         "arbitration.hearing_notice", "arbitration.extension_notice", "arbitration.suspension_notice",
         "arbitration.resumption_notice", "arbitration.mediation", "arbitration.award",
         "arbitration.advance_award", "arbitration.decision"]
CASE_NO = "洛劳人仲案字〔2026〕31号"
TRIBUNAL = (TribunalMemberFacts("赵文", "presiding", "首席仲裁员"), TribunalMemberFacts("钱进", "member", "仲裁员"),
            TribunalMemberFacts("孙丽", "member", "仲裁员"), TribunalMemberFacts("周洁", "clerk", "书记员"))


def _award(part: str, awarded: tuple[int, ...] = (1_260_000, 1_260_000), number: str = "洛劳人仲案字〔2026〕31-1号",
           final: bool | None = True) -> AwardFacts:
    f = facts("arbitration")
    items = tuple(AwardItemFacts(label="2025年3月至11月工资", worker_name=w.name, kind_label="工资",
                                 claimed_fen=w.claimed_fen, awarded_fen=a, rejected=False, final=final)
                  for w, a in zip(f.workers, awarded))
    return AwardFacts(award_id=5, part=part, number=number, made_on=date(2026, 3, 20), items=items)


def arb_facts(**kw):
    base = dict(tribunal=TRIBUNAL,
                hearing=HearingFacts(date(2026, 3, 16), 14 * 60 + 30, 16 * 60, "第二仲裁庭", "scheduled"),
                award=_award("whole_final"))
    base.update(kw)
    return replace(facts("arbitration"), **base)


def _render(catalogue, form_id, f=None, inputs=None, number=CASE_NO):  # noqa: F811
    form = catalogue[form_id]
    context = build_context(form, f or arb_facts(), number=number, issued_on=ISSUED,
                            inputs=sample_inputs(form) if inputs is None else inputs)
    data = render_docx(TEMPLATES / form.template, context)
    return context, data, re.sub(r"\s+", "", text_of(docx.Document(io.BytesIO(data))))


@pytest.mark.parametrize("form_id", FORMS)
def test_template_passes_the_check_and_renders_to_pdf(catalogue, form_id):  # noqa: F811
    form = catalogue[form_id]
    assert check_template(TEMPLATES / form.template, form, sample_context(form)) == []
    f = arb_facts(award=_award("advance", number=CASE_NO)) if form_id == "arbitration.advance_award" else None
    _, data, text = _render(catalogue, form_id, f)
    assert CASE_NO[:12] in text and OFFICE.commission_name in text and "{{" not in text and "{%" not in text
    pdf = docx_to_pdf(data)
    pdf_text = re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.data)).pages))
    assert re.sub(r"\s+", "", form.title) in pdf_text
    assert not re.search(r"[A-Za-z_]{4,}", pdf_text.replace("MA", "")), "no English or raw keys on the page"


def test_final_award_states_final_and_the_rights_of_each_side(catalogue):  # noqa: F811
    _, _, text = _render(catalogue, "arbitration.award", number="洛劳人仲案字〔2026〕31号")
    for expected in ["本裁决为终局裁决", "十五日内向人民法院提起诉讼", "三十日内向洛阳市中级人民法院申请撤销裁决",
                     "第四十七条", "二〇二六年三月二十日", "首席仲裁员赵文", "书记员周洁", "12,600.00元",
                     "壹万贰仟陆佰元整", "洛阳市劳动人事争议仲裁委员会"]:
        assert expected in text.replace("　", ""), expected
    assert "非终局" not in text and "分别制作" not in text


def test_non_final_part_of_a_mixed_award(catalogue):  # noqa: F811
    f = arb_facts(award=_award("non_final", (3_000_000,), "洛劳人仲案字〔2026〕31-2号", final=False))
    _, _, text = _render(catalogue, "arbitration.award", f, number="洛劳人仲案字〔2026〕31-2号")
    assert "本裁决为非终局裁决" in text and "第五十条" in text and "期满不起诉的，本裁决书发生法律效力" in text
    assert "分别制作裁决书" in text and "撤销裁决" not in text and "31-2号" in text


def test_award_needs_an_award_of_its_kind(catalogue):  # noqa: F811
    with pytest.raises(ValidationFailed) as err:
        _render(catalogue, "arbitration.award", arb_facts(award=None))
    assert err.value.errors[0].field == "inputs.award_id"
    with pytest.raises(ValidationFailed):
        _render(catalogue, "arbitration.award", arb_facts(award=_award("advance")))
    with pytest.raises(ValidationFailed):
        _render(catalogue, "arbitration.advance_award", arb_facts())


def test_hearing_notice_warns_each_party_of_its_own_consequence(catalogue):  # noqa: F811
    _, _, applicant = _render(catalogue, "arbitration.hearing_notice", inputs={"party": "applicant"})
    _, _, respondent = _render(catalogue, "arbitration.hearing_notice", inputs={"party": "respondent"})
    assert "按撤回仲裁申请处理" in applicant and "缺席裁决" not in applicant
    assert "缺席裁决" in respondent and "按撤回仲裁申请处理" not in respondent
    assert "洛阳伊水建筑劳务有限公司&分公司（被申请人）" in respondent
    for text in (applicant, respondent):
        assert "2026年3月16日（星期一）下午2时30分" in text and "第二仲裁庭" in text and "首席仲裁员赵文" in text
    postponed = arb_facts(postponed_hearing=HearingFacts(date(2026, 3, 12), 540, 600, "第一仲裁庭", "postponed"))
    _, _, text = _render(catalogue, "arbitration.hearing_notice", postponed, inputs={"party": "applicant"})
    assert "原定于2026年3月12日（星期四）上午9时的开庭已延期" in text
    _, _, none = _render(catalogue, "arbitration.hearing_notice", arb_facts(hearing=None, tribunal=()),
                         inputs={"party": "applicant"})
    assert "另行通知" in none


def test_mediation_and_decisions(catalogue):  # noqa: F811
    _, _, text = _render(catalogue, "arbitration.mediation", inputs={"agreement": "被申请人于2026年4月10日前支付工资\n双方再无争议"})
    assert "本调解书经双方当事人签收后，即发生法律效力" in text and "1．被申请人于2026年4月10日前支付工资；" in text
    assert "二〇二六年三月五日" in text
    with pytest.raises(ValidationFailed):
        _render(catalogue, "arbitration.mediation", inputs={"agreement": ""})
    expected = {"withdraw": "准许申请人撤回仲裁申请", "revoke": "撤销本案", "jurisdiction": "驳回被申请人提出的管辖异议",
                "recusal": "驳回回避申请"}
    for kind, words in expected.items():
        _, _, text = _render(catalogue, "arbitration.decision", inputs={"kind": kind})
        assert words in text and "决定如下" in text and "裁定" not in text, kind
    _, _, text = _render(catalogue, "arbitration.decision", inputs={"kind": "recusal", "outcome": "granted",
                                                                    "person": "仲裁员钱进"})
    assert "仲裁员钱进回避" in text


def test_notices_print_the_tribunal_the_limit_and_the_simple_procedure(catalogue):  # noqa: F811
    _, _, text = _render(catalogue, "arbitration.tribunal_notice")
    assert "首席仲裁员赵文，仲裁员钱进、孙丽，书记员周洁" in text and "申请回避" in text
    sole = arb_facts(procedure="simple", tribunal=(TribunalMemberFacts("赵文", "sole", "独任仲裁员"),))
    _, _, text = _render(catalogue, "arbitration.summary_notice", sole, inputs={})
    assert "由仲裁员赵文独任仲裁" in text and "第五十九条" in text
    _, _, text = _render(catalogue, "arbitration.response_notice", sole, inputs={})
    assert "答辩期可以缩短" in text and "十日内" in text and "第五十条" in text
    _, _, text = _render(catalogue, "arbitration.extension_notice", inputs={"extended_due": "2026-05-03"})
    assert "延长十五日，至2026年5月3日届满" in text
    with pytest.raises(ValidationFailed):
        _render(catalogue, "arbitration.suspension_notice", inputs={"ground": "other"})


# ---- through the services, on a real database ----------------------------------------------

def test_case_facts_read_tribunal_hearing_and_award(migrated_services):  # noqa: F811
    from wagecase.storage.models import Award, AwardItem, Case, Hearing, HearingRoom, TribunalMember, User

    svc = migrated_services
    case_id = svc.intake.register(intake([worker(0, "9000"), worker(1, "8000")], case_type="arbitration")).case_id
    now = datetime(2026, 3, 10, 2, 0)
    with svc.ctx.uow.write() as uow:
        s = uow.session
        users = [User(username=u, display_name=n, role="arbitrator", active=True, created_at=now)
                 for u, n in (("zw", "赵文"), ("zj", "周洁"))]
        s.add_all(users)
        room = HearingRoom(name="调解室（测试）", active=True)
        s.add(room)
        s.flush()
        s.add_all([TribunalMember(case_id=case_id, user_id=users[0].id, role="sole"),
                   TribunalMember(case_id=case_id, user_id=users[1].id, role="clerk")])
        s.add(Hearing(case_id=case_id, room_id=room.id, hearing_date=date(2026, 3, 20), start_minute=570,
                      end_minute=660, status="scheduled", note="", created_at=now))
        award = Award(case_id=case_id, part="final", number="测试-1号", made_on=date(2026, 3, 25), cap_fen=2_520_000,
                      created_at=now)
        s.add(award)
        s.flush()
        cw = {cw.worker.name: cw.id for cw in s.get(Case, case_id).workers}
        s.add(AwardItem(case_id=case_id, award_id=award.id, position=1, case_worker_id=cw["张三"], kind="wages",
                        label="工资", claimed_fen=900_000, awarded_fen=900_000, final=True, rejected=False))
        award_id = award.id
        uow.commit()
    pdf = svc.documents.preview(case_id, "arbitration.award", "pdf", inputs={"award_id": str(award_id)})
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.data)).pages))
    assert "测试-1号" in text and "本裁决为终局裁决" in text and "9,000.00元" in text and "独任仲裁员赵文" in text
    notice = svc.documents.preview(case_id, "arbitration.hearing_notice", "docx", inputs={"party": "respondent"})
    body = re.sub(r"\s+", "", text_of(docx.Document(io.BytesIO(notice.data))))
    assert "2026年3月20日（星期五）上午9时30分" in body and "调解室（测试）" in body and "书记员周洁" in body
    with pytest.raises(ValidationFailed) as err:
        svc.documents.preview(case_id, "arbitration.award", "pdf", inputs={"award_id": "999"})
    assert err.value.errors[0].field == "inputs.award_id"
    views, _ = svc.documents.issue(case_id, "arbitration.award", inputs={"award_id": str(award_id)})
    assert views[0].number == "测试-1号"


def test_partial_award_says_the_rest_is_awarded_later(catalogue):  # noqa: F811
    """先行裁决 (调解仲裁法 Art. 43 ¶2): the award of part of the claims, the hearing not over."""
    f = arb_facts(award=replace(_award("whole_final"), partial=True))
    _, _, text = _render(catalogue, "arbitration.award", f, number="洛劳人仲案字〔2026〕31-1号")
    assert "本委对申请人的部分仲裁请求先行裁决如下" in text and "其余仲裁请求，本委另行裁决。" in text
    assert "第四十三条第二款" in text and "本案现已审理终结" not in text
    assert "本裁决为终局裁决" in text and "三十日内向洛阳市中级人民法院申请撤销裁决" in text
    assert text.index("先行裁决如下") < text.index("另行裁决") < text.index("本裁决为终局裁决")
    _, _, whole = _render(catalogue, "arbitration.award")
    assert "先行裁决" not in whole and "另行裁决" not in whole and "的规定，裁决如下" in whole


# ---- the legal-aid lawyer as 委托代理人 (issue 8) ----------------------------------------------------

def test_assigned_lawyer_is_the_applicants_agent(catalogue):  # noqa: F811
    from wagecase.documents.facts import LawyerFacts

    f = arb_facts()
    lawyer = LawyerFacts("王立平", "河南中州律师事务所")
    f = replace(f, workers=(replace(f.workers[0], lawyer=lawyer), *f.workers[1:]))
    context, _, award = _render(catalogue, "arbitration.award", f)
    lines = context["party_lines"]
    at = lines.index("委托代理人：王立平，河南中州律师事务所律师（法律援助）。")
    assert lines[at - 1].startswith(f"申请人：{f.workers[0].name}")
    assert award.count("委托代理人") == 1
    _, _, notice = _render(catalogue, "arbitration.hearing_notice", f, inputs={"party": "applicant"})
    assert "委托代理人：王立平，河南中州律师事务所律师（法律援助）" in notice
    _, _, other = _render(catalogue, "arbitration.hearing_notice", f, inputs={"party": "respondent"})
    assert "委托代理人：王立平" not in other
    _, _, plain = _render(catalogue, "arbitration.award")
    assert "委托代理人" not in plain


def test_lawyer_of_an_assigned_referral_appears_on_hearing_notice_and_decision(migrated_services):  # noqa: F811
    from wagecase.storage.models import Case, Hearing, HearingRoom, LegalAidCentre, Referral

    svc = migrated_services
    case_id = svc.intake.register(intake([worker(0, "9000")], case_type="arbitration")).case_id
    now = datetime(2026, 3, 10, 2, 0)
    with svc.ctx.uow.write() as uow:
        s = uow.session
        room = HearingRoom(name="第三仲裁庭（测试）", active=True)
        centre = LegalAidCentre(name="中原区法律援助工作站（测试）", kind="workstation", address="", phone="",
                                counties="410102", active=True)
        s.add_all([room, centre])
        s.flush()
        s.add(Hearing(case_id=case_id, room_id=room.id, hearing_date=date(2026, 3, 20), start_minute=570,
                      end_minute=660, status="scheduled", note="", created_at=now))
        cw = s.get(Case, case_id).workers[0]
        s.add(Referral(case_id=case_id, case_worker_id=cw.id, centre_id=centre.id, status="drafted",
                       applied_on=date(2026, 3, 9), lawyer_name="", created_at=now, updated_at=now))
        uow.commit()

    def notice_text() -> str:
        data = svc.documents.preview(case_id, "arbitration.hearing_notice", "pdf", inputs={"party": "applicant"}).data
        return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))

    assert "委托代理人：" not in notice_text()  # no lawyer before the centre assigns one
    with svc.ctx.uow.write() as uow:
        row = uow.session.query(Referral).filter(Referral.case_id == case_id).one()
        row.status, row.lawyer_name, row.lawyer_firm = "assigned", "王某某", "河南某某律师事务所"
        row.assigned_on = date(2026, 3, 12)
        uow.commit()
    text = notice_text()
    assert "委托代理人：王某某，河南某某律师事务所律师（法律援助）" in text and "2026年3月20日" in text
    decision = svc.documents.preview(case_id, "arbitration.decision", "docx", inputs={"kind": "withdraw"})
    body = re.sub(r"\s+", "", text_of(docx.Document(io.BytesIO(decision.data))))
    assert "委托代理人：王某某，河南某某律师事务所律师（法律援助）。" in body
