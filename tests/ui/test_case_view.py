"""The case view shows a registered case's parties, arrears, attachments and timeline."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel

from wagecase.ui.case_view import CaseView


def _labels(view) -> str:
    return "\n".join(label.text() for label in view.findChildren(QLabel))


def _column(table, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_case_view_shows_parties_arrears_and_timeline(qtbot, services, prompts, registered_case):
    view = CaseView(services, prompts, registered_case.case_id)
    qtbot.addWidget(view)
    view.show()
    text = _labels(view)
    assert registered_case.case_number in text
    assert "监察案件" in text and "集体案件" in text
    assert "26,600.00 元" in text and "贰万陆仟陆佰元整" in text
    assert "来访" in text
    # parties: employer and the contractor chain in order
    assert "河南豫顺劳务有限公司" in text and "周国强" in text
    assert "金水区滨河花园三期住宅项目" in text
    assert view.chain_text == ("建设单位：郑州滨河置业有限公司 → 施工总承包单位：河南中原建工集团有限公司"
                               " → 班组长：赵铁柱")
    assert _column(view.chain_table, 0) == ["建设单位", "施工总承包单位", "班组长"]
    # workers and their arrears items
    assert _column(view.workers_table, 0) == ["郭建军", "孙秀兰"]
    assert _column(view.workers_table, 6) == ["是", "是"]
    assert _column(view.workers_table, 8) == ["在职或未填", "2026-06-30"]  # 离职日期 from intake
    assert _column(view.workers_table, 9) == ["12,800.00", "13,800.00"]
    assert _column(view.items_table, 0) == ["工资", "加班费"]
    view.workers_table.selectRow(1)
    assert "孙秀兰" in view.items_caption.text()
    assert _column(view.items_table, 2) == ["13,000.00", "800.00"]
    # timeline
    assert _column(view.timeline_table, 1)[0] == "登记"
    assert view.timeline_table.item(0, 3).text() == "系统管理员"
    # no evidence yet: a sentence, not an empty box
    assert not view.attachments_empty.isHidden() and view.attachments_table.isHidden()
    assert view.tabs.tabText(view.workers_index) == "劳动者及欠薪（2）"


def test_adding_evidence_updates_attachments_and_timeline(qtbot, services, prompts, registered_case, tmp_path):
    evidence = tmp_path / "工资条.txt"
    evidence.write_text("2026年3月 工资 3,200 元 未发", encoding="utf-8")
    prompts.files = [[str(evidence)]]
    view = CaseView(services, prompts, registered_case.case_id)
    qtbot.addWidget(view)
    view.show()
    before = view.timeline_table.rowCount()
    with qtbot.waitSignal(view.changed):
        view.add_attachments()
    assert prompts.log[0][0] == "open_files"
    assert _column(view.attachments_table, 0) == ["工资条.txt"]
    assert view.attachments_table.item(0, 1).text().endswith("字节")
    assert not view.attachments_table.isHidden() and view.attachments_empty.isHidden()
    assert view.timeline_table.rowCount() == before + 1
    assert view.tabs.tabText(view.attachments_index) == "证据材料（1）"


def test_a_missing_attachment_file_is_reported_in_chinese(qtbot, services, prompts, registered_case, tmp_path):
    prompts.files = [[str(tmp_path / "不存在.pdf")]]
    view = CaseView(services, prompts, registered_case.case_id)
    qtbot.addWidget(view)
    view.add_attachments()
    kind, title, text = prompts.log[-1]
    assert kind == "error" and "不存在.pdf" in text
    assert view.attachments_table.rowCount() == 0


def test_main_window_opens_the_case_in_a_closable_tab(window, registered_case):
    window.refresh_lists()
    view = window.open_case(registered_case.case_id)
    assert view is not None
    assert window.tabs.tabText(window.tabs.currentIndex()) == registered_case.case_number
    window.refresh()  # reloads open cases too
    assert view.detail.case_number == registered_case.case_number
