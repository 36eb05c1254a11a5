"""The statistical report (统计报表) as data: its period, its tables, their rows and columns.

A table counts the rows of one *source* (cases received, cases closed, payments, deadlines…)
grouped by one of the source's dimensions; each column is a *measure* over those rows, optionally
narrowed by a condition on another dimension ("其中集体案件": collective = true). The storage
layer turns a spec into one GROUP BY per table; the same source narrowed by the same row and
column conditions lists the cases behind any figure (the drill-down), so the list and the
figure cannot disagree.

Nothing here is law: the periods the compliance table measures are named by their catalogue
codes, and their lengths and names come from the period data when the report is built.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from .errors import RuleError


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"


PERIOD_KIND_LABELS = {PeriodKind.MONTH: "月报", PeriodKind.QUARTER: "季报", PeriodKind.YEAR: "年报",
                      PeriodKind.CUSTOM: "自定义期间"}
MAX_CUSTOM_DAYS = 3660  # ten years: a longer span is a typing error, not a report


@dataclass(frozen=True)
class ReportPeriod:
    start: date
    end: date  # inclusive
    kind: PeriodKind = PeriodKind.CUSTOM

    @property
    def label(self) -> str:
        s, e = self.start, self.end
        if self.kind == PeriodKind.MONTH:
            return f"{s.year}年{s.month}月"
        if self.kind == PeriodKind.QUARTER:
            return f"{s.year}年第{'一二三四'[(s.month - 1) // 3]}季度"
        if self.kind == PeriodKind.YEAR:
            return f"{s.year}年"
        if s == e:
            return f"{s.year}年{s.month}月{s.day}日"
        return f"{s.year}年{s.month}月{s.day}日至{e.year}年{e.month}月{e.day}日"


def month_period(year: int, month: int) -> ReportPeriod:
    last = calendar.monthrange(year, month)[1]
    return ReportPeriod(date(year, month, 1), date(year, month, last), PeriodKind.MONTH)


def quarter_period(year: int, quarter: int) -> ReportPeriod:
    first = 3 * (quarter - 1) + 1
    last = calendar.monthrange(year, first + 2)[1]
    return ReportPeriod(date(year, first, 1), date(year, first + 2, last), PeriodKind.QUARTER)


def year_period(year: int) -> ReportPeriod:
    return ReportPeriod(date(year, 1, 1), date(year, 12, 31), PeriodKind.YEAR)


def custom_period(start: date | None, end: date | None) -> ReportPeriod:
    if start is None or end is None:
        raise RuleError("statistics.period_missing")
    if end < start:
        raise RuleError("statistics.period_reversed", start=start.isoformat(), end=end.isoformat())
    if (end - start).days > MAX_CUSTOM_DAYS:
        raise RuleError("statistics.period_too_long", days=(end - start).days + 1)
    for kind in (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR):
        named = period_containing(kind, start)
        if (named.start, named.end) == (start, end):
            return named  # a whole calendar month, quarter or year is titled as such
    return ReportPeriod(start, end, PeriodKind.CUSTOM)


def period_containing(kind: PeriodKind, day: date) -> ReportPeriod:
    if kind == PeriodKind.MONTH:
        return month_period(day.year, day.month)
    if kind == PeriodKind.QUARTER:
        return quarter_period(day.year, (day.month - 1) // 3 + 1)
    if kind == PeriodKind.YEAR:
        return year_period(day.year)
    return ReportPeriod(day, day, PeriodKind.CUSTOM)


def previous_period(p: ReportPeriod) -> ReportPeriod:
    """The period of the same kind just before ``p`` (a custom one: the same length)."""
    if p.kind == PeriodKind.CUSTOM:
        length = (p.end - p.start).days
        end = p.start - timedelta(days=1)
        return ReportPeriod(end - timedelta(days=length), end, PeriodKind.CUSTOM)
    return period_containing(p.kind, p.start - timedelta(days=1))


# ---- the tables ---------------------------------------------------------------------------------

class Source(StrEnum):
    RECEIVED = "received"  # cases whose 收件日期 falls in the period
    CLOSED = "closed"  # cases closed (结案, 不予受理, 撤回) in the period
    RECOVERED = "recovered"  # payments recorded with a 支付日期 in the period
    POLICE = "police"  # 移送公安机关 dated in the period
    LISTINGS = "listings"  # listing decisions and removals dated in the period
    LEGAL_AID = "legal_aid"  # referrals sent to a centre in the period
    COMPLIANCE = "compliance"  # the office's deadlines falling due in the period
    DOCUMENTS = "documents"  # documents to be served, issued in the period
    OPEN = "open"  # cases open today (the supervisor's overview)
    DUE = "due"  # the office's open deadlines today, overdue or due soon
    APPROVALS = "approvals"  # requests waiting for a supervisor's decision


# a source's dimensions; every dimension can group a table and narrow a drill-down
SOURCE_DIMS: dict[Source, tuple[str, ...]] = {
    Source.RECEIVED: ("case_type", "channel", "county", "industry", "collective"),
    Source.CLOSED: ("case_type", "outcome", "county", "industry"),
    Source.RECOVERED: ("case_type", "payer", "county"),
    Source.POLICE: ("case_type", "county"),
    Source.LISTINGS: ("movement", "rule"),
    Source.LEGAL_AID: ("answer", "urgent", "case_type"),
    Source.COMPLIANCE: ("period", "officer", "verdict", "case_type", "duty"),
    Source.DOCUMENTS: ("case_type", "served"),
    Source.OPEN: ("case_type", "status", "officer"),
    Source.DUE: ("officer", "state"),
    Source.APPROVALS: ("action", "case_type"),
}


class Op(StrEnum):
    CASES = "cases"  # distinct cases
    ROWS = "rows"  # rows of the source (payments, listings, referrals, deadlines)
    SUM = "sum"  # the sum of a value column
    DISTINCT = "distinct"  # distinct values of a column (workers paid)


class Kind(StrEnum):
    COUNT = "count"
    MONEY = "money"  # fen
    RATE = "rate"  # numerator / denominator of two other columns, as a percentage


@dataclass(frozen=True)
class Measure:
    op: Op
    column: str = ""  # SUM and DISTINCT: the source's value column
    where: tuple[tuple[str, object], ...] = ()  # (dimension, value): the column's own condition


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    label: str
    kind: Kind = Kind.COUNT
    measure: Measure | None = None  # None for RATE
    # RATE: the numerator's column key and the keys of the columns summed as the denominator
    ratio: tuple[str, tuple[str, ...]] = ("", ())


@dataclass(frozen=True)
class TableSpec:
    code: str
    title: str
    source: Source
    dim: str
    dim_label: str
    columns: tuple[ColumnSpec, ...]
    chart: str = ""  # the column drawn as bars; "" for none
    sort_by_count: bool = False  # rows largest first (counties, officers) instead of a fixed order
    where: tuple[tuple[str, object], ...] = ()  # the table counts only these rows of its source
    keep_empty: bool = True  # a report keeps its shape month to month; an overview shows what there is


_CASES = Measure(Op.CASES)
_RECEIVED_COLUMNS = (
    ColumnSpec("cases", "收案数（件）", measure=_CASES),
    ColumnSpec("collective", "其中集体案件（件）", measure=Measure(Op.CASES, where=(("collective", True),))),
    ColumnSpec("workers", "涉及劳动者（人）", measure=Measure(Op.SUM, "worker_count")),
    ColumnSpec("claimed", "请求金额（元）", Kind.MONEY, Measure(Op.SUM, "claimed_fen")),
)
_CLOSED_COLUMNS = (
    ColumnSpec("cases", "结案数（件）", measure=_CASES),
    ColumnSpec("workers", "涉及劳动者（人）", measure=Measure(Op.SUM, "worker_count")),
    ColumnSpec("claimed", "请求金额（元）", Kind.MONEY, Measure(Op.SUM, "claimed_fen")),
)
_RECOVERED_COLUMNS = (
    ColumnSpec("amount", "追回工资（元）", Kind.MONEY, Measure(Op.SUM, "amount_fen")),
    ColumnSpec("workers", "获支付劳动者（人）", measure=Measure(Op.DISTINCT, "worker_id")),
    ColumnSpec("cases", "涉及案件（件）", measure=_CASES),
    ColumnSpec("payments", "支付笔数", measure=Measure(Op.ROWS)),
)
_COMPLIANCE_COLUMNS = (
    ColumnSpec("due", "届满期限（个）", measure=Measure(Op.ROWS)),
    ColumnSpec("on_time", "按期办结", measure=Measure(Op.ROWS, where=(("verdict", "on_time"),))),
    ColumnSpec("late", "逾期办结", measure=Measure(Op.ROWS, where=(("verdict", "late"),))),
    ColumnSpec("overdue", "逾期未办结", measure=Measure(Op.ROWS, where=(("verdict", "overdue"),))),
    ColumnSpec("running", "尚未届满", measure=Measure(Op.ROWS, where=(("verdict", "running"),))),
    # the running ones are not judged yet: the share is of those settled or overdue
    ColumnSpec("rate", "按期率", Kind.RATE, ratio=("on_time", ("on_time", "late", "overdue"))),
)

REPORT_TABLES: tuple[TableSpec, ...] = (
    TableSpec("received_by_type", "收案情况（按案件类型）", Source.RECEIVED, "case_type", "案件类型",
              _RECEIVED_COLUMNS, chart="cases"),
    TableSpec("received_by_channel", "收案情况（按来源渠道）", Source.RECEIVED, "channel", "来源渠道",
              _RECEIVED_COLUMNS, chart="cases"),
    TableSpec("received_by_county", "收案情况（按用工所在地）", Source.RECEIVED, "county", "县（市、区）",
              _RECEIVED_COLUMNS, chart="cases", sort_by_count=True),
    TableSpec("received_by_industry", "收案情况（按行业）", Source.RECEIVED, "industry", "行业",
              _RECEIVED_COLUMNS, chart="cases"),
    TableSpec("closed_by_outcome", "结案情况（按结案方式）", Source.CLOSED, "outcome", "结案方式",
              _CLOSED_COLUMNS, chart="cases"),
    TableSpec("closed_by_type", "结案情况（按案件类型）", Source.CLOSED, "case_type", "案件类型",
              _CLOSED_COLUMNS),
    TableSpec("closed_by_county", "结案情况（按用工所在地）", Source.CLOSED, "county", "县（市、区）",
              _CLOSED_COLUMNS, sort_by_count=True),
    TableSpec("closed_by_industry", "结案情况（按行业）", Source.CLOSED, "industry", "行业",
              _CLOSED_COLUMNS),
    TableSpec("recovered_by_payer", "为劳动者追回工资（按支付主体）", Source.RECOVERED, "payer", "支付主体",
              _RECOVERED_COLUMNS, chart="amount"),
    TableSpec("recovered_by_type", "为劳动者追回工资（按案件类型）", Source.RECOVERED, "case_type", "案件类型",
              _RECOVERED_COLUMNS),
    TableSpec("police", "涉嫌拒不支付劳动报酬罪移送公安机关", Source.POLICE, "case_type", "案件类型", (
        ColumnSpec("cases", "移送案件（件）", measure=_CASES),
        ColumnSpec("workers", "涉及劳动者（人）", measure=Measure(Op.SUM, "worker_count")),
        ColumnSpec("claimed", "涉及金额（元）", Kind.MONEY, Measure(Op.SUM, "claimed_fen")),
    )),
    TableSpec("listings", "失信联合惩戒对象名单", Source.LISTINGS, "movement", "事项", (
        ColumnSpec("listings", "名单（条）", measure=Measure(Op.ROWS)),
        ColumnSpec("cases", "涉及案件（件）", measure=_CASES),
    ), chart="listings"),
    TableSpec("legal_aid", "转交法律援助申请", Source.LEGAL_AID, "answer", "法律援助机构答复", (
        ColumnSpec("referrals", "转交申请（件）", measure=Measure(Op.ROWS)),
        ColumnSpec("urgent", "其中紧急（件）", measure=Measure(Op.ROWS, where=(("urgent", True),))),
        ColumnSpec("cases", "涉及案件（件）", measure=_CASES),
    ), chart="referrals"),
    TableSpec("compliance", "法定期限执行情况（按期限）", Source.COMPLIANCE, "period", "法定期限",
              _COMPLIANCE_COLUMNS),
    TableSpec("compliance_by_officer", "法定期限执行情况（按承办人）", Source.COMPLIANCE, "officer", "承办人",
              _COMPLIANCE_COLUMNS, chart="overdue", sort_by_count=True, where=(("duty", "agency"),)),
    TableSpec("documents", "文书送达情况", Source.DOCUMENTS, "case_type", "案件类型", (
        ColumnSpec("issued", "需送达文书（份）", measure=Measure(Op.ROWS)),
        ColumnSpec("served", "已送达（份）", measure=Measure(Op.ROWS, where=(("served", True),))),
        ColumnSpec("unserved", "未登记送达（份）", measure=Measure(Op.ROWS, where=(("served", False),))),
        ColumnSpec("rate", "送达率", Kind.RATE, ratio=("served", ("issued",))),
    )),
)

# the supervisor's overview on 工作台 (today's state, not a period)
OVERVIEW_TABLES: tuple[TableSpec, ...] = (
    TableSpec("open_by_status", "在办案件（按办理环节）", Source.OPEN, "status", "办理环节", (
        ColumnSpec("inspection", "监察案件", measure=Measure(Op.CASES, where=(("case_type", "inspection"),))),
        ColumnSpec("arbitration", "仲裁案件", measure=Measure(Op.CASES, where=(("case_type", "arbitration"),))),
        ColumnSpec("cases", "合计", measure=_CASES),
    ), keep_empty=False),
    TableSpec("open_by_officer", "在办案件（按承办人）", Source.OPEN, "officer", "承办人", (
        ColumnSpec("cases", "在办案件", measure=_CASES),
        ColumnSpec("inspection", "监察", measure=Measure(Op.CASES, where=(("case_type", "inspection"),))),
        ColumnSpec("arbitration", "仲裁", measure=Measure(Op.CASES, where=(("case_type", "arbitration"),))),
    ), sort_by_count=True),
    TableSpec("due_by_officer", "本机关期限（按承办人）", Source.DUE, "officer", "承办人", (
        ColumnSpec("overdue", "已逾期", measure=Measure(Op.ROWS, where=(("state", "overdue"),))),
        ColumnSpec("soon", "即将届满", measure=Measure(Op.ROWS, where=(("state", "soon"),))),
    ), sort_by_count=True),
    TableSpec("approvals", "待审批事项", Source.APPROVALS, "action", "事项", (
        ColumnSpec("requests", "待审批（件）", measure=Measure(Op.ROWS)),
    ), sort_by_count=True),
)

# the office's deadlines whose keeping the compliance table measures, in its row order
COMPLIANCE_PERIODS = (
    "inspection.acceptance", "inspection.investigation", "inspection.decision_service",
    "arbitration.acceptance", "arbitration.application_service", "arbitration.hearing_notice",
    "arbitration.time_limit", "crime.transfer", "blacklist.listing_decision", "legal_aid.referral",
    # the centre's answer (法律援助法 Art. 43): its duty, tracked by the office
    "legal_aid.decision",
)

# fixed row orders and labels of the dimensions that are not enums elsewhere
OUTCOMES = (
    ("ordered", "责令支付后结案"), ("decided", "作出处理决定后结案"), ("transferred", "移送公安机关后结案"),
    ("case_withdrawn", "撤销立案"), ("mediated", "调解结案"), ("awarded", "裁决结案"),
    ("jurisdiction", "移送管辖"), ("withdrawn", "申请人撤回"), ("rejected", "不予受理"),
    ("other", "其他方式结案"),
)
MOVEMENTS = (
    ("listed", "列入名单"), ("removed_expiry", "期满移出"), ("removed_early", "提前移出"),
    ("revoked", "撤销列入"),
)
ANSWERS = (
    ("granted", "给予法律援助"), ("refused", "不予法律援助"), ("waiting", "尚未答复"),
)
VERDICTS = (
    ("on_time", "按期办结"), ("late", "逾期办结"), ("overdue", "逾期未办结"), ("running", "尚未届满"),
)
DUE_STATES = (("overdue", "已逾期"), ("soon", "即将届满"))
YES_NO = ((True, "是"), (False, "否"))


@dataclass(frozen=True)
class DrillKey:
    """Which rows of a source a figure counted: the source over the report's scope, narrowed by
    the row's and the column's conditions. Hashable, so a list can be keyed by it."""

    source: Source
    start: date
    end: date
    county_prefix: str = ""
    today: date | None = None
    soon_until: date | None = None  # Source.DUE: the last day that counts as "soon"
    where: tuple[tuple[str, object], ...] = ()

    def narrowed(self, *conditions: tuple[str, object]) -> "DrillKey":
        return DrillKey(self.source, self.start, self.end, self.county_prefix, self.today,
                        self.soon_until, self.where + tuple(conditions))


_DIGITS = "零一二三四五六七八九"


def chinese_ordinal(n: int) -> str:
    """The numbering of a report's tables (1-99).

    >>> [chinese_ordinal(n) for n in (1, 9, 10, 11, 16, 20, 21)]
    ['一', '九', '十', '十一', '十六', '二十', '二十一']
    """
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _DIGITS[ones]
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


def numbered(index: int, title: str) -> str:
    return f"{chinese_ordinal(index + 1)}、{title}"


def rate(numerator: int, denominator: int) -> float | None:
    """A share in percent, one decimal; None when there is nothing to divide (shown as —)."""
    if denominator <= 0:
        return None
    return round(100.0 * numerator / denominator, 1)


def rate_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"

