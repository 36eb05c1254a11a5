"""The main window: navigation, placeholder pages, lists, search, opening cases, start-up."""
from __future__ import annotations

import sqlite3

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from tests.ui.conftest import construction_intake
from wagecase.services.dto import CaseFilter
from wagecase.ui.app import PaintWatcher, Startup, app_settings, describe_database
from wagecase.ui.case_list import SEARCH_DEBOUNCE_MS, CaseListPage
from wagecase.ui.main_window import NAV_ENTRIES, MainWindow, WorkbenchPage
from wagecase.ui.placeholder import PlaceholderPage

NAV_LABELS = ["工作台", "投诉登记", "监察案件", "仲裁案件", "开庭日历", "用人单位", "失信名单", "法律援助", "文书", "统计", "设置"]


def test_navigation_has_all_eleven_areas_and_placeholders_say_not_open(window):
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == NAV_LABELS
    assert window.windowTitle() == "wagecase 农民工欠薪案件管理"
    for key, label, purpose in NAV_ENTRIES:
        window.show_page(key)
        page = window.pages.currentWidget()
        assert window.tabs.tabText(0) == label
        if purpose:
            assert isinstance(page, PlaceholderPage)
            texts = page.texts()
            assert "该功能尚未开放" in texts and purpose in texts
        else:
            assert not isinstance(page, PlaceholderPage)


def test_menus_and_status_bar(window, db_url):
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["文件(&F)", "视图(&V)", "帮助(&H)"]
    file_menu = window.menuBar().actions()[0].menu()
    assert [a.text() for a in file_menu.actions() if a.text()] == [
        "新建投诉登记", "新建仲裁申请登记", "导入案件包…", "修改密码…", "切换用户…", "退出"]
    assert window.actions["new_inspection"].shortcut().toString() == "Ctrl+N"
    assert describe_database(db_url) in window.location_label.text()
    assert "系统管理员" in window.user_label.text()


def test_lists_show_the_right_counts(window, demo_services, qtbot):
    total = demo_services.cases.count(CaseFilter())
    inspection = demo_services.cases.count(CaseFilter(case_type="inspection"))
    workbench = window.list_page("workbench")
    assert workbench.model.rowCount() == total == 300
    assert workbench.count_label.text() == "共 300 件"
    page = window.list_page("inspection")
    assert page.model.rowCount() == inspection
    assert page.count_label.text() == f"共 {inspection} 件"
    assert not page.filter_bar.case_type.isVisible()
    wb = window.page("workbench")
    assert isinstance(wb, WorkbenchPage)
    qtbot.waitUntil(lambda: wb.cards["inspection"].value.text() == f"{inspection:,}")
    finished = sum(demo_services.cases.count(CaseFilter(status=s)) for s in ("rejected", "withdrawn", "closed"))
    assert wb.cards["open"].value.text() == f"{total - finished:,}"
    assert wb.cards["arbitration"].value.text() == f"{demo_services.cases.count(CaseFilter(case_type='arbitration')):,}"


def test_search_by_worker_name_narrows_the_list(window, qtbot, services, registered_case):
    page: CaseListPage = window.list_page("workbench")
    page.refresh()
    assert page.model.rowCount() == 301
    page.filter_bar.search.setText("孙秀兰")  # QTest cannot type non-ASCII keys
    qtbot.waitUntil(lambda: page.model.rowCount() < 301, timeout=SEARCH_DEBOUNCE_MS * 10)
    ids = [page.model.case_id(r) for r in range(page.model.rowCount())]
    assert registered_case.case_id in ids
    assert page.count_label.text() == f"共 {len(ids)} 件"
    page.filter_bar.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 301, timeout=SEARCH_DEBOUNCE_MS * 10)


def test_search_by_employer_pinyin_initials(window, qtbot, registered_case):
    page = window.list_page("inspection")
    page.refresh()
    page.filter_bar.search.setText("hnysl")  # 河南豫顺劳务
    page.filter_bar.search.returnPressed.emit()
    assert registered_case.case_id in [page.model.case_id(r) for r in range(page.model.rowCount())]


def test_filter_combos_narrow_the_list(window, qtbot):
    page = window.list_page("workbench")
    bar = page.filter_bar
    bar.load_choices()
    assert bar.officer.count() > 1 and bar.county.count() > 100
    assert bar.county.findText("郑州市") > 0
    with qtbot.waitSignal(page.model.modelReset):
        bar.collective.setCurrentIndex(bar.collective.findData(True))
    assert 0 < page.model.rowCount() < 300
    bar.collective.setCurrentIndex(0)
    bar.county.setCurrentIndex(bar.county.findText("郑州市"))
    assert all(page.model.row_at(r) for r in range(page.model.rowCount()))
    bar.county.setCurrentIndex(0)
    bar.use_dates.setChecked(True)
    bar.date_from.setDate(bar.date_to.date().addYears(-10))
    assert page.model.rowCount() <= 300


def test_sort_by_clicking_amount_header(window, qtbot):
    page = window.list_page("workbench")
    page.view.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    amounts = [page.model.row_at(r).claimed_fen for r in range(page.model.rowCount())]
    assert amounts == sorted(amounts, reverse=True)


def test_ctrl_f_focuses_search_and_enter_opens_a_case(window, qtbot):
    window.show_page("employers")
    window.actions["find"].trigger()
    page = window.list_page("workbench")
    assert window.pages.currentWidget() is window.page("workbench")
    qtbot.waitUntil(lambda: page.filter_bar.search.hasFocus())
    view = page.view
    view.setFocus()
    view.setCurrentIndex(page.model.index(3, 0))
    with qtbot.waitSignal(window.case_opened) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [page.model.case_id(3)]
    assert window.tabs.count() == 2
    # opening the same case again switches to its tab instead of a second copy
    window.open_case(page.model.case_id(3))
    assert window.tabs.count() == 2
    window.actions["close_case"].trigger()
    assert window.tabs.count() == 1


def test_intake_page_buttons_use_the_registry_actions(window):
    page = window.page("intake")
    assert page.inspection_button.text() == "新建投诉登记"
    assert page.arbitration_button.text() == "新建仲裁申请登记"


def test_geometry_and_splitter_are_saved_in_private_settings(window, private_settings):
    window.splitter.setSizes([200, 1000])
    window.close()
    settings = app_settings()
    assert settings.fileName().startswith(str(private_settings))
    assert settings.value("main_window/splitter")
    assert QSettings(settings.fileName(), QSettings.Format.IniFormat).contains("main_window/geometry")


def test_describe_database_never_shows_a_password():
    assert describe_database("sqlite:////tmp/a b/x.sqlite3") == "/tmp/a b/x.sqlite3"
    text = describe_database("postgresql+psycopg://clerk:secret@db.office:5432/wagecase")
    assert "secret" not in text and "db.office:5432/wagecase" in text


# ---- start-up ------------------------------------------------------------------------------

def _connector(tmp_path):
    from wagecase import bootstrap

    def connect(url):
        return bootstrap.build(url, data_dir=tmp_path), url

    return connect


def _contents(path):
    with sqlite3.connect(path) as con:
        return (con.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall(),
                con.execute("SELECT version_num FROM alembic_version").fetchall())


def test_startup_on_a_newer_database_explains_in_chinese_and_quits(qtbot, tmp_path, prompts):
    path = tmp_path / "future.sqlite3"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        con.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    before = _contents(path)
    win = MainWindow(prompts)
    qtbot.addWidget(win)
    startup = Startup(win, prompts, _connector(tmp_path), f"sqlite:///{path}")
    prompts.choices = ["退出"]
    with qtbot.waitSignal(startup.finished) as done:
        assert startup.open_database() is False
    assert done.args == [1]
    kind, title, text = prompts.log[0]
    assert kind == "choose" and title == "无法打开数据库"
    assert "更新版本" in text and "选择其他数据库文件" in text
    assert "Traceback" not in text
    assert _contents(path) == before


def test_startup_on_a_broken_file_offers_another_database(qtbot, tmp_path, prompts, monkeypatch):
    monkeypatch.setenv("WAGECASE_NO_DEMO_PROMPT", "1")
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"this is not a database at all" * 100)
    good = tmp_path / "good.sqlite3"
    good.write_bytes(b"")  # a new, empty database chosen in the file dialog
    prompts.choices = ["选择其他数据库文件…"]
    prompts.files = [str(good)]
    win = MainWindow(prompts)
    qtbot.addWidget(win)
    startup = Startup(win, prompts, _connector(tmp_path), f"sqlite:///{broken}")
    assert startup.open_database() is True
    kind, title, text = prompts.log[0]
    assert kind == "choose" and title == "无法打开数据库" and "不是数据库文件" in text and str(broken) in text
    assert prompts.log[1][0] == "open_file"
    assert str(good) in win.location_label.text()
    assert win.list_page("workbench").model.rowCount() == 0


def test_first_start_offers_demo_data_and_loads_it_in_the_background(qtbot, tmp_path, prompts, monkeypatch):
    import wagecase.ui.app as app_module

    monkeypatch.setattr(app_module, "DEMO_CASES", 40)
    prompts.answers = [True]
    win = MainWindow(prompts)
    qtbot.addWidget(win)
    # the first start: the default database does not exist yet and is made
    startup = Startup(win, prompts, _connector(tmp_path), None,
                      default_url=lambda: f"sqlite:///{tmp_path / 'new.sqlite3'}")
    startup.ask_demo = False  # called by hand below, not from a timer
    assert startup.open_database()
    startup.offer_demo()
    assert prompts.log[0][0] == "question" and "是否载入演示数据？" in prompts.log[0][2]
    op = startup.demo_operation
    assert op is not None
    page = win.list_page("workbench")
    qtbot.waitUntil(lambda: page.model.rowCount() == 40, timeout=20_000)
    op.wait()


def test_demo_loading_can_be_cancelled(qtbot, tmp_path, prompts, monkeypatch):
    import wagecase.ui.app as app_module

    monkeypatch.setattr(app_module, "DEMO_CASES", 20_000)
    prompts.answers = [True]
    win = MainWindow(prompts)
    qtbot.addWidget(win)
    startup = Startup(win, prompts, _connector(tmp_path), None,
                      default_url=lambda: f"sqlite:///{tmp_path / 'new.sqlite3'}")
    startup.ask_demo = False
    startup.open_database()
    startup.offer_demo()
    op = startup.demo_operation
    with qtbot.waitSignal(op.finished, timeout=30_000):
        qtbot.mouseClick(op.progress_dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert op.cancelled
    QApplication.processEvents()
    page = win.list_page("workbench")
    page.refresh()
    assert 0 < page.model.rowCount() < 20_000  # what was committed before the cancel stays


def test_exit_after_paint_reports_once_rows_are_painted(qtbot, window, capsys):
    watcher = PaintWatcher(window, started=0.0)
    with qtbot.waitSignal(watcher.painted, timeout=5000):
        window.list_page("workbench").view.viewport().update()
    line = capsys.readouterr().out.strip().splitlines()[-1]
    assert line.startswith('{"painted_ms": ') and '"rows": 300' in line


def test_python_m_wagecase_paints_rows_and_exits(tmp_path, demo_services, db_url):
    """The real entry point, end to end: window, database, first painted rows, exit."""
    import json
    import os
    import subprocess
    import sys

    env = dict(os.environ, WAGECASE_EXIT_AFTER_PAINT="1", QT_QPA_PLATFORM="offscreen",
               WAGECASE_DATA_DIR=str(tmp_path / "data"), WAGECASE_SETTINGS_DIR=str(tmp_path / "s"))
    done = subprocess.run([sys.executable, "-m", "wagecase", "--database", db_url],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["rows"] == 300 and report["painted_ms"] > 0
    assert (tmp_path / "data" / "logs" / "wagecase.log").exists()


def test_database_argument_accepts_a_plain_path(tmp_path):
    from wagecase.__main__ import database_url, parse_args

    assert parse_args(["--database", "sqlite:///x.db"]).database == "sqlite:///x.db"
    assert database_url(str(tmp_path / "a.sqlite3")) == f"sqlite:///{tmp_path / 'a.sqlite3'}"
    assert database_url(None) is None


def _answer_intake_dialog(handle):
    """Run ``handle(dialog)`` on the intake dialog once its modal loop is running."""
    from PySide6.QtCore import QTimer

    from wagecase.ui.intake_dialog import IntakeDialog

    seen = []

    def poll():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, IntakeDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, poll)
            return
        seen.append(dialogs[0].case_type)
        handle(dialogs[0])

    QTimer.singleShot(0, poll)
    return seen


def test_new_complaint_action_opens_intake_for_inspection(window):
    seen = _answer_intake_dialog(lambda dialog: dialog.reject())
    window.actions["new_inspection"].trigger()
    assert seen == ["inspection"]
    assert window.tabs.count() == 1


def test_after_registering_the_list_refreshes_and_the_case_opens(window, services):
    from wagecase.services.dto import Changes, Registered

    officers = services.lookup.officers()
    done = services.intake.register(construction_intake(officers[0].id))

    def accept(dialog):
        dialog.registered = Registered(done.case_id, done.case_number, Changes((done.case_id,)))
        dialog.accept()

    seen = _answer_intake_dialog(accept)
    window.actions["new_arbitration"].trigger()
    assert seen == ["arbitration"]
    assert window.list_page("workbench").model.rowCount() == 301
    assert window.tabs.tabText(window.tabs.currentIndex()) == done.case_number
