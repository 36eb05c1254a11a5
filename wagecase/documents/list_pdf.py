"""A published list as a PDF table: landscape A4, the title and the office over the first page,
the header row repeated on every page, "第 1 页 共 3 页" at the foot.

Takes plain rows of text (already masked and formatted by the caller): this module only lays
them out. Fonts come from fonts.resolve_fonts like every other PDF of the app (embedded TrueType
CJK where the machine has it).
"""
from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from wagecase.documents import fonts as fontmod
from wagecase.documents.cjk_wrap import break_lines, patch_reportlab
from wagecase.documents.pdf_canvas import held_canvas

patch_reportlab()

MARGIN = 15 * mm
TITLE_SIZE = 18.0
OFFICE_SIZE = 12.0
CELL_SIZE = 9.0
FOOT_SIZE = 9.0
CELL_PADDING = 3.0
_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}  # glyph advances: a list repeats its words


def _lines(text: str, font: str, size: float, width: float) -> str:
    """The text broken by the app's own 禁则 (ReportLab's CJK splitter lets “（《” end a line)
    into lines a plain table cell draws as they are: no Paragraph to wrap, twice, per cell."""
    chars = list(text)
    known = _WIDTHS.setdefault((font, size), {})
    widths = [known.get(c) or known.setdefault(c, stringWidth(c, font, size)) for c in chars]
    lines = break_lines(chars, lambda i, _x, _n: widths[i], width, width, hang=False)
    return "\n".join("".join(chars[ln.start:ln.end]) for ln in lines)


def _page_canvas(font: str):
    """第 2 页  共 5 页 at the foot of every page."""

    def stamp(canvas, number: int, total: int) -> None:
        w, _h = canvas._pagesize
        canvas.saveState()
        canvas.setFillColor(colors.black)
        canvas.setFont(font, FOOT_SIZE)
        canvas.drawCentredString(w / 2, MARGIN / 2, f"第 {number} 页  共 {total} 页")
        canvas.restoreState()

    return held_canvas(font, stamp)


def render_list_pdf(
    *,
    title: str,
    office: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    widths: Sequence[float],
    fonts: fontmod.FontSet | None = None,
    note: str = "",
) -> bytes:
    """The table as PDF bytes. ``widths`` are relative column widths (scaled to the page);
    ``note`` prints under the office line (e.g. how identity numbers are masked)."""
    fontset = fonts or fontmod.resolve_fonts()
    body_font = fontset.name(fontmod.SONG)
    head_font = fontset.name(fontmod.HEI)
    title_font = fontset.name(fontmod.XIAOBIAOSONG)

    page = landscape(A4)
    usable = page[0] - 2 * MARGIN
    scale = usable / float(sum(widths))
    col_widths = [w * scale for w in widths]

    cell = ParagraphStyle("cell", fontName=body_font, fontSize=CELL_SIZE, leading=CELL_SIZE * 1.3,
                          wordWrap="CJK")
    title_style = ParagraphStyle("title", fontName=title_font, fontSize=TITLE_SIZE,
                                 leading=TITLE_SIZE * 1.4, alignment=TA_CENTER, wordWrap="CJK")
    office_style = ParagraphStyle("office", fontName=body_font, fontSize=OFFICE_SIZE,
                                  leading=OFFICE_SIZE * 1.5, alignment=TA_CENTER, wordWrap="CJK")
    note_style = ParagraphStyle("note", parent=cell, alignment=TA_CENTER)

    def para(text: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(escape(text or "").replace("\n", "<br/>"), style)

    inner = [w - 2 * CELL_PADDING - 0.5 for w in col_widths]
    data = [[_lines(h, head_font, CELL_SIZE, inner[i]) for i, h in enumerate(headers)]]
    data.extend([_lines(str(v), body_font, CELL_SIZE, inner[i]) for i, v in enumerate(row)] for row in rows)
    if len(data) == 1:
        data.append(["（无）"] + [""] * (len(headers) - 1))
    table = LongTable(data, colWidths=col_widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), body_font),
        ("FONTNAME", (0, 0), (-1, 0), head_font),
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("LEADING", (0, 0), (-1, -1), CELL_SIZE * 1.3),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]))

    story = [para(title, title_style), Spacer(1, 2 * mm), para(office, office_style)]
    if note:
        story.append(para(note, note_style))
    story += [Spacer(1, 4 * mm), table]

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=page, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN, title=title, author=office,
                            initialFontName=body_font)
    doc.build(story, canvasmaker=_page_canvas(body_font))
    return buf.getvalue()
