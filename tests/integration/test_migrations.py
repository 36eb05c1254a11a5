"""Migrations on real SQLite files: fresh start, no-op start, refusals, backup before upgrade."""
from __future__ import annotations

import io
import json
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import text

from wagecase import paths
from wagecase.domain.errors import RuleError
from wagecase.storage import migrations
from wagecase.storage.engine import make_engine, sqlite_url
from wagecase.storage.migrations import (
    HEAD_REVISION,
    DatabaseTooNew,
    ForeignDatabase,
    current_revision,
    upgrade,
)
from wagecase.storage.models import Base
from wagecase.storage.reference import load_regions_csv

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def db_path(tmp_path, monkeypatch):
    monkeypatch.setenv("WAGECASE_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "case.sqlite3"


@pytest.fixture
def engine(db_path):
    eng = make_engine(sqlite_url(db_path))
    yield eng
    eng.dispose()


def backups(tmp_path: Path) -> Path:
    return tmp_path / "backups"


def add_case(engine) -> None:
    """One case with a worker: enough rows that a lost cascade or a bad copy would show."""
    stmts = [
        "INSERT INTO users (id, username, display_name, role, active, created_at)"
        " VALUES (1, 'admin', '管理员', 'admin', 1, '2026-01-01 00:00:00')",
        "INSERT INTO employers (id, name, legal_representative, address, phone, name_initials,"
        " created_at, version) VALUES (1, '郑州某建筑劳务有限公司', '王某', '', '', 'zzmjzlwyxgs',"
        " '2026-01-01 00:00:00', 1)",
        "INSERT INTO workers (id, name, phone, hukou_place, is_migrant_worker, bank_card,"
        " name_initials, created_at, version) VALUES (1, '张三', '', '', 1, '', 'zs',"
        " '2026-01-01 00:00:00', 1)",
        "INSERT INTO cases (id, case_number, case_type, status, is_collective, channel, received_at,"
        " received_date, officer_id, employer_id, industry, facts, claims, worker_count,"
        " lead_worker_name, employer_name, claimed_fen, search_text, created_at, updated_at, version)"
        " VALUES (1, '豫郑金监〔2026〕1号', 'inspection', 'registered', 0, 'visit',"
        " '2026-01-01 00:00:00', '2026-01-01', 1, 1, 'construction', '', '', 1, '张三',"
        " '郑州某建筑劳务有限公司', 500000, '豫郑金监〔2026〕1号|郑州某建筑劳务有限公司|张三',"
        " '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1)",
        "INSERT INTO case_workers (id, case_id, worker_id, position, role, is_representative, job,"
        " claimed_fen) VALUES (1, 1, 1, 0, 'complainant', 1, '', 500000)",
    ]
    with engine.begin() as conn:
        for s in stmts:
            conn.exec_driver_sql(s)


def test_head_constant_is_the_alembic_script_head():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrations.alembic_config())
    assert script.get_heads() == [HEAD_REVISION]


def test_fresh_database_is_created_at_head_with_regions(engine, tmp_path):
    result = upgrade(engine, backup_dir=backups(tmp_path))

    assert result.created and result.upgraded
    assert (result.from_revision, result.to_revision, result.backup_path) == (None, HEAD_REVISION, None)
    assert current_revision(engine) == HEAD_REVISION
    assert not backups(tmp_path).exists()
    with engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
        assert set(Base.metadata.tables) | {"alembic_version"} <= tables
        henan_counties = conn.execute(text(
            "SELECT count(*) FROM regions WHERE level = 3 AND code LIKE '41%'")).scalar()
        assert henan_counties >= 150
        assert conn.execute(text("SELECT name, full_name, parent_code FROM regions WHERE code='410105'")
                            ).one() == ("金水区", "河南省郑州市金水区", "410100")
        assert conn.execute(text("SELECT count(*) FROM regions WHERE level = 1")).scalar() == 34
        # the migration turned foreign keys off for its own work only
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_migrated_schema_matches_the_models(engine, tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    def not_search_index(name, type_, _parent) -> bool:
        # the FTS5 tables and their shadow tables: Alembic cannot read them; compared below
        return not (type_ == "table" and name.startswith("case_search_"))

    upgrade(engine, backup_dir=backups(tmp_path))
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": not_search_index})
        assert compare_metadata(ctx, Base.metadata) == []
    if engine.dialect.name == "sqlite":
        from sqlalchemy import create_engine

        fresh = create_engine(f"sqlite:///{tmp_path / 'models.sqlite3'}")
        Base.metadata.create_all(fresh)

        def search_objects(e) -> list:
            with e.connect() as conn:
                return [tuple(" ".join(v.split()) for v in r) for r in conn.exec_driver_sql(
                    "SELECT type, name, sql FROM sqlite_master WHERE name LIKE 'case_search%' "
                    "OR name LIKE 'cases_search%' ORDER BY name").all()]

        migrated = search_objects(engine)
        assert migrated and migrated == search_objects(fresh)
        fresh.dispose()


def test_upgrade_at_head_is_a_noop_that_never_imports_alembic(engine, db_path, tmp_path):
    upgrade(engine, backup_dir=backups(tmp_path))
    engine.dispose()
    before = db_path.read_bytes()
    script = textwrap.dedent(f"""
        import json, sys
        from pathlib import Path
        from wagecase.storage.engine import make_engine, sqlite_url
        from wagecase.storage.migrations import upgrade
        engine = make_engine(sqlite_url(Path({str(db_path)!r})))
        r = upgrade(engine, backup_dir=Path({str(backups(tmp_path))!r}))
        engine.dispose()
        print(json.dumps({{"alembic": sorted(m for m in sys.modules if m.split(".")[0] == "alembic"),
                           "from": r.from_revision, "upgraded": r.upgraded, "backup": r.backup_path}}))
    """)
    out = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True,
                         check=True)
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report == {"alembic": [], "from": HEAD_REVISION, "upgraded": False, "backup": None}
    assert db_path.read_bytes() == before
    assert not backups(tmp_path).exists()


def test_database_from_a_newer_app_is_refused_and_left_untouched(engine, db_path, tmp_path):
    upgrade(engine, backup_dir=backups(tmp_path))
    add_case(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()  # checkpoint the WAL so the main file holds everything
    before = db_path.read_bytes()

    with pytest.raises(DatabaseTooNew) as info:
        upgrade(engine, backup_dir=backups(tmp_path))
    engine.dispose()

    assert isinstance(info.value, RuleError)
    assert info.value.key == "database.too_new"
    assert info.value.found_revision == "9999_future"
    assert db_path.read_bytes() == before
    assert not backups(tmp_path).exists()


def test_database_of_another_program_is_refused(engine, db_path, tmp_path):
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    with pytest.raises(ForeignDatabase) as info:
        upgrade(engine, backup_dir=backups(tmp_path))
    assert info.value.key == "database.foreign"
    with engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"customers"}


NEXT_REVISION = '''
"""Test-only revision: rebuilds ``cases`` the way a batch migration on SQLite does."""
import sqlalchemy as sa
from alembic import op

revision = "0099_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    # recreate="always": copy, drop, rename. With foreign keys on, dropping ``cases`` would
    # cascade into case_workers; the runner must prevent that.
    with op.batch_alter_table("cases", recreate="always") as batch:
        batch.add_column(sa.Column("test_note", sa.String(20), nullable=True))


def downgrade():
    with op.batch_alter_table("cases", recreate="always") as batch:
        batch.drop_column("test_note")
'''


@pytest.fixture
def newer_app(tmp_path, monkeypatch):
    """This app plus one more revision: the database at today's head is now 'older'."""
    db_copy = tmp_path / "db"
    shutil.copytree(paths.db_dir(), db_copy, ignore=shutil.ignore_patterns("__pycache__"))
    (db_copy / "versions" / "0099_test.py").write_text(
        NEXT_REVISION.replace("{head}", HEAD_REVISION), encoding="utf-8")
    monkeypatch.setattr(paths, "db_dir", lambda: db_copy)
    monkeypatch.setattr(migrations, "HEAD_REVISION", "0099_test")


def test_database_with_data_is_backed_up_before_upgrading(engine, db_path, tmp_path, request):
    upgrade(engine, backup_dir=backups(tmp_path))
    add_case(engine)
    request.getfixturevalue("newer_app")

    result = migrations.upgrade(engine, backup_dir=backups(tmp_path))

    assert (result.from_revision, result.to_revision, result.created) == (HEAD_REVISION, "0099_test", False)
    backup = result.backup_path
    assert backup is not None and backup.parent == backups(tmp_path)
    assert HEAD_REVISION in backup.name
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(HEAD_REVISION,)]
        assert copy.execute("SELECT case_number FROM cases").fetchall() == [("豫郑金监〔2026〕1号",)]
    finally:
        copy.close()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0099_test"
        assert conn.execute(text("SELECT test_note FROM cases")).fetchall() == [(None,)]
        # rebuilding ``cases`` did not cascade into its children
        assert conn.execute(text("SELECT count(*) FROM case_workers")).scalar() == 1
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    # and the next start is a no-op again
    assert migrations.upgrade(engine, backup_dir=backups(tmp_path)).backup_path is None


def test_a_0001_database_with_cases_upgrades_to_head_with_backup(engine, tmp_path):
    from alembic import command

    cfg = migrations.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001_initial")
    add_case(engine)
    assert current_revision(engine) == "0001_initial"

    result = upgrade(engine, backup_dir=backups(tmp_path))

    assert (result.from_revision, result.to_revision, result.created) == ("0001_initial", HEAD_REVISION, False)
    assert result.backup_path is not None and "0001_initial" in result.backup_path.name
    copy = sqlite3.connect(result.backup_path)
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001_initial",)]
    finally:
        copy.close()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT case_number FROM cases")).fetchall() == [("豫郑金监〔2026〕1号",)]
        assert conn.execute(text("SELECT count(*) FROM case_workers")).scalar() == 1
        assert conn.execute(text("SELECT count(*) FROM minimum_wages")).scalar() == 12
        assert conn.execute(text(
            "SELECT value FROM settings WHERE key = 'office.province_code'")).scalar() == "410000"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        # the cases already there are in the search index (0013)
        for table, phrase in (("case_search_tri", '"建筑劳务"'), ("case_search_chars", '"张 三"')):
            assert conn.exec_driver_sql(f"SELECT rowid FROM {table} WHERE {table} MATCH ?",
                                        (phrase,)).fetchall() == [(1,)]


def test_a_0005_database_gets_the_police_periods_once(engine, tmp_path):
    """0006 on a database made before the police's periods: added once, the rows an
    administrator already has are kept, legal aid's periods become another authority's."""
    from alembic import command

    cfg = migrations.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005_next_deadline_index")
        # a 0005 database: made from the periods.csv of its day, and one row edited in 设置
        conn.execute(text("DELETE FROM statutory_periods WHERE code LIKE 'crime.%'"))
        conn.execute(text("UPDATE statutory_periods SET duty = 'party' WHERE code LIKE 'legal_aid.%' "
                          "AND code != 'legal_aid.referral'"))
        conn.execute(text("UPDATE statutory_periods SET duty = 'agency' WHERE code = 'legal_aid.assignment'"))
    add_case(engine)
    upgrade(engine, backup_dir=backups(tmp_path))
    with engine.connect() as conn:
        rows = dict(conn.execute(text("SELECT code, duty FROM statutory_periods WHERE code LIKE 'crime.%' "
                                      "OR code LIKE 'legal_aid.%'")).fetchall())
    assert rows == {"crime.transfer": "agency", "crime.police_decision": "other_authority",
                    "legal_aid.referral": "agency", "legal_aid.decision": "other_authority",
                    "legal_aid.assignment": "agency"}  # the administrator's choice stays
    # run again from 0005: nothing doubles
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005_next_deadline_index")
        command.upgrade(cfg, "head")
        assert conn.execute(text("SELECT count(*) FROM statutory_periods WHERE code LIKE 'crime.%'")).scalar() == 2


def test_downgrade_to_0001_removes_the_reference_tables_and_keeps_cases(engine, tmp_path):
    from alembic import command

    upgrade(engine, backup_dir=backups(tmp_path))
    add_case(engine)
    cfg = migrations.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001_initial")
    with engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "minimum_wages" not in tables and "case_deadlines" not in tables
        assert conn.execute(text("SELECT count(*) FROM cases")).scalar() == 1
        assert conn.execute(text("SELECT count(*) FROM settings")).scalar() == 0
    assert upgrade(engine, backup_dir=backups(tmp_path)).to_revision == HEAD_REVISION


def test_downgrade_to_base_and_upgrade_again(engine, tmp_path):
    from alembic import command

    upgrade(engine, backup_dir=backups(tmp_path))
    cfg = migrations.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert current_revision(engine) is None

    result = upgrade(engine, backup_dir=backups(tmp_path))
    assert result.created and result.backup_path is None
    assert current_revision(engine) == HEAD_REVISION


def test_migration_renders_for_postgresql():
    """Offline SQL for PostgreSQL: proves the migration uses no SQLite-only constructs."""
    from alembic import command

    buf = io.StringIO()
    cfg = migrations.alembic_config()
    cfg.output_buffer = buf
    cfg.set_main_option("sqlalchemy.url", "postgresql+psycopg://localhost/wagecase")
    command.upgrade(cfg, "head", sql=True)
    sql = buf.getvalue()
    assert "CREATE TABLE cases" in sql
    assert "CONSTRAINT fk_case_workers_case_id_cases FOREIGN KEY" in sql
    assert "INSERT INTO regions" in sql and "'410105'" in sql
    assert "CREATE TABLE case_deadlines" in sql and "INSERT INTO minimum_wages" in sql


def test_regions_csv_is_a_consistent_tree():
    rows = load_regions_csv(paths.reference_dir() / "regions.csv")
    by_code = {r["code"]: r for r in rows}
    assert len(by_code) == len(rows)
    assert sum(r["level"] == 1 for r in rows) == 34
    henan = [r for r in rows if r["code"].startswith("41")]
    assert sum(r["level"] == 2 for r in henan) == 17
    assert sum(r["level"] == 3 for r in henan) == 157
    for r in rows:
        if r["level"] == 1:
            assert r["parent_code"] is None and r["code"].endswith("0000")
            continue
        parent = by_code[r["parent_code"]]
        assert parent["level"] < r["level"]
        assert r["full_name"] == parent["full_name"] + r["name"]
    assert by_code["419001"]["full_name"] == "河南省济源市"
    for code, name in [("410212", "祥符区"), ("410307", "偃师区"), ("410308", "孟津区"),
                       ("410783", "长垣市"), ("411603", "淮阳区"), ("410185", "登封市")]:
        assert by_code[code]["name"] == name
    assert "410306" not in by_code  # 吉利区, merged into 孟津区 in 2021


@pytest.fixture
def pg_engine(postgres_url):
    """PostgreSQL, when the suite is pointed at one: a new, empty database."""
    eng = make_engine(postgres_url)
    yield eng
    eng.dispose()


def test_postgresql_migrates_and_refuses_a_newer_database(pg_engine, tmp_path):
    result = upgrade(pg_engine, backup_dir=backups(tmp_path))
    assert result.created and result.backup_path is None
    with pg_engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM regions WHERE code='410105'")).scalar() == "金水区"
    assert upgrade(pg_engine, backup_dir=backups(tmp_path)).upgraded is False
    with pg_engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(DatabaseTooNew):
        upgrade(pg_engine, backup_dir=backups(tmp_path))


def test_refused_file_in_rollback_journal_mode_is_not_switched_to_wal(tmp_path):
    """Opening must not even change the journal mode of a file it refuses (WAL is set only
    once the database is known to be ours)."""
    import sqlite3

    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    con.execute("INSERT INTO alembic_version VALUES ('9999_future')")
    con.commit()
    con.close()
    before = path.read_bytes()
    engine = make_engine(f"sqlite:///{path}")
    with pytest.raises(DatabaseTooNew):
        upgrade(engine, backup_dir=backups(tmp_path))
    engine.dispose()
    assert path.read_bytes() == before


def test_a_database_of_ours_is_switched_to_wal(engine, tmp_path):
    upgrade(engine, backup_dir=backups(tmp_path))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
