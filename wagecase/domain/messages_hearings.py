"""Chinese sentences for services.hearings; merged into messages.CATALOGUE."""
from __future__ import annotations

CATALOGUE: dict[str, str] = {
    # times and days as typed (domain/hearing_slots.py)
    "hearing.time.empty": "请填写时间，例如 09:00。",
    "hearing.time.invalid": "“{text}”不是有效的时间，请按 09:00 或 14:30 的格式填写（24小时制）。",
    "hearing.time.order": "结束时间{end}应晚于开始时间{start}，请检查两个时间是否填反。",
    "hearing.time.outside_hours": "{start}—{end}超出了开庭时间范围（{day_start}至{day_end}），请在此范围内安排。",
    "hearing.date_past": "开庭日期{date}已经过去，请选择今天或以后的日期。",
    "hearing.rest_day": "{date}是{what}，不是工作日，请另选开庭日期。",
    # double bookings
    "hearing.conflict.room": "{room}在{when}已安排{case_number}开庭，请另选时间或其他仲裁庭室。",
    "hearing.conflict.arbitrator": "仲裁员{name}在{when}已有{case_number}开庭（{room}），请另选时间。",
    # rooms
    "hearing.room.required": "请选择仲裁庭室。",
    "hearing.room.unknown": "所选的仲裁庭室已不存在，请刷新后重新选择。",
    "hearing.room.inactive": "“{room}”已停用，不能再安排开庭，请选择其他仲裁庭室。",
    "hearing.room.name_empty": "请填写仲裁庭室名称。",
    "hearing.room.name_too_long": "仲裁庭室名称最多{max}个字，现在是{length}个字，请缩短。",
    "hearing.room.name_taken": "已有名为“{name}”的仲裁庭室，请换一个名称。",
    "hearing.room.admin_only": "只有系统管理员可以新增、修改或停用仲裁庭室，请联系管理员办理。",
    # the case
    "hearing.not_arbitration": "只有仲裁案件可以安排开庭。",
    "hearing.no_tribunal": "本案尚未组成仲裁庭，不能安排开庭；请先组成仲裁庭。",
    "hearing.none_pending": "本案没有待开庭的排期，无需延期；如需开庭请直接安排开庭。",
    "hearing.reason_required": "请填写延期开庭的理由（例如当事人的申请及其理由）。",
    # soft warnings the dialog shows (not refusals)
    "hearing.notice_late": "开庭通知书应在开庭{days}个工作日前送达当事人，即最迟{due}送达；今天已来不及。请确认能否及时通知双方当事人，或另选较晚的开庭日期。",
    "hearing.postpone_late": "当事人请求延期开庭应在开庭{days}个工作日前提出（最迟{due}）；现已超过该期限，是否延期由仲裁委员会决定。",
}

# FieldError fields of this part; names kept apart from other parts' (they share one table)
FIELD_LABELS: dict[str, str] = {
    "room_id": "仲裁庭室",
    "hearing_date": "开庭日期",
    "start": "开始时间",
    "end": "结束时间",
    "postpone_reason": "延期理由",
    "room_name": "庭室名称",
}
