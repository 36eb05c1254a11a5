"""Issue 7's scenarios through the services on a migrated SQLite file, on the 2026 calendar:
a case over the one-worker threshold runs from flag to listing with an objection rejected; one
below it is never flagged; a group case is listed, refused early removal for new arrears and
removed at expiry; a listing is revoked when its order to pay is revoked."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.integration.intake_support import (  # noqa: F401
    ArrearsItemInput,
    employer,
    intake,
    migrated_services,
    worker,
)
from wagecase.domain.errors import RuleError
from wagecase.domain.identifiers import id_check_char
from wagecase.domain.messages import message
from wagecase.storage.models import Case, Employer


def _at(svc, day: date) -> None:
    svc.ctx.clock = lambda: datetime(day.year, day.month, day.day, 2, 0)


def _action(view, name):
    return next(a for a in view.actions if a.action == name)


def _dl(svc, cid):
    return {d.period_code: d for d in svc.deadlines.case_deadlines(cid)}


def _ordered_case(svc, workers, n: int = 1) -> int:
    """Accepted on 2026-03-10 with an order to pay by 2026-03-20 that nobody obeys."""
    cid = svc.intake.register(intake(workers=workers, employer=employer(n),
                                     confirm_possible_duplicates=True)).case_id
    with svc.ctx.uow.write() as uow:  # intake does not ask for it yet: the roster records it
        case = uow.session.get(Case, cid)
        uow.session.get(Employer, case.employer_id).legal_representative_id_number = "410105198001011234"
        uow.commit()
    _at(svc, date(2026, 3, 10))
    svc.inspection.act(cid, "accept")
    svc.inspection.act(cid, "issue_order", {"due_date": "2026-03-20", "payers": "employer"})
    return cid


def _one_worker(amount: str) -> list:
    return [worker(0, items=[ArrearsItemInput(kind="wages", period_from="2025-10", period_to="2026-01",
                                              amount=amount)])]


def test_over_the_one_worker_threshold_from_flag_to_listing_with_an_objection_rejected(migrated_services):
    svc = migrated_services
    cid = _ordered_case(svc, _one_worker("9000"))  # Henan: 8,000 元 over ≥ 3 months
    _at(svc, date(2026, 3, 20))
    assert svc.blacklist.candidates() == []  # the order still runs today
    _at(svc, date(2026, 3, 23))
    [candidate] = svc.blacklist.candidates()
    assert candidate.case_id == cid and candidate.due == date(2026, 4, 20)  # 20 working days, 清明 off
    view = svc.blacklist.view(cid)
    assert view.eligible is True and view.status_label == "未启动"
    assert "列入决定期限：2026年4月20日" in view.deadline_text
    responsible = "41010519750101123" + id_check_char("41010519750101123")
    svc.blacklist.act(cid, "propose", {"legal_representative": "yes",
                                        "responsible": f"王建军，{responsible}，项目经理"})
    listing = svc.blacklist.view(cid).listing
    assert [(x.kind_label, x.name) for x in listing.subjects] == [
        ("用人单位", "郑州宏远建筑劳务有限公司"), ("法定代表人", "刘建国"), ("直接责任人", "王建军")]
    assert listing.subjects[1].id_masked == "410105********1234"
    svc.blacklist.act(cid, "serve_notice")
    assert _dl(svc, cid)["blacklist.objection"].due == date(2026, 3, 30)  # 5 working days
    reason = _action(svc.blacklist.view(cid), "decide").reason
    assert reason == "当事人的异议期（至2026年3月30日）尚未届满，届满后才能作出列入决定。"
    _at(svc, date(2026, 3, 25))
    svc.blacklist.act(cid, "receive_objection", {"detail": "已支付部分工资，不应列入"})
    assert _dl(svc, cid)["blacklist.verification"].due == date(2026, 4, 1)
    _at(svc, date(2026, 3, 31))
    assert "尚未核实" in _action(svc.blacklist.view(cid), "decide").reason
    svc.blacklist.act(cid, "answer_objection", {"outcome": "rejected", "detail": "经核实仍拖欠9,000元"})
    svc.blacklist.act(cid, "decide", {"number": "郑人社失信决字〔2026〕1号"})
    view = svc.blacklist.view(cid)
    assert view.status == "listed" and view.listing.term_text == "2026年3月31日至2029年3月31日"
    dl = _dl(svc, cid)
    assert dl["blacklist.listing_decision"].met_on == date(2026, 3, 31)
    assert dl["blacklist.listing_term"].due == date(2029, 3, 31)
    assert svc.blacklist.candidates() == []


def test_below_the_threshold_is_never_flagged(migrated_services):
    svc = migrated_services
    cid = _ordered_case(svc, _one_worker("5000"))
    _at(svc, date(2026, 3, 23))
    assert svc.blacklist.candidates() == []
    view = svc.blacklist.view(cid)
    assert view.eligible is not True  # the amount is below; a 群体性事件 is not recorded either
    with pytest.raises(RuleError) as e:
        svc.blacklist.act(cid, "propose")
    assert "不符合" in message(e.value.key, **e.value.params) or "数额" in message(e.value.key, **e.value.params)


def test_group_case_listed_refused_early_removal_for_new_arrears_then_removed_at_expiry(migrated_services):
    svc = migrated_services
    workers = [worker(i, amount="4500") for i in range(10)]  # 45,000 元 for 10 workers ≥ 40,000
    cid = _ordered_case(svc, workers, n=2)
    _at(svc, date(2026, 3, 23))
    svc.blacklist.act(cid, "propose")
    svc.blacklist.act(cid, "serve_notice")
    _at(svc, date(2026, 4, 1))
    svc.blacklist.act(cid, "decide")
    listing = svc.blacklist.view(cid).listing
    assert (listing.decided_on, listing.ends_on) == (date(2026, 4, 1), date(2029, 4, 1))
    # paid in full on 2026-05-06; six months on the list from then: 2026-11-07 at the earliest
    _at(svc, date(2026, 11, 9))
    svc.blacklist.act(cid, "apply_early_removal", {"corrected_on": "2026-05-06", "undertaking": "yes"})
    assert _dl(svc, cid)["blacklist.early_removal_decision"].due == date(2026, 11, 30)  # 15 working days
    svc.blacklist.act(cid, "decide_early_removal", {"new_arrears": "yes", "criminal": "no"})
    view = svc.blacklist.view(cid)
    assert view.status == "listed"
    assert any("不予提前移出" in e.summary for e in svc.deadlines.events(cid))
    assert "2029年4月1日届满" in _action(view, "remove").reason
    _at(svc, date(2029, 4, 2))
    svc.blacklist.act(cid, "remove")
    view = svc.blacklist.view(cid)
    assert view.status == "removed" and view.listing.removal_kind_label == "期满移出"
    assert view.listing.removed_on == date(2029, 4, 2)


def test_a_listing_is_revoked_when_its_order_is_revoked(migrated_services):
    svc = migrated_services
    cid = _ordered_case(svc, _one_worker("9000"), n=3)
    _at(svc, date(2026, 3, 23))
    svc.blacklist.act(cid, "propose")
    svc.blacklist.act(cid, "serve_notice")
    _at(svc, date(2026, 3, 31))
    svc.blacklist.act(cid, "decide")
    _at(svc, date(2026, 6, 15))
    svc.blacklist.act(cid, "revoke", {"basis": "郑州市人民政府行政复议决定书（郑政复决〔2026〕12号）撤销限期改正指令书"})
    view = svc.blacklist.view(cid)
    assert view.status == "revoked" and view.listing.removal_kind_label == "撤销列入"
    assert view.listing.removed_on == date(2026, 6, 15)
    kinds = [e.kind for e in svc.deadlines.events(cid)]
    assert "listing_revoked" in kinds and "removed_from_list" in kinds


def test_serving_the_notices_from_the_documents_tab_moves_the_procedure_on(migrated_services):
    """文书 → 登记送达 of each 事先告知书 is the step itself: no second click in 失信惩戒."""
    from wagecase.services.dto import ServiceInput

    svc = migrated_services
    cid = _ordered_case(svc, _one_worker("9000"), n=4)
    _at(svc, date(2026, 3, 23))
    svc.blacklist.act(cid, "propose")
    docs, _ = svc.documents.issue(cid, "blacklist.listing_notice")
    assert len(docs) == 2  # the employer and its legal representative
    for d in docs:
        svc.documents.record_service(d.id, ServiceInput("direct", d.recipient, date(2026, 3, 23), "本人签收"))
    view = svc.blacklist.view(cid)
    assert view.status == "noticed"
    assert _dl(svc, cid)["blacklist.objection"].due == date(2026, 3, 30)
    _at(svc, date(2026, 3, 31))
    svc.blacklist.act(cid, "decide")
    (decision,), _ = svc.documents.issue(cid, "blacklist.listing_decision")
    assert svc.blacklist.view(cid).status == "listed" and decision.number


def test_a_recorded_mass_incident_qualifies_a_case_below_the_amount(migrated_services):
    """45号令 Art. 5(2): arrears that caused a 群体性 or 极端 event, whatever the amount."""
    svc = migrated_services
    cid = _ordered_case(svc, _one_worker("5000"), n=5)
    _at(svc, date(2026, 3, 23))
    assert svc.blacklist.view(cid).eligible is not True
    svc.blacklist.act(cid, "record_incident", {"event_date": "2026-03-21", "detail": "劳动者30余人聚集讨薪，堵塞道路"})
    view = svc.blacklist.view(cid)
    assert view.eligible is True and view.status == "none"
    assert [c.case_id for c in svc.blacklist.candidates()] == [cid]
    assert not next(a for a in view.actions if a.action == "record_incident").allowed


def test_an_early_removal_obtained_by_fraud_is_undone_and_the_term_counted_anew(migrated_services):
    svc = migrated_services
    workers = [worker(i, amount="4500") for i in range(10)]
    cid = _ordered_case(svc, workers, n=6)
    _at(svc, date(2026, 3, 23))
    svc.blacklist.act(cid, "propose")
    svc.blacklist.act(cid, "serve_notice")
    _at(svc, date(2026, 4, 1))
    svc.blacklist.act(cid, "decide")
    _at(svc, date(2026, 11, 9))
    svc.blacklist.act(cid, "apply_early_removal", {"corrected_on": "2026-05-06", "undertaking": "yes"})
    svc.blacklist.act(cid, "decide_early_removal", {"new_arrears": "no", "criminal": "no"})
    svc.blacklist.act(cid, "remove")
    view = svc.blacklist.view(cid)
    assert view.status == "removed" and view.listing.removal_kind_label == "提前移出"
    _at(svc, date(2027, 2, 1))
    svc.blacklist.act(cid, "restore", {"basis": "改正证明系伪造"})
    listing = svc.blacklist.view(cid).listing
    assert (listing.status, listing.decided_on, listing.ends_on) == ("listed", date(2027, 2, 1), date(2030, 2, 1))
    assert _dl(svc, cid)["blacklist.listing_term"].due == date(2030, 2, 1)
