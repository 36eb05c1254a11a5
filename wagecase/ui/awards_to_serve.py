"""工作台's 待送达的裁决书: awards made in the user's cases whose 裁决书 is not served yet (the
15- and 30-day windows to challenge them only start on service)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from .workbench_list import RowsModel, WorkbenchList

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import AwardToServeView

TITLE = "待送达的裁决书"
HEADERS = ("裁决书编号", "当事人", "类别", "裁决日期", "已过")
_SAMPLES = ("郑劳人仲案字〔2026〕99999-2号", "欧阳建国等12人 诉 河南某建设有限公司", "先予执行裁决",
            "2026年12月31日", "已过365日")
AMBER = "#92400e"
LATE_DAYS = 5  # shown amber after this many days: service is due soon after the award is made


def title_text(count: int) -> str:
    return f"{TITLE}（{count}份）"


def _cells(a: "AwardToServeView") -> tuple[str, ...]:
    return (a.number, a.parties, a.part_label, a.made_text, f"已过{a.days}日")


class AwardsToServePanel(WorkbenchList):
    def __init__(self, services: "Services", parent: QWidget | None = None) -> None:
        model = RowsModel(HEADERS, _cells, colour=lambda a, col: AMBER if col == 4 and a.days > LATE_DAYS else None,
                          right=(4,))
        super().__init__(model, lambda: services.arbitration.awards_to_serve(), title_text, _SAMPLES,
                         "awardsToServeTable", parent)
