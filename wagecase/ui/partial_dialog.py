"""先行裁决 (调解仲裁法 Art. 43 ¶2; 办案规则 Art. 49): part of the facts is already clear, so the
tribunal awards those items now and the case goes on for the rest. The tribunal ticks the saved,
granted items still open; each 裁决书 is issued with it (split into 终局 / 非终局 as any award)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from ..domain.errors import RuleError
from .error_text import error_lines
from .item_choice import ItemChoiceDialog
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import AwardItemView, AwardView
    from .prompts import Prompts

VERDICTS = {True: tr("终局"), False: tr("非终局"), None: ""}


class PartialDialog(ItemChoiceDialog):
    """``made`` holds the awards of the 先行裁决 once made; ``warning`` what the clerk must
    still do when the award stands but its 裁决书 could not be issued."""

    def __init__(self, services: "Services", prompts: "Prompts", case_id: int,
                 items: "list[AwardItemView]", parent: QWidget | None = None) -> None:
        self.made: list[AwardView] = []
        self.warning = ""
        note = QLabel(tr("作出后所选事项不能再修改，先行裁决书随即制作，可在“文书”页签打印和登记送达。"))
        note.setObjectName("fieldCaption")
        note.setWordWrap(True)
        super().__init__(
            services, prompts, case_id, items, title=tr("先行裁决"), list_caption=tr("先行裁决的事项"),
            hint=(tr("仲裁庭裁决劳动争议案件时，其中一部分事实已经清楚的，可以就该部分先行裁决"
                  "（《劳动争议调解仲裁法》第四十三条第二款）。请勾选事实已经清楚的事项；其余事项仍可编辑，"
                  "审理终结时一并作出裁决。先行裁决不结束审理期限。")),
            ok_text=tr("先行裁决"), extra=(note,), parent=parent)
        self.resize(560, 440)

    def item_text(self, item: "AwardItemView") -> str:
        text = super().item_text(item)
        verdict = VERDICTS[item.final]
        return text + (tr("　{verdict}").format(verdict=verdict) if text and verdict else "")

    def submit(self) -> None:
        try:
            self.made = self._services.awards.issue(self.case_id, item_ids=self.chosen())
        except RuleError as exc:
            if exc.key != "award.form_missing":
                raise
            # the award stands (its own commit came first): only the document waits
            self.warning = "\n".join(error_lines(exc))
