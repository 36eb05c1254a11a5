"""设置 → 仲裁庭室: the rooms hearings are booked into. Everyone may look; the administrator
adds, renames, and stops or resumes a room (a stopped room keeps its hearings, takes no new ones)."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QPushButton, QTableWidget, QTableWidgetItem, QWidget

from ..domain.errors import RuleError
from .error_text import UNEXPECTED, error_lines
from .schedule_dialog import hearing_service
from .settings_widgets import button_row, page_labels, page_layout, read_only_rows, show_load_error
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import RoomView
    from .prompts import Prompts

log = logging.getLogger(__name__)

TITLE = tr("仲裁庭室")
DESCRIPTION = (tr("安排开庭时可选择的仲裁庭室。同一庭室在同一时间只能安排一场开庭；"
               "停用的庭室不能再安排新的开庭，已安排的开庭不受影响。"))
READ_ONLY = tr("以下数据仅供查阅。只有管理员可以新增、修改或停用仲裁庭室。")
LOAD_FAILED = tr("无法读取仲裁庭室，详细信息已写入日志。请稍后重试，或联系系统管理员。")
STOPPED = QColor("#9ca3af")


class RoomsPage(QWidget):
    changed = Signal()

    def __init__(self, services: "Services", prompts: "Prompts", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._prompts = prompts
        self.hearings = hearing_service(services)
        self.rooms: list[RoomView] = []
        title, description, self.read_only, self.load_error = page_labels(TITLE, DESCRIPTION, READ_ONLY)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("roomsTable")
        self.table.setHorizontalHeaderLabels([tr("名称"), tr("状态")])
        read_only_rows(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 260)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda *_: self.rename_selected())
        self.add_button = QPushButton(tr("新增庭室…"))
        self.rename_button = QPushButton(tr("重命名…"))
        self.active_button = QPushButton(tr("停用"))
        self.add_button.clicked.connect(lambda: self.add_room())
        self.rename_button.clicked.connect(lambda: self.rename_selected())
        self.active_button.clicked.connect(lambda: self.toggle_selected())
        buttons = button_row(self.add_button, self.rename_button, self.active_button)
        lay = page_layout(self, (title, description, self.read_only, self.load_error))
        lay.addLayout(buttons)
        lay.addWidget(self.table, 1)
        self.editable = False
        self.refresh()

    def refresh(self) -> None:
        self.load_error.hide()
        try:
            self.editable = self.hearings.can_edit_rooms()
            self.rooms = self.hearings.rooms()
        except Exception as exc:  # noqa: BLE001 - explained on the page
            if not isinstance(exc, RuleError):
                log.exception("reading the hearing rooms failed")
            show_load_error(self.load_error, exc, LOAD_FAILED)
            self.rooms = []
        self.read_only.setVisible(not self.editable)
        self.add_button.setVisible(self.editable)
        self.rename_button.setVisible(self.editable)
        self.active_button.setVisible(self.editable)
        self.table.setRowCount(len(self.rooms))
        for row, r in enumerate(self.rooms):
            name = QTableWidgetItem(r.name)
            name.setData(Qt.ItemDataRole.UserRole, r.id)
            state = QTableWidgetItem(tr("使用中") if r.active else tr("已停用"))
            if not r.active:
                for item in (name, state):
                    item.setForeground(QBrush(STOPPED))
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, state)
        self._selection_changed()

    def select(self, name: str) -> None:
        for row, r in enumerate(self.rooms):
            if r.name == name:
                self.table.selectRow(row)
                return

    def selected(self) -> "RoomView | None":
        rows = self.table.selectionModel().selectedRows()
        return self.rooms[rows[0].row()] if rows and rows[0].row() < len(self.rooms) else None

    def _selection_changed(self) -> None:
        room = self.selected()
        self.rename_button.setEnabled(room is not None)
        self.active_button.setEnabled(room is not None)
        self.active_button.setText(tr("启用") if room is not None and not room.active else tr("停用"))

    # ---- changes -------------------------------------------------------------------------------

    def add_room(self) -> bool:
        name = self._prompts.text(self, tr("新增仲裁庭室"), tr("庭室名称："))
        if name is None:
            return False
        return self._change(tr("新增仲裁庭室"), lambda: self.hearings.add_room(name), " ".join(name.split()))

    def rename_selected(self) -> bool:
        room = self.selected()
        if room is None or not self.editable:
            return False
        name = self._prompts.text(self, tr("重命名仲裁庭室"), tr("新的名称："), room.name)
        if name is None or name.strip() == room.name:
            return False
        return self._change(tr("重命名仲裁庭室"), lambda: self.hearings.rename_room(room.id, name),
                            " ".join(name.split()))

    def toggle_selected(self) -> bool:
        room = self.selected()
        if room is None:
            return False
        if room.active:
            question = tr("停用“{name}”后不能再安排新的开庭，已安排的开庭不受影响。确定停用吗？").format(name=room.name)
            if not self._prompts.question(self, tr("停用仲裁庭室"), question):
                return False
        return self._change(tr("停用仲裁庭室") if room.active else tr("启用仲裁庭室"),
                            lambda: self.hearings.set_room_active(room.id, not room.active), room.name)

    def _change(self, title: str, change, select: str) -> bool:
        try:
            change()
        except Exception as exc:  # noqa: BLE001 - explained to the clerk, logged when unexpected
            if not isinstance(exc, RuleError):
                log.exception("%s failed", title)
            self._prompts.error(self, title, "\n".join(error_lines(exc)) or UNEXPECTED)
            return False
        self.refresh()
        self.select(select)
        self.changed.emit()
        return True
