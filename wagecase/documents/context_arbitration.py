"""Context builders of the arbitration path's documents (issue 6, forms.md §3.5-3.9).

应诉通知书 (with the 举证通知), 组庭通知书, 简易处理告知书, 开庭通知书, 延期审理通知书, 中止 / 恢复审理
通知书, 调解书, 仲裁裁决书 (终局 / 非终局), 先予执行裁决书 and the 决定书. They register themselves in
``context.BUILDERS`` (context.py imports ARBITRATION_BUILDERS at its end). Arbitration documents carry the
case's 案号; the award carries the number its award was given (…-1号 / …-2号 for a mixed award).
"""
from __future__ import annotations

from datetime import date

from ..domain.arbitration_rules import AWARD_PART_LABELS
from ..domain.dates import format_date, format_date_numerals, parse_iso_date
from ..domain.errors import FieldError, ValidationFailed
from ..domain.money import capitals, format_yuan
from .context import (
    _UNSET,
    BUILDERS,
    COPY_MARK,
    Context,
    _addressee_name,
    _Doc,
    _lines,
    _names,
)
from .facts import AwardFacts, CaseFacts, HearingFacts, WorkerFacts

LAW = "《中华人民共和国劳动争议调解仲裁法》"
RULES = "《劳动人事争议仲裁办案规则》"
_BLANK = "＿＿＿＿＿＿"
_WEEKDAYS = "一二三四五六日"
_CN_DIGITS = "〇一二三四五六七八九"
# parties listed one by one up to this many applicants; beyond it the representatives and a list
_LISTED = 5
FINAL_PARTS = ("whole_final", "final")
NON_FINAL_PARTS = ("whole_non_final", "non_final")
PART_LABELS = AWARD_PART_LABELS


# ---- shared pieces ---------------------------------------------------------------------------

def cn_number(n: int) -> str:
    """一 … 九十九, for numbered items (一、二、…)."""
    if n < 10:
        return _CN_DIGITS[n]
    tens, units = divmod(n, 10)
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + ("" if units == 0 else _CN_DIGITS[units])


def _yuan(fen: int) -> str:
    return f"{format_yuan(fen)}元"


def _applicants(f: CaseFacts) -> str:
    """申请人 as named in running text: 张三 / 张三、李四 / 张三等23人."""
    return _names(f.workers)


def _case_title(f: CaseFacts) -> str:
    return f"申请人{_applicants(f)}与被申请人{f.employer.name}劳动争议"


def _to_both(f: CaseFacts) -> str:
    """The addressee of a notice both parties get."""
    return f"申请人{_addressee_name(f)}、被申请人{f.employer.name}"


def hearing_time(h: HearingFacts) -> str:
    """2026年3月20日（星期五）上午9时30分."""
    hour, minute = divmod(h.start_minute, 60)
    half = "上午" if hour < 12 else "下午"
    shown = hour if hour <= 12 else hour - 12
    clock = f"{shown}时" + (f"{minute:02d}分" if minute else "")
    return f"{format_date(h.hearing_date)}（星期{_WEEKDAYS[h.hearing_date.weekday()]}）{half}{clock}"


def _hearing_place(d: _Doc, h: HearingFacts | None) -> str:
    if h is None:
        return "另行通知"
    where = d.office.address
    return f"{where}{h.room_name}" if where else h.room_name


def _members(f: CaseFacts) -> list:
    return [m for m in f.tribunal if m.role != "clerk"]


def _clerk(f: CaseFacts) -> str:
    return next((m.name for m in f.tribunal if m.role == "clerk"), "")


def tribunal_text(f: CaseFacts) -> str:
    """首席仲裁员赵文，仲裁员钱进、孙丽，书记员周洁 / 独任仲裁员赵文 / 另行通知."""
    members = _members(f)
    if not members:
        return "另行通知"
    sole = [m.name for m in members if m.role == "sole"]
    presiding = [m.name for m in members if m.role == "presiding"]
    others = [m.name for m in members if m.role == "member"]
    if sole:
        parts = [f"独任仲裁员{sole[0]}"]
    else:
        parts = ([f"首席仲裁员{presiding[0]}"] if presiding else []) + ([f"仲裁员{'、'.join(others)}"] if others else [])
    clerk = _clerk(f)
    if clerk:
        parts.append(f"书记员{clerk}")
    return "，".join(parts)


_SIGN_ROLES = {"sole": "独任仲裁员", "presiding": "首席仲裁员", "member": "仲　裁　员"}


def signers(f: CaseFacts) -> Context:
    """The right-hand signature block of 调解书 / 裁决书 / 决定书: arbitrators above the commission
    and the date, the clerk below (forms.md §6.2). Blank lines for the pen without a tribunal."""
    members = _members(f)
    rows = [{"role": _SIGN_ROLES.get(m.role, "仲　裁　员"), "name": m.name} for m in members]
    if not rows:
        rows = [{"role": "仲　裁　员", "name": _BLANK}]
    return {"signers": rows, "clerk_name": _clerk(f) or _BLANK}


def _person_line(w: WorkerFacts, label: str) -> str:
    parts = [f"{label}：{w.name}"]
    if w.sex_label:
        parts.append(w.sex_label)
    if w.birth_date:
        parts.append(f"{format_date(w.birth_date)}出生")
    if w.address:
        parts.append(f"住{w.address}")
    if w.id_number:
        parts.append(f"公民身份号码{w.id_number}")
    return "，".join(parts) + "。"


def agent_line(w: WorkerFacts) -> str:
    """委托代理人：王某某，河南某某律师事务所律师（法律援助）。 ("" without an assigned lawyer)."""
    if w.lawyer is None:
        return ""
    firm = f"{w.lawyer.firm}律师" if w.lawyer.firm else "律师"
    return f"委托代理人：{w.lawyer.name}，{firm}（法律援助）。"


def _with_agent(w: WorkerFacts, label: str) -> list[str]:
    agent = agent_line(w)
    return [_person_line(w, label)] + ([agent] if agent else [])


def parties(f: CaseFacts) -> Context:
    """The party block of 调解书 / 裁决书 / 决定书; a collective case names its representatives and
    lists every applicant in an appendix. A legal-aid lawyer assigned to an applicant (issue 8) is
    named under that applicant as 委托代理人."""
    workers = f.workers
    if len(workers) <= _LISTED:
        lines = [line for w in workers for line in _with_agent(w, "申请人")]
        roster: list[dict[str, str]] = []
    else:
        reps = [w for w in workers if w.is_representative] or list(workers[:1])
        lines = [f"申请人：{workers[0].name}等{len(workers)}人（名单附后）。"]
        lines += [line for w in reps for line in _with_agent(w, "申请人代表")]
        roster = [{"index": str(n), "name": w.name, "id_number": w.id_number} for n, w in enumerate(workers, 1)]
    e = f.employer
    lines.append(f"被申请人：{e.name}，住所地{e.address or _UNSET}。")
    if e.credit_code:
        lines.append(f"统一社会信用代码：{e.credit_code}。")
    if e.legal_representative:
        lines.append(f"法定代表人：{e.legal_representative}。")
    return {"party_lines": lines, "roster": roster}


def _dated_head(d: _Doc, made_on: date | None = None) -> Context:
    """Header of the documents that print the date in Chinese numerals and carry signatures."""
    return {"copy_mark": COPY_MARK if d.copy else "", "organ_name": d.organ_name, "doc_number": d.number,
            "issue_date": format_date_numerals(made_on or d.issued_on)}


def _accepted(d: _Doc) -> str:
    return d.date(d.facts.accepted_on) or _BLANK


def _limit_due(f: CaseFacts) -> date | None:
    for x in f.deadlines:
        if x.code == "arbitration.time_limit" or x.name == "审理期限":
            return x.due
    return None


def _notice_head(d: _Doc, recipient: str) -> Context:
    return {**d.header(), "recipient_name": recipient, "issue_date": d.issue_date,
            "office_phone": d.office.phone or _UNSET}


# ---- 应诉通知书 (with the 举证通知) ------------------------------------------------------------------

def response_notice(d: _Doc) -> Context:
    f = d.facts
    simple = f.procedure == "simple"
    due = parse_iso_date(d.inputs.get("evidence_due", "")) if d.inputs.get("evidence_due") else None
    evidence_due = (f"{d.date(due)}前" if due else "答辩期满前")
    return {
        **_notice_head(d, f.employer.name),
        "applicant_names": _applicants(f),
        "accepted_date": _accepted(d),
        "claims_text": (f.claims or "请求裁决被申请人支付拖欠的劳动报酬").rstrip("。"),
        "claimed_amount": _yuan(f.claimed_fen),
        "answer_text": ("本案适用简易处理。经你单位同意，答辩期可以缩短或者不提交答辩书；同意的，请在送达回证上注明。"
                        if simple else ""),
        "evidence_due": evidence_due,
        "tribunal_text": tribunal_text(f),
        "attachments": ["1．仲裁申请书副本一份；", "2．申请人提交的证据材料副本一份；",
                        "3．法定代表人身份证明书、授权委托书（空白）各一份。"],
    }


# ---- 组庭通知书, 简易处理告知书 ----------------------------------------------------------------------

def tribunal_notice(d: _Doc) -> Context:
    f = d.facts
    simple = f.procedure == "simple"
    return {
        **_notice_head(d, _to_both(f)),
        "case_title": _case_title(f),
        "accepted_date": _accepted(d),
        "formed_text": ("本案适用简易处理，由仲裁员一人独任仲裁" if simple or any(m.role == "sole" for m in f.tribunal)
                        else "本案由三名仲裁员组成仲裁庭审理"),
        "tribunal_text": tribunal_text(f),
    }


def summary_notice(d: _Doc) -> Context:
    f = d.facts
    sole = next((m.name for m in f.tribunal if m.role == "sole"), "")
    return {
        **_notice_head(d, _to_both(f)),
        "case_title": _case_title(f),
        "accepted_date": _accepted(d),
        "ground_text": d.inputs.get("ground") or "本案事实清楚、权利义务关系明确、争议不大",
        "arbitrator_text": f"由仲裁员{sole}独任仲裁" if sole else "由仲裁员一人独任仲裁（仲裁员另行通知）",
    }


# ---- 开庭通知书 (a table, one per party) ---------------------------------------------------------

_PARTY_LABELS = {"applicant": "申请人", "respondent": "被申请人"}
_ABSENCE = {
    "applicant": "申请人经书面通知，无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，可以按撤回仲裁申请处理"
                 "（《中华人民共和国劳动争议调解仲裁法》第三十六条第一款）。",
    "respondent": "被申请人经书面通知，无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，可以缺席裁决"
                  "（《中华人民共和国劳动争议调解仲裁法》第三十六条第二款）。",
}


def _agents(d: _Doc) -> list[WorkerFacts]:
    """The applicants whose legal-aid lawyer the applicant's notice names: the addressed worker,
    or (to the side as a whole) the representatives, else every applicant, with a lawyer."""
    f = d.facts
    if d.recipient is not None:
        pool = [d.recipient]
    else:
        pool = [w for w in f.workers if w.is_representative] or list(f.workers)
    return [w for w in pool if w.lawyer is not None]


def hearing_notice(d: _Doc) -> Context:
    f = d.facts
    party = d.inputs.get("party") or "applicant"
    notified = f.employer.name if party == "respondent" else d.recipient_name
    if not notified.endswith("）"):  # “张三、李四（申请人代表）” already says which side
        notified += f"（{_PARTY_LABELS[party]}）"
    if party == "applicant":  # the notice goes to the legal-aid lawyer too (issue 8)
        agents = _agents(d)
        named = len(agents) > 1 or (d.recipient is None and len(f.workers) > 1)  # whose lawyer
        for w in agents:
            notified += "；" + (f"{w.name}的" if named else "") + agent_line(w).rstrip("。")
    h = f.hearing
    remarks = ["1．被通知人应持本通知准时到达开庭地点，并携带身份证明、证据原件；委托代理人参加的，应当提交授权委托书。",
               "2．" + _ABSENCE[party],
               "3．当事人申请延期开庭的，应当在开庭三日前提出，是否延期由本委决定。",
               "4．仲裁公开进行，但当事人协议不公开或者涉及国家秘密、商业秘密和个人隐私的除外。"]
    old = f.postponed_hearing
    if old is not None and h is not None:
        remarks.append(f"5．原定于{hearing_time(old)}的开庭已延期，以本通知的开庭时间为准。")
    return {
        **d.header(),
        "cause": "追索劳动报酬争议",
        "notified": notified,
        "matter": f"{_applicants(f)}与{f.employer.name}劳动争议案",
        "hearing_time": hearing_time(h) if h else "另行通知",
        "hearing_place": _hearing_place(d, h),
        "tribunal_text": tribunal_text(f),
        "contact_text": "　".join(x for x in (f.officer_name, d.office.phone) if x) or _UNSET,
        "remarks": remarks,
        "issue_date": d.issue_date,
    }


# ---- 延期审理通知书, 中止 / 恢复审理通知书 ------------------------------------------------------------

def extension_notice(d: _Doc) -> Context:
    f = d.facts
    typed = d.inputs.get("extended_due", "")
    due = parse_iso_date(typed) if typed else _limit_due(f)
    return {
        **_notice_head(d, _to_both(f)),
        "case_title": _case_title(f),
        "accepted_date": _accepted(d),
        "reason_text": (d.inputs.get("reason") or "案情复杂").rstrip("。"),
        "due_text": f"，至{d.date(due)}届满" if due else "",
    }


_SUSPENSION_GROUNDS = {
    "injury_assessment": "本案需要等待工伤认定、劳动能力鉴定结论",
    "other_case": "本案的审理需要以其他案件的审理结果为依据，而该案尚未审结",
    "successor_unknown": "用人单位终止，尚未确定权利义务承继者",
    "party_unable": "一方当事人因不可抗拒的事由，不能参加仲裁",
    "other": "",
}


def suspension_notice(d: _Doc) -> Context:
    f = d.facts
    ground = d.inputs.get("ground") or "other"
    detail = d.inputs.get("detail", "").strip().rstrip("。")
    text = _SUSPENSION_GROUNDS.get(ground, "")
    if ground == "other" and not detail:
        spec = d.form.input("detail")
        raise ValidationFailed([FieldError("inputs.detail", "form.input_required",
                                           {"label": spec.label if spec else "具体情况"})])
    reason = f"{text}（{detail}）" if text and detail else text or detail
    return {
        **_notice_head(d, _to_both(f)),
        "case_title": _case_title(f),
        "accepted_date": _accepted(d),
        "reason_text": reason,
    }


def resumption_notice(d: _Doc) -> Context:
    f = d.facts
    typed = d.inputs.get("resumed_on", "")
    resumed = parse_iso_date(typed) if typed else d.issued_on
    due = _limit_due(f)
    return {
        **_notice_head(d, _to_both(f)),
        "case_title": _case_title(f),
        "resumed_date": d.date(resumed),
        "reason_text": (d.inputs.get("reason") or "中止审理的情形已经消除").rstrip("。"),
        "due_text": f"本案审理期限至{d.date(due)}届满。" if due else "",
    }


# ---- 调解书 -----------------------------------------------------------------------------------

def mediation(d: _Doc) -> Context:
    f = d.facts
    return {
        **_dated_head(d),
        **parties(f),
        "case_title": _case_title(f),
        "accepted_date": _accepted(d),
        "claims_text": (f.claims or "请求裁决被申请人支付拖欠的劳动报酬").rstrip("。"),
        "claimed_amount": _yuan(f.claimed_fen),
        "agreement": _lines(d.inputs["agreement"], last="。"),
        **signers(f),
    }


# ---- 仲裁裁决书 and 先予执行裁决书 -------------------------------------------------------------------

def _award(d: _Doc) -> AwardFacts:
    award = d.facts.award
    if award is None:
        raise ValidationFailed([FieldError("inputs.award_id", "form.award_unknown",
                                           {"value": d.inputs.get("award_id", "")})])
    return award


def _item_lines(f: CaseFacts, award: AwardFacts, *, due: str) -> list[str]:
    lines = []
    many = len(f.workers) > 1
    for n, item in enumerate(award.items, 1):
        who = f"申请人{item.worker_name}" if item.worker_name and many else "申请人"
        what = item.label.removeprefix("支付")
        if item.rejected:
            text = f"驳回{who}关于{what}的仲裁请求"
        else:
            text = (f"被申请人{f.employer.name}{due}向{who}支付{what}{_yuan(item.awarded_fen)}"
                    f"（大写：人民币{capitals(item.awarded_fen)}）")
        lines.append(f"{cn_number(n)}、{text}{'。' if n == len(award.items) else '；'}")
    return lines


def _is_final(award: AwardFacts) -> bool:
    if award.part in FINAL_PARTS:
        return True
    if award.part in NON_FINAL_PARTS:
        return False
    verdicts = {i.final for i in award.items if not i.rejected}
    return bool(verdicts) and verdicts == {True}


def rights_text(final: bool, intermediate_court: str) -> list[str]:
    """The rights clause of an award (调解仲裁法 Arts. 47-50, forms.md §3.8)."""
    if final:
        return [f"根据{LAW}第四十七条的规定，本裁决为终局裁决，裁决书自作出之日起发生法律效力。",
                "劳动者对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼（" + LAW + "第四十八条）。",
                f"用人单位有证据证明本裁决有{LAW}第四十九条第一款规定情形之一的，可以自收到本裁决书之日起三十日内向"
                f"{intermediate_court or '仲裁委员会所在地的中级人民法院'}申请撤销裁决。"]
    return [f"根据{LAW}第五十条的规定，本裁决为非终局裁决。当事人对本裁决不服的，可以自收到本裁决书之日起十五日内"
            "向人民法院提起诉讼；期满不起诉的，本裁决书发生法律效力。",
            "一方当事人逾期不履行发生法律效力的裁决的，另一方当事人可以依照《中华人民共和国民事诉讼法》的有关规定"
            "向人民法院申请执行。"]


def _procedure_text(d: _Doc, partial: bool = False) -> str:
    f = d.facts
    simple = f.procedure == "simple" or any(m.role == "sole" for m in f.tribunal)
    how = "适用简易处理，由仲裁员独任仲裁" if simple else "依法组成仲裁庭"
    held = f.held_hearing
    heard = f"，于{d.date(held.hearing_date)}公开开庭进行了审理" if held else "，依法进行了审理"
    # a 先行裁决 is made while the case goes on: it must not say the hearing is over
    end = (f"本案部分事实已经清楚，本委依照{LAW}第四十三条第二款的规定，就该部分先行裁决。" if partial
           else "本案现已审理终结。")
    return f"{_case_title(f)}一案，本委于{_accepted(d)}受理后，{how}{heard}。{end}"


def award(d: _Doc) -> Context:
    f = d.facts
    a = _award(d)
    if a.part == "advance":
        raise ValidationFailed([FieldError("inputs.award_id", "form.award_part_mismatch",
                                           {"part": PART_LABELS["advance"], "title": "先予执行裁决书"})])
    final = _is_final(a)
    mixed = a.part in ("final", "non_final")
    defence = d.inputs.get("defence", "").strip()
    findings = d.inputs.get("findings", "").strip() or (f.facts or "").replace("\n", "")
    reasoning = d.inputs.get("reasoning", "").strip() or (
        "用人单位应当按照劳动合同约定和国家规定，以货币形式按时足额支付劳动者工资，不得克扣或者无故拖欠。"
        "被申请人拖欠申请人的劳动报酬，应当依法支付；申请人超出有据可查部分的请求，本委不予支持。")
    basis = "第四十七条" if final else "第五十条"
    if a.partial:
        basis = "第四十三条第二款、" + basis
    return {
        **_dated_head(d, a.made_on),
        **parties(f),
        "procedure_text": _procedure_text(d, a.partial),
        "claims_text": (f.claims or "请求裁决被申请人支付拖欠的劳动报酬").rstrip("。"),
        "claimed_amount": _yuan(f.claimed_fen),
        "defence_text": defence.rstrip("。") + "。" if defence else "",
        "findings_text": findings.rstrip("。") + "。" if findings else "（未填写）",
        "reasoning_text": reasoning.rstrip("。") + "。",
        "decision_basis": f"《中华人民共和国劳动法》第五十条、{LAW}{basis}",
        "decision_lead": "本委对申请人的部分仲裁请求先行裁决" if a.partial else "裁决",
        "award_items": _item_lines(f, a, due="应自本裁决书生效之日起十五日内"),
        "remaining_text": "其余仲裁请求，本委另行裁决。" if a.partial else "",
        "mixed_text": (("本次先行裁决的内容" if a.partial else "本案裁决内容") + "同时涉及终局裁决和非终局裁决，本委依照" + RULES + "第五十条第四款的规定分别制作裁决书，"
                       "本裁决书为" + PART_LABELS[a.part] + "。") if mixed else "",
        "rights": rights_text(final, d.office.intermediate_court),
        **signers(f),
    }


def advance_award(d: _Doc) -> Context:
    f = d.facts
    a = _award(d)
    if a.part != "advance":
        raise ValidationFailed([FieldError("inputs.award_id", "form.award_part_mismatch",
                                           {"part": PART_LABELS.get(a.part, a.part), "title": "仲裁裁决书"})])
    typed = d.inputs.get("applied_on", "")
    applied = parse_iso_date(typed) if typed else None
    return {
        **_dated_head(d, a.made_on),
        **parties(f),
        "case_title": _case_title(f),
        "accepted_date": _accepted(d),
        "applied_text": f"于{d.date(applied)}" if applied else "在仲裁过程中",
        "reason_text": (d.inputs.get("reason") or "申请人长期被拖欠劳动报酬，无其他生活来源，不先予执行将严重影响其"
                        "生活").rstrip("。"),
        "award_items": _item_lines(f, a, due="应自本裁决书送达之日起五日内"),
        "court_name": d.office.court_name or "有管辖权的人民法院",
        **signers(f),
    }


# ---- 决定书 -----------------------------------------------------------------------------------

def decision(d: _Doc) -> Context:
    f = d.facts
    kind = d.inputs["kind"]
    granted = d.inputs.get("outcome") == "granted"
    detail = d.inputs.get("detail", "").strip().rstrip("。")
    title = _case_title(f) + "一案"
    accepted = _accepted(d)
    if kind == "withdraw":
        facts = (f"{title}，本委于{accepted}受理。在仲裁过程中，申请人以" + (detail or "双方已自行和解") +
                 "为由，向本委申请撤回仲裁申请。")
        finding = "经审查，申请人撤回仲裁申请系其真实意思表示，不违反法律规定。"
        basis = f"{LAW}第四十一条"
        items = ["准许申请人撤回仲裁申请。", "本案终结审理。"]
    elif kind == "revoke":
        facts = f"{title}，本委于{accepted}受理。" + (f"经审查，{detail}。" if detail else "")
        finding = "本案不符合受理条件，依法应当撤销。"
        basis = f"{RULES}第三十二条"
        items = ["撤销本案。", "申请人可以就该争议事项依法向人民法院提起诉讼。"]
    elif kind == "jurisdiction":
        facts = (f"{title}，本委于{accepted}受理。被申请人在答辩期内提出管辖异议" +
                 (f"，认为{detail}" if detail else "") + "。")
        if granted:
            finding = "经审查，被申请人提出的管辖异议成立，本案不属于本委管辖。"
            items = ["被申请人提出的管辖异议成立。", "本案移送有管辖权的劳动人事争议仲裁委员会处理。"]
        else:
            finding = "经审查，本案劳动合同履行地或者用人单位所在地在本委辖区内，本委对本案有管辖权，被申请人提出的管辖异议不成立。"
            items = ["驳回被申请人提出的管辖异议。"]
        basis = f"{LAW}第二十一条、{RULES}第十条"
    else:  # recusal
        person = d.inputs.get("person", "").strip() or "本案仲裁员"
        facts = (f"{title}，本委于{accepted}受理。当事人申请{person}回避" + (f"，理由是{detail}" if detail else "") + "。")
        if granted:
            finding = f"经审查，回避申请符合{LAW}第三十三条规定的情形。"
            items = [f"{person}回避，本委另行指定仲裁员。"]
        else:
            finding = f"经审查，回避申请不符合{LAW}第三十三条规定的情形。"
            items = ["驳回回避申请。"]
        basis = f"{LAW}第三十三条、{RULES}第十一条"
    numbered = [f"{cn_number(n)}、{t}" for n, t in enumerate(items, 1)] if len(items) > 1 else items
    return {
        **_dated_head(d),
        **parties(f),
        "facts_text": facts,
        "finding_text": finding,
        "basis_text": basis,
        "decision_items": numbered,
        "final_note": "本决定书自作出之日起发生法律效力。" if kind != "revoke" else "本决定书自送达之日起发生法律效力。",
        **signers(f),
    }


ARBITRATION_BUILDERS = {
    "arbitration.response_notice": response_notice,
    "arbitration.tribunal_notice": tribunal_notice,
    "arbitration.summary_notice": summary_notice,
    "arbitration.hearing_notice": hearing_notice,
    "arbitration.extension_notice": extension_notice,
    "arbitration.suspension_notice": suspension_notice,
    "arbitration.resumption_notice": resumption_notice,
    "arbitration.mediation": mediation,
    "arbitration.award": award,
    "arbitration.advance_award": advance_award,
    "arbitration.decision": decision,
}

BUILDERS.update(ARBITRATION_BUILDERS)

__all__ = ["ARBITRATION_BUILDERS", "PART_LABELS", "cn_number", "hearing_time", "rights_text", "signers", "tribunal_text"]
