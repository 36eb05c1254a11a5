"""安排开庭 / 延期开庭: a room, a day and a time span for the case's tribunal.

A refused booking (the room or an arbitrator already sitting then, a rest day, a time outside
the office's hours) keeps the dialog open with the reason under the field it concerns, so
nothing typed is lost. Whether the 开庭通知书 can still be served in time is shown as the date
changes: a warning, not a refusal.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout,
    QWidget,
)

from .dialog_parts import date_edit, edit_date, error_box
from .issue_dialog import FieldRows, show_failure
from .settings_widgets import ok_cancel
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import Changes
    from ..services.hearings import HearingService
    from .prompts import Prompts

log = logging.getLogger(__name__)

WARNING_STYLE = "color: #92400e; background: #fef3c7; border: 1px solid #f0d98c; padding: 6px;"
TIME_WIDTH = 90


def hearing_service(services: "Services") -> "HearingService":
    """The facade's hearing service; built on the spot while the facade lacks it."""
    found = getattr(services, "hearings", None)
    if found is not None:
        return found
    from ..services.hearings import HearingService

    return HearingService(services.ctx)


class ScheduleDialog(QDialog):
    """After a successful booking ``changes`` holds what changed."""

    def __init__(self, services: "Services", prompts: "Prompts", case_id: int, postpone: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._prompts = prompts
        self.hearings = hearing_service(services)
        self.case_id = case_id
        self.postpone = postpone
        self.changes: Changes | None = None
        title_text = tr("延期开庭") if postpone else tr("安排开庭")
        self.setWindowTitle(title_text)
        title = QLabel(title_text)
        title.setObjectName("pageTitle")

        self.room = QComboBox()
        self.room.setObjectName("roomCombo")
        for r in self.hearings.rooms(active_only=True):
            self.room.addItem(r.name, r.id)
        self.date = date_edit(self.hearings.suggested_date())
        self.date.setObjectName("hearingDate")
        day_start, day_end = self.hearings.office_hours()
        self.start = QLineEdit("09:00")
        self.start.setObjectName("startTime")
        self.end = QLineEdit("11:00")
        self.end.setObjectName("endTime")
        for edit in (self.start, self.end):
            edit.setPlaceholderText(tr("如 09:00"))
            edit.setMaximumWidth(TIME_WIDTH)
        times = QWidget()
        row = QHBoxLayout(times)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start)
        row.addWidget(QLabel(tr("至")))
        row.addWidget(self.end)
        row.addWidget(QLabel(tr("（开庭时间范围 {day_start}—{day_end}）").format(day_start=day_start, day_end=day_end)))
        row.addStretch(1)

        self.rows = FieldRows()
        self.rows.add("room_id", tr("仲裁庭室"), self.room, True)
        self.rows.add("hearing_date", tr("开庭日期"), self.date, True)
        # one row for both times: the errors of either show under it, each field marked red
        self.rows.add("start", tr("开庭时间"), times, True)
        self.rows.widgets["start"] = self.start
        self.rows.labels["start"] = tr("开始时间")
        self.rows.widgets["end"] = self.end
        self.rows.labels["end"] = tr("结束时间")
        self.rows.errors["end"] = self.rows.errors["start"]
        if postpone:
            self.reason = QPlainTextEdit()
            self.reason.setObjectName("postponeReason")
            self.reason.setPlaceholderText(tr("如：申请人因病住院，于2026年3月16日提交延期开庭申请及诊断证明"))
            self.reason.setFixedHeight(70)
            self.rows.add("postpone_reason", tr("延期理由"), self.reason, True)
            self.note = None
        else:
            self.note = QLineEdit()
            self.note.setObjectName("hearingNote")
            self.note.setPlaceholderText(tr("如：请双方携带证据原件"))
            self.rows.add("note", tr("备注"), self.note)
            self.reason = None

        self.warning = QLabel()
        self.warning.setObjectName("noticeWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        hint = QLabel(tr("仲裁庭室和仲裁员在同一时间只能安排一场开庭；确定后记入办理记录，开庭通知期限随之计算。"))
        hint.setObjectName("fieldCaption")
        hint.setWordWrap(True)
        self.errors = error_box()

        self.buttons = ok_cancel(tr("确定"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.date.dateChanged.connect(self._update_warning)

        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addSpacing(6)
        lay.addLayout(self.rows.form)
        lay.addWidget(self.warning)
        lay.addWidget(hint)
        lay.addWidget(self.errors)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self._postpone_warning = self._safe(lambda: self.hearings.postpone_warning(case_id)) if postpone else ""
        self._update_warning()

    # ---- reading what was typed --------------------------------------------------------------

    def set_room(self, name: str) -> None:
        self.room.setCurrentIndex(self.room.findText(name))

    def hearing_input(self):
        from ..services.dto import HearingInput

        room_id = self.room.currentData()
        return HearingInput(room_id=int(room_id) if room_id is not None else 0, hearing_date=edit_date(self.date),
                            start=self.start.text(), end=self.end.text(),
                            note=self.note.text() if self.note is not None else "")

    def warnings(self) -> list[str]:
        return [w for w in self.warning.text().split("\n") if w]

    # ---- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        self.rows.clear()
        self.errors.clear()
        self.errors.hide()
        try:
            if self.postpone:
                assert self.reason is not None
                self.changes = self.hearings.postpone(self.case_id, self.hearing_input(),
                                                      self.reason.toPlainText())
            else:
                self.changes = self.hearings.schedule(self.case_id, self.hearing_input())
        except Exception as exc:  # noqa: BLE001 - explained under the fields or in the box
            self._failed(exc)
            return
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        show_failure(self, self.rows, self.errors, exc, f"booking a hearing for case {self.case_id}")

    def _update_warning(self, *_) -> None:
        texts = [t for t in (self._postpone_warning,
                             self._safe(lambda: self.hearings.notice_warning(edit_date(self.date)))) if t]
        self.warning.setText("\n".join(texts))
        self.warning.setVisible(bool(texts))

    @staticmethod
    def _safe(read) -> str:
        # a warning that cannot be worked out must not keep the clerk from booking
        try:
            return read() or ""
        except Exception:  # noqa: BLE001
            log.exception("working out a hearing warning failed")
            return ""
