"""设置: the reference data the rules read, one page each; a page list on the left.

Pages are built when first shown: each reads its table from the database, and nobody should
wait for the 170-county tier table to open the holiday page.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QStackedWidget, QWidget

from .settings_widgets import keyed_item
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
    from .prompts import Prompts

log = logging.getLogger(__name__)

# (key, label); every key but "holidays", "templates", "rooms", "legal_aid_centres", "exchange",
# "users" and "audit" is a ReferenceService table name
LIST_MIN_WIDTH, LIST_MAX_WIDTH, LIST_PADDING = 220, 320, 36  # the pages' list: room for the names

SETTINGS_PAGES: tuple[tuple[str, str], ...] = (
    ("holidays", tr("节假日安排")),
    ("minimum_wages", tr("最低工资标准")),
    ("wage_tiers", tr("最低工资档次（县区）")),
    ("average_wages", tr("上年度职工平均工资")),
    ("crime_thresholds", tr("拒不支付劳动报酬罪数额标准")),
    ("periods", tr("法定期限")),
    ("local_notes", tr("地方规定提示")),
    ("parameters", tr("参数")),
    ("rooms", tr("仲裁庭室")),
    ("legal_aid_centres", tr("法律援助机构")),
    ("templates", tr("文书模板")),
    ("exchange", tr("案件交换")),
    ("users", tr("用户与权限")),
    ("audit", tr("操作日志")),
)

STYLE = """
QListWidget#settingsPages { background: #fafbfc; border: none; border-right: 1px solid #e5e7eb; outline: 0; }
QListWidget#settingsPages::item { padding-left: 12px; color: #2b2f36; }
QListWidget#settingsPages::item:selected { background: #e1e9f5; color: #0b4a9e; }
QLabel#settingsDescription { color: #4b5563; }
QLabel#readOnlyNote { color: #6b7280; background: #f3f4f6; padding: 4px 8px; border-radius: 3px; }
QLabel#loadError { color: #b91c1c; }
"""


class SettingsPage(QWidget):
    changed = Signal()  # reference data changed: deadlines shown elsewhere may have moved

    def __init__(self, services: "Services", prompts: "Prompts", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts
        self.setStyleSheet(STYLE)
        self.page_list = QListWidget()
        self.page_list.setObjectName("settingsPages")
        self.stack = QStackedWidget()
        self._index: dict[str, int] = {}
        self._built: set[str] = set()
        for key, label in SETTINGS_PAGES:
            item = keyed_item(label, key, 34)
            item.setToolTip(label)  # the whole name where a long (English) one is cut short
            self.page_list.addItem(item)
            self._index[key] = self.stack.addWidget(QWidget())
        widest = max(self.page_list.fontMetrics().horizontalAdvance(label) for _key, label in SETTINGS_PAGES)
        self.page_list.setFixedWidth(min(LIST_MAX_WIDTH, max(LIST_MIN_WIDTH, widest + LIST_PADDING)))
        self.page_list.currentRowChanged.connect(self._row_changed)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.page_list)
        lay.addWidget(self.stack, 1)

    def showEvent(self, event) -> None:
        if self.page_list.currentRow() < 0:
            self.page_list.setCurrentRow(0)
        super().showEvent(event)

    def show_page(self, key: str) -> QWidget:
        self.page_list.setCurrentRow(self._index[key])
        return self.page(key)

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built on first use."""
        if key not in self._built:
            self._build(key)
        return self.stack.widget(self._index[key])

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = SETTINGS_PAGES[row][0]
        self.page(key)
        self.stack.setCurrentIndex(row)

    def _build(self, key: str) -> None:
        try:
            if key == "holidays":
                from .holiday_page import HolidayPage

                page: QWidget = HolidayPage(self.services, self.prompts)
            elif key == "templates":
                from .template_page import TemplatePage

                page = TemplatePage(self.services, self.prompts)
            elif key == "rooms":
                from .rooms_page import RoomsPage

                page = RoomsPage(self.services, self.prompts)
            elif key == "legal_aid_centres":
                from .legal_aid_centres_page import LegalAidCentresPage

                page = LegalAidCentresPage(self.services, self.prompts)
            elif key == "exchange":
                from .exchange_page import ExchangePage

                page = ExchangePage(self.services, self.prompts)
            elif key == "users":
                from .users_page import UsersPage

                page = UsersPage(self.services, self.prompts)
            elif key == "audit":
                from .audit_page import AuditPage

                page = AuditPage(self.services, self.prompts)
            else:
                from .reference_table_page import ReferenceTablePage

                page = ReferenceTablePage(self.services, self.prompts, key, dict(SETTINGS_PAGES)[key])
        except Exception:  # noqa: BLE001 - one broken page must not take 设置 down
            log.exception("building settings page %s failed", key)
            page = QLabel(tr("该页面暂时无法打开，详细信息已写入日志。请联系系统管理员。"))
            page.setObjectName("loadError")
            page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page.setObjectName(page.objectName() or f"settings_{key}")
        if hasattr(page, "changed"):
            page.changed.connect(self.changed)
        index = self._index[key]
        old = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(old)
        old.deleteLater()
        self._built.add(key)
        if self.page_list.currentRow() == index:
            self.stack.setCurrentIndex(index)
