"""工作台's 逾期未付的限期改正指令书: the officer's open inspection cases whose order's payment date
has passed while money is still owed. Hidden when there are none; double-click or Enter opens
the case."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .case_deadlines import compact_table, fit_columns
from .case_table_view import CaseOpeningTableView

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import OverdueOrderView

log = logging.getLogger(__name__)

TITLE = "逾期未付的限期改正指令书"
HEADERS = ("案号", "当事人", "支付期限", "逾期", "尚欠金额（元）")
_SAMPLES = ("郑人社监案字〔2026〕99999号", "欧阳建国等12人 诉 河南某建设有限公司",
            "2026年12月31日", "逾期365天", "12,345,678.00")
_Index = QModelIndex | QPersistentModelIndex


def title_text(count: int) -> str:
    return f"{TITLE}（{count}件）"


class OverdueOrdersModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[OverdueOrderView] = []

    def set_rows(self, rows: "list[OverdueOrderView]") -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> "list[OverdueOrderView]":
        return list(self._rows)

    def case_id(self, row: int) -> int | None:
        return self._rows[row].case_id if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (item.case_number, item.parties, item.due_text, f"逾期{item.days_overdue}天",
                    item.outstanding_text)[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class OverdueOrdersPanel(QWidget):
    """``refresh()`` re-reads the list; ``open_case`` asks the window to show a case."""

    open_case = Signal(int)

    def __init__(self, services: "Services", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.model = OverdueOrdersModel(self)
        self.view = CaseOpeningTableView()
        self.view.setObjectName("overdueOrdersTable")
        self.view.setModel(self.model)
        compact_table(self.view, visible_rows=4)
        fit_columns(self.view, _SAMPLES)
        self.view.open_requested.connect(self.open_case)
        self.title = QLabel(title_text(0))
        self.title.setObjectName("sectionTitle")
        hint = QLabel("双击或按回车键打开案件")
        hint.setObjectName("fieldCaption")
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(hint)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 0)
        lay.setSpacing(4)
        lay.addLayout(head)
        lay.addWidget(self.view)
        self.setVisible(False)

    def refresh(self) -> None:
        try:
            items = self._services.inspection.overdue_orders()
        except Exception:  # noqa: BLE001 - the workbench stays usable without it
            log.exception("reading overdue rectification orders failed")
            items = []
        self.model.set_rows(items)
        self.title.setText(title_text(len(items)))
        self.setVisible(bool(items))
