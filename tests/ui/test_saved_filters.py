"""我的工作队列 in the case lists' filter bar: save the filter on screen, change the widgets, pick
the saved one back; a saved officer or county that has gone; another user's filters unseen."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt

from wagecase.services.dto import CaseFilter
from wagecase.ui.case_list import CURRENT_FILTER, CaseListPage
from .conftest import construction_intake


@pytest.fixture
def three_cases(services):
    """A collective case in 金水区 (July), one worker's case there (August), one in 中原区 (August)."""
    officer = services.lookup.officers()[0].id
    base = construction_intake(officer)
    single = construction_intake(officer, workers=1)
    services.intake.register(base)
    services.intake.register(replace(single, received_at=datetime(2026, 8, 10, 9, 0),
                                      confirm_possible_duplicates=True))
    services.intake.register(replace(single, received_at=datetime(2026, 8, 12, 9, 0), county_code="410102",
                                      confirm_possible_duplicates=True))
    return services


def open_page(qtbot, services, prompts, **kw) -> CaseListPage:
    page = CaseListPage(services, kw.pop("title", "全部案件"), prompts=prompts, **kw)
    qtbot.addWidget(page)
    page.resize(1400, 500)
    page.show()
    qtbot.waitExposed(page)
    # officers, counties and the saved filters load on the first turn of the event loop
    qtbot.waitUntil(lambda: page.filter_bar.county.count() > 1)
    return page


def pick(combo, data) -> None:
    index = next(i for i in range(combo.count()) if combo.itemData(i) == data
                 and type(combo.itemData(i)) is type(data))
    combo.setCurrentIndex(index)


def test_save_the_filter_change_it_and_pick_it_back(qtbot, three_cases, prompts):
    page = open_page(qtbot, three_cases, prompts)
    bar = page.filter_bar
    assert page.model.rowCount() == 3
    assert bar.queue.count() == 1 and bar.queue.currentText() == CURRENT_FILTER
    assert not bar.rename_action.isEnabled() and not bar.delete_action.isEnabled()

    # 金水区, one worker's cases, received in August
    pick(bar.county, "410105")
    pick(bar.collective, False)
    bar.use_dates.setChecked(True)
    bar.date_from.setDate(QDate(2026, 8, 1))
    bar.date_to.setDate(QDate(2026, 8, 31))
    assert page.model.rowCount() == 1
    wanted = bar.current_filter()
    assert wanted == CaseFilter(county_code="410105", is_collective=False, received_from=date(2026, 8, 1),
                                received_to=date(2026, 8, 31))

    prompts.texts.append(" 八月 金水 个人 ")
    qtbot.mouseClick(bar.save_button, Qt.MouseButton.LeftButton)
    assert prompts.log[-1][0] == "text"
    [saved] = three_cases.saved_filters.list("all")
    assert (saved.name, saved.filter) == ("八月 金水 个人", wanted)
    assert bar.queue.currentText() == "八月 金水 个人"
    assert bar.rename_action.isEnabled() and bar.delete_action.isEnabled()

    # by hand back to every case: the combo no longer claims the saved filter
    pick(bar.county, None)
    pick(bar.collective, None)
    bar.use_dates.setChecked(False)
    assert page.model.rowCount() == 3
    assert bar.queue.currentText() == CURRENT_FILTER

    resets = []
    page.model.modelReset.connect(lambda: resets.append(1))
    bar.choose_saved(saved.id)
    assert len(resets) == 1  # every widget set, one refresh
    assert page.model.case_filter == wanted == bar.current_filter()
    assert page.model.rowCount() == 1
    assert bar.county.currentData() == "410105" and bar.collective.currentData() is False
    assert bar.use_dates.isChecked() and bar.date_from.isEnabled()
    assert bar.date_from.date() == QDate(2026, 8, 1) and bar.date_to.date() == QDate(2026, 8, 31)
    assert page.count_label.text() == "共 1 件"

    # the same name again replaces it once the user agrees; nothing when the user declines
    pick(bar.collective, None)
    prompts.texts.append("八月 金水 个人")
    prompts.answers.append(False)
    bar.save_current()
    assert prompts.log[-1][0] == "question" and "八月 金水 个人" in prompts.log[-1][2]
    assert three_cases.saved_filters.list("all")[0].filter == wanted
    prompts.texts.append("八月 金水 个人")
    prompts.answers.append(True)
    bar.save_current()
    [again] = three_cases.saved_filters.list("all")
    assert again.id == saved.id and again.filter.is_collective is None
    assert bar.queue.count() == 2


def test_rename_delete_and_bad_names_through_the_menu(qtbot, services, prompts):
    page = open_page(qtbot, services, prompts, title="监察案件", case_type="inspection")
    bar = page.filter_bar
    assert bar.list_key == "inspection"
    prompts.texts.append("")
    bar.save_current()
    assert prompts.log[-1] == ("warning", "保存筛选", "请为要保存的筛选填写一个名称，例如“我的未结监察案件”。")
    prompts.texts.append("长" * 51)
    bar.save_current()
    assert "最多50个字" in prompts.log[-1][2]
    assert services.saved_filters.list("inspection") == []

    for name in ("甲", "乙"):
        prompts.texts.append(name)
        bar.save_current()
    assert [bar.queue.itemText(i) for i in range(bar.queue.count())] == [CURRENT_FILTER, "甲", "乙"]
    assert bar.queue.currentText() == "乙" and bar.up_action.isEnabled() and not bar.down_action.isEnabled()
    bar.up_action.trigger()
    assert [bar.queue.itemText(i) for i in range(bar.queue.count())] == [CURRENT_FILTER, "乙", "甲"]
    assert bar.queue.currentText() == "乙"

    prompts.texts.append("甲")
    bar.rename_action.trigger()
    assert prompts.log[-1][0] == "warning" and "已有名为“甲”" in prompts.log[-1][2]
    prompts.texts.append("我的未结案件")
    bar.rename_action.trigger()
    assert bar.queue.currentText() == "我的未结案件"
    prompts.answers.append(True)
    bar.delete_action.trigger()
    assert [v.name for v in services.saved_filters.list("inspection")] == ["甲"]
    assert bar.queue.currentText() == CURRENT_FILTER and not bar.delete_action.isEnabled()
    # the other lists keep their own
    assert services.saved_filters.list("all") == []


def test_a_gone_officer_or_county_is_left_out_and_said(qtbot, registered_case, services, prompts):
    gone = services.saved_filters.save("inspection", "旧队列", CaseFilter(
        case_type="inspection", officer_id=99999, county_code="999999", is_collective=True))
    page = open_page(qtbot, services, prompts, title="监察案件", case_type="inspection")
    bar = page.filter_bar
    bar.choose_saved(gone.id)
    assert bar.officer.currentIndex() == 0 and bar.county.currentIndex() == 0
    assert bar.collective.currentData() is True
    assert page.model.case_filter == CaseFilter(case_type="inspection", is_collective=True)
    assert page.model.rowCount() == 1
    assert page.count_label.text() == "“旧队列”中的承办人、县区已不存在，已按其余条件筛选　共 1 件"
    # a change by hand ends the notice
    pick(bar.collective, False)
    assert page.count_label.text() == "共 0 件"


def test_another_users_filters_are_not_offered(qtbot, services, prompts):
    from wagecase.storage.models import User

    services.saved_filters.save("all", "管理员的", CaseFilter(status="registered"))
    with services.ctx.uow.write() as uow:
        user = User(username="clerk9", display_name="王文员", role="clerk", active=True,
                    created_at=datetime(2026, 1, 5, 1, 0))
        uow.session.add(user)
        uow.session.flush()
        services.ctx.user_id = user.id
        uow.commit()
    services.saved_filters.save("all", "王文员的", CaseFilter(status="accepted"))
    page = open_page(qtbot, services, prompts)
    bar = page.filter_bar
    assert [bar.queue.itemText(i) for i in range(bar.queue.count())] == [CURRENT_FILTER, "王文员的"]
