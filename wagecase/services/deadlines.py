"""Procedural events of a case and the deadlines they start (domain.periods).

The deadlines of one case are computed live from its events whenever a screen asks; a copy of
them is kept in case_deadlines so that 工作台 can list an officer's due items across all cases
in one SQL query. The copy is rewritten in the same unit of work as every event change, and for
all open cases when holidays or the period catalogue change (``recompute_all``).
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

from ..domain.calendar import WorkingCalendar
from ..domain.case import EVENT_ANCHORS, CaseType, ProceduralEvent, event_label
from ..domain.dates import format_date, parse_iso_date
from ..domain.language import day_text, translated
from ..domain.errors import FieldError, RuleError, ValidationFailed
from ..domain.periods import (
    Deadline,
    DeadlineState,
    Duty,
    EventFact,
    PeriodRule,
    PeriodUnit,
    compute_deadlines,
    lapsed_state,
)
from ..domain.permissions import Permission
from ..storage import deadline_queries as q
from ..storage.models import CaseEvent
from . import audit
from .context import ServiceContext, to_local
from .dto import Changes, DeadlineView, DueItemView, EventChoice, EventInput, EventView
from .permissions import requires
from .case_rows import lead_worker_text

DUE_SOON_SETTING = "deadline.due_soon_working_days"
DEFAULT_DUE_SOON = 3
RECOMPUTE_BATCH = 500
SUMMARY_MAX = 500

P = ProceduralEvent
_MEMBERS = list(ProceduralEvent)


def _span(first: ProceduralEvent, last: ProceduralEvent) -> tuple[ProceduralEvent, ...]:
    return tuple(_MEMBERS[_MEMBERS.index(first):_MEMBERS.index(last) + 1])


# The enum lists each procedure's steps in order; these spans cut it into the procedures.
_SHARED = _span(P.SUPPLEMENT_REQUESTED, P.PAID)
_INSPECTION = _span(P.CASE_OPENED, P.CASE_CLOSED)
_ARBITRATION = _span(P.APPLICATION_SERVED, P.AWARD_SERVED)
_BLACKLIST = _span(P.LISTING_NOTICE_SERVED, P.REMOVED_FROM_LIST)
_LEGAL_AID = _span(P.LEGAL_AID_REQUESTED, P.LAWYER_ASSIGNED)
_BY_CASE_TYPE = {
    CaseType.INSPECTION.value: _SHARED + _INSPECTION + _BLACKLIST + _LEGAL_AID,
    CaseType.ARBITRATION.value: _SHARED + _ARBITRATION + _LEGAL_AID,
}
ANCHORS = EVENT_ANCHORS
_PROCEDURAL = frozenset(m.value for m in ProceduralEvent)


def today_local(ctx: ServiceContext) -> date:
    return to_local(ctx.clock()).date()


def payload_dict(text: str | None) -> dict[str, str]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {str(k): v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for k, v in value.items()}


def facts_from_rows(rows) -> list[EventFact]:
    """EventFacts from rows with id, kind, event_date, payload (JSON text)."""
    return [EventFact(kind=r.kind, event_date=r.event_date, id=r.id, payload=payload_dict(r.payload))
            for r in rows]


class MemoCalendar(WorkingCalendar):
    """The same answers, remembered. Recomputing many cases asks the same few hundred questions
    over and over (every case counts its days left to the same today), and the plain calendar
    walks day by day: two years back is 730 steps per question."""

    def __init__(self, data) -> None:
        super().__init__(data)
        self._between: dict[tuple[date, date], int] = {}
        self._added: dict[tuple[date, int], object] = {}

    def working_days_between(self, a: date, b: date) -> int:
        key = (a, b)
        value = self._between.get(key)
        if value is None:
            value = self._between[key] = super().working_days_between(a, b)
        return value

    def add_working_days(self, start: date, n: int):
        key = (start, n)
        value = self._added.get(key)
        if value is None:
            value = self._added[key] = super().add_working_days(start, n)
        return value


def deadline_rows(case_id: int, deadlines: Sequence[Deadline]) -> list[dict]:
    return [{"case_id": case_id, "period_code": d.rule.code, "start_date": d.start, "due_date": d.due,
             "met_on": d.met_on, "provisional": d.provisional, "extended": d.extended}
            for d in deadlines]


def clock_inputs(ctx: ServiceContext) -> tuple[list[PeriodRule], WorkingCalendar, date]:
    """The period catalogue, the holiday calendar and today's local date: what ``recompute_case``
    needs. Read before opening a write unit of work (one short read each)."""
    from .reference import ReferenceService  # reference recomputes through this module

    ref = ReferenceService(ctx)
    return ref.period_rules(), ref.calendar(), today_local(ctx)


def recompute_case(session, case_id: int, rules: Sequence[PeriodRule], calendar: WorkingCalendar,
                   today: date) -> list[Deadline]:
    """Rewrite the stored deadlines of one case inside the caller's unit of work."""
    header = q.case_header(session, case_id)
    if header is None:
        raise RuleError("case.not_found", case_id=case_id)
    facts = facts_from_rows(q.event_facts(session, [case_id]))
    # the stored copy keeps dates, not states (those depend on the day it is read)
    deadlines = compute_deadlines(rules, facts, calendar=calendar, today=today, case_type=header.case_type)
    q.replace_deadlines(session, [case_id], deadline_rows(case_id, deadlines))
    return deadlines


def recompute_open_cases(session, rules: Sequence[PeriodRule], calendar: WorkingCalendar, today: date,
                         batch: int = RECOMPUTE_BATCH) -> int:
    """Rewrite the stored deadlines of every open case with events, ``batch`` cases per query,
    inside the caller's unit of work (so a holiday change and its recompute commit together)."""
    done, after = 0, 0
    if not isinstance(calendar, MemoCalendar):
        calendar = MemoCalendar(calendar.data)
    rules_of = {t: [r for r in rules if not r.case_types or t in r.case_types] for t in _BY_CASE_TYPE}
    while True:
        cases = q.open_cases_with_events(session, after, batch)
        if not cases:
            return done
        types = {c.id: c.case_type for c in cases}
        by_case: dict[int, list] = {cid: [] for cid in types}
        for r in q.event_facts(session, list(types)):
            by_case[r.case_id].append(r)
        rows: list[dict] = []
        for cid, events in by_case.items():
            rows.extend(deadline_rows(cid, compute_deadlines(
                rules_of.get(types[cid], rules), facts_from_rows(events), calendar=calendar, today=today,
                case_type=types[cid])))
        q.replace_deadlines(session, list(types), rows)
        done += len(cases)
        after = cases[-1].id


def days_text(state: str, days_left: int | None, unit: str, met_on: date | None) -> str:
    """剩余3个工作日 / 剩余12日 / 今日到期 / 逾期2个工作日 / 已届满5日 / 已于2026年3月2日完成 /
    中止期间不计算."""
    # shown on the screens: in their language when a view is read for them (ui.error_text)
    if state == DeadlineState.MET:
        return translated("已于{day}完成").format(day=day_text(met_on)) if met_on else translated("已完成")
    if state == DeadlineState.PAUSED:
        return translated("中止期间不计算")
    if days_left is None:
        return ""
    working = unit == "工作日"
    if days_left == 0:
        return translated("今日到期")
    if days_left > 0:
        return translated("剩余{days}个工作日" if working else "剩余{days}日").format(days=days_left)
    if state == DeadlineState.LAPSED:
        return translated("已届满{days}个工作日" if working else "已届满{days}日").format(days=-days_left)
    return translated("逾期{days}个工作日" if working else "逾期{days}日").format(days=-days_left)



def days_unit(rule: PeriodRule) -> str:
    # months and years count down in calendar days once the end date is known
    return "工作日" if rule.unit == PeriodUnit.WORKING_DAYS else "日"


def deadline_view(d: Deadline) -> DeadlineView:
    unit = days_unit(d.rule)
    state = DeadlineState(d.state)
    return DeadlineView(
        period_code=d.rule.code, name=d.rule.name, duty_label=d.rule.duty.label, start=d.start,
        due=d.due, due_text=day_text(d.due) if d.due else "—", days_left=d.days_left,
        days_unit=unit, days_text=days_text(state, d.days_left, unit, d.met_on), state=state.value,
        state_label=state.label, provisional=d.provisional, extended=d.extended, met_on=d.met_on,
        basis=d.rule.basis, basis_text=d.basis_text)


class DeadlineService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---- events ---------------------------------------------------------------------------

    def event_choices(self, case_type: str) -> list[EventChoice]:
        out = []
        for kind in _BY_CASE_TYPE.get(case_type, ()):
            anchor, anchor_label = ANCHORS.get(kind.value, ("", ""))
            out.append(EventChoice(kind=kind.value, label=kind.label, anchor=anchor, anchor_label=anchor_label))
        return out

    def events(self, case_id: int) -> list[EventView]:
        with self.ctx.uow.read() as uow:
            if q.case_header(uow.session, case_id) is None:
                raise RuleError("case.not_found", case_id=case_id)
            rows = q.case_events(uow.session, case_id)
            return [EventView(id=ev.id, kind=ev.kind, kind_label=event_label(ev.kind),
                              event_date=ev.event_date,
                              summary=ev.summary, payload=payload_dict(ev.payload), actor_name=actor or "",
                              editable=ev.kind in _PROCEDURAL)
                    for ev, actor in rows]

    @requires(Permission.RECORD_STEP)
    def add_event(self, case_id: int, data: EventInput) -> Changes:
        rules, calendar, today = self._clock_inputs()
        with self.ctx.uow.write() as uow:
            s = uow.session
            header = q.case_header(s, case_id)
            if header is None:
                raise RuleError("case.not_found", case_id=case_id)
            payload = self._validated(header, data, today)
            now = self.ctx.clock()
            ev = CaseEvent(case_id=case_id, kind=data.kind, occurred_at=now, event_date=data.event_date,
                           actor_id=self.ctx.user_id, summary=data.summary.strip(),
                           payload=audit.canonical_json(payload))
            s.add(ev)
            s.flush()
            audit.record(s, self.ctx.user_id, "case_event.add", "case_event", ev.id, case_id, None,
                         _snapshot(ev), now)
            recompute_case(s, case_id, rules, calendar, today)
            uow.commit()
        return Changes(case_ids=(case_id,))

    @requires(Permission.RECORD_STEP)
    def edit_event(self, event_id: int, data: EventInput) -> Changes:
        rules, calendar, today = self._clock_inputs()
        with self.ctx.uow.write() as uow:
            s = uow.session
            ev = self._procedural_event(s, event_id)
            header = q.case_header(s, ev.case_id)
            payload = self._validated(header, data, today)
            before = _snapshot(ev)
            ev.kind = data.kind
            ev.event_date = data.event_date
            ev.summary = data.summary.strip()
            ev.payload = audit.canonical_json(payload)
            s.flush()
            now = self.ctx.clock()
            audit.record(s, self.ctx.user_id, "case_event.edit", "case_event", ev.id, ev.case_id, before,
                         _snapshot(ev), now)
            recompute_case(s, ev.case_id, rules, calendar, today)
            case_id = ev.case_id
            uow.commit()
        return Changes(case_ids=(case_id,))

    @requires(Permission.RECORD_STEP)
    def remove_event(self, event_id: int) -> Changes:
        rules, calendar, today = self._clock_inputs()
        with self.ctx.uow.write() as uow:
            s = uow.session
            ev = self._procedural_event(s, event_id)
            case_id = ev.case_id
            before = _snapshot(ev)
            s.delete(ev)
            s.flush()
            audit.record(s, self.ctx.user_id, "case_event.remove", "case_event", event_id, case_id, before,
                         None, self.ctx.clock())
            recompute_case(s, case_id, rules, calendar, today)
            uow.commit()
        return Changes(case_ids=(case_id,))

    # ---- deadlines ------------------------------------------------------------------------

    def case_deadlines(self, case_id: int) -> list[DeadlineView]:
        rules, calendar, today = self._clock_inputs()
        with self.ctx.uow.read() as uow:
            header = q.case_header(uow.session, case_id)
            if header is None:
                raise RuleError("case.not_found", case_id=case_id)
            facts = facts_from_rows(q.event_facts(uow.session, [case_id]))
            due_soon = self._due_soon(uow.session)
        deadlines = compute_deadlines(rules, facts, calendar=calendar, today=today,
                                      case_type=header.case_type, due_soon_working_days=due_soon)
        return [deadline_view(d) for d in deadlines]

    def due_for_officer(self, user_id: int | None = None, limit: int = 200) -> list[DueItemView]:
        """Open deadlines of the officer's cases that are overdue or due soon, soonest first."""
        officer = user_id if user_id is not None else self.ctx.user_id
        if officer is None:
            return []
        rules, calendar, today = self._clock_inputs()
        by_code = {r.code: r for r in rules}
        with self.ctx.uow.read() as uow:
            due_soon = self._due_soon(uow.session)
            until = calendar.add_working_days(today, due_soon).date
            # a period we only watch stays on the list for as many working days after it ran out as
            # it was listed before: long enough to take the next step it calls for
            lapsed_before = calendar.subtract_working_days(today, due_soon).date
            rows = q.due_for_officer(uow.session, officer, until, limit,
                                     lapse_codes=[r.code for r in rules if r.duty != Duty.AGENCY],
                                     lapsed_before=lapsed_before)
        out = []
        for r in rows:
            rule = by_code.get(r.period_code)
            if rule is None:  # a period switched off in 设置 since the last recompute
                continue
            if r.due_date < today:
                state = lapsed_state(rule)
            else:
                state = DeadlineState.DUE_SOON
            if rule.unit == PeriodUnit.WORKING_DAYS:
                left = calendar.working_days_between(today, r.due_date)
            else:
                left = (r.due_date - today).days
            deadline = Deadline(rule=rule, start=r.start_date, due=r.due_date, state=state, days_left=left,
                                provisional=bool(r.provisional), extended=bool(r.extended))
            out.append(DueItemView(
                case_id=r.case_id, case_number=r.case_number,
                parties=parties_text(r.case_type, r.lead_worker_name, r.worker_count, bool(r.is_collective),
                                     r.employer_name),
                period_name=rule.name if rule.duty == Duty.AGENCY else f"{rule.name}（{rule.duty.label}）",
                due=r.due_date, due_text=day_text(r.due_date),
                days_text=days_text(state, left, days_unit(rule), None), state=state.value,
                state_label=state.label, provisional=bool(r.provisional), basis_text=deadline.basis_text))
        return out

    def recompute_all(self) -> int:
        """Rewrite stored deadlines of every open case (after holiday or catalogue changes)."""
        rules, calendar, today = self._clock_inputs()
        with self.ctx.uow.write() as uow:
            n = recompute_open_cases(uow.session, rules, calendar, today)
            uow.commit()
        return n

    # ---- helpers --------------------------------------------------------------------------

    def _clock_inputs(self) -> tuple[list[PeriodRule], WorkingCalendar, date]:
        return clock_inputs(self.ctx)

    @staticmethod
    def _due_soon(session) -> int:
        raw = q.setting_value(session, DUE_SOON_SETTING)
        try:
            value = int(str(raw).strip())
        except (TypeError, ValueError):
            return DEFAULT_DUE_SOON
        return value if 0 <= value <= 60 else DEFAULT_DUE_SOON

    @staticmethod
    def _procedural_event(session, event_id: int) -> CaseEvent:
        ev = q.event(session, event_id)
        if ev is None:
            raise RuleError("event.not_found", event_id=event_id)
        if ev.kind not in _PROCEDURAL:
            raise RuleError("event.not_editable", kind=event_label(ev.kind))
        return ev

    def _validated(self, header, data: EventInput, today: date) -> dict[str, str]:
        """The payload to store; FieldErrors for everything the officer must fix."""
        errors: list[FieldError] = []
        allowed = {k.value for k in _BY_CASE_TYPE.get(header.case_type, ())}
        if not data.kind:
            errors.append(FieldError("kind", "required"))
        elif data.kind not in _PROCEDURAL:
            errors.append(FieldError("kind", "event.kind_unknown", {"kind": data.kind}))
        elif data.kind not in allowed:
            errors.append(FieldError("kind", "event.kind_not_for_case_type", {
                "kind": event_label(data.kind), "case_type": CaseType(header.case_type).label}))
        if data.event_date is None:
            errors.append(FieldError("event_date", "required"))
        elif data.event_date > today:
            errors.append(FieldError("event_date", "event.date_future", {
                "date": format_date(data.event_date), "today": format_date(today)}))
        elif data.event_date < header.received_date:
            errors.append(FieldError("event_date", "event.date_before_received", {
                "date": format_date(data.event_date), "received": format_date(header.received_date)}))
        payload: dict[str, str] = {}
        anchor = ANCHORS.get(data.kind)
        if anchor is not None:
            key, label = anchor
            raw = (data.payload or {}).get(key)
            raw = raw.isoformat() if isinstance(raw, date) else str(raw or "").strip()
            value = parse_iso_date(raw)
            field = f"payload.{key}"
            if not raw:
                errors.append(FieldError(field, "event.anchor_missing", {"label": label}))
            elif value is None:
                errors.append(FieldError(field, "event.anchor_invalid", {"label": label, "text": raw}))
            elif data.event_date is not None and value < data.event_date:
                errors.append(FieldError(field, "event.anchor_before_event", {
                    "label": label, "date": format_date(value), "event_date": format_date(data.event_date)}))
            else:
                payload[key] = value.isoformat()
        if len(data.summary or "") > SUMMARY_MAX:
            errors.append(FieldError("summary", "event.summary_too_long", {
                "max": SUMMARY_MAX, "length": len(data.summary)}))
        if errors:
            raise ValidationFailed(errors)
        return payload


def parties_text(case_type: str, lead: str, count: int, collective: bool, employer: str) -> str:
    """张三等5人 诉 河南某建设有限公司 (诉 for arbitration, 投诉 for inspection)."""
    who = lead_worker_text(lead, count, collective)
    verb = "诉" if case_type == CaseType.ARBITRATION.value else "投诉"
    return f"{who} {verb} {employer}" if employer else who


def _snapshot(ev: CaseEvent) -> dict:
    return {"case_id": ev.case_id, "kind": ev.kind, "event_date": ev.event_date.isoformat(),
            "summary": ev.summary, "payload": payload_dict(ev.payload)}
