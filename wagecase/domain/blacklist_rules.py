"""The defaulting-employer list (失信联合惩戒对象名单): who may be listed, for how long, and
when an employer may be taken off early.

Source: 《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》(人社部令第45号, in force 2022-01-01)
Arts. 5, 11-13, 15 (rules.md §4.1). The deadlines of the procedure (objection 5 working days,
verification 5, decision 20 + 20, early-removal decision 15, removal 10) are periods of the
catalogue (periods.py), not rules here.
"""
from __future__ import annotations

from datetime import date, timedelta

from .dates import add_months, add_years, format_date
from .outcome import Outcome, Reason, reason

LISTING_TERM_YEARS = 3  # 45号令 Art. 11
RULE_2022_FROM = date(2022, 1, 1)  # 45号令 in force; decisions before it followed 人社部规〔2017〕16号
TERM_2017_YEARS = 1  # 2017 rule: one year for a first listing
EXTENSION_2017_YEARS = 2  # 2017 rule: not corrected or new arrears: extended by two years
EARLY_REMOVAL_MONTHS = 6  # 45号令 Art. 12(2)

_BASIS_LISTING = "《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》第五条"
_BASIS_REMOVAL = "《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》第十二条、第十三条"


def listing_eligibility(
    order_issued: bool | None,
    paid_by_deadline: bool | None,
    crime_threshold_met: bool | None,
    mass_incident: bool | None,
) -> Outcome:
    """May the employer (and its responsible persons) be listed? (45号令 Art. 5)

    Both preconditions: 人社 ordered payment by a deadline (责令限期支付), and it was not paid
    by then. Plus one ground: (1) the arrears reach the 拒不支付劳动报酬罪 amount (see
    ``crime_rules.amount_reached``); (2) they caused a 群体性事件 or 极端事件 with serious impact.
    Paying and giving a written undertaking before the decision may keep it off the list
    (Art. 7): a discretion of the office, not a condition here.
    """
    reasons: list[Reason] = []
    failed = unknown = False
    if order_issued is False:
        failed = True
        reasons.append(reason("rule.blacklist.no_order"))
    elif order_issued is None:
        unknown = True
        reasons.append(reason("rule.blacklist.order_unknown"))
    if paid_by_deadline is True:
        failed = True
        reasons.append(reason("rule.blacklist.paid_in_time"))
    elif paid_by_deadline is None:
        unknown = True
        reasons.append(reason("rule.blacklist.payment_unknown"))
    if failed:
        return Outcome("blacklist.listing", False, tuple(reasons), _BASIS_LISTING)
    if order_issued and paid_by_deadline is False:
        reasons.append(reason("rule.blacklist.order_not_obeyed"))

    grounds = [key for flag, key in ((crime_threshold_met, "rule.blacklist.ground_crime_amount"),
                                     (mass_incident, "rule.blacklist.ground_mass_incident"))
               if flag]
    if grounds:
        reasons.extend(reason(k) for k in grounds)
        if unknown:
            return Outcome("blacklist.listing", None, tuple(reasons), _BASIS_LISTING)
        return Outcome("blacklist.listing", True, tuple(reasons), _BASIS_LISTING)
    if crime_threshold_met is None or mass_incident is None:
        reasons.append(reason("rule.blacklist.ground_unknown"))
        return Outcome("blacklist.listing", None, tuple(reasons), _BASIS_LISTING)
    reasons.append(reason("rule.blacklist.no_ground"))
    return Outcome("blacklist.listing", False, tuple(reasons), _BASIS_LISTING)


def listing_term_end(decided_on: date) -> date:
    """The last day on the list: 3 years from the listing decision (45号令 Art. 11).

    Counted as a civil period (民法典 Arts. 201-202): the same date three years on. No rest-day
    roll: it is the end of a state, not a time to act; removal follows within 10 working days
    (Art. 17, a catalogue period). If an early removal is revoked for a fraudulent application,
    the listing is restored and its start and end are counted again (Art. 15): call this again
    with the restoration date.

    >>> listing_term_end(date(2026, 3, 5))
    datetime.date(2029, 3, 5)
    """
    return add_years(decided_on, LISTING_TERM_YEARS)


def rule_for(decided_on: date) -> str:
    """Which rule a listing decision was made under: "2022" (45号令) or "2017".

    >>> rule_for(date(2021, 12, 31)), rule_for(date(2022, 1, 1))
    ('2017', '2022')
    """
    return "2022" if decided_on >= RULE_2022_FROM else "2017"


def term_end(decided_on: date, rule: str) -> date:
    """The last day on the list under the listing's own rule (2017 entries keep one year).

    >>> term_end(date(2021, 6, 1), "2017"), term_end(date(2026, 3, 5), "2022")
    (datetime.date(2022, 6, 1), datetime.date(2029, 3, 5))
    """
    return add_years(decided_on, TERM_2017_YEARS) if rule == "2017" else listing_term_end(decided_on)


def early_removal_from(corrected_on: date, listed_on: date) -> date:
    """The first day an application may be made: 6 months on the list, counted from correction.

    Art. 12(2) "自改正之日起被列入失信联合惩戒名单满6个月": the time on the list starts at the later
    of correction and listing. The six months run from the next day and end on the
    corresponding day (民法典 Arts. 201-202); they are complete ("满") when that day is over.

    >>> early_removal_from(date(2026, 3, 5), date(2026, 1, 10))
    datetime.date(2026, 9, 6)
    """
    return add_months(max(corrected_on, listed_on), EARLY_REMOVAL_MONTHS) + timedelta(days=1)


def early_removal(
    *,
    corrected_on: date | None,
    today: date,
    undertaking_given: bool | None,
    new_arrears_during_listing: bool | None,
    criminal_proceedings: bool | None,
    listed_on: date,
) -> Outcome:
    """May the employer be taken off the list early (信用修复)? (45号令 Arts. 12-13)

    Art. 12, all of: (1) the arrears corrected; (2) ≥ 6 months on the list counted from the
    correction (months, not 180 days; see ``early_removal_from``); (3) a written undertaking not
    to default again. Art. 13, none of: (1) new arrears during the listing; (2) criminal
    proceedings for 拒不支付劳动报酬罪 pending or ended in liability.
    """
    reasons: list[Reason] = []
    barred = [key for flag, key in (
        (new_arrears_during_listing, "rule.removal.new_arrears"),
        (criminal_proceedings, "rule.removal.criminal_proceedings"),
    ) if flag]
    if barred:
        return Outcome("blacklist.early_removal", False, tuple(reason(k) for k in barred),
                       _BASIS_REMOVAL)

    failed = unknown = False
    if corrected_on is None:
        failed = True
        reasons.append(reason("rule.removal.not_corrected"))
    else:
        earliest = early_removal_from(corrected_on, listed_on)
        params = {"corrected": format_date(corrected_on), "listed": format_date(listed_on),
                  "earliest": format_date(earliest)}
        if today >= earliest:
            reasons.append(reason("rule.removal.six_months_met", **params))
        else:
            failed = True
            reasons.append(reason("rule.removal.six_months_not_met", **params))
    if undertaking_given is False:
        failed = True
        reasons.append(reason("rule.removal.no_undertaking"))
    elif undertaking_given is None:
        unknown = True
        reasons.append(reason("rule.removal.undertaking_unknown"))
    else:
        reasons.append(reason("rule.removal.undertaking_given"))
    if new_arrears_during_listing is None or criminal_proceedings is None:
        unknown = True
        reasons.append(reason("rule.removal.bars_unknown"))

    ok: bool | None = False if failed else (None if unknown else True)
    return Outcome("blacklist.early_removal", ok, tuple(reasons), _BASIS_REMOVAL)
