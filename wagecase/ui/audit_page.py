"""设置 → 操作日志: who did what and when, newest first, a page at a time (上一页/下一页), found by
date, user, kind of action and 案号; 核验完整性 walks the hash chain off the GUI thread and says
whether the log is whole; 导出… writes the entries found to Excel (the export is itself logged).

Only the 科室负责人 and the 管理员 read the log (services.audit_view says why); anyone else sees a
note instead, and the service would refuse them anyway.
"""
from __future__ import annotations

import logging
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QWidget,
)

from ..domain.errors import RuleError
from ..services.audit_view import PAGE_SIZE
from .dialog_parts import date_edit, edit_date, today
from .error_text import error_lines
from .settings_widgets import page_labels, page_layout, read_only_rows, show_load_error
from .table_model import ColumnTableModel
from .i18n import mark_content, screen_date, tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.audit_view import AuditFilter, AuditRow, ChainCheck
    from ..services.audit_view import AuditPage as EntryPage
    from .prompts import Prompts
    from .workers import Operation

log = logging.getLogger(__name__)

TITLE = tr("操作日志")
DESCRIPTION = (tr("每项修改、登录、打印、导出和查看完整号码都记入操作日志，记录人员、时间和修改前后的内容。"
               "日志逐条以校验值相连，写入后不能修改；“核验完整性”检查是否有记录被改动、删除或插入。"))
READ_ONLY = tr("操作日志仅供科室负责人和管理员查看。本人办理的案件的操作记录可在案件的“办理记录”中查看。")
LOAD_FAILED = tr("无法读取操作日志，详细信息已写入日志文件。请稍后重试，或联系系统管理员。")
VERIFY_TITLE = tr("核验操作日志")
EXPORT_TITLE = tr("导出操作日志")
HEADERS = (tr("时间"), tr("用户"), tr("操作"), tr("对象"), tr("案号"), tr("内容"))
WIDTHS = (150, 90, 140, 140, 190)  # the rest to 内容, the longest
OK_STYLE = "color: #166534;"
BAD_STYLE = "color: #b91c1c; font-weight: bold;"


class AuditTableModel(ColumnTableModel):
    """The entries of one page (a hundred at most): nothing to page inside the model."""

    HEADERS = HEADERS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[AuditRow] = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.rows)

    def row_at(self, row: int) -> "AuditRow | None":
        return self.rows[row] if 0 <= row < len(self.rows) else None

    @staticmethod
    def cells(r: "AuditRow") -> tuple[str, ...]:
        return (f"{r.at:%Y-%m-%d %H:%M:%S}", r.user_name, tr(r.action_label), r.entity_text, r.case_number, r.summary)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        r = self.row_at(index.row()) if index.isValid() else None
        if r is None or not 0 <= index.column() < len(HEADERS):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self.cells(r)[index.column()]
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if index.column() >= 3 and text else None
            return text
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None


class AuditPage(QWidget):
    def __init__(self, services: "Services", prompts: "Prompts", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._prompts = prompts
        self.service = services.audit_log
        self.page_no = 0
        self.page_size = PAGE_SIZE
        self.current: EntryPage | None = None
        self.result: ChainCheck | None = None
        self.operation: Operation | None = None  # the running check or export (tests wait on it)
        title, description, self.read_only, self.load_error = page_labels(TITLE, DESCRIPTION, READ_ONLY)

        # filters
        now = today(services)
        self.by_date = QCheckBox(tr("日期"))
        self.by_date.setObjectName("auditByDate")
        self.date_from = date_edit(now - timedelta(days=30))
        self.date_to = date_edit(now)
        self.user = QComboBox()
        self.user.setObjectName("auditUser")
        mark_content(self.user)  # the users' names
        self.user.setMinimumContentsLength(8)
        self.group = QComboBox()
        self.group.setObjectName("auditGroup")
        self.group.addItem(tr("全部操作"), "")
        for key, label in self.service.groups():
            self.group.addItem(tr(label), key)
        self.case_number = QLineEdit()
        self.case_number.setObjectName("auditCaseNumber")
        self.case_number.setPlaceholderText(tr("案号中的文字"))
        self.case_number.setClearButtonEnabled(True)
        self.case_number.setMinimumWidth(180)
        self.search_button = QPushButton(tr("查询"))
        self.verify_button = QPushButton(tr("核验完整性"))
        self.verify_button.setToolTip(tr("逐条核对操作日志的校验值，检查是否有记录被改动、删除或插入"))
        self.export_button = QPushButton(tr("导出…"))
        self.export_button.setToolTip(tr("把按当前条件查到的全部记录导出为 Excel 工作簿（导出本身也记入操作日志）"))
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda *_: self.search())
        self.by_date.toggled.connect(self._dates_toggled)
        self.user.currentIndexChanged.connect(lambda *_: self.search())
        self.group.currentIndexChanged.connect(lambda *_: self.search())
        self.case_number.returnPressed.connect(self.search)
        self.search_button.clicked.connect(lambda: self.search())
        self.verify_button.clicked.connect(lambda: self.verify())
        self.export_button.clicked.connect(lambda: self.export())

        row1 = QHBoxLayout()
        row1.addWidget(self.by_date)
        row1.addWidget(self.date_from)
        row1.addWidget(QLabel(tr("至")))
        row1.addWidget(self.date_to)
        row1.addSpacing(12)
        row1.addWidget(QLabel(tr("用户：")))
        row1.addWidget(self.user)
        row1.addSpacing(12)
        row1.addWidget(QLabel(tr("操作：")))
        row1.addWidget(self.group)
        row1.addStretch(1)
        row2 = QHBoxLayout()
        row2.addWidget(QLabel(tr("案号：")))
        row2.addWidget(self.case_number)
        row2.addWidget(self.search_button)
        row2.addStretch(1)
        row2.addWidget(self.verify_button)
        row2.addWidget(self.export_button)

        self.model = AuditTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        read_only_rows(self.table)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate(WIDTHS):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())

        self.prev_button = QPushButton(tr("上一页"))
        self.next_button = QPushButton(tr("下一页"))
        self.page_label = QLabel()
        self.page_label.setObjectName("auditPageLabel")
        self.prev_button.clicked.connect(lambda: self.go(self.page_no - 1))
        self.next_button.clicked.connect(lambda: self.go(self.page_no + 1))
        self.status = QLabel()
        self.status.setObjectName("auditVerifyResult")
        self.status.setWordWrap(True)
        self.status.hide()
        pager = QHBoxLayout()
        pager.addWidget(self.prev_button)
        pager.addWidget(self.page_label)
        pager.addWidget(self.next_button)
        pager.addStretch(1)
        self.detail = QLabel()
        self.detail.setObjectName("settingsDescription")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(self.detail.fontMetrics().lineSpacing() * 3)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        lay = page_layout(self, (title, description, self.read_only, self.load_error))
        self._controls: list[QWidget] = []
        for layout in (row1, row2):
            holder = QWidget()
            holder.setLayout(layout)
            layout.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(holder)
            self._controls.append(holder)
        lay.addWidget(self.status)
        lay.addWidget(self.table, 1)
        pager_holder = QWidget()
        pager.setContentsMargins(0, 0, 0, 0)
        pager_holder.setLayout(pager)
        lay.addWidget(pager_holder)
        lay.addWidget(self.detail)
        self._controls += [self.table, pager_holder, self.detail]
        self.allowed = False
        self.refresh()

    # ---- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Who may read, the users to filter by, and the current page again."""
        self.load_error.hide()
        try:
            self.allowed = self.service.may_read()
            users = self.service.users() if self.allowed else []
        except Exception as exc:  # noqa: BLE001 - explained on the page
            if not isinstance(exc, RuleError):
                log.exception("reading the audit log's users failed")
            show_load_error(self.load_error, exc, LOAD_FAILED)
            self.allowed, users = False, []
        self.read_only.setVisible(not self.allowed)
        for widget in self._controls:
            widget.setVisible(self.allowed)
        chosen = self.user.currentData()
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem(tr("全部用户"), None)
        for uid, name in users:
            self.user.addItem(name, uid)
        self.user.setCurrentIndex(max(self.user.findData(chosen), 0) if chosen is not None else 0)
        self.user.blockSignals(False)
        if self.allowed:
            self.go(self.page_no)

    def filter(self) -> "AuditFilter":
        from ..services.audit_view import AuditFilter

        dated = self.by_date.isChecked()
        return AuditFilter(date_from=edit_date(self.date_from) if dated else None,
                           date_to=edit_date(self.date_to) if dated else None,
                           user_id=self.user.currentData(), group=self.group.currentData() or "",
                           case_number=self.case_number.text().strip())

    def search(self) -> None:
        self.go(0)

    def go(self, page_no: int) -> bool:
        if not self.allowed:
            return False
        self.load_error.hide()
        try:
            page = self.service.page(self.filter(), max(page_no, 0), self.page_size)
        except Exception as exc:  # noqa: BLE001 - explained on the page
            if not isinstance(exc, RuleError):
                log.exception("reading the audit log failed")
            show_load_error(self.load_error, exc, LOAD_FAILED)
            return False
        self.current, self.page_no = page, page.page
        self.model.set_rows(page.rows)
        self.prev_button.setEnabled(page.page > 0)
        self.next_button.setEnabled(page.has_more)
        if page.rows:
            self.page_label.setText(tr("第 {value} 页（第 {first}–{value2} 条）").format(
                value=page.page + 1, first=page.first, value2=page.first + len(page.rows) - 1))
        else:
            self.page_label.setText(tr("没有符合条件的记录") if page.page == 0 else tr("第 {value} 页：没有更多记录").format(value=page.page + 1))
        self._show_detail()
        return True

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.search()

    def selected(self) -> "AuditRow | None":
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_detail(self) -> None:
        r = self.selected()
        if r is None:
            self.detail.setText(tr("选中一条记录，可在此查看其完整内容。"))
            return
        head = tr("第 {id} 号　{at:%Y-%m-%d %H:%M:%S}　{user_name}　{action_label}　{entity_text}").format(
            id=r.id, at=r.at, user_name=r.user_name, action_label=tr(r.action_label), entity_text=r.entity_text)
        if r.case_number:
            head += tr("（{case_number}）").format(case_number=r.case_number)
        self.detail.setText(f"{head}\n{r.summary or tr('（无其他内容）')}")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.allowed and self.operation is None:
            self.go(self.page_no)  # entries written since the page was last shown

    # ---- the check -----------------------------------------------------------------------------

    def verify(self) -> "Operation | None":
        from .workers import run_with_progress

        if not self.allowed or self.operation is not None:
            return None
        service = self.service
        self.verify_button.setEnabled(False)

        def done(result: "ChainCheck") -> None:
            self.operation = None
            self.verify_button.setEnabled(True)
            self.result = result
            self.status.setText(result.text)
            self.status.setStyleSheet(OK_STYLE if result.ok else BAD_STYLE)
            self.status.show()
            if result.ok:
                self._prompts.info(self, VERIFY_TITLE, result.text)
            else:
                self._prompts.warning(self, VERIFY_TITLE, result.text)

        def failed(exc: BaseException) -> None:
            self.operation = None
            self.verify_button.setEnabled(True)
            if isinstance(exc, RuleError):
                self._prompts.warning(self, VERIFY_TITLE, "\n".join(error_lines(exc)))
            else:
                self._prompts.error(self, VERIFY_TITLE, tr("核验未能完成，详细信息已写入日志文件。请稍后重试，或联系系统管理员。"))

        self.operation = run_with_progress(self, VERIFY_TITLE, tr("正在核验操作日志"),
                                           lambda report: service.verify(report), on_success=done, on_failure=failed)
        return self.operation

    # ---- the export ----------------------------------------------------------------------------

    def export(self) -> "Operation | None":
        from .file_export import export_file

        if not self.allowed or self.operation is not None:
            return None
        flt = self.filter()
        service = self.service
        name = tr("操作日志")
        if flt.date_from and flt.date_to:
            name += tr(" {day}至{day2}").format(day=screen_date(flt.date_from), day2=screen_date(flt.date_to))

        def ended(_written) -> None:
            self.operation = None
            self.go(0)  # the export is in the log now

        self.operation = export_file(
            self, self._prompts, title=EXPORT_TITLE, settings_key="audit/last_folder", suggested=name, fmt="xlsx",
            make=lambda: service.export_xlsx(flt), said=lambda written: tr("已导出操作日志：\n{written}").format(written=written),
            on_end=ended)
        return self.operation


