"""The daily automatic backup: one a day, the last N kept, never a manual or pre-migration one
deleted, nothing taken of a damaged file, nothing left behind when cancelled."""
from __future__ import annotations

import os
from datetime import datetime, timedelta

import pytest

from wagecase import bootstrap
from wagecase.domain.errors import RuleError
from wagecase.services.safety import DAILY_KEEP_SETTING, list_backups
from wagecase.storage import reference_data as rd
from wagecase.storage.engine import sqlite_url

from .safety_support import count, damage

# about daily copies of a SQLite file: not run on PostgreSQL
pytestmark = pytest.mark.sqlite_only

NOW = datetime(2026, 11, 28, 9, 15)


@pytest.fixture
def services(tmp_path):
    svc = bootstrap.build(sqlite_url(tmp_path / "wagecase.sqlite3"), data_dir=tmp_path / "data")
    svc.demo.generate(3)
    yield svc
    svc.ctx.uow.engine.dispose()


def backups(services) -> list[str]:
    folder = services.safety.backups_dir
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def set_keep(services, value: str) -> None:
    with services.ctx.uow.write() as uow:
        rd.set_settings(uow.session, {DAILY_KEEP_SETTING: value})
        uow.commit()


def test_one_backup_a_day(services):
    first = services.safety.daily_backup(now=NOW)
    assert first is not None and first.path is not None
    assert backups(services) == ["wagecase-20261128-091500-daily.sqlite3"]
    assert count(first.path) == 3  # a real, complete copy

    # later the same day (another start): nothing more
    again = services.safety.daily_backup(now=NOW.replace(hour=17))
    assert again is not None and again.path is None and again.removed == ()
    # the next day: a new one
    services.demo.generate(1, seed=11)
    nxt = services.safety.daily_backup(now=NOW + timedelta(days=1))
    assert nxt.path is not None and count(nxt.path) == 4
    assert len(backups(services)) == 2


def test_the_last_n_daily_backups_are_kept_and_nothing_else_is_deleted(services):
    folder = services.safety.backups_dir
    folder.mkdir(parents=True)
    days = [NOW - timedelta(days=d) for d in range(1, 8)]
    for day in days:
        (folder / f"wagecase-{day:%Y%m%d}-080000-daily.sqlite3").write_bytes(b"old")
    others = ["wagecase-20260101-080000-before-0009_legal_aid.sqlite3",  # before a migration
              "wagecase-20260102-080000-before-restore.sqlite3",  # before a restore
              "wagecase-20260103-080000-damaged.sqlite3",
              "月底手工备份.sqlite3",  # the clerk's own
              "other-20200101-080000-daily.sqlite3"]  # another database's daily backups
    for name in others:
        (folder / name).write_bytes(b"keep me")
    set_keep(services, "3")
    assert services.safety.daily_keep() == 3

    done = services.safety.daily_backup(now=NOW)

    assert done.path is not None and len(done.removed) == 5
    dailies = [b.name for b in list_backups(folder) if b.kind == "daily" and b.name.startswith("wagecase-")]
    assert dailies == ["wagecase-20261128-091500-daily.sqlite3",
                       f"wagecase-{days[0]:%Y%m%d}-080000-daily.sqlite3",
                       f"wagecase-{days[1]:%Y%m%d}-080000-daily.sqlite3"]
    for name in others:
        assert (folder / name).read_bytes() == b"keep me"


def test_the_kept_number_defaults_to_14_and_ignores_nonsense(services):
    assert services.safety.daily_keep() == 14
    set_keep(services, "abc")
    assert services.safety.daily_keep() == 14
    set_keep(services, "0")
    assert services.safety.daily_keep() == 1
    set_keep(services, "5000")
    assert services.safety.daily_keep() == 365


def test_the_setting_is_a_parameter_in_settings(services):
    from wagecase.domain.errors import ValidationFailed
    from wagecase.services.reference_parameters import PARAMETERS, parameter_rows

    assert DAILY_KEEP_SETTING in PARAMETERS
    with services.ctx.uow.read() as uow:
        row = next(r for r in parameter_rows(uow.session) if r.id == DAILY_KEEP_SETTING)
    assert row.values["value"] == "14"  # the default shows while unset
    services.reference.save_row("parameters", DAILY_KEEP_SETTING, {"value": "30"})
    assert services.safety.daily_keep() == 30
    with pytest.raises(ValidationFailed):
        services.reference.save_row("parameters", DAILY_KEEP_SETTING, {"value": "0"})


def test_a_damaged_database_gets_no_daily_backup(services):
    path = services.safety.database_file()
    services.ctx.uow.engine.dispose()
    damage(path)
    checks = services.safety.start_checks(quick_check=True, now=NOW)
    assert checks.problems and checks.daily is None
    assert backups(services) == []


def test_start_checks_of_a_sound_file(services):
    checks = services.safety.start_checks(quick_check=True, now=NOW)
    assert checks.problems == () and checks.daily.path.endswith("-daily.sqlite3")


def test_a_cancelled_backup_leaves_nothing(services, monkeypatch):
    import wagecase.storage.backup as backup_module

    services.demo.generate(200, seed=3)
    monkeypatch.setattr(backup_module, "STEP_PAGES", 8)  # several steps even on a small file
    steps = []

    def report(done, total):
        steps.append((done, total))
        return len(steps) < 3

    with pytest.raises(RuleError) as info:
        services.safety.daily_backup(now=NOW, report=report)
    assert info.value.key == "backup.cancelled"
    assert backups(services) == [] or all(not n.endswith(".partial") for n in backups(services))
    assert not any(n.endswith("-daily.sqlite3") for n in backups(services))
    assert len(steps) == 3


def test_a_server_database_has_no_file_to_back_up(tmp_path):
    from wagecase.services.context import ServiceContext
    from wagecase.services.safety import SafetyService
    from wagecase.storage.engine import make_engine
    from wagecase.storage.uow import UnitOfWorkFactory

    engine = make_engine("sqlite://")  # in memory: no file, like a server
    svc = SafetyService(ServiceContext(uow=UnitOfWorkFactory(engine), data_dir=tmp_path))
    assert svc.database_file() is None and svc.daily_backup(now=NOW) is None
    assert svc.quick_check() == []


def test_backup_names_say_their_kind(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    for name in ["wagecase-20261128-091500-daily.sqlite3", "wagecase-20261128-091500-daily-2.sqlite3",
                 "wagecase-20261127-100000-before-0009_legal_aid.sqlite3",
                 "wagecase-20261126-100000-before-restore.sqlite3", "wagecase-20261125-100000-damaged.sqlite3",
                 "my-db-20261124-100000-daily.sqlite3", "周一.sqlite3", "readme.txt"]:
        (folder / name).write_bytes(b"x")
    os.utime(folder / "周一.sqlite3", (0, datetime(2026, 11, 29, 8).timestamp()))
    got = [(b.name, b.kind_label) for b in list_backups(folder)]
    assert got == [
        ("周一.sqlite3", "手动备份"),
        ("wagecase-20261128-091500-daily.sqlite3", "每日自动备份"),
        ("wagecase-20261128-091500-daily-2.sqlite3", "每日自动备份"),
        ("wagecase-20261127-100000-before-0009_legal_aid.sqlite3", "升级前自动备份"),
        ("wagecase-20261126-100000-before-restore.sqlite3", "恢复前的备份"),
        ("wagecase-20261125-100000-damaged.sqlite3", "损坏的数据库（原样保存）"),
        ("my-db-20261124-100000-daily.sqlite3", "每日自动备份"),
    ]
