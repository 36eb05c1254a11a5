"""The law's conditions evaluated on one case (简易处理, 终局, 时效, 移送, 失信, 法律援助)."""
from __future__ import annotations

from .context import ServiceContext
from .dto import NoteView, RuleOutcomeView


class CaseRulesService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def outcomes(self, case_id: int) -> list[RuleOutcomeView]:
        raise NotImplementedError

    def notes(self, case_id: int) -> list[NoteView]:
        """Local-regulation notes for the case (decision 1: national text applied, Henan differs)."""
        raise NotImplementedError
