"""Before the app opens a database: each kind of broken file is named, and none is changed."""
from __future__ import annotations

import hashlib

import pytest

from wagecase.domain.errors import RuleError
from wagecase.domain.messages import message
from wagecase.services import safety
from wagecase.storage.engine import sqlite_url

from .safety_support import damage, foreign_database, locked, make_database

# about broken, locked and foreign SQLite files: not run on PostgreSQL
pytestmark = pytest.mark.sqlite_only


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused(url: str, *, must_exist: bool = True) -> RuleError:
    with pytest.raises(RuleError) as info:
        safety.probe(url, must_exist=must_exist)
    return info.value


def test_a_sound_database_passes_and_small_files_are_quick_checked_at_once(tmp_path):
    path = make_database(tmp_path / "ok.sqlite3", cases=2)
    assert safety.probe(sqlite_url(path), must_exist=True) is True


def test_a_missing_file_given_by_the_user_is_named_and_not_created(tmp_path):
    path = tmp_path / "gone" / "wagecase.sqlite3"
    err = refused(sqlite_url(path))
    assert err.key == "database.missing" and str(path) in message(err.key, **err.params)
    assert not path.exists() and not path.parent.exists()
    # the default database on a first start is missing too, and that is fine: it is created
    assert safety.probe(sqlite_url(path), must_exist=False) is False
    assert not path.exists()


def test_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("这不是数据库，是一份会议记录。\n" * 200, encoding="utf-8")
    before = digest(path)
    err = refused(sqlite_url(path))
    assert err.key == "database.not_sqlite"
    assert "不是数据库文件" in message(err.key, **err.params)
    assert digest(path) == before


def test_a_damaged_database(tmp_path):
    path = make_database(tmp_path / "damaged.sqlite3")
    damage(path)
    before = digest(path)
    err = refused(sqlite_url(path))
    assert err.key == "database.corrupt"
    assert "已损坏" in message(err.key, **err.params)
    assert digest(path) == before


def test_a_large_damaged_file_is_left_to_the_check_after_the_window_shows(tmp_path):
    from wagecase.storage import health

    path = make_database(tmp_path / "damaged.sqlite3")
    damage(path)
    assert health.probe(sqlite_url(path), must_exist=True, quick_check_limit=0) is False
    assert health.quick_check_file(path) != []


def test_a_foreign_sqlite_file(tmp_path):
    path = foreign_database(tmp_path / "shop.sqlite3")
    before = digest(path)
    err = refused(sqlite_url(path))
    assert err.key == "database.foreign" and "customers" in err.params["tables"]
    assert "不是本系统的数据库" in message(err.key, **err.params)
    assert digest(path) == before


def test_a_database_locked_by_another_process(tmp_path):
    path = make_database(tmp_path / "busy.sqlite3")
    with locked(path):
        err = refused(sqlite_url(path))
        assert err.key == "database.locked"
        assert "独占" in message(err.key, **err.params)
    assert safety.probe(sqlite_url(path), must_exist=True) is True


def test_an_empty_file_is_a_new_database_and_a_folder_is_not(tmp_path):
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    assert safety.probe(sqlite_url(empty), must_exist=True) is False
    folder = tmp_path / "folder.sqlite3"
    folder.mkdir()
    assert refused(sqlite_url(folder)).key == "database.unreadable"


def test_servers_are_not_probed():
    assert safety.probe("postgresql+psycopg://clerk@db.office/wagecase", must_exist=True) is False


def test_driver_errors_become_the_same_sentences(tmp_path):
    import sqlite3

    path = tmp_path / "x.sqlite3"
    for text, key in [("database is locked", "database.locked"),
                      ("file is not a database", "database.not_sqlite"),
                      ("database disk image is malformed", "database.corrupt"),
                      ("unable to open database file", "database.unreadable")]:
        err = safety.explain(sqlite3.OperationalError(text), sqlite_url(path))
        assert err is not None and err.key == key and err.params["path"] == str(path)
    assert safety.explain(ValueError("x"), sqlite_url(path)) is None


def test_a_server_that_does_not_answer_is_said_so():
    from wagecase.storage.engine import make_engine

    url = "postgresql+psycopg://clerk@127.0.0.1:1/wagecase?connect_timeout=2"
    engine = make_engine(url)
    try:
        with pytest.raises(Exception) as info:
            engine.connect()
    finally:
        engine.dispose()
    err = safety.explain(info.value, url)
    assert err is not None and err.key == "database.unreachable"
    assert message(err.key, **err.params).startswith("无法连接数据库：")


def test_the_network_share_warning_is_silent_on_a_local_disk(tmp_path):
    assert safety.network_warning(sqlite_url(tmp_path / "x.sqlite3")) is None
    assert safety.network_warning("postgresql+psycopg://clerk@db/wagecase") is None
    text = message("database.network_share", path="/mnt/nas/wagecase.sqlite3", share="cifs //nas/案件")
    assert "网络共享" in text and "PostgreSQL" in text
