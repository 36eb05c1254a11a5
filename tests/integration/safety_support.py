"""Real broken databases for the data-safety tests: damaged pages, foreign files, a newer schema,
and a lock held by another process."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from wagecase import bootstrap
from wagecase.storage.engine import sqlite_url


def make_database(path: Path, *, cases: int = 3, data_dir: Path | None = None) -> Path:
    """A wagecase database at head with ``cases`` demo cases, every connection closed (the WAL
    checkpointed into the file)."""
    services = bootstrap.build(sqlite_url(path), data_dir=data_dir or path.parent / "data")
    if cases:
        services.demo.generate(cases)
    services.ctx.uow.engine.dispose()
    return path


def count(path: Path, table: str = "cases") -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def damage(path: Path, table: str = "regions") -> None:
    """Scribble over the root page of ``table``: the file still opens, quick_check fails."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start: start + 200] = b"\xa5" * 200
    path.write_bytes(bytes(data))


def foreign_database(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers (name) VALUES ('另一个程序的数据')")
    conn.commit()
    conn.close()
    return path


def newer_database(path: Path, revision: str = "9999_from_the_future") -> Path:
    """A wagecase database that a newer app has migrated past anything this one knows."""
    make_database(path, cases=1)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.commit()
    conn.close()
    return path


@contextmanager
def locked(path: Path) -> Iterator[subprocess.Popen]:
    """Another process holding an exclusive lock on ``path`` (locking_mode=EXCLUSIVE and a write
    transaction left open) until the block ends."""
    script = textwrap.dedent(f"""
        import sqlite3, sys
        conn = sqlite3.connect({str(path)!r}, isolation_level=None)
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("CREATE TABLE IF NOT EXISTS lock_holder (x)")
        print("locked", flush=True)
        sys.stdin.readline()
        conn.execute("ROLLBACK")
        conn.close()
    """)
    holder = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield holder
    finally:
        if holder.stdin is not None:
            holder.stdin.write("\n")
            holder.stdin.close()
        holder.wait(timeout=30)
