"""A case's deadline panel, its procedural events (办理记录) and its 法律要件 tab, on real
services and a real SQLite file; 'today' is set through the services' clock."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.deadline_builders import add_event, register, set_today
from wagecase.services.dto import DeadlineView
from wagecase.ui.case_deadlines import EMPTY_HINT, HEADERS, DeadlinePanel, DeadlineTableModel, StateRole
from wagecase.ui.deadline_model import PROVISIONAL_MARK, SortRole
from wagecase.ui.case_view import CaseView

RED, AMBER, GREY = "#b91c1c", "#92400e", "#9ca3af"


def _view(qtbot, services, prompts, case_id) -> CaseView:
    view = CaseView(services, prompts, case_id)
    qtbot.addWidget(view)
    view.show()
    return view


def _row(model, name: str) -> int:
    for r in range(model.rowCount()):
        if model.row_at(r).name == name:
            return r
    raise AssertionError(f"no deadline {name}: {[model.row_at(r).name for r in range(model.rowCount())]}")


def _colour(model, row: int, role) -> str | None:
    brush = model.index(row, 0).data(role)
    return brush.color().name() if brush is not None else None


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _timeline(view) -> list[tuple[str, str, str]]:
    t = view.timeline_table
    return [(t.item(r, 0).text(), t.item(r, 1).text(), t.item(r, 2).text()) for r in range(t.rowCount())]


def test_accepting_through_the_dialog_starts_the_arbitration_deadlines(qtbot, services, prompts):
    set_today(services, date(2026, 7, 20))
    case = register(services, "arbitration")
    view = _view(qtbot, services, prompts, case.case_id)
    panel = view.deadlines
    assert not panel.view.isHidden()  # 受理审查期限 runs from registration
    before = {panel.model.row_at(r).name for r in range(panel.model.rowCount())}
    assert "审理期限" not in before

    dialog = view.add_event()
    assert dialog.windowTitle() == "添加办理节点"
    dialog.kind.setCurrentIndex(dialog.kind.findData("accepted"))
    dialog.event_date.setDate(QDate(2026, 7, 10))
    dialog.summary.setText("受理通知书已送达申请人")
    with qtbot.waitSignal(view.changed):
        _ok(dialog)

    model = panel.model
    names = [model.row_at(r).name for r in range(model.rowCount())]
    assert {"审理期限", "申请书副本送达期限", "仲裁庭组成通知期限"} <= set(names)
    limit = _row(model, "审理期限")
    d = model.row_at(limit)
    assert model.index(limit, 1).data() == d.due_text == "2026年8月24日"
    assert model.index(limit, 4).data() == "本机关"
    assert model.index(limit, 2).data() == d.days_text and "日" in d.days_text
    # the legal basis is the tooltip of every cell of the row
    assert "第四十三条" in d.basis_text
    assert all(model.index(limit, c).data(Qt.ItemDataRole.ToolTipRole) == d.basis_text
               for c in range(len(HEADERS)))
    # acceptance met: grey; the timeline shows the step and the tab count follows
    met = _row(model, "受理审查期限")
    assert model.index(met, 3).data(StateRole) == "met"
    assert _colour(model, met, Qt.ItemDataRole.ForegroundRole) == GREY
    assert ("2026-07-10", "受理", "受理通知书已送达申请人") in _timeline(view)
    assert view.tabs.tabText(view.timeline_index) == f"办理记录（{view.timeline_table.rowCount()}）"
    assert view.tabs.currentIndex() == view.timeline_index


def test_overdue_is_red_and_due_soon_amber(qtbot, services, prompts):
    set_today(services, date(2026, 7, 20))
    case = register(services, "arbitration")
    add_event(services, case.case_id, "accepted", date(2026, 7, 10))
    view = _view(qtbot, services, prompts, case.case_id)
    model = view.deadlines.model
    served = _row(model, "申请书副本送达期限")  # 5 working days from 7月10日: 7月17日
    assert model.row_at(served).state == "overdue"
    assert _colour(model, served, Qt.ItemDataRole.ForegroundRole) == RED
    assert _colour(model, served, Qt.ItemDataRole.BackgroundRole) == "#fde8e8"
    assert model.index(served, 2).data().startswith("逾期")
    assert "逾期" in view.deadlines.summary.text()
    running = _row(model, "审理期限")
    assert model.row_at(running).state == "running"
    assert model.index(running, 0).data(Qt.ItemDataRole.ForegroundRole) is None

    set_today(services, date(2026, 7, 15))
    view.reload()
    served = _row(model, "申请书副本送达期限")
    assert model.row_at(served).state == "due_soon"
    assert _colour(model, served, Qt.ItemDataRole.ForegroundRole) == AMBER
    assert _colour(model, served, Qt.ItemDataRole.BackgroundRole) == "#fef3c7"
    assert model.index(served, 2).data() == "剩余2个工作日"


def test_a_deadline_reaching_a_year_without_holidays_is_marked_provisional(qtbot, services, prompts):
    set_today(services, date(2026, 11, 30))
    case = register(services, "arbitration")
    add_event(services, case.case_id, "accepted", date(2026, 11, 27))  # 45 days: into 2027
    view = _view(qtbot, services, prompts, case.case_id)
    model = view.deadlines.model
    row = _row(model, "审理期限")
    d = model.row_at(row)
    assert d.provisional and d.due.year == 2027
    assert model.index(row, 1).data() == d.due_text + PROVISIONAL_MARK
    tip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("暂定") and "设置" in tip and d.basis_text in tip


def _dv(name: str, state: str, due: date | None, days_left: int | None, **kw) -> DeadlineView:
    values = dict(period_code=name, name=name, duty_label="本机关", start=date(2026, 3, 2), due=due,
                  due_text=f"{due.year}年{due.month}月{due.day}日" if due else "—", days_left=days_left,
                  days_unit="工作日", days_text="x", state=state, state_label=state,
                  provisional=False, extended=False, met_on=None, basis="法", basis_text=f"{name}的依据")
    values.update(kw)
    return DeadlineView(**values)


def test_deadline_model_roles_and_sorting(qtmodeltester):
    model = DeadlineTableModel()
    model.set_rows([
        _dv("甲", "running", date(2026, 5, 1), 20),
        _dv("乙", "paused", None, None),
        _dv("丙", "overdue", date(2026, 3, 6), -3),
        _dv("丁", "met", date(2026, 3, 9), None, met_on=date(2026, 3, 5)),
    ])
    qtmodeltester.check(model)
    paused = _row(model, "乙")
    assert model.index(paused, 0).data(Qt.ItemDataRole.FontRole).italic()
    assert _colour(model, paused, Qt.ItemDataRole.ForegroundRole) == "#6b7280"
    assert model.index(paused, 1).data(SortRole) == "9999-12-31"  # no None in a sort key
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(r).name for r in range(4)] == ["丙", "丁", "甲", "乙"]
    model.sort(3, Qt.SortOrder.AscendingOrder)  # by state: overdue first, met last
    assert [model.row_at(r).name for r in range(4)] == ["丙", "甲", "乙", "丁"]
    model.sort(-1)
    assert [model.row_at(r).name for r in range(4)] == ["甲", "乙", "丙", "丁"]
    qtmodeltester.check(model)


def test_panel_without_deadlines_shows_the_hint(qtbot, services, registered_case):
    panel = DeadlinePanel(services, registered_case.case_id)
    qtbot.addWidget(panel)
    panel.model.set_rows([])
    panel._show_table(False)
    assert panel.empty.text() == EMPTY_HINT
    panel.reload()  # a registered complaint already has its 受理审查期限
    assert panel.model.rowCount() >= 1 and not panel.view.isHidden()


def _select(view, kind: str) -> None:
    row = next(i for i, e in enumerate(view.events) if e.kind == kind)
    view.timeline_table.selectRow(row)


def test_only_procedural_events_can_be_edited_or_removed(qtbot, services, prompts):
    set_today(services, date(2026, 7, 20))
    case = register(services, "arbitration")
    add_event(services, case.case_id, "accepted", date(2026, 7, 10), "受理")
    view = _view(qtbot, services, prompts, case.case_id)
    view.tabs.setCurrentIndex(view.timeline_index)
    assert not view.edit_event_button.isEnabled() and not view.remove_event_button.isEnabled()
    _select(view, "registered")
    assert not view.edit_event_button.isEnabled() and "不能修改" in view.edit_event_button.toolTip()
    assert view.edit_event() is None
    _select(view, "accepted")
    assert view.edit_event_button.isEnabled() and view.remove_event_button.isEnabled()

    dialog = view.edit_event()
    assert dialog.windowTitle() == "修改办理节点"
    assert dialog.kind.currentData() == "accepted"
    assert dialog.event_date.date() == QDate(2026, 7, 10)
    dialog.event_date.setDate(QDate(2026, 7, 9))
    with qtbot.waitSignal(view.changed):
        _ok(dialog)
    accepted = [e for e in view.events if e.kind == "accepted"]
    assert [e.event_date for e in accepted] == [date(2026, 7, 9)]
    limit = view.deadlines.model.row_at(_row(view.deadlines.model, "审理期限"))
    assert limit.start == date(2026, 7, 9)


def test_removing_an_event_asks_first_and_recomputes(qtbot, services, prompts):
    set_today(services, date(2026, 7, 20))
    case = register(services, "arbitration")
    add_event(services, case.case_id, "accepted", date(2026, 7, 10))
    view = _view(qtbot, services, prompts, case.case_id)
    _select(view, "accepted")
    prompts.answers = [False]
    view.remove_event()
    assert prompts.log[-1][0] == "question" and "受理" in prompts.log[-1][2]
    assert any(e.kind == "accepted" for e in view.events)

    _select(view, "accepted")
    prompts.answers = [True]
    with qtbot.waitSignal(view.changed):
        view.remove_event()
    assert not any(e.kind == "accepted" for e in view.events)
    names = [view.deadlines.model.row_at(r).name for r in range(view.deadlines.model.rowCount())]
    assert "审理期限" not in names
    assert not [entry for entry in prompts.log if entry[0] == "error"]


def test_the_rules_tab_lists_outcomes_with_verdicts(qtbot, services, prompts):
    set_today(services, date(2026, 7, 20))
    case = register(services, "arbitration")
    view = _view(qtbot, services, prompts, case.case_id)
    assert view.rules.stale and view.tabs.tabText(view.rules_index) == "法律要件"
    view.tabs.setCurrentIndex(view.rules_index)
    assert not view.rules.stale
    outcomes = services.rules.outcomes(case.case_id)
    assert outcomes and [c.outcome.code for c in view.rules.cards] == [o.code for o in outcomes]
    names = {"符合": "verdictOk", "不符合": "verdictNo", "待确认": "verdictOpen"}
    for card in view.rules.cards:
        assert card.verdict.objectName() == names[card.verdict.text()]
        assert card.title.text() == card.outcome.title
    text = view.rules.texts()
    assert all(r in text for o in outcomes for r in o.reasons)
    notes = services.rules.notes(case.case_id)
    assert (view.rules.notes_box is not None) == bool(notes)
    if notes:
        assert "地方规定提示" in text and notes[0].source in text
