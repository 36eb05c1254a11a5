"""延期审批表, 询问笔录 and 劳动保障监察行政处罚决定书: each passes the template check, renders to
DOCX and PDF from the test facts, and reads back with its key wording."""
from __future__ import annotations

import io
import re
from dataclasses import replace

import docx
import pytest
from pypdf import PdfReader

from wagecase.documents.context import build_context
from wagecase.documents.docx_render import render_docx
from wagecase.documents.pdf_render import docx_to_pdf
from wagecase.documents.samples import sample_context
from wagecase.documents.template_check import check_template
from wagecase.domain.errors import ValidationFailed

from .test_templates import ISSUED, OFFICE, TEMPLATES, catalogue, facts, text_of  # noqa: F401

NUMBER = "洛人社监罚字〔2026〕4号"
FORMS = ["inspection.extension_approval", "inspection.interview_record", "inspection.penalty_decision"]
QA = "问：你单位拖欠几名劳动者的工资？\n答：两名，马永甲和牛福乙。\n问：为何不支付？\n答：工程款未到位。"
INPUTS = {
    "inspection.extension_approval": {"reason": "需向施工总承包单位核实人工费用拨付情况"},
    "inspection.interview_record": {
        "start_time": "2026年3月10日9时05分", "end_time": "2026年3月10日10时20分", "interviewer_cert": "豫0301001",
        "recorder": "许立", "recorder_cert": "豫0301002", "interviewee_name": "秦大海", "interviewee_sex": "男",
        "interviewee_age": "50", "interviewee_position": "法定代表人", "interviewee_relation": "被投诉单位法定代表人",
        "qa": QA},
    "inspection.penalty_decision": {"legal_basis": "《保障农民工工资支付条例》第五十五条", "fine": "50,000"},
}


def _render(catalogue, form_id, f=None, inputs=None):  # noqa: F811
    form = catalogue[form_id]
    context = build_context(form, f or facts(), number=NUMBER, issued_on=ISSUED,
                            inputs=INPUTS[form_id] if inputs is None else inputs)
    data = render_docx(TEMPLATES / form.template, context)
    return context, data, text_of(docx.Document(io.BytesIO(data)))


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _pdf(data: bytes):
    result = docx_to_pdf(data)
    pages = PdfReader(io.BytesIO(result.data)).pages
    return result, [_flat(p.extract_text()) for p in pages]


@pytest.mark.parametrize("form_id", FORMS)
def test_template_passes_the_check_and_renders_to_pdf(catalogue, form_id):  # noqa: F811
    form = catalogue[form_id]
    assert check_template(TEMPLATES / form.template, form, sample_context(form)) == []
    f = facts()
    _, data, text = _render(catalogue, form_id, f)
    assert "{{" not in text and "{%" not in text
    assert (NUMBER if form.numbering == "own" else f.case_number) in text
    result, pages = _pdf(data)
    assert _flat(form.title) in "".join(pages) and not result.warnings


def test_extension_approval(catalogue):  # noqa: F811
    # the length of the extension is the period catalogue's, carried by the deadline
    f = facts()
    f = replace(f, deadlines=tuple(replace(x, code="inspection.investigation", extension="30个工作日")
                                   for x in f.deadlines))
    _, _, text = _render(catalogue, "inspection.extension_approval", f)
    for expected in ["延期审批表", "洛阳伊水建筑劳务有限公司&分公司", "91410300MA44556677", "秦大海", "2026年3月4日",
                     "2026年6月1日", "需向施工总承包单位核实人工费用拨付情况", "30个工作日", "《劳动保障监察条例》第十七条",
                     "劳动保障监察员（签名）", "监察机构负责人（签名）", "备注", "投诉（来访）"]:
        assert expected in text, expected
    # a typed date wins; without the period data the length is left to the pen, never made up
    _, _, text = _render(catalogue, "inspection.extension_approval", facts(),
                         {**INPUTS["inspection.extension_approval"], "investigation_due": "2026-06-05"})
    assert "2026年6月5日" in text and "30个工作日" not in text and "＿＿" in text
    with pytest.raises(ValidationFailed) as err:
        build_context(catalogue["inspection.extension_approval"], replace(facts(), deadlines=()), number="",
                      issued_on=ISSUED, inputs=INPUTS["inspection.extension_approval"])
    assert err.value.errors[0].field == "inputs.investigation_due"
    with pytest.raises(ValidationFailed) as err:
        build_context(catalogue["inspection.extension_approval"], facts(), number="", issued_on=ISSUED, inputs={})
    assert err.value.errors[0].field == "inputs.reason"


def test_interview_record(catalogue):  # noqa: F811
    _, data, text = _render(catalogue, "inspection.interview_record")
    for expected in ["询问笔录", "2026年3月10日9时05分", "2026年3月10日10时20分", OFFICE.address, "郭敏", "豫0301001",
                     "许立", "豫0301002", "秦大海", "法定代表人", "洛阳伊水建筑劳务有限公司&分公司",
                     f"问：我们是{OFFICE.agency_name}的劳动保障监察员郭敏、许立（出示执法证件）", "如实回答", "回避",
                     "答：听清楚了，不申请回避。", "问：为何不支付？", "答：工程款未到位。",
                     "以上笔录我已看过（或已向我宣读），与我说的相符", "被询问人（签名）", "询问人（签名）", "记录人（签名）"]:
        assert expected in text, expected
    # every page says which of how many it is, and is signed
    long = {**INPUTS["inspection.interview_record"], "qa": "\n".join([QA] * 12)}
    _, data, _ = _render(catalogue, "inspection.interview_record", inputs=long)
    _, pages = _pdf(data)
    assert len(pages) >= 2
    for n, page in enumerate(pages, 1):
        assert f"第{n}页共{len(pages)}页" in page and "被询问人签名" in page
    _, data, _ = _render(catalogue, "inspection.interview_record")
    _, pages = _pdf(data)
    assert all(f"共{len(pages)}页" in p for p in pages)
    with pytest.raises(ValidationFailed) as err:
        build_context(catalogue["inspection.interview_record"], facts(), number="", issued_on=ISSUED,
                      inputs={**INPUTS["inspection.interview_record"], "qa": ""})
    assert [e.field for e in err.value.errors] == ["inputs.qa"]


def test_penalty_decision(catalogue):  # noqa: F811
    _, data, text = _render(catalogue, "inspection.penalty_decision")
    for expected in ["当事人：洛阳伊水建筑劳务有限公司&分公司", "统一社会信用代码：91410300MA44556677", "法定代表人：秦大海",
                     "住所：洛阳市洛龙区古城路9号", "经查，", "贰万伍仟贰佰元整", "询问笔录", "等证据证实",
                     "《保障农民工工资支付条例》第五十五条", "50,000.00元", "伍万元整", "十五日内", "百分之三", "第七十二条",
                     f"六十日内向{OFFICE.review_government}", f"六个月内向{OFFICE.court_name}", "不停止执行",
                     "第七十三条", "2026年3月5日"]:
        assert expected in text, expected
    assert "＿＿" in text  # no payment account in the settings: a blank to fill in by hand
    office = replace(OFFICE, fine_payment="中国工商银行洛阳分行非税收入专户（账号1705020129000000000）")
    _, _, text = _render(catalogue, "inspection.penalty_decision", replace(facts(), office=office),
                         {**INPUTS["inspection.penalty_decision"], "evidence": "询问笔录\n现场检查笔录",
                          "statement": "你单位提出的陈述、申辩意见不成立，本机关不予采纳"})
    assert "将罚款缴至中国工商银行洛阳分行非税收入专户" in text and "＿＿" not in text
    assert "上述事实有询问笔录、现场检查笔录等证据证实。" in text and "不予采纳。" in text
    _, pages = _pdf(data)
    assert "百分之三" in "".join(pages) and "六十日内" in "".join(pages)
    with pytest.raises(ValidationFailed) as err:
        build_context(catalogue["inspection.penalty_decision"], facts(), number=NUMBER, issued_on=ISSUED,
                      inputs={**INPUTS["inspection.penalty_decision"], "fine": "五万"})
    assert err.value.errors[0].field == "inputs.fine"
    with pytest.raises(ValidationFailed) as err:
        build_context(catalogue["inspection.penalty_decision"], facts(), number=NUMBER, issued_on=ISSUED, inputs={})
    assert {e.field for e in err.value.errors} == {"inputs.legal_basis", "inputs.fine"}
