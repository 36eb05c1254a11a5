"""The first start of an office (设置向导) on a migrated database, on SQLite and PostgreSQL."""
from __future__ import annotations

import pytest

from wagecase.domain.errors import RuleError, ValidationFailed
from wagecase.domain.office_setup import PATTERNS
from wagecase.services.office_setup import OfficeSetupInput
from wagecase.storage import reference_data as rd

from tests.integration.intake_support import migrated_services  # noqa: F401  (fixture)


def _input(svc, **kw) -> OfficeSetupInput:
    p = svc.setup.proposal("410122")
    base = dict(place_code="410122", agency_name=p.agency_name, inspection_unit=p.inspection_unit,
                commission_name=p.commission_name, patterns=svc.setup.patterns("牟"),
                display_name="王建国", password="Zhongmou2026", again="Zhongmou2026")
    base.update(kw)
    return OfficeSetupInput(**base)


def settings(svc, keys) -> dict[str, str]:
    with svc.ctx.uow.read() as uow:
        return rd.get_settings(uow.session, keys)


def test_proposals_follow_where_the_office_sits(migrated_services):
    svc = migrated_services
    city = svc.setup.proposal("410100")
    assert (city.agency_name, city.inspection_unit, city.code) == (
        "郑州市人力资源和社会保障局", "郑州市劳动保障监察支队", "郑")
    assert "市本级" in city.wage_text
    district = svc.setup.proposal("410105")  # 金水区: a district carries its city's name
    assert district.agency_name == "郑州市金水区人力资源和社会保障局" and district.code == "郑"
    county = svc.setup.proposal("410122")
    assert county.commission_name == "中牟县劳动人事争议仲裁委员会"
    assert county.inspection_unit == "中牟县劳动保障监察大队" and county.code == "中"
    assert "最低工资标准" in county.wage_text and "元" in county.wage_text  # the tier in force, from data
    assert ("410122", "河南省郑州市中牟县") in svc.setup.places()
    with pytest.raises(RuleError):
        svc.setup.proposal("410000")  # a province is not where a bureau of this kind sits


def test_apply_sets_everything_logs_the_administrator_in_and_happens_once(migrated_services):
    svc = migrated_services
    svc.ctx.user_id = None  # nobody has logged in: the wizard comes before the login
    assert svc.setup.needed()
    admin = svc.setup.apply(_input(svc))
    assert admin.display_name == "王建国" and svc.ctx.user_id == admin.id
    stored = settings(svc, ["office.county_code", "office.province_code", "office.agency_name", *PATTERNS])
    assert stored["office.county_code"] == "410122" and stored["office.province_code"] == "410000"
    assert stored["office.agency_name"] == "中牟县人力资源和社会保障局"
    assert stored["document_number_pattern.inspection.order"] == "牟人社监令字〔{year}〕{seq}号"
    assert svc.users.authenticate("admin", "Zhongmou2026").id == admin.id
    assert not svc.setup.needed()
    with pytest.raises(RuleError) as again:
        svc.setup.apply(_input(svc, agency_name="别的机关"))
    assert again.value.key == "setup.done"
    assert settings(svc, ["office.agency_name"])["office.agency_name"] == "中牟县人力资源和社会保障局"
    # the next case is numbered with the new pattern
    from tests.integration.intake_support import intake, worker

    case_id = svc.intake.register(intake([worker(1)])).case_id
    assert svc.cases.detail(case_id).case_number.startswith("牟人社监投字〔")
    # a case with no county and an employer without one belongs to the office's county
    from tests.integration.intake_support import employer
    from wagecase.storage.models import Case

    nowhere = svc.intake.register(intake([worker(2)], employer=employer(2, county_code=""))).case_id
    with svc.ctx.uow.read() as uow:
        assert uow.session.get(Case, nowhere).county_code == "410122"
        assert uow.session.get(Case, case_id).county_code == "410105"  # the employer's


def test_every_wrong_field_is_reported_at_once_and_nothing_is_written(migrated_services):
    svc = migrated_services
    before = settings(svc, ["office.agency_name", "case_number_pattern.inspection"])
    patterns = svc.setup.patterns("牟")
    patterns["case_number_pattern.inspection"] = "牟人社监投字【{year}】{seq}号"  # wrong brackets
    patterns["document_number_pattern.legal_aid"] = "牟人社函"  # no {year}, no {seq}
    with pytest.raises(ValidationFailed) as failed:
        svc.setup.apply(_input(svc, place_code="", agency_name="", patterns=patterns, password="short",
                               again="other"))
    fields = {e.field for e in failed.value.errors}
    assert fields == {"office.county_code", "office.agency_name", "case_number_pattern.inspection",
                      "document_number_pattern.legal_aid", "setup.password", "setup.again"}
    assert settings(svc, ["office.agency_name", "case_number_pattern.inspection"]) == before
    assert svc.setup.needed() and not svc.users.needs_first_password("nobody")
