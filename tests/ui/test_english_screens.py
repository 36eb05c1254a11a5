"""English is complete: every screen, walked in English in a child process, shows no Chinese in
its chrome (titles, labels, buttons, tabs, column heads, choices, tips, menus, message boxes).

The child process chooses the language before the first window module is imported, as a real
start does; this process stays in Chinese for the rest of the suite.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_every_screen_reads_english(demo_services, db_url, tmp_path):
    demo_services.ctx.uow.engine.dispose()
    env = {**os.environ, "WAGECASE_LANG": "en", "QT_QPA_PLATFORM": "offscreen",
           "WAGECASE_SETTINGS_DIR": str(tmp_path / "settings"), "WAGECASE_DATA_DIR": str(tmp_path / "data")}
    run = subprocess.run([sys.executable, "-m", "tests.ui.english_screens", db_url, str(tmp_path)],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert len(report["screens"]) > 20, report["screens"]
    left = report["chinese"]
    assert not left, f"{len(left)} visible strings still in Chinese:\n" + "\n".join(
        f"{text}    <- {', '.join(where[:2])}" for text, where in list(left.items())[:80])
