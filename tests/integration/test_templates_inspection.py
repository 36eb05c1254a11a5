"""The inspection path's documents (issue 5): 限期改正指令书, 调查询问书, 事先告知书, 行政处理决定书.

Each passes the template check, renders to DOCX and PDF, and reads back with its 文号, the
employer, the per-worker amounts and the totals in capitals."""
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

NUMBER = "洛人社监令字〔2026〕12号"
FORMS = ["inspection.rectification_order", "inspection.inquiry_notice", "inspection.penalty_notice",
         "inspection.decision"]
TABLES = ["inspection.case_approval", "inspection.closing_approval", "inspection.transfer_approval",
          "inspection.transfer_letter"]
INPUTS = {
    "inspection.rectification_order": {"due_date": "2026-03-20"},
    "inspection.inquiry_notice": {"appointment": "2026年3月10日上午9时", "place": "洛阳市洛龙区开元大道218号3楼"},
    "inspection.penalty_notice": {"decision_text": "责令支付拖欠的劳动报酬\n按应付金额的百分之五十加付赔偿金",
                                  "legal_basis": "《劳动保障监察条例》第二十六条", "hearing": "yes"},
    "inspection.decision": {"percent": "50", "pay_days": "15", "order_number": "洛人社监令字〔2026〕3号",
                            "order_due": "2026-03-20"},
    "inspection.case_approval": {},
    "inspection.closing_approval": {"decision_number": "洛人社监决字〔2026〕5号", "served_date": "2026-04-08"},
    "inspection.transfer_approval": {"order_number": "洛人社监令字〔2026〕3号", "order_due": "2026-03-20",
                                     "police_name": "洛阳市公安局"},
    "inspection.transfer_letter": {"police_name": "洛阳市公安局", "order_number": "洛人社监令字〔2026〕3号",
                                   "order_date": "2026-03-06"},
}


def _render(catalogue, form_id, f=None, inputs=None):  # noqa: F811
    form = catalogue[form_id]
    f = f or facts()
    context = build_context(form, f, number=NUMBER, issued_on=ISSUED,
                            inputs=INPUTS[form_id] if inputs is None else inputs)
    data = render_docx(TEMPLATES / form.template, context)
    return context, data, text_of(docx.Document(io.BytesIO(data)))


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("form_id", FORMS)
def test_template_passes_the_check_and_renders_to_pdf(catalogue, form_id):  # noqa: F811
    form = catalogue[form_id]
    assert check_template(TEMPLATES / form.template, form, sample_context(form)) == []
    _, data, text = _render(catalogue, form_id)
    assert NUMBER in text and OFFICE.agency_name in text and "{{" not in text and "{%" not in text
    assert "洛阳伊水建筑劳务有限公司&分公司" in text and "2026年3月5日" in text
    pdf = docx_to_pdf(data).data
    pdf_text = _flat("".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    assert _flat(form.title) in pdf_text and _flat(NUMBER) in pdf_text


def test_rectification_order(catalogue):  # noqa: F811
    _, _, text = _render(catalogue, "inspection.rectification_order")
    for expected in ["洛阳伊水建筑劳务有限公司&分公司、洛阳中原建工集团有限公司：", "与洛阳中原建工集团有限公司共同",
                     "2026年3月20日前", "《保障农民工工资支付条例》第三十条", "12,600.00", "25,200.00",
                     "贰万伍仟贰佰元整", "加付赔偿金", "行政处罚", "失信联合惩戒", "第五条", "移送公安机关",
                     "第四十一条", "第二百七十六条之一"]:
        assert expected in text, expected
    # not a construction case: the employer alone pays
    _, _, text = _render(catalogue, "inspection.rectification_order", facts(construction=False))
    assert "共同" not in text and "第三十条" not in text and "贰万伍仟贰佰元整" in text
    with pytest.raises(ValidationFailed):
        build_context(catalogue["inspection.rectification_order"], facts(), number=NUMBER, issued_on=ISSUED,
                      inputs={"due_date": "下周"})


def test_inquiry_notice(catalogue):  # noqa: F811
    _, _, text = _render(catalogue, "inspection.inquiry_notice")
    for expected in ["2026年3月10日上午9时", "洛阳市洛龙区开元大道218号3楼", "1．营业执照副本复印件（总/分）；",
                     "工资支付表和考勤记录", "“建”的由建设单位提供", "第三十条", "回　　执", "收件人", "贰万伍仟贰佰元整"]:
        assert expected in text, expected
    _, _, text = _render(catalogue, "inspection.inquiry_notice", facts(construction=False),
                         {"appointment": "3月10日", "materials": "劳动合同\n工资表"})
    assert "1．劳动合同；" in text and "2．工资表。" in text and "（总/分）" not in text and "建设单位提供" not in text


def test_penalty_notice(catalogue):  # noqa: F811
    _, _, text = _render(catalogue, "inspection.penalty_notice")
    for expected in ["1．责令支付拖欠的劳动报酬；", "第四十四条、第四十五条", "三个工作日", "陈述和申辩",
                     "第六十三条、第六十四条", "五日内", "《劳动保障监察条例》第二十六条", "贰万伍仟贰佰元整"]:
        assert expected in text, expected
    _, _, text = _render(catalogue, "inspection.penalty_notice", inputs={
        **INPUTS["inspection.penalty_notice"], "hearing": "no", "statement_days": "五个工作日"})
    assert "听证" not in text and "五个工作日" in text


def test_decision_computes_the_compensation_on_what_is_still_owed(catalogue):  # noqa: F811
    f = facts(amounts=(1_260_000, 1_260_001))
    f = replace(f, workers=(replace(f.workers[0], paid_fen=260_000), f.workers[1]))
    _, _, text = _render(catalogue, "inspection.decision", f)
    # owed 10,000.00 + 12,600.01; 50% rounded up to the fen: 5,000.00 + 6,300.01
    for expected in ["10,000.00", "5,000.00", "15,000.00", "12,600.01", "6,300.01", "18,900.02",
                     "22,600.01", "11,300.01", "33,900.02", "百分之五十", "15日内", "洛人社监令字〔2026〕3号",
                     "2026年3月20日", OFFICE.review_government, "六十日内", OFFICE.court_name, "六个月内",
                     "申请人民法院强制执行"]:
        assert expected in text, expected
    assert "人民币贰万贰仟陆佰元零壹分" in text or "贰万贰仟陆佰元零壹分" in text
    _, _, text = _render(catalogue, "inspection.decision", inputs={**INPUTS["inspection.decision"], "percent": "100"})
    assert "百分之一百" in text and "50,400.00" in text and "伍万零肆佰元整" in text
    assert "上一级" not in text  # 行政复议法 2023: only the 本级人民政府


@pytest.mark.parametrize("form_id", TABLES)
def test_approval_tables_and_transfer_letter_pass_the_check_and_render(catalogue, form_id):  # noqa: F811
    form = catalogue[form_id]
    assert check_template(TEMPLATES / form.template, form, sample_context(form)) == []
    f = facts()
    _, data, text = _render(catalogue, form_id, f)
    assert "{{" not in text and "{%" not in text and "洛阳伊水建筑劳务有限公司&分公司" in text
    # internal tables carry the case number; the letter its own 文号
    assert (NUMBER if form.numbering == "own" else f.case_number) in text
    pdf = docx_to_pdf(data).data
    pdf_text = _flat("".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    assert _flat(form.title) in pdf_text


def test_case_approval(catalogue):  # noqa: F811
    _, _, text = _render(catalogue, "inspection.case_approval")
    for expected in ["案件来源", "投诉", "统一社会信用代码", "法定代表人", "涉嫌违反", "《中华人民共和国劳动法》第五十条",
                     "建议立案调查", "劳动保障监察员（签名）", "监察机构负责人（签名）", "备注", "贰万伍仟贰佰元整"]:
        assert expected in text, expected
    _, _, text = _render(catalogue, "inspection.case_approval", inputs={"opinion": "同意立案，由李明、王强承办。"})
    assert "同意立案，由李明、王强承办。" in text and "建议立案调查" not in text


def test_closing_approval_reports_what_was_paid(catalogue):  # noqa: F811
    f = facts(amounts=(1_260_000, 1_260_000))
    paid = replace(f, workers=(replace(f.workers[0], paid_fen=1_260_000), f.workers[1]))
    _, _, text = _render(catalogue, "inspection.closing_approval", paid)
    for expected in ["洛人社监决字〔2026〕5号", "2026年4月8日", "已支付12,600.00元", "尚欠12,600.00元",
                     "壹万贰仟陆佰元整", "建议结案", "执行情况"]:
        assert expected in text, expected
    done = replace(f, workers=tuple(replace(w, paid_fen=w.claimed_fen) for w in f.workers))
    _, _, text = _render(catalogue, "inspection.closing_approval", done, inputs={})
    assert "足额支付劳动报酬25,200.00元" in text and "已全部支付" in text and "（未作出）" in text


def test_transfer_approval(catalogue):  # noqa: F811
    _, _, text = _render(catalogue, "inspection.transfer_approval")
    for expected in ["涉案罪名", "拒不支付劳动报酬罪", "被监察单位", "法定代表人", "洛人社监令字〔2026〕3号",
                     "2026年3月20日前", "第四十一条第二款", "第二百七十六条之一", "法释〔2013〕3号", "洛阳市公安局",
                     "主办监察员", "协办监察员", "机构负责人", "部门负责人", "贰万伍仟贰佰元整"]:
        assert expected in text, expected


def test_transfer_letter(catalogue):  # noqa: F811
    f = facts(amounts=(1_260_000, 1_260_000))
    f = replace(f, workers=(replace(f.workers[0], paid_fen=260_000), f.workers[1]))
    _, _, text = _render(catalogue, "inspection.transfer_letter", f)
    for expected in ["洛阳市公安局：", "2026年3月6日", "洛人社监令字〔2026〕3号", "仍拖欠2名劳动者",
                     "22,600.00元", "贰万贰仟陆佰元整", "第四十一条第二款", "第二百七十六条之一", "法释〔2013〕3号",
                     "1．调查报告；", "限期改正指令书及送达回证", "询问笔录", "欠薪劳动者名单及金额（2人，合计22,600.00元）",
                     "逃匿或者拒不支付劳动报酬的证据。", "回　　执", "接收人", "接收日期", "（盖章）"]:
        assert expected in text, expected
    _, _, text = _render(catalogue, "inspection.transfer_letter", inputs={})
    assert "郑州市公安局：" in text
    with pytest.raises(ValidationFailed):
        build_context(catalogue["inspection.transfer_letter"], facts(), number=NUMBER, issued_on=ISSUED,
                      inputs={"order_date": "上周"})


def test_transfer_letter_is_served_on_the_police_after_the_approved_transfer(catalogue):  # noqa: F811
    form = catalogue["inspection.transfer_letter"]
    # the police's signed 回执 is its service; the letter follows the head's approval, never bypasses it
    assert form.service_event == "police_received"
    assert form.steps == ("transferred_to_police",) and form.requires == ("transferred_to_police",)
    assert catalogue["inspection.penalty_decision"].requires == ("penalty_notice_served",)
