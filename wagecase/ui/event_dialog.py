"""Add or correct one procedural step of a case (受理, 立案, 送达...), the input of its deadlines.

A refused save keeps the dialog open with the reason under the fields: nothing typed is lost.
"""
from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..domain.errors import RuleError, ValidationFailed
from .dialog_parts import date_edit, edit_date, error_box, today
from .error_text import UNEXPECTED, error_lines
from .settings_widgets import ok_cancel
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import Changes, EventChoice, EventView
    from .prompts import Prompts

log = logging.getLogger(__name__)

_BAD = "border: 1px solid #c62828;"


class EventDialog(QDialog):
    """``event`` None adds to ``case_id``; otherwise corrects that event. After 确定 succeeds,
    ``changes`` holds what the service changed."""

    def __init__(self, services: "Services", prompts: "Prompts", case_id: int, case_type: str,
                 event: "EventView | None" = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._prompts = prompts
        self.case_id = case_id
        self.editing = event
        self.changes: Changes | None = None
        self.setWindowTitle(tr("修改办理节点") if event else tr("添加办理节点"))

        self.choices: list[EventChoice] = list(services.deadlines.event_choices(case_type))
        self.kind = QComboBox()
        for choice in self.choices:
            self.kind.addItem(tr(choice.label), choice.kind)
        self.kind.setMaxVisibleItems(20)
        if event is not None and self.kind.findData(event.kind) < 0:
            # an event whose kind is no longer offered still shows what it is
            self.kind.addItem(tr(event.kind_label), event.kind)
        self.event_date = date_edit(today(services))
        self.anchor = date_edit(today(services))
        self.anchor_label = QLabel()
        self.summary = QLineEdit()
        self.summary.setPlaceholderText(tr("可填写文书名称、文号或送达方式等"))
        self.summary.setMaxLength(500)
        self.summary.setMinimumWidth(360)

        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.addRow(tr("办理节点："), self.kind)
        self.form.addRow(tr("日期："), self.event_date)
        self.form.addRow(self.anchor_label, self.anchor)
        self.form.addRow(tr("说明："), self.summary)

        self.hint = QLabel(tr("日期为该节点的法定日期（如受理、送达之日），期限从次日起算。"))
        self.hint.setObjectName("fieldCaption")
        self.hint.setWordWrap(True)
        self.errors = error_box()

        self.buttons = ok_cancel()
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.hint)
        lay.addWidget(self.errors)
        lay.addWidget(self.buttons)

        if event is not None:
            self._fill(event)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    # ---- fields ----------------------------------------------------------------------------

    def _fill(self, event: "EventView") -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(event.kind)))
        d = event.event_date
        self.event_date.setDate(QDate(d.year, d.month, d.day))
        self.summary.setText(event.summary)
        choice = self.current_choice()
        if choice and choice.anchor and event.payload.get(choice.anchor):
            try:
                a = date.fromisoformat(event.payload[choice.anchor])
                self.anchor.setDate(QDate(a.year, a.month, a.day))
            except ValueError:
                log.warning("event %s has a bad %s: %r", event.id, choice.anchor,
                            event.payload[choice.anchor])

    def current_choice(self) -> "EventChoice | None":
        kind = self.kind.currentData()
        return next((c for c in self.choices if c.kind == kind), None)

    def _kind_changed(self) -> None:
        choice = self.current_choice()
        has_anchor = bool(choice and choice.anchor)
        self.form.setRowVisible(self.anchor, has_anchor)
        if has_anchor:
            self.anchor_label.setText((tr(choice.anchor_label) or tr("日期")) + tr("："))

    def input(self) -> "object":
        from ..services.dto import EventInput

        choice = self.current_choice()
        payload = dict(self.editing.payload) if self.editing is not None else {}
        if choice and choice.anchor:
            payload[choice.anchor] = edit_date(self.anchor).isoformat()
        return EventInput(kind=self.kind.currentData() or "", event_date=edit_date(self.event_date),
                          summary=self.summary.text().strip(), payload=payload)

    # ---- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        self._clear_errors()
        data = self.input()
        try:
            if self.editing is None:
                self.changes = self._services.deadlines.add_event(self.case_id, data)
            else:
                self.changes = self._services.deadlines.edit_event(self.editing.id, data)
        except ValidationFailed as exc:
            self._show_errors(exc)
            return
        except RuleError as exc:
            self._show_errors(exc)
            self._prompts.error(self, self.windowTitle(), "\n".join(error_lines(exc)))
            return
        except Exception:  # noqa: BLE001 - explained to the user, logged in full
            log.exception("saving event of case %s failed", self.case_id)
            self.errors.setText(UNEXPECTED)
            self.errors.show()
            self._prompts.error(self, self.windowTitle(), UNEXPECTED)
            return
        self.accept()

    def _field_widget(self, field: str) -> QWidget | None:
        choice = self.current_choice()
        head = field.split(".")[0].split("[")[0]
        if head == "kind":
            return self.kind
        if head == "event_date":
            return self.event_date
        if head == "summary":
            return self.summary
        if head == "payload" or (choice and choice.anchor and choice.anchor in field):
            return self.anchor
        return None

    def _show_errors(self, exc: RuleError) -> None:
        if isinstance(exc, ValidationFailed):
            for err in exc.errors:
                widget = self._field_widget(err.field)
                if widget is not None:
                    widget.setStyleSheet(_BAD)
        self.errors.setText("\n".join(error_lines(exc)))
        self.errors.show()

    def _clear_errors(self) -> None:
        self.errors.clear()
        self.errors.hide()
        for w in (self.kind, self.event_date, self.anchor, self.summary):
            w.setStyleSheet("")
