"""The roster preview: bad rows listed with row number and reason, fixed in the file and read
again, nothing handed on until 全部导入有效行."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from wagecase.bootstrap import build
from wagecase.ui.prompts import ScriptedPrompts
from wagecase.ui.roster_dialog import RosterDialog

from .intake_builders import make_id, roster_row, wrong_check_digit, write_roster


@pytest.fixture
def services(db_url, tmp_path, monkeypatch):
    monkeypatch.setenv("WAGECASE_DATA_DIR", str(tmp_path))
    s = build(db_url, data_dir=tmp_path)
    yield s
    s.ctx.uow.engine.dispose()


def open_roster(qtbot, services, path) -> RosterDialog:
    dlg = RosterDialog(services, ScriptedPrompts(), str(path))
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: not dlg.reading, timeout=10_000)
    return dlg


def reread(qtbot, dlg: RosterDialog) -> None:
    with qtbot.waitSignal(dlg.loaded, timeout=10_000):
        qtbot.mouseClick(dlg.reread_button, Qt.MouseButton.LeftButton)


def test_bad_rows_reported_then_fixed_and_read_again(qtbot, services, tmp_path, qtmodeltester):
    rows = [roster_row(i) for i in range(1, 12)]
    rows[3] = roster_row(4, id_number=wrong_check_digit(make_id(104)))  # Excel row 5
    rows[8] = roster_row(9, amount=-300)  # Excel row 10
    path = write_roster(tmp_path / "花名册.xlsx", rows)

    dlg = open_roster(qtbot, services, path)
    assert "花名册.xlsx" in dlg.file_label.text()
    assert "共读取 11 行" in dlg.summary_label.text()
    assert "姓名" in dlg.columns_label.text() and "欠薪金额（元）" in dlg.columns_label.text()
    problems = dlg.problem_lines()
    assert len(problems) == 2, problems
    assert problems[0].startswith("第5行 [身份证号码]：") and "校验位" in problems[0]
    assert problems[1].startswith("第10行 [欠薪金额（元）]：") and "负数" in problems[1]
    assert dlg.problems.item(0).foreground().color().name() == "#c62828"
    assert dlg.model.rowCount() == 9
    assert dlg.import_button.isEnabled()
    qtmodeltester.check(dlg.model)

    rows[3] = roster_row(4)
    rows[8] = roster_row(9)
    write_roster(path, rows)
    reread(qtbot, dlg)
    assert dlg.problem_lines() == []
    assert dlg.model.rowCount() == 11
    assert "有效 11 行" in dlg.summary_label.text()
    qtmodeltester.check(dlg.model)

    with qtbot.waitSignal(dlg.accepted):
        qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    workers = dlg.workers()
    assert [w.name for w in workers] == [f"工人{i:02d}" for i in range(1, 12)]
    assert workers[0].items[0].amount == "4800"


def test_missing_required_column_is_named(qtbot, services, tmp_path):
    headers = ("姓名", "身份证号码", "电话")
    path = write_roster(tmp_path / "缺列.xlsx", [("张三", make_id(1), "13800000000")], headers)
    dlg = open_roster(qtbot, services, path)
    assert "欠薪金额" in dlg.missing_label.text()
    assert any("欠薪金额" in line for line in dlg.problem_lines())
    assert not dlg.import_button.isEnabled()


def test_unreadable_file_gives_chinese_message_not_traceback(qtbot, services, tmp_path):
    path = tmp_path / "不是表格.xlsx"
    path.write_text("这不是 Excel 文件", encoding="utf-8")
    dlg = open_roster(qtbot, services, path)
    assert dlg.preview is None
    assert "无法读取名册文件" in dlg.error
    assert "Traceback" not in dlg.error
    assert not dlg.import_button.isEnabled()


def test_cancel_hands_on_nothing(qtbot, services, tmp_path):
    path = write_roster(tmp_path / "r.xlsx", [roster_row(1), roster_row(2)])
    dlg = open_roster(qtbot, services, path)
    with qtbot.waitSignal(dlg.rejected):
        qtbot.mouseClick(dlg.cancel_button, Qt.MouseButton.LeftButton)
    assert dlg.result() == 0


@pytest.mark.slow
def test_five_thousand_rows(qtbot, services, tmp_path, qtmodeltester):
    rows = [(i, f"工人{i}", make_id(i % 1000, born=f"19{60 + i // 1000}0101"), "13800000000",
             "河南省周口市", "普工", "2025-10", "2025-12", 3000) for i in range(1, 5001)]
    path = write_roster(tmp_path / "大名册.xlsx", rows)
    dlg = open_roster(qtbot, services, path)
    assert dlg.model.rowCount() == 5000
    assert dlg.problem_lines() == []
    dlg.show()
    dlg.table.scrollToBottom()
    qtmodeltester.check(dlg.model)
