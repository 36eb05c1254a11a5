"""Procedural events and the deadlines they start: stored copy, live view, 工作台, validation."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import text

from wagecase import bootstrap
from wagecase.domain.errors import RuleError, ValidationFailed
from wagecase.domain.messages import describe
from wagecase.services import audit
from wagecase.services.dto import EventInput, HolidayRangeInput
from wagecase.storage.models import User

from .intake_support import NOW_UTC, employer, intake, worker

TUESDAY = NOW_UTC  # 2026-03-10 10:00 in Zhengzhou; cases are received Monday 3/9


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def local_day(self, d: date) -> None:
        self.now = datetime.combine(d, datetime.min.time()) + timedelta(hours=2)  # 10:00 local


@pytest.fixture
def clock() -> Clock:
    return Clock(TUESDAY)


@pytest.fixture
def svc(databases, tmp_path, clock):
    services = bootstrap.build(databases.new("migrated"), data_dir=tmp_path / "data")
    services.ctx.clock = clock
    with services.ctx.uow.write() as uow:
        uow.session.add_all([
            User(username="lina", display_name="李娜", role="inspector", active=True, created_at=NOW_UTC),
            User(username="wq", display_name="王强", role="arbitrator", active=True, created_at=NOW_UTC),
        ])
        uow.commit()
    yield services
    services.ctx.uow.engine.dispose()


def user(svc, name: str) -> int:
    return next(u.id for u in svc.lookup.officers() if u.display_name == name)


def rows(svc, sql: str, **params) -> list[tuple]:
    """Rows as stored, read past the services; dates as ISO text on either database."""
    with svc.ctx.uow.engine.connect() as conn:
        return [tuple(v.isoformat() if type(v) is date else v for v in row)
                for row in conn.execute(text(sql), params)]


def execute(svc, sql: str, **params) -> None:
    """A change made past the services (another program, a hand edit)."""
    with svc.ctx.uow.engine.begin() as conn:
        conn.execute(text(sql), params)


def stored(svc, case_id: int) -> dict[str, tuple]:
    return {code: (start, due, met, bool(prov)) for code, start, due, met, prov in rows(
        svc, "SELECT period_code, start_date, due_date, met_on, provisional FROM case_deadlines "
             "WHERE case_id = :case_id", case_id=case_id)}


_next_worker = iter(range(10, 1000))


def register(svc, *, officer: str | None = "李娜", received: datetime | None = None, workers: int = 1,
             case_type: str = "inspection") -> int:
    people = [worker(next(_next_worker)) for _ in range(workers)]
    kw = {"received_at": received} if received else {}
    data = intake(people, officer_id=user(svc, officer) if officer else None, case_type=case_type,
                  employer=employer(next(_next_worker)), confirm_possible_duplicates=True, **kw)
    return svc.intake.register(data).case_id


def ev(kind: str, day: date, **payload: str) -> EventInput:
    return EventInput(kind=kind, event_date=day, summary="", payload=dict(payload))


# ---- choices and timeline ------------------------------------------------------------------

def test_event_choices_follow_the_case_type_in_procedural_order(svc):
    inspection = svc.deadlines.event_choices("inspection")
    kinds = [c.kind for c in inspection]
    assert kinds.index("accepted") < kinds.index("case_opened") < kinds.index("rectification_order_issued")
    assert {"listing_decided", "legal_aid_requested", "paid"} <= set(kinds)
    assert "hearing_scheduled" not in kinds and "registered" not in kinds
    order = next(c for c in inspection if c.kind == "rectification_order_issued")
    assert (order.label, order.anchor, order.anchor_label) == ("下达限期改正指令书", "due_date", "支付期限")
    arbitration = svc.deadlines.event_choices("arbitration")
    kinds = [c.kind for c in arbitration]
    assert "case_opened" not in kinds and "listing_decided" not in kinds and "lawyer_assigned" in kinds
    hearing = next(c for c in arbitration if c.kind == "hearing_scheduled")
    assert (hearing.anchor, hearing.anchor_label) == ("hearing_date", "开庭日期")
    shortened = next(c for c in arbitration if c.kind == "answer_period_shortened")
    assert (shortened.anchor, shortened.anchor_label) == ("answer_due", "答辩截止日期")
    assert all(c.anchor == "" for c in arbitration if c.kind not in ("hearing_scheduled", "answer_period_shortened"))


def test_registration_stores_the_acceptance_deadline(svc):
    case_id = register(svc)
    # received Monday 3/9: 5 working days -> Monday 3/16 (若干规定 Art. 18)
    assert stored(svc, case_id) == {"inspection.acceptance": ("2026-03-09", "2026-03-16", None, False)}


def test_add_edit_remove_rewrite_the_stored_deadlines(svc):
    case_id = register(svc)
    changes = svc.deadlines.add_event(case_id, ev("accepted", date(2026, 3, 10)))
    assert changes.case_ids == (case_id,)
    svc.deadlines.add_event(case_id, ev("case_opened", date(2026, 3, 10)))
    rows_now = stored(svc, case_id)
    assert rows_now["inspection.acceptance"][2] == "2026-03-10"  # met
    start, due, met, _ = rows_now["inspection.investigation"]
    assert (start, met) == ("2026-03-10", None)
    first_due = date.fromisoformat(due)

    opened = next(e for e in svc.deadlines.events(case_id) if e.kind == "case_opened")
    svc.deadlines.edit_event(opened.id, ev("case_opened", date(2026, 3, 9)))
    assert date.fromisoformat(stored(svc, case_id)["inspection.investigation"][1]) < first_due

    svc.deadlines.remove_event(opened.id)
    assert "inspection.investigation" not in stored(svc, case_id)
    assert [e.kind for e in svc.deadlines.events(case_id)] == ["registered", "accepted"]


def test_events_are_oldest_first_and_only_procedural_ones_editable(svc):
    case_id = register(svc)
    svc.deadlines.add_event(case_id, ev("case_opened", date(2026, 3, 10)))
    svc.deadlines.add_event(case_id, ev("accepted", date(2026, 3, 9)))
    timeline = svc.deadlines.events(case_id)
    assert [(e.kind, e.event_date) for e in timeline] == [
        ("registered", date(2026, 3, 9)), ("accepted", date(2026, 3, 9)), ("case_opened", date(2026, 3, 10))]
    assert [e.editable for e in timeline] == [False, True, True]
    assert timeline[0].kind_label == "登记" and timeline[2].kind_label == "立案"
    assert timeline[2].actor_name == "系统管理员"

    with pytest.raises(RuleError) as err:
        svc.deadlines.edit_event(timeline[0].id, ev("accepted", date(2026, 3, 9)))
    assert err.value.key == "event.not_editable"
    with pytest.raises(RuleError) as err:
        svc.deadlines.remove_event(timeline[0].id)
    assert err.value.key == "event.not_editable"
    with pytest.raises(RuleError) as err:
        svc.deadlines.remove_event(99999)
    assert err.value.key == "event.not_found"
    with pytest.raises(RuleError) as err:
        svc.deadlines.add_event(99999, ev("accepted", date(2026, 3, 9)))
    assert err.value.key == "case.not_found"
    with pytest.raises(RuleError) as err:
        svc.deadlines.case_deadlines(99999)
    assert err.value.key == "case.not_found"


def test_each_change_is_audited_in_the_chain(svc):
    case_id = register(svc)
    svc.deadlines.add_event(case_id, ev("rectification_order_issued", date(2026, 3, 10), due_date="2026-03-20"))
    event_id = svc.deadlines.events(case_id)[-1].id
    svc.deadlines.edit_event(event_id, ev("rectification_order_issued", date(2026, 3, 10), due_date="2026-03-25"))
    svc.deadlines.remove_event(event_id)
    entries = rows(svc, "SELECT action, entity, entity_id, case_id, before, after FROM audit_entries "
                        "WHERE entity = 'case_event' ORDER BY id")
    assert [e[0] for e in entries] == ["case_event.add", "case_event.edit", "case_event.remove"]
    assert all(e[2] == event_id and e[3] == case_id for e in entries)
    assert entries[0][4] == "" and '"due_date":"2026-03-20"' in entries[0][5]
    assert '"due_date":"2026-03-20"' in entries[1][4] and '"due_date":"2026-03-25"' in entries[1][5]
    assert '"due_date":"2026-03-25"' in entries[2][4] and entries[2][5] == ""
    with svc.ctx.uow.read() as uow:
        assert audit.verify_chain(uow.session) is None


# ---- validation ----------------------------------------------------------------------------

def _errors(call) -> dict[str, tuple[str, str]]:
    with pytest.raises(ValidationFailed) as err:
        call()
    return {e.field: (e.key, describe(e)) for e in err.value.errors}


def test_bad_events_are_refused_with_chinese_messages_and_nothing_is_written(svc):
    case_id = register(svc)
    before = rows(svc, "SELECT COUNT(*) FROM case_events")[0][0], rows(svc, "SELECT COUNT(*) FROM audit_entries")[0][0]
    add = svc.deadlines.add_event

    errs = _errors(lambda: add(case_id, ev("accepted", date(2026, 3, 11))))
    key, text = errs["event_date"]
    assert key == "event.date_future" and text.startswith("日期：") and "2026年3月11日" in text

    errs = _errors(lambda: add(case_id, ev("accepted", date(2026, 3, 8))))
    assert errs["event_date"][0] == "event.date_before_received" and "2026年3月9日" in errs["event_date"][1]

    errs = _errors(lambda: add(case_id, ev("hearing_scheduled", date(2026, 3, 10), hearing_date="2026-03-30")))
    assert errs["kind"][0] == "event.kind_not_for_case_type"
    assert errs["kind"][1] == "程序事项：“确定开庭日期”不适用于监察案件，请从下拉列表中选择该类案件的程序事项。"

    errs = _errors(lambda: add(case_id, ev("no_such_step", date(2026, 3, 10))))
    assert errs["kind"][0] == "event.kind_unknown"
    errs = _errors(lambda: add(case_id, ev("registered", date(2026, 3, 10))))
    assert errs["kind"][0] == "event.kind_unknown"  # the intake record is not typed by hand

    errs = _errors(lambda: add(case_id, ev("rectification_order_issued", date(2026, 3, 10))))
    assert errs["payload.due_date"] == ("event.anchor_missing", "支付期限：请填写支付期限，期限从这一日期起算。")
    errs = _errors(lambda: add(case_id, ev("rectification_order_issued", date(2026, 3, 10), due_date="2026-02-30")))
    assert errs["payload.due_date"][0] == "event.anchor_invalid" and "2026-02-30" in errs["payload.due_date"][1]
    errs = _errors(lambda: add(case_id, ev("rectification_order_issued", date(2026, 3, 10), due_date="2026-03-01")))
    assert errs["payload.due_date"][0] == "event.anchor_before_event"

    errs = _errors(lambda: add(case_id, EventInput("accepted", date(2026, 3, 12), "很长" * 251)))
    assert set(errs) == {"event_date", "summary"}
    assert errs["summary"][0] == "event.summary_too_long" and "502" in errs["summary"][1]

    after = rows(svc, "SELECT COUNT(*) FROM case_events")[0][0], rows(svc, "SELECT COUNT(*) FROM audit_entries")[0][0]
    assert after == before
    assert stored(svc, case_id) == {"inspection.acceptance": ("2026-03-09", "2026-03-16", None, False)}

    # an edit is checked the same way and leaves the event as it was
    svc.deadlines.add_event(case_id, ev("accepted", date(2026, 3, 10)))
    event_id = svc.deadlines.events(case_id)[-1].id
    errs = _errors(lambda: svc.deadlines.edit_event(event_id, ev("accepted", date(2026, 4, 1))))
    assert errs["event_date"][0] == "event.date_future"
    assert svc.deadlines.events(case_id)[-1].event_date == date(2026, 3, 10)


# ---- the live view -------------------------------------------------------------------------

def test_case_deadlines_say_days_left_state_and_basis(svc, clock):
    case_id = register(svc)
    [acceptance] = svc.deadlines.case_deadlines(case_id)
    assert acceptance.period_code == "inspection.acceptance" and acceptance.name
    assert acceptance.due == date(2026, 3, 16) and acceptance.due_text == "2026年3月16日"
    assert (acceptance.days_left, acceptance.days_unit) == (4, "工作日")  # 3/11, 12, 13, 16
    assert acceptance.days_text == "剩余4个工作日"
    assert (acceptance.state, acceptance.state_label) == ("running", "进行中")
    assert "第十八条" in acceptance.basis and acceptance.basis in acceptance.basis_text
    assert acceptance.duty_label == "本机关" and not acceptance.provisional

    clock.local_day(date(2026, 3, 13))
    [d] = svc.deadlines.case_deadlines(case_id)
    assert (d.state, d.state_label, d.days_text) == ("due_soon", "即将到期", "剩余1个工作日")
    clock.local_day(date(2026, 3, 16))
    assert svc.deadlines.case_deadlines(case_id)[0].days_text == "今日到期"
    clock.local_day(date(2026, 3, 18))
    [d] = svc.deadlines.case_deadlines(case_id)
    assert (d.state, d.state_label, d.days_text) == ("overdue", "已逾期", "逾期2个工作日")

    svc.deadlines.add_event(case_id, ev("accepted", date(2026, 3, 17)))
    met = next(x for x in svc.deadlines.case_deadlines(case_id) if x.period_code == "inspection.acceptance")
    assert (met.state, met.days_text, met.met_on) == ("met", "已于2026年3月17日完成", date(2026, 3, 17))


def test_calendar_day_periods_and_pauses_read_in_days(svc, clock):
    case_id = register(svc, officer="王强", case_type="arbitration")
    svc.deadlines.add_event(case_id, ev("accepted", date(2026, 3, 10)))
    limit = next(x for x in svc.deadlines.case_deadlines(case_id) if x.period_code == "arbitration.time_limit")
    # 45 days from 3/10 -> Friday 4/24 (调解仲裁法 Art. 43)
    assert limit.due == date(2026, 4, 24) and limit.days_unit == "日"
    assert limit.days_text == f"剩余{(date(2026, 4, 24) - date(2026, 3, 10)).days}日"
    svc.deadlines.add_event(case_id, ev("suspended", date(2026, 3, 10)))
    limit = next(x for x in svc.deadlines.case_deadlines(case_id) if x.period_code == "arbitration.time_limit")
    assert (limit.state, limit.due, limit.due_text, limit.days_text) == ("paused", None, "—", "中止期间不计算")
    assert stored(svc, case_id)["arbitration.time_limit"][1] is None


# ---- 工作台 ---------------------------------------------------------------------------------

def test_due_for_officer_lists_overdue_and_due_soon_of_that_officer_only(svc, clock):
    lina, wq = user(svc, "李娜"), user(svc, "王强")
    clock.local_day(date(2026, 3, 12))
    overdue = register(svc, received=datetime(2026, 3, 2, 9, 0), workers=3)  # due 3/9
    soon = register(svc)  # due 3/16
    later = register(svc, received=datetime(2026, 3, 12, 9, 0))  # due 3/19, outside 3 working days
    met = register(svc, received=datetime(2026, 3, 2, 9, 0))
    closed = register(svc, received=datetime(2026, 3, 2, 9, 0))
    other = register(svc, officer="王强", received=datetime(2026, 3, 2, 9, 0), case_type="arbitration")
    svc.deadlines.add_event(met, ev("rejected", date(2026, 3, 5)))
    execute(svc, "UPDATE cases SET status = 'closed', closed_at = '2026-03-11 02:00:00.000000' WHERE id = :id",
            id=closed)

    items = svc.deadlines.due_for_officer(lina)
    assert [(i.case_id, i.due) for i in items] == [(overdue, date(2026, 3, 9)), (soon, date(2026, 3, 16))]
    first, second = items
    assert (first.state, first.state_label, first.days_text) == ("overdue", "已逾期", "逾期3个工作日")
    assert (second.state, second.days_text, second.due_text) == ("due_soon", "剩余2个工作日", "2026年3月16日")
    assert first.parties.endswith("等3人 投诉 郑州宏远建筑劳务有限公司")
    assert first.period_name == "受理审查期限" and "第十八条" in first.basis_text
    assert first.case_number.startswith("郑人社监投字")
    assert later not in {i.case_id for i in items}

    theirs = svc.deadlines.due_for_officer(wq)
    assert {i.case_id for i in theirs} == {other}
    assert svc.deadlines.due_for_officer() == []  # the default user (系统管理员) has no case
    assert len(svc.deadlines.due_for_officer(lina, limit=1)) == 1

    # a wider "due soon" window from 设置 brings the later case in
    execute(svc, "UPDATE settings SET value = '5' WHERE key = 'deadline.due_soon_working_days'")
    assert later in {i.case_id for i in svc.deadlines.due_for_officer(lina)}


# ---- years without holiday data --------------------------------------------------------------

def test_a_period_into_2027_is_provisional_until_the_year_is_entered(svc, clock):
    clock.local_day(date(2026, 12, 28))
    case_id = register(svc, received=datetime(2026, 12, 28, 9, 0))
    svc.deadlines.add_event(case_id, ev("accepted", date(2026, 12, 28)))
    svc.deadlines.add_event(case_id, ev("case_opened", date(2026, 12, 28)))
    investigation = next(d for d in svc.deadlines.case_deadlines(case_id)
                         if d.period_code == "inspection.investigation")
    assert investigation.due.year == 2027 and investigation.provisional
    assert "2027" in investigation.basis_text and "暂定" in investigation.basis_text
    assert stored(svc, case_id)["inspection.investigation"][3] is True
    weekends_only = investigation.due

    other = register(svc, received=datetime(2026, 12, 28, 9, 30))  # acceptance due 2027-01-04
    assert stored(svc, other)["inspection.acceptance"] == ("2026-12-28", "2027-01-04", None, True)

    svc.reference.save_holiday_year(2027, [
        HolidayRangeInput("元旦", date(2027, 1, 1), date(2027, 1, 3)),
        HolidayRangeInput("春节", date(2027, 2, 6), date(2027, 2, 13), (date(2027, 2, 20),)),
    ])
    assert svc.deadlines.recompute_all() >= 2
    assert stored(svc, other)["inspection.acceptance"] == ("2026-12-28", "2027-01-05", None, False)
    row = stored(svc, case_id)["inspection.investigation"]
    assert row[3] is False and date.fromisoformat(row[1]) > weekends_only  # 春节 now skipped
    investigation = next(d for d in svc.deadlines.case_deadlines(case_id)
                         if d.period_code == "inspection.investigation")
    assert not investigation.provisional and investigation.due == date.fromisoformat(row[1])


def test_recompute_all_skips_closed_cases_and_restores_the_stored_copy(svc):
    open_case = register(svc)
    closed = register(svc)
    execute(svc, "UPDATE cases SET status = 'closed', closed_at = '2026-03-10 01:00:00.000000' WHERE id = :id",
            id=closed)
    execute(svc, "DELETE FROM case_deadlines")
    assert svc.deadlines.recompute_all() == 1
    assert stored(svc, open_case) == {"inspection.acceptance": ("2026-03-09", "2026-03-16", None, False)}
    assert stored(svc, closed) == {}
