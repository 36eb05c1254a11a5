"""Case exchange from the GUI, between two real databases: 郑州 exports its public key from
设置 → 案件交换, 洛阳 trusts it after comparing the fingerprint, 郑州 exports a case from the
case screen, 洛阳 imports it through 文件 → 导入案件包… and the new case opens. A tampered
package is refused in Chinese and writes nothing; roles that may not exchange get no button."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select

from wagecase import bootstrap
from wagecase.storage.models import Case, Setting
from wagecase.ui.app import describe_database
from wagecase.ui.case_view import CaseView
from wagecase.ui.exchange_dialogs import ImportPreviewDialog
from wagecase.ui.exchange_page import ExchangePage, TrustDialog
from wagecase.ui.main_window import MainWindow

from ..integration.intake_support import as_role
from .test_legal_aid_centres_page import when_modal


def set_office(svc, name: str) -> None:
    with svc.ctx.uow.write() as uow:
        row = uow.session.get(Setting, "office.agency_name")
        if row is None:
            uow.session.add(Setting(key="office.agency_name", value=name))
        else:
            row.value = name
        uow.commit()


def case_count(svc) -> int:
    with svc.ctx.uow.read() as uow:
        return uow.session.scalar(select(func.count()).select_from(Case))


@pytest.fixture
def luoyang(databases, tmp_path):
    url = databases.new("migrated", name="luoyang.sqlite3")
    svc = bootstrap.build(url, data_dir=tmp_path / "luoyang")
    set_office(svc, "洛阳市人力资源和社会保障局")
    yield svc, url
    svc.ctx.uow.engine.dispose()


@pytest.fixture
def zhengzhou(services):
    set_office(services, "郑州市人力资源和社会保障局")
    return services


def show(qtbot, widget, width=1100, height=640):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def trust_zhengzhou(qtbot, zhengzhou, luoyang_svc, prompts, tmp_path) -> Path:
    """郑州 saves its key from its page; 洛阳 adds it on its page after reading the fingerprint."""
    sender = show(qtbot, ExchangePage(zhengzhou, prompts))
    key_file = tmp_path / "郑州公钥"
    prompts.files.append(str(key_file))
    saved = sender.export_key()
    assert saved == tmp_path / "郑州公钥.wagecase-key" and saved.exists()
    own = zhengzhou.exchange.own_key()
    assert sender.own_fingerprint.text() == own.display and own.display in prompts.log[-1][2]

    receiver = show(qtbot, ExchangePage(luoyang_svc, prompts))
    assert receiver.table.rowCount() == 0 and receiver.add_button.isVisible()
    seen: dict[str, str] = {}

    def check_and_add(dialog: TrustDialog) -> None:
        seen["fingerprint"] = dialog.findChild(type(receiver.own_office), "keyFingerprint").text()
        seen["name"] = dialog.office.text()
        dialog.office.setText("郑州市人社局劳动保障监察支队")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    prompts.files.append(str(saved))
    when_modal(TrustDialog, check_and_add)
    assert receiver.add_office()
    assert seen == {"fingerprint": own.display, "name": "郑州市人力资源和社会保障局"}
    assert receiver.table.rowCount() == 1
    assert receiver.table.item(0, 0).text() == "郑州市人社局劳动保障监察支队"
    assert receiver.table.item(0, 1).text() == own.display
    return saved


def export_from_case_screen(qtbot, zhengzhou, prompts, case_id: int, dest: Path) -> Path:
    view = show(qtbot, CaseView(zhengzhou, prompts, case_id))
    assert view.export_button.isVisible()
    prompts.files.append(str(dest))
    op = view.export_package()
    qtbot.waitUntil(lambda: op.isFinished() and any(k == "info" and t == "导出案件包" for k, t, _ in prompts.log),
                    timeout=20000)
    text = prompts.log[-1][2]
    assert "已导出案件包" in text and "签名密钥指纹" in text and zhengzhou.exchange.own_key().display in text
    written = dest.with_name(dest.name + ".wagecase")
    assert written.exists() and zipfile.is_zipfile(written)
    return written


def test_trust_export_and_import_through_the_screens(qtbot, zhengzhou, luoyang, prompts, tmp_path,
                                                      registered_case):
    luoyang_svc, url = luoyang
    trust_zhengzhou(qtbot, zhengzhou, luoyang_svc, prompts, tmp_path)
    package = export_from_case_screen(qtbot, zhengzhou, prompts, registered_case.case_id, tmp_path / "移送")

    win = show(qtbot, MainWindow(prompts), 1280, 800)
    win.attach(luoyang_svc, describe_database(url))
    file_menu = win.menuBar().actions()[0].menu()
    assert "导入案件包…" in [a.text() for a in file_menu.actions()]
    before = case_count(luoyang_svc)
    prompts.files.append(str(package))
    win.actions["import_case"].trigger()
    qtbot.waitUntil(lambda: isinstance(getattr(win, "import_dialog", None), ImportPreviewDialog), timeout=20000)
    dialog = win.import_dialog
    plan = [[dialog.plan.item(r, c).text() for c in range(3)] for r in range(dialog.plan.rowCount())]
    assert any(row[0] == "案件" for row in plan) and len(plan) >= 3
    assert registered_case.case_number in dialog.preview.case_number
    assert case_count(luoyang_svc) == before  # the preview wrote nothing

    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=20000)
    imported = dialog.imported
    assert case_count(luoyang_svc) == before + 1
    qtbot.waitUntil(lambda: win.tabs.count() == 2, timeout=5000)
    opened = win.tabs.widget(1)
    assert isinstance(opened, CaseView) and opened.case_id == imported.case_id
    detail = luoyang_svc.cases.detail(imported.case_id)
    assert len(detail.workers) == len(registered_case_workers(zhengzhou, registered_case.case_id))
    assert not any(kind == "error" for kind, _, _ in prompts.log)


def registered_case_workers(svc, case_id: int):
    return svc.cases.detail(case_id).workers


def test_a_tampered_or_untrusted_package_is_refused_and_nothing_is_written(qtbot, zhengzhou, luoyang, prompts,
                                                                            tmp_path, registered_case):
    luoyang_svc, url = luoyang
    package = export_from_case_screen(qtbot, zhengzhou, prompts, registered_case.case_id, tmp_path / "移送")
    win = show(qtbot, MainWindow(prompts), 1280, 800)
    win.attach(luoyang_svc, describe_database(url))
    before = case_count(luoyang_svc)

    # not trusted yet: the reason says what to do
    prompts.files.append(str(package))
    win.import_case_package()
    qtbot.waitUntil(lambda: prompts.log[-1][0] == "error", timeout=20000)
    assert "尚未信任" in prompts.log[-1][2] and "设置 → 案件交换" in prompts.log[-1][2]

    # trusted, but the case's data was edited after the export
    trust_zhengzhou(qtbot, zhengzhou, luoyang_svc, prompts, tmp_path)
    bad = tmp_path / "被改动.wagecase"
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(bad, "w") as dest:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "manifest.json":
                data = data.replace("郑州".encode(), "开封".encode(), 1)
            dest.writestr(info.filename, data)
    prompts.files.append(str(bad))
    win.import_case_package()
    qtbot.waitUntil(lambda: prompts.log[-1][0] == "error" and "与签名不符" in prompts.log[-1][2], timeout=20000)
    assert getattr(win, "import_dialog", None) is None
    assert case_count(luoyang_svc) == before


def test_roles_that_may_not_exchange_get_no_button_and_a_read_only_page(qtbot, zhengzhou, prompts,
                                                                        registered_case):
    with as_role(zhengzhou, "supervisor"):
        view = show(qtbot, CaseView(zhengzhou, prompts, registered_case.case_id))
        assert getattr(view, "export_button", None) is None
        page = show(qtbot, ExchangePage(zhengzhou, prompts))
        assert page.read_only.isVisible() and not page.add_button.isVisible()
        win = show(qtbot, MainWindow(prompts), 1280, 800)
        win.attach(zhengzhou, "")
        win.import_case_package()
        assert prompts.log[-1][:2] == ("info", "导入案件包") and "不能导入" in prompts.log[-1][2]
