"""What is wrong with a database before the app opens it, as a RuleError the user can act on.

Opening through SQLAlchemy would create a missing file, wait ten seconds on a lock and then show a
driver message in English. ``probe`` looks first, read-only and with a short wait, and names the
problem: missing, locked, not a database, damaged, another program's database. A database newer
than the app, or one needing migration, is left to ``migrations.upgrade``, which knows the
revisions (and needs Alembic, which costs 190 ms to import).
"""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine

from ..domain.errors import RuleError
from .engine import is_sqlite, sqlite_path

SQLITE_HEADER = b"SQLite format 3\x00"
# PRAGMA quick_check reads every page: about 1 ms per MB. Files up to this size are checked
# before the window shows its cases; larger ones once it has (see services.safety).
QUICK_CHECK_BEFORE_OPEN_BYTES = 64 * 1024 * 1024
PROBE_TIMEOUT_S = 2.0
WAGECASE_TABLES = ("alembic_version", "cases")


def probe(url: str, *, must_exist: bool, quick_check_limit: int | None = None) -> bool:
    """Raise RuleError("database.missing" | "database.locked" | "database.not_sqlite" |
    "database.corrupt" | "database.foreign" | "database.unreadable") for a SQLite file that cannot
    be opened as it is. Returns whether the file was quick-checked (False when it is larger than
    ``quick_check_limit``, is new, or is not SQLite: someone has to check it later). Never changes
    the file."""
    if not is_sqlite(url):
        return False
    path = sqlite_path(url)
    if path is None:
        return False
    if not path.exists():
        if must_exist:
            raise RuleError("database.missing", path=str(path))
        return False
    if path.is_dir():
        raise RuleError("database.unreadable", path=str(path), detail="这是一个文件夹")
    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise RuleError("database.unreadable", path=str(path), detail=chinese_detail(exc.strerror or str(exc))) from exc
    if not head:
        return False  # an empty file is a new SQLite database
    if head != SQLITE_HEADER:
        raise RuleError("database.not_sqlite", path=str(path))
    limit = QUICK_CHECK_BEFORE_OPEN_BYTES if quick_check_limit is None else quick_check_limit
    check = path.stat().st_size <= limit
    try:
        conn = _open_read_only(path)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if check:
                problems = quick_check_connection(conn)
                if problems:
                    raise RuleError("database.corrupt", path=str(path), detail=problems[0][:200])
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise explain_sqlite_error(exc, path) from exc
    own = sorted(t for t in tables if not t.startswith("sqlite_") and t != "alembic_version")
    if own and not all(t in tables for t in WAGECASE_TABLES):
        raise RuleError("database.foreign", tables="、".join(own[:5]))
    return check


def engine_file(engine: Engine) -> Path | None:
    """The SQLite file behind ``engine``; None for a server or an in-memory database."""
    return sqlite_path(engine.url.render_as_string(hide_password=False))


def quick_check_file(path: Path, still_wanted: Callable[[], bool] | None = None) -> list[str]:
    """PRAGMA quick_check of a SQLite file, read-only: [] when it passes, else its findings.
    ``still_wanted`` turning False (the app is closing) interrupts it: RuleError
    "database.check_cancelled"."""
    from .backup import interrupting

    try:
        conn = _open_read_only(path)
        try:
            with interrupting(conn, still_wanted) as stopped:
                try:
                    return quick_check_connection(conn)
                except sqlite3.OperationalError as exc:
                    if stopped:
                        raise RuleError("database.check_cancelled", path=str(path)) from exc
                    raise
        finally:
            conn.close()
    except sqlite3.Error as exc:
        error = explain_sqlite_error(exc, path)
        if error.key == "database.locked":
            raise error from exc
        return [str(exc)]


def quick_check_connection(conn: sqlite3.Connection) -> list[str]:
    rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
    return [] if rows == ["ok"] else rows


def explain(exc: BaseException, url: str | None) -> RuleError | None:
    """The RuleError for a driver error raised while opening ``url`` (SQLAlchemy wraps it), or
    None when it is not one this module knows."""
    if isinstance(exc, RuleError):
        return exc
    orig = getattr(exc, "orig", None) or exc
    if not isinstance(orig, sqlite3.Error):
        if type(exc).__module__.startswith("sqlalchemy"):  # a server that does not answer ...
            lines = str(orig).strip().splitlines()
            return RuleError("database.unreachable", detail=chinese_detail(lines[0]) if lines else type(orig).__name__)
        return None
    path = sqlite_path(url) if url and is_sqlite(url) else None
    return explain_sqlite_error(orig, path)


def explain_sqlite_error(exc: sqlite3.Error, path: Path | None) -> RuleError:
    text = str(exc).lower()
    where = str(path) if path else "数据库"
    if "locked" in text or "busy" in text:
        return RuleError("database.locked", path=where)
    if "not a database" in text or "file is encrypted" in text:
        return RuleError("database.not_sqlite", path=where)
    if "malformed" in text or "corrupt" in text:
        return RuleError("database.corrupt", path=where, detail=str(exc)[:200])
    return RuleError("database.unreadable", path=where, detail=chinese_detail(str(exc)))


_DETAILS = (  # what SQLite and the OS say, as the user can act on it
    ("unable to open database file", "无法打开文件（所在文件夹不存在，或没有访问权限）"),
    ("permission denied", "没有访问权限"),
    ("readonly", "文件是只读的"),
    ("read-only", "文件是只读的"),
    ("disk i/o error", "磁盘读写错误"),
    ("database or disk is full", "磁盘空间不足"),
    ("no space left", "磁盘空间不足"),
    ("is a directory", "这是一个文件夹"),
    ("no such file", "文件不存在"),
    # what libpq says of a server it cannot reach
    ("connection refused", "连接被拒绝，该地址和端口上没有数据库服务"),
    ("timeout expired", "连接超时"),
    ("timed out", "连接超时"),
    ("could not translate host name", "找不到该服务器地址"),
    ("name or service not known", "找不到该服务器地址"),
    ("no route to host", "网络不通"),
    ("network is unreachable", "网络不通"),
)


def chinese_detail(text: str) -> str:
    """A driver or OS message in Chinese when it is a known one, else as it is."""
    lowered = text.lower()
    for english, chinese in _DETAILS:
        if english in lowered:
            return chinese
    return text[:200]


def _open_read_only(path: Path) -> sqlite3.Connection:
    # mode=ro: looking must never create or change the file; a short timeout tells "locked"
    # from "slow" without making the user wait the app's full busy timeout
    text = os.fspath(path.resolve()).replace("\\", "/")
    # file:/C:/... on Windows (the VFS drops the slash before a drive letter), file:/home/...
    uri = "file:" + ("" if text.startswith("/") else "/") + quote(text, safe="/:") + "?mode=ro"
    # check_same_thread=False: a helper thread may interrupt a long check (backup.interrupting)
    return sqlite3.connect(uri, uri=True, timeout=PROBE_TIMEOUT_S, check_same_thread=False)


def revision_of_file(path: Path) -> str | None:
    """The Alembic revision a SQLite file is at, read without opening it for writing; None for
    a missing, new, foreign or unreadable file (opening it says what is wrong)."""
    if not path.is_file():
        return None
    try:
        conn = _open_read_only(path)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None
