"""工作台's 法律援助逾期未答复: referrals a centre has not decided within 7 days, or whose lawyer
was not assigned within 3 (法律援助法 Art. 43): the office asks the centre."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from .workbench_list import RowsModel, WorkbenchList
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import OverdueReferralView

TITLE = tr("法律援助逾期未答复")
HEADERS = (tr("案号"), tr("申请人"), tr("法律援助机构"), tr("期限"), tr("届满日"), tr("逾期"))
_SAMPLES = (tr("郑劳人仲案字〔2026〕99999号"), tr("欧阳建国等5名代表人"), tr("郑州市法律援助中心"), tr("法律援助审查决定期限"),
            tr("2026年12月31日"), tr("逾期10日"))


def title_text(count: int) -> str:
    return tr("{TITLE}（{count}件）").format(TITLE=TITLE, count=count)


def _cells(r: "OverdueReferralView") -> tuple[str, ...]:
    return (r.case_number, r.applicants, r.centre_name, r.what, r.due_text, r.days_text)


class OverdueReferralsPanel(WorkbenchList):
    def __init__(self, services: "Services", parent: QWidget | None = None) -> None:
        model = RowsModel(HEADERS, _cells, colour=lambda r, col: "#b91c1c" if col == 5 else None)
        super().__init__(model, lambda: services.legal_aid.overdue(limit=30), title_text, _SAMPLES,
                         "overdueReferralsTable", parent)
