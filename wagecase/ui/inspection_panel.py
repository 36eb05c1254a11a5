"""办理: where an inspection case stands on its path (the step bar), what may be done next (one
button per action of the path, disabled with the reason as tooltip), and what has been paid to
whom. Everything comes from ``services.inspection.view``; the buttons are enabled from the same
transition table the service enforces, so the two never disagree."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QPushButton, QSplitter,
    QVBoxLayout, QWidget,
)

from ..domain.money import format_yuan
from .path_widgets import PathPanel
from .path_widgets import button_text as path_button_text
from .table_widgets import fill_table, read_only_table
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import ActionView, InspectionView
    from .prompts import Prompts


RECORD_PAYMENT = "record_payment"  # InspectionAction.RECORD_PAYMENT: its own dialog
ACTION_ROWS = (
    (tr("受理"), ("accept", "reject", "request_supplement", "receive_supplement")),
    (tr("调查与责令"), ("extend_investigation", "issue_order", "record_payment", "propose_blacklist")),
    (tr("处理与处罚"), ("notify_decision", "decide", "request_hearing", "hold_hearing", "penalize")),
    (tr("移送公安"), ("transfer_to_police", "record_police_receipt", "record_police_decision")),
    (tr("结案"), ("close", "withdraw_case", "reopen")),
)


def button_text(action: "ActionView") -> str:
    return path_button_text(action, action.action == RECORD_PAYMENT)


class InspectionPanel(PathPanel):
    path = "inspection"

    def __init__(self, services: "Services", prompts: "Prompts", case_id: int, load: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, prompts, case_id, ACTION_ROWS, frozenset({RECORD_PAYMENT}), parent)
        self.view: InspectionView | None = None

        self.summary = QLabel()
        self.summary.setObjectName("caseAmount")
        self.summary.setWordWrap(True)
        self.pay_button = QPushButton(tr("登记支付…"))
        self.pay_button.clicked.connect(self.record_payment)
        self.balance_table = read_only_table([tr("姓名"), tr("应付（元）"), tr("已付（元）"), tr("未付（元）")],
                                             right_align=(1, 2, 3), stretch=0)
        self.payments_table = read_only_table([tr("日期"), tr("劳动者"), tr("金额（元）"), tr("支付方"), tr("方式"), tr("备注")],
                                              right_align=(2,), stretch=5)
        self.payments_empty = QLabel(tr("尚未登记支付"))
        self.payments_empty.setObjectName("emptyNote")
        self.payments_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        top = QHBoxLayout()
        top.addWidget(self.step_bar)
        top.addStretch(1)
        top.addWidget(self.status_label)

        pay_head = QHBoxLayout()
        pay_head.addWidget(self.summary, 1)
        pay_head.addWidget(self.pay_button)
        balances = QWidget()
        bl = QVBoxLayout(balances)
        bl.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(tr("各劳动者支付情况"))
        caption.setObjectName("fieldCaption")
        bl.addWidget(caption)
        bl.addWidget(self.balance_table, 1)
        payments = QWidget()
        pl = QVBoxLayout(payments)
        pl.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(tr("支付记录"))
        caption.setObjectName("fieldCaption")
        pl.addWidget(caption)
        pl.addWidget(self.payments_table, 1)
        pl.addWidget(self.payments_empty, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(balances)
        split.addWidget(payments)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 8, 4, 4)
        lay.addLayout(top)
        lay.addWidget(self.approvals_line)
        lay.addWidget(self.load_error)
        lay.addWidget(self.actions_box)
        lay.addWidget(self.actions_hint)
        lay.addSpacing(4)
        lay.addLayout(pay_head)
        lay.addWidget(split, 1)
        if load:  # the case view loads it with the rest of the case
            self.reload()

    # ---- loading -----------------------------------------------------------------------------

    def _show(self, v: "InspectionView") -> None:
        pay = self.action(RECORD_PAYMENT)
        self.pay_button.setEnabled(pay.allowed if pay else True)
        self.pay_button.setToolTip("" if pay is None or pay.allowed else pay.reason)
        self._fill_payments(v)

    def _unavailable(self) -> None:
        self.pay_button.setEnabled(False)

    def _fill_payments(self, v: "InspectionView") -> None:
        fill_table(self.balance_table,
              [[b.name, b.owed_text, b.paid_text, b.outstanding_text] for b in v.balances],
              red={(r, 3): b.outstanding_fen > 0 for r, b in enumerate(v.balances)})
        fill_table(self.payments_table, [
            [p.paid_on.isoformat(), p.worker_name, p.amount_text, tr(p.payer_label), tr(p.method_label), p.note]
            for p in v.payments
        ])
        self.payments_table.setVisible(bool(v.payments))
        self.payments_empty.setVisible(not v.payments)
        text = (tr("应付合计 {format_yuan} 元，已付 {format_yuan2} 元，未付 {format_yuan3} 元").format(
            format_yuan=format_yuan(v.owed_fen), format_yuan2=format_yuan(v.paid_fen),
            format_yuan3=format_yuan(v.outstanding_fen)))
        if v.order_due and v.outstanding_fen > 0:
            d = v.order_due
            text += tr("；限期改正指令书要求于 {year}年{month}月{day}日前支付").format(year=d.year, month=d.month, day=d.day)
        self.summary.setText(text)

    # ---- doing -------------------------------------------------------------------------------

    def _own_window(self, key: str, action: "ActionView"):
        return self.record_payment() if key == RECORD_PAYMENT else None

    def record_payment(self):
        if self.view is None:
            return None
        from .payment_dialog import PaymentDialog

        dialog = PaymentDialog(self._services, self._prompts, self.case_id, self.view.balances, parent=self)
        return self._open(dialog, emit_on_accept=True)
