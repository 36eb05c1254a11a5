"""The 失信名单 area: listings by stage (已列入 / 程序中 / 已移出 / 未列入) in a paged table, each row
opening its case, and the export of the published list (公示名单) as Excel or PDF for the
department website and the credit platform."""
from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPushButton,
    QRadioButton, QTabBar, QVBoxLayout, QWidget,
)

from .case_deadlines import compact_table, fit_columns
from .case_table_view import CaseOpeningTableView
from .dialog_parts import date_edit, edit_date, today
from .workbench_list import RowsModel
from .i18n import screen_date, tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import ListingView
    from .prompts import Prompts

log = logging.getLogger(__name__)

PAGE_SIZE = 50
# key, label: the tabs of services.publication (TABS there names their statuses)
TABS = (("listed", tr("已列入")), ("procedure", tr("程序中")), ("removed", tr("已移出/已撤销")), ("declined", tr("未列入")))
HEADERS = (tr("用人单位"), tr("列入人员"), tr("列入日期"), tr("期满日"), tr("状态"), tr("案号"))
SAMPLES = (tr("河南省第一建筑工程集团有限责任公司"), tr("刘建国（法定代表人）、马德福"), tr("2026年12月31日"),
           tr("2026年12月31日"), tr("已移出（2026年12月31日）"), tr("郑人社监〔2026〕1234号"))
FORMATS = (("xlsx", tr("Excel 工作簿（.xlsx）"), tr("Excel 工作簿 (*.xlsx)")), ("pdf", tr("PDF 文件（.pdf）"), tr("PDF 文件 (*.pdf)")))
READ_FAILED = tr("读取失信名单失败，详细信息已写入日志，请稍后重试或联系系统管理员。")




def persons_text(view: "ListingView") -> str:
    return tr("、").join(tr("{name}（{kind_label}）").format(
        name=s.name, kind_label=tr(s.kind_label)) if s.kind == "legal_representative" else s.name
                    for s in view.subjects if s.kind != "employer")


def status_text(view: "ListingView") -> str:
    if view.removed_on:
        return tr("{status_label}（{day}）").format(status_label=tr(view.status_label), day=screen_date(view.removed_on))
    return tr(view.status_label)


def _cells(view: "ListingView") -> tuple[str, ...]:
    return (view.employer_name, persons_text(view), screen_date(view.decided_on), screen_date(view.ends_on),
            status_text(view), view.case_number)


def _sort_key(view: "ListingView", col: int):
    if col == 2:
        return view.decided_on.toordinal() if view.decided_on else 0
    if col == 3:
        return view.ends_on.toordinal() if view.ends_on else 0
    return _cells(view)[col]


class ExportDialog(QDialog):
    """The day the published list is taken on (default today) and the file format."""

    def __init__(self, on: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("导出公示名单"))
        self.date = date_edit(on)
        self.date.setObjectName("exportDate")
        self.formats = QButtonGroup(self)
        row = QHBoxLayout()
        for i, (key, label, _filter) in enumerate(FORMATS):
            button = QRadioButton(label)
            button.setObjectName(f"format_{key}")
            button.setChecked(i == 0)
            self.formats.addButton(button, i)
            row.addWidget(button)
        form = QFormLayout()
        form.addRow(tr("名单截至日期："), self.date)
        form.addRow(tr("文件格式："), row)
        hint = QLabel(tr("导出该日在册的失信联合惩戒对象（已于该日或之前移出的不含在内），"
                      "自然人身份证号码脱敏，供部门网站公示和推送信用信息共享平台。"))
        hint.setWordWrap(True)
        hint.setObjectName("fieldCaption")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("下一步"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(hint)
        lay.addWidget(buttons)
        self.setMinimumWidth(420)

    def choice(self) -> tuple[date, str]:
        return edit_date(self.date), FORMATS[max(self.formats.checkedId(), 0)][0]


class BlacklistPage(QWidget):
    """``refresh()`` re-reads the current tab; ``open_case(case_id)`` asks for a case."""

    open_case = Signal(int)
    exported = Signal(str)  # the file written

    def __init__(self, services: "Services", prompts: "Prompts", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._prompts = prompts
        self._offset = 0
        self._total = 0
        self.operation = None  # the running export (tests wait on it)

        title = QLabel(tr("拖欠农民工工资失信联合惩戒对象名单"))
        title.setObjectName("sectionTitle")
        self.export_button = QPushButton(tr("导出公示名单…"))
        self.export_button.setObjectName("exportPublished")
        self.export_button.clicked.connect(self.export_list)
        self.published_label = QLabel()
        self.published_label.setObjectName("fieldCaption")
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.published_label)
        head.addWidget(self.export_button)

        self.tabs = QTabBar()
        self.tabs.setObjectName("blacklistTabs")
        self.tabs.setExpanding(False)
        for _key, label in TABS:
            self.tabs.addTab(label)
        self.tabs.currentChanged.connect(self._tab_changed)

        self.model = RowsModel(HEADERS, _cells, sort_key=_sort_key, tooltip=lambda v: v.grounds or None,
                               parent=self)
        self.view = CaseOpeningTableView()
        self.view.setObjectName("blacklistTable")
        self.view.setModel(self.model)
        compact_table(self.view, visible_rows=12)
        # a page of its own: the list takes the height there is, not a few rows
        self.view.setMinimumHeight(self.view.height())
        self.view.setMaximumHeight(16777215)
        fit_columns(self.view, SAMPLES)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.open_requested.connect(self.open_case)

        self.page_label = QLabel()
        self.page_label.setObjectName("pageLabel")
        self.prev_button = QPushButton(tr("上一页"))
        self.next_button = QPushButton(tr("下一页"))
        self.prev_button.clicked.connect(lambda: self._go(-PAGE_SIZE))
        self.next_button.clicked.connect(lambda: self._go(PAGE_SIZE))
        hint = QLabel(tr("双击或按回车键打开案件"))
        hint.setObjectName("fieldCaption")
        foot = QHBoxLayout()
        foot.addWidget(hint)
        foot.addStretch(1)
        foot.addWidget(self.page_label)
        foot.addWidget(self.prev_button)
        foot.addWidget(self.next_button)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        lay.addLayout(head)
        lay.addWidget(self.tabs)
        lay.addWidget(self.view, 1)
        lay.addLayout(foot)
        self.refresh()

    # ---- the list ----------------------------------------------------------------------------

    @property
    def tab(self) -> str:
        return TABS[max(self.tabs.currentIndex(), 0)][0]

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex([k for k, _label in TABS].index(key))

    def _tab_changed(self, _index: int) -> None:
        self._offset = 0
        self.refresh()

    def _go(self, step: int) -> None:
        self._offset = max(0, min(self._offset + step, max(self._total - 1, 0) // PAGE_SIZE * PAGE_SIZE))
        self.refresh()

    def refresh(self) -> None:
        publication = self._services.publication
        try:
            counts = {key: publication.count(key) for key, _label in TABS}
            self._total = counts[self.tab]
            if self._offset >= self._total:
                self._offset = max(self._total - 1, 0) // PAGE_SIZE * PAGE_SIZE
            rows = publication.page(self.tab, self._offset, PAGE_SIZE)
            published = publication.count_published(today(self._services))
        except Exception:  # noqa: BLE001 - the page stays usable; the log has the details
            log.exception("reading the blacklist failed")
            self.page_label.setText(READ_FAILED)
            self.model.set_rows([])
            return
        for i, (_key, label) in enumerate(TABS):
            self.tabs.setTabText(i, tr("{label}（{counts}）").format(label=label, counts=counts[_key]))
        self.model.set_rows(rows)
        self.published_label.setText(tr("今日公示 {published} 家").format(published=published))
        pages = max(1, -(-self._total // PAGE_SIZE))
        page_no = self._offset // PAGE_SIZE + 1
        self.page_label.setText(tr("共 {total} 条，第 {page_no}/{pages} 页").format(
            total=self._total, page_no=page_no, pages=pages))
        self.prev_button.setEnabled(self._offset > 0)
        self.next_button.setEnabled(self._offset + PAGE_SIZE < self._total)

    # ---- export ------------------------------------------------------------------------------

    def ask_export(self) -> tuple[date, str] | None:
        dialog = ExportDialog(today(self._services), self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.choice()
        finally:
            dialog.deleteLater()

    def export_list(self, *_args) -> None:
        choice = self.ask_export()
        if choice is not None:
            self.export_to(*choice)

    def export_to(self, on: date, fmt: str) -> None:
        """Asks where to save, then writes the list off the GUI thread and says where it went."""
        from .file_export import export_file

        publication = self._services.publication

        def ended(written: Path | None) -> None:
            self.export_button.setEnabled(True)
            if written is not None:
                self.exported.emit(str(written))

        self.export_button.setEnabled(False)
        self.operation = export_file(
            self, self._prompts, title=tr("导出公示名单"), settings_key="blacklist/last_folder",
            suggested=tr("失信联合惩戒对象名单（截至{isoformat}）").format(isoformat=on.isoformat()), fmt=fmt,
            make=lambda: publication.export_xlsx(on) if fmt == "xlsx" else publication.export_pdf(on),
            said=lambda written: tr("已导出截至{day}的公示名单：\n{written}").format(
                day=screen_date(on), written=written), on_end=ended)
        if self.operation is None:
            self.export_button.setEnabled(True)
