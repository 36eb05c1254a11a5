"""What the 办理 tabs of both paths share: the step bar (登记 → … → 结案), the grid of action
buttons grouped by stage (disabled with the reason as tooltip), the pending-approval line, and
running one action (a dialog when it asks for values, a confirmation otherwise)."""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from .error_text import error_lines

if TYPE_CHECKING:
    from ..services.dto import ActionView, StepView
    from .prompts import Prompts

log = logging.getLogger(__name__)

STEP_STYLES = {
    "done": "color: #2e7d32; padding: 3px 8px;",
    "current": ("color: #0b4a9e; font-weight: bold; background: #e1e9f5; border-radius: 4px;"
                " padding: 3px 8px;"),
    "todo": "color: #9ca3af; padding: 3px 8px;",
    "skipped": "color: #9ca3af; padding: 3px 8px;",
}
STEP_HINTS = {"done": "已完成", "current": "当前环节", "todo": "尚未进行", "skipped": "本案未经此环节"}
AMBER = "color: #92400e; background: #fef3c7; border: 1px solid #f59e0b; border-radius: 3px; padding: 3px 8px;"
# (caption, action values) per row of the grid
ActionRows = Sequence[tuple[str, Sequence[str]]]


def step_text(step: "StepView") -> str:
    return ("✓ " if step.state == "done" else "") + step.label


def button_text(action: "ActionView", own_dialog: bool = False) -> str:
    dots = "…" if action.inputs or own_dialog else ""
    return action.label + ("（需审批）" if action.needs_approval else "") + dots


def approvals_label() -> QLabel:
    label = QLabel()
    label.setObjectName("approvalsPending")
    label.setStyleSheet(AMBER)
    label.setWordWrap(True)
    label.hide()
    return label


def show_approvals(label: QLabel, pending: Sequence[str]) -> None:
    label.setText("待审批：" + "；".join(pending))
    label.setVisible(bool(pending))


class StepBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepBar")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.labels: dict[str, QLabel] = {}

    def show_steps(self, steps: Sequence["StepView"]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.labels = {}
        for i, step in enumerate(steps):
            if i:
                arrow = QLabel("→")
                arrow.setStyleSheet("color: #9ca3af;")
                self._layout.addWidget(arrow)
            # a skipped stage is struck through; style sheets cannot strike a QLabel's text
            label = QLabel(f"<s>{step.label}</s>" if step.state == "skipped" else step_text(step))
            label.setObjectName(f"step_{step.key}")
            label.setProperty("state", step.state)
            label.setStyleSheet(STEP_STYLES.get(step.state, STEP_STYLES["todo"]))
            label.setToolTip(STEP_HINTS.get(step.state, ""))
            self._layout.addWidget(label)
            self.labels[step.key] = label


class ActionGrid(QGroupBox):
    """One row per stage of the procedure, so an officer finds the next step where it belongs;
    an action no row names lands in the last row."""

    def __init__(self, rows: ActionRows, own_dialogs: frozenset[str] = frozenset(),
                 parent: QWidget | None = None) -> None:
        super().__init__("可办理事项", parent)
        self._rows = rows
        self._own = own_dialogs  # actions with their own window: their button says …
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(6)
        self.buttons: dict[str, QPushButton] = {}

    def show_actions(self, actions: Sequence["ActionView"], run: Callable[[str], object]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.buttons = {}
        by_key = {a.action: a for a in actions}
        placed = {key for _, keys in self._rows for key in keys}
        rows = [(caption, [by_key[k] for k in keys if k in by_key]) for caption, keys in self._rows]
        rows[-1][1].extend(a for a in actions if a.action not in placed)
        for r, (caption, row) in enumerate(rows):
            label = QLabel(caption)
            label.setObjectName("fieldCaption")
            self.grid.addWidget(label, r, 0)
            for c, action in enumerate(row, start=1):
                button = QPushButton(button_text(action, action.action in self._own))
                button.setObjectName(f"action_{action.action}")
                button.setEnabled(action.allowed)
                if not action.allowed:
                    button.setToolTip(action.reason or "当前环节不能办理此事项")
                elif action.needs_approval:
                    button.setToolTip("提交后由负责人审批，批准后生效")
                button.clicked.connect(lambda _=False, key=action.action: run(key))
                self.grid.addWidget(button, r, c)
                self.buttons[action.action] = button
        for c in range(1, max((len(row) for _, row in rows), default=0) + 1):
            self.grid.setColumnStretch(c, 1)


def confirm_and_act(owner: QWidget, prompts: "Prompts", action: "ActionView",
                    act: Callable[[], object]) -> bool:
    """An action without values: asked once, carried out, its failure explained. True if done."""
    question = (f"“{action.label}”需经负责人审批。确定提交审批申请吗？" if action.needs_approval
                else f"确定对本案办理“{action.label}”吗？")
    if not prompts.question(owner, action.label, question):
        return False
    try:
        act()
    except Exception as exc:  # noqa: BLE001 - explained to the user, logged in full
        log.exception("%s failed", action.action)
        prompts.error(owner, action.label, "未能办理：" + "".join(error_lines(exc)))
        return False
    return True
