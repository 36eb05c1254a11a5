"""The report as files: the workbook read back with openpyxl matches the report figure for
figure; the PDF read back with pypdf carries the tables, totals and charts; wagecase-cli stats
writes either from the command line."""
from __future__ import annotations

import io
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from wagecase.domain.statistics import Kind, month_period
from wagecase.services.stats_export import sheet_name
from wagecase.storage.models import AuditEntry
from .cli_support import cli  # noqa: F401
from .intake_support import migrated_services  # noqa: F401
from .stats_support import NOW_UTC, build_march


@pytest.fixture
def report(migrated_services):
    svc = migrated_services
    svc.ctx.clock = lambda: NOW_UTC
    build_march(svc)
    return svc, svc.statistics.report(month_period(2026, 3))


def _screen_value(kind, value):
    if value is None:
        return None
    return {Kind.MONEY: round(value / 100, 2), Kind.RATE: value / 100}.get(kind, value)


def test_the_workbook_has_a_sheet_per_table_with_the_figures_of_the_screen(report):
    svc, rep = report
    wb = load_workbook(io.BytesIO(svc.stats_export.xlsx(rep)))
    assert wb.sheetnames == [sheet_name(t) for t in rep.tables]
    assert len(set(wb.sheetnames)) == len(rep.tables)
    for table in rep.tables:
        ws = wb[sheet_name(table)]
        assert ws["A1"].value == "劳动保障监察与劳动人事争议仲裁案件统计表（2026年3月）"
        assert "统计期间：2026年3月" in ws["A2"].value
        header = [c.value for c in ws[4]]
        assert header == [table.dim_label, *(c.label for c in table.columns)]
        for offset, row in enumerate((*table.rows, table.total)):
            cells = ws[5 + offset]
            assert cells[0].value == row.label
            for col, cell, value in zip(table.columns, cells[1:], row.values):
                assert cell.value == _screen_value(col.kind, value), (table.code, row.label, col.key)
                assert cell.number_format == {"money": "#,##0.00", "rate": "0.0%"}.get(col.kind, "#,##0")
        assert len(ws._charts) == (1 if table.chart_column >= 0 and table.rows else 0)
    money = wb[sheet_name(rep.table("received_by_type"))]
    assert money["E7"].value == 182000.00 and money["A7"].value == "合计"


def test_the_pdf_has_every_table_with_its_totals(report):
    svc, rep = report
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(svc.stats_export.pdf(rep))).pages)
    flat = text.replace("\n", "").replace(" ", "")
    for table in rep.tables:
        assert table.title in flat
    assert "182,000.00" in flat and "33,000.00" in flat and "50.0%" in flat
    assert "图：收案数（件）" in flat
    assert "第1页" in flat


def test_each_export_is_recorded(report):
    svc, rep = report
    svc.stats_export.xlsx(rep)
    svc.stats_export.pdf(rep)
    with svc.ctx.uow.read() as uow:
        formats = [e.after for e in uow.session.query(AuditEntry).filter_by(action="statistics.export")]
    assert len(formats) == 2 and '"format":"pdf"' in formats[1].replace(" ", "")


def test_the_command_line_writes_the_workbook(cli, tmp_path, migrated_services):
    svc = migrated_services
    build_march(svc)
    url = str(svc.ctx.uow.engine.url)
    out = tmp_path / "统计" / "2026年3月.xlsx"
    done = cli("stats", "--from", "2026-03-01", "--to", "2026-03-31", "--out", str(out), "--database", url)
    assert done.returncode == 0, done.stderr
    assert "2026年3月" in done.stdout and "收案 5 件" in done.stdout and "结案 3 件" in done.stdout
    wb = load_workbook(out)
    assert wb["收案情况（按案件类型）"]["B7"].value == 5
    pdf = tmp_path / "q1.pdf"
    done = cli("stats", "--from", "2026-01-01", "--to", "2026-03-31", "--out", str(pdf), "--county", "410105",
               "--database", url)
    assert done.returncode == 0, done.stderr
    assert "2026年第一季度" in done.stdout and "金水区" in done.stdout
    assert PdfReader(str(pdf)).pages


@pytest.mark.parametrize("args, said", [
    (("--from", "2026-03-31", "--to", "2026-03-01"), "早于开始日期"),
    (("--from", "2026-02-30", "--to", "2026-03-01"), "无法识别"),
    (("--from", "2026-03-01", "--to", "2026-03-31", "--out", "x.csv"), "扩展名"),
])
def test_the_command_line_says_what_is_wrong(cli, tmp_path, migrated_services, args, said):
    url = str(migrated_services.ctx.uow.engine.url)
    if "--out" not in args:
        args = (*args, "--out", str(tmp_path / "r.xlsx"))
    done = cli("stats", *args, "--database", url)
    assert done.returncode == 2 and said in done.stderr and "Traceback" not in done.stderr
