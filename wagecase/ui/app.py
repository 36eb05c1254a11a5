"""Start-up of the GUI: QApplication, Chinese look, the window first, then the database.

``__main__`` hands in ``connect(url) -> (Services, resolved_url)`` (the ui layer may not import
bootstrap). A database that will not open (missing, locked, damaged, not a database, another
program's, newer than the app) gets a Chinese sentence and a way out: create it, retry, choose
another file, restore a backup, or quit; never a traceback. Once the window shows its cases, a
large file is quick-checked and the day's automatic backup taken off the GUI thread.
"""
from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from .i18n import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from ..services import Services
    from .main_window import MainWindow
    from .prompts import Prompts

log = logging.getLogger(__name__)

Connect = Callable[[str | None], "tuple[Services, str]"]

ORGANISATION = "wagecase"
APPLICATION = "wagecase"
DEMO_CASES = 500
# the start-up checks wait until the first page of cases has been painted and looked at
CHECKS_DELAY_MS = 3000



def app_settings() -> QSettings:
    """Window state only (business settings live in the database). Tests redirect it."""
    folder = os.environ.get("WAGECASE_SETTINGS_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return QSettings(str(Path(folder) / "wagecase.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)


def describe_database(url: str) -> str:
    """What the status bar shows: the file path, or the server and database (never a password)."""
    if url.startswith("sqlite"):
        rest = url.split(":///", 1)[1] if ":///" in url else ""
        rest = rest.split("?", 1)[0]
        return unquote(rest) if rest and rest != ":memory:" else tr("内存数据库（不保存）")
    parts = urlsplit(url)
    kind = parts.scheme.split("+", 1)[0]
    kind = {"postgresql": "PostgreSQL", "postgres": "PostgreSQL", "mysql": "MySQL"}.get(kind, kind)
    host = parts.hostname or tr("本机")
    port = f":{parts.port}" if parts.port else ""
    return tr("{kind} 服务器 {host}{port}{path}").format(kind=kind, host=host, port=port, path=parts.path)


def startup_error_text(exc: BaseException, location: str) -> str:
    from ..domain.errors import RuleError

    if isinstance(exc, RuleError):
        try:
            from .error_text import say

            return say(exc.key, **exc.params)
        except Exception:  # noqa: BLE001 - a missing sentence must not hide the problem
            return exc.key
    if isinstance(exc, (PermissionError, IsADirectoryError)):
        return tr("没有权限读取数据库文件“{location}”，请检查文件权限，或选择其他数据库文件。").format(location=location)
    return (tr("无法打开数据库“{location}”：该文件不是本系统可以读取的数据库，或者文件已损坏、无法读取。数据库未作任何改动。详细信息已写入日志。").format(location=location))


class PaintWatcher(QObject):
    """WAGECASE_EXIT_AFTER_PAINT: report when the case list first paints with rows, then quit."""

    painted = Signal(float)

    def __init__(self, window: "MainWindow", started: float) -> None:
        super().__init__(window)
        self._started = started
        self._done = False
        self._window = window
        page = window.list_page("workbench")
        self._view = page.view if page is not None else None
        if self._view is not None:
            self._view.viewport().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint and self._view is not None:
            rows = self._view.model().rowCount()
            if rows > 0 or self._view.model().total() == 0:  # type: ignore[attr-defined]
                self._done = True
                # report once this paint has been handed to the screen
                QTimer.singleShot(0, lambda: self._report(rows))
        return False

    def _report(self, rows: int) -> None:
        ms = (time.perf_counter() - self._started) * 1000
        print(json.dumps({"painted_ms": round(ms, 1), "rows": rows, "title": self._window.windowTitle()}),
              flush=True)
        self.painted.emit(ms)


class Startup(QObject):
    """Opens the database after the window is up; asks about demo data on an empty one."""

    finished = Signal(int)  # quit requested with this exit code
    ready = Signal()  # services attached
    checked = Signal(object)  # the start-up checks ended: StartChecks, or the exception

    def __init__(self, window: "MainWindow", prompts: "Prompts", connect: Connect,
                 database_url: str | None, *, started: float | None = None,
                 open_case: int | None = None, start_page: str | None = None,
                 default_url: Callable[[], str] | None = None, backups_dir: Path | None = None,
                 login: "Callable[[Services, str], bool] | None" = None,
                 setup: "Callable[[Services, str], tuple[bool, bool]] | None" = None,
                 choose_database: "Callable[[Path], tuple[str, str, str] | None] | None" = None) -> None:
        super().__init__(window)
        self.window = window
        self.prompts = prompts
        self.connect = connect
        self.url = database_url
        self.default_url = default_url
        self.login = login  # None: act as the database's default user (tests; the CLI's way)
        # the first start of a database nobody has logged in to: (saved, load demo data)
        self.setup = setup
        # the first start of this workstation: the default file → (url, to remember, password)
        self.choose_database = choose_database
        self._backups_dir = backups_dir
        self.started = started if started is not None else time.perf_counter()
        self.open_case_id = open_case
        self.start_page = start_page
        self.services: Services | None = None
        self.demo_operation = None
        self.checks_operation = None
        self.restore_operation = None
        self.checks_delay_ms = CHECKS_DELAY_MS
        self.exit_after_paint = os.environ.get("WAGECASE_EXIT_AFTER_PAINT") == "1"
        self.ask_demo = os.environ.get("WAGECASE_NO_DEMO_PROMPT") != "1" and not self.exit_after_paint

    @property
    def backups_dir(self) -> Path:
        if self._backups_dir is not None:
            return self._backups_dir
        from .. import paths

        return paths.backups_dir()

    def where(self) -> tuple[str | None, bool] | None:
        """The database to open and whether it must exist already: the one named, the one this
        workstation remembers, or (first start here) the one chosen now; None: the user left."""
        from .. import paths
        from ..services import safety

        if self.url is not None:
            return self.url, True  # a file the user named must be there
        remembered = paths.remembered_database()
        if remembered:
            return remembered, True
        default = self.default_url() if self.default_url else None
        first_file = safety.sqlite_file(default) if default else None
        if self.choose_database is None or first_file is None or first_file.exists():
            return None, False  # the default is made when missing
        chosen = self.choose_database(first_file)
        if chosen is None:
            return None
        url, keep, password = chosen
        if keep:
            paths.remember_database(keep)
        if password:
            safety.remember_server_password(keep or url, password)
        return url, False

    def open_database(self) -> bool:
        from ..services import safety

        found = self.where()
        if found is None:
            self.finished.emit(0)
            return False
        url, must_exist = found
        while True:
            target = url or (self.default_url() if self.default_url else None)
            try:
                checked = safety.probe(target, must_exist=must_exist) if target else False
                if safety.upgrade_pending(target):
                    services, resolved = self.connect_upgrading(target)
                else:
                    services, resolved = self.connect(target)
                break
            except Exception as exc:  # noqa: BLE001 - every failure gets a Chinese way out
                way = self.way_out(exc, target)
                if way is None:
                    self.finished.emit(1)
                    return False
                url, must_exist = way
        self.url = resolved
        self.services = services
        if self.login is not None and not self.exit_after_paint:
            # nobody acts until somebody has logged in; 退出 at the login closes the app
            services.ctx.user_id = None
            if self.setup is not None and services.setup.needed():
                saved, demo = self.setup(services, describe_database(resolved))
                if not saved:
                    self.finished.emit(0)
                    return False
                self.ask_demo = False  # the wizard asked
                if demo:
                    QTimer.singleShot(0, self.load_demo)
            elif not self.login(services, describe_database(resolved)):
                self.finished.emit(0)
                return False
            self.window.log_in = lambda: self.login(services, describe_database(resolved))
        self.window.attach(services, describe_database(resolved))
        if self.exit_after_paint:
            watcher = PaintWatcher(self.window, self.started)
            watcher.painted.connect(lambda _ms: self.finished.emit(0))
        self.ready.emit()
        if self.start_page:
            self.show_start_page(self.start_page)
        if self.open_case_id is not None:
            self.window.open_case(self.open_case_id)
        if not self.exit_after_paint:
            self.warn_network_share(resolved)
            QTimer.singleShot(self.checks_delay_ms, self, lambda: self.start_checks(services, checked))
        if self.ask_demo:
            QTimer.singleShot(0, self.offer_demo)
        return True

    def connect_upgrading(self, target: str):
        """connect() of a database a newer version of the program must upgrade first, off the GUI
        thread behind a message (no 取消: an upgrade runs to its end or rolls back whole), so the
        window stays alive and says why it waits. Raises what connect() raised."""
        from PySide6.QtWidgets import QProgressDialog

        from .workers import Operation, wait_in_event_loop

        dialog = QProgressDialog(tr("本版本程序需要升级数据库：先自动备份，再升级。数据较多时需要几分钟，请勿关闭程序……"),
                                 "", 0, 0, self.window)
        dialog.setWindowTitle(tr("升级数据库"))
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(420)
        op = Operation(lambda _report: self.connect(target))
        self.upgrade_operation = op
        dialog.show()
        wait_in_event_loop(op.begin())
        dialog.close()
        dialog.deleteLater()
        if op.error is not None:
            raise op.error
        return op.result

    def way_out(self, exc: BaseException, target: str | None) -> tuple[str, bool] | None:
        """Explain why ``target`` did not open and ask what to do: (url to try, must it exist),
        or None to quit."""
        from ..services import safety
        from .startup_texts import CANT_OPEN, CHOOSE, CREATE, DB_FILE_FILTER, QUIT, RESTORE, RETRY

        location = describe_database(target) if target else tr("默认数据库")
        error = safety.explain(exc, target)
        key = error.key if error is not None else ""
        if key in ("database.missing", "database.locked", "database.foreign", "database.too_new",
                   "database.unreachable"):
            log.warning("opening database %s refused: %s", location, key)
        else:
            log.error("opening database %s failed", location, exc_info=exc)
        text = startup_error_text(error or exc, location)
        if self.exit_after_paint:  # the benchmark: no dialogs, just a failing exit
            print(text, file=sys.stderr, flush=True)
            return None
        is_file = bool(target) and safety.sqlite_file(target) is not None
        can_retry = key in ("database.locked", "database.unreachable")  # it may let go, or come back
        options = ([CREATE] if key == "database.missing" else []) + ([RETRY] if can_retry else [])
        options += [CHOOSE] + ([RESTORE] if is_file else []) + [QUIT]
        default = CREATE if key == "database.missing" else RETRY if can_retry else CHOOSE
        while True:
            choice = self.prompts.choose(self.window, CANT_OPEN, text, options, tr("数据库：{location}").format(location=location),
                                         default=default)
            if choice == CREATE:
                path = safety.sqlite_file(target)
                if path is not None:
                    path.parent.mkdir(parents=True, exist_ok=True)
                return target, False
            if choice == RETRY:
                return target, True
            if choice == CHOOSE:
                path = self.prompts.open_file(self.window, tr("选择数据库文件"), DB_FILE_FILTER)
                if path:
                    return "sqlite:///" + path, True
                continue  # the file dialog was cancelled: back to the ways out
            if choice == RESTORE and target and self.restore_into(target):
                return target, True
            if choice == RESTORE:
                continue
            return None

    def restore_into(self, target: str) -> bool:
        """Pick a backup, check it, confirm, restore it over ``target`` off the GUI thread (the
        same code as wagecase-cli restore). True once restored."""
        from ..domain.errors import RuleError
        from ..services import safety
        from .startup_texts import BACKUP_FILE_FILTER

        folder = self.backups_dir
        backups = [b for b in safety.list_backups(folder) if b.kind != "damaged"]
        path = self.prompts.choose_backup(self.window, backups, str(folder))
        from .database_dialogs import OTHER_BACKUP

        if path == OTHER_BACKUP:
            path = self.prompts.open_file(self.window, tr("选择备份文件"), BACKUP_FILE_FILTER, str(folder))
        if not path:
            return False
        location = describe_database(target)
        try:
            found = safety.check_backup(target, path)
        except RuleError as exc:
            self.prompts.error(self.window, tr("无法恢复"), startup_error_text(exc, location))
            return False
        cases = tr("{cases} 件案件，").format(cases=found.cases) if found.cases >= 0 else ""
        if not self.prompts.question(
                self.window, tr("从备份恢复"),
                tr("用备份“{name}”（{cases}{value:.1f} MB）替换数据库“{location}”吗？\n\n替换前，当前的数据库会先原样保存到备份文件夹：{folder}").format(
                    name=Path(path).name, cases=cases, value=found.size / 1024 / 1024, location=location,
                    folder=folder)):
            return False
        outcome: dict[str, object] = {}
        from .workers import run_with_progress, wait_in_event_loop

        def work(_report):
            return safety.restore(target, path, folder)

        op = run_with_progress(self.window, tr("从备份恢复"), tr("正在恢复数据库，请稍候"), work,
                               on_success=lambda done: outcome.setdefault("done", done),
                               on_failure=lambda exc: outcome.setdefault("error", exc))
        self.restore_operation = op
        wait_in_event_loop(op)
        error = outcome.get("error") or op.error
        done = outcome.get("done") or op.result
        if error is not None or done is None:
            self.prompts.error(self.window, tr("无法恢复"), startup_error_text(error or RuntimeError("?"), location))
            return False
        kept = tr("\n\n恢复前的数据库已保存为：{safety_backup}").format(
            safety_backup=done.safety_backup) if done.safety_backup else ""
        self.prompts.info(self.window, tr("从备份恢复"), tr("已从备份“{name}”恢复数据库“{location}”。{kept}").format(
            name=Path(path).name, location=location, kept=kept))
        return True

    def warn_network_share(self, url: str) -> None:
        from ..services import safety

        try:
            warning = safety.network_warning(url) if url else None
        except Exception:  # noqa: BLE001 - a warning must never stop the start
            log.exception("checking for a network share failed")
            return
        if warning:
            log.warning("database on a network share: %s", url)
            QTimer.singleShot(0, self, lambda: self.prompts.warning(self.window, tr("数据库在网络共享文件夹上"), warning))

    def start_checks(self, services: "Services", checked: bool) -> None:
        """Quick-check a file too large to check before the window showed, then take the day's
        automatic backup; both off the GUI thread and cancelled at exit."""
        if services is not self.services:
            return  # another database has been opened since
        from .workers import Operation

        # no parent: the thread must outlive a window closed while it runs (stop_all waits for
        # it); bound methods, not lambdas, so a closed window stops listening
        op = Operation(lambda report: services.safety.start_checks(quick_check=not checked, report=report))
        op.succeeded.connect(self._checks_done)
        op.failed.connect(self._checks_failed)
        self.checks_operation = op.begin()

    def _checks_done(self, result) -> None:
        services = self.services
        if result.problems and services is not None:
            self.checked.emit(result)
            self.damaged_while_open(services, result.problems)
            return
        if result.daily is not None and result.daily.path:
            self.window.statusBar().showMessage(tr("已完成今日自动备份：{name}").format(
                name=Path(result.daily.path).name), 10_000)
        self.checked.emit(result)

    def _checks_failed(self, exc: BaseException) -> None:
        from ..domain.errors import RuleError

        if not (isinstance(exc, RuleError) and exc.key in ("backup.cancelled", "database.check_cancelled")):
            self.prompts.warning(self.window, tr("自动备份"),
                                 tr("今天的自动备份未能完成：") + startup_error_text(exc, tr("数据库"))
                                 + tr("\n\n数据库本身未受影响。请检查备份文件夹所在磁盘的空间和权限。"))
        self.checked.emit(exc)

    def damaged_while_open(self, services: "Services", problems) -> None:
        """The open database failed its quick_check: say so, offer the ways out."""
        from .error_text import say
        from .startup_texts import CHOOSE, CONTINUE, DB_FILE_FILTER, QUIT, RESTORE

        location = describe_database(self.url or "")
        text = say("database.corrupt", path=location, detail=str(problems[0])[:200])
        while True:
            choice = self.prompts.choose(self.window, tr("数据库已损坏"), text, [RESTORE, CHOOSE, CONTINUE, QUIT],
                                         tr("数据库：{location}").format(location=location), default=RESTORE)
            if choice == CONTINUE:
                return
            if choice in (None, QUIT):
                self.finished.emit(1)
                return
            services.ctx.uow.engine.dispose()  # nothing of this process may write to the old file
            if choice == RESTORE:
                if not self.restore_into(self.url or ""):
                    continue
            else:
                path = self.prompts.open_file(self.window, tr("选择数据库文件"), DB_FILE_FILTER)
                if not path:
                    continue
                self.url = "sqlite:///" + path
            self.open_database()
            return

    def show_start_page(self, spec: str) -> None:
        """``settings/holidays``: an area of the navigation, then a page inside it."""
        key, _, sub = spec.partition("/")
        try:
            self.window.show_page(key)
            if sub:
                self.window.page(key).show_page(sub)  # type: ignore[attr-defined]
        except (KeyError, AttributeError):
            log.warning("unknown start page %s", spec)

    def offer_demo(self) -> None:
        services = self.services
        if services is None:
            return
        try:
            empty = services.demo.is_empty()
            me = services.users.current()
        except Exception:  # noqa: BLE001
            log.exception("checking for an empty database failed")
            return
        from ..domain.permissions import Permission, may

        if not empty or me is None or not may(me.role, Permission.SETTINGS):
            return  # demo data is the administrator's to load
        if not self.prompts.question(
                self.window, tr("载入演示数据"),
                tr("是否载入演示数据？\n\n当前数据库中还没有案件。演示数据包含 {DEMO_CASES} 件河南省的模拟案件（姓名、单位均为虚构），便于熟悉系统。正式使用请另建数据库。").format(
                    DEMO_CASES=DEMO_CASES)):
            return
        self.load_demo()

    def load_demo(self) -> None:
        services = self.services
        if services is None:
            return
        from .workers import run_with_progress

        def work(report):
            return services.demo.generate(DEMO_CASES, progress=report)

        def failed(exc: BaseException) -> None:
            from .error_text import error_lines

            self.window.refresh()
            self.prompts.error(self.window, tr("载入演示数据"), tr("演示数据未能全部载入：") + "".join(error_lines(exc)))

        self.demo_operation = run_with_progress(
            self.window, tr("载入演示数据"), tr("正在生成演示案件"), work,
            on_success=lambda _n: self.window.refresh(), on_failure=failed)


def crash_text(log_file: Path) -> str:
    return (tr("操作时发生意外错误。程序没有关闭，已经填写和保存的内容都还在，可以继续工作。\n\n错误的详细情况已记入日志文件：\n{log_file}\n\n如果再次出现，请把这个日志文件发给系统管理员，并说明当时在做什么。").format(log_file=log_file))


def install_excepthook(prompts: "Prompts", window: "MainWindow") -> None:
    """A bug in a slot must not kill the app or show a traceback: log it, say so in Chinese with
    the log's path. Nothing is closed, so what the user typed stays where it was."""
    from .. import paths

    def hook(kind, value, tb) -> None:
        log.critical("unhandled exception", exc_info=(kind, value, tb))
        try:
            prompts.error(window, tr("程序错误"), crash_text(paths.log_file()))
        except Exception:  # noqa: BLE001 - the dialog itself failing must not recurse
            pass

    sys.excepthook = hook


def make_application(argv: list[str]) -> "QApplication":
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from .. import paths
    from . import i18n
    from .style import apply_look

    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    icon = paths.resources_dir() / "icons" / "wagecase.svg"
    if icon.exists():  # the title bar, the task bar and every dialog
        app.setWindowIcon(QIcon(str(icon)))
    i18n.install(app, i18n.chosen_language(app_settings()))
    from .workers import GuiThreadGarbage

    if app.findChild(GuiThreadGarbage) is None:
        GuiThreadGarbage(app)
    apply_look(app)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


def run(argv: list[str], *, connect: Connect, database_url: str | None, started: float,
        open_case: int | None = None, prompts: "Prompts | None" = None,
        start_page: str | None = None, default_url: Callable[[], str] | None = None,
        backups_dir: Path | None = None) -> int:
    app = make_application(argv)
    from .main_window import MainWindow
    from .prompts import Prompts

    prompts = prompts or Prompts()
    window = MainWindow(prompts)
    window.show()
    install_excepthook(prompts, window)
    from .database_choice import choose_database
    from .login_dialog import log_in
    from .setup_wizard import run_setup

    startup = Startup(window, prompts, connect, database_url, started=started, open_case=open_case,
                      start_page=start_page, default_url=default_url, backups_dir=backups_dir,
                      login=lambda services, location: log_in(services, location, window),
                      setup=lambda services, location: run_setup(services, location, window, DEMO_CASES),
                      choose_database=lambda default: choose_database(prompts, default, window))
    exit_code = {"code": 0}

    def finish(code: int) -> None:
        exit_code["code"] = code
        window.save_state()
        app.exit(code)

    startup.finished.connect(finish)
    # Open the database once the empty window has had its first paint.
    QTimer.singleShot(0, startup.open_database)
    code = app.exec()
    from .workers import stop_all

    stop_all()
    return exit_code["code"] or code
