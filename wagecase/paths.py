"""Where things live: the shipped resources/forms/db folders and the user's data folder.

Works from the source tree, an installed wheel (data copied under the package) and a
PyInstaller bundle (``sys._MEIPASS``). Tests point the data folder elsewhere with
``WAGECASE_DATA_DIR`` so they never touch the user's real data.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "wagecase"


def install_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    here = Path(__file__).resolve().parent
    # source tree / editable install: resources/ sits beside the package
    if (here.parent / "db" / "env.py").exists():
        return here.parent
    return here / "_data"


def resources_dir() -> Path:
    return install_root() / "resources"


def forms_dir() -> Path:
    return install_root() / "forms"


def help_dir() -> Path:
    """The user guide: docs/help/*.md."""
    return install_root() / "docs" / "help"


def db_dir() -> Path:
    """Alembic environment, versions and reference data files."""
    return install_root() / "db"


def reference_dir() -> Path:
    return db_dir() / "reference"


def data_dir() -> Path:
    override = os.environ.get("WAGECASE_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "wagecase.sqlite3"


def database_choice_file() -> Path:
    """The database this workstation chose at its first start, when it is not the default file
    (one URL, never a password): read by the program and by wagecase-cli alike."""
    return data_dir() / "database.url"


def remembered_database() -> str:
    try:
        return database_choice_file().read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def remember_database(url: str) -> None:
    database_choice_file().write_text(url.strip() + "\n", encoding="utf-8")


def attachments_dir() -> Path:
    return data_dir() / "attachments"


def backups_dir() -> Path:
    return data_dir() / "backups"


def log_file() -> Path:
    """The program's log (rotated: wagecase.log.1 … .5 beside it)."""
    return logs_dir() / "wagecase.log"


def logs_dir() -> Path:
    return data_dir() / "logs"
