"""初始设置 — 数据库位置: the first start of a workstation chooses a file or the office's server,
and the workstation remembers it (the server without its password, which goes to pgpass)."""
from __future__ import annotations

import os
import stat
import sys

import pytest
from sqlalchemy.engine import make_url

from wagecase import paths
from wagecase.ui.app import Startup
from wagecase.ui.database_choice import DatabaseChoiceDialog
from wagecase.ui.main_window import MainWindow
from wagecase.ui.prompts import ScriptedPrompts

SERVER = os.environ.get("WAGECASE_TEST_POSTGRES_URL")
needs_server = pytest.mark.skipif(not SERVER, reason="WAGECASE_TEST_POSTGRES_URL not set")


def test_the_default_file_is_not_remembered_another_file_is(qtbot, tmp_path):
    default = tmp_path / "data" / "wagecase.sqlite3"
    dialog = DatabaseChoiceDialog(ScriptedPrompts(), default)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == DatabaseChoiceDialog.DialogCode.Accepted
    assert dialog.url == f"sqlite:///{default}" and dialog.remembered == ""

    other = DatabaseChoiceDialog(ScriptedPrompts(files=[str(tmp_path / "办案" / "office")]), default)
    qtbot.addWidget(other)
    other._browse()
    assert other.file.text().endswith("office.sqlite3")
    other.accept()
    assert other.remembered == other.url == f"sqlite:///{tmp_path / '办案' / 'office.sqlite3'}"


def test_a_server_with_missing_parts_or_no_answer_is_not_chosen(qtbot, tmp_path):
    dialog = DatabaseChoiceDialog(ScriptedPrompts(), tmp_path / "w.sqlite3")
    qtbot.addWidget(dialog)
    dialog.server.setChecked(True)
    dialog.host.setText("")
    dialog.accept()
    assert dialog.result() != DatabaseChoiceDialog.DialogCode.Accepted
    assert "服务器" in dialog.test_result.text() and "用户名" in dialog.test_result.text()
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)  # nothing listens there
    dialog.user.setText("clerk")
    dialog.accept()
    assert dialog.result() != DatabaseChoiceDialog.DialogCode.Accepted and dialog.url == ""
    assert "无法连接服务器 127.0.0.1:1" in dialog.error.text()
    assert dialog.host.text() == "127.0.0.1" and dialog.user.text() == "clerk"  # nothing typed lost


def _server_parts():
    u = make_url(SERVER)
    return (u.host or u.query.get("host"), int(u.port or u.query.get("port") or 5432), u.database, u.username)


@needs_server
def test_the_office_server_is_tested_then_remembered_without_its_password(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    host, port, database, user = _server_parts()
    prompts = ScriptedPrompts()
    win = MainWindow(prompts)
    qtbot.addWidget(win)

    def choose(default):
        dialog = DatabaseChoiceDialog(prompts, default)
        qtbot.addWidget(dialog)
        dialog.server.setChecked(True)
        dialog.host.setText(host)
        dialog.port.setValue(port)
        dialog.database.setText("no_such_database")
        dialog.user.setText(user)
        dialog.password.setText("Office:2026")
        assert not dialog.test_connection() and "没有名为“no_such_database”的数据库" in dialog.test_result.text()
        dialog.database.setText(database)
        assert dialog.test_connection() and dialog.test_result.text() == "连接成功。"
        dialog.accept()
        return dialog.url, dialog.remembered, dialog.password_to_keep

    startup = Startup(win, prompts, lambda url: (None, url), None, choose_database=choose,
                      default_url=lambda: f"sqlite:///{tmp_path / 'data' / 'wagecase.sqlite3'}")
    url, must_exist = startup.where()
    assert make_url(url).password == "Office:2026" and not must_exist
    kept = paths.remembered_database()
    assert make_url(kept).password is None and make_url(kept).database == database
    line = (tmp_path / "pgpass").read_text(encoding="utf-8").strip()
    assert line.endswith(f":{database}:{user}:Office\\:2026")
    if sys.platform != "win32":
        assert stat.S_IMODE((tmp_path / "pgpass").stat().st_mode) == 0o600
    # the next start of this workstation: the remembered server, no question
    again = Startup(win, prompts, lambda url: (None, url), None, choose_database=lambda _d: pytest.fail("asked"),
                    default_url=lambda: f"sqlite:///{tmp_path / 'data' / 'wagecase.sqlite3'}")
    assert again.where() == (kept, True)


def test_leaving_the_choice_quits_and_a_workstation_with_a_database_file_is_not_asked(qtbot, tmp_path):
    prompts = ScriptedPrompts()
    win = MainWindow(prompts)
    qtbot.addWidget(win)
    default = tmp_path / "data" / "wagecase.sqlite3"
    startup = Startup(win, prompts, lambda url: (None, url), None, choose_database=lambda _d: None,
                      default_url=lambda: f"sqlite:///{default}")
    with qtbot.waitSignal(startup.finished) as done:
        assert startup.open_database() is False
    assert done.args == [0] and not default.exists()
    default.parent.mkdir(parents=True, exist_ok=True)
    default.touch()  # this workstation has its database already
    later = Startup(win, prompts, lambda url: (None, url), None, choose_database=lambda _d: pytest.fail("asked"),
                    default_url=lambda: f"sqlite:///{default}")
    assert later.where() == (None, False)
