"""The 统计 area: choose a period (月报, 季报, 年报 or dates) and an area, build the report off
the GUI thread, read it a table at a time with its bar chart, double-click any figure (or click
a bar) for the cases behind it, and export the whole report as .xlsx or PDF."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QListWidget, QPushButton,
    QScrollArea, QSpinBox, QSplitter, QStackedWidget, QTableView, QVBoxLayout, QWidget,
)

from ..domain.errors import RuleError
from ..domain.statistics import PERIOD_KIND_LABELS, PeriodKind, custom_period, month_period, quarter_period, year_period
from .bar_chart import BarChart
from .error_text import error_lines
from .stats_table_model import StatsTableModel, period_text, table_title
from .i18n import mark_content, tr

if TYPE_CHECKING:
    from ..domain.statistics import DrillKey, ReportPeriod
    from ..services import Services
    from ..services.stats_dto import StatsReport
    from .prompts import Prompts

TITLE = tr("统计报表")
FAILED = tr("生成报表时发生意外错误，已记入日志。请重试；如仍失败，请把日志交给系统管理员。")
QUARTERS = (tr("第一季度"), tr("第二季度"), tr("第三季度"), tr("第四季度"))


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class PeriodChooser(QWidget):
    """月报 2026 年 11 月 / 季报 2026 年 第四季度 / 年报 2026 年 / 自定义 起 止."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        for kind in PeriodKind:
            self.kind.addItem(tr(PERIOD_KIND_LABELS[kind]), kind.value)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.year.setSuffix(tr(" 年"))
        self.month = QComboBox()
        for m in range(1, 13):
            self.month.addItem(tr("{m} 月").format(m=m), m)
        self.month.setCurrentIndex(today.month - 1)
        self.quarter = QComboBox()
        for i, label in enumerate(QUARTERS, start=1):
            self.quarter.addItem(tr(label), i)
        self.quarter.setCurrentIndex((today.month - 1) // 3)
        self.date_from = QDateEdit(_qdate(today.replace(day=1)))
        self.date_to = QDateEdit(_qdate(today))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.to_label = QLabel(tr("至"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.kind, self.year, self.month, self.quarter, self.date_from, self.to_label, self.date_to):
            lay.addWidget(w)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self, *_args) -> None:
        kind = PeriodKind(self.kind.currentData())
        self.year.setVisible(kind != PeriodKind.CUSTOM)
        self.month.setVisible(kind == PeriodKind.MONTH)
        self.quarter.setVisible(kind == PeriodKind.QUARTER)
        for w in (self.date_from, self.to_label, self.date_to):
            w.setVisible(kind == PeriodKind.CUSTOM)

    def set_period(self, kind: PeriodKind, *, year: int | None = None, month: int | None = None,
                   quarter: int | None = None, start: date | None = None, end: date | None = None) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        if year is not None:
            self.year.setValue(year)
        if month is not None:
            self.month.setCurrentIndex(month - 1)
        if quarter is not None:
            self.quarter.setCurrentIndex(quarter - 1)
        if start is not None:
            self.date_from.setDate(_qdate(start))
        if end is not None:
            self.date_to.setDate(_qdate(end))

    def period(self) -> "ReportPeriod":
        """The chosen period; RuleError (said in Chinese) for reversed or overlong dates."""
        kind = PeriodKind(self.kind.currentData())
        year = self.year.value()
        if kind == PeriodKind.MONTH:
            return month_period(year, self.month.currentData())
        if kind == PeriodKind.QUARTER:
            return quarter_period(year, self.quarter.currentData())
        if kind == PeriodKind.YEAR:
            return year_period(year)
        return custom_period(_pydate(self.date_from.date()), _pydate(self.date_to.date()))


class StatisticsPage(QWidget):
    open_case = Signal(int)
    report_ready = Signal()

    def __init__(self, services: "Services", prompts: "Prompts", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from .case_list import county_choices

        self._services = services
        self._prompts = prompts
        self.report: "StatsReport | None" = None
        self.operation = None
        self.drill_windows: list[QWidget] = []
        today = services.statistics.default_period().end
        title = QLabel(TITLE)
        title.setObjectName("pageTitle")
        self.chooser = PeriodChooser(today)
        self.area = mark_content(QComboBox())  # the places' names
        self.area.addItem(tr("全部地区"), "")
        for label, code in county_choices(services):
            self.area.addItem(label, code)
        self.area.setMaxVisibleItems(20)
        self.build_button = QPushButton(tr("生成报表"))
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self.build)
        self.xlsx_button = QPushButton(tr("导出 Excel…"))
        self.pdf_button = QPushButton(tr("导出 PDF…"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        for b in (self.xlsx_button, self.pdf_button):
            b.setEnabled(False)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(16)
        head.addWidget(QLabel(tr("统计期间")))
        head.addWidget(self.chooser)
        head.addSpacing(8)
        head.addWidget(QLabel(tr("地区")))
        head.addWidget(self.area)
        head.addWidget(self.build_button)
        head.addStretch(1)
        head.addWidget(self.xlsx_button)
        head.addWidget(self.pdf_button)

        self.message = QLabel(tr("选择统计期间和地区后点击“生成报表”。"))
        self.message.setObjectName("fieldCaption")
        self.message.setWordWrap(True)

        self.contents = QListWidget()
        self.contents.setMinimumWidth(220)
        self.contents.setSpacing(2)
        self.contents.currentRowChanged.connect(self._show_table)
        self.table_title = QLabel()
        self.table_title.setObjectName("sectionTitle")
        self.model = StatsTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(False)
        # double-click, or Enter on the figure chosen with the arrow keys
        self.view.activated.connect(lambda index: self.drill(index.row(), index.column()))
        self.chart = BarChart()
        self.chart.bar_clicked.connect(self._bar_clicked)
        hint = QLabel(tr("双击表中的数字（或点击条形）查看所统计的案件。"))
        hint.setObjectName("fieldCaption")
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(8, 0, 0, 0)
        rl.addWidget(self.table_title)
        rl.addWidget(self.view)
        rl.addWidget(hint)
        rl.addSpacing(8)
        rl.addWidget(self.chart)
        rl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(right)
        self.body = QStackedWidget()
        self.body.addWidget(QWidget())
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.contents)
        split.addWidget(scroll)
        split.setStretchFactor(1, 1)
        split.setSizes([240, 900])
        self.body.addWidget(split)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 8)
        lay.addLayout(head)
        lay.addWidget(self.message)
        lay.addWidget(self.body, 1)

    def refresh(self) -> None:
        """The window's refresh after a change elsewhere: a report on screen is rebuilt."""
        if self.report is not None:
            self.build()

    # ---- building --------------------------------------------------------------------------

    def build(self, *_args) -> None:
        try:
            period = self.chooser.period()
        except RuleError as exc:
            self.message.setText("\n".join(error_lines(exc)))
            return
        county = self.area.currentData() or ""
        statistics = self._services.statistics

        def work(report_progress):
            return statistics.report(period, county_code=county, progress=report_progress)

        def failed(exc: BaseException) -> None:
            self.build_button.setEnabled(True)
            if isinstance(exc, RuleError):
                self.message.setText("\n".join(error_lines(exc)))
            else:
                self.message.setText(FAILED)

        from .workers import run_with_progress

        self.build_button.setEnabled(False)
        self.message.setText(tr("正在统计{label}……").format(label=tr(period.label)))
        self.operation = run_with_progress(self, TITLE, tr("正在统计{label}").format(label=tr(period.label)), work,
                                           on_success=self.show_report, on_failure=failed)

    def _fit_contents(self) -> None:
        metrics = self.contents.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.contents.item(i).text()) for i in range(self.contents.count())),
                     default=200)
        self.contents.setMinimumWidth(widest + 36)

    def show_report(self, report: "StatsReport") -> None:
        self.report = report
        self.build_button.setEnabled(True)
        for b in (self.xlsx_button, self.pdf_button):
            b.setEnabled(True)
        received = report.table("received_by_type").total.texts[0]
        closed = report.table("closed_by_type").total.texts[0]
        recovered = report.table("recovered_by_payer").total.texts[0]
        at = report.generated_at
        self.message.setText(tr("{period_label}（{scope_label}）：收案 {received} 件，结案 {closed} 件，为劳动者追回工资 {recovered} 元。制表时间 {at:%Y-%m-%d %H:%M}。").format(
            period_label=period_text(report.start, report.end), scope_label=tr(report.scope_label), received=received,
            closed=closed, recovered=recovered, at=at))
        current = max(self.contents.currentRow(), 0)
        self.contents.blockSignals(True)
        self.contents.clear()
        for number, t in enumerate(report.tables, start=1):
            self.contents.addItem(table_title(t.title, number))
        self.contents.blockSignals(False)
        self._fit_contents()
        self.body.setCurrentIndex(1)
        self.contents.setCurrentRow(min(current, len(report.tables) - 1))
        self._show_table(self.contents.currentRow())
        self.report_ready.emit()

    def _show_table(self, index: int) -> None:
        if self.report is None or not (0 <= index < len(self.report.tables)):
            return
        t = self.report.tables[index]
        self.table_title.setText(table_title(t.title, index + 1))
        self.model.set_table(t)
        rows = len(t.rows) + 1
        self.view.setFixedHeight(self.view.horizontalHeader().sizeHint().height()
                                 + rows * self.view.verticalHeader().defaultSectionSize() + 4)
        if t.chart_column >= 0 and t.rows:
            i = t.chart_column
            self.chart.set_data(tr("图：{label}").format(label=tr(t.columns[i].label)), [tr(r.label) for r in t.rows],
                                [float(r.values[i] or 0) for r in t.rows], [r.texts[i] for r in t.rows])
            self.chart.show()
        else:
            self.chart.set_data("", [], [], [])
            self.chart.hide()

    # ---- the cases behind a figure ---------------------------------------------------------

    def _bar_clicked(self, bar: int) -> None:
        t = self.model.table
        if t is not None and t.chart_column >= 0:
            self.drill(bar, t.chart_column + 1)

    def drill(self, row: int, column: int) -> "QWidget | None":
        key = self.model.drill(row, max(column, 1))
        if key is None:
            return None
        return self.open_drill(self.model.describe(row, column), key)

    def open_drill(self, title: str, key: "DrillKey") -> QWidget:
        from .drill_dialog import open_drill

        return open_drill(self, self._services, title, key, self.drill_windows, self.open_case)

    # ---- export -----------------------------------------------------------------------------

    def export(self, fmt: str) -> None:
        report = self.report
        if report is None:
            self._prompts.warning(self, TITLE, tr("尚未生成报表，请先选择期间并点击“生成报表”。"))
            return
        from .file_export import export_file

        exporter = self._services.stats_export
        scope = "" if report.scope_label == "全部地区" else tr("（{scope_label}）").format(scope_label=tr(report.scope_label))
        self.operation = export_file(
            self, self._prompts, title=tr("导出统计报表"), settings_key="statistics/last_folder",
            suggested=tr("案件统计表 {period_label}{scope}").format(
                period_label=period_text(report.start, report.end), scope=scope), fmt=fmt,
            make=lambda: exporter.xlsx(report) if fmt == "xlsx" else exporter.pdf(report),
            said=lambda written: tr("已导出{period_label}统计报表：\n{written}").format(
                period_label=period_text(report.start, report.end), written=written))
