"""Issue 2's scenario, end to end through the real main window, as a clerk would do it.

新建投诉登记 → a collective complaint of 12 workers (one typed, eleven from an .xlsx roster whose
two bad rows are reported, fixed and re-read) against an employer on a construction project with
a four-level chain → save → find it under 监察案件 by a worker's name and by the employer's pinyin
initials among 200 demo cases → open it → the case view and its 办理记录 show what was registered.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from tests.ui.intake_builders import (
    make_credit_code, make_id, roster_row, type_text, wrong_check_digit, write_roster,
)
from tests.ui.test_intake_dialog import fill_employer, fill_one_worker, type_into
from wagecase.ui.case_list import SEARCH_DEBOUNCE_MS, CaseListPage
from wagecase.ui.case_view import CaseView
from wagecase.ui.intake_dialog import IntakeDialog

from .conftest import DEMO_CASES

# the offscreen platform cannot raise a completer popup or grab the keyboard for it
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing the keyboard")

EMPLOYER = "河南鑫垣建筑劳务有限公司"
EMPLOYER_INITIALS = "hnxyjzlw"  # 河南鑫垣建筑劳务
CREDIT_CODE = make_credit_code(501)
PROJECT = "郑东新区龙湖安置房三期工程"
OWNER = "郑州市郑东新区城市建设投资有限公司"
GENERAL_CONTRACTOR = "中建七局第二建筑有限公司"
CREW_LEADER = "李大壮"
ROSTER_NAMES = ("刘国庆", "陈卫东", "杨秀英", "黄志强", "赵春生", "吴桂兰", "周永福", "徐海军",
                "孙建平", "胡玉梅", "朱德才")
SEARCHED_WORKER = "胡玉梅"
TOTAL_TEXT = "66,300.00"  # 13,500 typed + 11 × 4,800 from the roster
SEARCH_TIMEOUT = SEARCH_DEBOUNCE_MS * 10


def roster_rows(bad: bool) -> list[tuple]:
    rows = [roster_row(i, name=name) for i, name in enumerate(ROSTER_NAMES, start=1)]
    if bad:
        rows[2] = roster_row(3, name=ROSTER_NAMES[2], id_number=wrong_check_digit(make_id(103)))  # Excel row 4
        rows[6] = roster_row(7, name=ROSTER_NAMES[6], amount="-500")  # Excel row 8
    return rows


def when_intake_opens(drive):
    """Run ``drive(dialog)`` once the window's modal intake dialog is up.

    The window opens the dialog with exec(), so the test can only act from inside that loop.
    A failure inside ``drive`` closes the dialog (otherwise exec() would never return) and is
    handed back to be raised in the test itself.
    """
    outcome: dict[str, object] = {}

    def poll():
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, IntakeDialog) and w.isVisible()]
        if not found:
            QTimer.singleShot(10, poll)
            return
        dialog = found[0]
        try:
            drive(dialog)
        except BaseException as exc:  # noqa: BLE001 - re-raised by the test after exec() returns
            outcome["error"] = exc
            if dialog.isVisible():
                QDialog.done(dialog, QDialog.DialogCode.Rejected)

    QTimer.singleShot(0, poll)
    return outcome


def register_collective_complaint(qtbot, dlg: IntakeDialog, prompts, tmp_path, seen: dict) -> None:
    assert dlg.windowTitle() == "投诉登记"
    qtbot.mouseClick(dlg.info.collective, Qt.MouseButton.LeftButton)
    dlg.info.set_channel("national_platform")
    dlg.info.set_industry("construction")
    assert dlg.project_box.isVisibleTo(dlg)

    fill_one_worker(qtbot, dlg)  # 张伟, one 工资 item of 13,500

    path = write_roster(tmp_path / "龙湖三期花名册.xlsx", roster_rows(bad=True))
    prompts.files.append(str(path))
    qtbot.mouseClick(dlg.workers.import_button, Qt.MouseButton.LeftButton)
    roster = dlg.roster_dialog
    assert roster is not None and roster.isVisible()
    qtbot.waitUntil(lambda: not roster.reading, timeout=5_000)
    problems = roster.problem_lines()
    assert len(problems) == 2, problems
    assert problems[0].startswith("第4行 [身份证号码]") and "校验位" in problems[0]
    assert problems[1].startswith("第8行 [欠薪金额（元）]") and "负数" in problems[1]
    assert "有效 9 行，有问题 2 行" in roster.summary_label.text()
    assert roster.problems_title.text() == "有问题的行（2 处）："
    assert len(dlg.workers.workers.rows) == 1  # nothing joins the intake before confirming

    write_roster(path, roster_rows(bad=False))  # the clerk fixes the file in Excel
    with qtbot.waitSignal(roster.loaded, timeout=5_000):
        qtbot.mouseClick(roster.reread_button, Qt.MouseButton.LeftButton)
    assert roster.problem_lines() == []
    assert roster.problems_title.text() == "没有发现问题。"
    assert roster.import_button.text() == "全部导入有效行（11 行）"
    qtbot.mouseClick(roster.import_button, Qt.MouseButton.LeftButton)
    assert len(dlg.workers.workers.rows) == 12
    assert "共 12 名劳动者" in dlg.workers.case_total.text()
    assert TOTAL_TEXT in dlg.workers.case_total.text()

    fill_employer(qtbot, dlg, name=EMPLOYER, code=CREDIT_CODE)
    p = dlg.project
    type_into(qtbot, p.name, PROJECT)
    type_into(qtbot, p.address, "郑州市郑东新区龙湖外环路")
    p.county.set_code("410105")
    type_into(qtbot, p.owner.name, OWNER)
    type_into(qtbot, p.owner.credit_code, make_credit_code(502))
    type_into(qtbot, p.general_contractor.name, GENERAL_CONTRACTOR)
    type_into(qtbot, p.general_contractor.credit_code, make_credit_code(503))
    type_into(qtbot, p.subcontractors[0].form.name, EMPLOYER)
    type_into(qtbot, p.subcontractors[0].form.credit_code, CREDIT_CODE)
    type_into(qtbot, p.crew_name, CREW_LEADER)
    type_into(qtbot, p.crew_id, make_id(77))
    type_into(qtbot, p.crew_phone, "13903710001")
    dlg.facts.setPlainText("2025年10月至12月在龙湖安置房三期工地从事钢筋作业，工程结束后工资被拖欠。")
    dlg.claims.setPlainText("请求责令用人单位支付拖欠的工资。")

    with qtbot.waitSignal(dlg.accepted, timeout=5_000):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.errors.lines() == []
    seen["case_number"] = dlg.registered.case_number
    seen["case_id"] = dlg.registered.case_id


def search(qtbot, page: CaseListPage, text: str) -> None:
    box = page.filter_bar.search
    box.setFocus()
    type_text(qtbot, box, text)
    qtbot.waitUntil(lambda: page.filter_bar.current_filter().search == text
                    and page.model.rowCount() < DEMO_CASES // 10, timeout=SEARCH_TIMEOUT)


def listed_numbers(page: CaseListPage) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def column(table, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_collective_complaint_from_intake_to_timeline(qtbot, main_window, prompts, tmp_path,
                                                      qtmodeltester):
    win = main_window
    seen: dict = {}
    outcome = when_intake_opens(lambda dlg: register_collective_complaint(qtbot, dlg, prompts, tmp_path, seen))
    win.actions["new_inspection"].trigger()  # returns when the modal dialog has closed
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    number = seen["case_number"]
    assert not [entry for entry in prompts.log if entry[0] in ("error", "warning")], prompts.log

    # the window opens the new case at once; close it to find it again the way a colleague would
    assert win.tabs.tabText(win.tabs.currentIndex()) == number
    assert win.list_page("workbench").count_label.text() == f"共 {DEMO_CASES + 1} 件"
    win.actions["close_case"].trigger()
    assert win.tabs.count() == 1

    nav = win.nav
    item = nav.findItems("监察案件", Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center())
    assert win.tabs.tabText(0) == "监察案件"
    page = win.list_page("inspection")
    assert win.pages.currentWidget() is page
    everything = page.model.rowCount()
    assert everything > DEMO_CASES // 4 and number in listed_numbers(page)
    assert page.count_label.text() == f"共 {everything} 件"

    # by a worker's name that only came from the roster
    search(qtbot, page, SEARCHED_WORKER)
    found = listed_numbers(page)
    assert number in found and 1 <= len(found) <= 3, found
    assert page.count_label.text() == f"共 {len(found)} 件"
    row = found.index(number)
    assert page.model.index(row, 3).data() == "张伟等12人"
    assert page.model.index(row, 4).data() == EMPLOYER
    assert page.model.index(row, 5).data() == TOTAL_TEXT
    qtmodeltester.check(page.model)

    page.filter_bar.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == everything, timeout=SEARCH_TIMEOUT)

    # by the employer's pinyin initials
    search(qtbot, page, EMPLOYER_INITIALS)
    qtbot.keyClick(page.filter_bar.search, Qt.Key.Key_Return)
    found = listed_numbers(page)
    assert number in found and len(found) <= 3, found
    assert page.count_label.text() == f"共 {len(found)} 件"

    # open it from the list with Enter, as from the keyboard
    view = page.view
    view.setFocus()
    view.setCurrentIndex(page.model.index(found.index(number), 0))
    with qtbot.waitSignal(win.case_opened) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [seen["case_id"]]
    case_view = win.tabs.currentWidget()
    assert isinstance(case_view, CaseView)
    assert win.tabs.tabText(win.tabs.currentIndex()) == number

    labels = "\n".join(label.text() for label in case_view.findChildren(QLabel))
    assert number in labels and "监察案件" in labels and "集体案件" in labels
    assert "12 人" in labels
    assert f"金额合计：{TOTAL_TEXT} 元（人民币陆万陆仟叁佰元整）" in labels
    assert "全国根治欠薪线索反映平台转办" in labels
    assert EMPLOYER in labels and CREDIT_CODE in labels and "王建国" in labels and PROJECT in labels

    assert case_view.tabs.tabText(case_view.workers_index) == "劳动者及欠薪（12）"
    assert column(case_view.workers_table, 0) == ["张伟", *ROSTER_NAMES]
    assert column(case_view.workers_table, 9) == ["13,500.00"] + ["4,800.00"] * 11

    assert column(case_view.chain_table, 0) == ["建设单位", "施工总承包单位", "分包单位", "班组长"]
    assert column(case_view.chain_table, 1) == [OWNER, GENERAL_CONTRACTOR, EMPLOYER, CREW_LEADER]
    assert case_view.chain_text == (f"建设单位：{OWNER} → 施工总承包单位：{GENERAL_CONTRACTOR}"
                                    f" → 分包单位：{EMPLOYER} → 班组长：{CREW_LEADER}")

    timeline = case_view.timeline_table
    assert case_view.tabs.tabText(case_view.timeline_index) == f"办理记录（{timeline.rowCount()}）"
    case_view.tabs.setCurrentIndex(case_view.timeline_index)
    assert case_view.tabs.currentWidget().isAncestorOf(timeline) and timeline.isVisible()
    kinds = column(timeline, 1)
    assert "登记" in kinds
    summary = timeline.item(kinds.index("登记"), 2).text()
    assert summary == f"登记投诉（全国根治欠薪线索反映平台转办），劳动者12人，金额合计 {TOTAL_TEXT} 元"
    assert timeline.item(kinds.index("登记"), 3).text() == "系统管理员"
