"""The database a workstation chose at its first start is the default of the program and of
wagecase-cli alike; WAGECASE_DATABASE_URL still wins."""
from __future__ import annotations

from wagecase import bootstrap, paths


def test_the_remembered_database_is_the_default_and_the_environment_wins(monkeypatch):
    monkeypatch.delenv("WAGECASE_DATABASE_URL", raising=False)
    assert bootstrap.default_url() == f"sqlite:///{paths.default_database_path()}"  # nothing chosen yet
    paths.remember_database("postgresql+psycopg://clerk@db.rsj.local:5432/wagecase")
    assert bootstrap.default_url() == "postgresql+psycopg://clerk@db.rsj.local:5432/wagecase"
    monkeypatch.setenv("WAGECASE_DATABASE_URL", "sqlite:////tmp/other.sqlite3")
    assert bootstrap.default_url() == "sqlite:////tmp/other.sqlite3"
