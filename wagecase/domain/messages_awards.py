"""Chinese sentences for services.awards; merged into messages.CATALOGUE."""
from __future__ import annotations

CATALOGUE: dict[str, str] = {
    "award.not_arbitration": "只有仲裁案件才能制作仲裁裁决。",
    "award.case_closed": "案件已{status}，不能再修改裁决事项。",
    "award.kind_unknown": "“{value}”不是可选的类别，请从下拉列表中选择。",
    "award.worker_unknown": "所选劳动者不是本案申请人，请重新选择。",
    "award.item_unknown": "该裁决事项已不存在（可能已被他人删除），请关闭后重新打开裁决编辑窗口。",
    "award.item_issued": "该裁决事项已作出裁决（{number}），不能再修改。",
    "award.label_too_long": "裁决事项不能超过200个字，现在是{length}个字。",
    "award.nothing_to_issue": "没有待裁决的事项：请先添加裁决事项并保存，再作出裁决。",
    "award.date_future": "裁决日期{date}晚于今天，请核对。",
    "award.date_before_acceptance": "裁决日期{date}早于受理日期{accepted}，请核对。",
    "award.minimum_wage_unknown": "无法确定适用的月最低工资标准：{detail}",
    "award.form_missing": "裁决已作出，但文书目录中没有“{form}”文书模板，裁决书未能制发；请由管理员补充模板后在“文书”页签制发。",
    "award.advance_no_items": "请至少选择一项申请先予执行的裁决事项。",
    "award.advance_item_unknown": "所选事项不是本案的裁决事项，请重新选择。",
    "award.advance_kind": "“{label}”不属于追索劳动报酬、工伤医疗费、经济补偿或者赔偿金的事项，不能裁决先予执行（《劳动争议调解仲裁法》第四十四条）。",
    "award.advance_rejected": "“{label}”已被驳回，不能裁决先予执行。",
    "award.advance_reason_required": "请填写先予执行的理由，说明权利义务关系明确、不先予执行将严重影响申请人生活的情况（《劳动争议调解仲裁法》第四十四条）。",
    "award.advance_status": "案件目前为“{status}”，只有在组庭后、作出裁决前才能裁决先予执行。",
    "award.partial_status": "案件目前为“{status}”，只有开庭审理后、作出裁决前才能先行裁决。",
    "award.partial_no_items": "请至少选择一项事实已经清楚、可以先行裁决的裁决事项。",
    "award.partial_item_unknown": "所选事项不是本案已保存的裁决事项，请关闭后重新打开裁决编辑窗口。",
    "award.partial_item_issued": "“{label}”已作出裁决（{number}），不能再先行裁决。",
    "award.partial_rejected": "“{label}”已被驳回，不能先行裁决；驳回的请求随最终裁决一并作出。",
    "award.partial_all": "所选事项已是全部待裁决事项，不属于先行裁决，请直接点击“作出裁决”。",
    "award.wage_basis": "适用{province}{tier}类地区月最低工资标准{monthly}元（{document}，{since}起执行），按{basis}（{date}）确定。",
    "award.wage_basis_unverified": "该月最低工资标准数据标注为待核实，请管理员按省政府文件核实。",
}

_FIELDS = {"label": "裁决事项", "kind": "类别", "awarded": "裁决金额", "case_worker_id": "劳动者",
           "rejected": "驳回"}
# the editor names a row by its place: award_items[3].awarded -> 第4项裁决事项的裁决金额
FIELD_LISTS: dict[str, tuple[str, dict[str, str]]] = {"award_items": ("项裁决事项", _FIELDS)}
FIELD_LABELS: dict[str, str] = {
    "item_ids": "先予执行事项",
    "partial_item_ids": "先行裁决事项",
    "advance_reason": "先予执行理由",
    "made_on": "裁决日期",
}
