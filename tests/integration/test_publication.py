"""PublicationService on a real SQLite database: the list as published on a date (a removed entry
leaves on its removal date), the page's tabs, and the .xlsx / PDF exports read back with
openpyxl and pypdf: persons' ID numbers masked, credit codes whole."""
from __future__ import annotations

import io
import re
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from wagecase.domain.identifiers import credit_check_char, id_check_char, mask_id
from wagecase.services.publication import HEADERS, PublicationService, list_title
from wagecase.storage.models import AuditEntry, Employer, Listing, ListingSubject

from .intake_support import intake, services  # noqa: F401

NOW = datetime(2026, 11, 28, 2, 0)


def _id(n: int, birth: str = "19800101") -> str:
    first17 = f"410105{birth}{n:03d}"
    return first17 + id_check_char(first17)


def _code(n: int) -> str:
    first17 = f"91410105MA{n:07d}"
    return first17 + credit_check_char(first17)


REP_ID = _id(501)  # 刘建国, legal representative of 宏远
RESP_ID = _id(502, "19851231")  # 马德福, responsible person of 宏远
OLD_REP_ID = _id(503)  # 王秀梅, of the employer removed on 2026-11-20
REMOVED_ON = date(2026, 11, 20)

# name, status, decided, ends, removed, removal kind, people
LISTINGS = (
    ("郑州宏远建筑劳务有限公司", "listed", date(2026, 3, 2), date(2029, 3, 2), None, "",
     (("legal_representative", "刘建国", REP_ID, "执行董事"), ("responsible", "马德福", RESP_ID, "项目经理"))),
    ("河南安泰建设工程有限公司", "removed", date(2026, 1, 5), date(2029, 1, 5), REMOVED_ON, "early",
     (("legal_representative", "王秀梅", OLD_REP_ID, "总经理"),)),
    ("洛阳百川餐饮管理有限公司", "proposed", None, None, None, "", ()),
    ("中牟县兴达物流有限公司", "declined", None, None, None, "", ()),
    ("郑州博雅装饰工程有限公司", "revoked", date(2026, 2, 2), date(2029, 2, 2), date(2026, 6, 1), "revoked", ()),
    ("郑州未来之星劳务有限公司", "listed", date(2026, 12, 1), date(2029, 12, 1), None, "", ()),  # decided later
)


def seed_listings(svc, case_id: int | None = None) -> dict[str, int]:
    """The listings above, straight into the tables (the first one on ``case_id``): name -> id."""
    ids: dict[str, int] = {}
    with svc.ctx.uow.write() as uow:
        s = uow.session
        for n, (name, status, decided, ends, removed, kind, people) in enumerate(LISTINGS, start=1):
            emp = s.query(Employer).filter(Employer.name == name).one_or_none()
            if emp is None:
                emp = Employer(name=name, credit_code=_code(900 + n), legal_representative="",
                               created_at=NOW)
                s.add(emp)
                s.flush()
            listing = Listing(
                case_id=case_id if n == 1 else None, employer_id=emp.id, rule="2022", status=status,
                grounds="拖欠农民工工资数额达到拒不支付劳动报酬罪数额标准，经责令限期支付逾期未支付" if n == 1 else "",
                proposed_on=date(2025, 12, 1), decided_on=decided, ends_on=ends, removed_on=removed,
                removal_kind=kind, decision_number=f"郑人社失信列字〔2026〕{n}号" if decided else "",
                note="", created_at=NOW, updated_at=NOW)
            s.add(listing)
            s.flush()
            if n != 5:  # 博雅 names no one: its employer still publishes from the register
                s.add(ListingSubject(listing_id=listing.id, kind="employer", name=name, id_number=emp.credit_code))
            for kind_, person, number, position in people:
                s.add(ListingSubject(listing_id=listing.id, kind=kind_, name=person, id_number=number,
                                     position=position))
            ids[name] = listing.id
        uow.commit()
    return ids


@pytest.fixture
def publication(services):  # noqa: F811
    services.ctx.clock = lambda: NOW
    case_id = services.intake.register(intake()).case_id
    seed_listings(services, case_id)
    return PublicationService(services.ctx)


def _names(views) -> set[str]:
    return {v.employer_name for v in views}


def test_published_on_a_date_drops_a_removed_entry_on_its_removal_date(publication):
    before = publication.published(date(2026, 11, 19))
    assert _names(before) == {"郑州宏远建筑劳务有限公司", "河南安泰建设工程有限公司"}
    on_the_day = publication.published(REMOVED_ON)
    assert _names(on_the_day) == {"郑州宏远建筑劳务有限公司"}
    assert publication.count_published(REMOVED_ON) == 1
    # revoked on 2026-06-01: published from its decision until then
    assert "郑州博雅装饰工程有限公司" in _names(publication.published(date(2026, 5, 31)))
    assert "郑州博雅装饰工程有限公司" not in _names(publication.published(date(2026, 6, 1)))
    # a decision dated after the day is not yet on the list
    assert "郑州未来之星劳务有限公司" not in _names(publication.published(date(2026, 11, 30)))
    assert "郑州未来之星劳务有限公司" in _names(publication.published(date(2026, 12, 1)))


def test_a_published_view_carries_case_subjects_and_masked_numbers(publication):
    (view,) = publication.published(REMOVED_ON)
    assert view.case_number
    assert view.status_label and view.term_text == "2026年3月2日至2029年3月2日"
    assert [s.kind for s in view.subjects] == ["employer", "legal_representative", "responsible"]
    employer, rep, resp = view.subjects
    assert employer.id_masked == employer.id_number  # a credit code is published whole
    assert rep.id_masked == REP_ID[:6] + "********" + REP_ID[-4:]
    assert resp.id_masked == mask_id(RESP_ID) and resp.id_number == RESP_ID


def test_tabs_page_listings_by_status(publication):
    assert publication.count("listed") == 2
    assert publication.count("procedure") == 1
    assert publication.count("removed") == 2
    assert publication.count("declined") == 1
    assert _names(publication.page("procedure")) == {"洛阳百川餐饮管理有限公司"}
    assert _names(publication.page("removed")) == {"河南安泰建设工程有限公司", "郑州博雅装饰工程有限公司"}
    first, second = publication.page("listed", 0, 1), publication.page("listed", 1, 1)
    assert len(first) == len(second) == 1 and first[0].id != second[0].id


def _sheet_rows(data: bytes):
    wb = load_workbook(io.BytesIO(data))
    ws = wb.active
    return ws, [list(r) for r in ws.iter_rows(values_only=True)]


def test_xlsx_export_one_row_per_subject_masked(publication):
    ws, rows = _sheet_rows(publication.export_xlsx(date(2026, 11, 19)))
    assert tuple(rows[0]) == HEADERS
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["B"].width >= 20
    body = rows[1:]
    assert [r[0] for r in body] == list(range(1, len(body) + 1))
    by_name = {r[1]: r for r in body}
    assert set(by_name) == {"郑州宏远建筑劳务有限公司", "刘建国", "马德福", "河南安泰建设工程有限公司", "王秀梅"}
    rep = by_name["刘建国"]
    assert rep[2] == REP_ID[:6] + "********" + REP_ID[-4:] and rep[3] == "法定代表人"
    assert by_name["马德福"][3] == "直接责任人"
    code = publication.published(REMOVED_ON)[0].subjects[0].id_number
    assert by_name["郑州宏远建筑劳务有限公司"][2] == code and len(code) == 18
    assert "第五条" in rep[5] and "第45号" in rep[5]
    assert rep[6].date() == date(2026, 3, 2) and rep[7].date() == date(2029, 3, 2)
    assert by_name["王秀梅"][7].date() == REMOVED_ON  # leaves on its removal date, not the term's end
    assert rep[8] == "郑州市人力资源和社会保障局"
    every_cell = " ".join(str(c) for r in body for c in r)
    for full in (REP_ID, RESP_ID, OLD_REP_ID):
        assert full not in every_cell

    _ws, rows = _sheet_rows(publication.export_xlsx(REMOVED_ON))
    assert {r[1] for r in rows[1:]} == {"郑州宏远建筑劳务有限公司", "刘建国", "马德福"}


def test_an_export_is_recorded_in_the_audit_log(publication):
    publication.export_xlsx(REMOVED_ON)
    with publication.ctx.uow.read() as uow:
        after = uow.session.query(AuditEntry.after).filter(AuditEntry.action == "publication.export").scalar()
    assert '"rows":3' in after and '"format":"xlsx"' in after


def test_listing_naming_no_one_still_publishes_its_employer(publication):
    _ws, rows = _sheet_rows(publication.export_xlsx(date(2026, 5, 1)))
    boya = [r for r in rows[1:] if r[1] == "郑州博雅装饰工程有限公司"]
    assert len(boya) == 1 and boya[0][3] == "用人单位" and boya[0][2] == _code(905)


def test_pdf_export_reads_back_with_title_and_masked_ids(publication, tmp_path):
    data = publication.export_pdf(date(2026, 11, 28))
    (tmp_path / "list.pdf").write_bytes(data)
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(p.extract_text() for p in reader.pages)
    flat = re.sub(r"\s+", "", text)
    assert re.sub(r"\s+", "", list_title(date(2026, 11, 28))) in flat
    assert "拖欠农民工工资失信联合惩戒对象名单（截至2026年11月28日）" in flat
    assert "郑州市人力资源和社会保障局" in flat
    assert mask_id(REP_ID) in flat and "刘建国" in flat
    assert not re.search(r"\d{17}[\dX]", re.sub(r"91410\w{13}", "", flat))  # no full 18-digit person ID
    assert "王秀梅" not in flat  # removed on 2026-11-20
    assert "第1页共1页" in flat


def test_empty_list_exports_are_still_valid(services):  # noqa: F811
    pub = PublicationService(services.ctx)
    _ws, rows = _sheet_rows(pub.export_xlsx(date(2026, 1, 1)))
    assert rows == [list(HEADERS)]
    assert PdfReader(io.BytesIO(pub.export_pdf(date(2026, 1, 1)))).pages
