"""工作台's 本周开庭: hearings of the next 7 days in the cases the user sits on or handles.
Hidden when there are none; double-click or Enter opens the case."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .case_deadlines import compact_table, fit_columns
from .case_table_view import CaseOpeningTableView
from .schedule_dialog import hearing_service

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import HearingView

log = logging.getLogger(__name__)

TITLE = "本周开庭"
HEADERS = ("开庭时间", "仲裁庭室", "案号", "当事人", "仲裁员", "状态")
_SAMPLES = ("2026年12月31日 14:00—16:00", "第一仲裁庭", "郑劳人仲案字〔2026〕99999号",
            "欧阳建国等12人 诉 河南某建设有限公司", "赵丽娟、钱伟、孙敏", "绿色通道 已排期")
GREEN = QColor("#166534")
SortRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def title_text(count: int) -> str:
    return f"{TITLE}（{count}场）"


class HearingsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[HearingView] = []

    def set_rows(self, rows: "list[HearingView]") -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> "list[HearingView]":
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
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        h = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            status = f"绿色通道 {h.status_label}" if h.green_channel else h.status_label
            return (h.time_text, h.room_name, h.case_number, h.parties, "、".join(h.arbitrators), status)[col]
        if role == SortRole:
            return (h.hearing_date.isoformat(), h.start_minute) if col == 0 else self.data(index)
        if role == Qt.ItemDataRole.ForegroundRole and col == 5 and h.green_channel:
            return QBrush(GREEN)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{h.time_text} {h.room_name}\n{h.case_number} {h.parties}"
        return None


class HearingsPanel(QWidget):
    """``refresh()`` re-reads the list; ``open_case`` asks the window to show a case."""

    open_case = Signal(int)

    def __init__(self, services: "Services", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.model = HearingsModel(self)
        self.view = CaseOpeningTableView()
        self.view.setObjectName("hearingsTable")
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
            items = hearing_service(self._services).this_week()
        except Exception:  # noqa: BLE001 - the workbench stays usable without it
            log.exception("reading this week's hearings failed")
            items = []
        self.model.set_rows(items)
        self.title.setText(title_text(len(items)))
        self.setVisible(bool(items))
