"""The 办理 tab of an arbitration case on real services and a real SQLite file: the step bar,
buttons enabled from the path with the reason as tooltip, the action dialog, the schedule
dialog (a double booking refused under its field) and the award editor opened from the panel."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.deadline_builders import register, set_today
from wagecase.storage.models import User
from wagecase.ui.action_dialog import ActionDialog
from wagecase.ui.award_editor import AwardEditor
from wagecase.ui.case_view import CaseView
from wagecase.ui.schedule_dialog import ScheduleDialog


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _arbitrators(services) -> list[int]:
    from datetime import datetime

    with services.ctx.uow.write() as uow:
        users = [User(username=f"a{i}", display_name=n, role="arbitrator", active=True,
                      created_at=datetime(2026, 1, 1)) for i, n in enumerate(("赵丽娟", "杨国庆", "周文军"))]
        uow.session.add_all(users)
        uow.commit()
        return [u.id for u in users]


def _view(qtbot, services, case_id) -> CaseView:
    from wagecase.ui.prompts import ScriptedPrompts

    prompts = ScriptedPrompts()
    view = CaseView(services, prompts, case_id)
    qtbot.addWidget(view)
    view.show()
    return view


def _open_case(qtbot, services):
    set_today(services, date(2026, 7, 8))
    case = register(services, "arbitration")
    return _view(qtbot, services, case.case_id)


def test_a_new_application_opens_on_its_path(qtbot, services):
    view = _open_case(qtbot, services)
    panel = view.arbitration
    assert view.tabs.tabText(0) == "办理" and view.tabs.currentWidget() is panel
    assert [s.label for s in panel.view.steps] == ["申请", "受理", "组庭", "开庭", "调解/裁决", "结案"]
    assert panel.action_buttons["accept"].isEnabled()
    award = panel.action_buttons["award"]
    assert not award.isEnabled() and award.toolTip() == "案件当前处于“已登记”状态，不能作出裁决。"
    assert award.text() == "作出裁决…"  # its own window
    assert panel.action_buttons["extend_time_limit"].text().startswith("延长审理期限（需审批）")


def test_accept_form_tribunal_schedule_with_a_double_booking_refused(qtbot, services):
    a1, a2, a3 = _arbitrators(services)
    view = _open_case(qtbot, services)
    panel = view.arbitration
    panel._prompts.answers = [True]
    with qtbot.waitSignal(view.changed):
        panel.action_buttons["accept"].click()
    panel = view.arbitration
    assert panel.view.status == "accepted" and "审理期限" in panel.limit_line.text()
    panel.action_buttons["form_tribunal"].click()
    dialog = panel.dialog
    assert isinstance(dialog, ActionDialog)
    for key, uid in (("presiding", a1), ("member1", a2), ("member2", a2)):
        dialog.set_value(key, str(uid))
    _ok(dialog)
    assert dialog.isVisible() and "两个席位" in dialog.errors.text()  # the same arbitrator twice
    dialog.set_value("member2", str(a3))
    with qtbot.waitSignal(view.changed):
        _ok(dialog)
    panel = view.arbitration
    assert panel.tribunal_table.rowCount() == 3 and panel.view.status == "tribunal_formed"

    # another case of 赵丽娟 already sits on 2026-07-17 09:00
    other = register(services, "arbitration")
    services.arbitration.act(other.case_id, "accept")
    services.arbitration.act(other.case_id, "form_tribunal",
                             {"presiding": str(a1), "member1": str(a2), "member2": str(a3)})
    from wagecase.services.dto import HearingInput

    services.hearings.schedule(other.case_id, HearingInput(2, date(2026, 7, 17), "09:00", "11:00"))
    panel.action_buttons["schedule_hearing"].click()
    dialog = panel.dialog
    assert isinstance(dialog, ScheduleDialog)
    dialog.set_room("第一仲裁庭")
    from PySide6.QtCore import QDate

    dialog.date.setDate(QDate(2026, 7, 17))
    dialog.start.setText("10:00")
    dialog.end.setText("11:30")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    shown = " ".join(label.text() for label in dialog.rows.errors.values() if not label.isHidden())
    assert "赵丽娟" in shown and "已有" in shown
    dialog.date.setDate(QDate(2026, 7, 20))
    with qtbot.waitSignal(view.changed):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    panel = view.arbitration
    assert panel.view.status == "hearing_scheduled"
    assert panel.hearings_table.item(0, 0).text() == "2026年7月20日 10:00—11:30"
    assert panel.action_buttons["hold_hearing"].isEnabled()


def test_the_award_button_opens_the_award_editor_after_the_hearing(qtbot, services):
    a1, a2, a3 = _arbitrators(services)
    view = _open_case(qtbot, services)
    cid = view.case_id
    services.arbitration.act(cid, "accept")
    services.arbitration.act(cid, "form_tribunal", {"presiding": str(a1), "member1": str(a2), "member2": str(a3)})
    from wagecase.services.dto import HearingInput

    services.hearings.schedule(cid, HearingInput(1, date(2026, 7, 20), "09:00", "11:00"))
    set_today(services, date(2026, 7, 20))
    services.arbitration.act(cid, "hold_hearing", {"attendance": "both"})
    view.reload()
    panel = view.arbitration
    assert panel.action_buttons["award"].isEnabled()
    panel.action_buttons["award"].click()
    assert isinstance(panel.dialog, AwardEditor) and panel.dialog.isVisible()
    panel.dialog.reject()
