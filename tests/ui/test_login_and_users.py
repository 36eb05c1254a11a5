"""登录, 修改密码, 设置 → 用户与权限, 显示完整号码 and 变更承办人 on real widgets and a real
database: what the user typed stays after a refusal, the reason is said in Chinese."""
from __future__ import annotations

from tests.integration.intake_support import as_role
from wagecase.ui.case_view import CaseView
from wagecase.ui.login_dialog import LoginDialog, PasswordDialog
from wagecase.ui.users_page import UsersPage

GOOD = "Zhengzhou2026"


def test_the_first_administrator_sets_a_password_at_the_first_login(qtbot, services):
    services.ctx.user_id = None
    dialog = LoginDialog(services, "测试数据库")
    qtbot.addWidget(dialog)
    dialog.username.setText("admin")
    dialog.username.editingFinished.emit()
    assert dialog.first_time and dialog.login_button.text() == "设置密码并登录"
    dialog.password.setText(GOOD)
    dialog.again.setText(GOOD + "1")
    assert not dialog.try_login()
    assert "两次输入的新密码不一致" in dialog.rows.errors["again"].text()
    assert dialog.username.text() == "admin" and dialog.password.text() == GOOD  # kept for correction
    dialog.again.setText(GOOD)
    assert dialog.try_login() and dialog.user.username == "admin"
    assert services.ctx.user_id == dialog.user.id


def test_a_wrong_password_is_said_and_the_username_kept(qtbot, services):
    admin = services.ctx.user_id
    services.users.set_first_password("admin", GOOD, GOOD)
    services.ctx.user_id = None
    dialog = LoginDialog(services)
    qtbot.addWidget(dialog)
    dialog.username.setText("admin")
    dialog.username.editingFinished.emit()
    assert not dialog.first_time
    dialog.password.setText("Wrong2026x")
    qtbot.mouseClick(dialog.login_button, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
    assert dialog.result() == 0 and not dialog.errors.isHidden()
    assert "用户名或密码不正确" in dialog.errors.text() and "还可尝试4次" in dialog.errors.text()
    assert dialog.username.text() == "admin" and dialog.password.text() == ""
    assert services.ctx.user_id is None
    dialog.password.setText(GOOD)
    assert dialog.try_login() and services.ctx.user_id == admin


def test_changing_the_password(qtbot, services):
    services.users.set_first_password("admin", GOOD, GOOD)
    dialog = PasswordDialog(services, forced=True)
    qtbot.addWidget(dialog)
    dialog.old.setText("nope")
    dialog.new.setText("Henan2027x")
    dialog.again.setText("Henan2027x")
    assert not dialog.save() and dialog.rows.errors["old"].text() == "原密码不正确。"
    dialog.old.setText(GOOD)
    assert dialog.save()
    services.ctx.user_id = None
    assert services.users.authenticate("admin", "Henan2027x")


def test_the_administrator_manages_users(qtbot, services, prompts):
    page = UsersPage(services, prompts)
    qtbot.addWidget(page)
    assert page.editable and page.table.rowCount() == len(services.users.all())
    dialog = page.add_user()
    qtbot.addWidget(dialog)
    dialog.username.setText("wang.qiang")
    dialog.display_name.setText("王强")
    dialog.role.setCurrentIndex(dialog.role.findData("clerk"))
    dialog.password.setText("short")
    assert not dialog.save() and "密码至少8个字符" in dialog.rows.errors["password"].text()
    assert dialog.username.text() == "wang.qiang"  # nothing typed is lost
    dialog.password.setText("Initial2026")
    assert dialog.save()
    qtbot.waitUntil(lambda: any(u.username == "wang.qiang" for u in page.users))
    page.select("wang.qiang")
    assert page.table.item(page.table.currentRow(), 3).text() == "须修改密码"
    prompts.texts = ["Reset2026ab"]
    assert page.reset_selected()
    assert prompts.log[-1][0] == "info" and "已为“王强”重置密码" in prompts.log[-1][2]
    services.ctx.user_id = None
    assert services.users.authenticate("wang.qiang", "Reset2026ab").role == "clerk"


def test_an_inspector_sees_the_users_but_cannot_change_them(qtbot, services, prompts):
    with as_role(services, "inspector", username="insp"):
        page = UsersPage(services, prompts)
        qtbot.addWidget(page)
        assert not page.editable and not page.read_only.isHidden() and page.add_button.isHidden()


def test_whole_numbers_on_request_and_the_officer_changed(qtbot, services, prompts, registered_case):
    view = CaseView(services, prompts, registered_case.case_id)
    qtbot.addWidget(view)
    view.show()
    first = view.workers_table.item(0, 1).text()
    assert first == "411625********3012"  # region and last four: enough to tell people apart
    assert not view.personal_button.isHidden()
    assert view.show_personal()
    assert "*" not in view.workers_table.item(0, 1).text() and view.personal_button.isHidden()
    assert "已记入操作日志" in view.personal_note.text()
    # the administrator may assign: 变更… next to the officer
    with as_role(services, "inspector", username="wangq", display_name="王强"):
        pass
    dialog = view.assign_officer()
    qtbot.addWidget(dialog)
    target = next(u for u in services.assignment.candidates(registered_case.case_id)
                  if u.display_name != view.detail.officer_name)
    dialog.choose(target.display_name)
    assert not dialog.save()  # the case had an officer: the reason is asked for
    assert "请填写变更原因" in dialog.rows.errors["reason"].text()
    dialog.reason.setText("工作调整")
    with qtbot.waitSignal(view.changed):
        assert dialog.save()
    assert view.detail.officer_name == target.display_name


def test_a_head_of_section_has_no_whole_numbers_button(qtbot, services, prompts, registered_case):
    with as_role(services):
        view = CaseView(services, prompts, registered_case.case_id)
        qtbot.addWidget(view)
        view.show()
        assert view.personal_button.isHidden()
        assert not view.assign_button.isHidden()


def _connector(tmp_path):
    from wagecase import bootstrap

    def connect(url):
        return bootstrap.build(url, data_dir=tmp_path / "data"), url

    return connect


def test_nothing_is_shown_until_somebody_logs_in(qtbot, prompts, tmp_path):
    from wagecase.ui.app import Startup
    from wagecase.ui.main_window import MainWindow

    win = MainWindow(prompts)
    qtbot.addWidget(win)
    asked = []

    def refuse(services, location):
        asked.append((services.ctx.user_id, location))
        return False  # 退出 at the login

    startup = Startup(win, prompts, _connector(tmp_path), None, login=refuse,
                      default_url=lambda: f"sqlite:///{tmp_path / 'office.sqlite3'}")
    startup.ask_demo = False
    with qtbot.waitSignal(startup.finished) as done:
        assert startup.open_database() is False
    assert done.args == [0] and asked[0][0] is None and "office.sqlite3" in asked[0][1]
    assert win.services is None  # no page was built for nobody


def test_login_then_switch_user(qtbot, prompts, tmp_path):
    from wagecase.ui.app import Startup
    from wagecase.ui.main_window import MainWindow

    win = MainWindow(prompts)
    qtbot.addWidget(win)
    turns = iter(["admin", "wangq"])

    def login(services, _location):
        name = next(turns)
        if name == "admin":
            services.users.set_first_password("admin", GOOD, GOOD)
            services.users.create("wangq", "王强", "inspector", "Initial2026")
        else:
            services.users.authenticate(name, "Initial2026")
        return True

    startup = Startup(win, prompts, _connector(tmp_path), None, login=login,
                      default_url=lambda: f"sqlite:///{tmp_path / 'office.sqlite3'}")
    startup.ask_demo = False
    assert startup.open_database()
    assert win.user_label.text() == "当前用户：系统管理员（管理员）"
    assert win.switch_user()
    assert win.user_label.text() == "当前用户：王强（监察员）"
    assert win.services.users.current().username == "wangq"


def test_a_fresh_database_opens_with_the_setup_wizard_not_the_login(qtbot, prompts, tmp_path):
    from wagecase.services.dto import CaseFilter
    from wagecase.ui.app import Startup
    from wagecase.ui.main_window import MainWindow

    win = MainWindow(prompts)
    qtbot.addWidget(win)
    logins, setups = [], []

    def setup(services, location):
        setups.append(location)
        proposal = services.setup.proposal("410100")
        from wagecase.services.office_setup import OfficeSetupInput

        services.setup.apply(OfficeSetupInput(
            "410100", proposal.agency_name, proposal.inspection_unit, proposal.commission_name,
            services.setup.patterns("郑"), "系统管理员", GOOD, GOOD))
        return True, True  # saved; demo data wanted

    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    startup = Startup(win, prompts, _connector(tmp_path), None, default_url=lambda: url,
                      login=lambda *_a: logins.append(1) or True, setup=setup)
    assert startup.open_database()
    assert setups and not logins  # the wizard took the login's place
    assert win.user_label.text() == "当前用户：系统管理员（管理员）"
    qtbot.waitUntil(lambda: startup.demo_operation is not None, timeout=5000)
    qtbot.waitUntil(lambda: startup.demo_operation.isFinished(), timeout=60_000)
    assert win.services.cases.count(CaseFilter()) > 0
    assert not any(kind == "question" for kind, _t, _x in prompts.log)  # demo data not asked again

    # the next start of the same database: the login, no wizard
    win2 = MainWindow(prompts)
    qtbot.addWidget(win2)
    again = Startup(win2, prompts, _connector(tmp_path), url,
                    login=lambda services, _l: logins.append(1) or bool(services.users.authenticate("admin", GOOD)),
                    setup=setup)
    again.ask_demo = False
    assert again.open_database()
    assert len(setups) == 1 and logins == [1]
