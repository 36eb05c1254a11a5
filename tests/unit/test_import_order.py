"""Every module of the lower layers imports on its own, whatever was imported before: an import
cycle (models → search_index → repositories → models) only shows when a module happens to be
the first one loaded, as the app's start-up order changes."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("domain", "storage", "documents", "services")

CHILD = r"""
import importlib, sys, traceback
failed = []
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "wagecase" or m.startswith("wagecase.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception:
        failed.append(name + ": " + traceback.format_exc().strip().splitlines()[-1])
print("\n".join(failed))
"""


def test_each_module_imports_first():
    names = sorted(f"wagecase.{pkg}.{p.stem}" for pkg in PACKAGES for p in (ROOT / "wagecase" / pkg).glob("*.py")
                   if p.stem != "__init__")
    done = subprocess.run([sys.executable, "-c", CHILD, *names], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "", f"modules that fail when imported first:\n{done.stdout}"
