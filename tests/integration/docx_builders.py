"""Small .docx files built with python-docx the way forms/build_templates.py builds templates:
GB/T 9704 page, 仿宋 body with exact line spacing, East Asian fonts set through w:rFonts."""
from __future__ import annotations

import io

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

BODY = (
    "经审查，你（单位）于2026年3月5日提出的投诉，反映某建筑劳务有限公司拖欠工资共计人民币"
    "壹拾贰万叁仟肆佰伍拾陆元整（¥123,456.00）的问题，符合《劳动保障监察条例》第十八条规定的受理条件，"
    "本机关决定予以受理。请你（单位）在接到本通知之日起五个工作日内，携带身份证件、劳动合同、"
    "工资支付凭证、考勤记录等材料，到本机关接受调查询问；逾期不到的，视为放弃。"
)


def set_east_asia(run_or_style_element, font: str) -> None:
    rpr = run_or_style_element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        rfonts.set(qn(attr), font)
    for attr in ("w:eastAsiaTheme", "w:asciiTheme", "w:hAnsiTheme"):
        rfonts.attrib.pop(qn(attr), None)


def gbt9704_document(*, grid: bool = False) -> Document:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(16)
    set_east_asia(normal.element, "仿宋_GB2312")
    pf = normal.paragraph_format
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28.95)
    if grid:
        dg = sec._sectPr.find(qn("w:docGrid"))
        dg.set(qn("w:type"), "linesAndChars")
        dg.set(qn("w:linePitch"), "579")
        dg.set(qn("w:charSpace"), "-849")
    return doc


def para(doc_or_cell, text: str = "", *, align=None, font: str | None = None, size: float | None = None,
         bold: bool = False, first_chars: int | None = None, underline: bool = False):
    p = doc_or_cell.add_paragraph()
    if align is not None:
        p.alignment = align
    if first_chars is not None:
        ind = OxmlElement("w:ind")
        ind.set(qn("w:firstLineChars"), str(first_chars * 100))
        p._p.get_or_add_pPr().append(ind)
    if text:
        r = p.add_run(text)
        r.bold = bold or None
        r.underline = underline or None
        if size:
            r.font.size = Pt(size)
        if font:
            set_east_asia(r._r, font)
    return p


def notice_docx(body_paragraphs: int = 2, *, grid: bool = False) -> bytes:
    doc = gbt9704_document(grid=grid)
    para(doc, "郑州市人力资源和社会保障局", align=WD_ALIGN_PARAGRAPH.CENTER, font="楷体_GB2312", size=22)
    para(doc, "投诉受理通知书", align=WD_ALIGN_PARAGRAPH.CENTER, font="方正小标宋简体", size=22)
    para(doc, "郑人社监受字〔2026〕17号", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc)
    para(doc, "张三：")
    for _ in range(body_paragraphs):
        para(doc, BODY, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_chars=2)
    para(doc, "联系人：李四\t联系电话：0371-12345678", first_chars=2)
    para(doc)
    para(doc)
    p = para(doc, "郑州市人力资源和社会保障局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(32)
    p = para(doc, "二〇二六年三月十日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    return to_bytes(doc)


def service_table_docx(extra_rows: int = 0) -> bytes:
    """送达回证: a bordered table with merged cells, centred cells and a repeated header."""
    doc = gbt9704_document()
    para(doc, "送 达 回 证", align=WD_ALIGN_PARAGRAPH.CENTER, font="宋体", size=24, bold=True)
    table = doc.add_table(rows=6 + extra_rows, cols=4)
    table.style = doc.styles["Table Grid"]
    widths = [Mm(30), Mm(48), Mm(30), Mm(48)]
    for w, column in zip(widths, table.columns):
        column.width = w  # the tblGrid Word and the PDF both lay out from
    for row in table.rows:
        for w, cell in zip(widths, row.cells):
            cell.width = w
    hdr = table.rows[0]
    hdr._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    labels = [("案由", "拖欠劳动报酬"), ("受送达人", "某建筑劳务有限公司"), ("送达文书名称及文号", "投诉受理通知书 郑人社监受字〔2026〕17号")]
    for i, (label, value) in enumerate(labels):
        row = table.rows[i]
        row.cells[0].text = label
        merged = row.cells[1].merge(row.cells[3])
        merged.text = value
        row.cells[0].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    table.rows[3].cells[0].text = "送达地点"
    table.rows[3].cells[1].text = "郑州市金水区某路1号"
    table.rows[3].cells[2].text = "送达方式"
    table.rows[3].cells[3].text = "直接送达"
    v = table.cell(4, 0).merge(table.cell(5, 0))
    v.text = "受送达人签收"
    table.rows[4].cells[1].text = "签名："
    table.rows[5].cells[1].text = "二〇二六年三月十日"
    table.rows[4].cells[2].text = "送达人"
    table.rows[4].cells[3].text = "王五、赵六"
    for i in range(extra_rows):
        table.rows[6 + i].cells[0].text = f"备注{i + 1}"
    for row in table.rows:
        row.height = Mm(14)
    return to_bytes(doc)


def to_bytes(doc) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
