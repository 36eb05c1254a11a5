"""Statutory periods as data, and the deadlines they give a case.

A ``PeriodRule`` is one row of the catalogue (db/reference/periods.csv, editable in 设置): the
event that starts it, its length and unit, how its end rolls, its extension, and the events that
meet, pause or restart it (办案规则 Art. 46). ``compute_deadlines`` turns a case's dated events
into ``Deadline`` values; it is pure, so the services recompute whenever an event changes.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from .calendar import WorkingCalendar


class PeriodUnit(StrEnum):
    WORKING_DAYS = "working_days"
    CALENDAR_DAYS = "calendar_days"
    MONTHS = "months"
    YEARS = "years"

    @property
    def label(self) -> str:
        return {"working_days": "工作日", "calendar_days": "日", "months": "个月", "years": "年"}[self.value]


class Roll(StrEnum):
    """What happens when the last day is a rest day (民事诉讼法 Art. 85; 民法典 Art. 203)."""

    NEXT_WORKING_DAY = "next_working_day"
    NONE = "none"  # e.g. the end of a listing term: a fact, not a time to act


class Duty(StrEnum):
    """Whose period it is: ours (the office must act) or a party's (we only watch it)."""

    AGENCY = "agency"
    PARTY = "party"

    @property
    def label(self) -> str:
        return {"agency": "本机关", "party": "当事人"}[self.value]


class DeadlineState(StrEnum):
    RUNNING = "running"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    MET = "met"
    PAUSED = "paused"  # an open suspension (中止) or public-notice service: not counted now

    @property
    def label(self) -> str:
        return {"running": "进行中", "due_soon": "即将到期", "overdue": "已逾期", "met": "已完成",
                "paused": "已中止计算"}[self.value]


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

    @property
    def basis_text(self) -> str:
        """What the UI shows on hover: the law, the length, the unit and any extension."""
        raise NotImplementedError


def compute_deadlines(rules: Sequence[PeriodRule], events: Sequence[EventFact], *,
                      calendar: WorkingCalendar, today: date, case_type: str,
                      due_soon_working_days: int = 3) -> list[Deadline]:
    """Every deadline the events have started, ordered by due date (paused last)."""
    raise NotImplementedError
