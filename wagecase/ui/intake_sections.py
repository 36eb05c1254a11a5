"""The smaller parts of the intake dialog: case information, an employer, evidence files,
and the red marking of fields the services rejected."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QDateTimeEdit, QFormLayout, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..domain.case import Channel, Industry
from ..services.dto import AttachmentInput, EmployerInput, RegionView, Suggestion
from .completers import CountyCombo, SuggestionCompleter
from .i18n import mark_content, tr

INVALID_STYLE = "border: 1px solid #c62828; background-color: #fdecea;"


# ---- marking rejected fields ----------------------------------------------------------------

def mark_invalid(widget: QWidget, message: str) -> None:
    if widget.property("invalidMarked") is not True:
        widget.setProperty("plainToolTip", widget.toolTip())
        widget.setProperty("plainStyle", widget.styleSheet())
    widget.setProperty("invalidMarked", True)
    widget.setToolTip(message)
    selector = type(widget).__name__
    widget.setStyleSheet(f"{selector} {{ {INVALID_STYLE} }}")


def clear_invalid(widget: QWidget) -> None:
    if widget.property("invalidMarked") is not True:
        return
    widget.setProperty("invalidMarked", False)
    widget.setToolTip(widget.property("plainToolTip") or "")
    widget.setStyleSheet(widget.property("plainStyle") or "")


def is_marked(widget: QWidget) -> bool:
    return widget.property("invalidMarked") is True


def unmark_on_edit(widget: QWidget) -> None:
    """The red goes away as soon as the clerk changes the field."""
    clear = lambda *_: clear_invalid(widget)  # noqa: E731
    if isinstance(widget, QLineEdit):
        widget.textEdited.connect(clear)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(clear)
        if widget.isEditable():
            widget.lineEdit().textEdited.connect(clear)
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(clear)


# ---- case information -----------------------------------------------------------------------

class CaseInfoSection(QWidget):
    collective_toggled = Signal(bool)
    industry_changed = Signal(str)

    def __init__(self, officers, current_officer_id: int | None, parent=None) -> None:
        super().__init__(parent)
        self.individual = QRadioButton(tr("个人"))
        self.collective = QRadioButton(tr("集体"))
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.individual)
        self.kind_group.addButton(self.collective)
        self.individual.setChecked(True)
        kind_box = QWidget()
        kb = QHBoxLayout(kind_box)
        kb.setContentsMargins(0, 0, 0, 0)
        kb.addWidget(self.individual)
        kb.addWidget(self.collective)
        kb.addStretch(1)

        self.channel = QComboBox()
        for value, label in Channel.choices():
            self.channel.addItem(tr(label), value)

        self.received_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.received_at.setCalendarPopup(True)
        self.received_at.setDisplayFormat("yyyy-MM-dd HH:mm")

        self.officer = mark_content(QComboBox())  # the officers' names
        for u in officers:
            self.officer.addItem(u.display_name or u.username, u.id)
        if current_officer_id is not None:
            i = self.officer.findData(current_officer_id)
            if i >= 0:
                self.officer.setCurrentIndex(i)

        self.industry = QComboBox()
        for value, label in Industry.choices():
            self.industry.addItem(tr(label), value)
        self.industry.setCurrentIndex(self.industry.findData(Industry.OTHER.value))

        self.legal_aid_explained = QCheckBox(tr("已告知劳动者可以申请法律援助"))
        self.legal_aid_explained.setToolTip(tr("《中华人民共和国法律援助法》第三十五条：应当及时告知当事人有权依法申请法律援助"))

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        pairs = ((tr("案件类别"), kind_box), (tr("来源渠道"), self.channel), (tr("收件时间"), self.received_at),
                 (tr("承办人"), self.officer), (tr("行业"), self.industry), (tr("法律援助"), self.legal_aid_explained))
        for i, (label, w) in enumerate(pairs):
            r, c = divmod(i, 3)
            lab = QLabel(label + tr("："))
            lab.setBuddy(w)
            grid.addWidget(lab, r, c * 2, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(w, r, c * 2 + 1)
        for c in (1, 3, 5):
            grid.setColumnStretch(c, 1)

        self.collective.toggled.connect(self.collective_toggled)
        self.industry.currentIndexChanged.connect(
            lambda _i: self.industry_changed.emit(self.industry.currentData()))

    def is_collective(self) -> bool:
        return self.collective.isChecked()

    def set_collective(self, value: bool) -> None:
        (self.collective if value else self.individual).setChecked(True)

    def received(self) -> datetime:
        return self.received_at.dateTime().toPython().replace(second=0, microsecond=0)

    def set_industry(self, value: str) -> None:
        self.industry.setCurrentIndex(self.industry.findData(value))

    def set_channel(self, value: str) -> None:
        self.channel.setCurrentIndex(self.channel.findData(value))


# ---- an employer ----------------------------------------------------------------------------

EMPLOYER_LABELS = (
    ("name", tr("名称")),
    ("credit_code", tr("统一社会信用代码")),
    ("legal_representative", tr("法定代表人")),
    ("legal_representative_id_number", tr("法定代表人身份证号")),
    ("address", tr("住所")),
    ("phone", tr("电话")),
    ("county_code", tr("所在县区")),
)


def uppercase_as_typed(edit: QLineEdit) -> None:
    def up(text: str) -> None:
        if text != text.upper():
            pos = edit.cursorPosition()
            edit.setText(text.upper())
            edit.setCursorPosition(pos)

    edit.textEdited.connect(up)


class EmployerForm(QWidget):
    """Name (with suggestions of existing employers), code and, unless compact, the rest.

    Choosing a suggestion links the form to that employer; editing the name afterwards
    unlinks it, because a different name is a different employer.
    """

    changed = Signal()

    def __init__(self, lookup, counties: list[RegionView], *, compact: bool = False,
                 parent=None) -> None:
        super().__init__(parent)
        self.lookup = lookup
        self.compact = compact
        self.existing_employer_id: int | None = None
        self._linked: EmployerInput | None = None
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("输入名称、信用代码或拼音首字母查找已有单位"))
        self.credit_code = QLineEdit()
        self.credit_code.setPlaceholderText(tr("18位"))
        uppercase_as_typed(self.credit_code)
        self.completer = SuggestionCompleter(self.name, lookup.employers)
        self.completer.chosen.connect(self.choose)
        self.name.textEdited.connect(self._name_edited)
        self.widgets: dict[str, QWidget] = {"name": self.name, "credit_code": self.credit_code}
        if compact:
            self.credit_code.setPlaceholderText(tr("统一社会信用代码"))
            lay = QHBoxLayout(self)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(self.name, 3)
            lay.addWidget(self.credit_code, 2)
        else:
            self.legal_representative = QLineEdit()
            self.legal_representative_id = QLineEdit()
            self.legal_representative_id.setPlaceholderText(tr("18位（用于失信名单核查，可不填）"))
            uppercase_as_typed(self.legal_representative_id)
            self.address = QLineEdit()
            self.phone = QLineEdit()
            self.county = CountyCombo(counties)
            self.widgets.update(legal_representative=self.legal_representative,
                                legal_representative_id_number=self.legal_representative_id,
                                address=self.address, phone=self.phone, county_code=self.county)
            form = QFormLayout(self)
            form.setContentsMargins(0, 0, 0, 0)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for field, label in EMPLOYER_LABELS:
                form.addRow(tr(label) + tr("："), self.widgets[field])
        for w in self.widgets.values():
            unmark_on_edit(w)
            if isinstance(w, QLineEdit):
                w.textChanged.connect(self.changed)

    def choose(self, s: Suggestion) -> None:
        try:
            found = self.lookup.employer_input(s.id)
        except Exception:
            return
        self.set_value(found)
        self.existing_employer_id = s.id
        self._linked = found
        self.changed.emit()

    def _name_edited(self, text: str) -> None:
        if self.existing_employer_id is not None and (self._linked is None
                                                      or text != self._linked.name):
            self.existing_employer_id = None
            self._linked = None

    def value(self) -> EmployerInput:
        if self.compact:
            base = self._linked if self._linked is not None else EmployerInput(name="")
            return EmployerInput(
                name=self.name.text(), credit_code=self.credit_code.text(),
                legal_representative=base.legal_representative, address=base.address,
                phone=base.phone, county_code=base.county_code,
                existing_employer_id=self.existing_employer_id,
                legal_representative_id_number=base.legal_representative_id_number)
        return EmployerInput(
            name=self.name.text(), credit_code=self.credit_code.text(),
            legal_representative=self.legal_representative.text(), address=self.address.text(),
            phone=self.phone.text(), county_code=self.county.code(),
            existing_employer_id=self.existing_employer_id,
            legal_representative_id_number=self.legal_representative_id.text())

    def set_value(self, e: EmployerInput) -> None:
        self.name.setText(e.name)
        self.credit_code.setText(e.credit_code.upper())
        if not self.compact:
            self.legal_representative.setText(e.legal_representative)
            self.legal_representative_id.setText(e.legal_representative_id_number.upper())
            self.address.setText(e.address)
            self.phone.setText(e.phone)
            self.county.set_code(e.county_code)
        self.existing_employer_id = e.existing_employer_id
        self._linked = e if e.existing_employer_id is not None else None

    def is_empty(self) -> bool:
        return not (self.name.text().strip() or self.credit_code.text().strip())


# ---- facts, claims -------------------------------------------------------------------------

class TextSection(QPlainTextEdit):
    def __init__(self, placeholder: str, parent=None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)  # Tab moves on, as everywhere else in the form
        unmark_on_edit(self)


# ---- evidence ------------------------------------------------------------------------------

class AttachmentsSection(QWidget):
    """证据材料: files to copy into the data folder on save, each with a description."""

    changed = Signal()

    def __init__(self, prompts, parent=None) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("attachmentsTable")
        self.table.setHorizontalHeaderLabels([tr("文件"), tr("说明")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 260)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.add_button = QPushButton(tr("添加…"))
        self.remove_button = QPushButton(tr("删除"))
        for b in (self.add_button, self.remove_button):
            b.setAutoDefault(False)
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemChanged.connect(lambda *_: self.changed.emit())
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        bar.addStretch(1)
        bar.addWidget(QLabel(tr("在“说明”列填写每份材料的内容")))
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.table)

    def choose_files(self) -> None:
        paths = self.prompts.open_files(self, tr("选择证据材料"), tr("所有文件 (*)"))
        for p in paths:
            self.add_file(p)

    def add_file(self, path: str, description: str = "") -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        name = QTableWidgetItem(Path(path).name)
        name.setData(Qt.ItemDataRole.UserRole, path)
        name.setToolTip(path)
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(r, 0, name)
        self.table.setItem(r, 1, QTableWidgetItem(description))
        self.changed.emit()

    def remove_selected(self) -> None:
        for r in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(r)
        self.changed.emit()

    def value(self) -> list[AttachmentInput]:
        out = []
        for r in range(self.table.rowCount()):
            path = self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
            desc = self.table.item(r, 1)
            out.append(AttachmentInput(path=path, description=desc.text() if desc else ""))
        return out
