"""设置 → 案件交换: this workstation's signing key and the offices whose case packages it accepts.

Trust is given to a key, not to a name: the other office sends its public-key file, both read
the fingerprint to each other on the phone, and only then is the key added. Everyone may look;
the administrator adds and removes.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QGridLayout, QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from ..domain.errors import RuleError
from ..domain.permissions import Permission, may
from .error_text import UNEXPECTED, error_lines
from .exchange_dialogs import FOLDER_KEY
from .settings_widgets import (
    button_row, confirmed_change, error_label, ok_cancel, page_labels, page_layout, read_only_rows, run_editor,
    show_load_error,
)
from .i18n import mark_content, tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.exchange_dto import KeyFileView, TrustedOffice
    from .prompts import Prompts

log = logging.getLogger(__name__)

TITLE = tr("案件交换")
DESCRIPTION = (tr("向有管辖权的机关移送案件时，案件连同证据材料和文书导出为一个签名的案件包（在案件页点“导出案件包…”）；"
               "导入时核验签名，只接受下列受信任机关的案件包（文件 → 导入案件包…）。添加信任前，请与对方机关电话"
               "核对公钥指纹，确认一致后再添加。"))
READ_ONLY = tr("以下内容仅供查阅。只有管理员可以添加或移除受信任的机关。")
LOAD_FAILED = tr("无法读取案件交换设置，详细信息已写入日志。请稍后重试，或联系系统管理员。")
KEY_FILTER = tr("机关公钥文件 (*.wagecase-key)")
HEADERS = (tr("机关名称"), tr("公钥指纹"), tr("添加时间"), tr("添加人"))
FINGERPRINT_STYLE = "font-family: monospace; font-size: 15px; font-weight: bold; color: #0b4a9e;"


class TrustDialog(QDialog):
    """A key file opened for trust: its fingerprint, to compare with what is read out on the
    phone, and the name it is trusted under. 添加 saves through the service."""

    def __init__(self, services: "Services", prompts: "Prompts", path: str, seen: "KeyFileView",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts
        self.path = path
        self.seen = seen
        self.saved = False
        self.setWindowTitle(tr("添加受信任的机关"))
        self.setMinimumWidth(560)
        fingerprint = QLabel(seen.display)
        fingerprint.setObjectName("keyFingerprint")
        fingerprint.setStyleSheet(FINGERPRINT_STYLE)
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ask = QLabel(tr("请电话联系对方机关，请对方读出其公钥指纹（设置 → 案件交换 → 本机公钥指纹），"
                     "与上面逐位核对。一致才能添加：不一致说明文件可能被调换，请勿添加。"))
        ask.setWordWrap(True)
        already = QLabel(tr("该公钥已以“{trusted_as}”的名称受信任；添加将更改名称。").format(trusted_as=seen.trusted_as))
        already.setStyleSheet("color: #92400e;")
        already.setVisible(bool(seen.trusted_as))
        self.office = QLineEdit(seen.trusted_as or seen.office)
        self.office.setObjectName("officeName")
        self.office.setPlaceholderText(tr("如：洛阳市人力资源和社会保障局"))
        self.office.setMaxLength(100)
        self.error = error_label("trustError")
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.addWidget(QLabel(tr("文件中的机关：")), 0, 0, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(mark_content(QLabel(seen.office or tr("（未注明）"))), 0, 1)
        grid.addWidget(QLabel(tr("公钥指纹：")), 1, 0, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(fingerprint, 1, 1)
        name_label = QLabel(tr("机关名称："))
        name_label.setBuddy(self.office)
        grid.addWidget(name_label, 2, 0, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.office, 2, 1)
        self.buttons = ok_cancel(tr("已核对一致，添加"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(grid)
        lay.addWidget(ask)
        lay.addWidget(already)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)

    def save(self) -> bool:
        self.error.hide()
        try:
            self.services.exchange.trust_office(self.path, self.office.text(), self.seen.fingerprint)
        except Exception as exc:  # noqa: BLE001 - explained here; what was typed stays
            if not isinstance(exc, RuleError):
                log.exception("trusting an office key failed")
            self.error.setText("".join(error_lines(exc)) if isinstance(exc, RuleError) else UNEXPECTED)
            self.error.show()
            return False
        self.saved = True
        self.accept()
        return True


class ExchangePage(QWidget):
    changed = Signal()

    def __init__(self, services: "Services", prompts: "Prompts", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._prompts = prompts
        self.offices: list[TrustedOffice] = []
        title, description, self.read_only, self.load_error = page_labels(TITLE, DESCRIPTION, READ_ONLY)
        self.own_office = mark_content(QLabel())  # the office's name
        self.own_fingerprint = QLabel()
        self.own_fingerprint.setObjectName("ownFingerprint")
        self.own_fingerprint.setStyleSheet(FINGERPRINT_STYLE)
        self.own_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_key_button = QPushButton(tr("导出本机公钥…"))
        self.export_key_button.setToolTip(tr("把本机公钥保存为文件，发给需要接收本机案件包的机关"))
        self.export_key_button.clicked.connect(lambda: self.export_key())
        own = QGridLayout()
        own.setColumnStretch(1, 1)
        own.addWidget(QLabel(tr("本机关：")), 0, 0, Qt.AlignmentFlag.AlignRight)
        own.addWidget(self.own_office, 0, 1)
        own.addWidget(QLabel(tr("本机公钥指纹：")), 1, 0, Qt.AlignmentFlag.AlignRight)
        own.addWidget(self.own_fingerprint, 1, 1)
        own.addWidget(self.export_key_button, 1, 2)
        trusted_title = QLabel(tr("受信任的机关（只导入由这些公钥签名的案件包）"))
        trusted_title.setObjectName("sectionTitle")
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("trustedOfficesTable")
        self.table.setHorizontalHeaderLabels(list(HEADERS))
        read_only_rows(self.table)
        for column, width in enumerate((260, 380, 150, 100)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.add_button = QPushButton(tr("添加…"))
        self.add_button.setToolTip(tr("打开对方机关发来的公钥文件（.wagecase-key），核对指纹后添加"))
        self.remove_button = QPushButton(tr("移除"))
        self.add_button.clicked.connect(lambda: self.add_office())
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        buttons = button_row(self.add_button, self.remove_button)
        lay = page_layout(self, (title, description, self.read_only, self.load_error))
        lay.addLayout(own)
        lay.addSpacing(10)
        lay.addWidget(trusted_title)
        lay.addLayout(buttons)
        lay.addWidget(self.table, 1)
        self.editable = False
        self.refresh()

    def _may_edit(self) -> bool:
        try:
            me = self.services.users.current()
        except Exception:  # noqa: BLE001 - without a user nothing is changed
            return False
        return me is not None and may(me.role, Permission.SETTINGS)

    def refresh(self) -> None:
        self.load_error.hide()
        try:
            self.editable = self._may_edit()
            key = self.services.exchange.own_key()
            self.own_office.setText(key.office or tr("（未设置机关名称）"))
            self.own_fingerprint.setText(key.display)
            self.offices = self.services.exchange.trusted_offices()
        except Exception as exc:  # noqa: BLE001 - explained on the page
            if not isinstance(exc, RuleError):
                log.exception("reading the case exchange settings failed")
            show_load_error(self.load_error, exc, LOAD_FAILED)
            self.offices = []
        self.read_only.setVisible(not self.editable)
        for b in (self.add_button, self.remove_button):
            b.setVisible(self.editable)
        self.table.setRowCount(len(self.offices))
        for row, o in enumerate(self.offices):
            added = f"{o.added_at:%Y-%m-%d %H:%M}" if o.added_at else "—"
            for column, text in enumerate((o.office, o.display, added, o.added_by or "—")):
                item = QTableWidgetItem(text)
                item.setToolTip(o.fingerprint if column == 1 else text)
                self.table.setItem(row, column, item)
        self._selection_changed()

    def selected(self) -> "TrustedOffice | None":
        rows = self.table.selectionModel().selectedRows()
        return self.offices[rows[0].row()] if rows and rows[0].row() < len(self.offices) else None

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(self.selected() is not None)

    # ---- actions -----------------------------------------------------------------------------

    def export_key(self) -> Path | None:
        from .app import app_settings

        try:
            name, data = self.services.exchange.public_key_file()
        except Exception as exc:  # noqa: BLE001 - explained
            if not isinstance(exc, RuleError):
                log.exception("reading the office key failed")
            self._prompts.error(self, tr("导出本机公钥"), "".join(error_lines(exc)))
            return None
        folder = str(app_settings().value(FOLDER_KEY, "") or "")
        chosen = self._prompts.save_file(self, tr("导出本机公钥"), KEY_FILTER, str(Path(folder) / name) if folder else name)
        if not chosen:
            return None
        path = Path(chosen)
        if not path.name.endswith(".wagecase-key"):
            path = path.with_name(path.name + ".wagecase-key")
        try:
            path.write_bytes(data)
        except OSError:
            self._prompts.error(self, tr("导出本机公钥"), tr("无法写入文件“{path}”，请换一个位置保存。").format(path=path))
            return None
        app_settings().setValue(FOLDER_KEY, str(path.parent))
        self._prompts.info(self, tr("导出本机公钥"), tr("本机公钥已保存到：\n{path}\n\n请把该文件发给对方机关，并电话告知公钥指纹：\n{text}").format(
            path=path, text=self.own_fingerprint.text()))
        return path

    def add_office(self) -> bool:
        from .app import app_settings

        chosen = self._prompts.open_file(self, tr("添加受信任的机关"), KEY_FILTER,
                                         str(app_settings().value(FOLDER_KEY, "") or ""))
        if not chosen:
            return False
        try:
            seen = self.services.exchange.read_key_file(chosen)
        except Exception as exc:  # noqa: BLE001 - explained
            if not isinstance(exc, RuleError):
                log.exception("reading a key file failed")
            self._prompts.error(self, tr("添加受信任的机关"), "".join(error_lines(exc)))
            return False
        if seen.own:
            self._prompts.info(self, tr("添加受信任的机关"), tr("这是本机自己的公钥，不需要添加为信任的机关。"))
            return False
        if not run_editor(TrustDialog(self.services, self._prompts, chosen, seen, self)):
            return False
        self.refresh()
        self.changed.emit()
        return True

    def remove_selected(self) -> bool:
        office = self.selected()
        if office is None:
            return False
        if not confirmed_change(self, self._prompts, tr("移除受信任的机关"),
                                tr("确定不再信任“{office}”（指纹 {display}）吗？\n此后该机关签名的案件包将不能导入，已导入的案件不受影响。").format(
                                    office=office.office, display=office.display),
                                lambda: self.services.exchange.remove_trust(office.fingerprint),
                                log, "removing a trusted office failed"):
            return False
        self.refresh()
        self.changed.emit()
        return True
