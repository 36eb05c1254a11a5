"""Long work off the GUI thread, with progress and cancel.

The worker function never sees a widget: it gets a ``report(done, total) -> bool`` callback
(False means the user cancelled) and returns a value. Results and errors come back to the GUI
thread as queued signals, so only the GUI thread ever touches widgets.
"""
from __future__ import annotations

import gc
import logging
import threading
import time
import weakref
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for_futures
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import Shiboken
from .i18n import tr

log = logging.getLogger(__name__)

Report = Callable[[int, int], bool]
GC_INTERVAL_MS = 500

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


# The panels' reads run on plain Python threads, not a QThread per read: nothing Qt is created or
# destroyed off the GUI thread while panels come and go. Each result comes back through one
# long-lived QObject of the GUI thread, which hands it to its Reloader only while that still exists.
_reads = ThreadPoolExecutor(max_workers=4, thread_name_prefix="wagecase-read")
_pending: set[Future] = set()
_pending_lock = threading.Lock()


class _Mailbox(QObject):
    arrived = Signal(object)  # (weak reference to a Reloader, its finished read)

    def __init__(self) -> None:
        super().__init__()
        self.arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def _deliver(self, item: tuple) -> None:
        ref, future = item
        reloader = ref()
        if reloader is not None and Shiboken.isValid(reloader):  # else its panel has gone
            reloader._done(future)


_mailbox: _Mailbox | None = None


def _mailbox_here() -> _Mailbox:
    global _mailbox
    if _mailbox is None:  # made by the first reload, on the GUI thread
        _mailbox = _Mailbox()
    return _mailbox


def _read_finished(mailbox: _Mailbox, ref: "weakref.ref[Reloader]", future: Future) -> None:
    with _pending_lock:
        _pending.discard(future)
    mailbox.arrived.emit((ref, future))


def reads_pending() -> int:
    with _pending_lock:
        return len(_pending)


def settle(timeout: float = 10.0, quiet_rounds: int = 8) -> None:
    """Process events until the background reads (some started by a timer after a page shows)
    have ended and their results are on screen: for drawing screens offscreen (the guide's
    pictures, the English walk)."""
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout
    quiet = 0
    while time.monotonic() < deadline and quiet < quiet_rounds:
        QCoreApplication.processEvents()
        quiet = 0 if reads_pending() else quiet + 1
        time.sleep(0.02)


def _read_for_screen(read: Callable[[], Any]) -> Any:
    """A panel's read is for display only: its sentences in the screens' language."""
    from .error_text import in_screen_language

    with in_screen_language():
        return read()


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
        self._future: Future | None = None
        self._again = False

    @property
    def busy(self) -> bool:
        return self._future is not None

    def reload(self) -> None:
        if self._future is not None:
            self._again = True
            return
        self._again = False
        mailbox, ref = _mailbox_here(), weakref.ref(self)
        future = _reads.submit(_read_for_screen, self._read)
        with _pending_lock:
            _pending.add(future)
        self._future = future
        future.add_done_callback(lambda f: _read_finished(mailbox, ref, f))

    def _done(self, future: Future) -> None:
        self._future = None
        if self._again:  # a newer read was asked for: show that one
            self.reload()
            return
        exc = future.exception()
        if exc is not None:
            log.error("reading for a panel failed", exc_info=exc)
            self._failed(exc)
        else:
            self._show(future.result())


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
    dialog = QProgressDialog(label, tr("取消"), 0, 0, parent)
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
        dialog.setLabelText(tr("{label}（{done}/{total}）").format(label=label, done=done, total=total))

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


class GuiThreadGarbage(QObject):
    """Python's cyclic garbage collector runs in whichever thread happens to allocate. When a
    background read (or an operation) triggers it and the garbage holds a Qt object, that object
    is destroyed off the GUI thread, and the process dies (a CI run crashed so, in a read's
    thread). So automatic collection is switched off and done here, on the GUI thread, a
    generation at a time as its threshold is passed (qutebrowser does the same)."""

    def __init__(self, parent: QObject, interval_ms: int = GC_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(interval_ms)

    def collect(self) -> int:
        gen0, gen1, gen2 = gc.get_count()
        limit0, limit1, limit2 = self._threshold
        freed = 0
        if gen0 > limit0:
            freed += gc.collect(0)
            if gen1 > limit1:
                freed += gc.collect(1)
                if gen2 > limit2:
                    freed += gc.collect(2)
        return freed


def stop_all(timeout_ms: int = 30_000) -> None:
    """At exit: ask every running operation to stop and wait for it (writes end cleanly)."""
    for op in list(_running):
        op.cancel()
    for op in list(_running):
        op.wait(timeout_ms)
    with _pending_lock:
        reads = list(_pending)
    wait_for_futures(reads, timeout=timeout_ms / 1000)
