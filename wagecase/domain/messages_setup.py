"""Chinese sentences of the first-start wizard; merged into messages.CATALOGUE."""
from __future__ import annotations

from .office_setup import PATTERN_LABELS

CATALOGUE: dict[str, str] = {
    "setup.done": "本数据库已经完成初始设置（已有用户登录过）。请以管理员身份登录，在“设置”中修改。",
    "setup.no_administrator": "数据库中没有可用的管理员账号，无法完成初始设置。",
}

FIELD_LABELS: dict[str, str] = {
    "office.county_code": "本机关所在地区",
    "office.agency_name": "机关名称",
    "office.inspection_unit": "劳动保障监察机构",
    "office.commission_name": "仲裁委员会名称",
    "setup.code": "文号代字",
    "setup.display_name": "管理员姓名",
    "setup.password": "密码",
    "setup.again": "再次输入密码",
    **PATTERN_LABELS,
}
