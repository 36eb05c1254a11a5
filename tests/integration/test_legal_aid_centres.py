"""LegalAidCentreService on a real migrated SQLite database: the directory kept in 设置 and the
centre proposed from a case's place."""
from __future__ import annotations

import pytest

from wagecase.domain.errors import RuleError, ValidationFailed
from wagecase.domain.messages import describe
from wagecase.services import audit
from wagecase.services.dto import LegalAidCentreInput
from wagecase.services.legal_aid_centres import LegalAidCentreService, demo_centres, split_counties
from wagecase.storage.models import AuditEntry, User
from .intake_support import migrated_services  # noqa: F401


def _fields(e: ValidationFailed) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for err in e.errors:
        out.setdefault(err.field, []).append(describe(err))
    return out


def _id(centres: LegalAidCentreService, name: str) -> int:
    return next(c.id for c in centres.centres() if c.name == name)


def _as_inspector(svc) -> None:
    with svc.ctx.uow.read() as uow:
        svc.ctx.user_id = uow.session.query(User).filter_by(username="lina").one().id


def test_split_counties_reads_every_separator_and_city_codes():
    assert split_counties("410105,410102，4101、 41  410105") == ["410105", "410102", "4101", "41"]
    assert split_counties("410100 410000") == ["4101", "41"]
    assert split_counties("") == []


def test_add_list_and_change_a_centre(migrated_services):
    centres = LegalAidCentreService(migrated_services.ctx)
    assert centres.centres() == []
    assert centres.can_edit()
    changes = centres.save(None, LegalAidCentreInput(
        name=" 郑州市法律援助中心 ", kind="centre", address="郑州市某路1号", phone="0371-12348",
        counties="410105，410102"))
    assert changes.settings
    [c] = centres.centres()
    assert (c.name, c.kind, c.kind_label, c.phone) == ("郑州市法律援助中心", "centre", "法律援助中心", "0371-12348")
    assert c.counties == "410105,410102"
    assert c.counties_text == "郑州市金水区、郑州市中原区"
    assert c.active
    centres.save(c.id, LegalAidCentreInput(name="郑州市法律援助中心", kind="法律援助工作站",
                                           counties="4101 41 419001"))
    c = centres.centre(c.id)
    assert c.kind == "workstation"
    assert c.address == ""
    assert c.counties_text == "郑州市（全市）、河南省（全省）、济源市"
    with migrated_services.ctx.uow.read() as uow:
        s = uow.session
        actions = [a.action for a in s.query(AuditEntry).filter_by(entity="legal_aid_centre")]
        assert actions == ["legal_aid_centre.add", "legal_aid_centre.change"]
        assert audit.verify_chain(s) is None


def test_every_bad_field_is_named_in_chinese_and_nothing_is_written(migrated_services):
    centres = LegalAidCentreService(migrated_services.ctx)
    with pytest.raises(ValidationFailed) as e:
        centres.save(None, LegalAidCentreInput(name="  ", kind="office", phone="call me",
                                               counties="410105, 4199, 41a, 123", address="路" * 201))
    f = _fields(e.value)
    assert f["centre_name"] == ["名称：请填写法律援助机构的名称，例如“郑州市法律援助中心”。"]
    assert f["centre_kind"][0].startswith("类型：“office”不是可选的类型")
    assert f["centre_phone"][0].startswith("电话：“call me”格式不对")
    assert f["centre_address"] == ["地址：地址最多200个字，现在是201个字，请缩短。"]
    assert [t.split("”")[0] for t in f["centre_counties"]] == ["服务区域：“4199", "服务区域：“41a", "服务区域：“123"]
    assert "不是已知的行政区划代码" in f["centre_counties"][0]
    assert "2位（全省）、4位（全市）或6位（县区）" in f["centre_counties"][1]
    assert centres.centres() == []


def test_names_are_unique(migrated_services):
    centres = LegalAidCentreService(migrated_services.ctx)
    centres.save(None, LegalAidCentreInput(name="金水区法律援助工作站", kind="workstation", counties="410105"))
    centres.save(None, LegalAidCentreInput(name="中原区法律援助工作站", kind="workstation", counties="410102"))
    with pytest.raises(ValidationFailed) as e:
        centres.save(None, LegalAidCentreInput(name="金水区法律援助工作站"))
    assert _fields(e.value) == {"centre_name": [
        "名称：已有名为“金水区法律援助工作站”的法律援助机构，请换一个名称，或修改已有的那一条。"]}
    jinshui = _id(centres, "金水区法律援助工作站")
    centres.save(jinshui, LegalAidCentreInput(name="金水区法律援助工作站", kind="workstation",
                                              phone="12348"))  # its own name is no clash
    with pytest.raises(ValidationFailed):
        centres.save(jinshui, LegalAidCentreInput(name="中原区法律援助工作站"))
    with pytest.raises(RuleError) as e2:
        centres.save(9999, LegalAidCentreInput(name="某中心"))
    assert e2.value.key == "legal_aid.centre.unknown"


def test_only_the_administrator_changes_the_directory(migrated_services):
    centres = LegalAidCentreService(migrated_services.ctx)
    centres.save(None, LegalAidCentreInput(name="郑州市法律援助中心", counties="4101"))
    cid = _id(centres, "郑州市法律援助中心")
    _as_inspector(migrated_services)
    assert not centres.can_edit()
    assert [c.name for c in centres.centres()] == ["郑州市法律援助中心"]  # everyone may look
    for change in (lambda: centres.save(None, LegalAidCentreInput(name="另一中心")),
                   lambda: centres.save(cid, LegalAidCentreInput(name="改名")),
                   lambda: centres.set_active(cid, False)):
        with pytest.raises(RuleError) as e:
            change()
        assert e.value.key == "legal_aid.centre.admin_only"
    assert centres.centre(cid).name == "郑州市法律援助中心" and centres.centre(cid).active


def test_propose_takes_the_most_specific_active_centre(migrated_services):
    centres = LegalAidCentreService(migrated_services.ctx)
    for data in (
        LegalAidCentreInput(name="河南省法律援助中心", counties="41"),
        LegalAidCentreInput(name="郑州市法律援助中心", counties="4101"),
        LegalAidCentreInput(name="郑州市仲裁院法律援助工作站", kind="workstation", counties="4101"),
        LegalAidCentreInput(name="金水区法律援助中心", counties="410105"),
        LegalAidCentreInput(name="中原区法律援助中心", counties="410102"),
        LegalAidCentreInput(name="中原区仲裁院法律援助工作站", kind="workstation", counties="410102"),
    ):
        centres.save(None, data)
    propose = lambda code: getattr(centres.propose(code), "name", None)  # noqa: E731
    assert propose("410105") == "金水区法律援助中心"  # the county's own over the city's workstation
    assert propose("410102") == "中原区仲裁院法律援助工作站"  # workstation over centre, same county
    assert propose("410103") == "郑州市仲裁院法律援助工作站"  # no county one: the city's, workstation first
    assert propose("410205") == "河南省法律援助中心"  # 开封: only the province covers it
    assert propose("110101") is None
    assert propose("") is None and propose(None) is None
    # stopped ones are never proposed; a restarted one is again
    centres.set_active(_id(centres, "中原区仲裁院法律援助工作站"), False)
    assert propose("410102") == "中原区法律援助中心"
    centres.set_active(_id(centres, "郑州市仲裁院法律援助工作站"), False)
    centres.set_active(_id(centres, "郑州市法律援助中心"), False)
    assert propose("410103") == "河南省法律援助中心"
    centres.set_active(_id(centres, "河南省法律援助中心"), False)
    assert propose("410103") is None
    assert [c.name for c in centres.centres(active_only=True)] == ["金水区法律援助中心", "中原区法律援助中心"]
    centres.set_active(_id(centres, "中原区仲裁院法律援助工作站"), True)
    assert propose("410102") == "中原区仲裁院法律援助工作站"


def test_demo_centres_are_valid_and_marked_as_examples(migrated_services):
    centres = LegalAidCentreService(migrated_services.ctx)
    for data in demo_centres():
        assert "（示例）" in data.name and "（示例）" in data.address
        centres.save(None, data)
    assert centres.propose("410105").name == "金水区法律援助工作站（示例）"
    assert centres.propose("410102").name == "郑州市法律援助中心（示例）"
    assert centres.propose("410205").name == "开封市法律援助中心（示例）"
    assert [c.counties_text for c in centres.centres()] == ["郑州市（全市）", "郑州市金水区", "开封市（全市）"]
