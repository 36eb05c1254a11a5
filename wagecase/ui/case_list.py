"""A case list page: filter bar, the SQL-paged table, and "共 N 件"."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QVBoxLayout, QWidget,
)

from .case_table_model import AMOUNT_COLUMN, COLUMNS, DATE_COLUMN, LIMIT_COLUMN, CaseTableModel
from .case_table_view import CaseOpeningTableView

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import CaseFilter

log = logging.getLogger(__name__)

SEARCH_DEBOUNCE_MS = 300
ROW_HEIGHT = 28
# widest usual content per column; widths follow the font actually in use, so nothing clips
_COLUMN_SAMPLES = ("郑劳人仲案字〔2026〕99999号", "监察案件", "已作出决定", "欧阳建国等120人",
                   "河南明达建筑劳务有限公司", "12,345,678.00", "2026-11-27", "欧阳建国", "管城回族区",
                   "2026-12-31", "剩余45日")


class CaseTableView(CaseOpeningTableView):
    """The paged case list's table: whole-row selection, no editing, fixed row heights."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vh = self.verticalHeader()
        vh.setVisible(False)
        # fixed heights: the view never measures 100,000 rows
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(ROW_HEIGHT)
        hh = self.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setHighlightSections(False)
        hh.setStretchLastSection(True)
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def _combo(items: list[tuple[str, object]], min_width: int = 0) -> QComboBox:
    box = QComboBox()
    for text, value in items:
        box.addItem(text, value)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    if min_width:
        box.setMinimumWidth(min_width)
    return box


class FilterBar(QWidget):
    """Everything the list can be narrowed by; emits ``changed`` with a new CaseFilter."""

    changed = Signal()

    def __init__(self, services: "Services", fixed_type: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ..domain.case import CaseStatus, CaseType

        self._services = services
        self._fixed_type = fixed_type
        self._choices_loaded = False

        self.search = QLineEdit()
        self.search.setPlaceholderText("案号、姓名、身份证号、用人单位、项目或拼音首字母")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self.search.textChanged.connect(self._debounce.start)
        self._debounce.timeout.connect(self.changed)
        self.search.returnPressed.connect(self._search_now)

        self.case_type = _combo([("全部类型", None)] + [(t.label, t.value) for t in CaseType])
        if fixed_type:
            self.case_type.setCurrentIndex(self.case_type.findData(fixed_type))
            self.case_type.setVisible(False)
        statuses = [s for s in CaseStatus]
        self.status = _combo([("全部状态", None)] + [(s.label, s.value) for s in statuses])
        self.officer = _combo([("全部承办人", None)], 110)
        self.county = _combo([("全部县区", None)], 130)
        self.county.setMaxVisibleItems(20)
        self.collective = _combo([("个人及集体", None), ("个人案件", False), ("集体案件", True)])

        self.use_dates = QCheckBox("收件日期")
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-1))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.dateChanged.connect(self._dates_changed)
        self.use_dates.toggled.connect(self._toggle_dates)

        row1 = QHBoxLayout()
        row1.addWidget(QLabel("查找："))
        row1.addWidget(self.search, 1)
        row2 = QHBoxLayout()
        row2.addWidget(QLabel("筛选："))
        for w in (self.case_type, self.status, self.officer, self.county, self.collective):
            row2.addWidget(w)
            w.currentIndexChanged.connect(self.changed)
        row2.addSpacing(12)
        row2.addWidget(self.use_dates)
        row2.addWidget(self.date_from)
        row2.addWidget(QLabel("至"))
        row2.addWidget(self.date_to)
        row2.addStretch(1)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(6)
        rows.addLayout(row1)
        rows.addLayout(row2)

    def load_choices(self) -> None:
        """Officers and counties come from the database; read them once, after the first paint."""
        if self._choices_loaded:
            return
        self._choices_loaded = True
        try:
            officers = self._services.lookup.officers()
            counties = county_choices(self._services)
        except Exception:  # noqa: BLE001 - the list still works without these two filters
            log.exception("loading filter choices failed")
            return
        for combo, items in ((self.officer, [(o.display_name, o.id) for o in officers]),
                             (self.county, counties)):
            combo.blockSignals(True)
            for text, value in items:
                combo.addItem(text, value)
            combo.blockSignals(False)

    def current_filter(self) -> "CaseFilter":
        from ..services.dto import CaseFilter

        date_from = date_to = None
        if self.use_dates.isChecked():
            date_from = self.date_from.date().toPython()
            date_to = self.date_to.date().toPython()
            if date_from > date_to:
                date_from, date_to = date_to, date_from
        return CaseFilter(
            case_type=self._fixed_type or self.case_type.currentData(),
            status=self.status.currentData(),
            officer_id=self.officer.currentData(),
            county_code=self.county.currentData(),
            received_from=date_from,
            received_to=date_to,
            is_collective=self.collective.currentData(),
            search=self.search.text().strip(),
        )

    def _search_now(self) -> None:
        self._debounce.stop()
        self.changed.emit()

    def _toggle_dates(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.changed.emit()

    def _dates_changed(self) -> None:
        if self.use_dates.isChecked():
            self.changed.emit()


_county_cache: dict[int, list[tuple[str, str]]] = {}


def county_choices(services: "Services") -> list[tuple[str, str]]:
    """Henan's prefectures, each followed by its counties (indented); 济源 sits under the province."""
    key = id(services)
    if key in _county_cache:
        return _county_cache[key]
    items: list[tuple[str, str]] = []
    provinces = [r for r in services.lookup.regions(None) if r.code == "410000"]
    province = provinces[0].code if provinces else "410000"
    for pref in services.lookup.regions(province):
        if pref.level == 3:
            items.append((pref.name, pref.code))
            continue
        items.append((pref.name, pref.code[:4]))
        for county in services.lookup.regions(pref.code):
            items.append(("　" + county.name, county.code))
    _county_cache[key] = items
    return items


class CaseListPage(QWidget):
    """One list of cases (all, or one type); ``open_case`` asks the window to show a case."""

    open_case = Signal(int)

    def __init__(self, services: "Services", title: str, case_type: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.filter_bar = FilterBar(services, case_type)
        self.model = CaseTableModel(services.cases, self.filter_bar.current_filter(), self,
                                    green_first=case_type == "arbitration")
        self.view = CaseTableView()
        self.view.setModel(self.model)
        metrics = self.view.fontMetrics()
        for col, sample in enumerate(_COLUMN_SAMPLES):
            self.view.setColumnWidth(col, metrics.horizontalAdvance(sample) + 28)
        if case_type:
            self.view.setColumnHidden(1, True)  # the page already says which type
        # the 审理期限 is the arbitration clerk's first question about a case
        self.view.setColumnHidden(LIMIT_COLUMN, case_type != "arbitration")
        hh = self.view.horizontalHeader()
        hh.setSortIndicator(DATE_COLUMN, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        self.view.open_requested.connect(self.open_case)

        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(head)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.view, 1)

        self.filter_bar.changed.connect(self._apply_filter)
        self.model.modelReset.connect(self._update_count)
        self._update_count()
        QTimer.singleShot(0, self.filter_bar.load_choices)

    def refresh(self) -> None:
        self.model.refresh()

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    def _apply_filter(self) -> None:
        self.model.set_filter(self.filter_bar.current_filter())

    def _update_count(self) -> None:
        self.count_label.setText(f"共 {self.model.total():,} 件")


assert len(_COLUMN_SAMPLES) == len(COLUMNS)
assert COLUMNS[AMOUNT_COLUMN][1] == "claimed_fen"
