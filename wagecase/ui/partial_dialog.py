"""先行裁决 (调解仲裁法 Art. 43 ¶2; 办案规则 Art. 49): part of the facts is already clear, so the
tribunal awards those items now and the case goes on for the rest. The tribunal ticks the saved,
granted items still open; each 裁决书 is issued with it (split into 终局 / 非终局 as any award)."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..domain.errors import RuleError, ValidationFailed
from .dialog_parts import error_box
from .error_text import UNEXPECTED, error_lines
from .settings_widgets import ok_cancel

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import AwardItemView, AwardView
    from .prompts import Prompts

log = logging.getLogger(__name__)
VERDICTS = {True: "终局", False: "非终局", None: ""}


class PartialDialog(QDialog):
    """``made`` holds the awards of the 先行裁决 once made; ``warning`` what the clerk must
    still do when the award stands but its 裁决书 could not be issued."""

    def __init__(self, services: "Services", prompts: "Prompts", case_id: int,
                 items: "list[AwardItemView]", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._prompts = prompts
        self.case_id = case_id
        self.made: list[AwardView] = []
        self.warning = ""
        self.setWindowTitle("先行裁决")
        title = QLabel("先行裁决")
        title.setObjectName("pageTitle")
        hint = QLabel("仲裁庭裁决劳动争议案件时，其中一部分事实已经清楚的，可以就该部分先行裁决"
                      "（《劳动争议调解仲裁法》第四十三条第二款）。请勾选事实已经清楚的事项；其余事项仍可编辑，"
                      "审理终结时一并作出裁决。先行裁决不结束审理期限。")
        hint.setObjectName("fieldCaption")
        hint.setWordWrap(True)
        self.list = QListWidget()
        for item in items:
            if item.id <= 0 or item.rejected or item.award_number:
                continue  # only saved, granted items not yet in an award
            verdict = VERDICTS[item.final]
            row = QListWidgetItem(f"{item.label}　{item.awarded_text}元" + (f"　{verdict}" if verdict else ""))
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(row)
        note = QLabel("作出后所选事项不能再修改，先行裁决书随即制作，可在“文书”页签打印和登记送达。")
        note.setObjectName("fieldCaption")
        note.setWordWrap(True)
        self.errors = error_box()
        self.buttons = ok_cancel("先行裁决")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(hint)
        lay.addWidget(QLabel("先行裁决的事项"))
        lay.addWidget(self.list, 1)
        lay.addWidget(note)
        lay.addWidget(self.errors)
        lay.addWidget(self.buttons)
        self.resize(560, 440)

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
            self.made = self._services.awards.issue(self.case_id, item_ids=self.chosen())
        except RuleError as exc:
            if exc.key == "award.form_missing":
                # the award stands (its own commit came first): only the document waits
                self.warning = "\n".join(error_lines(exc))
                self.accept()
                return
            self._show(error_lines(exc))
            return
        except ValidationFailed as exc:
            self._show(error_lines(exc))
            return
        except Exception:  # noqa: BLE001 - the dialog stays open, nothing ticked is lost
            log.exception("先行裁决 of case %s failed", self.case_id)
            self._show([UNEXPECTED])
            return
        self.accept()

    def _show(self, lines: list[str]) -> None:
        self.errors.setText("\n".join(lines))
        self.errors.show()
