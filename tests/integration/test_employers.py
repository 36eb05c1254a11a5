"""EmployerService on a real SQLite database: the paged list and its search, money owed and
paid, orders ignored, the listed flag, and the warnings intake shows."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from wagecase.domain.errors import RuleError
from wagecase.domain.identifiers import mask_id
from wagecase.domain.messages import message
from wagecase.services.dto import PaymentInput
from wagecase.services.employers import EmployerService
from wagecase.storage.models import Employer, Listing, ListingSubject
from .intake_support import (  # noqa: F401
    NOW_UTC, credit_code, employer, id_number, intake, migrated_services, services, worker,
)

NAMES = ["郑州宏远建筑劳务有限公司", "河南安泰建设工程有限公司", "洛阳百川餐饮管理有限公司",
         "中牟县兴达物流有限公司", "郑州博雅装饰工程有限公司"]
LEGAL_REPS = ["刘建国", "王秀梅", "陈志强", "赵德明", "孙丽华"]
LEGAL_REP_ID = id_number(501, "410105", "19700101")


def _register(svc, n: int, workers=None, **kw) -> int:
    data = intake(workers or [worker(n)], employer=employer(
        n + 1, name=NAMES[n], legal_representative=LEGAL_REPS[n]), **kw)
    return svc.intake.register(replace(data, confirm_possible_duplicates=True)).case_id


def _employer_id(svc, name: str) -> int:
    with svc.ctx.uow.read() as uow:
        return uow.session.query(Employer.id).filter(Employer.name == name).scalar()


def _set_today(svc, day: date) -> None:
    noon = datetime(day.year, day.month, day.day, 12) - timedelta(hours=8)
    svc.ctx.clock = lambda: noon


def _list(svc, employer_id: int, *, status="listed", decided=date(2026, 3, 2), ends=date(2029, 3, 2),
          removed=None, people=(("legal_representative", "刘建国", LEGAL_REP_ID, "执行董事"),
                                ("responsible", "马德福", id_number(502, "410105", "19800101"), "项目经理"))):
    with svc.ctx.uow.write() as uow:
        s = uow.session
        emp = s.get(Employer, employer_id)
        listing = Listing(employer_id=employer_id, rule="2022", status=status, grounds="拖欠工资达到刑事立案标准",
                          proposed_on=date(2026, 2, 1), decided_on=decided, ends_on=ends, removed_on=removed,
                          removal_kind="expiry" if removed else "", decision_number="郑人社失信〔2026〕1号",
                          created_at=NOW_UTC, updated_at=NOW_UTC)
        s.add(listing)
        s.flush()
        s.add(ListingSubject(listing_id=listing.id, kind="employer", name=emp.name, id_number=emp.credit_code))
        for kind, name, number, position in people:
            s.add(ListingSubject(listing_id=listing.id, kind=kind, name=name, id_number=number, position=position))
        uow.commit()
        return listing.id


def test_paging_is_in_sql_and_ordered_by_initials(services):
    for n in range(5):
        _register(services, n)
    emp = EmployerService(services.ctx)
    assert emp.count() == 5
    first, second = emp.page("", 0, 3), emp.page("", 3, 3)
    assert len(first) == 3 and len(second) == 2
    names = [r.name for r in first + second]
    assert sorted(names) == sorted(NAMES) and len(set(names)) == 5
    # in the order of the pinyin initials: 河南安泰 (hnat) first
    assert names[0] == "河南安泰建设工程有限公司"
    row = next(r for r in first + second if r.name == NAMES[0])
    assert (row.case_count, row.open_count, row.listed) == (1, 1, False)
    assert row.legal_representative == "刘建国" and row.county_name == "金水区"
    assert row.outstanding_text == "3,000.00"


def test_search_by_name_initials_code_and_legal_representative(services):
    for n in range(5):
        _register(services, n)
    emp = EmployerService(services.ctx)
    assert [r.name for r in emp.page("宏远", 0, 50)] == [NAMES[0]]
    assert emp.count("宏远") == 1
    assert [r.name for r in emp.page("ZZBY", 0, 50)] == [NAMES[4]]  # 郑州博雅 by pinyin initials
    code = credit_code(3)  # NAMES[2]
    assert [r.name for r in emp.page(code[-6:].lower(), 0, 50)] == [NAMES[2]]
    assert [r.name for r in emp.page("赵德明", 0, 50)] == [NAMES[3]]
    assert emp.count("有限公司") == 5 and emp.page("不存在的单位", 0, 50) == []
    assert emp.count("100%_") == 0  # LIKE wildcards are literal


def test_totals_payments_and_an_ignored_order(migrated_services):
    svc = migrated_services
    cid = _register(svc, 0, workers=[worker(0, "3000"), worker(1, "2000")])
    other = _register(svc, 0, workers=[worker(2, "1000")])
    svc.inspection.act(cid, "accept")
    svc.inspection.act(cid, "issue_order", {"due_date": "2026-03-20", "payers": "employer"})
    view = svc.inspection.view(cid)
    first = view.balances[0]
    svc.inspection.record_payment(cid, PaymentInput(first.worker_id, date(2026, 3, 10), "1200", "employer"))
    emp = EmployerService(svc.ctx)
    eid = _employer_id(svc, NAMES[0])

    d = emp.detail(eid)
    assert (d.claimed_text, d.paid_text, d.outstanding_text) == ("6,000.00", "1,200.00", "4,800.00")
    assert d.orders_ignored == 0  # the payment date has not come
    by_id = {c.case_id: c for c in d.cases}
    assert by_id[cid].claimed_text == "5,000.00" and by_id[cid].paid_text == "1,200.00"
    assert by_id[other].paid_text == "0.00" and not by_id[other].order_ignored
    assert d.cases[0].status_label  # Chinese labels, newest first

    _set_today(svc, date(2026, 3, 23))
    d = emp.detail(eid)
    assert d.orders_ignored == 1 and {c.case_id: c for c in d.cases}[cid].order_ignored
    row = emp.page("", 0, 10)[0]
    assert (row.case_count, row.open_count, row.outstanding_fen) == (2, 2, 480000)

    # paid in full: the order is no longer ignored, nothing is owed on that case
    _set_today(svc, date(2026, 3, 12))
    for b in svc.inspection.view(cid).balances:
        if b.outstanding_text != "0.00":
            svc.inspection.record_payment(cid, PaymentInput(
                b.worker_id, date(2026, 3, 12), b.outstanding_text.replace(",", ""), "employer"))
    _set_today(svc, date(2026, 3, 23))
    d = emp.detail(eid)
    assert d.orders_ignored == 0 and d.outstanding_text == "1,000.00"


def test_listed_flag_detail_and_warnings(services):
    _register(services, 0)
    _register(services, 1)
    listed_id, other_id = _employer_id(services, NAMES[0]), _employer_id(services, NAMES[1])
    with services.ctx.uow.write() as uow:
        # the same person is legal representative of both
        uow.session.get(Employer, listed_id).legal_representative_id_number = LEGAL_REP_ID
        uow.session.get(Employer, other_id).legal_representative_id_number = LEGAL_REP_ID
        uow.commit()
    emp = EmployerService(services.ctx)
    _set_today(services, date(2026, 3, 10))
    assert not any(r.listed for r in emp.page("", 0, 10))
    _list(services, listed_id)

    rows = {r.name: r for r in emp.page("", 0, 10)}
    assert rows[NAMES[0]].listed and not rows[NAMES[1]].listed
    d = emp.detail(listed_id)
    assert d.legal_representative_id_masked == mask_id(LEGAL_REP_ID) != LEGAL_REP_ID
    (lv,) = d.listings
    assert (lv.status, lv.status_label, lv.rule_label) == ("listed", "已列入", "人社部令第45号")
    assert lv.term_text == "2026年3月2日至2029年3月2日" and lv.decision_number == "郑人社失信〔2026〕1号"
    kinds = {s.kind: s for s in lv.subjects}
    assert kinds["employer"].id_masked == credit_code(1)  # a code prints whole
    assert kinds["legal_representative"].id_masked == mask_id(LEGAL_REP_ID)
    assert kinds["legal_representative"].id_number == LEGAL_REP_ID
    assert d.responsible_persons == ("马德福（项目经理）",)
    assert d.warnings == ("该用人单位已被列入拖欠农民工工资失信联合惩戒对象名单（至2029年3月2日）",)

    w = emp.warnings(listed_id, "", "")
    assert w[0] == "该用人单位已被列入拖欠农民工工资失信联合惩戒对象名单（至2029年3月2日）"
    (case_number,) = [c.case_number for c in d.cases]
    assert w[1] == f"该用人单位尚有1件未结案件（{case_number}）"
    assert len(w) == 2  # its own listing is not "another employer"

    # found by credit code alone (a new intake typed the code), lower case and spaces forgiven
    assert emp.warnings(None, " " + credit_code(1).lower(), "")[0].startswith("该用人单位已被列入")

    # the other employer: its legal representative is listed under the first
    w = emp.warnings(other_id, "", "")
    assert w[0] == (f"该用人单位的法定代表人刘建国（身份证号{mask_id(LEGAL_REP_ID)}）"
                    f"作为另一单位{NAMES[0]}的法定代表人被列入失信名单")
    assert w[1].startswith("该用人单位尚有1件未结案件")
    # a brand-new employer with only the person's number typed
    assert emp.warnings(None, "", LEGAL_REP_ID)[0].startswith("该用人单位的法定代表人刘建国")
    assert emp.warnings(None, "", "") == []

    # before the decision date and after removal the employer is not on the list
    _set_today(services, date(2026, 3, 1))
    assert not {r.name: r for r in emp.page("", 0, 10)}[NAMES[0]].listed
    assert not emp.warnings(other_id, "", "")[0].startswith("该用人单位的法定代表人")


def test_removed_listing_is_history_not_a_warning(services):
    _register(services, 0)
    eid = _employer_id(services, NAMES[0])
    _list(services, eid, status="removed", decided=date(2022, 3, 1), ends=date(2025, 3, 1),
          removed=date(2025, 3, 10))
    emp = EmployerService(services.ctx)
    d = emp.detail(eid)
    assert d.warnings == () and len(d.listings) == 1
    assert d.listings[0].removal_kind_label == "期满移出" and d.listings[0].status_label == "已移出"
    assert not emp.page("", 0, 10)[0].listed


def test_several_open_cases_are_counted_and_named(services):
    ids = [_register(services, 0, workers=[worker(i)]) for i in range(4)]
    emp = EmployerService(services.ctx)
    (w,) = emp.warnings(_employer_id(services, NAMES[0]), "", "")
    assert w.startswith("该用人单位尚有4件未结案件（") and w.endswith("等）")
    assert len(ids) == 4


def test_unknown_employer_is_a_rule_error(services):
    with pytest.raises(RuleError) as e:
        EmployerService(services.ctx).detail(999)
    assert "找不到该用人单位" in message(e.value.key, **e.value.params)
