"""登记送达: how, to whom and when an issued document was served, and the proof of it.

The service date may start a statutory period (the rules library reads it as an event), so the
case view refreshes its deadlines after a record is saved.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..domain.errors import RuleError, ValidationFailed
from .error_text import UNEXPECTED, error_lines
from .dialog_parts import date_edit, edit_date, error_box, today
from .issue_dialog import FieldRows, grow
from .settings_widgets import ok_cancel
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import Changes, IssuedDocumentView
    from .prompts import Prompts

log = logging.getLogger(__name__)

METHODS: tuple[tuple[str, str], ...] = (
    ("direct", tr("直接送达")),
    ("post", tr("邮寄送达")),
    ("leave", tr("留置送达")),
    ("notice", tr("公告送达")),
    ("electronic", tr("电子送达")),
)
PROOF_HINTS = {
    "direct": tr("受送达人签收的送达回证；代收人姓名及与受送达人的关系"),
    "post": tr("邮件号（EMS 单号）及签收情况"),
    "leave": tr("见证人姓名、单位，拍照或录像情况"),
    "notice": tr("公告的媒体或地点、公告日期"),
    "electronic": tr("电子送达的号码或邮箱，及送达回执"),
}


class ServiceDialog(QDialog):
    """After 确定 succeeds ``changes`` holds what the service changed."""

    def __init__(self, services: "Services", prompts: "Prompts", document: "IssuedDocumentView",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._prompts = prompts
        self.document = document
        self.changes: Changes | None = None
        self.setWindowTitle(tr("登记送达"))

        what = QLabel(tr("{title}　{number}").format(title=tr(document.title), number=document.number))
        what.setObjectName("pageTitle")
        what.setWordWrap(True)

        self.method = QComboBox()
        for value, label in services.documents.service_methods() or METHODS:
            self.method.addItem(tr(label), value)
        self.recipient = QLineEdit(document.recipient)
        self.recipient.setPlaceholderText(tr("受送达人姓名或单位名称"))
        self.recipient.setMaxLength(200)
        self.served_on = date_edit(today(services))
        self.proof = QLineEdit()
        self.proof.setMaxLength(500)
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.rows = FieldRows()
        self.rows.add("method", tr("送达方式"), self.method, True)
        self.rows.add("recipient", tr("受送达人"), self.recipient, True)
        self.rows.add("served_on", tr("送达日期"), self.served_on, True)
        self.rows.add("proof", tr("送达凭证"), self.proof)
        self.rows.add("note", tr("备注"), self.note)
        for w in (self.recipient, self.proof, self.note):
            w.setMinimumWidth(380)

        hint = QLabel(tr("送达日期为受送达人签收之日（邮寄为签收之日，公告为公告期满之日）；"
                      "以送达之日起算的法定期限将随之计算。"))
        hint.setObjectName("fieldCaption")
        hint.setWordWrap(True)
        self.errors = error_box()
        self.buttons = ok_cancel()
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(what)
        lay.addLayout(self.rows.form)
        lay.addWidget(hint)
        lay.addWidget(self.errors)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.method.currentIndexChanged.connect(self._method_changed)
        self._method_changed()

    def _method_changed(self) -> None:
        self.proof.setPlaceholderText(PROOF_HINTS.get(self.method.currentData(), ""))

    def set_method(self, value: str) -> None:
        self.method.setCurrentIndex(max(0, self.method.findData(value)))

    def input(self):
        from ..services.dto import ServiceInput

        return ServiceInput(method=self.method.currentData() or "", recipient=self.recipient.text().strip(),
                            served_on=edit_date(self.served_on), proof=self.proof.text().strip(),
                            note=self.note.text().strip())

    def save(self) -> None:
        self.rows.clear()
        self.errors.hide()
        try:
            self.changes = self._services.documents.record_service(self.document.id, self.input())
        except ValidationFailed as exc:
            lines = self.rows.show(exc)
        except RuleError as exc:
            lines = error_lines(exc)
        except Exception:  # noqa: BLE001 - explained to the user, logged in full
            log.exception("recording service of document %s failed", self.document.id)
            lines = [UNEXPECTED]
        else:
            self.accept()
            return
        self.errors.setText("\n".join(lines))
        self.errors.show()
        grow(self)
