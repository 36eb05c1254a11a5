"""工作台's 我的待审批: the steps of inspection cases waiting for this supervisor (立案, 延期, 移送,
结案). 批准 lets the step take effect; 退回 asks why. Double-click opens the case. The panel
hides itself when nothing is waiting, so officers without approvals never see it."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .error_text import error_lines
from .table_widgets import fill_table
from .table_widgets import read_only_table, selected_item
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import ApprovalView
    from .prompts import Prompts

log = logging.getLogger(__name__)

TITLE = tr("我的待审批")


class ApprovalsPanel(QWidget):
    """``refresh()`` re-reads; ``open_case`` asks the window to show a case; ``changed`` fires
    after a decision (counts and lists elsewhere may move)."""

    open_case = Signal(int)
    changed = Signal(int)

    def __init__(self, services: "Services", prompts: "Prompts", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._prompts = prompts
        self.items: list[ApprovalView] = []
        self.title = QLabel(TITLE)
        self.title.setObjectName("sectionTitle")
        hint = QLabel(tr("双击打开案件"))
        hint.setObjectName("fieldCaption")
        self.table = read_only_table([tr("案号"), tr("事项"), tr("申请人"), tr("申请时间"), tr("理由")], stretch=4)
        self.table.setObjectName("approvalsTable")
        self.table.doubleClicked.connect(self._open_row)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.approve_button = QPushButton(tr("批准"))
        self.approve_button.clicked.connect(self.approve)
        self.return_button = QPushButton(tr("退回…"))
        self.return_button.clicked.connect(self.send_back)

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(hint)
        head.addWidget(self.approve_button)
        head.addWidget(self.return_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 0)
        lay.setSpacing(4)
        lay.addLayout(head)
        lay.addWidget(self.table)
        self.setVisible(False)
        self._update_buttons()

    def refresh(self) -> None:
        try:
            self.items = list(self._services.inspection.pending_approvals())
        except Exception:  # noqa: BLE001 - the workbench stays usable without it
            log.exception("reading pending approvals failed")
            self.items = []
        fill_table(self.table, [
            [a.case_number, tr(a.action_label), a.requested_by, a.requested_at.strftime("%Y-%m-%d %H:%M"), a.reason]
            for a in self.items
        ])
        rows = max(1, min(len(self.items), 5))
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 6
                                  + rows * self.table.verticalHeader().defaultSectionSize())
        self.title.setText(tr("{TITLE}（{len}）").format(TITLE=TITLE, len=len(self.items)) if self.items else TITLE)
        self.setVisible(bool(self.items))
        if self.items:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> "ApprovalView | None":
        return selected_item(self.table, self.items)

    def _update_buttons(self) -> None:
        on = self.selected() is not None
        self.approve_button.setEnabled(on)
        self.return_button.setEnabled(on)

    def _open_row(self, index) -> None:
        if index.isValid() and index.row() < len(self.items):
            self.open_case.emit(self.items[index.row()].case_id)

    def approve(self) -> None:
        item = self.selected()
        if item is not None:
            self._decide(item, True, "")

    def send_back(self) -> None:
        item = self.selected()
        if item is None:
            return
        comment = self._prompts.text(self, tr("退回"), tr("退回“{action_label}”（{case_number}）的理由：").format(
            action_label=tr(item.action_label), case_number=item.case_number))
        if comment is None:
            return
        if not comment.strip():
            self._prompts.warning(self, tr("退回"), tr("请填写退回理由，承办人需据此补充或改正。"))
            return
        self._decide(item, False, comment.strip())

    def _decide(self, item: "ApprovalView", approve: bool, comment: str) -> None:
        what = tr("批准") if approve else tr("退回")
        try:
            self._services.inspection.decide_approval(item.id, approve, comment)
        except Exception as exc:  # noqa: BLE001 - explained to the user, logged in full
            log.exception("deciding approval %s failed", item.id)
            self._prompts.error(self, what, tr("未能{what}：").format(what=what) + "".join(error_lines(exc)))
            return
        self.refresh()
        self.changed.emit(item.case_id)
