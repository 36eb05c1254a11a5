"""A case's statutory deadlines: the Qt model and the compact panel above the case tabs.

The state colours, the tooltip with the legal basis and the sorting live in ``deadline_model``,
shared with 工作台's due list.
"""
from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget,
)

from .deadline_model import STATE_RANK, StateRowsModel, due_display, state_counts_text
from .error_text import error_lines, in_screen_language
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import DeadlineView

log = logging.getLogger(__name__)

StateRole = Qt.ItemDataRole.UserRole + 3  # DeadlineState value of the row

HEADERS = (tr("期限"), tr("截止日期"), tr("剩余"), tr("状态"), tr("义务方"))
EMPTY_HINT = tr("尚无进行中的法定期限。在“办理记录”中添加受理、立案等办理节点后自动计算。")
VISIBLE_ROWS = 5
ROW_HEIGHT = 26


def _display(d: "DeadlineView", column: int) -> str:
    match column:
        case 0:
            return tr(d.name)
        case 1:
            return due_display(d.due_text, d.provisional)
        case 2:
            return d.days_text
        case 3:
            return tr(d.state_label) + (tr("（已延长）") if d.extended else "")
        case 4:
            return tr(d.duty_label)
    return ""


def _raw(d: "DeadlineView", column: int) -> Any:
    # plain str/int so a proxy or our own sort never compares None with a date
    match column:
        case 1:
            return (d.due or date.max).isoformat()
        case 2:
            return d.days_left if d.days_left is not None else 1_000_000
        case 3:
            return STATE_RANK.get(d.state, 9)
    return _display(d, column)


class DeadlineTableModel(StateRowsModel):
    """Rows are ``DeadlineView``s as the service computed them, in its order until sorted."""

    HEADERS = HEADERS
    display = staticmethod(_display)
    raw = staticmethod(_raw)

    def role_data(self, row: "DeadlineView", role: int) -> Any:
        return row.state if role == StateRole else None


def compact_table(view: QTableView, visible_rows: int = VISIBLE_ROWS) -> None:
    """Row selection, no editing, fixed row heights and a height that shows a few rows."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setCornerButtonEnabled(False)
    vh = view.verticalHeader()
    vh.setVisible(False)
    vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vh.setDefaultSectionSize(ROW_HEIGHT)
    hh = view.horizontalHeader()
    hh.setHighlightSections(False)
    hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    hh.setStretchLastSection(True)
    view.setFixedHeight(hh.sizeHint().height() + ROW_HEIGHT * visible_rows + 2 * view.frameWidth() + 2)


def fit_columns(view: QTableView, samples: tuple[str, ...]) -> None:
    metrics = view.fontMetrics()
    for col, sample in enumerate(samples):
        view.setColumnWidth(col, metrics.horizontalAdvance(sample) + 28)


# widest usual content per column, measured in the font in use so nothing clips
_SAMPLES = (tr("作出劳动保障监察行政处理决定期限"), tr("2026年12月31日（暂定）"), tr("已于2026年12月31日完成"),
            tr("已中止计算（已延长）"), tr("当事人"))


class DeadlinePanel(QWidget):
    """``reload()`` reads ``services.deadlines.case_deadlines(case_id)``; a failed read shows a
    sentence instead of the table and never stops the case from opening."""

    def __init__(self, services: "Services", case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.case_id = case_id
        self.model = DeadlineTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("deadlineTable")
        self.view.setModel(self.model)
        compact_table(self.view)
        fit_columns(self.view, _SAMPLES)
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)

        self.title = QLabel(tr("法定期限"))
        self.title.setObjectName("panelTitle")
        self.summary = QLabel()
        self.summary.setObjectName("panelSummary")
        self.empty = QLabel(EMPTY_HINT)
        self.empty.setObjectName("panelHint")
        self.empty.setWordWrap(True)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title)
        head.addSpacing(12)
        head.addWidget(self.summary)
        head.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 6)
        lay.setSpacing(4)
        lay.addLayout(head)
        lay.addWidget(self.view)
        lay.addWidget(self.empty)

    def reload(self) -> None:
        try:
            with in_screen_language():
                rows = self._services.deadlines.case_deadlines(self.case_id)
        except Exception as exc:  # noqa: BLE001 - the case must still open; the reason is shown
            log.exception("computing deadlines of case %s failed", self.case_id)
            self.model.set_rows([])
            self.empty.setText(tr("法定期限暂时无法计算：") + "".join(error_lines(exc)))
            self._show_table(False)
            self.summary.clear()
            return
        self.model.set_rows(rows)
        self.empty.setText(EMPTY_HINT)
        self._show_table(bool(rows))
        self.summary.setText(summary_text(rows))

    def _show_table(self, on: bool) -> None:
        self.view.setVisible(on)
        self.empty.setVisible(not on)


def summary_text(rows: "list[DeadlineView]") -> str:
    return state_counts_text(rows, ("overdue", "due_soon", "running"))
