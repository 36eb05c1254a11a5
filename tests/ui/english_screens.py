"""Child process of test_english_screens: every screen in English, and the Chinese left on it.

Run as ``python -m tests.ui.english_screens DATABASE_URL DATA_DIR`` with ``WAGECASE_LANG=en``:
the language is chosen once, before the first window module is imported, exactly as at a real
start. Prints one JSON object: the screens visited and, for each piece of visible chrome that
still holds Chinese, where it is and what it says. Case content (names, addresses, the office's
reference data) is Chinese by nature; widgets that show it say so with the ``content`` property
and are not read.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QApplication, QComboBox, QGroupBox, QLabel, QLineEdit, QListWidget,
    QMenu, QPlainTextEdit, QTabWidget, QTextEdit, QWidget,
)

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
TAGS = re.compile(r"<[^>]+>")


def settle() -> None:
    # imported late: no UI module may load before make_application has chosen the language
    from wagecase.ui.workers import settle as settle_reads

    settle_reads()


def marked(widget: QWidget, name: str) -> bool:
    w: QWidget | None = widget
    while w is not None:
        if w.property(name):
            return True
        w = w.parentWidget()
    return False


def is_content(widget: QWidget) -> bool:
    return marked(widget, "content")


def texts_of(widget: QWidget) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if widget.isWindow() and widget.windowTitle():
        out.append(("title", widget.windowTitle()))
    if widget.toolTip():
        out.append(("tooltip", widget.toolTip()))
    if isinstance(widget, QLabel):
        out.append(("label", TAGS.sub("", widget.text())))
    elif isinstance(widget, QAbstractButton):
        out.append(("button", widget.text()))
    elif isinstance(widget, QGroupBox):
        out.append(("group", widget.title()))
    elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        out.append(("placeholder", widget.placeholderText()))
    elif isinstance(widget, QComboBox):
        out += [("choice", widget.itemText(i)) for i in range(widget.count())]
    if isinstance(widget, QTabWidget):
        out += [("tab", widget.tabText(i)) for i in range(widget.count())
                if not widget.widget(i).property("title_is_content")]
    if isinstance(widget, QListWidget):
        out += [("list item", widget.item(i).text()) for i in range(widget.count())]
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for column in range(model.columnCount()):
            head = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            if isinstance(head, str):
                out.append(("column", head))
    return out


class Walker:
    def __init__(self) -> None:
        self.found: dict[str, set[str]] = {}
        self.service_sentences: set[str] = set()  # i18n.mark_service_sentences: known, listed
        self.screens: list[str] = []

    def collect(self, screen: str) -> None:
        settle()
        self.screens.append(screen)
        for top in QApplication.topLevelWidgets():
            if not top.isVisible():
                continue
            self._collect_tree(screen, top)

    def _collect_tree(self, screen: str, top: QWidget) -> None:
        widgets = [top, *top.findChildren(QWidget)]
        for widget in widgets:
            if not widget.isVisible() or is_content(widget):
                continue
            self._check(screen, widget)
        # every tab of every tab widget, nested ones too
        for tabs in top.findChildren(QTabWidget):
            if not tabs.isVisible() or is_content(tabs):
                continue
            current = tabs.currentIndex()
            for i in range(tabs.count()):
                if i != current and tabs.isTabEnabled(i):
                    tabs.setCurrentIndex(i)
                    settle()
                    self._collect_page(screen + f" [{tabs.tabText(i)}]", tabs.widget(i))
            tabs.setCurrentIndex(current)

    def _collect_page(self, screen: str, page: QWidget) -> None:
        for widget in [page, *page.findChildren(QWidget)]:
            if not widget.isVisible() or is_content(widget):
                continue
            self._check(screen, widget)

    def _check(self, screen: str, widget: QWidget) -> None:
        for kind, text in texts_of(widget):
            if not (text and CJK.search(text)):
                continue
            if marked(widget, "service_sentences"):
                self.service_sentences.add(text)
                continue
            where = f"{screen} / {type(widget).__name__} {widget.objectName() or ''}".rstrip()
            self.found.setdefault(f"{kind}: {text}", set()).add(where)

    def menus(self, window) -> None:
        for menu in window.menuBar().findChildren(QMenu):
            for action in [menu.menuAction(), *menu.actions()]:
                for text in (action.text(), action.toolTip()):
                    if text and CJK.search(text) and not action.property("bilingual"):
                        self.found.setdefault(f"menu: {text}", set()).add("menu bar")


def walk_wizard(walker: Walker, folder: Path) -> None:
    """The 初始设置 wizard's four pages, on a database nobody has set up."""
    from wagecase import bootstrap
    from wagecase.ui.setup_wizard import SetupWizard

    fresh = bootstrap.build(f"sqlite:///{folder / 'fresh.sqlite3'}", data_dir=folder / "fresh")
    fresh.ctx.user_id = None
    wizard = SetupWizard(fresh, "fresh.sqlite3", demo_cases=500, year=2026)
    wizard.show()
    for page in range(1, 5):
        walker.collect(f"wizard page {page}")
        if page == 3:  # the administrator's page lets Next through once it is filled in
            wizard.admin.display_name.setText("Admin")
            wizard.admin.password.setText("Zhongmou2026")
            wizard.admin.again.setText("Zhongmou2026")
        wizard.next()
    wizard.close()
    fresh.ctx.uow.engine.dispose()


def main(url: str, data_dir: str) -> int:
    from wagecase import bootstrap
    from wagecase.ui.app import describe_database, make_application

    app = make_application([sys.argv[0]])
    from wagecase.ui import i18n

    if QCoreApplication.translate(i18n.CONTEXT, "保存") == "保存":
        print(json.dumps({"error": "the English translation did not load"}))
        return 1
    from wagecase.ui.main_window import NAV_ENTRIES, MainWindow
    from wagecase.ui.prompts import ScriptedPrompts

    services = bootstrap.build(url, data_dir=Path(data_dir))
    prompts = ScriptedPrompts()
    window = MainWindow(prompts)
    window.resize(1400, 900)
    window.attach(services, describe_database(url))
    window.show()
    walker = Walker()
    walker.menus(window)
    for key, _label, _purpose in NAV_ENTRIES:
        window.show_page(key)
        walker.collect(f"page {key}")
        if key == "statistics":  # a report on screen: its tables' titles and heads
            page = window.page("statistics")
            page.show_report(services.statistics.report(page.chooser.period()))
            walker.collect("statistics report")
        if key == "settings":
            from wagecase.ui.settings_page import SETTINGS_PAGES

            settings = window.page("settings")
            for section, _name in SETTINGS_PAGES:
                settings.show_page(section)
                walker.collect(f"settings {section}")
    from wagecase.services.dto import CaseFilter, CaseSort

    for case_type in ("inspection", "arbitration"):
        for row in services.cases.page(CaseFilter(case_type=case_type), CaseSort(), 0, 1):
            case_id = row.id
            window.open_case(case_id)
            walker.collect(f"case {case_id}")
            window.close_current_case()
    from wagecase.ui.intake_dialog import IntakeDialog

    for case_type in ("inspection", "arbitration"):
        intake = IntakeDialog(services, prompts, case_type, parent=window)
        intake.show()
        walker.collect(f"intake {case_type}")
        intake.close()
    from wagecase.ui.database_choice import DatabaseChoiceDialog
    from wagecase.ui.login_dialog import LoginDialog, PasswordDialog

    for name, dialog in (("database choice", DatabaseChoiceDialog(prompts, Path(data_dir) / "w.sqlite3", window)),
                         ("login", LoginDialog(services, "w.sqlite3", window)),
                         ("password", PasswordDialog(services, parent=window))):
        dialog.show()
        walker.collect(name)
        dialog.close()
    walk_wizard(walker, Path(data_dir))
    window.about()
    window.show_help()
    walker.collect("help")
    for kind, title, text in prompts.log:
        for part in (title, text):
            if CJK.search(part):
                walker.found.setdefault(f"{kind}: {part}", set()).add("message box")
    from wagecase.ui.workers import stop_all

    stop_all()
    print(json.dumps({"screens": walker.screens, "service_sentences": sorted(walker.service_sentences),
                      "chinese": {k: sorted(v) for k, v in sorted(walker.found.items())}}, ensure_ascii=False))
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2]))
