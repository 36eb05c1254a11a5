"""先予执行 (调解仲裁法 Art. 44): the worker asks for part of the claim to be paid now, before
the award. The tribunal ticks the saved items it grants and says why the worker's living
depends on it; the 先予执行裁决书 is issued with it. The items stay open for the award."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from .item_choice import ItemChoiceDialog
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import AwardItemView, AwardView
    from .prompts import Prompts


class AdvanceDialog(ItemChoiceDialog):
    """``made`` holds the 先予执行 award once it was made."""

    def __init__(self, services: "Services", prompts: "Prompts", case_id: int,
                 items: "list[AwardItemView]", parent: QWidget | None = None) -> None:
        self.made: AwardView | None = None
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(tr("如：申请人长期被拖欠工资，无其他生活来源，不先予执行将严重影响其生活"))
        self.reason.setFixedHeight(72)
        super().__init__(
            services, prompts, case_id, items, title=tr("先予执行"), list_caption=tr("先予执行的事项"),
            hint=(tr("仅限追索劳动报酬、工伤医疗费、经济补偿或者赔偿金的事项，且权利义务关系明确、"
                  "不先予执行将严重影响申请人生活；劳动者申请先予执行的，可以不提供担保。")),
            ok_text=tr("裁决先予执行"), extra=(QLabel(tr("理由")), self.reason), parent=parent)

    def item_text(self, item: "AwardItemView") -> str:
        # the items stay open for the award: a 先行裁决's items are already decided
        if item.id <= 0 or item.rejected:
            return ""
        return tr("{label}　{awarded_text}元").format(label=tr(item.label), awarded_text=item.awarded_text)

    def submit(self) -> None:
        self.made = self._services.awards.advance(self.case_id, self.chosen(), self.reason.toPlainText())
