"""Context builders: CaseFacts + number + date + inputs -> the formatted values a 文书 prints."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from wagecase.documents.catalogue import FormSpec, load_catalogue
from wagecase.documents.context import (
    BUILDERS,
    DRAFT_NUMBER,
    arrears_period,
    build_context,
    clean_inputs,
    recipients,
)
from wagecase.documents.facts import ItemFacts
from wagecase.documents.samples import sample_facts, sample_inputs, sample_worker
from wagecase.domain.errors import RuleError, ValidationFailed
from wagecase.domain.messages import message

FORMS = Path(__file__).resolve().parents[2] / "forms"
DAY = date(2026, 3, 5)


@pytest.fixture(scope="module")
def catalogue() -> dict[str, FormSpec]:
    return load_catalogue(FORMS)


def ctx(catalogue, form_id, facts=None, **kw):
    form = catalogue[form_id]
    facts = facts or sample_facts(sorted(form.case_types)[0])
    kw.setdefault("inputs", sample_inputs(form))
    kw.setdefault("number", "郑人社监通字〔2026〕17号")
    return build_context(form, facts, issued_on=kw.pop("issued_on", DAY), **kw)


def test_every_catalogue_form_has_a_builder(catalogue):
    assert set(catalogue) == set(BUILDERS)


@pytest.mark.parametrize("form_id, expected", [
    ("inspection.acceptance_notice", "2026年3月5日"),
    ("inspection.rejection_notice", "2026年3月5日"),
    ("inspection.supplement_notice", "2026年3月5日"),
    ("arbitration.acceptance_notice", "二〇二六年三月五日"),
    ("arbitration.rejection_notice", "二〇二六年三月五日"),
    ("arbitration.receipt", "二〇二六年三月五日"),
])
def test_issue_date_arabic_for_inspection_and_numerals_for_arbitration(catalogue, form_id, expected):
    assert ctx(catalogue, form_id)["issue_date"] == expected


@pytest.mark.parametrize("issued, expected", [
    (date(2026, 10, 10), "二〇二六年十月十日"),
    (date(2026, 11, 21), "二〇二六年十一月二十一日"),
    (date(2030, 1, 31), "二〇三〇年一月三十一日"),
])
def test_arbitration_numerals(catalogue, issued, expected):
    assert ctx(catalogue, "arbitration.rejection_notice", issued_on=issued)["issue_date"] == expected


@pytest.mark.parametrize("amounts, figures, capitals", [
    ((840_000, 840_000, 840_000), "25,200.00元", "贰万伍仟贰佰元整"),
    ((100_005,), "1,000.05元", "壹仟元零伍分"),
    ((1_234_567,), "12,345.67元", "壹万贰仟叁佰肆拾伍元陆角柒分"),
])
def test_amounts_in_figures_and_capitals(catalogue, amounts, figures, capitals):
    workers = tuple(replace(sample_worker(n), claimed_fen=a) for n, a in enumerate(amounts))
    facts = replace(sample_facts(), workers=workers, claimed_fen=sum(amounts), is_collective=len(amounts) > 1)
    c = ctx(catalogue, "inspection.acceptance_notice", facts)
    assert (c["total_amount"], c["total_capitals"]) == (figures, capitals)
    cover = ctx(catalogue, "case_cover", facts)
    assert (cover["total_amount"], cover["total_capitals"]) == (figures, capitals)


def test_register_rows_and_totals(catalogue):
    facts = sample_facts(workers=12)
    c = ctx(catalogue, "inspection.complaint_register", facts)
    assert len(c["workers"]) == 12 and c["worker_count"] == "12"
    assert [w["index"] for w in c["workers"]] == [str(n) for n in range(1, 13)]
    assert c["workers"][0]["amount"] == "8,400.00" and c["workers"][0]["period"] == "2025年6月至12月"
    assert c["total_figures"] == "102,900.00"  # 12 × 8,400 + (0+1+2+3+4+0+1+2+3+4+0+1) × 100
    assert [p["name"] for p in c["complainants"]] == [w.name for w in facts.workers[:2]]  # the representatives
    assert c["is_construction"] and [link["role"] for link in c["chain"]] == ["建设单位", "施工总承包单位", "班组长"]
    assert c["register_date"] == "2026年3月2日"
    flat = {k: v for k, v in c.items() if not isinstance(v, (list, bool))}
    assert all(isinstance(v, str) for v in flat.values())


@pytest.mark.parametrize("froms, tos, expected", [
    ([date(2025, 6, 1)], [date(2025, 12, 31)], "2025年6月至12月"),
    ([date(2025, 11, 1)], [date(2026, 2, 28)], "2025年11月至2026年2月"),
    ([date(2025, 6, 1)], [date(2025, 6, 30)], "2025年6月"),
    ([], [], "（未填写）"),
])
def test_arrears_period(froms, tos, expected):
    items = tuple(ItemFacts("wages", "工资", f, t, 100) for f, t in zip(froms, tos))
    assert arrears_period((replace(sample_worker(0), items=items),)) == expected


def test_addressee_individual_collective_and_one_worker(catalogue):
    single = sample_facts(workers=1)
    c = ctx(catalogue, "inspection.acceptance_notice", single)
    assert (c["recipient_name"], c["you"]) == (single.workers[0].name, "你")
    group = sample_facts(workers=12)
    c = ctx(catalogue, "inspection.acceptance_notice", group)
    assert c["recipient_name"].endswith("（投诉人代表）") and c["you"] == "你们"
    no_reps = replace(group, workers=tuple(replace(w, is_representative=False) for w in group.workers))
    assert ctx(catalogue, "inspection.acceptance_notice", no_reps)["recipient_name"] == \
        f"{group.workers[0].name}等12人"
    c = ctx(catalogue, "inspection.acceptance_notice", group, recipient_index=5)
    assert (c["recipient_name"], c["you"]) == (group.workers[5].name, "你")
    arb = sample_facts("arbitration", workers=12)
    assert ctx(catalogue, "arbitration.acceptance_notice", arb)["recipient_name"].endswith("（申请人代表）")


def test_draft_number_and_copy_mark(catalogue):
    c = ctx(catalogue, "inspection.acceptance_notice", number="")
    assert c["doc_number"] == DRAFT_NUMBER and c["copy_mark"] == ""
    assert ctx(catalogue, "inspection.acceptance_notice", copy=True)["copy_mark"] == "副本"


@pytest.mark.parametrize("ground, found, basis", [
    ("over_two_years", "已超过两年", "《劳动保障监察条例》第二十条第一款"),
    ("not_inspection_matter", "属于劳动争议", "《劳动保障监察条例》第二十一条第二款"),
    ("in_dispute_procedure", "已经按照劳动争议处理程序", "《劳动保障监察条例》第二十一条第二款"),
    ("not_our_jurisdiction", "用工所在地不在本机关管辖范围内", "《劳动保障监察条例》第十三条"),
])
def test_inspection_rejection_grounds(catalogue, ground, found, basis):
    c = ctx(catalogue, "inspection.rejection_notice", inputs={"ground": ground, "detail": "补充说明"})
    assert found in c["ground_text"] and c["ground_text"].endswith("（补充说明）")
    assert c["legal_basis"].startswith(basis)
    assert c["review_government"] == "郑州市人民政府" and c["court_name"] == "郑州市中原区人民法院"
    if ground == "not_inspection_matter":
        assert "郑州市劳动人事争议仲裁委员会" in c["referral_text"]


def test_arbitration_rejection_other_needs_the_reason(catalogue):
    with pytest.raises(ValidationFailed) as err:
        ctx(catalogue, "arbitration.rejection_notice", inputs={"ground": "other"})
    assert message(err.value.errors[0].key, **err.value.errors[0].params) == "请填写“具体理由”。"
    c = ctx(catalogue, "arbitration.rejection_notice", inputs={"ground": "other", "detail": "申请人已撤回。"})
    assert c["ground_text"] == "申请人已撤回"


def test_inputs_are_checked_all_at_once_in_chinese(catalogue):
    form = catalogue["inspection.rejection_notice"]
    with pytest.raises(ValidationFailed) as err:
        clean_inputs(form, {"ground": "bogus"})
    e = err.value.errors[0]
    assert e.field == "inputs.ground"
    assert message(e.key, **e.params).startswith("“不予受理的理由”不能取“bogus”，可选的值为：超过两年")
    with pytest.raises(ValidationFailed) as err:
        clean_inputs(catalogue["arbitration.receipt"], {})
    assert [message(x.key, **x.params) for x in err.value.errors] == ["请填写“收到的材料”。"]


def test_lists_are_numbered_and_punctuated(catalogue):
    c = ctx(catalogue, "arbitration.receipt", inputs={"materials": "申请书一式二份\n\n身份证复印件；", "missing_items": ""})
    assert c["materials"] == ["1．申请书一式二份；", "2．身份证复印件。"] and c["missing_items"] == []
    assert "收到仲裁申请之日起五日内" in c["next_text"]
    c = ctx(catalogue, "arbitration.receipt")
    assert c["missing_items"][-1].endswith("。") and "补正齐全后" in c["next_text"]


def test_tribunal_text(catalogue):
    c = ctx(catalogue, "arbitration.acceptance_notice")
    assert c["tribunal_text"] == "首席仲裁员赵文，仲裁员钱进、孙丽，书记员周洁"
    assert ctx(catalogue, "arbitration.acceptance_notice", inputs={})["tribunal_text"] == "另行通知"
    assert ctx(catalogue, "arbitration.acceptance_notice",
               inputs={"presiding_arbitrator": "赵文"})["tribunal_text"] == "独任仲裁员赵文"


def test_service_receipt_defaults_and_family_words(catalogue):
    facts = sample_facts(workers=3)
    c = ctx(catalogue, "service_receipt", facts, recipient_index=2,
            inputs={"served_title": "补正通知书", "served_number": "郑人社监通字〔2026〕18号"})
    assert (c["served_to"], c["served_address"]) == (facts.workers[2].name, facts.workers[2].address)
    assert c["case_number_label"] == "案件编号" and c["organ_name"] == "郑州市人力资源和社会保障局"
    c = ctx(catalogue, "service_receipt", sample_facts("arbitration"),
            inputs={"served_title": "受理通知书", "served_to": facts.employer.name})
    assert c["served_address"] == facts.employer.address and c["case_number_label"] == "案号"
    assert c["organ_name"] == "郑州市劳动人事争议仲裁委员会"


def test_case_cover_deadlines_and_labels(catalogue):
    c = ctx(catalogue, "case_cover", sample_facts("arbitration"))
    assert (c["applicant_label"], c["respondent_label"], c["cover_title"]) == ("申请人", "被申请人", "劳动人事争议仲裁案卷")
    assert c["deadlines"][1]["state"] == "进行中（暂定）" and c["deadlines"][0]["due"] == "2026年4月19日"
    c = ctx(catalogue, "case_cover", replace(sample_facts(), deadlines=(), accepted_on=None))
    assert c["deadlines"] == [] and c["accepted_date"] == ""


def test_wrong_case_type_unknown_form_and_recipient(catalogue):
    with pytest.raises(RuleError) as err:
        ctx(catalogue, "arbitration.acceptance_notice", sample_facts("inspection"))
    assert message(err.value.key, **err.value.params) == "《仲裁申请受理通知书》不适用于监察案件。"
    with pytest.raises(RuleError) as err:
        ctx(catalogue, "inspection.acceptance_notice", recipient_index=9)
    assert "第10名" in message(err.value.key, **err.value.params)
    bogus = replace(catalogue["case_cover"], id="no.such.form")
    with pytest.raises(RuleError) as err:
        build_context(bogus, sample_facts(), issued_on=DAY)
    assert err.value.key == "form.unknown"


def test_recipients_per_form(catalogue):
    facts = sample_facts(workers=3)
    assert recipients(catalogue["case_cover"], facts) == [f"{facts.workers[0].name}、{facts.workers[1].name}（投诉人代表）"]
    per_worker = replace(catalogue["inspection.acceptance_notice"], per="worker")
    assert recipients(per_worker, facts) == [w.name for w in facts.workers]


def test_office_not_configured_prints_a_visible_gap(catalogue):
    c = ctx(catalogue, "inspection.acceptance_notice", replace(sample_facts(), office=None))
    assert c["organ_name"] == "（未设置）" and c["office_phone"] == "（未设置）"
