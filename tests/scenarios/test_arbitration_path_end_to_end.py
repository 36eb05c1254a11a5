"""Issue 6's scenarios through the services on a migrated SQLite file, on the 2026 calendar.

- a 简易处理 case of one worker ending in a 终局裁决 well within the 45 days;
- a collective case of 23 workers whose award mixes final and non-final items: two awards,
  …-1号 (终局) and …-2号 (非终局), two documents each with its own rights clause;
- a case converted from 简易处理 to 一般程序 with the clock unchanged;
- a case suspended for 12 days whose limit moves by 12;
- a mediation that ends in a 调解书 signed for by both parties.
"""
from __future__ import annotations

import io
from datetime import date, datetime

import docx

from tests.integration.intake_support import (  # noqa: F401
    ArrearsItemInput,
    intake,
    migrated_services,
    worker,
)
from tests.integration.test_arbitration_service import _arbitrators
from wagecase.services import audit
from wagecase.services.dto import AwardItemInput, HearingInput, ServiceInput
from wagecase.storage.repositories import audit_entries


def _at(svc, day: date) -> None:
    svc.ctx.clock = lambda: datetime(day.year, day.month, day.day, 2, 0)


def _limit(svc, cid):
    return next(d for d in svc.deadlines.case_deadlines(cid) if d.period_code == "arbitration.time_limit")


def _text(svc, doc_id: int) -> str:
    document = docx.Document(io.BytesIO(svc.documents.file(doc_id, "docx").data))
    return "".join(p.text for p in document.paragraphs) + "".join(
        c.text for t in document.tables for r in t.rows for c in r.cells)


def _serve(svc, doc_id: int, on: date, to: str = "") -> None:
    svc.documents.record_service(doc_id, ServiceInput("direct", to or "本人", on, "本人签收"))


def _items(svc, cid) -> list[AwardItemInput]:
    """The editor's proposal (one item per claim) as the tribunal keeps it."""
    return [AwardItemInput(None, i.label, i.kind, str(i.awarded_fen / 100), i.case_worker_id)
            for i in svc.awards.draft(cid).items]


def _heard(svc, cid: int, tribunal: dict, day: date, booked_on: date) -> None:
    """组庭, a booked hearing with its notice served in time, the hearing held."""
    _at(svc, booked_on)
    svc.arbitration.act(cid, "form_tribunal", tribunal)
    svc.hearings.schedule(cid, HearingInput(room_id=1, hearing_date=day, start="09:00", end="11:00"))
    for party in ("applicant", "respondent"):
        (notice,), _ = svc.documents.issue(cid, "arbitration.hearing_notice", {"party": party})
        _serve(svc, notice.id, booked_on)
    _at(svc, day)
    svc.arbitration.act(cid, "hold_hearing", {"attendance": "both"})


def test_simple_case_of_one_worker_ends_in_a_final_award_within_the_limit(migrated_services):
    svc = migrated_services
    a1, _a2, _a3, clerk = _arbitrators(svc)
    items = [ArrearsItemInput(kind="wages", period_from="2025-11", period_to="2026-01", amount="8600")]
    cid = svc.intake.register(intake(workers=[worker(0, items=items, is_migrant_worker=True)],
                                     case_type="arbitration")).case_id
    _at(svc, date(2026, 3, 10))
    svc.arbitration.act(cid, "accept")
    view = svc.arbitration.view(cid)
    assert view.green_channel and view.summary_ok is True  # 8,600 元 is below the average wage
    svc.arbitration.act(cid, "choose_simple", {"ground": "amount_within"})
    (response,), _ = svc.documents.issue(cid, "arbitration.response_notice")
    _serve(svc, response.id, date(2026, 3, 10), "郑州宏远建筑劳务有限公司")
    _heard(svc, cid, {"sole": str(a1), "clerk": str(clerk)}, date(2026, 3, 19), date(2026, 3, 11))
    svc.awards.save(cid, _items(svc, cid))
    _at(svc, date(2026, 3, 23))
    [award] = svc.awards.issue(cid)
    assert award.part == "whole_final" and award.document_id
    text = _text(svc, award.document_id)
    assert "本裁决为终局裁决" in text and "二〇二六年三月二十三日" in text
    _at(svc, date(2026, 3, 24))
    [waiting] = svc.arbitration.awards_to_serve(a1)  # 工作台 of the sole arbitrator
    assert (waiting.case_id, waiting.part_label, waiting.days) == (cid, "终局裁决", 1)
    assert svc.arbitration.awards_to_serve(_a2) == []
    _serve(svc, award.document_id, date(2026, 3, 24))
    assert svc.arbitration.awards_to_serve(a1) == []
    svc.arbitration.act(cid, "close")
    limit = _limit(svc, cid)
    assert limit.due == date(2026, 4, 24) and limit.met_on == date(2026, 3, 23)  # 14 days in
    dl = {d.period_code: d for d in svc.deadlines.case_deadlines(cid)}
    assert dl["arbitration.hearing_notice"].met_on == date(2026, 3, 11)
    assert dl["arbitration.worker_suit"].due == date(2026, 4, 8)  # 15 days from service
    view = svc.arbitration.view(cid)
    assert view.status == "closed" and view.retention_text.startswith("案卷保存期限10年")
    with svc.ctx.uow.read() as uow:
        assert audit.verify_chain(uow.session) is None
        actions = [e.action for e in audit_entries(uow.session) if e.case_id == cid]
    for a in ("arbitration.accept", "arbitration.choose_simple", "arbitration.form_tribunal",
              "arbitration.schedule_hearing", "arbitration.hold_hearing", "arbitration.award",
              "arbitration.close"):
        assert a in actions


def test_collective_case_of_23_workers_gets_a_final_and_a_non_final_award(migrated_services):
    svc = migrated_services
    a1, a2, a3, clerk = _arbitrators(svc)
    workers = [worker(i, amount="9000") for i in range(22)]
    workers.append(worker(22, items=[ArrearsItemInput(kind="wages", period_from="2025-03",
                                                      period_to="2026-01", amount="31000")]))
    cid = svc.intake.register(intake(workers=workers, case_type="arbitration")).case_id
    _at(svc, date(2026, 3, 10))
    svc.arbitration.act(cid, "accept")
    view = svc.arbitration.view(cid)
    assert view.green_channel and "集体劳动争议（劳动者23人）" in view.green_reason
    _heard(svc, cid, {"presiding": str(a1), "member1": str(a2), "member2": str(a3), "clerk": str(clerk)},
           date(2026, 3, 24), date(2026, 3, 12))
    draft = svc.awards.save(cid, _items(svc, cid))
    assert draft.mixed and draft.cap_text.startswith("25,200.00")
    assert sum(1 for i in draft.items if i.final) == 22
    _at(svc, date(2026, 3, 30))
    awards = svc.awards.issue(cid)
    assert [a.part for a in awards] == ["final", "non_final"]
    number = svc.cases.detail(cid).case_number
    stem = number.removesuffix("号")
    assert [a.number for a in awards] == [f"{stem}-1号", f"{stem}-2号"]
    final, non_final = (_text(svc, a.document_id) for a in awards)
    assert "本裁决为终局裁决" in final and "中级人民法院申请撤销" in final
    assert "本裁决为非终局裁决" in non_final and "十五日内" in non_final
    assert "31,000.00" in non_final and "31,000.00" not in final


def test_simple_case_converted_to_general_keeps_its_clock(migrated_services):
    svc = migrated_services
    a1, a2, a3, _clerk = _arbitrators(svc)
    cid = svc.intake.register(intake(case_type="arbitration")).case_id
    _at(svc, date(2026, 3, 10))
    svc.arbitration.act(cid, "accept")
    svc.arbitration.act(cid, "choose_simple", {"ground": "parties_agree"})
    svc.arbitration.act(cid, "form_tribunal", {"sole": str(a1)})
    before = _limit(svc, cid).due
    _at(svc, date(2026, 3, 18))
    svc.arbitration.act(cid, "convert_to_general", {"reason": "被申请人下落不明"})
    svc.arbitration.act(cid, "form_tribunal", {"presiding": str(a1), "member1": str(a2), "member2": str(a3)})
    assert _limit(svc, cid).due == before == date(2026, 4, 24)
    view = svc.arbitration.view(cid)
    assert view.procedure == "general" and len([t for t in view.tribunal if t.role != "clerk"]) == 3


def test_a_case_suspended_for_12_days_has_its_limit_moved_by_12(migrated_services):
    svc = migrated_services
    cid = svc.intake.register(intake(case_type="arbitration")).case_id
    _at(svc, date(2026, 3, 10))
    svc.arbitration.act(cid, "accept")
    assert _limit(svc, cid).due == date(2026, 4, 24)
    _at(svc, date(2026, 3, 16))
    svc.arbitration.act(cid, "suspend", {"ground": "injury_pending", "detail": "等待工伤认定结论"})
    _at(svc, date(2026, 3, 28))
    svc.arbitration.act(cid, "resume")
    assert _limit(svc, cid).due == date(2026, 5, 6)  # 12 days later
    assert svc.arbitration.view(cid).status == "accepted"


def test_mediation_ends_in_a_signed_mediation_document(migrated_services):
    svc = migrated_services
    a1, a2, a3, clerk = _arbitrators(svc)
    cid = svc.intake.register(intake(workers=[worker(0), worker(1)], case_type="arbitration")).case_id
    _at(svc, date(2026, 3, 10))
    svc.arbitration.act(cid, "accept")
    _heard(svc, cid, {"presiding": str(a1), "member1": str(a2), "member2": str(a3), "clerk": str(clerk)},
           date(2026, 3, 20), date(2026, 3, 11))
    agreement = "被申请人于2026年3月31日前一次性支付两名申请人工资共计6,000元"
    svc.arbitration.act(cid, "mediate", {"agreement": agreement})
    (doc,), _ = svc.documents.issue(cid, "arbitration.mediation", {"agreement": agreement})
    text = _text(svc, doc.id)
    assert agreement in text and "经双方当事人签收后，即发生法律效力" in text
    _at(svc, date(2026, 3, 23))
    svc.arbitration.act(cid, "mediation_signed", {"event_date": "2026-03-23"})
    svc.arbitration.act(cid, "close")
    assert _limit(svc, cid).met_on == date(2026, 3, 23)
    view = svc.arbitration.view(cid)
    assert view.status == "closed" and view.retention_text.startswith("案卷保存期限5年")
