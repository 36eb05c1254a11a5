"""工作台's 我的期限: the logged-in officer's overdue and soon-due deadlines across all cases.

One query (``services.deadlines.due_for_officer``) reads the stored deadlines; nothing here loads
a case. Double-click or Enter on a row opens its case.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .case_deadlines import compact_table, fit_columns
from .case_table_view import CaseOpeningTableView
from .deadline_model import STATE_RANK, StateRowsModel, due_display, state_counts_text
from .error_text import error_lines
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import DueItemView

log = logging.getLogger(__name__)

IdRole = Qt.ItemDataRole.UserRole + 2  # the case id of the row
HEADERS = (tr("案号"), tr("当事人"), tr("期限"), tr("截止日期"), tr("剩余"), tr("状态"))
EMPTY_HINT = tr("近期没有到期或逾期的期限。")
TITLE = tr("我的期限")
_SAMPLES = (tr("郑劳人仲案字〔2026〕99999号"), tr("欧阳建国等12人 诉 河南某建设有限公司"),
            tr("作出劳动保障监察行政处理决定期限"), tr("2026年12月31日（暂定）"), tr("剩余12个工作日"), tr("即将到期"))


def _display(item: "DueItemView", column: int) -> str:
    match column:
        case 0:
            return item.case_number
        case 1:
            return item.parties
        case 2:
            return tr(item.period_name)
        case 3:
            return due_display(item.due_text, item.provisional)
        case 4:
            return item.days_text
        case 5:
            return tr(item.state_label)
    return ""


def _raw(item: "DueItemView", column: int) -> Any:
    match column:
        case 3:
            return item.due.isoformat()
        case 4:
            return item.due.isoformat()  # days left follow the due date
        case 5:
            return STATE_RANK.get(item.state, 9)
    return _display(item, column)


def ordered(items: "list[DueItemView]") -> "list[DueItemView]":
    """Overdue first, then due soon, each soonest first (stable for equal dates)."""
    return sorted(items, key=lambda i: (STATE_RANK.get(i.state, 9), i.due))


class DueTableModel(StateRowsModel):
    HEADERS = HEADERS
    display = staticmethod(_display)
    raw = staticmethod(_raw)

    def default_order(self, rows: "list[DueItemView]") -> "list[DueItemView]":
        return ordered(rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # equal keys keep the order on screen, so sorting by 状态 after 案号 groups each state by case
        self._given = list(self._rows)
        super().sort(column, order)

    def case_id(self, row: int) -> int | None:
        item = self.row_at(row)
        return item.case_id if item else None

    def rows(self) -> "list[DueItemView]":
        return list(self._rows)

    def role_data(self, row: "DueItemView", role: int) -> Any:
        return row.case_id if role == IdRole else None


def count_text(items: "list[DueItemView]") -> str:
    counts = state_counts_text(items, ("overdue", "due_soon"))
    return tr("{TITLE}：{counts}").format(TITLE=TITLE, counts=counts) if counts else TITLE


class DueListPanel(QWidget):
    """``refresh()`` re-reads the list; ``open_case`` asks the window to show a case."""

    open_case = Signal(int)

    def __init__(self, services: "Services", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.loaded = False
        self._reloader = None
        self.model = DueTableModel(self)
        self.view = CaseOpeningTableView()
        self.view.setObjectName("dueTable")
        self.view.setModel(self.model)
        compact_table(self.view, visible_rows=6)
        fit_columns(self.view, _SAMPLES)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.open_requested.connect(self.open_case)

        self.title = QLabel(TITLE)
        self.title.setObjectName("sectionTitle")
        hint = QLabel(tr("双击或按回车键打开案件"))
        hint.setObjectName("fieldCaption")
        self.empty = QLabel(EMPTY_HINT)
        self.empty.setObjectName("panelHint")
        self.empty.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(hint)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 0)
        lay.setSpacing(4)
        lay.addLayout(head)
        lay.addWidget(self.view)
        lay.addWidget(self.empty)
        self._show_table(False)

    def refresh(self) -> None:
        self.loaded = True
        try:
            items = self._services.deadlines.due_for_officer()
        except Exception as exc:  # noqa: BLE001 - the workbench stays usable without it
            log.exception("reading the officer's deadlines failed")
            self._unreadable(exc)
            return
        self._show(items)

    def reload(self) -> None:
        """refresh(), read off the GUI thread: the workbench's way on a large database."""
        self.loaded = True
        if self._reloader is None:
            from .workers import Reloader

            self._reloader = Reloader(self._services.deadlines.due_for_officer, self._show, self._unreadable, self)
        self._reloader.reload()

    def _unreadable(self, exc: BaseException) -> None:
        self.model.set_rows([])
        self.title.setText(TITLE)
        self.empty.setText(tr("期限暂时无法读取：") + "".join(error_lines(exc)))
        self._show_table(False)

    def _show(self, items: "list[DueItemView]") -> None:
        self.model.set_rows(items)  # keeps the column the user sorted by, as the header shows
        self.title.setText(count_text(items))
        self.empty.setText(EMPTY_HINT)
        self._show_table(bool(items))

    def _show_table(self, on: bool) -> None:
        self.view.setVisible(on)
        self.empty.setVisible(not on)
