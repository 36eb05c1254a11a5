"""法律援助 of a case through the case view: the right explained, a referral made to the proposed
centre and sent, the centre's 7 days shown, a step not allowed yet explained."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox

from tests.scenarios.test_legal_aid_end_to_end import _at, _centre
from tests.ui.deadline_builders import register
from wagecase.ui.case_view import CaseView


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_explain_refer_and_send_through_the_tab(qtbot, services, prompts):
    _at(services, date(2026, 7, 8))
    centre = _centre(services)
    cid = register(services, "arbitration").case_id
    view = CaseView(services, prompts, cid)
    qtbot.addWidget(view)
    view.show()
    view.tabs.setCurrentIndex(view.legal_aid_index)
    panel = view.legal_aid
    assert view.tabs.tabText(view.legal_aid_index) == "法律援助"
    assert panel.explained.text() == "尚未记录告知申请法律援助的权利"
    panel.explain_button.click()
    with qtbot.waitSignal(view.changed):
        _ok(panel.dialog)
    assert panel.explained.text().startswith("已于2026年7月8日告知申请法律援助的权利")
    panel.refer_button.click()
    dialog = panel.dialog
    assert dialog.centre.currentData() == centre and "推荐" in dialog.centre.currentText()
    assert dialog.who.currentData() == "each"  # a collective case: one referral per worker
    with qtbot.waitSignal(view.changed):
        _ok(dialog)
    assert panel.table.rowCount() == 2
    assert panel.action_buttons["send"].isEnabled()
    assert panel.action_buttons["assign"].toolTip() == "转交目前为“待转交”，不能登记指派律师。"
    panel.action_buttons["send"].click()
    with qtbot.waitSignal(view.changed):
        _ok(panel.dialog)
    assert "法律援助审查决定期限：2026年7月15日" in panel.deadlines.text()


def test_the_legal_aid_area_lists_the_referrals_and_opens_their_case(qtbot, services):
    from wagecase.services.dto import ReferralInput
    from wagecase.ui.legal_aid_page import LegalAidPage

    _at(services, date(2026, 7, 8))
    centre = _centre(services)
    cid = register(services, "arbitration").case_id
    services.legal_aid.refer(cid, ReferralInput(who="each", centre_id=centre, applied_on=date(2026, 7, 8)))
    page = LegalAidPage(services)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 2 and page.count_label.text() == "共 2 件"
    assert page.model.index(0, 3).data() == "待转交"
    with qtbot.waitSignal(page.open_case) as opened:
        page.view.open_requested.emit(page.model.case_id(0))
    assert opened.args == [cid]
