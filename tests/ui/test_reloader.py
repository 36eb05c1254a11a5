"""workers.Reloader: panels read off the GUI thread, one read at a time, newest data shown, and\nnothing shown on a panel that has gone."""
from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from wagecase.ui.workers import Reloader, reads_pending


def test_a_reload_asked_during_a_read_runs_once_more_and_only_its_result_is_shown(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    gate, reads, shown = threading.Event(), [], []

    def read():
        reads.append(len(reads) + 1)
        if len(reads) == 1:
            gate.wait(5)  # the first read is still running while two more are asked for
        return reads[-1]

    reloader = Reloader(read, shown.append, lambda exc: shown.append(exc), owner)
    reloader.reload()
    qtbot.waitUntil(lambda: len(reads) == 1)
    reloader.reload()
    reloader.reload()
    assert reloader.busy
    gate.set()
    qtbot.waitUntil(lambda: not reloader.busy and not reads_pending())
    assert reads == [1, 2] and shown == [2]  # the stale first result never reached the screen


def test_a_failed_read_is_handed_to_failed(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    shown, failed = [], []

    def read():
        raise OSError("disk gone")

    reloader = Reloader(read, shown.append, failed.append, owner)
    reloader.reload()
    qtbot.waitUntil(lambda: bool(failed))
    assert isinstance(failed[0], OSError) and shown == []


def test_nothing_is_shown_on_a_panel_closed_during_the_read(qtbot):
    owner = QWidget()
    gate, shown = threading.Event(), []
    reloader = Reloader(lambda: gate.wait(5) and "rows", shown.append, shown.append, owner)
    reloader.reload()
    owner.deleteLater()
    assert reads_pending() == 1
    qtbot.wait(50)  # the panel and its reloader are gone
    gate.set()
    qtbot.waitUntil(lambda: not reads_pending())
    qtbot.wait(50)
    assert shown == []


def test_garbage_is_collected_on_the_gui_thread_only(qtbot):
    """A background read must never free a widget: automatic collection is off, and the GUI
    thread collects on a timer as the thresholds are passed (workers.GuiThreadGarbage)."""
    import gc
    import weakref

    from PySide6.QtCore import QObject

    from wagecase.ui.workers import GuiThreadGarbage

    class Node:
        pass

    owner = QObject()
    GuiThreadGarbage(owner, interval_ms=10)
    assert not gc.isenabled()
    node = Node()
    node.me = node  # a cycle: only the collector frees it
    gone = weakref.ref(node)
    del node
    for _ in range(gc.get_threshold()[0] + 10):  # past the first generation's threshold
        spare = Node()
        spare.me = spare
    del spare
    qtbot.waitUntil(lambda: gone() is None, timeout=5000)
