"""The 操作日志 in words: every action string the services record, the objects they touch, and
a short Chinese sentence for an entry's before -> after.

The action strings are stored for ever (old entries keep theirs), so they stay English codes;
the labels here are only for display. A test walks every ``audit.record(...)`` in the services
and fails when an action has no label, so a new action cannot reach the log screen as a code.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .arbitration_path import ACTION_LABELS as _ARBITRATION
from .blacklist_path import ACTION_LABELS as _BLACKLIST
from .blacklist_path import STATUS_LABELS as _LISTING_STATUS
from .case import CaseStatus, CaseType, EventKind, ProceduralEvent, Role, event_label
from .inspection_path import ACTION_LABELS as _INSPECTION
from .identifiers import mask_id, mask_phone
from .money import format_yuan

# ---- actions ---------------------------------------------------------------------------------

_STATIC: dict[str, str] = {
    # users and logins
    "user.create": "新增用户",
    "user.update": "修改用户",
    "user.first_password": "首次设置密码",
    "user.login": "登录",
    "user.login_failed": "登录失败",
    "user.logout": "退出登录",
    "user.change_password": "修改密码",
    "user.reset_password": "重置密码",
    "user.unlock": "解除锁定",
    # cases
    "case.register": "登记案件",
    "case.assign": "指定承办人",
    "case.view_personal": "查看完整号码",
    "attachment.add": "添加证据材料",
    "case_event.add": "添加办理节点",
    "case_event.edit": "修改办理节点",
    "case_event.remove": "删除办理节点",
    "payment.add": "登记支付",
    "approval.request": "提请审批",
    "approval.decide": "审批",
    # documents and their templates
    "document.issue": "签发文书",
    "document.reprint": "制作文书副本",
    "document.print": "打印文书",
    "document.print_draft": "打印文书草稿",
    "document.save": "另存文书",
    "document.open": "打开文书文件",
    "document.void": "作废文书",
    "document.serve": "登记送达",
    "template.replace": "更换文书模板",
    "template.restore": "恢复文书模板",
    # arbitration awards
    "award.save_items": "保存裁决事项",
    "award.issue": "作出裁决",
    "award.partial": "作出部分裁决",
    "award.advance": "裁决先予执行",
    # legal aid (the referral's steps are the "legal_aid." family below)
    "legal_aid.explain": "告知法律援助",
    "legal_aid.refer": "申请法律援助",
    # files that leave the system
    "statistics.export": "导出统计报表",
    "publication.export": "导出失信名单公示",
    "audit.export": "导出操作日志",
    "case.export": "导出案件包",
    # case exchange between offices
    "case.import": "导入案件包",
    "exchange.trust": "信任协作机关的公钥",
    "exchange.untrust": "取消信任协作机关的公钥",
    # settings
    "reference.create": "新增参考数据",
    "reference.update": "修改参考数据",
    "reference.delete": "删除参考数据",
    "reference.holidays.save": "保存节假日安排",
    "reference.holidays.delete": "删除节假日安排",
    "setup.apply": "初始设置（机关信息、编号格式）",
    "hearing_room.add": "新增仲裁庭室",
    "hearing_room.rename": "重命名仲裁庭室",
    "hearing_room.active": "停用或启用仲裁庭室",
    "legal_aid_centre.add": "新增法律援助机构",
    "legal_aid_centre.change": "修改法律援助机构",
    "legal_aid_centre.active": "停用或启用法律援助机构",
    "saved_filter.add": "保存筛选条件",
    "saved_filter.replace": "更新筛选条件",
    "saved_filter.rename": "重命名筛选条件",
    "saved_filter.delete": "删除筛选条件",
    "saved_filter.move": "调整筛选条件顺序",
    "demo.generate": "生成演示数据",
}

# the steps of a legal-aid referral (services.legal_aid.STEPS): the service records legal_aid.<step>
LEGAL_AID_STEPS: dict[str, str] = {
    "send": "转交法律援助机构", "receive": "登记机构收件", "accept": "机构决定给予援助",
    "refuse": "机构决定不予援助", "assign": "登记指派律师", "close": "登记援助结果",
}

# actions recorded as f"{prefix}{value}": the path's own action labels, named after the path
ACTION_FAMILIES: dict[str, tuple[str, Mapping[Any, str]]] = {
    "inspection.": ("监察", _INSPECTION),
    "arbitration.": ("仲裁", _ARBITRATION),
    "blacklist.": ("失信名单", _BLACKLIST),
    "legal_aid.": ("法律援助", LEGAL_AID_STEPS),
}


def _all_labels() -> dict[str, str]:
    labels = dict(_STATIC)
    for prefix, (path, family) in ACTION_FAMILIES.items():
        for value, label in family.items():
            labels.setdefault(f"{prefix}{value}", f"{path}：{label}")
    return labels


ACTION_LABELS: dict[str, str] = _all_labels()


def action_label(action: str) -> str:
    """The Chinese name; an action this version does not know (a newer program's) as stored."""
    return ACTION_LABELS.get(action, action)


# ---- groups for the log's filter ----------------------------------------------------------------

# (key, label, actions): an action ending in "." stands for every action starting with it
ACTION_GROUPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("login", "登录与账号", ("user.login", "user.login_failed", "user.logout", "user.first_password",
                             "user.change_password")),
    ("users", "用户管理", ("user.create", "user.update", "user.reset_password", "user.unlock")),
    ("cases", "登记与修改案件", ("case.register", "case.import", "case.assign", "attachment.add", "case_event.")),
    ("handling", "案件办理", ("inspection.", "arbitration.", "blacklist.", "legal_aid.", "award.",
                              "payment.", "approval.request")),
    ("approvals", "审批", ("approval.decide",)),
    ("documents", "文书", ("document.issue", "document.void", "document.serve", "document.reprint")),
    ("output", "打印与导出", ("document.print", "document.print_draft", "document.save", "document.open", "document.reprint",
                              "statistics.export", "publication.export", "audit.export", "case.export")),
    ("personal", "查看完整号码", ("case.view_personal",)),
    ("settings", "系统设置", ("reference.", "hearing_room.", "legal_aid_centre.", "template.",
                              "saved_filter.", "demo.generate", "exchange.")),
)


def group_actions(key: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(exact actions, prefixes) of a group; RuleError-free: an unknown key matches nothing."""
    for k, _label, actions in ACTION_GROUPS:
        if k == key:
            return (tuple(a for a in actions if not a.endswith(".")),
                    tuple(a for a in actions if a.endswith(".")))
    return (), ()


# ---- objects -----------------------------------------------------------------------------------

ENTITY_LABELS: dict[str, str] = {
    "case": "案件", "user": "用户", "issued_document": "文书", "document_service": "送达记录",
    "template_version": "文书模板", "case_event": "办理节点", "attachment": "证据材料",
    "saved_filter": "筛选条件", "legal_aid_centre": "法律援助机构", "award": "裁决",
    "approval": "审批", "payment": "支付记录", "referral": "法律援助转交", "listing": "失信名单",
    "hearing_room": "仲裁庭室", "report": "统计报表", "listings": "失信名单公示",
    "audit_log": "操作日志", "office_key": "协作机关公钥",
}

REFERENCE_TABLES: dict[str, str] = {
    "holidays": "节假日安排", "minimum_wages": "最低工资标准", "wage_tiers": "最低工资档次",
    "average_wages": "上年度职工平均工资", "crime_thresholds": "拒不支付劳动报酬罪数额标准",
    "periods": "法定期限", "local_notes": "地方规定提示", "parameters": "参数",
}

# what names the object inside before/after, most telling first
_IDENTIFYING = ("number", "case_number", "username", "filename", "name", "form_id")


def entity_text(entity: str, before: Mapping | None, after: Mapping | None) -> str:
    """案件, 用户 lina, 文书 郑金劳监〔2026〕12号, 参考数据 最低工资标准 ..."""
    if entity.startswith("reference:"):
        table = entity.split(":", 1)[1]
        return f"参考数据 {REFERENCE_TABLES.get(table, table)}"
    label = ENTITY_LABELS.get(entity, entity)
    for values in (after, before):
        if not isinstance(values, Mapping):
            continue
        for key in _IDENTIFYING:
            value = values.get(key)
            if isinstance(value, str) and value.strip():
                return f"{label} {value.strip()}"
    return label


# ---- before -> after ---------------------------------------------------------------------------

# in the order a summary says them: what the object is first, then what happened to it
FIELD_LABELS: dict[str, str] = {
    "title": "标题", "number": "文号", "case_number": "案号", "form_id": "文书", "username": "用户名",
    "display_name": "姓名", "name": "名称", "label": "名称", "role": "角色", "case_type": "案件类型",
    "is_collective": "集体案件", "status": "状态", "procedure": "程序", "action": "事项",
    "kind": "类别", "event_kind": "办理节点", "event_date": "日期", "on": "日期", "made_on": "作出日期",
    "paid_on": "支付日期", "served_on": "送达日期", "due_date": "支付期限", "start": "开始日期",
    "end": "结束日期", "date_from": "开始日期", "date_to": "结束日期",
    "officer_id": "承办人", "recipient": "受送达人", "method": "送达方式", "proof": "送达凭证",
    "payer": "支付人", "by": "告知人", "user": "用户", "group": "操作类别", "case": "案号",
    "claimed_fen": "请求金额", "amount_fen": "金额", "amount": "金额", "awarded_fen": "裁决金额",
    "cap_fen": "终局裁决限额", "rejected": "驳回", "urgent": "紧急",
    "copies": "份数", "copy": "副本", "pages": "页数", "copies_printed": "副本份数",
    "format": "格式", "filename": "文件名", "size": "大小", "rows": "行数", "count": "数量",
    "cases": "案件数", "scope": "范围", "what": "查看内容",
    "workers": "劳动者", "worker_ids": "劳动者", "workers_created": "新登记的劳动者",
    "workers_updated": "信息有更新的劳动者", "employers_created": "新登记的单位",
    "employers_updated": "信息有更新的单位", "attachments": "证据材料", "items": "事项",
    "active": "启用", "locked": "锁定", "version": "版本", "position": "位置", "list_key": "列表",
    "criteria": "条件", "holidays": "放假日期", "workdays": "调休上班日期",
    "id_number": "身份证号码", "address": "地址", "phone": "电话", "contact": "联系人", "lawyer_name": "律师",
    "lawyer_firm": "律师事务所", "outcome": "结果", "ground": "理由", "reason": "原因",
    "void_reason": "作废原因", "comment": "意见", "summary": "内容", "description": "说明",
    "note": "备注", "remark": "备注", "inputs": "填写内容", "payload": "详情", "seed": "随机种子",
    # case packages between offices
    "file": "文件", "documents": "文书", "office": "机关", "fingerprint": "公钥指纹",
    "origin_office": "移交机关", "origin_case_number": "原案号", "signer": "签名机关",
    "signer_fingerprint": "公钥指纹", "exported_at": "导出时间", "exported_by": "导出人",
    "conflicts": "与本机记录不同之处",
}
_ORDER = {key: n for n, key in enumerate(FIELD_LABELS)}
# internal keys that mean nothing to a reader (database ids, file digests)
_SKIPPED = {"id", "case_id", "employer_id", "project_id", "document_id", "award_id", "centre_id",
            "case_worker_id", "listing_id", "item_ids", "document_ids", "pdf_sha256", "docx_sha256",
            "sha256", "final", "package_id", "origin_key"}
# values that are counted, not listed
_COUNTED = {"worker_ids": "人", "attachments": "份", "documents": "份", "conflicts": "处", "workers_created": "人", "workers_updated": "人",
            "employers_created": "家", "employers_updated": "家"}
_MAX_VALUE = 60
_MAX_SUMMARY = 300


def _status_text(value: str) -> str:
    for labels in (_LISTING_STATUS,):
        for k, v in labels.items():
            if str(k) == value:
                return v
    try:
        return CaseStatus(value).label
    except ValueError:
        pass
    return {"issued": "已签发", "voided": "已作废", "pending": "待审批", "approved": "已批准",
            "refused": "未批准", "drafted": "待转交", "sent": "已转交", "received": "机构已收件",
            "accepted": "给予援助", "assigned": "已指派律师", "closed": "已结束"}.get(value, value)


def _action_text(value: str) -> str:
    for labels in (_INSPECTION, _ARBITRATION, _BLACKLIST):
        for k, v in labels.items():
            if str(k) == value:
                return v
    return value


def _enum_text(key: str, value: str) -> str:
    try:
        if key == "role":
            return Role(value).label
        if key == "case_type":
            return CaseType(value).label
        if key in ("kind", "event_kind"):
            for enum in (EventKind, ProceduralEvent):
                try:
                    return enum(value).label
                except ValueError:
                    continue
            return event_label(value)
    except ValueError:
        return value
    if key == "status":
        return _status_text(value)
    if key == "action":
        return _action_text(value)
    if key == "format":
        return {"pdf": "PDF", "docx": "Word", "xlsx": "Excel"}.get(value, value)
    return value


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_VALUE else text[:_MAX_VALUE - 1] + "…"


@dataclass(frozen=True)
class Names:
    """What the domain cannot know by itself: users' names (承办人) and forms' titles."""

    people: Mapping[int, str] = field(default_factory=dict)
    forms: Mapping[str, str] = field(default_factory=dict)


_NO_NAMES = Names()


def value_text(key: str, value: Any, names: Names = _NO_NAMES) -> str:
    """One value as a reader says it: 是/否, 12,000.00元, a role's name, 3人 ..."""
    if value is None or value == "":
        return "（空）"
    if isinstance(value, bool):
        return "是" if value else "否"
    if key == "officer_id" and isinstance(value, int):
        return names.people.get(value, f"用户{value}")
    if key == "form_id" and isinstance(value, str):
        return names.forms.get(value, value)
    if key.endswith("_fen") and isinstance(value, int):
        return f"{format_yuan(value)}元"
    if key in _COUNTED and isinstance(value, list | tuple | Mapping):
        return f"{len(value)}{_COUNTED[key]}"
    if isinstance(value, str):
        if key.endswith("id_number"):  # a person's number: masked, as in the lists
            return mask_id(value)
        if key.endswith(("phone", "bank_card")):
            return mask_phone(value)
        return _short(_enum_text(key, value))
    if isinstance(value, Mapping):
        inner = fields_text(value, names)
        return _short(inner) if inner else "（空）"
    if isinstance(value, list | tuple):
        if not value:
            return "（无）"
        if all(isinstance(v, str | int | float) and not isinstance(v, bool) for v in value):
            joined = "、".join(_enum_text(key, str(v)) for v in value)
            if len(joined) <= _MAX_VALUE:
                return joined
        return f"{len(value)}项"
    return _short(str(value))


def _label(key: str) -> str:
    return FIELD_LABELS.get(key, key)


def _keys(values: Iterable[str]) -> list[str]:
    return sorted((k for k in values if k not in _SKIPPED), key=lambda k: (_ORDER.get(k, len(_ORDER)), k))


def _empty(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, list | tuple | Mapping) and not value)


def fields_text(values: Mapping, names: Names = _NO_NAMES) -> str:
    """What a new object holds; empty fields left out."""
    skip = {"form_id"} if "title" in values else set()  # the title says it already
    return "；".join(f"{_label(k)}：{value_text(k, values[k], names)}" for k in _keys(values)
                    if k not in skip and not _empty(values[k]))


def summary(before: Mapping | None, after: Mapping | None, names: Names = _NO_NAMES) -> str:
    """状态：已登记 → 已受理；原因：…  (changed fields only when both sides exist)."""
    if isinstance(before, Mapping) and isinstance(after, Mapping):
        parts = []
        for key in _keys(dict.fromkeys([*before, *after])):
            old, new = before.get(key), after.get(key)
            if old == new:
                continue
            if key not in before:
                if _empty(new):
                    continue
                parts.append(f"{_label(key)}：{value_text(key, new, names)}")
            else:
                parts.append(f"{_label(key)}：{value_text(key, old, names)} → {value_text(key, new, names)}")
        text = "；".join(parts)
    elif isinstance(after, Mapping):
        text = fields_text(after, names)
    elif isinstance(before, Mapping):
        text = "删除前：" + fields_text(before, names)
    else:
        text = ""
    return text if len(text) <= _MAX_SUMMARY else text[:_MAX_SUMMARY - 1] + "…"


def parse_json(text: str) -> Any:
    """An entry's stored before/after (canonical JSON, "" for none); a damaged one as its text."""
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return {"内容": text}


def people_ids(values: Iterable[Any]) -> set[int]:
    """The user ids an entry names (承办人), to be turned into names in one read."""
    found: set[int] = set()
    for v in values:
        if isinstance(v, Mapping):
            oid = v.get("officer_id")
            if isinstance(oid, int) and not isinstance(oid, bool):
                found.add(oid)
    return found
