"""The award editor with real widgets on a migrated SQLite file: amounts typed into the table
change 终局 / 非终局 as they are typed, a mixed award shows the amber split line, a refused save
keeps what was typed, and 作出裁决 makes the …-1号 / …-2号 awards."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from tests.integration.intake_support import intake, worker
from wagecase import bootstrap
from wagecase.services.context import to_utc
from wagecase.storage.models import Award, Case, CaseEvent

NOW = to_utc(datetime(2026, 3, 10, 10, 0))


@pytest.fixture
def services(db_url, tmp_path):
    svc = bootstrap.build(db_url, data_dir=tmp_path)
    svc.ctx.clock = lambda: NOW
    yield svc
    svc.ctx.uow.engine.dispose()


@pytest.fixture
def case_id(services):
    workers = [worker(i, amount=a) for i, a in enumerate(["12000", "12000", "8000"])]
    reg = services.intake.register(intake(workers, case_type="arbitration", county_code="410105",
                                          confirm_possible_duplicates=True))
    cid = reg.case_id if hasattr(reg, "case_id") else reg.id
    with services.ctx.uow.write() as uow:  # a case whose hearing was held: the award is next
        uow.session.get(Case, cid).status = "heard"
        uow.session.add(CaseEvent(case_id=cid, kind="accepted", occurred_at=NOW,
                                  event_date=date(2026, 3, 9), summary="受理", payload="{}"))
        uow.commit()
    return cid


@pytest.fixture
def editor(qtbot, services, prompts, case_id):
    from wagecase.ui.award_editor import AwardEditor

    dlg = AwardEditor(services, prompts, case_id)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _verdicts(dlg):
    from wagecase.ui.award_editor import C_FINAL

    return [dlg.table.item(r, C_FINAL).text() for r in range(dlg.table.rowCount())]


def _type_amount(qtbot, dlg, row: int, text: str) -> None:
    """Type into the 裁决金额 cell through its editor, keystroke by keystroke."""
    from PySide6.QtWidgets import QAbstractItemView, QLineEdit

    from wagecase.ui.award_editor import C_AWARDED

    dlg.table.setCurrentCell(row, C_AWARDED)
    dlg.table.editItem(dlg.table.item(row, C_AWARDED))
    edit = dlg.table.indexWidget(dlg.table.model().index(row, C_AWARDED))
    assert isinstance(edit, QLineEdit)
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    # the delegate commits and closes the editor through a queued call
    qtbot.waitUntil(lambda: dlg.table.state() != QAbstractItemView.State.EditingState)


def test_building_a_mixed_award(qtbot, editor, services, prompts, case_id, tmp_path):
    from wagecase.ui.award_editor import C_AWARDED, C_FINAL

    assert editor.table.rowCount() == 3
    assert _verdicts(editor) == ["终局", "终局", "终局"]
    assert editor.cap_line.text() == "单项裁决金额不超过25,200.00元（郑州市月最低工资标准2,100元×12个月）的为终局裁决"
    assert editor.mixed_line.isHidden()

    _type_amount(qtbot, editor, 1, "30000")
    assert _verdicts(editor) == ["终局", "非终局", "终局"]
    assert "超过" in editor.table.item(1, C_FINAL).toolTip()
    assert not editor.mixed_line.isHidden()
    assert "-1号" in editor.mixed_line.text() and "-2号" in editor.mixed_line.text()
    # an amount equal to the cap is still final
    _type_amount(qtbot, editor, 1, "25200")
    assert _verdicts(editor)[1] == "终局" and editor.mixed_line.isHidden()
    _type_amount(qtbot, editor, 1, "25200.01")
    assert _verdicts(editor)[1] == "非终局"
    editor.grab().save(str(tmp_path / "award_editor.png"))

    assert editor.save()
    assert editor.errors.isHidden()
    assert editor.table.item(1, C_AWARDED).text() == "25,200.01"

    prompts.answers.append(True)
    editor.issue()
    assert any(kind == "question" and "-1号" in text for kind, _t, text in prompts.log)
    with services.ctx.uow.read() as uow:
        number = uow.session.get(Case, case_id).case_number
        parts = sorted((a.part, a.number) for a in uow.session.execute(select(Award)).scalars())
    stem = number.removesuffix("号")
    assert parts == [("final", f"{stem}-1号"), ("non_final", f"{stem}-2号")]
    assert "已作出裁决" in editor.issued_line.text()
    assert not editor.save_button.isEnabled() and not editor.issue_button.isEnabled()


def test_a_refused_save_keeps_what_was_typed(qtbot, editor, services):
    from wagecase.ui.award_editor import C_AWARDED, C_LABEL

    editor.add_row()
    row = editor.table.rowCount() - 1
    editor.table.item(row, C_AWARDED).setText("一万")
    assert not editor.save()
    assert not editor.errors.isHidden()
    assert "第4项裁决事项的项目" not in editor.errors.text()
    assert "第4项裁决事项的裁决事项" in editor.errors.text()  # the empty label
    assert "第4项裁决事项的裁决金额" in editor.errors.text()
    assert editor.table.item(row, C_AWARDED).text() == "一万"
    assert editor.table.item(row, C_AWARDED).background().color().name() == "#fdecea"
    assert editor.table.rowCount() == 4
    editor.table.item(row, C_LABEL).setText("支付张三加班费")
    editor.table.item(row, C_AWARDED).setText("800")
    assert editor.save()
    assert editor.table.rowCount() == 4 and editor.errors.isHidden()


def test_rejecting_an_item_clears_its_verdict(qtbot, editor):
    from wagecase.ui.award_editor import C_REJECTED

    editor.table.item(0, C_REJECTED).setCheckState(Qt.CheckState.Checked)
    assert _verdicts(editor)[0] == "—"


def test_advance_enforcement_from_the_editor_issues_its_own_award(qtbot, editor, services, case_id):
    """先予执行 (调解仲裁法 Art. 44): the granted items ticked, a reason given; the reason is
    required and a refusal keeps the dialog open with what was ticked."""
    from wagecase.ui.advance_dialog import AdvanceDialog

    cid = case_id
    dialog = editor.advance()
    assert isinstance(dialog, AdvanceDialog) and dialog.isVisible()
    first = editor.draft.items[0]
    dialog.check(first.id)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and "先予执行的理由" in dialog.errors.text()
    assert dialog.chosen() == [first.id]
    dialog.reason.setPlainText("申请人被拖欠工资三个月，无其他生活来源")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.made is not None and dialog.made.part == "advance" and dialog.made.document_id
    docs = services.documents.documents(cid)
    assert any(d.title == "先予执行裁决书" for d in docs)
    import io

    import docx

    text = "".join(p.text for p in docx.Document(io.BytesIO(
        services.documents.file(dialog.made.document_id, "docx").data)).paragraphs)
    assert first.awarded_text in text and "无其他生活来源" in text  # its item and the reason


def test_partial_award_from_the_editor_then_the_final_award(qtbot, editor, services, prompts, case_id, tmp_path):
    """先行裁决 (调解仲裁法 Art. 43 ¶2): the chooser lists the saved, granted items; the ticked one
    is awarded (…-1号) and locks, the others stay editable and 作出裁决 covers them (…-2号)."""
    from wagecase.ui.award_editor import C_AWARDED, C_KIND, C_LABEL, C_REJECTED
    from wagecase.ui.partial_dialog import PartialDialog

    editor.table.item(2, C_REJECTED).setCheckState(Qt.CheckState.Checked)
    dialog = editor.partial()
    assert isinstance(dialog, PartialDialog) and dialog.isVisible()
    assert dialog.list.count() == 2  # the rejected claim cannot be awarded first
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    ok.click()  # nothing ticked: refused, the dialog stays
    assert dialog.isVisible() and "先行裁决事项" in dialog.errors.text()
    first = editor.draft.items[0]
    dialog.check(first.id)
    dialog.grab().save(str(tmp_path / "partial_dialog.png"))
    ok.click()
    assert not dialog.isVisible() and [a.partial for a in dialog.made] == [True]
    with services.ctx.uow.read() as uow:
        case = uow.session.get(Case, case_id)
        stem, status = case.case_number.removesuffix("号"), case.status
    assert status == "heard" and dialog.made[0].number == f"{stem}-1号"
    assert any(kind == "info" and f"{stem}-1号" in text for kind, _t, text in prompts.log)

    # the editor reloaded: the first row locked, the others still editable
    assert "先行裁决" in editor.issued_line.text() and not editor.issued_line.isHidden()
    assert not editor.table.item(0, C_AWARDED).flags() & Qt.ItemFlag.ItemIsEditable
    assert not editor.table.cellWidget(0, C_KIND).isEnabled()
    assert editor.table.item(1, C_AWARDED).flags() & Qt.ItemFlag.ItemIsEditable
    assert editor.table.cellWidget(1, C_KIND).isEnabled()
    assert "-1号" in editor.table.item(0, C_LABEL).toolTip()
    assert editor.issue_button.isEnabled() and editor.save_button.isEnabled()
    editor.table.selectRow(0)
    editor.delete_rows()  # an awarded row is not deleted
    assert editor.table.rowCount() == 3
    _type_amount(qtbot, editor, 1, "11000")
    editor.grab().save(str(tmp_path / "award_editor_partial.png"))

    prompts.answers.append(True)
    made = editor.issue()
    assert any(kind == "question" and f"{stem}-2号" in text for kind, _t, text in prompts.log)
    assert [(a.number, a.partial) for a in made] == [(f"{stem}-2号", False)]
    with services.ctx.uow.read() as uow:
        assert uow.session.get(Case, case_id).status == "awarded"
    assert not editor.save_button.isEnabled() and not editor.partial_button.isEnabled()
    assert editor.table.item(1, C_AWARDED).text() == "11,000.00"
