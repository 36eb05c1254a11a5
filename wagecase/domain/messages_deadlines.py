"""Chinese sentences for the deadlines keys; merged into messages.CATALOGUE."""
from __future__ import annotations

CATALOGUE: dict[str, str] = {
    "periods.bad_row": "期限目录第{line}行（{code}）有误：{reason}。请改正后重新导入。",
    # procedural events typed on a case (services/deadlines.py)
    "event.kind_unknown": "“{kind}”不是可选的程序事项，请从下拉列表中选择。",
    "event.kind_not_for_case_type": "“{kind}”不适用于{case_type}，请从下拉列表中选择该类案件的程序事项。",
    "event.date_future": "{date}晚于今天（{today}），请填写该程序事项实际发生（如送达、受理）的日期。",
    "event.date_before_received": "{date}早于收到投诉或申请的日期{received}，请核对。",
    "event.anchor_missing": "请填写{label}，期限从这一日期起算。",
    "event.anchor_invalid": "{label}“{text}”不是有效的日期，请按 2026-03-05 的格式填写。",
    "event.anchor_before_event": "{label}{date}早于该事项的日期{event_date}，请核对是否填反。",
    "event.summary_too_long": "摘要最多{max}个字，现在有{length}个字，请删减。",
    "event.not_found": "找不到该程序事项（编号 {event_id}），可能已被删除，请刷新案件。",
    "event.not_editable": "“{kind}”是系统自动记录的事项，不能修改或删除；如有错误，请添加一条备注说明。",
}

# field paths of the event dialog -> what the form calls them (messages.field_label)
FIELD_LABELS: dict[str, str] = {
    "kind": "程序事项",
    "event_date": "日期",
    "summary": "摘要",
    "payload.due_date": "支付期限",
    "payload.hearing_date": "开庭日期",
}
