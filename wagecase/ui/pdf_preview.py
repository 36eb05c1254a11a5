"""Print preview and printing of PDF bytes, without QtPdf.

PDFium (pypdfium2) rasterises each page at the printer's resolution (capped: a 1200 dpi A4
page would be half a gigabyte) and Qt paints the images onto the printer, full page and
keeping the aspect ratio: the documents carry their own GB/T 9704 margins, so the printer's
margins must not be added a second time.

A batch (one notice per worker of a collective case) rasterises in a background worker and
hands the pages over through a small bounded queue; the GUI thread paints them as they come,
so memory stays at a few pages whatever the size of the batch.
"""
from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget
from .i18n import tr

log = logging.getLogger(__name__)

MAX_PRINT_DPI = 300  # sharp on paper; a 600 dpi A4 page is 140 MB as an image
PREVIEW_DPI = 150
# PDFium is not thread-safe: the GUI thread (preview) and a batch worker take turns
_PDFIUM = threading.Lock()


@dataclass(frozen=True)
class PageRaster:
    """One page as 32-bit pixels (BGRx, i.e. QImage.Format_RGB32 on little-endian machines)."""

    width: int
    height: int
    stride: int
    data: bytes
    width_pt: float  # the page's size in PDF points, for the aspect ratio
    height_pt: float


def page_count(data: bytes) -> int:
    import pypdfium2 as pdfium

    with _PDFIUM:
        pdf = pdfium.PdfDocument(data)
        try:
            return len(pdf)
        finally:
            pdf.close()


def rasterise(data: bytes, dpi: float, *, cancelled: Callable[[], bool] | None = None
              ) -> list[PageRaster]:
    """All pages of one PDF; no Qt here, so a worker thread may call it."""
    return list(iter_pages(data, dpi, cancelled=cancelled))


def iter_pages(data: bytes, dpi: float, *, cancelled: Callable[[], bool] | None = None):
    import pypdfium2 as pdfium

    scale = max(36.0, min(float(dpi), MAX_PRINT_DPI)) / 72.0
    with _PDFIUM:
        pdf = pdfium.PdfDocument(data)
        n = len(pdf)
    try:
        for i in range(n):
            if cancelled is not None and cancelled():
                return
            with _PDFIUM:
                page = pdf[i]
                try:
                    w_pt, h_pt = page.get_size()
                    bitmap = page.render(scale=scale, prefer_bgrx=True, fill_color=(255, 255, 255, 255))
                    try:
                        raster = PageRaster(bitmap.width, bitmap.height, bitmap.stride,
                                            bytes(bitmap.buffer), w_pt, h_pt)
                    finally:
                        bitmap.close()
                finally:
                    page.close()
            yield raster
    finally:
        with _PDFIUM:
            pdf.close()


def to_qimage(page: PageRaster) -> QImage:
    image = QImage(page.data, page.width, page.height, page.stride, QImage.Format.Format_RGB32)
    return image.copy()  # own the pixels: ``page.data`` may go away first


def target_rect(page: PageRaster, area: QRectF) -> QRectF:
    """The largest rectangle of the page's aspect that fits ``area``, centred."""
    if page.width_pt <= 0 or page.height_pt <= 0 or area.isEmpty():
        return QRectF(area)
    size = QSizeF(page.width_pt, page.height_pt).scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    x = area.x() + (area.width() - size.width()) / 2
    y = area.y() + (area.height() - size.height()) / 2
    return QRectF(x, y, size.width(), size.height())


def prepare_printer(printer: QPrinter) -> None:
    """Whole sheet, no margins of Qt's own: the PDF's margins are the document's."""
    printer.setFullPage(True)
    printer.setDocName(printer.docName() or tr("文书"))


def print_area(printer: QPrinter) -> QRectF:
    return QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))


def dpi_for(printer: QPrinter) -> int:
    return min(printer.resolution() or MAX_PRINT_DPI, MAX_PRINT_DPI)


class PagePainter:
    """Paints pages one after another onto a printer (begin on the first page, newPage between)."""

    def __init__(self, printer: QPrinter) -> None:
        prepare_printer(printer)
        self.printer = printer
        self.painter: QPainter | None = None
        self.pages = 0
        self.failed = False

    def paint(self, page: PageRaster) -> bool:
        if self.failed:
            return False
        if self.painter is None:
            self.painter = QPainter()
            if not self.painter.begin(self.printer):
                log.error("could not start painting on the printer %s", self.printer.printerName())
                self.painter = None
                self.failed = True
                return False
            self.painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        elif not self.printer.newPage():
            log.error("printer refused a new page")
            self.failed = True
            return False
        area = print_area(self.printer)
        self.painter.drawImage(target_rect(page, area), to_qimage(page))
        self.pages += 1
        return True

    def end(self) -> int:
        if self.painter is not None:
            self.painter.end()
            self.painter = None
        return self.pages


def paint_pages(printer: QPrinter, pages: Sequence[PageRaster]) -> int:
    """Paints ``pages`` onto ``printer``; how many were painted."""
    out = PagePainter(printer)
    try:
        for page in pages:
            if not out.paint(page):
                break
    finally:
        out.end()
    return out.pages


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Prints one PDF on the GUI thread (a document of a few pages); the number of pages."""
    return paint_pages(printer, rasterise(data, dpi_for(printer)))


class PdfPrintPreview(QPrintPreviewDialog):
    """Qt's print preview over PDF bytes: zoom, page setup and 打印 from Qt; pages from PDFium.

    The preview asks for a repaint on every layout change: pages are rasterised once per
    resolution and kept."""

    def __init__(self, data: bytes, title: str = tr("打印预览"), parent: QWidget | None = None,
                 on_printed: Callable[[int, int], None] | None = None) -> None:
        """``on_printed(copies, pages)`` is called when 打印 sent the pages to a printer (not
        for the on-screen preview): an issued document's print goes into the 操作日志."""
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(self.printer)
        self.printer.setDocName(title)
        super().__init__(self.printer, parent)
        self.setWindowTitle(title)
        self.data = data
        self._cache: dict[int, list[PageRaster]] = {}
        self.painted = 0
        self.on_printed = on_printed
        self.paintRequested.connect(self.paint)
        self.resize(900, 1000)

    @staticmethod
    def on_screen(printer: QPrinter) -> bool:
        """The preview paints through a picture engine; 打印 comes through ``paint`` again with
        the printer's own (or the PDF) engine."""
        engine = printer.paintEngine()
        return engine is not None and engine.type() == QPaintEngine.Type.Picture

    def pages_for(self, printer: QPrinter) -> list[PageRaster]:
        dpi = dpi_for(printer)
        if self.on_screen(printer):
            dpi = min(dpi, PREVIEW_DPI)
        if dpi not in self._cache:
            self._cache = {dpi: rasterise(self.data, dpi)}
        return self._cache[dpi]

    def paint(self, printer: QPrinter) -> None:
        printing = not self.on_screen(printer)
        try:
            self.painted = paint_pages(printer, self.pages_for(printer))
        except Exception:  # noqa: BLE001 - a broken file must not take the window down
            log.exception("painting the PDF for printing failed")
            self.painted = 0
        if printing and self.painted and self.on_printed is not None:
            self.on_printed(max(printer.copyCount(), 1), self.painted)


# ---- batches ------------------------------------------------------------------------------

_DONE = object()


class BatchPrint:
    """Prints many PDFs: ``fetch(i) -> bytes`` and rasterising run in the worker, painting here.

    ``start`` shows run_with_progress's dialog (取消 stops after the current page) and returns
    the Operation; ``finished(pages, cancelled, error)`` is called on the GUI thread at the end.
    """

    def __init__(self, parent: QWidget | None, printer: QPrinter, count: int,
                 fetch: Callable[[int], bytes],
                 finished: Callable[[int, bool, BaseException | None], None] | None = None,
                 title: str = tr("批量打印")) -> None:
        self.parent = parent
        self.printer = printer
        self.count = count
        self.fetch = fetch
        self.on_finished = finished
        self.title = title
        self.queue: queue.Queue[Any] = queue.Queue(maxsize=3)
        self.out = PagePainter(printer)
        self.operation = None
        self.error: BaseException | None = None
        self.completed = False  # every document went through (the dialog's close looks like 取消)
        self.document_pages: list[int] = []  # pages of each document handed over whole, in order
        self._ended = False

    def start(self):
        from .workers import run_with_progress

        dpi = dpi_for(self.printer)
        q = self.queue

        def work(report) -> int:
            stop = threading.Event()
            done = pages = 0

            def alive() -> bool:
                # report() also wakes the GUI thread, which then takes the queued pages
                if not report(done, self.count):
                    stop.set()
                return not stop.is_set()

            def put(page: PageRaster) -> bool:
                while alive():
                    try:
                        q.put(page, timeout=0.1)
                        return True
                    except queue.Full:
                        continue
                return False

            if not alive():
                return 0
            for i in range(self.count):
                data = self.fetch(i)
                first = pages
                for page in iter_pages(data, dpi, cancelled=stop.is_set):
                    if not put(page):
                        return pages
                    pages += 1
                if stop.is_set():  # cut off inside this document: it is not counted as printed
                    return pages
                self.document_pages.append(pages - first)
                done = i + 1
                if not alive():
                    return pages
            self.completed = True
            return pages

        op = run_with_progress(self.parent, self.title, tr("正在打印 {count} 份文书").format(count=self.count), work,
                               on_failure=self._failed)
        op.progressed.connect(self._drain)
        op.finished.connect(self._end)
        self.operation = op
        return op

    def _drain(self, *_args) -> None:
        while True:
            try:
                page = self.queue.get_nowait()
            except queue.Empty:
                return
            self.out.paint(page)

    def _failed(self, exc: BaseException) -> None:
        self.error = exc

    def _end(self) -> None:
        if self._ended:
            return
        self._ended = True
        self._drain()
        pages = self.out.end()
        cancelled = not self.completed and self.error is None
        if self.on_finished is not None:
            self.on_finished(pages, cancelled, self.error)
