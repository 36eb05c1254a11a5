"""设置向导: the first start of an office, before anybody has logged in (services.office_setup).

Four pages: 本机关 (where the office sits and its names), 文号与案号 (the number patterns from
its 代字), 管理员账号 (the first administrator's name and password), 完成 (demo data, a summary).
What the office changes by hand is never overwritten by a later proposal. 完成 saves all of it
at once; a wrong field takes the user back to its page with the reason, everything typed kept.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QCompleter, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout,
    QWidget, QWizard, QWizardPage,
)

from ..domain.errors import ValidationFailed
from ..domain.office_setup import PATTERN_LABELS
from .error_text import error_lines, in_screen_language
from .i18n import mark_content, tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.office_setup import SetupProposal

DEFAULT_PLACE = "410100"  # 郑州市: the seed's office
EXAMPLE_SEQ = 1
OFFICE_FIELDS = ("office.county_code", "office.agency_name", "office.inspection_unit", "office.commission_name")
ADMIN_FIELDS = ("setup.display_name", "setup.password", "setup.again")


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setStyleSheet("color: #b91c1c;")
    label.setWordWrap(True)
    label.hide()
    return label


class _Proposed(QLineEdit):
    """A field the wizard fills in until the user types in it."""

    def __init__(self) -> None:
        super().__init__()
        self.edited = False
        self.textEdited.connect(lambda _t: setattr(self, "edited", True))

    def propose(self, text: str) -> None:
        if not self.edited:
            self.setText(text)


class _Page(QWizardPage):
    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.errors = _error_label()

    def show_errors(self, lines: list[str]) -> None:
        self.errors.setText("\n".join(lines))
        self.errors.setVisible(bool(lines))


class OfficePage(_Page):
    def __init__(self, services: "Services") -> None:
        super().__init__(tr("本机关"), tr("选择本机关所在的市或县（市、区），核对印在文书上的机关名称。"))
        self._services = services
        self.place = mark_content(QComboBox())  # the places' names
        self.place.setEditable(True)
        self.place.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code, name in services.setup.places():
            self.place.addItem(name, code)
        completer = QCompleter(self.place.model(), self.place)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # 中牟 finds 河南省郑州市中牟县
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.place.setCompleter(completer)
        self.agency = _Proposed()
        self.inspection_unit = _Proposed()
        self.commission = _Proposed()
        self.wage = QLabel()
        self.wage.setObjectName("fieldCaption")
        self.wage.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("*所在地区："), self.place)
        form.addRow("", self.wage)
        form.addRow(tr("*机关名称（发文机关）："), self.agency)
        form.addRow(tr("*劳动保障监察机构："), self.inspection_unit)
        form.addRow(tr("*仲裁委员会："), self.commission)
        note = QLabel(tr("机关名称印在文书的落款和印章处；监察机构印在投诉登记表等内部文书上；"
                      "仲裁委员会是仲裁文书的署名。"))
        note.setObjectName("fieldCaption")
        note.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addStretch(1)
        lay.addWidget(self.errors)
        self.proposal: SetupProposal | None = None
        self.place.currentIndexChanged.connect(self._propose)
        self.place.editTextChanged.connect(self._propose)  # a name typed in full counts as picked
        index = self.place.findData(DEFAULT_PLACE)
        self.place.setCurrentIndex(max(index, 0))
        self._propose()

    def validatePage(self) -> bool:
        if self.place_code():
            self.show_errors([])
            return True
        self.show_errors([tr("所在地区：请从列表中选择本机关所在的市或县（市、区），可输入名称查找，如“中牟”。")])
        return False

    def place_code(self) -> str:
        # a name typed but not picked from the list counts only when it is one of the list's
        index = self.place.findText(self.place.currentText().strip())
        return self.place.itemData(index) if index >= 0 else ""

    def _propose(self) -> None:
        code = self.place_code()
        if not code:
            return
        with in_screen_language():  # the minimum-wage line; the proposed names stay Chinese
            self.proposal = self._services.setup.proposal(code)
        self.agency.propose(self.proposal.agency_name)
        self.inspection_unit.propose(self.proposal.inspection_unit)
        self.commission.propose(self.proposal.commission_name)
        self.wage.setText(self.proposal.wage_text)


class NumberingPage(_Page):
    def __init__(self, services: "Services", office: OfficePage, year: int) -> None:
        super().__init__(tr("文号与案号"), tr("文号代字是编号开头的字（郑人社监通字〔2026〕5号中的“郑”）。"
                         "{year} 为年份，{seq} 为序号。"))
        self._services = services
        self._office = office
        self._year = year
        self.code = _Proposed()
        self.code.setMaximumWidth(120)
        self.code.textChanged.connect(self._propose)
        hint = QLabel(tr("按地名的第一个字预填；许多地方另有习惯用字（如开封“汴”、南阳“宛”），请按本机关实际填写。"))
        hint.setObjectName("fieldCaption")
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("文号代字：")))
        top.addWidget(self.code)
        top.addWidget(hint, 1)
        grid = QGridLayout()
        self.patterns: dict[str, _Proposed] = {}
        self.examples: dict[str, QLabel] = {}
        for row, (key, label) in enumerate(PATTERN_LABELS.items()):
            edit = _Proposed()
            edit.setMinimumWidth(280)
            example = mark_content(QLabel())  # a number as it will be printed
            example.setObjectName("fieldCaption")
            edit.textChanged.connect(lambda text, shown=example: shown.setText(self.example(text)))
            grid.addWidget(QLabel(tr("{label}：").format(label=tr(label))), row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(example, row, 2)
            self.patterns[key] = edit
            self.examples[key] = example
        grid.setColumnStretch(1, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addSpacing(8)
        lay.addLayout(grid)
        lay.addStretch(1)
        lay.addWidget(self.errors)

    def initializePage(self) -> None:
        if self._office.proposal is not None:
            self.code.propose(self._office.proposal.code)

    def _propose(self) -> None:
        for key, pattern in self._services.setup.patterns(self.code.text()).items():
            self.patterns[key].propose(pattern)

    def example(self, pattern: str) -> str:
        try:
            return tr("例：") + pattern.format(year=self._year, seq=EXAMPLE_SEQ)
        except (KeyError, ValueError, IndexError):
            return tr("格式有误：只能含 {year} 和 {seq}")


class AdminPage(_Page):
    def __init__(self, username: str) -> None:
        super().__init__(tr("管理员账号"), tr("第一位管理员的用户名为 {username}。完成后以该账号登录，再在“设置 → 用户与权限”中为其他工作人员建立账号。").format(username=username))
        self.username = QLabel(username)
        self.display_name = QLineEdit("系统管理员")  # stays Chinese: a name kept in the database
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        rules = QLabel(tr("密码至少8个字符，须同时包含字母和数字，不能与用户名相同。"))
        rules.setObjectName("fieldCaption")
        form = QFormLayout()
        form.addRow(tr("用户名："), self.username)
        form.addRow(tr("*姓名："), self.display_name)
        form.addRow(tr("*密码："), self.password)
        form.addRow(tr("*再次输入密码："), self.again)
        form.addRow("", rules)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addStretch(1)
        lay.addWidget(self.errors)


class FinishPage(_Page):
    def __init__(self, demo_cases: int) -> None:
        super().__init__(tr("完成"), tr("点击“完成”保存以上设置，并以管理员身份登录。这些内容以后都可以在“设置”中修改。"))
        self.summary = mark_content(QLabel())  # what will be saved, as it will be saved
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.demo = QCheckBox(tr("载入演示数据（{demo_cases} 件河南省的模拟案件，姓名、单位均为虚构，便于熟悉系统）").format(demo_cases=demo_cases))
        demo_note = QLabel(tr("正式办案的数据库请不要勾选。"))
        demo_note.setObjectName("fieldCaption")
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addSpacing(12)
        lay.addWidget(self.demo)
        lay.addWidget(demo_note)
        lay.addStretch(1)
        lay.addWidget(self.errors)


class SetupWizard(QWizard):
    """``user`` is the logged-in administrator once 完成 has saved; ``load_demo`` what was ticked."""

    def __init__(self, services: "Services", location: str, *, demo_cases: int, year: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.user = None
        self.setWindowTitle(tr("初始设置 — 农民工欠薪案件管理"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)
        self.helpRequested.connect(self.show_help)
        self.help_window = None
        for button, text in ((QWizard.WizardButton.HelpButton, tr("帮助")),
                             (QWizard.WizardButton.NextButton, tr("下一步 >")),
                             (QWizard.WizardButton.BackButton, tr("< 上一步")),
                             (QWizard.WizardButton.FinishButton, tr("完成")),
                             (QWizard.WizardButton.CancelButton, tr("退出"))):
            self.setButtonText(button, text)
        self.office = OfficePage(services)
        self.numbering = NumberingPage(services, self.office, year)
        self.admin = AdminPage(services.setup.administrator())
        self.finish = FinishPage(demo_cases)
        for page in (self.office, self.numbering, self.admin, self.finish):
            self.addPage(page)
        self.location = location
        self.currentIdChanged.connect(self._entered)
        self.resize(820, 620)

    def show_help(self):
        from .help_window import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow(self._services, self)
        self.help_window.show_topic("setup")
        self.help_window.show()
        return self.help_window

    @property
    def load_demo(self) -> bool:
        return self.finish.demo.isChecked()

    def _entered(self, page_id: int) -> None:
        if self.page(page_id) is self.finish:
            self.finish.summary.setText(self._summary())

    def _summary(self) -> str:
        o, n = self.office, self.numbering
        first = n.patterns["case_number_pattern.inspection"].text()
        return "\n".join((
            tr("所在地区：{currentText}").format(currentText=o.place.currentText()),
            tr("机关名称：{text}").format(text=o.agency.text()),
            tr("劳动保障监察机构：{text}").format(text=o.inspection_unit.text()),
            tr("仲裁委员会：{text}").format(text=o.commission.text()),
            tr("监察案件案号：{removeprefix}").format(removeprefix=n.example(first).removeprefix('例：')),
            tr("管理员：{text}（用户名 {text2}）").format(text=self.admin.display_name.text(), text2=self.admin.username.text()),
            tr("数据库：{location}").format(location=self.location),
        ))

    def setup_input(self):
        from ..services.office_setup import OfficeSetupInput

        o, a = self.office, self.admin
        return OfficeSetupInput(
            place_code=o.place_code(), agency_name=o.agency.text(), inspection_unit=o.inspection_unit.text(),
            commission_name=o.commission.text(),
            patterns={key: edit.text() for key, edit in self.numbering.patterns.items()},
            display_name=a.display_name.text(), password=a.password.text(), again=a.again.text())

    def accept(self) -> None:
        for page in (self.office, self.numbering, self.admin, self.finish):
            page.show_errors([])
        try:
            self.user = self._services.setup.apply(self.setup_input())
        except Exception as exc:  # noqa: BLE001 - explained on the page it concerns, nothing lost
            self._explain(exc)
            return
        super().accept()

    def _explain(self, exc: BaseException) -> None:
        lines = error_lines(exc)
        target = self.finish
        if isinstance(exc, ValidationFailed):
            fields = [e.field for e in exc.errors]
            if any(f in OFFICE_FIELDS for f in fields):
                target = self.office
            elif any(f in PATTERN_LABELS for f in fields):
                target = self.numbering
            elif any(f in ADMIN_FIELDS for f in fields):
                target = self.admin
        target.show_errors(lines)
        while self.currentPage() is not target and self.currentId() > 0:
            self.back()


def run_setup(services: "Services", location: str, parent: QWidget | None, demo_cases: int) -> tuple[bool, bool]:
    """The wizard, modal: (saved, load demo data)."""
    from PySide6.QtWidgets import QDialog

    wizard = SetupWizard(services, location, demo_cases=demo_cases, year=services.ctx.clock().year, parent=parent)
    try:
        saved = wizard.exec() == QDialog.DialogCode.Accepted and wizard.user is not None
        return saved, saved and wizard.load_demo
    finally:
        wizard.deleteLater()
