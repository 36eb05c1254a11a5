"""开庭日历: one week of hearings, a row per 仲裁庭室 and a column per day.

Each booking is a block with its time, case number, parties and arbitrators; green-channel
cases (农民工 wage claims, collective disputes) carry a green edge and 绿色通道. Filters narrow the
week to one room or one arbitrator; double-clicking a block opens its case.
"""
from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout,
    QWidget,
)

from .dialog_parts import today
from .error_text import error_lines
from .schedule_dialog import hearing_service
from .i18n import mark_content, tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import HearingView

log = logging.getLogger(__name__)

TITLE = tr("开庭日历")
WEEKDAYS = tr("一二三四五六日")
ALL_ROOMS = tr("全部仲裁庭室")
ALL_ARBITRATORS = tr("全部仲裁员")
EMPTY = tr("本周没有安排开庭。")
DAY_WIDTH = 178
REST_WIDTH = 120
ROOM_WIDTH = 110

STYLE = """
QWidget#calendarGrid { background: #ffffff; }
QLabel#dayHeader { background: #f2f4f7; color: #1f2937; font-weight: bold; padding: 6px; border-bottom: 1px solid #d9dde3; }
QLabel#dayHeader[rest="true"] { background: #f9fafb; color: #9ca3af; }
QLabel#dayHeader[today="true"] { background: #e1e9f5; color: #0b4a9e; }
QLabel#roomHeader { background: #f2f4f7; color: #1f2937; font-weight: bold; padding: 6px; border-right: 1px solid #d9dde3; }
QFrame#dayCell { background: #ffffff; border-bottom: 1px solid #e5e7eb; border-right: 1px solid #eef0f3; }
QFrame#dayCell[rest="true"] { background: #fafafa; }
QFrame#hearingBlock { background: #eef4fc; border: 1px solid #bcd0ee; border-left: 4px solid #1d63c8; border-radius: 3px; }
QFrame#hearingBlock[green="true"] { background: #effaf2; border: 1px solid #a7dbb5; border-left: 4px solid #16a34a; }
QFrame#hearingBlock[held="true"] { background: #f3f4f6; border: 1px solid #d1d5db; border-left: 4px solid #9ca3af; }
QLabel#blockTime { font-weight: bold; color: #0b4a9e; }
QLabel#blockNumber { color: #1f2937; }
QLabel#blockParties { color: #374151; }
QLabel#blockArbitrators { color: #6b7280; }
QLabel#greenBadge { background: #dcfce7; color: #166534; border-radius: 3px; padding: 0 4px; font-size: 9pt; }
QLabel#heldBadge { background: #e5e7eb; color: #374151; border-radius: 3px; padding: 0 4px; font-size: 9pt; }
QLabel#weekLabel { font-size: 12pt; font-weight: bold; color: #1f2937; }
"""


def monday_of(d: date) -> date:
    return d - timedelta(days=d.weekday())


def week_text(monday: date) -> str:
    """2026年3月16日—3月22日 (the year again only when the week crosses it)."""
    sunday = monday + timedelta(days=6)
    tail = tr("{year}年{month}月{day}日").format(
        year=sunday.year, month=sunday.month, day=sunday.day) if sunday.year != monday.year \
        else tr("{month}月{day}日").format(month=sunday.month, day=sunday.day)
    return tr("{year}年{month}月{day}日—{tail}").format(year=monday.year, month=monday.month, day=monday.day, tail=tail)


def _time(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class HearingBlock(QFrame):
    """One booking; double-click asks the page to open its case."""

    open_requested = Signal(int)

    def __init__(self, hearing: "HearingView", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        mark_content(self)  # the parties, the room, the arbitrators: its status badge reads tr()
        self.hearing = hearing
        self.setObjectName("hearingBlock")
        self.setProperty("green", hearing.green_channel)
        self.setProperty("held", hearing.status == "held")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        lay.setSpacing(1)
        head = QHBoxLayout()
        head.setSpacing(4)
        self.time_label = QLabel(f"{_time(hearing.start_minute)}—{_time(hearing.end_minute)}")
        self.time_label.setObjectName("blockTime")
        head.addWidget(self.time_label)
        head.addStretch(1)
        if hearing.green_channel:
            badge = QLabel(tr("绿色通道"))
            badge.setObjectName("greenBadge")
            head.addWidget(badge)
        if hearing.status == "held":
            badge = QLabel(tr(hearing.status_label))
            badge.setObjectName("heldBadge")
            head.addWidget(badge)
        lay.addLayout(head)
        for name, text in (("blockNumber", hearing.case_number), ("blockParties", hearing.parties),
                           ("blockArbitrators", tr("仲裁员：") + tr("、").join(hearing.arbitrators)
                            if hearing.arbitrators else tr("尚无仲裁员"))):
            label = mark_content(QLabel(text))
            label.setObjectName(name)
            label.setWordWrap(True)
            lay.addWidget(label)
        self.setToolTip("\n".join((hearing.time_text, hearing.room_name, hearing.case_number, hearing.parties,
                                   tr("仲裁员：") + tr("、").join(hearing.arbitrators), tr(hearing.status_label),
                                   tr("双击打开案件"))))

    def text(self) -> str:
        return "\n".join(w.text() for w in self.findChildren(QLabel))

    def mouseDoubleClickEvent(self, event) -> None:
        self.open_requested.emit(self.hearing.case_id)
        event.accept()


class HearingCalendarPage(QWidget):
    """``refresh()`` re-reads the shown week; ``open_case`` asks the window to show a case."""

    open_case = Signal(int)

    def __init__(self, services: "Services", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.hearings = hearing_service(services)
        self.monday = monday_of(today(services))
        self.blocks: list[tuple[int, int, HearingBlock]] = []  # (day index, room id, block)
        self.rows: list[tuple[int, str]] = []  # the rooms shown, top to bottom
        self.setStyleSheet(STYLE)

        title = QLabel(TITLE)
        title.setObjectName("pageTitle")
        self.week_label = QLabel()
        self.week_label.setObjectName("weekLabel")
        self.prev_button = QPushButton(tr("上一周"))
        self.this_button = QPushButton(tr("本周"))
        self.next_button = QPushButton(tr("下一周"))
        self.prev_button.clicked.connect(lambda: self.show_week(self.monday - timedelta(days=7)))
        self.this_button.clicked.connect(lambda: self.show_week(monday_of(today(self._services))))
        self.next_button.clicked.connect(lambda: self.show_week(self.monday + timedelta(days=7)))
        self.room_filter = mark_content(QComboBox())  # the rooms' names
        self.room_filter.setObjectName("roomFilter")
        self.arbitrator_filter = QComboBox()
        self.arbitrator_filter.setObjectName("arbitratorFilter")
        mark_content(self.arbitrator_filter)  # the arbitrators' names
        self._fill_filters()
        self.room_filter.currentIndexChanged.connect(self.refresh)
        self.arbitrator_filter.currentIndexChanged.connect(self.refresh)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addSpacing(16)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.this_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.week_label)
        bar.addStretch(1)
        bar.addWidget(QLabel(tr("仲裁庭室：")))
        bar.addWidget(self.room_filter)
        bar.addSpacing(8)
        bar.addWidget(QLabel(tr("仲裁员：")))
        bar.addWidget(self.arbitrator_filter)

        self.grid_host = QWidget()
        self.grid_host.setObjectName("calendarGrid")
        # a plain QWidget paints a style-sheet background only when asked to
        self.grid_host.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(0)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.grid_host)
        self.message = QLabel()
        self.message.setObjectName("emptyNote")
        self.message.setWordWrap(True)
        self.message.hide()
        hint = QLabel(tr("绿色边框为绿色通道案件（农民工追索劳动报酬、集体劳动争议），优先审理。双击开庭安排打开案件。"))
        hint.setObjectName("fieldCaption")
        hint.setWordWrap(True)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.addLayout(bar)
        lay.addWidget(self.count_label)
        lay.addWidget(self.message)
        lay.addWidget(self.scroll, 1)
        lay.addWidget(hint)
        self.show_week(self.monday)

    # ---- navigation and filters --------------------------------------------------------------

    def show_week(self, monday: date) -> None:
        self.monday = monday_of(monday)
        self.refresh()

    def set_room_filter(self, room_id: int | None) -> None:
        self.room_filter.setCurrentIndex(max(self.room_filter.findData(room_id), 0))

    def set_arbitrator_filter(self, user_id: int | None) -> None:
        self.arbitrator_filter.setCurrentIndex(max(self.arbitrator_filter.findData(user_id), 0))

    def _fill_filters(self) -> None:
        for combo in (self.room_filter, self.arbitrator_filter):
            combo.blockSignals(True)
        try:
            room = self.room_filter.currentData()
            person = self.arbitrator_filter.currentData()
            self.room_filter.clear()
            self.room_filter.addItem(ALL_ROOMS, None)
            self.arbitrator_filter.clear()
            self.arbitrator_filter.addItem(ALL_ARBITRATORS, None)
            try:
                for r in self.hearings.rooms():
                    self.room_filter.addItem(r.name if r.active else tr("{name}（已停用）").format(name=r.name), r.id)
                for uid, name in self.hearings.arbitrators():
                    self.arbitrator_filter.addItem(name, uid)
            except Exception:  # noqa: BLE001 - the week still shows without its filters
                log.exception("reading the calendar's filters failed")
            self.room_filter.setCurrentIndex(max(self.room_filter.findData(room), 0))
            self.arbitrator_filter.setCurrentIndex(max(self.arbitrator_filter.findData(person), 0))
        finally:
            for combo in (self.room_filter, self.arbitrator_filter):
                combo.blockSignals(False)

    def reload_filters(self) -> None:
        """Rooms or arbitrators changed (设置, a new tribunal): read the lists again."""
        self._fill_filters()
        self.refresh()

    # ---- the grid ----------------------------------------------------------------------------

    def refresh(self, *_) -> None:
        self.week_label.setText(week_text(self.monday))
        room_id = self.room_filter.currentData()
        person = self.arbitrator_filter.currentData()
        try:
            items = self.hearings.week(self.monday, room_id=room_id, arbitrator_id=person)
            rooms = self.hearings.rooms()
        except Exception as exc:  # noqa: BLE001 - explained on the page
            log.exception("reading the hearing week failed")
            self._clear()
            self.message.setText(tr("开庭安排暂时无法读取：") + "".join(error_lines(exc)))
            self.message.show()
            return
        booked = {h.room_id for h in items}
        self.rows = [(r.id, r.name) for r in rooms
                     if (room_id is None or r.id == room_id) and (r.active or r.id in booked)]
        self._build(items)
        self.count_label.setText(tr("本周开庭{len}场").format(len=len(items)) if items else EMPTY)
        self.message.hide()

    def _clear(self) -> None:
        self.blocks = []
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()  # deleted on the next turn of the event loop: not seen till then
                widget.deleteLater()

    def _rest_days(self) -> set[int]:
        try:
            calendar = self._services.reference.calendar()
            return {i for i in range(7) if calendar.is_rest_day(self.monday + timedelta(days=i))}
        except Exception:  # noqa: BLE001 - weekends at least
            log.debug("no holiday calendar for the hearing week", exc_info=True)
            return {5, 6}

    def _build(self, items: "list[HearingView]") -> None:
        self._clear()
        rest = self._rest_days()
        now = today(self._services)
        corner = QLabel(tr("仲裁庭室"))
        corner.setObjectName("roomHeader")
        self.grid.addWidget(corner, 0, 0)
        for i in range(7):
            day = self.monday + timedelta(days=i)
            head = QLabel(tr("星期{WEEKDAYS}\n{month}月{day}日").format(WEEKDAYS=WEEKDAYS[i], month=day.month, day=day.day))
            head.setObjectName("dayHeader")
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            head.setProperty("rest", i in rest)
            head.setProperty("today", day == now)
            self.grid.addWidget(head, 0, i + 1)
            has_any = any(h.hearing_date == day for h in items)
            self.grid.setColumnMinimumWidth(i + 1, REST_WIDTH if i in rest and not has_any else DAY_WIDTH)
            self.grid.setColumnStretch(i + 1, 1 if i in rest and not has_any else 3)
        self.grid.setColumnMinimumWidth(0, ROOM_WIDTH)
        for r, (rid, name) in enumerate(self.rows, start=1):
            label = mark_content(QLabel(name))  # the office's name for the room
            label.setObjectName("roomHeader")
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(label, r, 0)
            for i in range(7):
                day = self.monday + timedelta(days=i)
                cell = QFrame()
                cell.setObjectName("dayCell")
                cell.setProperty("rest", i in rest)
                col = QVBoxLayout(cell)
                col.setContentsMargins(4, 4, 4, 4)
                col.setSpacing(4)
                for h in items:
                    if h.room_id == rid and h.hearing_date == day:
                        block = HearingBlock(h)
                        block.open_requested.connect(self.open_case)
                        col.addWidget(block)
                        self.blocks.append((i, rid, block))
                col.addStretch(1)
                cell.setMinimumHeight(90)
                cell.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
                self.grid.addWidget(cell, r, i + 1)
        self.grid.setRowStretch(len(self.rows) + 1, 1)

    def block_at(self, day: date, room_id: int) -> "list[HearingBlock]":
        """The blocks shown on ``day`` in the room's row (for tests and the keyboard)."""
        index = (day - self.monday).days
        return [b for i, rid, b in self.blocks if i == index and rid == room_id]
