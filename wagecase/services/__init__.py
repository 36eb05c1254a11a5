"""Use cases. The UI and the CLI talk to ``Services`` only; they get DTOs back (dto.py)."""
from __future__ import annotations

from dataclasses import dataclass

from .context import ServiceContext
from .demo import DemoService
from .intake import IntakeService
from .lookup import LookupService
from .queries import CaseQueries
from .roster import RosterService
from .users import UserService


@dataclass
class Services:
    ctx: ServiceContext
    intake: IntakeService
    cases: CaseQueries
    lookup: LookupService
    roster: RosterService
    users: UserService
    demo: DemoService

    @classmethod
    def create(cls, ctx: ServiceContext) -> "Services":
        return cls(
            ctx=ctx,
            intake=IntakeService(ctx),
            cases=CaseQueries(ctx),
            lookup=LookupService(ctx),
            roster=RosterService(ctx),
            users=UserService(ctx),
            demo=DemoService(ctx),
        )
