"""The read-only QTableWidget the case view and the template page show lists in: whole rows are
picked one at a time, and the picked row is found again in the list the table was filled from.
And columns as wide as their heads."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

T = TypeVar("T")
RED = QColor("#c62828")  # amounts still owed
# columns are sized to the rows on screen and a few more: measuring all 200 workers' rows of a
# collective case cost more than the rest of laying it out (bench figure 4)
SIZE_BY_ROWS = 50
HEAD_PADDING = 18  # px: a head's margins and the sort arrow


def fill_table(table: QTableWidget, rows: list[list[str]],
               red: dict[tuple[int, int], bool] | None = None) -> None:
    """Fill a ``read_only_table``: its ``right_align`` columns right-aligned, ``red`` cells in red,
    columns sized to their content."""
    table.setUpdatesEnabled(False)
    table.setRowCount(len(rows))
    right = getattr(table, "_right_align", ())
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if red and red.get((r, c)):
                item.setForeground(RED)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    for c in range(table.columnCount()):
        table.setColumnWidth(c, max(table.columnWidth(c) + 16, 70))
    table.setUpdatesEnabled(True)


def read_only_table(headers: list[str], right_align: tuple[int, ...] = (),
                    stretch: int | None = None) -> QTableWidget:
    """``right_align`` columns are read by the filler (amounts); ``stretch`` takes the spare
    width instead of the last column."""
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setAlternatingRowColors(True)
    t.verticalHeader().setVisible(False)
    t.setWordWrap(False)
    hh = t.horizontalHeader()
    hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    hh.setResizeContentsPrecision(SIZE_BY_ROWS)
    if stretch is None:
        hh.setStretchLastSection(True)
    else:
        hh.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    t._right_align = right_align  # type: ignore[attr-defined]
    return t


def fit_column(table: QAbstractItemView, column: int, width: int) -> None:
    """``width`` px, or more where the column's head needs it (English heads run longer)."""
    head = table.model().headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    needed = table.horizontalHeader().fontMetrics().horizontalAdvance(str(head or "")) + HEAD_PADDING
    table.setColumnWidth(column, max(width, needed))


def selected_item(table: QTableWidget, items: Sequence[T]) -> T | None:
    """The item of the selected row; None when nothing is selected or the table is stale."""
    rows = table.selectionModel().selectedRows()
    if not rows or rows[0].row() >= len(items):
        return None
    return items[rows[0].row()]
