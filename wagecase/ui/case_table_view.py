"""A table whose rows are cases (or belong to one): double-click or Enter opens the row's case."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QTableView, QWidget


class CaseOpeningTableView(QTableView):
    """Emits ``open_requested(case_id)``; the model answers ``case_id(row) -> int | None``."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doubleClicked.connect(self._open_index)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_index(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _open_index(self, index: QModelIndex) -> None:
        case_id_of = getattr(self.model(), "case_id", None)
        if case_id_of is not None and index.isValid():
            case_id = case_id_of(index.row())
            if case_id is not None:
                self.open_requested.emit(case_id)
