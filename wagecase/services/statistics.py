"""统计报表 and the supervisor's overview: the tables of domain.statistics filled by one GROUP BY
each (storage.stats_queries), with the labels of their rows and a drill-down key per figure.

Read-only. A report over a month of a million cases is a dozen aggregate queries; no case is
loaded into Python. The drill-down of a figure is the same source narrowed to the figure's row
and column: the case list shows exactly the cases counted.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from ..domain.case import OPEN_STATUSES, CaseType, Channel, Industry
from ..domain.errors import RuleError
from ..domain.intake_rules import strip_region_prefix
from ..domain.money import format_yuan
from ..domain.periods import Duty, length_text
from ..domain.permissions import Permission
from ..domain.statistics import (
    ANSWERS,
    COMPLIANCE_PERIODS,
    DUE_STATES,
    MOVEMENTS,
    OUTCOMES,
    OVERVIEW_TABLES,
    REPORT_TABLES,
    VERDICTS,
    YES_NO,
    ColumnSpec,
    DrillKey,
    Kind,
    Measure,
    Op,
    ReportPeriod,
    Source,
    TableSpec,
    PeriodKind,
    numbered,
    period_containing,
    rate,
    rate_text,
)
from ..storage import stats_queries as sq
from .approvals import approval_label
from .case_facts import office_facts
from .context import ServiceContext, to_local, to_utc
from .deadlines import DeadlineService, clock_inputs
from .inspection import PAYERS
from .permissions import requires
from .stats_dto import TOTAL_KEY, StatsColumn, StatsReport, StatsRow, StatsTable

Progress = Callable[[int, int], bool]  # (done, total) -> go on?

_OPEN = tuple(s.value for s in OPEN_STATUSES)
_FIXED_LABELS: dict[str, tuple[tuple[object, str], ...]] = {
    "case_type": tuple(CaseType.choices()),
    "channel": tuple(Channel.choices()),
    "industry": tuple(Industry.choices()),
    "collective": YES_NO,
    "urgent": YES_NO,
    "served": YES_NO,
    "outcome": OUTCOMES,
    "payer": PAYERS,
    "movement": MOVEMENTS,
    "answer": ANSWERS,
    "verdict": VERDICTS,
    "state": DUE_STATES,
    "rule": (("2022", "2022年办法（45号令）"), ("2017", "2017年办法（黑名单）")),
    "status": tuple((s.value, s.label) for s in OPEN_STATUSES),
}
_PATH_NAMES = {"inspection": "监察", "crime": "监察", "arbitration": "仲裁", "blacklist": "失信惩戒",
               "legal_aid": "法律援助"}
_UNKNOWN = {"county": "未填写用工所在地", "officer": "未指定承办人"}


class StatisticsService:
    def __init__(self, ctx: ServiceContext, served_forms: Callable[[], Sequence[str]] | None = None) -> None:
        self.ctx = ctx
        # the forms that are served on a party (catalogue: a service_event): the DocumentService
        # knows them; a bare service (tests, the CLI) reads the catalogue itself
        self._served_forms = served_forms

    def _today(self) -> date:
        return to_local(self.ctx.clock()).date()

    def default_period(self, kind: PeriodKind = PeriodKind.MONTH) -> ReportPeriod:
        return period_containing(kind, self._today())

    # ---- the report ---------------------------------------------------------------------------

    @requires(Permission.STATISTICS)
    def report(self, period: ReportPeriod, county_code: str = "", progress: Progress | None = None) -> StatsReport:
        """Every table of the report for ``period`` and the cases of ``county_code`` (a county, or a
        prefecture/province for all its counties). ``progress`` may stop it: RuleError then."""
        scope = self._scope(period.start, period.end, county_code)
        tables = [replace(t, title=numbered(i, t.title))
                  for i, t in enumerate(self._tables(REPORT_TABLES, scope, progress))]
        return self._report(f"劳动保障监察与劳动人事争议仲裁案件统计表（{period.label}）", period.label,
                            period.start, period.end, county_code, tables)

    def overview(self, county_code: str = "") -> StatsReport:
        """Today's state for a head of section: open cases by step and officer, the office's
        deadlines overdue or due soon by officer, approvals waiting."""
        today = self._today()
        scope = self._scope(today, today, county_code)
        tables = self._tables(OVERVIEW_TABLES, scope, None)
        return self._report("在办案件概况", f"截至{today.year}年{today.month}月{today.day}日", today, today,
                            county_code, tables)

    def month_to_date(self, county_code: str = "") -> tuple[int, int, DrillKey, DrillKey]:
        """Amount recovered (fen) and workers paid this month so far, with their drill-downs."""
        today = self._today()
        scope = self._scope(today.replace(day=1), today, county_code)
        with self.ctx.uow.read() as uow:
            row = sq.aggregate(uow.session, Source.RECOVERED, scope, None,
                               [Measure(Op.SUM, "amount_fen"), Measure(Op.DISTINCT, "worker_id")])[0]
        key = self._key(Source.RECOVERED, scope)
        return int(row[0] or 0), int(row[1] or 0), key, key

    # ---- the drill-down ----------------------------------------------------------------------

    def drill_case_ids(self, key: DrillKey):
        """The selectable of the case ids behind ``key`` (for the case list's query)."""
        scope = self._scope(key.start, key.end, key.county_prefix, today=key.today, soon_until=key.soon_until,
                            stripped=True)
        return sq.drill_case_ids(key.source, scope, key.where)

    # ---- building -----------------------------------------------------------------------------

    def _scope(self, start: date, end: date, county_code: str, *, today: date | None = None,
               soon_until: date | None = None, stripped: bool = False) -> sq.Scope:
        today = today or self._today()
        if soon_until is None:
            _rules, calendar, _today = clock_inputs(self.ctx)
            with self.ctx.uow.read() as uow:
                soon = DeadlineService._due_soon(uow.session)
            soon_until = calendar.add_working_days(today, soon).date
        prefix = county_code if stripped else (strip_region_prefix(county_code) if county_code else "")
        return sq.Scope(
            start=start, end=end,
            start_utc=to_utc(datetime.combine(start, time.min)),
            end_utc=to_utc(datetime.combine(end + timedelta(days=1), time.min)),
            county_prefix=prefix, today=today, soon_until=soon_until, open_statuses=_OPEN,
            compliance_periods=COMPLIANCE_PERIODS, served_forms=tuple(self._served()))

    def _served(self) -> Sequence[str]:
        if self._served_forms is not None:
            return self._served_forms()
        from .. import paths
        from ..documents.catalogue import load_catalogue

        return served_forms(load_catalogue(paths.forms_dir()))

    @staticmethod
    def _key(source: Source, scope: sq.Scope, where: tuple = ()) -> DrillKey:
        return DrillKey(source, scope.start, scope.end, scope.county_prefix, scope.today, scope.soon_until, where)

    def _tables(self, specs: Sequence[TableSpec], scope: sq.Scope, progress: Progress | None) -> list[StatsTable]:
        out = []
        with self.ctx.uow.read() as uow:
            s = uow.session
            for i, spec in enumerate(specs):
                if progress is not None and not progress(i, len(specs)):
                    raise RuleError("statistics.cancelled")
                out.append(self._table(s, spec, scope))
            if progress is not None:
                progress(len(specs), len(specs))
            return self._labelled(s, out)

    def _table(self, s, spec: TableSpec, scope: sq.Scope) -> StatsTable:
        measured = [c for c in spec.columns if c.kind != Kind.RATE]
        measures = [c.measure for c in measured]
        grouped = {r[0]: tuple(r[1:]) for r in sq.aggregate(s, spec.source, scope, spec.dim, measures, spec.where)}
        total = tuple(sq.aggregate(s, spec.source, scope, None, measures, spec.where)[0])
        keys = self._row_keys(spec, grouped)
        rows = tuple(self._row(spec, scope, measured, key, grouped.get(key, (0,) * len(measured)), str(key))
                     for key in keys)
        total_row = self._row(spec, scope, measured, TOTAL_KEY, total, "合计")
        columns = tuple(StatsColumn(c.key, c.label, c.kind) for c in spec.columns)
        chart = [c.key for c in spec.columns].index(spec.chart) if spec.chart else -1
        return StatsTable(spec.code, spec.title, spec.dim_label, columns, rows, total_row, chart)

    @staticmethod
    def _row_keys(spec: TableSpec, grouped: dict) -> list:
        fixed = _FIXED_LABELS.get(spec.dim)
        if spec.dim == "period":
            fixed = tuple((code, code) for code in COMPLIANCE_PERIODS)
        if spec.sort_by_count or fixed is None:
            return sorted(grouped, key=lambda k: (-(grouped[k][0] or 0), str(k)))
        known = [k for k, _label in fixed if spec.keep_empty or k in grouped]
        return known + [k for k in grouped if k not in known]

    def _row(self, spec: TableSpec, scope: sq.Scope, measured: list[ColumnSpec], key, figures, label) -> StatsRow:
        by_key = {c.key: int(v or 0) for c, v in zip(measured, figures)}
        row_where = spec.where + (() if key == TOTAL_KEY else ((spec.dim, key),))
        values, texts, drills = [], [], []
        for col in spec.columns:
            if col.kind == Kind.RATE:
                numerator, denominator = col.ratio
                value = rate(by_key[numerator], sum(by_key[k] for k in denominator))
                values.append(value)
                texts.append(rate_text(value))
                source_col = next(c for c in measured if c.key == numerator)
            else:
                value = by_key[col.key]
                values.append(value)
                texts.append(format_yuan(value) if col.kind == Kind.MONEY else f"{value:,}")
                source_col = col
            drills.append(self._key(spec.source, scope, row_where + source_col.measure.where))
        return StatsRow(key, label, tuple(values), tuple(texts), tuple(drills))

    def _labelled(self, s, tables: list[StatsTable]) -> list[StatsTable]:
        """The rows' labels: fixed ones from the domain, names of counties, officers and periods."""
        counties = sq.region_names(s, [r.key for t in tables for r in t.rows if _dim(t) == "county"])
        officers = sq.user_names(s, [r.key for t in tables for r in t.rows if _dim(t) == "officer"])
        periods = sq.period_names(s, COMPLIANCE_PERIODS)
        out = []
        for t in tables:
            dim = _dim(t)
            fixed = dict(_FIXED_LABELS.get(dim, ()))

            def label(key, dim=dim, fixed=fixed) -> str:
                if key is None:
                    return _UNKNOWN.get(dim, "未填写")
                if dim == "county":
                    return counties.get(key, key)
                if dim == "officer":
                    return officers.get(key, f"用户{key}")
                if dim == "period":
                    return _period_label(key, periods.get(key))
                if dim == "action":
                    return _action_label(str(key))
                return fixed.get(key, str(key))

            rows = tuple(StatsRow(r.key, label(r.key), r.values, r.texts, r.drills) for r in t.rows)
            out.append(StatsTable(t.code, t.title, t.dim_label, t.columns, rows, t.total, t.chart_column))
        return out

    def _report(self, title: str, period_label: str, start: date, end: date, county_code: str,
                tables: list[StatsTable]) -> StatsReport:
        with self.ctx.uow.read() as uow:
            office = office_facts(uow.session).agency_name
            scope_label = "全部地区"
            if county_code:
                scope_label = sq.region_names(uow.session, [county_code]).get(county_code, county_code)
        return StatsReport(title=title, office=office, period_label=period_label, scope_label=scope_label,
                           start=start, end=end, generated_at=to_local(self.ctx.clock()), tables=tuple(tables))


def served_forms(catalogue) -> list[str]:
    """The forms the office serves on a party: those whose service is a procedural step, and
    those addressed to a respondent or a listed subject (internal approval forms are not)."""
    return [fid for fid, spec in catalogue.items() if spec.service_event or spec.per in ("respondent", "subject")]


_SPEC_DIM = {spec.code: spec.dim for spec in REPORT_TABLES + OVERVIEW_TABLES}


def _dim(table: StatsTable) -> str:
    return _SPEC_DIM[table.code]


def _period_label(code: str, known: tuple[str, int, str, str] | None) -> str:
    """监察·受理审查期限（5个工作日）: both paths have a 受理审查期限, the path tells them apart."""
    if known is None:
        return code
    name, length, unit, duty = known
    path = _PATH_NAMES.get(code.split(".", 1)[0], "")
    length_shown = "当日" if length <= 0 else length_text(length, unit)
    who = "，法律援助机构" if duty == Duty.OTHER_AUTHORITY.value else ""
    return f"{path}·{name}（{length_shown}{who}）" if path else f"{name}（{length_shown}{who}）"


def _action_label(action: str) -> str:
    label = approval_label(action, CaseType.INSPECTION.value)
    return label if label != action else approval_label(action, CaseType.ARBITRATION.value)

