"""科室概况 on 工作台, for a head of section (and an administrator): open cases by step and by
officer, the office's deadlines overdue or due soon by officer, approvals waiting, and what was
recovered for workers this month. Every figure opens the cases behind it."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from ..domain.money import format_yuan
from .case_deadlines import compact_table
from .stats_table_model import StatsTableModel
from .workers import Reloader
from .i18n import screen_date, tr

if TYPE_CHECKING:
    from ..domain.statistics import DrillKey
    from ..services import Services

log = logging.getLogger(__name__)

SUPERVISING_ROLES = ("supervisor", "admin")
VISIBLE_ROWS = 6


class DrillCard(QFrame):
    """A figure with its caption; a click opens the cases behind it."""

    clicked = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(tr("点击查看所统计的案件"))
        self.value = QLabel("—")
        self.value.setObjectName("statValue")
        self.caption = QLabel(caption)
        self.caption.setObjectName("statCaption")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 10, 16, 10)
        lay.addWidget(self.value)
        lay.addWidget(self.caption)
        self.key: "DrillKey | None" = None

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.key is not None:
            self.clicked.emit()


class SupervisorPanel(QWidget):
    open_case = Signal(int)
    refreshed = Signal()

    def __init__(self, services: "Services", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.drill_windows: list[QWidget] = []
        self.title = QLabel(tr("科室概况"))
        self.title.setObjectName("sectionTitle")
        self.cards = {key: DrillCard(caption) for key, caption in (
            ("open", tr("在办案件")), ("overdue", tr("本机关期限已逾期")), ("approvals", tr("待审批事项")),
            ("recovered", tr("本月追回工资（元）")), ("workers", tr("本月获支付劳动者（人）")))}
        cards = QHBoxLayout()
        for key, card in self.cards.items():
            card.clicked.connect(lambda k=key: self._drill_card(k))
            cards.addWidget(card)
        cards.addStretch(1)
        self.tables: dict[str, tuple[QTableView, StatsTableModel]] = {}
        row = QHBoxLayout()
        for code in ("open_by_status", "open_by_officer", "due_by_officer"):
            model = StatsTableModel(self)
            view = QTableView()
            view.setModel(model)
            compact_table(view, visible_rows=VISIBLE_ROWS)
            view.horizontalHeader().setStretchLastSection(False)
            view.setToolTip(tr("双击数字查看所统计的案件"))
            view.activated.connect(lambda index, m=model: self._drill_table(m, index.row(), index.column()))
            box = QVBoxLayout()
            caption = QLabel()
            caption.setObjectName("fieldCaption")
            box.addWidget(caption)
            box.addWidget(view)
            row.addLayout(box, 1)
            self.tables[code] = (view, model)
            view.setProperty("caption_label", caption)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 4)
        lay.addWidget(self.title)
        lay.addLayout(cards)
        lay.addLayout(row)
        self.overview = None
        self._reloader = Reloader(self._read, self._show, self._failed, self)

    @staticmethod
    def wanted(services: "Services") -> bool:
        try:
            user = services.users.current()
        except Exception:  # noqa: BLE001 - the panel is a convenience: no user, no panel
            log.exception("reading the current user failed")
            return False
        return user is not None and user.role in SUPERVISING_ROLES

    def refresh(self) -> None:
        """Counts over every open case take a while on a large office's database: they run off
        the GUI thread, one at a time (a refresh asked meanwhile runs once the first is done)."""
        self._reloader.reload()

    def _read(self):
        statistics = self._services.statistics
        return statistics.overview(), statistics.month_to_date()

    @property
    def busy(self) -> bool:
        return self._reloader.busy

    def _failed(self, _exc: BaseException) -> None:  # the worker has logged it
        self.title.setText(tr("科室概况（暂时无法统计，详情已记入日志）"))

    def _show(self, result) -> None:
        view, (recovered, workers, recovered_key, workers_key) = result
        self.overview = view
        self.title.setText(tr("科室概况（截至{day}）").format(day=screen_date(view.end)))
        open_total = view.table("open_by_status").total
        due = view.table("due_by_officer").total
        approvals = view.table("approvals").total
        for key, text, drill in (
                ("open", open_total.texts[-1], open_total.drills[-1]),
                ("overdue", due.texts[0], due.drills[0]),
                ("approvals", approvals.texts[0], approvals.drills[0]),
                ("recovered", format_yuan(recovered), recovered_key),
                ("workers", f"{workers:,}", workers_key)):
            self.cards[key].value.setText(text)
            self.cards[key].key = drill
        for code, (table_view, model) in self.tables.items():
            table = view.table(code)
            model.set_table(table)
            table_view.property("caption_label").setText(tr(table.title))
            table_view.resizeColumnsToContents()
        self.refreshed.emit()

    def _drill_card(self, key: str) -> None:
        card = self.cards[key]
        if card.key is not None:
            self._open(tr("{text}：{text2}").format(text=card.caption.text(), text2=card.value.text()), card.key)

    def _drill_table(self, model: StatsTableModel, row: int, column: int) -> None:
        key = model.drill(row, max(column, 1))
        if key is not None:
            self._open(model.describe(row, column), key)

    def _open(self, title: str, key: "DrillKey") -> QWidget:
        from .drill_dialog import open_drill

        return open_drill(self, self._services, title, key, self.drill_windows, self.open_case)
