"""Pieces every 设置 page and its editors share: the page's top labels and layout, the read-only
table view, red error lines, the 确定/取消 buttons, and running an editor or a confirmed change
so that a failure is explained in Chinese and logged when unexpected."""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QListWidgetItem, QTableView, QVBoxLayout, QWidget,
)

from ..domain.errors import RuleError
from .error_text import error_lines
from .i18n import tr

if TYPE_CHECKING:
    from .prompts import Prompts

AMBER_TEXT = QColor("#92400e")  # to verify, or no data: someone must act
AMBER_BACK = QColor("#fef3c7")
ERROR_RED = "#b91c1c"


def page_labels(title: str, description: str, read_only_note: str
                ) -> tuple[QLabel, QLabel, QLabel, QLabel]:
    """The page title, what the page holds, the read-only note and the load error (both hidden);
    settings_page's style sheet dresses them by their object names."""
    title_label = QLabel(title)
    title_label.setObjectName("pageTitle")
    description_label = QLabel(description)
    description_label.setObjectName("settingsDescription")
    description_label.setWordWrap(True)
    note = QLabel(read_only_note)
    note.setObjectName("readOnlyNote")
    note.hide()
    load_error = QLabel()
    load_error.setObjectName("loadError")
    load_error.setWordWrap(True)
    load_error.hide()
    return title_label, description_label, note, load_error


def page_layout(page: QWidget, top: tuple[QWidget, ...]) -> QVBoxLayout:
    """The page's column: its top widgets, a little space, then whatever the caller adds."""
    lay = QVBoxLayout(page)
    lay.setContentsMargins(20, 16, 20, 16)
    for widget in top:
        lay.addWidget(widget)
    lay.addSpacing(4)
    return lay


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """A page's buttons, left-aligned in a row (添加… 修改… 停用)."""
    row = QHBoxLayout()
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    return row


def show_load_error(label: QLabel, exc: Exception, fallback: str) -> None:
    """A refused read says why; anything else says the details are in the log."""
    label.setText("".join(error_lines(exc)) if isinstance(exc, RuleError) else fallback)
    label.show()


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(f"color: {ERROR_RED};")
    label.setWordWrap(True)
    label.hide()
    return label


def read_only_rows(view: QTableView) -> None:
    """Whole rows are picked and nothing is edited in place: an editor dialog does that."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(28)


def keyed_item(text: str, key: Any, height: int) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, key)
    item.setSizeHint(QSize(200, height))
    return item


def ok_cancel(ok_text: str = tr("确定")) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("取消"))
    return buttons


def run_editor(dialog) -> bool:
    """Runs an editor dialog that sets ``saved``; whether it saved."""
    try:
        dialog.exec()
        return bool(dialog.saved)
    finally:
        dialog.deleteLater()


def confirmed_change(page: QWidget, prompts: "Prompts", title: str, question: str,
                     change: Callable[[], object], log: logging.Logger, failure: str) -> bool:
    """Asks, then makes the change; a refusal or a failure is explained (and logged when
    unexpected). Whether the change was made."""
    if not prompts.question(page, title, question):
        return False
    try:
        change()
    except Exception as exc:  # noqa: BLE001 - explained to the clerk, logged when unexpected
        if not isinstance(exc, RuleError):
            log.exception(failure)
        prompts.error(page, title, "".join(error_lines(exc)))
        return False
    return True
