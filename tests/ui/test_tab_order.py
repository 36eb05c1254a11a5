"""Keyboard review, dialog by dialog: Tab reaches every field a user fills in, in the order the
form reads (top to bottom, left to right within a row; a second column after the first)."""
from __future__ import annotations

import gc
from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QCheckBox, QComboBox, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton, QTextEdit, QWidget,
)

from tests.ui.deadline_builders import register, set_today

# what a user fills in or presses; a QDateEdit / QDateTimeEdit is a QAbstractSpinBox
INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QCheckBox, QRadioButton,
          QPushButton, QAbstractItemView)
ROW_SLACK = 12  # px: widgets of one row are not quite level (a button is taller than a field)

# the offscreen platform cannot raise a completer popup
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


# ---- the walk ---------------------------------------------------------------------------------

def _proxy(w: QWidget) -> QWidget:
    """Where focus really goes: a QTabWidget hands it to its tab bar."""
    while w.focusProxy() is not None:
        w = w.focusProxy()
    return w


def _tab_stop(w: QWidget, dialog: QWidget) -> bool:
    target = _proxy(w)
    if target is not w and target.isAncestorOf(w):
        return False  # the line edit inside a date edit or an editable combo box: one stop, its owner
    return (dialog.isAncestorOf(w) and w.isVisible() and w.isEnabled() and target.isEnabled()
            and bool(target.focusPolicy() & Qt.FocusPolicy.TabFocus))


def tab_chain(dialog: QWidget) -> list[QWidget]:
    """The widgets Tab visits, from the dialog's first focusable child round to it again."""
    start = dialog.nextInFocusChain()
    while start is not dialog and not _tab_stop(start, dialog):
        start = start.nextInFocusChain()
    assert start is not dialog, f"{dialog.windowTitle()}: nothing takes focus by Tab"
    chain: list[QWidget] = []
    w = start
    while True:
        if _tab_stop(w, dialog):
            target = _proxy(w)
            if not chain or chain[-1] is not target:
                chain.append(target)
        w = w.nextInFocusChain()
        if w is start or w is dialog or len(chain) > 1000:
            return chain


def _position(w: QWidget, dialog: QWidget) -> QPoint:
    return w.mapTo(dialog, QPoint(0, 0))


def backward_jumps(chain: list[QWidget], dialog: QWidget) -> list[int]:
    """Indexes i where Tab from chain[i] goes back up to a widget not to its right."""
    at = [_position(w, dialog) for w in chain]
    return [i for i in range(len(chain) - 1)
            if at[i + 1].y() < at[i].y() - ROW_SLACK and at[i + 1].x() <= at[i].x()]


def _label(w: QWidget, dialog: QWidget) -> str:
    if isinstance(w, QAbstractButton) and w.text():
        return w.text()
    for label in dialog.findChildren(QLabel):  # a form's caption is the buddy of the field or its holder
        buddy = label.buddy()
        if buddy is not None and (buddy is w or buddy.isAncestorOf(w)) and label.text():
            return label.text()
    for name in ("placeholderText", "currentText", "toolTip"):
        text = getattr(w, name, lambda: "")()
        if text:
            return text
    return w.accessibleName()


def describe(chain: list[QWidget], dialog: QWidget, marks: set[int] = frozenset(),
             missing: list[QWidget] = ()) -> str:
    lines = [f"Tab order of {type(dialog).__name__} “{dialog.windowTitle()}”:"]
    for i, w in enumerate(chain):
        p = _position(w, dialog)
        flag = ">>" if i in marks else "  "
        lines.append(f"{flag} {i:3} {type(w).__name__:16} {w.objectName()!r:26} "
                     f"{_label(w, dialog)[:30]!r:34} ({p.x()}, {p.y()})")
    if marks:
        lines.append(">> : Tab from here goes back up (and not to the right)")
    for w in missing:
        p = _position(w, dialog)
        lines.append(f"   not reached by Tab: {type(w).__name__} {w.objectName()!r} "
                     f"{_label(w, dialog)[:30]!r} ({p.x()}, {p.y()})")
    return "\n".join(lines)


def unreachable(chain: list[QWidget], dialog: QWidget) -> list[QWidget]:
    stops = set(chain)
    return [w for w in dialog.findChildren(QWidget)
            if isinstance(w, INPUTS) and not isinstance(w, QHeaderView)
            and w.isVisible() and w.isEnabled()
            and not (_proxy(w) is not w and _proxy(w).isAncestorOf(w))  # inside its owner
            and _proxy(w) not in stops]


def assert_tab_order(dialog: QWidget) -> None:
    chain = tab_chain(dialog)
    missing = unreachable(chain, dialog)
    jumps = backward_jumps(chain, dialog)
    failed = bool(missing or jumps)
    message = describe(chain, dialog, set(jumps), missing) if failed else ""
    del chain, missing  # a failure's traceback must not keep Qt's own widgets wrapped
    assert not failed, message


# ---- the dialogs ------------------------------------------------------------------------------

_opened: list[QWidget] = []


@pytest.fixture(autouse=True)
def _dialogs_go_with_their_test():
    """Walking the focus chain wraps widgets Qt made itself (a table's corner button, a date
    edit's line edit). Left to qtbot, a dialog is deleted in the next test's event loop, and
    PySide can then hand a new widget at a freed address the old wrapper ("already deleted", or
    a crash). Each dialog goes here, before the next test, with nothing of the walk still held."""
    yield
    gc.collect()
    while _opened:
        _opened.pop().deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def shown(qtbot, dialog):
    _opened.append(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _intake(case_type: str, construction: bool = False, tab: int = 0):
    def build(qtbot, request):
        from wagecase.ui.intake_dialog import IntakeDialog

        dialog = shown(qtbot, IntakeDialog(request.getfixturevalue("services"),
                                           request.getfixturevalue("prompts"), case_type))
        if construction:  # the project and its chain, subcontractors added and removed, workers
            dialog.info.industry.setCurrentIndex(dialog.info.industry.findData("construction"))
            dialog.info.collective.setChecked(True)
            first = dialog.project.subcontractors[0]
            dialog.project.add_subcontractor()
            dialog.project.remove_subcontractor(first)
            dialog.project.add_subcontractor()
            dialog.workers.add_worker()
        dialog.tabs.setCurrentIndex(tab)
        qtbot.wait(10)  # widgets added to a shown dialog show from the event loop
        return dialog
    return build


def _wizard(page: int):
    def build(qtbot, request):
        from wagecase.ui.setup_wizard import SetupWizard

        services = request.getfixturevalue("services")
        services.ctx.user_id = None  # as at start-up: nobody logged in yet
        wizard = shown(qtbot, SetupWizard(services, "测试数据库", demo_cases=500, year=2026))
        for _ in range(page):
            wizard.next()
        return wizard
    return build


def _database_choice(server: bool):
    def build(qtbot, request):
        from wagecase.ui.database_choice import DatabaseChoiceDialog
        from wagecase.ui.prompts import ScriptedPrompts

        dialog = shown(qtbot, DatabaseChoiceDialog(ScriptedPrompts(),
                                                   request.getfixturevalue("tmp_path") / "w.sqlite3"))
        dialog.server.setChecked(server)
        return dialog
    return build


def _login(qtbot, request):
    from wagecase.ui.login_dialog import LoginDialog

    services = request.getfixturevalue("services")
    services.ctx.user_id = None
    dialog = shown(qtbot, LoginDialog(services, "测试数据库"))
    dialog.username.setText("admin")
    dialog.username.editingFinished.emit()  # the first administrator: 确认密码 shows too
    assert dialog.first_time
    return dialog


def _password(qtbot, request):
    from wagecase.ui.login_dialog import PasswordDialog

    return shown(qtbot, PasswordDialog(request.getfixturevalue("services"), forced=True))


def _user(existing: bool):
    def build(qtbot, request):
        from wagecase.ui.users_page import UserDialog

        services = request.getfixturevalue("services")
        return shown(qtbot, UserDialog(services, services.users.all()[0] if existing else None))
    return build


def _event(qtbot, request):
    from wagecase.ui.event_dialog import EventDialog

    services = request.getfixturevalue("services")
    set_today(services, date(2026, 7, 8))
    case = register(services)
    dialog = shown(qtbot, EventDialog(services, request.getfixturevalue("prompts"), case.case_id, "inspection"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("rectification_order_issued"))  # with its anchor date
    return dialog


def _payment(qtbot, request):
    from wagecase.ui.payment_dialog import PaymentDialog

    services = request.getfixturevalue("services")
    set_today(services, date(2026, 7, 8))
    case = register(services)
    return shown(qtbot, PaymentDialog(services, request.getfixturevalue("prompts"), case.case_id,
                                      services.inspection.view(case.case_id).balances))


def _schedule(postpone: bool):
    def build(qtbot, request):
        from tests.integration.intake_support import NOW_UTC
        from tests.integration.test_hearings import arbitration_case
        from wagecase.ui.schedule_dialog import ScheduleDialog

        services = request.getfixturevalue("services")
        services.ctx.clock = lambda: NOW_UTC
        case_id = arbitration_case(services)
        return shown(qtbot, ScheduleDialog(services, request.getfixturevalue("prompts"), case_id,
                                           postpone=postpone))
    return build


def _legal_aid(which: str):
    def build(qtbot, request):
        from tests.scenarios.test_legal_aid_end_to_end import _at, _centre
        from wagecase.ui.legal_aid_panel import ExplainDialog, ReferDialog

        services = request.getfixturevalue("services")
        _at(services, date(2026, 7, 8))
        _centre(services)
        case_id = register(services, "arbitration").case_id
        if which == "explain":
            return shown(qtbot, ExplainDialog(services, case_id))
        return shown(qtbot, ReferDialog(services, services.legal_aid.view(case_id)))
    return build


DIALOGS = {
    "intake-inspection": _intake("inspection"),
    "intake-arbitration": _intake("arbitration"),
    "intake-construction": _intake("inspection", construction=True),
    "intake-construction-evidence": _intake("arbitration", construction=True, tab=2),
    "wizard-office": _wizard(0),
    "wizard-numbering": _wizard(1),
    "wizard-admin": _wizard(2),
    "wizard-finish": _wizard(3),
    "database-file": _database_choice(server=False),
    "database-server": _database_choice(server=True),
    "login-first-time": _login,
    "password": _password,
    "user-new": _user(existing=False),
    "user-edit": _user(existing=True),
    "event": _event,
    "payment": _payment,
    "schedule": _schedule(postpone=False),
    "schedule-postpone": _schedule(postpone=True),
    "legal-aid-explain": _legal_aid("explain"),
    "legal-aid-refer": _legal_aid("refer"),
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_tab_reaches_every_field_in_reading_order(qtbot, request, name):
    assert_tab_order(DIALOGS[name](qtbot, request))


def test_every_step_form_and_assignment_dialog_of_a_case(qtbot, services, prompts):
    """Every 办理节点 of either path that asks for input, 签发 of every form, 指定 / 变更承办人."""
    from wagecase.ui.action_dialog import ActionDialog
    from wagecase.ui.assign_dialog import AssignDialog
    from wagecase.ui.issue_dialog import IssueDialog

    set_today(services, date(2026, 7, 8))
    inspection = register(services).case_id
    arbitration = register(services, "arbitration").case_id
    steps = [(inspection, "inspection", a) for a in services.inspection.view(inspection).actions if a.inputs]
    steps += [(arbitration, "arbitration", a) for a in services.arbitration.view(arbitration).actions if a.inputs]
    assert len(steps) > 20
    for case_id, path, action in steps:
        assert_tab_order(shown(qtbot, ActionDialog(services, prompts, case_id, action, path=path)))
    for case_id in (inspection, arbitration):
        for form in services.documents.forms_for_case(case_id):
            assert_tab_order(shown(qtbot, IssueDialog(services, prompts, case_id, form)))
    for current in ("", "系统管理员"):
        assert_tab_order(shown(qtbot, AssignDialog(services, inspection, current)))


def test_every_settings_editor(qtbot, services, prompts):
    """A row of each reference table (设置), a year of 节假日安排, a 法律援助机构."""
    from wagecase.services.reference import PARAMETERS_TABLE, TABLES
    from wagecase.ui.holiday_page import HolidayPage
    from wagecase.ui.legal_aid_centres_page import LegalAidCentresPage
    from wagecase.ui.reference_table_page import ReferenceTablePage

    for name in (*TABLES, PARAMETERS_TABLE):
        page = ReferenceTablePage(services, prompts, name)
        _opened.append(page)
        assert_tab_order(shown(qtbot, page.editor(None)))
    holidays = HolidayPage(services, prompts)
    centres = LegalAidCentresPage(services, prompts)
    _opened.extend((holidays, centres))
    assert_tab_order(shown(qtbot, holidays.editor(2026)))
    assert_tab_order(shown(qtbot, centres.editor(None)))


# ---- the check itself -------------------------------------------------------------------------

def test_the_check_catches_a_field_out_of_order_and_one_tab_never_reaches(qtbot):
    from PySide6.QtWidgets import QDialog, QFormLayout

    dialog = QDialog()
    form = QFormLayout(dialog)
    first, second, third = QLineEdit(), QLineEdit(), QLineEdit()
    for label, edit in (("甲", first), ("乙", second), ("丙", third)):
        form.addRow(label, edit)
    shown(qtbot, dialog)
    assert_tab_order(dialog)
    QWidget.setTabOrder(third, second)  # 甲 → 丙 → 乙: back up from 丙
    chain = tab_chain(dialog)
    assert chain == [first, third, second] and backward_jumps(chain, dialog) == [1]
    third.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    assert unreachable(tab_chain(dialog), dialog) == [third]
    with pytest.raises(AssertionError, match="not reached by Tab: QLineEdit"):
        assert_tab_order(dialog)

