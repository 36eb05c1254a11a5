"""Scenario fixtures: the real main window on a real SQLite file with demo cases around it."""
from __future__ import annotations

import pytest

from wagecase import bootstrap

DEMO_CASES = 200


@pytest.fixture(autouse=True)
def private_folders(tmp_path, monkeypatch):
    """Settings and the data folder (attachments, logs) live in this test's tmp_path."""
    monkeypatch.setenv("WAGECASE_SETTINGS_DIR", str(tmp_path / "settings"))
    monkeypatch.setenv("WAGECASE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("WAGECASE_EXIT_AFTER_PAINT", raising=False)
    monkeypatch.delenv("WAGECASE_NO_DEMO_PROMPT", raising=False)


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
def prompts():
    from wagecase.ui.prompts import ScriptedPrompts

    return ScriptedPrompts()


@pytest.fixture
def main_window(qtbot, services, prompts, db_path):
    from wagecase.ui.main_window import MainWindow

    win = MainWindow(prompts)
    qtbot.addWidget(win)
    win.attach(services, str(db_path))
    win.show()
    qtbot.waitExposed(win)
    return win
