"""Does the arrears reach 拒不支付劳动报酬罪, so the case should go to the police?

Sources: 《刑法》Art. 276-1; 法释〔2013〕3号 Arts. 3-4; 《保障农民工工资支付条例》Art. 41 ¶2
(rules.md §1.7, §5, decision 9). The figures of "数额较大" are each province's (Henan: 8,000 元
for one worker over ≥3 months; 40,000 元 for ≥10 workers) and come in as a ``CrimeThreshold``.
The decision to transfer is the officer's: the rule only says the conditions appear to be met.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .case import ArrearsKind
from .money import format_yuan
from .outcome import Outcome, Reason, reason
from .reference_values import CrimeThreshold

TRANSFER_TO_POLICE = "transfer_to_police"
# 劳动报酬 (法释〔2013〕3号 Art. 1; 调解仲裁法 Art. 27 ¶4): wages and overtime pay, not the
# compensation or damages kinds
REMUNERATION_KINDS = frozenset({ArrearsKind.WAGES.value, ArrearsKind.OVERTIME.value})

_BASIS = (
    "《刑法》第二百七十六条之一；《最高人民法院关于审理拒不支付劳动报酬刑事案件适用法律若干问题的解释》"
    "（法释〔2013〕3号）第三条、第四条；《保障农民工工资支付条例》第四十一条"
)


@dataclass(frozen=True)
class WorkerArrears:
    """What one worker is owed, and over how many months."""

    amount_fen: int
    months: int


def months_owed(items: Iterable) -> int:
    """Calendar months of remuneration owed (法释〔2013〕3号 Art. 3 counts "三个月以上"): the
    distinct months covered by items of a remuneration kind with a known period. ``items`` have
    ``kind``, ``period_from`` and ``period_to``.
    """
    months: set[tuple[int, int]] = set()
    for i in items:
        if i.kind in REMUNERATION_KINDS and i.period_from and i.period_to:
            y, m = i.period_from.year, i.period_from.month
            while (y, m) <= (i.period_to.year, i.period_to.month):
                months.add((y, m))
                y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return len(months)


def amount_reached(threshold: CrimeThreshold, arrears: Sequence[WorkerArrears]) -> list[Reason]:
    """The reasons "数额较大" is reached (法释〔2013〕3号 Art. 3); empty when it is not.

    (1) one worker owed ≥ ``single_worker_months`` months' pay amounting to ≥
    ``single_worker_fen``; or (2) ≥ ``group_workers`` workers owed ≥ ``group_total_fen`` in all.
    "以上" includes the figure (民法典 Art. 1259).
    """
    owed = [a for a in arrears if a.amount_fen > 0]
    found: list[Reason] = []
    single = [a for a in owed
              if a.months >= threshold.single_worker_months
              and a.amount_fen >= threshold.single_worker_fen]
    if single:
        top = max(single, key=lambda a: a.amount_fen)
        found.append(reason("rule.crime.single_reached", amount=format_yuan(top.amount_fen),
                            months=top.months, threshold=format_yuan(threshold.single_worker_fen),
                            min_months=threshold.single_worker_months))
    total = sum(a.amount_fen for a in owed)
    if len(owed) >= threshold.group_workers and total >= threshold.group_total_fen:
        found.append(reason("rule.crime.group_reached", workers=len(owed),
                            total=format_yuan(total), min_workers=threshold.group_workers,
                            threshold=format_yuan(threshold.group_total_fen)))
    return found


def crime_threshold(
    threshold: CrimeThreshold | None,
    arrears: Sequence[WorkerArrears],
    order_to_pay_ignored: bool | None,
) -> Outcome:
    """Suggest 移送公安机关 (农民工条例 Art. 41 ¶2) when the crime's conditions appear to be met.

    刑法 Art. 276-1 needs both an amount "数额较大" (法释〔2013〕3号 Art. 3, provincial figures)
    and an order to pay that was not obeyed: a 限期整改指令书 or 行政处理决定书 whose deadline
    passed unpaid (Art. 4; posting it at an absconded employer's premises with photos counts).
    ``order_to_pay_ignored`` None: no order has been recorded as expired yet.
    """
    if threshold is None:
        return Outcome("inspection.transfer_to_police", None,
                       (reason("rule.crime.threshold_missing"),), _BASIS)
    reached = amount_reached(threshold, arrears)
    if not reached:
        total = sum(a.amount_fen for a in arrears if a.amount_fen > 0)
        return Outcome("inspection.transfer_to_police", False, (reason(
            "rule.crime.not_reached", total=format_yuan(total),
            single=format_yuan(threshold.single_worker_fen),
            min_months=threshold.single_worker_months, min_workers=threshold.group_workers,
            group=format_yuan(threshold.group_total_fen), source=threshold.source),), _BASIS)
    if order_to_pay_ignored is True:
        return Outcome("inspection.transfer_to_police", True,
                       (*reached, reason("rule.crime.order_ignored"), reason("rule.crime.transfer")),
                       _BASIS, TRANSFER_TO_POLICE)
    key = "rule.crime.order_missing" if order_to_pay_ignored is None else "rule.crime.order_obeyed"
    ok = None if order_to_pay_ignored is None else False
    return Outcome("inspection.transfer_to_police", ok, (*reached, reason(key)), _BASIS)
