"""Worker rosters from .xlsx: columns matched by header, every bad row reported, nothing saved."""
from __future__ import annotations

from pathlib import Path

from .context import ServiceContext
from .dto import RosterPreview


class RosterService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def read(self, path: str | Path) -> RosterPreview:
        raise NotImplementedError
