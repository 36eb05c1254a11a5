"""登记支付: one payment to one worker (who paid, when, how much, how). A refused entry keeps the
dialog open with the reason under its field."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..domain.errors import FieldError, ValidationFailed
from ..services.inspection import METHODS, PAYERS  # the labels the payments list shows
from .dialog_parts import date_edit, edit_date, error_box, today
from .issue_dialog import FieldRows, set_widget_text, show_failure
from .settings_widgets import ok_cancel
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import Changes, WorkerBalanceView
    from .prompts import Prompts




def _combo(items, placeholder: str = "") -> QComboBox:
    box = QComboBox()
    if placeholder:
        box.addItem(placeholder, "")
    for value, label in items:
        box.addItem(tr(label), value)
    return box


class PaymentDialog(QDialog):
    """After a successful save ``changes`` holds what changed."""

    def __init__(self, services: "Services", prompts: "Prompts", case_id: int,
                 balances: "tuple[WorkerBalanceView, ...] | list[WorkerBalanceView]",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._prompts = prompts
        self.case_id = case_id
        self.balances = list(balances)
        self.changes: Changes | None = None
        self.setWindowTitle(tr("登记支付"))

        title = QLabel(tr("登记支付"))
        title.setObjectName("pageTitle")
        self.worker = QComboBox()
        self.worker.addItem(tr("（请选择）"), None)
        for b in self.balances:
            self.worker.addItem(tr("{name}（未付 {outstanding_text} 元）").format(
                name=b.name, outstanding_text=b.outstanding_text), b.worker_id)
        # the worker still owed something comes first to hand: most payments settle one balance
        owed = [i for i, b in enumerate(self.balances) if b.outstanding_fen > 0]
        if owed:
            self.worker.setCurrentIndex(owed[0] + 1)
        self.paid_on = date_edit(today(services))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(tr("单位：元，如 3000 或 3000.50"))
        self.payer = _combo(PAYERS)
        self.method = _combo(METHODS)
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("如：转账凭证号、代付说明"))
        self.note.setMaxLength(500)

        self.rows = FieldRows()
        self.rows.add("worker_id", tr("劳动者"), self.worker, True)
        self.rows.add("paid_on", tr("支付日期"), self.paid_on, True)
        self.rows.add("amount", tr("支付金额（元）"), self.amount, True)
        self.rows.add("payer", tr("支付方"), self.payer, True)
        self.rows.add("method", tr("支付方式"), self.method, True)
        self.rows.add("note", tr("备注"), self.note)
        for w in (self.worker, self.amount, self.note):
            w.setMinimumWidth(320)
        hint = QLabel(tr("部分支付的，案件继续办理；全部付清后方可结案。"))
        hint.setObjectName("fieldCaption")
        hint.setWordWrap(True)
        self.errors = error_box()
        self.buttons = ok_cancel(tr("登记"))
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
        self.setMinimumWidth(520)

    def set_value(self, key: str, value: str) -> None:
        if key == "worker_id":
            self.worker.setCurrentIndex(max(0, self.worker.findData(int(value))))
        else:
            set_widget_text(self.rows.widgets[key], value)

    def data(self):
        from ..services.dto import PaymentInput

        return PaymentInput(worker_id=self.worker.currentData() or 0, paid_on=edit_date(self.paid_on),
                            amount=self.amount.text().strip(), payer=str(self.payer.currentData() or ""),
                            method=str(self.method.currentData() or "bank"), note=self.note.text().strip())

    def save(self) -> None:
        self.rows.clear()
        self.errors.clear()
        self.errors.hide()
        if self.worker.currentData() is None:
            # no id to send: the service would only say "no such worker"
            self._failed(ValidationFailed([FieldError("worker_id", "required", {})]))
            return
        try:
            self.changes = self._services.inspection.record_payment(self.case_id, self.data())
        except Exception as exc:  # noqa: BLE001 - explained under the fields or in the box
            self._failed(exc)
            return
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        show_failure(self, self.rows, self.errors, exc, f"recording a payment on case {self.case_id}")
