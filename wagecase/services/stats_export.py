"""The statistical report as files: an .xlsx workbook (a sheet per table, figures as numbers
with their formats, a bar chart beside the tables that have one) and a PDF for printing.

The figures are those of the StatsReport shown on screen: the files are written from it, never
recounted, so the screen, the workbook and the PDF cannot differ.
"""
from __future__ import annotations

import io
import re

from ..domain.permissions import Permission
from ..domain.statistics import Kind
from ..storage import document_store
from . import audit
from .context import ServiceContext
from .permissions import requires
from .stats_dto import StatsReport, StatsRow, StatsTable

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
COUNT_FORMAT = "#,##0"
MONEY_FORMAT = "#,##0.00"
RATE_FORMAT = "0.0%"
FONT_SETTING_PREFIX = "font."


def sheet_name(table: StatsTable) -> str:
    """一、收案情况（按案件类型） -> 收案情况（按案件类型）: Excel allows 31 characters, no []:*?/\\."""
    name = table.title.split("、", 1)[-1]
    return _SHEET_FORBIDDEN.sub("", name)[:31]


def subtitle(report: StatsReport) -> str:
    at = report.generated_at
    return (f"统计期间：{report.period_label}　统计范围：{report.scope_label}　"
            f"制表时间：{at.year}年{at.month}月{at.day}日 {at:%H:%M}")


def _cell_value(kind: Kind, value):
    if value is None:
        return None
    if kind == Kind.MONEY:
        return round(value / 100, 2)  # 元, as the screen shows
    if kind == Kind.RATE:
        return value / 100
    return value


class StatsExporter:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @requires(Permission.STATISTICS)
    def xlsx(self, report: StatsReport) -> bytes:
        from openpyxl import Workbook
        from openpyxl.chart import BarChart, Reference
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
        from openpyxl.utils import get_column_letter

        wb = Workbook()
        wb.remove(wb.active)
        bold, fill = Font(bold=True), PatternFill("solid", fgColor="E8E8E8")
        thin = Side(style="thin", color="999999")
        box = Border(left=thin, right=thin, top=thin, bottom=thin)
        centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
        for table in report.tables:
            ws = wb.create_sheet(sheet_name(table))
            ws.append([report.title])
            ws.append([f"{report.office}　{subtitle(report)}"])
            ws.append([table.title])
            ws["A1"].font = Font(bold=True, size=14)
            ws["A3"].font = bold
            header_row = 4
            ws.append([table.dim_label, *(c.label for c in table.columns)])
            for cell in ws[header_row]:
                cell.font, cell.fill, cell.alignment, cell.border = bold, fill, centre, box
            for row in (*table.rows, table.total):
                self._append(ws, table, row, box, bold if row is table.total else None)
            ws.freeze_panes = ws.cell(row=header_row + 1, column=2)
            ws.column_dimensions["A"].width = 34
            for i in range(2, len(table.columns) + 2):
                ws.column_dimensions[get_column_letter(i)].width = 16
            if table.chart_column >= 0 and table.rows:
                chart = BarChart()
                chart.type = "bar"
                chart.title = f"{table.columns[table.chart_column].label}"
                chart.legend = None
                col = table.chart_column + 2
                first, last = header_row + 1, header_row + len(table.rows)
                chart.add_data(Reference(ws, min_col=col, min_row=header_row, max_row=last), titles_from_data=True)
                chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
                chart.y_axis.majorGridlines = None
                chart.x_axis.scaling.orientation = "maxMin"  # the first row on top, as in the table
                chart.height, chart.width = max(6, 0.7 * len(table.rows) + 3), 16
                ws.add_chart(chart, f"{get_column_letter(len(table.columns) + 3)}{header_row}")
        buf = io.BytesIO()
        wb.save(buf)
        self._record(report, "xlsx")
        return buf.getvalue()

    @staticmethod
    def _append(ws, table: StatsTable, row: StatsRow, box, font) -> None:
        values = [row.label] + [_cell_value(c.kind, v) for c, v in zip(table.columns, row.values)]
        ws.append(values)
        cells = ws[ws.max_row]
        for cell, col in zip(cells[1:], table.columns):
            cell.number_format = {Kind.MONEY: MONEY_FORMAT, Kind.RATE: RATE_FORMAT}.get(col.kind, COUNT_FORMAT)
        for cell in cells:
            cell.border = box
            if font is not None:
                cell.font = font

    @requires(Permission.STATISTICS)
    def pdf(self, report: StatsReport) -> bytes:
        from ..documents.fonts import resolve_fonts
        from ..documents.stats_pdf import PdfChart, PdfTable, render_stats_pdf

        with self.ctx.uow.read() as uow:
            configured = {k[len(FONT_SETTING_PREFIX):]: v.strip() for k, v in
                          document_store.settings_with_prefix(uow.session, FONT_SETTING_PREFIX).items() if v.strip()}
        tables = []
        for t in report.tables:
            chart = None
            if t.chart_column >= 0 and t.rows:
                i = t.chart_column
                chart = PdfChart(caption=f"图：{t.columns[i].label}", labels=[r.label for r in t.rows],
                                 values=[float(r.values[i] or 0) for r in t.rows], texts=[r.texts[i] for r in t.rows])
            rows = [[r.label, *r.texts] for r in (*t.rows, t.total)]
            tables.append(PdfTable(t.title, [t.dim_label, *(c.label for c in t.columns)], rows, chart))
        data = render_stats_pdf(title=report.title, office=report.office, subtitle=subtitle(report), tables=tables,
                                fonts=resolve_fonts(configured or None))
        self._record(report, "pdf")
        return data

    def _record(self, report: StatsReport, fmt: str) -> None:
        with self.ctx.uow.write() as uow:
            audit.record(uow.session, self.ctx.user_id, "statistics.export", "report", None, None, None,
                         {"start": report.start.isoformat(), "end": report.end.isoformat(),
                          "scope": report.scope_label, "format": fmt}, self.ctx.clock())
            uow.commit()
