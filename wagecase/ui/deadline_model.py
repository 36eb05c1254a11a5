"""Deadline rows coloured by their state: what a case's 法定期限 panel and 工作台's 我的期限 share.

Colours say the state at a glance (overdue red, due within 3 working days amber, met grey,
paused grey italic); the legal basis is the tooltip of every cell of a row, so the officer can
check the article without leaving the list.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from .table_model import ColumnTableModel
from .i18n import tr

SortRole = Qt.ItemDataRole.UserRole + 1  # raw value of the cell for sorting

PROVISIONAL_MARK = tr("（暂定）")
PROVISIONAL_HINT = (tr("暂定：该期限延伸到尚无法定节假日数据的年份，目前只按周末推算；"
                    "管理员在“设置”中录入该年节假日后将自动更正。"))

# state -> (text colour, background or None)
STATE_COLOURS: dict[str, tuple[str, str | None]] = {
    "overdue": ("#b91c1c", "#fde8e8"),
    "due_soon": ("#92400e", "#fef3c7"),
    "met": ("#9ca3af", None),
    "paused": ("#6b7280", None),
    "lapsed": ("#6b7280", None),
}
# overdue first, then due soon, running, paused, a party's period run out, met
STATE_RANK = {"overdue": 0, "due_soon": 1, "running": 2, "paused": 3, "lapsed": 4, "met": 5}

_ANY_INDEX = QModelIndex | QPersistentModelIndex


def state_foreground(state: str) -> QBrush | None:
    colours = STATE_COLOURS.get(state)
    return QBrush(QColor(colours[0])) if colours else None


def state_background(state: str) -> QBrush | None:
    colours = STATE_COLOURS.get(state)
    return QBrush(QColor(colours[1])) if colours and colours[1] else None


def state_font(state: str) -> QFont | None:
    if state != "paused":
        return None
    font = QFont()
    font.setItalic(True)
    return font


def due_display(due_text: str, provisional: bool) -> str:
    return due_text + PROVISIONAL_MARK if provisional else due_text


def row_tooltip(basis_text: str, provisional: bool) -> str:
    return f"{PROVISIONAL_HINT}\n\n{basis_text}" if provisional else basis_text


_COUNT_WORDS = {"overdue": tr("逾期"), "due_soon": tr("3个工作日内到期"), "running": tr("进行中")}


def state_counts_text(rows: list[Any], states: tuple[str, ...]) -> str:
    """逾期2项，3个工作日内到期1项: the given states that occur, in the given order."""
    counts = ((s, sum(1 for r in rows if r.state == s)) for s in states)
    return tr("，").join(tr("{COUNT_WORDS}{n}项").format(COUNT_WORDS=_COUNT_WORDS[s], n=n) for s, n in counts if n)


class StateRowsModel(ColumnTableModel):
    """Rows are DTOs with ``state``, ``basis_text`` and ``provisional``; a subclass gives
    ``HEADERS``, ``display(row, column)`` and ``raw(row, column)`` (a plain str/int sort key),
    and may add roles in ``role_data``.

    Sorting keeps the order ``set_rows`` established (after ``default_order``) among equal keys,
    and an out-of-range column (-1, the view's "unsorted") returns to that order.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._given: list[Any] = []
        self._rows: list[Any] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    @staticmethod
    def display(row: Any, column: int) -> str:
        raise NotImplementedError

    @staticmethod
    def raw(row: Any, column: int) -> Any:
        raise NotImplementedError

    def default_order(self, rows: list[Any]) -> list[Any]:
        return list(rows)

    def role_data(self, row: Any, role: int) -> Any:
        return None

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._given = list(rows)
        self._rows = self._sorted(self._given)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_total(self) -> int:
        return len(self._rows)

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row_tooltip(row.basis_text, row.provisional)
        if role == Qt.ItemDataRole.ForegroundRole:
            return state_foreground(row.state)
        if role == Qt.ItemDataRole.BackgroundRole:
            return state_background(row.state)
        if role == Qt.ItemDataRole.FontRole:
            return state_font(row.state)
        if role == SortRole:
            return self.raw(row, col)
        return self.role_data(row, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old = list(self._rows)
        self._sort = (column, order) if 0 <= column < len(self.HEADERS) else None
        self._rows = self._sorted(self._given)
        self._move_persistent(old)
        self.layoutChanged.emit()

    def _sorted(self, rows: list[Any]) -> list[Any]:
        if self._sort is None:
            return self.default_order(rows)
        column, order = self._sort
        return sorted(rows, key=lambda r: self.raw(r, column),
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def _move_persistent(self, old: list[Any]) -> None:
        where = {id(r): n for n, r in enumerate(self._rows)}
        froms, tos = [], []
        for index in self.persistentIndexList():
            r = old[index.row()] if 0 <= index.row() < len(old) else None
            if r is None or id(r) not in where:
                continue
            froms.append(index)
            tos.append(self.index(where[id(r)], index.column()))
        if froms:
            self.changePersistentIndexList(froms, tos)
