"""A dialog over the saved award items: tick some, add what the step asks for, submit. The
先予执行 and 先行裁决 dialogs are this with their own words and their own service call."""
from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..domain.errors import RuleError, ValidationFailed
from .dialog_parts import error_box
from .error_text import UNEXPECTED, error_lines
from .settings_widgets import ok_cancel
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import AwardItemView
    from .prompts import Prompts

log = logging.getLogger(__name__)


class ItemChoiceDialog(QDialog):
    """``title``, ``hint`` and the OK text say what the step is; ``extra`` widgets go below the
    list; ``submit()`` calls the service (a refusal keeps the dialog and what was ticked)."""

    def __init__(self, services: "Services", prompts: "Prompts", case_id: int, items: "Sequence[AwardItemView]",
                 *, title: str, hint: str, list_caption: str, ok_text: str, extra: Sequence[QWidget] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._prompts = prompts
        self.case_id = case_id
        self.setWindowTitle(title)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        note = QLabel(hint)
        note.setObjectName("fieldCaption")
        note.setWordWrap(True)
        self.list = QListWidget()
        for item in items:
            text = self.item_text(item)
            if not text:
                continue
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(row)
        self.errors = error_box()
        self.buttons = ok_cancel(ok_text)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(heading)
        lay.addWidget(note)
        lay.addWidget(QLabel(list_caption))
        lay.addWidget(self.list, 1)
        for widget in extra:
            lay.addWidget(widget)
        lay.addWidget(self.errors)
        lay.addWidget(self.buttons)
        self.resize(560, 460)

    def item_text(self, item: "AwardItemView") -> str:
        """The row of a saved, granted item still open; "" leaves the item out."""
        if item.id <= 0 or item.rejected or getattr(item, "award_number", ""):
            return ""
        return tr("{label}　{awarded_text}元").format(label=tr(item.label), awarded_text=item.awarded_text)

    def check(self, item_id: int) -> None:
        for i in range(self.list.count()):
            row = self.list.item(i)
            if row.data(Qt.ItemDataRole.UserRole) == item_id:
                row.setCheckState(Qt.CheckState.Checked)

    def chosen(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def submit(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        self.errors.hide()
        try:
            self.submit()
        except (ValidationFailed, RuleError) as exc:
            self.show_lines(error_lines(exc))
            return
        except Exception:  # noqa: BLE001 - the dialog stays open, nothing ticked is lost
            log.exception("%s of case %s failed", self.windowTitle(), self.case_id)
            self.show_lines([UNEXPECTED])
            return
        self.accept()

    def show_lines(self, lines: list[str]) -> None:
        self.errors.setText("\n".join(lines))
        self.errors.show()
