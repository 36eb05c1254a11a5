"""What the statistics hand the screen, the workbook and the PDF: tables of figures, each figure
with the text it prints as and the key of the cases behind it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..domain.statistics import DrillKey, Kind


@dataclass(frozen=True)
class StatsColumn:
    key: str
    label: str
    kind: Kind


@dataclass(frozen=True)
class StatsRow:
    key: object  # the dimension's value (None: not recorded); the total row: "__total__"
    label: str
    values: tuple[int | float | None, ...]  # money in fen, rates in percent
    texts: tuple[str, ...]
    drills: tuple[DrillKey | None, ...]


TOTAL_KEY = "__total__"


@dataclass(frozen=True)
class StatsTable:
    code: str
    title: str
    dim_label: str
    columns: tuple[StatsColumn, ...]
    rows: tuple[StatsRow, ...]
    total: StatsRow
    chart_column: int  # index into columns of the figure drawn as bars; -1: no chart

    def value(self, row_key: object, column_key: str) -> int | float | None:
        """A figure by its row's key and its column's key (tests, the CLI)."""
        index = [c.key for c in self.columns].index(column_key)
        row = self.total if row_key == TOTAL_KEY else next(r for r in self.rows if r.key == row_key)
        return row.values[index]


@dataclass(frozen=True)
class StatsReport:
    title: str
    office: str
    period_label: str
    scope_label: str  # 全部地区 / 郑州市金水区
    start: date
    end: date
    generated_at: datetime  # local wall time
    tables: tuple[StatsTable, ...]

    def table(self, code: str) -> StatsTable:
        return next(t for t in self.tables if t.code == code)
