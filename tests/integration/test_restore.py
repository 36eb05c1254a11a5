"""Restoring a backup: refused before anything is touched unless the backup is sound and ours; the
database as it was is always kept; the restored one is brought up to this app's schema."""
from __future__ import annotations

import hashlib
import sqlite3

import pytest

from wagecase.domain.errors import RuleError
from wagecase.domain.messages import message
from wagecase.services import safety
from wagecase.storage import migrations
from wagecase.storage.engine import make_engine, sqlite_url
from wagecase.storage.migrations import HEAD_REVISION

from .cli_support import cli  # noqa: F401  (fixture)
from .safety_support import count, damage, foreign_database, locked, make_database, newer_database

# about restoring SQLite files (PostgreSQL: test_pg_backup.py): not run on PostgreSQL
pytestmark = pytest.mark.sqlite_only


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_cases(path, n: int) -> None:
    from wagecase import bootstrap

    services = bootstrap.build(sqlite_url(path), data_dir=path.parent / "data")
    services.demo.generate(n, seed=7)
    services.ctx.uow.engine.dispose()


@pytest.fixture
def live(tmp_path):
    """A database with 3 cases, a backup of it, then 2 cases more written after the backup."""
    db = make_database(tmp_path / "wagecase.sqlite3", cases=3)
    backup = safety.backup(sqlite_url(db), tmp_path / "saved" / "monday.sqlite3")
    add_cases(db, 2)
    assert count(db) == 5
    return db, backup


def test_cli_round_trip_loses_what_came_after_the_backup_and_keeps_it_aside(cli, live, tmp_path):
    db, backup = live
    r = cli("restore", str(backup), "--yes", "--database", sqlite_url(db))
    assert r.returncode == 0, r.stderr
    assert "检查通过" in r.stdout and "已从备份恢复" in r.stdout and "Traceback" not in r.stderr
    assert count(db) == 3  # the two cases written after the backup are gone ...
    kept = sorted((tmp_path / "data" / "backups").glob("wagecase-*-before-restore.sqlite3"))
    assert len(kept) == 1 and str(kept[0]) in r.stdout
    assert count(kept[0]) == 5  # ... and kept in the copy taken before the restore
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_cli_asks_first_and_no_changes_nothing(live, tmp_path):
    import os
    import subprocess
    import sys

    db, backup = live
    env = dict(os.environ, WAGECASE_DATA_DIR=str(tmp_path / "data"), PYTHONIOENCODING="utf-8")
    r = subprocess.run([sys.executable, "-m", "wagecase.cli", "restore", str(backup), "--database", sqlite_url(db)],
                       input="n\n", env=env, capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert r.returncode == 1 and "确定用这个备份替换当前数据库吗" in r.stdout and "已取消" in r.stderr
    assert count(db) == 5 and not (tmp_path / "data" / "backups").exists()
    r = subprocess.run([sys.executable, "-m", "wagecase.cli", "restore", str(backup), "--database", sqlite_url(db)],
                       input="是\n", env=env, capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert r.returncode == 0, r.stderr
    assert count(db) == 3


def _notes(path):
    path.write_text("会议记录" * 500, encoding="utf-8")
    return path


def _damaged(path):
    make_database(path, cases=2)
    damage(path)
    return path


BAD_BACKUPS = {
    "restore.backup_missing": (lambda p: p, "不存在"),
    "restore.backup_not_sqlite": (_notes, "不是 SQLite 数据库备份"),
    "restore.backup_corrupt": (_damaged, "已损坏"),
    "restore.backup_foreign": (foreign_database, "不是本系统的数据库备份"),
    "restore.backup_too_new": (newer_database, "更新版本"),
}


@pytest.mark.parametrize("key", list(BAD_BACKUPS))
def test_cli_refuses_a_bad_backup_in_chinese_and_touches_nothing(cli, tmp_path, key):
    db = make_database(tmp_path / "wagecase.sqlite3", cases=2)
    before = digest(db)
    (tmp_path / "bad").mkdir()
    build, words = BAD_BACKUPS[key]
    backup = build(tmp_path / "bad" / "backup.sqlite3")
    r = cli("restore", str(backup), "--yes", "--database", sqlite_url(db))
    assert r.returncode == 2, r.stdout
    assert words in r.stderr and "Traceback" not in r.stderr
    assert digest(db) == before
    assert not (tmp_path / "data" / "backups").exists()


def test_the_database_itself_is_not_a_backup_of_itself(tmp_path):
    db = make_database(tmp_path / "wagecase.sqlite3", cases=1)
    with pytest.raises(RuleError) as info:
        safety.restore(sqlite_url(db), db, tmp_path / "backups")
    assert info.value.key == "restore.same_file"


def test_a_foreign_file_is_not_overwritten(tmp_path, live):
    _db, backup = live
    shop = foreign_database(tmp_path / "shop.sqlite3")
    before = digest(shop)
    with pytest.raises(RuleError) as info:
        safety.restore(sqlite_url(shop), backup, tmp_path / "backups")
    assert info.value.key == "restore.target_foreign"
    assert digest(shop) == before


def test_a_locked_database_is_not_replaced(tmp_path, live):
    db, backup = live
    with locked(db):
        with pytest.raises(RuleError) as info:
            safety.restore(sqlite_url(db), backup, tmp_path / "backups")
    assert info.value.key == "database.locked"
    assert count(db) == 5


def test_a_damaged_database_is_kept_as_it_was_and_replaced(tmp_path, live):
    db, backup = live
    damage(db)
    damaged_bytes = db.read_bytes()
    # a stale -wal beside the damaged file must not be replayed onto the restored one
    (tmp_path / "wagecase.sqlite3-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\0" * 4092)
    done = safety.restore(sqlite_url(db), backup, tmp_path / "backups")
    assert done.safety_backup is not None and "damaged" in done.safety_backup
    assert (tmp_path / "backups" / (done.safety_backup.rsplit("/", 1)[-1])).read_bytes() == damaged_bytes
    assert (tmp_path / "backups" / (done.safety_backup.rsplit("/", 1)[-1] + "-wal")).exists()
    assert count(db) == 3
    assert safety.probe(sqlite_url(db), must_exist=True) is True


def test_a_missing_database_is_created_from_the_backup(tmp_path, live):
    _db, backup = live
    target = tmp_path / "new place" / "restored.sqlite3"
    done = safety.restore(sqlite_url(target), backup, tmp_path / "backups")
    assert done.safety_backup is None and count(target) == 3
    assert sorted(p.name for p in target.parent.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "restored.sqlite3"]


def test_an_open_connection_elsewhere_sees_the_restored_database(tmp_path, live):
    """The online backup API replaces the content in one transaction: a reader that stays
    connected through the restore reads the restored cases, not a mix, and not the old file."""
    db, backup = live
    reader = sqlite3.connect(db, isolation_level=None)
    try:
        reader.execute("PRAGMA journal_mode=WAL")
        assert reader.execute("SELECT count(*) FROM cases").fetchone()[0] == 5
        safety.restore(sqlite_url(db), backup, tmp_path / "backups")
        assert reader.execute("SELECT count(*) FROM cases").fetchone()[0] == 3
        assert reader.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        reader.close()


def test_an_older_backup_is_restored_then_upgraded(tmp_path):
    from alembic import command

    old = tmp_path / "old.sqlite3"
    engine = make_engine(sqlite_url(old))
    cfg = migrations.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0009_legal_aid")
    engine.dispose()
    db = make_database(tmp_path / "wagecase.sqlite3", cases=1)
    found = safety.check_backup(sqlite_url(db), old)
    assert found.revision == "0009_legal_aid" and found.cases == 0
    done = safety.restore(sqlite_url(db), old, tmp_path / "backups")
    assert done.to_revision == HEAD_REVISION and done.migration_backup is not None
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    finally:
        conn.close()


def test_every_refusal_reads_as_a_chinese_sentence(tmp_path):
    for key in ("restore.backup_missing", "restore.backup_not_sqlite", "restore.backup_corrupt",
                "restore.backup_foreign", "restore.backup_too_new", "restore.same_file",
                "restore.target_foreign", "restore.failed", "backup.pg_tool_missing", "database.locked",
                "database.missing", "database.corrupt", "database.not_sqlite"):
        text = message(key, path="/x.sqlite3", detail="d", found_revision="9", app_revision="1", tool="pg_dump")
        assert "{" not in text and "操作未能完成" not in text, key
