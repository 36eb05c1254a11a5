"""A case list page: filter bar, the SQL-paged table, and "共 N 件".

The filter bar also keeps the user's saved filters of this list (我的工作队列): picking one sets
every filter widget to its values and applies them with one refresh of the table.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QMenu, QPushButton, QVBoxLayout, QWidget,
)

from .case_table_model import AMOUNT_COLUMN, COLUMNS, DATE_COLUMN, LIMIT_COLUMN, CaseTableModel
from .case_table_view import CaseOpeningTableView
from .error_text import error_lines
from .i18n import mark_content, tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import CaseFilter
    from ..services.saved_filters import SavedFilterView
    from .prompts import Prompts

log = logging.getLogger(__name__)

SEARCH_DEBOUNCE_MS = 300
CURRENT_FILTER = tr("（当前筛选）")  # the saved-filter combo's first item: the widgets as they are
SAVE_TITLE = tr("保存筛选")
ROW_HEIGHT = 28
# widest usual content per column; widths follow the font actually in use, so nothing clips
_COLUMN_SAMPLES = (tr("郑劳人仲案字〔2026〕99999号"), tr("监察案件"), tr("已作出决定"), tr("欧阳建国等120人"),
                   tr("河南明达建筑劳务有限公司"), "12,345,678.00", "2026-11-27", tr("欧阳建国"), tr("管城回族区"),
                   "2026-12-31", tr("剩余45日"))


def search_field(owner: QWidget, placeholder: str, on_pause, on_enter) -> tuple[QLineEdit, QTimer]:
    """A search box that searches once typing pauses (``on_pause``) or at Enter (``on_enter``,
    which should stop the returned timer): every keystroke would be one query."""
    box = QLineEdit()
    box.setPlaceholderText(placeholder)
    box.setClearButtonEnabled(True)
    box.setMinimumWidth(300)
    pause = QTimer(owner)
    pause.setSingleShot(True)
    pause.setInterval(SEARCH_DEBOUNCE_MS)
    box.textChanged.connect(pause.start)
    pause.timeout.connect(on_pause)
    box.returnPressed.connect(on_enter)
    return box, pause


class CaseTableView(CaseOpeningTableView):
    """The paged case list's table: whole-row selection, no editing, fixed row heights."""

    def size_columns(self) -> None:
        """Each column as wide as its usual widest content, in the font in use."""
        metrics = self.fontMetrics()
        for col, sample in enumerate(_COLUMN_SAMPLES):
            self.setColumnWidth(col, metrics.horizontalAdvance(sample) + 28)

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


def _select_data(combo: QComboBox, value: object) -> bool:
    """Selects the item holding ``value`` (None: the first, "全部…" item); False when no item
    holds it (an officer or county that has gone), and then the first item is selected."""
    if value is not None:
        for i in range(combo.count()):
            data = combo.itemData(i)
            # type too: False must not pick an item holding 0, nor 1 one holding True
            if data is not None and type(data) is type(value) and data == value:
                combo.setCurrentIndex(i)
                return True
    combo.setCurrentIndex(0)
    return value is None


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

    def __init__(self, services: "Services", fixed_type: str | None, parent: QWidget | None = None,
                 *, prompts: "Prompts | None" = None) -> None:
        super().__init__(parent)
        from ..domain.case import CaseStatus, CaseType
        from .prompts import Prompts

        self._services = services
        self._prompts = prompts or Prompts()
        self._fixed_type = fixed_type
        # which list the saved filters belong to: 工作台's list of all cases, or one type's page
        self.list_key = fixed_type or "all"
        self._choices_loaded = False
        self._saved: dict[int, "SavedFilterView"] = {}
        self._applying = False
        # what the last saved filter picked could not set (an officer or county gone), or ""
        self.notice = ""

        self.search, self._debounce = search_field(self, tr("案号、姓名、身份证号、用人单位、项目或拼音首字母"),
                                                   self.changed, self._search_now)

        self.case_type = _combo([(tr("全部类型"), None)] + [(tr(t.label), t.value) for t in CaseType])
        if fixed_type:
            self.case_type.setCurrentIndex(self.case_type.findData(fixed_type))
            self.case_type.setVisible(False)
        statuses = [s for s in CaseStatus]
        self.status = _combo([(tr("全部状态"), None)] + [(tr(s.label), s.value) for s in statuses])
        self.officer = mark_content(_combo([(tr("全部承办人"), None)], 110))  # the officers' names
        self.county = mark_content(_combo([(tr("全部县区"), None)], 130))  # the places' names
        self.county.setMaxVisibleItems(20)
        self.collective = _combo([(tr("个人及集体"), None), (tr("个人案件"), False), (tr("集体案件"), True)])

        self.use_dates = QCheckBox(tr("收件日期"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-1))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.dateChanged.connect(self._dates_changed)
        self.use_dates.toggled.connect(self._toggle_dates)

        # 我的工作队列: the user's saved filters of this list
        self.queue = _combo([(CURRENT_FILTER, None)], 150)
        self.queue.setObjectName("savedFilters")
        self.queue.setToolTip(tr("选择保存过的筛选条件，列表立即按其筛选"))
        self.queue.currentIndexChanged.connect(self._queue_chosen)
        self.save_button = QPushButton(tr("保存筛选…"))
        self.save_button.setToolTip(tr("把当前的筛选条件（含查找的文字）保存到我的工作队列"))
        self.save_button.clicked.connect(self.save_current)
        self.rename_action = QAction(tr("重命名…"), self)
        self.rename_action.triggered.connect(self.rename_selected)
        self.delete_action = QAction(tr("删除"), self)
        self.delete_action.triggered.connect(self.delete_selected)
        self.up_action = QAction(tr("上移"), self)
        self.up_action.triggered.connect(lambda: self.move_selected(-1))
        self.down_action = QAction(tr("下移"), self)
        self.down_action.triggered.connect(lambda: self.move_selected(1))
        menu = QMenu(self)
        for action in (self.rename_action, self.delete_action, self.up_action, self.down_action):
            menu.addAction(action)
        # a push button leaves room for its menu arrow (a tool button draws it over the text)
        self.manage_button = QPushButton(tr("管理"))
        self.manage_button.setToolTip(tr("重命名、删除或调整所选的保存筛选"))
        self.manage_button.setMenu(menu)
        self._update_manage()
        # a change made by hand leaves the saved filter: the combo says so
        self.changed.connect(self._changed_by_hand)

        row1 = QHBoxLayout()
        row1.addWidget(QLabel(tr("查找：")))
        row1.addWidget(self.search, 1)
        row1.addSpacing(12)
        row1.addWidget(QLabel(tr("我的工作队列：")))
        row1.addWidget(self.queue)
        row1.addWidget(self.save_button)
        row1.addWidget(self.manage_button)
        row2 = QHBoxLayout()
        row2.addWidget(QLabel(tr("筛选：")))
        for w in (self.case_type, self.status, self.officer, self.county, self.collective):
            row2.addWidget(w)
            w.currentIndexChanged.connect(self.changed)
        row2.addSpacing(12)
        row2.addWidget(self.use_dates)
        row2.addWidget(self.date_from)
        row2.addWidget(QLabel(tr("至")))
        row2.addWidget(self.date_to)
        row2.addStretch(1)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(6)
        rows.addLayout(row1)
        rows.addLayout(row2)

    def load_choices(self) -> None:
        """Officers, counties and the saved filters come from the database; read them once,
        after the first paint."""
        if self._choices_loaded:
            return
        self._choices_loaded = True
        try:
            officers = self._services.lookup.officers()
            counties = county_choices(self._services)
        except Exception:  # noqa: BLE001 - the list still works without these two filters
            log.exception("loading filter choices failed")
        else:
            for combo, items in ((self.officer, [(o.display_name, o.id) for o in officers]),
                                 (self.county, counties)):
                combo.blockSignals(True)
                for text, value in items:
                    combo.addItem(text, value)
                combo.blockSignals(False)
        self.reload_saved()

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

    def set_filter(self, flt: "CaseFilter") -> list[str]:
        """Sets every widget to ``flt`` and emits ``changed`` once. An officer or county the
        lists no longer hold is left at "全部…"; the names of such conditions are returned."""
        missing = self._set_widgets(flt)
        self._emit_applied()
        return missing

    def _set_widgets(self, flt: "CaseFilter") -> list[str]:
        self.load_choices()
        self._debounce.stop()
        missing: list[str] = []
        widgets = (self.search, self.case_type, self.status, self.officer, self.county,
                   self.collective, self.use_dates, self.date_from, self.date_to)
        for w in widgets:
            w.blockSignals(True)
        try:
            self.search.setText(flt.search or "")
            if not self._fixed_type and not _select_data(self.case_type, flt.case_type):
                missing.append(tr("案件类型"))
            for combo, value, label in ((self.status, flt.status, tr("状态")),
                                        (self.officer, flt.officer_id, tr("承办人")),
                                        (self.county, flt.county_code, tr("县区")),
                                        (self.collective, flt.is_collective, tr("个人/集体"))):
                if not _select_data(combo, value):
                    missing.append(label)
            first = flt.received_from or flt.received_to
            last = flt.received_to or flt.received_from
            on = first is not None
            self.use_dates.setChecked(on)
            if on:
                self.date_from.setDate(QDate(first.year, first.month, first.day))
                self.date_to.setDate(QDate(last.year, last.month, last.day))
            self.date_from.setEnabled(on)
            self.date_to.setEnabled(on)
        finally:
            for w in widgets:
                w.blockSignals(False)
        return missing

    def _emit_applied(self) -> None:
        self._applying = True
        try:
            self.changed.emit()
        finally:
            self._applying = False

    # ---- 我的工作队列 -------------------------------------------------------------------------

    def saved_filters(self) -> list["SavedFilterView"]:
        return list(self._saved.values())

    def selected_saved(self) -> "SavedFilterView | None":
        return self._saved.get(self.queue.currentData())

    def reload_saved(self, select_id: int | None = None) -> None:
        """Re-reads the user's saved filters of this list; ``select_id`` is shown as chosen
        (without applying it again: the widgets already hold it)."""
        try:
            views = self._services.saved_filters.list(self.list_key)
        except Exception:  # noqa: BLE001 - the list works without saved filters
            log.exception("loading saved filters failed")
            views = []
        self._saved = {v.id: v for v in views}
        self.queue.blockSignals(True)
        self.queue.clear()
        self.queue.addItem(CURRENT_FILTER, None)
        for v in views:
            self.queue.addItem(v.name, v.id)
        index = self.queue.findData(select_id) if select_id is not None else 0
        self.queue.setCurrentIndex(max(index, 0))
        self.queue.blockSignals(False)
        self._update_manage()

    def choose_saved(self, filter_id: int) -> None:
        """Picks a saved filter as the user does in the combo."""
        index = self.queue.findData(filter_id)
        if index >= 0:
            self.queue.setCurrentIndex(index)

    def save_current(self) -> None:
        chosen = self.selected_saved()
        name = self._prompts.text(self, SAVE_TITLE, tr("为当前的筛选条件起个名称（最多50个字）："),
                                  chosen.name if chosen else "")
        if name is None:
            return
        service = self._services.saved_filters
        try:
            existing = service.named(self.list_key, name)
            if existing is not None and not self._prompts.question(
                    self, SAVE_TITLE, tr("已有名为“{name}”的筛选，要用当前的筛选条件替换它吗？").format(name=existing.name)):
                return
            view = service.save(self.list_key, name, self.current_filter(), replace=existing is not None)
        except Exception as exc:  # noqa: BLE001 - explained to the user
            self._explain(SAVE_TITLE, exc)
            return
        self.notice = ""
        self.reload_saved(select_id=view.id)

    def rename_selected(self) -> None:
        chosen = self.selected_saved()
        if chosen is None:
            return
        name = self._prompts.text(self, tr("重命名筛选"), tr("“{name}”的新名称（最多50个字）：").format(name=chosen.name), chosen.name)
        if name is None:
            return
        try:
            self._services.saved_filters.rename(chosen.id, name)
        except Exception as exc:  # noqa: BLE001 - explained to the user
            self._explain(tr("重命名筛选"), exc)
            return
        self.reload_saved(select_id=chosen.id)

    def delete_selected(self) -> None:
        chosen = self.selected_saved()
        if chosen is None:
            return
        if not self._prompts.question(self, tr("删除筛选"),
                                      tr("删除保存的筛选“{name}”吗？只删除这组筛选条件，不影响任何案件。").format(name=chosen.name)):
            return
        try:
            self._services.saved_filters.delete(chosen.id)
        except Exception as exc:  # noqa: BLE001 - explained to the user
            self._explain(tr("删除筛选"), exc)
        self.reload_saved()

    def move_selected(self, step: int) -> None:
        chosen = self.selected_saved()
        if chosen is None:
            return
        try:
            self._services.saved_filters.move(chosen.id, step)
        except Exception as exc:  # noqa: BLE001 - explained to the user
            self._explain(tr("调整顺序"), exc)
        self.reload_saved(select_id=chosen.id)

    def _explain(self, title: str, exc: Exception) -> None:
        from ..domain.errors import RuleError

        if not isinstance(exc, RuleError):
            log.exception("%s failed", title)
        self._prompts.warning(self, title, "".join(error_lines(exc)))

    def _queue_chosen(self, index: int) -> None:
        self._update_manage()
        chosen = self._saved.get(self.queue.itemData(index))
        if chosen is None:
            return  # 当前筛选: the widgets stay as they are
        missing = self._set_widgets(chosen.filter)
        self.notice = (tr("“{name}”中的{join}已不存在，已按其余条件筛选").format(name=chosen.name, join=tr('、').join(missing))
                       if missing else "")
        self._emit_applied()

    def _changed_by_hand(self) -> None:
        if self._applying:
            return
        self.notice = ""
        if self.queue.currentIndex() != 0:
            self.queue.blockSignals(True)
            self.queue.setCurrentIndex(0)
            self.queue.blockSignals(False)
            self._update_manage()

    def _update_manage(self) -> None:
        chosen = self.selected_saved()
        for action in (self.rename_action, self.delete_action):
            action.setEnabled(chosen is not None)
        position = list(self._saved).index(chosen.id) if chosen is not None else -1
        self.up_action.setEnabled(position > 0)
        self.down_action.setEnabled(0 <= position < len(self._saved) - 1)
        self.manage_button.setEnabled(bool(self._saved))

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
            items.append((tr("　") + county.name, county.code))
    _county_cache[key] = items
    return items


class CaseListPage(QWidget):
    """One list of cases (all, or one type); ``open_case`` asks the window to show a case."""

    open_case = Signal(int)

    def __init__(self, services: "Services", title: str, case_type: str | None = None,
                 parent: QWidget | None = None, *, prompts: "Prompts | None" = None) -> None:
        super().__init__(parent)
        self._services = services
        self.filter_bar = FilterBar(services, case_type, prompts=prompts)
        self.model = CaseTableModel(services.cases, self.filter_bar.current_filter(), self,
                                    green_first=case_type == "arbitration")
        self.view = CaseTableView()
        self.view.setModel(self.model)
        self.view.size_columns()
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
        QTimer.singleShot(0, self.filter_bar, self.filter_bar.load_choices)  # dropped with the bar

    def refresh(self) -> None:
        self.model.refresh()

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    def _apply_filter(self) -> None:
        self.model.set_filter(self.filter_bar.current_filter())
        self._update_count()  # the same filter again reads nothing, but the notice may differ

    def _update_count(self) -> None:
        text = tr("共 {total:,} 件").format(total=self.model.total())
        notice = self.filter_bar.notice
        self.count_label.setText(tr("{notice}　{text}").format(notice=notice, text=text) if notice else text)
        self.count_label.setToolTip(notice)
        # amber while a saved filter could not be applied whole
        self.count_label.setStyleSheet("color: #b45309;" if notice else "")


assert len(_COLUMN_SAMPLES) == len(COLUMNS)
assert COLUMNS[AMOUNT_COLUMN][1] == "claimed_fen"
