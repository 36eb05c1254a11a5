"""Procedural events of a case and the deadlines they start (domain.periods)."""
from __future__ import annotations

from .context import ServiceContext
from .dto import Changes, DeadlineView, DueItemView, EventChoice, EventInput, EventView


class DeadlineService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def event_choices(self, case_type: str) -> list[EventChoice]:
        raise NotImplementedError

    def events(self, case_id: int) -> list[EventView]:
        raise NotImplementedError

    def add_event(self, case_id: int, data: EventInput) -> Changes:
        raise NotImplementedError

    def edit_event(self, event_id: int, data: EventInput) -> Changes:
        raise NotImplementedError

    def remove_event(self, event_id: int) -> Changes:
        raise NotImplementedError

    def case_deadlines(self, case_id: int) -> list[DeadlineView]:
        raise NotImplementedError

    def due_for_officer(self, user_id: int | None = None, limit: int = 200) -> list[DueItemView]:
        """Open deadlines of the officer's cases that are overdue or due soon, soonest first."""
        raise NotImplementedError

    def recompute_all(self) -> int:
        """Rewrite stored deadlines of every open case (after holiday or catalogue changes)."""
        raise NotImplementedError
