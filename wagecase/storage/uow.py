"""Unit of work: one Session per use case; rolls back unless ``commit()`` is called."""
from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker


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
