"""The law's conditions evaluated on one case (简易处理, 终局, 时效, 移送, 失信, 法律援助).

The domain rules take facts; this module reads the facts a case records (arrears items,
employment dates, procedural events) and says, per rule, what it could not establish. Nothing
here decides for the officer: the outcomes are prompts with their article, shown on the case
and printed by ``wagecase-cli case show``.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ..domain.language import translated
from ..domain import (
    arbitration_rules,
    blacklist_rules,
    crime_rules,
    inspection_rules,
    legal_aid_rules,
)
from ..domain.case import ArrearsKind, CaseType, ProceduralEvent
from ..domain.dates import parse_iso_date
from ..domain.errors import RuleError
from ..domain.messages import message
from ..domain.outcome import Outcome
from ..domain.periods import DeadlineState, Duty, EventFact, compute_deadlines
from ..domain.reference_values import (
    average_wage_for,
    crime_threshold_for,
    minimum_wage_for,
    notes_for,
    province_of,
)
from ..storage import case_queries, reference_data
from .context import ServiceContext, to_local
from .dto import NoteView, RuleOutcomeView
from .reference import NOTE_TOPICS, ReferenceService

TITLES = {
    "inspection.acceptance": "受理条件（投诉）",
    "inspection.additional_compensation": "加付赔偿金幅度",
    "inspection.transfer_to_police": "涉嫌拒不支付劳动报酬罪（移送公安机关）",
    "blacklist.listing": "列入失信联合惩戒名单条件",
    "arbitration.limitation": "仲裁时效",
    "arbitration.summary_procedure": "简易处理条件",
    "arbitration.final_award": "终局裁决（按请求金额预判）",
    "legal_aid.hardship_check_exempt": "法律援助：免予核查经济困难状况",
    "legal_aid.urgent_aid": "法律援助：先行提供援助",
}
VERDICTS = {True: "符合", False: "不符合", None: "待确认"}
# the remuneration kinds of 法释〔2013〕3号 Art. 1 and 调解仲裁法 Art. 27 ¶4 ("劳动报酬")
REMUNERATION = crime_rules.REMUNERATION_KINDS
MAX_WORKER_REASONS = 5  # a collective case of 300 workers lists the first few, then a count
MAX_REASONS = 8


@dataclass(frozen=True)
class _Item:
    kind: str
    amount_fen: int
    period_from: date | None
    period_to: date | None


@dataclass(frozen=True)
class _Worker:
    name: str
    is_migrant_worker: bool
    employed_to: date | None
    items: tuple[_Item, ...]

    @property
    def remuneration_fen(self) -> int:
        return sum(i.amount_fen for i in self.items if i.kind in REMUNERATION)

    @property
    def remuneration_months(self) -> int:
        return crime_rules.months_owed(self.items)

    @property
    def last_period_end(self) -> date | None:
        ends = [i.period_to for i in self.items if i.period_to]
        return max(ends) if ends else None


@dataclass(frozen=True)
class _Facts:
    case_type: str
    received_on: date
    county_code: str
    province_code: str
    claimed_fen: int
    employer_identified: bool
    workers: tuple[_Worker, ...]
    events: tuple[EventFact, ...]
    award_wage_date_rule: str  # decision 3: "award" or "acceptance"

    def last(self, kind: ProceduralEvent) -> EventFact | None:
        found = [e for e in self.events if e.kind == kind.value]
        return max(found, key=lambda e: (e.event_date, e.id)) if found else None

    @property
    def claim_kinds(self) -> set[str]:
        return {i.kind for w in self.workers for i in w.items}


class CaseRulesService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def outcomes(self, case_id: int) -> list[RuleOutcomeView]:
        today = to_local(self.ctx.clock()).date()
        facts = self._facts(case_id)
        ref = ReferenceService(self.ctx)
        book, calendar = ref.book(), ref.calendar()
        results: list[Outcome] = []
        limitation_dates: list[tuple[str, date]] = []
        if facts.case_type == CaseType.INSPECTION:
            results += _inspection(facts, book, today)
        else:
            limit, limitation_dates = _limitation(facts, calendar)
            results += [limit, _summary(facts, book), _final_award(facts, book, today)]
        results.append(legal_aid_rules.hardship_check_exempt(
            any(w.is_migrant_worker for w in facts.workers), facts.claim_kinds))
        deadlines = compute_deadlines(ref.period_rules(), facts.events, calendar=calendar,
                                      today=today, case_type=facts.case_type)
        # Art. 44 speaks of the worker's own time limits (时效, a period to act), not the office's
        open_dates = [(d.rule.name, d.due) for d in deadlines
                      if d.due is not None and d.state not in (DeadlineState.MET,) and d.rule.duty == Duty.PARTY]
        results.append(legal_aid_rules.urgent_aid(today, limitation_dates + open_dates))
        return [_view(o) for o in results]

    def notes(self, case_id: int) -> list[NoteView]:
        facts = self._facts(case_id)
        book = ReferenceService(self.ctx).book()
        topics = dict(NOTE_TOPICS)
        return [NoteView(topic=topics.get(n.topic, n.topic), text=n.text, source=n.source)
                for n in notes_for(book, facts.province_code, facts.case_type)]

    def _facts(self, case_id: int) -> _Facts:
        with self.ctx.uow.read() as uow:
            s = uow.session
            case = case_queries.load_case(s, case_id)
            if case is None:
                raise RuleError("case.not_found", case_id=case_id)
            county = (case.county_code or (case.project.county_code if case.project else None)
                      or case.employer.county_code or "")
            office_province = reference_data.get_setting(s, "office.province_code", "410000")
            wage_date_rule = reference_data.get_setting(s, "final_award.minimum_wage_date", "award")
            emp = case.employer
            workers = tuple(_Worker(
                name=cw.worker.name, is_migrant_worker=bool(cw.worker.is_migrant_worker),
                employed_to=cw.employed_to,
                items=tuple(_Item(i.kind, i.amount_fen, i.period_from, i.period_to)
                            for i in cw.items),
            ) for cw in case.workers)
            events = tuple(EventFact(kind=ev.kind, event_date=ev.event_date, id=ev.id,
                                     payload=_payload(ev.payload))
                           for ev, _actor in case_queries.case_events(s, case_id))
            return _Facts(
                case_type=case.case_type, received_on=case.received_date, county_code=county,
                province_code=province_of(county) if county else office_province,
                claimed_fen=case.claimed_fen,
                # 若干规定 Art. 18(2) "有明确的被投诉用人单位": a name plus a way to find it
                employer_identified=bool(emp.name.strip()) and bool(emp.credit_code or emp.address.strip()),
                workers=workers, events=events, award_wage_date_rule=wage_date_rule,
            )


def _payload(text: str) -> dict[str, str]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


# ---- inspection ------------------------------------------------------------------------------

def _order_state(facts: _Facts, today: date) -> tuple[bool, bool | None]:
    """(an order to pay was issued, it was paid by its deadline: None while still running)."""
    order = facts.last(ProceduralEvent.RECTIFICATION_ORDER_ISSUED)
    if order is None:
        return False, None
    due = parse_iso_date(order.payload.get("due_date"))
    paid = facts.last(ProceduralEvent.PAID)
    paid_in_time = paid is not None and paid.event_date >= order.event_date and (
        due is None or paid.event_date <= due)
    if paid_in_time:
        return True, True
    if due is not None and today > due:
        return True, False
    return True, None


def _inspection(facts: _Facts, book, today: date) -> list[Outcome]:
    ends = [d for w in facts.workers for d in (w.employed_to, w.last_period_end) if d]
    acceptance = inspection_rules.acceptance(
        received_on=facts.received_on, violation_ended_on=max(ends) if ends else None,
        employer_identified=facts.employer_identified)
    compensation = inspection_rules.additional_compensation(facts.claimed_fen)
    threshold = crime_threshold_for(book, facts.province_code, today)
    arrears = [crime_rules.WorkerArrears(w.remuneration_fen, w.remuneration_months)
               for w in facts.workers]
    issued, paid_in_time = _order_state(facts, today)
    ignored = None if not issued or paid_in_time is None else not paid_in_time
    crime = crime_rules.crime_threshold(threshold, arrears, ignored)
    reached = None if threshold is None else bool(crime_rules.amount_reached(threshold, arrears))
    listing = blacklist_rules.listing_eligibility(
        order_issued=issued, paid_by_deadline=paid_in_time if issued else None,
        crime_threshold_met=reached, mass_incident=None)
    return [acceptance, compensation, crime, listing]


# ---- arbitration -----------------------------------------------------------------------------

def _limitation(facts: _Facts, calendar) -> tuple[Outcome, list[tuple[str, date]]]:
    """Per worker (each has his own employment end), summed up: the worst verdict wins."""
    per_worker: list[tuple[str, arbitration_rules.LimitationResult]] = []
    for w in facts.workers:
        wage = any(i.kind in REMUNERATION for i in w.items)
        result = arbitration_rules.limitation(
            calendar, applied_on=facts.received_on, knew_on=w.last_period_end,
            wage_arrears=wage, employment_ended_on=w.employed_to,
            employment_continuing=None if w.employed_to is None else False)
        per_worker.append((w.name, result))
    oks = [r.ok for _, r in per_worker]
    ok = False if False in oks else (None if None in oks or not oks else True)
    reasons = _per_worker_reasons([(name, r.reasons) for name, r in per_worker])
    basis = per_worker[0][1].basis if per_worker else ""
    dates = [(f"{name}的仲裁时效", r.expires_on) for name, r in per_worker if r.expires_on]
    return _with_texts(Outcome("arbitration.limitation", ok, (), basis), reasons), dates


def _summary(facts: _Facts, book) -> Outcome:
    accepted = facts.last(ProceduralEvent.ACCEPTED)
    on = accepted.event_date if accepted else facts.received_on
    return arbitration_rules.summary_procedure(
        facts_clear=None, amount_fen=facts.claimed_fen,
        average_wage=average_wage_for(book, facts.province_code, on), both_parties_agree=None)


def _final_award(facts: _Facts, book, today: date) -> Outcome:
    if facts.award_wage_date_rule == "acceptance":
        accepted = facts.last(ProceduralEvent.ACCEPTED)
        on = accepted.event_date if accepted else facts.received_on
    else:
        awarded = facts.last(ProceduralEvent.AWARDED)
        on = awarded.event_date if awarded else today
    if not facts.county_code:
        return _with_texts(Outcome("arbitration.final_award", None, (), ""),
                           [message("rule.final.county_missing")])
    try:
        standard = minimum_wage_for(book, facts.county_code, on)
    except RuleError as exc:
        return _with_texts(Outcome("arbitration.final_award", None, (), ""),
                           [message(exc.key, **exc.params)])
    # the item's name is only shown here (the award itself names its items from the draft)
    items = [arbitration_rules.AwardItem(
        translated("{name}：{kind}").format(name=w.name, kind=translated(ArrearsKind(i.kind).label)), i.kind, i.amount_fen)
             for w in facts.workers for i in w.items]
    return arbitration_rules.split_final_award(items, standard.monthly_fen).outcome()


# ---- presentation ----------------------------------------------------------------------------

@dataclass(frozen=True)
class _TextOutcome:
    """An outcome whose reasons are already sentences (per-worker summaries)."""

    code: str
    ok: bool | None
    texts: tuple[str, ...]
    basis: str


def _with_texts(outcome: Outcome, texts: Iterable[str]) -> _TextOutcome:
    return _TextOutcome(outcome.code, outcome.ok, tuple(texts), outcome.basis)


def _per_worker_reasons(rows: list[tuple[str, tuple]]) -> list[str]:
    semicolon, stop = translated("；"), translated("。")
    texts = [translated("{name}：{reasons}").format(name=name, reasons=semicolon.join(r.text.rstrip("。") for r in reasons))
             + stop for name, reasons in rows]
    if len(texts) > MAX_WORKER_REASONS:
        rest = len(texts) - MAX_WORKER_REASONS
        texts = texts[:MAX_WORKER_REASONS] + [message("rule.more_workers", count=rest)]
    return texts


def _view(o: Outcome | _TextOutcome) -> RuleOutcomeView:
    texts = list(o.texts)
    if len(texts) > MAX_REASONS:  # per-item reasons of a big collective award
        texts = texts[:MAX_REASONS - 1] + texts[-1:] + [
            message("rule.more_reasons", count=len(texts) - MAX_REASONS)]
    return RuleOutcomeView(code=o.code, title=TITLES.get(o.code, o.code), ok=o.ok,
                           verdict=VERDICTS[o.ok], reasons=tuple(texts), basis=o.basis)
