"""设置: reference data with effective dates (holidays, minimum wages and tiers, average wage,
crime thresholds, the period catalogue, local notes, three parameters). Reading is open to every
user; changing needs an administrator, and every change is an audit entry. Changing holidays or
periods recomputes the stored deadlines of open cases in the same unit of work, so the
catalogue and the deadlines it gave can never disagree.

Every table is edited as text (the editor's cells): money "2100.00", dates "2024-01-01", yes/no
"是"/"否", choices by value. A save either writes the whole row or raises ValidationFailed whose
FieldErrors name the column key. The tables themselves live in reference_form (text <-> values),
reference_tables (dated values), reference_periods, reference_parameters and holiday_years.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ..domain.calendar import WorkingCalendar
from ..domain.case import Role
from ..domain.errors import RuleError
from ..domain.periods import PeriodRule
from ..domain.reference_values import ReferenceBook
from ..storage import reference_data as rd
from ..storage.models import User
from . import audit
from .context import ServiceContext, to_local
from .dto import Changes, HolidayRangeInput, HolidayYearView, ReferenceRow, ReferenceTable
from .holiday_years import (
    FIRST_HOLIDAY_YEAR,
    HOLIDAY_NAME_MAX,
    checked_holiday_year,
    holiday_snapshot,
    holiday_year_views,
    working_calendar,
)
from .reference_form import NO, YES, Regions
from .reference_parameters import (
    MINIMUM_WAGE_DATE_CHOICES,
    PARAMETER_COLUMNS,
    PARAMETERS,
    parameter_rows,
    save_parameter,
)
from .reference_periods import (
    DUTY_CHOICES,
    EVENT_CHOICES,
    ROLL_CHOICES,
    UNIT_CHOICES,
    delete_period,
    period_columns,
    period_rows,
    save_period,
)
from .reference_tables import (
    CASE_TYPE_CHOICES,
    NOTE_TOPICS,
    TIER_CHOICES,
    ValueTable,
    delete_value,
    save_value,
    value_table,
)

__all__ = [  # the constants other modules and the 设置 pages' tests may take from here
    "CASE_TYPE_CHOICES", "DESCRIPTIONS", "DUTY_CHOICES", "EVENT_CHOICES", "FIRST_HOLIDAY_YEAR",
    "HOLIDAY_NAME_MAX", "MINIMUM_WAGE_DATE_CHOICES", "NO", "NOTE_TOPICS", "PARAMETERS",
    "PARAMETERS_TABLE", "ROLL_CHOICES", "TABLES", "TIER_CHOICES", "TITLES", "UNIT_CHOICES", "YES",
    "ReferenceService",
]

TABLES = ("minimum_wages", "wage_tiers", "average_wages", "crime_thresholds", "periods", "local_notes")
PARAMETERS_TABLE = "parameters"

DESCRIPTIONS = {
    "minimum_wages": (
        "河南省月最低工资标准和非全日制用工小时最低工资标准，按类别（一类至三类）和有效期记录。"
        "来源：豫政〔2011〕70号、2018年10月1日起标准、豫政〔2021〕33号、豫政〔2023〕43号（金额据政府网站和报刊公布）。"
        "2011年标准的小时工资未见原文，2011年至2018年间的历次调整未录入，标为“待核实”。"
        "网传2,350/2,150/2,000元的新标准未经核实，未录入。终局裁决的十二个月上限按此表计算。"),
    "wage_tiers": (
        "河南省各县级行政区适用的最低工资类别。依据豫政〔2011〕70号附件整理：郑州市全部为一类，开封、洛阳按附件，"
        "其余各市市辖区为二类、县和县级市为三类（2011年后撤县设区的，沿用原县的类别）。"
        "此后各次标准的附件未取得，全部标为“待核实”，请管理员对照现行文件附件逐一核对。"),
    "average_wages": (
        "本省上年度职工年平均工资，用于判断仲裁简易处理的标的额条件（办案规则第五十六条）。"
        "河南省数据未取得，暂以国家统计局全国城镇非私营单位就业人员年平均工资代替并标为“待核实”，"
        "须由管理员按省人社厅公布的数据核实修改。"),
    "crime_thresholds": (
        "拒不支付劳动报酬罪“数额较大”的标准（法释〔2013〕3号第三条，由各省高级人民法院确定）。"
        "河南省：河南省高级人民法院《关于河南省拒不支付劳动报酬犯罪数额认定标准的规定》（2013年5月）。"
        "其他省份为据公开报道录入的比较值，待核实。"),
    "periods": (
        "法定期限目录：起算事件、期限长度、工作日或自然日、末日顺延、可否延长及批准人、中止和重新计算的事件。"
        "依据各条所列法律条文整理。修改后，所有未结案件的期限将立即重新计算。"),
    "local_notes": (
        "《河南省劳动保障监察条例》（2010年修正）与国家规定不一致之处。本系统按国家规定计算（决定1），"
        "在案件中以提示方式显示河南省的规定。"),
    PARAMETERS_TABLE: "影响期限提示和规则判断的系统参数，修改后立即生效。",
}
TITLES = {
    "minimum_wages": "最低工资标准", "wage_tiers": "区县最低工资类别", "average_wages": "职工年平均工资",
    "crime_thresholds": "拒不支付劳动报酬罪数额标准", "periods": "法定期限", "local_notes": "地方规定提示",
    PARAMETERS_TABLE: "系统参数",
}


class ReferenceService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- for other services (one read each; cheap enough to call per use case) --
    def calendar(self) -> WorkingCalendar:
        """chinesecalendar years merged with the administrator's years."""
        with self.ctx.uow.read() as uow:
            return working_calendar(uow.session)

    def period_rules(self) -> list[PeriodRule]:
        """Active rows of the period catalogue."""
        with self.ctx.uow.read() as uow:
            return rd.period_rules(uow.session)

    def book(self) -> ReferenceBook:
        with self.ctx.uow.read() as uow:
            return rd.reference_book(uow.session)

    def parameters(self) -> dict[str, str]:
        """The business parameters (key -> value text), for services that need one."""
        with self.ctx.uow.read() as uow:
            return rd.get_settings(uow.session, PARAMETERS)

    # -- 设置 pages --
    def table(self, name: str) -> ReferenceTable:
        with self.ctx.uow.read() as uow:
            s = uow.session
            editable = self._is_admin(s)
            if name == "periods":
                columns, rows = period_columns(s), period_rows(s)
            elif name == PARAMETERS_TABLE:
                columns, rows = PARAMETER_COLUMNS, parameter_rows(s)
            else:
                spec = self._spec(name)
                columns = spec.columns(Regions.read(s))
                rows = tuple(ReferenceRow(str(item.id), spec.texts(item), spec.to_verify(item))
                             for item in rd.values(s, spec.kind))
        return ReferenceTable(name, TITLES[name], DESCRIPTIONS[name], columns, rows, editable,
                              rows_fixed=name == PARAMETERS_TABLE)

    def save_row(self, name: str, row_id: str | None, values: dict[str, str]) -> Changes:
        """Insert (row_id None) or update one row; FieldErrors in Chinese via ValidationFailed."""
        if name == "periods":
            return self._write(name, lambda s: save_period(s, row_id, values), recompute=True)
        if name == PARAMETERS_TABLE:
            return self._write(name, lambda s: save_parameter(s, row_id, values))
        spec = self._spec(name)
        return self._write(name, lambda s: save_value(s, spec, row_id, values))

    def delete_row(self, name: str, row_id: str) -> Changes:
        if name == "periods":
            return self._write(name, lambda s: delete_period(s, row_id), recompute=True)
        if name == PARAMETERS_TABLE:
            raise RuleError("reference.parameter_fixed")
        spec = self._spec(name)
        return self._write(name, lambda s: delete_value(s, spec, row_id))

    def holiday_years(self) -> list[HolidayYearView]:
        """Every year from 2004 to next year: package, administrator, or missing."""
        with self.ctx.uow.read() as uow:
            entries = rd.holiday_entries(uow.session)
            editable = self._is_admin(uow.session)
        return holiday_year_views(entries, self._today().year + 1, editable)

    def save_holiday_year(self, year: int, ranges: list[HolidayRangeInput]) -> Changes:
        with self.ctx.uow.read() as uow:  # say "administrators only" before "date wrong"
            if not self._is_admin(uow.session):
                raise RuleError("permission.admin_only")
        entries = checked_holiday_year(year, ranges, self._today().year + 1)

        def save(s):
            before = rd.holiday_entries(s).get(year)
            rd.replace_holiday_year(s, year, entries)
            return ("reference.holidays.save", year, holiday_snapshot(before) if before else None,
                    holiday_snapshot(entries))

        return self._write("holidays", save, recompute=True)

    def delete_holiday_year(self, year: int) -> Changes:
        def delete(s):
            before = rd.holiday_entries(s).get(year)
            if not before:
                raise RuleError("holiday.year_not_admin", year=year)
            rd.delete_holiday_year(s, year)
            return "reference.holidays.delete", year, holiday_snapshot(before), None

        return self._write("holidays", delete, recompute=True)

    # ---- writing ------------------------------------------------------------------------------

    def _write(self, name: str, change: Callable, *, recompute: bool = False) -> Changes:
        """Permission, the change, its audit entry and (for the clock's inputs) the recomputed
        deadlines of open cases: one unit of work, so a failure leaves nothing behind."""
        with self.ctx.uow.write() as uow:
            s = uow.session
            if not self._is_admin(s):
                raise RuleError("permission.admin_only")
            action, entity_id, before, after = change(s)
            audit.record(s, self.ctx.user_id, action, f"reference:{name}",
                         entity_id if isinstance(entity_id, int) else None, None,
                         before, after, self.ctx.clock())
            if recompute:
                from .deadlines import recompute_open_cases  # deadlines imports us lazily too

                recompute_open_cases(s, rd.period_rules(s), working_calendar(s), self._today())
            uow.commit()
        return Changes(settings=True)

    # ---- small helpers ------------------------------------------------------------------------

    def _spec(self, name: str) -> ValueTable:
        return value_table(name, self._today().year)

    def _is_admin(self, session) -> bool:
        if self.ctx.user_id is None:
            return False
        user = session.get(User, self.ctx.user_id)
        return user is not None and user.active and user.role == Role.ADMIN.value

    def _today(self) -> date:
        return to_local(self.ctx.clock()).date()
