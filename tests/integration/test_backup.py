"""SQLite backups: consistent under WAL, checked, single-file; other backends refused."""
from __future__ import annotations

import shutil
import sqlite3

import pytest

from wagecase.domain.errors import RuleError
from wagecase.storage.backup import backup_sqlite
from wagecase.storage.engine import sqlite_url

# about the SQLite online backup of a file: not run on PostgreSQL
pytestmark = pytest.mark.sqlite_only


def count(path, table="t") -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def wal_db(tmp_path):
    """A WAL database whose committed rows are still only in the -wal file (never checkpointed)."""
    path = tmp_path / "live.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO t (name) VALUES (?)", [(f"工人{i}",) for i in range(1000)])
    conn.execute("COMMIT")
    yield path, conn
    conn.close()


def test_backup_of_a_live_wal_database_holds_every_committed_row(wal_db, tmp_path):
    path, _writer = wal_db
    # the main file alone does not have the rows: a plain file copy would lose them
    naive = tmp_path / "naive.sqlite3"
    shutil.copyfile(path, naive)
    with pytest.raises(sqlite3.OperationalError):
        count(naive)

    # a second writer has a transaction open: its rows are not committed, so not in the copy
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO t (name) VALUES ('未提交')")
    try:
        dest = backup_sqlite(path, tmp_path / "out" / "copy.sqlite3")
    finally:
        other.execute("ROLLBACK")
        other.close()

    assert dest == tmp_path / "out" / "copy.sqlite3"
    assert count(dest) == 1000
    conn = sqlite3.connect(dest)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert sorted(p.name for p in dest.parent.iterdir()) == ["copy.sqlite3"]


def test_backup_accepts_a_sqlite_url(wal_db, tmp_path):
    path, _writer = wal_db
    dest = backup_sqlite(sqlite_url(path), tmp_path / "copy.sqlite3")
    assert count(dest) == 1000


def test_other_backends_are_refused(tmp_path):
    with pytest.raises(RuleError) as info:
        backup_sqlite("postgresql+psycopg://u@localhost/wagecase", tmp_path / "x.sqlite3")
    assert info.value.key == "backup.unsupported_backend"
    assert not (tmp_path / "x.sqlite3").exists()


def test_missing_source_is_reported_not_created(tmp_path):
    src = tmp_path / "nothing.sqlite3"
    with pytest.raises(RuleError) as info:
        backup_sqlite(src, tmp_path / "copy.sqlite3")
    assert info.value.key == "backup.source_missing"
    assert not src.exists() and not (tmp_path / "copy.sqlite3").exists()


def test_corrupt_source_leaves_no_backup_behind(tmp_path):
    src = tmp_path / "bad.sqlite3"
    conn = sqlite3.connect(src)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
    conn.executemany("INSERT INTO t (name) VALUES (?)", [("x" * 500,) for _ in range(200)])
    conn.commit()
    conn.close()
    data = bytearray(src.read_bytes())
    page = 4096
    data[2 * page + 8: 2 * page + 300] = b"\xff" * 292  # scribble over a leaf page's cell area
    src.write_bytes(bytes(data))

    with pytest.raises(RuleError) as info:
        backup_sqlite(src, tmp_path / "copy.sqlite3")
    assert info.value.key in ("backup.integrity_failed", "backup.failed")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.sqlite3"]
