"""Arbitration: which award items are final, the fast track (简易处理), and the limitation.

Sources: 《劳动争议调解仲裁法》(2007) Arts. 27, 47; 《劳动人事争议仲裁办案规则》(人社部令第33号)
Arts. 26-28, 50, 56-57; 《民法典》Arts. 201-203, 1259 (rules.md §2.1, §2.4, §2.5, §8.2, and
decisions 2-4). Values that change with time or place (minimum wage, average wage) come in as
arguments; only the constants fixed by the statutes themselves live here.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from .calendar import WorkingCalendar
from .case import ArrearsKind
from .dates import add_years, format_date
from .money import format_yuan
from .outcome import Outcome, Reason, reason
from .reference_values import AverageWage

# 调解仲裁法 Art. 47(1); 办案规则 Art. 50 ¶1: "不超过当地月最低工资标准十二个月金额"
FINAL_CAP_MONTHS = 12
# 调解仲裁法 Art. 27 ¶1 and ¶4: one year
LIMITATION_YEARS = 1

LABOUR_STANDARD = "labour_standard"  # 办案规则 Art. 50 ¶3: 执行国家的劳动标准 disputes

# The four kinds of money claim Art. 47(1) makes final, and the arrears kinds that belong to each.
# 办案规则 Art. 50 ¶2: 赔偿金 includes the second half of the double wage for no written contract;
# 经济补偿 includes compensation for ending or terminating the contract.
CATEGORY_LABELS = {
    "remuneration": "劳动报酬",
    "injury_medical": "工伤医疗费",
    "compensation": "经济补偿",
    "damages": "赔偿金",
}
FINAL_CATEGORY = {
    ArrearsKind.WAGES.value: "remuneration",
    ArrearsKind.OVERTIME.value: "remuneration",
    ArrearsKind.SEVERANCE.value: "compensation",
    ArrearsKind.DOUBLE_WAGES.value: "damages",
    # 工伤待遇 is treated as 工伤医疗费: the officer labels the item; Art. 47 names only the
    # medical expenses, so a disability allowance entered here is still final if within the cap
    ArrearsKind.INJURY.value: "injury_medical",
}

# decision 2: a mixed award is issued as …N-1号 (终局) and …N-2号 (非终局)
FINAL_SUFFIX = "-1"
NON_FINAL_SUFFIX = "-2"

_BASIS_FINAL = "《劳动争议调解仲裁法》第四十七条；《劳动人事争议仲裁办案规则》第五十条"
_BASIS_SUMMARY = "《劳动人事争议仲裁办案规则》第五十六条、第五十七条"
_BASIS_LIMITATION = (
    "《劳动争议调解仲裁法》第二十七条；《劳动人事争议仲裁办案规则》第二十六条至第二十八条；"
    "《民法典》第二百零一条至第二百零三条"
)


# ---- 终局裁决 ------------------------------------------------------------------------------

@dataclass(frozen=True)
class AwardItem:
    """One item of an award: ``kind`` is an ArrearsKind value or ``LABOUR_STANDARD``."""

    label: str
    kind: str
    amount_fen: int = 0


@dataclass(frozen=True)
class FinalAwardSplit:
    final_items: tuple[AwardItem, ...]
    non_final_items: tuple[AwardItem, ...]
    cap_fen: int
    mixed: bool
    reasons: tuple[Reason, ...] = ()

    @property
    def final_suffix(self) -> str:
        """"-1" when the award must be split (办案规则 Art. 50 ¶4, decision 2), else ""."""
        return FINAL_SUFFIX if self.mixed else ""

    @property
    def non_final_suffix(self) -> str:
        return NON_FINAL_SUFFIX if self.mixed else ""

    def numbers(self, case_number: str) -> tuple[str, str]:
        """(终局 number, 非终局 number) for a mixed award; the suffix goes before the final 号.

        >>> split = FinalAwardSplit((), (), 0, True)
        >>> split.numbers("郑劳人仲案字〔2026〕17号")
        ('郑劳人仲案字〔2026〕17-1号', '郑劳人仲案字〔2026〕17-2号')
        """
        stem = case_number[:-1] if case_number.endswith("号") else case_number
        tail = "号" if case_number.endswith("号") else ""
        return stem + self.final_suffix + tail, stem + self.non_final_suffix + tail

    def outcome(self) -> Outcome:
        """True: the whole award is final; False: some item is not (the reasons say if it splits)."""
        ok = bool(self.final_items) and not self.non_final_items
        return Outcome("arbitration.final_award", ok, self.reasons, _BASIS_FINAL)


def final_cap(monthly_minimum_fen: int) -> int:
    """12 × the local monthly minimum wage (调解仲裁法 Art. 47(1)).

    >>> final_cap(210000)  # Zhengzhou tier 1 from 2024-01-01: 2,100 元 -> 25,200 元
    2520000
    """
    return FINAL_CAP_MONTHS * monthly_minimum_fen


def split_final_award(items: Iterable[AwardItem], monthly_minimum_fen: int) -> FinalAwardSplit:
    """Sort award items into final and non-final (办案规则 Art. 50; 调解仲裁法 Art. 47).

    - Each item is judged alone against 12 × the monthly minimum wage (Art. 50 ¶1); an amount
      equal to the cap is within it ("不超过" includes the number, 民法典 Art. 1259).
    - Only 劳动报酬, 工伤医疗费, 经济补偿 and 赔偿金 can be final (Art. 47(1); Art. 50 ¶2 puts
      the double wage under 赔偿金); other money items are not.
    - Disputes over national labour standards are final whatever the amount (Art. 50 ¶3).
    - A mix of both is issued as two awards (Art. 50 ¶4; decision 2: …N-1号 / …N-2号).

    The amount is the one awarded, not the one claimed (rules.md §2.5). ``monthly_minimum_fen``
    is the standard in force on the award date (decision 3): see ``minimum_wage_for``.
    """
    cap = final_cap(monthly_minimum_fen)
    final: list[AwardItem] = []
    non_final: list[AwardItem] = []
    reasons: list[Reason] = []
    for item in items:
        amount = format_yuan(item.amount_fen)
        if item.kind == LABOUR_STANDARD:
            final.append(item)
            reasons.append(reason("rule.final.labour_standard", label=item.label))
            continue
        category = FINAL_CATEGORY.get(item.kind)
        if category is None:
            non_final.append(item)
            reasons.append(reason("rule.final.kind_not_final", label=item.label))
        elif item.amount_fen <= cap:
            final.append(item)
            reasons.append(reason("rule.final.item_within_cap", label=item.label, amount=amount,
                                  cap=format_yuan(cap), category=CATEGORY_LABELS[category]))
        else:
            non_final.append(item)
            reasons.append(reason("rule.final.item_over_cap", label=item.label, amount=amount,
                                  cap=format_yuan(cap)))
    mixed = bool(final) and bool(non_final)
    if mixed:
        reasons.append(reason("rule.final.mixed", final_suffix=FINAL_SUFFIX,
                              non_final_suffix=NON_FINAL_SUFFIX))
    return FinalAwardSplit(tuple(final), tuple(non_final), cap, mixed, tuple(reasons))


# ---- 简易处理 ------------------------------------------------------------------------------

def summary_procedure(
    *,
    facts_clear: bool | None,
    amount_fen: int | None,
    average_wage: AverageWage | None,
    both_parties_agree: bool | None,
    public_interest: bool = False,
    major_social_impact: bool = False,
    respondent_whereabouts_unknown: bool = False,
    deemed_unsuitable: bool = False,
) -> Outcome:
    """May the case be handled by 简易处理? (办案规则 Arts. 56-57)

    Art. 56: any ONE of (1) facts and rights clear, little dispute; (2) amount in dispute not
    above 本省上年度职工年平均工资 ("不超过" includes it, 民法典 Art. 1259); (3) both parties
    agree. Art. 57: never when the case concerns national or public interest, has major social
    impact, the respondent's whereabouts are unknown, or the commission deems it unsuitable;
    an exclusion wins over any condition. The exclusions are the commission's own findings, so
    they default to "not found".

    ``None`` means "not recorded": it only leaves the outcome open when no condition holds.
    ``average_wage`` is ``average_wage_for(book, province, accepted_on)`` (the previous year's
    value, decision 4); a missing or unconfirmed value is said in a reason.
    """
    reasons: list[Reason] = []
    exclusions = [
        (public_interest, "rule.summary.excluded_public_interest"),
        (major_social_impact, "rule.summary.excluded_social_impact"),
        (respondent_whereabouts_unknown, "rule.summary.excluded_whereabouts"),
        (deemed_unsuitable, "rule.summary.excluded_unsuitable"),
    ]
    excluded = [key for flag, key in exclusions if flag]
    if excluded:
        return Outcome("arbitration.summary_procedure", False,
                       tuple(reason(k) for k in excluded), _BASIS_SUMMARY)

    met = False
    unknown = False
    if facts_clear is True:
        met = True
        reasons.append(reason("rule.summary.facts_clear"))
    elif facts_clear is None:
        unknown = True
        reasons.append(reason("rule.summary.facts_unknown"))

    if average_wage is None:
        unknown = True
        reasons.append(reason("rule.summary.average_wage_missing"))
    elif amount_fen is None:
        unknown = True
        reasons.append(reason("rule.summary.amount_unknown"))
    else:
        params = {"amount": format_yuan(amount_fen), "cap": format_yuan(average_wage.annual_fen),
                  "year": average_wage.year}
        if amount_fen <= average_wage.annual_fen:
            met = True
            reasons.append(reason("rule.summary.amount_within", **params))
        else:
            reasons.append(reason("rule.summary.amount_over", **params))
        if average_wage.to_verify:
            reasons.append(reason("rule.summary.average_wage_to_verify", year=average_wage.year,
                                  source=average_wage.source))

    if both_parties_agree is True:
        met = True
        reasons.append(reason("rule.summary.parties_agree"))
    elif both_parties_agree is None:
        unknown = True
        reasons.append(reason("rule.summary.agreement_unknown"))

    if met:
        ok: bool | None = True
        reasons.append(reason("rule.summary.sole_arbitrator"))
    elif unknown:
        ok = None
    else:
        ok = False
        reasons.append(reason("rule.summary.no_condition"))
    return Outcome("arbitration.summary_procedure", ok, tuple(reasons), _BASIS_SUMMARY)


# ---- 仲裁时效 ------------------------------------------------------------------------------

@dataclass(frozen=True)
class LimitationResult:
    """``ok``: the application on ``applied_on`` is within the limitation (None: undecidable).

    ``expires_on`` is the last day to apply (after any rest-day roll); None when no limit runs
    (wage arrears during employment) or while a suspension has not ended.
    """

    ok: bool | None
    expires_on: date | None
    reasons: tuple[Reason, ...]
    basis: str = _BASIS_LIMITATION
    provisional: bool = False  # the last day falls in a year without holiday data

    def as_outcome(self) -> Outcome:
        return Outcome("arbitration.limitation", self.ok, self.reasons, self.basis)


def limitation(
    calendar: WorkingCalendar,
    *,
    applied_on: date,
    knew_on: date | None = None,
    wage_arrears: bool = False,
    employment_ended_on: date | None = None,
    employment_continuing: bool | None = None,
    interruptions: Sequence[date] = (),
    suspensions: Sequence[tuple[date, date | None]] = (),
) -> LimitationResult:
    """Is an arbitration application on ``applied_on`` within the 1-year limitation?

    - One year from the day the party knew or should have known of the infringement
      (调解仲裁法 Art. 27 ¶1; 办案规则 Art. 26).
    - Wage arrears: no limit while employment continues; once it has ended, one year from the
      end date (Art. 27 ¶4; 办案规则 Art. 26 ¶3).
    - Interruption (a claim against the other side, a complaint to any department including
      labour inspection, the other side agreeing to pay) restarts the year from its date
      (Art. 27 ¶2; 办案规则 Art. 27). An event after the year has run out revives nothing.
    - Suspension (force majeure or another good reason) pauses it: the days from the cause's
      start to its end are not counted (Art. 27 ¶3; 办案规则 Art. 28). An open suspension
      (end None) leaves the period paused.
    - Counting (民法典 Arts. 201-203): the start day is excluded; the year ends on the same date
      next year (29 February -> 28 February); a last day that is a rest day moves to the next
      working day (``calendar.add_calendar_days(end, 0)``, decision 6).
    """
    reasons: list[Reason] = []
    if wage_arrears:
        if employment_ended_on is None or employment_ended_on >= applied_on:
            if employment_ended_on is None and employment_continuing is not True:
                return LimitationResult(None, None, (reason("rule.limitation.employment_unknown"),))
            return LimitationResult(True, None, (reason("rule.limitation.wages_during_employment"),))
        start = employment_ended_on
        reasons.append(reason("rule.limitation.from_employment_end", start=format_date(start)))
    else:
        if knew_on is None:
            return LimitationResult(None, None, (reason("rule.limitation.knew_on_missing"),))
        start = knew_on
        reasons.append(reason("rule.limitation.from_knowledge", start=format_date(start)))

    end = add_years(start, LIMITATION_YEARS)
    paused_from: date | None = None
    events: list[tuple[date, int, date | None]] = [(d, 0, None) for d in interruptions]
    events += [(s, 1, e) for s, e in _merged(suspensions)]
    for when, kind, until in sorted(events, key=lambda e: (e[0], e[1])):
        if when < start or when > end or when > applied_on:
            continue  # before the year began, after it ran out, or after the application
        if kind == 0:
            start, end = when, add_years(when, LIMITATION_YEARS)
            reasons.append(reason("rule.limitation.interrupted", on=format_date(when),
                                  end=format_date(end)))
        elif until is None:
            paused_from = when
            reasons.append(reason("rule.limitation.suspended_open", since=format_date(when)))
            break
        else:
            end = end + (until - when)
            reasons.append(reason("rule.limitation.suspended", since=format_date(when),
                                  until=format_date(until), end=format_date(end)))

    if paused_from is not None:
        return LimitationResult(True, None, tuple(reasons))

    rolled = calendar.add_calendar_days(end, 0)
    if rolled.date != end:
        reasons.append(reason("rule.limitation.rolled", end=format_date(end),
                              rolled=format_date(rolled.date)))
    ok = applied_on <= rolled.date
    reasons.append(reason("rule.limitation.within" if ok else "rule.limitation.expired",
                          expires=format_date(rolled.date), applied=format_date(applied_on)))
    return LimitationResult(ok, rolled.date, tuple(reasons), provisional=rolled.provisional)


def _merged(intervals: Sequence[tuple[date, date | None]]) -> list[tuple[date, date | None]]:
    # overlapping causes (an illness during a flood) pause the clock once, not twice
    out: list[tuple[date, date | None]] = []
    for s, e in sorted(intervals, key=lambda i: i[0]):
        if out and (out[-1][1] is None or s <= out[-1][1]):
            prev_s, prev_e = out[-1]
            out[-1] = (prev_s, None if prev_e is None or e is None else max(prev_e, e))
        else:
            out.append((s, e))
    return out


# ---- award parts --------------------------------------------------------------------------

# awards.part: one whole award, the two halves of a mixed one (Art. 50 ¶4), 先予执行, 先行裁决
AWARD_PART_LABELS = {"whole_final": "终局裁决", "whole_non_final": "非终局裁决", "final": "终局裁决",
                     "non_final": "非终局裁决", "advance": "先予执行裁决", "partial": "先行裁决"}


# ---- 绿色通道 and 集体争议 ----------------------------------------------------------------

def collective_dispute(worker_count: int, minimum: int) -> bool:
    """劳动者一方在十人以上并有共同请求 (调解仲裁法 Art. 7; 办案规则 Art. 62): ``minimum`` is the
    setting ``arbitration.collective_dispute_workers`` (10).

    >>> collective_dispute(10, 10), collective_dispute(9, 10)
    (True, False)
    """
    return worker_count >= minimum


def green_channel(*, worker_count: int, collective_minimum: int, migrant_wage_claim: bool) -> bool:
    """First in line (办案规则 Art. 5: collective disputes are filed and heard first; seed task 八:
    a green channel for 农民工 claiming their pay).

    >>> green_channel(worker_count=1, collective_minimum=10, migrant_wage_claim=True)
    True
    >>> green_channel(worker_count=3, collective_minimum=10, migrant_wage_claim=False)
    False
    """
    return collective_dispute(worker_count, collective_minimum) or migrant_wage_claim
