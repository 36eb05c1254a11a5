"""A statistics table (StatsTable) for a QTableView: the row names, then the figures as printed,
the 合计 row last and in bold; each figure carries the key of the cases behind it."""
from __future__ import annotations

import calendar
import re
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ..domain.statistics import chinese_ordinal
from .i18n import screen_date, tr

if TYPE_CHECKING:
    from ..domain.statistics import DrillKey
    from ..services.stats_dto import StatsRow, StatsTable

DRILL_ROLE = Qt.ItemDataRole.UserRole + 1  # the DrillKey of a figure
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw value
TOTAL_BACKGROUND = QColor("#f1f5f9")


_NUMBERED = re.compile("^([\u4e00-\u9fff]+)\u3001(.+)$")  # 一、收案情况 (domain.statistics.numbered)


def table_title(title: str, number: int) -> str:
    """一、收案情况（按案件类型） in the screens' language: 1. Cases received (by case type)."""
    m = _NUMBERED.match(title)
    if not m:
        return tr(title)
    return tr("{ordinal}、{title}").format(ordinal=m.group(1), number=number, title=tr(m.group(2)))


def period_text(start: date, end: date) -> str:
    """The report's period as the screens write it (the same words as ReportPeriod.label in Chinese)."""
    month_end = calendar.monthrange(end.year, end.month)[1]
    if start.day == 1 and end.day == month_end and start.year == end.year:
        if start.month == end.month:
            return tr("{year}年{month}月").format(year=start.year, month=start.month)
        if start.month % 3 == 1 and end.month == start.month + 2:
            quarter = (start.month - 1) // 3
            return tr("{year}年第{ordinal}季度").format(year=start.year, ordinal=chinese_ordinal(quarter + 1),
                                                     number=quarter + 1)
        if start.month == 1 and end.month == 12:
            return tr("{year}年").format(year=start.year)
    if start == end:
        return screen_date(start)
    return tr("{start}至{end}").format(start=screen_date(start), end=screen_date(end))


class StatsTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._table: "StatsTable | None" = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_table(self, table: "StatsTable | None") -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    @property
    def table(self) -> "StatsTable | None":
        return self._table

    def _rows(self) -> "tuple[StatsRow, ...]":
        t = self._table
        return () if t is None else (*t.rows, t.total)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self._table is None else len(self._table.columns) + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        t = self._table
        if t is None or role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return tr(t.dim_label)
        return tr(t.columns[section - 1].label) if 0 < section <= len(t.columns) else None

    def drill(self, row: int, column: int) -> "DrillKey | None":
        rows = self._rows()
        if not (0 <= row < len(rows)) or column < 1:
            return None
        return rows[row].drills[column - 1]

    def describe(self, row: int, column: int) -> str:
        """金水区 · 收案数（件）：3: what a drill-down window is titled."""
        rows, t = self._rows(), self._table
        if t is None or not (0 <= row < len(rows)):
            return ""
        column = max(column, 1)
        r = rows[row]
        return tr("{value} · {label} · {label2}：{value2}").format(
            value=tr(t.title.split('、', 1)[-1]), label=tr(r.label), label2=tr(t.columns[column - 1].label),
            value2=r.texts[column - 1])

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        rows = self._rows()
        if not index.isValid() or not (0 <= index.row() < len(rows)):
            return None
        r, col = rows[index.row()], index.column()
        is_total = index.row() == len(rows) - 1
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(r.label) if col == 0 else r.texts[col - 1]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == 0:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and is_total:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and is_total:
            return QBrush(TOTAL_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and col > 0:
            return tr("双击查看这个数字所统计的案件")
        if role == DRILL_ROLE:
            return self.drill(index.row(), col)
        if role == SORT_ROLE:
            return tr(r.label) if col == 0 else r.values[col - 1]
        return None
