"""Putting a backup back: check it, keep what is there now, replace, bring the schema up.

Nothing is replaced before the backup has passed every check (a SQLite file, intact, a wagecase
database of a revision this app knows), and nothing is replaced before the current database has
been copied into the backups folder: a restore can always be undone by restoring that copy.

A readable database is overwritten through SQLite's online backup API, in one write transaction
on the target: a connection still open elsewhere sees the old or the new database, never a mix,
and the -wal/-shm files stay SQLite's business. A missing, empty or damaged target is replaced by
a complete copy written beside it and moved over it with os.replace, after its stale -wal and -shm
are set aside (a leftover -wal would otherwise be replayed onto the restored file).
"""
from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain.errors import RuleError
from . import migrations
from .backup import _copy, backup_sqlite
from .backup_folder import free_path, stamped_name
from .engine import is_sqlite, make_engine, sqlite_path
from .health import SQLITE_HEADER, _open_read_only, chinese_detail, explain_sqlite_error, quick_check_connection

SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupCheck:
    path: Path
    revision: str
    cases: int
    size: int


@dataclass(frozen=True)
class RestoreResult:
    backup: BackupCheck
    target: str  # the file path, or the server and database
    safety_backup: Path | None  # the database as it was before, None when there was none
    to_revision: str
    migration_backup: Path | None  # taken when the restored database was upgraded

    @property
    def upgraded(self) -> bool:
        return self.backup.revision != self.to_revision


def known_revision(found: str) -> bool:
    """Whether every revision in ``found`` is one of this app's migrations."""
    if found == migrations.HEAD_REVISION:
        return True  # the common case without importing Alembic
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrations.alembic_config())
    for rev in found.split(","):
        try:
            if script.get_revision(rev) is None:
                return False
        except Exception:  # noqa: BLE001 - alembic raises its own ResolutionError variants
            return False
    return True


def backup_revision(path: Path, revisions: list[str]) -> str:
    """The revision a backup's alembic_version rows name; RuleError when there are none (not a
    wagecase backup) or one this program does not know (made by a newer version)."""
    if not revisions:
        raise RuleError("restore.backup_foreign", path=str(path))
    found = ",".join(revisions)
    if not known_revision(found):
        raise RuleError("restore.backup_too_new", path=str(path), found_revision=found,
                        app_revision=migrations.HEAD_REVISION)
    return found


def check_backup(path: str | os.PathLike[str]) -> BackupCheck:
    """Raise RuleError("restore.*") unless ``path`` is an intact wagecase SQLite database of a
    revision this app can open. Reads only."""
    path = Path(path)
    if not path.is_file():
        raise RuleError("restore.backup_missing", path=str(path))
    with path.open("rb") as f:
        if f.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise RuleError("restore.backup_not_sqlite", path=str(path))
    try:
        conn = _open_read_only(path)
        try:
            # the full check, not quick_check: a restore is rare and the backup must be whole
            result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                raise RuleError("restore.backup_corrupt", path=str(path), detail="；".join(result)[:200])
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not {"alembic_version", "cases"} <= tables:
                raise RuleError("restore.backup_foreign", path=str(path))
            revisions = sorted(r[0] for r in conn.execute("SELECT version_num FROM alembic_version"))
            cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        err = explain_sqlite_error(exc, path)
        if err.key == "database.corrupt":
            raise RuleError("restore.backup_corrupt", path=str(path), detail=str(exc)[:200]) from exc
        if err.key == "database.not_sqlite":
            raise RuleError("restore.backup_not_sqlite", path=str(path)) from exc
        raise err from exc
    found = backup_revision(path, revisions)
    return BackupCheck(path, found, cases, path.stat().st_size)


def restore(url: str, backup: str | os.PathLike[str], backups_dir: Path, *,
            now: datetime | None = None) -> RestoreResult:
    """Replace the database at ``url`` by ``backup`` and upgrade it to this app's schema.

    The caller closes its own connections first (an engine still open on a replaced file would
    keep writing to the old one)."""
    now = now or datetime.now()
    if not is_sqlite(url):
        from . import pg_backup

        return pg_backup.restore(url, Path(backup), backups_dir, now=now)
    target = sqlite_path(url)
    if target is None:
        raise RuleError("backup.no_file", url=url)
    check = check_backup(backup)
    if target.exists() and target.resolve() == check.path.resolve():
        raise RuleError("restore.same_file", path=str(target))
    safety = restore_sqlite_file(check.path, target, backups_dir, now=now)
    engine = make_engine(url)
    try:
        migrated = migrations.upgrade(engine, backup_dir=backups_dir)
    finally:
        engine.dispose()
    return RestoreResult(check, str(target), safety, migrated.to_revision, migrated.backup_path)


def restore_sqlite_file(backup: Path, target: Path, backups_dir: Path, *, now: datetime) -> Path | None:
    """Copy the (checked) ``backup`` over ``target``; returns the copy of what was there."""
    state = _state(target)
    safety = None
    if state == "ok":
        name = stamped_name(target.stem, "before-restore", now)
        try:
            safety = backup_sqlite(target, free_path(backups_dir, name))
        except RuleError as exc:
            if "locked" in str(exc.params.get("detail", "")):
                raise RuleError("database.locked", path=str(target)) from exc
            raise
        _overwrite(backup, target)
    else:
        if state == "damaged":
            safety = _keep_damaged(target, backups_dir, now)
        target.parent.mkdir(parents=True, exist_ok=True)
        _replace(backup, target)
    _verify(target)
    return safety


def _state(target: Path) -> str:
    """missing | empty | ok | damaged; raises RuleError("database.locked")."""
    if not target.exists():
        return "missing"
    if target.is_dir():
        raise RuleError("database.unreadable", path=str(target), detail="这是一个文件夹")
    if target.stat().st_size == 0 and not any(Path(str(target) + s).exists() for s in SIDE_FILES):
        return "empty"
    with target.open("rb") as f:
        if f.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            return "damaged"
    try:
        conn = _open_read_only(target)
        try:
            if quick_check_connection(conn):
                return "damaged"
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if explain_sqlite_error(exc, target).key == "database.locked":
            raise RuleError("database.locked", path=str(target)) from exc
        return "damaged"
    own = {t for t in tables if not t.startswith("sqlite_") and t != "alembic_version"}
    if own and "cases" not in own:
        # another program's database: the user pointed at the wrong file, not at ours
        raise RuleError("restore.target_foreign", path=str(target))
    return "ok"


def _overwrite(backup: Path, target: Path) -> None:
    source = _open_read_only(backup)
    try:
        dest = sqlite3.connect(target, timeout=10, isolation_level=None)
        try:
            src_size = source.execute("PRAGMA page_size").fetchone()[0]
            if (dest.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
                    and dest.execute("PRAGMA page_size").fetchone()[0] != src_size):
                # a WAL database cannot change its page size; out of WAL it can (the app turns
                # WAL back on when it opens the file)
                if dest.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "wal":
                    raise RuleError("database.locked", path=str(target))
            source.backup(dest, pages=-1)
        finally:
            dest.close()
    except sqlite3.Error as exc:
        raise _restore_error(exc, target) from exc
    finally:
        source.close()


def _replace(backup: Path, target: Path) -> None:
    tmp = target.with_name(f".{target.name}.restoring")
    tmp.unlink(missing_ok=True)
    try:
        try:
            _copy(backup, tmp)
        except sqlite3.Error as exc:
            raise _restore_error(exc, target) from exc
        _fsync(tmp)
        for suffix in SIDE_FILES:
            Path(str(target) + suffix).unlink(missing_ok=True)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)


def _keep_damaged(target: Path, backups_dir: Path, now: datetime) -> Path:
    """The damaged file and its -wal/-journal as they are: evidence, and maybe recoverable."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    dest = free_path(backups_dir, stamped_name(target.stem, "damaged", now))
    shutil.copyfile(target, dest)
    for suffix in ("-wal", "-journal"):
        side = Path(str(target) + suffix)
        if side.exists():
            shutil.copyfile(side, Path(str(dest) + suffix))
    return dest


def _verify(target: Path) -> None:
    try:
        conn = _open_read_only(target)
        try:
            problems = quick_check_connection(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise _restore_error(exc, target) from exc
    if problems:
        raise RuleError("restore.failed", path=str(target), detail="恢复后的完整性检查未通过")


def _restore_error(exc: sqlite3.Error, target: Path) -> RuleError:
    err = explain_sqlite_error(exc, target)
    if err.key == "database.locked":
        return err
    return RuleError("restore.failed", path=str(target), detail=chinese_detail(str(exc)))


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory; NTFS journals the rename itself
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
