"""A horizontal bar chart drawn with QPainter: one bar per row of a statistics table, its name on
the left and its figure at the bar's end. Clicking a bar emits ``bar_clicked(index)``: the
statistics page opens the cases behind it, as a double-click on the table's figure does.

Qt's own chart module ships in PySide6-Addons (≈150 MB); a dozen bars do not need it.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget
from .i18n import tr

BAR_COLOUR = QColor("#2f6fb2")
HOVER_COLOUR = QColor("#1d4f86")
BAR_HEIGHT = 18
GAP = 8
MAX_LABEL_CHARS = 14


class BarChart(QWidget):
    bar_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._caption = ""
        self._labels: list[str] = []
        self._values: list[float] = []
        self._texts: list[str] = []
        self._hover = -1

    def set_data(self, caption: str, labels: Sequence[str], values: Sequence[float], texts: Sequence[str]) -> None:
        self._caption = caption
        self._labels = [lb if len(lb) <= MAX_LABEL_CHARS else lb[:MAX_LABEL_CHARS - 1] + "…" for lb in labels]
        self._values = [max(float(v or 0), 0.0) for v in values]
        self._texts = list(texts)
        self._hover = -1
        self.setToolTip(tr("点击条形查看对应的案件") if labels else "")
        self.updateGeometry()
        self.update()

    def bar_count(self) -> int:
        return len(self._labels)

    def sizeHint(self) -> QSize:
        return QSize(480, self._top() + len(self._labels) * (BAR_HEIGHT + GAP) + GAP)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def _top(self) -> int:
        return self.fontMetrics().height() + 2 * GAP if self._caption else GAP

    def _geometry(self) -> tuple[float, float, float]:
        fm = self.fontMetrics()
        label_w = max((fm.horizontalAdvance(lb) for lb in self._labels), default=0) + 12
        text_w = max((fm.horizontalAdvance(t) for t in self._texts), default=0) + 12
        return label_w, max(self.width() - label_w - text_w - GAP, 20.0), max(self._values, default=0.0) or 1.0

    def bar_rect(self, i: int) -> QRectF:
        label_w, span, peak = self._geometry()
        y = self._top() + i * (BAR_HEIGHT + GAP)
        return QRectF(label_w, y, max(span * self._values[i] / peak, 1.0), BAR_HEIGHT)

    def _index_at(self, y: float) -> int:
        i = int((y - self._top()) // (BAR_HEIGHT + GAP))
        return i if 0 <= i < len(self._labels) else -1

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        if self._caption:
            p.setPen(self.palette().windowText().color())
            p.drawText(0, GAP + fm.ascent(), self._caption)
        label_w, _span, _peak = self._geometry()
        for i, (label, text) in enumerate(zip(self._labels, self._texts)):
            rect = self.bar_rect(i)
            baseline = rect.center().y() + (fm.ascent() - fm.descent()) / 2
            p.setPen(self.palette().windowText().color())
            p.drawText(int(label_w - 8 - fm.horizontalAdvance(label)), int(baseline), label)
            p.fillRect(rect, HOVER_COLOUR if i == self._hover else BAR_COLOUR)
            p.drawText(int(rect.right() + 6), int(baseline), text)
        p.end()

    def mouseMoveEvent(self, event) -> None:
        hover = self._index_at(event.position().y())
        if hover != self._hover:
            self._hover = hover
            self.setCursor(Qt.CursorShape.PointingHandCursor if hover >= 0 else Qt.CursorShape.ArrowCursor)
            self.update()

    def leaveEvent(self, _event) -> None:
        self._hover = -1
        self.update()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            i = self._index_at(event.position().y())
            if i >= 0:
                self.bar_clicked.emit(i)
