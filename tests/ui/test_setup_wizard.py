"""设置向导 walked with pytest-qt on a fresh migrated database: what it proposes, what the office
corrects, errors sent back to their page with everything typed kept, and the settings applied."""
from __future__ import annotations

from PySide6.QtWidgets import QWizard

from wagecase.domain.case import CaseType
from wagecase.services.dto import CaseFilter
from wagecase.storage import reference_data as rd
from wagecase.ui.setup_wizard import SetupWizard


def settings(services, keys):
    with services.ctx.uow.read() as uow:
        return rd.get_settings(uow.session, keys)


def pick(page, code: str) -> None:
    page.place.setCurrentIndex(page.place.findData(code))


def test_the_wizard_proposes_keeps_what_was_typed_and_applies_it(qtbot, services):
    services.ctx.user_id = None  # as at start-up: nobody logged in yet
    assert services.setup.needed()
    wizard = SetupWizard(services, "测试数据库", demo_cases=500, year=2026)
    qtbot.addWidget(wizard)
    wizard.show()
    office = wizard.office
    assert office.agency.text() == "郑州市人力资源和社会保障局"  # the default place: 郑州市
    office.commission.setText("郑州市劳动人事争议仲裁委员会（测试）")
    office.commission.textEdited.emit(office.commission.text())  # as typed by the user
    pick(office, "410122")  # 中牟县: the proposals follow, the typed commission name stays
    assert office.agency.text() == "中牟县人力资源和社会保障局"
    assert office.inspection_unit.text() == "中牟县劳动保障监察大队"
    assert office.commission.text() == "郑州市劳动人事争议仲裁委员会（测试）"
    assert "最低工资标准" in office.wage.text()
    office.commission.setText("中牟县劳动人事争议仲裁委员会")

    wizard.next()
    numbering = wizard.numbering
    assert numbering.code.text() == "中"
    assert numbering.patterns["case_number_pattern.inspection"].text() == "中人社监投字〔{year}〕{seq}号"
    numbering.code.setText("牟")
    numbering.code.textEdited.emit("牟")
    assert numbering.patterns["document_number_pattern.inspection.order"].text() == "牟人社监令字〔{year}〕{seq}号"
    assert numbering.examples["document_number_pattern.inspection.order"].text() == "例：牟人社监令字〔2026〕1号"
    legal_aid = numbering.patterns["document_number_pattern.legal_aid"]
    legal_aid.setText("牟人社援函〔{year}〕{seq}号")
    legal_aid.textEdited.emit(legal_aid.text())

    wizard.next()
    admin = wizard.admin
    assert admin.username.text() == "admin"
    admin.display_name.setText("王建国")
    admin.password.setText("Zhongmou2026")
    admin.again.setText("Zhongmou2025")  # mistyped: sent back here after 完成

    wizard.next()
    assert wizard.currentPage() is wizard.finish
    assert "中牟县人力资源和社会保障局" in wizard.finish.summary.text()
    assert "牟人社监投字〔2026〕1号" in wizard.finish.summary.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.currentPage() is admin and "两次输入" in admin.errors.text()
    assert wizard.user is None and services.setup.needed()
    assert admin.display_name.text() == "王建国" and legal_aid.text() == "牟人社援函〔{year}〕{seq}号"

    admin.again.setText("Zhongmou2026")
    wizard.next()
    wizard.finish.demo.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted and wizard.load_demo
    assert wizard.user is not None and wizard.user.display_name == "王建国"

    stored = settings(services, ["office.county_code", "office.agency_name", "office.commission_name",
                                 "document_number_pattern.legal_aid", "case_number_pattern.inspection"])
    assert stored == {"office.county_code": "410122", "office.agency_name": "中牟县人力资源和社会保障局",
                      "office.commission_name": "中牟县劳动人事争议仲裁委员会",
                      "document_number_pattern.legal_aid": "牟人社援函〔{year}〕{seq}号",
                      "case_number_pattern.inspection": "牟人社监投字〔{year}〕{seq}号"}
    assert services.users.authenticate("admin", "Zhongmou2026").display_name == "王建国"
    assert not services.setup.needed()
    assert services.cases.count(CaseFilter(case_type=CaseType.INSPECTION.value)) == 0


def test_a_place_typed_but_not_in_the_list_keeps_the_wizard_on_its_page(qtbot, services):
    services.ctx.user_id = None
    wizard = SetupWizard(services, "测试数据库", demo_cases=500, year=2026)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.office.place.setEditText("火星市")
    wizard.next()
    assert wizard.currentPage() is wizard.office and "请从列表中选择" in wizard.office.errors.text()
    wizard.office.place.setEditText("河南省郑州市中牟县")  # typed in full: as good as picked
    wizard.next()
    assert wizard.currentPage() is wizard.numbering and not wizard.office.errors.isVisible()
    assert wizard.office.agency.text() == "中牟县人力资源和社会保障局" and wizard.numbering.code.text() == "中"
    assert services.setup.needed()
