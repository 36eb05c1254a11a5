"""法律要件: the law's conditions evaluated on the case, each with its reasons and article, and
the local-regulation notes (decision 1: the national text is applied, Henan's 2010 text differs).

Computed when the tab is first shown, not when the case opens: most visits never look at it.
"""
from __future__ import annotations

import logging
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from .error_text import error_lines, in_screen_language
from .i18n import mark_content, mark_service_sentences, tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import NoteView, RuleOutcomeView

log = logging.getLogger(__name__)

# verdict object names, coloured by style.py: 符合 green, 不符合 red, 待确认 amber
VERDICT_STYLE = {True: "verdictOk", False: "verdictNo", None: "verdictOpen"}


def _label(text: str, name: str = "", rich: bool = False) -> QLabel:
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class OutcomeCard(QFrame):
    def __init__(self, outcome: "RuleOutcomeView", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ruleCard")
        self.outcome = outcome
        self.title = _label(tr(outcome.title), "ruleTitle")
        self.verdict = QLabel(tr(outcome.verdict))
        self.verdict.setObjectName(VERDICT_STYLE.get(outcome.ok, "verdictOpen"))
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.verdict, 0, Qt.AlignmentFlag.AlignTop)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        lay.setSpacing(4)
        lay.addLayout(head)
        self.reasons = mark_service_sentences(_label("<br>".join("• " + escape(r) for r in outcome.reasons),
                                                     "ruleReasons", rich=True))
        self.reasons.setVisible(bool(outcome.reasons))
        lay.addWidget(self.reasons)
        # the law's citations stay as the law is written
        self.basis = mark_content(_label(tr("依据：") + outcome.basis, "ruleBasis"))
        self.basis.setVisible(bool(outcome.basis))
        lay.addWidget(self.basis)

    def text(self) -> str:
        return "\n".join([self.title.text(), self.verdict.text(), *self.outcome.reasons,
                          self.basis.text()])


class NotesBox(QFrame):
    def __init__(self, notes: "list[NoteView]", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("localNote")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        lay.setSpacing(4)
        lay.addWidget(_label(tr("地方规定提示"), "localNoteTitle"))
        for i, n in enumerate(notes):
            if i:
                lay.addSpacing(4)
            # the office's own notes on local rules: reference data, as written
            lay.addWidget(mark_content(_label(tr("【{topic}】{text}").format(
                topic=n.topic, text=n.text) if n.topic else n.text,
                                              "localNoteText")))
            if n.source:
                lay.addWidget(mark_content(_label(tr("来源：") + n.source, "ruleBasis")))


class CaseRulesPanel(QScrollArea):
    """``reload()`` reads ``services.rules.outcomes`` and ``notes``; ``stale`` until then."""

    def __init__(self, services: "Services", case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.case_id = case_id
        self.stale = True
        self.cards: list[OutcomeCard] = []
        self.notes_box: NotesBox | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(4, 8, 12, 8)
        self._layout.setSpacing(8)
        self.setWidget(self._body)

    def reload(self) -> None:
        self.stale = False
        self._clear()
        try:
            with in_screen_language():
                outcomes = self._services.rules.outcomes(self.case_id)
                notes = self._services.rules.notes(self.case_id)
        except Exception as exc:  # noqa: BLE001 - the rest of the case stays usable
            log.exception("evaluating the rules of case %s failed", self.case_id)
            self._layout.addWidget(_label(tr("法律要件暂时无法判断：") + "".join(error_lines(exc)), "panelHint"))
            self._layout.addStretch(1)
            return
        intro = _label(tr("根据本案已登记的信息和办理节点逐项判断；“待确认”表示尚缺判断所需的信息。"),
                       "panelHint")
        self._layout.addWidget(intro)
        for outcome in outcomes:
            card = OutcomeCard(outcome)
            self.cards.append(card)
            self._layout.addWidget(card)
        if not outcomes:
            self._layout.addWidget(_label(tr("暂无可判断的法律要件。"), "panelHint"))
        if notes:
            self.notes_box = NotesBox(notes)
            self._layout.addWidget(self.notes_box)
        self._layout.addStretch(1)

    def _clear(self) -> None:
        self.cards = []
        self.notes_box = None
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()

    def texts(self) -> str:
        return "\n".join(label.text() for label in self._body.findChildren(QLabel))
