"""变更承办人: the officers who can handle the case's type, and why it changes hands (required
when it had an officer already)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from ..domain.errors import RuleError, ValidationFailed
from .dialog_parts import error_box
from .issue_dialog import FieldRows, show_failure
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services


class AssignDialog(QDialog):
    def __init__(self, services: "Services", case_id: int, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.case_id = case_id
        self.setWindowTitle(tr("变更承办人") if current else tr("指定承办人"))
        self.rows = FieldRows()
        self.officer = self.rows.add("officer_id", tr("承办人"), QComboBox(), required=True)
        for u in services.assignment.candidates(case_id):
            self.officer.addItem(tr("{display_name}（{role_label}）").format(
                display_name=u.display_name, role_label=tr(u.role_label)), u.id)
        self.reason = self.rows.add("reason", tr("变更原因"), QLineEdit(), required=bool(current))
        self.reason.setPlaceholderText(tr("例如：原承办人休假，工作调整") if current else tr("可不填"))
        self.errors = error_box()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("确定"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(self.rows.form)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)
        self.setMinimumWidth(460)

    def choose(self, display_name: str) -> None:
        for i in range(self.officer.count()):
            if self.officer.itemText(i).startswith(display_name + tr("（")):
                self.officer.setCurrentIndex(i)
                return

    def save(self) -> bool:
        self.rows.clear()
        self.errors.hide()
        try:
            self._services.assignment.assign(self.case_id, self.officer.currentData(), self.reason.text())
        except (RuleError, ValidationFailed) as exc:
            show_failure(self, self.rows, self.errors, exc, "assigning a case")
            return False
        self.accept()
        return True
