"""Suggestions while typing, regions and officers."""
from __future__ import annotations

import pytest

from wagecase.domain.errors import RuleError
from wagecase.services.dto import EmployerInput

from tests.integration.intake_support import (  # noqa: F401  (fixture)
    credit_code,
    employer,
    id_number,
    intake,
    services,
    worker,
)


@pytest.fixture
def people(services):
    services.intake.register(intake([worker(0)], employer=employer(1)))
    services.intake.register(intake([worker(1), worker(2)],
                                    employer=employer(2, name="郑州宏远建筑劳务有限公司第二分公司")))
    services.intake.register(intake([worker(3)], employer=EmployerInput(name="郑州远方餐饮店")))
    return services


def test_employer_suggestions(people):
    look = people.lookup
    found = look.employers("宏远")
    assert [s.name for s in found] == ["郑州宏远建筑劳务有限公司", "郑州宏远建筑劳务有限公司第二分公司"]
    assert found[0].title == f"郑州宏远建筑劳务有限公司（{credit_code(1)}）"
    assert [s.name for s in look.employers("zzhy")] == [s.name for s in found]  # pinyin initials
    assert [s.name for s in look.employers("ZZYF")] == ["郑州远方餐饮店"]
    assert look.employers("ZZYF")[0].title == "郑州远方餐饮店"  # no code: name only
    assert [s.code for s in look.employers(credit_code(2)[:17].lower())] == [credit_code(2)]
    assert look.employers("") == [] and look.employers("没有这家") == []
    assert len(look.employers("郑州", limit=2)) == 2
    emp = look.employer_input(found[0].id)
    assert emp.existing_employer_id == found[0].id and emp.county_code == "410105"
    with pytest.raises(RuleError):
        look.employer_input(9999)


def test_worker_suggestions_mask_the_id_number(people):
    look = people.lookup
    s = look.workers("张")
    assert len(s) == 1 and s[0].title == "张三（410122********000" + id_number(0)[-1] + "）"
    assert s[0].code == id_number(0)
    assert [x.name for x in look.workers("ls")] == ["李四"]
    assert [x.name for x in look.workers(id_number(2)[-5:])] == ["王五"]
    assert len(look.workers("19850312")) == 4
    w = look.worker_input(s[0].id)
    assert (w.name, w.id_number, w.existing_worker_id) == ("张三", id_number(0), s[0].id)


def test_regions_and_officers(services):
    look = services.lookup
    assert [r.name for r in look.regions()] == ["郑州市", "洛阳市"]
    assert [r.code for r in look.regions("410100")] == ["410105", "410122"]
    assert look.regions("410122") == []
    assert look.region_name("410122") == "河南省郑州市中牟县"
    assert look.region_name("999999") == "" and look.region_name("") == ""
    assert [u.display_name for u in look.officers()] == ["李娜", "系统管理员"]
    assert look.officers()[1].role_label == "管理员"


def test_default_user(services):
    users = services.users
    me = users.current()
    assert me.username == "admin" and me.display_name == "系统管理员" and me.role == "admin"
    assert users.ensure_default().id == me.id  # not created twice
    assert len(users.all()) == 3
