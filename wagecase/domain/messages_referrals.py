"""Chinese sentences for legal-aid referrals (services.legal_aid); merged into messages.CATALOGUE."""
from __future__ import annotations

CATALOGUE: dict[str, str] = {
    "legal_aid.explained_by_required": "请填写告知人（如：承办人李娜当面告知）。",
    "legal_aid.centre_unknown": "所选法律援助机构不存在，请重新选择。",
    "legal_aid.centre_required": "请先选择接收转交的法律援助机构（可在“设置 → 法律援助机构”中添加）。",
    "legal_aid.no_representatives": "本案没有标记代表人，请按每名劳动者分别转交，或先在劳动者名单中标记代表人。",
    "legal_aid.who_unknown": "请选择为哪名劳动者转交法律援助申请。",
    "legal_aid.unknown_action": "不认识的法律援助办理事项“{action}”。",
    "legal_aid.referral_unknown": "该转交记录已不存在，请刷新后重试。",
    "legal_aid.refused": "不能执行此操作：{reason}",
    "legal_aid.step_not_now": "转交目前为“{status}”，不能{action}。",
}
FIELD_LABELS: dict[str, str] = {"who": "申请人", "applied_on": "申请日期", "centre_id": "法律援助机构",
                                "by": "告知人", "on": "告知日期"}
