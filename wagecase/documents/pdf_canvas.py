"""A ReportLab canvas that holds its pages back until the document ends, so that each page can
be stamped knowing how many there are (第 2 页 共 5 页, — 2 —)."""
from __future__ import annotations

from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas

# stamp(canvas, page number, page count): draws on the page about to be written
Stamp = Callable[[Canvas, int, int], None]


def held_canvas(font: str, stamp: Stamp, counter: list[int] | None = None) -> type[Canvas]:
    """The canvas class for ``doc.build(..., canvasmaker=...)``; ``counter`` receives the count."""

    class HeldCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            # otherwise every page names an unembedded Helvetica it never uses
            kwargs["initialFontName"] = kwargs.get("initialFontName") or font
            super().__init__(*args, **kwargs)
            self._held: list[dict] = []

        def showPage(self):
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._held)
            if counter is not None:
                counter.append(total)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                stamp(self, number, total)
                super().showPage()
            super().save()

    return HeldCanvas
