"""The 用人单位 page: a search box and the employers, paged in SQL like the case list; a
double-click asks the window to open the employer (``open_employer``)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .case_list import ROW_HEIGHT, CaseTableView, search_field
from .paged_model import PagedModel
from .i18n import tr

if TYPE_CHECKING:
    from ..services.dto import EmployerRowView
    from ..services.employers import EmployerService


SortRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
HEADERS = (tr("名称"), tr("统一社会信用代码"), tr("法定代表人"), tr("县区"), tr("案件数"), tr("未结"), tr("尚欠金额（元）"), tr("失信名单"))
RIGHT = frozenset({4, 5, 6})
LISTED_COLUMN = 7
RED = "#b91c1c"
_SAMPLES = (tr("开封市鼓楼区兴业装饰工程有限公司"), "91410100MA0000000X", tr("欧阳建国"), tr("管城回族区"), tr("案件数"), tr("未结"),
            "12,345,678.00", tr("失信名单"))
_Index = QModelIndex | QPersistentModelIndex


def _cells(r: "EmployerRowView") -> tuple[str, ...]:
    return (r.name, r.credit_code, r.legal_representative, r.county_name, str(r.case_count),
            str(r.open_count), r.outstanding_text, tr("是") if r.listed else tr("否"))


def _raw(r: "EmployerRowView", column: int) -> Any:
    return {4: r.case_count, 5: r.open_count, 6: r.outstanding_fen, 7: r.listed}.get(column, _cells(r)[column])


class EmployerTableModel(PagedModel):
    """Rows come a page at a time from ``EmployerService.page``; the last pages are kept."""

    what = "employers"

    def __init__(self, employers: "EmployerService", parent=None) -> None:
        super().__init__(parent)
        self._employers = employers
        self._search = ""
        self._count = self._query_count()

    def set_search(self, text: str) -> None:
        if text == self._search:
            return
        self._search = text
        self.refresh()

    def employer_id(self, row: int) -> int | None:
        r = self.row_at(row)
        return r.id if r else None

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return HEADERS[section] if 0 <= section < len(HEADERS) else None
        return section + 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column in RIGHT else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.ToolTipRole, SortRole, IdRole):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _cells(row)[column]
        if role == SortRole:
            return _raw(row, column)
        if role == IdRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(RED)) if column == LISTED_COLUMN and row.listed else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("已列入拖欠农民工工资失信联合惩戒对象名单") if row.listed else row.name if column == 0 else None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def _read_count(self) -> int:
        return self._employers.count(self._search)

    def _read_page(self, offset: int, limit: int) -> "list[EmployerRowView]":
        return self._employers.page(self._search, offset, limit)


class EmployerTableView(CaseTableView):
    """The case list's table, opening employers: its model answers ``employer_id(row)``."""

    def _open_index(self, index: QModelIndex) -> None:
        model = self.model()
        if isinstance(model, EmployerTableModel) and index.isValid():
            employer_id = model.employer_id(index.row())
            if employer_id is not None:
                self.open_requested.emit(employer_id)


class EmployersPage(QWidget):
    open_employer = Signal(int)

    def __init__(self, employers: "EmployerService", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(tr("用人单位"))
        self.title.setObjectName("pageTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.search, self._debounce = search_field(self, tr("单位名称、拼音首字母、统一社会信用代码或法定代表人"),
                                                   self._apply_search, self._apply_search)

        self.model = EmployerTableModel(employers, self)
        self.view = EmployerTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        metrics = self.view.fontMetrics()
        for col, sample in enumerate(_SAMPLES):
            self.view.setColumnWidth(col, metrics.horizontalAdvance(sample) + 28)
        self.view.open_requested.connect(self.open_employer)

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.count_label)
        find = QHBoxLayout()
        find.addWidget(QLabel(tr("查找：")))
        find.addWidget(self.search, 1)
        hint = QLabel(tr("双击或按回车键查看该单位的全部案件、欠薪金额和失信记录"))
        hint.setObjectName("fieldCaption")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 8)
        lay.addLayout(head)
        lay.addLayout(find)
        lay.addWidget(hint)
        lay.addWidget(self.view, 1)
        self.model.modelReset.connect(self._update_count)
        self._update_count()

    def refresh(self) -> None:
        self.model.refresh()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _apply_search(self) -> None:
        self._debounce.stop()
        self.model.set_search(self.search.text().strip())

    def _update_count(self) -> None:
        self.count_label.setText(tr("共 {total:,} 家").format(total=self.model.total()))


assert len(_SAMPLES) == len(HEADERS)
