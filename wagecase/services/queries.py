"""Read side of cases: SQL-paged list rows, counts, search, and one case's full detail."""
from __future__ import annotations

from .context import ServiceContext
from .dto import CaseDetail, CaseFilter, CaseRow, CaseSort


class CaseQueries:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def count(self, flt: CaseFilter) -> int:
        raise NotImplementedError

    def page(self, flt: CaseFilter, sort: CaseSort, offset: int, limit: int) -> list[CaseRow]:
        raise NotImplementedError

    def detail(self, case_id: int) -> CaseDetail:
        raise NotImplementedError
