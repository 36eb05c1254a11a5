"""Labour inspection: accepting a complaint, the 2-year limit, and 加付赔偿金.

Sources: 《劳动保障监察条例》(国务院令第423号) Arts. 20, 21, 26; 《关于实施〈劳动保障监察条例〉
若干规定》(劳动和社会保障部令第25号) Art. 18; 《劳动合同法》Art. 85 (rules.md §1.2-1.5). Where the
2010 Henan regulation differs (1–5× compensation, 7 days), the national text applies and the
case shows a local note (decision 1): see ``reference_values.notes_for``.
"""
from __future__ import annotations

from datetime import date
from fractions import Fraction

from .dates import add_years, format_date
from .money import format_yuan
from .outcome import Outcome, Reason, reason

# 条例 Art. 20: not investigated once 2 years passed undiscovered, unreported, uncomplained
TIME_BAR_YEARS = 2
# 条例 Art. 26; 劳动合同法 Art. 85: "应付金额百分之五十以上百分之一百以下"
ADDITIONAL_COMPENSATION_MIN = Fraction(1, 2)
ADDITIONAL_COMPENSATION_MAX = Fraction(1, 1)

ACCEPT = "accept"
REJECT = "reject"
REQUEST_SUPPLEMENT = "request_supplement"
REFER = "refer"

_BASIS_ACCEPTANCE = (
    "《关于实施〈劳动保障监察条例〉若干规定》第十八条；《劳动保障监察条例》第二十条、第二十一条"
)
_BASIS_COMPENSATION = "《劳动保障监察条例》第二十六条；《劳动合同法》第八十五条"


def time_bar_date(violation_ended_on: date) -> date:
    """The last day a violation can still be taken up (条例 Art. 20: 2 years).

    The 2 years run from the day of the violation; for a continuing violation (连续或者继续状态)
    from the day it ends. Whether unpaid wages continue until paid or until employment ends is
    open (rules.md §10 item 9): the caller passes the date it has decided on. "2年内" includes
    the last day (民法典 Art. 1259); no rest-day roll, as nobody has to act by this date.

    >>> time_bar_date(date(2024, 2, 29))
    datetime.date(2026, 2, 28)
    """
    return add_years(violation_ended_on, TIME_BAR_YEARS)


def acceptance(
    *,
    received_on: date,
    violation_ended_on: date | None,
    employer_identified: bool | None,
    within_powers: bool | None = True,
    within_jurisdiction: bool | None = True,
    dispute_in_proceedings: bool = False,
) -> Outcome:
    """Accept a complaint, reject it, ask for 补正, or refer it (若干规定 Art. 18; 条例 Art. 21 ¶2).

    Art. 18 accepts when (1) the violation occurred within 2 years, (2) there is a clearly
    identified employer, (3) the matter is within inspection powers and this office's
    jurisdiction. Failing (3), or a labour-dispute matter already in mediation, arbitration or
    litigation (条例 Art. 21 ¶2), the complainant is told where to go (``refer``); failing (1)
    the complaint is not accepted (``reject``, in writing within 5 working days); failing (2) the
    complainant supplements (``request_supplement``). Refer comes first: the time bar is not
    ours to decide for a matter outside our powers. ``None`` means not yet established.
    """
    reasons: list[Reason] = []
    action = ""
    ok: bool | None

    refer: list[Reason] = []
    if within_powers is False:
        refer.append(reason("rule.acceptance.outside_powers"))
    if within_jurisdiction is False:
        refer.append(reason("rule.acceptance.outside_jurisdiction"))
    if dispute_in_proceedings:
        refer.append(reason("rule.acceptance.dispute_in_proceedings"))
    if refer:
        return Outcome("inspection.acceptance", False, tuple(refer), _BASIS_ACCEPTANCE, REFER)

    unknown = False
    if violation_ended_on is None:
        unknown = True
        reasons.append(reason("rule.acceptance.violation_date_missing"))
    else:
        last = time_bar_date(violation_ended_on)
        params = {"ended": format_date(violation_ended_on), "last": format_date(last),
                  "received": format_date(received_on)}
        if received_on > last:
            return Outcome("inspection.acceptance", False,
                           (reason("rule.acceptance.time_barred", **params),),
                           _BASIS_ACCEPTANCE, REJECT)
        reasons.append(reason("rule.acceptance.within_two_years", **params))

    if employer_identified is False:
        reasons.append(reason("rule.acceptance.employer_unidentified"))
        return Outcome("inspection.acceptance", False, tuple(reasons), _BASIS_ACCEPTANCE,
                       REQUEST_SUPPLEMENT)
    if employer_identified is None:
        unknown = True
        reasons.append(reason("rule.acceptance.employer_unknown"))
    if within_powers is None or within_jurisdiction is None:
        unknown = True
        reasons.append(reason("rule.acceptance.powers_unknown"))

    if unknown:
        ok = None
    else:
        ok, action = True, ACCEPT
        reasons.append(reason("rule.acceptance.accept"))
    return Outcome("inspection.acceptance", ok, tuple(reasons), _BASIS_ACCEPTANCE, action)


def additional_compensation_range(amount_due_fen: int) -> tuple[int, int]:
    """加付赔偿金 of 50%–100% of the amount due (条例 Art. 26; 劳动合同法 Art. 85), in fen.

    The low end is rounded *up* to the fen: "百分之五十以上" includes 50% (民法典 Art. 1259), and
    an amount half a fen below it would not reach it. The high end is the amount itself.

    >>> additional_compensation_range(2520000)
    (1260000, 2520000)
    >>> additional_compensation_range(12345)  # 61.725 元 -> 61.73 元
    (6173, 12345)
    """
    if amount_due_fen < 0:
        raise ValueError("amount_due_fen must be >= 0")
    low = -(-amount_due_fen * ADDITIONAL_COMPENSATION_MIN.numerator
            // ADDITIONAL_COMPENSATION_MIN.denominator)
    high = amount_due_fen * ADDITIONAL_COMPENSATION_MAX.numerator // ADDITIONAL_COMPENSATION_MAX.denominator
    return low, high


def additional_compensation(amount_due_fen: int) -> Outcome:
    """The range above as a sentence for the case screen and the 行政处理决定书 draft."""
    low, high = additional_compensation_range(amount_due_fen)
    return Outcome(
        "inspection.additional_compensation", True,
        (reason("rule.compensation.range", due=format_yuan(amount_due_fen), low=format_yuan(low),
                high=format_yuan(high)),),
        _BASIS_COMPENSATION,
    )
