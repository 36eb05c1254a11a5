"""登录 at start, 修改密码 from the 文件 menu, and the first administrator's first password.

What the user typed stays in the fields after a refusal (only the password is cleared after a
wrong one); the reason is said under the fields in Chinese.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..domain.errors import RuleError, ValidationFailed
from ..domain.passwords import MIN_LENGTH
from .dialog_parts import error_box
from .issue_dialog import FieldRows, grow, show_failure
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import UserView

LAST_USER_KEY = "login/last_username"
PASSWORD_HINT = tr("至少{MIN_LENGTH}个字符，同时包含字母和数字。").format(MIN_LENGTH=MIN_LENGTH)


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumWidth(320)
    return edit


class LoginDialog(QDialog):
    """Logs a user in (services.ctx.user_id is set); ``user`` is who, once accepted. A user who
    never had a password (the office's first administrator) sets one here."""

    def __init__(self, services: "Services", location: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from .app import app_settings

        self._services = services
        self.user: "UserView | None" = None
        self.setWindowTitle(tr("登录 — wagecase 农民工欠薪案件管理"))
        title = QLabel(tr("农民工欠薪案件管理"))
        title.setObjectName("pageTitle")
        where = QLabel(tr("数据库：{location}").format(location=location) if location else "")
        where.setObjectName("fieldCaption")
        where.setWordWrap(True)
        self.rows = FieldRows()
        self.username = self.rows.add("username", tr("用户名"), QLineEdit(), required=True)
        self.username.setMinimumWidth(320)
        self.password = self.rows.add("password", tr("密码"), _password_edit(), required=True)
        self.again = self.rows.add("again", tr("确认密码"), _password_edit())
        self.first_note = QLabel(tr("首次使用：请为该用户设置登录密码（{PASSWORD_HINT}）").format(PASSWORD_HINT=PASSWORD_HINT))
        self.first_note.setWordWrap(True)
        self.first_note.setObjectName("fieldCaption")
        self.errors = error_box()
        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton(tr("登录"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(tr("退出"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(where)
        lay.addLayout(self.rows.form)
        lay.addWidget(self.first_note)
        lay.addWidget(self.errors)
        lay.addWidget(self.buttons)
        lay.setSizeConstraint(QVBoxLayout.SizeConstraint.SetFixedSize)  # compact: no stretched gaps
        self._first = False
        self.username.setText(str(app_settings().value(LAST_USER_KEY, "") or ""))
        self.username.editingFinished.connect(self._check_first)
        self._check_first()
        (self.password if self.username.text() else self.username).setFocus()

    @property
    def first_time(self) -> bool:
        return self._first

    def _check_first(self) -> None:
        first = bool(self.username.text().strip()) and self._services.users.needs_first_password(
            self.username.text())
        self._first = first
        self.again.parentWidget().setVisible(first)
        self.rows.form.labelForField(self.again.parentWidget()).setVisible(first)
        self.first_note.setVisible(first)
        self.login_button.setText(tr("设置密码并登录") if first else tr("登录"))
        grow(self)

    def try_login(self) -> bool:
        from .app import app_settings

        self.rows.clear()
        self.errors.hide()
        name = self.username.text().strip()
        if not name:
            self.errors.setText(tr("请输入用户名。"))
            self.errors.show()
            return False
        users = self._services.users
        try:
            if self.first_time:
                self.user = users.set_first_password(name, self.password.text(), self.again.text())
            else:
                self.user = users.authenticate(name, self.password.text())
        except (RuleError, ValidationFailed) as exc:
            if not isinstance(exc, ValidationFailed):
                self.password.clear()
            show_failure(self, self.rows, self.errors, exc, "login")
            self.password.setFocus()
            return False
        app_settings().setValue(LAST_USER_KEY, name)
        self.accept()
        return True


class PasswordDialog(QDialog):
    """修改密码; ``forced``: the administrator gave an initial password, which must go."""

    def __init__(self, services: "Services", forced: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(tr("修改密码"))
        note = QLabel((tr("管理员为您设置了初始密码，请先修改为只有您知道的密码。") if forced else "") + PASSWORD_HINT)
        note.setWordWrap(True)
        self.rows = FieldRows()
        self.old = self.rows.add("old", tr("原密码"), _password_edit(), required=True)
        self.new = self.rows.add("password", tr("新密码"), _password_edit(), required=True)
        self.again = self.rows.add("again", tr("确认新密码"), _password_edit(), required=True)
        self.errors = error_box()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("修改"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("退出") if forced else tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(note)
        lay.addLayout(self.rows.form)
        lay.addWidget(self.errors)
        lay.addWidget(self.buttons)
        self.rows.form.setFieldGrowthPolicy(self.rows.form.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.setMinimumWidth(420)
        self.old.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> bool:
        self.rows.clear()
        self.errors.hide()
        try:
            self._services.users.change_password(self.old.text(), self.new.text(), self.again.text())
        except (RuleError, ValidationFailed) as exc:
            show_failure(self, self.rows, self.errors, exc, "change password")
            return False
        self.accept()
        return True


def log_in(services: "Services", location: str = "", parent: QWidget | None = None) -> bool:
    """The login (and, for an initial password, the forced change); False: the user left."""
    dialog = LoginDialog(services, location, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.user is None:
            return False
        if dialog.user.must_change_password:
            change = PasswordDialog(services, forced=True, parent=parent)
            try:
                if change.exec() != QDialog.DialogCode.Accepted:
                    services.users.log_out()
                    return False
            finally:
                change.deleteLater()
        return True
    finally:
        dialog.deleteLater()
