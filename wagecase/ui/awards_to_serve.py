"""工作台's 待送达的裁决书: awards made in the user's cases whose 裁决书 is not served yet (the
15- and 30-day windows to challenge them only start on service)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from .workbench_list import RowsModel, WorkbenchList
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import AwardToServeView

TITLE = tr("待送达的裁决书")
HEADERS = (tr("裁决书编号"), tr("当事人"), tr("类别"), tr("裁决日期"), tr("已过"))
_SAMPLES = (tr("郑劳人仲案字〔2026〕99999-2号"), tr("欧阳建国等12人 诉 河南某建设有限公司"), tr("先予执行裁决"),
            tr("2026年12月31日"), tr("已过365日"))
AMBER = "#92400e"
LATE_DAYS = 5  # shown amber after this many days: service is due soon after the award is made


def title_text(count: int) -> str:
    return tr("{TITLE}（{count}份）").format(TITLE=TITLE, count=count)


def _cells(a: "AwardToServeView") -> tuple[str, ...]:
    return (a.number, a.parties, tr(a.part_label), a.made_text, tr("已过{days}日").format(days=a.days))


class AwardsToServePanel(WorkbenchList):
    def __init__(self, services: "Services", parent: QWidget | None = None) -> None:
        model = RowsModel(HEADERS, _cells, colour=lambda a, col: AMBER if col == 4 and a.days > LATE_DAYS else None,
                          right=(4,))
        super().__init__(model, lambda: services.arbitration.awards_to_serve(), title_text, _SAMPLES,
                         "awardsToServeTable", parent)
