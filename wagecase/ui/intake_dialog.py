"""投诉登记 / 仲裁申请登记: the dialog an intake clerk fills in all day.

The dialog never parses what was typed: it hands the text to the intake service, which
validates everything at once. Rejected fields are marked red where they were typed, listed in
Chinese above the form, and nothing typed is lost; nothing is written until the service
accepts the whole case.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication, QDialog, QFrame, QGroupBox, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QScrollArea, QSizePolicy, QSplitter, QTabWidget, QVBoxLayout, QWidget,
)

from ..domain.case import CaseType, Industry
from ..domain.errors import FieldError, RuleError, ValidationFailed
from ..services.dto import IntakeInput, PossibleDuplicate, Registered, WorkerInput
from .completers import henan_counties
from .error_text import UNEXPECTED, error_lines, field_error_text
from .intake_chain import ProjectSection
from .intake_sections import (
    AttachmentsSection, CaseInfoSection, EmployerForm, TextSection, clear_invalid, mark_invalid,
)
from .intake_workers import WorkersSection
from .roster_dialog import RosterDialog
from .i18n import tr

log = logging.getLogger(__name__)

TITLES = {CaseType.INSPECTION.value: tr("投诉登记"), CaseType.ARBITRATION.value: tr("仲裁申请登记")}

_ITEM_PATH = re.compile(r"^workers\[(\d+)\]\.items\[(\d+)\](?:\.(\w+))?$")
_WORKER_PATH = re.compile(r"^workers\[(\d+)\](?:\.(\w+))?")


def _date_text(d) -> str:
    return tr("{year}年{month}月{day}日").format(year=d.year, month=d.month, day=d.day)


def duplicates_text(dups: list[PossibleDuplicate]) -> str:
    lines = [tr("以下劳动者对同一用人单位已有未办结的案件，可能是重复登记："), ""]
    for d in dups[:20]:
        lines.append(tr("案号 {case_number}　劳动者 {worker_name}　用人单位 {employer_name}　状态 {status_label}　登记日期 {date_text}").format(
            case_number=d.case_number, worker_name=d.worker_name, employer_name=d.employer_name,
            status_label=tr(d.status_label), date_text=_date_text(d.received_date)))
    if len(dups) > 20:
        lines.append(tr("……等共 {len} 件").format(len=len(dups)))
    lines += ["", tr("仍要登记吗？")]
    return "\n".join(lines)


class ErrorPanel(QFrame):
    """The list of what must be corrected; clicking a line goes to the field."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("errorPanel")
        self.setStyleSheet("#errorPanel { border: 1px solid #c62828; background: #fdecea; }"
                           " QListWidget { border: none; background: transparent; color: #b71c1c; }")
        self.title = QLabel()
        self.title.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.list = QListWidget()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._actions: list[Callable[[], None] | None] = []
        self.list.itemActivated.connect(self._go)
        self.list.itemClicked.connect(self._go)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.addWidget(self.title)
        lay.addWidget(self.list)
        self.hide()

    def show_lines(self, lines: list[tuple[str, Callable[[], None] | None]], title: str) -> None:
        self.list.clear()
        self._actions = []
        for text, action in lines:
            self.list.addItem(QListWidgetItem(text))
            self._actions.append(action)
        self.title.setText(title)
        # as tall as its lines (up to six), so the form keeps the room
        rows = max(1, min(len(lines), 6))
        self.list.setFixedHeight(rows * (self.list.fontMetrics().height() + 4) + 6)
        self.show()

    def clear(self) -> None:
        self.list.clear()
        self._actions = []
        self.hide()

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def text(self) -> str:
        return "\n".join(self.lines())

    def _go(self, item: QListWidgetItem) -> None:
        action = self._actions[self.list.row(item)]
        if action:
            action()


class IntakeDialog(QDialog):
    def __init__(self, services, prompts, case_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts
        self.case_type = CaseType(case_type).value
        self.registered: Registered | None = None
        self.roster_dialog: RosterDialog | None = None
        self._marked: list[QWidget] = []
        self.setWindowTitle(TITLES[self.case_type])
        arbitration = self.case_type == CaseType.ARBITRATION.value

        lookup = services.lookup
        counties = henan_counties(lookup)
        current = services.users.current()
        self.info = CaseInfoSection(lookup.officers(), current.id if current else None)
        self.employer = EmployerForm(lookup, counties)
        self.project = ProjectSection(lookup, counties)
        self.workers = WorkersSection(lookup)
        self.facts = TextSection(tr("劳动者陈述的事实：用工时间、工作内容、约定工资、拖欠经过等")
                                 if not arbitration else tr("申请仲裁的事实与理由"))
        self.claims = TextSection(tr("请求事项：如支付拖欠工资若干元") if not arbitration
                                  else tr("仲裁请求：如裁决被申请人支付拖欠工资若干元"))
        self.attachments = AttachmentsSection(prompts)
        self.errors = ErrorPanel()

        info_box = QGroupBox(tr("案件信息"))
        QVBoxLayout(info_box).addWidget(self.info)
        employer_box = QGroupBox(tr("用人单位") if not arbitration else tr("用人单位（被申请人）"))
        QVBoxLayout(employer_box).addWidget(self.employer)
        self.project_box = QGroupBox(tr("工程项目"))
        QVBoxLayout(self.project_box).addWidget(self.project)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.facts, tr("投诉事实") if not arbitration else tr("事实与理由"))
        self.tabs.addTab(self.claims, tr("请求事项") if not arbitration else tr("仲裁请求"))
        self.tabs.addTab(self.attachments, tr("证据材料"))
        self.tabs.setMinimumHeight(200)
        # left: who the complaint is against and what it says; the tabs take whatever room the
        # project leaves, and the column scrolls when a long chain needs more
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 6, 0)
        ll.addWidget(employer_box)
        ll.addWidget(self.project_box)
        ll.addWidget(self.tabs, 1)
        self.left_scroll = QScrollArea()
        self.left_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not their frame
        self.left_scroll.setWidgetResizable(True)
        self.left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.left_scroll.setWidget(left)

        right = QGroupBox(tr("劳动者（投诉人）") if not arbitration else tr("劳动者（申请人）"))
        QVBoxLayout(right).addWidget(self.workers)

        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.left_scroll)
        body.addWidget(right)
        body.setStretchFactor(0, 2)
        body.setStretchFactor(1, 3)
        body.setChildrenCollapsible(False)
        self.body = body

        self.save_button = QPushButton(tr("保存"))
        self.save_button.setToolTip(tr("保存并登记（Ctrl+S）"))
        self.cancel_button = QPushButton(tr("取消"))
        for b in (self.save_button, self.cancel_button):
            b.setAutoDefault(False)  # Enter in a field must never save half a form
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        for keys in ("Ctrl+S", "Ctrl+Return"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        buttons = QHBoxLayout()
        self.status = QLabel(tr("Ctrl+N 添加劳动者，Ctrl+I 添加欠薪项，Ctrl+S 保存"))
        self.status.setStyleSheet("color: #666;")
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        lay = QVBoxLayout(self)
        lay.addWidget(info_box)
        lay.addWidget(self.errors)
        lay.addWidget(body, 1)
        lay.addLayout(buttons)

        self.info.collective_toggled.connect(self._collective_toggled)
        self.info.industry_changed.connect(self._industry_changed)
        self.workers.import_requested.connect(self.import_roster)
        self._industry_changed(self.info.industry.currentData())
        self.workers.set_collective(False)
        self.workers.append_workers([WorkerInput(name="", id_number="")])
        self._size_to_screen()
        self._pristine = self._snapshot()
        self.info.channel.setFocus()

    # ---- layout ----------------------------------------------------------------------------
    def _size_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        avail = screen.availableGeometry() if screen else None
        w, h = 1400, 860
        if avail is not None:
            w, h = min(w, avail.width() - 20), min(h, avail.height() - 40)
        self.resize(w, h)
        # the employer's fields whole: English captions are longer than the Chinese
        left = max(w * 2 // 5, self.left_scroll.widget().sizeHint().width()
                   + self.left_scroll.verticalScrollBar().sizeHint().width())
        self.body.setSizes([left, w - left])

    def _industry_changed(self, value: str) -> None:
        self.project_box.setVisible(value == Industry.CONSTRUCTION.value)

    def _collective_toggled(self, collective: bool) -> None:
        if not collective and len(self.workers.workers.rows) > 1:
            self.prompts.warning(self, TITLES[self.case_type],
                                 tr("个人案件只能有一名劳动者。请先删除多余的劳动者，再改为个人案件。"))
            self.info.collective.blockSignals(True)
            self.info.set_collective(True)
            self.info.collective.blockSignals(False)
            return
        self.workers.set_collective(collective)

    # ---- input -----------------------------------------------------------------------------
    def collect(self) -> tuple[IntakeInput, dict[str, object]]:
        """The IntakeInput exactly as typed, and the widget behind each field path."""
        info = self.info
        construction = info.industry.currentData() == Industry.CONSTRUCTION.value
        targets: dict[str, object] = {
            "case_type": info.individual, "is_collective": info.collective,
            "channel": info.channel, "received_at": info.received_at, "officer_id": info.officer,
            "industry": info.industry, "facts": self.facts, "claims": self.claims,
            "attachments": self.attachments.table, "workers": self.workers.table,
            "employer": self.employer.name,
        }
        for field, w in self.employer.widgets.items():
            targets[f"employer.{field}"] = w
        project = None
        county = ""
        if construction:
            project, ptargets = self.project.value()
            targets["project"] = self.project.name
            targets.update({f"project.{k}": v for k, v in ptargets.items()})
            county = project.county_code
        data = IntakeInput(
            case_type=self.case_type,
            is_collective=info.is_collective(),
            channel=info.channel.currentData(),
            received_at=info.received(),
            officer_id=info.officer.currentData(),
            employer=self.employer.value(),
            workers=self.workers.worker_inputs(),
            industry=info.industry.currentData(),
            county_code=county,
            project=project,
            facts=self.facts.toPlainText(),
            claims=self.claims.toPlainText(),
            attachments=self.attachments.value(),
            legal_aid_explained=info.legal_aid_explained.isChecked(),
        )
        return data, targets

    def _snapshot(self) -> IntakeInput:
        data, _ = self.collect()
        # the clock default is not the clerk's input; a changed time alone is not worth a prompt
        return replace(data, received_at=datetime.min)

    def has_unsaved_input(self) -> bool:
        return self._snapshot() != self._pristine

    # ---- saving ----------------------------------------------------------------------------
    def save(self) -> bool:
        """Validate, warn about possible duplicates, register. True when the case was saved."""
        self._clear_errors()
        data, targets = self.collect()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            errors = self.services.intake.validate(data)
            duplicates = [] if errors else self.services.intake.find_possible_duplicates(data)
        except RuleError as exc:
            QApplication.restoreOverrideCursor()
            self._show_failure(exc, targets)
            return False
        except Exception:
            QApplication.restoreOverrideCursor()
            log.exception("intake validation failed")
            self._show_unexpected()
            return False
        QApplication.restoreOverrideCursor()
        if errors:
            self.show_field_errors(errors, targets)
            return False
        if duplicates:
            if not self.prompts.question(self, tr("可能重复登记"), duplicates_text(duplicates)):
                self.status.setText(tr("未登记：请核对是否为重复案件。"))
                return False
            data.confirm_possible_duplicates = True
        if not self._employer_warnings_accepted(data):
            self.status.setText(tr("未登记：该用人单位有失信记录或未结案件，请核对。"))
            return False
        return self._register(data, targets)

    def _employer_warnings_accepted(self, data) -> bool:
        """The employer (or its legal representative elsewhere) listed, or with open cases: the
        officer is told before registering, and goes on only if they mean to."""
        from .employer_view import warnings_text

        try:
            warns = self.services.employers.warnings(
                data.employer.existing_employer_id, data.employer.credit_code,
                legal_representative_id=data.employer.legal_representative_id_number,
                open_cases=not data.confirm_possible_duplicates)
        except Exception:  # noqa: BLE001 - a warning must never stop registration
            log.exception("employer warnings failed")
            return True
        return not warns or self.prompts.question(self, tr("用人单位提示"), warnings_text(warns))

    def _register(self, data: IntakeInput, targets: dict[str, object]) -> bool:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            registered = self.services.intake.register(data)
        except ValidationFailed as exc:
            QApplication.restoreOverrideCursor()
            self.show_field_errors(exc.errors, targets)
            return False
        except RuleError as exc:
            QApplication.restoreOverrideCursor()
            dups = exc.params.get("duplicates") if exc.key == "intake.possible_duplicates" else None
            if dups and not data.confirm_possible_duplicates:
                # another workstation registered one in the meantime
                if self.prompts.question(self, tr("可能重复登记"), duplicates_text(list(dups))):
                    return self._register(replace(data, confirm_possible_duplicates=True), targets)
                return False
            self._show_failure(exc, targets)
            return False
        except Exception:
            QApplication.restoreOverrideCursor()
            log.exception("registering the intake failed")
            self._show_unexpected()
            return False
        QApplication.restoreOverrideCursor()
        self.registered = registered
        self.accept()
        return True

    # ---- errors ----------------------------------------------------------------------------
    def _clear_errors(self) -> None:
        self.errors.clear()
        for w in self._marked:
            clear_invalid(w)
        self._marked = []
        self.workers.set_errors({}, {})

    def _show_failure(self, exc: RuleError, targets: dict[str, object]) -> None:
        if isinstance(exc, ValidationFailed):
            self.show_field_errors(exc.errors, targets)
            return
        text = "\n".join(error_lines(exc))
        self.errors.show_lines([(text, None)], tr("未能登记："))
        self.prompts.error(self, TITLES[self.case_type], text)

    def _show_unexpected(self) -> None:
        self.errors.show_lines([(UNEXPECTED, None)], tr("未能登记："))
        self.prompts.error(self, TITLES[self.case_type], UNEXPECTED)

    def show_field_errors(self, errors: list[FieldError], targets: dict[str, object]) -> None:
        worker_errs: dict[tuple[int, str], str] = {}
        item_errs: dict[tuple[int, int, str], str] = {}
        lines: list[tuple[str, Callable[[], None] | None]] = []
        for err in errors:
            text = field_error_text(err)
            action = self._mark(err.field, text, targets, worker_errs, item_errs)
            lines.append((text, action))
        self.workers.set_errors(worker_errs, item_errs)
        self.errors.show_lines(lines, tr("有 {len} 处需要更正（点击可定位），已填写的内容均已保留：").format(len=len(errors)))
        self.status.setText(tr("未保存：请按红色提示更正后再保存。"))
        for _text, action in lines:
            if action:
                action()
                break

    def _mark(self, path: str, text: str, targets: dict[str, object],
              worker_errs: dict, item_errs: dict) -> Callable[[], None] | None:
        m = _ITEM_PATH.match(path)
        if m:
            w, i, field = int(m.group(1)), int(m.group(2)), m.group(3) or "amount"
            item_errs.setdefault((w, i, field), text)
            return lambda: self.workers.focus_item_cell(w, i, field)
        m = re.match(r"^workers\[(\d+)\]\.items$", path)
        if m:
            w = int(m.group(1))
            worker_errs.setdefault((w, "total"), text)
            return lambda: self.workers.focus_worker_cell(w, "total")
        m = _WORKER_PATH.match(path)
        if m:
            w, field = int(m.group(1)), m.group(2) or "name"
            worker_errs.setdefault((w, field), text)
            return lambda: self.workers.focus_worker_cell(w, field)
        probe = path
        while probe:
            widget = targets.get(probe)
            if isinstance(widget, QWidget):
                mark_invalid(widget, text)
                self._marked.append(widget)
                return lambda: self._reveal(widget)
            cut = max(probe.rfind("."), probe.rfind("["))
            probe = probe[:cut] if cut > 0 else ""
        return None

    def _reveal(self, widget: QWidget) -> None:
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QTabWidget):
                for i in range(parent.count()):
                    page = parent.widget(i)
                    if page is widget or page.isAncestorOf(widget):
                        parent.setCurrentIndex(i)
            parent = parent.parentWidget()
        if self.left_scroll.widget().isAncestorOf(widget):
            self.left_scroll.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- roster ----------------------------------------------------------------------------
    def import_roster(self) -> None:
        path = self.prompts.open_file(self, tr("选择花名册"), tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        dlg = RosterDialog(self.services, self.prompts, path, parent=self)
        dlg.accepted.connect(lambda: self._roster_accepted(dlg))
        dlg.finished.connect(dlg.deleteLater)
        self.roster_dialog = dlg
        dlg.open()  # window-modal without a nested event loop

    def _roster_accepted(self, dlg: RosterDialog) -> None:
        workers = dlg.workers()
        if not workers:
            return
        if not self.info.is_collective():
            self.info.set_collective(True)
        self.workers.append_workers(workers)
        self.status.setText(tr("已从花名册加入 {len} 名劳动者（尚未保存）。").format(len=len(workers)))

    # ---- closing ---------------------------------------------------------------------------
    def reject(self) -> None:
        if self.registered is None and self.has_unsaved_input():
            if not self.prompts.question(self, TITLES[self.case_type],
                                         tr("已填写的内容尚未保存，确定要放弃吗？")):
                return
        super().reject()
