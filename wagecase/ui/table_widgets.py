"""The read-only QTableWidget the case view and the template page show lists in: whole rows are
picked one at a time, and the picked row is found again in the list the table was filled from."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

T = TypeVar("T")


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
    if stretch is None:
        hh.setStretchLastSection(True)
    else:
        hh.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    t._right_align = right_align  # type: ignore[attr-defined]
    return t


def selected_item(table: QTableWidget, items: Sequence[T]) -> T | None:
    """The item of the selected row; None when nothing is selected or the table is stale."""
    rows = table.selectionModel().selectedRows()
    if not rows or rows[0].row() >= len(items):
        return None
    return items[rows[0].row()]
