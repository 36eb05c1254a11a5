"""初始设置 — 数据库位置: on the first start of a workstation (no database named, none remembered,
no database file in the data folder yet), where its cases are kept: a database file on this PC,
or the office's PostgreSQL server that several workstations share.

The choice is remembered in the data folder (paths.remember_database: the server's address without
its password, which goes to the pgpass file, where the PostgreSQL driver looks for it), where the
program and wagecase-cli both find it.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QRadioButton, QSpinBox, QVBoxLayout, QWidget,
)

from .startup_texts import DB_FILE_FILTER
from .error_text import error_lines
from .i18n import tr

if TYPE_CHECKING:
    from .prompts import Prompts

DB_SUFFIXES = (".sqlite3", ".sqlite", ".db")  # as the file filter offers them


class DatabaseChoiceDialog(QDialog):
    """``url`` once accepted: the database to open (with the password, for this start only);
    ``remembered`` what the workstation keeps ("" for the default file)."""

    def __init__(self, prompts: "Prompts", default_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prompts = prompts
        self._default = default_file
        self.url = ""
        self.remembered = ""
        self.password_to_keep = ""
        self.setWindowTitle(tr("初始设置 — 数据库位置"))
        intro = QLabel(tr("本机第一次使用本程序，请选择案件数据保存在哪里。以后本机都打开这里选择的数据库。"))
        intro.setWordWrap(True)
        self.local = QRadioButton(tr("本机数据库文件（一台电脑单独使用）"))
        self.server = QRadioButton(tr("单位的 PostgreSQL 服务器（多台电脑共用一个数据库）"))
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        self.local.setChecked(True)

        self.file = QLineEdit(str(default_file))
        browse = QPushButton(tr("浏览…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.local_box = QGroupBox()
        QVBoxLayout(self.local_box).addLayout(file_row)

        self.host = QLineEdit()
        self.host.setPlaceholderText(tr("服务器地址，如 192.168.1.10 或 db.rsj.local"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("wagecase")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton(tr("测试连接"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("*服务器："), self.host)
        form.addRow(tr("*端口："), self.port)
        form.addRow(tr("*数据库名："), self.database)
        form.addRow(tr("*用户名："), self.user)
        form.addRow(tr("密码："), self.password)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        note = QLabel(tr("服务器、数据库和用户由单位的数据库管理员提供。密码保存在本机用户的 PostgreSQL 密码文件中，"
                      "不写入程序设置。"))
        note.setObjectName("fieldCaption")
        note.setWordWrap(True)
        self.server_box = QGroupBox()
        server_lay = QVBoxLayout(self.server_box)
        server_lay.addLayout(form)
        server_lay.addLayout(test_row)
        server_lay.addWidget(self.test_result)
        server_lay.addWidget(note)

        self.error = QLabel()
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox()
        buttons.addButton(tr("下一步"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("退出"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.local)
        lay.addWidget(self.local_box)
        lay.addWidget(self.server)
        lay.addWidget(self.server_box)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        group.buttonToggled.connect(lambda *_: self._enable())
        self._enable()
        self.setMinimumWidth(640)

    def _enable(self) -> None:
        self.local_box.setEnabled(self.local.isChecked())
        self.server_box.setEnabled(self.server.isChecked())

    def _browse(self) -> None:
        chosen = self._prompts.save_file(self, tr("数据库文件"), DB_FILE_FILTER, self.file.text())
        if chosen:
            self.file.setText(chosen if chosen.lower().endswith(DB_SUFFIXES) else chosen + ".sqlite3")

    def _server_url(self, with_password: bool) -> str:
        from ..services import safety

        return safety.server_url(self.host.text(), self.port.value(), self.database.text(), self.user.text(),
                                 self.password.text() if with_password else "")

    def _missing(self) -> list[str]:
        return [name for name, edit in ((tr("服务器"), self.host), (tr("数据库名"), self.database), (tr("用户名"), self.user))
                if not edit.text().strip()]

    def test_connection(self) -> bool:
        from ..services import safety

        missing = self._missing()
        if missing:
            self.test_result.setText(tr("请填写：") + tr("、").join(missing))
            return False
        self.test_result.setText(tr("正在连接……"))
        self.repaint()
        try:
            safety.check_server(self._server_url(with_password=True))
        except Exception as exc:  # noqa: BLE001 - said in Chinese beside the button
            self.test_result.setText("".join(error_lines(exc)))
            self.test_result.setStyleSheet("color: #b91c1c;")
            return False
        self.test_result.setText(tr("连接成功。"))
        self.test_result.setStyleSheet("color: #15803d;")
        return True

    def accept(self) -> None:
        self.error.hide()
        if self.local.isChecked():
            text = self.file.text().strip()
            if not text:
                self._fail(tr("请填写数据库文件的位置。"))
                return
            path = Path(text).expanduser()
            self.url = f"sqlite:///{path}"
            self.remembered = "" if path == self._default else self.url
            super().accept()
            return
        if not self.test_connection():  # a server that does not answer is not chosen
            self._fail(tr("请先确认服务器可以连接：") + self.test_result.text())
            return
        self.url = self._server_url(with_password=True)
        self.remembered = self._server_url(with_password=False)
        self.password_to_keep = self.password.text()
        super().accept()

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def choose_database(prompts: "Prompts", default_file: Path, parent: QWidget | None) -> tuple[str, str, str] | None:
    """The dialog, modal: (url to open now, url to remember or "", password to keep or "")."""
    dialog = DatabaseChoiceDialog(prompts, default_file, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.url, dialog.remembered, dialog.password_to_keep
    finally:
        dialog.deleteLater()
