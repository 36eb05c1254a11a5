"""Scenario fixtures: the real main window on a real database (a SQLite file; PostgreSQL too when
the suite is pointed at a server) with demo cases around it."""
from __future__ import annotations

import pytest

from wagecase import bootstrap

DEMO_CASES = 200


@pytest.fixture
def db_url(databases):
    return databases.new("migrated", name="t.sqlite3")


@pytest.fixture
def services(db_url, tmp_path):
    services = bootstrap.build(db_url, data_dir=tmp_path)
    # enough unrelated cases that a search visibly has something to filter out
    services.demo.generate(DEMO_CASES)
    yield services
    services.ctx.uow.engine.dispose()


@pytest.fixture
def main_window(qtbot, services, prompts, db_url):
    from wagecase.ui.app import describe_database
    from wagecase.ui.main_window import MainWindow

    win = MainWindow(prompts)
    qtbot.addWidget(win)
    win.attach(services, describe_database(db_url))
    win.show()
    qtbot.waitExposed(win)
    return win
