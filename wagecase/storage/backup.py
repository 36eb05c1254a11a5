"""Consistent copies of the SQLite database file.

sqlite3's online backup API copies the pages as one read transaction sees them, so a copy
taken while the app is running (WAL mode, rows still only in the -wal file) holds every
committed row and nothing half-written; copying the file with shutil would miss the -wal.
PostgreSQL goes through pg_dump (pg_backup.py).
"""
from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..domain.errors import RuleError
from .engine import is_sqlite, sqlite_path


Report = Callable[[int, int], bool]
# pages per step of a cancellable copy: 64 MB at the default page size
STEP_PAGES = 16_384


class _Cancelled(Exception):
    pass


def backup_sqlite(src_url_or_path: str | os.PathLike[str], dest_path: str | os.PathLike[str], *,
                  report: Report | None = None) -> Path:
    """Copy the database at ``src_url_or_path`` (a sqlite URL or a file path) to ``dest_path``.

    The copy is a single self-contained file (rollback journal, no -wal) that passed
    ``PRAGMA integrity_check``; it appears under ``dest_path`` only once complete. Returns
    ``dest_path`` as a Path. With ``report(done_pages, total_pages) -> bool`` the copy goes in
    steps and stops (RuleError "backup.cancelled", nothing left behind) when it returns False.
    """
    src = _source_path(src_url_or_path)
    dest = Path(dest_path)
    if not src.is_file():
        # sqlite3.connect would silently create an empty database and "back it up"
        raise RuleError("backup.source_missing", path=str(src))
    if dest.resolve() == src.resolve():
        raise RuleError("backup.same_file", path=str(dest))
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        try:
            _copy(src, partial, report)
            _check(partial, report)
        except _Cancelled:
            raise RuleError("backup.cancelled", path=str(src)) from None
        except sqlite3.Error as exc:  # unreadable source, disk full, ...: a message, not a traceback
            raise RuleError("backup.failed", path=str(src), detail=str(exc)) from exc
        os.replace(partial, dest)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return dest


def _source_path(src: str | os.PathLike[str]) -> Path:
    text = os.fspath(src)
    if "://" not in text:
        return Path(text)
    if not is_sqlite(text):
        raise RuleError("backup.unsupported_backend", backend=text.split(":", 1)[0])
    path = sqlite_path(text)
    if path is None:
        raise RuleError("backup.no_file", url=text)
    return path


def _copy(src: Path, dest: Path, report: Report | None = None) -> None:
    source = sqlite3.connect(src, timeout=10, isolation_level=None)
    try:
        target = sqlite3.connect(dest)
        try:
            if report is None:
                # pages=-1: the whole database in one step, i.e. from one snapshot
                source.backup(target, pages=-1)
            else:
                # Steps release nothing while the source keeps its own read transaction open:
                # every step reads the same snapshot, and a write by another process cannot
                # restart the copy (in WAL it goes on beside it).
                source.execute("BEGIN")
                source.execute("SELECT count(*) FROM sqlite_master").fetchone()

                def progress(_status: int, remaining: int, total: int) -> None:
                    if not report(total - remaining, total):
                        raise _Cancelled

                try:
                    source.backup(target, pages=STEP_PAGES, progress=progress)
                finally:
                    source.execute("COMMIT")
            # the copy inherits WAL mode from the header; a backup should be one plain file
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
    finally:
        source.close()


def _check(path: Path, report: Report | None = None) -> None:
    conn = sqlite3.connect(path, check_same_thread=False)
    try:
        with interrupting(conn, (lambda: report(1, 1)) if report is not None else None) as stopped:
            try:
                result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            except sqlite3.OperationalError:
                if stopped:
                    raise _Cancelled from None
                raise
    finally:
        conn.close()
    if result != ["ok"]:
        raise RuleError("backup.integrity_failed", path=str(path), detail="; ".join(result)[:500])


@contextmanager
def interrupting(conn: sqlite3.Connection, still_wanted: Callable[[], bool] | None) -> Iterator[list[bool]]:
    """Interrupt ``conn``'s running statement once ``still_wanted()`` turns False (polled from a
    helper thread: integrity_check is one VM step, so a progress handler never runs during it).
    The list yielded is non-empty once it has interrupted."""
    stopped: list[bool] = []
    if still_wanted is None:
        yield stopped
        return
    done = threading.Event()

    def watch() -> None:
        while not done.wait(0.1):
            if not still_wanted():
                stopped.append(True)
                conn.interrupt()
                return

    watcher = threading.Thread(target=watch, name="sqlite-interrupt", daemon=True)
    watcher.start()
    try:
        yield stopped
    finally:
        done.set()
        watcher.join()
