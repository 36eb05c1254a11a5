"""The arbitration path through ArbitrationService on a migrated SQLite file: guards with their
reasons, the tribunal, 简易处理 and its conversion, suspension, mediation, approvals."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from wagecase.domain.errors import RuleError, ValidationFailed
from wagecase.domain.messages import message
from wagecase.storage.models import Hearing, User

from .intake_support import NOW_UTC, as_role, intake, migrated_services, worker  # noqa: F401


def _at(svc, day: date) -> None:
    svc.ctx.clock = lambda: datetime(day.year, day.month, day.day, 2, 0)


def _action(view, name):
    return next(a for a in view.actions if a.action == name)


def _arbitrators(svc) -> list[int]:
    with svc.ctx.uow.write() as uow:
        users = [User(username=f"arb{i}", display_name=n, role="arbitrator", active=True, created_at=NOW_UTC)
                 for i, n in enumerate(("赵丽娟", "杨国庆", "周文军"))]
        users.append(User(username="clerk", display_name="孙亚楠", role="clerk", active=True, created_at=NOW_UTC))
        uow.session.add_all(users)
        uow.commit()
        return [u.id for u in users]


def _case(svc, workers=None) -> int:
    return svc.intake.register(intake(workers=workers, case_type="arbitration")).case_id


def _book(svc, cid: int, day: date) -> None:
    """A hearing row as services.hearings books it (that service is tested on its own)."""
    from wagecase.services.arbitration import record_step

    with svc.ctx.uow.write() as uow:
        s = uow.session
        h = Hearing(case_id=cid, room_id=1, hearing_date=day, start_minute=540, end_minute=660,
                    status="scheduled", note="", created_at=NOW_UTC)
        s.add(h)
        s.flush()
        record_step(s, svc.ctx, cid, "schedule_hearing", day, "安排开庭", {"hearing_date": day.isoformat()},
                    ("hearing_scheduled",))
        uow.commit()


def test_a_registered_application_offers_only_the_intake_steps(migrated_services):
    svc = migrated_services
    cid = _case(svc)
    view = svc.arbitration.view(cid)
    assert view.status == "registered" and view.procedure_label == "一般程序"
    allowed = {a.action for a in view.actions if a.allowed}
    assert allowed == {"request_supplement", "accept", "reject", "refer_jurisdiction", "withdraw"}
    assert _action(view, "award").reason == "案件当前处于“已登记”状态，不能作出裁决。"
    assert [s.label for s in view.steps] == ["申请", "受理", "组庭", "开庭", "调解/裁决", "结案"]


def test_simple_procedure_sole_arbitrator_and_conversion_keeps_the_clock(migrated_services):
    svc = migrated_services
    a1, a2, a3, clerk = _arbitrators(svc)
    cid = _case(svc)
    _at(svc, date(2026, 3, 10))
    svc.arbitration.act(cid, "accept")
    assert svc.arbitration.view(cid).limit_text == "审理期限：2026年4月24日，剩余45日"
    _at(svc, date(2026, 3, 12))
    svc.arbitration.act(cid, "serve_application", {"event_date": "2026-03-11"})
    svc.arbitration.act(cid, "choose_simple", {"ground": "parties_agree"})
    view = svc.arbitration.view(cid)
    assert view.procedure == "simple"
    form = _action(view, "form_tribunal")
    assert [c.key for c in form.inputs] == ["sole", "clerk"]
    svc.arbitration.act(cid, "form_tribunal", {"sole": str(a1), "clerk": str(clerk)})
    view = svc.arbitration.view(cid)
    assert view.status == "tribunal_formed"
    assert [(t.name, t.role_label) for t in view.tribunal] == [("赵丽娟", "独任仲裁员"), ("孙亚楠", "书记员")]
    _at(svc, date(2026, 3, 20))
    svc.arbitration.act(cid, "convert_to_general", {"reason": "案情复杂，需要三名仲裁员审理"})
    view = svc.arbitration.view(cid)
    # Art. 61: the clock runs on from the acceptance
    assert view.procedure == "general" and view.limit_text == "审理期限：2026年4月24日，剩余35日"
    assert [c.key for c in _action(view, "form_tribunal").inputs] == ["presiding", "member1", "member2", "clerk"]
    with pytest.raises(ValidationFailed) as e:
        svc.arbitration.act(cid, "form_tribunal", {"presiding": str(a1), "member1": str(a2), "member2": str(a2)})
    assert e.value.errors[0].key == "arbitration.input.same_arbitrator"
    svc.arbitration.act(cid, "form_tribunal", {"presiding": str(a1), "member1": str(a2), "member2": str(a3)})
    assert [t.role for t in svc.arbitration.view(cid).tribunal] == ["presiding", "member", "member"]


def test_conversion_refused_after_the_limit(migrated_services):
    svc = migrated_services
    cid = _case(svc)
    _at(svc, date(2026, 3, 10))
    svc.arbitration.act(cid, "accept")
    svc.arbitration.act(cid, "choose_simple", {"ground": "facts_clear"})
    _at(svc, date(2026, 4, 27))
    reason = _action(svc.arbitration.view(cid), "convert_to_general").reason
    assert "审理期限已于2026年4月24日届满" in reason


def test_suspension_stops_the_clock_and_resume_returns_to_the_stage(migrated_services):
    svc = migrated_services
    a1, a2, a3, _clerk = _arbitrators(svc)
    cid = _case(svc)
    _at(svc, date(2026, 3, 10))
    svc.arbitration.act(cid, "accept")
    svc.arbitration.act(cid, "form_tribunal", {"presiding": str(a1), "member1": str(a2), "member2": str(a3)})
    _book(svc, cid, date(2026, 3, 25))
    _at(svc, date(2026, 3, 16))
    svc.arbitration.act(cid, "suspend", {"ground": "injury_pending"})
    view = svc.arbitration.view(cid)
    assert view.status == "suspended" and "中止期间不计算" in view.limit_text
    _at(svc, date(2026, 3, 28))
    svc.arbitration.act(cid, "resume")
    view = svc.arbitration.view(cid)
    assert view.status == "hearing_scheduled"
    assert "2026年5月6日" in view.limit_text  # 2026-04-24 + 12 days suspended


def test_mediation_signed_then_closed_with_retention(migrated_services):
    svc = migrated_services
    a1, a2, a3, _clerk = _arbitrators(svc)
    cid = _case(svc)
    _at(svc, date(2026, 3, 10))
    svc.arbitration.act(cid, "accept")
    svc.arbitration.act(cid, "form_tribunal", {"presiding": str(a1), "member1": str(a2), "member2": str(a3)})
    svc.arbitration.act(cid, "mediate", {"agreement": "被申请人于2026年3月31日前支付工资3,000元"})
    view = svc.arbitration.view(cid)
    assert view.status == "mediated"
    assert _action(view, "close").reason == message("arbitration.guard.mediation_not_signed")
    svc.arbitration.act(cid, "mediation_signed")
    svc.arbitration.act(cid, "close")
    view = svc.arbitration.view(cid)
    assert view.status == "closed"
    assert view.retention_text == "案卷保存期限5年，至2031年3月10日"


def test_declined_mediation_goes_on_to_an_award(migrated_services):
    svc = migrated_services
    a1, a2, a3, _clerk = _arbitrators(svc)
    cid = _case(svc)
    _at(svc, date(2026, 3, 10))
    svc.arbitration.act(cid, "accept")
    svc.arbitration.act(cid, "form_tribunal", {"presiding": str(a1), "member1": str(a2), "member2": str(a3)})
    svc.arbitration.act(cid, "mediate", {"agreement": "分两期支付"})
    svc.arbitration.act(cid, "mediation_declined", {"detail": "被申请人送达前反悔"})
    assert svc.arbitration.view(cid).status == "heard"


def test_an_absent_applicant_withdraws_unless_an_unconfirmed_simple_notice(migrated_services):
    svc = migrated_services
    a1, *_ = _arbitrators(svc)
    cid = _case(svc)
    _at(svc, date(2026, 3, 10))
    svc.arbitration.act(cid, "accept")
    svc.arbitration.act(cid, "choose_simple", {"ground": "parties_agree"})
    svc.arbitration.act(cid, "form_tribunal", {"sole": str(a1)})
    _book(svc, cid, date(2026, 3, 20))
    _at(svc, date(2026, 3, 20))
    with pytest.raises(ValidationFailed) as e:
        svc.arbitration.act(cid, "hold_hearing", {"attendance": "applicant_absent", "notice_confirmed": "no"})
    assert e.value.errors[0].key == "arbitration.input.notice_unconfirmed"
    assert svc.arbitration.view(cid).status == "hearing_scheduled"
    svc.arbitration.act(cid, "hold_hearing", {"attendance": "applicant_absent", "notice_confirmed": "yes"})
    view = svc.arbitration.view(cid)
    assert view.status == "withdrawn"
    assert [h.status for h in view.hearings] == ["held"]


def test_time_limit_extension_needs_the_chair(migrated_services):
    svc = migrated_services
    cid = _case(svc)
    _at(svc, date(2026, 3, 10))
    svc.arbitration.act(cid, "accept")
    svc.arbitration.act(cid, "extend_time_limit", {"reason": "案情复杂"})
    view = svc.arbitration.view(cid)
    assert view.approvals_pending and view.approvals_pending[0].startswith("延长审理期限（")
    with as_role(svc):  # the 仲裁院负责人, as 科室负责人
        [pending] = svc.inspection.pending_approvals()
        assert pending.action_label == "延长审理期限"
        svc.inspection.decide_approval(pending.id, True, "同意")
    view = svc.arbitration.view(cid)
    assert "2026年5月9日" in view.limit_text  # 45 + 15 calendar days
    assert not _action(view, "extend_time_limit").allowed


def test_refused_action_says_why_and_the_hearing_and_award_have_their_own_windows(migrated_services):
    svc = migrated_services
    cid = _case(svc)
    with pytest.raises(RuleError) as e:
        svc.arbitration.act(cid, "close")
    assert message(e.value.key, **e.value.params).startswith("不能执行此操作：案件当前处于“已登记”状态")
    with pytest.raises(RuleError) as e:
        svc.arbitration.act(cid, "award")
    assert e.value.key == "arbitration.use_award_editor"
    with pytest.raises(RuleError) as e:
        svc.arbitration.act(svc.intake.register(intake(confirm_possible_duplicates=True)).case_id, "accept")
    assert e.value.key == "arbitration.not_arbitration_case"


def test_green_channel_for_migrant_wage_claims_and_collective_disputes_listed_first(migrated_services):
    """办案规则 Art. 5: collective disputes (10 or more workers) first; seed task 八: 农民工 wages."""
    from wagecase.services.dto import CaseFilter, CaseSort

    svc = migrated_services
    migrant = _case(svc, [worker(0, is_migrant_worker=True)])
    three = svc.intake.register(intake(workers=[worker(i, is_migrant_worker=False) for i in range(1, 4)],
                                       case_type="arbitration", confirm_possible_duplicates=True)).case_id
    ten = svc.intake.register(intake(workers=[worker(i, is_migrant_worker=False) for i in range(4, 14)],
                                     case_type="arbitration", confirm_possible_duplicates=True)).case_id
    greens = {cid: svc.arbitration.view(cid).green_channel for cid in (migrant, three, ten)}
    assert greens == {migrant: True, three: False, ten: True}
    assert svc.arbitration.view(ten).green_reason == "集体劳动争议（劳动者10人），优先立案、优先审理"
    # a collective dispute sits with three arbitrators even in 简易处理 (办案规则 Arts. 62-67)
    svc.arbitration.act(ten, "accept")
    svc.arbitration.act(ten, "choose_simple", {"ground": "parties_agree"})
    form = _action(svc.arbitration.view(ten), "form_tribunal")
    assert [c.key for c in form.inputs][:3] == ["presiding", "member1", "member2"]
    rows = svc.cases.page(CaseFilter(case_type="arbitration"), CaseSort(green_first=True), 0, 10)
    assert [r.id for r in rows] == [ten, migrant, three]  # green first, each part newest first
    assert [r.green_channel for r in rows] == [True, True, False]


def test_the_arbitration_list_shows_the_days_left_of_the_time_limit(migrated_services):
    from wagecase.services.dto import CaseFilter, CaseSort

    svc = migrated_services
    running, paused = _case(svc), _case(svc, [worker(1)])
    _at(svc, date(2026, 3, 10))
    for cid in (running, paused):
        svc.arbitration.act(cid, "accept")
    svc.arbitration.act(paused, "suspend", {"ground": "related_case"})
    _at(svc, date(2026, 4, 20))
    rows = {r.id: r.limit_text for r in svc.cases.page(CaseFilter(case_type="arbitration"), CaseSort(), 0, 10)}
    assert rows == {running: "剩余4日", paused: "中止"}
    _at(svc, date(2026, 4, 27))
    rows = svc.cases.page(CaseFilter(case_type="arbitration"), CaseSort("limit_due", False), 0, 10)
    assert [r.limit_text for r in rows] == ["逾期3日", "中止"]


def test_answer_period_shortened_in_simple_procedure_only(migrated_services):
    """办案规则 Art. 58: with the respondent's consent the answer period is shortened or dropped."""
    svc = migrated_services
    cid = _case(svc)
    _at(svc, date(2026, 3, 10))
    svc.arbitration.act(cid, "accept")
    svc.arbitration.act(cid, "serve_application")
    assert "简易处理" in _action(svc.arbitration.view(cid), "shorten_answer").reason
    svc.arbitration.act(cid, "choose_simple", {"ground": "parties_agree"})
    dl = {d.period_code: d for d in svc.deadlines.case_deadlines(cid)}
    assert dl["arbitration.answer"].due == date(2026, 3, 24)  # 10 working days
    with pytest.raises(ValidationFailed) as e:
        svc.arbitration.act(cid, "shorten_answer", {"mode": "shorten", "answer_due": "2026-03-25"})
    assert e.value.errors[0].key == "arbitration.input.answer_due_not_shorter"
    svc.arbitration.act(cid, "shorten_answer", {"mode": "shorten", "answer_due": "2026-03-13"})
    dl = {d.period_code: d for d in svc.deadlines.case_deadlines(cid)}
    assert dl["arbitration.answer"].met_on == date(2026, 3, 10)
    assert dl["arbitration.answer_agreed"].due == date(2026, 3, 13)
    assert "已经缩短" in _action(svc.arbitration.view(cid), "shorten_answer").reason


def test_counterclaim_and_jurisdiction_objection_within_the_answer_period(migrated_services):
    """办案规则 Arts. 10, 36: both within the answer period; a merged counterclaim restarts the
    45 days (Art. 46); an upheld objection sends the case away and closes it here."""
    svc = migrated_services
    cid = _case(svc)
    _at(svc, date(2026, 3, 10))
    svc.arbitration.act(cid, "accept")
    svc.arbitration.act(cid, "serve_application")
    _at(svc, date(2026, 3, 20))
    svc.arbitration.act(cid, "counterclaim", {"outcome": "merge", "detail": "请求返还借支2,000元"})
    # 45 days from 2026-03-20 end on 5-4, in the 劳动节 holiday: the next working day
    assert _limit_due(svc, cid) == date(2026, 5, 6)
    _at(svc, date(2026, 3, 25))
    reason = _action(svc.arbitration.view(cid), "jurisdiction_objection").reason
    assert "答辩期已于2026年3月24日届满" in reason
    other = _case(svc, [worker(2)])
    _at(svc, date(2026, 3, 10))
    svc.arbitration.act(other, "accept")
    svc.arbitration.act(other, "serve_application")
    with pytest.raises(ValidationFailed):
        svc.arbitration.act(other, "jurisdiction_objection", {"outcome": "upheld"})
    svc.arbitration.act(other, "jurisdiction_objection",
                        {"outcome": "upheld", "commission": "开封市劳动人事争议仲裁委员会"})
    view = svc.arbitration.view(other)
    assert view.status == "closed"
    assert any("开封市劳动人事争议仲裁委员会" in e.summary for e in svc.deadlines.events(other))


def test_recusal_decided_and_the_seat_filled_before_a_hearing(migrated_services):
    """办案规则 Art. 11: decided within 3 working days; a granted recusal empties the seat."""
    svc = migrated_services
    a1, a2, a3, _clerk = _arbitrators(svc)
    cid = _case(svc)
    _at(svc, date(2026, 3, 10))
    svc.arbitration.act(cid, "accept")
    svc.arbitration.act(cid, "form_tribunal", {"presiding": str(a1), "member1": str(a2), "member2": str(a3)})
    request = _action(svc.arbitration.view(cid), "request_recusal")
    assert [c[1] for c in request.inputs[0].choices] == ["赵丽娟（首席仲裁员）", "杨国庆（仲裁员）", "周文军（仲裁员）"]
    svc.arbitration.act(cid, "request_recusal", {"member": str(a2), "reason": "与被申请人有利害关系"})
    dl = {d.period_code: d for d in svc.deadlines.case_deadlines(cid)}
    assert dl["arbitration.recusal_decision"].due == date(2026, 3, 13)
    svc.arbitration.act(cid, "decide_recusal", {"outcome": "granted"})
    view = svc.arbitration.view(cid)
    assert [t.name for t in view.tribunal] == ["赵丽娟", "周文军"]
    assert "补足仲裁员" in _action(view, "schedule_hearing").reason
    svc.arbitration.act(cid, "form_tribunal", {"presiding": str(a1), "member1": str(a3), "member2": str(a2)})
    assert _action(svc.arbitration.view(cid), "schedule_hearing").allowed


def _limit_due(svc, cid):
    return next(d.due for d in svc.deadlines.case_deadlines(cid) if d.period_code == "arbitration.time_limit")


def test_a_collective_dispute_marks_three_to_five_representatives_or_none(migrated_services):
    from wagecase.domain.errors import ValidationFailed as Failed

    svc = migrated_services
    workers = [worker(i, is_representative=i < 2) for i in range(12)]
    with pytest.raises(Failed) as e:
        svc.intake.register(intake(workers=workers, case_type="arbitration"))
    [err] = [x for x in e.value.errors if x.field == "workers"]
    assert message(err.key, **err.params).startswith("集体劳动争议应推举3至5名代表参加仲裁活动，现在标记了2名代表")
    workers = [worker(i, is_representative=i < 3) for i in range(12)]
    assert svc.intake.register(intake(workers=workers, case_type="arbitration")).case_id
    # not yet elected is allowed; an inspection complaint has no representatives to check
    svc.intake.register(intake(workers=[worker(i) for i in range(20, 32)], case_type="arbitration",
                               confirm_possible_duplicates=True))
    svc.intake.register(intake(workers=[worker(i, is_representative=i < 1) for i in range(40, 52)],
                               confirm_possible_duplicates=True))


def test_arbitration_parameters_are_editable_in_settings(migrated_services):
    svc = migrated_services
    rows = {r.id: r.values["value"] for r in svc.reference.table("parameters").rows}
    assert rows["arbitration.collective_dispute_workers"] == "10"
    assert rows["hearing.day_start"] == "08:30" and rows["arbitration.retention_years.award"] == "10"
    svc.reference.save_row("parameters", "hearing.day_start", {"value": "9：00"})
    assert {r.id: r.values["value"] for r in svc.reference.table("parameters").rows}["hearing.day_start"] == "09:00"
    with pytest.raises(ValidationFailed):
        svc.reference.save_row("parameters", "hearing.day_end", {"value": "下午"})
    with pytest.raises(ValidationFailed):
        svc.reference.save_row("parameters", "arbitration.collective_dispute_workers", {"value": "1"})
