"""Preview of a worker roster (.xlsx) before its rows join an intake.

The file is read off the GUI thread (a 5,000-row roster takes a moment in openpyxl) and the
good rows sit in a table model, so the dialog stays responsive at any size. Nothing leaves
this dialog until the clerk presses 全部导入有效行, and nothing reaches the database until the
intake itself is saved.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSplitter, QTableView, QVBoxLayout, QWidget,
)

from ..domain.money import format_yuan
from ..services.dto import RosterPreview, RosterProblem, WorkerInput
from .error_text import error_lines
from .intake_workers import amount_fen
from .table_model import ColumnTableModel
from .i18n import tr

log = logging.getLogger(__name__)

FIELD_LABELS = {
    "name": tr("姓名"), "id_number": tr("身份证号码"), "phone": tr("电话"), "hukou_place": tr("户籍地"),
    "is_migrant_worker": tr("是否农民工"), "bank_card": tr("银行卡号"), "job": tr("工种"),
    "is_representative": tr("劳动者代表"), "kind": tr("欠薪类别"), "period_from": tr("欠薪起始"),
    "period_to": tr("欠薪截止"), "amount": tr("欠薪金额"), "note": tr("备注"),
}

ROSTER_COLUMNS = (tr("姓名"), tr("身份证号码"), tr("电话"), tr("户籍地"), tr("农民工"), tr("工种"), tr("银行卡号"),
                  tr("欠薪期间"), tr("欠薪金额（元）"))


def problem_text(p: RosterProblem) -> str:
    return tr("第{row}行 [{column}]：{message}").format(
        row=p.row, column=p.column, message=p.message) if p.column else tr("第{row}行：{message}").format(row=p.row,
        message=p.message)


def _period(w: WorkerInput) -> str:
    spans = []
    for i in w.items:
        if i.period_from or i.period_to:
            spans.append(tr("{period_from}～{period_to}").format(
                period_from=i.period_from, period_to=i.period_to) if i.period_to and i.period_to != i.period_from
                         else i.period_from or i.period_to)
    return tr("；").join(spans)


def _amount(w: WorkerInput) -> str:
    fens = [amount_fen(i.amount) for i in w.items]
    if any(f is None for f in fens):
        return tr("、").join(i.amount for i in w.items)
    return format_yuan(sum(fens)) if fens else ""  # type: ignore[arg-type]


class RosterRowsModel(ColumnTableModel):
    HEADERS = ROSTER_COLUMNS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: tuple[WorkerInput, ...] = ()

    def set_rows(self, rows: tuple[WorkerInput, ...]) -> None:
        self.beginResetModel()
        self.rows = tuple(rows)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        w = self.rows[index.row()]
        c = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (w.name, w.id_number, w.phone, w.hukou_place,
                    tr("是") if w.is_migrant_worker else tr("否"), w.job, w.bank_card,
                    _period(w), _amount(w))[c]
        if role == Qt.ItemDataRole.TextAlignmentRole and c == len(ROSTER_COLUMNS) - 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class _ReadSignals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _ReadJob(QRunnable):
    def __init__(self, roster, path: str) -> None:
        super().__init__()
        self.roster = roster
        self.path = path
        self.signals = _ReadSignals()

    def run(self) -> None:  # worker thread: touches no widget
        try:
            self.signals.done.emit(self.roster.read(self.path))
        except Exception as exc:  # noqa: BLE001 - reported to the user as Chinese text
            if not hasattr(exc, "key"):
                log.exception("reading roster %s failed", self.path)
            self.signals.failed.emit(exc)


class RosterDialog(QDialog):
    loaded = Signal()  # a read finished (successfully or not)

    def __init__(self, services, prompts, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts
        self.path = str(path)
        self.preview: RosterPreview | None = None
        self.error: str = ""
        self.reading = False
        self._job: _ReadJob | None = None
        self.setWindowTitle(tr("导入花名册"))
        self.resize(1080, 680)

        self.file_label = QLabel()
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label = QLabel()
        self.columns_label = QLabel()
        self.columns_label.setWordWrap(True)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet("color: #c62828;")

        self.model = RosterRowsModel(self)
        self.table = QTableView()
        self.table.setObjectName("rosterTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(24)
        for c, width in enumerate((70, 160, 105, 120, 50, 60, 150, 150, 100)):
            self.table.setColumnWidth(c, width)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.problems_title = QLabel()
        self.problems_title.setStyleSheet("color: #c62828; font-weight: bold;")
        self.problems = QListWidget()
        self.problems.setObjectName("rosterProblems")
        self.problems.setStyleSheet("QListWidget { color: #c62828; }")
        self.problems.setUniformItemSizes(True)

        self.reread_button = QPushButton(tr("重新读取"))
        self.reread_button.setToolTip(tr("在 Excel 中改正文件并保存后，重新读取"))
        self.import_button = QPushButton(tr("全部导入有效行"))
        self.cancel_button = QPushButton(tr("取消"))
        for b in (self.reread_button, self.import_button, self.cancel_button):
            b.setAutoDefault(False)
        self.reread_button.clicked.connect(self.reread)
        self.import_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)

        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(QLabel(tr("有效行（将加入劳动者名单）：")))
        tl.addWidget(self.table)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.problems_title)
        bl.addWidget(self.problems)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([440, 160])

        buttons = QHBoxLayout()
        buttons.addWidget(self.reread_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)

        lay = QVBoxLayout(self)
        lay.addWidget(self.file_label)
        lay.addWidget(self.summary_label)
        lay.addWidget(self.columns_label)
        lay.addWidget(self.missing_label)
        lay.addWidget(split, 1)
        lay.addLayout(buttons)
        self.reread()

    # -- reading
    def reread(self) -> None:
        if self.reading:
            return
        self.reading = True
        self.file_label.setText(tr("文件：{name}").format(name=Path(self.path).name))
        self.file_label.setToolTip(self.path)
        self.summary_label.setText(tr("正在读取……"))
        self.import_button.setEnabled(False)
        self.reread_button.setEnabled(False)
        self._job = _ReadJob(self.services.roster, self.path)
        self._job.signals.done.connect(self._on_done)
        self._job.signals.failed.connect(self._on_failed)
        QThreadPool.globalInstance().start(self._job)

    def _on_done(self, preview: RosterPreview) -> None:
        self.reading = False
        self.error = ""
        self.preview = preview
        self.model.set_rows(preview.workers)
        good, bad = len(preview.workers), len({p.row for p in preview.problems})
        self.summary_label.setText(
            tr("共读取 {rows_read} 行：有效 {good} 行，有问题 {bad} 行。").format(rows_read=preview.rows_read, good=good, bad=bad)
            + (tr("有问题的行不会导入；可在 Excel 中改正后点“重新读取”。") if bad else ""))
        headers = [h for h in preview.matched_columns.values() if h]
        self.columns_label.setText(tr("已识别的列：") + (tr("、").join(headers) if headers else tr("（无）")))
        if preview.missing_columns:
            self.missing_label.setText(tr("缺少必需的列：") + tr("、").join(
                FIELD_LABELS.get(f, f) for f in preview.missing_columns))
            self.missing_label.show()
        else:
            self.missing_label.hide()
        self._show_problems([problem_text(p) for p in preview.problems])
        self.import_button.setText(tr("全部导入有效行（{good} 行）").format(good=good))
        self.import_button.setEnabled(good > 0)
        self.reread_button.setEnabled(True)
        self.loaded.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self.reading = False
        self.preview = None
        self.model.set_rows(())
        self.error = "\n".join(error_lines(exc)) if hasattr(exc, "key") else \
            tr("无法读取该文件，请确认它是 Excel 工作簿（.xlsx）且没有在其他程序中加密或损坏。")
        self.summary_label.setText(tr("读取失败。"))
        self.columns_label.setText("")
        self.missing_label.hide()
        self._show_problems([self.error])
        self.import_button.setText(tr("全部导入有效行"))
        self.import_button.setEnabled(False)
        self.reread_button.setEnabled(True)
        self.loaded.emit()

    def _show_problems(self, lines: list[str]) -> None:
        self.problems.clear()
        red = QBrush(QColor("#c62828"))
        for line in lines:
            item = QListWidgetItem(line)
            item.setForeground(red)
            self.problems.addItem(item)
        self.problems_title.setText(tr("有问题的行（{len} 处）：").format(len=len(lines)) if lines else tr("没有发现问题。"))
        self.problems_title.setStyleSheet(
            "color: #c62828; font-weight: bold;" if lines else "color: #2e7d32; font-weight: bold;")

    # -- results
    def problem_lines(self) -> list[str]:
        return [self.problems.item(i).text() for i in range(self.problems.count())]

    def workers(self) -> list[WorkerInput]:
        return list(self.preview.workers) if self.preview else []
