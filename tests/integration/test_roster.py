"""Rosters from real .xlsx files written with openpyxl."""
from __future__ import annotations

import time
from datetime import datetime

import pytest
from openpyxl import Workbook

from wagecase.domain.errors import RuleError

from tests.integration.intake_support import id_number, intake, services  # noqa: F401


def write_roster(path, rows, header=("序号", "姓名", "身份证号码", "联系电话", "工种",
                                     "欠薪金额（元）", "起始月份", "截止月份", "是否农民工"),
                 title="中牟县绿博园项目农民工欠薪名册"):
    wb = Workbook()
    ws = wb.active
    if title:
        ws.append([title])
    ws.append(list(header))
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return path


def good(n, amount=3000, name=None):
    return (n, name or f"工人{n}", id_number(n, birth="19900101"), "13800138000", "钢筋工", amount,
            "2025-10", datetime(2026, 1, 1), "是")


def test_bad_rows_are_reported_with_row_number_and_reason(services, tmp_path):
    rows = [good(i) for i in range(1, 12)]
    bad_id = id_number(5, birth="19900101")
    rows[4] = (5, "工人5", bad_id[:-1] + ("0" if bad_id[-1] != "0" else "1"), "", "", 3000, "", "", "")
    rows[7] = (8, "工人8", id_number(8, birth="19900101"), "", "", -200, "", "", "")
    rows.insert(6, (None, None, None, None, None, None, None, None, None))  # blank: skipped
    path = write_roster(tmp_path / "名册.xlsx", rows)
    preview = services.roster.read(path)
    assert preview.rows_read == 11 and len(preview.workers) == 9
    assert preview.missing_columns == ()
    assert preview.matched_columns["amount"] == "欠薪金额（元）"
    probs = sorted((p.row, p.column) for p in preview.problems)
    # title row 1, header row 2, data from row 3; the blank row pushes 工人8 to row 11
    assert probs == [(7, "身份证号码"), (11, "欠薪金额（元）")]
    texts = {p.row: p.message for p in preview.problems}
    assert "校验位" in texts[7] and "负数" in texts[11]
    w = preview.workers[0]
    assert (w.name, w.job, w.is_migrant_worker) == ("工人1", "钢筋工", True)
    assert (w.items[0].kind, w.items[0].amount, w.items[0].period_from, w.items[0].period_to) == (
        "wages", "3000", "2025-10", "2026-01")
    # the good rows go straight into an intake
    data = intake(list(preview.workers) + [], collective=True)
    assert services.intake.validate(data) == []


def test_numeric_id_duplicate_kind_and_flag_problems(services, tmp_path):
    header = ("姓名", "公民身份号码", "拖欠工资(元)", "类别", "是否农民工")
    numeric = next(n for n in (id_number(i, birth="19880808") for i in range(50)) if n.isdigit())
    rows = [
        ("甲", int(numeric), 100, "工资", "否"),  # stored as a number: digits are lost
        ("乙", id_number(2), "1,234.50", "加班费", ""),
        ("丙", id_number(2), 100, "工资", ""),  # same ID as the row above
        ("丁", id_number(3), 99.5, "奖金", "也许"),
        ("戊", id_number(4).lower(), 100.25, "", "N"),
    ]
    path = write_roster(tmp_path / "r.xlsx", rows, header=header, title=None)
    preview = services.roster.read(path)
    by_row = {}
    for p in preview.problems:
        by_row.setdefault(p.row, []).append(p)
    assert sorted(by_row) == [2, 4, 5]
    assert "文本" in by_row[2][0].message and by_row[2][0].column == "公民身份号码"
    assert "第3行" in by_row[4][0].message
    assert {p.column for p in by_row[5]} == {"类别", "是否农民工"}
    assert [(w.name, w.items[0].amount, w.items[0].kind, w.is_migrant_worker) for w in preview.workers] == [
        ("乙", "1,234.50", "overtime", True), ("戊", "100.25", "wages", False)]
    assert preview.workers[1].id_number == id_number(4).upper()


def test_missing_columns_and_unreadable_file(services, tmp_path):
    path = write_roster(tmp_path / "m.xlsx", [("张三", "x")], header=("名字", "备注", "工种"), title=None)
    preview = services.roster.read(path)
    assert preview.workers == ()
    assert preview.problems[0].row == 1 and "表头" in preview.problems[0].message  # no header at all
    path = write_roster(tmp_path / "m2.xlsx", [("张三", "x")], header=("姓名", "身份证号", "工种"),
                        title=None)
    preview = services.roster.read(path)
    assert preview.missing_columns == ("amount",) and preview.workers == ()
    assert "欠薪金额" in preview.problems[0].message
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a zip")
    with pytest.raises(RuleError) as info:
        services.roster.read(junk)
    assert info.value.key == "roster.unreadable"


def test_five_thousand_rows(services, tmp_path, capsys):
    rows = [(i, f"工人{i}", id_number(i % 1000, birth=f"19{70 + i // 1000}0101"), "13800138000",
             "木工", 2000 + i, "2025-10", "2026-01", "是") for i in range(5000)]
    path = write_roster(tmp_path / "big.xlsx", rows)
    start = time.perf_counter()
    preview = services.roster.read(path)
    elapsed = time.perf_counter() - start
    assert len(preview.workers) == 5000 and preview.problems == ()
    with capsys.disabled():
        print(f"\n5,000-row roster read in {elapsed:.2f} s")
