"""The case list as a Qt model that pages in SQL and never holds all cases.

rowCount comes from one COUNT query; ``data()`` fetches the 200-row page holding the requested
row and keeps the last ~20 pages (an LRU), so scrolling to the end of 100,000 cases touches only
the pages that are actually shown.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from .paged_model import PagedModel
from .i18n import tr

if TYPE_CHECKING:
    from ..services.case_rows import CaseRow
    from ..services.dto import CaseFilter, CaseSort
    from ..services.queries import CaseQueries


SortRole = Qt.ItemDataRole.UserRole + 1  # raw value of the cell (fen, date) for sorting/export
IdRole = Qt.ItemDataRole.UserRole + 2  # the case id of the row

# (header, CaseSort column)
COLUMNS: tuple[tuple[str, str], ...] = (
    (tr("案号"), "case_number"),
    (tr("类型"), "case_type"),
    (tr("状态"), "status"),
    (tr("劳动者"), "lead_worker_name"),
    (tr("用人单位"), "employer_name"),
    (tr("金额（元）"), "claimed_fen"),
    (tr("收件日期"), "received_date"),
    (tr("承办人"), "officer_name"),
    (tr("县区"), "county_name"),
    (tr("下一期限"), "next_due"),
    (tr("审理期限"), "limit_due"),
)
LIMIT_COLUMN = 10  # arbitration only: days left of the 45 (or 60) days
GREEN = "#dcfce7"  # the 绿色通道 mark on the case number
AMOUNT_COLUMN = 5
DATE_COLUMN = 6

_ANY_INDEX = QModelIndex | QPersistentModelIndex


def worker_text(row: "CaseRow") -> str:
    # the query already writes a group as 张三等12人 (services.case_rows.lead_worker_text)
    return row.lead_worker_name


def _display(row: "CaseRow", column: int) -> str:
    match column:
        case 0:
            return row.case_number
        case 1:
            return tr(row.case_type_label)
        case 2:
            return tr(row.status_label)
        case 3:
            return worker_text(row)
        case 4:
            return row.employer_name
        case 5:
            return row.claimed_text
        case 6:
            return row.received_date.isoformat()
        case 7:
            return row.officer_name
        case 8:
            return row.county_name
        case 9:
            return row.next_due.isoformat() if row.next_due else ""
        case 10:
            return row.limit_text
    return ""


def _raw(row: "CaseRow", column: int) -> Any:
    match column:
        case 1:
            return row.case_type
        case 2:
            return row.status
        case 3:
            return row.lead_worker_name
        case 5:
            return row.claimed_fen
        case 6:
            return row.received_date
        case 9:
            return row.next_due
    return _display(row, column)


class CaseTableModel(PagedModel):
    what = "cases"

    def __init__(self, cases: "CaseQueries", flt: "CaseFilter | None" = None, parent=None,
                 green_first: bool = False) -> None:
        super().__init__(parent)
        from ..services.dto import CaseFilter, CaseSort

        self._cases = cases
        self._filter = flt or CaseFilter()
        # the arbitration list puts the green channel first whatever column it is sorted by
        self._green_first = green_first
        self._sort = CaseSort(green_first=green_first)
        self._count = self._query_count()

    # ---- what the list shows --------------------------------------------------------------

    @property
    def case_filter(self) -> "CaseFilter":
        return self._filter

    @property
    def case_sort(self) -> "CaseSort":
        return self._sort

    def set_filter(self, flt: "CaseFilter") -> None:
        if flt == self._filter:
            return
        self._filter = flt
        self.refresh()

    def case_id(self, row: int) -> int | None:
        r = self.row_at(row)
        return r.id if r else None

    # ---- QAbstractTableModel ---------------------------------------------------------------

    def columnCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal \
                    and section == AMOUNT_COLUMN:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section][0] if 0 <= section < len(COLUMNS) else None
        return section + 1

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.BackgroundRole, SortRole, IdRole):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == AMOUNT_COLUMN:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == IdRole:
            return row.id
        if role == SortRole:
            return _raw(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(GREEN) if column == 0 and row.green_channel else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0 and row.green_channel:
                return tr("绿色通道：优先立案、优先审理")
            return row.employer_name if column == 4 else None
        return _display(row, column)

    def flags(self, index: _ANY_INDEX) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        from ..services.dto import CaseSort

        if not 0 <= column < len(COLUMNS):
            return
        new = CaseSort(COLUMNS[column][1], order == Qt.SortOrder.DescendingOrder, self._green_first)
        if new == self._sort:
            return
        self._sort = new
        self._reset_pages()

    # ---- paging ----------------------------------------------------------------------------

    def _read_count(self) -> int:
        return self._cases.count(self._filter)

    def _read_page(self, offset: int, limit: int) -> "list[CaseRow]":
        return self._cases.page(self._filter, self._sort, offset, limit)
