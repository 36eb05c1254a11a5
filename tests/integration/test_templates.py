"""The Word templates: they pass the template check, broken ones are reported in Chinese, and
every form renders to a .docx that reads back with its fields, number, capitals and fonts."""
from __future__ import annotations

import io
import shutil
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from wagecase.documents.catalogue import FormSpec, load_catalogue
from wagecase.documents.context import build_context
from wagecase.documents.docx_render import render_docx
from wagecase.documents.facts import (
    CaseFacts,
    ChainLinkFacts,
    DeadlineFacts,
    EmployerFacts,
    ItemFacts,
    OfficeFacts,
    WorkerFacts,
)
from wagecase.documents.samples import sample_context
from wagecase.documents.template_check import check_template
from wagecase.domain.errors import RuleError
from wagecase.domain.messages import message

from .cli_support import cli  # noqa: F401  (fixture)

FORMS = Path(__file__).resolve().parents[2] / "forms"
TEMPLATES = FORMS / "templates"
ISSUED = date(2026, 3, 5)


@pytest.fixture(scope="module")
def catalogue() -> dict[str, FormSpec]:
    return load_catalogue(FORMS)


# ---- facts built here, unlike the samples the check uses ----------------------------------------

OFFICE = OfficeFacts(
    agency_name="洛阳市人力资源和社会保障局", inspection_unit="洛阳市劳动保障监察支队",
    commission_name="洛阳市劳动人事争议仲裁委员会", address="洛阳市洛龙区开元大道218号", phone="0379-63900000",
    contact="郭敏", review_government="洛阳市人民政府", court_name="洛阳市洛龙区人民法院",
    intermediate_court="洛阳市中级人民法院")


def person(n: int, fen: int, rep: bool = False) -> WorkerFacts:
    return WorkerFacts(
        name=f"{'马牛杨朱秦许何吕施张孔曹'[n % 12]}{'永福长青'[n % 4]}{'甲乙丙丁戊己庚辛壬癸子丑'[n]}",
        sex_label="男", birth_date=date(1980, 1, 2), age=46, id_number=f"41030219800102{n:03d}X"[:18],
        phone=f"1590379{n:04d}", address=f"河南省洛阳市嵩县城关镇{n}号", is_representative=rep, job="泥瓦工",
        employed_to=date(2025, 11, 30), claimed_fen=fen,
        items=(ItemFacts("wages", "工资", date(2025, 3, 1), date(2025, 11, 30), fen),))


def facts(case_type: str = "inspection", amounts: tuple[int, ...] = (1_260_000, 1_260_000),
          construction: bool = True) -> CaseFacts:
    arb = case_type == "arbitration"
    workers = tuple(person(n, a, rep=(n == 0 and len(amounts) > 1)) for n, a in enumerate(amounts))
    return CaseFacts(
        case_id=7, case_number="洛劳人仲案字〔2026〕31号" if arb else "洛人社监投字〔2026〕9号",
        case_type=case_type, case_type_label="仲裁案件" if arb else "监察案件", status_label="已受理",
        is_collective=len(workers) > 1, channel_label="来访", received_on=date(2026, 3, 2),
        accepted_on=date(2026, 3, 4), officer_name="郭敏", industry_label="工程建设", county_name="洛龙区",
        facts="投诉人在洛龙区伊水苑项目从事泥瓦工作，\n2025年3月至11月工资未付。",
        claims="请求支付拖欠工资。", claimed_fen=sum(amounts),
        employer=EmployerFacts(name="洛阳伊水建筑劳务有限公司&分公司", credit_code="91410300MA44556677",
                               legal_representative="秦大海", address="洛阳市洛龙区古城路9号",
                               phone="0379-65550000", county_name="洛龙区"),
        workers=workers,
        project_name="伊水苑二期" if construction else "", project_address="洛龙区伊水路" if construction else "",
        chain=(ChainLinkFacts("施工总承包单位", "洛阳中原建工集团有限公司", "91410300MA11223344", "0379-1"),)
        if construction else (),
        deadlines=(DeadlineFacts("调查期限", date(2026, 6, 1), "进行中", "《劳动保障监察条例》第十七条", False),),
        office=OFFICE,
    )


INPUTS = {
    "inspection.rejection_notice": {"ground": "not_inspection_matter", "detail": "双方对工资数额有争议"},
    "inspection.supplement_notice": {"missing_items": "身份证复印件\n工资欠条", "due_text": "三个工作日"},
    "arbitration.acceptance_notice": {"presiding_arbitrator": "吕方", "arbitrators": "施然、孔立", "clerk": "曹晴"},
    "arbitration.rejection_notice": {"ground": "no_respondent"},
    "arbitration.receipt": {"materials": "仲裁申请书\n身份证复印件", "missing_items": "证据目录"},
    "service_receipt": {"served_title": "不予受理通知书", "served_number": "洛人社监通字〔2026〕4号", "note": "邮寄"},
}

NUMBER = {"inspection": "洛人社监通字〔2026〕3号", "arbitration": "洛劳人仲案字〔2026〕31号"}


def render(catalogue, form_id: str, f: CaseFacts | None = None, **kw) -> tuple[dict, docx.document.Document]:
    form = catalogue[form_id]
    f = f or facts(sorted(form.case_types)[0])
    context = build_context(form, f, number=NUMBER[f.case_type], issued_on=ISSUED,
                            inputs=INPUTS.get(form_id, {}), **kw)
    data = render_docx(TEMPLATES / form.template, context)
    return context, docx.Document(io.BytesIO(data))


def text_of(document) -> str:
    return "\n".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in document.element.body.iter(qn("w:p")))


# ---- the check -------------------------------------------------------------------------------------

def test_every_shipped_template_passes_the_check(catalogue):
    for form in catalogue.values():
        problems = check_template(TEMPLATES / form.template, form, sample_context(form))
        assert problems == [], (form.id, [p.message for p in problems])


def _broken_template(path: Path) -> None:
    d = docx.Document()
    p = d.add_paragraph()
    p.add_run("投诉人：{{ recipient")
    p.add_run("_name }}").bold = True  # Word split the placeholder when part of it was made bold
    d.add_paragraph("{{ organ_nmae }}")
    d.add_paragraph("{% for w in workers %}{{ w.name }}")  # never closed
    d.save(path)


def test_a_broken_template_is_reported_in_chinese(catalogue, tmp_path):
    form = catalogue["inspection.acceptance_notice"]
    path = tmp_path / "broken.docx"
    _broken_template(path)
    problems = check_template(path, form, sample_context(form))
    by_key = {p.key: p for p in problems}
    split = by_key["template.split_placeholder"]
    assert split.is_error and "{{ recipient_name }}" in split.message and "被 Word 拆成了几段" in split.message
    syntax = by_key["template.syntax"]
    assert syntax.is_error and "缺少结束标记“endfor”" in syntax.message
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in p.message) for p in problems)

    # syntax fixed: unknown names and missing required fields show up
    d = docx.Document()
    d.add_paragraph("{{ organ_nmae }}")
    d.add_paragraph("{{ recipient_name }}：{{ you }}")
    d.save(path)
    problems = check_template(path, form, sample_context(form))
    errors = [p.message for p in problems if p.is_error]
    assert "模板使用了未知的占位符“organ_nmae”，本文书没有这一项内容。请检查拼写，可用的占位符见 forms/README.md。" in errors
    assert any("缺少本文书必须显示的内容“doc_number”" in e for e in errors)
    # keys that are required are reported once, as errors; optional ones as a hint
    assert {p.params["name"] for p in problems if not p.is_error} == {"arrears_period", "copy_mark"}


def test_unused_keys_are_warnings_and_attribute_typos_are_caught(catalogue, tmp_path):
    form = catalogue["case_cover"]
    src = docx.Document(TEMPLATES / form.template)
    for p in src.element.body.iter(qn("w:t")):
        if p.text == "{{ d.basis }}":
            p.text = "{{ d.basiss }}"
        if p.text == "{{ status_label }}":
            p.text = ""
    path = tmp_path / "cover.docx"
    src.save(path)
    problems = check_template(path, form, sample_context(form))
    assert [(p.severity, p.key, p.params.get("name")) for p in problems] == [
        ("error", "template.required_missing", "status_label")]
    relaxed = FormSpec(**{**form.__dict__, "required_fields": ()})
    problems = check_template(path, relaxed, sample_context(form))
    assert [(p.severity, p.params.get("name")) for p in problems] == [("warning", "status_label"),
                                                                       ("error", "basiss")]


def test_not_a_docx(catalogue, tmp_path):
    path = tmp_path / "x.docx"
    path.write_text("hello")
    (problem,) = check_template(path, catalogue["case_cover"], {})
    assert problem.message.startswith("模板文件") and "不是有效的 .docx 文件" in problem.message
    (problem,) = check_template(tmp_path / "none.docx", catalogue["case_cover"], {})
    assert "文件不存在" in problem.message


# ---- rendering ---------------------------------------------------------------------------------------

def _expected(form_id: str, f: CaseFacts) -> list[str]:
    e = f.employer
    w0 = f.workers[0]
    base = {
        "inspection.complaint_register": [
            OFFICE.inspection_unit, f.case_number, "2026年3月2日", w0.name, w0.sex_label, str(w0.age), w0.id_number,
            w0.address, w0.phone, e.name, e.credit_code, e.legal_representative, e.address, e.phone, f.project_name,
            f.chain[0].name, "投诉人在洛龙区伊水苑项目从事泥瓦工作，", "2025年3月至11月工资未付。", f.claims,
            "2025年3月至11月", "涉及劳动者2人", *[w.name for w in f.workers], "25,200.00", f.officer_name],
        "inspection.acceptance_notice": [
            OFFICE.agency_name, "投诉受理通知书", w0.name + "（投诉人代表）", "2026年3月2日", e.name, "涉及劳动者2人",
            "25,200.00元", "2026年3月4日立案调查", "六十个工作日", f.officer_name, OFFICE.phone, "2026年3月5日"],
        "inspection.rejection_notice": [
            OFFICE.agency_name, "不予受理通知书", "2026年3月2日", e.name, "不属于劳动保障监察事项", "双方对工资数额有争议",
            "《劳动保障监察条例》第二十一条第二款", OFFICE.commission_name, OFFICE.review_government,
            OFFICE.court_name, "行政复议", "行政诉讼", "2026年3月5日"],
        "inspection.supplement_notice": [
            OFFICE.agency_name, "补正通知书", "2026年3月2日", e.name, "1．身份证复印件；", "2．工资欠条。",
            "三个工作日", f.officer_name, OFFICE.phone, "2026年3月5日"],
        "arbitration.acceptance_notice": [
            OFFICE.commission_name, "仲裁申请受理通知书", w0.name + "（申请人代表）", "经本委审查符合受理条件，决定受理",
            "三日内", "首席仲裁员吕方，仲裁员施然、孔立，书记员曹晴", OFFICE.phone, "二〇二六年三月五日"],
        "arbitration.rejection_notice": [
            OFFICE.commission_name, "不予受理通知书", "2026年3月2日", e.name, "没有明确的被申请人",
            "可以就该争议事项向人民法院提起诉讼", "二〇二六年三月五日"],
        "arbitration.receipt": [
            OFFICE.commission_name, "收件回执", "2026年3月2日", "1．仲裁申请书；", "2．身份证复印件。", "证据目录。",
            "一次性", f.officer_name, OFFICE.phone, "二〇二六年三月五日"],
        "service_receipt": [
            "送 达 回 证", f.case_number, "不予受理通知书", "洛人社监通字〔2026〕4号", w0.name, w0.address,
            "□直接送达", "□邮寄送达", "□留置送达", "□公告送达", "□电子送达", "签名或盖章",
            "代收理由", "拒收事由", "及见证人", "送达人（签名）", "备注", "邮寄"],
        "case_cover": [
            f.case_number, f.case_type_label, w0.name, e.name, "25,200.00元", f.officer_name, "2026年3月2日",
            "2026年3月4日", f.status_label, "调查期限", "2026年6月1日", "《劳动保障监察条例》第十七条"],
    }[form_id]
    return base


@pytest.mark.parametrize("form_id", [
    "inspection.complaint_register", "inspection.acceptance_notice", "inspection.rejection_notice",
    "inspection.supplement_notice", "arbitration.acceptance_notice", "arbitration.rejection_notice",
    "arbitration.receipt", "service_receipt", "case_cover",
])
def test_each_form_renders_and_reads_back(catalogue, form_id):
    form = catalogue[form_id]
    f = facts(sorted(form.case_types)[0])
    context, document = render(catalogue, form_id, f)
    text = text_of(document)
    for expected in _expected(form_id, f):
        assert expected in text, (form_id, expected)
    # the number the document carries
    carried = {"own": NUMBER["inspection"], "case": f.case_number, "served": "洛人社监通字〔2026〕4号"}[form.numbering]
    assert carried in text
    # amounts in capitals wherever the form states the claim
    if "total_capitals" in context:
        assert "贰万伍仟贰佰元整" in text
    assert "{{" not in text and "{%" not in text
    assert "&amp;" not in text  # escaped once: read back as the name was typed
    if "employer_name" in context or "respondent_name" in context:
        assert "洛阳伊水建筑劳务有限公司&分公司" in text
    _fonts_are_east_asian(document)


def _fonts_are_east_asian(document) -> None:
    runs = [r for r in document.element.body.iter(qn("w:r")) if "".join(t.text or "" for t in r.iter(qn("w:t")))]
    assert runs
    for r in runs:
        fonts = r.find(qn("w:rPr")).find(qn("w:rFonts"))
        assert fonts is not None and fonts.get(qn("w:eastAsia")) in {"仿宋", "宋体", "楷体", "黑体", "方正小标宋简体"}
        assert fonts.get(qn("w:eastAsiaTheme")) is None
    styles = document.styles.element
    assert not [f for f in styles.iter(qn("w:rFonts")) if f.get(qn("w:eastAsiaTheme"))]


def test_a_collective_case_with_12_workers_fills_12_rows(catalogue):
    f = facts(amounts=tuple(210_000 for _ in range(12)))
    context, document = render(catalogue, "inspection.complaint_register", f)
    table = document.tables[-1]
    rows = [[c.text for c in row.cells] for row in table.rows]
    body = [r for r in rows if r[0].isdigit()]
    assert [r[0] for r in body] == [str(n) for n in range(1, 13)]
    assert [r[1] for r in body] == [w.name for w in f.workers]
    assert body[0][5] == "2,100.00" and rows[-1][5] == "25,200.00"
    assert "贰万伍仟贰佰元整" in text_of(document)


def test_optional_blocks_disappear(catalogue):
    f = facts(construction=False)
    _, document = render(catalogue, "inspection.complaint_register", f)
    text = text_of(document)
    assert "工程项目" not in text and "项目名称" not in text and "{%" not in text
    _, document = render(catalogue, "arbitration.receipt", facts("arbitration"))
    assert "需要补正的全部材料" in text_of(document)
    form = catalogue["arbitration.receipt"]
    context = build_context(form, facts("arbitration"), number="x", issued_on=ISSUED,
                            inputs={"materials": "仲裁申请书"})
    document = docx.Document(io.BytesIO(render_docx(TEMPLATES / form.template, context)))
    assert "需要补正" not in text_of(document) and "仲裁申请书" in text_of(document)


def test_copy_mark_and_draft_number(catalogue):
    form = catalogue["inspection.acceptance_notice"]
    context = build_context(form, facts(), number="", issued_on=ISSUED, copy=True)
    document = docx.Document(io.BytesIO(render_docx(TEMPLATES / form.template, context)))
    lines = text_of(document).splitlines()
    assert lines[0] == "副本" and "（草稿）" in lines
    _, document = render(catalogue, "inspection.acceptance_notice")
    assert "副本" not in text_of(document)


def test_multi_line_facts_become_paragraphs(catalogue):
    _, document = render(catalogue, "inspection.complaint_register")
    lines = text_of(document).splitlines()
    assert "投诉人在洛龙区伊水苑项目从事泥瓦工作，" in lines and "2025年3月至11月工资未付。" in lines


def test_layout_of_a_notice(catalogue):
    _, document = render(catalogue, "inspection.acceptance_notice")
    section = document.sections[0]
    mm = [round(x.mm) for x in (section.page_width, section.page_height, section.top_margin,
                                section.bottom_margin, section.left_margin, section.right_margin)]
    assert mm == [210, 297, 37, 35, 28, 26]
    grid = section._sectPr.find(qn("w:docGrid"))  # 22 lines × 28 characters, as GB/T 9704 counts
    assert (grid.get(qn("w:type")), grid.get(qn("w:linePitch"))) == ("linesAndChars", "579")
    paragraphs = document.paragraphs
    title = next(p for p in paragraphs if p.text == "投诉受理通知书")
    assert title.runs[0].font.size.pt == 22 and title.alignment == 1
    assert title.runs[0]._r.rPr.rFonts.get(qn("w:eastAsia")) == "方正小标宋简体"
    body = next(p for p in paragraphs if p.text.startswith("你们于"))
    ind = body._p.pPr.find(qn("w:ind"))
    assert ind.get(qn("w:firstLineChars")) == "200"
    # 28.95 pt: 22 lines fit the 225 mm type area (22 × 29 pt would overshoot it)
    assert body.paragraph_format.line_spacing.pt == 28.95 and body.runs[0].font.size.pt == 16
    date_line = paragraphs[-1]
    assert date_line.text == "2026年3月5日" and date_line.alignment == 2
    assert date_line._p.pPr.find(qn("w:ind")).get(qn("w:rightChars")) == "400"


# ---- catalogue --------------------------------------------------------------------------------------

def test_catalogue_fields(catalogue):
    assert len(catalogue) >= 9
    acc = catalogue["inspection.acceptance_notice"]
    assert (acc.numbering, acc.family, acc.per) == ("own", "inspection.notice", "case")
    assert catalogue["arbitration.acceptance_notice"].numbering == "case"
    assert catalogue["arbitration.acceptance_notice"].service_event == ""
    receipt = catalogue["service_receipt"]
    assert receipt.numbering == "served" and receipt.case_types == {"inspection", "arbitration"}
    ground = catalogue["inspection.rejection_notice"].input("ground")
    assert ground.kind == "choice" and ("over_two_years", "超过两年") in ground.choices


def _catalogue_copy(tmp_path: Path, edit) -> Path:
    import json

    root = tmp_path / "forms"
    shutil.copytree(FORMS / "templates", root / "templates")
    data = json.loads((FORMS / "catalogue.json").read_text(encoding="utf-8"))
    edit(data["forms"])
    (root / "catalogue.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return root


@pytest.mark.parametrize("edit, expected", [
    (lambda f: f["case_cover"].update(templte="x.docx"), "文书目录中“case_cover”的文书定义含有无法识别的项目“templte”"),
    (lambda f: f["case_cover"].update(template="nope.docx"), "指定的模板文件 nope.docx 不存在"),
    (lambda f: f["case_cover"].update(numbering="mine"), "“numbering”取值“mine”无效"),
    (lambda f: f["case_cover"].update(steps=["accepted", "lunch"]), "“steps”取值“lunch”无效"),
    (lambda f: f["case_cover"].pop("title"), "缺少必填项目“title”"),
    (lambda f: f["inspection.rejection_notice"]["inputs"][0].update(kind="choice", choices=[]),
     "是选择项，但没有列出可选的值"),
    (lambda f: f["inspection.rejection_notice"]["inputs"][0].update(colour="red"), "输入项含有无法识别的项目“colour”"),
])
def test_catalogue_errors_are_chinese(tmp_path, edit, expected):
    root = _catalogue_copy(tmp_path, edit)
    with pytest.raises(RuleError) as err:
        load_catalogue(root)
    assert expected in message(err.value.key, **err.value.params)


def test_catalogue_that_is_not_json(tmp_path):
    (tmp_path / "catalogue.json").write_text("{ forms: ", encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_catalogue(tmp_path)
    assert "JSON 格式错误" in message(err.value.key, **err.value.params)


# ---- CLI ---------------------------------------------------------------------------------------------

def test_cli_forms_and_check_templates(cli, tmp_path):
    r = cli("forms")
    assert r.returncode == 0, r.stderr
    assert "inspection.rejection_notice  不予受理通知书" in r.stdout and "over_two_years=超过两年" in r.stdout
    r = cli("check-templates")
    assert r.returncode == 0, r.stdout + r.stderr
    assert f"共检查 {len(load_catalogue(FORMS))} 个模板：错误 0 处，提示 0 处。" in r.stdout

    folder = tmp_path / "mine"
    shutil.copytree(TEMPLATES, folder)
    _broken_template(folder / "inspection_acceptance_notice.docx")
    (folder / "case_cover.docx").unlink()
    r = cli("check-templates", "--dir", str(folder))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "投诉受理通知书（inspection_acceptance_notice.docx）：有错误" in r.stdout
    assert "被 Word 拆成了几段" in r.stdout and "文件不存在" in r.stdout
    assert "送达回证（service_receipt.docx）：通过" in r.stdout


def test_cli_render_a_draft_from_the_database(cli, databases, tmp_path):
    from wagecase import bootstrap

    from .intake_support import intake

    url = databases.new("migrated", name="cases.sqlite3")
    services = bootstrap.build(url, data_dir=tmp_path / "data")
    case_id = services.intake.register(intake()).case_id
    services.ctx.uow.engine.dispose()

    out = tmp_path / "notice.docx"
    r = cli("render", "inspection.acceptance_notice", "--case", str(case_id), "--format", "docx",
            "--out", str(out), "--database", url)
    assert r.returncode == 0, r.stderr
    text = text_of(docx.Document(out))
    assert "投诉受理通知书" in text and "（草稿）" in text and "郑州宏远建筑劳务有限公司" in text

    r = cli("render", "inspection.rejection_notice", "--case", str(case_id), "--format", "pdf",
            "--out", str(tmp_path), "--database", url, "--input", "ground=over_two_years")
    assert r.returncode == 0, r.stderr
    (pdf,) = tmp_path.glob("*不予受理通知书*.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")

    r = cli("render", "inspection.rejection_notice", "--case", str(case_id), "--out", str(tmp_path),
            "--database", url, "--input", "ground=lunch")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "“不予受理的理由”不能取“lunch”" in r.stderr
    r = cli("render", "arbitration.receipt", "--case", str(case_id), "--out", str(tmp_path), "--database", url)
    assert r.returncode == 2 and "不适用于监察案件" in r.stderr
