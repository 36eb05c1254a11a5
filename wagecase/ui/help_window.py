"""使用手册: the Chinese user guide (docs/help/*.md) in a window of its own. F1 opens the page of
the screen in front (MainWindow.help_topic).

法定期限一览 is not a file: it is drawn from the periods in the database (设置 → 法定期限), with
their legal basis, so the guide can never disagree with the deadlines the program computes.
"""
from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QHBoxLayout, QListWidget, QListWidgetItem, QSplitter, QTextBrowser, QWidget

from .. import paths
from ..domain.periods import length_text
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services

# (topic, title) in the order of the contents; a topic is docs/help/<topic>.md
TOPICS: tuple[tuple[str, str], ...] = (
    ("index", tr("使用手册首页")),
    ("setup", tr("初始设置")),
    ("workbench", tr("工作台")),
    ("intake", tr("投诉登记与仲裁申请")),
    ("inspection", tr("监察案件的办理")),
    ("arbitration", tr("仲裁案件的办理")),
    ("hearings", tr("开庭日历")),
    ("employers", tr("用人单位")),
    ("blacklist", tr("失信名单")),
    ("legal_aid", tr("法律援助")),
    ("documents", tr("文书")),
    ("statistics", tr("统计")),
    ("settings", tr("设置")),
    ("periods", tr("法定期限一览")),
    ("keyboard", tr("快捷键")),
)
PERIODS = "periods"
PICTURE_MARGIN, PICTURE_MIN_WIDTH = 40, 320  # px: the page's margins; never smaller than this


def topic_path(topic: str):
    return paths.help_dir() / f"{topic}.md"


class HelpWindow(QDialog):
    def __init__(self, services: "Services | None", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(tr("使用手册 — 农民工欠薪案件管理"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.contents = QListWidget()
        self.contents.setObjectName("helpContents")
        for topic, title in TOPICS:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, topic)
            self.contents.addItem(item)
        self.contents.currentItemChanged.connect(
            lambda item, _old: item is not None and self._show(item.data(Qt.ItemDataRole.UserRole)))
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpText")
        self.browser.setOpenLinks(False)  # links are followed here: files, the periods page, the web
        self.browser.anchorClicked.connect(self.follow)
        self.browser.setSearchPaths([str(paths.help_dir())])
        split = QSplitter()
        split.addWidget(self.contents)
        split.addWidget(self.browser)
        split.setStretchFactor(1, 1)
        split.setSizes([200, 800])
        QHBoxLayout(self).addWidget(split)
        self.topic = ""
        self.resize(1040, 740)

    def show_topic(self, topic: str) -> None:
        """The page of ``topic``, or the first page when the guide has none for it."""
        known = [t for t, _ in TOPICS]
        row = known.index(topic) if topic in known else 0
        self.contents.setCurrentRow(row)
        self._show(known[row])  # shown even when the row was already current

    def follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        topic = url.fileName().removesuffix(".md") if url.fileName() else self.topic
        if topic != self.topic:
            self.show_topic(topic)
        if url.fragment():
            self.browser.scrollToAnchor(url.fragment())

    def _show(self, topic: str) -> None:
        self.topic = topic
        if topic == PERIODS:
            self.browser.setHtml(self.periods_html())
            return
        path = topic_path(topic)
        if not path.is_file():
            self.browser.setHtml(tr("<p>找不到帮助文件：{escape}。请重新安装程序。</p>").format(escape=html.escape(str(path))))
            return
        self.browser.setSource(QUrl.fromLocalFile(str(path)))  # Markdown, by its suffix
        self.fit_pictures()

    def fit_pictures(self) -> None:
        """The screens' pictures are full size; shown at the page's width, not beyond it."""
        document = self.browser.document()
        width = max(PICTURE_MIN_WIDTH, self.browser.viewport().width() - PICTURE_MARGIN)
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    picture = fmt.toImageFormat()
                    image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(picture.name()))
                    if image is not None and not image.isNull():
                        shown = min(width, image.width())
                        picture.setWidth(shown)
                        picture.setHeight(image.height() * shown / image.width())
                        cursor = QTextCursor(document)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(picture)
                fragments += 1
            block = block.next()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_pictures()  # the pictures follow the new width

    def periods_html(self) -> str:
        rows = []
        try:
            periods = self.services.reference.period_rules() if self.services is not None else []
        except Exception:  # noqa: BLE001 - the guide still opens; the page says why it is empty
            periods = None
        if not periods:
            return (tr("<h1>法定期限一览</h1><p>未能读取法定期限（尚未打开数据库，或读取出错）。"
                    "打开数据库后可在“设置 → 法定期限”中查看。</p>"))
        for p in periods:
            length = length_text(p.length, p.unit) if p.length else tr("（见说明）")
            rows.append(f"<tr><td>{html.escape(p.name)}</td><td>{html.escape(length)}</td>"
                        f"<td>{html.escape(p.basis)}</td><td>{html.escape(p.note or '')}</td></tr>")
        return (tr("<h1>法定期限一览</h1><p>以下期限取自本数据库现行的期限设置（设置 → 法定期限），"
                "程序按此计算案件的各项期限；工作日按节假日安排（含调休）计算。</p>"
                "<table border='1' cellspacing='0' cellpadding='4'>"
                "<tr><th>期限</th><th>长度</th><th>法律依据</th><th>说明</th></tr>")
                + "".join(rows) + "</table>")
