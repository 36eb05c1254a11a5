"""Scenario fixtures: the real main window on a real SQLite file with demo cases around it."""
from __future__ import annotations

import pytest

from wagecase import bootstrap

DEMO_CASES = 200


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "t.sqlite3"


@pytest.fixture
def services(db_path, tmp_path):
    services = bootstrap.build(f"sqlite:///{db_path}", data_dir=tmp_path)
    # enough unrelated cases that a search visibly has something to filter out
    services.demo.generate(DEMO_CASES)
    return services


@pytest.fixture
def main_window(qtbot, services, prompts, db_path):
    from wagecase.ui.main_window import MainWindow

    win = MainWindow(prompts)
    qtbot.addWidget(win)
    win.attach(services, str(db_path))
    win.show()
    qtbot.waitExposed(win)
    return win
