"""(Re)generate the Word templates in forms/templates/ with python-docx.

    .venv/bin/python forms/build_templates.py            # writes every template
    .venv/bin/python forms/build_templates.py case_cover  # only the named ones (file stems)

The committed .docx files are this script's output, so a change of wording made here is
reviewed like code. Office staff may instead edit a .docx directly in Word (then do not run this
script again, or port the edit here): placeholders such as ``{{ employer_name }}`` must be typed
in one go, and ``wagecase-cli check-templates`` tells whether the edited file is still usable.

Only the part of Word the PDF renderer (wagecase/documents/pdf_render.py) lays out is used: an A4
section with margins; paragraphs with alignment, first-line / left / right indents in characters,
spacing before/after and exact line spacing; runs with bold, underline, size and an explicit East
Asian font; bordered tables with a tblGrid, gridSpan / vMerge merges and several paragraphs per
cell; a footer with a PAGE field. No images, text boxes or content controls.

Fonts are named as government PCs have them (仿宋, 宋体, 楷体, 黑体, 方正小标宋简体) and set on
every run and style with ``w:eastAsia`` too: python-docx has no API for the East Asian font, and
without it Word falls back to the theme's 等线 for Chinese text.
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

OUT = Path(__file__).resolve().parent / "templates"

FANG = "仿宋"
SONG = "宋体"
KAI = "楷体"
HEI = "黑体"
XBS = "方正小标宋简体"

BODY_PT = 16  # 3号
# GB/T 9704: 22 lines in the 225 mm type area. 22 × 29 pt overshoots it by 0.2 pt, so Word and
# the PDF renderer would fit 21 lines: 28.95 pt (579 twips) fits 22.
BODY_LINE = 28.95
TITLE_PT = 22  # 2号
TABLE_PT = 12  # 小四
TABLE_LINE = 20

_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    "distribute": WD_ALIGN_PARAGRAPH.DISTRIBUTE,
}

# GB/T 9704 page for notices; tables get the narrower 25 mm margins offices use for forms
NOTICE_MARGINS = (37, 35, 28, 26)  # top, bottom, left, right (mm)
TABLE_MARGINS = (25, 25, 25, 25)


# ---- fonts -----------------------------------------------------------------------------------

def set_fonts(rpr, name: str) -> None:
    """ascii/hAnsi/eastAsia/cs all to ``name``; theme attributes removed so they cannot win."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)


def _prepare_styles(doc) -> None:
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_fonts(rpr, FANG)
    for tag, val in (("w:sz", BODY_PT * 2), ("w:szCs", BODY_PT * 2)):
        el = rpr.find(qn(tag))
        if el is not None:
            el.set(qn("w:val"), str(val))
    lang = rpr.find(qn("w:lang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), "zh-CN")
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    spacing = ppr.find(qn("w:spacing"))
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")
    spacing.set(qn("w:lineRule"), "auto")
    # every style that names a theme font (headings, title, quote...) gets a concrete one
    for fonts in styles.iter(qn("w:rFonts")):
        if any(fonts.get(qn(a)) for a in ("w:asciiTheme", "w:eastAsiaTheme", "w:hAnsiTheme")):
            set_fonts(fonts.getparent(), FANG)
    normal = doc.styles["Normal"]
    set_fonts(normal.element.get_or_add_rPr(), FANG)
    normal.font.size = Pt(BODY_PT)


# ---- document --------------------------------------------------------------------------------

def new_document(margins: tuple[int, int, int, int], *, page_numbers: bool = True):
    doc = Document()
    _prepare_styles(doc)
    section = doc.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = Mm(210), Mm(297)
    top, bottom, left, right = margins
    section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
    section.left_margin, section.right_margin = Mm(left), Mm(right)
    section.header_distance, section.footer_distance = Mm(15), Mm(max(bottom - 10, 10))
    # python-docx's empty first paragraph would print a blank line above the agency name
    body = doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)
    if page_numbers:
        _page_footer(section)
    _document_grid(section)
    return doc


def _document_grid(section) -> None:
    """Word's 文档网格 “linesAndChars”: 28 characters of 16 pt on the 156 mm line, as GB/T 9704
    counts them (28 × 16 pt is 158 mm, so each character gives up a little: charSpace -849)."""
    sect = section._sectPr
    for old in sect.findall(qn("w:docGrid")):
        sect.remove(old)
    grid = OxmlElement("w:docGrid")
    grid.set(qn("w:type"), "linesAndChars")
    grid.set(qn("w:linePitch"), "579")
    grid.set(qn("w:charSpace"), "-849")
    sect.append(grid)


def _page_footer(section) -> None:
    """“— 1 —” in 4号 宋体, as GB/T 9704 prints page numbers (the PDF renderer draws its own)."""
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(p, "— ", font=SONG, size=14)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        r = p.add_run()
        _style_run(r, SONG, 14, False, False)
        if kind:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            r._r.append(fld)
        elif text.strip() == "PAGE":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            r._r.append(instr)
        else:
            r.text = text
    _run(p, " —", font=SONG, size=14)


def _style_run(run, font: str, size: float, bold: bool, underline: bool) -> None:
    set_fonts(run._r.get_or_add_rPr(), font)
    run.font.size = Pt(size)
    if bold:
        run.bold = True
    if underline:
        run.underline = True


def _run(p, text: str, *, font: str = FANG, size: float = BODY_PT, bold: bool = False,
         underline: bool = False):
    run = p.add_run(text)
    _style_run(run, font, size, bold, underline)
    return run


def _ppr(p, *, align: str, first: float, left: float, right: float, before: float, after: float,
         line: float | None, size: float) -> None:
    p.alignment = _ALIGN[align]
    ppr = p._p.get_or_add_pPr()
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:before"), str(int(before * 20)))
    spacing.set(qn("w:after"), str(int(after * 20)))
    if line:
        spacing.set(qn("w:line"), str(int(line * 20)))
        spacing.set(qn("w:lineRule"), "exact")
    ppr.append(spacing)
    if first or left or right:
        ind = OxmlElement("w:ind")
        # *Chars (hundredths of a character) follow the font size; the twips are for readers
        # that ignore them
        twips_per_char = int(size * 20)
        if left:
            ind.set(qn("w:leftChars"), str(int(left * 100)))
            ind.set(qn("w:left"), str(int(left * twips_per_char)))
        if right:
            ind.set(qn("w:rightChars"), str(int(right * 100)))
            ind.set(qn("w:right"), str(int(right * twips_per_char)))
        if first:
            ind.set(qn("w:firstLineChars"), str(int(first * 100)))
            ind.set(qn("w:firstLine"), str(int(first * twips_per_char)))
        ppr.append(ind)
    # jc must follow spacing/ind in CT_PPr's sequence: move it to the end
    jc = ppr.find(qn("w:jc"))
    if jc is not None:
        ppr.remove(jc)
        ppr.append(jc)


def para(container, runs, *, align: str = "justify", first: float = 0, left: float = 0, right: float = 0,
         before: float = 0, after: float = 0, line: float | None = BODY_LINE, font: str = FANG,
         size: float = BODY_PT, bold: bool = False, reuse: bool = False, keep_next: bool = False):
    """One paragraph; ``runs`` is a str or a list of str / (text, {font, size, bold, underline}).

    Each placeholder must sit whole inside one run: Word formatting applies per run, and the
    template check flags a ``{{`` whose ``}}`` is in another run.
    """
    p = container.paragraphs[0] if reuse else container.add_paragraph()
    _ppr(p, align=align, first=first, left=left, right=right, before=before, after=after,
         line=line, size=size)
    if keep_next:
        p.paragraph_format.keep_with_next = True
    for item in [runs] if isinstance(runs, str) else runs:
        text, opts = (item, {}) if isinstance(item, str) else item
        _run(p, text, font=opts.get("font", font), size=opts.get("size", size),
             bold=opts.get("bold", bold), underline=opts.get("underline", False))
    return p


def tag(container, text: str) -> None:
    """A docxtpl paragraph tag ({%p if ... %}): the paragraph disappears when rendered."""
    para(container, text, align="left", line=None, size=10.5)


def page_break(doc) -> None:
    p = doc.add_paragraph()
    r = p.add_run()
    br = OxmlElement("w:br")
    br.set(qn("w:type"), "page")
    r._r.append(br)


# ---- the parts every notice shares -----------------------------------------------------------

def copy_mark(doc) -> None:
    """“副本” top right on re-prints; the whole paragraph vanishes on the original."""
    tag(doc, "{%p if copy_mark %}")
    para(doc, [("{{ copy_mark }}", {"font": HEI, "size": 14})], align="right", line=None)
    tag(doc, "{%p endif %}")


def heading(doc, title: str, number: list | None = None, title_spaced: bool = False) -> None:
    """Agency name (楷体, no 红头), title (2号 小标宋), then the 文号 / 案号 line (3号 仿宋)."""
    copy_mark(doc)
    para(doc, [("{{ organ_name }}", {"font": KAI, "size": 22})], align="center", line=36)
    shown = " ".join(title) if title_spaced else title
    para(doc, [(shown, {"font": XBS, "size": TITLE_PT})], align="center", line=40, before=4, after=4)
    para(doc, number or ["{{ doc_number }}"], align="right", after=4)


def addressee(doc, key: str = "recipient_name") -> None:
    para(doc, ["{{ " + key + " }}", "："], align="justify")


def body(doc, runs) -> None:
    para(doc, runs, align="justify", first=2)


def numbered_items(doc, key: str) -> None:
    """One paragraph per list entry (“1．身份证复印件”), each with the body's indent."""
    tag(doc, "{%p for item in " + key + " %}")
    para(doc, "{{ item }}", align="justify", first=2)
    tag(doc, "{%p endfor %}")


def signature(doc, organ_key: str = "organ_name", date_key: str = "issue_date") -> None:
    """Seal zone, organ name, date 4 characters in (GB/T 9704 §7.3.5.1).

    The ≈42 mm seal covers the organ name and the date with its lower half, so two blank lines
    above them suffice and keep its top within a line of the body. The last body paragraph is
    kept with the signature: a page holding only a seal is not allowed.
    """
    doc.paragraphs[-1].paragraph_format.keep_with_next = True
    for _ in range(2):
        para(doc, "", align="left", keep_next=True)
    para(doc, "{{ " + organ_key + " }}", align="right", right=4, keep_next=True)
    para(doc, "{{ " + date_key + " }}", align="right", right=4)


# ---- tables -------------------------------------------------------------------------------

class Table:
    """A bordered table on a fixed grid; rows are lists of cell specs.

    A cell spec is ``(span, content)`` where content is a str, a list of paragraphs (each a str
    or run list), or None; ``("vmerge", label)`` starts / continues a vertical merge in column 0.
    """

    def __init__(self, doc, widths_mm: list[float], *, size: float = TABLE_PT, line: float = TABLE_LINE,
                 label_size: float | None = None):
        self.doc = doc
        self.label_size = label_size
        self.widths = widths_mm
        self.size = size
        self.line = line
        self.table = doc.add_table(rows=0, cols=len(widths_mm))
        self._grid_and_borders()

    def _grid_and_borders(self) -> None:
        tbl = self.table._tbl
        tblPr = tbl.tblPr
        width = OxmlElement("w:tblW")
        width.set(qn("w:w"), str(int(sum(self.widths) * 56.7)))
        width.set(qn("w:type"), "dxa")
        tblPr.append(width)
        jc = OxmlElement("w:jc")
        jc.set(qn("w:val"), "center")
        tblPr.append(jc)
        borders = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            b = OxmlElement(f"w:{side}")
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), "6")
            b.set(qn("w:space"), "0")
            b.set(qn("w:color"), "000000")
            borders.append(b)
        tblPr.append(borders)
        layout = OxmlElement("w:tblLayout")
        layout.set(qn("w:type"), "fixed")
        tblPr.append(layout)
        grid = tbl.tblGrid
        for col, w in zip(grid.findall(qn("w:gridCol")), self.widths):
            col.set(qn("w:w"), str(int(w * 56.7)))

    def row(self, cells: list, *, label_cols: int = 0, align: str | None = None):
        """cells: list of (span, content[, opts]); label_cols: the first n cells are labels (黑体, centred)."""
        row = self.table.add_row()
        tcs = row.cells
        col = 0
        for i, spec in enumerate(cells):
            span, content, *rest = spec
            opts = rest[0] if rest else {}
            cell = tcs[col]
            if span > 1:
                cell = cell.merge(tcs[col + span - 1])
            self._width(cell, sum(self.widths[col:col + span]))
            self._valign(cell, opts.get("valign", "center"))
            is_label = i < label_cols or opts.get("label", False)
            self._fill(cell, content, is_label=is_label,
                       align=opts.get("align") or align or ("center" if is_label else "left"),
                       bold=opts.get("bold", False),
                       size=opts.get("size", (self.label_size or self.size) if is_label else self.size))
            col += span
        return row

    @staticmethod
    def vmerge(rows, col: int = 0) -> None:
        """Merge column ``col`` down ``rows`` by hand (w:vMerge restart / continue).

        Not python-docx's merge(): the {%tr %} rows between them span the whole width, and
        docxtpl removes those rows, leaving a clean merge in the rendered document.
        """
        for n, row in enumerate(rows):
            tc = row.cells[col]._tc
            tcPr = tc.get_or_add_tcPr()
            v = OxmlElement("w:vMerge")
            if n == 0:
                v.set(qn("w:val"), "restart")
            tcPr.append(v)

    @staticmethod
    def _width(cell, mm: float) -> None:
        tcPr = cell._tc.get_or_add_tcPr()
        w = tcPr.find(qn("w:tcW"))
        if w is None:
            w = OxmlElement("w:tcW")
            tcPr.insert(0, w)
        w.set(qn("w:w"), str(int(mm * 56.7)))
        w.set(qn("w:type"), "dxa")

    @staticmethod
    def _valign(cell, where: str) -> None:
        tcPr = cell._tc.get_or_add_tcPr()
        v = OxmlElement("w:vAlign")
        v.set(qn("w:val"), where)
        tcPr.append(v)

    def _fill(self, cell, content, *, is_label: bool, align: str, bold: bool, size: float) -> None:
        paragraphs = [] if content is None else [content] if isinstance(content, str) else list(content)
        if not paragraphs:
            paragraphs = [""]
        font = HEI if is_label else FANG
        for n, runs in enumerate(paragraphs):
            p_align = align
            if isinstance(runs, tuple) and len(runs) == 2 and isinstance(runs[1], dict) and "align" in runs[1]:
                runs, p_align = runs[0], runs[1]["align"]
            para(cell, runs, align=p_align, line=self.line, font=font, size=size, bold=bold, reuse=(n == 0))


def loop_row(t: Table, text: str):
    """A row holding only a docxtpl {%tr %} tag: docxtpl removes the whole row when rendering."""
    return t.row([(len(t.widths), [[(text, {"size": 9})]])], align="left")


# ---- the forms -------------------------------------------------------------------------------

def inspection_acceptance_notice():
    doc = new_document(NOTICE_MARGINS)
    heading(doc, "投诉受理通知书")
    addressee(doc)
    body(doc, ["{{ you }}", "于", "{{ received_date }}", "投诉", "{{ employer_name }}", "拖欠劳动报酬一事，涉及劳动者",
               "{{ worker_count }}", "人，欠薪期间为", "{{ arrears_period }}", "，请求支付金额合计",
               "{{ total_amount }}", "（大写：人民币", "{{ total_capitals }}", "）。"])
    body(doc, ["经审查，", "{{ you }}", "的投诉符合受理条件。根据《劳动保障监察条例》和《关于实施〈劳动保障监察条例〉"
               "若干规定》的有关规定，本机关决定予以受理，并于", "{{ accepted_date }}", "立案调查。"])
    body(doc, ["本机关将自立案之日起六十个工作日内完成调查（案情复杂的，经批准可以延长三十个工作日），"
               "调查处理结果将告知", "{{ you }}", "。请", "{{ you }}", "保持通讯畅通，如实提供劳动合同、考勤记录、"
               "工资条、欠条等证明劳动关系和欠薪事实的材料。"])
    body(doc, ["承办人：", "{{ officer_name }}", "　　联系电话：", "{{ office_phone }}"])
    signature(doc)
    return doc


def inspection_rejection_notice():
    doc = new_document(NOTICE_MARGINS)
    heading(doc, "不予受理通知书")
    addressee(doc)
    body(doc, ["{{ you }}", "于", "{{ received_date }}", "投诉", "{{ employer_name }}", "拖欠劳动报酬一事，本机关已收悉。经审查，",
               "{{ ground_text }}", "。根据", "{{ legal_basis }}", "的规定，本机关决定不予受理。"])
    body(doc, ["{{ referral_text }}"])
    body(doc, ["如不服本决定，", "{{ you }}", "可以自收到本通知书之日起六十日内向", "{{ review_government }}",
               "申请行政复议，或者六个月内向", "{{ court_name }}", "提起行政诉讼。"])
    body(doc, ["联系电话：", "{{ office_phone }}"])
    signature(doc)
    return doc


def inspection_supplement_notice():
    doc = new_document(NOTICE_MARGINS)
    heading(doc, "补正通知书")
    addressee(doc)
    body(doc, ["{{ you }}", "于", "{{ received_date }}", "投诉", "{{ employer_name }}",
               "拖欠劳动报酬一事，本机关已收悉。经审查，", "{{ you }}", "提交的投诉材料尚不齐全，请补正以下全部材料："])
    numbered_items(doc, "missing_items")
    body(doc, ["请", "{{ you }}", "自收到本通知书之日起", "{{ due_text }}", "内将上述材料一次性提交本机关。"
               "材料补正齐全后，本机关将依法审查并决定是否受理。"])
    body(doc, ["承办人：", "{{ officer_name }}", "　　联系电话：", "{{ office_phone }}"])
    signature(doc)
    return doc


def arbitration_acceptance_notice():
    doc = new_document(NOTICE_MARGINS)
    heading(doc, "仲裁申请受理通知书")
    addressee(doc)
    body(doc, ["{{ you }}", "送来的仲裁申请书已收悉。根据《中华人民共和国劳动争议调解仲裁法》、《劳动人事争议仲裁办案规则》"
               "等有关规定，经本委审查符合受理条件，决定受理。现将有关事项通知如下："])
    body(doc, "一、当事人在仲裁活动中依法享有申请回避、提供证据、进行辩论、请求调解、自行和解、申请执行等权利，"
              "同时应当遵守仲裁秩序，如实陈述案件事实，自觉履行发生法律效力的调解书和裁决书。")
    body(doc, "二、当事人需要补充证据的，应当自收到本通知书之日起三日内向本委提交；确有困难的，可以在期限内申请延长。"
              "逾期提交的，视为放弃补充举证的权利。证据应当复印、编号，并附证据目录，写明证据的名称、来源、证明对象和页数。")
    body(doc, "三、当事人对自己提出的主张，有责任提供证据。与争议事项有关的证据属于用人单位掌握管理的，用人单位应当提供；"
              "用人单位不提供的，应当承担不利后果。")
    body(doc, "四、当事人增加、变更仲裁请求，或者申请证人出庭作证的，应当在举证期限届满前提出。")
    body(doc, "五、当事人委托代理人参加仲裁活动的，应当在开庭前向本委提交授权委托书，写明委托事项和权限。")
    body(doc, ["六、本案仲裁庭组成人员：", "{{ tribunal_text }}", "。联系电话：", "{{ office_phone }}", "。"])
    signature(doc)
    return doc


def arbitration_rejection_notice():
    doc = new_document(NOTICE_MARGINS)
    heading(doc, "不予受理通知书")
    addressee(doc)
    body(doc, ["{{ you }}", "于", "{{ received_date }}", "提交的与", "{{ respondent_name }}",
               "劳动争议的仲裁申请，本委已收悉。经审查，", "{{ ground_text }}", "，不符合受理条件。根据《中华人民共和国"
               "劳动争议调解仲裁法》第二十九条和《劳动人事争议仲裁办案规则》第三十条的规定，本委决定不予受理。"])
    body(doc, ["对本委不予受理的决定，", "{{ you }}", "可以就该争议事项向人民法院提起诉讼。"])
    signature(doc)
    return doc


def arbitration_receipt():
    doc = new_document(NOTICE_MARGINS)
    heading(doc, "收件回执")
    addressee(doc)
    body(doc, ["{{ you }}", "于", "{{ received_date }}", "向本委提交的劳动争议仲裁申请材料已收到，清单如下："])
    numbered_items(doc, "materials")
    tag(doc, "{%p if missing_items %}")
    body(doc, ["经初步审查，", "{{ you }}", "提交的申请材料不齐全，现一次性告知需要补正的全部材料："])
    numbered_items(doc, "missing_items")
    tag(doc, "{%p endif %}")
    body(doc, ["{{ next_text }}", "本回执仅证明收到上述材料，不表示已受理。"])
    body(doc, ["收件人：", "{{ officer_name }}", "　　联系电话：", "{{ office_phone }}"])
    signature(doc)
    return doc


def service_receipt():
    doc = new_document(TABLE_MARGINS, page_numbers=False)
    heading(doc, "送达回证", number=["{{ case_number_label }}", "：", "{{ case_number }}"], title_spaced=True)
    t = Table(doc, [44, 116], size=14, line=24, label_size=13)
    blank = ["", ""]
    t.row([(1, ["送达文书", "名称及文号"]), (1, ["{{ served_title }}", "{{ served_number }}"])], label_cols=1)
    t.row([(1, "受送达人"), (1, "{{ served_to }}")], label_cols=1)
    t.row([(1, "送达地址"), (1, "{{ served_address }}")], label_cols=1)
    t.row([(1, "送达方式"), (1, ["□直接送达　□邮寄送达　□留置送达", "□公告送达　□电子送达"])], label_cols=1)
    t.row([(1, ["受送达人", "签名或盖章"]), (1, blank + [("年　　月　　日", {"align": "right"})])], label_cols=1)
    t.row([(1, ["代收人及", "代收理由"]), (1, blank + [("代收人签名：　　　　　　　年　　月　　日", {"align": "right"})])], label_cols=1)
    t.row([(1, ["拒收事由", "及见证人"]), (1, blank + [("见证人签名：　　　　　　　年　　月　　日", {"align": "right"})])],
          label_cols=1)
    t.row([(1, "送达人"), (1, ["", "送达人（签名）：　　　　　　　送达人（签名）：",
                              ("年　　月　　日", {"align": "right"})])], label_cols=1)
    t.row([(1, "备注"), (1, ["{{ note }}", ""])], label_cols=1)
    para(doc, "说明：受送达人在本回证上签收的日期为送达日期。留置送达的，应当注明拒收事由和日期，由送达人、见证人签名"
              "或者以拍照、录像等方式记录送达过程。", align="justify", first=2, size=12, line=20, before=6)
    return doc


def case_cover():
    doc = new_document(TABLE_MARGINS, page_numbers=False)
    copy_mark(doc)
    para(doc, [("{{ organ_name }}", {"font": KAI, "size": 22})], align="center", line=36, before=24)
    para(doc, [("{{ cover_title }}", {"font": XBS, "size": 26})], align="center", line=44, before=12, after=18)
    t = Table(doc, [30, 50, 30, 50], size=14, line=30)
    t.row([(1, "案　　号"), (3, "{{ case_number }}")], label_cols=1)
    t.row([(1, "案件类型"), (1, "{{ case_type_label }}"), (1, "案　　由", {"label": True}), (1, "{{ cause }}")],
          label_cols=1)
    t.row([(1, "{{ applicant_label }}"), (3, "{{ applicant_names }}")], label_cols=1)
    t.row([(1, "{{ respondent_label }}"), (3, "{{ respondent_name }}")], label_cols=1)
    t.row([(1, "涉及人数"), (1, [["{{ worker_count }}", "人"]]), (1, "承 办 人", {"label": True}),
           (1, "{{ officer_name }}")], label_cols=1)
    t.row([(1, "请求金额"), (3, [["{{ total_amount }}", "（大写：人民币", "{{ total_capitals }}", "）"]])], label_cols=1)
    t.row([(1, "收到日期"), (1, "{{ received_date }}"), (1, "受理日期", {"label": True}), (1, "{{ accepted_date }}")],
          label_cols=1)
    t.row([(1, "案件状态"), (1, "{{ status_label }}"), (1, "结案日期", {"label": True}), (1, "")], label_cols=1)
    t.row([(1, "归档日期"), (1, ""), (1, "保管期限", {"label": True}), (1, "")], label_cols=1)
    t.row([(4, "法定期限", {"label": True, "bold": True})])
    t.row([(1, "期限"), (1, "到期日"), (1, "状态"), (1, "依据")], label_cols=4)
    loop_row(t, "{%tr for d in deadlines %}")
    t.line = 20
    t.row([(1, "{{ d.name }}", {"size": 12}), (1, "{{ d.due }}", {"size": 12, "align": "center"}),
           (1, "{{ d.state }}", {"size": 12, "align": "center"}), (1, "{{ d.basis }}", {"size": 10.5})])
    loop_row(t, "{%tr endfor %}")
    loop_row(t, "{%tr if not deadlines %}")
    t.row([(4, "（尚无已开始计算的法定期限）", {"align": "center", "size": 12})])
    loop_row(t, "{%tr endif %}")
    return doc


def inspection_complaint_register():
    doc = new_document(TABLE_MARGINS, page_numbers=True)
    copy_mark(doc)
    para(doc, [("{{ organ_name }}", {"font": KAI, "size": 18})], align="center", line=30)
    para(doc, [("投诉登记表", {"font": XBS, "size": TITLE_PT})], align="center", line=40, before=6, after=6)
    para(doc, ["编号：", "{{ case_number }}", "　　登记日期：", "{{ register_date }}"], align="right", size=12,
         line=24, after=4)
    widths = [22, 34, 26, 16, 24, 16, 22]
    t = Table(doc, widths, label_size=10.5)
    # complainant block(s): 3 rows per complainant, the label merged down the block
    loop_row(t, "{%tr for c in complainants %}")
    block = [t.row([(1, "投诉人"), (1, "姓名"), (1, "{{ c.name }}"), (1, "性别", {"label": True}), (1, "{{ c.sex }}"),
                (1, "年龄", {"label": True}), (1, "{{ c.age }}")], label_cols=2)]
    block.append(t.row([(1, ""), (1, "身份证号码"), (2, "{{ c.id_number }}", {"size": 10.5}), (1, "联系电话", {"label": True}),
                        (2, "{{ c.phone }}")], label_cols=2))
    block.append(t.row([(1, ""), (1, "住址"), (5, "{{ c.address }}")], label_cols=2))
    t.vmerge(block)
    loop_row(t, "{%tr endfor %}")
    t.vmerge([
        t.row([(1, "被投诉单位"), (1, "名称"), (5, "{{ employer_name }}")], label_cols=2),
        t.row([(1, ""), (1, "统一社会信用代码"), (2, "{{ employer_credit_code }}", {"size": 10.5}), (1, "法定代表人", {"label": True}),
               (2, "{{ employer_legal_representative }}")], label_cols=2),
        t.row([(1, ""), (1, "住所"), (2, "{{ employer_address }}"), (1, "联系电话", {"label": True}),
               (2, "{{ employer_phone }}")], label_cols=2),
    ])
    loop_row(t, "{%tr if is_construction %}")
    project = [t.row([(1, "工程项目"), (1, "项目名称"), (5, "{{ project_name }}")], label_cols=2),
               t.row([(1, ""), (1, "项目地址"), (5, "{{ project_address }}")], label_cols=2)]
    loop_row(t, "{%tr for link in chain %}")
    project.append(t.row([(1, ""), (1, "{{ link.role }}"), (2, "{{ link.name }}"), (1, "证照号码", {"label": True}),
                          (2, "{{ link.code }}", {"size": 10.5})], label_cols=2))
    loop_row(t, "{%tr endfor %}")
    t.vmerge(project)
    loop_row(t, "{%tr endif %}")
    t.row([(2, "被侵害事实"), (5, "{{ facts_text }}", {"valign": "top"})], label_cols=1)
    t.row([(2, "投诉请求"), (5, ["{{ claims_text }}",
                                ["涉及劳动者", "{{ worker_count }}", "人，欠薪期间", "{{ arrears_period }}",
                                 "，金额合计", "{{ total_amount }}", "（大写：人民币", "{{ total_capitals }}", "）。"]])],
          label_cols=1)
    t.row([(2, "投诉人签名"), (5, ["", ("年　　月　　日", {"align": "right"})])], label_cols=1)
    t.row([(2, "接待人"), (2, "{{ officer_name }}"), (1, "登记日期", {"label": True}), (2, "{{ register_date }}")],
          label_cols=1)
    para(doc, [("劳动者欠薪明细", {"font": HEI, "size": 14})], align="center", line=28, before=12, after=4,
         keep_next=True)
    w = Table(doc, [13, 16, 38, 15, 27, 22, 29], size=10.5, line=16)
    w.row([(1, "序号"), (1, "姓名"), (1, "身份证号码"), (1, "工种"), (1, "欠薪期间"), (1, "金额（元）"), (1, "联系电话")],
          label_cols=7)
    loop_row(w, "{%tr for w in workers %}")
    w.row([(1, "{{ w.index }}", {"align": "center"}), (1, "{{ w.name }}", {"align": "center"}),
           (1, "{{ w.id_number }}", {"align": "center"}), (1, "{{ w.job }}", {"align": "center"}),
           (1, "{{ w.period }}", {"align": "center"}), (1, "{{ w.amount }}", {"align": "right"}),
           (1, "{{ w.phone }}", {"align": "center"})])
    loop_row(w, "{%tr endfor %}")
    w.row([(5, "合　　计"), (1, "{{ total_figures }}", {"align": "right"}), (1, "")], label_cols=1)
    return doc


# ---- the inspection path (issue 5) ---------------------------------------------------------------

def _contact_line(doc) -> None:
    body(doc, ["地址：", "{{ office_address }}"])
    body(doc, ["联系人：", "{{ officer_name }}", "　　联系电话：", "{{ office_phone }}"])


def _amounts_table(doc) -> None:
    """Per-worker amounts (序号 姓名 身份证号码 欠薪期间 金额) and the total in figures and capitals."""
    t = Table(doc, [14, 24, 50, 40, 28], size=TABLE_PT, line=TABLE_LINE)
    t.row([(1, "序号"), (1, "姓名"), (1, "身份证号码"), (1, "欠薪期间"), (1, "金额（元）")], label_cols=5)
    loop_row(t, "{%tr for w in workers %}")
    t.row([(1, "{{ w.index }}", {"align": "center"}), (1, "{{ w.name }}", {"align": "center"}),
           (1, "{{ w.id_number }}", {"align": "center", "size": 10.5}), (1, "{{ w.period }}", {"align": "center"}),
           (1, "{{ w.amount }}", {"align": "right"})])
    loop_row(t, "{%tr endfor %}")
    t.row([(4, [["合计（", "{{ worker_count }}", "人）"]]), (1, "{{ total_figures }}", {"align": "right"})],
          label_cols=1)
    t.row([(1, "大写"), (4, [["人民币", "{{ total_capitals }}"]])], label_cols=1)


def inspection_rectification_order():
    doc = new_document(NOTICE_MARGINS)
    heading(doc, "劳动保障监察限期改正指令书")
    addressee(doc)
    body(doc, ["经查，", "{{ facts_text }}"])
    body(doc, ["上述行为违反了", "{{ violated_basis }}", "的规定。根据", "{{ order_basis }}", "的规定，现责令",
               "{{ payer_text }}", "于", "{{ due_date }}", "前支付下列劳动者的劳动报酬，并将改正情况书面报送本机关："])
    _amounts_table(doc)
    para(doc, "", line=12)
    body(doc, "逾期不改正的，本机关将依法采取下列措施：")
    body(doc, "（一）依照《劳动保障监察条例》第二十六条的规定，责令按应付金额百分之五十以上百分之一百以下的标准"
              "向劳动者加付赔偿金；")
    body(doc, "（二）依法给予行政处罚；")
    body(doc, "（三）依照《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》第五条的规定，列入拖欠农民工工资"
              "失信联合惩戒对象名单；")
    body(doc, "（四）涉嫌拒不支付劳动报酬罪的，依照《保障农民工工资支付条例》第四十一条和《中华人民共和国刑法》"
              "第二百七十六条之一的规定移送公安机关。")
    _contact_line(doc)
    signature(doc)
    return doc


def inspection_inquiry_notice():
    doc = new_document(NOTICE_MARGINS)
    heading(doc, "调查询问书")
    addressee(doc)
    body(doc, ["根据《中华人民共和国劳动法》第八十五条和《劳动保障监察条例》第十五条的规定，本机关需要了解你单位"
               "在劳动用工方面的情况（涉及劳动者投诉拖欠劳动报酬合计", "{{ total_amount }}", "，大写：人民币",
               "{{ total_capitals }}", "）。请你单位于", "{{ appointment }}", "派员到", "{{ place }}",
               "接受询问，并携带以下书面材料："])
    numbered_items(doc, "materials")
    tag(doc, "{%p if tags_note %}")
    body(doc, ["{{ tags_note }}"])
    tag(doc, "{%p endif %}")
    body(doc, "如无正当理由逾期不到，或者不按照要求提供书面材料的，本机关将依照《劳动保障监察条例》第三十条的规定处理。")
    _contact_line(doc)
    signature(doc)
    para(doc, "……………………………………（沿此线剪开）……………………………………", align="center", line=24, before=12,
         size=12, keep_next=True)
    para(doc, [("回　　执", {"font": HEI, "size": 16})], align="center", line=28, after=4, keep_next=True)
    para(doc, ["《调查询问书》（", "{{ doc_number }}", "）已收到。"], align="left", size=12, line=22, after=4,
         keep_next=True)
    t = Table(doc, [26, 52, 26, 52])
    t.row([(1, "收件人"), (1, ""), (1, "身份", {"label": True}), (1, "")], label_cols=1)
    t.row([(1, "联系电话"), (1, ""), (1, "收件日期", {"label": True}), (1, "年　　月　　日", {"align": "right"})],
          label_cols=1)
    return doc


def inspection_penalty_notice():
    doc = new_document(NOTICE_MARGINS)
    heading(doc, "行政处理（处罚）事先告知书")
    addressee(doc)
    body(doc, ["经查，", "{{ facts_text }}", "。上述行为违反了", "{{ violated_basis }}", "的规定。"])
    body(doc, ["根据", "{{ legal_basis }}", "的规定，本机关拟对你单位作出如下行政处理（处罚）："])
    numbered_items(doc, "decision_items")
    body(doc, ["根据《中华人民共和国行政处罚法》第四十四条、第四十五条和《劳动保障监察条例》第十九条的规定，你单位"
               "有权进行陈述和申辩。请于收到本告知书之日起", "{{ statement_days }}",
               "内向本机关提出陈述、申辩意见；逾期未提出的，视为放弃陈述和申辩的权利。"])
    tag(doc, "{%p if hearing %}")
    body(doc, "根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你单位有权要求举行听证。要求听证的，"
              "应当在收到本告知书之日起五日内提出；逾期未提出的，视为放弃听证的权利。")
    tag(doc, "{%p endif %}")
    _contact_line(doc)
    signature(doc)
    return doc


def inspection_decision():
    doc = new_document(NOTICE_MARGINS)
    heading(doc, "劳动保障监察行政处理决定书")
    addressee(doc)
    body(doc, ["经查，", "{{ facts_text }}"])
    body(doc, ["上述行为违反了", "{{ violated_basis }}", "的规定。根据《劳动保障监察条例》第十八条第一款第（二）项、"
               "第二十六条和《中华人民共和国劳动合同法》第八十五条的规定，本机关决定：责令你单位自收到本决定书之日起",
               "{{ pay_days }}", "日内，向下列劳动者支付尚欠的劳动报酬", "{{ owed_amount }}", "（大写：人民币",
               "{{ owed_capitals }}", "），并按应付金额的", "{{ percent_text }}", "加付赔偿金",
               "{{ compensation_amount }}", "（大写：人民币", "{{ compensation_capitals }}", "），两项合计",
               "{{ grand_amount }}", "（大写：人民币", "{{ grand_capitals }}", "）："])
    t = Table(doc, [14, 26, 40, 38, 38])
    t.row([(1, "序号"), (1, "姓名"), (1, "尚欠工资（元）"), (1, "赔偿金（元）"), (1, "合计（元）")], label_cols=5)
    loop_row(t, "{%tr for w in workers %}")
    t.row([(1, "{{ w.index }}", {"align": "center"}), (1, "{{ w.name }}", {"align": "center"}),
           (1, "{{ w.owed }}", {"align": "right"}), (1, "{{ w.compensation }}", {"align": "right"}),
           (1, "{{ w.sum }}", {"align": "right"})])
    loop_row(t, "{%tr endfor %}")
    t.row([(2, "合　　计"), (1, "{{ owed_figures }}", {"align": "right"}),
           (1, "{{ compensation_figures }}", {"align": "right"}), (1, "{{ grand_figures }}", {"align": "right"})],
          label_cols=1)
    para(doc, "", line=12)
    body(doc, ["如不服本决定，你单位可以在收到本决定书之日起六十日内向", "{{ review_government }}",
               "申请行政复议，或者在六个月内向", "{{ court_name }}", "提起行政诉讼。逾期不申请行政复议、不提起行政诉讼"
               "又不履行本决定的，本机关将依法申请人民法院强制执行。"])
    _contact_line(doc)
    signature(doc)
    return doc


# ---- internal approval tables and the referral to the police (issue 5) --------------------------

_SIGN = "年　　月　　日"


def _approval_head(doc, title: str) -> None:
    copy_mark(doc)
    para(doc, [("{{ organ_name }}", {"font": KAI, "size": 18})], align="center", line=30)
    para(doc, [(title, {"font": XBS, "size": TITLE_PT})], align="center", line=40, before=6, after=6)
    para(doc, ["案件编号：", "{{ case_number }}"], align="right", size=12, line=24, after=4)


def _party_rows(t: "Table", label: str = "当事人") -> None:
    """Name, credit code, legal representative, address, contact and phone of the employer."""
    t.vmerge([
        t.row([(1, label), (1, "名称"), (3, "{{ party_name }}")], label_cols=2),
        t.row([(1, ""), (1, "统一社会信用代码", {"size": 10}), (1, "{{ party_credit_code }}", {"size": 10.5}),
               (1, "法定代表人", {"label": True}), (1, "{{ party_legal_representative }}")], label_cols=2),
        t.row([(1, ""), (1, "地址"), (3, "{{ party_address }}")], label_cols=2),
        t.row([(1, ""), (1, "联系人"), (1, "{{ party_contact }}"), (1, "联系电话", {"label": True}),
               (1, "{{ party_phone }}")], label_cols=2),
    ])


def _opinion_row(t: "Table", label, key: str | None, signer: str, span: int = 4) -> None:
    """An opinion with the signatures and date below it (the table is signed by hand)."""
    if key is None:  # the approver writes by hand: room above one signature-and-date line
        lines = ["", "", (signer + _SIGN, {"align": "right"})]
    else:
        lines = ["{{ " + key + " }}", "", (signer, {"align": "right"}), (_SIGN, {"align": "right"})]
    t.row([(1, label), (span, lines, {"valign": "top"})], label_cols=1)


def inspection_case_approval():
    doc = new_document(TABLE_MARGINS, page_numbers=False)
    _approval_head(doc, "立案审批表")
    t = Table(doc, [26, 34, 40, 26, 34], label_size=12)
    t.row([(1, "案件来源"), (4, "{{ case_source }}")], label_cols=1)
    _party_rows(t)
    t.row([(1, ["案件基本", "情况及涉嫌", "违反的", "法律法规"]),
           (4, ["{{ facts_text }}", ["涉嫌违反", "{{ violated_basis }}", "的规定。"]], {"valign": "top"})],
          label_cols=1)
    _opinion_row(t, "承办意见", "opinion", "劳动保障监察员（签名）：　　　　　　　　　　　　　　　")
    _opinion_row(t, "审批意见", None, "监察机构负责人（签名）：　　　　　　　")
    t.row([(1, "备注"), (4, ["{{ note }}", ""])], label_cols=1)
    return doc


def inspection_closing_approval():
    doc = new_document(TABLE_MARGINS, page_numbers=False)
    _approval_head(doc, "结案审批表")
    t = Table(doc, [26, 34, 40, 26, 34], label_size=12)
    _party_rows(t)
    t.row([(1, ["处理决定书", "文号"]), (2, "{{ decision_number }}"), (1, "送达日期", {"label": True}),
           (1, "{{ served_date }}")], label_cols=1)
    t.row([(1, ["案件办理", "过程及结果"]), (4, ["{{ process_text }}"], {"valign": "top"})], label_cols=1)
    t.row([(1, "执行情况"), (4, ["{{ execution_text }}"], {"valign": "top"})], label_cols=1)
    _opinion_row(t, "承办人意见", "opinion", "劳动保障监察员（签名）：　　　　　　　　　　　　　　　")
    _opinion_row(t, "审批意见", None, "监察机构负责人（签名）：　　　　　　　")
    t.row([(1, "备注"), (4, ["{{ note }}", ""])], label_cols=1)
    return doc


def inspection_transfer_approval():
    doc = new_document(TABLE_MARGINS, page_numbers=False)
    _approval_head(doc, "涉嫌犯罪案件移送审批表")
    t = Table(doc, [30, 56, 24, 50], label_size=12)
    t.row([(1, "涉案罪名"), (3, "{{ crime_name }}")], label_cols=1)
    t.row([(1, ["被监察单位", "或个人"]), (3, "{{ employer_name }}")], label_cols=1)
    t.row([(1, "地址"), (3, "{{ employer_address }}")], label_cols=1)
    t.row([(1, ["法定代表人", "或负责人"]), (1, "{{ employer_legal_representative }}"), (1, "电话", {"label": True}),
           (1, "{{ employer_phone }}")], label_cols=1)
    t.row([(1, ["基本违法", "事实及", "移送理由"]), (3, ["{{ facts_text }}", "{{ reason_text }}"], {"valign": "top"})],
          label_cols=1)
    _opinion_row(t, ["承办监察员", "意见"], "opinion", "主办监察员：　　　　　　　协办监察员：　　　　　　　", span=3)
    _opinion_row(t, ["机构负责人", "审核意见"], None, "负责人（签名）：　　　　　　　", span=3)
    _opinion_row(t, ["部门负责人", "审批意见"], None, "负责人（签名）：　　　　　　　", span=3)
    t.row([(1, "备注"), (3, ["{{ note }}", ""])], label_cols=1)
    return doc


def inspection_transfer_letter():
    doc = new_document(NOTICE_MARGINS)
    heading(doc, "涉嫌犯罪案件移送书")
    addressee(doc, "police_name")
    body(doc, ["{{ employer_name }}", "涉嫌拒不支付劳动报酬一案，经本机关调查查明：", "{{ facts_text }}"])
    body(doc, ["{{ order_text }}", "截至本移送书作出之日，该单位仍拖欠", "{{ worker_count }}", "名劳动者劳动报酬合计",
               "{{ owed_amount }}", "（大写：人民币", "{{ owed_capitals }}", "）。"])
    body(doc, ["根据《保障农民工工资支付条例》第四十一条第二款、《中华人民共和国刑法》第二百七十六条之一和"
               "《最高人民法院关于审理拒不支付劳动报酬刑事案件适用法律若干问题的解释》（法释〔2013〕3号）的规定，"
               "该单位的行为涉嫌构成拒不支付劳动报酬罪。现将该案移送你局，请依法审查，并将是否立案的决定书面告知本机关。"])
    body(doc, "附件：")
    numbered_items(doc, "attachments")
    _contact_line(doc)
    signature(doc)
    para(doc, "……………………………………（沿此线剪开）……………………………………", align="center", line=24, before=12,
         size=12, keep_next=True)
    para(doc, [("回　　执", {"font": HEI, "size": 16})], align="center", line=28, after=4, keep_next=True)
    para(doc, ["{{ organ_name }}", "：你单位移送的", "{{ employer_name }}", "涉嫌拒不支付劳动报酬罪一案（",
               "{{ doc_number }}", "）及附件材料已收到。"], align="justify", first=2, size=12, line=22, after=4,
         keep_next=True)
    t = Table(doc, [26, 52, 26, 52])
    t.row([(1, "接收人"), (1, ""), (1, "联系电话", {"label": True}), (1, "")], label_cols=1)
    t.row([(1, "接收单位"), (1, ["", ("（盖章）", {"align": "right"})]), (1, "接收日期", {"label": True}),
           (1, _SIGN, {"align": "right"})], label_cols=1)
    return doc


# ---- 延期审批表, 询问笔录, 行政处罚决定书 ----------------------------------------------------------

def inspection_extension_approval():
    doc = new_document(TABLE_MARGINS, page_numbers=False)
    _approval_head(doc, "延期审批表")
    t = Table(doc, [26, 34, 40, 26, 34], label_size=12)
    t.row([(1, "案件来源"), (4, "{{ case_source }}")], label_cols=1)
    _party_rows(t)
    t.row([(1, "案由"), (4, "{{ cause }}")], label_cols=1)
    t.row([(1, "立案日期"), (2, "{{ opened_date }}"), (1, ["调查期限", "届满日"], {"label": True}),
           (1, "{{ due_date }}")], label_cols=1)
    t.row([(1, "延期理由"), (4, ["{{ reason_text }}", ""], {"valign": "top"})], label_cols=1)
    t.row([(1, "延长期限"), (2, "{{ extension_text }}"), (1, "法律依据", {"label": True}), (1, "{{ basis }}")],
          label_cols=1)
    _opinion_row(t, "承办意见", "opinion", "劳动保障监察员（签名）：　　　　　　　　　　　　　　　")
    _opinion_row(t, "审批意见", None, "监察机构负责人（签名）：　　　　　　　")
    t.row([(1, "备注"), (4, ["{{ note }}", ""])], label_cols=1)
    return doc


RECORD_PT = 14  # 4号: a record runs to pages of questions and answers
RECORD_LINE = 26


def _page_of_total_footer(section, prefix: str) -> None:
    """“被询问人签名：…  第 1 页 共 2 页”: a record is signed on every page (PAGE and NUMPAGES
    fields; the PDF renderer draws the same line itself)."""
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _run(p, prefix + "第 ", size=12)
    for field in ("PAGE", "NUMPAGES"):
        for kind, text in (("begin", None), (None, f" {field} "), ("separate", None), (None, "1"), ("end", None)):
            r = p.add_run()
            _style_run(r, FANG, 12, False, False)
            if kind:
                fld = OxmlElement("w:fldChar")
                fld.set(qn("w:fldCharType"), kind)
                r._r.append(fld)
            elif text.strip() in ("PAGE", "NUMPAGES"):
                instr = OxmlElement("w:instrText")
                instr.set(qn("xml:space"), "preserve")
                instr.text = text
                r._r.append(instr)
            else:
                r.text = text
        _run(p, " 页　共 " if field == "PAGE" else " 页", size=12)


def _record_para(doc, runs, line: float = RECORD_LINE, **kw):
    return para(doc, runs, align="justify", size=RECORD_PT, line=line, **kw)


def inspection_interview_record():
    doc = new_document(TABLE_MARGINS, page_numbers=False)
    _page_of_total_footer(doc.sections[0], "被询问人签名：　　　　　　　　　　　　")
    _approval_head(doc, "询问笔录")
    t = Table(doc, [24, 34, 18, 30, 18, 36], label_size=12)
    t.row([(1, "时间"), (5, [["{{ start_time }}", "　至　", "{{ end_time }}"]])], label_cols=1)
    t.row([(1, "地点"), (5, "{{ place }}")], label_cols=1)
    t.row([(1, "询问人"), (2, "{{ interviewer }}"), (1, "执法证号", {"label": True}), (2, "{{ interviewer_cert }}")],
          label_cols=1)
    t.row([(1, "记录人"), (2, "{{ recorder }}"), (1, "执法证号", {"label": True}), (2, "{{ recorder_cert }}")],
          label_cols=1)
    t.row([(1, "被询问人"), (1, "{{ interviewee_name }}"), (1, "性别", {"label": True}), (1, "{{ interviewee_sex }}"),
           (1, "年龄", {"label": True}), (1, "{{ interviewee_age }}")], label_cols=1)
    t.row([(1, "身份证号"), (2, "{{ interviewee_id_number }}"), (1, "联系电话", {"label": True}),
           (2, "{{ interviewee_phone }}")], label_cols=1)
    t.row([(1, "工作单位"), (2, "{{ interviewee_employer }}"), (1, "职务", {"label": True}),
           (2, "{{ interviewee_position }}")], label_cols=1)
    t.row([(1, "与本案关系"), (5, "{{ interviewee_relation }}")], label_cols=1)
    _record_para(doc, "", line=12)
    _record_para(doc, "{{ opening_question }}")
    _record_para(doc, "{{ opening_answer }}")
    tag(doc, "{%p for line in qa_lines %}")
    _record_para(doc, "{{ line }}")
    tag(doc, "{%p endfor %}")
    _record_para(doc, "以上笔录我已看过（或已向我宣读），与我说的相符。", before=6, keep_next=True)
    _record_para(doc, "被询问人（签名）：　　　　　　　　　　　　　　年　　月　　日", before=12, keep_next=True)
    _record_para(doc, "询问人（签名）：　　　　　　　　　　记录人（签名）：", before=12)
    return doc


def inspection_penalty_decision():
    doc = new_document(NOTICE_MARGINS)
    heading(doc, "劳动保障监察行政处罚决定书")
    para(doc, ["当事人：", "{{ recipient_name }}"], align="justify")
    para(doc, ["统一社会信用代码：", "{{ party_credit_code }}"], align="justify")
    para(doc, ["法定代表人：", "{{ party_legal_representative }}"], align="justify")
    para(doc, ["住所：", "{{ party_address }}"], align="justify")
    body(doc, ["经查，", "{{ facts_text }}", "{{ evidence_text }}"])
    body(doc, ["上述行为违反了", "{{ violated_basis }}", "的规定。", "{{ notice_text }}"])
    body(doc, ["根据", "{{ legal_basis }}", "的规定，本机关决定对你单位处以罚款", "{{ fine_amount }}", "（大写：人民币",
               "{{ fine_capitals }}", "）。"])
    body(doc, ["你单位应当自收到本决定书之日起十五日内，将罚款缴至", "{{ payment_text }}",
               "。到期不缴纳罚款的，本机关可以每日按罚款数额的百分之三加处罚款（《中华人民共和国行政处罚法》第七十二条）。"])
    body(doc, ["如不服本决定，可以在收到本决定书之日起六十日内向", "{{ review_government }}",
               "申请行政复议，或者在六个月内向", "{{ court_name }}", "提起行政诉讼。行政复议或者行政诉讼期间，本处罚决定"
               "不停止执行（《中华人民共和国行政处罚法》第七十三条）。逾期不申请行政复议、不提起行政诉讼又不履行本决定的，"
               "本机关将依法申请人民法院强制执行。"])
    _contact_line(doc)
    signature(doc)
    return doc


# ---- the arbitration path (issue 6) ------------------------------------------------------------

def _arb_notice(title: str):
    doc = new_document(NOTICE_MARGINS)
    heading(doc, title)
    addressee(doc)
    return doc


def _contact_phone(doc) -> None:
    body(doc, ["联系电话：", "{{ office_phone }}"])


def arbitration_response_notice():
    doc = _arb_notice("应诉通知书")
    body(doc, ["申请人", "{{ applicant_names }}", "与你单位劳动争议一案，本委已于", "{{ accepted_date }}",
               "依法受理。申请人的仲裁请求为：", "{{ claims_text }}", "（请求金额合计", "{{ claimed_amount }}", "）。现将仲裁申请书副本及有关材料送达你单位，"
               "并将有关事项通知如下："])
    body(doc, "一、当事人在仲裁活动中依法享有委托代理人、申请回避、提供证据、进行质证和辩论、请求调解、自行和解等权利，"
              "同时应当遵守仲裁秩序，如实陈述案件事实，自觉履行发生法律效力的调解书和裁决书。")
    body(doc, "二、你单位应当自收到仲裁申请书副本之日起十日内向本委提交答辩书和有关证据一式两份。不按时提交或者不提交的，"
              "不影响仲裁程序的进行。")
    tag(doc, "{%p if answer_text %}")
    body(doc, ["{{ answer_text }}"])
    tag(doc, "{%p endif %}")
    body(doc, ["三、举证通知：当事人对自己提出的主张，有责任提供证据。与争议事项有关的证据属于用人单位掌握管理的，"
               "用人单位应当提供；用人单位不提供的，应当承担不利后果。你单位应当提供劳动合同、职工名册、工资支付台账和清单、"
               "考勤记录等材料（《保障农民工工资支付条例》第五十条）。请于", "{{ evidence_due }}",
               "提交证据，证据应当复印、编号，并附证据目录；逾期提交的，仲裁庭可以不予采纳（《劳动人事争议仲裁办案规则》"
               "第十五条）。确有困难的，可以在举证期限内书面申请延长。"])
    body(doc, "四、你单位提出反申请、管辖异议或者申请证人出庭作证的，应当在答辩期内书面提出。")
    body(doc, "五、请于开庭前向本委提交营业执照副本复印件、法定代表人身份证明书；委托代理人参加仲裁活动的，"
              "应当提交由法定代表人签名并加盖单位印章的授权委托书，写明委托事项和权限。")
    body(doc, ["六、本案仲裁庭组成人员：", "{{ tribunal_text }}", "。联系电话：", "{{ office_phone }}", "。"])
    para(doc, "附：", align="justify", first=2)
    numbered_items_plain(doc, "attachments")
    signature(doc)
    return doc


def numbered_items_plain(doc, key: str) -> None:
    tag(doc, "{%p for item in " + key + " %}")
    para(doc, "{{ item }}", align="justify", left=3)
    tag(doc, "{%p endfor %}")


def arbitration_tribunal_notice():
    doc = _arb_notice("仲裁庭组成通知书")
    body(doc, ["{{ case_title }}", "一案，本委已于", "{{ accepted_date }}", "依法受理。根据《中华人民共和国劳动争议调解仲裁法》"
               "第三十一条、第三十二条的规定，", "{{ formed_text }}", "。仲裁庭组成人员如下：", "{{ tribunal_text }}", "。"])
    body(doc, "当事人认为仲裁员是本案当事人或者当事人、代理人的近亲属，与本案有利害关系，与本案当事人、代理人有其他关系"
              "可能影响公正裁决，或者私自会见当事人、代理人，接受当事人、代理人请客送礼的，有权以口头或者书面方式申请其回避。"
              "申请回避的，应当在案件开庭审理前提出并说明理由；回避事由在案件开庭审理后知道的，也可以在庭审辩论终结前提出。")
    _contact_phone(doc)
    signature(doc)
    return doc


def arbitration_summary_notice():
    doc = _arb_notice("简易处理告知书")
    body(doc, ["{{ case_title }}", "一案，本委已于", "{{ accepted_date }}", "依法受理。经审查，", "{{ ground_text }}",
               "。根据《劳动人事争议仲裁办案规则》第五十六条的规定，本委决定本案适用简易处理，", "{{ arbitrator_text }}", "。"])
    body(doc, "现将简易处理的有关事项告知如下：")
    body(doc, "一、经被申请人同意，仲裁庭可以缩短或者取消答辩期（第五十八条）。")
    body(doc, "二、仲裁委员会可以用电话、短信、传真、电子邮件等简便方式送达仲裁文书，但送达调解书、裁决书除外。"
              "以简便方式送达的开庭通知，未经当事人确认或者没有其他证据证明当事人已经收到的，不得按撤回仲裁申请处理或者"
              "缺席裁决（第五十九条）。请当事人保持登记的联系方式畅通。")
    body(doc, "三、仲裁庭可以根据案件情况确定举证期限、开庭日期、审理程序、文书制作等事项，但应当保障当事人陈述意见的权利"
              "（第六十条）。")
    body(doc, "四、仲裁庭在审理过程中发现案件不宜简易处理的，应当在审理期限届满前决定转为按照一般程序处理，并告知当事人；"
              "审理期限自本委受理之日起连续计算（第六十一条）。")
    _contact_phone(doc)
    signature(doc)
    return doc


def arbitration_hearing_notice():
    doc = new_document(TABLE_MARGINS, page_numbers=False)
    heading(doc, "开庭通知书", number=["案号：", "{{ doc_number }}"], title_spaced=True)
    t = Table(doc, [36, 124], size=14, line=24, label_size=13)
    t.row([(1, "案　　由"), (1, "{{ cause }}")], label_cols=1)
    t.row([(1, "被通知人"), (1, "{{ notified }}")], label_cols=1)
    t.row([(1, "通知事项"), (1, [["{{ matter }}", "，定于下列时间、地点开庭审理，请准时到庭。"]])], label_cols=1)
    t.row([(1, "开庭时间"), (1, "{{ hearing_time }}")], label_cols=1)
    t.row([(1, "开庭地点"), (1, "{{ hearing_place }}")], label_cols=1)
    t.row([(1, "仲 裁 庭"), (1, "{{ tribunal_text }}")], label_cols=1)
    t.row([(1, "联系方式"), (1, "{{ contact_text }}")], label_cols=1)
    t.line = 20
    t.row([(1, "备　　注"), (1, [[("{%p for r in remarks %}", {"size": 9})], [("{{ r }}", {"size": 12})],
                                 [("{%p endfor %}", {"size": 9})]])], label_cols=1)
    para(doc, "", line=None)
    para(doc, "{{ organ_name }}", align="right", right=4, keep_next=True, before=24)
    para(doc, "{{ issue_date }}", align="right", right=4)
    return doc


def arbitration_extension_notice():
    doc = _arb_notice("延期审理通知书")
    body(doc, ["{{ case_title }}", "一案，本委已于", "{{ accepted_date }}", "依法受理。因", "{{ reason_text }}",
               "，不能在规定的审理期限内结束。根据《中华人民共和国劳动争议调解仲裁法》第四十三条和《劳动人事争议仲裁办案规则》"
               "第四十五条的规定，经本委主任批准，本案审理期限延长十五日", "{{ due_text }}", "。"])
    body(doc, "特此通知。")
    _contact_phone(doc)
    signature(doc)
    return doc


def arbitration_suspension_notice():
    doc = _arb_notice("中止审理通知书")
    body(doc, ["{{ case_title }}", "一案，本委已于", "{{ accepted_date }}", "依法受理。因", "{{ reason_text }}",
               "，根据《劳动人事争议仲裁办案规则》第四十七条的规定，本委决定本案中止审理。"])
    body(doc, "中止审理期间不计入审理期限。中止审理的情形消除后，本委将恢复审理并另行通知。")
    _contact_phone(doc)
    signature(doc)
    return doc


def arbitration_resumption_notice():
    doc = _arb_notice("恢复审理通知书")
    body(doc, ["{{ case_title }}", "一案，本委已决定中止审理。现因", "{{ reason_text }}", "，根据《劳动人事争议仲裁办案规则》"
               "第四十七条的规定，本委决定自", "{{ resumed_date }}", "起恢复审理。审理期限自恢复审理之日起继续计算。",
               "{{ due_text }}"])
    body(doc, "特此通知。")
    _contact_phone(doc)
    signature(doc)
    return doc


# awards, mediation and decisions: the commission (楷体), the title letter-spaced, the 案号
# centred; parties; numbered items; arbitrators' signatures above the Chinese-numeral date

def _adjudication_heading(doc, title: str) -> None:
    copy_mark(doc)
    para(doc, [("{{ organ_name }}", {"font": KAI, "size": 22})], align="center", line=36)
    para(doc, [(" ".join(title), {"font": XBS, "size": TITLE_PT})], align="center", line=40, before=4, after=4)
    para(doc, ["{{ doc_number }}"], align="center", after=8)


def _party_block(doc) -> None:
    tag(doc, "{%p for line in party_lines %}")
    para(doc, "{{ line }}", align="justify", first=2)
    tag(doc, "{%p endfor %}")


def _list_paras(doc, key: str) -> None:
    tag(doc, "{%p for item in " + key + " %}")
    body(doc, "{{ item }}")
    tag(doc, "{%p endfor %}")


def _adjudication_signature(doc) -> None:
    """首席仲裁员 / 仲　裁　员 (or 独任仲裁员), the commission and the date, then the 书记员."""
    doc.paragraphs[-1].paragraph_format.keep_with_next = True
    para(doc, "", align="left", keep_next=True)
    tag(doc, "{%p for s in signers %}")
    para(doc, ["{{ s.role }}", "　", "{{ s.name }}"], align="right", right=4, keep_next=True)
    tag(doc, "{%p endfor %}")
    for _ in range(2):
        para(doc, "", align="left", keep_next=True)
    para(doc, "{{ organ_name }}", align="right", right=4, keep_next=True)
    para(doc, "{{ issue_date }}", align="right", right=4, keep_next=True)
    para(doc, "", align="left", keep_next=True)
    para(doc, ["书　记　员", "　", "{{ clerk_name }}"], align="right", right=4)


def _roster(doc) -> None:
    """A collective case's applicants, listed after the signatures."""
    tag(doc, "{%p if roster %}")
    para(doc, [("附：申请人名单", {"font": HEI})], align="left", before=12)
    tag(doc, "{%p endif %}")
    t = Table(doc, [16, 50, 94])
    loop_row(t, "{%tr if roster %}")
    t.row([(1, "序号"), (1, "姓名"), (1, "公民身份号码")], label_cols=3)
    loop_row(t, "{%tr endif %}")
    loop_row(t, "{%tr for p in roster %}")
    t.row([(1, "{{ p.index }}", {"align": "center"}), (1, "{{ p.name }}", {"align": "center"}),
           (1, "{{ p.id_number }}", {"align": "center"})])
    loop_row(t, "{%tr endfor %}")


def arbitration_mediation():
    doc = new_document(NOTICE_MARGINS)
    _adjudication_heading(doc, "仲裁调解书")
    _party_block(doc)
    body(doc, ["{{ case_title }}", "一案，本委于", "{{ accepted_date }}", "受理。申请人请求：", "{{ claims_text }}",
               "（请求金额合计", "{{ claimed_amount }}", "）。"])
    body(doc, "本案在审理过程中，经仲裁庭主持调解，双方当事人自愿达成如下协议：")
    _list_paras(doc, "agreement")
    body(doc, "上述协议符合有关法律规定，本委予以确认。")
    body(doc, "本调解书经双方当事人签收后，即发生法律效力。一方当事人不履行的，另一方当事人可以依照《中华人民共和国民事诉讼法》"
              "的有关规定向人民法院申请执行。")
    _adjudication_signature(doc)
    _roster(doc)
    return doc


def arbitration_award():
    doc = new_document(NOTICE_MARGINS)
    _adjudication_heading(doc, "仲裁裁决书")
    _party_block(doc)
    body(doc, ["{{ procedure_text }}"])
    body(doc, ["申请人请求：", "{{ claims_text }}", "（请求金额合计", "{{ claimed_amount }}", "）。"])
    tag(doc, "{%p if defence_text %}")
    body(doc, ["被申请人辩称：", "{{ defence_text }}"])
    tag(doc, "{%p endif %}")
    body(doc, ["经审理查明：", "{{ findings_text }}"])
    body(doc, ["本委认为：", "{{ reasoning_text }}"])
    tag(doc, "{%p if mixed_text %}")
    body(doc, ["{{ mixed_text }}"])
    tag(doc, "{%p endif %}")
    body(doc, ["综上，依照", "{{ decision_basis }}", "的规定，", "{{ decision_lead }}", "如下："])
    _list_paras(doc, "award_items")
    tag(doc, "{%p if remaining_text %}")  # 先行裁决: the rest of the claims are awarded later
    body(doc, ["{{ remaining_text }}"])
    tag(doc, "{%p endif %}")
    _list_paras(doc, "rights")
    _adjudication_signature(doc)
    _roster(doc)
    return doc


def arbitration_advance_award():
    doc = new_document(NOTICE_MARGINS)
    _adjudication_heading(doc, "先予执行裁决书")
    _party_block(doc)
    body(doc, ["{{ case_title }}", "一案，本委于", "{{ accepted_date }}", "受理。申请人", "{{ applied_text }}",
               "向本委申请先予执行。"])
    body(doc, ["经审查，本案追索劳动报酬的权利义务关系明确，", "{{ reason_text }}", "。申请人的申请符合《中华人民共和国"
               "劳动争议调解仲裁法》第四十四条规定的条件。依照该条和《劳动人事争议仲裁办案规则》第五十一条的规定，裁决如下："])
    _list_paras(doc, "award_items")
    body(doc, ["本裁决移送", "{{ court_name }}", "执行。劳动者申请先予执行的，可以不提供担保。"])
    body(doc, "本裁决书送达后立即生效，当事人不得就本裁决向人民法院提起诉讼。")
    _adjudication_signature(doc)
    _roster(doc)
    return doc


def arbitration_decision():
    doc = new_document(NOTICE_MARGINS)
    _adjudication_heading(doc, "仲裁决定书")
    _party_block(doc)
    body(doc, ["{{ facts_text }}"])
    body(doc, ["{{ finding_text }}", "依照", "{{ basis_text }}", "的规定，决定如下："])
    _list_paras(doc, "decision_items")
    body(doc, ["{{ final_note }}"])
    _adjudication_signature(doc)
    _roster(doc)
    return doc


# ---- the blacklist (issue 7; 人社部令第45号) ---------------------------------------------------------

def _section(doc, text: str) -> None:
    """A first-level heading of a decision: 一、… in 黑体 (GB/T 9704)."""
    para(doc, [(text, {"font": HEI})], align="justify", first=2, keep_next=True)


def _subjects_table(doc) -> None:
    """The 当事人 named by the listing, one row each (an ID number does not wrap in a cell)."""
    t = Table(doc, [14, 62, 38, 42])
    t.row([(1, "序号"), (1, "名称（姓名）"), (1, "身份"), (1, "证件号码")], label_cols=4)
    loop_row(t, "{%tr for s in subjects %}")
    t.row([(1, "{{ s.index }}", {"align": "center"}), (1, "{{ s.name }}"), (1, "{{ s.role }}", {"align": "center"}),
           (1, "{{ s.id_number }}", {"align": "center", "size": 10.5})])
    loop_row(t, "{%tr endfor %}")
    para(doc, "", line=12)


def _blacklist_contact(doc) -> None:
    body(doc, ["联系地址：", "{{ office_address }}"])
    body(doc, ["联系人：", "{{ officer_name }}", "　　联系电话：", "{{ office_phone }}"])


def blacklist_listing_notice():
    doc = new_document(NOTICE_MARGINS)
    heading(doc, "列入失信联合惩戒名单事先告知书")
    addressee(doc)
    body(doc, ["经查，", "{{ facts_text }}"])
    body(doc, ["依据", "{{ basis_text }}", "的规定，本机关拟将下列当事人列入拖欠农民工工资失信联合惩戒对象名单："])
    _subjects_table(doc)
    body(doc, ["依据《办法》第六条的规定，", "{{ you }}", "如对拟列入的事由、依据有异议，可以自收到本告知书之日起五个工作日内，"
               "以书面形式向本机关提出，并附相关证据材料。本机关将自收到异议之日起五个工作日内予以核实，并将核实结果告知",
               "{{ you }}", "。逾期未提出异议的，本机关将依法作出决定。"])
    body(doc, ["依据《办法》第七条的规定，", "{{ employer_name }}", "在本机关作出列入决定前，已经改正拖欠农民工工资违法行为"
               "（足额支付所拖欠的农民工工资），并作出不再拖欠农民工工资书面信用承诺的，可以不被列入失信联合惩戒名单。"])
    _blacklist_contact(doc)
    signature(doc)
    return doc


def blacklist_objection_result():
    doc = new_document(NOTICE_MARGINS)
    heading(doc, "异议核实结果告知书")
    addressee(doc)
    body(doc, ["{{ objection_text }}"])
    body(doc, ["依据《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》（以下简称《办法》）第六条的规定，本机关对",
               "{{ you }}", "提出的异议进行了核实。经核实，", "{{ result_text }}"])
    body(doc, ["{{ conclusion_text }}"])
    _blacklist_contact(doc)
    signature(doc)
    return doc


def blacklist_listing_decision():
    doc = new_document(NOTICE_MARGINS)
    heading(doc, "列入失信联合惩戒对象名单决定书")
    _party_block(doc)
    body(doc, ["经查，", "{{ facts_text }}"])
    body(doc, ["{{ procedure_text }}"])
    _section(doc, "一、列入事由")
    body(doc, ["{{ grounds_text }}"])
    _section(doc, "二、列入依据")
    body(doc, ["依据", "{{ basis_text }}", "和第八条的规定，本机关决定将下列当事人列入拖欠农民工工资失信联合惩戒对象名单："])
    _subjects_table(doc)
    _section(doc, "三、列入期限")
    body(doc, ["列入期限为三年，自", "{{ term_start }}", "起至", "{{ term_end }}", "止。本机关将依照《办法》第九条、"
               "第十条的规定，通过本部门门户网站等向社会公布，并将相关信息共享至同级信用信息共享平台。"])
    _section(doc, "四、联合惩戒措施提示")
    body(doc, "依照《保障农民工工资支付条例》第四十八条和《办法》第十条的规定，有关部门将在政府资金支持、政府采购、"
              "招投标、融资贷款、市场准入、税收优惠、评优评先、交通出行等方面，依法依规对失信联合惩戒对象予以限制。")
    _section(doc, "五、提前移出的条件和程序")
    body(doc, "依照《办法》第十二条的规定，用人单位同时符合下列条件的，可以向本机关申请提前移出失信联合惩戒名单："
              "（一）已改正拖欠农民工工资违法行为的；（二）自改正之日起被列入失信联合惩戒名单满六个月的；"
              "（三）作出不再拖欠农民工工资书面信用承诺的。")
    body(doc, "依照《办法》第十三条的规定，有下列情形之一的，不得提前移出：（一）列入失信联合惩戒名单期限内再次发生"
              "拖欠农民工工资违法行为的；（二）因拒不支付劳动报酬罪正在被追究刑事责任或者已被依法追究刑事责任的；"
              "（三）法律、法规和党中央、国务院政策文件规定的其他不得提前移出的情形。")
    body(doc, "申请提前移出的，用人单位应当向本机关提交书面申请、已改正违法行为的证据和不再拖欠农民工工资的书面信用承诺。"
              "本机关自收到申请之日起十五个工作日内予以核实，决定准予提前移出的，将用人单位及其法定代表人或者主要负责人、"
              "直接负责的主管人员和其他直接责任人员一并移出名单；决定不予提前移出的，出具决定书并说明理由（《办法》第十四条）。")
    _section(doc, "六、救济途径")
    body(doc, ["当事人对本决定不服的，可以自收到本决定书之日起六十日内向", "{{ review_government }}",
               "申请行政复议，或者在六个月内向", "{{ court_name }}", "提起行政诉讼。"])
    _blacklist_contact(doc)
    signature(doc)
    return doc


def blacklist_early_removal_decision():
    doc = new_document(NOTICE_MARGINS)
    copy_mark(doc)
    para(doc, [("{{ organ_name }}", {"font": KAI, "size": 22})], align="center", line=36)
    para(doc, [("{{ title_text }}", {"font": XBS, "size": TITLE_PT})], align="center", line=40, before=4, after=4)
    para(doc, ["{{ doc_number }}"], align="right", after=4)
    addressee(doc)
    body(doc, ["{{ application_text }}"])
    body(doc, ["经核实，", "{{ finding_text }}"])
    body(doc, ["{{ decision_text }}"])
    _list_paras(doc, "notes")
    _blacklist_contact(doc)
    signature(doc)
    return doc


def blacklist_removal_decision():
    doc = new_document(NOTICE_MARGINS)
    heading(doc, "移出失信联合惩戒对象名单决定书")
    _party_block(doc)
    body(doc, ["{{ listed_text }}", "{{ reason_text }}"])
    body(doc, ["依据《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》", "{{ basis_text }}", "的规定，本机关决定自",
               "{{ removed_date }}", "起将上述当事人移出拖欠农民工工资失信联合惩戒对象名单，停止公示相关信息，"
               "并告知相关部门；对其实施的联合惩戒措施相应终止。"])
    _blacklist_contact(doc)
    signature(doc)
    return doc


def blacklist_revocation_decision():
    doc = new_document(NOTICE_MARGINS)
    heading(doc, "撤销列入失信联合惩戒对象名单决定书")
    _party_block(doc)
    body(doc, ["{{ listed_text }}"])
    body(doc, ["{{ revoked_text }}"])
    body(doc, ["依据《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》第十六条的规定，本机关决定撤销",
               "{{ decision_ref }}", "。本机关将自本决定作出之日起十个工作日内，依照该办法第十七条的规定将上述当事人"
               "移出拖欠农民工工资失信联合惩戒对象名单，停止公示相关信息，并告知相关部门。"])
    _blacklist_contact(doc)
    signature(doc)
    return doc


# ---- legal aid (issue 8, forms.md §4) --------------------------------------------------------------

def legal_aid_transfer_letter():
    """A 函 to the legal-aid centre (one per referral), then a dashed cut line and the 回执 the
    centre signs, stamps and sends back."""
    doc = new_document(NOTICE_MARGINS)
    copy_mark(doc)
    para(doc, [("{{ organ_name }}", {"font": KAI, "size": 22})], align="center", line=36)
    para(doc, [("{{ title_text }}", {"font": XBS, "size": TITLE_PT})], align="center", line=36, before=4, after=4)
    para(doc, ["{{ doc_number }}"], align="right", after=4)
    addressee(doc, "centre_name")
    body(doc, ["{{ intro_text }}"])
    _list_paras(doc, "applicant_lines")
    body(doc, ["{{ facts_text }}", "{{ claims_text }}", "{{ respondent_text }}"])
    body(doc, ["{{ stage_text }}"])
    body(doc, ["{{ basis_text }}"])
    tag(doc, "{%p if urgent_text %}")
    body(doc, ["{{ urgent_text }}"])
    tag(doc, "{%p endif %}")
    body(doc, ["{{ request_text }}"])
    body(doc, ["附件：", "{{ attachments }}"])
    body(doc, ["联系人：", "{{ officer_name }}", "　　联系电话：", "{{ office_phone }}"])
    signature(doc)
    para(doc, "……………………………………（沿此线剪开）……………………………………", align="center", line=20, before=6,
         size=12, keep_next=True)
    para(doc, [("回　　执", {"font": HEI, "size": 14})], align="center", line=24, keep_next=True)
    para(doc, ["{{ receipt_text }}"], align="justify", first=2, size=12, line=20, after=2, keep_next=True)
    t = Table(doc, [26, 52, 26, 52], line=18)
    t.row([(1, "收件人"), (1, ""), (1, "收到日期", {"label": True}), (1, _SIGN, {"align": "right"})], label_cols=1)
    t.row([(1, ["处理情况", "机构盖章"]), (3, ["□已受理　□需补充材料　□不予受理",
                                         ("（法律援助机构盖章）", {"align": "right"})])], label_cols=1)
    return doc


def legal_aid_application_form():
    """The worker's application, pre-filled from the case; the applicant checks and signs it."""
    doc = new_document(TABLE_MARGINS, page_numbers=False)
    copy_mark(doc)
    para(doc, [("法律援助申请表", {"font": XBS, "size": TITLE_PT})], align="center", line=36, after=4)
    para(doc, ["受理机构：", "{{ centre_name }}", "　　编号：（　　）援申字〔　　〕第　　号"], align="left", size=12,
         line=24, after=4)
    t = Table(doc, [16, 29, 31, 13, 15, 22, 34], label_size=10.5)
    t.vmerge([
        t.row([(1, "申请人"), (1, "姓名"), (1, "{{ applicant_name }}"), (1, "性别", {"label": True}),
               (1, "{{ applicant_sex }}", {"align": "center"}), (1, "出生日期", {"label": True}),
               (1, "{{ applicant_birth }}")], label_cols=2),
        t.row([(1, ""), (1, "公民身份号码"), (3, "{{ applicant_id_number }}"), (1, "是否农民工", {"label": True}),
               (1, "{{ migrant_text }}")], label_cols=2),
        t.row([(1, ""), (1, "户籍地址"), (5, "{{ applicant_address }}")], label_cols=2),
        t.row([(1, ""), (1, "联系电话"), (3, "{{ applicant_phone }}"), (1, "工　　种", {"label": True}),
               (1, "{{ applicant_job }}")], label_cols=2),
    ])
    t.vmerge([
        t.row([(1, "对方当事人"), (1, "名称"), (5, "{{ employer_name }}")], label_cols=2),
        t.row([(1, ""), (1, "住所"), (3, "{{ employer_address }}"), (1, "联系电话", {"label": True}),
               (1, "{{ employer_phone }}")], label_cols=2),
        t.row([(1, ""), (1, "法定代表人"), (5, "{{ employer_legal_representative }}")], label_cols=2),
    ])
    t.row([(2, "申请事项"), (5, "{{ matter_text }}")], label_cols=1)
    t.row([(2, "申请援助方式"), (5, "{{ mode_text }}")], label_cols=1)
    t.row([(2, "案件所处阶段"), (5, "{{ stage_text }}")], label_cols=1)
    t.row([(2, ["案情及", "申请理由"]), (5, "{{ reason_text }}", {"valign": "top"})], label_cols=1)
    t.row([(2, "经济状况"), (5, [[("{%p if exempt %}", {"size": 9})], "{{ exempt_text }}",
                                 [("{%p else %}", {"size": 9})],
                                 "家庭人口：＿＿人　家庭月收入：＿＿＿＿元　家庭月人均收入：＿＿＿＿元",
                                 "主要财产状况：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿",
                                 "本人承诺以上经济状况属实，如有不实，愿承担相应的法律责任。",
                                 [("{%p endif %}", {"size": 9})]])], label_cols=1)
    t.row([(2, "申请人承诺"), (5, ["本人保证所填内容和提交的材料真实，如有虚假，愿承担相应的法律责任。", "",
                                  ("申请人（签名或按指印）：　　　　　" + _SIGN, {"align": "right"})])],
          label_cols=1)
    t.row([(2, "转交机关"), (5, [["{{ organ_name }}", "（申请日期：", "{{ applied_date }}", "）"]])], label_cols=1)
    para(doc, "说明：进城务工人员请求支付劳动报酬或者工伤事故人身损害赔偿的，免予核查经济困难状况（《中华人民共和国"
              "法律援助法》第四十二条第三项）。法律援助机构自收到申请之日起七日内作出是否给予法律援助的决定。",
         align="justify", first=2, size=9, line=14, before=4)
    return doc


FORMS = {
    "inspection_complaint_register": inspection_complaint_register,
    "inspection_acceptance_notice": inspection_acceptance_notice,
    "inspection_rejection_notice": inspection_rejection_notice,
    "inspection_supplement_notice": inspection_supplement_notice,
    "arbitration_acceptance_notice": arbitration_acceptance_notice,
    "arbitration_rejection_notice": arbitration_rejection_notice,
    "arbitration_receipt": arbitration_receipt,
    "service_receipt": service_receipt,
    "case_cover": case_cover,
    "inspection_rectification_order": inspection_rectification_order,
    "inspection_inquiry_notice": inspection_inquiry_notice,
    "inspection_penalty_notice": inspection_penalty_notice,
    "inspection_decision": inspection_decision,
    "inspection_case_approval": inspection_case_approval,
    "inspection_closing_approval": inspection_closing_approval,
    "inspection_transfer_approval": inspection_transfer_approval,
    "inspection_transfer_letter": inspection_transfer_letter,
    "inspection_extension_approval": inspection_extension_approval,
    "inspection_interview_record": inspection_interview_record,
    "inspection_penalty_decision": inspection_penalty_decision,
    "arbitration_response_notice": arbitration_response_notice,
    "arbitration_tribunal_notice": arbitration_tribunal_notice,
    "arbitration_summary_notice": arbitration_summary_notice,
    "arbitration_hearing_notice": arbitration_hearing_notice,
    "arbitration_extension_notice": arbitration_extension_notice,
    "arbitration_suspension_notice": arbitration_suspension_notice,
    "arbitration_resumption_notice": arbitration_resumption_notice,
    "arbitration_mediation": arbitration_mediation,
    "arbitration_award": arbitration_award,
    "arbitration_advance_award": arbitration_advance_award,
    "arbitration_decision": arbitration_decision,
    "blacklist_listing_notice": blacklist_listing_notice,
    "blacklist_objection_result": blacklist_objection_result,
    "blacklist_listing_decision": blacklist_listing_decision,
    "blacklist_early_removal_decision": blacklist_early_removal_decision,
    "blacklist_removal_decision": blacklist_removal_decision,
    "blacklist_revocation_decision": blacklist_revocation_decision,
    "legal_aid_transfer_letter": legal_aid_transfer_letter,
    "legal_aid_application_form": legal_aid_application_form,
}


def _deterministic(doc) -> None:
    # the same script gives the same bytes' content: no "created" time from the default template
    props = doc.core_properties
    props.author = "wagecase"
    props.last_modified_by = "wagecase"
    props.title = ""
    props.revision = 1
    from datetime import datetime

    props.created = props.modified = datetime(2026, 1, 1)


_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def _zip_bytes(doc) -> bytes:
    """The .docx with every member dated _ZIP_TIME: the same script gives the same bytes, so
    an unchanged form leaves its committed template untouched."""
    import io
    import zipfile

    raw = io.BytesIO()
    doc.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = info.external_attr
            dst.writestr(member, src.read(info.filename))
    return out.getvalue()


def _same_content(path: Path, data: bytes) -> bool:
    """The file holds the same members with the same bytes (older builds stamped the time)."""
    import io
    import zipfile

    if not path.is_file():
        return False
    try:
        with zipfile.ZipFile(path) as old, zipfile.ZipFile(io.BytesIO(data)) as new:
            names = [i.filename for i in old.infolist()]
            return names == [i.filename for i in new.infolist()] and all(
                old.read(n) == new.read(n) for n in names)
    except zipfile.BadZipFile:
        return False


def build(names: list[str] | None = None, out: Path = OUT) -> list[Path]:
    """Writes the named templates (all by default); returns the files whose content changed."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in FORMS.items():
        if names and name not in names:
            continue
        doc = make()
        _deterministic(doc)
        path = out / f"{name}.docx"
        data = _zip_bytes(doc)
        if _same_content(path, data):
            continue
        path.write_bytes(data)
        written.append(path)
    return written


if __name__ == "__main__":
    for path in build(sys.argv[1:] or None):
        print(path)
