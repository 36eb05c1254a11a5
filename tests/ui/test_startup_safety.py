"""Start-up on a database that will not open: real broken files, a clear Chinese sentence and a
way out (create, retry, another file, restore a backup, quit); the checks and the daily backup
after the window shows its cases; the dialogs themselves."""
from __future__ import annotations

import sqlite3
import pytest
from PySide6.QtCore import Qt

from tests.integration.safety_support import count, damage, foreign_database, locked, make_database
from wagecase.services import safety
from wagecase.storage.engine import sqlite_url
from wagecase.ui.app import Startup
from wagecase.ui.database_dialogs import OTHER_BACKUP, BackupListDialog, ProblemDialog
from wagecase.ui.main_window import MainWindow
from wagecase.ui.prompts import ScriptedPrompts

# about broken SQLite files at start-up: not run on PostgreSQL
pytestmark = pytest.mark.sqlite_only


@pytest.fixture(autouse=True)
def no_demo_prompt(monkeypatch):
    monkeypatch.setenv("WAGECASE_NO_DEMO_PROMPT", "1")


def connector(data_dir):
    from wagecase import bootstrap

    def connect(url):
        return bootstrap.build(url, data_dir=data_dir), url

    return connect


def start(qtbot, tmp_path, prompts, url, **kw) -> Startup:
    win = MainWindow(prompts)
    qtbot.addWidget(win)
    startup = Startup(win, prompts, connector(tmp_path / "data"), url, backups_dir=tmp_path / "data" / "backups", **kw)
    startup.checks_delay_ms = 60_000  # started by hand where a test wants them
    return startup


def asked(prompts, kind="choose"):
    return [entry for entry in prompts.log if entry[0] == kind]


def no_traceback(prompts):
    for _kind, _title, text in prompts.log:
        assert "Traceback" not in text and "Error" not in text


def test_a_missing_file_can_be_created(qtbot, tmp_path, prompts):
    path = tmp_path / "新建" / "wagecase.sqlite3"
    prompts.choices = ["新建数据库"]
    startup = start(qtbot, tmp_path, prompts, sqlite_url(path))
    assert startup.open_database() is True
    (_kind, title, text), = asked(prompts)
    assert title == "无法打开数据库" and "不存在" in text and str(path) in text
    assert text.endswith("新建数据库 | 选择其他数据库文件… | 从备份恢复… | 退出")
    assert path.exists() and str(path) in startup.window.location_label.text()
    no_traceback(prompts)


def test_a_missing_file_and_quit_creates_nothing(qtbot, tmp_path, prompts):
    path = tmp_path / "gone.sqlite3"
    prompts.choices = ["选择其他数据库文件…", "退出"]  # the file dialog is cancelled, then quit
    startup = start(qtbot, tmp_path, prompts, sqlite_url(path))
    with qtbot.waitSignal(startup.finished) as done:
        assert startup.open_database() is False
    assert done.args == [1]
    assert [e[0] for e in prompts.log] == ["choose", "open_file", "choose"]
    assert not path.exists()


def test_a_locked_database_can_be_retried_once_the_other_program_lets_go(qtbot, tmp_path):
    path = make_database(tmp_path / "busy.sqlite3", cases=2)

    class LetGo(ScriptedPrompts):
        holder = None

        def choose(self, parent, title, text, options, detail="", default=None):
            super().choose(parent, title, text, options, detail, default)
            self.holder.__exit__(None, None, None)  # the other program closes
            return "重试"

    prompts = LetGo()
    holder = locked(path)
    holder.__enter__()
    prompts.holder = holder
    startup = start(qtbot, tmp_path, prompts, sqlite_url(path))
    assert startup.open_database() is True
    (_kind, _title, text), = asked(prompts)
    assert "独占" in text and text.endswith("重试 | 选择其他数据库文件… | 从备份恢复… | 退出")
    assert startup.window.list_page("workbench").model.rowCount() == 2


def test_a_foreign_file_is_left_alone(qtbot, tmp_path, prompts):
    path = foreign_database(tmp_path / "shop.sqlite3")
    before = path.read_bytes()
    prompts.choices = ["退出"]
    startup = start(qtbot, tmp_path, prompts, sqlite_url(path))
    assert startup.open_database() is False
    (_kind, _title, text), = asked(prompts)
    assert "不是本系统的数据库" in text and "customers" in text
    assert path.read_bytes() == before
    no_traceback(prompts)


def test_a_server_that_does_not_answer_can_be_retried_or_left(qtbot, tmp_path, prompts):
    prompts.choices = ["退出"]
    startup = start(qtbot, tmp_path, prompts, "postgresql+psycopg://clerk:secret@127.0.0.1:1/wagecase?connect_timeout=2")
    assert startup.open_database() is False
    (_kind, _title, text), = asked(prompts)
    assert text.startswith("无法连接数据库：") and "secret" not in text
    assert text.endswith("重试 | 选择其他数据库文件… | 退出")  # no backup folder to restore a server from


def test_a_damaged_file_is_restored_from_the_newest_backup(qtbot, tmp_path, prompts):
    path = make_database(tmp_path / "wagecase.sqlite3", cases=4)
    folder = tmp_path / "data" / "backups"
    older = safety.backup(sqlite_url(path), folder / "wagecase-20261101-080000-daily.sqlite3")
    newer = safety.backup(sqlite_url(path), folder / "wagecase-20261127-080000-daily.sqlite3")
    conn = sqlite3.connect(older)
    conn.execute("DELETE FROM cases WHERE id > 1")  # the older backup has fewer cases
    conn.commit()
    conn.close()
    damage(path)
    damaged_bytes = path.read_bytes()

    prompts.choices = ["从备份恢复…"]
    prompts.backups = [0]  # the newest, at the top of the list
    prompts.answers = [True]  # yes, replace the database
    startup = start(qtbot, tmp_path, prompts, sqlite_url(path))
    assert startup.open_database() is True

    (_kind, _title, text), = asked(prompts)
    assert "已损坏" in text
    (_kind, shown_folder, listed), = asked(prompts, "choose_backup")
    assert shown_folder == str(folder)
    assert listed.splitlines() == [newer.name, older.name]
    (_kind, title, question), = asked(prompts, "question")
    assert title == "从备份恢复" and newer.name in question and "4 件案件" in question
    (_kind, _title, info), = asked(prompts, "info")
    assert "已从备份" in info and "damaged" in info
    assert count(path) == 4
    assert startup.window.list_page("workbench").model.rowCount() == 4
    kept = sorted(folder.glob("wagecase-*-damaged.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged_bytes
    no_traceback(prompts)


def test_a_refused_backup_says_why_and_offers_the_ways_out_again(qtbot, tmp_path, prompts):
    path = make_database(tmp_path / "wagecase.sqlite3", cases=1)
    damage(path)
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("不是备份" * 300, encoding="utf-8")
    prompts.choices = ["从备份恢复…", "退出"]
    prompts.backups = [OTHER_BACKUP]  # 其他位置的备份文件…
    prompts.files = [str(notes)]
    startup = start(qtbot, tmp_path, prompts, sqlite_url(path))
    assert startup.open_database() is False
    assert [e[0] for e in prompts.log] == ["choose", "choose_backup", "open_file", "error", "choose"]
    (_kind, title, text), = asked(prompts, "error")
    assert title == "无法恢复" and "不是 SQLite 数据库备份" in text


def test_the_checks_after_the_window_shows_take_todays_backup(qtbot, tmp_path, prompts):
    path = make_database(tmp_path / "wagecase.sqlite3", cases=3)
    startup = start(qtbot, tmp_path, prompts, sqlite_url(path))
    assert startup.open_database() is True
    with qtbot.waitSignal(startup.checked, timeout=20_000) as done:
        startup.start_checks(startup.services, True)
    result = done.args[0]
    assert result.problems == () and result.daily.path.endswith("-daily.sqlite3")
    assert count(result.daily.path) == 3
    assert "已完成今日自动备份" in startup.window.statusBar().currentMessage()
    assert not asked(prompts) and not asked(prompts, "warning")

    # a second start the same day: no second backup
    again = start(qtbot, tmp_path, prompts, sqlite_url(path))
    assert again.open_database() is True
    with qtbot.waitSignal(again.checked, timeout=20_000) as done:
        again.start_checks(again.services, True)
    assert done.args[0].daily.path is None
    assert len(list((tmp_path / "data" / "backups").glob("*-daily.sqlite3"))) == 1


def test_a_file_on_a_network_share_opens_with_a_warning(qtbot, tmp_path, prompts, monkeypatch):
    """As if the data folder were a mounted Windows share: /proc/mounts text as the office's NAS
    gives it, read through the real detection."""
    import wagecase.storage.location as location

    path = make_database(tmp_path / "wagecase.sqlite3", cases=1)
    mounts = f"/dev/sda1 / ext4 rw 0 0\n//nas.office/案件 {tmp_path} cifs rw,vers=3.1.1 0 0\n"
    monkeypatch.setattr(location, "network_share", lambda p: " ".join(location.linux_share(str(p), mounts) or ()) or None)
    startup = start(qtbot, tmp_path, prompts, sqlite_url(path))
    assert startup.open_database() is True  # a warning, not a refusal: the office decides
    qtbot.waitUntil(lambda: bool(asked(prompts, "warning")), timeout=5000)
    (_kind, title, text), = asked(prompts, "warning")
    assert title == "数据库在网络共享文件夹上"
    assert str(path) in text and "cifs //nas.office/案件" in text
    no_traceback(prompts)


def test_a_file_of_an_older_version_is_upgraded_behind_a_message(qtbot, tmp_path, prompts):
    """The upgrade (a backup, then the schema: minutes on a large office file) runs off the GUI
    thread behind a message without 取消; the window opens on the upgraded database."""
    from alembic import command
    from sqlalchemy import text

    from wagecase.storage import migrations
    from wagecase.storage.engine import make_engine

    path = make_database(tmp_path / "wagecase.sqlite3", cases=4)
    engine = make_engine(sqlite_url(path))
    cfg = migrations.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0012_login")  # as a copy of the previous version left it
    engine.dispose()
    assert safety.upgrade_pending(sqlite_url(path))

    startup = start(qtbot, tmp_path, prompts, sqlite_url(path))
    assert startup.open_database() is True
    assert startup.upgrade_operation.isFinished() and startup.upgrade_operation.error is None
    assert not safety.upgrade_pending(sqlite_url(path))
    from wagecase.services.dto import CaseFilter

    assert startup.services.cases.count(CaseFilter()) == 4
    with startup.services.ctx.uow.read() as uow:  # the cases already there are found by the new index
        name = uow.session.execute(text("SELECT lead_worker_name FROM cases LIMIT 1")).scalar_one()
    assert startup.services.cases.count(CaseFilter(search=name)) >= 1
    assert list((tmp_path / "data" / "backups").glob("*before-0012_login*"))
    assert not asked(prompts, "error")
    no_traceback(prompts)


def test_an_up_to_date_file_opens_without_the_upgrade_message(qtbot, tmp_path, prompts):
    path = make_database(tmp_path / "wagecase.sqlite3", cases=1)
    startup = start(qtbot, tmp_path, prompts, sqlite_url(path))
    assert not safety.upgrade_pending(sqlite_url(path))
    assert startup.open_database() is True
    assert getattr(startup, "upgrade_operation", None) is None


def test_a_large_damaged_file_is_found_after_the_window_shows(qtbot, tmp_path, prompts, monkeypatch):
    import wagecase.storage.health as health

    monkeypatch.setattr(health, "QUICK_CHECK_BEFORE_OPEN_BYTES", 0)  # as if the file were large
    path = make_database(tmp_path / "wagecase.sqlite3", cases=2)
    damage(path)
    prompts.choices = ["继续使用"]
    startup = start(qtbot, tmp_path, prompts, sqlite_url(path))
    assert startup.open_database() is True  # not checked yet: too large to check before showing
    assert not prompts.log
    startup.checks_delay_ms = 0
    with qtbot.waitSignal(startup.checked, timeout=20_000) as done:
        startup.start_checks(startup.services, False)
    assert done.args[0].problems and done.args[0].daily is None  # no backup of a damaged file
    (_kind, title, text), = asked(prompts)
    assert title == "数据库已损坏" and "已损坏" in text
    assert text.endswith("从备份恢复… | 选择其他数据库文件… | 继续使用 | 退出")
    assert not (tmp_path / "data" / "backups").exists()


def test_the_real_entry_point_never_shows_a_traceback_on_a_broken_file(tmp_path):
    """python -m wagecase on a file that is not a database, in the benchmark's no-dialog mode:
    one Chinese sentence on stderr and exit code 1."""
    import os
    import subprocess
    import sys

    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database" * 100)
    env = dict(os.environ, WAGECASE_EXIT_AFTER_PAINT="1", QT_QPA_PLATFORM="offscreen",
               WAGECASE_DATA_DIR=str(tmp_path / "data"), WAGECASE_SETTINGS_DIR=str(tmp_path / "s"))
    done = subprocess.run([sys.executable, "-m", "wagecase", "--database", str(broken)], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "不是数据库文件" in done.stderr and "Traceback" not in done.stderr


# ---- the dialogs -------------------------------------------------------------------------------

def test_problem_dialog_buttons_answer_with_their_text(qtbot):
    dialog = ProblemDialog(None, "无法打开数据库", "数据库文件“D:/案件/wagecase.sqlite3”不存在。",
                           ["新建数据库", "选择其他数据库文件…", "从备份恢复…", "退出"], "数据库：D:/案件/wagecase.sqlite3",
                           default="新建数据库")
    qtbot.addWidget(dialog)
    dialog.show()
    assert [b.text() for b in dialog.buttons.values()] == ["新建数据库", "选择其他数据库文件…", "从备份恢复…", "退出"]
    assert dialog.buttons["新建数据库"].isDefault()
    qtbot.mouseClick(dialog.buttons["从备份恢复…"], Qt.MouseButton.LeftButton)
    assert dialog.choice == "从备份恢复…" and dialog.result() == ProblemDialog.DialogCode.Accepted


def test_problem_dialog_closed_is_no_answer(qtbot):
    dialog = ProblemDialog(None, "无法打开数据库", "文字", ["退出"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()
    assert dialog.choice is None


def test_backup_list_newest_first_and_its_buttons(qtbot, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    for name in ["wagecase-20261101-080000-daily.sqlite3", "wagecase-20261127-080000-before-0009_legal_aid.sqlite3",
                 "wagecase-20261128-093000-daily.sqlite3"]:
        (folder / name).write_bytes(b"x" * 3000)
    entries = safety.list_backups(folder)
    dialog = BackupListDialog(None, entries, str(folder))
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert texts[0].startswith("2026年11月28日 09:30　每日自动备份") and texts[1].split("\n")[0].endswith("升级前自动备份　2 KB")
    assert dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == str(folder / "wagecase-20261128-093000-daily.sqlite3")

    empty = BackupListDialog(None, [], str(folder))
    qtbot.addWidget(empty)
    empty.show()
    assert not empty.restore_button.isEnabled() and "还没有备份" in empty.list.item(0).text()
    qtbot.mouseClick(empty.other_button, Qt.MouseButton.LeftButton)
    assert empty.choice == OTHER_BACKUP

