"""One employer (用人单位) in a tab of the main window: who it is, warnings in amber, what it owes,
its cases (double-click opens one: ``open_case``), its listings and the persons they name."""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from .case_deadlines import compact_table, fit_columns
from .case_table_view import CaseOpeningTableView
from .error_text import error_lines
from .table_widgets import fill_table, read_only_table
from .workbench_list import RowsModel
from .i18n import screen_date, tr

if TYPE_CHECKING:
    from ..services.dto import EmployerCaseView, EmployerDetailView, ListingView
    from ..services.employers import EmployerService
    from .prompts import Prompts

log = logging.getLogger(__name__)

AMBER = ("color: #92400e; background: #fef3c7; border: 1px solid #f59e0b; border-radius: 3px;"
         " padding: 4px 8px;")
RED = "#b91c1c"
CASE_HEADERS = (tr("案号"), tr("类型"), tr("状态"), tr("收件日期"), tr("投诉金额（元）"), tr("已支付（元）"), tr("限期改正指令书"))
LISTING_HEADERS = (tr("期间"), tr("状态"), tr("事由"), tr("决定书文号"), tr("案号"))
_CASE_SAMPLES = (tr("郑劳人仲案字〔2026〕99999号"), tr("监察案件"), tr("已作出决定"), "2026-11-27", "12,345,678.00",
                 "12,345,678.00", tr("逾期未付"))


def _case_cells(c: "EmployerCaseView") -> tuple[str, ...]:
    return (c.case_number, tr(c.case_type_label), tr(c.status_label), c.received_date.isoformat(),
            c.claimed_text, c.paid_text, tr("逾期未付") if c.order_ignored else "")


def period_text(listing: "ListingView") -> str:
    """The term once decided, else when the procedure began."""
    if listing.term_text:
        return listing.term_text
    return tr("{format_date}提出").format(format_date=screen_date(listing.proposed_on))


def _listing_status(listing: "ListingView") -> str:
    if listing.removed_on and tr(listing.removal_kind_label):
        return tr("{status_label}（{removal_kind_label}，{format_date}）").format(
            status_label=tr(listing.status_label), removal_kind_label=tr(listing.removal_kind_label),
            format_date=screen_date(listing.removed_on))
    return tr(listing.status_label)


def warnings_text(warnings: list[str]) -> str:
    """The question intake asks before registering a case against a flagged employer."""
    return "\n".join([tr("请注意："), ""] + [tr("· {w}。").format(w=w) for w in warnings] + ["", tr("仍要登记吗？")])


class EmployerView(QWidget):
    open_case = Signal(int)
    # the window's tab loops look for a case id on every tab; an employer tab has none
    case_id = None

    def __init__(self, employers: "EmployerService", employer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._employers = employers
        self.employer_id = employer_id
        self.detail: EmployerDetailView | None = None

        self.name = QLabel()
        self.name.setObjectName("caseNumber")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QGridLayout()
        self.facts.setHorizontalSpacing(16)
        self._fact_values: dict[str, QLabel] = {}
        for i, caption in enumerate((tr("统一社会信用代码"), tr("法定代表人"), tr("县区"), tr("住所"), tr("联系电话"))):
            cap = QLabel(caption)
            cap.setObjectName("fieldCaption")
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._fact_values[caption] = value
            row, col = divmod(i, 3)
            self.facts.addWidget(cap, row, col * 2)
            self.facts.addWidget(value, row, col * 2 + 1)
        self.facts.setColumnStretch(5, 1)
        self.warnings = QLabel()
        self.warnings.setObjectName("employerWarnings")
        self.warnings.setStyleSheet(AMBER)
        self.warnings.setWordWrap(True)
        self.totals = QLabel()
        self.totals.setObjectName("caseAmount")
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {RED};")
        self.error.setWordWrap(True)
        self.error.setVisible(False)

        self.cases_model = RowsModel(CASE_HEADERS, _case_cells, right=(4, 5),
                                     colour=lambda c, col: RED if col == 6 and c.order_ignored else None)
        self.cases_model.setParent(self)
        self.cases = CaseOpeningTableView()
        self.cases.setObjectName("employerCases")
        self.cases.setModel(self.cases_model)
        compact_table(self.cases, visible_rows=4)
        # the cases take the tab's spare height: an employer may have dozens
        self.cases.setMinimumHeight(self.cases.height())
        self.cases.setMaximumHeight(16777215)
        fit_columns(self.cases, _CASE_SAMPLES)
        self.cases.open_requested.connect(self.open_case)
        self.cases_title = QLabel(tr("案件"))
        self.cases_title.setObjectName("sectionTitle")

        self.listings = read_only_table(list(LISTING_HEADERS), stretch=2)
        self.listings.setObjectName("employerListings")
        self.listings_title = QLabel(tr("失信联合惩戒记录"))
        self.listings_title.setObjectName("sectionTitle")
        self.people = QLabel()
        self.people.setWordWrap(True)
        self.people.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.setSpacing(8)
        lay.addWidget(self.name)
        lay.addLayout(self.facts)
        lay.addWidget(self.warnings)
        lay.addWidget(self.error)
        lay.addWidget(rule)
        lay.addWidget(self.totals)
        lay.addWidget(self.cases_title)
        lay.addWidget(self.cases, 1)
        lay.addWidget(self.listings_title)
        lay.addWidget(self.listings)
        people_title = QLabel(tr("法定代表人及直接责任人员"))
        people_title.setObjectName("sectionTitle")
        lay.addWidget(people_title)
        lay.addWidget(self.people)
        self.reload()

    def reload(self) -> None:
        try:
            detail = self._employers.detail(self.employer_id)
        except Exception as exc:  # noqa: BLE001 - explained in the tab, logged
            log.exception("reading employer %s failed", self.employer_id)
            self.error.setText(tr("无法读取该用人单位：") + "".join(error_lines(exc)))
            self.error.setVisible(True)
            return
        self.error.setVisible(False)
        self.detail = detail
        self.name.setText(detail.name)
        rep = detail.legal_representative or tr("（未登记）")
        if detail.legal_representative_id_masked:
            rep += tr("（身份证号 {legal_representative_id_masked}）").format(
                legal_representative_id_masked=detail.legal_representative_id_masked)
        for caption, value in ((tr("统一社会信用代码"), detail.credit_code or tr("（未登记）")), (tr("法定代表人"), rep),
                               (tr("县区"), detail.county_name), (tr("住所"), detail.address),
                               (tr("联系电话"), detail.phone)):
            self._fact_values[caption].setText(value)
        self.warnings.setText("\n".join(f"⚠ {w}" for w in detail.warnings))
        self.warnings.setVisible(bool(detail.warnings))
        self.totals.setText(tr("应付 {claimed_text} 元　　已付 {paid_text} 元　　尚欠 {outstanding_text} 元　　逾期未付的指令书 {orders_ignored}件").format(
            claimed_text=detail.claimed_text, paid_text=detail.paid_text, outstanding_text=detail.outstanding_text,
            orders_ignored=detail.orders_ignored))
        self.cases_model.set_rows(detail.cases)
        self.cases_title.setText(tr("案件（{len}件，双击打开）").format(len=len(detail.cases)))
        fill_table(self.listings, [[period_text(lv), _listing_status(lv), lv.grounds, lv.decision_number,
                                    lv.case_number] for lv in detail.listings])
        for r, lv in enumerate(detail.listings):
            self.listings.item(r, 2).setToolTip(lv.grounds)
        shown = min(max(len(detail.listings), 1), 5)
        self.listings.setFixedHeight(self.listings.horizontalHeader().sizeHint().height()
                                     + self.listings.verticalHeader().defaultSectionSize() * shown
                                     + 2 * self.listings.frameWidth() + 2)
        self.listings_title.setText(tr("失信联合惩戒记录（{len}条）").format(len=len(detail.listings)) if detail.listings
                                    else tr("失信联合惩戒记录（无）"))
        lines = [tr("法定代表人：{rep}").format(rep=rep)]
        lines.append(tr("直接责任人员：") + (tr("、").join(detail.responsible_persons) if detail.responsible_persons
                                          else tr("无（失信记录中未列明）")))
        self.people.setText("\n".join(lines))


def open_employer_tab(tabs: QTabWidget, employers: "EmployerService", prompts: "Prompts",
                      employer_id: int, open_case: Callable[[int], object]) -> EmployerView | None:
    """Show the employer in ``tabs`` (again, if already open), its cases opening through
    ``open_case``; None and a message if it cannot be read."""
    for i in range(tabs.count()):
        widget = tabs.widget(i)
        if isinstance(widget, EmployerView) and widget.employer_id == employer_id:
            tabs.setCurrentIndex(i)
            return widget
    view = EmployerView(employers, employer_id)
    if view.detail is None:
        prompts.error(tabs, tr("用人单位"), view.error.text())
        view.deleteLater()
        return None
    view.open_case.connect(open_case)
    index = tabs.addTab(view, view.detail.name)
    tabs.setTabToolTip(index, f"{view.detail.name} {view.detail.credit_code}".strip())
    tabs.setCurrentIndex(index)
    return view
