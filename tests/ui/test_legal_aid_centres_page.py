"""设置 → 法律援助机构 with real widgets on a migrated SQLite file: add, change, stop and resume
through the page; errors under the fields; read-only for non-administrators."""
from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from wagecase.services.dto import LegalAidCentreInput
from wagecase.services.legal_aid_centres import LegalAidCentreService
from wagecase.ui.legal_aid_centres_page import COUNTIES_HINT, CentreDialog, LegalAidCentresPage


def when_modal(kind, act) -> None:
    """Once a modal dialog of ``kind`` is up (the caller is about to run it), ``act`` on it."""
    tries = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        elif tries[0] < 50:
            tries[0] += 1
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def ok(dialog: CentreDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


@pytest.fixture
def page(qtbot, services, prompts):
    LegalAidCentreService(services.ctx).save(None, LegalAidCentreInput(
        name="郑州市法律援助中心", address="郑州市某路1号", phone="0371-12348", counties="4101"))
    widget = LegalAidCentresPage(services, prompts)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def row_texts(page: LegalAidCentresPage, row: int) -> list[str]:
    return [page.table.item(row, c).text() for c in range(page.table.columnCount())]


def test_the_table_shows_the_directory(page):
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    assert headers == ["名称", "类型", "地址", "电话", "服务区域", "在用"]
    assert row_texts(page, 0) == ["郑州市法律援助中心", "法律援助中心", "郑州市某路1号", "0371-12348",
                                  "郑州市（全市）", "是"]
    assert page.read_only.isHidden() and page.add_button.isVisible()
    assert not page.edit_button.isEnabled()


def test_adding_shows_errors_under_the_fields_then_saves(qtbot, page, prompts):
    dialog = page.editor(None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.findChild(QLabel, "countiesHint").text() == COUNTIES_HINT
    dialog.name.setText("郑州市法律援助中心")  # taken
    dialog.kind.setCurrentIndex(dialog.kind.findData("workstation"))
    dialog.phone.setText("电话")
    dialog.counties.setText("410105, 9999")
    ok(dialog)
    assert not dialog.saved and dialog.isVisible()
    assert "已有名为“郑州市法律援助中心”的法律援助机构" in dialog.error_text("centre_name")
    assert dialog.error_text("centre_phone").startswith("电话：")
    assert "“9999”不是已知的行政区划代码" in dialog.error_text("centre_counties")
    assert dialog.error_text("centre_kind") == ""
    assert prompts.log == []
    dialog.name.setText("金水区法律援助工作站")
    dialog.phone.setText("0371-12348")
    dialog.counties.setText("410105")
    ok(dialog)
    assert dialog.saved
    assert dialog.error_text("centre_name") == ""


def test_add_edit_and_stop_through_the_page(qtbot, page, services, prompts):
    seen: list[bool] = []

    def fill(dialog: CentreDialog) -> None:
        dialog.name.setText("金水区法律援助工作站")
        dialog.kind.setCurrentIndex(dialog.kind.findData("workstation"))
        dialog.address.setText("金水区劳动人事争议仲裁院一楼")
        dialog.counties.setText("410105，410102")
        ok(dialog)
        seen.append(dialog.saved)

    changed: list[int] = []
    page.changed.connect(lambda: changed.append(1))
    when_modal(CentreDialog, fill)
    assert page.add_centre()
    assert seen == [True] and changed == [1]
    assert row_texts(page, 1) == ["金水区法律援助工作站", "法律援助工作站", "金水区劳动人事争议仲裁院一楼", "—",
                                  "郑州市金水区、郑州市中原区", "是"]
    assert page.selected().name == "金水区法律援助工作站"  # the saved one is selected
    assert LegalAidCentreService(services.ctx).propose("410105").name == "金水区法律援助工作站"

    # 修改: the dialog opens with the centre's values
    def change(dialog: CentreDialog) -> None:
        assert dialog.windowTitle() == "修改法律援助机构"
        assert dialog.counties.text() == "410105,410102"
        assert dialog.kind.currentData() == "workstation"
        dialog.phone.setText("0371-66668888")
        ok(dialog)

    when_modal(CentreDialog, change)
    assert page.edit_selected()
    assert row_texts(page, 1)[3] == "0371-66668888"

    # 停用 asks first; a "no" changes nothing
    page.select("金水区法律援助工作站")
    assert page.active_button.text() == "停用"
    assert not page.toggle_selected()
    assert row_texts(page, 1)[5] == "是"
    prompts.answers.append(True)
    assert page.toggle_selected()
    assert row_texts(page, 1)[5] == "已停用"
    assert page.active_button.text() == "启用"
    assert LegalAidCentreService(services.ctx).propose("410105").name == "郑州市法律援助中心"
    prompts.answers.append(True)
    assert page.toggle_selected()
    assert row_texts(page, 1)[5] == "是"
    assert [kind for kind, *_ in prompts.log] == ["question", "question", "question"]


def test_cancel_changes_nothing(qtbot, page):
    when_modal(CentreDialog, lambda d: (d.name.setText("不保存的中心"), d.reject()))
    assert not page.add_centre()
    assert page.table.rowCount() == 1


def test_read_only_for_a_non_administrator(qtbot, services, prompts):
    from wagecase.storage.models import User

    LegalAidCentreService(services.ctx).save(None, LegalAidCentreInput(name="郑州市法律援助中心", counties="4101"))
    with services.ctx.uow.write() as uow:
        user = User(username="clerk1", display_name="李文员", role="clerk", active=True,
                    created_at=datetime(2026, 1, 5, 1, 0))
        uow.session.add(user)
        uow.session.flush()
        services.ctx.user_id = user.id
        uow.commit()
    widget = LegalAidCentresPage(services, prompts)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.read_only.isVisible()
    assert not widget.add_button.isVisible() and not widget.edit_button.isVisible()
    assert widget.table.rowCount() == 1
    widget.select("郑州市法律援助中心")
    assert not widget.edit_selected() and not widget.toggle_selected() and not widget.add_centre()
