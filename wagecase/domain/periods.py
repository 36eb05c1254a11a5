"""Statutory periods as data, and the deadlines they give a case.

A ``PeriodRule`` is one row of the catalogue (db/reference/periods.csv, editable in 设置): the
event that starts it, its length and unit, how its end rolls, its extension, and the events that
meet, pause or restart it (办案规则 Art. 46). ``compute_deadlines`` turns a case's dated events
into ``Deadline`` values; it is pure, so the services recompute whenever an event changes.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TypeVar

from .calendar import DateResult, WorkingCalendar
from .case import CaseType, EventKind, ProceduralEvent, event_label
from .errors import RuleError


class PeriodUnit(StrEnum):
    WORKING_DAYS = "working_days"
    CALENDAR_DAYS = "calendar_days"
    MONTHS = "months"
    YEARS = "years"

    @property
    def label(self) -> str:
        return {"working_days": "工作日", "calendar_days": "日", "months": "个月", "years": "年"}[self.value]


_UNIT_WORDS = {"working_days": "个工作日", "calendar_days": "日", "months": "个月", "years": "年"}


def length_text(length: int, unit: str) -> str:
    """A period's length as documents, reports and the guide print it: 5个工作日, 45日, 3年.

    >>> length_text(30, "working_days"), length_text(15, PeriodUnit.CALENDAR_DAYS)
    ('30个工作日', '15日')
    """
    return f"{length}{_UNIT_WORDS.get(unit, unit)}"


class Roll(StrEnum):
    """What happens when the last day is a rest day (民事诉讼法 Art. 85; 民法典 Art. 203)."""

    NEXT_WORKING_DAY = "next_working_day"
    NONE = "none"  # e.g. the end of a listing term: a fact, not a time to act


class Duty(StrEnum):
    """Whose period it is: ours (the office must act), or a party's or another authority's (the
    police deciding on 立案, a legal-aid centre deciding on aid): those we only watch."""

    AGENCY = "agency"
    PARTY = "party"
    OTHER_AUTHORITY = "other_authority"

    @property
    def label(self) -> str:
        return {"agency": "本机关", "party": "当事人", "other_authority": "其他机关"}[self.value]


class DeadlineState(StrEnum):
    RUNNING = "running"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    MET = "met"
    PAUSED = "paused"  # an open suspension (中止) or public-notice service: not counted now
    LAPSED = "lapsed"  # a party's period ran out unused (起诉期限, 异议期限): nobody is late

    @property
    def label(self) -> str:
        return {"running": "进行中", "due_soon": "即将到期", "overdue": "已逾期", "met": "已完成",
                "paused": "已中止计算", "lapsed": "已届满"}[self.value]


PERIOD_TRIGGER_PREFIX = "period:"  # a trigger "period:CODE" starts when period CODE ends


@dataclass(frozen=True)
class PeriodRule:
    """One statutory period. ``trigger``/``met_by``/... are ``ProceduralEvent`` (or EventKind)
    values; ``anchor`` names a payload date of the trigger event used instead of its
    ``event_date`` (``due_date`` of a 限期改正指令书, ``hearing_date`` of a scheduled hearing).
    ``before`` counts backwards from the anchor (the hearing notice goes out 5 working days
    *before* the hearing). ``case_types`` empty means every case type.
    """

    code: str
    name: str
    trigger: str
    length: int
    unit: PeriodUnit
    basis: str  # law + article, e.g. 《劳动人事争议仲裁办案规则》第四十五条
    duty: Duty = Duty.AGENCY
    case_types: frozenset[str] = frozenset()
    anchor: str = ""
    before: bool = False
    roll: Roll = Roll.NEXT_WORKING_DAY
    met_by: tuple[str, ...] = ()
    extension_length: int = 0
    extension_event: str = ""
    extension_approver: str = ""
    suspended_by: tuple[str, ...] = ()
    resumed_by: tuple[str, ...] = ()
    restarted_by: tuple[str, ...] = ()
    effective_from: date | None = None
    effective_to: date | None = None
    note: str = ""

    @property
    def triggers(self) -> tuple[str, ...]:
        """The ';'-joined ``trigger`` as a tuple: any of them starts the period."""
        return tuple(t.strip() for t in self.trigger.split(";") if t.strip())

    @property
    def waits_for(self) -> tuple[str, ...]:
        """Codes of the periods whose end starts this one (``period:CODE`` triggers)."""
        n = len(PERIOD_TRIGGER_PREFIX)
        return tuple(t[n:] for t in self.triggers if t.startswith(PERIOD_TRIGGER_PREFIX))

    def in_force(self, on: date) -> bool:
        return ((self.effective_from is None or self.effective_from <= on)
                and (self.effective_to is None or on <= self.effective_to))


@dataclass(frozen=True)
class EventFact:
    """A case event as the rules see it."""

    kind: str
    event_date: date
    id: int = 0  # orders same-day events: later id = later
    payload: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Deadline:
    rule: PeriodRule
    start: date  # the day counting starts from (excluded), after restarts
    due: date | None  # None while paused
    state: DeadlineState
    days_left: int | None  # in ``rule.unit`` days (working days for working-day periods); negative = overdue
    provisional: bool = False
    missing_years: tuple[int, ...] = ()
    extended: bool = False
    paused_days: int = 0  # days not counted because of suspension / public notice
    met_on: date | None = None
    trigger_name: str = ""  # what started it, in Chinese: 受理, 列入期限届满...
    restarted_by_name: str = ""  # the step that restarted it (办案规则 Art. 46), if any
    paused_since: date | None = None  # start of the open suspension while PAUSED

    @property
    def basis_text(self) -> str:
        """What the UI shows on hover: the law, the length, the unit and any extension.

        >>> rule = PeriodRule("arbitration.time_limit", "审理期限", "accepted", 45,
        ...                   PeriodUnit.CALENDAR_DAYS, "《劳动人事争议仲裁办案规则》第四十五条",
        ...                   extension_length=15, extension_event="time_limit_extended")
        >>> Deadline(rule, date(2026, 12, 1), date(2027, 2, 1), DeadlineState.RUNNING, 40,
        ...          provisional=True, missing_years=(2027,), extended=True, paused_days=12,
        ...          trigger_name="受理").basis_text
        '《劳动人事争议仲裁办案规则》第四十五条：自受理之日起45日（自然日，末日遇休息日顺延）；经批准可延长15日。已延长。中止期间12日不计入。2027年节假日安排尚未录入，按周末推算，日期暂定。'
        """
        rule = self.rule
        parts = [f"{rule.basis}：{self._span_text()}"]
        if rule.extension_length:
            approver = rule.extension_approver
            parts.append(f"；经{approver}批准可延长{rule.extension_length}{_unit_word(rule.unit)}")
        parts.append("。")
        if self.restarted_by_name:
            parts.append(f"因{self.restarted_by_name}，自该日起重新计算。")
        if self.extended:
            parts.append("已延长。")
        if self.paused_days:
            word = "个工作日" if rule.unit is PeriodUnit.WORKING_DAYS else "日"
            parts.append(f"中止期间{self.paused_days}{word}不计入。")
        if self.state is DeadlineState.PAUSED:
            parts.append("目前处于中止状态，期限暂停计算。")
        if self.missing_years:
            years = "、".join(str(y) for y in self.missing_years)
            parts.append(f"{years}年节假日安排尚未录入，按周末推算，日期暂定。")
        return "".join(parts)

    def _span_text(self) -> str:
        rule = self.rule
        origin = self.trigger_name or _trigger_label(rule)
        if rule.anchor:
            origin = _ANCHOR_LABELS.get(rule.anchor, rule.anchor)
        if rule.before:
            return f"{origin}前{rule.length}{_unit_word(rule.unit)}"
        if rule.length == 0:
            return f"{origin}当日"
        return f"自{origin}之日起{rule.length}{_unit_word(rule.unit)}{_roll_text(rule)}"


_ANCHOR_LABELS = {"due_date": "限期支付期限届满", "hearing_date": "开庭日"}


def _unit_word(unit: PeriodUnit) -> str:
    return {PeriodUnit.WORKING_DAYS: "个工作日", PeriodUnit.CALENDAR_DAYS: "日",
            PeriodUnit.MONTHS: "个月", PeriodUnit.YEARS: "年"}[unit]


def _roll_text(rule: PeriodRule) -> str:
    if rule.unit is PeriodUnit.WORKING_DAYS:
        return ""
    kind = "（自然日，" if rule.unit is PeriodUnit.CALENDAR_DAYS else "（"
    if rule.roll is Roll.NONE:
        return kind + "届满之日不顺延）"
    return kind + "末日遇休息日顺延）"


def _trigger_label(rule: PeriodRule) -> str:
    return "或".join(event_label(k) for k in rule.triggers)


# ---- computing ----------------------------------------------------------------------------

_Key = tuple[date, int]


def _key(e: EventFact) -> _Key:
    return (e.event_date, e.id)


@dataclass(frozen=True)
class _Start:
    base: date  # counting starts the day after (or, for ``before``, ends the days before)
    origin: _Key  # events must come at or after this to meet, extend, pause or restart
    origin_event: EventFact | None
    trigger_name: str


def compute_deadlines(rules: Sequence[PeriodRule], events: Sequence[EventFact], *,
                      calendar: WorkingCalendar, today: date, case_type: str,
                      due_soon_working_days: int = 3) -> list[Deadline]:
    """Every deadline the events have started, ordered by due date (paused last).

    Unmet deadlines come first by due date, then paused ones, then met ones. Never raises for
    odd data: a rule whose anchor date is missing or unreadable, or that depends on itself
    through ``period:`` triggers, is left out.
    """
    ordered = sorted(events, key=_key)
    found: dict[str, Deadline] = {}
    for rule in _dependency_order(rules):
        if rule.case_types and case_type not in rule.case_types:
            continue
        deadline = _compute_one(rule, ordered, found, calendar, today, due_soon_working_days)
        if deadline is not None:
            found[rule.code] = deadline
    return sorted(found.values(), key=_order)


def _order(d: Deadline) -> tuple[int, date, str]:
    if d.state is DeadlineState.MET:
        return (2, d.met_on or date.max, d.rule.code)
    if d.state is DeadlineState.PAUSED or d.due is None:
        return (1, d.paused_since or date.max, d.rule.code)
    if d.state is DeadlineState.LAPSED:  # nothing to do: after what still runs
        return (1, d.due, d.rule.code)
    return (0, d.due, d.rule.code)


def _dependency_order(rules: Sequence[PeriodRule]) -> list[PeriodRule]:
    """Rules with ``period:`` triggers after the rules they wait for; rules in a cycle dropped."""
    by_code = {r.code: r for r in rules}
    done: dict[str, bool] = {}  # code -> usable (False: part of, or waits on, a cycle)
    visiting: set[str] = set()
    out: list[PeriodRule] = []

    def visit(rule: PeriodRule) -> bool:
        if rule.code in done:
            return done[rule.code]
        if rule.code in visiting:
            return False
        visiting.add(rule.code)
        ok = True
        for code in rule.waits_for:
            other = by_code.get(code)
            if other is not None and not visit(other):
                ok = False
        visiting.discard(rule.code)
        done[rule.code] = ok
        if ok:
            out.append(rule)
        return ok

    for rule in rules:
        visit(rule)
    return out


def _find_start(rule: PeriodRule, ordered: Sequence[EventFact],
                found: Mapping[str, Deadline]) -> _Start | None:
    for code in rule.waits_for:
        other = found.get(code)
        if other is None or other.due is None:
            continue
        if other.met_on is not None and other.met_on <= other.due:
            continue  # ended early (提前移出, 撤销): the expiry never came
        # Known is enough: the services store a copy of the deadlines and only refresh it when
        # events change, so a chained period must not wait for ``today`` to pass the expiry.
        # id -1: any event dated on the expiry day itself already comes after it
        return _Start(other.due, (other.due, -1), None, f"{other.rule.name}届满")
    kinds = set(rule.triggers)
    starters = [e for e in ordered if e.kind in kinds]
    if not starters:
        return None
    event = starters[-1]
    base = event.event_date
    if rule.anchor:
        anchor = _payload_date(event.payload.get(rule.anchor))
        if anchor is None:
            return None
        base = anchor
    return _Start(base, _key(event), event, event_label(event.kind))


def _payload_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _compute_one(rule: PeriodRule, ordered: Sequence[EventFact], found: Mapping[str, Deadline],
                 calendar: WorkingCalendar, today: date, due_soon: int) -> Deadline | None:
    start = _find_start(rule, ordered, found)
    if start is None or not rule.in_force(start.base):
        return None
    origin, origin_event, base = start.origin, start.origin_event, start.base

    def after(e: EventFact) -> bool:
        return e is not origin_event and _key(e) >= origin

    restarted_by_name = ""
    if rule.restarted_by and not rule.before:
        restarts = [e for e in ordered if e.kind in rule.restarted_by and after(e)]
        if restarts:
            last = restarts[-1]
            origin, origin_event, base = _key(last), last, last.event_date
            restarted_by_name = event_label(last.kind)
    later = [e for e in ordered if after(e)]
    met = next((e for e in later if e.kind in rule.met_by), None)
    extended = bool(rule.extension_length and rule.extension_event
                    and any(e.kind == rule.extension_event for e in later))
    length = rule.length + (rule.extension_length if extended else 0)

    intervals, open_since = _suspensions(rule, later)
    paused_days = 0
    if rule.before:
        result = _count_back(rule, calendar, base, length)
        if result is None:
            return None
        open_since = None  # a notice deadline before a hearing is not suspended
    else:
        result = _count_forward(rule, calendar, base, length, 0)
        for since, until in intervals:
            if since > result.date:
                break  # suspended after the period had already run out: nothing left to pause
            paused_days += (calendar.working_days_between(since, until)
                            if rule.unit is PeriodUnit.WORKING_DAYS else (until - since).days)
            result = _count_forward(rule, calendar, base, length, paused_days)
    common = dict(rule=rule, start=base, extended=extended, paused_days=paused_days,
                  trigger_name=start.trigger_name, restarted_by_name=restarted_by_name,
                  provisional=result.provisional, missing_years=result.missing_years)
    if met is not None:
        return Deadline(due=result.date, state=DeadlineState.MET, days_left=None,
                        met_on=met.event_date, **common)
    if open_since is not None and open_since <= result.date:
        return Deadline(due=None, state=DeadlineState.PAUSED, days_left=None,
                        paused_since=open_since, provisional=False, missing_years=(),
                        **{k: v for k, v in common.items()
                           if k not in ("provisional", "missing_years")})
    due = result.date
    working_left = calendar.working_days_between(today, due)
    days_left = working_left if rule.unit is PeriodUnit.WORKING_DAYS else (due - today).days
    if today > due:
        state = lapsed_state(rule)
    elif working_left <= due_soon:
        state = DeadlineState.DUE_SOON
    else:
        state = DeadlineState.RUNNING
    return Deadline(due=due, state=state, days_left=days_left, **common)


def lapsed_state(rule: PeriodRule) -> DeadlineState:
    """Past its due date unmet. A party's window that no step of ours closes (起诉期限, 申请撤销
    裁决期限: nothing in the case records a suit) has merely run out: a worker who did not sue
    within 15 days is not 逾期. Everything else is late: our duty, another authority's, or a
    party's obligation the case waits for (限期支付)."""
    if rule.duty == Duty.PARTY and not rule.met_by:
        return DeadlineState.LAPSED
    return DeadlineState.OVERDUE


def _suspensions(rule: PeriodRule, later: Sequence[EventFact]
                 ) -> tuple[list[tuple[date, date]], date | None]:
    """Closed (suspended, resumed) intervals and the start of one still open (办案规则 Art. 46)."""
    intervals: list[tuple[date, date]] = []
    open_since: date | None = None
    if not rule.suspended_by:
        return intervals, None
    for e in later:
        if open_since is None and e.kind in rule.suspended_by:
            open_since = e.event_date
        elif open_since is not None and e.kind in rule.resumed_by:
            intervals.append((open_since, e.event_date))
            open_since = None
    return intervals, open_since


def _count_forward(rule: PeriodRule, calendar: WorkingCalendar, base: date, length: int,
                   paused: int) -> DateResult:
    roll = rule.roll is Roll.NEXT_WORKING_DAY
    if rule.unit is PeriodUnit.WORKING_DAYS:
        return calendar.add_working_days(base, length + paused)
    if rule.unit is PeriodUnit.CALENDAR_DAYS:
        if roll:
            return calendar.add_calendar_days(base, length + paused)
        return DateResult(base + timedelta(days=length + paused))
    months = length * (12 if rule.unit is PeriodUnit.YEARS else 1)
    end = calendar.add_months(base, months, roll=False).date + timedelta(days=paused)
    return calendar.roll_forward(end) if roll else DateResult(end)


def _count_back(rule: PeriodRule, calendar: WorkingCalendar, anchor: date,
                length: int) -> DateResult | None:
    if rule.unit is PeriodUnit.WORKING_DAYS:
        return calendar.subtract_working_days(anchor, length)
    if rule.unit is PeriodUnit.CALENDAR_DAYS:
        return calendar.subtract_calendar_days(anchor, length,
                                               roll=rule.roll is Roll.NEXT_WORKING_DAY)
    return None  # months/years before an anchor: not a period the law has


# ---- the catalogue as rows (db/reference/periods.csv and the statutory_periods table) -----

PERIOD_COLUMNS: tuple[str, ...] = (
    "code", "name", "case_types", "trigger", "anchor", "before", "length", "unit", "roll", "duty",
    "met_by", "extension_length", "extension_event", "extension_approver", "suspended_by",
    "resumed_by", "restarted_by", "basis", "effective_from", "effective_to", "note",
)

PERIOD_COLUMN_LABELS = {
    "code": "代码", "name": "名称", "case_types": "适用案件类型", "trigger": "起算事件",
    "anchor": "起算日期字段", "before": "向前倒计", "length": "期限长度", "unit": "计算单位",
    "roll": "末日顺延", "duty": "责任方", "met_by": "完成事件", "extension_length": "可延长期限",
    "extension_event": "延长事件", "extension_approver": "延长批准人", "suspended_by": "中止事件",
    "resumed_by": "恢复事件", "restarted_by": "重新计算事件", "basis": "法律依据",
    "effective_from": "生效日期", "effective_to": "失效日期", "note": "说明",
}

KNOWN_EVENTS: frozenset[str] = frozenset(e.value for e in ProceduralEvent) | frozenset(
    e.value for e in EventKind)


class _BadValue(Exception):
    def __init__(self, column: str, reason: str) -> None:
        super().__init__(reason)
        self.column = column
        self.reason = reason


def load_period_rows(rows: Iterable[Mapping[str, object]], *, first_line: int = 2
                     ) -> list[PeriodRule]:
    """Parse catalogue rows (CSV strings, or typed values from the database) into rules.

    ``first_line`` numbers the first row in messages (2: the line after a CSV header). Raises
    RuleError("periods.bad_row", line=..., reason=...) with a Chinese reason naming the column.

    >>> rules = load_period_rows([{"code": "x.accept", "name": "受理审查期限", "trigger": "registered",
    ...     "length": "5", "unit": "working_days", "basis": "《若干规定》第十八条",
    ...     "met_by": "accepted;rejected"}])
    >>> rules[0].met_by, rules[0].unit.label
    (('accepted', 'rejected'), '工作日')
    >>> load_period_rows([{"code": "x", "name": "x", "trigger": "registered", "length": "五",
    ...     "unit": "working_days", "basis": "b"}])
    Traceback (most recent call last):
    wagecase.domain.errors.RuleError: periods.bad_row
    """
    rules: list[PeriodRule] = []
    lines: dict[str, int] = {}
    for line, row in enumerate(rows, start=first_line):
        try:
            rule = _parse_row(row)
        except _BadValue as bad:
            raise RuleError("periods.bad_row", line=line, code=_text(row.get("code")),
                            reason=f"“{PERIOD_COLUMN_LABELS[bad.column]}”{bad.reason}") from None
        if rule.code in lines:
            raise RuleError("periods.bad_row", line=line, code=rule.code,
                            reason=f"“代码”{rule.code}与第{lines[rule.code]}行重复")
        lines[rule.code] = line
        rules.append(rule)
    for rule in rules:
        for code in rule.waits_for:
            if code not in lines or code == rule.code:
                raise RuleError("periods.bad_row", line=lines[rule.code], code=rule.code,
                                reason=f"“起算事件”引用的期限{code}不存在或就是本期限")
    return rules


def period_rule_to_row(rule: PeriodRule) -> dict[str, str]:
    """The inverse of ``load_period_rows``: every column as a string, in CSV form."""
    case_types = [t.value for t in CaseType if t.value in rule.case_types]
    case_types += sorted(rule.case_types - set(case_types))
    return {
        "code": rule.code, "name": rule.name, "case_types": ";".join(case_types),
        "trigger": rule.trigger, "anchor": rule.anchor, "before": "1" if rule.before else "0",
        "length": str(rule.length), "unit": rule.unit.value, "roll": rule.roll.value,
        "duty": rule.duty.value, "met_by": ";".join(rule.met_by),
        "extension_length": str(rule.extension_length), "extension_event": rule.extension_event,
        "extension_approver": rule.extension_approver,
        "suspended_by": ";".join(rule.suspended_by), "resumed_by": ";".join(rule.resumed_by),
        "restarted_by": ";".join(rule.restarted_by), "basis": rule.basis,
        "effective_from": rule.effective_from.isoformat() if rule.effective_from else "",
        "effective_to": rule.effective_to.isoformat() if rule.effective_to else "",
        "note": rule.note,
    }


def _parse_row(row: Mapping[str, object]) -> PeriodRule:
    code = _required(row, "code")
    if any(c.isspace() for c in code) or ";" in code:
        raise _BadValue("code", f"“{code}”不能含空格或分号")
    trigger_parts = _list(row, "trigger")
    if not trigger_parts:
        raise _BadValue("trigger", "不能为空")
    for part in trigger_parts:
        if part.startswith(PERIOD_TRIGGER_PREFIX):
            if not part[len(PERIOD_TRIGGER_PREFIX):]:
                raise _BadValue("trigger", f"“{part}”缺少期限代码")
        elif part not in KNOWN_EVENTS:
            raise _BadValue("trigger", f"中的“{part}”不是已知的程序事件")
    unit = _choice(row, "unit", PeriodUnit, None)
    roll = _choice(row, "roll", Roll, Roll.NEXT_WORKING_DAY)
    duty = _choice(row, "duty", Duty, Duty.AGENCY)
    before = _bool(row, "before")
    anchor = _text(row.get("anchor"))
    if before and not anchor:
        raise _BadValue("anchor", "不能为空：向前倒计的期限须指明从哪个日期倒计")
    if before and unit not in (PeriodUnit.WORKING_DAYS, PeriodUnit.CALENDAR_DAYS):
        raise _BadValue("unit", "向前倒计的期限只能按工作日或自然日计算")
    extension_length = _int(row, "extension_length")
    extension_event = _text(row.get("extension_event"))
    if extension_event and extension_event not in KNOWN_EVENTS:
        raise _BadValue("extension_event", f"“{extension_event}”不是已知的程序事件")
    if extension_length and not extension_event:
        raise _BadValue("extension_event", "不能为空：可延长的期限须指明延长事件")
    case_types = frozenset(_list(row, "case_types"))
    known_types = {t.value for t in CaseType}
    for t in sorted(case_types - known_types):
        raise _BadValue("case_types", f"中的“{t}”不是已知的案件类型（{'、'.join(sorted(known_types))}）")
    effective_from = _date(row, "effective_from")
    effective_to = _date(row, "effective_to")
    if effective_from and effective_to and effective_to < effective_from:
        raise _BadValue("effective_to", "早于生效日期")
    return PeriodRule(
        code=code, name=_required(row, "name"), trigger=";".join(trigger_parts),
        length=_int(row, "length", required=True), unit=unit, basis=_required(row, "basis"),
        duty=duty, case_types=case_types, anchor=anchor, before=before, roll=roll,
        met_by=_events(row, "met_by"), extension_length=extension_length,
        extension_event=extension_event, extension_approver=_text(row.get("extension_approver")),
        suspended_by=_events(row, "suspended_by"), resumed_by=_events(row, "resumed_by"),
        restarted_by=_events(row, "restarted_by"), effective_from=effective_from,
        effective_to=effective_to, note=_text(row.get("note")),
    )


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _required(row: Mapping[str, object], column: str) -> str:
    value = _text(row.get(column))
    if not value:
        raise _BadValue(column, "不能为空")
    return value


def _list(row: Mapping[str, object], column: str) -> tuple[str, ...]:
    value = row.get(column)
    if value is None:
        return ()
    items = value.split(";") if isinstance(value, str) else [str(v) for v in value]  # type: ignore[attr-defined]
    return tuple(dict.fromkeys(i.strip() for i in items if i.strip()))


def _events(row: Mapping[str, object], column: str) -> tuple[str, ...]:
    items = _list(row, column)
    for item in items:
        if item not in KNOWN_EVENTS:
            raise _BadValue(column, f"中的“{item}”不是已知的程序事件")
    return items


def _int(row: Mapping[str, object], column: str, *, required: bool = False) -> int:
    value = row.get(column)
    if isinstance(value, bool):
        raise _BadValue(column, "应为整数")
    if isinstance(value, int):
        number = value
    else:
        text = _text(value)
        if not text:
            if required:
                raise _BadValue(column, "不能为空")
            return 0
        if not text.isascii() or not text.isdigit():
            raise _BadValue(column, f"应为不小于0的整数，现为“{text}”")
        number = int(text)
    if not 0 <= number <= 100000:
        raise _BadValue(column, f"应为不小于0的整数，现为{number}")
    return number


def _bool(row: Mapping[str, object], column: str) -> bool:
    value = row.get(column)
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    text = _text(value).lower()
    if text in ("", "0", "false", "否"):
        return False
    if text in ("1", "true", "是"):
        return True
    raise _BadValue(column, f"应为0或1，现为“{_text(value)}”")


_E = TypeVar("_E", bound=StrEnum)


def _choice(row: Mapping[str, object], column: str, enum: type[_E], default: _E | None) -> _E:
    text = _text(row.get(column))
    if not text and default is not None:
        return default
    try:
        return enum(text)
    except ValueError:
        allowed = "/".join(m.value for m in enum)
        raise _BadValue(column, f"应为{allowed}之一，现为“{text}”") from None


def _date(row: Mapping[str, object], column: str) -> date | None:
    value = row.get(column)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(value)
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise _BadValue(column, f"应为“2026-01-01”格式的日期，现为“{text}”") from None
