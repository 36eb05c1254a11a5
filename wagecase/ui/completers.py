"""Suggestions while typing: existing employers and workers, and the county picker.

The services already filter (name fragment, code prefix, pinyin initials), so the completer
shows what they return unfiltered; Qt's own prefix filter would hide a match found by
initials ("hnjg" -> 河南建工集团有限公司).
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from ..services.dto import RegionView, Suggestion
from .i18n import mark_content, tr

log = logging.getLogger(__name__)

NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # what goes into the line edit when chosen
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # which suggestion: two workers may share a name


class SuggestionCompleter(QCompleter):
    """Asks ``fetch(text)`` on every keystroke and emits ``chosen(Suggestion)`` on a pick."""

    chosen = Signal(object)

    def __init__(self, line_edit: QLineEdit, fetch: Callable[[str], list[Suggestion]],
                 *, min_chars: int = 1) -> None:
        super().__init__(line_edit)
        self._fetch = fetch
        self._min_chars = min_chars
        self._suggestions: list[Suggestion] = []
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompletionRole(NAME_ROLE)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(10)
        line_edit.setCompleter(self)
        line_edit.textEdited.connect(self.refresh)
        self.activated[QModelIndex].connect(self._on_activated)  # type: ignore[index]
        self._line_edit = line_edit

    @property
    def suggestions(self) -> list[Suggestion]:
        return list(self._suggestions)

    def refresh(self, text: str) -> None:
        text = text.strip()
        found: list[Suggestion] = []
        if len(text) >= self._min_chars:
            try:
                found = list(self._fetch(text))
            except Exception:  # a lookup failure must never stop the clerk typing
                log.exception("suggestions for %r failed", text)
        self._suggestions = found
        self._model.clear()
        for s in found:
            item = QStandardItem(tr(s.title))
            item.setData(s.name, NAME_ROLE)
            item.setData(self._model.rowCount(), ROW_ROLE)
            item.setToolTip(tr(s.title))
            item.setEditable(False)
            self._model.appendRow(item)
        if found and self._line_edit.hasFocus():
            self.complete()
        elif not found:
            self.popup().hide()

    def choose_row(self, row: int) -> Suggestion:
        """Pick the ``row``-th suggestion as if the user had chosen it from the popup."""
        s = self._suggestions[row]
        self.popup().hide()
        self._line_edit.setText(s.name)
        self.chosen.emit(s)
        return s

    def _on_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is None or not 0 <= int(row) < len(self._suggestions):
            return
        s = self._suggestions[int(row)]
        # after QLineEdit's own slot has put the completion text in, keep exactly the name
        # (the line edit as context: a table cell editor may be gone by then)
        QTimer.singleShot(0, self._line_edit, lambda: self._line_edit.setText(s.name))
        self.chosen.emit(s)


# ---- counties ---------------------------------------------------------------------------------

HENAN = "410000"


def henan_counties(lookup) -> list[RegionView]:
    """Every county-level division of Henan, in code order (prefecture by prefecture)."""
    out: list[RegionView] = []
    try:
        for pref in lookup.regions(HENAN):
            if pref.level >= 3:
                out.append(pref)  # 省直辖县级市 such as 济源 hang directly off the province
            else:
                out.extend(r for r in lookup.regions(pref.code) if r.level >= 3)
    except Exception:
        log.exception("regions could not be loaded")
    return out


def short_region_name(r: RegionView) -> str:
    full = r.full_name or r.name
    return full.removeprefix("河南省") or r.name


class CountyCombo(QComboBox):
    """Editable, searchable county picker; ``code()`` is the 6-digit GB/T 2260 code.

    Text that matches no county is handed on as typed, so the service reports it instead of
    the picker silently dropping it.
    """

    def __init__(self, counties: list[RegionView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        mark_content(self)  # the places' names
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.addItem("", "")
        for r in counties:
            self.addItem(short_region_name(r), r.code)
            self.setItemData(self.count() - 1, r.full_name, Qt.ItemDataRole.ToolTipRole)
        proxy_completer = QCompleter(self.model(), self)
        proxy_completer.setCompletionColumn(0)
        proxy_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        proxy_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        proxy_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(proxy_completer)
        self.lineEdit().setPlaceholderText(tr("输入县区名称查找"))
        self.lineEdit().editingFinished.connect(self._settle)
        self.setCurrentIndex(0)

    def _match(self, text: str) -> int:
        """The item meant by ``text``: its exact name, its bare county name (中原区), its
        code, or the one county whose name contains it; -1 when that is not one county."""
        i = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if i > 0:
            return i
        names = [(j, self.itemText(j), self.itemData(j)) for j in range(1, self.count())]
        for test in (lambda n, c: n.endswith(text) or c == text, lambda n, c: text in n):
            hits = [j for j, n, c in names if test(n, c)]
            if len(hits) == 1:
                return hits[0]
            if hits:
                return -1
        return -1

    def _settle(self) -> None:
        text = self.currentText().strip()
        i = self._match(text) if text else -1
        if i > 0 and self.itemText(i) != self.currentText():
            self.setCurrentIndex(i)

    def code(self) -> str:
        text = self.currentText().strip()
        if not text:
            return ""
        i = self._match(text)
        return str(self.itemData(i)) if i > 0 else text

    def set_code(self, code: str) -> None:
        i = self.findData(code) if code else 0
        if i >= 0:
            self.setCurrentIndex(i)
        else:
            self.setEditText(code)

