"""The labour-inspection path: one use case per action of domain.inspection_path.

Guards come from the domain table with facts read from the case (its events, payments, the
latest 限期改正指令书's payment date, the crime threshold and the blacklist conditions), so the
buttons the UI enables and the refusals here say the same thing. Documents are issued from the
文书 tab; this service records the procedural steps they stand for.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from ..domain import blacklist_rules, crime_rules, inspection_rules
from ..domain.case import CaseStatus, CaseType, EventKind, Industry, ProceduralEvent, status_label
from ..domain.dates import format_date, parse_iso_date
from ..domain.errors import FieldError, RuleError, ValidationFailed
from ..domain.inspection_path import (
    ACTION_LABELS,
    NEEDS_APPROVAL,
    InspectionAction,
    PathFacts,
    action_state,
    available_actions,
    next_status,
)
from ..domain.money import format_yuan, parse_yuan, to_fen
from ..domain.outcome import Outcome
from ..domain.periods import compute_deadlines
from ..domain.permissions import Permission
from ..domain.reference_values import crime_threshold_for, province_of
from ..storage import case_queries
from ..storage import inspection_queries as q
from ..storage import reference_data as rd
from ..storage.models import Approval, Case, CaseEvent, Payment
from . import audit
from .case_rules import REMUNERATION
from .context import ServiceContext, to_local
from .deadlines import (
    clock_inputs,
    facts_from_rows,
    parties_text,
    payload_dict,
    recompute_case,
    today_local,
)
from .approvals import approval_label, pending_lines
from .path_inputs import clean_inputs, dated, step_date
from .permissions import check, holds, requires
from .dto import (
    ActionView,
    ApprovalView,
    Changes,
    InspectionView,
    OverdueOrderView,
    PaymentInput,
    PaymentView,
    ReferenceColumn,
    StepView,
    WorkerBalanceView,
)

A = InspectionAction
P = ProceduralEvent
REPRESENTATION_SETTING = "inspection.representation_working_days"
DEFAULT_REPRESENTATION_DAYS = "3"
BLACKLIST_NOTE = "提请列入失信名单"

PAYERS = (
    ("employer", "用人单位"),
    ("general_contractor", "施工总承包单位"),
    ("wage_account", "农民工工资专用账户"),
    ("wage_deposit", "工资保证金"),
    ("emergency_fund", "应急周转金先行垫付"),
)
METHODS = (("bank", "银行转账"), ("cash", "现金"), ("other", "其他"))
REJECT_GROUNDS = (
    ("time_barred", "违法行为发生已超过二年（《劳动保障监察条例》第二十条）"),
    ("not_inspection", "不属于劳动保障监察事项，告知向有关机关申请处理"),
    ("in_proceedings", "已申请劳动争议调解、仲裁或者提起诉讼（《劳动保障监察条例》第二十一条）"),
    ("employer_unidentified", "没有明确的被投诉用人单位"),
)
STEPS = (("registered", "登记"), ("accepted", "受理立案"), ("investigating", "调查"),
         ("ordered", "责令改正"), ("decided", "处理决定"), ("closed", "结案"))
_STEP_OF_STATUS = {
    CaseStatus.REGISTERED: 0, CaseStatus.SUPPLEMENT_REQUESTED: 0, CaseStatus.INVESTIGATING: 2,
    CaseStatus.ORDERED: 3, CaseStatus.DECIDED: 4, CaseStatus.TRANSFERRED: 4,
}
# what each action records on the timeline (accept: 受理 and 立案 the same day)
_EVENTS: dict[InspectionAction, tuple[str, ...]] = {
    A.ACCEPT: (P.ACCEPTED, P.CASE_OPENED),
    A.REJECT: (P.REJECTED,),
    A.REQUEST_SUPPLEMENT: (P.SUPPLEMENT_REQUESTED,),
    A.RECEIVE_SUPPLEMENT: (P.SUPPLEMENT_COMPLETED,),
    A.EXTEND_INVESTIGATION: (P.INVESTIGATION_EXTENDED,),
    A.ISSUE_ORDER: (P.RECTIFICATION_ORDER_ISSUED,),
    A.NOTIFY_DECISION: (P.PENALTY_NOTICE_SERVED,),
    A.DECIDE: (P.DECISION_MADE,),
    A.REQUEST_HEARING: (P.HEARING_REQUESTED,),
    A.HOLD_HEARING: (P.PENALTY_HEARING_HELD,),
    A.PENALIZE: (P.DECISION_MADE,),
    A.TRANSFER_TO_POLICE: (P.TRANSFERRED_TO_POLICE,),
    A.RECORD_POLICE_RECEIPT: (P.POLICE_RECEIVED,),
    A.RECORD_POLICE_DECISION: (P.POLICE_DECIDED,),
    A.PROPOSE_BLACKLIST: (EventKind.NOTE,),
    A.CLOSE: (P.CASE_CLOSED,),
    A.WITHDRAW_CASE: (P.CASE_WITHDRAWN,),
    A.REOPEN: (EventKind.NOTE,),
}
_REASON = ReferenceColumn("reason", "理由")
HEARING_PERIOD = "inspection.hearing_request"
POLICE_OUTCOMES = (("filed", "决定立案"), ("declined", "决定不予立案"))
# actions whose step happened on a day the officer gives (a receipt, a request by post...)
_DATED = {A.REQUEST_HEARING: "申请日期", A.HOLD_HEARING: "听证日期",
          A.RECORD_POLICE_RECEIPT: "签收日期", A.RECORD_POLICE_DECISION: "决定日期"}


@dataclass(frozen=True)
class _Snapshot:
    """A case as the path sees it: guards' facts and the figures the screen shows."""

    case: Case
    facts: PathFacts
    paid: dict[int, int]  # case_worker id -> fen
    events: list[CaseEvent]
    listing: Outcome  # 45号令 Art. 5 on this case now


class InspectionService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---- reading ---------------------------------------------------------------------------

    def view(self, case_id: int) -> InspectionView:
        rules, calendar, today = clock_inputs(self.ctx)
        with self.ctx.uow.read() as uow:
            s = uow.session
            snap = self._snapshot(s, case_id, today, calendar, rules)
            case, f = snap.case, snap.facts
            balances = tuple(self._balance(cw, snap.paid.get(cw.id, 0)) for cw in case.workers)
            payers = dict(PAYERS)
            methods = dict(METHODS)
            payments = tuple(PaymentView(
                id=p.id, worker_id=wid, worker_name=name, paid_on=p.paid_on, amount_fen=p.amount_fen,
                amount_text=format_yuan(p.amount_fen), payer=p.payer,
                payer_label=payers.get(p.payer, p.payer), method_label=methods.get(p.method, p.method),
                note=p.note) for p, wid, name in q.payments(s, case_id))
            inputs = self._inputs(case, f)
            actions = tuple(ActionView(action=a.action.value, label=a.action.label, allowed=a.allowed,
                                       reason=a.reason, needs_approval=a.needs_approval,
                                       inputs=inputs.get(a.action, ()))
                            for a in available_actions(f))
            steps = _steps(case.status, snap.events)
            return InspectionView(
                case_id=case_id, status=case.status, status_label=status_label(case.status),
                steps=steps, actions=actions, balances=balances, payments=payments,
                owed_fen=case.claimed_fen, paid_fen=f.paid_fen, outstanding_fen=f.owed_fen,
                order_due=f.order_due,
                approvals_pending=pending_lines(s, case_id, case.case_type))

    def pending_approvals(self) -> list[ApprovalView]:
        """Approvals waiting for the current user (a supervisor or administrator)."""
        with self.ctx.uow.read() as uow:
            if not holds(uow.session, self.ctx.user_id, Permission.APPROVE):
                return []
            return [ApprovalView(id=a.id, case_id=a.case_id, case_number=number, action=a.action,
                                 action_label=approval_label(a.action, case_type), requested_by=who or "",
                                 requested_at=to_local(a.requested_at), reason=a.reason)
                    for a, number, who, case_type in q.pending_approvals(uow.session)]

    def listing_outcome(self, s, case_id: int, today: date, calendar, rules) -> Outcome:
        """45号令 Art. 5 on the case now, inside the caller's unit of work (the blacklist path)."""
        return self._snapshot(s, case_id, today, calendar, rules).listing

    def overdue_orders(self, user_id: int | None = None, limit: int = 100) -> list[OverdueOrderView]:
        """The officer's open cases whose 限期改正指令书 payment date has passed unpaid."""
        officer = user_id if user_id is not None else self.ctx.user_id
        if officer is None:
            return []
        today = today_local(self.ctx)
        with self.ctx.uow.read() as uow:
            rows = q.overdue_orders(uow.session, officer, today, limit)
        return [OverdueOrderView(
            case_id=r.id, case_number=r.case_number,
            parties=parties_text(r.case_type, r.lead_worker_name, r.worker_count, bool(r.is_collective),
                                 r.employer_name),
            due=r.due_date, due_text=format_date(r.due_date), days_overdue=(today - r.due_date).days,
            outstanding_fen=int(r.outstanding_fen), outstanding_text=format_yuan(int(r.outstanding_fen)))
            for r in rows]

    # ---- acting ----------------------------------------------------------------------------

    @requires(Permission.INSPECTION)
    def act(self, case_id: int, action: str, inputs: dict[str, str] | None = None) -> Changes:
        """Carry out ``action`` (InspectionAction value) with the values its dialog asked for.
        Refused with the guard's Chinese reason when not allowed now; an action needing a
        supervisor becomes a pending approval instead."""
        act = _action(action)
        if act == A.RECORD_PAYMENT:
            raise RuleError("inspection.use_payment_form")
        rules, calendar, today = clock_inputs(self.ctx)
        with self.ctx.uow.write() as uow:
            s = uow.session
            snap = self._snapshot(s, case_id, today, calendar, rules)
            _check(snap.facts, act)
            clean = self._validated(snap, act, inputs or {}, today)
            now = self.ctx.clock()
            if act in NEEDS_APPROVAL:
                row = Approval(case_id=case_id, action=act.value, inputs=audit.canonical_json(clean),
                               reason=clean.get("reason", ""), status="pending",
                               requested_by=self.ctx.user_id, requested_at=now, comment="")
                q.add(s, row)
                audit.record(s, self.ctx.user_id, "approval.request", "approval", row.id, case_id,
                             None, {"action": act.value, "inputs": clean}, now)
            else:
                self._carry_out(s, snap, act, clean, today)
                recompute_case(s, case_id, rules, calendar, today)
            uow.commit()
        return Changes(case_ids=(case_id,))

    def decide_approval(self, approval_id: int, approve: bool, comment: str = "") -> Changes:
        rules, calendar, today = clock_inputs(self.ctx)
        with self.ctx.uow.write() as uow:
            s = uow.session
            check(s, self.ctx.user_id, Permission.APPROVE)
            row = q.approval(s, approval_id)
            if row is None:
                raise RuleError("inspection.approval_not_found")
            if row.status != "pending":
                raise RuleError("inspection.approval_decided")
            now = self.ctx.clock()
            before = {"status": row.status}
            row.status = "approved" if approve else "refused"
            row.decided_by, row.decided_at, row.comment = self.ctx.user_id, now, comment.strip()
            s.flush()
            audit.record(s, self.ctx.user_id, "approval.decide", "approval", row.id, row.case_id,
                         before, {"status": row.status, "comment": row.comment}, now)
            if approve:
                # the case may have moved since the request: the guard is asked again
                if case_queries.case_type_of(s, row.case_id) == CaseType.ARBITRATION:
                    from .arbitration import decide_approved

                    decide_approved(s, self.ctx, row, today)
                else:
                    snap = self._snapshot(s, row.case_id, today, calendar, rules)
                    act = A(row.action)
                    _check(snap.facts, act)
                    self._carry_out(s, snap, act, json.loads(row.inputs or "{}"), today)
                recompute_case(s, row.case_id, rules, calendar, today)
            case_id = row.case_id
            uow.commit()
        return Changes(case_ids=(case_id,))

    @requires(Permission.INSPECTION)
    def record_payment(self, case_id: int, data: PaymentInput) -> Changes:
        rules, calendar, today = clock_inputs(self.ctx)
        with self.ctx.uow.write() as uow:
            s = uow.session
            snap = self._snapshot(s, case_id, today, calendar, rules)
            _check(snap.facts, A.RECORD_PAYMENT)
            case = snap.case
            cw = next((w for w in case.workers if w.worker_id == data.worker_id), None)
            errors: list[FieldError] = []
            if cw is None:
                errors.append(FieldError("worker_id", "payment.worker_unknown"))
            amount = 0
            try:
                amount = to_fen(parse_yuan(data.amount))
            except RuleError as e:
                errors.append(FieldError("amount", e.key, e.params))
            if cw is not None and amount:
                outstanding = cw.claimed_fen - snap.paid.get(cw.id, 0)
                if amount > outstanding:
                    errors.append(FieldError("amount", "payment.amount_over",
                                             {"outstanding": format_yuan(max(outstanding, 0))}))
            if data.paid_on > today:
                errors.append(FieldError("paid_on", "payment.date_future"))
            elif data.paid_on < case.received_date:
                errors.append(FieldError("paid_on", "payment.date_before_receipt",
                                         {"received": format_date(case.received_date)}))
            if data.payer not in _payers_for(case):
                errors.append(FieldError("payer", "payment.payer_unknown"))
            if data.method not in dict(METHODS):
                errors.append(FieldError("method", "payment.method_unknown"))
            if errors:
                raise ValidationFailed(errors)
            assert cw is not None
            now = self.ctx.clock()
            pay = Payment(case_id=case_id, case_worker_id=cw.id, paid_on=data.paid_on,
                          amount_fen=amount, payer=data.payer, method=data.method,
                          note=data.note.strip()[:500], recorded_at=now, recorded_by=self.ctx.user_id)
            q.add(s, pay)
            audit.record(s, self.ctx.user_id, "payment.add", "payment", pay.id, case_id, None,
                         {"worker_id": data.worker_id, "paid_on": data.paid_on, "amount_fen": amount,
                          "payer": data.payer, "method": data.method}, now)
            left = snap.facts.owed_fen - amount
            payer = dict(PAYERS)[data.payer]
            text = f"{payer}向{cw.worker.name}支付{format_yuan(amount)}元"
            if left <= 0:
                self._event(s, case_id, P.PAID, data.paid_on, f"{text}，工资已全部支付",
                            {"amount_fen": amount})
            else:
                self._event(s, case_id, EventKind.NOTE, data.paid_on,
                            f"{text}，尚欠{format_yuan(left)}元", {"payment_id": pay.id})
            recompute_case(s, case_id, rules, calendar, today)
            uow.commit()
        return Changes(case_ids=(case_id,))

    # ---- the pieces ------------------------------------------------------------------------

    def _carry_out(self, s, snap: _Snapshot, act: InspectionAction, clean: dict, today: date) -> None:
        case = snap.case
        before = {"status": case.status}
        new_status = next_status(case.status, act)
        summary = _summary(act, clean)
        on = step_date(clean, today)
        recorded = {e.kind for e in q.events(s, case.id)} if act == A.NOTIFY_DECISION else set()
        for kind in _EVENTS[act]:
            if kind in recorded and self._served_since_order(s, case.id, kind):
                continue  # serving the 事先告知书 (文书 → 登记送达) already recorded the step
            payload = dict(clean)
            if kind == EventKind.NOTE:
                payload["inspection_action"] = act.value
            self._event(s, case.id, kind, on, summary, payload)
        now = self.ctx.clock()
        case.status = str(new_status)
        if act in (A.CLOSE, A.REJECT, A.WITHDRAW_CASE):
            case.closed_at = now
        elif act == A.REOPEN:
            case.closed_at = None
        case.updated_at = now
        s.flush()
        audit.record(s, self.ctx.user_id, f"inspection.{act.value}", "case", case.id, case.id,
                     before, {"status": case.status, "inputs": clean}, now)

    @staticmethod
    def _served_since_order(s, case_id: int, kind: str) -> bool:
        events = q.events(s, case_id)
        orders = [e.event_date for e in events if e.kind == P.RECTIFICATION_ORDER_ISSUED]
        since = max(orders) if orders else date.min
        return any(e.kind == kind and e.event_date >= since for e in events)

    def _event(self, s, case_id: int, kind: str, on: date, summary: str, payload: dict) -> None:
        ev = CaseEvent(case_id=case_id, kind=str(kind), occurred_at=self.ctx.clock(), event_date=on,
                       actor_id=self.ctx.user_id, summary=summary[:500],
                       payload=audit.canonical_json(payload))
        q.add(s, ev)

    def _snapshot(self, s, case_id: int, today: date, calendar, rules) -> _Snapshot:
        case = case_queries.load_case(s, case_id)
        if case is None:
            raise RuleError("case.not_found", case_id=case_id)
        if case.case_type != CaseType.INSPECTION:
            raise RuleError("inspection.not_inspection_case")
        events = q.events(s, case_id)
        paid = q.paid_by_worker(s, case_id)
        paid_total = sum(paid.values())
        owed = sum(max(cw.claimed_fen - paid.get(cw.id, 0), 0) for cw in case.workers)

        def last(kind: str) -> CaseEvent | None:
            found = [e for e in events if e.kind == kind]
            return found[-1] if found else None

        order = last(P.RECTIFICATION_ORDER_ISSUED)
        order_due = parse_iso_date(payload_dict(order.payload).get("due_date")) if order else None
        opened = last(P.CASE_OPENED)
        notice = last(P.PENALTY_NOTICE_SERVED)
        days = int(rd.get_setting(s, REPRESENTATION_SETTING, DEFAULT_REPRESENTATION_DAYS) or 3)
        over = False
        if notice is not None:
            # the parties have the whole last day: the decision may come the day after
            over = today > calendar.add_working_days(notice.event_date, days).date
        hearing_due = None
        if notice is not None:
            hearing_rules = [r for r in rules if r.code == HEARING_PERIOD]
            found = compute_deadlines(hearing_rules, facts_from_rows(events), calendar=calendar,
                                      today=today, case_type=case.case_type)
            hearing_due = found[0].due if found else None
        since_notice = [e for e in events if notice is not None and e.id > notice.id]
        police = last(P.POLICE_DECIDED)
        extended = any(e.kind == P.INVESTIGATION_EXTENDED and (opened is None or e.id > opened.id)
                       for e in events)
        proposed = any(e.kind == EventKind.NOTE
                       and payload_dict(e.payload).get("inspection_action") == A.PROPOSE_BLACKLIST
                       for e in events)
        crime_met = self._crime_met(s, case, paid, today)
        paid_event = last(P.PAID)
        if order is None:
            paid_in_time = None
        elif owed == 0 and paid_event is not None and (order_due is None or paid_event.event_date <= order_due):
            paid_in_time = True
        elif order_due is not None and today > order_due and owed > 0:
            paid_in_time = False
        else:
            paid_in_time = None
        listing_outcome = blacklist_rules.listing_eligibility(
            order_issued=order is not None, paid_by_deadline=paid_in_time if order else None,
            crime_threshold_met=crime_met,
            # recorded (失信惩戒 → 登记群体性、极端事件) or not known: the officer's finding
            mass_incident=True if last(P.MASS_INCIDENT) is not None else None)
        listing = listing_outcome.ok
        accepted = last(P.ACCEPTED)
        facts = PathFacts(
            status=case.status, today=today, received_on=case.received_date,
            accepted_on=accepted.event_date if accepted else None, order_due=order_due,
            owed_fen=owed, paid_fen=paid_total,
            decision_notified_on=notice.event_date if notice else None,
            representation_days_over=over, investigation_extended=extended,
            hearing_request_due=hearing_due,
            hearing_requested=any(e.kind == P.HEARING_REQUESTED for e in since_notice),
            hearing_held=any(e.kind == P.PENALTY_HEARING_HELD for e in since_notice),
            police_received=last(P.POLICE_RECEIVED) is not None,
            police_outcome=payload_dict(police.payload).get("outcome") if police else None,
            crime_threshold_met=crime_met, listing_eligible=listing,
            transferred=last(P.TRANSFERRED_TO_POLICE) is not None, blacklist_proposed=proposed,
            pending_approvals=frozenset(q.pending_actions(s, case_id)))
        return _Snapshot(case, facts, paid, events, listing_outcome)

    def _crime_met(self, s, case: Case, paid: dict[int, int], today: date) -> bool | None:
        county = (case.county_code or (case.project.county_code if case.project else None)
                  or case.employer.county_code or "")
        province = province_of(county) if county else rd.get_setting(s, "office.province_code", "410000")
        threshold = crime_threshold_for(rd.reference_book(s), province or "410000", today)
        if threshold is None:
            return None
        arrears = []
        for cw in case.workers:
            remuneration = sum(i.amount_fen for i in cw.items if i.kind in REMUNERATION)
            # what is still owed counts, payments first reduce the remuneration owed
            still = max(min(remuneration, cw.claimed_fen - paid.get(cw.id, 0)), 0)
            arrears.append(crime_rules.WorkerArrears(still, crime_rules.months_owed(cw.items)))
        return bool(crime_rules.amount_reached(threshold, arrears))

    def _validated(self, snap: _Snapshot, act: InspectionAction, raw: dict[str, str],
                   today: date) -> dict:
        columns = self._inputs(snap.case, snap.facts).get(act, ())
        clean, errors = clean_inputs(columns, raw, today=today, received=snap.case.received_date)
        if "due_date" in clean and clean["due_date"] < today.isoformat():
            errors.append(FieldError("due_date", "inspection.input.due_past"))
        if act == A.DECIDE and "percent" in clean:
            try:
                pct = int(clean["percent"])
            except ValueError:
                pct = -1
            due = snap.facts.owed_fen
            low, high = inspection_rules.additional_compensation_range(due)
            amount = -(-due * pct // 100) if pct >= 0 else -1  # rounded up, as the range's low end
            if not low <= amount <= high or not 0 <= pct <= 100:
                errors.append(FieldError("percent", "inspection.input.percent"))
            else:
                clean.update(percent=pct, due_fen=due, compensation_fen=amount)
        if errors:
            raise ValidationFailed(errors)
        return clean

    def _inputs(self, case: Case, f: PathFacts) -> dict[InspectionAction, tuple[ReferenceColumn, ...]]:
        payer_choices = tuple((code, f"{label}（{name}）") for code, label, name in _order_payers(case))
        joint = len(payer_choices) > 1
        return {
            A.REJECT: (ReferenceColumn("ground", "不予受理理由", "choice", REJECT_GROUNDS),
                       ReferenceColumn("detail", "具体说明", required=False)),
            A.REQUEST_SUPPLEMENT: (ReferenceColumn("missing", "需补正的材料",
                                                   hint="如：用人单位名称及地址、欠薪期间的考勤记录"),),
            A.EXTEND_INVESTIGATION: (_REASON,),
            A.ISSUE_ORDER: (
                ReferenceColumn("due_date", "支付期限", "date", hint="责令支付工资的最后一日"),
                ReferenceColumn("payers", "责令支付的单位", "choice",
                                (("joint", "；".join(c[1] for c in payer_choices)),) if joint
                                else payer_choices[:1],
                                hint="施工总承包单位对分包单位拖欠的工资先行清偿（《保障农民工工资支付条例》第三十条）"
                                if joint else ""),
            ),
            A.DECIDE: (ReferenceColumn("percent", "加付赔偿金比例（%）", "int",
                                       hint=f"50至100，按尚欠{format_yuan(f.owed_fen)}元计算"),),
            A.PENALIZE: (ReferenceColumn("article", "处罚依据", hint="如：《保障农民工工资支付条例》第五十五条"),
                         ReferenceColumn("amount", "罚款金额（元）", "money")),
            A.REQUEST_HEARING: (_dated(A.REQUEST_HEARING),
                                ReferenceColumn("detail", "申请内容", required=False)),
            A.HOLD_HEARING: (_dated(A.HOLD_HEARING),
                             ReferenceColumn("opinion", "听证意见", hint="听证主持人的处理意见")),
            A.TRANSFER_TO_POLICE: (_REASON,),
            A.RECORD_POLICE_RECEIPT: (_dated(A.RECORD_POLICE_RECEIPT),
                                      ReferenceColumn("police_name", "公安机关名称")),
            A.RECORD_POLICE_DECISION: (
                _dated(A.RECORD_POLICE_DECISION),
                ReferenceColumn("outcome", "决定", "choice", POLICE_OUTCOMES),
                ReferenceColumn("document_no", "通知书文号", required=False)),
            A.PROPOSE_BLACKLIST: (ReferenceColumn("reason", "理由", required=False),),
            A.CLOSE: (_REASON,),
            A.WITHDRAW_CASE: (_REASON,),
            A.REOPEN: (_REASON,),
        }

    def _balance(self, cw, paid: int) -> WorkerBalanceView:
        out = max(cw.claimed_fen - paid, 0)
        return WorkerBalanceView(worker_id=cw.worker_id, name=cw.worker.name, owed_fen=cw.claimed_fen,
                                 paid_fen=paid, outstanding_fen=out, owed_text=format_yuan(cw.claimed_fen),
                                 paid_text=format_yuan(paid), outstanding_text=format_yuan(out))


# ---- helpers ---------------------------------------------------------------------------------

def _action(value: str) -> InspectionAction:
    try:
        return A(value)
    except ValueError:
        raise RuleError("inspection.unknown_action", action=value) from None


def _dated(act: InspectionAction) -> ReferenceColumn:
    return dated(_DATED[act])


def _check(facts: PathFacts, act: InspectionAction) -> None:
    state = action_state(facts, act)
    if not state.allowed:
        raise RuleError("inspection.refused", reason=state.reason)


def _order_payers(case: Case) -> list[tuple[str, str, str]]:
    """Who the 限期改正指令书 orders to pay: the employer, and on a construction project the
    general contractor jointly (农民工条例 Art. 30)."""
    out = [("employer", "用人单位", case.employer.name)]
    if case.industry == Industry.CONSTRUCTION and case.project is not None:
        for link in case.project.links:
            if link.role == "general_contractor" and link.employer is not None \
                    and link.employer_id != case.employer_id:
                out.append(("general_contractor", "施工总承包单位", link.employer.name))
                break
    return out


def _payers_for(case: Case) -> set[str]:
    codes = {c for c, _ in PAYERS}
    if case.industry != Industry.CONSTRUCTION:
        codes.discard("general_contractor")
    return codes


def _summary(act: InspectionAction, clean: dict) -> str:
    label = ACTION_LABELS[act]
    if act == A.REJECT:
        ground = dict(REJECT_GROUNDS).get(clean.get("ground", ""), "")
        return f"{label}：{ground}{('；' + clean['detail']) if clean.get('detail') else ''}"
    if act == A.REQUEST_SUPPLEMENT:
        return f"{label}：{clean.get('missing', '')}"
    if act == A.ISSUE_ORDER:
        due = parse_iso_date(clean.get("due_date"))
        return f"{label}，支付期限{format_date(due) if due else ''}"
    if act == A.DECIDE:
        return (f"{label}：责令支付尚欠工资{format_yuan(clean['due_fen'])}元，加付赔偿金"
                f"{clean['percent']}%计{format_yuan(clean['compensation_fen'])}元")
    if act == A.PENALIZE:
        return f"{label}：{clean.get('article', '')}，罚款{format_yuan(clean.get('amount_fen', 0))}元"
    if act == A.HOLD_HEARING:
        return f"举行听证：{clean.get('opinion', '')}"
    if act == A.RECORD_POLICE_RECEIPT:
        return f"{clean.get('police_name', '')}签收移送书回执"
    if act == A.RECORD_POLICE_DECISION:
        outcome = dict(POLICE_OUTCOMES).get(clean.get("outcome", ""), "")
        text = f"公安机关{outcome}" + (f"（{clean['document_no']}）" if clean.get("document_no") else "")
        if clean.get("outcome") == "declined":
            text += "，可依法提请公安机关复议"
        return text
    if clean.get("detail"):
        return f"{label}：{clean['detail']}"
    if act == A.PROPOSE_BLACKLIST:
        return BLACKLIST_NOTE + (f"：{clean['reason']}" if clean.get("reason") else "")
    if clean.get("reason"):
        return f"{label}：{clean['reason']}"
    return label



def _steps(status: str, events: list[CaseEvent]) -> tuple[StepView, ...]:
    kinds = {e.kind for e in events}
    reached = [
        True,
        P.ACCEPTED in kinds or P.CASE_OPENED in kinds,
        P.CASE_OPENED in kinds,
        P.RECTIFICATION_ORDER_ISSUED in kinds,
        P.DECISION_MADE in kinds or P.TRANSFERRED_TO_POLICE in kinds,
        status == CaseStatus.CLOSED,
    ]
    out = []
    if status in (CaseStatus.CLOSED, CaseStatus.REJECTED):
        for i, (key, label) in enumerate(STEPS):
            done = reached[i] or (status == CaseStatus.REJECTED and i == len(STEPS) - 1)
            out.append(StepView(key, label, "done" if done else "skipped"))
        return tuple(out)
    current = _STEP_OF_STATUS.get(status, 0)
    for i, (key, label) in enumerate(STEPS):
        if i < current:
            state = "done" if reached[i] else "skipped"
        elif i == current:
            state = "current"
        else:
            state = "todo"
        out.append(StepView(key, label, state))
    return tuple(out)
