"""投诉登记 / 仲裁申请登记: validate everything at once, then write the case in one unit of work."""
from __future__ import annotations

from .context import ServiceContext
from .dto import Changes, IntakeInput, PossibleDuplicate, Registered
from ..domain.errors import FieldError


class IntakeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def validate(self, data: IntakeInput) -> list[FieldError]:
        """Every bad field at once (field paths like ``workers[2].id_number``); writes nothing."""
        raise NotImplementedError

    def find_possible_duplicates(self, data: IntakeInput) -> list[PossibleDuplicate]:
        """Open cases of any of these workers (by ID number) against the same employer."""
        raise NotImplementedError

    def register(self, data: IntakeInput) -> Registered:
        """Raises ValidationFailed (all field errors) or RuleError('intake.possible_duplicates',
        duplicates=[...]) unless ``data.confirm_possible_duplicates``. All or nothing."""
        raise NotImplementedError

    def add_attachment(self, case_id: int, path: str, description: str = "") -> Changes:
        raise NotImplementedError
