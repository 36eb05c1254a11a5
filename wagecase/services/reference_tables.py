"""The 设置 tables of dated values (minimum wages, tiers, average wages, crime thresholds, local
notes): one class each says its columns, its row texts, how a row is parsed and what counts as
an overlapping row."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..domain.case import CaseType
from ..domain.errors import RuleError
from ..domain.reference_values import AverageWage, CrimeThreshold, LocalNote, MinimumWageStandard, WageTierAssignment
from ..storage import reference_data as rd
from .dto import ReferenceColumn
from .reference_form import (
    Form,
    Regions,
    date_text,
    effective_columns,
    money_text,
    overlaps,
    province_column,
    range_text,
    snapshot,
    yes_text,
)

TIER_CHOICES = (("1", "一类"), ("2", "二类"), ("3", "三类"), ("4", "四类"))
CASE_TYPE_CHOICES = (("", "全部"),) + tuple((t.value, t.label) for t in CaseType)
# where a provincial text differs from the national one (decision 1): what the note is about
NOTE_TOPICS = (
    ("inspection.opening", "立案期限"), ("inspection.investigation", "调查期限"),
    ("inspection.compensation", "加付赔偿金"), ("inspection.inquiry", "询问答复期限"),
    ("inspection.obstruction_fine", "妨碍监察的罚款"), ("arbitration.procedure", "仲裁程序"),
    ("legal_aid.procedure", "法律援助程序"), ("other", "其他"),
)


class ValueTable:
    """A table of one ``reference_values`` dataclass, rows keyed by integer id."""

    kind: type
    scope_label = ""  # 省份和类别 / 区县 ...: what "the same" means for overlapping ranges

    def columns(self, regions: Regions) -> tuple[ReferenceColumn, ...]:
        raise NotImplementedError

    def texts(self, item) -> dict[str, str]:
        raise NotImplementedError

    def to_verify(self, item) -> bool:
        return bool(getattr(item, "to_verify", False))

    def parse(self, form: Form, regions: Regions) -> dict[str, Any]:
        raise NotImplementedError

    def scope(self, item) -> tuple:
        return ()

    def check_against(self, form: Form, item, others: Sequence) -> None:
        """Overlapping effective ranges within the same scope."""
        if not self.scope(item):
            return
        for other in others:
            if other.id != item.id and self.scope(other) == self.scope(item) and overlaps(
                    item.effective_from, item.effective_to, other.effective_from, other.effective_to):
                form.fail("effective_from", "reference.overlap", scope=self.scope_label,
                          other=range_text(other.effective_from, other.effective_to))
                return


class MinimumWages(ValueTable):
    kind = MinimumWageStandard
    scope_label = "省份的同一类别"

    def columns(self, regions):
        return (province_column(regions),
                ReferenceColumn("tier", "类别", "choice", TIER_CHOICES),
                ReferenceColumn("monthly_yuan", "月最低工资（元）", "money"),
                ReferenceColumn("hourly_yuan", "小时最低工资（元）", "money", hint="非全日制用工"),
                *effective_columns(),
                ReferenceColumn("document_no", "文件文号", required=False, hint="例如 豫政〔2023〕43号"),
                ReferenceColumn("to_verify", "待核实", "bool", required=False))

    def texts(self, w: MinimumWageStandard):
        return {"province_code": w.province_code, "tier": str(w.tier),
                "monthly_yuan": money_text(w.monthly_fen), "hourly_yuan": money_text(w.hourly_fen),
                "effective_from": date_text(w.effective_from), "effective_to": date_text(w.effective_to),
                "document_no": w.document_no, "to_verify": yes_text(w.to_verify)}

    def parse(self, form, regions):
        start, end = form.effective()
        return dict(province_code=form.province(regions),
                    tier=int(form.choice("tier", TIER_CHOICES) or 0),
                    monthly_fen=form.money("monthly_yuan"), hourly_fen=form.money("hourly_yuan"),
                    effective_from=start, effective_to=end,
                    document_no=form.text("document_no", required=False, max_len=100),
                    to_verify=form.flag("to_verify"))

    def scope(self, w):
        return (w.province_code, w.tier)


class WageTiers(ValueTable):
    kind = WageTierAssignment
    scope_label = "区县"

    def columns(self, regions):
        return (ReferenceColumn("county_code", "区县", "choice", regions.counties,
                                hint="GB/T 2260 县级行政区划代码"),
                ReferenceColumn("tier", "类别", "choice", TIER_CHOICES),
                *effective_columns(),
                ReferenceColumn("to_verify", "待核实", "bool", required=False))

    def texts(self, t: WageTierAssignment):
        return {"county_code": t.county_code, "tier": str(t.tier),
                "effective_from": date_text(t.effective_from), "effective_to": date_text(t.effective_to),
                "to_verify": yes_text(t.to_verify)}

    def parse(self, form, regions):
        start, end = form.effective()
        return dict(county_code=form.choice("county_code", regions.counties,
                                            unknown="reference.county_unknown"),
                    tier=int(form.choice("tier", TIER_CHOICES) or 0),
                    effective_from=start, effective_to=end, to_verify=form.flag("to_verify"))

    def scope(self, t):
        return (t.county_code,)


class AverageWages(ValueTable):
    kind = AverageWage

    def __init__(self, this_year: int) -> None:
        self.this_year = this_year

    def columns(self, regions):
        return (province_column(regions),
                ReferenceColumn("year", "统计年度", "int", hint="适用于下一年受理的案件"),
                ReferenceColumn("annual_yuan", "年平均工资（元）", "money"),
                ReferenceColumn("source", "来源", hint="公布机关、文件或网址"),
                ReferenceColumn("to_verify", "待核实", "bool", required=False))

    def texts(self, w: AverageWage):
        return {"province_code": w.province_code, "year": str(w.year),
                "annual_yuan": money_text(w.annual_fen), "source": w.source,
                "to_verify": yes_text(w.to_verify)}

    def parse(self, form, regions):
        return dict(province_code=form.province(regions),
                    year=form.integer("year", 2000, self.this_year),
                    annual_fen=form.money("annual_yuan"),
                    source=form.text("source", max_len=300), to_verify=form.flag("to_verify"))

    def check_against(self, form, item, others):
        for other in others:
            if other.id != item.id and (other.province_code, other.year) == (item.province_code, item.year):
                form.fail("year", "reference.year_taken", year=item.year)


class CrimeThresholds(ValueTable):
    kind = CrimeThreshold
    scope_label = "省份"

    def columns(self, regions):
        return (province_column(regions),
                ReferenceColumn("single_worker_yuan", "拖欠一人数额（元）", "money"),
                ReferenceColumn("single_worker_months", "拖欠一人月数", "int", hint="3个月以上"),
                ReferenceColumn("group_workers", "拖欠人数", "int", hint="10人以上"),
                ReferenceColumn("group_total_yuan", "拖欠多人总额（元）", "money"),
                *effective_columns(),
                ReferenceColumn("source", "来源", required=False))

    def texts(self, t: CrimeThreshold):
        return {"province_code": t.province_code, "single_worker_yuan": money_text(t.single_worker_fen),
                "single_worker_months": str(t.single_worker_months),
                "group_workers": str(t.group_workers), "group_total_yuan": money_text(t.group_total_fen),
                "effective_from": date_text(t.effective_from), "effective_to": date_text(t.effective_to),
                "source": t.source}

    def to_verify(self, t: CrimeThreshold) -> bool:
        return "待核实" in t.source or not t.source

    def parse(self, form, regions):
        start, end = form.effective()
        return dict(province_code=form.province(regions),
                    single_worker_fen=form.money("single_worker_yuan"),
                    single_worker_months=form.integer("single_worker_months", 1, 24),
                    group_workers=form.integer("group_workers", 2, 1000),
                    group_total_fen=form.money("group_total_yuan"),
                    effective_from=start, effective_to=end,
                    source=form.text("source", required=False, max_len=300))

    def scope(self, t):
        return (t.province_code,)


class LocalNotes(ValueTable):
    kind = LocalNote

    def columns(self, regions):
        return (province_column(regions),
                ReferenceColumn("topic", "主题", "choice", NOTE_TOPICS),
                ReferenceColumn("case_type", "适用案件", "choice", CASE_TYPE_CHOICES, required=False),
                ReferenceColumn("text", "提示内容"),
                ReferenceColumn("source", "依据", required=False))

    def texts(self, n: LocalNote):
        return {"province_code": n.province_code, "topic": n.topic, "case_type": n.case_type,
                "text": n.text, "source": n.source}

    def parse(self, form, regions):
        topic = form.choice("topic", NOTE_TOPICS)
        return dict(province_code=form.province(regions),
                    topic=topic,
                    case_type=form.choice("case_type", CASE_TYPE_CHOICES, required=False),
                    text=form.text("text"), source=form.text("source", required=False, max_len=300))


def value_table(name: str, this_year: int) -> ValueTable:
    """The table class for ``name`` (average wages take statistical years up to ``this_year``)."""
    tables: dict[str, ValueTable] = {
        "minimum_wages": MinimumWages(), "wage_tiers": WageTiers(),
        "average_wages": AverageWages(this_year),
        "crime_thresholds": CrimeThresholds(), "local_notes": LocalNotes(),
    }
    if name not in tables:
        raise RuleError("reference.table_unknown", name=name)
    return tables[name]


# ---- writing (inside the service's unit of work; each returns the audit entry's parts) -------

def save_value(s, table: ValueTable, row_id: str | None, values: dict[str, str]):
    existing = None
    if row_id is not None:
        existing = rd.value(s, table.kind, _row_number(row_id))
        if existing is None:
            raise RuleError("reference.row_missing", row_id=row_id)
    form = Form(values)
    fields = table.parse(form, Regions.read(s))
    form.check()
    item = table.kind(**fields, id=existing.id if existing else 0)
    table.check_against(form, item, rd.values(s, table.kind))
    form.check()
    saved = rd.save_value(s, item)
    if saved is None:
        raise RuleError("reference.row_missing", row_id=row_id)
    action = "reference.update" if existing else "reference.create"
    return action, saved.id, snapshot(existing) if existing else None, snapshot(saved)


def delete_value(s, table: ValueTable, row_id: str):
    item = rd.value(s, table.kind, _row_number(row_id))
    if item is None or not rd.delete_value(s, table.kind, item.id):
        raise RuleError("reference.row_missing", row_id=row_id)
    return "reference.delete", item.id, snapshot(item), None


def _row_number(row_id: str) -> int:
    try:
        return int(str(row_id))
    except ValueError:
        raise RuleError("reference.row_missing", row_id=row_id) from None
