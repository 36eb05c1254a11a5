"""签发 one form of a case: what the officer must type (the ground of a refusal, the missing
items...), a draft preview, then the numbered document.

The fields come from ``FormChoice.inputs``; a refused 签发 keeps the dialog open with the reason
under the field it concerns, so nothing typed is lost.
"""
from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QVBoxLayout, QWidget,
)

from ..domain.errors import FieldError, RuleError, ValidationFailed
from .dialog_parts import date_edit, edit_date, error_box, today
from .error_text import UNEXPECTED, UNEXPECTED_DOING, error_lines, field_error_text, say
from .settings_widgets import ok_cancel
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import Changes, FormChoice, IssuedDocumentView, ReferenceColumn
    from .prompts import Prompts

log = logging.getLogger(__name__)

# a bare ``border`` makes Qt drop the native frame and with it the padding: the field shrinks
BAD = ("QLineEdit, QPlainTextEdit, QComboBox, QDateEdit { border: 1px solid #c62828; border-radius: 2px;"
       " padding: 3px 4px; background: #fffafa; }")
PER_TEXT = {
    "case": tr("本案制作一份"),
    "worker": tr("每名劳动者各制作一份"),
    "respondent": tr("每个被投诉人（被申请人）各制作一份"),
    "subject": tr("每名失信名单当事人各制作一份"),
    "applicant": tr("每名法律援助申请人各制作一份"),
}


def field_key(field: str) -> str:
    """``inputs.ground`` / ``inputs[ground]`` / ``ground`` -> ``ground``."""
    tail = field.replace("[", ".").replace("]", "").split(".")
    return tail[-1] if tail else field


def short_error(err: FieldError, label: str = "") -> str:
    """The sentence without its field name (it stands under the field), or with our label."""
    try:
        text = say(err.key, **err.params)
    except Exception:  # noqa: BLE001 - a key without a sentence still says where to look
        return field_error_text(err)
    return tr("{label}：{text}").format(label=label, text=text) if label else text


class FieldRows:
    """A QFormLayout whose fields each carry a red line underneath for their own error."""

    def __init__(self) -> None:
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}
        self.errors: dict[str, QLabel] = {}

    def add(self, key: str, label: str, widget: QWidget, required: bool = False) -> QWidget:
        holder = QWidget()
        lay = QVBoxLayout(holder)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        err = QLabel()
        err.setObjectName(f"error_{key}")
        err.setStyleSheet("color: #b71c1c;")
        err.setWordWrap(True)
        err.hide()
        lay.addWidget(err)
        caption = ("* " if required else "") + label + tr("：")
        self.form.addRow(caption, holder)
        self.widgets[key] = widget
        self.labels[key] = label
        self.errors[key] = err
        return widget

    def clear(self) -> None:
        for key, widget in self.widgets.items():
            widget.setStyleSheet("")
            self.errors[key].clear()
            self.errors[key].hide()

    def show(self, exc: ValidationFailed) -> list[str]:
        """Marks the fields named by ``exc``; the summary lines (with our field labels)."""
        lines = []
        for err in exc.errors:
            key = field_key(err.field)
            if key in self.widgets:
                self.widgets[key].setStyleSheet(BAD)
                text = short_error(err)
                old = self.errors[key].text()
                self.errors[key].setText(f"{old}\n{text}" if old else text)
                self.errors[key].show()
                label = self.labels[key]
                lines.append(text if label in text else tr("{label}：{text}").format(label=label, text=text))
            else:
                lines.append(field_error_text(err))
        return lines


def grow(dialog: QDialog) -> None:
    """The error lines just shown need room: a shown dialog does not grow by itself, it
    squeezes the fields instead."""
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
    hint = dialog.sizeHint()
    dialog.resize(max(dialog.width(), hint.width()), max(dialog.height(), hint.height()))


def show_failure(dialog: QDialog, rows: FieldRows, box: QLabel, exc: BaseException, what: str,
                 unexpected: str = UNEXPECTED) -> None:
    """A refused save explained where it belongs: field errors under their fields, a rule's
    reason in the box, anything else logged in full and said in one calm sentence."""
    if isinstance(exc, ValidationFailed):
        lines = rows.show(exc)
    elif isinstance(exc, RuleError):
        lines = error_lines(exc)
    else:
        log.exception("%s failed", what)
        lines = [unexpected]
    box.setText("\n".join(lines))
    box.show()
    grow(dialog)


def input_widget(col: "ReferenceColumn", today: date) -> QWidget:
    if col.kind == "multiline":
        w: QWidget = QPlainTextEdit()
        w.setPlaceholderText(col.hint)
        w.setTabChangesFocus(True)
        w.setMinimumHeight(90)
    elif col.kind == "choice":
        w = QComboBox()
        # no silent default: a refusal's ground is a decision the officer makes
        w.addItem(tr("（请选择）") if col.required else tr("（不填）"), "")
        for value, label in col.choices:
            w.addItem(tr(label), value)
    elif col.kind == "date":
        w = date_edit(today)
    else:
        w = QLineEdit()
        w.setPlaceholderText(col.hint)
        w.setMaxLength(1000)
    if col.hint:
        w.setToolTip(col.hint)
    w.setMinimumWidth(380)
    return w


def widget_text(w: QWidget) -> str:
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText().strip()
    if isinstance(w, QComboBox):
        return str(w.currentData() or "")
    if isinstance(w, QDateEdit):
        return edit_date(w).isoformat()
    if isinstance(w, QLineEdit):
        return w.text().strip()
    return ""


def set_widget_text(w: QWidget, value: str) -> None:
    """For tests and for refilling: the same text the service would receive."""
    if isinstance(w, QPlainTextEdit):
        w.setPlainText(value)
    elif isinstance(w, QComboBox):
        i = w.findData(value)
        w.setCurrentIndex(i if i >= 0 else max(0, w.findText(value)))
    elif isinstance(w, QDateEdit):
        d = date.fromisoformat(value)
        w.setDate(QDate(d.year, d.month, d.day))
    elif isinstance(w, QLineEdit):
        w.setText(value)


class IssueDialog(QDialog):
    """After 签发 succeeds: ``issued`` holds the new documents and ``changes`` what changed."""

    def __init__(self, services: "Services", prompts: "Prompts", case_id: int, form: "FormChoice",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._prompts = prompts
        self.case_id = case_id
        self.form = form
        self.issued: list[IssuedDocumentView] = []
        self.changes: Changes | None = None
        self.preview_dialog = None
        self.setWindowTitle(tr("签发文书 — {title}").format(title=tr(form.title)))

        title = QLabel(tr(form.title))
        title.setObjectName("pageTitle")
        per_text = PER_TEXT.get(form.per, "")
        per = QLabel((per_text + tr("；") if per_text else "") + tr("签发时自动编号并存档。"))
        per.setObjectName("fieldCaption")

        self.rows = FieldRows()
        for col in form.inputs:
            self.rows.add(col.key, tr(col.label), input_widget(col, today(services)), col.required)
        none = QLabel(tr("本文书的内容全部取自案件登记信息，无需另行填写。"))
        none.setObjectName("fieldCaption")
        none.setVisible(not form.inputs)

        self.hint = QLabel(tr("签发后文号即被占用，文书不能修改；如有错误，只能作废后重新签发。"
                           "签发前可先“预览”核对草稿。"))
        self.hint.setObjectName("fieldCaption")
        self.hint.setWordWrap(True)
        self.errors = error_box()

        self.buttons = ok_cancel(tr("签发"))
        self.issue_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.preview_button = QPushButton(tr("预览草稿…"))
        self.preview_button.clicked.connect(self.preview)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(per)
        lay.addSpacing(6)
        lay.addLayout(self.rows.form)
        lay.addWidget(none)
        lay.addWidget(self.hint)
        lay.addWidget(self.errors)
        bottom = QHBoxLayout()
        bottom.addWidget(self.preview_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        lay.addLayout(bottom)
        self.setMinimumWidth(560)

    def field(self, key: str) -> QWidget:
        return self.rows.widgets[key]

    def set_value(self, key: str, value: str) -> None:
        set_widget_text(self.field(key), value)

    def inputs(self) -> dict[str, str]:
        return {key: widget_text(w) for key, w in self.rows.widgets.items()}

    # ---- actions -----------------------------------------------------------------------------

    def preview(self):
        """A draft with （草稿） for a number: nothing is stored."""
        self._clear_errors()
        try:
            rendered = self._services.documents.preview(self.case_id, self.form.form_id, "pdf", self.inputs())
        except Exception as exc:  # noqa: BLE001 - explained under the fields or in the box
            self._failed(exc, tr("预览"))
            return None
        from .pdf_preview import PdfPrintPreview

        def printed(copies: int, pages: int) -> None:
            try:  # the paper is out: a failed entry is logged, never shown over the dialog
                self._services.documents.record_draft_print(self.case_id, self.form.form_id, copies, pages)
            except Exception:  # noqa: BLE001
                log.exception("recording the print of a draft failed")

        dialog = PdfPrintPreview(rendered.data, tr("预览（草稿）— {title}").format(title=self.form.title), parent=self,
                                 on_printed=printed)
        dialog.finished.connect(dialog.deleteLater)
        self.preview_dialog = dialog
        if rendered.warnings:
            self._prompts.warning(self, tr("预览"), "\n".join(rendered.warnings))
        dialog.open()
        return dialog

    def save(self) -> None:
        self._clear_errors()
        try:
            issued, changes = self._services.documents.issue(self.case_id, self.form.form_id, self.inputs())
        except Exception as exc:  # noqa: BLE001 - explained under the fields or in the box
            self._failed(exc, tr("签发"))
            return
        self.issued = list(issued)
        self.changes = changes
        self.accept()

    def _failed(self, exc: BaseException, what: str) -> None:
        show_failure(self, self.rows, self.errors, exc, f"{what} of {self.form.form_id} for case {self.case_id}",
                     UNEXPECTED_DOING.format(what=what))

    def _clear_errors(self) -> None:
        self.rows.clear()
        self.errors.clear()
        self.errors.hide()
