"""Context builders of the blacklist documents (issue 7, forms.md §2; 人社部令第45号).

事先告知书 (one per 当事人), 异议核实结果告知书, 列入决定书, 准予 / 不予提前移出决定书, 移出决定书 and
撤销列入决定书. They read the listing (``CaseFacts.listing``) that the input ``listing_id`` names
or the case's latest one; a case without one cannot have these documents, and the officer is told
so on the field. Dates are printed as 执法文书 print them (2026年3月5日).
"""
from __future__ import annotations

import re
from datetime import date

from ..domain.blacklist_rules import listing_term_end
from ..domain.dates import parse_iso_date
from ..domain.errors import FieldError, RuleError, ValidationFailed
from ..domain.messages import message
from ..domain.money import capitals, format_yuan
from .context import _UNSET, BUILDERS, Context, _arrears_facts, _Doc, _owed
from .facts import CaseFacts, ListingFacts, ListingSubjectFacts

MEASURES = "《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》"
MEASURES_FULL = f"{MEASURES}（人力资源社会保障部令第45号，以下简称《办法》）"
REGULATION = "《保障农民工工资支付条例》"
ORDER_TITLE = "《劳动保障监察限期改正指令书》"
_BLANK = "＿＿＿＿＿＿"
_KIND_ORDER = {"employer": 0, "legal_representative": 1, "responsible": 2}
_KIND_LABELS = {"employer": "用人单位", "legal_representative": "法定代表人", "responsible": "直接责任人员"}

GROUND_CRIME = "crime_amount"
GROUND_MASS = "mass_incident"
_GROUNDS = {
    GROUND_CRIME: "拖欠数额达到认定拒不支付劳动报酬罪的数额标准（法释〔2013〕3号第三条）",
    GROUND_MASS: "因拖欠农民工工资引发群体性事件、极端事件，造成严重不良社会影响",
}
_GROUND_ITEM = {GROUND_CRIME: "第五条第（一）项", GROUND_MASS: "第五条第（二）项"}


# ---- the listing and who it names --------------------------------------------------------------

def listing_of(d_or_facts: _Doc | CaseFacts, title: str = "") -> ListingFacts:
    """The listing, or a ValidationFailed on ``inputs.listing_id`` saying there is none."""
    f = d_or_facts.facts if isinstance(d_or_facts, _Doc) else d_or_facts
    if f.listing is None:
        if isinstance(d_or_facts, _Doc):
            title = title or d_or_facts.form.title
        raise ValidationFailed([FieldError("inputs.listing_id", "form.listing_missing", {"title": title})])
    return f.listing


def subjects(f: CaseFacts) -> tuple[ListingSubjectFacts, ...]:
    """Who the listing names, the employer first (added from the case if the listing left it out)."""
    listing = f.listing
    named = list(listing.subjects) if listing else []
    if not any(s.kind == "employer" for s in named):
        named.insert(0, ListingSubjectFacts("employer", _KIND_LABELS["employer"], f.employer.name,
                                            f.employer.credit_code))
    return tuple(sorted(named, key=lambda s: _KIND_ORDER.get(s.kind, 9)))


def subject_recipients(f: CaseFacts, title: str = "") -> list[str]:
    """The names one 事先告知书 each is made for (per "subject")."""
    listing_of(f, title)
    return [s.name for s in subjects(f)]


def _subject(d: _Doc) -> ListingSubjectFacts:
    named = subjects(d.facts)
    index = d.subject_index or 0
    if not 0 <= index < len(named):
        raise RuleError("form.subject_invalid", index=index + 1, count=len(named))
    return named[index]


def _you(s: ListingSubjectFacts) -> str:
    return "你单位" if s.kind == "employer" else "你"


def _addressee(s: ListingSubjectFacts, employer: str) -> str:
    if s.kind == "employer":
        return s.name
    role = s.position or s.kind_label
    return f"{s.name}（{employer}{role}）"


def _subject_rows(f: CaseFacts) -> list[dict[str, str]]:
    """The table of the 当事人 named: 序号, 名称（姓名）, 身份（职务）, 证件号码."""
    rows = []
    for n, s in enumerate(subjects(f), 1):
        role = s.kind_label + (f"（{s.position}）" if s.position and s.position != s.kind_label else "")
        rows.append({"index": str(n), "name": s.name, "role": role, "id_number": s.id_number or "—"})
    return rows


def _party_lines(f: CaseFacts) -> list[str]:
    """The 当事人 head of a decision: the employer with its code and address, its legal
    representative; every person named is in the table (their ID numbers do not wrap there)."""
    e = f.employer
    lines = []
    for s in subjects(f):
        if s.kind == "employer":
            parts = [f"当事人：{s.name}"]
            if s.id_number:
                parts.append(f"统一社会信用代码：{s.id_number}")
            if e.address:
                parts.append(f"住所：{e.address}")
            lines.append("，".join(parts) + "。")
        elif s.kind == "legal_representative":
            lines.append(f"法定代表人（主要负责人）：{s.name}。")
    return lines


def _names(f: CaseFacts) -> str:
    return "、".join(s.name for s in subjects(f))


# ---- the facts the listing stands on ------------------------------------------------------------

def _typed_date(d: _Doc, key: str) -> date | None:
    typed = d.inputs.get(key, "")
    return parse_iso_date(typed) if typed else None


def _order_sentence(d: _Doc, listing: ListingFacts) -> str:
    number = d.inputs.get("order_number") or listing.order_number
    due = _typed_date(d, "order_due") or listing.order_due
    issued = listing.order_issued_on
    employer = d.facts.employer.name
    return ((f"本机关于{d.date(issued)}" if issued else "本机关") + f"以{ORDER_TITLE}" +
            (f"（{number}）" if number else "") + f"责令{employer}" +
            (f"于{d.date(due)}前" if due else "限期") + f"支付拖欠的劳动报酬，{employer}逾期未支付。")


def _ground_keys(d: _Doc, listing: ListingFacts) -> list[str]:
    """Which Art. 5 grounds: the typed one, else those the listing recorded (the rules library's
    reasons, joined by the blacklist service), else the amount ground."""
    typed = d.inputs.get("ground", "")
    if typed:
        return [typed]
    recorded = listing.grounds
    found = [key for key, reason in ((GROUND_CRIME, "rule.blacklist.ground_crime_amount"),
                                     (GROUND_MASS, "rule.blacklist.ground_mass_incident"))
             if message(reason).rstrip("。") in recorded]
    if found or not recorded.strip():
        return found or [GROUND_CRIME]
    return []  # an officer's own wording: printed as typed


def _ground_phrase(d: _Doc, listing: ListingFacts) -> str:
    """列入事由 as one clause."""
    keys = _ground_keys(d, listing)
    if not keys:
        parts = [p.strip().rstrip("。；;") for p in re.split(r"[。；;\n]+", listing.grounds) if p.strip()]
        return "，".join(parts)
    return "；".join(_GROUNDS[k] for k in keys)


def _ground_sentence(d: _Doc, listing: ListingFacts) -> str:
    owed = _owed(d.facts)
    return (f"截至目前，尚欠{len(d.facts.workers)}名劳动者劳动报酬合计{format_yuan(owed)}元"
            f"（大写：人民币{capitals(owed)}），{_ground_phrase(d, listing)}。")


def _grounds_text(d: _Doc, listing: ListingFacts) -> str:
    return (f"{d.facts.employer.name}拖欠农民工工资，经本机关责令限期支付工资，逾期未支付，"
            f"{_ground_phrase(d, listing)}，属于{MEASURES_FULL}第五条规定的列入情形。")


def _facts_text(d: _Doc, listing: ListingFacts, *, ground: bool = True) -> str:
    text = _arrears_facts(d).rstrip("。") + "。" + _order_sentence(d, listing)
    if ground:
        return text + _ground_sentence(d, listing)
    owed = _owed(d.facts)
    return text + f"截至目前，尚欠劳动报酬合计{format_yuan(owed)}元（大写：人民币{capitals(owed)}）。"


def _basis(d: _Doc, listing: ListingFacts, *, full: bool = False) -> str:
    keys = _ground_keys(d, listing)
    items = "、".join(_GROUND_ITEM[k] for k in keys).replace("、第五条", "、") if keys else "第五条"
    return f"{REGULATION}第四十八条和{MEASURES_FULL if full else '《办法》'}{items}"


def _contact(d: _Doc) -> Context:
    return {"office_address": d.office.address or _UNSET, "officer_name": d.facts.officer_name or _UNSET,
            "office_phone": d.office.phone or _UNSET}


def _head(d: _Doc) -> Context:
    return {**d.header(), "issue_date": d.issue_date}


def _remedies(d: _Doc) -> Context:
    return {"review_government": d.office.review_government or "本级人民政府",
            "court_name": d.office.court_name or "有管辖权的人民法院"}


def _term(d: _Doc, listing: ListingFacts) -> tuple[date, date]:
    """The listing term: from the decision (the issue date of a decision not recorded yet) for three
    years (45号令 Art. 11), or as the listing records it (restarted after a fraudulent removal)."""
    start = listing.decided_on or d.issued_on
    return start, listing.ends_on or listing_term_end(start)


def _decision_ref(d: _Doc, listing: ListingFacts) -> str:
    number = d.inputs.get("decision_number") or listing.decision_number
    return "《列入失信联合惩戒对象名单决定书》" + (f"（{number}）" if number else "")


def _listed_text(d: _Doc, listing: ListingFacts) -> str:
    start, end = _term(d, listing)
    return (f"本机关于{d.date(start)}作出{_decision_ref(d, listing)}，将{_names(d.facts)}列入拖欠农民工工资失信联合"
            f"惩戒对象名单，列入期限自{d.date(start)}起至{d.date(end)}止。")


# ---- 1. 列入失信联合惩戒名单事先告知书 ---------------------------------------------------------------

def listing_notice(d: _Doc) -> Context:
    listing = listing_of(d)
    s = _subject(d)
    return {
        **_head(d),
        "recipient_name": _addressee(s, d.facts.employer.name),
        "you": _you(s),
        "employer_name": d.facts.employer.name,
        "facts_text": _facts_text(d, listing),
        "basis_text": _basis(d, listing, full=True),
        "subjects": _subject_rows(d.facts),
        **_contact(d),
    }


# ---- 2. 异议核实结果告知书 ------------------------------------------------------------------------

def objection_result(d: _Doc) -> Context:
    listing = listing_of(d)
    f = d.facts
    objector = d.inputs.get("objector") or f.employer.name
    person = next((s for s in subjects(f) if s.name == objector), None)
    you = "你单位" if person is None or person.kind == "employer" else "你"
    received = _typed_date(d, "objection_date") or listing.objection_received_on
    numbers = dict(listing.notice_numbers)
    number = numbers.get(objector) or (listing.notice_numbers[0][1] if listing.notice_numbers else "")
    notice = "《列入失信联合惩戒名单事先告知书》" + (f"（{number}）" if number else "")
    summary = d.inputs.get("objection", "").strip().rstrip("。.")
    upheld = d.inputs.get("upheld") == "upheld"
    if upheld:
        conclusion = (f"{you}提出的异议成立。本机关决定不将{you if you == '你' else f.employer.name}列入拖欠农民工工资"
                      "失信联合惩戒对象名单。")
    else:
        conclusion = (f"{you}提出的异议不成立，本机关不予采纳。本机关将依照《办法》第八条的规定依法作出列入决定。")
    return {
        **_head(d),
        "recipient_name": objector,
        "you": you,
        "objection_text": ((f"{you}于{d.date(received)}" if received else you) + f"对本机关{notice}提出异议" +
                           (f"，认为：{summary}" if summary else "") + "。"),
        "result_text": d.inputs["result"].strip().rstrip("。.") + "。",
        "conclusion_text": conclusion,
        **_contact(d),
    }


# ---- 3. 列入失信联合惩戒对象名单决定书 ---------------------------------------------------------------

def _procedure_text(d: _Doc, listing: ListingFacts) -> str:
    served = listing.notice_served_on
    text = ((f"本机关于{d.date(served)}" if served else "本机关") +
            "向当事人送达了《列入失信联合惩戒名单事先告知书》，告知了拟列入的事由、依据和依法享有的提出异议等权利。")
    if listing.objection_received_on:
        answered = listing.objection_answered_on
        text += (f"当事人于{d.date(listing.objection_received_on)}提出异议，本机关" +
                 (f"于{d.date(answered)}" if answered else "") + "核实后告知其异议不成立。")
    else:
        text += "当事人在规定期限内未提出异议。"
    return text + "当事人在本机关作出列入决定前未改正拖欠农民工工资违法行为并作出书面信用承诺。"


def listing_decision(d: _Doc) -> Context:
    listing = listing_of(d)
    start, end = _term(d, listing)
    return {
        **_head(d),
        "party_lines": _party_lines(d.facts),
        "facts_text": _facts_text(d, listing, ground=False),
        "procedure_text": _procedure_text(d, listing),
        "grounds_text": _grounds_text(d, listing),
        "basis_text": _basis(d, listing),
        "subjects": _subject_rows(d.facts),
        "term_start": d.date(start),
        "term_end": d.date(end),
        **_remedies(d),
        **_contact(d),
    }


# ---- 4. 准予 / 不予提前移出决定书 ---------------------------------------------------------------------

_REFUSALS = {
    "new_arrears": ("你单位在列入失信联合惩戒名单期限内再次发生拖欠农民工工资违法行为", "第十三条第（一）项"),
    "criminal": ("你单位因拒不支付劳动报酬罪正在被追究刑事责任或者已被依法追究刑事责任", "第十三条第（二）项"),
    "not_corrected": ("你单位尚未改正拖欠农民工工资违法行为", "第十二条第（一）项"),
    "six_months": ("你单位自改正之日起被列入失信联合惩戒名单未满六个月", "第十二条第（二）项"),
    "no_undertaking": ("你单位未作出不再拖欠农民工工资的书面信用承诺", "第十二条第（三）项"),
}


def early_removal_decision(d: _Doc) -> Context:
    listing = listing_of(d)
    f = d.facts
    granted = d.inputs["outcome"] == "granted"
    applied = _typed_date(d, "applied_on") or listing.early_removal_applied_on
    reasons = d.inputs.get("reasons", "").strip().rstrip("。.")
    application = ((f"你单位于{d.date(applied)}" if applied else "你单位") +
                   "向本机关申请提前移出拖欠农民工工资失信联合惩戒对象名单，并提交了书面申请、已改正拖欠农民工工资违法"
                   "行为的证据和不再拖欠农民工工资的书面信用承诺。" + _listed_text(d, listing))
    if granted:
        finding = ("你单位已改正拖欠农民工工资违法行为，自改正之日起被列入失信联合惩戒名单已满六个月，并作出了不再拖欠"
                   "农民工工资的书面信用承诺，符合《办法》第十二条规定的条件，且不存在第十三条规定的不予提前移出的情形。")
        if reasons:
            finding += f"{reasons}。"
        others = [s.name for s in subjects(f) if s.kind != "employer"]
        decision = ("依据《办法》第十四条的规定，本机关决定准予你单位提前移出拖欠农民工工资失信联合惩戒对象名单" +
                    (f"，{'、'.join(others)}一并移出" if others else "") +
                    "。本机关将依照《办法》第十七条的规定，于十个工作日内将其移出名单，停止公示相关信息，并告知相关部门。")
        notes = ["你单位应当信守书面信用承诺。依据《办法》第十五条的规定，如发现你单位在申请提前移出时隐瞒真实情况、"
                 "提供虚假材料的，本机关将撤销提前移出决定，恢复列入状态，列入的起止时间重新计算。"]
    else:
        ground = d.inputs.get("refusal_ground", "")
        if not ground and not reasons:
            spec = d.form.input("refusal_ground")
            raise ValidationFailed([FieldError("inputs.refusal_ground", "form.input_required",
                                               {"label": spec.label if spec else "不予提前移出的理由"})])
        if ground in _REFUSALS:
            why, article = _REFUSALS[ground]
            finding = f"{why}" + (f"（{reasons}）" if reasons else "") + "。"
            basis = f"《办法》{article}和第十四条"
        else:
            finding = f"{reasons}。"
            basis = "《办法》第十二条、第十三条和第十四条"
        decision = f"依据{basis}的规定，本机关决定不予提前移出。你单位仍在拖欠农民工工资失信联合惩戒对象名单内，列入期限不变。"
        r = _remedies(d)
        notes = [f"如不服本决定，你单位可以自收到本决定书之日起六十日内向{r['review_government']}申请行政复议，"
                 f"或者在六个月内向{r['court_name']}提起行政诉讼。"]
    # the first mention of the 办法 gives its full name
    if "《办法》" in finding:
        finding = finding.replace("《办法》", MEASURES_FULL, 1)
    else:
        decision = decision.replace("《办法》", MEASURES_FULL, 1)
    return {
        **_head(d),
        "title_text": "准予提前移出决定书" if granted else "不予提前移出决定书",
        "recipient_name": f.employer.name,
        "application_text": application,
        "finding_text": finding,
        "decision_text": decision,
        "notes": notes,
        **_contact(d),
    }


# ---- 5. 移出决定书 ---------------------------------------------------------------------------------

def _removal_kind(d: _Doc, listing: ListingFacts) -> str:
    typed = d.inputs.get("removal_kind") or listing.removal_kind
    if typed:
        return typed
    if listing.status == "revoked" or listing.revoked_on:
        return "revoked"
    if listing.early_removal_decided_on and listing.early_removal_number:
        return "early"
    return "expiry"


def removal_decision(d: _Doc) -> Context:
    listing = listing_of(d)
    kind = _removal_kind(d, listing)
    _start, end = _term(d, listing)
    if kind == "early":
        decided = listing.early_removal_decided_on
        number = listing.early_removal_number
        reason = ((f"本机关已于{d.date(decided)}" if decided else "本机关已") + "作出《准予提前移出决定书》" +
                  (f"（{number}）" if number else "") + "，准予提前移出。")
        article = "第十四条、第十七条"
    elif kind == "revoked":
        revoked = listing.revoked_on
        reason = ((f"本机关已于{d.date(revoked)}" if revoked else "本机关已") + "依法撤销上述列入决定。")
        article = "第十六条、第十七条"
    else:
        reason = f"上述列入期限已于{d.date(end)}届满。"
        article = "第十一条、第十七条"
    removed = _typed_date(d, "removed_on") or listing.removed_on or d.issued_on
    return {
        **_head(d),
        "party_lines": _party_lines(d.facts),
        "listed_text": _listed_text(d, listing),
        "reason_text": reason,
        "basis_text": article,
        "removed_date": d.date(removed),
        **_contact(d),
    }


# ---- 6. 撤销列入决定书 -----------------------------------------------------------------------------

def revocation_decision(d: _Doc) -> Context:
    listing = listing_of(d)
    revoked_on = _typed_date(d, "revoking_date")
    authority = d.inputs.get("revoking_authority") or "有权机关"
    order_number = d.inputs.get("order_number") or listing.order_number
    order = ORDER_TITLE + (f"（{order_number}）" if order_number else "")
    reason = d.inputs.get("reason", "").strip().rstrip("。.")
    return {
        **_head(d),
        "party_lines": _party_lines(d.facts),
        "listed_text": _listed_text(d, listing),
        "revoked_text": (f"上述列入决定所依据的{order}，已于{d.date(revoked_on)}被{authority}以"
                         f"{d.inputs['revoking_number']}依法撤销" + (f"（{reason}）" if reason else "") + "。"),
        "decision_ref": _decision_ref(d, listing),
        **_contact(d),
    }


BLACKLIST_BUILDERS = {
    "blacklist.listing_notice": listing_notice,
    "blacklist.objection_result": objection_result,
    "blacklist.listing_decision": listing_decision,
    "blacklist.early_removal_decision": early_removal_decision,
    "blacklist.removal_decision": removal_decision,
    "blacklist.revocation_decision": revocation_decision,
}

BUILDERS.update(BLACKLIST_BUILDERS)

__all__ = ["BLACKLIST_BUILDERS", "GROUND_CRIME", "GROUND_MASS", "listing_of", "subject_recipients", "subjects"]
