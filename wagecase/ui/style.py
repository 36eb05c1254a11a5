"""The look: a CJK font for the whole app and one small stylesheet (the language: i18n.py).

The stylesheet lives in code rather than resources/ so that it can never go missing from a
bundle; it only touches named widgets and leaves native controls alone.
"""
from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

# Windows offices have YaHei; Debian/Ubuntu Noto or WenQuanYi. Noto's .ttc lists "… JP" first,
# so the SC family is named explicitly (platform.md).
CJK_FAMILIES = ("Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Source Han Sans SC",
                "WenQuanYi Zen Hei", "PingFang SC")
POINT_SIZE = 10

STYLESHEET = """
QListWidget#navigation {
    background: #f2f4f7;
    border: none;
    border-right: 1px solid #d9dde3;
    padding-top: 8px;
    outline: 0;
}
QListWidget#navigation::item {
    padding-left: 18px;
    font-size: 11pt;
    border-left: 3px solid transparent;
    color: #2b2f36;
}
QListWidget#navigation::item:selected {
    background: #e1e9f5;
    color: #0b4a9e;
    border-left: 3px solid #1d63c8;
}
QListWidget#navigation::item:hover:!selected { background: #e8ebf0; }
QLabel#pageTitle { font-size: 15pt; font-weight: bold; color: #1f2937; }
QLabel#countLabel { color: #4b5563; font-size: 11pt; }
QLabel#caseNumber { font-size: 15pt; font-weight: bold; color: #1f2937; }
QLabel#caseBadge {
    background: #e1e9f5; color: #0b4a9e; border-radius: 4px; padding: 2px 8px;
}
QLabel#caseAmount { font-size: 11pt; font-weight: bold; color: #9a3412; padding-top: 4px; }
QLabel#fieldCaption { color: #6b7280; }
QLabel#emptyNote { color: #6b7280; padding: 24px; }
QLabel#placeholderTitle { font-size: 18pt; font-weight: bold; color: #1f2937; }
QLabel#placeholderState { font-size: 12pt; color: #b45309; }
QLabel#placeholderText { color: #4b5563; }
QFrame#statCard {
    background: #ffffff; border: 1px solid #d9dde3; border-radius: 6px;
}
QLabel#statValue { font-size: 20pt; font-weight: bold; color: #0b4a9e; }
QLabel#statCaption { color: #4b5563; }
QPushButton#bigButton {
    font-size: 13pt; padding: 18px 28px; min-width: 220px;
}
QLabel#intakeHint { color: #4b5563; }
QLabel#panelTitle { font-weight: bold; color: #1f2937; }
QLabel#sectionTitle { font-size: 12pt; font-weight: bold; color: #1f2937; }
QLabel#panelSummary { color: #4b5563; }
QLabel#panelHint { color: #6b7280; padding: 4px 0; }
QFrame#ruleCard { background: #ffffff; border: 1px solid #d9dde3; border-radius: 6px; }
QLabel#ruleTitle { font-size: 11pt; font-weight: bold; color: #1f2937; }
QLabel#ruleReasons { color: #374151; }
QLabel#ruleBasis { color: #6b7280; font-size: 9pt; }
QLabel#verdictOk, QLabel#verdictNo, QLabel#verdictOpen {
    border-radius: 4px; padding: 2px 10px; font-weight: bold;
}
QLabel#verdictOk { background: #dcfce7; color: #166534; }
QLabel#verdictNo { background: #fee2e2; color: #b91c1c; }
QLabel#verdictOpen { background: #fef3c7; color: #92400e; }
QFrame#localNote { background: #fffbe6; border: 1px solid #f0d98c; border-radius: 6px; }
QLabel#localNoteTitle { font-weight: bold; color: #7c5a00; }
QLabel#localNoteText { color: #3f3a2a; }
"""


def pick_cjk_family() -> str | None:
    available = set(QFontDatabase.families())
    for family in CJK_FAMILIES:
        if family in available:
            return family
    return None


def apply_look(app: QApplication) -> None:
    family = pick_cjk_family()
    if family:
        font = QFont(family, POINT_SIZE)
        app.setFont(font)
    else:
        log.warning("no CJK font found; Chinese text may show as empty boxes")
    app.setStyleSheet(STYLESHEET)
