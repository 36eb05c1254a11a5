"""The business parameters as a 设置 table: fixed rows whose values are changed, never added or
deleted. Each parameter has a kind that decides how its typed value is checked."""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from ..domain.errors import RuleError
from ..domain.hearing_slots import parse_time, time_text
from ..domain.office_setup import PATTERN_LABELS
from ..domain.passwords import DEFAULT_LOCKOUT_FAILURES, DEFAULT_LOCKOUT_MINUTES
from ..storage import reference_data as rd
from .dto import ReferenceColumn, ReferenceRow
from .reference_form import Form, Regions

MINIMUM_WAGE_DATE_CHOICES = (("award", "裁决作出之日"), ("acceptance", "受理之日"))

_PATTERN_NOTE = ("{year} 为年份，{seq} 为序号（{seq:03d} 补足3位）；年份用六角括号〔〕，"
                 "不要用【】、[]或（）（GB/T 9704）。")
_FONT_NOTE = ("TrueType 字体文件（.ttf/.ttc，可写“路径#序号”选择字体集中的一种）。留空则依次使用 Windows 字体、"
              "系统中文字体；都没有时 PDF 用内置字体并提示。")

# key -> (kind, name, note); the migrations insert their default values (hearing.* are read
# with the defaults in domain.hearing_slots while unset)
PARAMETERS: dict[str, tuple[str, str, str]] = {
    "deadline.due_soon_working_days": (
        "int", "“即将到期”提前天数",
        "期限届满前多少个工作日起在工作台和案件中显示为“即将到期”（0至30）。"),
    "inspection.representation_working_days": (
        "int", "事先告知后陈述申辩期限（工作日）",
        "事先告知书送达后，当事人陈述、申辩的期限；届满后才能作出行政处理决定（按本地做法为3个工作日）。"),
    "final_award.minimum_wage_date": (
        "wage_date", "终局裁决适用最低工资的日期",
        "判断终局裁决（十二个月最低工资标准）时，取哪一天有效的最低工资标准：填“裁决作出之日”（默认）"
        "或“受理之日”。国家规定未明确，一些地方按裁决作出时的标准。"),
    "arbitration.collective_dispute_workers": (
        "int", "集体劳动争议人数",
        "劳动者一方达到多少人并有共同请求的为集体劳动争议：优先审理、由三名仲裁员组成仲裁庭"
        "（劳动争议调解仲裁法第七条：十人以上）。"),
    "arbitration.collective_representatives_min": (
        "int", "集体劳动争议代表人数下限", "集体劳动争议推举代表的最少人数（办案规则：三至五名）。"),
    "arbitration.collective_representatives_max": (
        "int", "集体劳动争议代表人数上限", "集体劳动争议推举代表的最多人数（办案规则：三至五名）。"),
    "arbitration.retention_years.award": (
        "int", "裁决结案案卷保存年限", "作出裁决的仲裁案卷至少保存的年数（办案规则第二十四条：不少于十年）。"),
    "arbitration.retention_years.other": (
        "int", "调解等结案案卷保存年限", "调解或者其他方式结案的仲裁案卷至少保存的年数（办案规则第二十四条：不少于五年）。"),
    "hearing.day_start": ("time", "开庭时间最早", "安排开庭时允许的最早开始时间，如 08:30。"),
    "hearing.day_end": ("time", "开庭时间最晚", "安排开庭时允许的最晚结束时间，如 18:00。"),
    "office.province_code": (
        "province", "本机关所在省份",
        "省级行政区划代码，决定适用哪一省的最低工资、平均工资、入罪标准和地方规定提示（河南省为410000）。"),
    "office.county_code": (
        "place", "本机关所在地区",
        "设区的市或县（市、区）的行政区划代码，如郑州市410100、中牟县410122；新登记案件默认的所在地区。"),
    "office.agency_name": ("text", "机关名称", "文书上的发文机关，如“郑州市人力资源和社会保障局”。"),
    "office.inspection_unit": ("text", "劳动保障监察机构", "如“郑州市劳动保障监察支队”，印在投诉登记表等内部文书上。"),
    "office.commission_name": ("text", "仲裁委员会名称", "仲裁文书的署名，如“郑州市劳动人事争议仲裁委员会”。"),
    "office.address": ("text", "机关地址", "文书上的联系地址。"),
    "office.phone": ("text", "联系电话", "文书上的联系电话。"),
    "office.contact": ("text", "联系人", "文书上的联系人（可留空，由承办人代替）。"),
    "office.review_government": (
        "text", "行政复议机关", "2024年1月1日起，对县级以上人社部门的行政行为向本级人民政府申请行政复议（行政复议法第二十四条）。"),
    "office.court_name": ("text", "行政诉讼管辖法院", "不予受理等文书告知的起诉法院。"),
    "office.intermediate_court": ("text", "中级人民法院", "终局裁决的用人单位申请撤销裁决的法院（调解仲裁法第四十九条）。"),
    "office.fine_payment": (
        "text", "罚款缴纳方式",
        "行政处罚决定书写明的罚款缴纳银行、账户或者电子缴款方式；留空时决定书留出横线，手工填写。"),
    **{key: ("pattern", label, _PATTERN_NOTE) for key, label in PATTERN_LABELS.items()},
    "backup.daily_keep": (
        "int", "每日自动备份保留份数",
        "程序每天第一次启动时把 SQLite 数据库备份到数据文件夹的 backups 中，只保留最近的这么多份（1至365，默认14）；"
        "手动备份、升级前和恢复前的备份不会被删除。"),
    "login.lockout_failures": (
        "int", "连续输错密码锁定次数",
        f"同一账号连续输错密码达到这么多次即暂时锁定（3至20，默认{DEFAULT_LOCKOUT_FAILURES}）；管理员可在“用户与权限”中解锁。"),
    "login.lockout_minutes": (
        "int", "账号锁定时长（分钟）", f"输错密码锁定后多少分钟可再次登录（1至1440，默认{DEFAULT_LOCKOUT_MINUTES}）。"),
    "font.fangsong": ("font", "仿宋字体文件", _FONT_NOTE),
    "font.song": ("font", "宋体字体文件", _FONT_NOTE),
    "font.kai": ("font", "楷体字体文件", _FONT_NOTE),
    "font.hei": ("font", "黑体字体文件", _FONT_NOTE),
    "font.xiaobiaosong": ("font", "小标宋字体文件", _FONT_NOTE),
}
_WRONG_BRACKETS = "【】[]［］"
# the allowed values of whole-number parameters other than the 0..30 day counts
INT_RANGES = {"arbitration.collective_dispute_workers": (2, 1000),
               "arbitration.collective_representatives_min": (1, 20),
               "arbitration.collective_representatives_max": (1, 20),
               "arbitration.retention_years.award": (1, 100),
               "arbitration.retention_years.other": (1, 100),
               "backup.daily_keep": (1, 365),
               # services/users.py reads them with these bounds too
               "login.lockout_failures": (3, 20),
               "login.lockout_minutes": (1, 1440)}
# shown while a parameter has no row yet (added after the migrations that insert the others)
_UNSET_DEFAULTS = {"office.county_code": "", "backup.daily_keep": "14",
                   "login.lockout_failures": str(DEFAULT_LOCKOUT_FAILURES),
                   "login.lockout_minutes": str(DEFAULT_LOCKOUT_MINUTES)}
_OPTIONAL_TEXT = ("office.contact", "office.address", "office.fine_payment")

PARAMETER_COLUMNS = (
    ReferenceColumn("name", "参数"),
    ReferenceColumn("value", "取值"),
    ReferenceColumn("note", "说明", required=False),
)


def parameter_rows(s) -> tuple[ReferenceRow, ...]:
    stored = rd.get_settings(s, PARAMETERS)
    labels = dict(MINIMUM_WAGE_DATE_CHOICES)  # show 裁决作出之日, not the stored code

    def shown(key: str) -> str:
        value = stored.get(key, _UNSET_DEFAULTS.get(key, ""))
        return labels.get(value, value) if key == "final_award.minimum_wage_date" else value

    return tuple(ReferenceRow(key, {"name": name, "value": shown(key), "note": note})
                 for key, (_kind, name, note) in PARAMETERS.items())


def save_parameter(s, key: str | None, values: Mapping[str, str]):
    """Change one parameter's value; returns the audit entry's parts."""
    if key is None:
        raise RuleError("reference.parameter_fixed")
    value = checked_parameter(s, key, values.get("value", ""))
    before = rd.get_setting(s, key)
    rd.set_settings(s, {key: value})
    return "reference.update", None, {key: before}, {key: value}


def checked_parameter(s, key: str, text: str | None, field: str = "value") -> str:
    """The value to store for ``key`` as typed; ValidationFailed naming ``field`` when it is wrong."""
    if key not in PARAMETERS:
        raise RuleError("reference.parameter_unknown", key=key)
    form = Form({field: text or ""})
    kind = PARAMETERS[key][0]
    if kind == "int":
        low, high = INT_RANGES.get(key, (0, 30))
        value = str(form.integer(field, low, high))
    elif kind == "time":
        value = form.text(field, max_len=10)
        try:
            value = time_text(parse_time(value, field)) if value else value
        except RuleError:
            form.fail(field, "reference.time_invalid", text=value)
    elif kind == "wage_date":
        value = form.choice(field, MINIMUM_WAGE_DATE_CHOICES)
    elif kind == "province":
        value = form.choice(field, Regions.read(s).provinces, unknown="reference.province_unknown")
    elif kind == "place":
        value = form.choice(field, Regions.read(s).places, required=False, unknown="reference.place_unknown")
    elif kind == "pattern":
        value = form.text(field, max_len=100)
        if value and ("{seq" not in value or "{year}" not in value):
            form.fail(field, "reference.pattern_placeholders")
        elif any(c in value for c in _WRONG_BRACKETS):
            form.fail(field, "reference.pattern_brackets")
    elif kind == "font":
        value = form.text(field, required=False, max_len=300)
        path = value.split("#", 1)[0]
        if value and not Path(path).is_file():
            form.fail(field, "reference.font_missing", path=path)
        elif value and Path(path).suffix.lower() not in (".ttf", ".ttc"):
            form.fail(field, "reference.font_type", path=path)
    else:
        value = form.text(field, required=key not in _OPTIONAL_TEXT,
                          max_len=100)
    form.check()
    return value
