"""Context builders of the legal-aid documents (issue 8, forms.md §4; 法律援助法).

法律援助申请转交函 (with its tear-off 回执), one per referral, from the 人社局 (监察) or the 仲裁委
(仲裁) to the legal-aid centre; 法律援助申请表, one per applicant of the referral (the worker, or
each representative of a collective case), pre-filled from the case and signed by hand. They read
the referral (``CaseFacts.referral``) that the input ``referral_id`` names or the case's latest
one; a case without one cannot have them, and the officer is told so on the field. A 函 is a 公文:
its dates are printed 2026年3月5日 in arbitration too.
"""
from __future__ import annotations

from ..domain.case import ArrearsKind, CaseType
from ..domain.crime_rules import REMUNERATION_KINDS
from ..domain.dates import format_date
from ..domain.errors import FieldError, RuleError, ValidationFailed
from ..domain.legal_aid_rules import hardship_check_exempt
from ..domain.money import capitals, format_yuan
from .context import _UNSET, BUILDERS, COPY_MARK, Context, _Doc, _lines, _names, arrears_period
from . import context_arbitration  # its functions read when called: it may still be loading now
from .facts import CaseFacts, ReferralFacts, WorkerFacts

LAW = "《中华人民共和国法律援助法》"
_BLANK = "＿＿＿＿＿＿"
_CHECKED, _UNCHECKED = "■", "□"
EXEMPT_TEXT = "属于进城务工人员请求支付劳动报酬，免予核查经济困难状况"


# ---- the referral and who applies --------------------------------------------------------------

def referral_of(d_or_facts: _Doc | CaseFacts, title: str = "") -> ReferralFacts:
    """The referral, or a ValidationFailed on ``inputs.referral_id`` saying there is none."""
    f = d_or_facts.facts if isinstance(d_or_facts, _Doc) else d_or_facts
    if f.referral is None or not f.referral.applicants:
        if isinstance(d_or_facts, _Doc):
            title = title or d_or_facts.form.title
        raise ValidationFailed([FieldError("inputs.referral_id", "form.referral_missing", {"title": title})])
    return f.referral


def applicant_recipients(f: CaseFacts, title: str = "") -> list[tuple[int, str]]:
    """(worker index, name) of each applicant of the referral: one 申请表 each (per "applicant")."""
    referral = referral_of(f, title)
    out = []
    for w in referral.applicants:
        if w in f.workers:
            out.append((f.workers.index(w), w.name))
    return out


def _applicant(d: _Doc) -> WorkerFacts:
    referral = referral_of(d)
    if d.recipient is None:
        return referral.applicants[0]
    if d.recipient not in referral.applicants:
        raise RuleError("form.applicant_invalid", index=d.facts.workers.index(d.recipient) + 1,
                        count=len(d.facts.workers))
    return d.recipient


def _we(d: _Doc) -> str:
    return "本委" if d.arbitration else "本局"


def _claim_kinds(workers: tuple[WorkerFacts, ...]) -> set[str]:
    kinds = {i.kind for w in workers for i in w.items}
    return kinds or {ArrearsKind.WAGES.value}  # a complaint without items is about wages


def _exempt(workers: tuple[WorkerFacts, ...]) -> bool:
    migrant = all(w.is_migrant_worker for w in workers) if workers else None
    return bool(hardship_check_exempt(migrant, _claim_kinds(workers)).ok)


def _applicant_line(w: WorkerFacts) -> str:
    parts = [w.name]
    if w.sex_label:
        parts.append(w.sex_label)
    if w.birth_date:
        parts.append(f"{format_date(w.birth_date)}出生")
    if w.id_number:
        parts.append(f"公民身份号码{w.id_number}")
    if w.address:
        parts.append(f"户籍地（住址）{w.address}")
    if w.phone:
        parts.append(f"联系电话{w.phone}")
    if w.is_migrant_worker:
        parts.append("进城务工人员")
    return "，".join(parts) + "。"


def _applicants_phrase(referral: ReferralFacts) -> str:
    names = "、".join(w.name for w in referral.applicants)
    if referral.for_representatives and len(referral.applicants) > 0:
        return f"{names}（劳动者代表）"
    return names


def stage_text(d: _Doc) -> str:
    """Where the case stands: the 监察 case and its number, or the arbitration case, its number and
    the next hearing."""
    f = d.facts
    accepted = f"于{format_date(f.accepted_on)}" if f.accepted_on else ""
    if f.case_type == CaseType.ARBITRATION.value:
        text = f"本案已由{_we(d)}{accepted}作为劳动人事争议仲裁案件受理，案号为{f.case_number}"
        if f.hearing is not None:
            text += f"，定于{context_arbitration.hearing_time(f.hearing)}开庭审理"
        else:
            text += "，开庭时间另行确定"
        return text + "。"
    done = "受理" if f.accepted_on else "登记"
    return f"本案已由{_we(d)}{accepted}作为劳动保障监察投诉案件{done}，案号为{f.case_number}，正在依法调查处理。"


def _claims_text(d: _Doc, workers: tuple[WorkerFacts, ...]) -> str:
    f = d.facts
    fen = sum(w.claimed_fen for w in workers)
    period = arrears_period(workers)
    text = (f"申请人请求{f.employer.name}支付拖欠的劳动报酬" + (f"（欠薪期间{period}）" if "未填写" not in period else "")
            + f"，金额合计{format_yuan(fen)}元（大写：人民币{capitals(fen)}）")
    if len(f.workers) > len(workers):
        text += f"。本案涉及劳动者{len(f.workers)}人，请求金额合计{format_yuan(f.claimed_fen)}元"
    return text + "。"


def _facts_text(f: CaseFacts) -> str:
    text = (f.facts or "").strip()
    return (text.rstrip("。") + "。") if text else f"申请人在{f.employer.name}务工，工资被拖欠至今未付。"


# ---- 法律援助申请转交函 -----------------------------------------------------------------------------

_ATTACHMENTS = ("法律援助申请表", "申请人身份证明复印件", "劳动关系及欠薪证明材料")


def _attachments(d: _Doc, referral: ReferralFacts) -> str:
    """One run-on list (1．…；2．…。): the letter is to fit, with its 回执, on as few pages as it can."""
    rows = [f"{_ATTACHMENTS[0]}{len(referral.applicants)}份", *_ATTACHMENTS[1:]]
    rows.append("仲裁申请书及受理通知书复印件" if d.arbitration else "投诉登记表复印件")
    rows += [line for line in (x.strip().rstrip("；;。.，,") for x in d.inputs.get("attachments", "").splitlines()) if line]
    return "".join(_lines("\n".join(rows), last="。"))


def transfer_letter(d: _Doc) -> Context:
    referral = referral_of(d)
    f = d.facts
    workers = referral.applicants
    exempt = _exempt(workers)
    who = _applicants_phrase(referral)
    article = f"{LAW}第三十一条第（五）项" + ("、第四十二条第三项" if exempt else "")
    basis = ((f"申请人系进城务工人员，请求支付劳动报酬，依照{article}的规定，属于法律援助事项，免予核查经济困难状况。")
             if exempt else f"申请人请求支付劳动报酬，依照{article}的规定，属于法律援助事项，请依法审查其经济困难状况。")
    urgent = ""
    if referral.urgent:
        why = referral.urgency.strip().rstrip("。.")
        urgent = ((f"{why}，" if why else "") + "距期限届满不足七日，请依照该法第四十四条第一项的规定先行提供法律援助。")
    return {
        "copy_mark": COPY_MARK if d.copy else "",
        "organ_name": d.organ_name,
        "doc_number": d.number,
        "title_text": f"关于转交{workers[0].name}{'等' if len(workers) > 1 else ''}法律援助申请的函",
        "centre_name": referral.centre_name or _UNSET,
        "intro_text": (f"{who}于{format_date(referral.applied_on)}向{_we(d)}申请法律援助，现将其申请转交你中心。"
                       "有关情况函告如下："),
        "applicant_lines": [_applicant_line(w) for w in workers],
        "facts_text": _facts_text(f),
        "claims_text": _claims_text(d, workers),
        "respondent_text": (f"对方当事人：{f.employer.name}" + (f"，住所地{f.employer.address}" if f.employer.address else "")
                            + (f"，法定代表人{f.employer.legal_representative}" if f.employer.legal_representative else "")
                            + "。"),
        "stage_text": stage_text(d),
        "basis_text": basis,
        "urgent_text": urgent,
        "request_text": f"请你中心依法审查，于七日内作出是否给予法律援助的决定，并将结果告知申请人和{_we(d)}。",
        "attachments": _attachments(d, referral),
        "officer_name": f.officer_name or _UNSET,
        "office_phone": d.office.phone or _UNSET,
        "issue_date": format_date(d.issued_on),
        "receipt_text": (f"{d.organ_name}：你{'委' if d.arbitration else '局'}转交的{who}法律援助申请（{d.number}）"
                         "及附件材料已收到。"),
    }


# ---- 法律援助申请表 -------------------------------------------------------------------------------

def _boxes(options: list[tuple[str, bool]]) -> str:
    return "　".join(f"{_CHECKED if on else _UNCHECKED}{label}" for label, on in options)


def application_form(d: _Doc) -> Context:
    referral = referral_of(d)
    f = d.facts
    w = _applicant(d)
    kinds = _claim_kinds((w,))
    exempt = _exempt((w,))
    wages = bool(kinds & REMUNERATION_KINDS)
    injury = ArrearsKind.INJURY.value in kinds
    # 经济补偿、二倍工资…: disputes that are not 劳动报酬 (and do not exempt from the check)
    other = bool(kinds - REMUNERATION_KINDS - {ArrearsKind.INJURY.value})
    e = f.employer
    facts = _facts_text(f)
    claims = (f.claims or "").strip()
    reason = facts + (claims.rstrip("。") + "。" if claims else "") + _claims_text(d, (w,))
    if referral.for_representatives:
        reason += f"申请人系本案劳动者代表（{_names(f.workers)}）。"
    return {
        "copy_mark": COPY_MARK if d.copy else "",
        "centre_name": referral.centre_name or _BLANK,
        "applicant_name": w.name,
        "applicant_sex": w.sex_label,
        "applicant_birth": format_date(w.birth_date) if w.birth_date else "",
        "applicant_id_number": w.id_number,
        "applicant_address": w.address,
        "applicant_phone": w.phone,
        "applicant_job": w.job,
        "migrant_text": _boxes([("是", w.is_migrant_worker), ("否", not w.is_migrant_worker)]),
        "employer_name": e.name,
        "employer_address": e.address,
        "employer_legal_representative": e.legal_representative,
        "employer_phone": e.phone,
        "matter_text": _boxes([("追索劳动报酬", wages), ("工伤待遇", injury), ("经济补偿等其他劳动争议", other)]),
        "mode_text": _boxes([("劳动争议仲裁代理", d.arbitration), ("民事诉讼代理", False), ("非诉讼调解", False),
                             ("法律咨询", False)]),
        "stage_text": stage_text(d).removeprefix("本案"),
        "reason_text": reason,
        "exempt": exempt,
        "exempt_text": (EXEMPT_TEXT + f"（{LAW}第四十二条第三项）。") if exempt else "",
        "organ_name": d.organ_name,
        "applied_date": format_date(referral.applied_on),
    }


LEGAL_AID_BUILDERS = {
    "legal_aid.transfer_letter": transfer_letter,
    "legal_aid.application_form": application_form,
}

BUILDERS.update(LEGAL_AID_BUILDERS)

__all__ = ["EXEMPT_TEXT", "LEGAL_AID_BUILDERS", "applicant_recipients", "referral_of", "stage_text"]
