"""Read a filled .docx into plain layout facts (page, paragraphs, runs, tables) for the PDF.

Only the subset of Word the form templates use is understood (see pdf_render); anything else is
skipped with a Chinese warning. Properties resolve the way Word does: direct formatting, then the
paragraph/character style chain, then the table style, then the document defaults.

The parts are read straight from the zip with lxml (python-docx's own parser settings) rather
than through ``docx.Document``, which unpacks and parses every part of the package: a filled form
carries ~350 KB of styles.xml and as much again of stylesWithEffects.xml it never needs. The
styles part is the same in every document made from one template, so its parsed tree is kept
(keyed by its bytes, read-only). A package this reader does not recognise goes through
python-docx as before.
"""
from __future__ import annotations

import functools
import io
import posixpath
import threading
import zipfile
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import NamedTuple

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import nsmap
from docx.oxml.ns import qn as _qn
from lxml import etree

from wagecase.documents.fonts import role_for_font_name

# qn() splits and formats its argument on every call; the reader asks for the same few dozen
# tags tens of thousands of times per document
qn = functools.lru_cache(maxsize=512)(_qn)

TWIP = 1 / 20  # pt


@dataclass(frozen=True)
class RunStyle:
    role: str = "fangsong"
    size: float = 16.0  # pt
    bold: bool = False
    underline: bool = False
    color: str | None = None  # "RRGGBB"
    spacing: float = 0.0  # extra pt after each character (w:spacing)


@dataclass
class Piece:
    text: str  # may hold "\t" and "\n"
    style: RunStyle


@dataclass
class ParaSpec:
    pieces: list[Piece]
    mark: RunStyle  # the paragraph mark's style: sizes an empty paragraph
    align: str = "left"  # left / center / right / justify / distribute
    left: float = 0.0
    right: float = 0.0
    first: float = 0.0  # first-line indent; negative = hanging
    before: float = 0.0
    after: float = 0.0
    line_rule: str = "auto"  # auto (value = multiple) / exact / atLeast (value = pt)
    line_value: float = 1.0
    keep_next: bool = False
    keep_lines: bool = False
    page_break_before: bool = False
    snap_to_grid: bool = True
    tabs: tuple[float, ...] = ()

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)


@dataclass
class PageBreakSpec:
    pass


@dataclass
class CellSpec:
    blocks: list
    span: int = 1
    vmerge: str | None = None  # "restart" / "continue"
    valign: str = "top"
    margins: tuple[float, float, float, float] | None = None  # top, left, bottom, right


@dataclass
class RowSpec:
    cells: list[CellSpec]
    height: float | None = None
    height_rule: str = "atLeast"
    header: bool = False


@dataclass
class TableSpec:
    grid: list[float]
    rows: list[RowSpec]
    border: float | None  # line width in pt; None = no borders
    cell_margins: tuple[float, float, float, float]
    align: str = "left"
    indent: float = 0.0


@dataclass
class SectionSpec:
    width: float = 595.3
    height: float = 841.9
    top: float = 72.0
    bottom: float = 72.0
    left: float = 72.0
    right: float = 72.0
    grid_type: str = ""  # "" / lines / linesAndChars / snapToChars
    line_pitch: float = 0.0
    char_pitch: float = 0.0  # pt per character cell when the grid snaps characters
    char_extra: float = 0.0  # what the grid adds to (or takes from) every Chinese character
    # a footer with a NUMPAGES field (“第 {page} 页 共 {pages} 页”): drawn on every page instead
    # of the GB/T 9704 “— 1 —”
    page_footer: str = ""


@dataclass
class DocSpec:
    section: SectionSpec
    blocks: list
    warnings: list[str] = field(default_factory=list)
    default_tab: float = 36.0  # pt between Word's default tab stops


def _on(el, tag: str) -> bool | None:
    """Word's toggle element: present = on unless w:val says false."""
    if el is None:
        return None
    child = el.find(qn(tag))
    if child is None:
        return None
    return child.get(qn("w:val"), "true") not in ("0", "false", "off", "none")


def _twips(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return int(float(value)) * TWIP
    except ValueError:
        return None


class _Styles:
    """The styles part, indexed. Shared between documents of one template: never modified."""

    def __init__(self, root) -> None:
        self.by_id = {s.get(qn("w:styleId")): s for s in root.findall(qn("w:style"))}
        self.default = {}
        for s in root.findall(qn("w:style")):
            if s.get(qn("w:default")) in ("1", "true"):
                self.default.setdefault(s.get(qn("w:type")), s)
        dd = root.find(qn("w:docDefaults"))
        self.ppr_default = dd.find(qn("w:pPrDefault") + "/" + qn("w:pPr")) if dd is not None else None
        self.rpr_default = dd.find(qn("w:rPrDefault") + "/" + qn("w:rPr")) if dd is not None else None

    def chain(self, style_id: str | None, kind: str) -> list:
        style = self.by_id.get(style_id) if style_id else self.default.get(kind)
        out = []
        seen = set()
        while style is not None and id(style) not in seen:
            seen.add(id(style))
            out.append(style)
            based = style.find(qn("w:basedOn"))
            style = self.by_id.get(based.get(qn("w:val"))) if based is not None else None
        return out


def _first_attr(elements, tag: str, attr: str) -> str | None:
    for el in elements:
        if el is None:
            continue
        child = el.find(qn(tag))
        if child is not None and child.get(qn(attr)) is not None:
            return child.get(qn(attr))
    return None


def _first_on(elements, tag: str) -> bool:
    for el in elements:
        v = _on(el, tag)
        if v is not None:
            return v
    return False


class _Package(NamedTuple):
    """The parts of a .docx the reader looks at."""

    body: object  # w:body
    styles: _Styles
    settings: object  # w:settings
    sect_prs: list  # every w:sectPr, in document order (as python-docx's Document.sections)
    footer: object | None  # the first section's default footer (w:ftr), None = linked/absent


class _Reader:
    def __init__(self, package: _Package) -> None:
        self.pkg = package
        self.styles = package.styles
        self.warnings: list[str] = []
        self.table_style_pprs: list = []
        self.table_style_rprs: list = []
        self.section = SectionSpec()
        settings = package.settings
        tab = settings.find(qn("w:defaultTabStop"))
        self.default_tab = _twips(tab.get(qn("w:val"))) if tab is not None else 36.0

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    # --- section -----------------------------------------------------------------------------
    def read_section(self) -> SectionSpec:
        sect = self.pkg.sect_prs[0]
        s = SectionSpec()
        pg = sect.find(qn("w:pgSz"))
        if pg is not None:
            s.width = _twips(pg.get(qn("w:w"))) or s.width
            s.height = _twips(pg.get(qn("w:h"))) or s.height
        mar = sect.find(qn("w:pgMar"))
        if mar is not None:
            for side in ("top", "bottom", "left", "right"):
                v = _twips(mar.get(qn(f"w:{side}")))
                if v is not None:
                    setattr(s, side, abs(v))
        grid = sect.find(qn("w:docGrid"))
        if grid is not None:
            s.grid_type = grid.get(qn("w:type"), "")
            s.line_pitch = _twips(grid.get(qn("w:linePitch"))) or 0.0
            if s.grid_type in ("linesAndChars", "snapToChars"):
                # Word measures the grid from the default paragraph style's font size
                normal = [st.find(qn("w:rPr")) for st in self.styles.chain(None, "paragraph")]
                base = self.run_style([], normal).size
                s.char_extra = int(grid.get(qn("w:charSpace"), "0")) / 4096
                s.char_pitch = base + s.char_extra
        if len(self.pkg.sect_prs) > 1:
            self.warn("文书模板含多个分节，PDF 统一按第一节的页面设置排版。")
        s.page_footer = self._page_footer()
        self.section = s
        return s

    def _page_footer(self) -> str:
        """The first footer paragraph holding a NUMPAGES field, fields as {page} / {pages}."""
        footer = self.pkg.footer
        if footer is None:
            return ""
        for p in footer.iter(qn("w:p")):
            out: list[str] = []
            instr: list[str] = []  # the instruction of the field being read
            depth = 0
            for el in p.iter(qn("w:fldChar"), qn("w:instrText"), qn("w:t"), qn("w:fldSimple")):
                if el.tag == qn("w:fldChar"):
                    kind = el.get(qn("w:fldCharType"))
                    if kind == "begin":
                        depth += 1
                        instr = []
                    elif kind == "separate":
                        out.append(_FIELD_SLOTS.get("".join(instr).strip().split(" ")[0].upper(), ""))
                    elif kind == "end":
                        depth = max(depth - 1, 0)
                elif el.tag == qn("w:instrText"):
                    instr.append(el.text or "")
                elif el.tag == qn("w:fldSimple"):
                    out.append(_FIELD_SLOTS.get((el.get(qn("w:instr")) or "").strip().split(" ")[0].upper(), ""))
                elif not depth and el.getparent().getparent().tag != qn("w:fldSimple"):
                    # a field's stale result text is replaced by its slot above
                    out.append((el.text or "").replace("{", "{{").replace("}", "}}"))
            text = "".join(out)
            if "{pages}" in text:
                return text
        return ""

    # --- runs and paragraphs -----------------------------------------------------------------
    def _para_pprs(self, p) -> list:
        ppr = p.find(qn("w:pPr"))
        sid = None
        if ppr is not None and ppr.find(qn("w:pStyle")) is not None:
            sid = ppr.find(qn("w:pStyle")).get(qn("w:val"))
        styles = self.styles.chain(sid, "paragraph")
        return [
            ppr,
            *[s.find(qn("w:pPr")) for s in styles],
            *self.table_style_pprs,
            self.styles.ppr_default,
        ], [s.find(qn("w:rPr")) for s in styles]

    def run_style(self, rprs: list, para_rprs: list | None) -> RunStyle:
        chain = [*rprs, *(para_rprs or []), *self.table_style_rprs, self.styles.rpr_default]
        chain = [c for c in chain if c is not None]
        font = None
        for el in chain:
            rf = el.find(qn("w:rFonts"))
            if rf is None:
                continue
            font = rf.get(qn("w:eastAsia"))
            if font:
                break
            if rf.get(qn("w:eastAsiaTheme")):
                font = None  # theme fonts name no Chinese face in our templates: body face
                break
        if font is None:
            for el in chain:
                rf = el.find(qn("w:rFonts"))
                if rf is not None and (rf.get(qn("w:ascii")) or rf.get(qn("w:hAnsi"))):
                    candidate = rf.get(qn("w:ascii")) or rf.get(qn("w:hAnsi"))
                    if any(ord(c) > 0x2E80 for c in candidate):  # a Chinese face set as the Latin font
                        font = candidate
                    break
        sz = _first_attr(chain, "w:sz", "w:val")
        u = _first_attr(chain, "w:u", "w:val")
        color = _first_attr(chain, "w:color", "w:val")
        spacing = _first_attr(chain, "w:spacing", "w:val")
        return RunStyle(
            role=role_for_font_name(font),
            size=int(sz) / 2 if sz else 10.5,
            bold=_first_on(chain, "w:b"),
            underline=u is not None and u not in ("none", "0", "false"),
            color=color if color and color.lower() != "auto" and color.upper() != "000000" else None,
            spacing=_twips(spacing) or 0.0,
        )

    def read_paragraph(self, p) -> list:
        """One <w:p> → [ParaSpec | PageBreakSpec, ...] (a page break inside splits it)."""
        pprs, para_rprs = self._para_pprs(p)
        ppr = pprs[0]
        mark_rpr = ppr.find(qn("w:rPr")) if ppr is not None else None
        mark = self.run_style([mark_rpr] if mark_rpr is not None else [], para_rprs)
        spec = self._para_props(pprs, mark)
        out: list = []
        if spec.page_break_before:
            out.append(PageBreakSpec())
        current = spec
        field_depth: list[str] = []  # instruction of each open field
        in_result: list[bool] = []

        def runs(parent):
            for child in parent:
                tag = child.tag
                if tag == qn("w:r"):
                    yield child
                elif tag in (qn("w:hyperlink"), qn("w:ins"), qn("w:smartTag"), qn("w:customXml")):
                    yield from runs(child)
                elif tag == qn("w:sdt"):
                    content = child.find(qn("w:sdtContent"))
                    if content is not None:
                        yield from runs(content)
                elif tag == qn("w:fldSimple"):
                    instr = (child.get(qn("w:instr")) or "").strip().split(" ")[0].upper()
                    if instr != "PAGE":
                        self.warn(f"文书模板中的域（{instr}）未更新，按模板中的结果文字输出。")
                    yield from runs(child)
                elif tag in (qn("w:oMath"), qn("w:oMathPara")):
                    self.warn("文书模板中的公式未输出到 PDF。")

        for r in runs(p):
            rpr = r.find(qn("w:rPr"))
            rstyle_rprs = []
            if rpr is not None and rpr.find(qn("w:rStyle")) is not None:
                sid = rpr.find(qn("w:rStyle")).get(qn("w:val"))
                rstyle_rprs = [s.find(qn("w:rPr")) for s in self.styles.chain(sid, "character")]
            style = self.run_style([rpr, *rstyle_rprs], para_rprs)
            hidden = _first_on([rpr, *rstyle_rprs], "w:vanish")
            for child in r:
                tag = child.tag
                if tag == qn("w:fldChar"):
                    kind = child.get(qn("w:fldCharType"))
                    if kind == "begin":
                        field_depth.append("")
                        in_result.append(False)
                    elif kind == "separate" and in_result:
                        in_result[-1] = True
                        instr = field_depth[-1].strip().split(" ")[0].upper() if field_depth[-1].strip() else ""
                        if instr and instr != "PAGE":
                            self.warn(f"文书模板中的域（{instr}）未更新，按模板中的结果文字输出。")
                    elif kind == "end" and field_depth:
                        field_depth.pop()
                        in_result.pop()
                    continue
                if tag == qn("w:instrText"):
                    if field_depth:
                        field_depth[-1] += child.text or ""
                    continue
                if field_depth and not in_result[-1]:
                    continue
                if hidden:
                    continue
                text = None
                if tag == qn("w:t"):
                    text = child.text or ""
                elif tag == qn("w:tab"):
                    text = "\t"
                elif tag in (qn("w:br"), qn("w:cr")):
                    if child.get(qn("w:type")) == "page":
                        if current.pieces:
                            out.append(current)
                        out.append(PageBreakSpec())
                        current = self._continuation(spec)
                        continue
                    text = "\n"
                elif tag == qn("w:noBreakHyphen"):
                    text = "-"
                elif tag == qn("w:sym"):
                    try:
                        text = chr(int(child.get(qn("w:char")), 16))
                    except (TypeError, ValueError):
                        text = ""
                elif tag in (qn("w:drawing"), qn("w:pict"), qn("w:object")):
                    if child.find(".//" + qn("w:txbxContent")) is not None:
                        self.warn("文书模板中的文本框未输出到 PDF。")
                    else:
                        self.warn("文书模板中的图片未输出到 PDF。")
                elif tag.endswith("}AlternateContent"):
                    self.warn("文书模板中的文本框或图形未输出到 PDF。")
                if text:
                    if current.pieces and current.pieces[-1].style == style:
                        current.pieces[-1].text += text
                    else:
                        current.pieces.append(Piece(text, style))
        # a paragraph whose only content was a page break leaves nothing to print after it
        if current is spec or current.pieces:
            out.append(current)
        return out

    def _continuation(self, spec: ParaSpec) -> ParaSpec:
        return ParaSpec(
            pieces=[], mark=spec.mark, align=spec.align, left=spec.left, right=spec.right, first=0.0,
            before=0.0, after=spec.after, line_rule=spec.line_rule, line_value=spec.line_value,
            keep_next=spec.keep_next, keep_lines=spec.keep_lines, snap_to_grid=spec.snap_to_grid,
            tabs=spec.tabs,
        )

    def _para_props(self, pprs: list, mark: RunStyle) -> ParaSpec:
        spec = ParaSpec(pieces=[], mark=mark)
        jc = _first_attr(pprs, "w:jc", "w:val") or "left"
        spec.align = {
            "start": "left", "end": "right", "both": "justify", "distribute": "distribute",
            "center": "center", "right": "right", "left": "left", "thaiDistribute": "distribute",
        }.get(jc, "left")
        char = mark.size

        chars_first = None
        for el in pprs:
            node = el.find(qn("w:ind")) if el is not None else None
            if node is None:
                continue
            fl_c, hg_c = node.get(qn("w:firstLineChars")), node.get(qn("w:hangingChars"))
            fl, hg = node.get(qn("w:firstLine")), node.get(qn("w:hanging"))
            if hg_c not in (None, "0"):
                chars_first = -int(hg_c) / 100 * char
            elif fl_c not in (None, "0"):
                chars_first = int(fl_c) / 100 * char
            elif hg is not None:
                chars_first = -(_twips(hg) or 0.0)
            elif fl is not None:
                chars_first = _twips(fl) or 0.0
            else:
                continue
            break
        spec.first = chars_first or 0.0
        for side, twip_names, char_name in (
            ("left", ("w:left", "w:start"), "w:leftChars"),
            ("right", ("w:right", "w:end"), "w:rightChars"),
        ):
            value = 0.0
            for el in pprs:
                node = el.find(qn("w:ind")) if el is not None else None
                if node is None:
                    continue
                c = node.get(qn(char_name))
                if c not in (None, "0"):
                    value = int(c) / 100 * char
                    break
                tw = next((node.get(qn(n)) for n in twip_names if node.get(qn(n)) is not None), None)
                if tw is not None:
                    value = _twips(tw) or 0.0
                    break
            setattr(spec, side, value)
        before = _first_attr(pprs, "w:spacing", "w:before")
        after = _first_attr(pprs, "w:spacing", "w:after")
        before_lines = _first_attr(pprs, "w:spacing", "w:beforeLines")
        after_lines = _first_attr(pprs, "w:spacing", "w:afterLines")
        line_height_unit = self.section.line_pitch or 15.6
        spec.before = int(before_lines) / 100 * line_height_unit if before_lines else (_twips(before) or 0.0)
        spec.after = int(after_lines) / 100 * line_height_unit if after_lines else (_twips(after) or 0.0)
        line = _first_attr(pprs, "w:spacing", "w:line")
        rule = _first_attr(pprs, "w:spacing", "w:lineRule") or "auto"
        if line:
            if rule == "auto":
                spec.line_rule, spec.line_value = "auto", int(line) / 240
            else:
                spec.line_rule, spec.line_value = ("exact" if rule == "exact" else "atLeast"), _twips(line) or 0.0
        spec.keep_next = _first_on(pprs, "w:keepNext")
        spec.keep_lines = _first_on(pprs, "w:keepLines")
        spec.page_break_before = _first_on(pprs, "w:pageBreakBefore")
        snap = [_on(el, "w:snapToGrid") for el in pprs]
        spec.snap_to_grid = next((v for v in snap if v is not None), True)
        for el in pprs:
            tabs = el.find(qn("w:tabs")) if el is not None else None
            if tabs is not None:
                spec.tabs = tuple(
                    sorted(
                        _twips(t.get(qn("w:pos"))) or 0.0
                        for t in tabs.findall(qn("w:tab"))
                        if t.get(qn("w:val")) != "clear"
                    )
                )
                break
        return spec

    # --- tables ------------------------------------------------------------------------------
    def read_table(self, tbl) -> TableSpec:
        tblpr = tbl.find(qn("w:tblPr"))
        sid = None
        if tblpr is not None and tblpr.find(qn("w:tblStyle")) is not None:
            sid = tblpr.find(qn("w:tblStyle")).get(qn("w:val"))
        tstyles = self.styles.chain(sid, "table")
        tprs = [tblpr, *[s.find(qn("w:tblPr")) for s in tstyles]]
        grid = [
            _twips(g.get(qn("w:w"))) or 0.0
            for g in tbl.findall(qn("w:tblGrid") + "/" + qn("w:gridCol"))
        ]
        border = None
        for el in tprs:
            node = el.find(qn("w:tblBorders")) if el is not None else None
            if node is None:
                continue
            widths = [
                int(b.get(qn("w:sz"), "4")) / 8
                for b in node
                if b.get(qn("w:val")) not in (None, "nil", "none")
            ]
            border = max(widths) if widths else None
            break
        margins = self._margins(tprs, "w:tblCellMar", (0.0, 5.4, 0.0, 5.4))
        align = _first_attr(tprs, "w:jc", "w:val") or "left"
        indent = _twips(_first_attr(tprs, "w:tblInd", "w:w")) or 0.0

        saved = self.table_style_pprs, self.table_style_rprs
        self.table_style_pprs = [s.find(qn("w:pPr")) for s in tstyles]
        self.table_style_rprs = [s.find(qn("w:rPr")) for s in tstyles]
        rows = []
        try:
            for tr in tbl.findall(qn("w:tr")):
                trpr = tr.find(qn("w:trPr"))
                row = RowSpec(cells=[])
                if trpr is not None:
                    h = trpr.find(qn("w:trHeight"))
                    if h is not None:
                        row.height = _twips(h.get(qn("w:val")))
                        row.height_rule = h.get(qn("w:hRule"), "atLeast")
                    row.header = bool(_on(trpr, "w:tblHeader"))
                    if trpr.find(qn("w:gridBefore")) is not None or trpr.find(qn("w:gridAfter")) is not None:
                        self.warn("文书模板表格中的行首/行尾空列未输出到 PDF。")
                for tc in tr.iter(qn("w:tc")):
                    if tc.getparent() is not tr and tc.getparent().tag != qn("w:sdtContent"):
                        continue
                    row.cells.append(self._cell(tc))
                rows.append(row)
        finally:
            self.table_style_pprs, self.table_style_rprs = saved
        return TableSpec(grid=grid, rows=rows, border=border, cell_margins=margins, align=align, indent=indent)

    def _margins(self, elements, tag: str, default):
        values = list(default)
        for i, side in enumerate(("top", "left", "bottom", "right")):
            alt = {"left": "start", "right": "end"}.get(side)
            for el in elements:
                node = el.find(qn(tag)) if el is not None else None
                if node is None:
                    continue
                m = node.find(qn(f"w:{side}"))
                if m is None and alt:
                    m = node.find(qn(f"w:{alt}"))
                if m is not None:
                    values[i] = _twips(m.get(qn("w:w"))) or 0.0
                    break
        return tuple(values)

    def _cell(self, tc) -> CellSpec:
        tcpr = tc.find(qn("w:tcPr"))
        cell = CellSpec(blocks=self.read_blocks(tc))
        if tcpr is not None:
            span = tcpr.find(qn("w:gridSpan"))
            if span is not None:
                cell.span = int(span.get(qn("w:val"), "1"))
            vm = tcpr.find(qn("w:vMerge"))
            if vm is not None:
                cell.vmerge = vm.get(qn("w:val"), "continue")
            va = tcpr.find(qn("w:vAlign"))
            if va is not None:
                cell.valign = {"center": "middle", "bottom": "bottom"}.get(va.get(qn("w:val")), "top")
            if tcpr.find(qn("w:tcMar")) is not None:
                cell.margins = self._margins([tcpr], "w:tcMar", (None, None, None, None))
        return cell

    # --- body --------------------------------------------------------------------------------
    def read_blocks(self, parent) -> list:
        blocks: list = []
        for child in parent:
            tag = child.tag
            if tag == qn("w:p"):
                blocks.extend(self.read_paragraph(child))
            elif tag == qn("w:tbl"):
                blocks.append(self.read_table(child))
            elif tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    blocks.extend(self.read_blocks(content))
            elif tag in (qn("w:sectPr"), qn("w:tcPr"), qn("w:bookmarkStart"), qn("w:bookmarkEnd")):
                continue
            elif tag.endswith("}AlternateContent"):
                self.warn("文书模板中的文本框或图形未输出到 PDF。")
        return blocks


_FIELD_SLOTS = {"PAGE": "{page}", "NUMPAGES": "{pages}"}


def read_docx(data: bytes) -> DocSpec:
    reader = _Reader(_open_package(data))
    section = reader.read_section()
    blocks = reader.read_blocks(reader.pkg.body)
    return DocSpec(section=section, blocks=blocks, warnings=reader.warnings,
                   default_tab=reader.default_tab or 36.0)


# --- opening the package ---------------------------------------------------------------------

# python-docx's parser settings without its element classes: the same tree, text and whitespace
_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False)
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_STYLES_CACHE_SIZE = 16  # distinct styles parts (templates) kept parsed; ~3 MB each
_styles_cache: OrderedDict[bytes, _Styles] = OrderedDict()
_styles_lock = threading.Lock()


def _open_package(data: bytes) -> _Package:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            fast = _read_parts(z)
    except (KeyError, zipfile.BadZipFile, etree.XMLSyntaxError):
        fast = None  # python-docx says what is wrong with it
    return fast if fast is not None else _package_via_python_docx(data)


def _read_parts(z: zipfile.ZipFile) -> _Package | None:
    """The parts straight from the zip, or None when the package needs python-docx's handling
    (no main document part of the Word type, no styles or settings part: python-docx makes
    defaults or raises)."""
    main = _targets(z, "", _PKG_REL).get(RT.OFFICE_DOCUMENT)
    if not main or _content_type(z, main) != CT.WML_DOCUMENT_MAIN:
        return None
    rels = _targets(z, main, _PKG_REL)
    if RT.STYLES not in rels or RT.SETTINGS not in rels:
        return None
    root = etree.fromstring(z.read(main), _PARSER)
    body = root.find(qn("w:body"))
    sect_prs = root.xpath("./w:body/w:p/w:pPr/w:sectPr | ./w:body/w:sectPr", namespaces={"w": nsmap["w"]})
    if body is None or not sect_prs:
        return None
    footer = None
    ref = next((r for r in sect_prs[0].iterchildren(qn("w:footerReference"))
                if r.get(qn("w:type")) == "default"), None)
    if ref is not None:
        by_id = _targets(z, main, _PKG_REL, by="Id")
        target = by_id.get(ref.get(qn("r:id")))
        if target is None:
            return None
        footer = etree.fromstring(z.read(target), _PARSER)
    settings = etree.fromstring(z.read(rels[RT.SETTINGS]), _PARSER)
    return _Package(body=body, styles=_cached_styles(z.read(rels[RT.STYLES])), settings=settings,
                    sect_prs=sect_prs, footer=footer)


def _targets(z: zipfile.ZipFile, source: str, ns: str, by: str = "Type") -> dict[str, str]:
    """Internal relationship targets of a part ("" = the package), as zip member names, keyed by
    relationship type (first of each type) or by id."""
    folder, name = posixpath.split(source)
    rels_name = posixpath.join(folder, "_rels", name + ".rels")
    try:
        root = etree.fromstring(z.read(rels_name), _PARSER)
    except KeyError:
        return {}
    out: dict[str, str] = {}
    for rel in root.iter(f"{{{ns}}}Relationship"):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        out.setdefault(rel.get(by, ""), path)
    return out


def _content_type(z: zipfile.ZipFile, member: str) -> str:
    root = etree.fromstring(z.read("[Content_Types].xml"), _PARSER)
    for o in root.iter(f"{{{_CT_NS}}}Override"):
        if o.get("PartName", "").lstrip("/").lower() == member.lower():
            return o.get("ContentType", "")
    ext = posixpath.splitext(member)[1].lstrip(".").lower()
    for d in root.iter(f"{{{_CT_NS}}}Default"):
        if d.get("Extension", "").lower() == ext:
            return d.get("ContentType", "")
    return ""


def _cached_styles(blob: bytes) -> _Styles:
    with _styles_lock:
        hit = _styles_cache.get(blob)
        if hit is not None:
            _styles_cache.move_to_end(blob)
            return hit
    styles = _Styles(etree.fromstring(blob, _PARSER))
    with _styles_lock:
        _styles_cache[blob] = styles
        while len(_styles_cache) > _STYLES_CACHE_SIZE:
            _styles_cache.popitem(last=False)
    return styles


def _package_via_python_docx(data: bytes) -> _Package:
    document = docx.Document(io.BytesIO(data))
    sections = document.sections
    footer = sections[0].footer
    return _Package(body=document.element.body, styles=_Styles(document.styles.element),
                    settings=document.settings.element, sect_prs=[s._sectPr for s in sections],
                    footer=None if footer.is_linked_to_previous else footer._element)
