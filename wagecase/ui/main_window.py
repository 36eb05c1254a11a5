"""The main window: navigation on the left, pages and open cases (closable tabs) on the right.

The window is built and shown before the database is opened (SQLAlchemy and Alembic are slow to
import); ``attach(services)`` then fills in the pages that need data.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
    QPushButton, QScrollArea, QSplitter, QStackedWidget, QTabWidget, QVBoxLayout, QWidget,
)

from .actions import build_actions, build_menus
from .placeholder import PlaceholderPage
from .i18n import mark_content, tr

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..services import Services
    from ..services.dto import CaseTally
    from .case_list import CaseListPage
    from .case_view import CaseView
    from .help_window import HelpWindow
    from .prompts import Prompts

log = logging.getLogger(__name__)

TITLE = tr("wagecase 农民工欠薪案件管理")

# (key, label, what the area will do when a later issue opens it; None: built now)
NAV_ENTRIES: tuple[tuple[str, str, str | None], ...] = (
    ("workbench", tr("工作台"), None),
    ("intake", tr("投诉登记"), None),
    ("inspection", tr("监察案件"), None),
    ("arbitration", tr("仲裁案件"), None),
    ("hearings", tr("开庭日历"), None),
    ("employers", tr("用人单位"), None),
    ("blacklist", tr("失信名单"), None),
    ("legal_aid", tr("法律援助"), None),
    ("documents", tr("文书"), tr("将用于生成、编号和打印监察及仲裁各类法律文书。")),
    ("statistics", tr("统计"), None),
    ("settings", tr("设置"), None),
)
NAV_ITEM_HEIGHT = 40
NAV_POINT_SIZE = 11  # style.py: the navigation's items
NAV_PADDING = 40  # their left padding and border, a scroll bar's breadth
LIST_MIN_HEIGHT = 260  # 工作台's case list: some rows whatever the lists above it hold


class StatCard(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        self.value = QLabel("—")
        self.value.setObjectName("statValue")
        cap = QLabel(caption)
        cap.setObjectName("statCaption")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 10, 16, 10)
        lay.addWidget(self.value)
        lay.addWidget(cap)


class WorkbenchPage(QWidget):
    """Counts at a glance, the supervisor's approvals (我的待审批, shown only when some wait), the
    officer's deadlines (我的期限) and the list of all cases."""

    def __init__(self, services: "Services", prompts: "Prompts | None" = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from .approvals_list import ApprovalsPanel
        from .awards_to_serve import AwardsToServePanel
        from .case_list import CaseListPage
        from .due_list import DueListPanel
        from .hearings_list import HearingsPanel
        from .listing_candidates import ListingCandidatesPanel
        from .overdue_referrals import OverdueReferralsPanel
        from .overdue_orders import OverdueOrdersPanel
        from .prompts import Prompts
        from .supervisor_panel import SupervisorPanel
        from .workers import Reloader

        self._services = services
        self._counts = Reloader(services.cases.tally, self._show_counts, self._counts_failed, self)
        self.cards = {
            "open": StatCard(tr("未结案件")),
            "month": StatCard(tr("本月收件")),
            "inspection": StatCard(tr("监察案件")),
            "arbitration": StatCard(tr("仲裁案件")),
        }
        row = QHBoxLayout()
        row.setContentsMargins(12, 12, 12, 0)
        for card in self.cards.values():
            row.addWidget(card)
        row.addStretch(1)
        self.list = CaseListPage(services, tr("全部案件"), prompts=prompts)
        self.due = DueListPanel(services)
        # a due row opens its case the same way a list row does
        self.due.open_case.connect(self.list.open_case)
        self.approvals = ApprovalsPanel(services, prompts or Prompts())
        self.approvals.open_case.connect(self.list.open_case)
        self.overdue = OverdueOrdersPanel(services)
        self.overdue.open_case.connect(self.list.open_case)
        self.hearings = HearingsPanel(services)
        self.hearings.open_case.connect(self.list.open_case)
        self.awards = AwardsToServePanel(services)
        self.awards.open_case.connect(self.list.open_case)
        self.candidates = ListingCandidatesPanel(services)
        self.candidates.open_case.connect(self.list.open_case)
        self.referrals = OverdueReferralsPanel(services)
        self.referrals.open_case.connect(self.list.open_case)
        # a head of section sees the office's figures first (科室概况); officers do not
        self.supervisor = None
        if SupervisorPanel.wanted(services):
            self.supervisor = SupervisorPanel(services)
            self.supervisor.open_case.connect(self.list.open_case)
        # the day's lists grow with the work: they scroll in the upper part, the case list keeps
        # the lower part in sight (the officer drags the divider to taste)
        lists = QWidget()
        lay = QVBoxLayout(lists)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(row)
        if self.supervisor is not None:
            lay.addWidget(self.supervisor)
        lay.addWidget(self.approvals)
        lay.addWidget(self.overdue)
        lay.addWidget(self.hearings)
        lay.addWidget(self.awards)
        lay.addWidget(self.candidates)
        lay.addWidget(self.referrals)
        lay.addWidget(self.due)
        lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("workbenchScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(lists)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("workbenchSplitter")
        split.setChildrenCollapsible(False)
        split.addWidget(scroll)
        split.addWidget(self.list)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.list.setMinimumHeight(LIST_MIN_HEIGHT)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(split)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # coming back from a case tab: deadlines may have moved (the first load is refresh_counts)
        if self.due.loaded:
            self._refresh_lists()

    def _refresh_lists(self) -> None:
        try:
            if self.supervisor is not None:
                self.supervisor.refresh()
            self.approvals.refresh()
            for panel in (self.due, self.overdue, self.hearings, self.awards, self.candidates, self.referrals):
                panel.reload()
        except RuntimeError:
            # queued before its window closed: PySide says the C++ side of a list is gone, and
            # a list nobody can see has nothing to show
            log.debug("workbench lists refreshed after their window closed", exc_info=True)

    def refresh_counts(self) -> None:
        """The cards and the day's lists, read off the GUI thread: on a million cases they take
        longer than the first page of the case list, which comes first and stays usable."""
        QTimer.singleShot(0, self, self._refresh_lists)  # dropped if the page is gone
        self._counts.reload()

    def _counts_failed(self, _exc: BaseException) -> None:  # the worker has logged it
        for card in self.cards.values():
            card.value.setText("—")  # counts are a convenience; the list still works

    def _show_counts(self, tally: "CaseTally") -> None:
        for key, value in (("open", tally.open_cases), ("month", tally.received_this_month),
                           ("inspection", tally.inspection), ("arbitration", tally.arbitration)):
            self.cards[key].value.setText(f"{value:,}")


class IntakePage(QWidget):
    def __init__(self, window: "MainWindow", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(tr("投诉登记"))
        title.setObjectName("pageTitle")
        hint = QLabel(
            tr("收到劳动者反映欠薪时，按来源选择登记方式：\n"
            "· 投诉登记：劳动者向劳动保障监察机构投诉用人单位拖欠工资，登记后进入监察办理程序。\n"
            "· 仲裁申请登记：劳动者向劳动人事争议仲裁委员会申请仲裁，登记后进入仲裁立案审查。\n"
            "多名劳动者共同反映的，可登记为集体案件，并从 Excel 花名册导入劳动者。")
        )
        hint.setObjectName("intakeHint")
        hint.setWordWrap(True)
        self.inspection_button = QPushButton(window.actions["new_inspection"].icon(), tr("新建投诉登记"))
        self.arbitration_button = QPushButton(window.actions["new_arbitration"].icon(), tr("新建仲裁申请登记"))
        for button, key in ((self.inspection_button, "new_inspection"),
                            (self.arbitration_button, "new_arbitration")):
            button.setObjectName("bigButton")
            button.setToolTip(window.actions[key].toolTip())
            button.clicked.connect(window.actions[key].trigger)
        buttons = QHBoxLayout()
        buttons.addWidget(self.inspection_button)
        buttons.addSpacing(24)
        buttons.addWidget(self.arbitration_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 18)
        lay.addWidget(title)
        lay.addSpacing(12)
        lay.addWidget(hint)
        lay.addSpacing(24)
        lay.addLayout(buttons)
        lay.addStretch(1)


class LoadingPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(tr("正在打开数据库，请稍候……"))
        label.setObjectName("emptyNote")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(label)


class MainWindow(QMainWindow):
    case_opened = Signal(int)

    def __init__(self, prompts: "Prompts", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self.services: Services | None = None
        self.help_window: HelpWindow | None = None
        # the login the app started with (Startup sets it): 切换用户 asks it again
        self.log_in: "Callable[[], bool] | None" = None
        self._pending: dict[str, tuple[str, str]] = {}
        self.setWindowTitle(TITLE)
        self._default_size()
        self.actions = build_actions(self)
        build_menus(self, self.actions)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.pages = QStackedWidget()
        self._page_index: dict[str, int] = {}
        for number, (key, label, purpose) in enumerate(NAV_ENTRIES, start=1):
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(120, NAV_ITEM_HEIGHT))
            self.nav.addItem(item)
            if number <= 9:  # Ctrl+1 … Ctrl+9: the first nine pages from the keyboard
                item.setToolTip(tr("{label}（Ctrl+{number}）").format(label=label, number=number))
                jump = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
                jump.activated.connect(lambda k=key: self._jump_to(k))
            page = PlaceholderPage(label, purpose) if purpose else LoadingPage()
            page.setObjectName(f"page_{key}")
            self._page_index[key] = self.pages.addWidget(page)
        self.nav.currentRowChanged.connect(self._nav_changed)
        nav_width = self._nav_width()
        self.nav.setMinimumWidth(nav_width)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.addTab(self.pages, NAV_ENTRIES[0][1])
        # the pages tab is home: it can be left but never closed
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.tabCloseRequested.connect(self._close_tab)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([nav_width + 20, 1200])
        self.setCentralWidget(self.splitter)

        self.location_label = QLabel(tr("数据库：正在打开……"))
        self.user_label = mark_content(QLabel())  # the user's name
        self.statusBar().addWidget(self.location_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)

        self.nav.setCurrentRow(0)
        self._restore_state()

    # ---- wiring to the database -------------------------------------------------------------

    def _nav_width(self) -> int:
        """Wide enough for the longest page name in the screens' language (English runs longer)."""
        font = QFont(self.nav.font())
        font.setPointSizeF(NAV_POINT_SIZE)
        metrics = QFontMetrics(font)
        widest = max(metrics.horizontalAdvance(label) for _key, label, _purpose in NAV_ENTRIES)
        return max(130, widest + NAV_PADDING)

    def attach(self, services: "Services", location: str = "") -> None:
        """Build the data pages on an opened database (again, after switching databases)."""
        self.services = services
        for i in range(self.tabs.count() - 1, 0, -1):
            self._close_tab(i)
        workbench = WorkbenchPage(services, self.prompts)
        workbench.list.open_case.connect(self.open_case)
        workbench.approvals.changed.connect(self._approval_decided)
        self._replace_page("workbench", workbench)
        self._replace_page("intake", IntakePage(self))
        from .settings_page import SettingsPage  # reads nothing until a page of it is shown

        settings = SettingsPage(services, self.prompts)
        settings.changed.connect(self.refresh)  # holidays and periods move open cases' deadlines
        self._replace_page("settings", settings)
        # The per-type lists are built when first shown: each costs a COUNT over all cases,
        # which on 100,000 cases is better spent after the first paint.
        # the hearing calendar too: it reads a week of bookings and the rooms
        self._pending = {"inspection": (tr("监察案件"), "inspection"), "arbitration": (tr("仲裁案件"), "arbitration"),
                         "hearings": (tr("开庭日历"), ""), "employers": (tr("用人单位"), ""),
                         "blacklist": (tr("失信名单"), ""), "legal_aid": (tr("法律援助"), ""),
                         "statistics": (tr("统计"), "")}
        for key in self._pending:
            self._replace_page(key, LoadingPage())
        QTimer.singleShot(0, workbench, workbench.refresh_counts)  # dropped with the page
        self.location_label.setText(tr("数据库：{location}").format(location=location) if location else "")
        self.location_label.setToolTip(location)
        try:
            user = services.users.current()
        except Exception:  # noqa: BLE001
            log.exception("reading the current user failed")
            user = None
        self.user_label.setText(tr("当前用户：{display_name}（{role_label}）").format(
            display_name=user.display_name, role_label=tr(user.role_label)) if user else "")

    def _build_pending(self, key: str) -> None:
        title, case_type = self._pending.pop(key)
        if key == "employers":
            from .employers_page import EmployersPage

            employers = EmployersPage(self.services.employers)
            employers.open_employer.connect(self.open_employer)
            self._replace_page(key, employers)
            return
        if key == "hearings":
            from .hearing_calendar import HearingCalendarPage

            page: QWidget = HearingCalendarPage(self.services)
        elif key == "blacklist":
            from .blacklist_page import BlacklistPage

            page = BlacklistPage(self.services, self.prompts)
        elif key == "legal_aid":
            from .legal_aid_page import LegalAidPage

            page = LegalAidPage(self.services)
        elif key == "statistics":
            from .statistics_page import StatisticsPage

            page = StatisticsPage(self.services, self.prompts)
        else:
            from .case_list import CaseListPage

            page = CaseListPage(self.services, title, case_type=case_type, prompts=self.prompts)
        page.open_case.connect(self.open_case)
        self._replace_page(key, page)

    def _replace_page(self, key: str, page: QWidget) -> None:
        index = self._page_index[key]
        old = self.pages.widget(index)
        page.setObjectName(f"page_{key}")
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(old)
        old.deleteLater()
        if self.nav.currentRow() == index:
            self.pages.setCurrentIndex(index)

    # ---- pages and cases --------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        if key in self._pending:
            self._build_pending(key)
        return self.pages.widget(self._page_index[key])

    def _jump_to(self, key: str) -> None:
        self.tabs.setCurrentIndex(0)  # from an open case back to the pages
        self.show_page(key)
        self.nav.setFocus()

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(self._page_index[key])

    def list_page(self, key: str) -> "CaseListPage | None":
        from .case_list import CaseListPage

        page = self.page(key)
        if isinstance(page, WorkbenchPage):
            return page.list
        return page if isinstance(page, CaseListPage) else None

    def case_views(self) -> "list[CaseView]":
        return [self.tabs.widget(i) for i in range(1, self.tabs.count())]  # type: ignore[misc]

    def open_case(self, case_id: int) -> "CaseView | None":
        for i, view in enumerate(self.case_views(), start=1):
            if view.case_id == case_id:
                self.tabs.setCurrentIndex(i)
                return view
        if self.services is None:
            return None
        from .case_view import CaseView
        from .error_text import error_lines

        try:
            view = CaseView(self.services, self.prompts, case_id)
        except Exception as exc:  # noqa: BLE001 - explained, logged
            log.exception("opening case %s failed", case_id)
            self.prompts.error(self, tr("打开案件"), tr("无法打开该案件：") + "".join(error_lines(exc)))
            return None
        view.changed.connect(self._case_changed)
        view.setProperty("title_is_content", True)  # the tab reads the case number
        index = self.tabs.addTab(view, view.detail.case_number if view.detail else tr("案件"))
        if view.detail:
            self.tabs.setTabToolTip(index, f"{view.detail.case_number} {view.detail.employer.name}")
        self.tabs.setCurrentIndex(index)
        self.case_opened.emit(case_id)
        return view

    def _close_tab(self, index: int) -> None:
        if index <= 0:
            return
        widget = self.tabs.widget(index)
        self.tabs.removeTab(index)
        if self.services is not None and hasattr(widget, "case_id"):
            self.services.cases.unwatch(widget.case_id)
        widget.deleteLater()

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        key = NAV_ENTRIES[row][0]
        if key in self._pending:
            self._build_pending(key)
        self.pages.setCurrentIndex(row)
        self.tabs.setTabText(0, NAV_ENTRIES[row][1])
        self.tabs.setCurrentIndex(0)

    def _case_changed(self, _case_id: int) -> None:
        self.refresh_lists()

    def _approval_decided(self, case_id: int) -> None:
        """An approved or returned step changes its case: an open view of it reads it again."""
        for view in self.case_views():
            if view.case_id == case_id:
                view.reload()
        self.refresh_lists()

    # ---- action handlers (actions.py) -------------------------------------------------------

    def new_inspection(self, *_) -> None:
        self.new_case("inspection")

    def new_arbitration(self, *_) -> None:
        self.new_case("arbitration")

    def new_case(self, case_type: str) -> None:
        if self.services is None:
            return
        try:
            from .intake_dialog import IntakeDialog
        except Exception:  # noqa: BLE001 - the rest of the app must keep working without it
            log.exception("intake dialog unavailable")
            self.prompts.error(self, tr("登记"), tr("登记窗口暂时无法打开，详细信息已写入日志，请联系系统管理员。"))
            return
        dialog = IntakeDialog(self.services, self.prompts, case_type, parent=self)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            registered = getattr(dialog, "registered", None)
        finally:
            dialog.deleteLater()
        if accepted and registered is not None:
            self.refresh_lists()
            self.open_case(registered.case_id)

    def import_case_package(self, *_) -> None:
        """文件 → 导入案件包…: check and preview a package from another office, then import it and
        open the new case."""
        if self.services is None:
            return
        from .exchange_dialogs import import_case, may_exchange

        if not may_exchange(self.services):
            self.prompts.info(self, tr("导入案件包"), tr("您的角色不能导入案件包。导入案件须由立案人员或承办人员办理。"))
            return

        def show(dialog) -> None:
            self.import_dialog = dialog

            def done() -> None:
                if dialog.imported is not None:
                    self.refresh_lists()
                    self.open_case(dialog.imported.case_id)
            dialog.accepted.connect(done)
            dialog.open()

        self.import_operation = import_case(self, self.services, self.prompts, show)

    def focus_search(self, *_) -> None:
        key = NAV_ENTRIES[self.nav.currentRow()][0]
        if self.list_page(key) is None:
            key = "workbench"
            self.show_page(key)
        self.tabs.setCurrentIndex(0)
        page = self.list_page(key)
        if page is not None:
            page.focus_search()

    def refresh(self, *_) -> None:
        self.refresh_lists()
        for view in self.case_views():
            try:
                view.reload()
            except Exception:  # noqa: BLE001
                log.exception("reloading case %s failed", view.case_id)

    def open_employer(self, employer_id: int) -> None:
        if self.services is None:
            return
        from .employer_view import open_employer_tab

        open_employer_tab(self.tabs, self.services.employers, self.prompts, employer_id, self.open_case)

    def refresh_lists(self) -> None:
        for key in ("workbench", "inspection", "arbitration"):
            if key in self._pending:
                continue
            page = self.list_page(key)
            if page is not None:
                page.refresh()
        for key in ("hearings", "employers", "blacklist", "legal_aid"):
            if key not in self._pending:
                self.page(key).refresh()
        workbench = self.page("workbench")
        if isinstance(workbench, WorkbenchPage):
            workbench.refresh_counts()

    def close_current_case(self, *_) -> None:
        self._close_tab(self.tabs.currentIndex())

    def change_password(self, *_) -> QWidget | None:
        if self.services is None or self.services.ctx.user_id is None:
            return None
        from .login_dialog import PasswordDialog

        dialog = PasswordDialog(self.services, parent=self)
        dialog.accepted.connect(lambda: self.prompts.info(self, tr("修改密码"), tr("密码已修改，下次登录请使用新密码。")))
        dialog.open()
        self.password_dialog = dialog
        return dialog

    def switch_user(self, *_) -> bool:
        """Log out and in again; the pages are rebuilt for the new user's role."""
        if self.services is None or self.log_in is None:
            self.prompts.info(self, tr("切换用户"), tr("本次启动未使用登录（命令行或测试方式），不能切换用户。"))
            return False
        for i in range(self.tabs.count() - 1, 0, -1):
            self._close_tab(i)  # a case open for one user is not left open for the next
        self.services.users.log_out()
        if not self.log_in():
            self.close()  # nobody is logged in: nothing may be shown or done
            return False
        self.attach(self.services, self.location_label.toolTip())
        return True

    def help_topic(self) -> str:
        """The guide's page for what is in front: an open case, or the page chosen on the left."""
        if self.tabs.currentIndex() > 0:
            detail = getattr(self.tabs.currentWidget(), "detail", None)
            case_type = getattr(detail, "case_type", "")
            return case_type if case_type in ("inspection", "arbitration") else "inspection"
        row = self.nav.currentRow()
        return NAV_ENTRIES[row][0] if 0 <= row < len(NAV_ENTRIES) else "index"

    def show_help(self, *_) -> "HelpWindow":
        from .help_window import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow(self.services, self)
        self.help_window.services = self.services  # another database since: its periods
        self.help_window.show_topic(self.help_topic())
        self.help_window.show()
        self.help_window.raise_()
        return self.help_window

    def choose_language(self, *_) -> str | None:
        """Saved for this workstation; the screens change at the next start (labels are built once)."""
        from .app import app_settings
        from .i18n import LANGUAGE_QUESTION, LANGUAGE_TITLE, LANGUAGES, SETTING, chosen_language

        settings = app_settings()
        current = chosen_language(settings)
        names = list(LANGUAGES.values())
        picked = self.prompts.choose(self, LANGUAGE_TITLE, LANGUAGE_QUESTION, names, default=LANGUAGES[current])
        if picked is None:
            return None
        code = next(k for k, v in LANGUAGES.items() if v == picked)
        settings.setValue(SETTING, code)
        settings.sync()
        return code

    def about(self, *_) -> None:
        from .. import __version__, paths

        self.prompts.info(self, tr("关于"), "\n".join((
            f"{TITLE}", tr("版本 {version}").format(version=__version__), "",
            tr("用于劳动保障监察投诉和劳动人事争议仲裁中农民工欠薪案件的登记、办理、期限计算、文书制作和统计。"), "",
            self.location_label.text() or tr("数据库：尚未打开"),
            tr("数据文件夹：{data_dir}").format(data_dir=paths.data_dir()),
            tr("日志文件：{log_file}").format(log_file=paths.log_file()),
            "", tr("使用说明：按 F1 或选择“帮助 → 使用手册”。"))))

    # ---- window state -----------------------------------------------------------------------

    def _default_size(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None or screen.width() < 800:
            self.resize(1360, 820)
            return
        self.resize(min(1600, int(screen.width() * 0.92)), min(1000, int(screen.height() * 0.9)))

    def _restore_state(self) -> None:
        from .app import app_settings

        s = app_settings()
        geometry = s.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        splitter = s.value("main_window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        from .app import app_settings

        s = app_settings()
        s.setValue("main_window/geometry", self.saveGeometry())
        s.setValue("main_window/splitter", self.splitter.saveState())
        s.sync()

    def closeEvent(self, event) -> None:
        self.save_state()
        super().closeEvent(event)


