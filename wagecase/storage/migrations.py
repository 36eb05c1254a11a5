"""Bring the database to this app's schema at start-up: check, back up, upgrade.

The common case (database already at head) must cost one small query: Alembic takes about
190 ms to import, so it is imported only when there is something to do, and the head is
kept here as a constant (a test pins it to the Alembic script head).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from .. import paths
from ..domain.errors import RuleError
from .backup import backup_sqlite
from .engine import enable_wal

if TYPE_CHECKING:
    from alembic.config import Config

HEAD_REVISION = "0013_search_index"
VERSION_TABLE = "alembic_version"


class DatabaseTooNew(RuleError):
    """The database was written by a newer wagecase: refused, left exactly as it was."""

    def __init__(self, found_revision: str) -> None:
        super().__init__("database.too_new", found_revision=found_revision, app_revision=HEAD_REVISION)
        self.found_revision = found_revision


class ForeignDatabase(RuleError):
    """The database has tables but was never created by wagecase: not ours to change."""

    def __init__(self, tables: list[str]) -> None:
        super().__init__("database.foreign", tables="、".join(tables[:5]))
        self.tables = tables


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None  # None: the database was empty
    to_revision: str
    backup_path: Path | None  # the copy taken before upgrading, if one was needed
    created: bool  # the schema was created from nothing

    @property
    def upgraded(self) -> bool:
        return self.from_revision != self.to_revision


def current_revision(engine: Engine) -> str | None:
    """The database's Alembic revision; None for an empty (or non-wagecase) database."""
    with engine.connect() as conn:
        return _read_revision(conn)


def upgrade(engine: Engine, *, backup_dir: Path) -> MigrationResult:
    """Upgrade to HEAD_REVISION in one transaction, after backing up a SQLite file with data.

    Raises DatabaseTooNew or ForeignDatabase without changing anything, and
    RuleError("database.migration_failed") after rolling a failed upgrade back.
    """
    result = _upgrade(engine, backup_dir)
    enable_wal(engine)
    return result


def _upgrade(engine: Engine, backup_dir: Path) -> MigrationResult:
    found = current_revision(engine)
    if found == HEAD_REVISION:
        return MigrationResult(found, found, None, created=False)

    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection if conn.dialect.name == "sqlite" else None
        if raw is not None:
            # Batch migrations rebuild tables (copy, drop, rename); with foreign keys on, the
            # drop would cascade or fail. SQLite ignores this pragma inside a transaction, so
            # it goes to the driver before SQLAlchemy begins; keys are re-checked before commit.
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            # IMMEDIATE: a second instance starting at the same moment waits here, then finds
            # the database already at head below.
            conn.execution_options(sqlite_begin="IMMEDIATE")
            with conn.begin():
                found = _read_revision(conn)
                if found == HEAD_REVISION:
                    return MigrationResult(found, found, None, created=False)
                _refuse_unknown(conn, found, cfg)
                backup = None
                if found is not None and raw is not None:
                    backup = _backup(conn, found, backup_dir)
                cfg.attributes["connection"] = conn
                try:
                    command.upgrade(cfg, "head")
                except Exception as exc:  # rolled back by conn.begin(): the file is as it was
                    raise RuleError("database.migration_failed", from_revision=found or "",
                                    detail=str(exc)[:300], backup=str(backup or "")) from exc
                if raw is not None:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuleError("database.migration_broke_keys", table=broken[0][0], count=len(broken))
        finally:
            if raw is not None:
                try:
                    raw.execute("PRAGMA foreign_keys=ON")
                except Exception:
                    # never hand a connection without foreign keys back to the pool
                    conn.invalidate()
    return MigrationResult(found, HEAD_REVISION, backup, created=found is None)


def alembic_config() -> Config:
    """Alembic configured in code (no alembic.ini): script location is the shipped db/ folder.

    To run on a connection, set ``cfg.attributes["connection"]`` (db/env.py uses it).
    """
    from alembic.config import Config

    cfg = Config()
    # ConfigParser interpolation would choke on a '%' in the install path
    cfg.set_main_option("script_location", str(paths.db_dir()).replace("%", "%%"))
    return cfg


def _read_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table(VERSION_TABLE):
        return None
    revisions = sorted(conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars())
    if not revisions:
        return None  # left empty by a downgrade to base
    # several rows mean branches, which only a newer app could have written
    return ",".join(revisions)


def _refuse_unknown(conn: Connection, found: str | None, cfg: Config) -> None:
    if found is None:
        tables = [t for t in inspect(conn).get_table_names() if t != VERSION_TABLE]
        if tables:
            raise ForeignDatabase(sorted(tables))
        return
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(cfg)
    for rev in found.split(","):
        try:
            known = script.get_revision(rev) is not None
        except Exception:  # alembic raises its own ResolutionError/CommandError variants
            known = False
        if not known:
            raise DatabaseTooNew(found)


def _backup(conn: Connection, found: str, backup_dir: Path) -> Path:
    # taken while this connection holds the write lock: nobody can write between the copy
    # and the upgrade, and readers (the backup is one) are not blocked
    src = Path(conn.engine.url.database)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = backup_dir / f"{src.stem}-{stamp}-before-{found}.sqlite3"
    n = 2
    while dest.exists():
        dest = backup_dir / f"{src.stem}-{stamp}-before-{found}-{n}.sqlite3"
        n += 1
    return backup_sqlite(src, dest)
