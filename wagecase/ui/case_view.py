"""One case as an inspector reads it: header, parties, workers and arrears, evidence, timeline."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSplitter, QTabWidget, QTextBrowser,
    QVBoxLayout, QWidget,
)

from ..domain.errors import RuleError
from ..domain.permissions import Permission
from .case_deadlines import DeadlinePanel
from .case_rules_panel import CaseRulesPanel
from .documents_tab import DocumentsTab
from .error_text import error_lines
from .arbitration_panel import ArbitrationPanel
from .path_widgets import AMBER
from .blacklist_panel import BlacklistPanel, banner_text
from .legal_aid_panel import LegalAidPanel
from .inspection_panel import InspectionPanel
from .table_widgets import fill_table, read_only_table, selected_item
from .i18n import mark_content, tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import CaseDetail, CaseWorkerView, EventView
    from .prompts import Prompts

log = logging.getLogger(__name__)

ATTACHMENT_FILTER = tr("证据材料 (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.txt *.mp3 *.mp4);;所有文件 (*)")


def size_text(size: int) -> str:
    if size < 1024:
        return tr("{size} 字节").format(size=size)
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def _time_text(dt) -> str:
    return dt.strftime("%Y-%m-%d %H:%M")


def _value(text: str) -> QLabel:
    label = mark_content(QLabel(text or "—"))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


def _empty_note(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("emptyNote")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class CaseView(QWidget):
    """Shows ``services.cases.detail(case_id)``; ``changed`` fires after a write from here."""

    changed = Signal(int)

    def __init__(self, services: "Services", prompts: "Prompts", case_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._prompts = prompts
        self.case_id = case_id
        self.detail: CaseDetail | None = None

        self.header = QWidget()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)

        self.parties = QWidget()
        self.facts = QTextBrowser()
        self.workers_table = read_only_table([tr("姓名"), tr("身份证号"), tr("性别"), tr("年龄"), tr("联系电话"), tr("户籍地"), tr("农民工"),
                                     tr("工种"), tr("离职日期"), tr("欠薪金额（元）")], right_align=(9,), stretch=5)
        self.items_table = read_only_table([tr("欠薪项目"), tr("期间"), tr("金额（元）"), tr("备注")], right_align=(2,))
        self.items_caption = mark_content(QLabel())  # names the worker
        self.attachments_table = read_only_table([tr("文件名"), tr("大小"), tr("添加时间"), tr("说明")], right_align=(1,))
        self.attachments_empty = _empty_note(tr("尚未添加证据材料"))
        self.timeline_table = read_only_table([tr("日期"), tr("事项"), tr("内容"), tr("办理人")], stretch=2)
        # the case's 操作日志 entries: who changed, printed, exported or looked at what, and when
        self.audit_table = read_only_table([tr("时间"), tr("用户"), tr("操作"), tr("内容")], stretch=3)
        self.audit_table.setObjectName("caseAuditTable")
        self.audit_entries: list = []
        self.events: list[EventView] = []
        self.deadlines = DeadlinePanel(services, case_id)
        # an inspection case meeting 45号令 Art. 5: the reasons and the listing deadline in sight
        self.banner = QLabel()
        self.banner.setObjectName("blacklistBanner")
        self.banner.setStyleSheet(AMBER)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.rules = CaseRulesPanel(services, case_id)
        self.documents = DocumentsTab(services, prompts, case_id)
        self.documents.changed.connect(self._documents_changed)

        self.workers_table.itemSelectionChanged.connect(self._show_items)
        self.attachments_table.doubleClicked.connect(self._open_attachment)

        # a case opens on its path (办理): the step it is at and what may be done next
        first = services.cases.detail(case_id)
        self.inspection: InspectionPanel | None = None
        self.arbitration: ArbitrationPanel | None = None
        self.blacklist: BlacklistPanel | None = None
        if first.case_type == "inspection":
            self.inspection = InspectionPanel(services, prompts, case_id, load=False)
            self.inspection.changed.connect(self._path_changed)
            self.tabs.addTab(self.inspection, tr("办理"))
            self.blacklist = BlacklistPanel(services, prompts, case_id, load=False)
            self.blacklist.changed.connect(self._path_changed)
            self.tabs.addTab(self.blacklist, tr("失信惩戒"))
        elif first.case_type == "arbitration":
            self.arbitration = ArbitrationPanel(services, prompts, case_id, load=False)
            self.arbitration.changed.connect(self._path_changed)
            self.tabs.addTab(self.arbitration, tr("办理"))
        self.legal_aid = LegalAidPanel(services, prompts, case_id, load=False)
        self.legal_aid.changed.connect(self._path_changed)
        self.tabs.addTab(self._parties_tab(), tr("当事人"))
        self.workers_index = self.tabs.addTab(self._workers_tab(), tr("劳动者及欠薪"))
        self.attachments_index = self.tabs.addTab(self._attachments_tab(), tr("证据材料"))
        self.timeline_index = self.tabs.addTab(self._timeline_tab(), tr("办理记录"))
        self.tabs.addTab(self.facts, tr("事实与请求"))
        self.rules_index = self.tabs.addTab(self.rules, tr("法律要件"))
        self.documents_index = self.tabs.addTab(self.documents, tr("文书"))
        self.legal_aid_index = self.tabs.addTab(self.legal_aid, tr("法律援助"))

        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.deadlines)
        layout.addWidget(self.tabs, 1)
        self.reload(first)

    # ---- loading -----------------------------------------------------------------------------

    def reload(self, detail: "CaseDetail | None" = None) -> None:
        self.detail = detail or self._services.cases.detail(self.case_id)
        d = self.detail
        # what this screen shows: another workstation's change meanwhile is refused, not overwritten
        self._services.cases.watch(self.case_id, d.version)
        self._fill_header(d)
        self._fill_parties(d)
        fill_table(self.workers_table, [
            [w.name, w.id_number, tr(w.sex_label), "" if w.age is None else str(w.age), w.phone,
             w.hukou_place, tr("是") if w.is_migrant_worker else tr("否"), w.job,
             w.employed_to.isoformat() if w.employed_to else tr("在职或未填"), w.claimed_text]
            for w in d.workers
        ])
        if d.workers:
            self.workers_table.selectRow(0)
        self.personal_note.setText(tr("已显示完整号码（本次查看已记入操作日志）。") if d.personal
                                   else tr("身份证号码、电话和银行卡号部分隐藏。"))
        self.personal_button.setVisible(not d.personal and self._may(Permission.VIEW_PERSONAL))
        self._show_items()
        fill_table(self.attachments_table, [
            [a.filename, size_text(a.size), _time_text(a.added_at), tr(a.description)]
            for a in d.attachments
        ])
        self.attachments_table.setVisible(bool(d.attachments))
        self.attachments_empty.setVisible(not d.attachments)
        self._fill_timeline(d)
        if self.audit_toggle.isChecked():
            self._fill_audit()
        self.deadlines.reload()
        for panel in (self.inspection, self.arbitration, self.blacklist):
            if panel is not None:
                panel.reload()
        banner = banner_text(self.blacklist.view) if self.blacklist and self.blacklist.view else ""
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
        # read when its tab is shown: it asks the rules library about urgency
        self.legal_aid.stale = True
        if self.tabs.currentWidget() is self.legal_aid:
            self.legal_aid.reload()
        self.rules.stale = True
        if self.tabs.currentWidget() is self.rules:
            self.rules.reload()
        # the forms offered follow the case's steps; read when the tab is shown
        self.documents.stale = True
        if self.tabs.currentWidget() is self.documents:
            self.documents.reload()
        self.tabs.setTabText(self.workers_index, tr("劳动者及欠薪（{len}）").format(len=len(d.workers)))
        self.tabs.setTabText(self.attachments_index, tr("证据材料（{len}）").format(len=len(d.attachments)))
        self.tabs.setTabText(self.timeline_index, tr("办理记录（{rowCount}）").format(
            rowCount=self.timeline_table.rowCount()))
        self.facts.setHtml(
            tr("<h3>事实与理由</h3><p>") + _html(d.facts or tr("（未填写）")) + tr("</p>"
            "<h3>请求事项</h3><p>") + _html(d.claims or tr("（未填写）")) + "</p>"
        )

    def _fill_header(self, d: "CaseDetail") -> None:
        old = self.header.layout()
        if old is not None:
            QWidget().setLayout(old)  # reparent the old layout so it is deleted with a temp widget
        number = mark_content(QLabel(d.case_number))
        number.setObjectName("caseNumber")
        number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        badge = QLabel(f"{tr(d.case_type_label)} · {tr(d.status_label)}" + (tr(" · 集体案件") if d.is_collective else ""))
        badge.setObjectName("caseBadge")
        top = QHBoxLayout()
        top.addWidget(number)
        top.addWidget(badge)
        top.addStretch(1)
        if self._may_export():
            self.export_button = QPushButton(tr("导出案件包…"))
            self.export_button.setObjectName("exportPackage")
            self.export_button.setToolTip(tr("移送有管辖权的机关（跨区域协作）：把本案连同证据材料和文书导出为签名的案件包"))
            self.export_button.clicked.connect(lambda: self.export_package())
            top.addWidget(self.export_button)

        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        fields = [
            (tr("登记时间"), _time_text(d.received_at)), (tr("承办人"), d.officer_name),
            (tr("来源渠道"), tr(d.channel_label)), (tr("行业"), tr(d.industry_label)),
            (tr("用工所在地"), d.county_name), (tr("劳动者人数"), tr("{len} 人").format(len=len(d.workers))),
        ]
        for i, (name, value) in enumerate(fields):
            r, c = divmod(i, 3)
            cap = QLabel(name + tr("："))
            cap.setObjectName("fieldCaption")
            grid.addWidget(cap, r, c * 2)
            if name == tr("承办人") and self._may_assign():
                grid.addLayout(self._officer_cell(d), r, c * 2 + 1)
            else:
                grid.addWidget(_value(value), r, c * 2 + 1)
        grid.setColumnStretch(6, 1)
        for c in (1, 3, 5):
            grid.setColumnMinimumWidth(c, 160)
        amount = QLabel(tr("金额合计：{claimed_text} 元（人民币{claimed_capitals}）").format(
            claimed_text=d.claimed_text, claimed_capitals=d.claimed_capitals))
        amount.setObjectName("caseAmount")
        amount.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        amount.setWordWrap(True)

        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 6)
        box.addLayout(top)
        box.addLayout(grid)
        box.addWidget(amount)
        self.header.setLayout(box)

    def _may(self, permission: Permission) -> bool:
        from ..domain.permissions import may

        try:
            me = self._services.users.current()
        except Exception:  # noqa: BLE001 - without a user the button is simply not offered
            return False
        return me is not None and may(me.role, permission)

    def _may_export(self) -> bool:
        from .exchange_dialogs import may_exchange

        return may_exchange(self._services)

    def export_package(self):
        from .exchange_dialogs import export_case

        self.export_operation = export_case(self, self._services, self._prompts, self.case_id,
                                            self.detail.case_number if self.detail else "")
        return self.export_operation

    def _may_assign(self) -> bool:
        return self._may(Permission.ASSIGN_CASE)

    def _officer_cell(self, d: "CaseDetail") -> QHBoxLayout:
        cell = QHBoxLayout()
        cell.setSpacing(10)
        cell.addWidget(_value(d.officer_name))
        self.assign_button = QPushButton(tr("变更…") if d.officer_name else tr("指定…"))
        self.assign_button.setToolTip(tr("指定或变更本案的承办人"))
        self.assign_button.clicked.connect(lambda: self.assign_officer())
        cell.addWidget(self.assign_button)
        cell.addStretch(1)
        return cell

    def assign_officer(self) -> QWidget:
        from .assign_dialog import AssignDialog

        self.assign_dialog = AssignDialog(self._services, self.case_id, self.detail.officer_name, self)

        def done() -> None:
            self.reload()
            self.changed.emit(self.case_id)

        self.assign_dialog.accepted.connect(done)
        self.assign_dialog.open()
        return self.assign_dialog

    # ---- tabs --------------------------------------------------------------------------------

    def _parties_tab(self) -> QWidget:
        self.parties_layout = QVBoxLayout(self.parties)
        self.parties_layout.setContentsMargins(4, 8, 4, 4)
        return self.parties

    def _fill_parties(self, d: "CaseDetail") -> None:
        lay = self.parties_layout
        while lay.count():
            item = lay.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        e = d.employer
        emp = QGroupBox(tr("用人单位（被投诉人）") if d.case_type == "inspection" else tr("用人单位（被申请人）"))
        form = QFormLayout(emp)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for name, value in ((tr("单位名称"), e.name), (tr("统一社会信用代码"), e.credit_code),
                            (tr("法定代表人"), e.legal_representative), (tr("地址"), e.address),
                            (tr("联系电话"), e.phone), (tr("所在县区"), e.county_name)):
            form.addRow(name + tr("："), _value(value))
        lay.addWidget(emp)

        proj = QGroupBox(tr("工程项目及承包链"))
        pl = QVBoxLayout(proj)
        self.chain_table = read_only_table([tr("承包关系"), tr("名称或姓名"), tr("统一社会信用代码/身份证号"), tr("联系电话")])
        if d.project is None:
            pl.addWidget(_empty_note(tr("本案不涉及工程建设项目")))
            self.chain_text = ""
            lay.addWidget(proj)
            lay.addStretch(1)
            return
        else:
            p = d.project
            pform = QFormLayout()
            pform.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            pform.addRow(tr("项目名称："), _value(p.name))
            pform.addRow(tr("项目地址："), _value(p.address))
            pform.addRow(tr("所在县区："), _value(p.county_name))
            self.chain_text = " → ".join(tr("{role_label}：{name}").format(
                role_label=tr(c.role_label), name=c.name) for c in p.chain)
            pform.addRow(tr("承包链："), _value(self.chain_text or tr("未登记")))
            pl.addLayout(pform)
            if p.chain:
                fill_table(self.chain_table, [[tr(c.role_label), c.name, c.credit_code or c.id_number, c.phone]
                                         for c in p.chain])
                pl.addWidget(self.chain_table)
                fit = self.chain_table.horizontalHeader().height() + 4 + sum(
                    self.chain_table.rowHeight(r) for r in range(self.chain_table.rowCount()))
                self.chain_table.setMaximumHeight(fit)
        lay.addWidget(proj)
        lay.addStretch(1)

    def _workers_tab(self) -> QWidget:
        w = QWidget()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.workers_table)
        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 6, 0, 0)
        ll.addWidget(self.items_caption)
        ll.addWidget(self.items_table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.personal_note = QLabel(tr("身份证号码、电话和银行卡号部分隐藏。"))
        self.personal_note.setObjectName("fieldCaption")
        self.personal_button = QPushButton(tr("显示完整号码"))
        self.personal_button.setToolTip(tr("显示本案劳动者的完整身份证号码、电话和银行卡号；每次查看都记入操作日志"))
        self.personal_button.clicked.connect(lambda: self.show_personal())
        row = QHBoxLayout()
        row.addWidget(self.personal_note)
        row.addWidget(self.personal_button)
        row.addStretch(1)
        lay = QVBoxLayout(w)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.addLayout(row)
        lay.addWidget(split)
        return w

    def show_personal(self) -> bool:
        """The whole numbers, for a user whose role needs them; the view is recorded."""
        try:
            detail = self._services.cases.detail(self.case_id, personal=True)
        except RuleError as exc:
            self._prompts.warning(self, tr("显示完整号码"), "\n".join(error_lines(exc)))
            return False
        self.reload(detail)
        return True

    def _attachments_tab(self) -> QWidget:
        w = QWidget()
        add = QPushButton(tr("添加证据材料…"))
        add.clicked.connect(self.add_attachments)
        self.open_button = QPushButton(tr("打开"))
        self.open_button.clicked.connect(lambda: self._open_attachment(self.attachments_table.currentIndex()))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(w)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.addLayout(buttons)
        lay.addWidget(self.attachments_table, 1)
        lay.addWidget(self.attachments_empty, 1)
        return w

    def _timeline_tab(self) -> QWidget:
        w = QWidget()
        self.add_event_button = QPushButton(tr("添加办理节点…"))
        self.add_event_button.setToolTip(tr("登记受理、立案、送达等办理节点，法定期限随之重新计算"))
        self.add_event_button.clicked.connect(self.add_event)
        self.edit_event_button = QPushButton(tr("修改…"))
        self.edit_event_button.clicked.connect(self.edit_event)
        self.remove_event_button = QPushButton(tr("删除"))
        self.remove_event_button.clicked.connect(self.remove_event)
        self.timeline_table.itemSelectionChanged.connect(self._update_event_buttons)
        self.timeline_table.doubleClicked.connect(lambda _index: self.edit_event())
        self.audit_toggle = QCheckBox(tr("显示操作日志"))
        self.audit_toggle.setToolTip(tr("在下方列出本案的操作日志：登记、修改、签发、打印、导出、查看完整号码等，"
                                     "记录人员和时间"))
        self.audit_toggle.toggled.connect(self._audit_toggled)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_event_button)
        buttons.addWidget(self.edit_event_button)
        buttons.addWidget(self.remove_event_button)
        buttons.addStretch(1)
        buttons.addWidget(self.audit_toggle)
        self.audit_section = QWidget()
        section = QVBoxLayout(self.audit_section)
        section.setContentsMargins(0, 6, 0, 0)
        self.audit_caption = QLabel(tr("操作日志"))
        self.audit_caption.setObjectName("fieldCaption")
        section.addWidget(self.audit_caption)
        section.addWidget(self.audit_table, 1)
        self.audit_section.hide()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.timeline_table)
        split.addWidget(self.audit_section)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        lay = QVBoxLayout(w)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.addLayout(buttons)
        lay.addWidget(split, 1)
        return w

    def _audit_toggled(self, on: bool) -> None:
        self.audit_section.setVisible(on)
        if on:
            self._fill_audit()

    def _fill_audit(self) -> None:
        """The case's entries, oldest first, as the 办理记录 above them."""
        try:
            self.audit_entries = self._services.audit_log.case_entries(self.case_id)
        except Exception as exc:  # noqa: BLE001 - the record above still shows
            if not isinstance(exc, RuleError):
                log.exception("reading the audit entries of case %s failed", self.case_id)
            self.audit_entries = []
            self.audit_caption.setText(tr("操作日志：") + "".join(error_lines(exc)))
            fill_table(self.audit_table, [])
            return
        self.audit_caption.setText(tr("操作日志（{len} 条，按时间先后）").format(len=len(self.audit_entries)))
        fill_table(self.audit_table, [
            [f"{e.at:%Y-%m-%d %H:%M}", e.user_name, tr(e.action_label), e.summary] for e in self.audit_entries
        ])
        for row, e in enumerate(self.audit_entries):
            self.audit_table.item(row, 3).setToolTip(e.summary)

    def _fill_timeline(self, d: "CaseDetail") -> None:
        try:
            self.events = sorted(self._services.deadlines.events(self.case_id), key=lambda e: e.event_date)
        except Exception:  # noqa: BLE001 - the record still shows, only without editing
            log.exception("reading events of case %s failed", self.case_id)
            self.events = []
            fill_table(self.timeline_table, [
                [_time_text(e.occurred_at), tr(e.kind_label), e.summary, e.actor_name]
                for e in sorted(d.timeline, key=lambda e: e.occurred_at)
            ])
        else:
            fill_table(self.timeline_table, [
                [e.event_date.isoformat(), tr(e.kind_label), e.summary, e.actor_name] for e in self.events
            ])
        self._update_event_buttons()

    def selected_event(self) -> "EventView | None":
        return selected_item(self.timeline_table, self.events)

    def _update_event_buttons(self) -> None:
        event = self.selected_event()
        editable = bool(event and event.editable)
        self.edit_event_button.setEnabled(editable)
        self.remove_event_button.setEnabled(editable)
        why = "" if editable or event is None else tr("登记记录由系统生成，不能修改或删除")
        self.edit_event_button.setToolTip(why)
        self.remove_event_button.setToolTip(why)

    def _tab_changed(self, index: int) -> None:
        if index == self.rules_index and self.rules.stale:
            self.rules.reload()
        if index == self.documents_index and self.documents.stale:
            self.documents.reload()
        if index == self.legal_aid_index and self.legal_aid.stale:
            self.legal_aid.reload()

    def show_documents(self) -> DocumentsTab:
        self.tabs.setCurrentIndex(self.documents_index)
        return self.documents

    def _documents_changed(self) -> None:
        """Issued, served or voided: the timeline, the deadlines (a service date may start a
        period) and the lists elsewhere."""
        self.reload()
        self.changed.emit(self.case_id)

    def _path_changed(self) -> None:
        """An action or payment: status, steps, timeline, deadlines and forms all follow."""
        self.reload()
        self.changed.emit(self.case_id)

    def selected_worker(self) -> "CaseWorkerView | None":
        if self.detail is None or not self.detail.workers:
            return None
        rows = self.workers_table.selectionModel().selectedRows()
        row = rows[0].row() if rows else 0
        return self.detail.workers[row] if row < len(self.detail.workers) else None

    def _show_items(self) -> None:
        worker = self.selected_worker()
        if worker is None:
            self.items_caption.setText(tr("欠薪明细"))
            fill_table(self.items_table, [])
            return
        self.items_caption.setText(tr("{name} 的欠薪明细（合计 {claimed_text} 元）").format(
            name=worker.name, claimed_text=worker.claimed_text))
        fill_table(self.items_table, [[tr(i.kind_label), i.period_text, i.amount_text, i.note] for i in worker.items])

    # ---- actions -----------------------------------------------------------------------------

    def add_attachments(self) -> None:
        files = self._prompts.open_files(self, tr("添加证据材料"), ATTACHMENT_FILTER)
        if not files:
            return
        added = 0
        for path in files:
            try:
                self._services.intake.add_attachment(self.case_id, path)
                added += 1
            except Exception as exc:  # noqa: BLE001 - explained to the user, logged in full
                log.exception("adding attachment %s failed", path)
                reason = "".join(error_lines(exc))
                self._prompts.error(self, tr("添加证据材料"), tr("未能添加“{name}”：{reason}").format(
                    name=Path(path).name, reason=reason))
        if added:
            self.reload()
            self.tabs.setCurrentIndex(self.attachments_index)
            self.changed.emit(self.case_id)

    def event_dialog(self, event: "EventView | None" = None):
        from .event_dialog import EventDialog

        case_type = self.detail.case_type if self.detail else ""
        return EventDialog(self._services, self._prompts, self.case_id, case_type, event, parent=self)

    def add_event(self):
        return self._open_event_dialog(None)

    def edit_event(self):
        event = self.selected_event()
        if event is not None and event.editable:
            return self._open_event_dialog(event)
        return None

    def _open_event_dialog(self, event: "EventView | None"):
        """Window-modal but not a nested loop (open(), not exec()): the case view refreshes on
        ``accepted``, and tests drive the dialog like a clerk would."""
        try:
            dialog = self.event_dialog(event)
        except Exception as exc:  # noqa: BLE001 - explained, logged
            log.exception("opening the event dialog failed")
            self._prompts.error(self, tr("办理节点"), tr("无法打开办理节点窗口：") + "".join(error_lines(exc)))
            return None
        dialog.accepted.connect(self.events_changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def remove_event(self) -> None:
        event = self.selected_event()
        if event is None or not event.editable:
            return
        text = (tr("确定删除办理节点“{kind_label}（{isoformat}）”吗？\n删除后本案的法定期限将重新计算。").format(
            kind_label=tr(event.kind_label), isoformat=event.event_date.isoformat()))
        if not self._prompts.question(self, tr("删除办理节点"), text):
            return
        try:
            self._services.deadlines.remove_event(event.id)
        except Exception as exc:  # noqa: BLE001 - explained to the user, logged in full
            log.exception("removing event %s failed", event.id)
            self._prompts.error(self, tr("删除办理节点"), tr("未能删除：") + "".join(error_lines(exc)))
            return
        self.events_changed()

    def events_changed(self) -> None:
        """After an event was added, corrected or removed: timeline, deadlines, lists."""
        self.reload()
        self.tabs.setCurrentIndex(self.timeline_index)
        self.changed.emit(self.case_id)

    def _open_attachment(self, index) -> None:
        if self.detail is None or not index.isValid() or index.row() >= len(self.detail.attachments):
            return
        att = self.detail.attachments[index.row()]
        if not Path(att.path).exists():
            self._prompts.error(self, tr("打开证据材料"), tr("找不到文件“{filename}”的存档副本：{path}").format(
                filename=att.filename, path=att.path))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(att.path))


def _html(text: str) -> str:
    from html import escape

    return escape(text).replace("\n", "<br>")


