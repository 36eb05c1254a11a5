"""劳动者 section of the intake dialog: the workers table and the selected worker's arrears.

Rows are the WorkerInput / ArrearsItemInput DTOs themselves, holding the text exactly as
typed: the services validate, so nothing here parses except the live totals, which only
display what can be read and skip the rest.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPen
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QStyledItemDelegate, QTableView, QVBoxLayout, QWidget,
)

from ..domain.case import ArrearsKind
from ..domain.errors import RuleError
from ..domain.money import format_yuan, parse_yuan, to_fen
from ..services.dto import ArrearsItemInput, Suggestion, WorkerInput
from .completers import SuggestionCompleter
from .i18n import tr
from .table_model import ColumnTableModel
from .table_widgets import fit_column

ERROR_BRUSH = QBrush(QColor("#fdecea"))
ERROR_TEXT = QBrush(QColor("#b71c1c"))


def amount_fen(text: str) -> int | None:
    try:
        return to_fen(parse_yuan(text))
    except (RuleError, ArithmeticError, ValueError):
        return None


def worker_total_fen(w: WorkerInput) -> int:
    return sum(f for f in (amount_fen(i.amount) for i in w.items) if f is not None)


def _cell_look(role, err: str | None, right_aligned: bool):
    """The roles both intake tables answer alike: a rejected cell in red with the reason as its
    tooltip, and amounts aligned right."""
    if role == Qt.ItemDataRole.BackgroundRole and err:
        return ERROR_BRUSH
    if role == Qt.ItemDataRole.ForegroundRole and err:
        return ERROR_TEXT
    if role == Qt.ItemDataRole.ToolTipRole:
        return err
    if role == Qt.ItemDataRole.TextAlignmentRole and right_aligned:
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return None


def _is_checked(value) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value


# ---- workers ------------------------------------------------------------------------------

WORKER_COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", tr("姓名")),
    ("id_number", tr("身份证号码")),
    ("phone", tr("电话")),
    ("hukou_place", tr("户籍地")),
    ("is_migrant_worker", tr("农民工")),
    ("job", tr("工种")),
    ("employed_to", tr("离职日期")),
    ("is_representative", tr("劳动者代表")),
    ("total", tr("欠薪合计（元）")),
    ("bank_card", tr("银行卡号")),
)
WORKER_FIELDS = tuple(f for f, _ in WORKER_COLUMNS)
_CHECK_FIELDS = {"is_migrant_worker", "is_representative"}


class WorkersModel(ColumnTableModel):
    HEADERS = tuple(h for _, h in WORKER_COLUMNS)
    HEADER_TIPS = {WORKER_FIELDS.index("employed_to"):
                   tr("已离职的填写离职日期（如 2025-06-30 或 2025-06），在职的不填；仲裁时效从离职之日起算")}

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[WorkerInput] = []
        self.errors: dict[tuple[int, str], str] = {}  # (row, field) -> message

    # -- Qt interface
    def row_total(self) -> int:
        return len(self.rows)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        field = WORKER_FIELDS[index.column()]
        if field in _CHECK_FIELDS:
            return f | Qt.ItemFlag.ItemIsUserCheckable
        if field == "total":
            return f
        return f | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        w = self.rows[index.row()]
        field = WORKER_FIELDS[index.column()]
        err = self.errors.get((index.row(), field))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if field in _CHECK_FIELDS:
                return None
            if field == "total":
                return format_yuan(worker_total_fen(w))
            return getattr(w, field)
        if role == Qt.ItemDataRole.CheckStateRole and field in _CHECK_FIELDS:
            return Qt.CheckState.Checked if getattr(w, field) else Qt.CheckState.Unchecked
        return _cell_look(role, err, right_aligned=field == "total")

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.row() >= len(self.rows):
            return False
        w = self.rows[index.row()]
        field = WORKER_FIELDS[index.column()]
        if field in _CHECK_FIELDS and role == Qt.ItemDataRole.CheckStateRole:
            setattr(w, field, _is_checked(value))
        elif field not in _CHECK_FIELDS and field != "total" and role == Qt.ItemDataRole.EditRole:
            text = "" if value is None else str(value)
            if field == "id_number":
                text = text.upper()
            if field == "name" and text != w.name:
                w.existing_worker_id = None  # a different name is no longer that person
            setattr(w, field, text)
        else:
            return False
        self.errors.pop((index.row(), field), None)
        self.dataChanged.emit(index, index)
        return True

    # -- editing the list
    def append(self, workers: list[WorkerInput]) -> int:
        if not workers:
            return len(self.rows)
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(workers) - 1)
        self.rows.extend(workers)
        self.endInsertRows()
        return first

    def remove_rows(self, rows: list[int]) -> None:
        for r in sorted(set(rows), reverse=True):
            if 0 <= r < len(self.rows):
                self.beginRemoveRows(QModelIndex(), r, r)
                del self.rows[r]
                self.endRemoveRows()
        self.errors.clear()  # row numbers moved; the next save marks again

    def replace_row(self, row: int, worker: WorkerInput) -> None:
        self.rows[row] = worker
        self.errors = {k: v for k, v in self.errors.items() if k[0] != row}
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(WORKER_COLUMNS) - 1))

    def set_errors(self, errors: dict[tuple[int, str], str]) -> None:
        self.errors = dict(errors)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(WORKER_COLUMNS) - 1))

    def total_changed(self, row: int) -> None:
        c = WORKER_FIELDS.index("total")
        self.dataChanged.emit(self.index(row, c), self.index(row, c))


# ---- arrears items ------------------------------------------------------------------------

ITEM_COLUMNS: tuple[tuple[str, str], ...] = (
    ("kind", tr("类别")),
    ("period_from", tr("起始")),
    ("period_to", tr("截止")),
    ("amount", tr("金额（元）")),
    ("note", tr("备注")),
)
ITEM_FIELDS = tuple(f for f, _ in ITEM_COLUMNS)


def kind_label(value: str) -> str:
    try:
        return tr(ArrearsKind(value).label)
    except ValueError:
        return value


class ItemsModel(ColumnTableModel):
    """The arrears items of one worker (``set_worker``); errors keyed by that worker's row."""

    HEADERS = tuple(h for _, h in ITEM_COLUMNS)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.worker: WorkerInput | None = None
        self.worker_row = -1
        self.errors: dict[tuple[int, int, str], str] = {}  # (worker row, item row, field)

    @property
    def items(self) -> list[ArrearsItemInput]:
        return self.worker.items if self.worker is not None else []

    def set_worker(self, row: int, worker: WorkerInput | None) -> None:
        self.beginResetModel()
        self.worker_row = row if worker is not None else -1
        self.worker = worker
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.items)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item = self.items[index.row()]
        field = ITEM_FIELDS[index.column()]
        err = self.errors.get((self.worker_row, index.row(), field))
        if role == Qt.ItemDataRole.DisplayRole:
            return kind_label(item.kind) if field == "kind" else getattr(item, field)
        if role == Qt.ItemDataRole.EditRole:
            return getattr(item, field)
        return _cell_look(role, err, right_aligned=field == "amount")

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.row() >= len(self.items):
            return False
        field = ITEM_FIELDS[index.column()]
        setattr(self.items[index.row()], field, "" if value is None else str(value))
        self.errors.pop((self.worker_row, index.row(), field), None)
        self.dataChanged.emit(index, index)
        return True

    def add(self, item: ArrearsItemInput | None = None) -> int:
        if self.worker is None:
            return -1
        row = len(self.items)
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.append(item or ArrearsItemInput(kind=ArrearsKind.WAGES.value))
        self.endInsertRows()
        return row

    def remove(self, rows: list[int]) -> None:
        for r in sorted(set(rows), reverse=True):
            if 0 <= r < len(self.items):
                self.beginRemoveRows(QModelIndex(), r, r)
                del self.items[r]
                self.endRemoveRows()
        self.errors = {k: v for k, v in self.errors.items() if k[0] != self.worker_row}

    def set_errors(self, errors: dict[tuple[int, int, str], str]) -> None:
        self.beginResetModel()
        self.errors = dict(errors)
        self.endResetModel()


# ---- delegates ----------------------------------------------------------------------------

class ErrorMarkDelegate(QStyledItemDelegate):
    """Draws a red frame round a rejected cell, which stays visible when its row is selected."""

    def paint(self, painter, option, index):
        super().paint(painter, option, index)
        if index.data(Qt.ItemDataRole.ToolTipRole):
            painter.save()
            painter.setPen(QPen(QColor("#c62828"), 2))
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
            painter.restore()


class KindDelegate(ErrorMarkDelegate):
    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for value, label in ArrearsKind.choices():
            combo.addItem(tr(label), value)
        return combo

    def setEditorData(self, editor, index):
        i = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(i, 0))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class NameDelegate(ErrorMarkDelegate):
    """The 姓名 cell offers existing workers; picking one fills the whole row."""

    def __init__(self, fetch: Callable[[str], list[Suggestion]],
                 on_chosen: Callable[[int, Suggestion], None], parent=None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._on_chosen = on_chosen
        self.last_completer: SuggestionCompleter | None = None

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        completer = SuggestionCompleter(editor, self._fetch)
        where = QPersistentModelIndex(index)
        completer.chosen.connect(lambda s: self._on_chosen(where.row(), s))
        self.last_completer = completer
        return editor


# ---- the section widget -------------------------------------------------------------------

class WorkersSection(QWidget):
    """Workers table, their arrears items and the live totals."""

    changed = Signal()
    import_requested = Signal()

    def __init__(self, lookup, parent=None) -> None:
        super().__init__(parent)
        self.lookup = lookup
        self.collective = True
        self.workers = WorkersModel(self)
        self.items = ItemsModel(self)

        self.table = QTableView()
        self.table.setObjectName("workersTable")
        self.table.setModel(self.workers)
        self.table.setItemDelegate(ErrorMarkDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                                   & ~QAbstractItemView.EditTrigger.CurrentChanged)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.name_delegate = NameDelegate(self.lookup.workers, self._fill_from_suggestion, self.table)
        self.table.setItemDelegateForColumn(WORKER_FIELDS.index("name"), self.name_delegate)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for field, width in (("name", 76), ("id_number", 160), ("phone", 104), ("hukou_place", 120),
                             ("is_migrant_worker", 52), ("job", 64), ("employed_to", 92),
                             ("is_representative", 80),
                             ("total", 104), ("bank_card", 160)):
            fit_column(self.table, WORKER_FIELDS.index(field), width)
        hh.setStretchLastSection(True)

        self.add_button = QPushButton(tr("添加劳动者"))
        self.add_button.setToolTip(tr("添加一名劳动者（Ctrl+N）"))
        self.add_button.setShortcut(QKeySequence("Ctrl+N"))
        self.remove_button = QPushButton(tr("删除劳动者"))
        self.import_button = QPushButton(tr("从花名册导入…"))
        self.import_button.setToolTip(tr("从 Excel 花名册（.xlsx）导入劳动者"))
        for b in (self.add_button, self.remove_button, self.import_button):
            b.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_worker)
        self.remove_button.clicked.connect(self.remove_selected_workers)
        self.import_button.clicked.connect(self.import_requested)

        self.items_title = QLabel(tr("欠薪明细"))
        self.items_table = QTableView()
        self.items_table.setObjectName("itemsTable")
        self.items_table.setModel(self.items)
        self.items_table.setItemDelegate(ErrorMarkDelegate(self.items_table))
        self.items_table.setItemDelegateForColumn(0, KindDelegate(self.items_table))
        self.items_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_table.verticalHeader().setDefaultSectionSize(26)
        for c, width in enumerate((130, 100, 100, 110, 160)):
            fit_column(self.items_table, c, width)
        self.items_table.horizontalHeader().setStretchLastSection(True)
        self.items_table.setToolTip(tr("起始、截止填写年月（如 2026-01）或日期（如 2026-01-15）"))
        self.add_item_button = QPushButton(tr("添加欠薪项"))
        self.add_item_button.setToolTip(tr("为选中的劳动者添加一项欠薪（Ctrl+I）"))
        self.add_item_button.setShortcut(QKeySequence("Ctrl+I"))
        self.remove_item_button = QPushButton(tr("删除欠薪项"))
        for b in (self.add_item_button, self.remove_item_button):
            b.setAutoDefault(False)
        self.add_item_button.clicked.connect(self.add_item)
        self.remove_item_button.clicked.connect(self.remove_selected_items)

        self.worker_total = QLabel()
        self.case_total = QLabel()
        self.case_total.setObjectName("caseTotal")
        self.case_total.setStyleSheet("font-weight: bold;")

        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        top.addWidget(self.import_button)
        top.addStretch(1)
        top.addWidget(self.case_total)
        items_bar = QHBoxLayout()
        items_bar.addWidget(self.items_title)
        items_bar.addStretch(1)
        items_bar.addWidget(self.worker_total)
        items_bar.addWidget(self.add_item_button)
        items_bar.addWidget(self.remove_item_button)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.table, 3)
        lay.addLayout(items_bar)
        lay.addWidget(self.items_table, 2)

        self.table.selectionModel().currentRowChanged.connect(self._current_worker_changed)
        self.workers.dataChanged.connect(self._on_changed)
        self.workers.rowsInserted.connect(self._on_changed)
        self.workers.rowsRemoved.connect(self._on_changed)
        self.items.dataChanged.connect(self._items_changed)
        self.items.rowsInserted.connect(self._items_changed)
        self.items.rowsRemoved.connect(self._items_changed)
        self._update_totals()

    # -- public API used by the dialog and tests
    def set_collective(self, collective: bool) -> None:
        self.collective = collective
        self.import_button.setVisible(collective)
        self._update_buttons()

    def add_worker(self, worker: WorkerInput | None = None) -> int:
        if not self.collective and self.workers.rows:
            return -1
        row = self.workers.append([worker or WorkerInput(name="", id_number="")])
        self.select_worker(row)
        if worker is None:
            # no editor opened here: typing (or the input method) starts editing the 姓名 cell
            self.table.setCurrentIndex(self.workers.index(row, 0))
            self.table.setFocus()
        return row

    def append_workers(self, workers: list[WorkerInput]) -> None:
        # a lone untouched row (the one every new dialog starts with) gives way to the import
        if len(self.workers.rows) == 1 and self._is_blank(self.workers.rows[0]):
            self.workers.remove_rows([0])
        first = self.workers.append([replace(w, items=[replace(i) for i in w.items])
                                     for w in workers])
        self.select_worker(first)

    def select_worker(self, row: int) -> None:
        if 0 <= row < len(self.workers.rows):
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.workers.index(row, 0))

    def current_row(self) -> int:
        idx = self.table.currentIndex()
        return idx.row() if idx.isValid() else -1

    def remove_selected_workers(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}
                      or ({self.current_row()} - {-1}))
        if not rows:
            return
        self.items.set_worker(-1, None)
        self.workers.remove_rows(rows)
        self.select_worker(min(rows[0], len(self.workers.rows) - 1))
        if not self.workers.rows:
            self._current_worker_changed(QModelIndex(), QModelIndex())

    def add_item(self) -> int:
        row = self.current_row()
        if row < 0:
            return -1
        r = self.items.add()
        # 类别 defaults to 工资; the clerk goes straight on with the start of the period
        self.items_table.setCurrentIndex(self.items.index(r, 1))
        self.items_table.setFocus()
        return r

    def remove_selected_items(self) -> None:
        rows = [i.row() for i in self.items_table.selectionModel().selectedRows()]
        if not rows and self.items_table.currentIndex().isValid():
            rows = [self.items_table.currentIndex().row()]
        self.items.remove(rows)

    def worker_inputs(self) -> list[WorkerInput]:
        return [replace(w, items=[replace(i) for i in w.items]) for w in self.workers.rows]

    def set_errors(self, worker_errors: dict[tuple[int, str], str],
                   item_errors: dict[tuple[int, int, str], str]) -> None:
        # a worker whose arrears are wrong is marked in its total column too
        merged = dict(worker_errors)
        for (w, _i, _f), msg in item_errors.items():
            merged.setdefault((w, "total"), msg)
        self.workers.set_errors(merged)
        self.items.set_errors(item_errors)

    def focus_worker_cell(self, row: int, field: str) -> None:
        col = WORKER_FIELDS.index(field) if field in WORKER_FIELDS else 0
        self.select_worker(row)
        idx = self.workers.index(row, col)
        self.table.setCurrentIndex(idx)
        self.table.scrollTo(idx)
        self.table.setFocus()

    def focus_item_cell(self, worker_row: int, item_row: int, field: str) -> None:
        self.select_worker(worker_row)
        col = ITEM_FIELDS.index(field) if field in ITEM_FIELDS else 0
        idx = self.items.index(item_row, col)
        self.items_table.setCurrentIndex(idx)
        self.items_table.scrollTo(idx)
        self.items_table.setFocus()

    # -- internals
    @staticmethod
    def _is_blank(w: WorkerInput) -> bool:
        return not any((w.name, w.id_number, w.phone, w.hukou_place, w.job, w.bank_card,
                        w.employed_to, w.items, w.existing_worker_id))

    def _fill_from_suggestion(self, row: int, s: Suggestion) -> None:
        if not 0 <= row < len(self.workers.rows):
            return
        try:
            found = self.lookup.worker_input(s.id)
        except Exception:
            return
        current = self.workers.rows[row]
        # the arrears typed for this case stay; the person's details come from the record
        self.workers.replace_row(row, replace(found, items=current.items or list(found.items),
                                              existing_worker_id=s.id))
        self.select_worker(row)

    def _current_worker_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.row() if current.isValid() else -1
        worker = self.workers.rows[row] if 0 <= row < len(self.workers.rows) else None
        self.items.set_worker(row, worker)
        self.items_title.setText(tr("欠薪明细 — {name}").format(name=worker.name or tr("第{n}名劳动者").format(n=row + 1))
                                 if worker is not None else tr("欠薪明细（请先选择劳动者）"))
        self._update_buttons()
        self._update_totals()

    def _items_changed(self, *args) -> None:
        if 0 <= self.items.worker_row < len(self.workers.rows):
            self.workers.total_changed(self.items.worker_row)
        self._update_totals()
        self.changed.emit()

    def _on_changed(self, *args) -> None:
        self._update_buttons()
        self._update_totals()
        row = self.items.worker_row
        if 0 <= row < len(self.workers.rows):
            w = self.workers.rows[row]
            if self.items.worker is not w:  # the row was replaced by a suggestion
                self.items.set_worker(row, w)
            self.items_title.setText(tr("欠薪明细 — {name}").format(name=w.name or tr("第{n}名劳动者").format(n=row + 1)))
        self.changed.emit()

    def _update_buttons(self) -> None:
        has_current = self.current_row() >= 0
        self.add_button.setEnabled(self.collective or not self.workers.rows)
        self.remove_button.setEnabled(has_current)
        self.add_item_button.setEnabled(has_current)
        self.remove_item_button.setEnabled(has_current)

    def _update_totals(self) -> None:
        row = self.items.worker_row
        if 0 <= row < len(self.workers.rows):
            self.worker_total.setText(tr("该劳动者合计：{format_yuan} 元").format(
                format_yuan=format_yuan(worker_total_fen(self.workers.rows[row]))))
        else:
            self.worker_total.setText("")
        total = sum(worker_total_fen(w) for w in self.workers.rows)
        self.case_total.setText(tr("共 {len} 名劳动者，欠薪合计 {format_yuan} 元").format(
            len=len(self.workers.rows), format_yuan=format_yuan(total)))
