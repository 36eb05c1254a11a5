"""Never lose data: start-up checks, backups (manual, daily, before a restore) and restores.

The module functions work on a database URL before any Services exist (the start-up dialog and
wagecase-cli call them on a database that may not open); ``SafetyService`` does the checks that
need the opened database: its settings and its file.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain.errors import RuleError
from ..domain.messages import message
from ..storage import backup_folder, health, server
from ..storage import reference_data as rd
from ..storage.engine import is_sqlite, sqlite_path
from .context import ServiceContext

log = logging.getLogger(__name__)

Report = Callable[[int, int], bool]

DAILY_KEEP_SETTING = "backup.daily_keep"
DAILY_KEEP_DEFAULT = 14
DAILY_KEEP_RANGE = (1, 365)

KIND_LABELS = {
    backup_folder.KIND_DAILY: "每日自动备份",
    backup_folder.KIND_MIGRATION: "升级前自动备份",
    backup_folder.KIND_RESTORE: "恢复前的备份",
    backup_folder.KIND_DAMAGED: "损坏的数据库（原样保存）",
    backup_folder.KIND_MANUAL: "手动备份",
}


@dataclass(frozen=True)
class BackupEntry:
    path: str
    name: str
    kind: str
    kind_label: str
    taken_at: datetime  # local time
    size: int


@dataclass(frozen=True)
class BackupSummary:
    path: str
    revision: str
    cases: int  # -1: not known without reading the whole archive (PostgreSQL)
    size: int


@dataclass(frozen=True)
class Restored:
    backup: BackupSummary
    target: str
    safety_backup: str | None  # the database as it was before the restore
    to_revision: str
    migration_backup: str | None


@dataclass(frozen=True)
class DailyBackup:
    path: str | None  # None: today's backup existed already
    removed: tuple[str, ...]
    seconds: float


@dataclass(frozen=True)
class StartChecks:
    problems: tuple[str, ...]  # quick_check findings; empty when the file is sound
    daily: DailyBackup | None  # None: not SQLite, or not taken because of the problems


# ---- on a URL, before the database is open ---------------------------------------------------

def probe(url: str, *, must_exist: bool) -> bool:
    """RuleError (missing, locked, not a database, damaged, foreign) before opening ``url``;
    True when the file has been quick-checked already (small files)."""
    return health.probe(url, must_exist=must_exist)


def explain(exc: BaseException, url: str | None) -> RuleError | None:
    """A driver error raised while opening ``url`` as the RuleError the user can act on."""
    return health.explain(exc, url)


def upgrade_pending(url: str | None) -> bool:
    """Opening ``url`` will upgrade a SQLite file of an older version: a backup, then the schema
    (seconds on a large file; minutes for a million cases), worth a message while it runs."""
    path = sqlite_file(url) if url else None
    if path is None:
        return False
    from ..storage.migrations import HEAD_REVISION

    found = health.revision_of_file(path)
    return found is not None and found != HEAD_REVISION


def server_url(host: str, port: int | None, database: str, user: str, password: str = "") -> str:
    """The URL of an office's PostgreSQL server from the parts a clerk types."""
    return server.server_url(host, port, database, user, password)


def check_server(url: str) -> None:
    """RuleError in Chinese unless the server answers with this user, password and database."""
    server.check(url)


def remember_server_password(url: str, password: str) -> Path:
    """The password where the PostgreSQL driver finds it (the pgpass file), never in settings."""
    return server.remember_password(url, password)


def sqlite_file(url: str) -> Path | None:
    return sqlite_path(url) if is_sqlite(url) else None


def location(url: str) -> str:
    """The file, or the server and database (never the password), for messages."""
    path = sqlite_file(url)
    if path is not None:
        return str(path)
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme.split('+', 1)[0]}://{parts.hostname or '本机'}{port}{parts.path}"


def network_warning(url: str) -> str | None:
    """The Chinese warning when the SQLite file of ``url`` lies on a network share."""
    path = sqlite_file(url)
    if path is None:
        return None
    from ..storage.location import network_share

    share = network_share(path)
    return message("database.network_share", path=str(path), share=share) if share else None


def backup(url: str, dest: str | os.PathLike[str], *, report: Report | None = None) -> Path:
    """A manual backup: the SQLite online backup, or pg_dump for PostgreSQL."""
    if is_sqlite(url):
        from ..storage.backup import backup_sqlite

        return backup_sqlite(url, dest, report=report)
    from ..storage import pg_backup

    return pg_backup.dump(url, Path(dest))


def check_backup(url: str, path: str | os.PathLike[str]) -> BackupSummary:
    """RuleError unless ``path`` can be restored into the database at ``url``. Reads only."""
    if is_sqlite(url):
        from ..storage.restore import check_backup as check
    else:
        from ..storage.pg_backup import check_archive as check
    found = check(Path(path))
    return BackupSummary(str(found.path), found.revision, found.cases, found.size)


def restore(url: str, path: str | os.PathLike[str], backups_dir: Path) -> Restored:
    """Check ``path``, copy the current database into ``backups_dir``, replace it, upgrade it.
    Every connection to ``url`` in this process must be closed first."""
    from ..storage.restore import restore as run

    done = run(url, path, backups_dir)
    log.info("restored %s from %s (before: %s)", done.target, done.backup.path, done.safety_backup)
    b = done.backup
    return Restored(BackupSummary(str(b.path), b.revision, b.cases, b.size), done.target,
                    str(done.safety_backup) if done.safety_backup else None, done.to_revision,
                    str(done.migration_backup) if done.migration_backup else None)


def list_backups(folder: Path) -> list[BackupEntry]:
    """The backups in ``folder``, newest first."""
    return [BackupEntry(str(b.path), b.path.name, b.kind, KIND_LABELS[b.kind], b.taken_at, b.size)
            for b in backup_folder.list_backups(folder)]


# ---- on the opened database -------------------------------------------------------------------

class SafetyService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @property
    def backups_dir(self) -> Path:
        return self.ctx.data_dir / "backups"

    def database_file(self) -> Path | None:
        return health.engine_file(self.ctx.uow.engine)

    def daily_keep(self) -> int:
        with self.ctx.uow.read() as uow:
            text = rd.get_setting(uow.session, DAILY_KEEP_SETTING)
        try:
            keep = int(text) if text else DAILY_KEEP_DEFAULT
        except ValueError:
            keep = DAILY_KEEP_DEFAULT
        low, high = DAILY_KEEP_RANGE
        return min(max(keep, low), high)

    def quick_check(self, report: Report | None = None) -> list[str]:
        path = self.database_file()
        if path is None:
            return []
        return health.quick_check_file(path, (lambda: report(0, 0)) if report is not None else None)

    def daily_backup(self, *, now: datetime | None = None, report: Report | None = None) -> DailyBackup | None:
        """Today's automatic backup unless one exists; the oldest beyond the kept number go.
        None for a database that is not a SQLite file."""
        path = self.database_file()
        if path is None or not path.exists():
            return None
        import time

        started = time.perf_counter()
        done = backup_folder.daily_backup(path, self.backups_dir, keep=self.daily_keep(),
                                          now=now or datetime.now(), report=report)
        if done.path:
            log.info("daily backup %s in %.1f s", done.path, time.perf_counter() - started)
        return DailyBackup(str(done.path) if done.path else None, tuple(str(p) for p in done.removed),
                           time.perf_counter() - started)

    def start_checks(self, *, quick_check: bool, now: datetime | None = None,
                     report: Report | None = None) -> StartChecks:
        """What runs once the window shows its cases: the quick_check a large file skipped
        before opening, then the daily backup (not of a file that failed the check: a damaged
        copy would push a sound one out of the kept number)."""
        problems = tuple(self.quick_check(report)) if quick_check else ()
        if problems:
            return StartChecks(problems, None)
        return StartChecks((), self.daily_backup(now=now, report=report))
