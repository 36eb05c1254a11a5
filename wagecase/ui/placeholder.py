"""Pages of areas later issues build: say plainly that they are not open yet, and what they will do."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from .i18n import tr

NOT_OPEN = tr("该功能尚未开放")


class PlaceholderPage(QWidget):
    def __init__(self, title: str, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placeholderPage")
        heading = QLabel(title)
        heading.setObjectName("placeholderTitle")
        state = QLabel(NOT_OPEN)
        state.setObjectName("placeholderState")
        text = QLabel(purpose)
        text.setObjectName("placeholderText")
        text.setWordWrap(True)
        for label in (heading, state, text):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(heading)
        layout.addSpacing(8)
        layout.addWidget(state)
        layout.addSpacing(4)
        layout.addWidget(text)
        layout.addStretch(3)

    def texts(self) -> list[str]:
        return [w.text() for w in self.findChildren(QLabel)]
