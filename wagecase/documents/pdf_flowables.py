"""Platypus flowables that lay out Word paragraphs and tables the way Word prints them.

ReportLab's Paragraph cannot justify Chinese (it stretches only spaces), breaks lines against the
Chinese rules, and has no character grid; so a paragraph here is laid out glyph by glyph:
cjk_wrap breaks the lines, justified lines spread the remaining width over the character gaps,
and Word's document grid (22 lines × 28 characters) is honoured when the template sets one.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Indenter, Table, TableStyle

from wagecase.documents import fonts as fontmod
from wagecase.documents.cjk_wrap import Line, break_lines
from wagecase.documents.docx_reader import CellSpec, ParaSpec, RunStyle, SectionSpec, TableSpec

NATURAL_LINE = 1.3  # Word's "single" line for the Chinese faces, in ems
_widths: dict[tuple[str, str], float] = {}


def _unit_width(font: str, ch: str) -> float:
    key = (font, ch)
    w = _widths.get(key)
    if w is None:
        w = _widths[key] = pdfmetrics.stringWidth(ch, font, 1000) / 1000
    return w


@dataclass
class LayoutContext:
    fonts: fontmod.FontSet
    section: SectionSpec
    default_tab: float
    body_height: float
    missing: set[str]  # characters no embedded font has (reported once per document)


def _is_wide(ch: str) -> bool:
    return ord(ch) >= 0x2E80


class DocParagraph(Flowable):
    """One Word paragraph (or the part of it that falls on one page)."""

    def __init__(self, spec: ParaSpec, ctx: LayoutContext, *, starts_paragraph: bool = True,
                 glyphs=None, glyph_range: tuple[int, int] | None = None, continues: bool = False) -> None:
        super().__init__()
        self.spec = spec
        self.ctx = ctx
        self.starts_paragraph = starts_paragraph
        self.spaceBefore = spec.before
        self.spaceAfter = spec.after
        self.keepWithNext = spec.keep_next
        self._glyphs = glyphs if glyphs is not None else self._build_glyphs()
        # a part of a split paragraph owns only its glyphs, so it can be laid out again at
        # another width (table cells) without printing the whole paragraph twice
        self._range = glyph_range or (0, len(self._glyphs[0]))
        self._continues = continues  # more of the paragraph follows: the last line is justified
        self.allow_hang = True  # table cells turn it off: their right edge is a ruled line
        self.lines: list[Line] = []
        self.heights: list[float] = []
        self._width = None

    # -- glyphs -------------------------------------------------------------------------------
    def _font_for(self, style: RunStyle, ch: str) -> str:
        fs = self.ctx.fonts
        name = fs.name(style.role)
        if ch in " \t\n\u3000" or fs.has_glyph(name, ch):
            return name
        for role in fontmod.ROLES:
            other = fs.name(role)
            if fs.has_glyph(other, ch):
                return other
        self.ctx.missing.add(ch)
        return fontmod.register_cid_fallback()

    def _build_glyphs(self):
        chars: list[str] = []
        fonts: list[str] = []
        styles: list[RunStyle] = []
        adv: list[float] = []  # advance width (natural + grid + w:spacing); tabs: set in layout
        extra: list[float] = []  # advance minus the font's own width
        # Word's character grid (28 per line) shifts every Chinese character by the same amount
        grid_extra = self.ctx.section.char_extra if self.spec.snap_to_grid else 0.0
        for piece in self.spec.pieces:
            st = piece.style
            for ch in piece.text:
                font = self._font_for(st, ch) if ch not in "\t\n" else self.ctx.fonts.name(st.role)
                w = 0.0 if ch in "\t\n" else _unit_width(font, ch) * st.size
                a = w + st.spacing
                if grid_extra and w and _is_wide(ch):
                    a += grid_extra
                chars.append(ch)
                fonts.append(font)
                styles.append(st)
                adv.append(a)
                extra.append(a - w)
        return chars, fonts, styles, adv, extra

    # -- layout -------------------------------------------------------------------------------
    def _first_offset(self) -> float:
        return self.spec.left + (self.spec.first if self.starts_paragraph else 0.0)

    def _line_height(self, size: float) -> float:
        spec = self.spec
        natural = NATURAL_LINE * size
        if spec.line_rule == "exact":
            return spec.line_value
        if spec.line_rule == "atLeast":
            return max(spec.line_value, natural)
        sect = self.ctx.section
        if spec.snap_to_grid and sect.grid_type in ("lines", "linesAndChars") and sect.line_pitch:
            return spec.line_value * sect.line_pitch * max(1, math.ceil(natural / sect.line_pitch - 0.05))
        return natural * spec.line_value

    def wrap(self, availWidth, availHeight):
        if self._width != availWidth:
            self._layout(availWidth)
        self.width = availWidth
        self.height = sum(self.heights)
        return self.width, self.height

    def _layout(self, avail: float) -> None:
        chars, _fonts, styles, adv, _extra = self._glyphs
        spec = self.spec
        first_x = self._first_offset()
        tabs = spec.tabs
        dt = self.ctx.default_tab or 36.0

        r0, r1 = self._range

        def advance(i: int, x: float, line_no: int) -> float:
            i += r0
            if chars[i] != "\t":
                return adv[i]
            pos = (first_x if line_no == 0 else spec.left) + x
            nxt = next((t for t in tabs if t > pos + 0.01), None)
            if nxt is None:
                nxt = (math.floor(pos / dt + 1e-6) + 1) * dt
            adv[i] = max(nxt - pos, 0.0)
            return adv[i]

        sub = chars[r0:r1]
        lines = break_lines(sub, advance, avail - spec.right - first_x, avail - spec.right - spec.left,
                            hang=self.allow_hang)
        if self._continues:
            if len(lines) > 1 and lines[-1].start == lines[-1].end == len(sub) and sub[-1:] == ["\n"]:
                lines.pop()  # the empty line after a break at the cut belongs to the next part
            else:
                lines[-1] = lines[-1]._replace(forced=False)
        self.lines = lines = [Line(ln.start + r0, ln.end + r0, ln.hang, ln.forced) for ln in lines]
        self.heights = []
        for ln in lines:
            sizes = [styles[i].size for i in range(ln.start, ln.end) if chars[i] != "\n"]
            self.heights.append(self._line_height(max(sizes) if sizes else spec.mark.size))
        self._width = avail

    def line_texts(self) -> list[str]:
        chars = self._glyphs[0]
        return ["".join(chars[ln.start:ln.end]) for ln in self.lines]

    # -- splitting across pages ---------------------------------------------------------------
    def _part(self, lines: list[Line], first: bool) -> DocParagraph:
        if first:
            nxt = self.lines[self.lines.index(lines[-1]) + 1]
            glyph_range, continues = (self._range[0], nxt.start), True
        else:
            glyph_range, continues = (lines[0].start, self._range[1]), self._continues
        part = DocParagraph(self.spec, self.ctx, starts_paragraph=self.starts_paragraph and first,
                            glyphs=self._glyphs, glyph_range=glyph_range, continues=continues)
        part.allow_hang = self.allow_hang
        part.lines = lines
        idx = self.lines.index(lines[0])
        part.heights = self.heights[idx:idx + len(lines)]
        part._width = self._width
        if first:
            part.spaceAfter = 0
            part.keepWithNext = False
        else:
            part.spaceBefore = 0
        return part

    def lines_fitting(self, availHeight: float) -> int:
        used = 0.0
        k = 0
        for h in self.heights:
            if used + h > availHeight + 1e-6:
                break
            used += h
            k += 1
        return k

    def split(self, availWidth, availHeight):
        self.wrap(availWidth, availHeight)
        n = len(self.lines)
        k = self.lines_fitting(availHeight)
        if self.spec.keep_lines and sum(self.heights) <= self.ctx.body_height:
            return []
        # Word's widow/orphan control: never one line alone at a page's foot or head
        if n >= 3 and k == n - 1:
            k -= 1
        if k == 1 and n >= 2 and availHeight < self.ctx.body_height:
            k = 0
        if k <= 0 or k >= n:
            return []
        return [self._part(self.lines[:k], True), self._part(self.lines[k:], False)]

    # -- drawing ------------------------------------------------------------------------------
    def draw(self):
        canv = self.canv
        chars, fonts, styles, adv, extra = self._glyphs
        spec = self.spec
        top = self.height
        for li, (ln, lh) in enumerate(zip(self.lines, self.heights)):
            if ln.end <= ln.start:
                top -= lh
                continue
            is_first = li == 0 and self.starts_paragraph
            x0 = spec.left + (spec.first if is_first else 0.0)
            line_w = self.width - spec.right - x0
            end = ln.end
            while end > ln.start and chars[end - 1] in "\n":
                end -= 1
            content_end = end - 1 if ln.hang else end
            used = sum(adv[ln.start:content_end])
            spare = line_w - used
            has_tab = "\t" in chars[ln.start:end]
            count = content_end - ln.start
            cs = 0.0
            offset = 0.0
            align = spec.align
            if align in ("justify", "distribute") and not has_tab:
                stretch = align == "distribute" or not ln.forced
                if stretch and count > 1 and spare > 0:
                    cs = spare / (count - 1)
                elif align == "distribute" and count == 1:
                    offset = spare / 2
            elif align == "center":
                offset = spare / 2
            elif align == "right":
                offset = spare
            size = max(styles[i].size for i in range(ln.start, end))
            baseline = top - (lh / 2 + 0.38 * size)
            x = x0 + offset
            i = ln.start
            while i < end:
                j = i + 1
                while (j < end and fonts[j] == fonts[i] and styles[j] == styles[i]
                       and extra[j] == extra[i] and "\t" not in (chars[i], chars[j])):
                    j += 1
                seg_w = sum(adv[i:j]) + cs * (j - i)
                if chars[i] != "\t":
                    self._draw_segment(canv, x, baseline, "".join(chars[i:j]), fonts[i], styles[i],
                                       extra[i] + cs)
                if styles[i].underline:
                    canv.saveState()
                    canv.setStrokeColor(self._color(styles[i]))
                    canv.setLineWidth(max(0.5, styles[i].size * 0.05))
                    uy = baseline - styles[i].size * 0.14
                    canv.line(x, uy, x + seg_w - (cs if j == end else 0), uy)
                    canv.restoreState()
                x += seg_w
                i = j
            top -= lh

    @staticmethod
    def _color(style: RunStyle):
        if style.color:
            try:
                return colors.HexColor("#" + style.color)
            except ValueError:
                pass
        return colors.black

    def _draw_segment(self, canv, x, y, text, font, style, char_space):
        color = self._color(style)
        canv.setFillColor(color)
        canv.setFont(font, style.size)
        if style.bold:
            # the Chinese faces have no bold cut: stroke the outline as Word's fake bold does
            canv.setStrokeColor(color)
            canv.setLineWidth(style.size * 0.035)
            canv.drawString(x, y, text, mode=2, charSpace=char_space)
        else:
            canv.drawString(x, y, text, charSpace=char_space)


class SealGroup(Flowable):
    """The date and organ name (and the blank lines left for the seal) kept with at least the
    last line of the paragraph before them, so they never stand alone at the top of a page."""

    def __init__(self, lead: DocParagraph | None, followers: list[Flowable]) -> None:
        super().__init__()
        self.lead = lead
        self.followers = followers
        self._items = [lead, *followers] if lead is not None else list(followers)
        self.spaceBefore = self._items[0].getSpaceBefore()
        self.spaceAfter = self._items[-1].getSpaceAfter()

    def _heights(self, aw: float) -> list[tuple[float, float, float]]:
        out = []
        for f in self._items:
            _w, h = f.wrap(aw, 1e9)
            out.append((f.getSpaceBefore(), h, f.getSpaceAfter()))
        return out

    def wrap(self, availWidth, availHeight):
        hs = self._heights(availWidth)
        total = sum(b + h + a for b, h, a in hs) - hs[0][0] - hs[-1][2]
        self.width, self.height = availWidth, total
        self._hs = hs
        return availWidth, total

    def split(self, availWidth, availHeight):
        if self.lead is None:
            return []
        self.wrap(availWidth, availHeight)
        lead = self.lead
        n = len(lead.lines)
        k = min(lead.lines_fitting(availHeight), n - 1)
        if k == 1 and n >= 2:
            k = 0  # no orphan line at the foot of the page
        if k <= 0:
            return []
        head = lead._part(lead.lines[:k], True)
        tail = lead._part(lead.lines[k:], False)
        return [head, SealGroup(tail, self.followers)]

    def draw(self):
        y = self.height
        for i, (f, (b, h, a)) in enumerate(zip(self._items, self._hs)):
            if i:
                y -= b
            y -= h
            f.drawOn(self.canv, 0, y)
            y -= a


def build_table(spec: TableSpec, ctx: LayoutContext, blocks_to_flowables) -> list[Flowable]:
    """A Word table as a ReportLab Table: grid widths, merges, borders, padding, header rows.

    A table whose rows were all loop rows of an empty list renders as nothing (Word shows no
    table either)."""
    if not spec.rows:
        return []
    ncols = len(spec.grid) or max((sum(c.span for c in r.cells) for r in spec.rows), default=1)
    grid = spec.grid or [ctx.section.width / ncols] * ncols
    data: list[list] = []
    styles: list[tuple] = []
    spans: dict[tuple[int, int], list[int]] = {}  # (col, row) of a vMerge start -> [end col, end row]
    open_vmerge: dict[int, tuple[int, int]] = {}  # grid col -> its vMerge start
    t, l, b, r = spec.cell_margins
    styles += [("TOPPADDING", (0, 0), (-1, -1), t), ("LEFTPADDING", (0, 0), (-1, -1), l),
               ("BOTTOMPADDING", (0, 0), (-1, -1), b), ("RIGHTPADDING", (0, 0), (-1, -1), r),
               ("VALIGN", (0, 0), (-1, -1), "TOP")]
    cell_boxes: dict[tuple[int, int], tuple[CellSpec, int]] = {}
    for ri, row in enumerate(spec.rows):
        cells: list = [""] * ncols
        col = 0
        for cell in row.cells:
            if col >= ncols:
                break
            span = max(1, min(cell.span, ncols - col))
            if cell.vmerge == "continue" and col in open_vmerge:
                start = open_vmerge[col]
                spans[start][1] = ri
            else:
                cells[col] = blocks_to_flowables(cell.blocks)
                for f in cells[col]:
                    if isinstance(f, DocParagraph):
                        f.allow_hang = False
                cell_boxes[(col, ri)] = (cell, span)
                if cell.vmerge == "restart":
                    open_vmerge[col] = (col, ri)
                    spans[(col, ri)] = [col + span - 1, ri]
                else:
                    for c in range(col, col + span):
                        open_vmerge.pop(c, None)
                    if span > 1:
                        spans[(col, ri)] = [col + span - 1, ri]
                if cell.valign != "top":
                    styles.append(("VALIGN", (col, ri), (col, ri), cell.valign.upper()))
                if cell.margins:
                    for side, value in zip(("TOP", "LEFT", "BOTTOM", "RIGHT"), cell.margins):
                        if value is not None:
                            styles.append((f"{side}PADDING", (col, ri), (col, ri), value))
            col += span
        data.append(cells)
    for (c0, r0), (c1, r1) in spans.items():
        if (c1, r1) != (c0, r0):
            styles.append(("SPAN", (c0, r0), (c1, r1)))
    if spec.border:
        styles.append(("GRID", (0, 0), (-1, -1), spec.border, colors.black))

    row_heights: list[float | None] = []
    tallest = 0.0
    for ri, row in enumerate(spec.rows):
        if row.height is not None and row.height_rule == "exact":
            row_heights.append(row.height)
            continue
        natural = 0.0
        for (c0, r0), (cell, span) in cell_boxes.items():
            if r0 != ri or spans.get((c0, r0), [0, ri])[1] != ri:
                continue
            m = cell.margins or (None,) * 4
            pt, pl, pb, pr = (v if v is not None else d for v, d in zip(m, spec.cell_margins))
            inner = sum(grid[c0:c0 + span]) - pl - pr
            h = 0.0
            for f in data[ri][c0] or []:
                h += f.wrap(inner, 1e9)[1] + f.getSpaceBefore() + f.getSpaceAfter()
            natural = max(natural, h + pt + pb)
        tallest = max(tallest, natural)
        row_heights.append(None if row.height is None else max(natural, row.height))

    header_rows = 0
    for row in spec.rows:
        if not row.header:
            break
        header_rows += 1
    table = Table(data, colWidths=grid, rowHeights=row_heights, repeatRows=header_rows,
                  hAlign="CENTER" if spec.align == "center" else ("RIGHT" if spec.align in ("right", "end") else "LEFT"),
                  style=TableStyle(styles), splitByRow=1,
                  # ReportLab can loop forever splitting inside a short row at a page foot: only
                  # rows that may not fit a page at all (a long 事实 cell) are split within
                  splitInRow=1 if tallest > ctx.body_height / 3 else 0)
    if spec.indent and spec.align not in ("center", "right", "end"):
        return [Indenter(left=spec.indent), table, Indenter(left=-spec.indent)]
    return [table]
