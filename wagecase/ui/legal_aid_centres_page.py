"""设置 → 法律援助机构: the centres and on-site workstations workers are referred to. Everyone may
look; the administrator adds, changes, and stops or resumes one (a stopped one keeps its
referrals, and is no longer proposed for new ones)."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox, QDialog, QGridLayout, QLabel, QLineEdit, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..domain.errors import RuleError, ValidationFailed
from .error_text import UNEXPECTED, error_lines, field_error_text
from .settings_widgets import (
    button_row, confirmed_change, error_label, ok_cancel, page_labels, page_layout, read_only_rows, run_editor,
    show_load_error,
)
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import LegalAidCentreView
    from ..services.legal_aid_centres import LegalAidCentreService
    from .prompts import Prompts

log = logging.getLogger(__name__)

TITLE = tr("法律援助机构")
DESCRIPTION = (tr("可转交法律援助申请的法律援助中心和派驻工作站。办理法律援助转交时，按案件所在县区推荐"
               "服务该地的机构：县区代码比全市、全省更优先，同一范围内优先推荐工作站。"
               "停用的机构不再被推荐，已有的转交记录不受影响。"))
READ_ONLY = tr("以下数据仅供查阅。只有管理员可以添加、修改或停用法律援助机构。")
LOAD_FAILED = tr("无法读取法律援助机构，详细信息已写入日志。请稍后重试，或联系系统管理员。")
COUNTIES_HINT = tr("填写县区代码，多个用逗号分隔，如 410105,410102；4101 表示郑州市全市")
HEADERS = (tr("名称"), tr("类型"), tr("地址"), tr("电话"), tr("服务区域"), tr("在用"))
KINDS = (("centre", tr("法律援助中心")), ("workstation", tr("法律援助工作站")))
STOPPED = QColor("#9ca3af")


def centre_service(services: "Services") -> "LegalAidCentreService":
    """The facade's directory service; built on the spot while the facade lacks it."""
    found = getattr(services, "legal_aid_centres", None)
    if found is not None:
        return found
    from ..services.legal_aid_centres import LegalAidCentreService

    return LegalAidCentreService(services.ctx)


class CentreDialog(QDialog):
    """Add or change one centre; 确定 saves through the service and closes only when it succeeded."""

    def __init__(self, centres: "LegalAidCentreService", prompts: "Prompts",
                 centre: "LegalAidCentreView | None" = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centres = centres
        self.prompts = prompts
        self.centre = centre
        self.saved = False
        self.saved_name = ""
        self.setWindowTitle(tr("{value}法律援助机构").format(value=tr('修改') if centre else tr('添加')))
        self.setMinimumWidth(620)
        self.name = QLineEdit(centre.name if centre else "")
        self.name.setPlaceholderText(tr("如：郑州市法律援助中心"))
        self.kind = QComboBox()
        for key, label in KINDS:
            self.kind.addItem(label, key)
        if centre is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(centre.kind)))
        self.address = QLineEdit(centre.address if centre else "")
        self.phone = QLineEdit(centre.phone if centre else "")
        self.phone.setPlaceholderText(tr("如：0371-12348"))
        self.counties = QLineEdit(centre.counties if centre else "")
        self.counties.setPlaceholderText("410105,410102")
        hint = QLabel(COUNTIES_HINT)
        hint.setObjectName("countiesHint")
        hint.setStyleSheet("color: #6b7280;")
        hint.setWordWrap(True)
        self.general_error = error_label("generalError")
        # FieldError field -> (its widget, the red line under it)
        self.fields: dict[str, tuple[QWidget, QLabel]] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(4)
        rows = (("centre_name", tr("名称"), self.name, None), ("centre_kind", tr("类型"), self.kind, None),
                ("centre_address", tr("地址（选填）"), self.address, None),
                ("centre_phone", tr("电话（选填）"), self.phone, None),
                ("centre_counties", tr("服务区域"), self.counties, hint))
        line = 0
        for key, caption, widget, note in rows:
            label = QLabel(caption)
            label.setBuddy(widget)
            grid.addWidget(label, line, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(widget, line, 1)
            line += 1
            if note is not None:
                grid.addWidget(note, line, 1)
                line += 1
            error = error_label(f"error_{key}")
            grid.addWidget(error, line, 1)
            line += 1
            self.fields[key] = (widget, error)
        self.buttons = ok_cancel()
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.general_error)
        lay.addLayout(grid)
        lay.addStretch(1)
        lay.addWidget(self.buttons)

    def data(self):
        from ..services.dto import LegalAidCentreInput

        return LegalAidCentreInput(
            name=self.name.text(), kind=self.kind.currentData(), address=self.address.text(),
            phone=self.phone.text(), counties=self.counties.text(),
            active=self.centre.active if self.centre else True,
        )

    def error_text(self, key: str) -> str:
        error = self.fields[key][1]
        return "" if error.isHidden() else error.text()

    def clear_errors(self) -> None:
        for _, error in self.fields.values():
            error.clear()
            error.hide()
        self.general_error.hide()

    def save(self) -> bool:
        self.clear_errors()
        try:
            self.centres.save(self.centre.id if self.centre else None, self.data())
        except ValidationFailed as exc:
            self._show_field_errors(exc)
            return False
        except RuleError as exc:
            self.prompts.error(self, self.windowTitle(), "".join(error_lines(exc)))
            return False
        except Exception:  # noqa: BLE001 - logged; what was typed stays in the dialog
            log.exception("saving a legal-aid centre failed")
            self.prompts.error(self, self.windowTitle(), UNEXPECTED)
            return False
        self.saved = True
        self.saved_name = " ".join(self.name.text().split())
        self.accept()
        return True

    def _show_field_errors(self, exc: ValidationFailed) -> None:
        unplaced: list[str] = []
        first: QWidget | None = None
        for err in exc.errors:
            text = field_error_text(err)
            if err.field not in self.fields:
                unplaced.append(text)
                continue
            widget, error = self.fields[err.field]
            error.setText(f"{error.text()}\n{text}" if error.text() else text)
            error.show()
            first = first or widget
        if unplaced:
            self.general_error.setText("\n".join(unplaced))
            self.general_error.show()
        if first is not None:
            first.setFocus()
        # the red lines wrap: grow to show them whole instead of squeezing them
        lay = self.layout()
        lay.activate()
        need = lay.totalHeightForWidth(self.width()) if lay.hasHeightForWidth() else lay.sizeHint().height()
        if need > self.height():
            self.resize(self.width(), need)


class LegalAidCentresPage(QWidget):
    changed = Signal()

    def __init__(self, services: "Services", prompts: "Prompts", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prompts = prompts
        self.service = centre_service(services)
        self.centres: list[LegalAidCentreView] = []
        title, description, self.read_only, self.load_error = page_labels(TITLE, DESCRIPTION, READ_ONLY)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("legalAidCentresTable")
        self.table.setHorizontalHeaderLabels(list(HEADERS))
        read_only_rows(self.table)
        self.table.horizontalHeader().setStretchLastSection(False)
        for column, width in enumerate((240, 120, 260, 120, 260, 60)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(4, self.table.horizontalHeader().ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda *_: self.edit_selected())
        self.add_button = QPushButton(tr("添加…"))
        self.edit_button = QPushButton(tr("修改…"))
        self.active_button = QPushButton(tr("停用"))
        self.add_button.clicked.connect(lambda: self.add_centre())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.active_button.clicked.connect(lambda: self.toggle_selected())
        buttons = button_row(self.add_button, self.edit_button, self.active_button)
        lay = page_layout(self, (title, description, self.read_only, self.load_error))
        lay.addLayout(buttons)
        lay.addWidget(self.table, 1)
        self.editable = False
        self.refresh()

    def refresh(self) -> None:
        self.load_error.hide()
        try:
            self.editable = self.service.can_edit()
            self.centres = self.service.centres()
        except Exception as exc:  # noqa: BLE001 - explained on the page
            if not isinstance(exc, RuleError):
                log.exception("reading the legal-aid centres failed")
            show_load_error(self.load_error, exc, LOAD_FAILED)
            self.centres = []
        self.read_only.setVisible(not self.editable)
        for b in (self.add_button, self.edit_button, self.active_button):
            b.setVisible(self.editable)
        self.table.setRowCount(len(self.centres))
        for row, c in enumerate(self.centres):
            texts = (c.name, tr(c.kind_label), c.address or "—", c.phone or "—",
                     c.counties_text or tr("（未填写）"), tr("是") if c.active else tr("已停用"))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                if column == 4 and c.counties:
                    item.setToolTip(tr("{counties_text}\n代码：{counties}").format(
                        counties_text=c.counties_text, counties=c.counties))
                elif column in (0, 2):
                    item.setToolTip(text)
                if not c.active:
                    item.setForeground(QBrush(STOPPED))
                self.table.setItem(row, column, item)
        self._selection_changed()

    def select(self, name: str) -> None:
        for row, c in enumerate(self.centres):
            if c.name == name:
                self.table.selectRow(row)
                return

    def selected(self) -> "LegalAidCentreView | None":
        rows = self.table.selectionModel().selectedRows()
        return self.centres[rows[0].row()] if rows and rows[0].row() < len(self.centres) else None

    def _selection_changed(self) -> None:
        centre = self.selected()
        self.edit_button.setEnabled(centre is not None)
        self.active_button.setEnabled(centre is not None)
        self.active_button.setText(tr("启用") if centre is not None and not centre.active else tr("停用"))

    # ---- changes -------------------------------------------------------------------------------

    def editor(self, centre: "LegalAidCentreView | None") -> CentreDialog:
        return CentreDialog(self.service, self._prompts, centre, parent=self)

    def add_centre(self) -> bool:
        return self._run_editor(None)

    def edit_selected(self) -> bool:
        centre = self.selected()
        if centre is None or not self.editable:
            return False
        return self._run_editor(centre)

    def _run_editor(self, centre: "LegalAidCentreView | None") -> bool:
        if not self.editable:
            return False
        dialog = self.editor(centre)
        if not run_editor(dialog):
            return False
        self.refresh()
        self.select(dialog.saved_name)
        self.changed.emit()
        return True

    def toggle_selected(self) -> bool:
        centre = self.selected()
        if centre is None or not self.editable:
            return False
        if centre.active:
            title = tr("停用法律援助机构")
            question = tr("停用“{name}”后，新的法律援助转交不再推荐它，已有的转交记录不受影响。确定停用吗？").format(name=centre.name)
        else:
            title = tr("启用法律援助机构")
            question = tr("重新启用“{name}”？启用后将按服务区域推荐给新的法律援助转交。").format(name=centre.name)
        if not confirmed_change(self, self._prompts, title, question,
                                lambda: self.service.set_active(centre.id, not centre.active),
                                log, f"{title} failed"):
            return False
        self.refresh()
        self.select(centre.name)
        self.changed.emit()
        return True
