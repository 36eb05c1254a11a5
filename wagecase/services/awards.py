"""The award editor's use cases: draft the items from the claims, save them, make the award
(split into …-1号 终局 and …-2号 非终局 when mixed, 办案规则 Art. 50 ¶4), 先行裁决 on the items
whose facts are already clear (调解仲裁法 Art. 43 ¶2, 办案规则 Art. 49) and 先予执行 (Art. 44).

Which item is final is the rules library's call (arbitration_rules.split_final_award) on the
awarded amount against 12 × the monthly minimum wage in force on the award date (or on the
acceptance date, per the setting ``final_award.minimum_wage_date``).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.arbitration_rules import (
    AWARD_PART_LABELS,
    FINAL_CATEGORY,
    LABOUR_STANDARD,
    AwardItem as RuleItem,
    FinalAwardSplit,
    split_final_award,
)
from ..domain.case import ArrearsKind, CaseStatus, CaseType, ProceduralEvent
from ..domain.dates import format_date
from ..domain.errors import FieldError, RuleError, ValidationFailed
from ..domain.messages import message
from ..domain.money import format_yuan, parse_yuan, to_fen
from ..domain.permissions import Permission
from ..domain.reference_values import minimum_wage_for, province_of
from ..storage import award_queries as q
from ..storage import case_queries
from ..storage import reference_data as rd
from ..storage.models import Award, AwardItem, Case, CaseEvent
from . import audit
from .context import ServiceContext
from .deadlines import clock_inputs, recompute_case, today_local
from .dto import AwardDraftView, AwardItemInput, AwardItemView, AwardView
from .permissions import requires

AWARD_FORM = "arbitration.award"
ADVANCE_FORM = "arbitration.advance_award"
FORM_TITLES = {AWARD_FORM: "仲裁裁决书", ADVANCE_FORM: "先予执行裁决书"}
KIND_LABELS: dict[str, str] = {**{k.value: k.label for k in ArrearsKind}, LABOUR_STANDARD: "劳动标准争议"}
PART_LABELS = AWARD_PART_LABELS
AWARD_PARTS = ("whole_final", "whole_non_final", "final", "non_final")
REJECTED_REASON = "驳回"
PARTIAL_FIELD = "partial_item_ids"
WAGE_DATE_SETTING = "final_award.minimum_wage_date"
_CLOSED = (CaseStatus.CLOSED, CaseStatus.WITHDRAWN, CaseStatus.REJECTED)
# 调解仲裁法 Art. 44 allows 先予执行 once the tribunal sits and before it decides
ADVANCE_STATUSES = (CaseStatus.TRIBUNAL_FORMED, CaseStatus.HEARING_SCHEDULED, CaseStatus.HEARD)
_TIERS = "零一二三四五六七八九"


@dataclass(frozen=True)
class _Row:
    """An item as the rules see it, stored or only proposed (id 0) or typed (id None)."""

    id: int | None
    case_worker_id: int | None
    kind: str
    label: str
    claimed_fen: int
    awarded_fen: int
    rejected: bool
    award_id: int | None = None

    def rule_item(self) -> RuleItem:
        return RuleItem(self.label, self.kind, self.awarded_fen)


@dataclass(frozen=True)
class _Cap:
    """The monthly minimum wage the award is measured against, or why it is unknown."""

    monthly_fen: int | None
    area_text: str  # 郑州市月最低工资标准2,100元
    basis: str  # where it comes from, one sentence
    problem: str = ""

    @property
    def cap_fen(self) -> int:
        return 12 * self.monthly_fen if self.monthly_fen is not None else 0


class AwardService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---- reading ---------------------------------------------------------------------------

    def draft(self, case_id: int) -> AwardDraftView:
        """The stored items, or (none stored yet) a proposal from the claims: nothing is written."""
        today = today_local(self.ctx)
        with self.ctx.uow.read() as uow:
            s = uow.session
            case = _case(s, case_id)
            rows = [_row(i) for i in q.items(s, case_id)] or _proposal(s, case_id)
            return self._view(s, case, rows, today)

    def preview(self, case_id: int, items: list[AwardItemInput]) -> AwardDraftView:
        """The editor's rows judged as typed, without saving: a row whose amount cannot be read
        gets no verdict (the save names the mistake)."""
        today = today_local(self.ctx)
        with self.ctx.uow.read() as uow:
            s = uow.session
            case = _case(s, case_id)
            claims = _claims(s, case_id)
            issued_in = {i.id: i.award_id for i in q.items(s, case_id)}
            rows = []
            for it in items:
                try:
                    fen = 0 if it.rejected else to_fen(parse_yuan(it.awarded, allow_zero=True))
                    bad = False
                except RuleError:
                    fen, bad = 0, True
                row = _Row(it.id, it.case_worker_id, it.kind, it.label.strip(),
                           claims.get((it.case_worker_id, it.kind), 0), fen, it.rejected,
                           issued_in.get(it.id or 0))
                rows.append((row, bad))
            return self._view(s, case, [r for r, _ in rows], today, unread={i for i, (_, b) in
                                                                            enumerate(rows) if b})

    # ---- writing ---------------------------------------------------------------------------

    @requires(Permission.ARBITRATION)
    def save(self, case_id: int, items: list[AwardItemInput]) -> AwardDraftView:
        """Replace the case's unissued items by ``items`` (in that order) in one transaction."""
        today = today_local(self.ctx)
        with self.ctx.uow.write() as uow:
            s = uow.session
            case = _case(s, case_id)
            if case.status in _CLOSED:
                raise RuleError("award.case_closed", status=CaseStatus(case.status).label)
            stored = q.items(s, case_id)
            by_id = {i.id: i for i in stored}
            numbers = {a.id: a.number for a in q.awards(s, case_id)}
            workers = q.worker_names(s, case_id)
            claims = _claims(s, case_id)
            rows, errors = _validated(items, by_id, numbers, workers, claims)
            if errors:
                raise ValidationFailed(errors)
            cap = self._cap(s, case, today)
            issued = [i for i in stored if i.award_id is not None]
            kept = {r.id for r in rows if r.id is not None}
            gone = [i.id for i in stored if i.award_id is None and i.id not in kept]
            before = [_snapshot(_row(i)) for i in stored if i.award_id is None]
            q.delete_items(s, gone)
            start = max((i.position for i in issued), default=-1) + 1
            for n, row in enumerate(r for r in rows if r.award_id is None):
                final = _final(row, cap)
                if row.id is not None:
                    item = by_id[row.id]
                    item.position, item.case_worker_id, item.kind, item.label = (
                        start + n, row.case_worker_id, row.kind, row.label)
                    item.awarded_fen, item.rejected, item.final = row.awarded_fen, row.rejected, final
                else:
                    q.add(s, AwardItem(case_id=case_id, award_id=None, position=start + n,
                                       case_worker_id=row.case_worker_id, kind=row.kind,
                                       label=row.label, claimed_fen=row.claimed_fen,
                                       awarded_fen=row.awarded_fen, final=final, rejected=row.rejected))
            s.flush()
            after = [_snapshot(_row(i)) for i in q.items(s, case_id) if i.award_id is None]
            audit.record(s, self.ctx.user_id, "award.save_items", "case", case_id, case_id,
                         {"items": before}, {"items": after}, self.ctx.clock())
            uow.commit()
        return self.draft(case_id)

    @requires(Permission.ARBITRATION)
    def issue(self, case_id: int, made_on: date | None = None,
              item_ids: list[int] | None = None) -> list[AwardView]:
        """作出裁决 from the saved, unissued items; then the 裁决书 of each part is issued.

        With ``item_ids`` it is a 先行裁决 of those items only: the case stays "heard" and its
        审理期限 runs on (only the award of the rest ends it)."""
        from .arbitration import check_action, record_step  # the path service imports this one

        partial = item_ids is not None
        rules, calendar, today = clock_inputs(self.ctx)
        on = made_on or today
        with self.ctx.uow.write() as uow:
            s = uow.session
            case = _case(s, case_id)
            if partial and case.status != CaseStatus.HEARD:
                raise RuleError("award.partial_status", status=CaseStatus(case.status).label)
            check_action(s, self.ctx, case_id, "award", today)
            if on > today:
                raise ValidationFailed([FieldError("made_on", "award.date_future",
                                                   {"date": format_date(on)})])
            accepted = q.accepted_on(s, case_id)
            if accepted is not None and on < accepted:
                raise ValidationFailed([FieldError("made_on", "award.date_before_acceptance", {
                    "date": format_date(on), "accepted": format_date(accepted)})])
            pending = [i for i in q.items(s, case_id) if i.award_id is None]
            if not pending:
                raise RuleError("award.nothing_to_issue")
            if partial:
                pending = _partial_items(q.items(s, case_id), pending, item_ids or [],
                                         {a.id: a.number for a in q.awards(s, case_id)})
            cap = self._cap(s, case, on)
            if cap.monthly_fen is None:
                raise RuleError("award.minimum_wage_unknown", detail=cap.problem)
            counted = [i for i in pending if not i.rejected]
            split = split_final_award([_row(i).rule_item() for i in counted], cap.monthly_fen)
            earlier = sum(1 for a in q.awards(s, case_id) if a.part in AWARD_PARTS)
            parts = _parts(split, case.case_number, earlier, suffixed=partial or earlier > 0)
            now = self.ctx.clock()
            made: dict[str, Award] = {}
            for part, number in parts:
                made[part] = Award(case_id=case_id, part=part, number=number, made_on=on,
                                   cap_fen=cap.cap_fen, partial=partial, document_id=None,
                                   created_at=now, created_by=self.ctx.user_id)
                q.add(s, made[part])
            # a rejected claim goes with the part that keeps the 15-day suit open to both sides
            fallback = made.get("non_final") or next(iter(made.values()))
            for item in pending:
                final = _final(_row(item), cap)
                item.final = final
                target = fallback
                if final is True and "final" in made:
                    target = made["final"]
                item.award_id = target.id
            s.flush()
            payload = {"awards": [{"id": a.id, "part": a.part, "number": a.number} for a in made.values()]}
            summary = _summary(made.values(), partial)
            if partial:
                # no step of the path: the status stays "heard", so not record_step's transition
                payload["item_ids"] = [i.id for i in pending]
                s.add(CaseEvent(case_id=case_id, kind=ProceduralEvent.PARTIAL_AWARDED.value,
                                occurred_at=now, event_date=on, actor_id=self.ctx.user_id,
                                summary=summary[:500], payload=audit.canonical_json(payload)))
                s.flush()
            else:
                record_step(s, self.ctx, case_id, "award", on=on, summary=summary,
                            payload=payload, kinds=(ProceduralEvent.AWARDED.value,))
            audit.record(s, self.ctx.user_id, "award.partial" if partial else "award.issue", "case",
                         case_id, case_id, None,
                         {**payload, "made_on": on, "cap_fen": cap.cap_fen,
                          "items": [_snapshot(_row(i)) for i in pending]}, now)
            recompute_case(s, case_id, rules, calendar, today)
            ids = [a.id for a in made.values()]
            uow.commit()
        self.issue_documents(case_id)
        return [v for v in self.awards(case_id) if v.id in ids]

    @requires(Permission.ARBITRATION)
    def issue_documents(self, case_id: int) -> list[int]:
        """Issue the 裁决书 of every award part of the case that has none yet; the document ids.

        Runs after the award's own commit (the document engine opens its own transaction): when
        the form is missing the award stands and the clerk is told to issue from 文书."""
        with self.ctx.uow.read() as uow:
            waiting = [(a.id, a.number) for a in q.awards(uow.session, case_id)
                       if a.document_id is None and a.part in AWARD_PARTS]
        if not waiting:
            return []
        return [self._attach_document(case_id, award_id, AWARD_FORM, {"award_id": str(award_id)})
                for award_id, _number in waiting]

    def _attach_document(self, case_id: int, award_id: int, form: str, inputs: dict[str, str]) -> int:
        from .documents import DocumentService

        docs = DocumentService(self.ctx)
        if form not in docs.catalogue():
            raise RuleError("award.form_missing", form=FORM_TITLES[form])
        views, _changes = docs.issue(case_id, form, inputs=inputs)
        document_id = views[0].id
        with self.ctx.uow.write() as uow:
            row = q.award(uow.session, award_id)
            if row is not None:
                row.document_id = document_id
                uow.session.flush()
            uow.commit()
        return document_id

    @requires(Permission.ARBITRATION)
    def advance(self, case_id: int, item_ids: list[int], reason: str) -> AwardView:
        """先予执行 (调解仲裁法 Art. 44; 办案规则 Art. 51): an award of its own on the chosen
        remuneration / 工伤医疗费 / 经济补偿 / 赔偿金 items; the items stay open for the final award."""
        rules, calendar, today = clock_inputs(self.ctx)
        with self.ctx.uow.write() as uow:
            s = uow.session
            case = _case(s, case_id)
            if case.status not in ADVANCE_STATUSES:
                raise RuleError("award.advance_status", status=CaseStatus(case.status).label)
            errors: list[FieldError] = []
            text = (reason or "").strip()
            if not text:
                errors.append(FieldError("advance_reason", "award.advance_reason_required"))
            by_id = {i.id: i for i in q.items(s, case_id)}
            chosen = [by_id.get(i) for i in dict.fromkeys(item_ids)]
            if not item_ids:
                errors.append(FieldError("item_ids", "award.advance_no_items"))
            elif any(i is None for i in chosen):
                errors.append(FieldError("item_ids", "award.advance_item_unknown"))
            else:
                for item in chosen:
                    assert item is not None
                    if item.rejected:
                        errors.append(FieldError("item_ids", "award.advance_rejected", {"label": item.label}))
                    elif item.kind not in FINAL_CATEGORY:
                        errors.append(FieldError("item_ids", "award.advance_kind", {"label": item.label}))
            if errors:
                raise ValidationFailed(errors)
            now = self.ctx.clock()
            # forms.md §5.3: one 案号 per case, printed on every document of it
            award = Award(case_id=case_id, part="advance", number=case.case_number, made_on=today,
                          cap_fen=0, document_id=None, created_at=now, created_by=self.ctx.user_id)
            q.add(s, award)
            items = [i for i in chosen if i is not None]
            total = sum(i.awarded_fen for i in items)
            payload = {"award_id": award.id, "item_ids": [i.id for i in items], "reason": text,
                       "amount_fen": total}
            s.add(CaseEvent(case_id=case_id, kind=ProceduralEvent.ADVANCE_ENFORCEMENT_AWARDED.value,
                            occurred_at=now, event_date=today, actor_id=self.ctx.user_id,
                            summary=f"裁决先予执行{len(items)}项，共{format_yuan(total)}元"[:500],
                            payload=audit.canonical_json(payload)))
            s.flush()
            audit.record(s, self.ctx.user_id, "award.advance", "award", award.id, case_id, None,
                         payload, now)
            recompute_case(s, case_id, rules, calendar, today)
            award_id = award.id
            uow.commit()
        # the 先予执行裁决书, after the award's own commit as for the 裁决书 (issue_documents)
        self._attach_document(case_id, award_id, ADVANCE_FORM, {"award_id": str(award_id), "reason": text})
        return next(v for v in self.awards(case_id) if v.id == award_id)

    def awards(self, case_id: int) -> list[AwardView]:
        with self.ctx.uow.read() as uow:
            return [_award_view(a) for a in q.awards(uow.session, case_id)]

    # ---- the pieces ------------------------------------------------------------------------

    def _view(self, s, case: Case, rows: list[_Row], today: date,
              unread: set[int] | None = None) -> AwardDraftView:
        cap = self._cap(s, case, today)
        names = q.worker_names(s, case.id)
        made = q.awards(s, case.id)
        numbers = {a.id: a.number for a in made}
        views = []
        for n, row in enumerate(rows):
            final = None if unread and n in unread else _final(row, cap)
            views.append(AwardItemView(
                id=row.id or 0, position=n, case_worker_id=row.case_worker_id,
                worker_name=names.get(row.case_worker_id or 0, ""), kind=row.kind,
                kind_label=KIND_LABELS.get(row.kind, row.kind), label=row.label,
                claimed_fen=row.claimed_fen, claimed_text=format_yuan(row.claimed_fen),
                awarded_fen=row.awarded_fen, awarded_text=format_yuan(row.awarded_fen),
                rejected=row.rejected, final=final, final_reason=_final_reason(row, cap, final),
                award_number=numbers.get(row.award_id or 0, "")))
        # after a 先行裁决 the split and totals are those of the award still to be made
        open_rows = [r for r in rows if r.award_id is None]
        counted = [r for r in (open_rows or rows) if not r.rejected]
        reasons = [cap.basis] if cap.basis else []
        mixed = False
        final_total = non_final_total = 0
        if cap.monthly_fen is None:
            reasons.append(cap.problem)
        else:
            split = split_final_award([r.rule_item() for r in counted], cap.monthly_fen)
            mixed = split.mixed
            final_total = sum(i.amount_fen for i in split.final_items)
            non_final_total = sum(i.amount_fen for i in split.non_final_items)
            if mixed:
                reasons.append(split.reasons[-1].text)
        return AwardDraftView(
            case_id=case.id, items=tuple(views), cap_fen=cap.cap_fen, cap_text=format_yuan(cap.cap_fen),
            minimum_wage_text=cap.area_text, mixed=mixed, final_total_text=format_yuan(final_total),
            non_final_total_text=format_yuan(non_final_total), reasons=tuple(reasons),
            issued=tuple(_award_view(a) for a in made))

    def _cap(self, s, case: Case, award_on: date) -> _Cap:
        rule = rd.get_setting(s, WAGE_DATE_SETTING, "award") or "award"
        on, basis = award_on, "裁决日"
        if rule == "acceptance":
            on, basis = q.accepted_on(s, case.id) or case.received_date, "受理日"
        county = (case.county_code or (case.project.county_code if case.project else None)
                  or case.employer.county_code or "")
        if not county:
            return _Cap(None, "", "", message("rule.final.county_missing"))
        try:
            standard = minimum_wage_for(rd.reference_book(s), county, on)
        except RuleError as exc:
            return _Cap(None, "", "", message(exc.key, **exc.params))
        city = q.region_name(s, county[:4] + "00") or q.region_name(s, county)
        monthly = format_yuan(standard.monthly_fen).removesuffix(".00")
        text = message("award.wage_basis", province=q.region_name(s, province_of(county)),
                       tier=_TIERS[standard.tier] if 0 < standard.tier < 10 else standard.tier,
                       monthly=monthly, document=standard.document_no or "文号待补",
                       since=format_date(standard.effective_from), basis=basis, date=format_date(on))
        if standard.to_verify:
            text += message("award.wage_basis_unverified")
        return _Cap(standard.monthly_fen, f"{city}月最低工资标准{monthly}元", text)


# ---- helpers ---------------------------------------------------------------------------------

def _case(s, case_id: int) -> Case:
    case = case_queries.load_case(s, case_id)
    if case is None:
        raise RuleError("case.not_found", case_id=case_id)
    if case.case_type != CaseType.ARBITRATION:
        raise RuleError("award.not_arbitration")
    return case


def _row(item: AwardItem) -> _Row:
    return _Row(item.id, item.case_worker_id, item.kind, item.label, item.claimed_fen,
                item.awarded_fen, bool(item.rejected), item.award_id)


def _claims(s, case_id: int) -> dict[tuple[int | None, str], int]:
    return {(cw, kind): fen for cw, kind, fen in q.claims(s, case_id)}


def _proposal(s, case_id: int) -> list[_Row]:
    """One item per worker per arrears kind, awarded as claimed (the tribunal edits it)."""
    names = q.worker_names(s, case_id)
    return [_Row(0, cw, kind, f"支付{names.get(cw, '')}{KIND_LABELS.get(kind, kind)}", fen, fen, False)
            for cw, kind, fen in q.claims(s, case_id)]


def _final(row: _Row, cap: _Cap) -> bool | None:
    if row.rejected or cap.monthly_fen is None:
        return None
    return bool(split_final_award([row.rule_item()], cap.monthly_fen).final_items)


def _final_reason(row: _Row, cap: _Cap, final: bool | None) -> str:
    if row.rejected:
        return REJECTED_REASON
    if cap.monthly_fen is None:
        return cap.problem
    if final is None:
        return "裁决金额填写有误，暂无法判断是否终局。"
    return split_final_award([row.rule_item()], cap.monthly_fen).reasons[0].text


def _snapshot(row: _Row) -> dict:
    return {"id": row.id, "case_worker_id": row.case_worker_id, "kind": row.kind, "label": row.label,
            "claimed_fen": row.claimed_fen, "awarded_fen": row.awarded_fen, "rejected": row.rejected}


def _validated(items: list[AwardItemInput], by_id: dict[int, AwardItem], numbers: dict[int, str],
               workers: dict[int, str], claims: dict) -> tuple[list[_Row], list[FieldError]]:
    rows: list[_Row] = []
    errors: list[FieldError] = []
    for n, it in enumerate(items):
        at = f"award_items[{n}]"
        stored = by_id.get(it.id) if it.id else None
        if it.id and stored is None:
            errors.append(FieldError(at, "award.item_unknown"))
            continue
        label = (it.label or "").strip()
        if not label:
            errors.append(FieldError(f"{at}.label", "required"))
        elif len(label) > 200:
            errors.append(FieldError(f"{at}.label", "award.label_too_long", {"length": len(label)}))
        if it.kind not in KIND_LABELS:
            errors.append(FieldError(f"{at}.kind", "award.kind_unknown", {"value": it.kind}))
        if it.case_worker_id is not None and it.case_worker_id not in workers:
            errors.append(FieldError(f"{at}.case_worker_id", "award.worker_unknown"))
        fen = 0
        if not it.rejected or (it.awarded or "").strip() not in ("", "0"):
            try:
                fen = to_fen(parse_yuan(it.awarded, allow_zero=True))
            except RuleError as exc:
                if not it.rejected:
                    errors.append(FieldError(f"{at}.awarded", exc.key, exc.params))
        if it.rejected:
            fen = 0
        claimed = stored.claimed_fen if stored is not None else claims.get((it.case_worker_id, it.kind), 0)
        row = _Row(it.id or None, it.case_worker_id, it.kind, label, claimed, fen, it.rejected,
                   stored.award_id if stored is not None else None)
        if stored is not None and stored.award_id is not None:
            if _snapshot(row) != _snapshot(_row(stored)):
                errors.append(FieldError(at, "award.item_issued",
                                         {"number": numbers.get(stored.award_id, "")}))
        rows.append(row)
    return rows, errors


def _partial_items(stored: list[AwardItem], pending: list[AwardItem], item_ids: list[int],
                   numbers: dict[int, str]) -> list[AwardItem]:
    """The items a 先行裁决 covers: saved, granted, not yet awarded, and not all that is left
    (then it is the award itself, and "其余仲裁请求另行裁决" would be untrue)."""
    by_id = {i.id: i for i in stored}
    chosen = [by_id.get(i) for i in dict.fromkeys(item_ids)]
    errors: list[FieldError] = []
    if not item_ids:
        errors.append(FieldError(PARTIAL_FIELD, "award.partial_no_items"))
    elif any(i is None for i in chosen):
        errors.append(FieldError(PARTIAL_FIELD, "award.partial_item_unknown"))
    else:
        for item in chosen:
            assert item is not None
            if item.award_id is not None:
                errors.append(FieldError(PARTIAL_FIELD, "award.partial_item_issued",
                                         {"label": item.label, "number": numbers.get(item.award_id, "")}))
            elif item.rejected:
                errors.append(FieldError(PARTIAL_FIELD, "award.partial_rejected", {"label": item.label}))
        if not errors and len(chosen) == len(pending):
            errors.append(FieldError(PARTIAL_FIELD, "award.partial_all"))
    if errors:
        raise ValidationFailed(errors)
    wanted = {i.id for i in chosen if i is not None}
    return [i for i in pending if i.id in wanted]


def _parts(split: FinalAwardSplit, case_number: str, earlier: int = 0,
           suffixed: bool = False) -> list[tuple[str, str]]:
    """The parts of the award and their numbers.

    forms.md §5.3 gives one 案号 per case and …-1号 / …-2号 for a mixed award; it is silent on a
    case with several awards (先行裁决, then the rest). Two awards must never share a number, so
    once a case has (or is making) a 先行裁决, every award of it takes the next suffix after the
    awards it already has: a mixed 先行裁决 is …-1号 / …-2号 and the final award …-3号 (…-4号)."""
    if split.mixed:
        kinds = ["final", "non_final"]
    elif split.final_items and not split.non_final_items:
        kinds = ["whole_final"]
    else:
        # nothing final (or every claim rejected): the 15-day suit of Art. 50 stays open to both sides
        kinds = ["whole_non_final"]
    if suffixed:
        return [(k, _suffixed(case_number, earlier + n)) for n, k in enumerate(kinds, 1)]
    if split.mixed:
        return list(zip(kinds, split.numbers(case_number)))
    return [(kinds[0], case_number)]


def next_numbers(case_number: str, earlier: int, mixed: bool, partial: bool = False) -> list[str]:
    """The numbers the next award of a case will take (one, or two when mixed), as ``_parts``
    gives them; ``earlier`` counts the case's awards other than 先予执行. The editor announces them."""
    count = 2 if mixed else 1
    if partial or earlier:
        return [_suffixed(case_number, earlier + n) for n in range(1, count + 1)]
    if mixed:
        return [_suffixed(case_number, 1), _suffixed(case_number, 2)]
    return [case_number]


def _suffixed(case_number: str, n: int) -> str:
    stem, tail = (case_number[:-1], "号") if case_number.endswith("号") else (case_number, "")
    return f"{stem}-{n}{tail}"


def _summary(awards, partial: bool = False) -> str:
    parts = "；".join(f"{PART_LABELS[a.part]}{a.number}" for a in awards)
    return f"{'作出先行裁决' if partial else '作出仲裁裁决'}（{parts}）"


def _award_view(a: Award) -> AwardView:
    label = PART_LABELS.get(a.part, a.part)
    if a.partial:
        label = f"先行裁决（{label.removesuffix('裁决')}）"
    return AwardView(id=a.id, part=a.part, part_label=label, number=a.number, made_on=a.made_on,
                     document_id=a.document_id, partial=bool(a.partial))
