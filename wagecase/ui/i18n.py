"""The language of the screens: Simplified Chinese (the source text) or English.

Every visible string of the UI is written in Chinese and passed through ``tr``; English comes
from ``resources/i18n/wagecase_en.qm``, compiled from the ``.ts`` file that
``python -m wagecase.ui.translations`` keeps in step with the code. The domain's sentences
(error messages, field labels) are formatted for display inside ``domain.language.translating(tr)``
(see error_text.py), so the domain never imports Qt and what it records or prints stays Chinese;
labels the services hand over (statuses, actions, document titles) pass through ``tr`` where the
UI shows them.

The language is read once, before the first window is built: module-level labels are translated
when their module is imported. A change in 视图 → 界面语言 takes effect at the next start. The official
documents stay in Chinese whatever the screens read: they are the law's forms.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

log = logging.getLogger(__name__)

CONTEXT = "wagecase"
CHINESE = "zh_CN"
ENGLISH = "en"
LANGUAGES = {CHINESE: "简体中文", ENGLISH: "English"}
SETTING = "ui/language"
# in both languages: whoever finds the screens in one they cannot read can still change it
LANGUAGE_TITLE = "界面语言 / Language"
LANGUAGE_QUESTION = ("请选择界面语言，重新启动程序后生效。法律文书始终为中文。\n\n"
                     "Choose the language of the screens; it takes effect when wagecase is started again. "
                     "Official documents are always printed in Chinese.")
ENV = "WAGECASE_LANG"


_language = CHINESE  # what install() chose


def tr(text: str) -> str:
    """The text in the language of the screens (the Chinese source when there is no translation).

    Also applied to labels the services hand over (a status, an action, a document's title): an
    empty or missing one passes through as it is."""
    if not text or not isinstance(text, str):
        return text
    return QCoreApplication.translate(CONTEXT, text)


def chosen_language(settings: QSettings | None) -> str:
    """WAGECASE_LANG first (tests, a support call), then what 设置 saved; Chinese otherwise."""
    value = os.environ.get(ENV) or (settings.value(SETTING, CHINESE) if settings is not None else CHINESE)
    value = str(value or CHINESE)
    if value.lower().startswith("en"):
        return ENGLISH
    return CHINESE


def translations_dir() -> Path:
    from .. import paths

    return paths.resources_dir() / "i18n"


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Qt's own strings (确定/取消) and ours, in ``language``."""
    global _language
    installed: list[QTranslator] = []
    _language = CHINESE
    if language == ENGLISH:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        ours = QTranslator(app)
        qm = translations_dir() / "wagecase_en.qm"
        if ours.load(str(qm)):
            app.installTranslator(ours)
            installed.append(ours)
            _language = ENGLISH
        else:
            log.warning("English translation %s not found; the screens stay in Chinese", qm)
        return installed
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    qt = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load("qtbase_zh_CN", folder):
        app.installTranslator(qt)
        installed.append(qt)
    else:
        log.warning("qtbase_zh_CN.qm not found in %s", folder)
    return installed


def sentences(*parts: str) -> str:
    """Sentences one after another: run together in Chinese, a space apart in English."""
    return (" " if _language == ENGLISH else "").join(p for p in parts if p)


def screen_date(d) -> str:
    """A day as the screens write it: 2026年3月5日, or 3/5/2026 in English (documents keep the
    Chinese form through domain.dates); "" for none."""
    if d is None:
        return ""
    return tr("{year}年{month}月{day}日").format(year=d.year, month=d.month, day=d.day)


def mark_content(widget):
    """``widget`` shows what the office recorded (names, addresses, case numbers, places, the
    reference data's own wording, the law's citations): it stays as recorded whatever the
    language of the screens, and the English check does not read it."""
    widget.setProperty("content", True)
    return widget


def mark_service_sentences(widget):
    """``widget`` shows sentences a service composed from the case's facts (a rule's reasons, the
    legal-aid assessment, a time-limit line). They are read inside ``error_text.in_screen_language``,
    so the domain's sentences in them come out in English; what comes from the office's data (a
    worker's name, a period an administrator renamed) stays as written. The English check lists
    these widgets apart instead of failing on them."""
    widget.setProperty("service_sentences", True)
    return widget
