"""Suggestions while typing (over the real lookup service) and the county picker."""
from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from wagecase.bootstrap import build
from wagecase.services.dto import ArrearsItemInput, EmployerInput, IntakeInput, WorkerInput
from wagecase.ui.completers import CountyCombo, SuggestionCompleter, henan_counties

from .intake_builders import make_credit_code, make_id, type_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing the keyboard")


@pytest.fixture
def services(db_url, tmp_path, monkeypatch):
    monkeypatch.setenv("WAGECASE_DATA_DIR", str(tmp_path))
    s = build(db_url, data_dir=tmp_path)
    for n, (employer, worker) in enumerate([("河南宏基建筑劳务有限公司", "张伟"),
                                            ("郑州华安物业服务有限公司", "王秀英")], start=1):
        s.intake.register(IntakeInput(
            case_type="inspection", is_collective=False, channel="visit",
            received_at=datetime(2026, 3, 2, 9, 30), officer_id=s.users.current().id,
            employer=EmployerInput(name=employer, credit_code=make_credit_code(n)),
            workers=[WorkerInput(name=worker, id_number=make_id(n),
                                 items=[ArrearsItemInput(kind="wages", amount="1000")])]))
    yield s
    s.ctx.uow.engine.dispose()


@pytest.fixture
def line_edit(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    edit.setFocus()
    return edit


@pytest.mark.parametrize("typed", ["宏基", "hnhj", make_credit_code(1)[:17]],
                         ids=["name", "pinyin-initials", "credit-code-prefix"])
def test_employer_suggestions_as_typed(qtbot, services, line_edit, typed):
    completer = SuggestionCompleter(line_edit, services.lookup.employers)
    type_text(qtbot, line_edit, typed)
    assert [s.name for s in completer.suggestions] == ["河南宏基建筑劳务有限公司"]
    assert completer.model().rowCount() == 1
    assert make_credit_code(1) in completer.model().index(0, 0).data()  # the title shows the code
    with qtbot.waitSignal(completer.chosen) as chosen:
        completer.choose_row(0)
    assert chosen.args[0].name == "河南宏基建筑劳务有限公司"
    assert line_edit.text() == "河南宏基建筑劳务有限公司"  # the name, not the title


def test_worker_suggestions_by_initials_mask_the_id(qtbot, services, line_edit):
    completer = SuggestionCompleter(line_edit, services.lookup.workers)
    type_text(qtbot, line_edit, "wxy")
    assert [s.name for s in completer.suggestions] == ["王秀英"]
    assert "********" in completer.model().index(0, 0).data()


def test_no_suggestions_for_unknown_text_and_a_failing_lookup_is_harmless(qtbot, line_edit):
    def broken(text):
        raise RuntimeError("database went away")

    completer = SuggestionCompleter(line_edit, broken)
    type_text(qtbot, line_edit, "abc")
    assert completer.suggestions == []
    assert line_edit.text() == "abc"


def test_programmatic_text_does_not_query(qtbot, services, line_edit):
    asked: list[str] = []

    def fetch(text):
        asked.append(text)
        return services.lookup.employers(text)

    SuggestionCompleter(line_edit, fetch)
    line_edit.setText("河南宏基")
    assert asked == []


def test_county_combo_finds_and_stores_code(qtbot, services):
    counties = henan_counties(services.lookup)
    assert len(counties) > 150
    assert all(c.code.startswith("41") and c.level == 3 for c in counties)
    combo = CountyCombo(counties)
    qtbot.addWidget(combo)
    combo.show()
    assert combo.code() == ""
    combo.set_code("410105")
    assert combo.currentText() == "郑州市金水区"
    assert combo.code() == "410105"
    combo.setEditText("中牟县")  # the bare county name is enough
    assert combo.code() == "410122"
    combo.setEditText("火星区")  # unknown text goes on as typed, for the service to reject
    assert combo.code() == "火星区"
    combo.lineEdit().clear()
    combo.setFocus()
    type_text(qtbot, combo.lineEdit(), "金水")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert combo.code() == "410105"
    assert combo.currentText() == "郑州市金水区"  # settled on the one county that matches
    combo.setEditText("区")  # many counties match: left as typed, nothing guessed
    assert combo.code() == "区"


def test_keyboard_choice_in_popup_picks_that_person_among_namesakes(qtbot, services, line_edit):
    services.intake.register(IntakeInput(
        case_type="inspection", is_collective=False, channel="visit",
        received_at=datetime(2026, 3, 3, 9, 30), officer_id=services.users.current().id,
        employer=EmployerInput(name="洛阳新区建设有限公司", credit_code=make_credit_code(9)),
        workers=[WorkerInput(name="张伟", id_number=make_id(9),
                             items=[ArrearsItemInput(kind="wages", amount="1000")])]))
    completer = SuggestionCompleter(line_edit, services.lookup.workers)
    type_text(qtbot, line_edit, "张伟")
    assert [s.name for s in completer.suggestions] == ["张伟", "张伟"]
    second = completer.suggestions[1]
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    popup.setCurrentIndex(completer.completionModel().index(1, 0))
    with qtbot.waitSignal(completer.chosen) as chosen:
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert chosen.args[0] == second
    qtbot.waitUntil(lambda: line_edit.text() == "张伟")
