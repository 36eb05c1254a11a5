"""Every message box and file dialog goes through one Prompts object.

Tests install a ``ScriptedPrompts`` with the answers they want, so no test ever blocks on a
modal loop, and every question the app asked is recorded for assertions.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from .i18n import tr


class Prompts:
    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warning(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def question(self, parent: QWidget | None, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        yes = box.addButton(tr("是"), QMessageBox.ButtonRole.YesRole)
        box.addButton(tr("否"), QMessageBox.ButtonRole.NoRole)
        box.exec()
        return box.clickedButton() is yes

    def choose(self, parent: QWidget | None, title: str, text: str, options: list[str],
               detail: str = "", default: str | None = None) -> str | None:
        """One of ``options`` (the buttons' texts), or None when the dialog is closed."""
        from .database_dialogs import ProblemDialog, exec_dialog

        dialog = ProblemDialog(parent, title, text, options, detail, default=default)
        exec_dialog(dialog)
        return dialog.choice

    def choose_backup(self, parent: QWidget | None, backups: list, folder: str) -> str | None:
        """A backup's path from the list (services.safety.BackupEntry, newest first), OTHER_BACKUP
        for 其他位置的备份文件…, or None when cancelled."""
        from .database_dialogs import BackupListDialog, exec_dialog

        dialog = BackupListDialog(parent, backups, folder)
        exec_dialog(dialog)
        return dialog.choice

    def open_file(self, parent: QWidget | None, title: str, filters: str, folder: str = "") -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
        return path or None

    def open_files(self, parent: QWidget | None, title: str, filters: str, folder: str = "") -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(parent, title, folder, filters)
        return list(paths)

    def save_file(self, parent: QWidget | None, title: str, filters: str, folder: str = "") -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, folder, filters)
        return path or None

    def text(self, parent: QWidget | None, title: str, label: str, value: str = "") -> str | None:
        """One line typed by the user (a reason...); None when cancelled."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        got, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, value)
        return got if ok else None

    def printer(self, parent: QWidget | None, title: str):
        """A printer set up in Qt's print dialog (QPrinter), or None when cancelled."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(title)
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None


@dataclass
class ScriptedPrompts(Prompts):
    """For tests: answers come from queues; every call is logged as (kind, title, text)."""

    answers: list[bool] = field(default_factory=list)
    files: list[str | list[str] | None] = field(default_factory=list)
    texts: list[str | None] = field(default_factory=list)
    printers: list = field(default_factory=list)  # QPrinter objects (e.g. PdfFormat into tmp_path)
    choices: list[str | None] = field(default_factory=list)  # button texts for choose()
    backups: list[int | str | None] = field(default_factory=list)  # choose_backup: index, OTHER_BACKUP, None
    log: list[tuple[str, str, str]] = field(default_factory=list)

    def info(self, parent, title, text):
        self.log.append(("info", title, text))

    def warning(self, parent, title, text):
        self.log.append(("warning", title, text))

    def error(self, parent, title, text):
        self.log.append(("error", title, text))

    def question(self, parent, title, text):
        self.log.append(("question", title, text))
        return self.answers.pop(0) if self.answers else False

    def choose(self, parent, title, text, options, detail="", default=None):
        self.log.append(("choose", title, text + "\n" + detail + "\n" + " | ".join(options)))
        return self.choices.pop(0) if self.choices else None

    def choose_backup(self, parent, backups, folder):
        self.log.append(("choose_backup", folder, "\n".join(b.name for b in backups)))
        got = self.backups.pop(0) if self.backups else None
        return backups[got].path if isinstance(got, int) else got

    def open_file(self, parent, title, filters, folder=""):
        self.log.append(("open_file", title, filters))
        return self.files.pop(0) if self.files else None  # type: ignore[return-value]

    def open_files(self, parent, title, filters, folder=""):
        self.log.append(("open_files", title, filters))
        got = self.files.pop(0) if self.files else []
        return list(got) if isinstance(got, list) else [got] if got else []

    def save_file(self, parent, title, filters, folder=""):
        self.log.append(("save_file", title, filters))
        return self.files.pop(0) if self.files else None  # type: ignore[return-value]

    def text(self, parent, title, label, value=""):
        self.log.append(("text", title, label))
        return self.texts.pop(0) if self.texts else None

    def printer(self, parent, title):
        self.log.append(("printer", title, ""))
        return self.printers.pop(0) if self.printers else None
