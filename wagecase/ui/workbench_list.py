"""A short list on 工作台 (逾期未付的指令书, 本周开庭, 待送达的裁决书…): a title with its count,
a compact table of rows that each belong to a case, hidden while empty; double-click or Enter
opens the case. Each list says what it reads and how a row reads."""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .case_deadlines import compact_table, fit_columns
from .case_table_view import CaseOpeningTableView
from .i18n import tr

log = logging.getLogger(__name__)

SortRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Rows with a ``case_id``; ``cells(row)`` gives the texts, ``colour(row, col)`` a text
    colour or None, ``sort_key(row, col)`` what the column sorts by (the text by default)."""

    def __init__(self, headers: Sequence[str], cells: Callable[[Any], Sequence[str]],
                 colour: Callable[[Any, int], str | None] | None = None,
                 sort_key: Callable[[Any, int], Any] | None = None,
                 right: Sequence[int] = (), tooltip: Callable[[Any], str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._cells = cells
        self._colour = colour
        self._sort_key = sort_key
        self._right = frozenset(right)
        self._tooltip = tooltip
        self._rows: list = []

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def case_id(self, row: int) -> int | None:
        return self._rows[row].case_id if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells(row)[col]
        if role == SortRole:
            return self._sort_key(row, col) if self._sort_key else self._cells(row)[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self._right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._colour:
            colour = self._colour(row, col)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and self._tooltip:
            return self._tooltip(row)
        return None


class WorkbenchList(QWidget):
    """``refresh()`` re-reads the list through ``fetch``; ``open_case`` asks for a case."""

    open_case = Signal(int)

    def __init__(self, model: RowsModel, fetch: Callable[[], Sequence], title: Callable[[int], str],
                 samples: Sequence[str], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        model.setParent(self)
        self._fetch = fetch
        self._title = title
        self._reloader = None
        self.view = CaseOpeningTableView()
        self.view.setObjectName(name)
        self.view.setModel(self.model)
        compact_table(self.view, visible_rows=4)
        fit_columns(self.view, samples)
        self.view.open_requested.connect(self.open_case)
        self.title = QLabel(title(0))
        self.title.setObjectName("sectionTitle")
        hint = QLabel(tr("双击或按回车键打开案件"))
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
        self._show(self._read())

    def reload(self) -> None:
        """refresh(), read off the GUI thread: the workbench's way on a large database."""
        if self._reloader is None:
            from .workers import Reloader

            self._reloader = Reloader(self._read, self._show, lambda _exc: None, self)
        self._reloader.reload()

    def _read(self) -> list:
        try:
            return list(self._fetch())
        except Exception:  # noqa: BLE001 - the workbench stays usable without it
            log.exception("reading the workbench list %s failed", self.view.objectName())
            return []

    def _show(self, items: list) -> None:
        self.model.set_rows(items)
        self.title.setText(self._title(len(items)))
        self.setVisible(bool(items))
