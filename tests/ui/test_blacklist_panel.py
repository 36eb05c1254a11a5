"""失信惩戒 of an inspection case through the case view: the banner with the reasons and the
deadline, 拟列入 through the action dialog, the subjects listed, a step not allowed explained."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox

from tests.scenarios.test_blacklist_end_to_end import _at, _one_worker, _ordered_case
from wagecase.ui.action_dialog import ActionDialog
from wagecase.ui.case_view import CaseView


def test_a_qualifying_case_shows_the_banner_and_proposes_through_the_tab(qtbot, services, prompts):
    cid = _ordered_case(services, _one_worker("9000"))
    _at(services, date(2026, 3, 23))
    view = CaseView(services, prompts, cid)
    qtbot.addWidget(view)
    view.show()
    assert not view.banner.isHidden()
    assert "符合列入失信联合惩戒名单的条件" in view.banner.text() and "2026年4月20日" in view.banner.text()
    panel = view.blacklist
    assert view.tabs.tabText(1) == "失信惩戒"
    decide = panel.action_buttons["decide"]
    assert not decide.isEnabled() and decide.toolTip() == "失信名单程序当前为“未启动”，不能作出列入决定。"
    panel.action_buttons["propose"].click()
    dialog = panel.dialog
    assert isinstance(dialog, ActionDialog)
    dialog.set_value("responsible", "王建军，，项目经理")
    with qtbot.waitSignal(view.changed):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    panel = view.blacklist
    assert panel.view.status == "proposed" and panel.subjects.rowCount() == 3
    assert panel.subjects.item(2, 1).text() == "王建军"
    assert not view.banner.isHidden()  # still to be decided
    prompts.answers = [True]
    with qtbot.waitSignal(view.changed):
        if panel.action("serve_notice").inputs:
            dialog = panel.run_action("serve_notice")
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        else:
            panel.action_buttons["serve_notice"].click()
    assert view.blacklist.view.status == "noticed"
    assert "异议期" in view.blacklist.action_buttons["decide"].toolTip()


def test_the_workbench_lists_the_candidates(qtbot, services):
    from wagecase.ui.listing_candidates import ListingCandidatesPanel

    cid = _ordered_case(services, _one_worker("9000"))
    _at(services, date(2026, 3, 23))
    panel = ListingCandidatesPanel(services)
    qtbot.addWidget(panel)
    panel.refresh()
    assert not panel.isHidden() and panel.title.text() == "待作出列入失信名单决定（1件）"
    assert panel.model.case_id(0) == cid
    assert panel.model.index(0, 2).data() == "2026年4月20日"
