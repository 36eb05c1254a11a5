"""wagecase-cli run as a user runs it: a real process with its own data folder in tmp_path."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.fixture
def cli(tmp_path):
    env = dict(os.environ, WAGECASE_DATA_DIR=str(tmp_path / "data"), PYTHONIOENCODING="utf-8")
    env.pop("WAGECASE_DATABASE_URL", None)
    env.pop("WAGECASE_DEBUG", None)

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "wagecase.cli", *args], env=env, capture_output=True,
                              text=True, encoding="utf-8", timeout=120)

    return run
