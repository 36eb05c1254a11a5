"""Suite-wide safety: no display needed, and nothing touches the user's real data or settings."""
from __future__ import annotations

import os
import tempfile

import pytest

# Qt aborts the process without a platform plugin and a display: decide before any QApplication.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_sandbox = tempfile.mkdtemp(prefix="wagecase-tests-")
# The whole session's default data and settings folders live in a throw-away directory;
# individual tests point these at their own tmp_path where they need isolation.
os.environ["WAGECASE_DATA_DIR"] = os.path.join(_sandbox, "data")
os.environ["WAGECASE_SETTINGS_DIR"] = os.path.join(_sandbox, "settings")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_sandbox, "xdg-config")
os.environ["XDG_DATA_HOME"] = os.path.join(_sandbox, "xdg-data")
os.environ.pop("WAGECASE_DATABASE_URL", None)


@pytest.fixture(autouse=True)
def private_settings(tmp_path, monkeypatch):
    """Each test's window geometry and data folder (attachments, logs) live in its tmp_path."""
    folder = tmp_path / "settings"
    monkeypatch.setenv("WAGECASE_SETTINGS_DIR", str(folder))
    monkeypatch.setenv("WAGECASE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("WAGECASE_EXIT_AFTER_PAINT", raising=False)
    monkeypatch.delenv("WAGECASE_NO_DEMO_PROMPT", raising=False)
    return folder


@pytest.fixture
def prompts():
    """Message boxes and file dialogs answered from a script (imported late: Qt)."""
    from wagecase.ui.prompts import ScriptedPrompts

    return ScriptedPrompts()
