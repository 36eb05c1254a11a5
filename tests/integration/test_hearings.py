"""HearingService on a real migrated SQLite database: rooms, bookings, double bookings, the week."""
from __future__ import annotations

from datetime import date

import pytest

from wagecase.domain.errors import RuleError, ValidationFailed
from wagecase.domain.messages import describe, message
from wagecase.services import audit
from wagecase.services.dto import HearingInput
from wagecase.services.hearings import HearingService
from wagecase.storage.models import Case, CaseEvent, Hearing, TribunalMember, User
from .intake_support import NOW_UTC, employer, intake, migrated_services, worker  # noqa: F401

# NOW_UTC is Tuesday 2026-03-10 in Zhengzhou; the 开庭通知书 needs 5 working days: 3/17 is the
# first day it can still be served in time
MON = date(2026, 3, 16)
FRI = date(2026, 3, 20)


def people(svc, *names: str, role: str = "arbitrator") -> list[int]:
    """Users (arbitrators by default) by display name, created when missing."""
    ids = []
    with svc.ctx.uow.write() as uow:
        s = uow.session
        for n, name in enumerate(names):
            u = s.query(User).filter_by(display_name=name).first()
            if u is None:
                u = User(username=f"u{abs(hash(name)) % 10**8}{n}", display_name=name, role=role, active=True,
                         created_at=NOW_UTC)
                s.add(u)
                s.flush()
            ids.append(u.id)
        uow.commit()
    return ids


def arbitration_case(svc, tribunal: tuple[str, ...] = ("赵丽娟",), *, clerk: str | None = None,
                     n: int = 1, migrant: bool = False, officer_id: int | None = None) -> int:
    """A registered arbitration case whose tribunal is formed (set directly: the path's own
    form_tribunal is exercised in its own tests)."""
    w = worker(n, is_migrant_worker=True) if migrant else worker(n)
    cid = svc.intake.register(intake([w], case_type="arbitration", employer=employer(n),
                                     officer_id=officer_id)).case_id
    ids = people(svc, *tribunal)
    roles = ["sole"] if len(ids) == 1 else ["presiding"] + ["member"] * (len(ids) - 1)
    clerk_id = people(svc, clerk, role="clerk")[0] if clerk else None
    with svc.ctx.uow.write() as uow:
        s = uow.session
        for uid, role in zip(ids, roles):
            s.add(TribunalMember(case_id=cid, user_id=uid, role=role))
        if clerk_id:
            s.add(TribunalMember(case_id=cid, user_id=clerk_id, role="clerk"))
        case = s.get(Case, cid)
        case.status = "tribunal_formed"
        case.green_channel = migrant
        if len(ids) == 1:  # a sole arbitrator sits only in 简易处理 (调解仲裁法 Art. 31)
            case.procedure = "simple"
        uow.commit()
    return cid


def room_id(svc, name: str = "第一仲裁庭") -> int:
    return next(r.id for r in HearingService(svc.ctx).rooms() if r.name == name)


def slot(svc, day: date = FRI, start: str = "09:00", end: str = "11:00", room: str = "第一仲裁庭",
         note: str = "") -> HearingInput:
    return HearingInput(room_id=room_id(svc, room), hearing_date=day, start=start, end=end, note=note)


def _fields(e: ValidationFailed) -> dict[str, str]:
    return {err.field: message(err.key, **err.params) for err in e.errors}


def test_migration_seeds_three_rooms(migrated_services):
    names = [r.name for r in HearingService(migrated_services.ctx).rooms()]
    assert names == ["第一仲裁庭", "第二仲裁庭", "第三仲裁庭"]


def test_scheduling_books_the_room_records_the_step_and_the_notice_deadline(migrated_services):
    svc = migrated_services
    hearings = HearingService(svc.ctx)
    cid = arbitration_case(svc)
    changes = hearings.schedule(cid, slot(svc, note="请双方携带证据原件"))
    assert changes.case_ids == (cid,)
    [h] = hearings.for_case(cid)
    assert (h.room_name, h.hearing_date, h.start_minute, h.end_minute) == ("第一仲裁庭", FRI, 540, 660)
    assert h.time_text == "2026年3月20日 09:00—11:00" and h.status_label == "已排期"
    assert h.arbitrators == ("赵丽娟",)
    with svc.ctx.uow.read() as uow:
        s = uow.session
        assert s.get(Case, cid).status == "hearing_scheduled"
        ev = s.query(CaseEvent).filter_by(case_id=cid, kind="hearing_scheduled").one()
        assert '"hearing_date":"2026-03-20"' in ev.payload and '"start":"09:00"' in ev.payload
        assert audit.verify_chain(s) is None
    due = {d.period_code: d for d in svc.deadlines.case_deadlines(cid)}
    assert due["arbitration.hearing_notice"].due == date(2026, 3, 13)


def test_same_room_overlapping_is_refused_with_the_reason_on_the_room(migrated_services):
    svc = migrated_services
    hearings = HearingService(svc.ctx)
    first = arbitration_case(svc, ("赵丽娟",), n=1)
    second = arbitration_case(svc, ("钱伟",), n=2)
    hearings.schedule(first, slot(svc))
    number = hearings.for_case(first)[0].case_number
    with pytest.raises(ValidationFailed) as e:
        hearings.schedule(second, slot(svc, start="10:00", end="12:00"))
    got = _fields(e.value)
    assert list(got) == ["room_id"]
    assert got["room_id"].startswith(f"第一仲裁庭在2026年3月20日09:00—11:00已安排{number}开庭")
    assert "仲裁庭室：第一仲裁庭在" in describe(e.value.errors[0])
    # nothing was written: no hearing, no event, the status unchanged
    assert hearings.for_case(second) == []
    with svc.ctx.uow.read() as uow:
        assert uow.session.get(Case, second).status == "tribunal_formed"
    # touching ends are fine, and another room at the same time too
    hearings.schedule(second, slot(svc, start="11:00", end="12:00"))
    third = arbitration_case(svc, ("孙敏",), n=3)
    hearings.schedule(third, slot(svc, room="第二仲裁庭"))


def test_an_arbitrator_sitting_elsewhere_is_refused_across_cases(migrated_services):
    svc = migrated_services
    hearings = HearingService(svc.ctx)
    first = arbitration_case(svc, ("赵丽娟", "钱伟", "孙敏"), n=1)
    second = arbitration_case(svc, ("李强", "钱伟", "周洁"), n=2)
    hearings.schedule(first, slot(svc, start="14:00", end="16:00"))
    number = hearings.for_case(first)[0].case_number
    with pytest.raises(ValidationFailed) as e:
        hearings.schedule(second, slot(svc, start="15:30", end="17:00", room="第三仲裁庭"))
    got = _fields(e.value)
    assert list(got) == ["start"]
    assert got["start"].startswith(f"仲裁员钱伟在2026年3月20日14:00—16:00已有{number}开庭（第一仲裁庭）")
    assert hearings.for_case(first)[0].arbitrators == ("赵丽娟", "钱伟", "孙敏")


def test_the_clerk_is_no_arbitrator_and_may_be_booked_twice(migrated_services):
    svc = migrated_services
    hearings = HearingService(svc.ctx)
    first = arbitration_case(svc, ("赵丽娟",), clerk="王书记", n=1)
    second = arbitration_case(svc, ("钱伟",), clerk="王书记", n=2)
    hearings.schedule(first, slot(svc))
    hearings.schedule(second, slot(svc, room="第二仲裁庭"))
    assert hearings.for_case(second)[0].arbitrators == ("钱伟",)


def test_bad_times_days_and_rooms_are_named_per_field(migrated_services):
    svc = migrated_services
    hearings = HearingService(svc.ctx)
    cid = arbitration_case(svc)
    with pytest.raises(ValidationFailed) as e:
        hearings.schedule(cid, slot(svc, start="9点半?", end=""))
    assert set(_fields(e.value)) == {"start", "end"}
    with pytest.raises(ValidationFailed) as e:
        hearings.schedule(cid, slot(svc, start="11:00", end="09:00"))
    assert _fields(e.value) == {"end": "结束时间09:00应晚于开始时间11:00，请检查两个时间是否填反。"}
    with pytest.raises(ValidationFailed) as e:
        hearings.schedule(cid, slot(svc, start="07:30", end="09:00"))
    assert "08:30至18:00" in _fields(e.value)["start"]
    with pytest.raises(ValidationFailed) as e:
        hearings.schedule(cid, slot(svc, day=date(2026, 3, 21)))
    assert _fields(e.value)["hearing_date"] == "2026年3月21日是星期六，不是工作日，请另选开庭日期。"
    with pytest.raises(ValidationFailed) as e:
        hearings.schedule(cid, slot(svc, day=date(2026, 5, 1)))
    assert "法定节假日（劳动节）" in _fields(e.value)["hearing_date"]
    with pytest.raises(ValidationFailed) as e:
        hearings.schedule(cid, slot(svc, day=date(2026, 3, 9)))
    assert "已经过去" in _fields(e.value)["hearing_date"]
    assert hearings.for_case(cid) == []


def test_office_hours_come_from_the_settings(migrated_services):
    svc = migrated_services
    hearings = HearingService(svc.ctx)
    assert hearings.office_hours() == ("08:30", "18:00")
    from wagecase.storage import reference_data as rd

    with svc.ctx.uow.write() as uow:
        rd.set_settings(uow.session, {"hearing.day_start": "08:00", "hearing.day_end": "17:30"})
        uow.commit()
    assert hearings.office_hours() == ("08:00", "17:30")
    cid = arbitration_case(svc)
    with pytest.raises(ValidationFailed) as e:
        hearings.schedule(cid, slot(svc, start="16:30", end="17:45"))
    assert "08:00至17:30" in _fields(e.value)["end"]
    hearings.schedule(cid, slot(svc, start="08:00", end="09:00"))


def test_without_a_tribunal_the_path_refuses(migrated_services):
    svc = migrated_services
    cid = svc.intake.register(intake(case_type="arbitration")).case_id
    with pytest.raises(RuleError) as e:
        HearingService(svc.ctx).schedule(cid, slot(svc))
    assert e.value.key == "arbitration.refused"


def test_inspection_cases_have_no_hearings_here(migrated_services):
    svc = migrated_services
    cid = svc.intake.register(intake()).case_id
    with pytest.raises(RuleError) as e:
        HearingService(svc.ctx).schedule(cid, slot(svc))
    assert e.value.key == "hearing.not_arbitration"


def test_postpone_frees_the_old_slot_and_books_the_new_one(migrated_services):
    svc = migrated_services
    hearings = HearingService(svc.ctx)
    cid = arbitration_case(svc)
    hearings.schedule(cid, slot(svc))
    with pytest.raises(ValidationFailed) as e:
        hearings.postpone(cid, slot(svc, day=date(2026, 3, 24)), "  ")
    assert list(_fields(e.value)) == ["postpone_reason"]
    assert [h.status for h in hearings.for_case(cid)] == ["scheduled"]  # rolled back
    # the same room an hour later overlaps the old slot, which is freed by the postponement
    hearings.postpone(cid, slot(svc, start="10:00", end="12:00"), "申请人因病住院，提交了诊断证明")
    got = hearings.for_case(cid)
    assert [(h.status_label, h.start_minute) for h in got] == [("已延期", 540), ("已排期", 600)]
    with svc.ctx.uow.read() as uow:
        s = uow.session
        kinds = [e.kind for e in s.query(CaseEvent).filter_by(case_id=cid).order_by(CaseEvent.id)]
        assert kinds[-3:] == ["hearing_scheduled", "hearing_postponed", "hearing_scheduled"]
        assert s.get(Case, cid).status == "hearing_scheduled"


def test_postpone_without_a_booking_is_refused(migrated_services):
    svc = migrated_services
    cid = arbitration_case(svc)
    with pytest.raises(RuleError) as e:
        HearingService(svc.ctx).postpone(cid, slot(svc), "理由")
    assert e.value.key == "arbitration.refused"


def test_notice_warning_when_five_working_days_no_longer_fit(migrated_services):
    hearings = HearingService(migrated_services.ctx)
    assert hearings.notice_warning(date(2026, 3, 17)) == ""  # served today: just in time
    warn = hearings.notice_warning(date(2026, 3, 16))
    assert "最迟2026年3月9日送达" in warn and "5个工作日" in warn
    assert hearings.suggested_date() == date(2026, 3, 18)


def test_postpone_warning_after_three_working_days_before(migrated_services):
    svc = migrated_services
    hearings = HearingService(svc.ctx)
    cid = arbitration_case(svc)
    hearings.schedule(cid, slot(svc, day=date(2026, 3, 12)))  # requests were due by 3/9
    assert "3个工作日前" in hearings.postpone_warning(cid)
    other = arbitration_case(svc, ("钱伟",), n=2)
    hearings.schedule(other, slot(svc, day=date(2026, 3, 13)))  # due today, 3/10: in time
    assert hearings.postpone_warning(other) == ""


def test_week_filters_by_room_and_arbitrator_and_sorts(migrated_services):
    svc = migrated_services
    hearings = HearingService(svc.ctx)
    a = arbitration_case(svc, ("赵丽娟",), n=1, migrant=True)
    b = arbitration_case(svc, ("钱伟", "孙敏", "李强"), n=2)
    c = arbitration_case(svc, ("赵丽娟",), n=3)
    hearings.schedule(a, slot(svc, day=date(2026, 3, 19), start="14:00", end="15:00"))
    hearings.schedule(b, slot(svc, day=date(2026, 3, 17), room="第二仲裁庭"))
    hearings.schedule(c, slot(svc, day=date(2026, 3, 24)))  # next week
    week = hearings.week(MON)
    assert [(h.case_id, h.hearing_date) for h in week] == [(b, date(2026, 3, 17)), (a, date(2026, 3, 19))]
    assert week[1].green_channel and not week[0].green_channel
    assert week[0].arbitrators == ("钱伟", "孙敏", "李强")
    assert "诉" in week[0].parties
    assert [h.case_id for h in hearings.week(MON, room_id=room_id(svc, "第二仲裁庭"))] == [b]
    zhao = people(svc, "赵丽娟")[0]
    assert [h.case_id for h in hearings.week(MON, arbitrator_id=zhao)] == [a]
    assert [h.case_id for h in hearings.week(date(2026, 3, 23), arbitrator_id=zhao)] == [c]
    assert (zhao, "赵丽娟") in hearings.arbitrators()


def test_this_week_lists_the_users_hearings(migrated_services):
    svc = migrated_services
    hearings = HearingService(svc.ctx)
    a = arbitration_case(svc, ("赵丽娟",), clerk="王书记", n=1)
    b = arbitration_case(svc, ("钱伟",), n=2)
    c = arbitration_case(svc, ("赵丽娟",), n=3)
    hearings.schedule(a, slot(svc, day=date(2026, 3, 17)))
    hearings.schedule(b, slot(svc, day=date(2026, 3, 17), room="第二仲裁庭"))
    hearings.schedule(c, slot(svc, day=date(2026, 3, 24)))  # beyond the next 7 days
    zhao, clerk = people(svc, "赵丽娟")[0], people(svc, "王书记")[0]
    assert [h.case_id for h in hearings.this_week(zhao)] == [a]
    assert [h.case_id for h in hearings.this_week(clerk)] == [a]


def test_rooms_are_kept_by_the_administrator_only(migrated_services):
    svc = migrated_services
    hearings = HearingService(svc.ctx)
    assert hearings.can_edit_rooms()
    hearings.add_room("第四仲裁庭")
    with pytest.raises(ValidationFailed) as e:
        hearings.add_room(" 第四仲裁庭 ")
    assert _fields(e.value) == {"room_name": "已有名为“第四仲裁庭”的仲裁庭室，请换一个名称。"}
    with pytest.raises(ValidationFailed):
        hearings.add_room("   ")
    fourth = room_id(svc, "第四仲裁庭")
    hearings.rename_room(fourth, "调解室")
    hearings.rename_room(fourth, "调解室")  # its own name is no clash
    with pytest.raises(ValidationFailed):
        hearings.rename_room(fourth, "第一仲裁庭")
    hearings.set_room_active(fourth, False)
    assert [r.name for r in hearings.rooms(active_only=True)] == ["第一仲裁庭", "第二仲裁庭", "第三仲裁庭"]
    cid = arbitration_case(svc)
    with pytest.raises(ValidationFailed) as e:
        hearings.schedule(cid, HearingInput(fourth, FRI, "09:00", "10:00"))
    assert "已停用" in _fields(e.value)["room_id"]
    with svc.ctx.uow.read() as uow:
        assert audit.verify_chain(uow.session) is None
    # an inspector may look but not change
    svc.ctx.user_id = people(svc, "李娜")[0]
    assert not hearings.can_edit_rooms()
    with pytest.raises(RuleError) as e:
        hearings.add_room("第五仲裁庭")
    assert e.value.key == "permission.denied"


def test_a_rename_shows_in_booked_hearings(migrated_services):
    svc = migrated_services
    hearings = HearingService(svc.ctx)
    cid = arbitration_case(svc)
    hearings.schedule(cid, slot(svc))
    hearings.rename_room(room_id(svc), "第一审理庭")
    assert hearings.for_case(cid)[0].room_name == "第一审理庭"
    with svc.ctx.uow.read() as uow:
        assert uow.session.query(Hearing).count() == 1
