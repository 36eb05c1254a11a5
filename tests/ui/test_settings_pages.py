"""设置: the reference-data pages and the holiday years, on a real database with real services."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit

from wagecase.services.dto import HolidayRangeInput
from wagecase.ui.holiday_page import HolidayPage, parse_day
from wagecase.ui.reference_table_page import (
    VERIFY_BADGE, ReferenceTableModel, ReferenceTablePage, RowEditorDialog, SortRole,
)
from wagecase.ui.settings_page import SETTINGS_PAGES, SettingsPage

TABLES = [key for key, _ in SETTINGS_PAGES
          if key not in ("holidays", "templates", "rooms", "legal_aid_centres", "exchange", "users", "audit")]
NEXT_YEAR = date.today().year + 1


def shown(qtbot, page, width: int, height: int):
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def settings(qtbot, services, prompts):
    return shown(qtbot, SettingsPage(services, prompts), 1200, 760)


@pytest.fixture
def table_page(qtbot, services, prompts):
    def make(name: str) -> ReferenceTablePage:
        page = ReferenceTablePage(services, prompts, name)
        qtbot.addWidget(page)
        return page

    return make


def become_clerk(services, username: str, display_name: str) -> None:
    """Acts as a non-administrator from now on (users are created by the login issue later)."""
    from wagecase.storage.models import User

    with services.ctx.uow.write() as uow:
        user = User(username=username, display_name=display_name, role="clerk", active=True,
                    created_at=datetime(2026, 1, 5, 1, 0))
        uow.session.add(user)
        uow.session.flush()
        user_id = user.id
        uow.commit()
    services.ctx.user_id = user_id


@pytest.fixture
def clerk(services):
    become_clerk(services, "clerk1", "李文员")
    return services


def ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def open_editor(qtbot, page, what, *, show: bool = False):
    """The page's editor for a row (a table page) or a year (the holiday page)."""
    dialog = page.editor(what)
    qtbot.addWidget(dialog)
    if show:
        dialog.show()
    return dialog


def first_row(page):
    page.view.selectRow(0)
    return page.current_row()


def when_modal(kind, act) -> None:
    """Once a modal dialog of ``kind`` is up (the caller is about to run it), ``act`` on it."""
    tries = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        elif tries[0] < 50:
            tries[0] += 1
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def column_of(model: ReferenceTableModel, kind: str) -> int:
    return next(i for i, c in enumerate(model.columns) if c.kind == kind)


# ---- the area -----------------------------------------------------------------------------------

def test_settings_lists_every_page_in_chinese(settings):
    labels = [settings.page_list.item(i).text() for i in range(settings.page_list.count())]
    assert labels == ["节假日安排", "最低工资标准", "最低工资档次（县区）", "上年度职工平均工资",
                      "拒不支付劳动报酬罪数额标准", "法定期限", "地方规定提示", "参数", "仲裁庭室", "法律援助机构", "文书模板",
                      "案件交换", "用户与权限", "操作日志"]
    assert isinstance(settings.stack.currentWidget(), HolidayPage)  # first page on first show


@pytest.mark.parametrize("name", TABLES)
def test_each_table_page_opens_with_title_description_and_rows(settings, name):
    page = settings.show_page(name)
    assert isinstance(page, ReferenceTablePage)
    assert settings.stack.currentWidget() is page
    assert not page.load_error.isVisibleTo(page), page.load_error.text()
    assert page.title.text() and page.table is not None
    assert page.description.text()
    if name != "parameters" or page.table.rows:
        assert page.view.model().rowCount() > 0, name
    assert page.model.HEADERS and all(h for h in page.model.HEADERS)
    # the default user is the administrator; parameters are changed, never added
    assert page.add_button.isVisibleTo(page) == (name != "parameters")
    assert page.edit_button.isVisibleTo(page)
    assert not page.read_only_note.isVisibleTo(page)


def test_settings_replaces_the_placeholder_in_the_main_window(qtbot, services, prompts):
    from wagecase.ui.main_window import MainWindow

    win = MainWindow(prompts)
    qtbot.addWidget(win)
    win.attach(services, "t.sqlite3")
    win.show()
    qtbot.waitExposed(win)
    # the workbench counts itself after the first paint: let it, before the window goes away
    qtbot.waitUntil(lambda: win.page("workbench").cards["open"].value.text() != "—")
    win.show_page("settings")
    area = win.page("settings")
    assert isinstance(area, SettingsPage)
    qtbot.waitUntil(lambda: isinstance(area.stack.currentWidget(), HolidayPage))

    # the hidden start argument --page settings/wage_tiers (screenshots, support calls)
    from wagecase.ui.app import Startup

    startup = Startup(win, prompts, lambda url: (services, url or ""), None)
    startup.show_start_page("settings/wage_tiers")
    assert isinstance(area.stack.currentWidget(), ReferenceTablePage)
    assert area.stack.currentWidget().name == "wage_tiers"
    startup.show_start_page("nowhere/at_all")  # logged, ignored


@pytest.mark.parametrize("name", TABLES)
def test_models_pass_qtmodeltester(qtmodeltester, services, name):
    model = ReferenceTableModel(services.reference.table(name))
    qtmodeltester.check(model)


def test_proxy_passes_qtmodeltester_while_filtering_and_sorting(qtmodeltester, table_page):
    page = table_page("wage_tiers")
    qtmodeltester.check(page.proxy)
    page.filter.setText("4101")
    page.proxy.sort(0, Qt.SortOrder.DescendingOrder)
    page.filter.setText("")
    assert page.proxy.rowCount() == page.model.rowCount()


def test_money_columns_sort_as_numbers(table_page):
    page = table_page("minimum_wages")
    col = column_of(page.model, "money")
    page.proxy.sort(col, Qt.SortOrder.AscendingOrder)
    values = [page.proxy.index(r, col).data(SortRole) for r in range(page.proxy.rowCount())]
    assert values == sorted(values) and isinstance(values[0], float)


def test_to_verify_rows_carry_an_amber_badge_with_a_tooltip(table_page):
    page = table_page("wage_tiers")
    model = page.model
    assert model.verify_column >= 0
    row = next(i for i, r in enumerate(model.rows) if r.to_verify)
    index = model.index(row, model.verify_column)
    assert index.data() == VERIFY_BADGE
    assert "核实" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None


def test_filter_box_filters_the_county_tier_table(qtbot, table_page):
    page = table_page("wage_tiers")
    total = page.model.rowCount()
    assert total > 100
    type_text_ascii(qtbot, page.filter, "410105")
    shown = page.proxy.rowCount()
    assert 1 <= shown < total
    for r in range(shown):
        source = page.model.rows[page.proxy.mapToSource(page.proxy.index(r, 0)).row()]
        assert "410105" in "".join(source.values.values())
    assert "显示" in page.count.text()
    page.filter.setText("")
    assert page.proxy.rowCount() == total


def test_filter_box_also_finds_a_county_by_its_chinese_name(table_page):
    page = table_page("wage_tiers")
    page.filter.setText("金水")
    assert page.proxy.rowCount() == 1
    assert "金水区" in page.proxy.index(0, 0).data()
    assert page.proxy.index(0, 0).data().startswith("410105")


def type_text_ascii(qtbot, widget: QLineEdit, text: str) -> None:
    qtbot.keyClicks(widget, text)


# ---- editing --------------------------------------------------------------------------------------

def test_editing_a_minimum_wage_through_the_dialog_persists(qtbot, services, prompts, table_page):
    page = table_page("minimum_wages")
    row = first_row(page)
    assert row is not None
    dialog = open_editor(qtbot, page, row)
    money = next(c for c in page.table.columns if c.kind == "money")
    field = dialog.fields[money.key].widget
    assert isinstance(field, QLineEdit)
    field.setText("2345.67")
    ok(dialog)
    assert dialog.saved, prompts.log
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = {r.id: r for r in services.reference.table("minimum_wages").rows}[row.id]
    assert Decimal(stored.values[money.key].replace(",", "")) == Decimal("2345.67")


def test_a_bad_value_shows_the_chinese_field_error_and_keeps_the_dialog_open(qtbot, services, prompts,
                                                                             table_page):
    page = table_page("minimum_wages")
    before = services.reference.table("minimum_wages").rows
    dialog = open_editor(qtbot, page, first_row(page), show=True)
    money = next(c for c in page.table.columns if c.kind == "money")
    field = dialog.fields[money.key]
    field.widget.setText("两千元")
    ok(dialog)
    assert not dialog.saved
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert field.error.isVisibleTo(dialog)
    text = field.error.text()
    assert text and any("\u4e00" <= ch <= "\u9fff" for ch in text), text
    assert "Traceback" not in text and money.key not in text
    assert field.widget.text() == "两千元"  # what was typed stays
    assert services.reference.table("minimum_wages").rows == before


def test_adding_and_deleting_a_row_with_confirmation(qtbot, services, prompts, table_page):
    page = table_page("crime_thresholds")
    before = page.model.rowCount()
    before_ids = {r.id for r in page.model.rows}
    dialog = open_editor(qtbot, page, None)
    first = services.reference.table("crime_thresholds").rows[0]
    for key, editor in dialog.fields.items():
        editor.set_value(first.values.get(key, ""))
    # another province, so that no uniqueness rule is touched
    province = next((c for c in page.table.columns if "province" in c.key), None)
    if province is not None:
        dialog.fields[province.key].set_value("440000")
    ok(dialog)
    assert dialog.saved, [e.error.text() for e in dialog.fields.values()] + [dialog.general_error.text()]
    page.reload()
    assert page.model.rowCount() == before + 1

    (added,) = [r for r in page.model.rows if r.id not in before_ids]
    page.select_row_id(added.id)
    assert page.current_row() == added
    prompts.answers.append(False)
    page.delete_current()
    assert page.model.rowCount() == before + 1  # answered 否
    prompts.answers.append(True)
    page.delete_current()
    assert page.model.rowCount() == before
    assert [k for k, *_ in prompts.log] == ["question", "question"]


def test_double_click_opens_the_editor(qtbot, table_page):
    page = table_page("average_wages")
    page.show()
    qtbot.waitExposed(page)
    page.view.selectRow(0)
    seen: list[str] = []

    def answer(dialog: RowEditorDialog) -> None:
        seen.append(dialog.windowTitle())
        dialog.reject()

    when_modal(RowEditorDialog, answer)
    center = page.view.visualRect(page.proxy.index(0, 0)).center()
    # a view opens on a double click only where the press began
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert seen and seen[0].startswith("修改")


# ---- non-administrators -----------------------------------------------------------------------

def test_non_admin_sees_everything_read_only(qtbot, clerk, prompts):
    area = SettingsPage(clerk, prompts)
    qtbot.addWidget(area)
    area.show()
    for name in ("minimum_wages", "wage_tiers", "periods"):
        page = area.show_page(name)
        assert page.table is not None and not page.table.editable
        assert page.model.rowCount() > 0
        assert page.read_only_note.isVisibleTo(page)
        assert "管理员" in page.read_only_note.text()
        assert not page.add_button.isVisibleTo(page) and not page.edit_button.isVisibleTo(page)
        page.view.selectRow(0)
        page.edit_current()  # double-click path: nothing opens
        page.delete_current()
    holidays = area.show_page("holidays")
    assert holidays.read_only_note.isVisibleTo(holidays)
    assert not holidays.edit_button.isVisibleTo(holidays)
    assert not holidays.banner_button.isVisibleTo(holidays)
    assert prompts.log == []


def test_service_refusal_is_shown_in_chinese_and_keeps_the_dialog(qtbot, services, prompts, table_page):
    page = table_page("minimum_wages")
    dialog = open_editor(qtbot, page, first_row(page), show=True)
    # the administrator's session is replaced by a clerk's while the dialog is open
    become_clerk(services, "clerk2", "王文员")
    ok(dialog)
    assert not dialog.saved and dialog.isVisible()
    kind, _title, text = prompts.log[-1]
    assert kind == "error" and "管理员" in text


# ---- holidays -------------------------------------------------------------------------------------

@pytest.fixture
def holidays(qtbot, services, prompts):
    return shown(qtbot, HolidayPage(services, prompts), 1100, 700)


def test_holiday_years_list_every_year_with_its_source(holidays):
    years = sorted(holidays.years)
    assert years[0] == 2004 and years[-1] == NEXT_YEAR
    assert holidays.year_list.count() == len(years)
    texts = [holidays.year_list.item(i).text() for i in range(holidays.year_list.count())]
    assert texts[0].startswith(f"{NEXT_YEAR}年")  # newest first
    assert any("随软件提供" in t for t in texts)
    holidays.select_year(2026)
    assert holidays.model.rowCount() >= 7
    assert "随软件提供" in holidays.source_label.text()
    assert "管理员可以录入" in holidays.year_note.text()  # overriding a shipped year is allowed


def test_holiday_ranges_model_passes_qtmodeltester(qtmodeltester, holidays):
    holidays.select_year(2026)
    qtmodeltester.check(holidays.model)
    first = holidays.model.ranges[0]
    days = holidays.model.index(0, 3).data()
    assert days == str((first.last - first.first).days + 1)


def test_missing_next_year_is_highlighted_with_a_call_to_action(holidays):
    assert holidays.years[NEXT_YEAR].source == "missing"
    assert holidays.banner.isVisibleTo(holidays)
    assert "国务院办公厅每年11月公布下一年放假安排，请及时录入" in holidays.banner_text.text()
    assert holidays.banner_button.isVisibleTo(holidays)
    assert holidays.current_year() == NEXT_YEAR
    item = holidays.year_list.item(0)
    assert item.background().color().name() == "#fef3c7"
    assert "暂定" in holidays.year_note.text()


def test_entering_next_year_makes_it_an_administrator_year(qtbot, services, holidays):
    y = NEXT_YEAR
    dialog = open_editor(qtbot, holidays, y)
    assert dialog.grid.rowCount() == 7  # the usual seven holidays, dates left to fill
    dialog.set_row(0, "元旦", f"{y}-01-01", f"{y}-01-01")
    dialog.set_row(1, "春节", f"{y}-02-05", f"{y}-02-13", f"{y}-02-14、{y}-02-20")
    dialog.set_row(6, "国庆节", f"{y}年10月1日", f"{y}/10/7", f"{y}-09-26")
    ok(dialog)
    assert dialog.saved, dialog.errors.text()
    holidays.reload(select=y)
    view = {v.year: v for v in services.reference.holiday_years()}[y]
    assert view.source == "admin"
    spring = next(r for r in view.ranges if r.name == "春节")
    assert spring.first == date(y, 2, 5) and spring.workdays == (date(y, 2, 14), date(y, 2, 20))
    assert "管理员录入" in holidays.year_list.item(0).text()
    assert not holidays.banner.isVisibleTo(holidays)
    assert holidays.delete_button.isVisibleTo(holidays)
    assert holidays.edit_button.text() == "修改本年安排…"


def test_deleting_an_administrator_year(qtbot, services, prompts, holidays):
    y = NEXT_YEAR
    services.reference.save_holiday_year(y, [HolidayRangeInput("元旦", date(y, 1, 1), date(y, 1, 1))])
    holidays.reload(select=y)
    assert holidays.years[y].source == "admin"
    prompts.answers.append(True)
    holidays.delete_year()
    assert holidays.years[y].source == "missing"
    assert holidays.banner.isVisibleTo(holidays)


def test_a_bad_holiday_date_is_explained_and_nothing_is_saved(qtbot, services, holidays):
    y = NEXT_YEAR
    dialog = open_editor(qtbot, holidays, y, show=True)
    dialog.set_row(1, "春节", f"{y}-02-30", f"{y}-02-13", "下周六")
    ok(dialog)
    assert not dialog.saved and dialog.isVisible()
    text = dialog.errors.text()
    assert "第2行" in text and "放假起" in text and "调休上班日" in text
    assert dialog.grid.item(1, 1).text() == f"{y}-02-30"
    assert {v.year: v for v in services.reference.holiday_years()}[y].source == "missing"


def test_overriding_a_shipped_year_is_allowed(qtbot, services, holidays):
    holidays.select_year(2026)
    assert holidays.edit_button.isVisibleTo(holidays)
    assert "替换" in holidays.edit_button.text()
    dialog = open_editor(qtbot, holidays, 2026)
    assert dialog.grid.rowCount() == len(holidays.years[2026].ranges)  # starts from the shipped ranges


def test_parse_day_accepts_the_usual_ways_of_writing_a_date():
    assert parse_day("2027-02-07") == parse_day("2027/2/7") == parse_day("2027年2月7日") == date(2027, 2, 7)
    assert parse_day("2027-02-30") is None and parse_day("") is None and parse_day("二月七日") is None


def test_models_refuse_foreign_and_invalid_indexes(services):
    model = ReferenceTableModel(services.reference.table("minimum_wages"))
    assert model.data(QModelIndex()) is None
    assert model.rowCount(model.index(0, 0)) == 0


def test_a_new_tier_row_starts_unchosen_and_takes_a_typed_county_code(qtbot, services, table_page):
    page = table_page("wage_tiers")
    dialog = open_editor(qtbot, page, None)
    county = dialog.fields["county_code"]
    assert county.value() == ""  # 请选择…, not the first county of the list
    county.widget.setEditText("410105")
    assert county.value() == "410105"
    county.widget.setEditText("410105　河南省郑州市金水区")
    assert county.value() == "410105"
    ok(dialog)
    assert not dialog.saved  # 类别 and 生效日期 are still missing
    assert dialog.fields["tier"].error.isVisibleTo(dialog) or dialog.fields["effective_from"].error.text()
    assert not county.error.text()


def test_a_change_is_announced_so_the_window_refreshes_deadlines(qtbot, settings):
    page = settings.show_page("parameters")
    page.view.selectRow(0)
    when_modal(RowEditorDialog, RowEditorDialog.save)
    with qtbot.waitSignal(settings.changed, timeout=3000):
        page.edit_current()


def test_event_lists_read_in_chinese_and_can_be_ticked(qtbot, table_page):
    page = table_page("periods")
    row = first_row(page)
    dialog = open_editor(qtbot, page, row)
    met_by = dialog.fields["met_by"]
    assert met_by.pick_button is not None and met_by.reading is not None
    names = dict(met_by.column.choices)
    first_code = row.values["met_by"].split(";")[0]
    assert names[first_code] in met_by.reading.text()
    picker = met_by.picker(dialog)
    qtbot.addWidget(picker)
    checked = [picker.list.item(i) for i in range(picker.list.count())
               if picker.list.item(i).checkState() == Qt.CheckState.Checked]
    assert {i.data(Qt.ItemDataRole.UserRole) for i in checked} == set(row.values["met_by"].split(";"))
    checked[0].setCheckState(Qt.CheckState.Unchecked)
    met_by.set_value(picker.text())
    assert first_code not in met_by.value().split(";")
    assert names[first_code] not in met_by.reading.text().removeprefix("即：").split("；")
    # the table shows the same list in words
    col = [c.key for c in page.model.columns].index("met_by")
    assert names[first_code] in page.model.index(0, col).data()
