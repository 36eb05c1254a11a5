"""One step of a case path that needs the officer's input (the ground of a refusal, the
payment date of an order...). The fields come from ``ActionView.inputs``; a refused step keeps
the dialog open with the reason under the field it concerns, so nothing typed is lost."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from .dialog_parts import error_box, today
from .issue_dialog import FieldRows, input_widget, set_widget_text, show_failure, widget_text
from .settings_widgets import ok_cancel
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import ActionView, Changes
    from .prompts import Prompts


APPROVAL_HINT = tr("本操作需经审批：提交后由负责人审批，批准后生效。")


class ActionDialog(QDialog):
    """After the step succeeds ``changes`` holds what changed."""

    def __init__(self, services: "Services", prompts: "Prompts", case_id: int, action: "ActionView",
                 parent: QWidget | None = None, path: str = "inspection") -> None:
        super().__init__(parent)
        self._services = services
        self._path = path  # the service of the case's path: inspection / arbitration
        self._prompts = prompts
        self.case_id = case_id
        self.action = action
        self.changes: Changes | None = None
        self.setWindowTitle(tr(action.label))

        title = QLabel(tr(action.label) + (tr("（需审批）") if action.needs_approval else ""))
        title.setObjectName("pageTitle")
        self.rows = FieldRows()
        for col in action.inputs:
            self.rows.add(col.key, tr(col.label), input_widget(col, today(services)), col.required)
        hint = QLabel(APPROVAL_HINT if action.needs_approval else tr("确认后记入办理记录，法定期限随之重新计算。"))
        hint.setObjectName("fieldCaption")
        hint.setWordWrap(True)
        self.errors = error_box()

        self.buttons = ok_cancel(tr("提交审批") if action.needs_approval else tr("确定"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addSpacing(6)
        lay.addLayout(self.rows.form)
        lay.addWidget(hint)
        lay.addWidget(self.errors)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def field(self, key: str) -> QWidget:
        return self.rows.widgets[key]

    def set_value(self, key: str, value: str) -> None:
        set_widget_text(self.field(key), value)

    def inputs(self) -> dict[str, str]:
        return {key: widget_text(w) for key, w in self.rows.widgets.items()}

    def save(self) -> None:
        self.rows.clear()
        self.errors.clear()
        self.errors.hide()
        try:
            service = getattr(self._services, self._path)
            self.changes = service.act(self.case_id, self.action.action, self.inputs())
        except Exception as exc:  # noqa: BLE001 - explained under the fields or in the box
            self._failed(exc)
            return
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        show_failure(self, self.rows, self.errors, exc, f"{self.action.action} of case {self.case_id}")
