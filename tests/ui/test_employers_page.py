"""The 用人单位 page and the employer tab: paged list, search, opening an employer, its cases
and its listing."""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QTabWidget

from tests.ui.conftest import make_id
from tests.ui.deadline_builders import register, set_today
from wagecase.services.employers import EmployerService
from wagecase.storage.models import Employer, Listing, ListingSubject
from wagecase.ui.employer_view import EmployerView, open_employer_tab, warnings_text
from wagecase.ui.employers_page import EmployersPage, EmployerTableModel

EMPLOYER = "河南豫顺劳务有限公司"  # construction_intake's employer
NOW = datetime(2026, 7, 6, 2)


def _listed(services) -> int:
    """Registers a case against the employer and lists the employer directly in the database."""
    case = register(services)
    with services.ctx.uow.write() as uow:
        s = uow.session
        emp = s.query(Employer).filter(Employer.name == EMPLOYER).one()
        listing = Listing(employer_id=emp.id, case_id=case.case_id, rule="2022", status="listed",
                          grounds="拖欠1名农民工工资9,000元，达到刑事立案标准", proposed_on=date(2026, 7, 1),
                          decided_on=date(2026, 7, 3), ends_on=date(2029, 7, 3),
                          decision_number="郑人社失信〔2026〕3号", created_at=NOW, updated_at=NOW)
        s.add(listing)
        s.flush()
        s.add_all([
            ListingSubject(listing_id=listing.id, kind="employer", name=emp.name, id_number=emp.credit_code),
            ListingSubject(listing_id=listing.id, kind="legal_representative", name="周国强",
                           id_number=make_id("41010519700101301"), position="执行董事"),
            ListingSubject(listing_id=listing.id, kind="responsible", name="赵铁柱",
                           id_number=make_id("41162519750303301"), position="项目经理"),
        ])
        uow.commit()
        return emp.id


def test_model_passes_qtmodeltester(qtmodeltester, demo_services):
    model = EmployerTableModel(EmployerService(demo_services.ctx))
    assert model.total() > 0
    qtmodeltester.check(model)


def test_the_page_lists_searches_and_opens(qtbot, services):
    set_today(services, date(2026, 7, 8))
    employer_id = _listed(services)
    page = EmployersPage(EmployerService(services.ctx))
    qtbot.addWidget(page)
    page.show()
    model = page.model
    # the employer, the chain's two companies
    assert model.total() == 3 and page.count_label.text() == "共 3 家"
    rows = {model.data(model.index(r, 0)): r for r in range(model.rowCount())}
    r = rows[EMPLOYER]
    texts = [model.data(model.index(r, c)) for c in range(model.columnCount())]
    assert texts[2] == "周国强" and texts[3] == "金水区"
    assert texts[4:] == ["1", "1", "26,600.00", "是"]
    assert model.data(model.index(rows["河南中原建工集团有限公司"], 7)) == "否"

    page.search.setText("豫顺")
    qtbot.waitUntil(lambda: model.total() == 1)
    assert page.count_label.text() == "共 1 家"
    page.search.clear()
    page.search.setText("zyjg")  # 中原建工 by its initials
    qtbot.waitUntil(lambda: model.total() == 1 and model.data(model.index(0, 0)) == "河南中原建工集团有限公司")
    page.search.clear()
    page.search.setText("周国强")
    qtbot.waitUntil(lambda: model.total() == 1 and model.data(model.index(0, 0)) == EMPLOYER)

    with qtbot.waitSignal(page.open_employer) as opened:
        page.view.doubleClicked.emit(model.index(0, 1))
    assert opened.args == [employer_id]


def test_the_employer_view_shows_its_cases_and_listing(qtbot, services, prompts):
    set_today(services, date(2026, 7, 8))
    employer_id = _listed(services)
    employers = EmployerService(services.ctx)
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    opened_cases: list[int] = []
    view = open_employer_tab(tabs, employers, prompts, employer_id, opened_cases.append)
    assert isinstance(view, EmployerView) and tabs.count() == 1 and tabs.tabText(0) == EMPLOYER
    # opening it again shows the same tab
    assert open_employer_tab(tabs, employers, prompts, employer_id, opened_cases.append) is view
    assert tabs.count() == 1

    assert view.name.text() == EMPLOYER
    assert not view.warnings.isHidden()
    assert "该用人单位已被列入拖欠农民工工资失信联合惩戒对象名单（至2029年7月3日）" in view.warnings.text()
    assert "应付 26,600.00 元" in view.totals.text() and "逾期未付的指令书 0件" in view.totals.text()
    model = view.cases_model
    assert model.rowCount() == 1
    case_number = model.data(model.index(0, 0))
    assert case_number.startswith("郑") and model.data(model.index(0, 4)) == "26,600.00"
    view.cases.doubleClicked.emit(model.index(0, 0))
    assert opened_cases == [view.detail.cases[0].case_id]

    t = view.listings
    assert t.rowCount() == 1
    assert t.item(0, 0).text() == "2026年7月3日至2029年7月3日"
    assert t.item(0, 1).text() == "已列入" and t.item(0, 3).text() == "郑人社失信〔2026〕3号"
    assert t.item(0, 4).text() == case_number
    assert "赵铁柱（项目经理）" in view.people.text()


def test_an_employer_that_cannot_be_read_says_so(qtbot, services, prompts):
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    assert open_employer_tab(tabs, EmployerService(services.ctx), prompts, 9999, lambda _id: None) is None
    assert tabs.count() == 0
    assert prompts.log and prompts.log[0][0] == "error" and "找不到该用人单位" in prompts.log[0][2]


def test_intake_question_lists_the_warnings(services):
    set_today(services, date(2026, 7, 8))
    employer_id = _listed(services)
    warnings = EmployerService(services.ctx).warnings(employer_id, "", "")
    text = warnings_text(warnings)
    assert "已被列入" in text and "尚有1件未结案件" in text and text.endswith("仍要登记吗？")
