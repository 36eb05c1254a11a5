"""Chinese sentences for the reference keys; merged into messages.CATALOGUE."""
from __future__ import annotations

CATALOGUE: dict[str, str] = {
    "permission.admin_only": "只有系统管理员可以修改参考数据和系统参数，请联系管理员办理。",
    # 设置 tables (services/reference.py)
    "reference.table_unknown": "没有名为“{name}”的参考数据表，请刷新“设置”页面后重试。",
    "reference.row_missing": "要修改的记录（{row_id}）已不存在，可能已被其他人删除，请刷新后重试。",
    "reference.text_too_long": "最多{max}个字，现在有{length}个字，请删减。",
    "reference.int_invalid": "“{text}”不是整数，请只填写数字，例如 3。",
    "reference.int_range": "应填写{min}至{max}之间的整数，现在是{value}。",
    "reference.date_invalid": "“{text}”不是有效的日期，请按 2024-01-01 的格式填写。",
    "reference.effective_order": "失效日期{to}早于生效日期{from_}，请检查两个日期是否填反。",
    "reference.overlap": "与已有记录（{other}）的有效期重叠，同一{scope}在同一天只能有一条标准；请先为原记录填写失效日期，或调整本条的起止日期。",
    "reference.province_unknown": "“{code}”不是已知的省级行政区划代码，请从列表中选择省份。",
    "reference.county_unknown": "“{code}”不是行政区划表中的县级代码（区、县、县级市），请从列表中选择区县。",
    "reference.year_taken": "{year}年度的数据已经录入，请直接修改原记录。",
    "reference.parameter_fixed": "系统参数不能新增或删除，只能修改取值。",
    "reference.parameter_unknown": "没有名为“{key}”的系统参数，请刷新“设置”页面后重试。",
    # the period catalogue
    "reference.code_invalid": "代码“{text}”只能由小写字母、数字、下划线和点组成，例如 inspection.acceptance。",
    "reference.code_taken": "代码“{code}”已被其他期限使用，请换一个代码。",
    "reference.code_changed": "期限代码不能修改（原为“{code}”），如需改名请修改“名称”；确需新代码，请新增一条并停用原期限。",
    "reference.event_unknown": "“{code}”不是已知的程序事件，请从列表中选择；多个事件用分号“;”分隔。",
    "reference.period_unknown": "“{code}”引用的期限不存在或已停用，请填写已有期限的代码（格式 period:代码）。",
    "reference.period_self": "期限不能以自身届满作为起算事件，请改正“起算事件”。",
    "reference.period_in_use": "期限“{code}”是“{users}”的起算事件，不能删除或停用；请先修改这些期限。",
    "reference.case_type_unknown": "“{text}”不是已知的案件类型，请填写 inspection（监察）或 arbitration（仲裁），多个用分号分隔，留空表示全部。",
    "reference.length_not_positive": "期限长度须大于0；只有按“起算日期字段”确定的期限（如限期支付期限）可以填0。",
    "reference.extension_event_missing": "可延长的期限须填写“延长事件”，即批准延长时登记的程序事项。",
    "reference.anchor_missing": "向前倒计的期限须填写“起算日期字段”（如 hearing_date），说明从哪个日期倒计。",
    "reference.period_invalid": "{reason}，请改正。",
    # holiday years
    "holiday.year_range": "年份应在{min}至{max}年之间，现在是{year}年。",
    "holiday.no_ranges": "请至少录入一个节假日（名称、放假起止日期）；如要改回随软件提供的数据，请删除该年度。",
    "holiday.range_order": "放假的最后一天{last}早于第一天{first}，请检查两个日期是否填反。",
    "holiday.range_overlap": "放假日期与“{other}”重叠，请核对国务院办公厅的放假通知。",
    "holiday.name_too_long": "节日名称最多{max}个字，请简写，例如“春节”。",
    "holiday.year_not_admin": "{year}年没有管理员录入的节假日，无需删除。",
}

# the editor of 设置 names its fields by column key; these read as its column headings
FIELD_LABELS: dict[str, str] = {
    "effective_from": "生效日期",
    "effective_to": "失效日期",
    "monthly_yuan": "月最低工资标准",
    "hourly_yuan": "小时最低工资标准",
    "annual_yuan": "年平均工资",
    "single_worker_yuan": "单人数额",
    "group_total_yuan": "多人总额",
    "single_worker_months": "拖欠月数",
    "group_workers": "人数",
    "document_no": "文号",
    "to_verify": "待核实",
    "extension_length": "可延长期限",
    "extension_event": "延长事件",
    "met_by": "完成事件",
    "suspended_by": "中止事件",
    "resumed_by": "恢复事件",
    "restarted_by": "重新计算事件",
}
