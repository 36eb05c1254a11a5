"""The procedural steps of a demo case, consistent with its status and dated from its receipt.

A case's status says how far its procedure went; the steps get the dates an office would give
them (acceptance within 5 working days, 立案 the same day, a 限期改正指令书 with a payment date,
a hearing date some two weeks out...). Dates past "now" are pulled back to now, which keeps
their order, so a recent case still shows every step its status implies. The deadlines the
demo stores are computed from exactly these steps (domain.periods), as the services would.
"""
from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, timedelta

from ..domain.case import CaseStatus as S
from ..domain.case import CaseType
from ..domain.case import ProceduralEvent as P

# add(kind, at_utc, summary, anchor) -> the (clamped) time it was recorded at
Add = Callable[[P, datetime, str, dict[str, str] | None], datetime]
# later(after_utc, working_days) -> an office time that many working days after
Later = Callable[[datetime, int], datetime]


def procedural_steps(rng: random.Random, case_type: CaseType, status: S, received: datetime,
                     latest: datetime, add: Add, later: Later) -> None:
    """Call ``add`` for each step; ``latest`` (UTC) is the last moment a step may have."""
    today = (latest + timedelta(hours=8)).date()
    if status == S.REGISTERED:
        return
    step = later(received, rng.randint(1, 5))
    if status == S.SUPPLEMENT_REQUESTED:
        add(P.SUPPLEMENT_REQUESTED, step, "一次性告知需要补正的全部材料", None)
        return
    if status == S.REJECTED:
        add(P.REJECTED, step, "决定不予受理并书面告知", None)
        return
    if case_type == CaseType.INSPECTION:
        _inspection(rng, status, step, today, add, later)
    else:
        _arbitration(rng, status, step, latest, add, later)


def _inspection(rng: random.Random, status: S, accepted: datetime, today: date, add: Add,
                later: Later) -> None:
    accepted = add(P.ACCEPTED, accepted, "受理投诉", None)
    add(P.CASE_OPENED, accepted, "立案调查，向用人单位送达调查询问书", None)
    if status == S.ACCEPTED:
        return
    if status == S.WITHDRAWN:
        add(P.WITHDRAWN, later(accepted, rng.randint(1, 15)), "投诉人撤回投诉", None)
        return
    if status == S.INVESTIGATING:
        if rng.random() < 0.35:
            extended = later(accepted, rng.randint(50, 58))
            if _local(extended) < today:
                add(P.INVESTIGATION_EXTENDED, extended, "情况复杂，经负责人批准延长调查期限30个工作日", None)
        return
    final = later(accepted, rng.randint(3, 40))
    if status == S.ORDERED:
        issued = add(P.RECTIFICATION_ORDER_ISSUED, final, "下达限期改正指令书，责令限期支付拖欠工资",
                     _due(issued_on=final, days=rng.randint(5, 15)))
        if rng.random() < 0.7:
            add(P.INVESTIGATION_CONCLUDED, issued, "调查终结", None)
        due = _local(issued) + timedelta(days=15)
        if (today - due).days > 35 and rng.random() < 0.6:
            add(P.LISTING_DECIDED, later(issued, rng.randint(18, 30)),
                "逾期未支付，作出列入拖欠农民工工资失信联合惩戒对象名单决定", None)
        return
    if status in (S.DECIDED, S.TRANSFERRED) or (status == S.CLOSED and rng.random() < 0.5):
        ordered = later(accepted, rng.randint(2, 10))
        if ordered < final:
            add(P.RECTIFICATION_ORDER_ISSUED, ordered, "下达限期改正指令书，责令限期支付拖欠工资",
                _due(issued_on=ordered, days=rng.randint(5, 10)))
            listed = later(ordered, rng.randint(18, 28))
            if status != S.CLOSED and _local(listed) < today and rng.random() < 0.7:
                add(P.LISTING_DECIDED, listed, "逾期未支付，作出列入拖欠农民工工资失信联合惩戒对象名单决定", None)
    if status == S.CLOSED:
        add(P.PAID, final, "用人单位已全额支付拖欠工资", None)
        add(P.INVESTIGATION_CONCLUDED, final, "调查终结", None)
        add(P.CASE_CLOSED, final, "拖欠工资已支付，结案", None)
        return
    add(P.INVESTIGATION_CONCLUDED, final, "调查终结", None)
    if status == S.TRANSFERRED:
        sent = add(P.TRANSFERRED_TO_POLICE, final, "涉嫌拒不支付劳动报酬罪，移送公安机关", None)
        received = add(P.POLICE_RECEIVED, later(sent, rng.randint(0, 1)), "公安机关签收移送书回执", None)
        if rng.random() < 0.9:
            add(P.POLICE_DECIDED, later(received, rng.randint(1, 3)), "公安机关决定立案",
                {"outcome": "filed"})
        return
    decided = add(P.DECISION_MADE, final, "作出行政处理决定", None)
    if rng.random() < 0.85:
        add(P.DECISION_SERVED, later(decided, rng.randint(1, 6)), "送达行政处理决定书", None)


def _arbitration(rng: random.Random, status: S, accepted: datetime, latest: datetime, add: Add,
                 later: Later) -> None:
    today = (latest + timedelta(hours=8)).date()
    accepted = add(P.ACCEPTED, accepted, "受理仲裁申请", None)
    fresh = status == S.ACCEPTED
    if rng.random() < 0.06:
        _legal_aid(rng, accepted, fresh, add, later)
    if not fresh or rng.random() < 0.6:
        served = add(P.APPLICATION_SERVED, later(accepted, rng.randint(1, 5)), "向被申请人送达仲裁申请书副本", None)
    else:
        served = None
    if rng.random() < 0.35:
        add(P.SIMPLE_PROCEDURE_CHOSEN, accepted, "决定适用简易处理，并告知双方当事人", None)
    if fresh:
        return
    add(P.TRIBUNAL_NOTIFIED, later(accepted, rng.randint(2, 5)), "书面通知当事人仲裁庭组成情况", None)
    if status == S.WITHDRAWN:
        add(P.WITHDRAWN, later(accepted, rng.randint(2, 20)), "申请人撤回仲裁申请", None)
        return
    if served is not None and rng.random() < 0.8:
        defence = add(P.DEFENCE_RECEIVED, later(served, rng.randint(3, 10)), "收到被申请人答辩书", None)
        if status not in (S.TRIBUNAL_FORMED, S.HEARING_SCHEDULED) or rng.random() < 0.85:
            add(P.DEFENCE_COPY_SERVED, later(defence, rng.randint(1, 5)), "向申请人送达答辩书副本", None)
    if status == S.TRIBUNAL_FORMED:
        return
    by_mediation = status == S.MEDIATED or (status == S.CLOSED and rng.random() < 0.45)
    if by_mediation and rng.random() < 0.5:
        _mediated(rng, status, later(accepted, rng.randint(3, 20)), add, later, today)
        return
    scheduled = later(accepted, rng.randint(4, 12))
    hearing_at = later(scheduled, rng.randint(7, 18))
    if status not in (S.HEARING_SCHEDULED, S.SUSPENDED):
        hearing_at = min(hearing_at, latest)  # the status says the hearing took place
    scheduled = add(P.HEARING_SCHEDULED, scheduled, "确定开庭日期", {"hearing_date": _local(hearing_at).isoformat()})
    if status not in (S.HEARING_SCHEDULED, S.SUSPENDED) or rng.random() < 0.85:
        add(P.HEARING_NOTICE_SERVED, later(scheduled, rng.randint(1, 4)), "向双方当事人送达开庭通知书", None)
    if status in (S.HEARING_SCHEDULED, S.SUSPENDED):
        if (today - _local(accepted)).days > 38 and rng.random() < 0.5:
            add(P.TIME_LIMIT_EXTENDED, later(accepted, rng.randint(25, 30)),
                "案情复杂，经批准延长审理期限15日并书面通知当事人", None)
        if status == S.SUSPENDED:
            add(P.SUSPENDED, later(scheduled, rng.randint(1, 8)), "因当事人申请中止审理", None)
        elif _local(hearing_at) < today and rng.random() < 0.7:
            add(P.HEARING_HELD, hearing_at, "开庭审理", None)
        return
    held = add(P.HEARING_HELD, hearing_at, "开庭审理", None)
    if by_mediation:
        _mediated(rng, status, held, add, later, today)
        return
    awarded = add(P.AWARDED, later(held, rng.randint(2, 8)), "作出仲裁裁决", None)
    served = add(P.AWARD_SERVED, later(awarded, rng.randint(1, 4)), "送达裁决书", None)
    if status == S.CLOSED:
        add(P.ARBITRATION_CLOSED, later(served, rng.randint(1, 10)), "结案归档", None)


def _mediated(rng: random.Random, status: S, at: datetime, add: Add, later: Later, today: date) -> None:
    """A 调解书 takes effect once both parties signed for it; a closed case then went to file.
    Only a recent one may still wait for the parties' signatures."""
    made = add(P.MEDIATED, at, "经调解达成协议，制作调解书", None)
    if status == S.CLOSED or (today - _local(made)).days > 7 or rng.random() < 0.3:
        signed = add(P.MEDIATION_SIGNED, later(made, rng.randint(0, 3)), "双方当事人签收调解书，调解书生效", None)
        if status == S.CLOSED:
            add(P.ARBITRATION_CLOSED, later(signed, rng.randint(1, 10)), "结案归档", None)


def _legal_aid(rng: random.Random, accepted: datetime, fresh: bool, add: Add, later: Later) -> None:
    asked = add(P.LEGAL_AID_REQUESTED, accepted, "申请人提出法律援助申请（农民工请求支付劳动报酬，免予核查经济困难状况）", None)
    # a case still at its start may be waiting for each step; an older one has had them all
    if fresh and rng.random() < 0.2:
        return
    referred = add(P.LEGAL_AID_REFERRED, asked, "当日转交法律援助中心", None)
    if fresh and rng.random() < 0.3:
        return
    decided = later(referred, rng.randint(1, 5))
    if rng.random() < 0.1:
        add(P.LEGAL_AID_DECIDED, decided, "法律援助中心决定不予法律援助", None)
        return
    granted = add(P.LEGAL_AID_GRANTED, decided, "法律援助中心决定给予法律援助", None)
    if not fresh or rng.random() < 0.7:
        add(P.LAWYER_ASSIGNED, later(granted, rng.randint(1, 2)), "指派律师", None)


def _local(utc: datetime) -> date:
    return (utc + timedelta(hours=8)).date()


def _due(*, issued_on: datetime, days: int) -> dict[str, str]:
    # the payment date of a 限期改正指令书 is set in calendar days from the issue date
    return {"due_date": (_local(issued_on) + timedelta(days=days)).isoformat()}
