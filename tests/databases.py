"""The databases the suite runs on: SQLite files in tmp_path always, and PostgreSQL as well when
WAGECASE_TEST_POSTGRES_URL points at a server (any database on it the user may connect to; the
user must be allowed to create databases).

On PostgreSQL each kind of database (empty, a schema from the models, migrated with its
reference data) is built once per session as a template, and each test gets its own copy
(``CREATE DATABASE … TEMPLATE …``, some 50 ms where migrating takes over a second), dropped
after the test. Nothing is shared between tests.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

POSTGRES_URL_VARIABLE = "WAGECASE_TEST_POSTGRES_URL"
SQLITE = "sqlite"
POSTGRESQL = "postgresql"
KINDS = ("empty", "schema", "migrated")


def postgres_base_url() -> str | None:
    return os.environ.get(POSTGRES_URL_VARIABLE) or None


def backends() -> list[str]:
    """What a database test runs on: SQLite, and PostgreSQL when the suite is pointed at one."""
    return [SQLITE, POSTGRESQL] if postgres_base_url() else [SQLITE]


def _build(url: str, kind: str, folder: Path) -> None:
    """Brings a new, empty database at ``url`` to ``kind``."""
    if kind == "empty":
        return
    from wagecase.storage.engine import make_engine

    engine = make_engine(url)
    try:
        if kind == "schema":
            from wagecase.storage.models import Base

            Base.metadata.create_all(engine)
        elif kind == "migrated":
            from wagecase.storage.migrations import upgrade

            upgrade(engine, backup_dir=folder / "backups")
        else:
            raise ValueError(kind)
    finally:
        engine.dispose()  # a template must have no sessions, a test's copy none left behind


class PostgresServer:
    """Databases on the test server, named after this process so that two runs never meet."""

    def __init__(self, base_url: str, folder: Path) -> None:
        self.base = make_url(base_url)
        self.folder = folder
        self.prefix = f"wct_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        self.admin = create_engine(self.base, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        self._templates: dict[str, str] = {}
        self._count = 0

    def url(self, name: str) -> str:
        return self.base.set(database=name).render_as_string(hide_password=False)

    def _execute(self, sql: str) -> None:
        with self.admin.connect() as conn:
            conn.exec_driver_sql(sql)

    def template(self, kind: str) -> str:
        if kind not in self._templates:
            name = f"{self.prefix}_template_{kind}"
            self._execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'")
            try:
                _build(self.url(name), kind, self.folder)
            except BaseException:
                self._execute(f"DROP DATABASE {name} WITH (FORCE)")
                raise
            self._templates[kind] = name
        return self._templates[kind]

    def create(self, kind: str = "empty") -> str:
        """A new database of ``kind``; its URL."""
        template = self.template(kind)
        self._count += 1
        name = f"{self.prefix}_{self._count}"
        self._execute(f"CREATE DATABASE {name} TEMPLATE {template}")
        return self.url(name)

    def drop(self, url: str) -> None:
        # FORCE: an engine a test forgot to dispose must not keep its database alive
        self._execute(f"DROP DATABASE IF EXISTS {make_url(url).database} WITH (FORCE)")

    def close(self) -> None:
        for name in self._templates.values():
            self._execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self._templates.clear()
        self.admin.dispose()


class Databases:
    """New databases for one test (or one module's fixture) on one backend, dropped at close()."""

    def __init__(self, backend: str, folder: Path, server: PostgresServer | None) -> None:
        if backend == POSTGRESQL and server is None:
            raise RuntimeError(f"{POSTGRES_URL_VARIABLE} is not set")
        self.backend = backend
        self.folder = folder
        self.server = server
        self._created: list[str] = []

    def new(self, kind: str = "migrated", *, name: str = "wagecase.sqlite3") -> str:
        """The URL of a new database: ``empty``, with the ``schema`` of the models (no data), or
        ``migrated`` (the real migrations, with their reference data). ``name`` is the SQLite
        file's, in the folder."""
        if kind not in KINDS:
            raise ValueError(kind)
        if self.backend == POSTGRESQL:
            url = self.server.create(kind)
            self._created.append(url)
            return url
        from wagecase.storage.engine import sqlite_url

        path = self.folder / name
        if path.exists():
            raise FileExistsError(path)
        url = sqlite_url(path)
        _build(url, kind, self.folder)
        return url

    def close(self) -> None:
        while self._created:
            self.server.drop(self._created.pop())
