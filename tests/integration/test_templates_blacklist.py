"""The blacklist documents (issue 7, forms.md §2; 人社部令第45号): each passes the template check and
renders to DOCX and PDF from a case with a listing; the 事先告知书 is made once per 当事人 and gives
the five working days to object and the Art. 7 undertaking; the 列入决定书 prints the three-year
term, the joint-discipline reminder, early removal and the remedies; the facts come from listing
rows of a real database."""
from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

import docx
import pytest
from pypdf import PdfReader

from wagecase.documents.context import build_context
from wagecase.documents.docx_render import render_docx
from wagecase.documents.facts import ListingFacts, ListingSubjectFacts
from wagecase.documents.pdf_render import docx_to_pdf
from wagecase.documents.samples import sample_context, sample_inputs
from wagecase.documents.template_check import check_template
from wagecase.domain.errors import RuleError, ValidationFailed

from .intake_support import NOW_UTC, id_number, intake, migrated_services, worker  # noqa: F401  (fixture)
from .test_templates import ISSUED, OFFICE, TEMPLATES, catalogue, facts, text_of  # noqa: F401

FORMS = ["blacklist.listing_notice", "blacklist.objection_result", "blacklist.listing_decision",
         "blacklist.early_removal_decision", "blacklist.removal_decision", "blacklist.revocation_decision"]
NUMBER = "洛人社失信列字〔2026〕7号"


def listing(**kw) -> ListingFacts:
    base = dict(
        id=3, rule="2022", status="listed", grounds="", proposed_on=date(2026, 4, 1), decided_on=date(2026, 4, 20),
        ends_on=date(2029, 4, 20), removed_on=None, removal_kind="", decision_number="洛人社失信列字〔2026〕4号",
        subjects=(ListingSubjectFacts("employer", "用人单位", "洛阳伊水建筑劳务有限公司&分公司", "91410300MA44556677"),
                  ListingSubjectFacts("legal_representative", "法定代表人", "秦大海", "410302197001020011"),
                  ListingSubjectFacts("responsible", "直接责任人员", "马永福", "410302198203040022", "项目经理")),
        order_number="洛人社监令字〔2026〕2号", order_issued_on=date(2026, 3, 6), order_due=date(2026, 3, 20),
        notice_numbers=(("秦大海", "洛人社失信列字〔2026〕2号"),), notice_served_on=date(2026, 4, 2),
        objection_received_on=date(2026, 4, 8), objection_answered_on=date(2026, 4, 14),
        early_removal_applied_on=date(2026, 11, 2))
    base.update(kw)
    return ListingFacts(**base)


def bl_facts(**kw):
    return replace(facts("inspection"), listing=listing(**kw))


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text).replace("　", "")


def _render(catalogue, form_id, f=None, inputs=None, index=None):  # noqa: F811
    form = catalogue[form_id]
    context = build_context(form, f or bl_facts(), number=NUMBER, issued_on=ISSUED, recipient_index=index,
                            inputs=sample_inputs(form) if inputs is None else inputs)
    data = render_docx(TEMPLATES / form.template, context)
    return context, data, _flat(text_of(docx.Document(io.BytesIO(data))))


def _pdf_text(data: bytes) -> str:
    return _flat("".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))


@pytest.mark.parametrize("form_id", FORMS)
def test_template_passes_the_check_and_renders_to_pdf(catalogue, form_id):  # noqa: F811
    form = catalogue[form_id]
    assert form.family == "blacklist" and form.numbering == "own"
    assert check_template(TEMPLATES / form.template, form, sample_context(form)) == []
    _, data, text = _render(catalogue, form_id)
    assert NUMBER in text and OFFICE.agency_name in text and "{{" not in text and "{%" not in text
    pdf = _pdf_text(docx_to_pdf(data).data)
    title = "不予提前移出决定书" if form_id == "blacklist.early_removal_decision" else form.title
    assert title in pdf and NUMBER in pdf and "2026年3月5日" in pdf
    assert not re.search(r"[A-Za-z_]{4,}", pdf.replace("MA", "")), "no English or raw keys on the page"


def test_notice_one_per_party_with_the_right_to_object_and_article_7(catalogue):  # noqa: F811
    form = catalogue["blacklist.listing_notice"]
    assert form.per == "subject" and form.service_event == "listing_notice_served"
    _, _, employer = _render(catalogue, "blacklist.listing_notice", index=0)
    _, _, person = _render(catalogue, "blacklist.listing_notice", index=2)
    for text in (employer, person):
        for words in ("五个工作日", "书面形式", "信用承诺", "第七条", "第六条", "第四十八条", "第五条第（一）项",
                      "洛人社监令字〔2026〕2号", "2026年3月20日前", "逾期未支付", "秦大海", "410302198203040022",
                      "洛阳市洛龙区开元大道218号", "联系人：郭敏", "0379-63900000"):
            assert words in text, words
    assert employer.startswith("洛阳市人力资源和社会保障局列入失信联合惩戒名单事先告知书")
    assert "洛阳伊水建筑劳务有限公司&分公司：" in employer and "你单位如对拟列入" in employer
    assert "马永福（洛阳伊水建筑劳务有限公司&分公司项目经理）：" in person and "你如对拟列入" in person
    with pytest.raises(RuleError) as err:
        _render(catalogue, "blacklist.listing_notice", index=5)
    assert err.value.key == "form.subject_invalid"
    _, _, mass = _render(catalogue, "blacklist.listing_notice", inputs={"ground": "mass_incident"})
    assert "群体性事件、极端事件" in mass and "第五条第（二）项" in mass


def test_grounds_recorded_by_the_rules_library_are_worded_once(catalogue):  # noqa: F811
    from wagecase.domain.messages import message

    recorded = "；".join(message(k) for k in ("rule.blacklist.order_not_obeyed", "rule.blacklist.ground_crime_amount",
                                              "rule.blacklist.ground_mass_incident"))
    _, _, text = _render(catalogue, "blacklist.listing_decision", bl_facts(grounds=recorded), inputs={})
    assert "第五条第（一）项、第（二）项" in text and "数额标准" in text and "群体性事件" in text
    assert "。；" not in text and "用人单位逾期未支付。" not in text
    _, _, own = _render(catalogue, "blacklist.listing_notice", bl_facts(grounds="拖欠期间转移财产。"), inputs={})
    assert "拖欠期间转移财产。" in own and "第四十八条和《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》" in own


def test_the_listing_decision_states_term_measures_removal_and_remedies(catalogue):  # noqa: F811
    form = catalogue["blacklist.listing_decision"]
    # the decision is the step 作出列入决定 (失信惩戒): the document follows it, never replaces it
    assert form.requires == ("listing_decided",) and form.issue_events == () and form.service_event == ""
    _, data, text = _render(catalogue, "blacklist.listing_decision")
    for words in ("列入事由", "列入依据", "列入期限为三年，自2026年4月20日起至2029年4月20日止", "联合惩戒措施提示",
                  "政府资金支持、政府采购、招投标、融资贷款、市场准入、税收优惠、评优评先、交通出行", "提前移出",
                  "满六个月", "十五个工作日", "第十二条", "第十三条", "六十日内向洛阳市人民政府申请行政复议",
                  "六个月内向洛阳市洛龙区人民法院提起行政诉讼", "2026年4月8日提出异议", "秦大海", "马永福",
                  "直接责任人员（项目经理）", "91410300MA44556677"):
        assert words in text, words
    pdf = _pdf_text(docx_to_pdf(data).data)
    assert "三年" in pdf and "联合惩戒" in pdf and "提前移出" in pdf and "行政复议" in pdf
    # not decided yet: the term runs from the decision's own date
    _, _, fresh = _render(catalogue, "blacklist.listing_decision", bl_facts(decided_on=None, ends_on=None,
                                                                            objection_received_on=None))
    assert "自2026年3月5日起至2029年3月5日止" in fresh and "未提出异议" in fresh


def test_objection_result_rejected_or_upheld(catalogue):  # noqa: F811
    _, _, text = _render(catalogue, "blacklist.objection_result",
                         inputs={"upheld": "rejected", "result": "劳动者的工资仍未支付", "objector": "秦大海",
                                 "objection": "本人不是负责人"})
    assert text.startswith("洛阳市人力资源和社会保障局异议核实结果告知书")
    assert "秦大海：" in text and "你于2026年4月8日对本机关《列入失信联合惩戒名单事先告知书》（洛人社失信列字〔2026〕2号）" \
        "提出异议，认为：本人不是负责人。" in text
    assert "异议不成立" in text and "第八条" in text and "劳动者的工资仍未支付。" in text
    _, _, upheld = _render(catalogue, "blacklist.objection_result", inputs={"upheld": "upheld", "result": "已足额支付"})
    assert "你单位提出的异议成立" in upheld and "不将洛阳伊水建筑劳务有限公司&分公司列入" in upheld
    with pytest.raises(ValidationFailed) as err:
        _render(catalogue, "blacklist.objection_result", inputs={"upheld": "rejected"})
    assert err.value.errors[0].field == "inputs.result"


def test_early_removal_granted_or_refused(catalogue):  # noqa: F811
    _, _, granted = _render(catalogue, "blacklist.early_removal_decision", inputs={"outcome": "granted"})
    assert granted.startswith("洛阳市人力资源和社会保障局准予提前移出决定书")
    assert "准予你单位提前移出" in granted and "秦大海、马永福一并移出" in granted and "十个工作日内" in granted
    assert "第十五条" in granted and "行政复议" not in granted and "2026年11月2日" in granted
    _, _, refused = _render(catalogue, "blacklist.early_removal_decision",
                            inputs={"outcome": "refused", "refusal_ground": "criminal"})
    assert refused.startswith("洛阳市人力资源和社会保障局不予提前移出决定书")
    assert "第十三条第（二）项" in refused and "不予提前移出" in refused and "拒不支付劳动报酬罪" in refused
    assert "六十日内向洛阳市人民政府申请行政复议" in refused and "行政诉讼" in refused
    with pytest.raises(ValidationFailed) as err:
        _render(catalogue, "blacklist.early_removal_decision", inputs={"outcome": "refused"})
    assert err.value.errors[0].field == "inputs.refusal_ground"


def test_removal_says_why_and_revocation_cites_the_revoking_decision(catalogue):  # noqa: F811
    _, _, expiry = _render(catalogue, "blacklist.removal_decision", inputs={"removed_on": "2029-04-27"})
    assert "上述列入期限已于2029年4月20日届满" in expiry and "自2029年4月27日起" in expiry and "第十七条" in expiry
    early = bl_facts(early_removal_decided_on=date(2026, 11, 16), early_removal_number="洛人社失信列字〔2026〕9号")
    _, _, text = _render(catalogue, "blacklist.removal_decision", early, inputs={})
    assert "2026年11月16日作出《准予提前移出决定书》（洛人社失信列字〔2026〕9号）" in text and "自2026年3月5日起" in text
    _, _, revoked = _render(catalogue, "blacklist.removal_decision", bl_facts(status="revoked",
                                                                             revoked_on=date(2026, 6, 12)), inputs={})
    assert "本机关已于2026年6月12日依法撤销上述列入决定" in revoked and "第十六条" in revoked
    _, _, text = _render(catalogue, "blacklist.revocation_decision",
                         inputs={"revoking_number": "洛政复决字〔2026〕8号", "revoking_date": "2026-06-10",
                                 "revoking_authority": "洛阳市人民政府"})
    assert "《劳动保障监察限期改正指令书》（洛人社监令字〔2026〕2号），已于2026年6月10日被洛阳市人民政府以" \
        "洛政复决字〔2026〕8号依法撤销" in text
    assert "决定撤销《列入失信联合惩戒对象名单决定书》（洛人社失信列字〔2026〕4号）" in text and "十个工作日内" in text
    with pytest.raises(ValidationFailed) as err:
        _render(catalogue, "blacklist.revocation_decision", inputs={"revoking_date": "2026-06-10"})
    assert {e.field for e in err.value.errors} == {"inputs.revoking_number"}


@pytest.mark.parametrize("form_id", FORMS)
def test_a_case_without_a_listing_names_the_field(catalogue, form_id):  # noqa: F811
    with pytest.raises(ValidationFailed) as err:
        _render(catalogue, form_id, facts("inspection"))
    (error,) = err.value.errors
    assert error.field == "inputs.listing_id" and error.key == "form.listing_missing"


# ---- through the services, on a real database ----------------------------------------------

def _listed_case(svc) -> tuple[int, int]:
    """An inspection case with an ignored order and a listing naming three parties, as rows."""
    from wagecase.storage.models import Case, CaseEvent, Listing, ListingSubject

    case_id = svc.intake.register(intake([worker(0, "9000"), worker(1, "8000")])).case_id
    with svc.ctx.uow.write() as uow:
        s = uow.session
        case = s.get(Case, case_id)
        s.add(CaseEvent(case_id=case_id, kind="rectification_order_issued", occurred_at=NOW_UTC,
                        event_date=date(2026, 1, 9), actor_id=svc.ctx.user_id, summary="下达限期改正指令书",
                        payload='{"due_date": "2026-01-23"}'))
        s.add(CaseEvent(case_id=case_id, kind="listing_notice_served", occurred_at=NOW_UTC,
                        event_date=date(2026, 3, 9), actor_id=svc.ctx.user_id, summary="送达", payload="{}"))
        listing_row = Listing(case_id=case_id, employer_id=case.employer_id, rule="2022", status="noticed",
                              grounds="", proposed_on=date(2026, 3, 2), removal_kind="", decision_number="",
                              note="", created_at=NOW_UTC, updated_at=NOW_UTC)
        s.add(listing_row)
        s.flush()
        s.add_all([ListingSubject(listing_id=listing_row.id, kind="responsible", name="赵经理",
                                  id_number=id_number(7), position="项目经理"),
                   ListingSubject(listing_id=listing_row.id, kind="employer", name=case.employer.name,
                                  id_number=case.employer.credit_code or "", position=""),
                   ListingSubject(listing_id=listing_row.id, kind="legal_representative", name="钱法人",
                                  id_number=id_number(8), position="")])
        listing_id = listing_row.id
        uow.commit()
    return case_id, listing_id


def test_notices_issued_one_per_party_from_listing_rows(migrated_services):  # noqa: F811
    svc = migrated_services
    case_id, listing_id = _listed_case(svc)
    views, _ = svc.documents.issue(case_id, "blacklist.listing_notice", inputs={})
    assert [v.recipient for v in views][1:] == ["钱法人", "赵经理"]
    assert [v.number for v in views] == [f"郑人社失信列字〔2026〕{n}号" for n in (1, 2, 3)]
    person = svc.documents.file(views[2].id, "pdf")
    text = _pdf_text(person.data)
    assert "赵经理（" in text and "项目经理）" in text and "五个工作日" in text and "信用承诺" in text
    assert "2026年1月23日前" in text and "郑人社失信列字〔2026〕3号" in text

    decision = svc.documents.preview(case_id, "blacklist.listing_decision", "docx", inputs={})
    body = _flat(text_of(docx.Document(io.BytesIO(decision.data))))
    assert "2026年3月9日向当事人送达" in body and "自2026年3月10日起至2029年3月10日止" in body
    assert "钱法人" in body and "赵经理" in body

    with pytest.raises(ValidationFailed) as err:
        svc.documents.preview(case_id, "blacklist.listing_decision", "pdf", inputs={"listing_id": "999"})
    assert err.value.errors[0].field == "inputs.listing_id"
    ok = svc.documents.preview(case_id, "blacklist.listing_decision", "pdf", inputs={"listing_id": str(listing_id)})
    assert "列入失信联合惩戒对象名单决定书" in _pdf_text(ok.data)

    other = svc.intake.register(intake([worker(2, "5000")])).case_id
    with pytest.raises(ValidationFailed) as err:
        svc.documents.preview(other, "blacklist.listing_notice", "pdf")
    assert err.value.errors[0].field == "inputs.listing_id"


def test_the_decision_is_issued_only_after_the_listing_step(migrated_services):  # noqa: F811
    from wagecase.domain.errors import RuleError
    from wagecase.services.dto import EventInput

    svc = migrated_services
    case_id, _ = _listed_case(svc)
    with pytest.raises(RuleError) as err:
        svc.documents.issue(case_id, "blacklist.listing_decision", inputs={})
    assert err.value.key == "document.requires_step"
    svc.deadlines.add_event(case_id, EventInput("listing_decided", svc.cases.detail(case_id).received_at.date()))
    views, _ = svc.documents.issue(case_id, "blacklist.listing_decision", inputs={})
    assert len(views) == 1 and views[0].number == "郑人社失信列字〔2026〕1号"
