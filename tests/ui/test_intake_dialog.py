"""pytest-qt drives the intake dialog the way a clerk does: typing, importing a roster,
saving, correcting what the services reject."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from wagecase.bootstrap import build
from wagecase.domain.case import CaseStatus
from wagecase.services.dto import (
    ArrearsItemInput, CaseFilter, EmployerInput, IntakeInput, WorkerInput,
)
from wagecase.ui.intake_dialog import IntakeDialog
from wagecase.ui.intake_sections import is_marked
from wagecase.ui.intake_workers import ITEM_FIELDS, WORKER_FIELDS
from wagecase.ui.prompts import ScriptedPrompts

from .intake_builders import (
    make_credit_code, make_id, roster_row, type_text, wrong_check_digit, write_roster,
)

EMPLOYER = "河南宏基建筑劳务有限公司"

# the offscreen platform cannot raise a completer popup or grab the keyboard for it
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing the keyboard")


@pytest.fixture
def services(db_url, tmp_path, monkeypatch):
    monkeypatch.setenv("WAGECASE_DATA_DIR", str(tmp_path))
    s = build(db_url, data_dir=tmp_path)
    yield s
    s.ctx.uow.engine.dispose()


@pytest.fixture
def prompts():
    return ScriptedPrompts()


@pytest.fixture
def dialog(qtbot, services, prompts):
    def make(case_type: str = "inspection") -> IntakeDialog:
        dlg = IntakeDialog(services, prompts, case_type)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        return dlg
    return make


def case_count(services) -> int:
    return services.cases.count(CaseFilter())


# ---- typing helpers -------------------------------------------------------------------------

def type_into(qtbot, widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    widget.clear()
    type_text(qtbot, widget, text)


def open_editors(view) -> list[QWidget]:
    return [w for w in view.viewport().findChildren(QWidget)
            if isinstance(w, (QLineEdit, QComboBox)) and w.isVisible()]


def type_cell(qtbot, view, row: int, column: int, text: str) -> None:
    """Open the cell's editor as a double-click would, type, press Enter."""
    index = view.model().index(row, column)
    view.setCurrentIndex(index)  # commits and closes an editor open on another cell
    editors = open_editors(view)
    if not editors:  # Tab out of the previous cell may already have opened this one
        view.edit(index)
        editors = open_editors(view)
    assert len(editors) == 1, editors
    editor = editors[0]
    if isinstance(editor, QComboBox):
        editor.setCurrentIndex(editor.findText(text))
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
    else:
        editor.selectAll()
        type_text(qtbot, editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model().index(row, column).data(Qt.ItemDataRole.DisplayRole) == text)


def type_worker(qtbot, dlg: IntakeDialog, row: int, **fields: str) -> None:
    for field, text in fields.items():
        type_cell(qtbot, dlg.workers.table, row, WORKER_FIELDS.index(field), text)


def type_item(qtbot, dlg: IntakeDialog, row: int, **fields: str) -> None:
    for field, text in fields.items():
        type_cell(qtbot, dlg.workers.items_table, row, ITEM_FIELDS.index(field), text)


def fill_employer(qtbot, dlg: IntakeDialog, name: str = EMPLOYER, code: str | None = None) -> None:
    type_into(qtbot, dlg.employer.name, name)
    type_into(qtbot, dlg.employer.credit_code, (code or make_credit_code(1)).lower())
    type_into(qtbot, dlg.employer.legal_representative, "王建国")
    type_into(qtbot, dlg.employer.address, "郑州市金水区花园路88号")
    type_into(qtbot, dlg.employer.phone, "0371-65551234")
    dlg.employer.county.setFocus()
    type_text(qtbot, dlg.employer.county.lineEdit(), "金水区")
    qtbot.keyClick(dlg.employer.county.lineEdit(), Qt.Key.Key_Return)  # take the completion


def fill_one_worker(qtbot, dlg: IntakeDialog, n: int = 1, amount: str = "13500") -> None:
    type_worker(qtbot, dlg, 0, name="张伟", id_number=make_id(n), phone="13803710001",
                hukou_place="河南省周口市沈丘县", job="钢筋工")
    qtbot.mouseClick(dlg.workers.add_item_button, Qt.MouseButton.LeftButton)
    type_item(qtbot, dlg, 0, kind="工资", period_from="2025-10", period_to="2025-12", amount=amount)


# ---- the scenario ---------------------------------------------------------------------

def test_collective_complaint_of_twelve_workers(qtbot, dialog, services, prompts, tmp_path,
                                                 qtmodeltester):
    dlg = dialog()
    assert dlg.windowTitle() == "投诉登记"
    qtbot.mouseClick(dlg.info.collective, Qt.MouseButton.LeftButton)
    assert dlg.info.is_collective()
    dlg.info.set_channel("national_platform")
    dlg.info.set_industry("construction")
    assert dlg.project_box.isVisibleTo(dlg)

    # one worker typed by hand, with an arrears item
    fill_one_worker(qtbot, dlg)
    assert "13,500.00" in dlg.workers.worker_total.text()
    assert "欠薪合计 13,500.00 元" in dlg.workers.case_total.text()

    # eleven from a roster in which two rows are bad
    rows = [roster_row(i) for i in range(1, 12)]
    rows[2] = roster_row(3, id_number=wrong_check_digit(make_id(103)))  # Excel row 4
    rows[6] = roster_row(7, amount="-500")  # Excel row 8
    path = write_roster(tmp_path / "龙湖三期花名册.xlsx", rows)
    prompts.files.append(str(path))
    qtbot.mouseClick(dlg.workers.import_button, Qt.MouseButton.LeftButton)
    roster = dlg.roster_dialog
    assert roster is not None
    qtbot.waitUntil(lambda: not roster.reading, timeout=10_000)
    problems = roster.problem_lines()
    assert len(problems) == 2
    assert problems[0].startswith("第4行 [身份证号码]") and "校验位" in problems[0]
    assert problems[1].startswith("第8行 [欠薪金额（元）]") and "负数" in problems[1]
    assert len(dlg.workers.workers.rows) == 1  # nothing added before the user confirms

    rows[2] = roster_row(3)
    rows[6] = roster_row(7)
    write_roster(path, rows)
    with qtbot.waitSignal(roster.loaded, timeout=10_000):
        qtbot.mouseClick(roster.reread_button, Qt.MouseButton.LeftButton)
    assert roster.problem_lines() == []
    qtbot.mouseClick(roster.import_button, Qt.MouseButton.LeftButton)
    assert len(dlg.workers.workers.rows) == 12
    assert case_count(services) == 0  # still nothing saved
    assert "共 12 名劳动者" in dlg.workers.case_total.text()
    assert "66,300.00" in dlg.workers.case_total.text()  # 13,500 + 11 × 4,800
    qtmodeltester.check(dlg.workers.workers)
    dlg.workers.select_worker(5)
    qtmodeltester.check(dlg.workers.items)

    # the employer and a four-level chain
    fill_employer(qtbot, dlg)
    assert dlg.employer.credit_code.text() == make_credit_code(1)  # uppercased as typed
    p = dlg.project
    type_into(qtbot, p.name, "郑东新区龙湖安置房三期工程")
    type_into(qtbot, p.address, "郑州市郑东新区龙湖外环路")
    p.county.set_code("410105")
    type_into(qtbot, p.owner.name, "郑州市郑东新区城市建设投资有限公司")
    type_into(qtbot, p.owner.credit_code, make_credit_code(2))
    type_into(qtbot, p.general_contractor.name, "中建七局第二建筑有限公司")
    type_into(qtbot, p.general_contractor.credit_code, make_credit_code(3))
    type_into(qtbot, p.subcontractors[0].form.name, EMPLOYER)
    type_into(qtbot, p.subcontractors[0].form.credit_code, make_credit_code(1))
    type_into(qtbot, p.crew_name, "李大壮")
    type_into(qtbot, p.crew_id, make_id(77))
    type_into(qtbot, p.crew_phone, "13903710001")
    dlg.facts.setPlainText("2025年10月至12月在工地从事钢筋作业，工程结束后工资被拖欠。")
    dlg.claims.setPlainText("请求责令支付拖欠的工资。")

    with qtbot.waitSignal(dlg.accepted, timeout=10_000):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.errors.lines() == []
    assert dlg.registered is not None
    detail = services.cases.detail(dlg.registered.case_id)
    assert detail.case_number == dlg.registered.case_number
    assert detail.is_collective
    assert len(detail.workers) == 12
    assert detail.workers[0].name == "张伟"
    assert detail.claimed_fen == 6_630_000
    assert detail.employer.name == EMPLOYER
    assert detail.employer.county_code == "410105"
    assert detail.project is not None
    assert [link.role for link in detail.project.chain] == [
        "project_owner", "general_contractor", "subcontractor", "crew_leader"]
    assert detail.project.chain[3].name == "李大壮"
    assert detail.status == CaseStatus.REGISTERED.value
    assert not [k for k, *_ in prompts.log if k in ("error", "warning")]


# ---- bad input ------------------------------------------------------------------------------

BAD_INPUTS = [
    # (what is typed wrong, the field named in the message, the words of the reason)
    ("id_number", "第1名劳动者的身份证号码", "校验位"),
    ("credit_code", "用人单位的统一社会信用代码", "校验位"),
    ("date", "第1名劳动者第1项欠薪的起始时间", "不是有效的日期"),
    ("negative", "第1名劳动者第1项欠薪的金额", "负数"),
    ("not_a_number", "第1名劳动者第1项欠薪的金额", "不是有效的金额"),
]


@pytest.mark.parametrize("what,field,reason", BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_named_in_chinese_and_nothing_lost(qtbot, dialog, services, what, field, reason):
    dlg = dialog()
    id_number = wrong_check_digit(make_id(1)) if what == "id_number" else make_id(1)
    code = make_credit_code(1)
    code = code[:-1] + ("0" if code[-1] != "0" else "1") if what == "credit_code" else code
    period = "2025-13" if what == "date" else "2025-10"
    amount = {"negative": "-3000", "not_a_number": "三千元"}.get(what, "3000")
    fill_employer(qtbot, dlg, code=code)
    type_worker(qtbot, dlg, 0, name="张伟", id_number=id_number)
    qtbot.mouseClick(dlg.workers.add_item_button, Qt.MouseButton.LeftButton)
    type_item(qtbot, dlg, 0, period_from=period, amount=amount)

    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and dlg.registered is None
    lines = dlg.errors.lines()
    assert dlg.errors.isVisible()
    assert len(lines) == 1, lines
    assert lines[0].startswith(field + "："), lines
    assert reason in lines[0]
    assert "Traceback" not in lines[0] and "Error" not in lines[0]
    assert case_count(services) == 0

    # everything typed is still there, exactly as typed
    assert dlg.employer.name.text() == EMPLOYER
    assert dlg.employer.credit_code.text() == code
    w = dlg.workers.workers.rows[0]
    assert (w.name, w.id_number) == ("张伟", id_number)
    assert (w.items[0].period_from, w.items[0].amount) == (period, amount)

    # the offending field is marked where it was typed, with the message as tooltip
    if what == "credit_code":
        assert is_marked(dlg.employer.credit_code)
        assert dlg.employer.credit_code.toolTip() == lines[0]
        assert dlg.focusWidget() is dlg.employer.credit_code
    elif what == "id_number":
        index = dlg.workers.workers.index(0, WORKER_FIELDS.index("id_number"))
        assert index.data(Qt.ItemDataRole.ToolTipRole) == lines[0]
        assert dlg.workers.table.currentIndex() == index
    else:
        col = ITEM_FIELDS.index("period_from" if what == "date" else "amount")
        index = dlg.workers.items.index(0, col)
        assert index.data(Qt.ItemDataRole.ToolTipRole) == lines[0]
        assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
        assert dlg.workers.items_table.currentIndex() == index

    # correcting it and saving again registers the case
    if what == "credit_code":
        type_into(qtbot, dlg.employer.credit_code, make_credit_code(1))
        assert not is_marked(dlg.employer.credit_code)
    elif what == "id_number":
        type_worker(qtbot, dlg, 0, id_number=make_id(1))
    elif what == "date":
        type_item(qtbot, dlg, 0, period_from="2025-10")
    else:
        type_item(qtbot, dlg, 0, amount="3000")
    with qtbot.waitSignal(dlg.accepted, timeout=10_000):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert case_count(services) == 1


def test_several_errors_listed_at_once_first_one_focused(qtbot, dialog, services):
    dlg = dialog()
    qtbot.mouseClick(dlg.info.collective, Qt.MouseButton.LeftButton)
    dlg.workers.workers.rows.clear()
    dlg.workers.append_workers([
        WorkerInput(name=f"工人{i}", id_number=make_id(i),
                    items=[ArrearsItemInput(kind="wages", amount="1000")]) for i in range(1, 5)])
    type_worker(qtbot, dlg, 2, id_number=wrong_check_digit(make_id(3)))
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    lines = dlg.errors.lines()
    assert "用人单位的名称：此项必须填写，请补充。" in lines
    assert any(line.startswith("第3名劳动者的身份证号码：") and "校验位" in line for line in lines)
    assert dlg.focusWidget() is dlg.employer.name
    # clicking a line in the panel goes to that field
    row = next(i for i, line in enumerate(lines) if line.startswith("第3名劳动者"))
    dlg.errors._go(dlg.errors.list.item(row))
    assert dlg.workers.table.currentIndex().row() == 2
    assert case_count(services) == 0


# ---- duplicates -------------------------------------------------------------------------------

def _register_existing(services) -> str:
    data = IntakeInput(
        case_type="inspection", is_collective=False, channel="visit",
        received_at=datetime(2026, 3, 2, 9, 30), officer_id=services.users.current().id,
        employer=EmployerInput(name=EMPLOYER, credit_code=make_credit_code(1)),
        workers=[WorkerInput(name="张伟", id_number=make_id(1),
                             items=[ArrearsItemInput(kind="wages", amount="8000")])])
    return services.intake.register(data).case_number


@pytest.mark.parametrize("answer", [False, True], ids=["stay", "register-anyway"])
def test_duplicate_case_is_flagged_before_saving(qtbot, dialog, services, prompts, answer):
    existing = _register_existing(services)
    dlg = dialog()
    fill_employer(qtbot, dlg)
    fill_one_worker(qtbot, dlg, n=1)
    prompts.answers.append(answer)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    questions = [entry for entry in prompts.log if entry[0] == "question"]
    assert len(questions) == 1
    _, title, text = questions[0]
    assert title == "可能重复登记"
    assert existing in text and "张伟" in text and EMPLOYER in text
    assert "已登记" in text and "2026年3月2日" in text and text.endswith("仍要登记吗？")
    if answer:
        qtbot.waitUntil(lambda: dlg.registered is not None)
        assert case_count(services) == 2
    else:
        assert dlg.isVisible() and dlg.registered is None
        assert case_count(services) == 1
        assert dlg.workers.workers.rows[0].name == "张伟"


# ---- suggestions, modes, closing --------------------------------------------------------------

def test_existing_employer_chosen_from_suggestions(qtbot, dialog, services):
    _register_existing(services)
    dlg = dialog()
    dlg.employer.name.setFocus()
    type_text(qtbot, dlg.employer.name, "hnhj")  # pinyin initials of 河南宏基…
    completer = dlg.employer.completer
    assert [s.name for s in completer.suggestions] == [EMPLOYER]
    completer.choose_row(0)
    assert dlg.employer.name.text() == EMPLOYER
    assert dlg.employer.credit_code.text() == make_credit_code(1)
    assert dlg.employer.value().existing_employer_id is not None
    # a different name is a different employer
    type_text(qtbot, dlg.employer.name, "二分公司")
    assert dlg.employer.value().existing_employer_id is None


def test_existing_worker_chosen_in_name_cell(qtbot, dialog, services):
    _register_existing(services)
    dlg = dialog()
    view = dlg.workers.table
    index = view.model().index(0, WORKER_FIELDS.index("name"))
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.viewport().findChildren(QLineEdit)[-1]
    type_text(qtbot, editor, "张")
    completer = dlg.workers.name_delegate.last_completer
    assert completer is not None and completer.suggestions
    completer.choose_row(0)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    row = dlg.workers.workers.rows[0]
    assert row.name == "张伟" and row.id_number == make_id(1)
    assert row.existing_worker_id is not None


def test_individual_case_keeps_exactly_one_worker(qtbot, dialog, prompts):
    dlg = dialog()
    assert not dlg.info.is_collective()
    assert len(dlg.workers.workers.rows) == 1
    assert not dlg.workers.add_button.isEnabled()
    assert not dlg.workers.import_button.isVisibleTo(dlg)
    qtbot.mouseClick(dlg.info.collective, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dlg.workers.add_button, Qt.MouseButton.LeftButton)
    assert len(dlg.workers.workers.rows) == 2
    qtbot.mouseClick(dlg.info.individual, Qt.MouseButton.LeftButton)
    assert dlg.info.is_collective()  # refused: two workers are listed
    assert prompts.log[-1][0] == "warning" and "只能有一名劳动者" in prompts.log[-1][2]


def test_arbitration_title_and_labels(dialog):
    dlg = dialog("arbitration")
    assert dlg.windowTitle() == "仲裁申请登记"
    assert dlg.tabs.tabText(1) == "仲裁请求"


def test_cancel_with_unsaved_input_asks_first(qtbot, dialog, prompts):
    dlg = dialog()
    type_into(qtbot, dlg.employer.name, EMPLOYER)
    prompts.answers.append(False)
    qtbot.mouseClick(dlg.cancel_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible()
    assert prompts.log[-1][0] == "question" and "放弃" in prompts.log[-1][2]
    prompts.answers.append(True)
    with qtbot.waitSignal(dlg.rejected):
        qtbot.mouseClick(dlg.cancel_button, Qt.MouseButton.LeftButton)


def test_cancel_of_empty_dialog_does_not_ask(qtbot, dialog, prompts):
    dlg = dialog()
    with qtbot.waitSignal(dlg.rejected):
        qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert prompts.log == []


def test_evidence_files_are_stored_with_the_case(qtbot, dialog, services, prompts, tmp_path):
    evidence = tmp_path / "工资条.txt"
    evidence.write_text("2025年10月 应发 4500 实发 0", encoding="utf-8")
    dlg = dialog()
    fill_employer(qtbot, dlg)
    fill_one_worker(qtbot, dlg, n=2)
    prompts.files.append([str(evidence)])
    qtbot.mouseClick(dlg.attachments.add_button, Qt.MouseButton.LeftButton)
    dlg.attachments.table.item(0, 1).setText("工资条照片")
    with qtbot.waitSignal(dlg.accepted, timeout=10_000):
        dlg.save()
    detail = services.cases.detail(dlg.registered.case_id)
    assert [(a.filename, a.description) for a in detail.attachments] == [("工资条.txt", "工资条照片")]


def test_missing_evidence_file_is_reported(qtbot, dialog, services, prompts, tmp_path):
    dlg = dialog()
    fill_employer(qtbot, dlg)
    fill_one_worker(qtbot, dlg, n=3)
    dlg.attachments.add_file(str(tmp_path / "已删除.jpg"))
    dlg.save()
    assert any(line.startswith("第1个证据材料的文件：") for line in dlg.errors.lines())
    assert dlg.tabs.currentWidget() is dlg.attachments
    assert case_count(services) == 0


def test_keyboard_save_shortcut(qtbot, dialog, services):
    dlg = dialog()
    fill_employer(qtbot, dlg)
    fill_one_worker(qtbot, dlg, n=4)
    dlg.employer.name.setFocus()
    with qtbot.waitSignal(dlg.accepted, timeout=10_000):
        qtbot.keyClick(dlg.employer.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert case_count(services) == 1


def test_collect_does_not_parse(dialog):
    dlg = dialog()
    dlg.workers.workers.rows[0] = replace(dlg.workers.workers.rows[0], name=" 张伟 ",
                                          id_number="4101 0219")
    data, _ = dlg.collect()
    assert data.workers[0].name == " 张伟 " and data.workers[0].id_number == "4101 0219"
    assert data.project is None and data.industry == "other"


def test_worker_chosen_from_popup_in_name_cell_by_keyboard(qtbot, dialog, services):
    _register_existing(services)
    dlg = dialog()
    view = dlg.workers.table
    index = view.model().index(0, WORKER_FIELDS.index("name"))
    view.setCurrentIndex(index)
    view.edit(index)
    editor = open_editors(view)[0]
    type_text(qtbot, editor, "zw")
    popup = dlg.workers.name_delegate.last_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.workers.workers.rows[0].existing_worker_id is not None)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # on to the next cell, as a clerk would
    row = dlg.workers.workers.rows[0]
    assert (row.name, row.id_number) == ("张伟", make_id(1))


@pytest.mark.slow
def test_roster_of_five_thousand_rows_imports_and_saves(qtbot, dialog, services, prompts, tmp_path):
    rows = [(i, f"工人{i}", make_id(i % 1000, born=f"19{60 + i // 1000}0101"), "13800000000",
             "河南省周口市", "普工", "2025-10", "2025-12", 3000) for i in range(1, 5001)]
    path = write_roster(tmp_path / "大名册.xlsx", rows)
    dlg = dialog()
    qtbot.mouseClick(dlg.info.collective, Qt.MouseButton.LeftButton)
    prompts.files.append(str(path))
    qtbot.mouseClick(dlg.workers.import_button, Qt.MouseButton.LeftButton)
    roster = dlg.roster_dialog
    qtbot.waitUntil(lambda: not roster.reading, timeout=20_000)
    qtbot.mouseClick(roster.import_button, Qt.MouseButton.LeftButton)
    assert len(dlg.workers.workers.rows) == 5000
    assert "欠薪合计 15,000,000.00 元" in dlg.workers.case_total.text()
    dlg.workers.table.scrollToBottom()
    fill_employer(qtbot, dlg)
    with qtbot.waitSignal(dlg.accepted, timeout=60_000):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert len(services.cases.detail(dlg.registered.case_id).workers) == 5000
