"""设置 → 用户与权限: the office's users, their roles and what each role may do. The
administrator adds users (with an initial password they must change), edits a name, role or
state, resets a forgotten password and unlocks a locked account."""
from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..domain.case import Role
from ..domain.errors import RuleError, ValidationFailed
from ..domain.permissions import PERMISSION_LABELS, ROLE_PERMISSIONS, Permission, may
from .dialog_parts import error_box
from .error_text import error_lines
from .issue_dialog import FieldRows, show_failure
from .login_dialog import PASSWORD_HINT
from .settings_widgets import page_labels, page_layout, read_only_rows, show_load_error
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import UserView
    from .prompts import Prompts

log = logging.getLogger(__name__)

TITLE = tr("用户与权限")
DESCRIPTION = (tr("每人使用自己的账号登录，所做的每项操作都记入操作日志。新用户首次登录时须修改管理员设置的初始密码；"
               "连续输错密码将被暂时锁定。审批只能由科室负责人办理。"))
READ_ONLY = tr("以下数据仅供查阅。只有管理员可以新增用户、修改角色、重置密码。")
LOAD_FAILED = tr("无法读取用户，详细信息已写入日志。请稍后重试，或联系系统管理员。")
HEADERS = (tr("用户名"), tr("姓名"), tr("角色"), tr("状态"), tr("最近登录"))
GREY = QColor("#9ca3af")


def _state(u: "UserView", now: datetime) -> str:
    if not u.active:
        return tr("已停用")
    if u.locked_until is not None and u.locked_until > now:
        return tr("已锁定（至{locked_until:%H:%M}）").format(locked_until=u.locked_until)
    if not u.has_password:
        return tr("未设置密码")
    return tr("须修改密码") if u.must_change_password else tr("正常")


def role_summary() -> str:
    """每个角色可以办理的事项, for the page's foot."""
    lines = []
    for role in Role:
        held = [tr(PERMISSION_LABELS[p]) for p in Permission if p in ROLE_PERMISSIONS[role]]
        lines.append(tr("{label}：{join}").format(label=tr(role.label), join=tr('、').join(held)))
    return "\n".join(lines)


class UserDialog(QDialog):
    def __init__(self, services: "Services", user: "UserView | None" = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self.setWindowTitle(tr("修改用户") if user else tr("新增用户"))
        self.rows = FieldRows()
        self.username = self.rows.add("username", tr("用户名"), QLineEdit(), required=True)
        self.display_name = self.rows.add("display_name", tr("姓名"), QLineEdit(), required=True)
        self.role = self.rows.add("role", tr("角色"), QComboBox(), required=True)
        for role in Role:
            self.role.addItem(tr(role.label), role.value)
        self.password = self.rows.add("password", tr("初始密码"), QLineEdit(), required=True)
        self.password.setPlaceholderText(PASSWORD_HINT)
        self.active = QCheckBox(tr("启用（停用的用户不能登录，其办理记录保留）"))
        self.active.setChecked(True)
        self.errors = error_box()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(self.rows.form)
        lay.addWidget(self.active)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)
        self.setMinimumWidth(440)
        if user is not None:
            self.username.setText(user.username)
            self.username.setEnabled(False)
            self.display_name.setText(user.display_name)
            self.role.setCurrentIndex(max(self.role.findData(user.role), 0))
            self.active.setChecked(user.active)
            self.password.parentWidget().hide()
            self.rows.form.labelForField(self.password.parentWidget()).hide()
        else:
            self.active.hide()
        self.saved: "UserView | None" = None

    def save(self) -> bool:
        self.rows.clear()
        self.errors.hide()
        users = self._services.users
        try:
            if self._user is None:
                self.saved = users.create(self.username.text(), self.display_name.text(), self.role.currentData(),
                                          self.password.text())
            else:
                self.saved = users.update(self._user.id, self.display_name.text(), self.role.currentData(),
                                          self.active.isChecked())
        except (RuleError, ValidationFailed) as exc:
            show_failure(self, self.rows, self.errors, exc, "saving a user")
            return False
        self.accept()
        return True


class UsersPage(QWidget):
    changed = Signal()

    def __init__(self, services: "Services", prompts: "Prompts", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._prompts = prompts
        self.users: list[UserView] = []
        self.dialog: UserDialog | None = None
        title, description, self.read_only, self.load_error = page_labels(TITLE, DESCRIPTION, READ_ONLY)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels(list(HEADERS))
        read_only_rows(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((140, 120, 130, 170)):
            self.table.setColumnWidth(col, width)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda *_: self.edit_selected())
        self.add_button = QPushButton(tr("新增用户…"))
        self.edit_button = QPushButton(tr("修改…"))
        self.reset_button = QPushButton(tr("重置密码…"))
        self.unlock_button = QPushButton(tr("解锁"))
        self.add_button.clicked.connect(lambda: self.add_user())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.reset_button.clicked.connect(lambda: self.reset_selected())
        self.unlock_button.clicked.connect(lambda: self.unlock_selected())
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.reset_button, self.unlock_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        roles = QLabel(role_summary())
        roles.setObjectName("settingsDescription")
        roles.setWordWrap(True)
        lay = page_layout(self, (title, description, self.read_only, self.load_error))
        lay.addLayout(buttons)
        lay.addWidget(self.table, 1)
        lay.addWidget(QLabel(tr("各角色的权限：")))
        lay.addWidget(roles)
        self.editable = False
        self.refresh()

    def refresh(self) -> None:
        from ..services.context import to_local

        self.load_error.hide()
        try:
            me = self._services.users.current()
            self.editable = me is not None and may(me.role, Permission.USERS)
            self.users = self._services.users.all()
        except Exception as exc:  # noqa: BLE001 - explained on the page
            if not isinstance(exc, RuleError):
                log.exception("reading the users failed")
            show_load_error(self.load_error, exc, LOAD_FAILED)
            self.users = []
        now = to_local(self._services.ctx.clock())
        self.read_only.setVisible(not self.editable)
        for b in (self.add_button, self.edit_button, self.reset_button, self.unlock_button):
            b.setVisible(self.editable)
        self.table.setRowCount(len(self.users))
        for row, u in enumerate(self.users):
            cells = (u.username, u.display_name, tr(u.role_label), _state(u, now),
                     f"{u.last_login_at:%Y-%m-%d %H:%M}" if u.last_login_at else "")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, u.id)
                if not u.active:
                    item.setForeground(QBrush(GREY))
                self.table.setItem(row, col, item)
        self._selection_changed()

    def selected(self) -> "UserView | None":
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows and rows[0].row() < len(self.users) else None

    def select(self, username: str) -> None:
        for row, u in enumerate(self.users):
            if u.username == username:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        user = self.selected()
        for b in (self.edit_button, self.reset_button, self.unlock_button):
            b.setEnabled(user is not None)

    # ---- changes -------------------------------------------------------------------------------

    def add_user(self) -> "UserDialog":
        return self._open(UserDialog(self._services, None, self))

    def edit_selected(self) -> "UserDialog | None":
        user = self.selected()
        if user is None or not self.editable:
            return None
        return self._open(UserDialog(self._services, user, self))

    def _open(self, dialog: UserDialog) -> UserDialog:
        self.dialog = dialog

        def done() -> None:
            self.refresh()
            if dialog.saved is not None:
                self.select(dialog.saved.username)
            self.changed.emit()

        dialog.accepted.connect(done)
        dialog.open()
        return dialog

    def reset_selected(self) -> bool:
        user = self.selected()
        if user is None:
            return False
        password = self._prompts.text(self, tr("重置密码"),
                                      tr("为“{display_name}”设置新的初始密码（{PASSWORD_HINT}用户登录后须修改）：").format(
                                          display_name=user.display_name, PASSWORD_HINT=PASSWORD_HINT))
        if password is None:
            return False
        return self._change(tr("重置密码"), lambda: self._services.users.reset_password(user.id, password), user,
                            tr("已为“{display_name}”重置密码，请当面告知本人，并提醒其登录后修改。").format(display_name=user.display_name))

    def unlock_selected(self) -> bool:
        user = self.selected()
        if user is None:
            return False
        return self._change(tr("解锁"), lambda: self._services.users.unlock(user.id), user, "")

    def _change(self, title: str, change, user: "UserView", said: str) -> bool:
        try:
            change()
        except ValidationFailed as exc:
            self._prompts.warning(self, title, "\n".join(error_lines(exc)))
            return False
        except Exception as exc:  # noqa: BLE001 - explained, logged when unexpected
            if not isinstance(exc, RuleError):
                log.exception("%s failed", title)
            self._prompts.warning(self, title, "\n".join(error_lines(exc)))
            return False
        self.refresh()
        self.select(user.username)
        if said:
            self._prompts.info(self, title, said)
        return True
