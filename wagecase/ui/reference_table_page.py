"""One page for any reference table of 设置 (minimum wages, tiers, thresholds, periods ...).

The page knows nothing about a particular table: the service describes its columns
(``ReferenceColumn``) and the page, the model and the row editor are built from that
description. Values travel as text in both directions; the service parses and validates them,
so the editor never silently swallows what a clerk typed.
"""
from __future__ import annotations

import logging
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QCompleter, QDialog, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton, QScrollArea, QTableView, QVBoxLayout, QWidget,
)

from ..domain.errors import RuleError, ValidationFailed
from .error_text import UNEXPECTED, error_lines, field_error_text
from .settings_widgets import (
    AMBER_BACK, AMBER_TEXT, ERROR_RED, confirmed_change, error_label, ok_cancel, page_labels, page_layout,
    read_only_rows, run_editor, show_load_error,
)
from .table_model import ColumnTableModel
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import ReferenceColumn, ReferenceRow, ReferenceTable
    from .prompts import Prompts

log = logging.getLogger(__name__)

SortRole = Qt.ItemDataRole.UserRole + 1
RowIdRole = Qt.ItemDataRole.UserRole + 2

VERIFY_HEADER = tr("核实情况")
VERIFY_BADGE = tr("待核实")
VERIFY_TIP = (tr("该数值来自公开资料整理，尚未与正式文件逐条核对。\n"
              "请管理员对照原文件核实；核实无误后在“修改”中取消“待核实”。"))
LOAD_FAILED = tr("无法读取该表，详细信息已写入日志。请稍后重试，或联系系统管理员。")
READ_ONLY_NOTE = tr("以下数据仅供查阅。只有管理员可以新增、修改或删除。")
BOOL_TRUE = {"1", "true", "yes", "y", tr("是"), "on"}
# the service may keep the verification flag as an ordinary column: it is then shown as the badge
VERIFY_KEYS = ("to_verify",)


def bool_text(value: str) -> bool:
    return (value or "").strip().lower() in BOOL_TRUE


def choice_label(value: str, label: str) -> str:
    """A county is looked up by its code as often as by its name: show both (not for provinces)."""
    county = value.isdigit() and len(value) == 6 and not value.endswith("0000")
    return tr("{value}　{label}").format(value=value, label=label) if county and label != value else label


def _sort_key(column: "ReferenceColumn", text: str):
    """Raw values for sorting: numbers as numbers, ISO dates sort as text already."""
    if column.kind in ("int", "money"):
        try:
            return float(Decimal((text or "").replace(",", "").strip() or "0"))
        except InvalidOperation:
            return 0.0
    if column.kind == "bool":
        return 1 if bool_text(text) else 0
    return text or ""


class ReferenceTableModel(ColumnTableModel):
    """The rows of one ReferenceTable; a 待核实 column is added when any row needs checking."""

    def __init__(self, table: "ReferenceTable | None" = None, parent=None) -> None:
        super().__init__(parent)
        self.columns: tuple[ReferenceColumn, ...] = ()
        self.rows: tuple[ReferenceRow, ...] = ()
        self.verify_column = -1
        if table is not None:
            self.set_table(table)

    def set_table(self, table: "ReferenceTable") -> None:
        self.beginResetModel()
        self.columns = tuple(c for c in table.columns if c.key not in VERIFY_KEYS)
        self.rows = table.rows
        self.HEADERS = tuple(tr(c.label) for c in self.columns)
        needs_badge = any(r.to_verify for r in table.rows) or any(
            c.key in VERIFY_KEYS for c in table.columns)
        self.verify_column = len(self.columns) if needs_badge else -1
        if needs_badge:
            self.HEADERS = (*self.HEADERS, VERIFY_HEADER)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.rows)

    def row_at(self, row: int) -> "ReferenceRow | None":
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def search_text(self, row: int) -> str:
        r = self.rows[row]
        parts = [r.values.get(c.key, "") + "\t" + self.display_text(c, r.values.get(c.key, ""))
                 for c in self.columns]
        if r.to_verify:
            parts.append(VERIFY_BADGE)
        return "\t".join(parts).casefold()

    def display_text(self, column: "ReferenceColumn", text: str) -> str:
        if column.kind == "bool":
            return tr("是") if bool_text(text) else tr("否")
        if column.kind == "choice":
            return choice_label(text, dict(column.choices).get(text, text))
        if column.kind == "money" and text:
            try:
                return f"{Decimal(text.replace(',', '')):,.2f}"
            except InvalidOperation:
                return text
        if column.choices and text:
            # event lists (';'-joined codes) read as the clerk's words
            names = dict(column.choices)
            return tr("；").join(names.get(part.strip(), part.strip()) for part in text.split(";") if part.strip())
        return text or ""

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.model() is not self:
            return None
        row = self.row_at(index.row())
        if row is None or not 0 <= index.column() < len(self.HEADERS):
            return None
        if role == RowIdRole:
            return row.id
        if index.column() == self.verify_column:
            return self._verify_data(row, role)
        column = self.columns[index.column()]
        text = row.values.get(column.key, "")
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(column, text)
        if role == SortRole:
            return _sort_key(column, text)
        if role == Qt.ItemDataRole.ToolTipRole:
            shown = self.display_text(column, text)
            return shown if len(shown) > 24 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("int", "money"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _verify_data(self, row: "ReferenceRow", role):
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            return VERIFY_BADGE if row.to_verify else ""
        if not row.to_verify:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return VERIFY_TIP
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(AMBER_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(AMBER_BACK)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class ReferenceFilterModel(QSortFilterProxyModel):
    """Filter text matched against every column, raw value and shown text alike (a county by
    its code or its name, a choice by its stored code or its label)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.needle = ""

    def set_needle(self, text: str) -> None:
        # beginFilterChange arrived in Qt 6.10; the pin allows 6.8
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self.needle = text.strip().casefold()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.needle = text.strip().casefold()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self.needle:
            return True
        model = self.sourceModel()
        if not isinstance(model, ReferenceTableModel):
            return True
        return self.needle in model.search_text(source_row)


# ---- the row editor -----------------------------------------------------------------------------

def split_codes(text: str) -> list[str]:
    return [part.strip() for part in (text or "").replace("；", ";").split(";") if part.strip()]


class ChoicePicker(QDialog):
    """Tick the events of a ';'-joined list by their Chinese names instead of typing codes."""

    def __init__(self, column: "ReferenceColumn", text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("选择{label}").format(label=tr(column.label)))
        self.resize(360, 480)
        chosen = split_codes(text)
        known = {data for data, _ in column.choices}
        self.others = [c for c in chosen if c not in known]  # e.g. period:… stays as typed
        self.list = QListWidget()
        for data, label in column.choices:
            item = QListWidgetItem(tr(label))
            item.setData(Qt.ItemDataRole.UserRole, data)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if data in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = ok_cancel()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.list, 1)
        lay.addWidget(buttons)

    def text(self) -> str:
        picked = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                  if self.list.item(i).checkState() == Qt.CheckState.Checked]
        return ";".join(picked + self.others)


class FieldEditor:
    """One column's widget, what it means in words where it holds codes, and the red line
    under it, all in one cell of the form."""

    def __init__(self, column: "ReferenceColumn", value: str) -> None:
        self.column = column
        self.widget: QWidget
        self.reading: QLabel | None = None
        self.pick_button: QPushButton | None = None
        extras: list[QWidget] = []
        if column.kind == "bool":
            box = QCheckBox(tr(column.label))
            box.setChecked(bool_text(value))
            self.widget = box
        elif column.kind == "choice":
            combo = QComboBox()
            if not column.required:
                combo.addItem(tr("（无）"), "")
            elif not value:
                combo.addItem(tr("请选择…"), "")  # never a silent first choice on a new row
            for data, label in column.choices:
                combo.addItem(choice_label(data, tr(label)), data)
            if len(column.choices) > 20:
                # 157 counties: type a code or part of a name
                combo.setEditable(True)
                combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
                combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            at = combo.findData(value)
            if at >= 0:
                combo.setCurrentIndex(at)
            elif value:  # a value the choices no longer list: keep it, do not lose data
                combo.addItem(value, value)
                combo.setCurrentIndex(combo.count() - 1)
            self.widget = combo
        else:
            edit = QLineEdit(value)
            edit.setCursorPosition(0)  # long legal citations read from their beginning
            if column.hint:
                edit.setPlaceholderText(column.hint)
            elif column.kind == "date":
                edit.setPlaceholderText("2024-01-01" if column.required else tr("2024-01-01（可不填）"))
            self.widget = edit
            if column.kind == "money":
                extras.append(QLabel(tr("元")))
            if column.choices:
                self.pick_button = QPushButton(tr("选择…"))
                self.pick_button.clicked.connect(self.pick)
                extras.append(self.pick_button)
                self.reading = QLabel()
                self.reading.setObjectName(f"reading_{column.key}")
                self.reading.setStyleSheet("color: #4b5563;")
                self.reading.setWordWrap(True)
                edit.textChanged.connect(self._update_reading)
                self._update_reading(value)
        if column.hint:
            self.widget.setToolTip(column.hint)
        self.widget.setObjectName(f"field_{column.key}")
        self.error = error_label(f"error_{column.key}")

        self.cell = QWidget()
        cell = QVBoxLayout(self.cell)
        cell.setContentsMargins(0, 0, 0, 0)
        cell.setSpacing(2)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.widget, 1)
        for w in extras:
            line.addWidget(w)
        cell.addLayout(line)
        if self.reading is not None:
            cell.addWidget(self.reading)
        cell.addWidget(self.error)

    def _update_reading(self, text: str) -> None:
        if self.reading is None:
            return
        names = dict(self.column.choices)
        words = [names.get(code, code) for code in split_codes(text)]
        self.reading.setText(tr("即：") + tr("；").join(words) if words else "")
        self.reading.setVisible(bool(words))

    def picker(self, parent: QWidget | None = None) -> ChoicePicker:
        return ChoicePicker(self.column, self.value(), parent)

    def pick(self) -> None:
        dialog = self.picker(self.widget.window())
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.set_value(dialog.text())
        finally:
            dialog.deleteLater()

    def value(self) -> str:
        w = self.widget
        if isinstance(w, QCheckBox):
            return tr("是") if w.isChecked() else tr("否")
        if isinstance(w, QComboBox):
            if w.isEditable():
                typed = w.currentText().strip()
                at = w.findText(typed)
                if at < 0 and any(typed == data for data, _ in self.column.choices):
                    return typed
                # text matching no choice goes to the service, which names the field
                return str(w.itemData(at) or "") if at >= 0 else typed
            return str(w.currentData() or "")
        return w.text().strip()  # type: ignore[attr-defined]

    def set_value(self, text: str) -> None:
        w = self.widget
        if isinstance(w, QCheckBox):
            w.setChecked(bool_text(text))
        elif isinstance(w, QComboBox):
            at = w.findData(text)
            if at >= 0:
                w.setCurrentIndex(at)
        else:
            w.setText(text)  # type: ignore[attr-defined]

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if isinstance(self.widget, QLineEdit):
            self.widget.setStyleSheet(f"border: 1px solid {ERROR_RED};" if text else "")


class RowEditorDialog(QDialog):
    """Add or change one row; 确定 saves through the service and closes only when it succeeded."""

    def __init__(self, services: "Services", prompts: "Prompts", table: "ReferenceTable",
                 row: "ReferenceRow | None" = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts
        self.table = table
        self.row = row
        self.saved = False
        self.setWindowTitle(f"{tr('修改') if row else tr('新增')} — {tr(table.title)}")
        self.setMinimumWidth(520)

        self.general_error = error_label("generalError")

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(6)
        self.fields: dict[str, FieldEditor] = {}
        values = row.values if row else {}
        line = 0
        for column in table.columns:
            editor = FieldEditor(column, values.get(column.key, ""))
            self.fields[column.key] = editor
            if column.kind != "bool":
                caption = QLabel(tr(column.label) + ("" if column.required else tr("（选填）")))
                caption.setBuddy(editor.widget)
                # as tall as the field: the caption sits level with it, not with its notes
                caption.setMinimumHeight(editor.widget.sizeHint().height())
                grid.addWidget(caption, line, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(editor.cell, line, 1)
            line += 1
        grid.setRowStretch(line, 1)  # spare height below the fields, not between them

        form = QWidget()
        form.setLayout(grid)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not their frame
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form)

        self.buttons = ok_cancel()
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(self.general_error)
        lay.addWidget(scroll, 1)
        lay.addWidget(self.buttons)
        # tall tables (the period catalogue) scroll instead of running off the screen
        self.resize(640 if len(table.columns) > 10 else 560, min(760, 110 + 44 * len(table.columns)))

    def values(self) -> dict[str, str]:
        return {key: f.value() for key, f in self.fields.items()}

    def clear_errors(self) -> None:
        for f in self.fields.values():
            f.show_error("")
        self.general_error.hide()

    def save(self) -> bool:
        self.clear_errors()
        try:
            self.services.reference.save_row(self.table.name, self.row.id if self.row else None,
                                             self.values())
        except ValidationFailed as exc:
            self._show_field_errors(exc)
            return False
        except RuleError as exc:
            self.prompts.error(self, self.table.title, "".join(error_lines(exc)))
            return False
        except Exception:  # noqa: BLE001 - logged; the typed values stay in the dialog
            log.exception("saving a row of %s failed", self.table.name)
            self.prompts.error(self, self.table.title, UNEXPECTED)
            return False
        self.saved = True
        self.accept()
        return True

    def _show_field_errors(self, exc: ValidationFailed) -> None:
        unplaced: list[str] = []
        first: QWidget | None = None
        for err in exc.errors:
            text = field_error_text(err)
            editor = self.fields.get(err.field)
            if editor is None:
                unplaced.append(text)
                continue
            previous = editor.error.text()
            editor.show_error(f"{previous}\n{text}" if previous else text)
            first = first or editor.widget
        if unplaced:
            self.general_error.setText("\n".join(unplaced))
            self.general_error.show()
        if first is not None:
            first.setFocus()


# ---- the page -----------------------------------------------------------------------------------

class ReferenceTablePage(QWidget):
    """Title, where the values come from, a filter box and the table; admins also edit."""

    changed = Signal()  # a row was saved or deleted: open cases' deadlines may have moved

    def __init__(self, services: "Services", prompts: "Prompts", name: str, title: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts
        self.name = name
        self.table: ReferenceTable | None = None

        # the title until the table is read: a failed read still says where
        top = page_labels(title, "", READ_ONLY_NOTE)
        self.title, self.description, self.read_only_note, self.load_error = top
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("筛选：输入代码、名称或任意内容"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(300)
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        self.add_button = QPushButton(tr("新增…"))
        self.edit_button = QPushButton(tr("修改…"))
        self.delete_button = QPushButton(tr("删除"))
        self.add_button.clicked.connect(self.add_row)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)

        self.model = ReferenceTableModel(parent=self)
        self.proxy = ReferenceFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.filter.textChanged.connect(self._filter_changed)

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the service's order first
        read_only_rows(self.view)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.doubleClicked.connect(lambda _i: self.edit_current())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        tools = QHBoxLayout()
        tools.addWidget(self.filter)
        tools.addWidget(self.count)
        tools.addStretch(1)
        for b in (self.add_button, self.edit_button, self.delete_button):
            tools.addWidget(b)

        lay = page_layout(self, top)
        lay.addLayout(tools)
        lay.addWidget(self.view, 1)
        self.reload()

    # -- data --

    def reload(self) -> bool:
        try:
            table = self.services.reference.table(self.name)
        except Exception as exc:  # noqa: BLE001 - the other pages must keep working
            log.exception("reading reference table %s failed", self.name)
            show_load_error(self.load_error, exc, LOAD_FAILED)
            self._update_buttons()
            return False
        self.load_error.hide()
        self.table = table
        self.title.setText(tr(table.title))
        self.description.setText(tr(table.description))
        self.description.setVisible(bool(tr(table.description)))
        self.read_only_note.setVisible(not table.editable)
        for b in (self.add_button, self.edit_button, self.delete_button):
            # parameters can be changed, never added or deleted
            b.setVisible(table.editable and not (table.rows_fixed and b is not self.edit_button))
        self.model.set_table(table)
        self._fit_columns()
        self._update_count()
        self._update_buttons()
        return True

    def _fit_columns(self) -> None:
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # left-aligned: a centred header over a wide last column scrolls out of sight
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.view.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            header.resizeSection(col, min(max(header.sectionSize(col), 72), 320))
        # a stretched 待核实 column would be a wide amber band
        header.setStretchLastSection(self.model.verify_column < 0)
        keys = [c.key for c in self.model.columns]
        if keys[:2] == ["code", "name"] and header.visualIndex(1) != 0:
            header.moveSection(1, 0)  # a period is recognised by its name; its code is for machines

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_needle(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(tr("共 {total} 条").format(total=total) if shown == total else tr("显示 {shown} / 共 {total} 条").format(
            shown=shown, total=total))

    def _update_buttons(self) -> None:
        editable = bool(self.table and self.table.editable)
        has_row = self.current_row() is not None
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and has_row)
        self.delete_button.setEnabled(editable and has_row)

    def current_row(self) -> "ReferenceRow | None":
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def select_row_id(self, row_id: str) -> None:
        for r in range(self.proxy.rowCount()):
            if self.proxy.index(r, 0).data(RowIdRole) == row_id:
                self.view.selectRow(r)
                self.view.scrollTo(self.proxy.index(r, 0))
                return

    # -- editing --

    def editor(self, row: "ReferenceRow | None") -> RowEditorDialog:
        assert self.table is not None
        return RowEditorDialog(self.services, self.prompts, self.table, row, parent=self)

    def add_row(self) -> None:
        self._run_editor(None)

    def edit_current(self) -> None:
        row = self.current_row()
        if row is None or not (self.table and self.table.editable):
            return
        self._run_editor(row)

    def _run_editor(self, row: "ReferenceRow | None") -> None:
        if self.table is None or not self.table.editable:
            return
        if run_editor(self.editor(row)):
            self.reload()
            if row is not None:
                self.select_row_id(row.id)
            self.changed.emit()

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None or self.table is None or not self.table.editable:
            return
        summary = tr("，").join(self.model.display_text(c, row.values.get(c.key, ""))
                           for c in self.model.columns[:3])
        name = self.table.name
        if confirmed_change(self, self.prompts, tr("删除"), tr("确定删除“{summary}”这一条吗？删除后计算将不再使用它。").format(summary=summary),
                            lambda: self.services.reference.delete_row(name, row.id),
                            log, f"deleting row {row.id} of {name} failed"):
            self.reload()
            self.changed.emit()
