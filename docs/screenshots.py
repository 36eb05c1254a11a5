"""The pictures of the user guide and the README: the real screens on a demo database.

    python docs/screenshots.py            # Chinese, into docs/help/images/
    python docs/screenshots.py --lang en  # the same screens in English, into a folder given by --out

Runs offscreen on a new demo database in a temporary folder (never the user's data folder), so
the pictures change only when the screens do. PNGs are reduced to 256 colours to stay small.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "help" / "images"
SIZE = (1280, 800)


def save(widget, path: Path) -> None:
    from PIL import Image

    raw = path.with_suffix(".raw.png")
    widget.grab().save(str(raw))
    with Image.open(raw) as image:
        image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)
    raw.unlink()
    print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  {path.stat().st_size // 1024} KB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["WAGECASE_LANG"] = args.lang
    work = Path(tempfile.mkdtemp(prefix="wagecase-shots-"))
    os.environ["WAGECASE_DATA_DIR"] = str(work / "data")
    os.environ["WAGECASE_SETTINGS_DIR"] = str(work / "settings")
    sys.path.insert(0, str(ROOT))
    args.out.mkdir(parents=True, exist_ok=True)

    from wagecase.ui.app import describe_database, make_application

    app = make_application([sys.argv[0]])
    from PySide6.QtWidgets import QMessageBox

    from wagecase import bootstrap
    from wagecase.services.dto import CaseFilter, CaseSort
    from wagecase.ui.help_window import HelpWindow
    from wagecase.ui.main_window import MainWindow
    from wagecase.ui.prompts import ScriptedPrompts
    from wagecase.ui.setup_wizard import SetupWizard
    from wagecase.ui.workers import settle, stop_all

    # the wizard first, on a database nobody has set up yet
    fresh = bootstrap.build(f"sqlite:///{work / 'fresh.sqlite3'}", data_dir=work / "data")
    fresh.ctx.user_id = None
    wizard = SetupWizard(fresh, str(work / "fresh.sqlite3"), demo_cases=500, year=2026)
    wizard.resize(900, 640)
    wizard.show()
    wizard.office.place.setCurrentIndex(wizard.office.place.findData("410122"))
    settle()
    save(wizard, args.out / "setup-wizard.png")
    wizard.close()

    url = f"sqlite:///{work / 'demo.sqlite3'}"
    services = bootstrap.build(url, data_dir=work / "data")
    services.demo.generate(600)
    prompts = ScriptedPrompts()
    window = MainWindow(prompts)
    window.resize(*SIZE)
    window.attach(services, describe_database(url))
    window.show()
    for key, name in (("workbench", "workbench"), ("inspection", "case-list"), ("hearings", "hearings"),
                      ("statistics", "statistics"), ("settings", "settings")):
        window.show_page(key)
        if key == "statistics":  # this month's report, as after 生成报表
            page = window.page("statistics")
            page.show_report(services.statistics.report(page.chooser.period()))
        settle()
        save(window, args.out / f"{name}.png")

    window.show_page("workbench")
    for case_type, status in (("inspection", "investigating"), ("arbitration", "hearing_scheduled")):
        rows = services.cases.page(CaseFilter(case_type=case_type, status=status), CaseSort(), 0, 1) or \
            services.cases.page(CaseFilter(case_type=case_type), CaseSort(), 0, 1)
        view = window.open_case(rows[0].id)
        settle()
        save(window, args.out / f"case-{case_type}.png")
        if case_type == "inspection":
            view.tabs.setCurrentIndex(view.tabs.indexOf(view.documents))
            settle()
            save(window, args.out / "documents.png")
        window.close_current_case()

    helper = HelpWindow(services, window)
    helper.resize(1000, 700)
    helper.show()
    helper.show_topic("inspection")
    settle()
    save(helper, args.out / "help.png")
    helper.close()

    window.about()
    _kind, title, text = prompts.log[-1]
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, window)
    box.setIconPixmap(app.windowIcon().pixmap(64, 64))
    box.show()
    settle()
    save(box, args.out / "about.png")
    stop_all()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
