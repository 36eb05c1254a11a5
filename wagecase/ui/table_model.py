"""A flat table model whose columns are a fixed list of Chinese headers.

The intake and roster tables all answered rowCount/columnCount/headerData the same way;
subclasses now give only ``HEADERS``, ``row_total()`` and their own ``data()``.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class ColumnTableModel(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()

    def row_total(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    HEADER_TIPS: dict[int, str] = {}  # column -> what to type there (shown on the header)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADER_TIPS.get(section)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section] if 0 <= section < len(self.HEADERS) else None
        return str(section + 1)
