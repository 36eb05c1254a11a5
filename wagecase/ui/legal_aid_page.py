"""The 法律援助 area: the referrals of all cases, newest first (those still under way, or all),
a page at a time; double-click opens the case, where the referral's steps are done."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .case_deadlines import compact_table, fit_columns
from .case_table_view import CaseOpeningTableView
from .workbench_list import RowsModel
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services

PAGE_SIZE = 200
HEADERS = (tr("案号"), tr("申请人"), tr("法律援助机构"), tr("状态"), tr("紧急"), tr("申请日期"), tr("承办律师"), tr("下一期限"))
SAMPLES = (tr("郑劳人仲案字〔2026〕99999号"), tr("欧阳建国等5名代表人"), tr("郑州市法律援助中心"), tr("决定给予援助"), tr("紧急"),
           "2026-12-31", tr("王明（河南某某律师事务所）"), tr("法律援助审查决定期限：2026年12月31日"))


class _Row:
    def __init__(self, number: str, referral) -> None:
        self.case_id = referral.case_id
        self.number = number
        self.r = referral


def _cells(row: _Row) -> tuple[str, ...]:
    r = row.r
    running = [d for d in r.deadlines if d.state not in ("met", "lapsed")]
    upcoming = tr("{name}：{due_text}").format(name=running[0].name, due_text=running[0].due_text) if running else ""
    return (row.number, r.applicants, r.centre_name, tr(r.status_label), tr("紧急") if r.urgent else "",
            r.applied_on.isoformat(), r.lawyer_text, upcoming)


class LegalAidPage(QWidget):
    open_case = Signal(int)

    def __init__(self, services: "Services", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.offset = 0
        title = QLabel(tr("法律援助转交"))
        title.setObjectName("pageTitle")
        self.open_only = QCheckBox(tr("只看办理中的"))
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(lambda _c: self._go(-self.offset))
        self.count_label = QLabel()
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.open_only)
        head.addWidget(self.count_label)
        self.model = RowsModel(HEADERS, _cells, colour=lambda row, col: "#b91c1c" if col == 4 else None,
                               tooltip=lambda row: row.r.urgency or None, parent=self)
        self.view = CaseOpeningTableView()
        self.view.setModel(self.model)
        compact_table(self.view, visible_rows=12)
        self.view.setMinimumHeight(self.view.height())
        self.view.setMaximumHeight(16777215)
        fit_columns(self.view, SAMPLES)
        self.view.open_requested.connect(self.open_case)
        hint = QLabel(tr("在案件的“法律援助”页签中转交、登记机构答复和指派律师；农民工追索劳动报酬免予核查经济困难状况。"))
        hint.setObjectName("fieldCaption")
        self.prev_button = QPushButton(tr("上一页"))
        self.next_button = QPushButton(tr("下一页"))
        self.prev_button.clicked.connect(lambda: self._go(-PAGE_SIZE))
        self.next_button.clicked.connect(lambda: self._go(PAGE_SIZE))
        foot = QHBoxLayout()
        foot.addWidget(hint, 1)
        foot.addWidget(self.prev_button)
        foot.addWidget(self.next_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 8)
        lay.addLayout(head)
        lay.addWidget(self.view, 1)
        lay.addLayout(foot)
        self.refresh()

    def refresh(self) -> None:
        open_only = self.open_only.isChecked()
        total = self._services.legal_aid.count(open_only)
        self.offset = min(self.offset, max(total - 1, 0) // PAGE_SIZE * PAGE_SIZE)
        rows = [_Row(n, r) for n, r in self._services.legal_aid.page(open_only, self.offset, PAGE_SIZE)]
        self.model.set_rows(rows)
        self.count_label.setText(tr("共 {total} 件").format(total=total))
        self.prev_button.setEnabled(self.offset > 0)
        self.next_button.setEnabled(self.offset + PAGE_SIZE < total)

    def _go(self, delta: int) -> None:
        self.offset = max(self.offset + delta, 0)
        self.refresh()
