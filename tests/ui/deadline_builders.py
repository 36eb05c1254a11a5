"""Builders for the deadline UI tests: a fixed 'today' through the services' clock, cases of
either type, and procedural events added through the real service."""
from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

from tests.ui.conftest import construction_intake
from wagecase.services.dto import EventInput


def set_today(services, day: date) -> None:
    """Noon in Asia/Shanghai on ``day`` (the clock is naive UTC)."""
    noon_utc = datetime(day.year, day.month, day.day, 12) - timedelta(hours=8)
    services.ctx.clock = lambda: noon_utc


def register(services, case_type: str = "inspection"):
    officers = services.lookup.officers()
    data = construction_intake(officers[0].id if officers else None)
    # the same workers and employer again: the duplicate question is answered 'register anyway'
    data = dataclasses.replace(data, case_type=case_type, confirm_possible_duplicates=True)
    return services.intake.register(data)


def add_event(services, case_id: int, kind: str, day: date, summary: str = "", **payload: date) -> None:
    services.deadlines.add_event(case_id, EventInput(
        kind=kind, event_date=day, summary=summary,
        payload={k: v.isoformat() for k, v in payload.items()}))
