"""Start-up of the GUI: QApplication, Chinese look, the window first, then the database.

``__main__`` hands in ``connect(url) -> (Services, resolved_url)`` (the ui layer may not import
bootstrap). Errors while opening a database become a Chinese question with a way out (choose
another file, or quit), never a traceback.
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

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal

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
DB_FILE_FILTER = "wagecase 数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)"


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
        return unquote(rest) if rest and rest != ":memory:" else "内存数据库（不保存）"
    parts = urlsplit(url)
    kind = parts.scheme.split("+", 1)[0]
    kind = {"postgresql": "PostgreSQL", "postgres": "PostgreSQL", "mysql": "MySQL"}.get(kind, kind)
    host = parts.hostname or "本机"
    port = f":{parts.port}" if parts.port else ""
    return f"{kind} 服务器 {host}{port}{parts.path}"


def startup_error_text(exc: BaseException, location: str) -> str:
    from ..domain.errors import RuleError

    if isinstance(exc, RuleError):
        try:
            from ..domain.messages import message

            return message(exc.key, **exc.params)
        except Exception:  # noqa: BLE001 - a missing sentence must not hide the problem
            return exc.key
    if isinstance(exc, (PermissionError, IsADirectoryError)):
        return f"没有权限读取数据库文件“{location}”，请检查文件权限，或选择其他数据库文件。"
    return (f"无法打开数据库“{location}”：该文件不是本系统可以读取的数据库，或者文件已损坏、"
            "无法读取。数据库未作任何改动。详细信息已写入日志。")


class PaintWatcher(QObject):
    """WAGECASE_EXIT_AFTER_PAINT: report when the case list first paints with rows, then quit."""

    painted = Signal(float)

    def __init__(self, window: "MainWindow", started: float) -> None:
        super().__init__(window)
        self._started = started
        self._done = False
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
        print(json.dumps({"painted_ms": round(ms, 1), "rows": rows}), flush=True)
        self.painted.emit(ms)


class Startup(QObject):
    """Opens the database after the window is up; asks about demo data on an empty one."""

    finished = Signal(int)  # quit requested with this exit code
    ready = Signal()  # services attached

    def __init__(self, window: "MainWindow", prompts: "Prompts", connect: Connect,
                 database_url: str | None, *, started: float | None = None,
                 open_case: int | None = None, start_page: str | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.prompts = prompts
        self.connect = connect
        self.url = database_url
        self.started = started if started is not None else time.perf_counter()
        self.open_case_id = open_case
        self.start_page = start_page
        self.services: Services | None = None
        self.demo_operation = None
        self.exit_after_paint = os.environ.get("WAGECASE_EXIT_AFTER_PAINT") == "1"
        self.ask_demo = os.environ.get("WAGECASE_NO_DEMO_PROMPT") != "1" and not self.exit_after_paint

    def open_database(self) -> bool:
        url = self.url
        while True:
            try:
                services, resolved = self.connect(url)
                break
            except Exception as exc:  # noqa: BLE001 - every failure gets a Chinese way out
                location = describe_database(url) if url else "默认数据库"
                log.exception("opening database %s failed", location)
                text = startup_error_text(exc, location)
                if self.exit_after_paint:  # the benchmark: no dialogs, just a failing exit
                    print(text, file=sys.stderr, flush=True)
                    self.finished.emit(1)
                    return False
                if not self.prompts.question(self.window, "无法打开数据库",
                                             text + "\n\n是否选择其他数据库文件？选择“否”将退出程序。"):
                    self.finished.emit(1)
                    return False
                path = self.prompts.open_file(self.window, "选择数据库文件", DB_FILE_FILTER)
                if not path:
                    self.finished.emit(1)
                    return False
                url = "sqlite:///" + path
        self.url = resolved
        self.services = services
        self.window.attach(services, describe_database(resolved))
        if self.exit_after_paint:
            watcher = PaintWatcher(self.window, self.started)
            watcher.painted.connect(lambda _ms: self.finished.emit(0))
        self.ready.emit()
        if self.start_page:
            self.show_start_page(self.start_page)
        if self.open_case_id is not None:
            self.window.open_case(self.open_case_id)
        if self.ask_demo:
            QTimer.singleShot(0, self.offer_demo)
        return True

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
        except Exception:  # noqa: BLE001
            log.exception("checking for an empty database failed")
            return
        if not empty:
            return
        if not self.prompts.question(
                self.window, "载入演示数据",
                f"是否载入演示数据？\n\n当前数据库中还没有案件。演示数据包含 {DEMO_CASES} 件河南省的模拟案件"
                "（姓名、单位均为虚构），便于熟悉系统。正式使用请另建数据库。"):
            return
        from .workers import run_with_progress

        def work(report):
            return services.demo.generate(DEMO_CASES, progress=report)

        def failed(exc: BaseException) -> None:
            from .error_text import error_lines

            self.window.refresh()
            self.prompts.error(self.window, "载入演示数据", "演示数据未能全部载入：" + "".join(error_lines(exc)))

        self.demo_operation = run_with_progress(
            self.window, "载入演示数据", "正在生成演示案件", work,
            on_success=lambda _n: self.window.refresh(), on_failure=failed)


def _install_excepthook(prompts: "Prompts", window: "MainWindow") -> None:
    """A bug in a slot must not kill the app or show a traceback: log it, say so in Chinese."""

    def hook(kind, value, tb) -> None:
        log.critical("unhandled exception", exc_info=(kind, value, tb))
        try:
            prompts.error(window, "程序错误", "操作时发生意外错误，已记录在日志中。请保存工作并联系系统管理员。")
        except Exception:  # noqa: BLE001
            pass

    sys.excepthook = hook


def make_application(argv: list[str]) -> "QApplication":
    from PySide6.QtWidgets import QApplication

    from .style import apply_look, install_translations

    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    install_translations(app)  # type: ignore[arg-type]
    apply_look(app)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


def run(argv: list[str], *, connect: Connect, database_url: str | None, started: float,
        open_case: int | None = None, prompts: "Prompts | None" = None,
        start_page: str | None = None) -> int:
    app = make_application(argv)
    from .main_window import MainWindow
    from .prompts import Prompts

    prompts = prompts or Prompts()
    window = MainWindow(prompts)
    window.show()
    _install_excepthook(prompts, window)
    startup = Startup(window, prompts, connect, database_url, started=started, open_case=open_case,
                      start_page=start_page)
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
