"""The backups folder: what each file is, the daily automatic backup and its pruning.

The kind of a backup is in its name, written by whoever made it, so that pruning can never take
a file it did not make: only ``<db>-<YYYYmmdd-HHMMSS>-daily.sqlite3`` files are ever deleted.
The date in the name (local time), not the file's mtime, says which day a backup belongs to: a
copied or restored folder keeps its meaning.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from .backup import backup_sqlite

STAMP_FORMAT = "%Y%m%d-%H%M%S"
BACKUP_SUFFIXES = (".sqlite3", ".sqlite", ".db", ".dump")
_NAME = re.compile(r"^(?P<stem>.+?)-(?P<stamp>\d{8}-\d{6})-(?P<tail>.+?)(?:-\d+)?(?P<suffix>\.[A-Za-z0-9]+)$")

KIND_DAILY = "daily"
KIND_MIGRATION = "migration"
KIND_RESTORE = "restore"
KIND_DAMAGED = "damaged"
KIND_MANUAL = "manual"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: str  # one of the KIND_ constants
    taken_at: datetime  # local time, from the name (or the file's mtime for other names)
    stem: str  # the database's file name without suffix ("" when the name does not say)
    size: int


def stamped_name(db_stem: str, tail: str, when: datetime, suffix: str = ".sqlite3") -> str:
    return f"{db_stem}-{when.strftime(STAMP_FORMAT)}-{tail}{suffix}"


def free_path(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name`` with -2, -3 ... before the suffix if that exists."""
    dest = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 2
    while dest.exists():
        dest = folder / f"{stem}-{n}{suffix}"
        n += 1
    return dest


def describe(path: Path) -> BackupFile:
    st = path.stat()
    m = _NAME.match(path.name)
    if m:
        try:
            when = datetime.strptime(m.group("stamp"), STAMP_FORMAT)
        except ValueError:
            m = None
    if not m:
        return BackupFile(path, KIND_MANUAL, datetime.fromtimestamp(st.st_mtime), "", st.st_size)
    tail = m.group("tail")
    if tail == "daily":
        kind = KIND_DAILY
    elif tail.startswith("damaged"):
        kind = KIND_DAMAGED
    elif tail == "before-restore":
        kind = KIND_RESTORE
    elif tail.startswith("before-"):
        kind = KIND_MIGRATION
    else:
        kind = KIND_MANUAL
    return BackupFile(path, kind, when, m.group("stem"), st.st_size)


def list_backups(folder: Path) -> list[BackupFile]:
    """Every backup file in ``folder``, newest first (a missing folder has none)."""
    if not folder.is_dir():
        return []
    found = [describe(p) for p in folder.iterdir()
             if p.is_file() and p.suffix.lower() in BACKUP_SUFFIXES and not p.name.startswith(".")]
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def daily_backups(folder: Path, db_stem: str) -> list[BackupFile]:
    """The daily automatic backups of the database named ``db_stem``, newest first."""
    return [b for b in list_backups(folder) if b.kind == KIND_DAILY and b.stem == db_stem]


@dataclass(frozen=True)
class DailyResult:
    path: Path | None  # the backup taken now; None when today's already existed
    removed: tuple[Path, ...]  # older daily backups deleted to keep ``keep``


def daily_backup(db_path: Path, folder: Path, *, keep: int, now: datetime,
                 report: Callable[[int, int], bool] | None = None) -> DailyResult:
    """Take today's automatic backup of ``db_path`` unless one dated today exists, then delete
    the oldest daily backups beyond ``keep``. A failed backup raises and deletes nothing: the
    old backups are all there is then."""
    stem = db_path.stem
    existing = daily_backups(folder, stem)
    taken = None
    if not existing or existing[0].taken_at.date() < now.date():
        taken = backup_sqlite(db_path, free_path(folder, stamped_name(stem, "daily", now)), report=report)
    return DailyResult(taken, prune_daily(folder, stem, keep=keep))


def prune_daily(folder: Path, db_stem: str, *, keep: int) -> tuple[Path, ...]:
    removed = []
    for old in daily_backups(folder, db_stem)[max(keep, 1):]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return tuple(removed)


def newest_daily_date(folder: Path, db_stem: str) -> date | None:
    found = daily_backups(folder, db_stem)
    return found[0].taken_at.date() if found else None
