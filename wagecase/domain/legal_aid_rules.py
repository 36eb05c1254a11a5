"""Legal aid for workers: the hardship-check exemption and aid before the decision.

Source: 《法律援助法》(2021, in force 2022-01-01) Arts. 42, 44 (rules.md §6.1). The 7-day
decision and 3-day assignment periods (Art. 43) are catalogue periods (decision 8).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from .case import ArrearsKind
from .crime_rules import REMUNERATION_KINDS
from .dates import format_date
from .outcome import Outcome, Reason, reason

URGENT_DAYS = 7  # 法律援助法 Art. 44(1): "距法定时效或者期限届满不足七日"
URGENT_AID = "aid_before_decision"

# Art. 42(3): "进城务工人员要求支付劳动报酬或者工伤事故人身损害赔偿"
INJURY_KINDS = frozenset({ArrearsKind.INJURY.value})

_BASIS_EXEMPT = "《法律援助法》第四十二条第三项"
_BASIS_URGENT = "《法律援助法》第四十四条第一项"


def hardship_check_exempt(is_migrant_worker: bool | None, claim_kinds: Iterable[str]) -> Outcome:
    """Is the applicant exempt from the check of financial hardship? (法律援助法 Art. 42(3))

    A migrant worker (进城务工人员) claiming labour remuneration (wages, overtime) or damages for
    a work injury, with material proving it. Art. 42 skips the *check*: the hardship condition
    of Art. 31 is not waived (migrant workers are not on Art. 32's list), it is just not
    examined. Severance and double wages are not 劳动报酬 and do not exempt on their own.
    """
    kinds = {str(k) for k in claim_kinds}
    covered = [k for k in ArrearsKind if k.value in kinds & (REMUNERATION_KINDS | INJURY_KINDS)]
    labels = "、".join(k.label for k in covered)
    if is_migrant_worker is None:
        return Outcome("legal_aid.hardship_check_exempt", None,
                       (reason("rule.legal_aid.migrant_unknown"),), _BASIS_EXEMPT)
    if not is_migrant_worker:
        return Outcome("legal_aid.hardship_check_exempt", False,
                       (reason("rule.legal_aid.not_migrant"),), _BASIS_EXEMPT)
    if not covered:
        return Outcome("legal_aid.hardship_check_exempt", False,
                       (reason("rule.legal_aid.claims_not_covered"),), _BASIS_EXEMPT)
    return Outcome("legal_aid.hardship_check_exempt", True,
                   (reason("rule.legal_aid.exempt", kinds=labels),
                    reason("rule.legal_aid.check_not_condition")), _BASIS_EXEMPT)


def urgent_aid(today: date, deadlines: Sequence[date | tuple[str, date]]) -> Outcome:
    """Must aid start before the decision? (法律援助法 Art. 44(1))

    Yes when fewer than 7 days remain before a limitation period or a procedural deadline ends
    ("不足七日": 7 days left is not urgent, 6 is; the deadline day itself is 0 days left). The
    nearest open deadline is named. Items are dates or (name, date) pairs; deadlines already
    passed are not counted (aid cannot save them; the reasons say so).

    >>> urgent_aid(date(2026, 3, 1), [("仲裁时效", date(2026, 3, 5))]).ok
    True
    """
    named = [(item if isinstance(item, tuple) else ("", item)) for item in deadlines]
    upcoming = sorted(((d - today).days, name, d) for name, d in named if d >= today)
    passed = [(name, d) for name, d in named if d < today]
    reasons: list[Reason] = []
    for name, d in passed:
        reasons.append(reason("rule.legal_aid.deadline_passed", name=name or "期限",
                              date=format_date(d)))
    if not upcoming:
        reasons.insert(0, reason("rule.legal_aid.no_deadline"))
        return Outcome("legal_aid.urgent_aid", False, tuple(reasons), _BASIS_URGENT)
    days, name, d = upcoming[0]
    params = {"name": name or "期限", "date": format_date(d), "days": days}
    if days < URGENT_DAYS:
        return Outcome("legal_aid.urgent_aid", True,
                       (reason("rule.legal_aid.urgent", **params), *reasons), _BASIS_URGENT,
                       URGENT_AID)
    return Outcome("legal_aid.urgent_aid", False,
                   (reason("rule.legal_aid.not_urgent", **params), *reasons), _BASIS_URGENT)
