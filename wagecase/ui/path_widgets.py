"""What the 办理 tabs of both paths share: the step bar (登记 → … → 结案), the grid of action
buttons grouped by stage (disabled with the reason as tooltip), the pending-approval line, and
running one action (a dialog when it asks for values, a confirmation otherwise): ``PathPanel``."""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from .error_text import error_lines, in_screen_language
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
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
STEP_HINTS = {"done": tr("已完成"), "current": tr("当前环节"), "todo": tr("尚未进行"), "skipped": tr("本案未经此环节")}
AMBER = "color: #92400e; background: #fef3c7; border: 1px solid #f59e0b; border-radius: 3px; padding: 3px 8px;"
# (caption, action values) per row of the grid
ActionRows = Sequence[tuple[str, Sequence[str]]]


def step_text(step: "StepView") -> str:
    return ("✓ " if step.state == "done" else "") + tr(step.label)


def button_text(action: "ActionView", own_dialog: bool = False) -> str:
    dots = "…" if action.inputs or own_dialog else ""
    return tr(action.label) + (tr("（需审批）") if action.needs_approval else "") + dots


def approvals_label() -> QLabel:
    label = QLabel()
    label.setObjectName("approvalsPending")
    label.setStyleSheet(AMBER)
    label.setWordWrap(True)
    label.hide()
    return label


def show_approvals(label: QLabel, pending: Sequence[str]) -> None:
    label.setText(tr("待审批：") + tr("；").join(pending))
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
            label = QLabel(f"<s>{tr(step.label)}</s>" if step.state == "skipped" else step_text(step))
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
        super().__init__(tr("可办理事项"), parent)
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
                item.widget().hide()  # gone now: deleteLater waits for the event loop
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
                    button.setToolTip(action.reason or tr("当前环节不能办理此事项"))
                elif action.needs_approval:
                    button.setToolTip(tr("提交后由负责人审批，批准后生效"))
                button.clicked.connect(lambda _=False, key=action.action: run(key))
                self.grid.addWidget(button, r, c)
                self.buttons[action.action] = button
        for c in range(1, max((len(row) for _, row in rows), default=0) + 1):
            self.grid.setColumnStretch(c, 1)


def confirm_and_act(owner: QWidget, prompts: "Prompts", action: "ActionView",
                    act: Callable[[], object]) -> bool:
    """An action without values: asked once, carried out, its failure explained. True if done."""
    question = (tr("“{label}”需经负责人审批。确定提交审批申请吗？").format(label=tr(action.label)) if action.needs_approval
                else tr("确定对本案办理“{label}”吗？").format(label=tr(action.label)))
    if not prompts.question(owner, tr(action.label), question):
        return False
    try:
        act()
    except Exception as exc:  # noqa: BLE001 - explained to the user, logged in full
        log.exception("%s failed", action.action)
        prompts.error(owner, tr(action.label), tr("未能办理：") + "".join(error_lines(exc)))
        return False
    return True


class PathPanel(QWidget):
    """The 办理 tab's skeleton for one path (``path``: the Services attribute, inspection or
    arbitration): loading its view, the step bar, the status, the pending approvals and the
    action buttons; an action opens its dialog or asks for confirmation. A path adds its own
    widgets (``_show`` fills them) and windows (``_own_window`` opens them).

    ``changed`` fires after a step was written: the case view reloads."""

    changed = Signal(int)
    path = ""

    def __init__(self, services: "Services", prompts: "Prompts", case_id: int, rows: ActionRows,
                 own_windows: frozenset[str] = frozenset(), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._prompts = prompts
        self.case_id = case_id
        self.view = None
        self.dialog = None  # the dialog last opened (tests drive it)
        self.step_bar = StepBar()
        self.status_label = QLabel()
        self.status_label.setObjectName("caseBadge")
        self.approvals_line = approvals_label()
        self.load_error = QLabel()
        self.load_error.setObjectName("panelHint")
        self.load_error.setWordWrap(True)
        self.load_error.hide()
        self.actions_box = ActionGrid(rows, own_windows)
        self.actions_hint = QLabel(tr("灰色按钮当前不能办理，鼠标停在按钮上可查看原因。"))
        self.actions_hint.setObjectName("fieldCaption")

    @property
    def step_labels(self) -> dict[str, QLabel]:
        return self.step_bar.labels

    @property
    def action_buttons(self) -> dict[str, QPushButton]:
        return self.actions_box.buttons

    def action(self, key: str) -> "ActionView | None":
        if self.view is None:
            return None
        return next((a for a in self.view.actions if a.action == key), None)

    def reload(self) -> None:
        try:
            with in_screen_language():
                self.view = getattr(self._services, self.path).view(self.case_id)
        except Exception as exc:  # noqa: BLE001 - the rest of the case view stays usable
            log.exception("reading the %s path of case %s failed", self.path, self.case_id)
            self.view = None
            self.load_error.setText(tr("办理环节暂时无法读取：") + "".join(error_lines(exc)))
            self.load_error.show()
            self.actions_box.setEnabled(False)
            self._unavailable()
            return
        self.load_error.hide()
        self.actions_box.setEnabled(True)
        v = self.view
        self.step_bar.show_steps(v.steps)
        self.status_label.setText(tr("当前状态：{status_label}").format(status_label=tr(v.status_label)))
        show_approvals(self.approvals_line, v.approvals_pending)
        self.actions_box.show_actions(v.actions, self.run_action)
        self._show(v)

    def _show(self, view) -> None:
        """The path's own part of its view."""

    def _unavailable(self) -> None:
        """The view could not be read: the path's own buttons are switched off too."""

    def _own_window(self, key: str, action: "ActionView"):
        """The window of an action with its own (a payment, a hearing, the award); None if it
        has none and goes through the action dialog or a confirmation."""
        return None

    def run_action(self, key: str):
        """The dialog opened for ``key`` (None when the action was confirmed or cancelled)."""
        action = self.action(key)
        if action is None or not action.allowed:
            return None
        window = self._own_window(key, action)
        if window is not None:
            return window
        if action.inputs:
            from .action_dialog import ActionDialog

            dialog = ActionDialog(self._services, self._prompts, self.case_id, action, parent=self, path=self.path)
            dialog.accepted.connect(lambda: self._done(action.needs_approval, tr(action.label)))
            return self._open(dialog)
        if confirm_and_act(self, self._prompts, action,
                           lambda: getattr(self._services, self.path).act(self.case_id, key, {})):
            self._done(action.needs_approval, tr(action.label))
        return None

    def _open(self, dialog, emit_on_accept: bool = False):
        """Window-modal without a nested loop: tests drive the dialog like an officer would."""
        if emit_on_accept:
            dialog.accepted.connect(lambda: self.changed.emit(self.case_id))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _done(self, approval: bool, label: str) -> None:
        if approval:
            self._prompts.info(self, label, tr("“{label}”已提交审批，负责人批准后生效。").format(label=label))
        self.changed.emit(self.case_id)
