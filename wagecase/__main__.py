"""GUI entry point: ``python -m wagecase [--database URL]`` and the ``wagecase`` gui-script.

Qt comes up and the window is shown before the database layer is imported (SQLAlchemy and
Alembic cost ~350 ms); ``connect`` below is what the UI calls to open a database.
"""
from __future__ import annotations

import time

_STARTED = time.perf_counter()

import argparse  # noqa: E402
import logging  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from logging.handlers import RotatingFileHandler  # noqa: E402
from pathlib import Path  # noqa: E402


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="wagecase", description="农民工欠薪案件管理")
    parser.add_argument("--database", metavar="URL",
                        help="数据库地址，例如 sqlite:///D:/案件/wagecase.sqlite3 或 postgresql+psycopg://…")
    parser.add_argument("--data-dir", metavar="DIR", help=argparse.SUPPRESS)
    parser.add_argument("--open-case", metavar="ID", type=int, help=argparse.SUPPRESS)
    # e.g. --page settings/holidays: for screenshots and support calls
    parser.add_argument("--page", metavar="KEY", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def database_url(given: str | None) -> str | None:
    """Accept a plain file path too: ``wagecase --database D:\\案件\\wagecase.sqlite3``."""
    if not given or "://" in given:
        return given
    return "sqlite:///" + str(Path(given).expanduser().resolve())


def setup_logging(file: Path) -> None:
    file.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(file, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.data_dir:
        os.environ["WAGECASE_DATA_DIR"] = str(Path(args.data_dir).resolve())
    from . import paths

    data_dir = paths.data_dir()
    setup_logging(paths.log_file())
    logging.getLogger(__name__).info("starting, data folder %s", data_dir)

    def connect(url: str | None):
        from . import bootstrap

        resolved = url or bootstrap.default_url()
        return bootstrap.build(resolved, data_dir=data_dir), resolved

    def default_url() -> str:
        from . import bootstrap

        return bootstrap.default_url()

    from .ui.app import run

    return run(sys.argv[:1], connect=connect, database_url=database_url(args.database), started=_STARTED,
               open_case=args.open_case, start_page=args.page, default_url=default_url,
               backups_dir=data_dir / "backups")


if __name__ == "__main__":
    sys.exit(main())
