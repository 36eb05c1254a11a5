"""The three business parameters as a 设置 table: fixed rows whose values are changed, never
added or deleted."""
from __future__ import annotations

from collections.abc import Mapping

from ..domain.errors import RuleError
from ..storage import reference_data as rd
from .dto import ReferenceColumn, ReferenceRow
from .reference_form import Form, Regions

MINIMUM_WAGE_DATE_CHOICES = (("award", "裁决作出之日"), ("acceptance", "受理之日"))

# the three business parameters 0002 inserts: key -> (name, note)
PARAMETERS: dict[str, tuple[str, str]] = {
    "deadline.due_soon_working_days": (
        "“即将到期”提前天数",
        "期限届满前多少个工作日起在工作台和案件中显示为“即将到期”（0至30）。"),
    "final_award.minimum_wage_date": (
        "终局裁决适用最低工资的日期",
        "判断终局裁决（十二个月最低工资标准）时，取哪一天有效的最低工资标准：填“裁决作出之日”（默认）"
        "或“受理之日”。国家规定未明确，一些地方按裁决作出时的标准。"),
    "office.province_code": (
        "本机关所在省份",
        "省级行政区划代码，决定适用哪一省的最低工资、平均工资、入罪标准和地方规定提示（河南省为410000）。"),
}

PARAMETER_COLUMNS = (
    ReferenceColumn("name", "参数"),
    ReferenceColumn("value", "取值"),
    ReferenceColumn("note", "说明", required=False),
)


def parameter_rows(s) -> tuple[ReferenceRow, ...]:
    stored = rd.get_settings(s, PARAMETERS)
    labels = dict(MINIMUM_WAGE_DATE_CHOICES)  # show 裁决作出之日, not the stored code

    def shown(key: str) -> str:
        value = stored.get(key, "")
        return labels.get(value, value) if key == "final_award.minimum_wage_date" else value

    return tuple(ReferenceRow(key, {"name": name, "value": shown(key), "note": note})
                 for key, (name, note) in PARAMETERS.items())


def save_parameter(s, key: str | None, values: Mapping[str, str]):
    """Change one parameter's value; returns the audit entry's parts."""
    if key is None:
        raise RuleError("reference.parameter_fixed")
    if key not in PARAMETERS:
        raise RuleError("reference.parameter_unknown", key=key)
    form = Form(values)
    if key == "deadline.due_soon_working_days":
        value = str(form.integer("value", 0, 30))
    elif key == "final_award.minimum_wage_date":
        value = form.choice("value", MINIMUM_WAGE_DATE_CHOICES)
    else:
        value = form.choice("value", Regions.read(s).provinces, unknown="reference.province_unknown")
    form.check()
    before = rd.get_setting(s, key)
    rd.set_settings(s, {key: value})
    return "reference.update", None, {key: before}, {key: value}
