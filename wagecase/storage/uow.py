"""Unit of work: one Session per use case; rolls back unless ``commit()`` is called.

Writers take turns, on every database: a write unit of work starts by taking the database's
write lock and holds it until it ends. SQLite has one such lock per file (BEGIN IMMEDIATE);
PostgreSQL gets a transaction-level advisory lock. What relies on it: the audit chain (each
entry links to the latest one, which must not change between reading and appending) and the
same behaviour on both databases. Taking it first thing, before any row lock, means two
writers can never deadlock over it.
"""
from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

# the key of wagecase's advisory lock on PostgreSQL: b"wagecase" read as a 64-bit integer
WRITE_LOCK_KEY = 0x7761676563617365


def hold_write_lock(session: Session) -> None:
    """Make the session's transaction the only writer until it commits or rolls back.

    SQLite: nothing to do here, a write unit of work begins IMMEDIATE. PostgreSQL: waits for the
    advisory lock (taking it again in the same transaction is free)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})


class UnitOfWork:
    def __init__(self, session_factory: sessionmaker[Session], *, write: bool) -> None:
        self._factory = session_factory
        self._write = write
        self.session: Session

    def __enter__(self) -> "UnitOfWork":
        self.session = self._factory()
        if self._write:
            # SQLite: take the write lock at BEGIN (IMMEDIATE) so that two writers queue on the
            # busy timeout instead of failing half-way when the reader upgrades to a writer.
            self.session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
            hold_write_lock(self.session)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()

    def commit(self) -> None:
        self.session.commit()


class UnitOfWorkFactory:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)

    def read(self) -> UnitOfWork:
        return UnitOfWork(self._sessions, write=False)

    def write(self) -> UnitOfWork:
        return UnitOfWork(self._sessions, write=True)
