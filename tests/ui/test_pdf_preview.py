"""Printing PDF bytes without QtPdf: PDFium rasters painted onto a QPrinter (PDF output here,
so it runs offscreen), one printed page per PDF page, and a batch off the GUI thread."""
from __future__ import annotations

import io

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter

from wagecase.ui import pdf_preview


def make_pdf(pages: int) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for i in range(pages):
        c.rect(72, 72, 451, 698)
        c.drawString(100, 700, f"page {i + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def pages_in(path) -> int:
    return len(pypdf.PdfReader(str(path)).pages)


def test_preview_paint_handler_prints_every_page(qtbot, tmp_path):
    data = make_pdf(3)
    dialog = pdf_preview.PdfPrintPreview(data, "打印预览")
    qtbot.addWidget(dialog)
    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out)
    dialog.paintRequested.emit(printer)  # what 打印 in the preview does
    assert dialog.painted == 3
    assert out.exists() and pages_in(out) == 3
    # A4 stays A4: the page is fitted with its aspect kept, not stretched
    box = pypdf.PdfReader(str(out)).pages[0].mediabox
    assert abs(float(box.width) / float(box.height) - 210 / 297) < 0.01


def test_preview_dialog_shows_pages_on_screen(qtbot):
    dialog = pdf_preview.PdfPrintPreview(make_pdf(2), "打印预览")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.painted == 2)
    assert max(dialog._cache) <= pdf_preview.PREVIEW_DPI  # a light raster for the screen


def test_print_pdf_and_target_rect_keep_aspect(tmp_path):
    out = tmp_path / "one.pdf"
    assert pdf_preview.print_pdf(make_pdf(1), pdf_printer(out)) == 1
    assert pages_in(out) == 1
    from PySide6.QtCore import QRectF

    page = pdf_preview.PageRaster(10, 10, 40, b"\0" * 400, 100.0, 200.0)
    rect = pdf_preview.target_rect(page, QRectF(0, 0, 400, 400))
    assert (rect.width(), rect.height(), rect.x()) == (200, 400, 100)


def test_batch_print_runs_in_a_worker_and_prints_all(qtbot, tmp_path):
    files = [make_pdf(n) for n in (1, 2, 3, 1)]
    out = tmp_path / "batch.pdf"
    done = []
    batch = pdf_preview.BatchPrint(None, pdf_printer(out), len(files), lambda i: files[i],
                                   lambda pages, cancelled, error: done.append((pages, cancelled, error)))
    batch.start()
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    assert done == [(7, False, None)]
    assert pages_in(out) == 7


def test_batch_print_failure_is_reported(qtbot, tmp_path):
    def fetch(i):
        if i == 1:
            raise OSError("gone")
        return make_pdf(1)

    done = []
    batch = pdf_preview.BatchPrint(None, pdf_printer(tmp_path / "b.pdf"), 3, fetch,
                                   lambda pages, cancelled, error: done.append((pages, error)))
    batch.start()
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    assert done[0][0] == 1 and isinstance(done[0][1], OSError)


@pytest.mark.parametrize("bad", [b"", b"not a pdf"])
def test_broken_file_paints_nothing(qtbot, bad):
    dialog = pdf_preview.PdfPrintPreview(bad, "打印预览")
    qtbot.addWidget(dialog)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName("")
    dialog.paint(printer)
    assert dialog.painted == 0


def test_batch_print_cancel_stops_after_the_current_document(qtbot, tmp_path):
    import threading

    gate = threading.Event()

    def fetch(i):
        if i == 1:
            gate.wait(10)
        return make_pdf(1)

    done = []
    batch = pdf_preview.BatchPrint(None, pdf_printer(tmp_path / "c.pdf"), 5, fetch,
                                   lambda pages, cancelled, error: done.append((pages, cancelled)))
    op = batch.start()
    qtbot.waitUntil(lambda: batch.out.pages == 1, timeout=10_000)
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    qtbot.mouseClick(op.progress_dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # 取消
    gate.set()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert done == [(1, True)]
