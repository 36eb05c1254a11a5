"""使用手册: a page for every screen, F1 opens the one in front, links resolve, and 法定期限一览
is drawn from the database's periods."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QWizard

from wagecase import paths
from wagecase.ui.help_window import PERIODS, TOPICS, HelpWindow, topic_path
from wagecase.ui.main_window import NAV_ENTRIES


def test_every_screen_has_a_page_and_every_link_leads_somewhere():
    topics = {t for t, _ in TOPICS}
    assert {key for key, _label, _later in NAV_ENTRIES} <= topics
    for topic in topics - {PERIODS}:
        text = topic_path(topic).read_text(encoding="utf-8")
        assert text.startswith("# "), topic
        for target in re.findall(r"(?<!!)\[[^\]]*\]\(([^)#]+)(?:#[^)]*)?\)", text):
            assert target.removesuffix(".md") in topics, f"{topic}.md links to {target}"
        for picture in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text):
            assert (paths.help_dir() / picture).is_file(), f"{topic}.md shows {picture}, which is missing"
    assert not {p.stem for p in paths.help_dir().glob("*.md")} - topics  # no page left out of the contents


def test_the_guide_shows_the_screens(qtbot):
    """The pictures (docs/screenshots.py) load in the help window, beside their page."""
    from PySide6.QtGui import QTextDocument

    window = HelpWindow(None)
    qtbot.addWidget(window)
    window.show_topic("inspection")
    image = window.browser.document().resource(QTextDocument.ResourceType.ImageResource,
                                                QUrl("images/case-inspection.png"))
    assert image is not None and not image.isNull()
    assert image.width() >= 1000
    # shown at the page's width, not beyond it
    window.show()
    window.show_topic("inspection")
    shown = []
    block = window.browser.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fmt = fragments.fragment().charFormat()
            if fmt.isImageFormat():
                shown.append(fmt.toImageFormat().width())
            fragments += 1
        block = block.next()
    assert shown and all(0 < w <= window.browser.viewport().width() for w in shown), shown


def test_f1_opens_the_page_of_the_screen_in_front(window, qtbot, registered_case):
    window.show_page("intake")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    help_window = window.help_window
    assert help_window is not None and help_window.isVisible()
    assert help_window.topic == "intake" and "投诉登记与仲裁申请" in help_window.browser.toPlainText()
    window.open_case(registered_case.case_id)
    window.show_help()
    assert help_window.topic == "inspection" and "监察案件的办理" in help_window.browser.toPlainText()
    help_window.follow(QUrl("periods.md"))  # a link in a page: drawn from the database
    text = help_window.browser.toPlainText()
    assert help_window.topic == PERIODS and "审理期限" in text and "第四十三条" in text
    help_window.follow(QUrl("keyboard.md"))
    assert "Ctrl+P" in help_window.browser.toPlainText()
    help_window.close()


def test_the_periods_page_says_so_when_there_is_no_database(qtbot):
    help_window = HelpWindow(None)
    qtbot.addWidget(help_window)
    help_window.show_topic(PERIODS)
    assert "未能读取法定期限" in help_window.browser.toPlainText()
    help_window.show_topic("no-such-topic")
    assert help_window.topic == "index" and "使用手册" in help_window.browser.toPlainText()


def test_the_setup_wizard_has_its_help(qtbot, services):
    from wagecase.ui.setup_wizard import SetupWizard

    services.ctx.user_id = None
    wizard = SetupWizard(services, "测试数据库", demo_cases=500, year=2026)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.button(QWizard.WizardButton.HelpButton).text() == "帮助"
    wizard.button(QWizard.WizardButton.HelpButton).click()
    assert wizard.help_window.topic == "setup" and "文号代字" in wizard.help_window.browser.toPlainText()
    wizard.help_window.close()


def test_the_about_box_says_version_database_data_folder_and_log(window, prompts):
    from wagecase import __version__

    window.actions["about"].trigger()
    kind, title, text = prompts.log[-1]
    assert (kind, title) == ("info", "关于")
    assert f"版本 {__version__}" in text and window.location_label.text() in text
    assert str(paths.data_dir()) in text and str(paths.log_file()) in text and "F1" in text


def test_ctrl_and_a_number_switches_pages_even_from_an_open_case(window, qtbot, registered_case):
    window.open_case(registered_case.case_id)
    assert window.tabs.currentIndex() > 0
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0 and window.help_topic() == NAV_ENTRIES[2][0] == "inspection"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.help_topic() == "workbench"
