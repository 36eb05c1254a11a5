"""One context builder per form: CaseFacts + number + issue date + recipient + inputs -> a flat dict.

Every value is already formatted as the document prints it (2026年3月5日 or 二〇二六年三月五日,
25,200.00元 and 贰万伍仟贰佰元整, 仲裁 vs 监察 wording), so the DOCX template and the PDF renderer
only lay text out. Tables are lists of flat dicts of strings. Each builder returns exactly the keys
its template uses: the template check reports a key no template uses, so the two stay in step.

Entry point for the document service: ``build_context(form, facts, number=..., issued_on=...,
recipient_index=..., inputs=..., copy=...)``. Inputs are checked first (``clean_inputs``) and a
wrong one raises ``ValidationFailed`` naming the field in Chinese.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from ..domain.case import CaseType
from ..domain.dates import format_date, format_date_numerals, parse_iso_date
from ..domain.errors import FieldError, RuleError, ValidationFailed
from ..domain.inspection_rules import additional_compensation_range
from ..domain.money import capitals, format_yuan, parse_yuan, to_fen
from .catalogue import FormSpec
from .facts import CaseFacts, DeadlineFacts, OfficeFacts, WorkerFacts

DRAFT_NUMBER = "（草稿）"
COPY_MARK = "副本"
_UNSET = "（未设置）"

Context = dict[str, Any]


def build_context(form: FormSpec, facts: CaseFacts, *, number: str = "", issued_on: date,
                  recipient_index: int | None = None, inputs: Mapping[str, str] | None = None,
                  copy: bool = False) -> Context:
    """The context of ``form`` for ``facts``.

    ``number``: the 文号 / 案号 the document carries ("" for a draft: printed as （草稿）);
    ``recipient_index``: which worker it is addressed to (per-worker forms, 送达回证), None for
    the complainant / applicant side as a whole; ``copy``: a re-print, marked 副本.
    """
    builder = BUILDERS.get(form.id)
    if builder is None:
        raise RuleError("form.unknown", form_id=form.id)
    if facts.case_type not in form.case_types:
        raise RuleError("form.not_for_case_type", title=form.title,
                        case_type=facts.case_type_label.removesuffix("案件"))
    cleaned = clean_inputs(form, inputs or {})
    # per-subject forms (失信名单当事人): the index picks a listing subject, not a worker
    per_subject = form.per == "subject"
    doc = _Doc(form, facts, number, issued_on, None if per_subject else _recipient(facts, recipient_index),
               cleaned, copy)
    doc.subject_index = recipient_index if per_subject else None
    return builder(doc)


def clean_inputs(form: FormSpec, inputs: Mapping[str, str]) -> dict[str, str]:
    """Trimmed inputs of the form; every missing or wrong one is reported at once."""
    errors: list[FieldError] = []
    out: dict[str, str] = {}
    for spec in form.inputs:
        value = str(inputs.get(spec.key) or "").strip()
        field = f"inputs.{spec.key}"
        if not value:
            if spec.required:
                errors.append(FieldError(field, "form.input_required", {"label": spec.label}))
            out[spec.key] = ""
            continue
        if spec.kind == "choice" and value not in {v for v, _ in spec.choices}:
            errors.append(FieldError(field, "form.input_choice", {
                "label": spec.label, "value": value, "choices": "、".join(lbl for _, lbl in spec.choices)}))
        if spec.kind == "date" and parse_iso_date(value) is None:
            errors.append(FieldError(field, "form.input_date", {"label": spec.label, "value": value}))
        out[spec.key] = value
    if errors:
        raise ValidationFailed(errors)
    return out


def recipients(form: FormSpec, facts: CaseFacts) -> list[str]:
    """Who gets one document each: the workers (per worker), else one name for the whole case."""
    if form.per == "worker":
        return [w.name for w in facts.workers]
    if form.per == "respondent":
        return [facts.employer.name]
    return [_addressee_name(facts)]


# ---- shared pieces -----------------------------------------------------------------------------

class _Doc:
    """What every builder reads, with the formatting rules of the case's family in one place."""

    def __init__(self, form: FormSpec, facts: CaseFacts, number: str, issued_on: date,
                 recipient: WorkerFacts | None, inputs: dict[str, str], copy: bool) -> None:
        self.form = form
        self.facts = facts
        self.number = number.strip() or DRAFT_NUMBER
        self.issued_on = issued_on
        self.recipient = recipient
        self.inputs = inputs
        self.copy = copy
        self.subject_index: int | None = None
        self.office = facts.office or _EMPTY_OFFICE
        self.arbitration = facts.case_type == CaseType.ARBITRATION.value

    def date(self, d: date | None) -> str:
        return format_date(d) if d else ""

    @property
    def issue_date(self) -> str:
        # arbitration follows the courts: 二〇二六年三月五日; 公文 and 执法文书: 2026年3月5日
        return format_date_numerals(self.issued_on) if self.arbitration else format_date(self.issued_on)

    @property
    def organ_name(self) -> str:
        return (self.office.commission_name if self.arbitration else self.office.agency_name) or _UNSET

    @property
    def you(self) -> str:
        if self.recipient is not None or not self.facts.is_collective:
            return "你"
        return "你们"

    @property
    def recipient_name(self) -> str:
        if self.recipient is not None:
            return self.recipient.name
        return _addressee_name(self.facts)

    def header(self) -> Context:
        return {"copy_mark": COPY_MARK if self.copy else "", "organ_name": self.organ_name,
                "doc_number": self.number}

    def addressed(self) -> Context:
        """The head of a notice to the complainant: who it is to, and when we received them."""
        return {**self.header(), "recipient_name": self.recipient_name, "you": self.you,
                "received_date": self.date(self.facts.received_on)}

    def amounts(self) -> Context:
        fen = self.facts.claimed_fen
        return {"total_amount": f"{format_yuan(fen)}元", "total_capitals": capitals(fen)}


_EMPTY_OFFICE = OfficeFacts(agency_name="", inspection_unit="", commission_name="", address="", phone="",
                            contact="", review_government="", court_name="", intermediate_court="")


def _recipient(facts: CaseFacts, index: int | None) -> WorkerFacts | None:
    if index is None:
        return None
    if not 0 <= index < len(facts.workers):
        raise RuleError("form.recipient_invalid", index=index + 1, count=len(facts.workers))
    return facts.workers[index]


def _addressee_name(facts: CaseFacts) -> str:
    """The complainant / applicant side: the worker, the representatives, or “张三等12人”."""
    workers = facts.workers
    if not workers:
        return _UNSET
    if len(workers) == 1:
        return workers[0].name
    reps = [w.name for w in workers if w.is_representative]
    side = "申请人" if facts.case_type == CaseType.ARBITRATION.value else "投诉人"
    if reps:
        return f"{'、'.join(reps)}（{side}代表）"
    return f"{workers[0].name}等{len(workers)}人"


def _names(workers: tuple[WorkerFacts, ...], limit: int = 5) -> str:
    if not workers:
        return _UNSET
    if len(workers) <= limit:
        return "、".join(w.name for w in workers)
    return "、".join(w.name for w in workers[:3]) + f"等{len(workers)}人"


def _month(d: date) -> str:
    return f"{d.year}年{d.month}月"


def _period(froms: list[date], tos: list[date]) -> str:
    if not froms and not tos:
        return "（未填写）"
    start = min(froms) if froms else None
    end = max(tos) if tos else None
    if start and end and (start.year, start.month) == (end.year, end.month):
        return _month(start)
    if start and end and start.year == end.year:
        return f"{_month(start)}至{end.month}月"
    if start and end:
        return f"{_month(start)}至{_month(end)}"
    return f"{_month(start)}起" if start else f"至{_month(end)}"  # type: ignore[arg-type]


def arrears_period(workers: tuple[WorkerFacts, ...]) -> str:
    """The months owed, over every item of every worker: 2025年6月至2025年12月."""
    items = [i for w in workers for i in w.items]
    return _period([i.period_from for i in items if i.period_from], [i.period_to for i in items if i.period_to])


def _lines(text: str, *, last: str = "") -> list[str]:
    """A multi-line input as numbered items: “1．身份证复印件；” … the last ending with ``last``."""
    rows = [line.strip().rstrip("；;。.，,") for line in text.splitlines()]
    rows = [r for r in rows if r]
    if len(rows) == 1 and not last:
        return rows
    out = []
    for n, row in enumerate(rows, 1):
        end = last if n == len(rows) else "；"
        out.append(f"{n}．{row}{end}")
    return out


def _worker_row(n: int, w: WorkerFacts) -> dict[str, str]:
    items = w.items
    return {
        "index": str(n),
        "name": w.name,
        "id_number": w.id_number,
        "job": w.job,
        "period": _period([i.period_from for i in items if i.period_from],
                          [i.period_to for i in items if i.period_to]) if items else "",
        "amount": format_yuan(w.claimed_fen),
        "phone": w.phone,
    }


def _person(w: WorkerFacts) -> dict[str, str]:
    return {"name": w.name, "sex": w.sex_label, "age": "" if w.age is None else str(w.age),
            "id_number": w.id_number, "phone": w.phone, "address": w.address}


# ---- 劳动保障监察 -------------------------------------------------------------------------------

def complaint_register(d: _Doc) -> Context:
    f = d.facts
    reps = [w for w in f.workers if w.is_representative] or list(f.workers[:1])
    return {
        "copy_mark": COPY_MARK if d.copy else "",
        "organ_name": d.office.inspection_unit or d.organ_name,
        "case_number": f.case_number,
        "register_date": d.date(f.received_on),
        "complainants": [_person(w) for w in reps],
        "employer_name": f.employer.name,
        "employer_credit_code": f.employer.credit_code,
        "employer_legal_representative": f.employer.legal_representative,
        "employer_address": f.employer.address,
        "employer_phone": f.employer.phone,
        "is_construction": bool(f.project_name or f.chain),
        "project_name": f.project_name,
        "project_address": f.project_address,
        "chain": [{"role": c.role_label, "name": c.name, "code": c.credit_code_or_id, "phone": c.phone}
                  for c in f.chain],
        "facts_text": f.facts or "（未填写）",
        "claims_text": f.claims or f"请求责令{f.employer.name}支付拖欠的劳动报酬。",
        "arrears_period": arrears_period(f.workers),
        "worker_count": str(len(f.workers)),
        **d.amounts(),
        "total_figures": format_yuan(f.claimed_fen),
        "workers": [_worker_row(n, w) for n, w in enumerate(f.workers, 1)],
        "officer_name": f.officer_name or _UNSET,
    }


def inspection_acceptance(d: _Doc) -> Context:
    f = d.facts
    return {
        **d.addressed(),
        "employer_name": f.employer.name,
        "worker_count": str(len(f.workers)),
        "arrears_period": arrears_period(f.workers),
        **d.amounts(),
        "accepted_date": d.date(f.accepted_on or d.issued_on),
        "officer_name": f.officer_name or _UNSET,
        "office_phone": d.office.phone or _UNSET,
        "issue_date": d.issue_date,
    }


# ground -> (what the office found, legal basis, where the complainant should turn)
_INSPECTION_GROUNDS: dict[str, tuple[str, str, str]] = {
    "over_two_years": (
        "{you}投诉的违法行为发生至今已超过两年，其间未被劳动保障行政部门发现，也未被举报、投诉",
        "《劳动保障监察条例》第二十条第一款和《关于实施〈劳动保障监察条例〉若干规定》第十八条",
        "{you}与用人单位之间的劳动报酬争议，可以依法向{commission}申请仲裁。"),
    "not_inspection_matter": (
        "{you}投诉的事项属于劳动争议，应当通过劳动争议处理程序解决，不属于劳动保障监察事项",
        "《劳动保障监察条例》第二十一条第二款",
        "请{you}依照《中华人民共和国劳动争议调解仲裁法》的规定，向{commission}申请劳动争议仲裁。"),
    "in_dispute_procedure": (
        "{you}投诉的事项已经按照劳动争议处理程序申请调解、仲裁或者已经提起诉讼",
        "《劳动保障监察条例》第二十一条第二款",
        "请{you}依照劳动争议处理或者诉讼的程序继续办理。"),
    "not_our_jurisdiction": (
        "{you}投诉的用人单位用工所在地不在本机关管辖范围内",
        "《劳动保障监察条例》第十三条",
        "请{you}向用人单位用工所在地的县级或者设区的市级劳动保障行政部门投诉。"),
}


def _with_detail(text: str, detail: str) -> str:
    detail = detail.strip().rstrip("。.")
    return f"{text}（{detail}）" if detail else text


def inspection_rejection(d: _Doc) -> Context:
    f = d.facts
    found, basis, referral = _INSPECTION_GROUNDS[d.inputs["ground"]]
    words = {"you": d.you, "commission": d.office.commission_name or "劳动人事争议仲裁委员会"}
    return {
        **d.addressed(),
        "employer_name": f.employer.name,
        "ground_text": _with_detail(found.format(**words), d.inputs.get("detail", "")),
        "legal_basis": basis,
        "referral_text": referral.format(**words),
        "review_government": d.office.review_government or "本级人民政府",
        "court_name": d.office.court_name or "有管辖权的人民法院",
        "office_phone": d.office.phone or _UNSET,
        "issue_date": d.issue_date,
    }


def inspection_supplement(d: _Doc) -> Context:
    f = d.facts
    return {
        **d.addressed(),
        "employer_name": f.employer.name,
        "missing_items": _lines(d.inputs["missing_items"], last="。"),
        "due_text": d.inputs.get("due_text") or "五个工作日",
        "officer_name": f.officer_name or _UNSET,
        "office_phone": d.office.phone or _UNSET,
        "issue_date": d.issue_date,
    }


# ---- 劳动人事争议仲裁 -----------------------------------------------------------------------------

def _tribunal(inputs: Mapping[str, str]) -> str:
    presiding = inputs.get("presiding_arbitrator", "")
    others = inputs.get("arbitrators", "")
    clerk = inputs.get("clerk", "")
    if not presiding:
        return "另行通知"
    parts = [f"首席仲裁员{presiding}，仲裁员{others}" if others else f"独任仲裁员{presiding}"]
    if clerk:
        parts.append(f"书记员{clerk}")
    return "，".join(parts)


def arbitration_acceptance(d: _Doc) -> Context:
    return {
        **d.header(),
        "recipient_name": d.recipient_name,
        "you": d.you,
        "tribunal_text": _tribunal(d.inputs),
        "office_phone": d.office.phone or _UNSET,
        "issue_date": d.issue_date,
    }


_ARBITRATION_GROUNDS = {
    "no_direct_interest": "{you}与本案没有直接利害关系",
    "no_respondent": "{you}的仲裁申请没有明确的被申请人",
    "no_clear_claim": "{you}的仲裁申请没有具体的仲裁请求和事实、理由",
    "not_in_scope": "{you}申请仲裁的事项不属于劳动人事争议仲裁的受案范围",
}


def arbitration_rejection(d: _Doc) -> Context:
    f = d.facts
    ground = d.inputs["ground"]
    detail = d.inputs.get("detail", "")
    if ground == "other":
        if not detail:
            spec = d.form.input("detail")
            raise ValidationFailed([FieldError("inputs.detail", "form.input_required",
                                               {"label": spec.label if spec else "具体理由"})])
        text = detail.strip().rstrip("。.")
    else:
        text = _with_detail(_ARBITRATION_GROUNDS[ground].format(you=d.you), detail)
    return {
        **d.addressed(),
        "respondent_name": f.employer.name,
        "ground_text": text,
        "issue_date": d.issue_date,
    }


def arbitration_receipt(d: _Doc) -> Context:
    f = d.facts
    missing = _lines(d.inputs.get("missing_items", ""), last="。")
    if missing:
        next_text = f"材料补正齐全后，本委将在五日内决定是否受理，并书面通知{d.you}。"
    else:
        next_text = f"本委将在收到仲裁申请之日起五日内决定是否受理，并书面通知{d.you}。"
    return {
        **d.addressed(),
        "materials": _lines(d.inputs["materials"], last="。"),
        "missing_items": missing,
        "next_text": next_text,
        "officer_name": f.officer_name or _UNSET,
        "office_phone": d.office.phone or _UNSET,
        "issue_date": d.issue_date,
    }


# ---- both families ------------------------------------------------------------------------------

def service_receipt(d: _Doc) -> Context:
    f = d.facts
    typed_to = d.inputs.get("served_to", "")
    served_to = typed_to or d.recipient_name
    address = d.inputs.get("served_address", "")
    if not address:
        if d.recipient is not None and not typed_to:
            address = d.recipient.address
        elif served_to == f.employer.name:
            address = f.employer.address
        else:
            named = [w for w in f.workers if w.name == served_to]
            reps = [w for w in f.workers if w.is_representative] or list(f.workers[:1])
            address = (named or reps)[0].address if (named or reps) else ""
    return {
        "copy_mark": COPY_MARK if d.copy else "",
        "organ_name": d.organ_name,
        "case_number_label": "案号" if d.arbitration else "案件编号",
        "case_number": f.case_number,
        "served_title": d.inputs["served_title"],
        "served_number": d.inputs.get("served_number", "") or (d.number if d.number != DRAFT_NUMBER else ""),
        "served_to": served_to,
        "served_address": address,
        "note": d.inputs.get("note", ""),
    }


def case_cover(d: _Doc) -> Context:
    f = d.facts
    arb = d.arbitration
    state = lambda x: x.state_label + ("（暂定）" if x.provisional else "")  # noqa: E731
    return {
        "copy_mark": COPY_MARK if d.copy else "",
        "organ_name": d.organ_name if arb else (d.office.inspection_unit or d.organ_name),
        "cover_title": "劳动人事争议仲裁案卷" if arb else "劳动保障监察案卷",
        "case_number": f.case_number,
        "case_type_label": f.case_type_label + ("（集体）" if f.is_collective else ""),
        "cause": "追索劳动报酬争议" if arb else "拖欠劳动报酬",
        "applicant_label": "申请人" if arb else "投诉人",
        "applicant_names": _names(f.workers),
        "respondent_label": "被申请人" if arb else "被投诉单位",
        "respondent_name": f.employer.name,
        "worker_count": str(len(f.workers)),
        **d.amounts(),
        "officer_name": f.officer_name or "",
        "received_date": d.date(f.received_on),
        "accepted_date": d.date(f.accepted_on),
        "status_label": f.status_label,
        "deadlines": [{"name": x.name, "due": d.date(x.due) or "—", "state": state(x), "basis": x.basis}
                      for x in f.deadlines],
    }


# ---- 劳动保障监察: the inspection path (issue 5) ------------------------------------------------

_GENERAL_CONTRACTOR = "施工总承包单位"
_VIOLATED = "《中华人民共和国劳动法》第五十条和《保障农民工工资支付条例》第三条"


def _general_contractor(f: CaseFacts) -> str:
    """The 总包 named in the chain, unless it is the employer itself (条例 Art. 30 joint payment)."""
    for link in f.chain:
        if link.role_label == _GENERAL_CONTRACTOR and link.name and link.name != f.employer.name:
            return link.name
    return ""


def _is_construction(f: CaseFacts) -> bool:
    return bool(f.project_name or f.chain)


def _arrears_facts(d: _Doc, owed_word: str = "拖欠") -> str:
    """经查 sentence: who owes whom, how many, which months, how much (figures and capitals)."""
    f = d.facts
    typed = d.inputs.get("facts", "").strip()
    if typed:
        return typed
    where = ""
    if f.project_name:  # project names mostly end in 项目 or 工程 already
        suffix = "" if f.project_name.endswith(("项目", "工程", "标段")) else "项目"
        where = f"在{f.project_name}{suffix}"
    return (f"{f.employer.name}{where}{owed_word}{_names(f.workers)}等{len(f.workers)}名劳动者"
            f"{arrears_period(f.workers)}的劳动报酬，合计{format_yuan(f.claimed_fen)}元"
            f"（大写：人民币{capitals(f.claimed_fen)}）")


def _employer_head(d: _Doc) -> Context:
    """The head of a document addressed to the employer (被指令 / 被询问 / 被告知 / 被处理单位)."""
    return {**d.header(), "recipient_name": d.facts.employer.name, "issue_date": d.issue_date}


def _contact(d: _Doc) -> Context:
    return {"office_address": d.office.address or _UNSET, "officer_name": d.facts.officer_name or _UNSET,
            "office_phone": d.office.phone or _UNSET}


def _amount_rows(workers: tuple[WorkerFacts, ...]) -> list[dict[str, str]]:
    return [{"index": str(n), "name": w.name, "id_number": w.id_number,
             "period": _worker_row(n, w)["period"], "amount": format_yuan(w.claimed_fen)}
            for n, w in enumerate(workers, 1)]


def rectification_order(d: _Doc) -> Context:
    f = d.facts
    gc = _general_contractor(f)
    due = parse_iso_date(d.inputs["due_date"])
    payer = f"你单位与{gc}共同" if gc else "你单位"
    return {
        **_employer_head(d),
        "recipient_name": f"{f.employer.name}、{gc}" if gc else f.employer.name,
        "facts_text": _arrears_facts(d).rstrip("。") + "。",
        "violated_basis": _VIOLATED,
        "order_basis": "《劳动保障监察条例》第二十六条" + ("和《保障农民工工资支付条例》第三十条" if gc else ""),
        "payer_text": payer,
        "due_date": d.date(due),
        "workers": _amount_rows(f.workers),
        "worker_count": str(len(f.workers)),
        "total_capitals": capitals(f.claimed_fen),
        "total_figures": format_yuan(f.claimed_fen),
        **_contact(d),
    }


# materials an employer brings to the 询问 (forms.md §1.3), tagged with who in a construction
# chain holds them: 总 施工总承包单位, 分 分包单位, 建 建设单位
_INQUIRY_MATERIALS: tuple[tuple[str, str], ...] = (
    ("营业执照副本复印件", "总/分"),
    ("法定代表人身份证明书或者授权委托书，以及受委托人的身份证件", "总/分/建"),
    ("职工名册（农民工实名制管理花名册）", "总/分"),
    ("劳动合同", "总/分"),
    ("{period}的工资支付表和考勤记录", "总/分"),
    ("劳动规章制度", "分"),
    ("工伤保险参保缴费凭证", "总"),
    ("人工费用拨付凭证", "总/建"),
    ("工资保证金存储凭证及农民工工资专用账户材料", "总"),
    ("工程承包（分包）合同或者协议", "总/分/建"),
)


def _inquiry_materials(d: _Doc) -> list[str]:
    typed = d.inputs.get("materials", "")
    if typed.strip():
        return _lines(typed, last="。")
    construction = _is_construction(d.facts)
    period = arrears_period(d.facts.workers)
    rows = [text.format(period=period) + (f"（{tags}）" if construction else "")
            for text, tags in _INQUIRY_MATERIALS
            if construction or tags != "总/建" and tags != "总"]
    return [f"{n}．{row}{'。' if n == len(rows) else '；'}" for n, row in enumerate(rows, 1)]


def inquiry_notice(d: _Doc) -> Context:
    f = d.facts
    construction = _is_construction(f)
    return {
        **_employer_head(d),
        "appointment": d.inputs["appointment"],
        "place": d.inputs.get("place") or d.office.address or _UNSET,
        "materials": _inquiry_materials(d),
        "tags_note": ("（注：材料后标注“总”的由施工总承包单位提供，“分”的由分包单位提供，“建”的由建设单位提供。）"
                      if construction and not d.inputs.get("materials", "").strip() else ""),
        **d.amounts(),
        **_contact(d),
    }


def penalty_notice(d: _Doc) -> Context:
    hearing = d.inputs.get("hearing") == "yes"
    return {
        **_employer_head(d),
        "facts_text": _arrears_facts(d).rstrip("。"),
        "violated_basis": d.inputs.get("violated_basis") or _VIOLATED,
        "legal_basis": d.inputs["legal_basis"],
        "decision_items": _lines(d.inputs["decision_text"], last="。"),
        "statement_days": d.inputs.get("statement_days") or "三个工作日",
        "hearing": hearing,
        **_contact(d),
    }


def _money(fen: int) -> str:
    return f"{format_yuan(fen)}元"


def _compensation(owed_fen: int, percent: int) -> int:
    """加付赔偿金 at ``percent`` of the amount owed, to the fen (half up), within 条例 Art. 26's range."""
    low, high = additional_compensation_range(owed_fen)
    return min(max((owed_fen * percent + 50) // 100, low), high)


def handling_decision(d: _Doc) -> Context:
    f = d.facts
    percent = int(d.inputs["percent"])
    rows = []
    owed_total = comp_total = 0
    for n, w in enumerate(f.workers, 1):
        owed = max(w.claimed_fen - w.paid_fen, 0)
        comp = _compensation(owed, percent)
        owed_total += owed
        comp_total += comp
        rows.append({"index": str(n), "name": w.name, "owed": format_yuan(owed), "compensation": format_yuan(comp),
                     "sum": format_yuan(owed + comp)})
    order_number = d.inputs.get("order_number", "")
    order_due = parse_iso_date(d.inputs.get("order_due", "")) if d.inputs.get("order_due") else None
    order_text = "本机关已责令你单位限期支付" + (f"（{order_number}）" if order_number else "") + \
        (f"，期限届满（{d.date(order_due)}）后" if order_due else "，逾期后") + "你单位仍未足额支付。"
    grand = owed_total + comp_total
    return {
        **_employer_head(d),
        "facts_text": _arrears_facts(d).rstrip("。") + "。" + order_text,
        "violated_basis": _VIOLATED,
        "pay_days": d.inputs["pay_days"],
        "percent_text": f"百分之{_CN_PERCENT.get(percent, str(percent))}",
        "owed_amount": _money(owed_total), "owed_capitals": capitals(owed_total),
        "compensation_amount": _money(comp_total), "compensation_capitals": capitals(comp_total),
        "grand_amount": _money(grand), "grand_capitals": capitals(grand),
        "owed_figures": format_yuan(owed_total), "compensation_figures": format_yuan(comp_total),
        "grand_figures": format_yuan(grand),
        "workers": rows,
        "review_government": d.office.review_government or "本级人民政府",
        "court_name": d.office.court_name or "有管辖权的人民法院",
        **_contact(d),
    }


_CN_PERCENT = {50: "五十", 60: "六十", 70: "七十", 80: "八十", 90: "九十", 100: "一百"}


# ---- internal approval tables and the referral to the police --------------------------------------

_POLICE_DEFAULT = "郑州市公安局"
_CRIME = "拒不支付劳动报酬罪"


def _approval_head(d: _Doc) -> Context:
    """The head of an internal table: the 监察机构 and the case number (副卷, never served)."""
    return {"copy_mark": COPY_MARK if d.copy else "", "organ_name": d.office.inspection_unit or d.organ_name,
            "case_number": d.facts.case_number or _UNSET}


def _party(d: _Doc) -> Context:
    e = d.facts.employer
    return {"party_name": e.name, "party_credit_code": e.credit_code, "party_legal_representative":
            e.legal_representative, "party_address": e.address, "party_contact": e.legal_representative,
            "party_phone": e.phone}


def _owed(f: CaseFacts) -> int:
    return sum(max(w.claimed_fen - w.paid_fen, 0) for w in f.workers)


def _paid(f: CaseFacts) -> int:
    return sum(min(w.paid_fen, w.claimed_fen) for w in f.workers)


def case_approval(d: _Doc) -> Context:
    f = d.facts
    source = "投诉" + (f"（{f.channel_label}）" if f.channel_label else "")
    return {
        **_approval_head(d),
        "case_source": source,
        **_party(d),
        "facts_text": f"{d.date(f.received_on)}，{_addressee_name(f)}投诉：{_arrears_facts(d).rstrip('。')}。",
        "violated_basis": _VIOLATED,
        "opinion": d.inputs.get("opinion") or "经审查，该投诉属于劳动保障监察管辖范围，符合立案条件，建议立案调查。",
        "note": d.inputs.get("note", ""),
    }


def _closing_process(d: _Doc) -> str:
    f = d.facts
    steps = [f"{d.date(f.received_on)}收到{_addressee_name(f)}投诉"]
    if f.accepted_on:
        steps.append(f"{d.date(f.accepted_on)}受理并立案调查")
    text = "，".join(steps) + f"。经查，{_arrears_facts(d).rstrip('。')}。"
    paid, owed = _paid(f), _owed(f)
    if paid:
        text += f"经责令，已支付{_money(paid)}（大写：人民币{capitals(paid)}）"
        text += f"，尚欠{_money(owed)}（大写：人民币{capitals(owed)}）。" if owed else "，已全部支付。"
    return text


def _closing_execution(d: _Doc) -> str:
    f = d.facts
    paid, owed = _paid(f), _owed(f)
    if paid and not owed:
        return f"{f.employer.name}已向{len(f.workers)}名劳动者足额支付劳动报酬{_money(paid)}，处理决定已履行完毕。"
    if paid:
        return f"{f.employer.name}已支付{_money(paid)}，尚欠{_money(owed)}未支付。"
    return f"{f.employer.name}尚未支付拖欠的劳动报酬{_money(owed)}。"


def closing_approval(d: _Doc) -> Context:
    served = parse_iso_date(d.inputs.get("served_date", "")) if d.inputs.get("served_date") else None
    return {
        **_approval_head(d),
        **_party(d),
        "decision_number": d.inputs.get("decision_number") or "（未作出）",
        "served_date": d.date(served) if served else "",
        "process_text": d.inputs.get("process") or _closing_process(d),
        "execution_text": d.inputs.get("execution") or _closing_execution(d),
        "opinion": d.inputs.get("opinion") or "案件已调查处理完毕，建议结案。",
        "note": d.inputs.get("note", ""),
    }


def _order_text(d: _Doc, number_key: str, date_key: str, *, due: bool) -> str:
    """本机关…作出限期改正指令书 sentence; the number and the date only when typed."""
    number = d.inputs.get(number_key, "")
    when = parse_iso_date(d.inputs.get(date_key, "")) if d.inputs.get(date_key) else None
    titled = "《劳动保障监察限期改正指令书》" + (f"（{number}）" if number else "")
    if due:
        return (f"本机关已以{titled}责令其" + (f"于{d.date(when)}前" if when else "限期") +
                "支付拖欠的劳动报酬，其逾期仍未支付。")
    return (f"本机关于{d.date(when)}" if when else "本机关") + f"向其送达{titled}，责令其限期支付拖欠的劳动报酬，其逾期仍未支付。"


def _owed_sentence(f: CaseFacts) -> str:
    owed = _owed(f)
    return f"截至目前，尚欠{len(f.workers)}名劳动者劳动报酬合计{_money(owed)}（大写：人民币{capitals(owed)}）。"


def transfer_approval(d: _Doc) -> Context:
    f = d.facts
    police = d.inputs.get("police_name") or _POLICE_DEFAULT
    facts = d.inputs.get("facts") or (_arrears_facts(d).rstrip("。") + "。" +
                                      _order_text(d, "order_number", "order_due", due=True) + _owed_sentence(f))
    return {
        **_approval_head(d),
        "crime_name": _CRIME,
        "employer_name": f.employer.name,
        "employer_address": f.employer.address,
        "employer_legal_representative": f.employer.legal_representative,
        "employer_phone": f.employer.phone,
        "facts_text": facts,
        "reason_text": ("其行为涉嫌构成拒不支付劳动报酬罪。依照《保障农民工工资支付条例》第四十一条第二款、《中华人民共和国"
                        "刑法》第二百七十六条之一和法释〔2013〕3号的规定，拟移送" + police + "。"),
        "opinion": d.inputs.get("opinion") or f"建议将本案移送{police}依法处理。",
        "note": d.inputs.get("note", ""),
    }


_TRANSFER_ATTACHMENTS = ("调查报告", "限期改正指令书及送达回证", "询问笔录", "欠薪劳动者名单及金额",
                         "逃匿或者拒不支付劳动报酬的证据")


def transfer_letter(d: _Doc) -> Context:
    f = d.facts
    owed = _owed(f)
    rows = list(_TRANSFER_ATTACHMENTS)
    rows[3] += f"（{len(f.workers)}人，合计{_money(owed)}）"
    return {
        **d.header(),
        "issue_date": d.issue_date,
        "police_name": d.inputs.get("police_name") or _POLICE_DEFAULT,
        "employer_name": f.employer.name,
        "facts_text": d.inputs.get("facts") or _arrears_facts(d).rstrip("。") + "。",
        "order_text": _order_text(d, "order_number", "order_date", due=False),
        "worker_count": str(len(f.workers)),
        "owed_amount": _money(owed),
        "owed_capitals": capitals(owed),
        "attachments": [f"{n}．{row}{'。' if n == len(rows) else '；'}" for n, row in enumerate(rows, 1)],
        **_contact(d),
    }


# ---- 延期审批表, 询问笔录, 行政处罚决定书 ---------------------------------------------------------

_INVESTIGATION_CODE = "inspection.investigation"
_INVESTIGATION_NAME = "调查期限"
_EXTENSION_BASIS = "《劳动保障监察条例》第十七条"
_HAND_BLANK = "＿＿＿＿＿＿＿＿"


def _investigation(f: CaseFacts) -> DeadlineFacts | None:
    """The 60-working-day 调查期限 among the case's deadlines (by code, else by name)."""
    by_code = [x for x in f.deadlines if x.code == _INVESTIGATION_CODE]
    return (by_code or [x for x in f.deadlines if x.name == _INVESTIGATION_NAME] or [None])[0]


def extension_approval(d: _Doc) -> Context:
    f = d.facts
    period = _investigation(f)
    # not "due_date": that key is the order's 支付期限, which issuing fills from the case
    typed = d.inputs.get("investigation_due", "")
    due = parse_iso_date(typed) if typed else (period.due if period else None)
    if due is None:
        spec = d.form.input("investigation_due")
        raise ValidationFailed([FieldError("inputs.investigation_due", "form.input_required",
                                           {"label": spec.label if spec else "调查期限届满日"})])
    # the length comes from the period catalogue; a case without it leaves the blank to the pen
    extension = period.extension if period and period.extension else _HAND_BLANK
    return {
        **_approval_head(d),
        **_party(d),
        "case_source": "投诉" + (f"（{f.channel_label}）" if f.channel_label else ""),
        "cause": f"涉嫌拖欠{_names(f.workers)}等{len(f.workers)}名劳动者劳动报酬",
        "opened_date": d.date(f.accepted_on) or "（未立案）",
        "due_date": d.date(due),
        "reason_text": d.inputs["reason"],
        "extension_text": extension,
        "basis": _EXTENSION_BASIS,
        "opinion": d.inputs.get("opinion") or (f"该案情况复杂，不能在调查期限内完成调查。根据{_EXTENSION_BASIS}的规定，"
                                               f"建议延长调查期限{extension}。"),
        "note": d.inputs.get("note", ""),
    }


def _qa_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def interview_record(d: _Doc) -> Context:
    f = d.facts
    i = d.inputs
    interviewer = i.get("interviewer") or f.officer_name or _HAND_BLANK
    recorder = i["recorder"]
    agency = d.organ_name
    question = (f"问：我们是{agency}的劳动保障监察员{interviewer}、{recorder}（出示执法证件），执法证号分别为"
                f"{i['interviewer_cert']}、{i['recorder_cert']}。现依法就{f.employer.name}涉嫌拖欠劳动报酬一案向你"
                "进行调查询问。你有如实回答询问、如实提供有关情况和材料的义务，不得拒绝、隐瞒或者提供虚假情况，否则将"
                "承担相应的法律责任。你有申请回避的权利：如果认为我们与本案有利害关系或者其他关系，可能影响公正办案的，"
                "可以申请我们回避。你听清楚了吗？你是否申请回避？")
    answer = i.get("opening_answer") or "听清楚了，不申请回避。"
    return {
        "copy_mark": COPY_MARK if d.copy else "",
        "organ_name": d.office.inspection_unit or d.organ_name,
        "case_number": f.case_number or _UNSET,
        "start_time": i["start_time"],
        "end_time": i["end_time"],
        "place": i.get("place") or d.office.address or _HAND_BLANK,
        "interviewer": interviewer,
        "interviewer_cert": i["interviewer_cert"],
        "recorder": recorder,
        "recorder_cert": i["recorder_cert"],
        "interviewee_name": i["interviewee_name"],
        "interviewee_sex": i.get("interviewee_sex", ""),
        "interviewee_age": i.get("interviewee_age", ""),
        "interviewee_id_number": i.get("interviewee_id_number", ""),
        "interviewee_employer": i.get("interviewee_employer") or f.employer.name,
        "interviewee_position": i.get("interviewee_position", ""),
        "interviewee_phone": i.get("interviewee_phone", ""),
        "interviewee_relation": i.get("interviewee_relation", ""),
        "opening_question": question,
        "opening_answer": answer if answer.startswith("答") else f"答：{answer}",
        "qa_lines": _qa_lines(i["qa"]),
    }


_PENALTY_EVIDENCE = ("投诉登记表及劳动者提供的欠薪证明材料", "询问笔录", "工资支付记录和考勤记录",
                     "《劳动保障监察限期改正指令书》及送达回证")


def _fine_fen(d: _Doc) -> int:
    spec = d.form.input("fine")
    label = spec.label if spec else "罚款金额"
    try:
        return to_fen(parse_yuan(d.inputs["fine"]))
    except RuleError:
        raise ValidationFailed([FieldError("inputs.fine", "form.input_amount",
                                           {"label": label, "value": d.inputs["fine"]})]) from None


def penalty_decision(d: _Doc) -> Context:
    f = d.facts
    fine = _fine_fen(d)
    typed_evidence = d.inputs.get("evidence", "")
    evidence = ([ln.strip().rstrip("；;。.，,") for ln in typed_evidence.splitlines() if ln.strip()]
                if typed_evidence.strip() else list(_PENALTY_EVIDENCE))
    statement = d.inputs.get("statement", "").strip().rstrip("。.")
    heard = "本机关已依法告知你单位拟作出行政处罚的事实、理由、依据以及依法享有的陈述、申辩（听证）权利。"
    return {
        **_employer_head(d),
        "party_credit_code": f.employer.credit_code or _HAND_BLANK,
        "party_legal_representative": f.employer.legal_representative or _HAND_BLANK,
        "party_address": f.employer.address or _HAND_BLANK,
        "facts_text": _arrears_facts(d).rstrip("。") + "。",
        "evidence_text": "上述事实有" + "、".join(evidence) + "等证据证实。",
        "notice_text": heard + (f"{statement}。" if statement else ""),
        "violated_basis": d.inputs.get("violated_basis") or _VIOLATED,
        "legal_basis": d.inputs["legal_basis"],
        "fine_amount": _money(fine),
        "fine_capitals": capitals(fine),
        "payment_text": d.office.fine_payment or _HAND_BLANK * 2,
        "review_government": d.office.review_government or "本级人民政府",
        "court_name": d.office.court_name or "有管辖权的人民法院",
        **_contact(d),
    }


BUILDERS: dict[str, Callable[[_Doc], Context]] = {
    "inspection.complaint_register": complaint_register,
    "inspection.acceptance_notice": inspection_acceptance,
    "inspection.rejection_notice": inspection_rejection,
    "inspection.supplement_notice": inspection_supplement,
    "arbitration.acceptance_notice": arbitration_acceptance,
    "arbitration.rejection_notice": arbitration_rejection,
    "arbitration.receipt": arbitration_receipt,
    "service_receipt": service_receipt,
    "case_cover": case_cover,
    "inspection.rectification_order": rectification_order,
    "inspection.inquiry_notice": inquiry_notice,
    "inspection.penalty_notice": penalty_notice,
    "inspection.decision": handling_decision,
    "inspection.case_approval": case_approval,
    "inspection.closing_approval": closing_approval,
    "inspection.transfer_approval": transfer_approval,
    "inspection.transfer_letter": transfer_letter,
    "inspection.extension_approval": extension_approval,
    "inspection.interview_record": interview_record,
    "inspection.penalty_decision": penalty_decision,
}

# the arbitration (issue 6), blacklist (issue 7) and legal-aid (issue 8) builders live in their
# own modules, which use the helpers above and add themselves to BUILDERS when they load: so
# either side may be imported first without an import cycle
from . import context_arbitration, context_blacklist, context_legal_aid  # noqa: E402,F401

PARTS = (context_arbitration, context_blacklist, context_legal_aid)
