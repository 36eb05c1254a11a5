"""工作台's 待作出列入决定: inspection cases whose order to pay ran out unpaid and that meet
45号令 Art. 5, with the 20 working days the listing decision must come in."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from .workbench_list import RowsModel, WorkbenchList
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import ListingCandidateView

TITLE = tr("待作出列入失信名单决定")
HEADERS = (tr("案号"), tr("用人单位"), tr("列入决定期限"), tr("剩余"), tr("理由"))
_SAMPLES = (tr("郑人社监投字〔2026〕99999号"), tr("河南某某建设工程有限公司"), tr("2026年12月31日"), tr("逾期10个工作日"),
            tr("拖欠劳动报酬数额达到拒不支付劳动报酬罪数额标准"))
COLOURS = {"overdue": "#b91c1c", "due_soon": "#92400e"}


def title_text(count: int) -> str:
    return tr("{TITLE}（{count}件）").format(TITLE=TITLE, count=count)


def _cells(c: "ListingCandidateView") -> tuple[str, ...]:
    return (c.case_number, c.employer_name, c.due_text, c.days_text, c.reasons[-1] if c.reasons else "")


class ListingCandidatesPanel(WorkbenchList):
    def __init__(self, services: "Services", parent: QWidget | None = None) -> None:
        model = RowsModel(HEADERS, _cells, colour=lambda c, col: COLOURS.get(c.state) if col == 3 else None,
                          tooltip=lambda c: "\n".join(c.reasons))
        super().__init__(model, lambda: services.blacklist.candidates(limit=30), title_text, _SAMPLES,
                         "listingCandidatesTable", parent)
