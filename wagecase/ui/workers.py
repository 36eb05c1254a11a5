"""Long work off the GUI thread, with progress and cancel.

The worker function never sees a widget: it gets a ``report(done, total) -> bool`` callback
(False means the user cancelled) and returns a value. Results and errors come back to the GUI
thread as queued signals, so only the GUI thread ever touches widgets.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

Report = Callable[[int, int], bool]

# Keep running operations referenced until they finish: a garbage-collected QThread that is
# still running aborts the process.
_running: set["Operation"] = set()


class Operation(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[[Report], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.finished.connect(self._forget)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:  # worker thread
        def report(done: int, total: int) -> bool:
            self.progressed.emit(done, total)
            return not self._cancel.is_set()

        try:
            self.result = self._fn(report)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which explains it
            log.exception("background operation failed")
            self.error = exc
            self.failed.emit(exc)
        else:
            self.succeeded.emit(self.result)

    def begin(self) -> "Operation":
        _running.add(self)
        self.start()
        return self

    def _forget(self) -> None:
        # QThread emits finished from the thread just before the thread ends: let it end before
        # the last reference goes, or Qt aborts ("destroyed while thread is still running")
        self.wait()
        _running.discard(self)


class Reloader(QObject):
    """Reads what a panel shows off the GUI thread, one read at a time: a reload asked while one
    runs runs once more when it ends, so the newest data is what stays on screen. ``show`` and
    ``failed`` run on the GUI thread; destroyed with its parent, it shows nothing more."""

    def __init__(self, read: Callable[[], Any], show: Callable[[Any], None],
                 failed: Callable[[BaseException], None], parent: QObject) -> None:
        super().__init__(parent)
        self._read = read
        self._show = show
        self._failed = failed
        self._operation: Operation | None = None
        self._again = False

    @property
    def busy(self) -> bool:
        return self._operation is not None

    def reload(self) -> None:
        if self._operation is not None:
            self._again = True
            return
        self._again = False
        read = self._read
        self._operation = Operation(lambda _report: read())
        self._operation.succeeded.connect(self._succeeded)
        self._operation.failed.connect(self._on_failure)
        self._operation.finished.connect(self._finished)
        self._operation.begin()

    def _succeeded(self, result: Any) -> None:
        if not self._again:  # a newer read follows: show that one
            self._show(result)

    def _on_failure(self, exc: BaseException) -> None:  # the worker has logged it
        if not self._again:
            self._failed(exc)

    def _finished(self) -> None:
        self._operation = None
        if self._again:
            self.reload()


def wait_in_event_loop(op: Operation) -> Operation:
    """Block the caller until ``op`` (started) has finished, the GUI still painting meanwhile:
    for start-up steps that must complete before anything else can be shown."""
    from PySide6.QtCore import QEventLoop

    if not op.isFinished():
        loop = QEventLoop()
        op.finished.connect(loop.quit)
        if not op.isFinished():  # it may have ended between the two checks
            loop.exec()
    op.wait()
    return op


def run_with_progress(parent: QWidget | None, title: str, label: str,
                      fn: Callable[[Report], Any], *,
                      on_success: Callable[[Any], None] | None = None,
                      on_failure: Callable[[BaseException], None] | None = None) -> Operation:
    """Start ``fn`` in the background behind a modal progress dialog with a 取消 button."""
    dialog = QProgressDialog(label, "取消", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(360)
    op = Operation(fn)

    def progressed(done: int, total: int) -> None:
        if dialog.maximum() != total:
            dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        dialog.setLabelText(f"{label}（{done}/{total}）")

    def finish() -> None:
        dialog.close()
        dialog.deleteLater()

    op.progressed.connect(progressed)
    dialog.canceled.connect(op.cancel)
    op.finished.connect(finish)
    if on_success:
        op.succeeded.connect(on_success)
    if on_failure:
        op.failed.connect(on_failure)
    op.progress_dialog = dialog  # type: ignore[attr-defined]  # tests press its cancel button
    dialog.show()
    return op.begin()


def stop_all(timeout_ms: int = 30_000) -> None:
    """At exit: ask every running operation to stop and wait for it (writes end cleanly)."""
    for op in list(_running):
        op.cancel()
    for op in list(_running):
        op.wait(timeout_ms)
