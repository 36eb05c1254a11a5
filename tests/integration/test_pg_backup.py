"""PostgreSQL backups with pg_dump, restores with pg_restore and psql: the same checks and the
same copy of the current database first; a clear sentence when the tools are not installed."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from sqlalchemy import text

from wagecase import bootstrap
from wagecase.domain.errors import RuleError
from wagecase.services import safety
from wagecase.storage import pg_backup
from wagecase.storage.engine import make_engine
from wagecase.storage.migrations import HEAD_REVISION

from .cli_support import cli  # noqa: F401  (fixture)

SERVER = "postgresql+psycopg://clerk:secret@localhost:5/wagecase"


def test_missing_client_tools_are_named_with_what_to_install(tmp_path):
    env = dict(os.environ, PATH=str(tmp_path), WAGECASE_DATA_DIR=str(tmp_path / "data"), PYTHONIOENCODING="utf-8")
    dump = tmp_path / "x.dump"
    dump.write_bytes(b"PGDMP")

    def run(*args):
        return subprocess.run([sys.executable, "-m", "wagecase.cli", *args, "--database", SERVER], env=env,
                              capture_output=True, text=True, encoding="utf-8", timeout=60)

    r = run("backup", str(tmp_path / "new.dump"))
    assert r.returncode == 2 and "没有找到 PostgreSQL 的 pg_dump 程序" in r.stderr
    assert "postgresql-client" in r.stderr and "Traceback" not in r.stderr
    r = run("restore", str(dump), "--yes")
    assert r.returncode == 2 and "没有找到 PostgreSQL 的 pg_restore 程序" in r.stderr


def test_the_password_never_reaches_the_command_line():
    uri, env, schema = pg_backup.connection(
        "postgresql+psycopg://clerk:s3cr%40t@db.office:5433/wagecase?options=-csearch_path%3Dtest_1&sslmode=require")
    assert "s3cr" not in uri and env["PGPASSWORD"] == "s3cr@t"
    assert uri == "postgresql://clerk@db.office:5433/wagecase?sslmode=require"
    assert env["PGOPTIONS"] == "-csearch_path=test_1" and schema == "test_1"


@pytest.fixture
def pg_url():
    """A database of its own on the WAGECASE_TEST_POSTGRES_URL server (the deployment's shape:
    tables in public), dropped afterwards."""
    import uuid

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    base = os.environ.get("WAGECASE_TEST_POSTGRES_URL")
    if not base:
        pytest.skip("WAGECASE_TEST_POSTGRES_URL not set")
    if not pg_backup.shutil.which("pg_dump"):
        pytest.skip("PostgreSQL client tools not installed")
    name = f"wct_restore_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'")
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()


def cases(url: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM cases")).scalar()
    finally:
        engine.dispose()


def archived_cases(path) -> int:
    out = subprocess.run(["pg_restore", "--data-only", "--table=cases", "--file=-", str(path)],
                         capture_output=True, text=True, check=True).stdout
    return len(pg_backup._copy_rows(out))


def test_round_trip_through_the_cli(cli, pg_url, tmp_path):
    services = bootstrap.build(pg_url, data_dir=tmp_path / "data")
    services.demo.generate(3)
    backup = tmp_path / "周一.dump"
    r = cli("backup", str(backup), "--database", pg_url)
    assert r.returncode == 0, r.stderr
    services.demo.generate(2, seed=5)
    services.ctx.uow.engine.dispose()
    assert cases(pg_url) == 5

    r = cli("restore", str(backup), "--yes", "--database", pg_url)
    assert r.returncode == 0, r.stderr
    assert "检查通过" in r.stdout and "已从备份恢复" in r.stdout
    assert cases(pg_url) == 3  # what came after the backup is gone ...
    kept = list((tmp_path / "data" / "backups").glob("*-before-restore.dump"))
    assert len(kept) == 1 and archived_cases(kept[0]) == 5  # ... and kept aside
    engine = make_engine(pg_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD_REVISION
    finally:
        engine.dispose()
    # the restored database is whole and works: one more case goes in
    again = bootstrap.build(pg_url, data_dir=tmp_path / "data")
    again.demo.generate(1, seed=9)
    again.ctx.uow.engine.dispose()
    assert cases(pg_url) == 4


def _archive_of(url: str, statements: list[str], dest):
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            for s in statements:
                conn.exec_driver_sql(s)
    finally:
        engine.dispose()
    return pg_backup.dump(url, dest)


def test_refusals_touch_nothing(pg_url, tmp_path):
    notes = tmp_path / "notes.dump"
    notes.write_text("不是备份", encoding="utf-8")
    with pytest.raises(RuleError) as info:
        safety.check_backup(pg_url, notes)
    assert info.value.key == "restore.backup_not_pg"

    foreign = _archive_of(pg_url, ["CREATE TABLE customers (id integer primary key)"], tmp_path / "shop.dump")
    with pytest.raises(RuleError) as info:
        safety.restore(pg_url, foreign, tmp_path / "backups")
    assert info.value.key == "restore.backup_foreign"

    newer = _archive_of(pg_url, [
        "CREATE TABLE alembic_version (version_num varchar(32) primary key)",
        "INSERT INTO alembic_version VALUES ('9999_from_the_future')",
        "CREATE TABLE cases (id integer primary key)"], tmp_path / "future.dump")
    with pytest.raises(RuleError) as info:
        safety.restore(pg_url, newer, tmp_path / "backups")
    assert info.value.key == "restore.backup_too_new"
    assert not (tmp_path / "backups").exists()  # refused before the copy of the current database
