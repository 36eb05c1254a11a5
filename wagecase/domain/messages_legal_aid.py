"""Chinese sentences for the legal-aid directory (services.legal_aid_centres); merged into
messages.CATALOGUE."""
from __future__ import annotations

CATALOGUE: dict[str, str] = {
    "legal_aid.centre.admin_only": "只有系统管理员可以新增、修改或停用法律援助机构，请联系管理员办理。",
    "legal_aid.centre.unknown": "所选的法律援助机构已不存在，请刷新后重新选择。",
    "legal_aid.centre.name_empty": "请填写法律援助机构的名称，例如“郑州市法律援助中心”。",
    "legal_aid.centre.name_too_long": "名称最多{max}个字，现在是{length}个字，请缩短。",
    "legal_aid.centre.name_taken": "已有名为“{name}”的法律援助机构，请换一个名称，或修改已有的那一条。",
    "legal_aid.centre.kind_invalid": "“{value}”不是可选的类型，请选择“法律援助中心”或“法律援助工作站”。",
    "legal_aid.centre.address_too_long": "地址最多{max}个字，现在是{length}个字，请缩短。",
    "legal_aid.centre.phone_invalid": "“{text}”格式不对，请只填写数字（可含“-”“+”、括号；多个号码用顿号分隔），例如 0371-12348。",
    "legal_aid.centre.phone_too_long": "电话最多{max}个字符，现在是{length}个，请缩短。",
    "legal_aid.centre.county_format": "“{code}”不是县区代码：请填写2位（全省）、4位（全市）或6位（县区）数字，多个代码用逗号分隔，例如 410105,4101。",
    "legal_aid.centre.county_unknown": "“{code}”不是已知的行政区划代码，请核对；例如郑州市金水区是 410105，郑州市全市是 4101。",
}

# FieldError fields of this part; names kept apart from other parts' (they share one table)
FIELD_LABELS: dict[str, str] = {
    "centre_name": "名称",
    "centre_kind": "类型",
    "centre_address": "地址",
    "centre_phone": "电话",
    "centre_counties": "服务区域",
}
