"""The statutory clock: the shipped period catalogue applied to cases on the 2026 calendar.

Each case cites the article it comes from. 2026 arrangement (rules.md §8.3): 春节 2/15–2/23 off,
2/14 and 2/28 worked; 劳动节 5/1–5/5 off, 5/9 worked; 中秋 9/25–9/27; 国庆 10/1–10/7 off, 9/20
and 10/10 worked. 2027 has no holiday data in the package (decision 7).
"""
from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wagecase.domain.calendar import HolidayData, WorkingCalendar
from wagecase.domain.case import CaseType, EventKind, ProceduralEvent
from wagecase.domain.errors import RuleError
from wagecase.domain.messages import message
from wagecase.domain.periods import (
    PERIOD_COLUMNS,
    PERIOD_TRIGGER_PREFIX,
    Deadline,
    DeadlineState,
    Duty,
    EventFact,
    PeriodRule,
    PeriodUnit,
    Roll,
    compute_deadlines,
    load_period_rows,
    period_rule_to_row,
)

D = date
CSV_PATH = Path(__file__).resolve().parents[2] / "db" / "reference" / "periods.csv"
CAL = WorkingCalendar(HolidayData.from_package())
INSPECTION, ARBITRATION = CaseType.INSPECTION.value, CaseType.ARBITRATION.value
P = ProceduralEvent


def read_csv() -> list[dict[str, str]]:
    with open(CSV_PATH, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


RULES = load_period_rows(read_csv())
BY_CODE = {r.code: r for r in RULES}


def ev(kind: str, day: date, id: int = 0, **payload: str) -> EventFact:
    return EventFact(str(kind), day, id, payload)


def run(events: list[EventFact], today: date, case_type: str = ARBITRATION,
        rules=RULES, due_soon: int = 3) -> dict[str, Deadline]:
    found = compute_deadlines(rules, events, calendar=CAL, today=today, case_type=case_type,
                              due_soon_working_days=due_soon)
    return {d.rule.code: d for d in found}


# --- one event, one due date: the catalogue against the 2026 calendar ----------------------------

@pytest.mark.parametrize(
    ("code", "case_type", "event", "due"),
    [
        # 若干规定 Art. 18: 5 working days from receipt; 2/14 (调休) counted, 春节 skipped
        ("inspection.acceptance", INSPECTION, ev(EventKind.REGISTERED, D(2026, 2, 12)), D(2026, 2, 26)),
        # 办案规则 Arts. 30, 80: 5 working days across 劳动节, ending on the 调休 Saturday 5/9
        ("arbitration.acceptance", ARBITRATION, ev(EventKind.REGISTERED, D(2026, 4, 29)), D(2026, 5, 9)),
        # 条例 Art. 17: 60 working days from 立案 (清明 and 劳动节 skipped, 5/9 counted)
        ("inspection.investigation", INSPECTION, ev(P.CASE_OPENED, D(2026, 3, 2)), D(2026, 5, 28)),
        # 行政处罚法 Arts. 64, 85: 5 working days to ask for a hearing, across 中秋 and 国庆
        ("inspection.hearing_request", INSPECTION, ev(P.PENALTY_NOTICE_SERVED, D(2026, 9, 24)), D(2026, 10, 9)),
        # 行政处罚法 Arts. 61, 85: serve within 7 working days, across 春节
        ("inspection.decision_service", INSPECTION, ev(P.DECISION_MADE, D(2026, 2, 11)), D(2026, 2, 27)),
        # 调解仲裁法 Art. 30; 办案规则 Arts. 33, 80: answer within 10 working days, across 劳动节
        ("arbitration.answer", ARBITRATION, ev(P.APPLICATION_SERVED, D(2026, 4, 24)), D(2026, 5, 12)),
        # 调解仲裁法 Art. 30: application copy served within 5 working days of acceptance
        ("arbitration.application_service", ARBITRATION, ev(P.ACCEPTED, D(2026, 9, 28)), D(2026, 10, 10)),
        # 调解仲裁法 Art. 32; 办案规则 Art. 37: tribunal notice within 5 working days
        ("arbitration.tribunal_notice", ARBITRATION, ev(P.ACCEPTED, D(2026, 2, 13)), D(2026, 2, 27)),
        # 办案规则 Art. 33: answer copy to the applicant within 5 working days
        ("arbitration.defence_copy", ARBITRATION, ev(P.DEFENCE_RECEIVED, D(2026, 3, 9)), D(2026, 3, 16)),
        # 调解仲裁法 Art. 43; 办案规则 Arts. 45, 80: 45 calendar days end 10/3 (国庆) → 10/8
        ("arbitration.time_limit", ARBITRATION, ev(P.ACCEPTED, D(2026, 8, 19)), D(2026, 10, 8)),
        # the same 45 days ending on 2/28, a 调休 Saturday: a working day, does not move (decision 6)
        ("arbitration.time_limit", ARBITRATION, ev(P.ACCEPTED, D(2026, 1, 14)), D(2026, 2, 28)),
        # 调解仲裁法 Arts. 48, 50: 15 calendar days to sue end 10/1 → 10/8
        ("arbitration.worker_suit", ARBITRATION, ev(P.AWARD_SERVED, D(2026, 9, 16)), D(2026, 10, 8)),
        # 调解仲裁法 Art. 49: 30 calendar days to apply to set aside
        ("arbitration.employer_set_aside", ARBITRATION, ev(P.AWARD_SERVED, D(2026, 9, 16)), D(2026, 10, 16)),
        # 45号令 Art. 6: objection within 5 working days of the prior notice
        ("blacklist.objection", INSPECTION, ev(P.LISTING_NOTICE_SERVED, D(2026, 4, 29)), D(2026, 5, 9)),
        # 45号令 Art. 6: verification within 5 working days of the objection
        ("blacklist.verification", INSPECTION, ev(P.OBJECTION_RECEIVED, D(2026, 2, 12)), D(2026, 2, 26)),
        # 45号令 Art. 14: early-removal decision within 15 working days (国庆 skipped, 10/10 counted)
        ("blacklist.early_removal_decision", INSPECTION, ev(P.EARLY_REMOVAL_APPLIED, D(2026, 9, 21)), D(2026, 10, 19)),
        # 45号令 Art. 17: removal within 10 working days of early removal being granted; 劳动节
        # skipped, 5/9 (调休) counted
        ("blacklist.removal_on_early_removal", INSPECTION, ev(P.EARLY_REMOVAL_GRANTED, D(2026, 4, 27)), D(2026, 5, 13)),
        # 45号令 Arts. 16-17: removal within 10 working days of the listing being revoked
        ("blacklist.removal_on_revocation", INSPECTION, ev(P.LISTING_REVOKED, D(2026, 4, 27)), D(2026, 5, 13)),
        # 人社部发〔2020〕52号: same-day referral target (0 days)
        ("legal_aid.referral", INSPECTION, ev(P.LEGAL_AID_REQUESTED, D(2026, 3, 4)), D(2026, 3, 4)),
        # 法律援助法 Art. 43: 7 days to decide end 10/7 (国庆) → 10/8 (decision 8: calendar days)
        ("legal_aid.decision", ARBITRATION, ev(P.LEGAL_AID_REFERRED, D(2026, 9, 30)), D(2026, 10, 8)),
        # 法律援助法 Art. 43: 3 days to assign end 5/3 (劳动节) → 5/6
        ("legal_aid.assignment", ARBITRATION, ev(P.LEGAL_AID_GRANTED, D(2026, 4, 30)), D(2026, 5, 6)),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_due_dates_on_the_2026_calendar(code, case_type, event, due):
    deadline = run([event], today=event.event_date, case_type=case_type)[code]
    assert deadline.due == due
    assert deadline.start == event.event_date
    assert not deadline.provisional and deadline.missing_years == ()
    assert CAL.is_working_day(deadline.due)  # every catalogue period rolls off rest days


def test_a_period_crossing_into_2027_is_provisional():
    # 条例 Art. 17: 60 working days from 2026-11-02 reach 2027, which has no holiday data
    d = run([ev(P.CASE_OPENED, D(2026, 11, 2))], today=D(2026, 11, 2), case_type=INSPECTION)[
        "inspection.investigation"]
    assert d.due == D(2027, 1, 25)
    assert d.provisional and d.missing_years == (2027,)
    assert "2027年节假日安排尚未录入，按周末推算，日期暂定。" in d.basis_text
    # an administrator enters 2027 (元旦 1/1 off): the date becomes final and one day later
    cal = WorkingCalendar(HolidayData.from_package().merged({2027: ([D(2027, 1, 1)], [])}))
    [final] = [x for x in compute_deadlines(RULES, [ev(P.CASE_OPENED, D(2026, 11, 2))], calendar=cal,
                                            today=D(2026, 11, 2), case_type=INSPECTION)
               if x.rule.code == "inspection.investigation"]
    assert (final.due, final.provisional) == (D(2027, 1, 26), False)


# --- states and days left ------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("today", "state", "days_left"),
    [
        # 办案规则 Art. 45: accepted 3/2, 45 calendar days → 4/16 (Thursday)
        (D(2026, 3, 2), DeadlineState.RUNNING, 45),
        (D(2026, 4, 10), DeadlineState.RUNNING, 6),  # 4 working days left: not yet amber
        (D(2026, 4, 13), DeadlineState.DUE_SOON, 3),  # 3 working days left (threshold)
        (D(2026, 4, 16), DeadlineState.DUE_SOON, 0),  # due today
        (D(2026, 4, 17), DeadlineState.OVERDUE, -1),
        (D(2026, 4, 20), DeadlineState.OVERDUE, -4),  # calendar days for a calendar period
    ],
)
def test_states_of_a_calendar_period(today, state, days_left):
    d = run([ev(P.ACCEPTED, D(2026, 3, 2))], today=today)["arbitration.time_limit"]
    assert (d.due, d.state, d.days_left) == (D(2026, 4, 16), state, days_left)


@pytest.mark.parametrize(
    ("today", "state", "days_left"),
    [
        # 若干规定 Art. 18: registered 2/12 → 2/26; days left counted in working days
        (D(2026, 2, 12), DeadlineState.RUNNING, 5),
        (D(2026, 2, 14), DeadlineState.DUE_SOON, 3),  # the 调休 Saturday itself is a working day
        (D(2026, 2, 20), DeadlineState.DUE_SOON, 3),  # during 春节: 2/24, 2/25, 2/26 remain
        (D(2026, 2, 27), DeadlineState.OVERDUE, -1),
        (D(2026, 3, 2), DeadlineState.OVERDUE, -3),  # 2/27, 2/28 (调休 Saturday) and 3/2 passed
    ],
)
def test_states_of_a_working_day_period(today, state, days_left):
    d = run([ev(EventKind.REGISTERED, D(2026, 2, 12))], today=today, case_type=INSPECTION)[
        "inspection.acceptance"]
    assert (d.due, d.state, d.days_left) == (D(2026, 2, 26), state, days_left)


def test_due_soon_threshold_is_configurable_and_in_working_days():
    events = [ev(P.ACCEPTED, D(2026, 3, 2))]
    assert run(events, today=D(2026, 4, 10), due_soon=4)["arbitration.time_limit"].state is DeadlineState.DUE_SOON
    assert run(events, today=D(2026, 4, 13), due_soon=0)["arbitration.time_limit"].state is DeadlineState.RUNNING


def test_met_by_a_later_event():
    # 办案规则 Art. 45: an award within the time limit meets it; its date is kept
    found = run([ev(P.ACCEPTED, D(2026, 3, 2), 1), ev(P.AWARDED, D(2026, 4, 1), 2)], today=D(2026, 5, 1))
    d = found["arbitration.time_limit"]
    assert (d.state, d.met_on, d.days_left, d.due) == (DeadlineState.MET, D(2026, 4, 1), None, D(2026, 4, 16))


def test_met_late_is_still_met_with_its_date():
    d = run([ev(P.ACCEPTED, D(2026, 3, 2)), ev(P.AWARDED, D(2026, 4, 20))], today=D(2026, 5, 1))[
        "arbitration.time_limit"]
    assert d.state is DeadlineState.MET and d.met_on > d.due


def test_an_event_before_the_latest_trigger_does_not_meet_it():
    # 办案规则 Art. 35: withdrawn, then a new application accepted: the new clock runs
    events = [ev(EventKind.REGISTERED, D(2026, 3, 2), 1), ev(P.WITHDRAWN, D(2026, 3, 3), 2),
              ev(EventKind.REGISTERED, D(2026, 3, 10), 3)]
    d = run(events, today=D(2026, 3, 10))["arbitration.acceptance"]
    assert d.state is DeadlineState.RUNNING and d.start == D(2026, 3, 10) and d.due == D(2026, 3, 17)


def test_same_day_events_are_ordered_by_id():
    # accepted and awarded typed in the same day: id says which came first
    events = [ev(P.AWARDED, D(2026, 3, 2), 1), ev(P.ACCEPTED, D(2026, 3, 2), 2)]
    assert run(events, today=D(2026, 3, 2))["arbitration.time_limit"].state is DeadlineState.RUNNING
    events = [ev(P.ACCEPTED, D(2026, 3, 2), 1), ev(P.AWARDED, D(2026, 3, 2), 2)]
    assert run(events, today=D(2026, 3, 2))["arbitration.time_limit"].state is DeadlineState.MET


# --- extension, suspension and restart (办案规则 Arts. 45-46; 条例 Art. 17) ------------------------

def test_extension_adds_its_length():
    # 办案规则 Art. 45: 45 + 15 = 60 days from 3/2 end 5/1 (劳动节) → 5/6
    d = run([ev(P.ACCEPTED, D(2026, 3, 2)), ev(P.TIME_LIMIT_EXTENDED, D(2026, 4, 10))],
            today=D(2026, 4, 10))["arbitration.time_limit"]
    assert (d.due, d.extended) == (D(2026, 5, 6), True)
    assert "经仲裁委员会主任或其委托的仲裁院负责人批准可延长15日。已延长。" in d.basis_text


def test_investigation_extension_in_working_days():
    # 条例 Art. 17: 60 + 30 working days from 3/2
    d = run([ev(P.CASE_OPENED, D(2026, 3, 2)), ev(P.INVESTIGATION_EXTENDED, D(2026, 5, 20))],
            today=D(2026, 5, 20), case_type=INSPECTION)["inspection.investigation"]
    assert d.extended and d.due == D(2026, 7, 10)  # 端午 6/19 skipped
    assert CAL.working_days_between(D(2026, 3, 2), d.due) == 90


def test_closed_suspension_is_not_counted():
    # 办案规则 Art. 46: suspended 3/10, resumed 3/22 → 12 days added to 4/16 → 4/28
    events = [ev(P.ACCEPTED, D(2026, 3, 2), 1), ev(P.SUSPENDED, D(2026, 3, 10), 2),
              ev(P.RESUMED, D(2026, 3, 22), 3)]
    d = run(events, today=D(2026, 3, 23))["arbitration.time_limit"]
    assert (d.due, d.paused_days, d.state) == (D(2026, 4, 28), 12, DeadlineState.RUNNING)
    assert "中止期间12日不计入。" in d.basis_text


def test_public_notice_service_is_not_counted_and_adds_up_with_suspension():
    # 办案规则 Art. 46: 公告送达 3/3–3/13 (10 days) and 中止 4/1–4/6 (5 days): 4/16 + 15 = 5/1 → 5/6
    events = [ev(P.ACCEPTED, D(2026, 3, 2), 1), ev(P.PUBLIC_NOTICE_STARTED, D(2026, 3, 3), 2),
              ev(P.PUBLIC_NOTICE_ENDED, D(2026, 3, 13), 3), ev(P.SUSPENDED, D(2026, 4, 1), 4),
              ev(P.RESUMED, D(2026, 4, 6), 5)]
    d = run(events, today=D(2026, 4, 7))["arbitration.time_limit"]
    assert (d.due, d.paused_days) == (D(2026, 5, 6), 15)


def test_open_suspension_pauses_the_clock():
    events = [ev(P.ACCEPTED, D(2026, 3, 2), 1), ev(P.SUSPENDED, D(2026, 3, 10), 2)]
    d = run(events, today=D(2026, 6, 1))["arbitration.time_limit"]
    assert (d.state, d.due, d.days_left, d.paused_since) == (DeadlineState.PAUSED, None, None, D(2026, 3, 10))
    assert "目前处于中止状态" in d.basis_text


def test_suspension_after_the_period_ran_out_changes_nothing():
    events = [ev(P.ACCEPTED, D(2026, 3, 2), 1), ev(P.SUSPENDED, D(2026, 5, 1), 2)]
    d = run(events, today=D(2026, 5, 20))["arbitration.time_limit"]
    assert (d.state, d.due, d.paused_days) == (DeadlineState.OVERDUE, D(2026, 4, 16), 0)


def test_working_day_suspension_counts_working_days():
    rule = PeriodRule("t.wd", "测试期限", "accepted", 10, PeriodUnit.WORKING_DAYS, "《测试》第一条",
                      suspended_by=("suspended",), resumed_by=("resumed",))
    # 4/30 → 10 working days = 5/18; suspended 4/30–5/11: working days in (4/30, 5/11] = 5/6, 5/7,
    # 5/8, 5/9 (调休), 5/11 = 5 → 15 working days from 4/30 = 5/25
    events = [ev(P.ACCEPTED, D(2026, 4, 30), 1), ev(P.SUSPENDED, D(2026, 4, 30), 2),
              ev(P.RESUMED, D(2026, 5, 11), 3)]
    d = run(events, today=D(2026, 5, 11), rules=[rule])["t.wd"]
    assert (d.paused_days, d.due) == (5, D(2026, 5, 25))
    assert "中止期间5个工作日不计入。" in d.basis_text


def test_restart_moves_the_start():
    # 办案规则 Art. 46: claims changed 3/20 → 45 days from 3/20 end 5/4 (劳动节) → 5/6
    events = [ev(P.ACCEPTED, D(2026, 3, 2), 1), ev(P.CLAIMS_CHANGED, D(2026, 3, 20), 2)]
    d = run(events, today=D(2026, 3, 20))["arbitration.time_limit"]
    assert (d.start, d.due, d.restarted_by_name) == (D(2026, 3, 20), D(2026, 5, 6), "增加或变更仲裁请求")
    assert "因增加或变更仲裁请求，自该日起重新计算。" in d.basis_text


def test_latest_restart_wins_and_earlier_pauses_are_dropped():
    events = [ev(P.ACCEPTED, D(2026, 3, 2), 1), ev(P.SUSPENDED, D(2026, 3, 3), 2),
              ev(P.RESUMED, D(2026, 3, 9), 3), ev(P.PARTY_JOINED, D(2026, 3, 12), 4),
              ev(P.JURISDICTION_TRANSFERRED, D(2026, 3, 16), 5)]
    d = run(events, today=D(2026, 3, 16))["arbitration.time_limit"]
    # 3/16 + 45 = 4/30 (Thursday)
    assert (d.start, d.due, d.paused_days) == (D(2026, 3, 16), D(2026, 4, 30), 0)


def test_supplement_restarts_inspection_acceptance():
    # 若干规定 Art. 18: materials completed 3/10 → 5 working days from then
    events = [ev(EventKind.REGISTERED, D(2026, 3, 2), 1), ev(P.SUPPLEMENT_COMPLETED, D(2026, 3, 10), 2)]
    d = run(events, today=D(2026, 3, 10), case_type=INSPECTION)["inspection.acceptance"]
    assert (d.start, d.due) == (D(2026, 3, 10), D(2026, 3, 17))


# --- anchors: the hearing notice and the payment deadline ----------------------------------------

def test_hearing_notice_counts_back_from_the_hearing_date():
    # 调解仲裁法 Art. 35; 办案规则 Arts. 38, 80: 5 working days before a 10/12 hearing: 10/10 (调休),
    # 10/9, 10/8, [国庆], 9/30, 9/29
    events = [ev(P.HEARING_SCHEDULED, D(2026, 9, 21), hearing_date="2026-10-12")]
    found = run(events, today=D(2026, 9, 21))
    assert found["arbitration.hearing_notice"].due == D(2026, 9, 29)
    assert found["arbitration.hearing_notice"].start == D(2026, 10, 12)
    assert "开庭日前5个工作日" in found["arbitration.hearing_notice"].basis_text
    # 办案规则 Art. 38: a postponement must be asked 3 working days before: 10/10, 10/9, 10/8
    assert found["arbitration.postponement_request"].due == D(2026, 10, 8)
    assert found["arbitration.postponement_request"].rule.duty is Duty.PARTY


def test_hearing_notice_served_meets_it_and_rescheduling_moves_it():
    events = [ev(P.HEARING_SCHEDULED, D(2026, 9, 21), 1, hearing_date="2026-10-12"),
              ev(P.HEARING_NOTICE_SERVED, D(2026, 9, 24), 2)]
    assert run(events, today=D(2026, 9, 24))["arbitration.hearing_notice"].state is DeadlineState.MET
    # the hearing is moved: a new notice is due before the new date
    events.append(ev(P.HEARING_SCHEDULED, D(2026, 10, 9), 3, hearing_date="2026-11-02"))
    d = run(events, today=D(2026, 10, 9))["arbitration.hearing_notice"]
    assert (d.state, d.due) == (DeadlineState.RUNNING, D(2026, 10, 26))


@pytest.mark.parametrize("payload", [{}, {"hearing_date": ""}, {"hearing_date": "2026-13-01"},
                                     {"hearing_date": "下周一"}])
def test_missing_or_bad_anchor_skips_the_rule(payload):
    found = run([EventFact("hearing_scheduled", D(2026, 9, 21), 1, payload)], today=D(2026, 9, 21))
    assert "arbitration.hearing_notice" not in found


def test_listing_decision_runs_from_the_payment_deadline():
    # 45号令 Art. 8: 20 working days after the 9/18 payment deadline: 9/20 (调休) counted, 中秋 and
    # 国庆 skipped, 10/10 counted → 10/22
    order = ev(P.RECTIFICATION_ORDER_ISSUED, D(2026, 9, 10), 1, due_date="2026-09-18")
    found = run([order], today=D(2026, 9, 21), case_type=INSPECTION)
    assert found["blacklist.listing_decision"].due == D(2026, 10, 22)
    assert found["blacklist.listing_decision"].start == D(2026, 9, 18)
    # 条例 Art. 26: the payment deadline itself, a fact that never rolls
    assert found["inspection.payment_order"].due == D(2026, 9, 18)
    assert found["inspection.payment_order"].state is DeadlineState.OVERDUE


def test_payment_before_the_deadline_meets_both():
    # 45号令 Art. 7: paid before the decision → no listing; 条例 Art. 26 deadline kept
    events = [ev(P.RECTIFICATION_ORDER_ISSUED, D(2026, 9, 10), 1, due_date="2026-09-18"),
              ev(P.PAID, D(2026, 9, 15), 2)]
    found = run(events, today=D(2026, 9, 21), case_type=INSPECTION)
    assert found["blacklist.listing_decision"].state is DeadlineState.MET
    assert found["inspection.payment_order"].met_on == D(2026, 9, 15)


def test_listing_decision_extension():
    # 45号令 Art. 8: +20 working days with the department head's approval
    events = [ev(P.RECTIFICATION_ORDER_ISSUED, D(2026, 9, 10), 1, due_date="2026-09-18"),
              ev(P.LISTING_EXTENDED, D(2026, 10, 20), 2)]
    d = run(events, today=D(2026, 10, 20), case_type=INSPECTION)["blacklist.listing_decision"]
    assert d.extended and CAL.working_days_between(D(2026, 9, 18), d.due) == 40


# --- chained periods: the listing term and removal (45号令 Arts. 11, 17) ---------------------------

def test_listing_term_then_removal():
    decided = ev(P.LISTING_DECIDED, D(2026, 3, 16), 1)
    found = run([decided], today=D(2026, 3, 16), case_type=INSPECTION)
    term = found["blacklist.listing_term"]
    # Art. 11: 3 years from the decision; the end is a fact (roll none), so not provisional
    assert (term.due, term.provisional, term.days_left) == (D(2029, 3, 16), False, 1096)
    # Art. 17: removal within 10 working days after the term; 2029 has no data → weekends only
    removal = found["blacklist.removal_on_expiry"]
    assert removal.start == D(2029, 3, 16) and removal.due == D(2029, 3, 30)
    assert removal.provisional and removal.missing_years == (2029,)
    assert removal.trigger_name == "列入期限届满"
    assert "自列入期限届满之日起10个工作日" in removal.basis_text
    # removed on time: the removal period is met, the term too (with its date after the term)
    removed = ev(P.REMOVED_FROM_LIST, D(2029, 3, 20), 2)
    found = run([decided, removed], today=D(2029, 3, 20), case_type=INSPECTION)
    assert found["blacklist.removal_on_expiry"].state is DeadlineState.MET
    assert found["blacklist.listing_term"].state is DeadlineState.MET


def test_early_removal_ends_the_term_and_no_expiry_removal_follows():
    # 45号令 Arts. 12, 14, 17: early removal granted → removal within 10 working days of the grant
    events = [ev(P.LISTING_DECIDED, D(2026, 3, 16), 1), ev(P.EARLY_REMOVAL_APPLIED, D(2026, 9, 21), 2),
              ev(P.EARLY_REMOVAL_GRANTED, D(2026, 10, 9), 3)]
    found = run(events, today=D(2026, 10, 9), case_type=INSPECTION)
    assert found["blacklist.listing_term"].state is DeadlineState.MET
    assert found["blacklist.early_removal_decision"].state is DeadlineState.MET
    assert "blacklist.removal_on_expiry" not in found
    assert found["blacklist.removal_on_early_removal"].due == D(2026, 10, 22)  # 10/10 (调休) counted


def test_chains_in_a_cycle_are_skipped_not_looping():
    a = PeriodRule("t.a", "甲", "period:t.b", 5, PeriodUnit.WORKING_DAYS, "《测试》第一条")
    b = PeriodRule("t.b", "乙", "period:t.a", 5, PeriodUnit.WORKING_DAYS, "《测试》第二条")
    c = PeriodRule("t.c", "丙", "accepted;registered", 5, PeriodUnit.WORKING_DAYS, "《测试》第三条")
    d = PeriodRule("t.d", "丁", "period:t.c", 0, PeriodUnit.CALENDAR_DAYS, "《测试》第四条", roll=Roll.NONE)
    found = run([ev(P.ACCEPTED, D(2026, 3, 2))], today=D(2026, 3, 2), rules=[a, b, d, c])
    assert set(found) == {"t.c", "t.d"}
    assert found["t.d"].due == found["t.c"].due == D(2026, 3, 9)
    assert found["t.c"].trigger_name == "受理"


# --- which rules apply ------------------------------------------------------------------------------

def test_case_type_filters_rules():
    # acceptance events exist in both procedures; each case sees only its own catalogue rows
    events = [ev(EventKind.REGISTERED, D(2026, 3, 2)), ev(P.LEGAL_AID_REQUESTED, D(2026, 3, 2))]
    assert set(run(events, D(2026, 3, 2), INSPECTION)) == {"inspection.acceptance", "legal_aid.referral"}
    assert set(run(events, D(2026, 3, 2), ARBITRATION)) == {
        "arbitration.acceptance", "arbitration.supplement_notice", "legal_aid.referral"}


def test_rules_not_in_force_on_the_start_date_do_not_apply():
    # 45号令 is in force from 2022-01-01; a 2021 listing followed 人社部规〔2017〕16号
    found = run([ev(P.LISTING_DECIDED, D(2021, 6, 1))], today=D(2021, 6, 1), case_type=INSPECTION)
    assert "blacklist.listing_term" not in found
    assert run([ev(P.LISTING_DECIDED, D(2022, 1, 1))], today=D(2022, 1, 1),
               case_type=INSPECTION)["blacklist.listing_term"].due == D(2025, 1, 1)


def test_no_events_no_deadlines():
    assert run([], today=D(2026, 3, 2)) == {}


def test_sorted_unmet_by_due_then_paused_then_met():
    events = [ev(P.ACCEPTED, D(2026, 3, 2), 1), ev(P.APPLICATION_SERVED, D(2026, 3, 3), 2),
              ev(P.TRIBUNAL_NOTIFIED, D(2026, 3, 4), 3), ev(P.SUSPENDED, D(2026, 3, 5), 4),
              ev(P.DEFENCE_RECEIVED, D(2026, 3, 10), 5)]
    found = compute_deadlines(RULES, events, calendar=CAL, today=D(2026, 3, 10), case_type=ARBITRATION)
    assert [(d.rule.code, d.state) for d in found] == [
        ("arbitration.defence_copy", DeadlineState.RUNNING),  # due 3/17
        ("arbitration.time_limit", DeadlineState.PAUSED),
        ("arbitration.application_service", DeadlineState.MET),  # met 3/3
        ("arbitration.tribunal_notice", DeadlineState.MET),  # met 3/4
        ("arbitration.answer", DeadlineState.MET),  # met 3/10
    ]


# --- basis text -------------------------------------------------------------------------------------

def test_basis_text_reads_as_the_law():
    found = run([ev(P.ACCEPTED, D(2026, 3, 2))], today=D(2026, 3, 2))
    assert found["arbitration.time_limit"].basis_text == (
        "《中华人民共和国劳动争议调解仲裁法》第四十三条；《劳动人事争议仲裁办案规则》第四十五条、第四十六条、"
        "第八十条：自受理之日起45日（自然日，末日遇休息日顺延）；"
        "经仲裁委员会主任或其委托的仲裁院负责人批准可延长15日。")
    assert found["arbitration.tribunal_notice"].basis_text.endswith("：自受理之日起5个工作日。")
    term = run([ev(P.LISTING_DECIDED, D(2026, 3, 16))], D(2026, 3, 16), INSPECTION)["blacklist.listing_term"]
    assert "自作出列入决定之日起3年（届满之日不顺延）" in term.basis_text
    referral = run([ev(P.LEGAL_AID_REQUESTED, D(2026, 3, 4))], D(2026, 3, 4))["legal_aid.referral"]
    assert "提出法律援助申请当日" in referral.basis_text
    assert (referral.state, referral.days_left) == (DeadlineState.DUE_SOON, 0)


# --- the shipped catalogue (db/reference/periods.csv) -----------------------------------------------

EVENT_VALUES = {e.value for e in ProceduralEvent} | {e.value for e in EventKind}


def test_csv_header_is_the_contract():
    with open(CSV_PATH, encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == list(PERIOD_COLUMNS)


def test_catalogue_names_only_real_events_and_periods():
    codes = {r.code for r in RULES}
    for rule in RULES:
        for part in rule.triggers:
            if part.startswith(PERIOD_TRIGGER_PREFIX):
                assert part[len(PERIOD_TRIGGER_PREFIX):] in codes, rule.code
            else:
                assert part in EVENT_VALUES, (rule.code, part)
        for events in (rule.met_by, rule.suspended_by, rule.resumed_by, rule.restarted_by):
            assert set(events) <= EVENT_VALUES, rule.code
        assert not rule.extension_event or rule.extension_event in EVENT_VALUES
        assert rule.case_types <= {t.value for t in CaseType}


def test_catalogue_rows_are_complete_and_cited():
    for rule in RULES:
        assert "《" in rule.basis and ("条" in rule.basis or "号" in rule.basis), rule.code
        assert any("\u4e00" <= ch <= "\u9fff" for ch in rule.name), rule.code
        assert rule.duty is Duty.PARTY or rule.met_by, f"{rule.code}: an office duty must be metable"
        assert not rule.extension_length or rule.extension_approver, rule.code
        assert "河南" not in rule.note, "2010 Henan figures are notes elsewhere (decision 1)"
    assert len({r.name + str(sorted(r.case_types)) for r in RULES}) == len(RULES)


@pytest.mark.parametrize(("code", "length", "unit"), [
    ("inspection.acceptance", 5, PeriodUnit.WORKING_DAYS),  # 若干规定 Art. 18
    ("inspection.investigation", 60, PeriodUnit.WORKING_DAYS),  # 条例 Art. 17
    ("inspection.hearing_request", 5, PeriodUnit.WORKING_DAYS),  # 行政处罚法 Art. 64
    ("inspection.decision_service", 7, PeriodUnit.WORKING_DAYS),  # 行政处罚法 Art. 61
    ("arbitration.acceptance", 5, PeriodUnit.WORKING_DAYS),  # 办案规则 Art. 30
    ("arbitration.application_service", 5, PeriodUnit.WORKING_DAYS),  # 调解仲裁法 Art. 30
    ("arbitration.tribunal_notice", 5, PeriodUnit.WORKING_DAYS),  # 调解仲裁法 Art. 32
    ("arbitration.answer", 10, PeriodUnit.WORKING_DAYS),  # 调解仲裁法 Art. 30
    ("arbitration.defence_copy", 5, PeriodUnit.WORKING_DAYS),  # 调解仲裁法 Art. 30
    ("arbitration.hearing_notice", 5, PeriodUnit.WORKING_DAYS),  # 调解仲裁法 Art. 35
    ("arbitration.time_limit", 45, PeriodUnit.CALENDAR_DAYS),  # 办案规则 Arts. 45, 80
    ("arbitration.worker_suit", 15, PeriodUnit.CALENDAR_DAYS),  # 调解仲裁法 Art. 48
    ("arbitration.employer_set_aside", 30, PeriodUnit.CALENDAR_DAYS),  # 调解仲裁法 Art. 49
    ("blacklist.objection", 5, PeriodUnit.WORKING_DAYS),  # 45号令 Art. 6
    ("blacklist.verification", 5, PeriodUnit.WORKING_DAYS),  # 45号令 Art. 6
    ("blacklist.listing_decision", 20, PeriodUnit.WORKING_DAYS),  # 45号令 Art. 8
    ("blacklist.listing_term", 3, PeriodUnit.YEARS),  # 45号令 Art. 11
    ("blacklist.early_removal_decision", 15, PeriodUnit.WORKING_DAYS),  # 45号令 Art. 14
    ("blacklist.removal_on_expiry", 10, PeriodUnit.WORKING_DAYS),  # 45号令 Art. 17
    ("blacklist.removal_on_early_removal", 10, PeriodUnit.WORKING_DAYS),  # 45号令 Art. 17
    ("blacklist.removal_on_revocation", 10, PeriodUnit.WORKING_DAYS),  # 45号令 Art. 17
    ("legal_aid.referral", 0, PeriodUnit.CALENDAR_DAYS),  # 人社部发〔2020〕52号
    ("legal_aid.decision", 7, PeriodUnit.CALENDAR_DAYS),  # 法律援助法 Art. 43; decision 8
    ("legal_aid.assignment", 3, PeriodUnit.CALENDAR_DAYS),  # 法律援助法 Art. 43; decision 8
])
def test_catalogue_has_the_statutory_figures(code, length, unit):
    assert (BY_CODE[code].length, BY_CODE[code].unit) == (length, unit)


def test_catalogue_extensions_and_art_46_events():
    assert (BY_CODE["inspection.investigation"].extension_length,
            BY_CODE["inspection.investigation"].extension_event) == (30, "investigation_extended")
    tl = BY_CODE["arbitration.time_limit"]
    assert (tl.extension_length, tl.extension_event) == (15, "time_limit_extended")
    assert set(tl.suspended_by) == {"suspended", "public_notice_started"}
    assert set(tl.resumed_by) == {"resumed", "public_notice_ended"}
    assert set(tl.restarted_by) == {"party_joined", "supplement_completed", "claims_changed",
                                    "counterclaim_merged", "jurisdiction_transferred"}
    assert BY_CODE["blacklist.listing_decision"].extension_length == 20
    assert BY_CODE["blacklist.listing_term"].roll is Roll.NONE


def test_rows_round_trip():
    # storage writes rules back as rows (设置 edits): the CSV must survive parse + unparse exactly
    assert [period_rule_to_row(rule) for rule in RULES] == read_csv()
    assert load_period_rows([period_rule_to_row(r) for r in RULES]) == RULES


def test_typed_values_from_the_database_are_accepted():
    row = dict(read_csv()[0])
    typed = {**row, "before": False, "length": 5, "extension_length": 0, "effective_from": D(2022, 1, 1),
             "effective_to": None, "active": True, "case_types": "inspection"}
    [rule] = load_period_rows([typed])
    assert rule.length == 5 and rule.effective_from == D(2022, 1, 1) and not rule.before
    assert rule.in_force(D(2022, 1, 1)) and not rule.in_force(D(2021, 12, 31))


def _bad(**change):
    row = {**read_csv()[0], **change}
    with pytest.raises(RuleError) as err:
        load_period_rows([read_csv()[1], row])
    assert err.value.key == "periods.bad_row" and err.value.params["line"] == 3
    return message(err.value.key, **err.value.params)


@pytest.mark.parametrize(("change", "words"), [
    ({"length": "五"}, "“期限长度”应为不小于0的整数，现为“五”"),
    ({"length": "-1"}, "“期限长度”"),
    ({"length": ""}, "“期限长度”不能为空"),
    ({"unit": "weeks"}, "“计算单位”应为working_days/calendar_days/months/years之一"),
    ({"roll": "previous"}, "“末日顺延”"),
    ({"duty": "court"}, "“责任方”"),
    ({"trigger": "filed"}, "“起算事件”中的“filed”不是已知的程序事件"),
    ({"trigger": ""}, "“起算事件”不能为空"),
    ({"met_by": "accepted;award"}, "“完成事件”中的“award”"),
    ({"case_types": "mediation"}, "“适用案件类型”中的“mediation”"),
    ({"before": "yes"}, "“向前倒计”应为0或1"),
    ({"before": "1", "anchor": ""}, "“起算日期字段”不能为空"),
    ({"effective_from": "2022/1/1"}, "“生效日期”应为“2026-01-01”格式的日期"),
    ({"effective_from": "2023-01-01", "effective_to": "2022-01-01"}, "“失效日期”早于生效日期"),
    ({"extension_length": "30", "extension_event": ""}, "“延长事件”不能为空"),
    ({"basis": " "}, "“法律依据”不能为空"),
    ({"code": "inspection.investigation"}, "与第2行重复"),
    ({"trigger": "period:nowhere"}, "引用的期限nowhere不存在"),
])
def test_bad_rows_say_which_line_and_column(change, words):
    text = _bad(**change)
    assert text.startswith("期限目录第3行") and words in text, text


# --- properties -----------------------------------------------------------------------------------

calendar_rules = [r for r in RULES if r.unit is PeriodUnit.CALENDAR_DAYS and r.roll is Roll.NEXT_WORKING_DAY
                  and not r.anchor and not r.waits_for]


@settings(max_examples=300, deadline=None)
@given(rule=st.sampled_from(calendar_rules), start=st.dates(min_value=D(2022, 1, 1), max_value=D(2027, 12, 31)),
       pause=st.integers(min_value=0, max_value=40))
def test_calendar_period_due_is_never_a_rest_day(rule, start, pause):
    trigger = rule.triggers[0]
    events = [EventFact(trigger, start, 1)]
    if rule.suspended_by and pause:
        events += [EventFact(rule.suspended_by[0], start + timedelta(days=1), 2),
                   EventFact(rule.resumed_by[0], start + timedelta(days=1 + pause), 3)]
    case_type = min(rule.case_types) if rule.case_types else ARBITRATION
    [d] = [x for x in compute_deadlines([rule], events, calendar=CAL, today=start, case_type=case_type)]
    assert d.due is not None and CAL.is_working_day(d.due)
    assert d.due >= start + timedelta(days=rule.length + d.paused_days)


def test_a_party_window_nothing_closes_lapses_rather_than_runs_late():
    """调解仲裁法 Arts. 48-50: the 15 and 30 days to challenge an award are the parties' to use;
    once over they are 已届满, not 逾期 (an employer's 限期支付 stays overdue above)."""
    served = ev(P.AWARD_SERVED, D(2026, 3, 2), 1)
    found = run([served], today=D(2026, 4, 20))
    assert found["arbitration.worker_suit"].state is DeadlineState.LAPSED
    assert found["arbitration.employer_set_aside"].state is DeadlineState.LAPSED
    assert DeadlineState.LAPSED.label == "已届满"
