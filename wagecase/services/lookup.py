"""Suggestions while typing (existing employers and workers), regions, officers."""
from __future__ import annotations

from .context import ServiceContext
from .dto import EmployerInput, RegionView, Suggestion, UserView, WorkerInput


class LookupService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def employers(self, text: str, limit: int = 10) -> list[Suggestion]:
        """By name fragment, credit-code prefix or pinyin initials."""
        raise NotImplementedError

    def workers(self, text: str, limit: int = 10) -> list[Suggestion]:
        """By name fragment, ID-number fragment or pinyin initials."""
        raise NotImplementedError

    def employer_input(self, employer_id: int) -> EmployerInput:
        raise NotImplementedError

    def worker_input(self, worker_id: int) -> WorkerInput:
        raise NotImplementedError

    def regions(self, parent_code: str | None = None) -> list[RegionView]:
        """Children of a region (None: provinces... in practice Henan's prefectures and counties)."""
        raise NotImplementedError

    def region_name(self, code: str) -> str:
        raise NotImplementedError

    def officers(self) -> list[UserView]:
        raise NotImplementedError
