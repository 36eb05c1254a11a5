"""Realistic demo data (Henan names, employers with valid codes, projects, contractor chains)."""
from __future__ import annotations

from collections.abc import Callable

from .context import ServiceContext


class DemoService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def is_empty(self) -> bool:
        """True when the database has no case yet (first start: offer demo data)."""
        raise NotImplementedError

    def generate(self, cases: int, *, seed: int = 2026,
                 progress: Callable[[int, int], bool] | None = None) -> int:
        """Add ``cases`` demo cases in bulk; ``progress(done, total)`` returning False cancels
        (what was committed so far stays). Returns the number of cases added."""
        raise NotImplementedError
