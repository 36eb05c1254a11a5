"""Pieces the case dialogs (办理节点, 签发, 送达) share: today by the services' clock, the date
field, and the red box under the fields that says why a save was refused."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QLabel

if TYPE_CHECKING:
    from ..services import Services

DATE_FORMAT = "yyyy-MM-dd"
ERROR_BOX = "color: #b71c1c; background: #fdecea; border: 1px solid #c62828; padding: 6px;"


def today(services: "Services") -> date:
    """Today in Asia/Shanghai by the services' clock (tests set it)."""
    from ..services.context import to_local

    return to_local(services.ctx.clock()).date()


def date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("2026-12-31") + 48)
    return edit


def edit_date(edit: QDateEdit) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


def error_box() -> QLabel:
    label = QLabel()
    label.setObjectName("dialogErrors")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(ERROR_BOX)
    label.hide()
    return label
