"""Several workstations (separate processes, each with its own engine) append to the audit log
at the same time: the chain stays one line, every entry links to the one before it, on SQLite
and on PostgreSQL."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from wagecase.services import audit
from wagecase.storage.engine import make_engine
from wagecase.storage.models import AuditEntry
from wagecase.storage.uow import UnitOfWorkFactory

from .db_support import run_processes

PROCESSES = 4
PER_PROCESS = 50
NOW = datetime(2026, 3, 10, 2, 0)


def _append(url: str, count: int, tag: str, out) -> None:
    """One workstation: ``count`` transactions, each appending two entries (as a use case that
    changes two things does)."""
    engine = make_engine(url)
    uow = UnitOfWorkFactory(engine)
    done = 0
    try:
        for i in range(count):
            with uow.write() as u:
                for part in ("before", "after"):
                    audit.record(u.session, None, "test.append", "case", i, None, None,
                                 {"by": tag, "n": i, "part": part}, NOW)
                u.commit()
            done += 1
        out.put((tag, done, None))
    except Exception as exc:  # reported to the parent, which fails the test with it
        out.put((tag, done, repr(exc)))
    finally:
        engine.dispose()


def test_processes_appending_at_once_keep_one_chain(databases):
    url = databases.new("schema")
    tags = [chr(ord("A") + n) for n in range(PROCESSES)]
    results = run_processes("spawn", _append, [(url, PER_PROCESS, tag) for tag in tags], timeout=300)
    for tag, done, error in results:
        assert error is None, f"process {tag}: {error}"
        assert done == PER_PROCESS

    engine = make_engine(url)
    with UnitOfWorkFactory(engine).read() as u:
        assert audit.verify_chain(u.session) is None
        entries = u.session.execute(select(AuditEntry.prev_hash, AuditEntry.after)
                                    .order_by(AuditEntry.id)).all()
    engine.dispose()
    assert len(entries) == 2 * PROCESSES * PER_PROCESS
    assert len({prev for prev, _ in entries}) == len(entries)  # no two entries on one link
    # each transaction's two entries are next to each other: nobody slipped in between
    for (_, first), (_, second) in zip(entries[::2], entries[1::2]):
        assert first.replace('"before"', '"after"') == second
