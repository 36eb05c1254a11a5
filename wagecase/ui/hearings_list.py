"""工作台's 本周开庭: hearings of the next 7 days in the cases the user sits on or handles."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from .schedule_dialog import hearing_service
from .workbench_list import RowsModel, SortRole, WorkbenchList
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import HearingView

TITLE = tr("本周开庭")
HEADERS = (tr("开庭时间"), tr("仲裁庭室"), tr("案号"), tr("当事人"), tr("仲裁员"), tr("状态"))
_SAMPLES = (tr("2026年12月31日 14:00—16:00"), tr("第一仲裁庭"), tr("郑劳人仲案字〔2026〕99999号"),
            tr("欧阳建国等12人 诉 河南某建设有限公司"), tr("赵丽娟、钱伟、孙敏"), tr("绿色通道 已排期"))
GREEN = "#166534"


def title_text(count: int) -> str:
    return tr("{TITLE}（{count}场）").format(TITLE=TITLE, count=count)


def _cells(h: "HearingView") -> tuple[str, ...]:
    status = tr("绿色通道 {status_label}").format(
        status_label=tr(h.status_label)) if h.green_channel else tr(h.status_label)
    return (h.time_text, h.room_name, h.case_number, h.parties, tr("、").join(h.arbitrators), status)


def _sort_key(h: "HearingView", col: int) -> Any:
    return (h.hearing_date.isoformat(), h.start_minute) if col == 0 else _cells(h)[col]


class HearingsModel(RowsModel):
    def __init__(self, parent=None) -> None:
        super().__init__(HEADERS, _cells, colour=lambda h, col: GREEN if col == 5 and h.green_channel else None,
                         sort_key=_sort_key,
                         tooltip=lambda h: f"{h.time_text} {h.room_name}\n{h.case_number} {h.parties}",
                         parent=parent)


class HearingsPanel(WorkbenchList):
    def __init__(self, services: "Services", parent: QWidget | None = None) -> None:
        super().__init__(HearingsModel(), lambda: hearing_service(services).this_week(), title_text, _SAMPLES,
                         "hearingsTable", parent)


__all__ = ["HearingsModel", "HearingsPanel", "SortRole", "title_text"]
