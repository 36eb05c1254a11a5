"""Issue 8's scenarios through the services on a migrated SQLite file, on the 2026 calendar: a
migrant worker's wage claim referred, accepted, a lawyer assigned and named as agent on the
开庭通知书; a referral five days before the limitation deadline marked urgent; a referral the
centre has not answered after 7 days listed as overdue on 工作台."""
from __future__ import annotations

from datetime import date, datetime

from tests.integration.intake_support import (  # noqa: F401
    NOW_UTC,
    ArrearsItemInput,
    intake,
    migrated_services,
    worker,
)
from wagecase.services.dto import ReferralInput
from wagecase.storage.models import LegalAidCentre


def _at(svc, day: date) -> None:
    svc.ctx.clock = lambda: datetime(day.year, day.month, day.day, 2, 0)


def _centre(svc, name: str = "郑州市法律援助中心（示例）", counties: str = "4101") -> int:
    with svc.ctx.uow.write() as uow:
        row = LegalAidCentre(name=name, kind="centre", address="郑州市示例路1号", phone="12348",
                             counties=counties, active=True)
        uow.session.add(row)
        uow.commit()
        return row.id


def _action(referral, name):
    return next(a for a in referral.actions if a.action == name)


def test_a_migrant_workers_wage_claim_referred_accepted_and_the_lawyer_is_the_agent(migrated_services):
    svc = migrated_services
    centre = _centre(svc)
    _at(svc, date(2026, 3, 10))
    cid = svc.intake.register(intake(workers=[worker(0, is_migrant_worker=True)], case_type="arbitration")).case_id
    svc.legal_aid.explain(cid, date(2026, 3, 10), "承办人李娜当面告知")
    view = svc.legal_aid.view(cid)
    assert view.explained_text.startswith("已于2026年3月10日告知申请法律援助的权利")
    assert view.exempt is True and view.proposed_centre_id == centre  # 4101 serves 金水区 410105
    svc.legal_aid.refer(cid, ReferralInput(who="each", centre_id=centre, applied_on=date(2026, 3, 10)))
    [referral] = svc.legal_aid.view(cid).referrals
    assert referral.status_label == "待转交" and _action(referral, "send").allowed
    assert not _action(referral, "assign").allowed
    svc.legal_aid.act(referral.id, "send")
    [referral] = svc.legal_aid.view(cid).referrals
    deadlines = {d.name: d for d in referral.deadlines}
    assert deadlines["法律援助审查决定期限"].due_text == "2026年3月17日"  # 7 days from the referral
    _at(svc, date(2026, 3, 13))
    svc.legal_aid.act(referral.id, "accept", {"event_date": "2026-03-12"})
    svc.legal_aid.act(referral.id, "assign", {"lawyer_name": "王明", "lawyer_firm": "河南示例律师事务所",
                                              "lawyer_phone": "13800000000"})
    [referral] = svc.legal_aid.view(cid).referrals
    assert referral.status_label == "已指派律师"
    assert referral.lawyer_text == "王明（河南示例律师事务所，电话13800000000）"
    assert {d.name: d.days_text for d in referral.deadlines}["指派律师期限"] == "已于2026年3月13日完成"
    draft = svc.documents.preview(cid, "arbitration.hearing_notice", "docx", inputs={"party": "applicant"})
    import io

    import docx

    document = docx.Document(io.BytesIO(draft.data))
    text = "".join(p.text for p in document.paragraphs) + "".join(
        c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "委托代理人" in text and "王明" in text


def test_a_referral_five_days_before_the_limitation_deadline_is_urgent(migrated_services):
    """法律援助法 Art. 44: fewer than 7 days to a time limit: aid before the decision."""
    svc = migrated_services
    centre = _centre(svc)
    _at(svc, date(2026, 3, 10))
    items = [ArrearsItemInput(kind="wages", period_from="2025-01", period_to="2025-03", amount="6000")]
    # left on 2025-03-15: the one-year 仲裁时效 runs out on 2026-03-15, five days from now
    cid = svc.intake.register(intake(workers=[worker(0, items=items, employed_to="2025-03-15",
                                                     is_migrant_worker=True)], case_type="arbitration")).case_id
    view = svc.legal_aid.view(cid)
    assert view.urgent is True and "仲裁时效" in view.urgency_text
    svc.legal_aid.refer(cid, ReferralInput(who="each", centre_id=centre, applied_on=date(2026, 3, 10)))
    [referral] = svc.legal_aid.view(cid).referrals
    assert referral.urgent and "仲裁时效" in referral.urgency


def test_a_referral_unanswered_after_seven_days_is_listed_as_overdue(migrated_services):
    svc = migrated_services
    centre = _centre(svc)
    _at(svc, date(2026, 3, 10))
    cid = svc.intake.register(intake(workers=[worker(0, is_migrant_worker=True)])).case_id
    svc.legal_aid.refer(cid, ReferralInput(who="each", centre_id=centre, applied_on=date(2026, 3, 10)))
    [referral] = svc.legal_aid.view(cid).referrals
    svc.legal_aid.act(referral.id, "send")
    _at(svc, date(2026, 3, 17))
    assert svc.legal_aid.overdue() == []  # the seventh day is still theirs
    _at(svc, date(2026, 3, 18))
    [late] = svc.legal_aid.overdue()
    assert (late.case_id, late.what, late.due_text, late.days_text) == (
        cid, "法律援助审查决定期限", "2026年3月17日", "逾期1日")
    svc.legal_aid.act(referral.id, "refuse", {"reason": "不属于法律援助事项范围"})
    assert svc.legal_aid.overdue() == []
