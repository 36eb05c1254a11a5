"""An unexpected error: a Chinese dialog with the log file's path, the traceback in the rotating
log, and nothing the user typed lost (no window is closed)."""
from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QPushButton

from wagecase import paths
from wagecase.__main__ import setup_logging
from wagecase.ui.app import install_excepthook
from wagecase.ui.intake_dialog import IntakeDialog
from wagecase.ui.prompts import ScriptedPrompts


def test_an_error_in_a_slot_names_the_log_and_keeps_what_was_typed(qtbot, services, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    root = logging.getLogger()
    before = list(root.handlers)
    setup_logging(paths.log_file())  # under the test's data folder (conftest)
    try:
        prompts = ScriptedPrompts()
        dialog = IntakeDialog(services, prompts, "inspection")
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.employer.name.setText("河南省远航建筑劳务有限公司")
        install_excepthook(prompts, dialog)

        def broken() -> None:
            raise RuntimeError("测试：处理按钮时出错")

        button = QPushButton("出错的按钮", dialog)
        button.clicked.connect(broken)
        button.click()
        qtbot.waitUntil(lambda: bool(prompts.log))
    finally:
        for handler in root.handlers[len(before):]:
            root.removeHandler(handler)
            handler.close()
    kind, title, text = prompts.log[-1]
    assert (kind, title) == ("error", "程序错误")
    assert str(paths.log_file()) in text and "没有关闭" in text and "Traceback" not in text
    logged = paths.log_file().read_text(encoding="utf-8")
    assert "unhandled exception" in logged and "RuntimeError: 测试：处理按钮时出错" in logged
    assert dialog.isVisible() and dialog.employer.name.text() == "河南省远航建筑劳务有限公司"
