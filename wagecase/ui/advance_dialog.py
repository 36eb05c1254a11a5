"""先予执行 (调解仲裁法 Art. 44): the worker asks for part of the claim to be paid now, before
the award. The tribunal ticks the saved items it grants and says why the worker's living
depends on it; the 先予执行裁决书 is issued with it. The items stay open for the award."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import RuleError, ValidationFailed
from .dialog_parts import error_box
from .error_text import UNEXPECTED, error_lines
from .settings_widgets import ok_cancel

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import AwardItemView, AwardView
    from .prompts import Prompts

log = logging.getLogger(__name__)


class AdvanceDialog(QDialog):
    """``made`` holds the 先予执行 award once it was made."""

    def __init__(self, services: "Services", prompts: "Prompts", case_id: int,
                 items: "list[AwardItemView]", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._prompts = prompts
        self.case_id = case_id
        self.made: AwardView | None = None
        self.setWindowTitle("先予执行")
        title = QLabel("裁决先予执行")
        title.setObjectName("pageTitle")
        hint = QLabel("仅限追索劳动报酬、工伤医疗费、经济补偿或者赔偿金的事项，且权利义务关系明确、"
                      "不先予执行将严重影响申请人生活；劳动者申请先予执行的，可以不提供担保。")
        hint.setObjectName("fieldCaption")
        hint.setWordWrap(True)
        self.list = QListWidget()
        for item in items:
            if item.id <= 0 or item.rejected:
                continue  # only saved, granted items can be enforced in advance
            row = QListWidgetItem(f"{item.label}　{item.awarded_text}元")
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(row)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText("如：申请人长期被拖欠工资，无其他生活来源，不先予执行将严重影响其生活")
        self.reason.setFixedHeight(72)
        self.errors = error_box()
        self.buttons = ok_cancel("裁决先予执行")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(hint)
        lay.addWidget(QLabel("先予执行的事项"))
        lay.addWidget(self.list, 1)
        lay.addWidget(QLabel("理由"))
        lay.addWidget(self.reason)
        lay.addWidget(self.errors)
        lay.addWidget(self.buttons)
        self.resize(560, 460)

    def check(self, item_id: int) -> None:
        for i in range(self.list.count()):
            row = self.list.item(i)
            if row.data(Qt.ItemDataRole.UserRole) == item_id:
                row.setCheckState(Qt.CheckState.Checked)

    def chosen(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        self.errors.hide()
        try:
            self.made = self._services.awards.advance(self.case_id, self.chosen(), self.reason.toPlainText())
        except (ValidationFailed, RuleError) as exc:
            self._show(error_lines(exc))
            return
        except Exception:  # noqa: BLE001 - the dialog stays open, nothing typed is lost
            log.exception("先予执行 of case %s failed", self.case_id)
            self._show([UNEXPECTED])
            return
        self.accept()

    def _show(self, lines: list[str]) -> None:
        self.errors.setText("\n".join(lines))
        self.errors.show()

