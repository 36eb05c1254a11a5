"""工作台's 逾期未付的限期改正指令书: the officer's open inspection cases whose order's payment date
has passed while money is still owed."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from .workbench_list import RowsModel, WorkbenchList
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import OverdueOrderView

TITLE = tr("逾期未付的限期改正指令书")
HEADERS = (tr("案号"), tr("当事人"), tr("支付期限"), tr("逾期"), tr("尚欠金额（元）"))
_SAMPLES = (tr("郑人社监案字〔2026〕99999号"), tr("欧阳建国等12人 诉 河南某建设有限公司"),
            tr("2026年12月31日"), tr("逾期365天"), "12,345,678.00")


def title_text(count: int) -> str:
    return tr("{TITLE}（{count}件）").format(TITLE=TITLE, count=count)


def _cells(item: "OverdueOrderView") -> tuple[str, ...]:
    return (item.case_number, item.parties, item.due_text, tr("逾期{days_overdue}天").format(
        days_overdue=item.days_overdue), item.outstanding_text)


class OverdueOrdersPanel(WorkbenchList):
    def __init__(self, services: "Services", parent: QWidget | None = None) -> None:
        super().__init__(RowsModel(HEADERS, _cells, right=(4,)), lambda: services.inspection.overdue_orders(),
                         title_text, _SAMPLES, "overdueOrdersTable", parent)
