"""The statistical report as PDF: A4, the title, office and period over the first page; each
table with its header row repeated across pages, its 合计 row in bold, and under it a bar
chart of its main figure; "第 1 页 共 3 页" at the foot.

Takes plain text and numbers (already formatted by the caller): this module only lays out.
"""
from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from wagecase.documents import fonts as fontmod
from wagecase.documents.cjk_wrap import patch_reportlab
from wagecase.documents.list_pdf import _lines, _page_canvas

patch_reportlab()

MARGIN = 18 * mm
TITLE_SIZE = 16.0
CELL_SIZE = 9.0
HEAD_SIZE = 11.0
BAR_HEIGHT = 11.0  # points per bar
BAR_COLOUR = colors.HexColor("#2f6fb2")
FIRST_COLUMN_SHARE = 0.30  # of the page width: the row names


@dataclass(frozen=True)
class PdfChart:
    caption: str
    labels: Sequence[str]
    values: Sequence[float]
    texts: Sequence[str]  # the value as printed at the end of each bar


@dataclass(frozen=True)
class PdfTable:
    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]  # the last is the 合计 row
    chart: PdfChart | None = None


def _chart(chart: PdfChart, width: float, font: str) -> Drawing:
    labels = [lb if len(lb) <= 14 else lb[:13] + "…" for lb in chart.labels]
    label_width = 8 + max((len(lb) for lb in labels), default=2) * CELL_SIZE
    height = BAR_HEIGHT * len(labels) * 1.5 + 30
    d = Drawing(width, height)
    d.add(String(0, height - 12, chart.caption, fontName=font, fontSize=CELL_SIZE))
    bars = HorizontalBarChart()
    bars.x, bars.y = label_width, 6
    bars.width = max(width - label_width - 70, 60)
    bars.height = height - 30
    # the first row at the top, as in the table above
    bars.data = [list(reversed([float(v) for v in chart.values]))]
    bars.categoryAxis.categoryNames = list(reversed(labels))
    bars.categoryAxis.labels.fontName = font
    bars.categoryAxis.labels.fontSize = CELL_SIZE - 1
    bars.categoryAxis.labels.boxAnchor = "e"
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = max(max(chart.values, default=0) * 1.15, 1)
    bars.valueAxis.visible = False
    bars.valueAxis.labels.fontName = font  # not drawn, but a font named is a font embedded
    bars.bars[0].fillColor = BAR_COLOUR
    bars.bars[0].strokeColor = None
    d.add(bars)
    # values at the bars' ends: drawn here, the chart's own labels know no CJK font
    top = bars.y + bars.height
    step = bars.height / max(len(labels), 1)
    peak = bars.valueAxis.valueMax
    for i, (value, text) in enumerate(zip(chart.values, chart.texts)):
        y = top - step * (i + 0.5) - CELL_SIZE / 3
        x = bars.x + bars.width * (float(value) / peak) + 4
        d.add(String(x, y, text, fontName=font, fontSize=CELL_SIZE - 1))
    return d


def render_stats_pdf(*, title: str, office: str, subtitle: str, tables: Sequence[PdfTable],
                     fonts: fontmod.FontSet | None = None) -> bytes:
    fontset = fonts or fontmod.resolve_fonts()
    body = fontset.name(fontmod.SONG)
    head = fontset.name(fontmod.HEI)
    title_font = fontset.name(fontmod.XIAOBIAOSONG)
    page = A4
    usable = page[0] - 2 * MARGIN

    def style(name, font, size, align=TA_CENTER) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.5, alignment=align,
                              wordWrap="CJK")

    title_style, sub_style = style("t", title_font, TITLE_SIZE), style("s", body, 10.5)
    head_style = style("h", head, HEAD_SIZE, align=0)

    story = [Paragraph(escape(title), title_style), Paragraph(escape(office), sub_style),
             Paragraph(escape(subtitle), sub_style), Spacer(1, 5 * mm)]
    for t in tables:
        n = len(t.headers)
        first = usable * FIRST_COLUMN_SHARE if n > 2 else usable / 2
        widths = [first] + [(usable - first) / (n - 1)] * (n - 1)
        inner = [w - 6.5 for w in widths]
        data = [[_lines(h, head, CELL_SIZE, inner[i]) for i, h in enumerate(t.headers)]]
        data += [[_lines(str(v), body, CELL_SIZE, inner[i]) for i, v in enumerate(row)] for row in t.rows]
        table = LongTable(data, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), body),
            ("FONTNAME", (0, 0), (-1, 0), head),
            ("FONTNAME", (0, -1), (-1, -1), head),  # 合计
            ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
            ("LEADING", (0, 0), (-1, -1), CELL_SIZE * 1.3),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
            ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f4f4f4")),
        ]))
        story += [CondPageBreak(40 * mm), Paragraph(escape(t.title), head_style), Spacer(1, 1.5 * mm), table]
        if t.chart is not None and any(t.chart.values):
            story += [Spacer(1, 3 * mm), KeepTogether([_chart(t.chart, usable, body)])]
        story.append(Spacer(1, 6 * mm))

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=page, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, title=title, author=office, initialFontName=body)
    doc.build(story, canvasmaker=_page_canvas(body))
    return buf.getvalue()
