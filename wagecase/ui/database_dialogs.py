"""The two dialogs of a database that will not open: what is wrong with a way out, and the list of
backups to restore from. Shown through Prompts (choose, choose_backup), so tests script them."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from .i18n import tr

if TYPE_CHECKING:
    from ..services.safety import BackupEntry

OTHER_BACKUP = "<other>"  # choose_backup's answer for 其他位置的备份文件…


class ProblemDialog(QDialog):
    """A sentence saying what is wrong, where, and one button per way out."""

    def __init__(self, parent: QWidget | None, title: str, text: str, options: list[str],
                 detail: str = "", *, default: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.choice: str | None = None
        self._options = options

        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text_label = QLabel(text)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_label.setMinimumWidth(460)
        words = QVBoxLayout()
        words.addWidget(self.text_label)
        self.detail_label = QLabel(detail)
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setStyleSheet("color: palette(placeholder-text);")
        self.detail_label.setVisible(bool(detail))
        words.addWidget(self.detail_label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(words, 1)

        row = QHBoxLayout()
        row.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for option in options:
            button = QPushButton(option)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, o=option: self._pick(o))
            row.addWidget(button)
            self.buttons[option] = button
        if default in self.buttons:
            self.buttons[default].setDefault(True)
            self.buttons[default].setFocus()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(row)

    def _pick(self, option: str) -> None:
        self.choice = option
        self.accept()


class BackupListDialog(QDialog):
    """The backups folder, newest first; the answer is a path, OTHER_BACKUP or None."""

    def __init__(self, parent: QWidget | None, backups: list["BackupEntry"], folder: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("从备份恢复"))
        self.setModal(True)
        self.choice: str | None = None
        self.backups = backups

        intro = QLabel(tr("备份文件夹：{folder}\n请选择要恢复的备份（最新的在最上面）。恢复前，当前的数据库会先原样保存到备份文件夹。").format(folder=folder))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setMinimumSize(560, 260)
        self.list.setAlternatingRowColors(True)
        for b in backups:
            when = b.taken_at.strftime(tr("%Y年%m月%d日 %H:%M"))
            item = QListWidgetItem(tr("{when}　{kind_label}　{size}\n{name}").format(
                when=when, kind_label=tr(b.kind_label), size=_size(b.size), name=b.name))
            item.setData(Qt.ItemDataRole.UserRole, b.path)
            item.setToolTip(b.path)
            self.list.addItem(item)
        if not backups:
            empty = QListWidgetItem(tr("备份文件夹中还没有备份。"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        self.list.itemDoubleClicked.connect(lambda _item: self._restore())

        self.restore_button = QPushButton(tr("恢复所选备份"))
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self._restore)
        self.other_button = QPushButton(tr("其他位置的备份文件…"))
        self.other_button.clicked.connect(self._other)
        cancel = QPushButton(tr("取消"))
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.other_button)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        row.addWidget(cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.list.currentRowChanged.connect(self._enable)
        if backups:
            self.list.setCurrentRow(0)
        self._enable()

    def _enable(self, *_args) -> None:
        item = self.list.currentItem()
        self.restore_button.setEnabled(item is not None and item.data(Qt.ItemDataRole.UserRole) is not None)

    def _restore(self) -> None:
        item = self.list.currentItem()
        path = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if path:
            self.choice = path
            self.accept()

    def _other(self) -> None:
        self.choice = OTHER_BACKUP
        self.accept()


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / 1024 / 1024:.1f} MB"
    return f"{max(n, 1024) // 1024} KB"


def exec_dialog(dialog: QDialog) -> None:
    dialog.exec()
