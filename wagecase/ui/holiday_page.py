"""节假日安排: which years the working-day calendar knows, and the administrator's editor for the
years the software does not ship (the State Council publishes the next year each November).

A year without data is not an error: deadlines reaching it are computed on weekends alone and
marked 暂定. The page makes that gap loud, above all for next year, so that someone enters it.
"""
from __future__ import annotations

import logging
import re
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog, QFrame, QHBoxLayout, QHeaderView, QLabel, QListWidget, QPushButton, QSplitter,
    QStackedWidget, QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..domain.errors import RuleError, ValidationFailed
from ..services.dto import HolidayRangeInput
from .error_text import UNEXPECTED, error_lines
from .settings_widgets import (
    AMBER_BACK, AMBER_TEXT, confirmed_change, error_label, keyed_item, ok_cancel, page_labels, page_layout,
    read_only_rows, run_editor, show_load_error,
)
from .table_model import ColumnTableModel
from .i18n import sentences, tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import HolidayYearView
    from .prompts import Prompts

log = logging.getLogger(__name__)

INTRO = (tr("以工作日计算的期限跳过周末和法定节假日，并把调休上班日算作工作日。"
         "2004年至今年的放假安排随软件提供；以后年份由管理员根据国务院办公厅的通知录入。"
         "某一年没有数据时，跨入该年的期限只按周末推算，并标注“暂定”。"))
CALL_TO_ACTION = tr("国务院办公厅每年11月公布下一年放假安排，请及时录入。")
PACKAGE_NOTE = (tr("该年安排随软件提供，不能直接修改。如国务院办公厅另行调整，管理员可以录入本年安排，"
                "录入后以管理员录入的为准；删除管理员录入即恢复随软件提供的安排。"))
ADMIN_NOTE = tr("该年安排由管理员录入，计算期限时以此为准。")
MISSING_NOTE = tr("该年没有放假安排数据：跨入该年的期限只按周末推算，并标注“暂定”。")
READ_ONLY_NOTE = tr("只有管理员可以录入或修改放假安排。")
STANDARD_HOLIDAYS = (tr("元旦"), tr("春节"), tr("清明节"), tr("劳动节"), tr("端午节"), tr("中秋节"), tr("国庆节"))
DATE_EXAMPLE = "2027-01-01"

ADMIN_TEXT = QColor("#0b4a9e")
PACKAGE_TEXT = QColor("#374151")

_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")
_SEPARATORS = re.compile(r"[、,，;；\s]+")


def parse_day(text: str) -> date | None:
    """2027-02-07, 2027/2/7, 2027.2.7 or 2027年2月7日 -> date; anything else -> None."""
    m = _DATE.match(text or "")
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def format_days(days: tuple[date, ...]) -> str:
    return tr("、").join(d.isoformat() for d in days)


class HolidayRangesModel(ColumnTableModel):
    HEADERS = (tr("名称"), tr("放假起"), tr("放假止"), tr("天数"), tr("调休上班日"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.ranges: tuple[HolidayRangeInput, ...] = ()

    def set_ranges(self, ranges: tuple[HolidayRangeInput, ...]) -> None:
        self.beginResetModel()
        self.ranges = tuple(ranges)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.ranges)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.model() is not self or not 0 <= index.row() < len(self.ranges):
            return None
        r = self.ranges[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (r.name, r.first.isoformat(), r.last.isoformat(),
                    str((r.last - r.first).days + 1), format_days(r.workdays) or "—")[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class HolidayYearDialog(QDialog):
    """The ranges of one year in an editable grid; 确定 saves the whole year at once."""

    COLUMNS = (tr("名称"), tr("放假起"), tr("放假止"), tr("调休上班日"))

    def __init__(self, services: "Services", prompts: "Prompts", year: int,
                 ranges: tuple[HolidayRangeInput, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts
        self.year = year
        self.saved = False
        self.setWindowTitle(tr("{year}年放假安排").format(year=year))
        self.resize(760, 480)

        hint = QLabel(
            tr("按国务院办公厅《关于{year}年部分节假日安排的通知》逐项填写。日期写作 {year}-01-01；调休上班日有多天时用顿号分开，例如 {year}-02-07、{year}-02-20。不放假的行可以留空，保存时会略过。").format(year=year))
        hint.setWordWrap(True)
        self.grid = QTableWidget(0, len(self.COLUMNS))
        self.grid.setObjectName("holidayGrid")
        self.grid.setHorizontalHeaderLabels(list(self.COLUMNS))
        self.grid.verticalHeader().setDefaultSectionSize(28)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((110, 120, 120)):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        rows = list(ranges) or [HolidayRangeInput(name, date(year, 1, 1), date(year, 1, 1))
                                for name in STANDARD_HOLIDAYS]
        for r in rows:
            if ranges:
                self.add_row(r.name, r.first.isoformat(), r.last.isoformat(), format_days(r.workdays))
            else:
                self.add_row(r.name)

        add = QPushButton(tr("添加一行"))
        add.clicked.connect(lambda: self.add_row())
        remove = QPushButton(tr("删除所选行"))
        remove.clicked.connect(self.remove_selected)
        self.errors = error_label("holidayErrors")

        self.buttons = ok_cancel(tr("保存本年安排"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        row_buttons = QHBoxLayout()
        row_buttons.addWidget(add)
        row_buttons.addWidget(remove)
        row_buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(hint)
        lay.addWidget(self.grid, 1)
        lay.addLayout(row_buttons)
        lay.addWidget(self.errors)
        lay.addWidget(self.buttons)

    def add_row(self, name: str = "", first: str = "", last: str = "", workdays: str = "") -> int:
        row = self.grid.rowCount()
        self.grid.insertRow(row)
        for col, text in enumerate((name, first, last, workdays)):
            self.grid.setItem(row, col, QTableWidgetItem(text))
        return row

    def set_row(self, row: int, name: str, first: str, last: str, workdays: str = "") -> None:
        while self.grid.rowCount() <= row:
            self.add_row()
        for col, text in enumerate((name, first, last, workdays)):
            self.grid.item(row, col).setText(text)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.grid.selectedIndexes()}, reverse=True)
        for row in rows:
            self.grid.removeRow(row)

    def _cell(self, row: int, col: int) -> str:
        item = self.grid.item(row, col)
        return item.text().strip() if item is not None else ""

    def _mark(self, row: int, col: int, problem: str) -> None:
        item = self.grid.item(row, col)
        if item is None:
            item = QTableWidgetItem("")
            self.grid.setItem(row, col, item)
        item.setBackground(QBrush(QColor("#fdecea")))
        item.setToolTip(problem)

    def ranges(self) -> tuple[list[HolidayRangeInput], list[str]]:
        """The filled rows as ranges, and one Chinese sentence per problem found while reading."""
        result: list[HolidayRangeInput] = []
        problems: list[str] = []
        for row in range(self.grid.rowCount()):
            for col in range(self.grid.columnCount()):
                item = self.grid.item(row, col)
                if item is not None:
                    item.setBackground(QBrush())
                    item.setToolTip("")
            name, first_text, last_text, work_text = (self._cell(row, c) for c in range(4))
            if not (first_text or last_text or work_text):
                continue  # a holiday name alone: a template row nobody filled
            where = tr("第{value}行").format(value=row + 1)
            if not name:
                problems.append(tr("{where}“名称”：请填写节日名称，例如 春节。").format(where=where))
                self._mark(row, 0, tr("请填写节日名称"))
            first, last = parse_day(first_text), parse_day(last_text)
            for col, text, value, label in ((1, first_text, first, tr("放假起")), (2, last_text, last, tr("放假止"))):
                if value is None:
                    problems.append(tr("{where}“{label}”：“{text}”不是有效日期，应写作 {year}-01-01。").format(
                        where=where, label=label, text=text, year=self.year)
                                    if text else tr("{where}“{label}”：请填写日期，例如 {year}-01-01。").format(
                                        where=where, label=label, year=self.year))
                    self._mark(row, col, tr("日期写作 {year}-01-01").format(year=self.year))
            workdays: list[date] = []
            for part in (p for p in _SEPARATORS.split(work_text) if p):
                day = parse_day(part)
                if day is None:
                    problems.append(tr("{where}“调休上班日”：“{part}”不是有效日期，多个日期用顿号分开，例如 {year}-02-07、{year}-02-20。").format(
                        where=where, part=part, year=self.year))
                    self._mark(row, 3, tr("多个日期用顿号分开"))
                else:
                    workdays.append(day)
            if name and first and last:
                result.append(HolidayRangeInput(name=name, first=first, last=last, workdays=tuple(workdays)))
        return result, problems

    def save(self) -> bool:
        ranges, problems = self.ranges()
        if problems:
            self._show_errors(problems)
            return False
        try:
            self.services.reference.save_holiday_year(self.year, ranges)
        except (ValidationFailed, RuleError) as exc:
            self._show_errors(error_lines(exc))
            return False
        except Exception:  # noqa: BLE001 - logged; what was typed stays in the grid
            log.exception("saving holiday year %s failed", self.year)
            self._show_errors([UNEXPECTED])
            return False
        self.saved = True
        self.accept()
        return True

    def _show_errors(self, lines: list[str]) -> None:
        self.errors.setText("\n".join(lines))
        self.errors.show()


class HolidayPage(QWidget):
    """Years on the left (newest first), the chosen year's ranges on the right."""

    changed = Signal()

    def __init__(self, services: "Services", prompts: "Prompts", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts
        self.years: dict[int, HolidayYearView] = {}
        self.can_edit = False
        self.next_year = date.today().year + 1

        top = page_labels(tr("节假日安排"), INTRO, READ_ONLY_NOTE)
        self.title, self.description, self.read_only_note, self.load_error = top

        self.banner = QFrame()
        self.banner.setObjectName("missingYearBanner")
        self.banner.setStyleSheet("#missingYearBanner { background: #fef3c7; border: 1px solid #f59e0b;"
                                  " border-radius: 4px; } #missingYearBanner QLabel { color: #92400e; }")
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_button = QPushButton()
        self.banner_button.clicked.connect(self._enter_missing_year)
        banner_lay = QHBoxLayout(self.banner)
        banner_lay.setContentsMargins(12, 8, 12, 8)
        banner_lay.addWidget(self.banner_text, 1)
        banner_lay.addWidget(self.banner_button)
        self.banner.hide()

        self.year_list = QListWidget()
        self.year_list.setObjectName("holidayYears")
        self.year_list.setMinimumWidth(220)
        self.year_list.setMaximumWidth(300)
        self.year_list.currentRowChanged.connect(lambda _r: self._show_current())

        self.year_title = QLabel()
        self.year_title.setObjectName("yearTitle")
        self.year_title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.source_label = QLabel()
        self.source_label.setObjectName("yearSource")
        self.year_note = QLabel()
        self.year_note.setObjectName("yearNote")
        self.year_note.setWordWrap(True)
        self.model = HolidayRangesModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        read_only_rows(self.view)
        header = self.view.horizontalHeader()
        for col, width in enumerate((110, 120, 120, 60)):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _i: self.edit_year())
        self.empty_note = QLabel()
        self.empty_note.setObjectName("emptyNote")
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.body = QStackedWidget()  # the ranges, or a note saying there are none
        self.body.addWidget(self.view)
        self.body.addWidget(self.empty_note)

        self.edit_button = QPushButton(tr("录入本年安排…"))
        self.edit_button.clicked.connect(self.edit_year)
        self.delete_button = QPushButton(tr("删除管理员录入"))
        self.delete_button.clicked.connect(self.delete_year)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)

        right = QWidget()
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(12, 0, 0, 0)
        right_lay.addWidget(self.year_title)
        right_lay.addWidget(self.source_label)
        right_lay.addWidget(self.year_note)
        right_lay.addWidget(self.body, 1)
        right_lay.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.year_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        splitter.setSizes([240, 800])

        page_layout(self, (*top, self.banner)).addWidget(splitter, 1)
        self.reload()

    # -- data --

    def reload(self, select: int | None = None) -> bool:
        keep = select if select is not None else self.current_year()
        try:
            views = self.services.reference.holiday_years()
        except Exception as exc:  # noqa: BLE001 - the rest of 设置 keeps working
            log.exception("reading holiday years failed")
            show_load_error(self.load_error, exc, tr("无法读取放假安排，详细信息已写入日志。"))
            return False
        self.load_error.hide()
        self.years = {v.year: v for v in views}
        self.can_edit = any(v.editable for v in views)
        self.read_only_note.setVisible(not self.can_edit)
        if views:
            self.next_year = max(self.next_year, max(self.years))
        self.year_list.blockSignals(True)
        self.year_list.clear()
        for view in sorted(views, key=lambda v: v.year, reverse=True):
            item = keyed_item(self._year_text(view), view.year, 26)
            item.setToolTip(tr(view.source_label))
            if view.source == "missing":
                item.setForeground(QBrush(AMBER_TEXT))
                item.setBackground(QBrush(AMBER_BACK))
            elif view.source == "admin":
                item.setForeground(QBrush(ADMIN_TEXT))
            else:
                item.setForeground(QBrush(PACKAGE_TEXT))
            self.year_list.addItem(item)
        self.year_list.blockSignals(False)
        self._update_banner()
        self.select_year(keep if keep in self.years else self._default_year())
        return True

    def _year_text(self, view: "HolidayYearView") -> str:
        short = {"package": tr("随软件提供"), "admin": tr("管理员录入"), "missing": tr("无数据，按周末推算")}
        return tr("{year}年　{get}").format(year=view.year, get=short.get(view.source, tr(view.source_label)))

    def _default_year(self) -> int | None:
        if not self.years:
            return None
        missing = self.missing_next_year()
        return missing if missing is not None else min(date.today().year, max(self.years))

    def missing_next_year(self) -> int | None:
        """The newest year without data, if it is this year or next (the one that matters now)."""
        recent = [y for y, v in self.years.items() if v.source == "missing" and y >= date.today().year]
        return max(recent) if recent else None

    def _update_banner(self) -> None:
        year = self.missing_next_year()
        if year is None:
            self.banner.hide()
            return
        text = (tr("{year}年的放假安排尚未录入。{CALL_TO_ACTION}录入之前，跨入{year}年的期限只按周末推算，并标注“暂定”。").format(
            year=year, CALL_TO_ACTION=CALL_TO_ACTION))
        if not self.can_edit:
            text += tr("请联系管理员录入。")
        self.banner_text.setText(text)
        self.banner_button.setText(tr("录入{year}年安排…").format(year=year))
        self.banner_button.setVisible(self.can_edit)
        self.banner.show()

    def current_year(self) -> int | None:
        item = self.year_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def current_view(self) -> "HolidayYearView | None":
        year = self.current_year()
        return self.years.get(year) if year is not None else None

    def select_year(self, year: int | None) -> None:
        for row in range(self.year_list.count()):
            if self.year_list.item(row).data(Qt.ItemDataRole.UserRole) == year:
                self.year_list.setCurrentRow(row)
                self._show_current()
                return
        self._show_current()

    def _show_current(self) -> None:
        view = self.current_view()
        if view is None:
            self.year_title.setText("")
            self.source_label.setText("")
            self.year_note.setText("")
            self.model.set_ranges(())
            self.edit_button.setEnabled(False)
            self.delete_button.hide()
            return
        self.year_title.setText(tr("{year}年放假安排").format(year=view.year))
        self.source_label.setText(tr("来源：{source_label}").format(source_label=tr(view.source_label)))
        color = {"missing": "#92400e", "admin": "#0b4a9e"}.get(view.source, "#374151")
        self.source_label.setStyleSheet(f"color: {color};")
        self.year_note.setText({"package": PACKAGE_NOTE, "admin": ADMIN_NOTE}.get(
            view.source, sentences(MISSING_NOTE, CALL_TO_ACTION if view.year >= date.today().year else "")))
        self.model.set_ranges(view.ranges)
        self.body.setCurrentWidget(self.view if view.ranges else self.empty_note)
        self.empty_note.setText(sentences(tr("该年没有放假安排。"),
                                          tr("点击“录入本年安排…”按通知逐项填写。") if view.editable else ""))
        self.edit_button.setVisible(view.editable)
        self.edit_button.setEnabled(view.editable)
        self.edit_button.setText({"missing": tr("录入本年安排…"), "admin": tr("修改本年安排…")}.get(
            view.source, tr("录入本年安排（替换随软件提供的）…")))
        self.delete_button.setVisible(view.editable and view.source == "admin")

    # -- editing --

    def editor(self, year: int) -> HolidayYearDialog:
        view = self.years.get(year)
        return HolidayYearDialog(self.services, self.prompts, year, view.ranges if view else (), parent=self)

    def edit_year(self) -> None:
        view = self.current_view()
        if view is None or not view.editable:
            return
        self._run_editor(view.year)

    def _enter_missing_year(self) -> None:
        year = self.missing_next_year()
        if year is not None and self.can_edit:
            self.select_year(year)
            self._run_editor(year)

    def _run_editor(self, year: int) -> None:
        if run_editor(self.editor(year)):
            self.reload(select=year)
            self.changed.emit()

    def delete_year(self) -> None:
        view = self.current_view()
        if view is None or not view.editable or view.source != "admin":
            return
        question = (tr("确定删除管理员录入的{year}年放假安排吗？删除后，该年改用随软件提供的安排；软件没有该年数据的，期限只按周末推算并标注“暂定”。未结案件的期限将重新计算。").format(year=view.year))
        if confirmed_change(self, self.prompts, tr("删除管理员录入"), question,
                            lambda: self.services.reference.delete_holiday_year(view.year),
                            log, f"deleting holiday year {view.year} failed"):
            self.reload(select=view.year)
            self.changed.emit()
