"""失信惩戒 of an inspection case: whether it meets 45号令 Art. 5 and why, the 20-working-day
listing deadline, the procedure's steps (拟列入 → 事先告知 → 列入 → 移出) as buttons, and who the
listing names. The steps are ``services.blacklist`` actions: the same dialogs and refusals as
the case's own path."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .path_widgets import AMBER, PathPanel
from .table_widgets import fill_table, read_only_table
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import BlacklistView
    from .prompts import Prompts

ACTION_ROWS = (
    (tr("列入程序"), ("record_incident", "propose", "serve_notice", "receive_objection", "answer_objection",
                  "extend")),
    (tr("决定"), ("decide", "decline")),
    (tr("列入期间"), ("apply_early_removal", "decide_early_removal", "extend_2017", "remove", "revoke", "restore")),
)


def banner_text(view: "BlacklistView") -> str:
    """The case's banner while a listing is to be decided: the reasons and the deadline."""
    if view.eligible is not True or view.status not in ("none", "proposed", "noticed"):
        return ""
    return tr("符合列入失信联合惩戒名单的条件：") + tr("；").join(r.rstrip("。") for r in view.reasons) + tr("。") + (
        tr("{deadline_text}。").format(deadline_text=view.deadline_text) if view.deadline_text else "")


class BlacklistPanel(PathPanel):
    path = "blacklist"

    def __init__(self, services: "Services", prompts: "Prompts", case_id: int, load: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, prompts, case_id, ACTION_ROWS, parent=parent)
        self.view: BlacklistView | None = None
        self.reasons = QLabel()
        self.reasons.setObjectName("fieldCaption")
        self.reasons.setWordWrap(True)
        self.deadline = QLabel()
        self.deadline.setObjectName("caseAmount")
        self.term = QLabel()
        self.term.setStyleSheet(AMBER)
        self.term.hide()
        self.subjects = read_only_table([tr("类别"), tr("名称或姓名"), tr("证件号码"), tr("职务")], stretch=1)
        caption = QLabel(tr("列入对象"))
        caption.setObjectName("fieldCaption")
        top = QHBoxLayout()
        top.addWidget(self.step_bar)
        top.addStretch(1)
        top.addWidget(self.status_label)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 8, 4, 4)
        lay.addLayout(top)
        lay.addWidget(self.deadline)
        lay.addWidget(self.reasons)
        lay.addWidget(self.term)
        lay.addWidget(self.load_error)
        lay.addWidget(self.actions_box)
        lay.addWidget(self.actions_hint)
        lay.addWidget(caption)
        lay.addWidget(self.subjects, 1)
        if load:
            self.reload()

    def _show(self, v: "BlacklistView") -> None:
        self.deadline.setText(v.deadline_text)
        self.deadline.setVisible(bool(v.deadline_text))
        verdict = {True: tr("符合"), False: tr("不符合"), None: tr("尚不能确定")}[v.eligible]
        self.reasons.setText(tr("列入条件（人力资源社会保障部令第45号第五条）：{verdict}。").format(verdict=verdict) + tr("；").join(
            r.rstrip("。") for r in v.reasons))
        listing = v.listing
        self.term.setText(tr("列入期间：{term_text}（{rule_label}）").format(
            term_text=listing.term_text, rule_label=tr(listing.rule_label)) if listing and listing.term_text
                          else "")
        self.term.setVisible(bool(self.term.text()))
        fill_table(self.subjects, [[tr(x.kind_label), x.name, x.id_number, x.position]
                                   for x in (listing.subjects if listing else ())])
