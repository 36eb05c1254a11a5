"""法律援助 of a case: the right explained (who, when), who may apply without a hardship check and
how urgent it is, the proposed centre, the referrals and, for the one selected, its steps and
deadlines (转交 the same day, 7 days to decide, 3 to assign a lawyer)."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .dialog_parts import date_edit, edit_date, error_box, today
from .error_text import error_lines, in_screen_language
from .issue_dialog import FieldRows, show_failure
from .path_widgets import ActionGrid, confirm_and_act
from .settings_widgets import ok_cancel
from .table_widgets import fill_table, read_only_table
from .i18n import mark_service_sentences, tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import LegalAidView, ReferralView
    from .prompts import Prompts

log = logging.getLogger(__name__)
RED = "color: #b91c1c; font-weight: bold;"
ROWS = ((tr("办理"), ("send", "receive", "accept", "refuse", "assign", "close")),)


class ExplainDialog(QDialog):
    def __init__(self, services: "Services", case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.case_id = case_id
        self.setWindowTitle(tr("告知申请法律援助的权利"))
        self.on = date_edit(today(services))
        user = services.users.current()
        self.by = QLineEdit(f"承办人{user.display_name}当面告知" if user else "")  # stays Chinese: the record's wording
        self.rows = FieldRows()
        self.rows.add("on", tr("告知日期"), self.on, True)
        self.rows.add("by", tr("告知人及方式"), self.by, True)
        self.errors = error_box()
        self.buttons = ok_cancel(tr("记录"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(self.rows.form)
        lay.addWidget(self.errors)
        lay.addWidget(self.buttons)

    def save(self) -> None:
        self.rows.clear()
        self.errors.hide()
        try:
            self._services.legal_aid.explain(self.case_id, edit_date(self.on), self.by.text())
        except Exception as exc:  # noqa: BLE001 - explained under the fields or in the box
            show_failure(self, self.rows, self.errors, exc, f"explaining legal aid on case {self.case_id}")
            return
        self.accept()


class ReferDialog(QDialog):
    def __init__(self, services: "Services", view: "LegalAidView", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.case_id = view.case_id
        self.setWindowTitle(tr("转交法律援助申请"))
        self.who = QComboBox()
        if len(view.workers) > 1:
            self.who.addItem(tr("每名劳动者分别转交"), "each")
            if any(rep for _i, _n, rep in view.workers):
                self.who.addItem(tr("由代表人统一转交"), "representatives")
        for cw_id, name, _rep in view.workers:
            self.who.addItem(name, str(cw_id))
        self.centre = QComboBox()
        for centre_id, name in view.centres:
            label = name + (tr("（按用工所在地推荐）") if centre_id == view.proposed_centre_id else "")
            self.centre.addItem(label, centre_id)
        self.applied_on = date_edit(today(services))
        self.rows = FieldRows()
        self.rows.add("who", tr("申请人"), self.who, True)
        self.rows.add("centre_id", tr("法律援助机构"), self.centre, True)
        self.rows.add("applied_on", tr("申请日期"), self.applied_on, True)
        hint = QLabel(tr("农民工追索劳动报酬的，免予核查经济困难状况；有条件的应当日转交。"))
        hint.setObjectName("fieldCaption")
        self.errors = error_box()
        self.buttons = ok_cancel(tr("转交"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(self.rows.form)
        lay.addWidget(hint)
        lay.addWidget(self.errors)
        lay.addWidget(self.buttons)

    def save(self) -> None:
        from ..services.dto import ReferralInput

        self.rows.clear()
        self.errors.hide()
        try:
            self._services.legal_aid.refer(self.case_id, ReferralInput(
                who=self.who.currentData(), centre_id=self.centre.currentData(), applied_on=edit_date(self.applied_on)))
        except Exception as exc:  # noqa: BLE001
            show_failure(self, self.rows, self.errors, exc, f"referring case {self.case_id}")
            return
        self.accept()


class LegalAidPanel(QWidget):
    """``changed`` fires after a step: the case view reloads."""

    changed = Signal(int)

    def __init__(self, services: "Services", prompts: "Prompts", case_id: int, load: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._prompts = prompts
        self.case_id = case_id
        self.view: LegalAidView | None = None
        self.dialog = None
        self.stale = True
        self.explained = mark_service_sentences(QLabel())
        self.explain_button = QPushButton(tr("记录已告知…"))
        self.explain_button.clicked.connect(self.explain)
        self.eligibility = mark_service_sentences(QLabel())
        self.eligibility.setObjectName("fieldCaption")
        self.eligibility.setWordWrap(True)
        self.urgency = mark_service_sentences(QLabel())
        self.urgency.setWordWrap(True)
        self.refer_button = QPushButton(tr("转交法律援助申请…"))
        self.refer_button.clicked.connect(self.refer)
        self.table = read_only_table([tr("申请人"), tr("法律援助机构"), tr("状态"), tr("紧急"), tr("申请日期"), tr("转交日期"), tr("承办律师")],
                                     stretch=6)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.deadlines = QLabel()
        self.deadlines.setObjectName("fieldCaption")
        self.deadlines.setWordWrap(True)
        self.actions_box = ActionGrid(ROWS)
        self.actions_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        top = QHBoxLayout()
        top.addWidget(self.explained, 1)
        top.addWidget(self.explain_button)
        refer_row = QHBoxLayout()
        refer_row.addWidget(QLabel(tr("转交记录")), 1)
        refer_row.addWidget(self.refer_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 8, 4, 4)
        lay.addLayout(top)
        lay.addWidget(self.eligibility)
        lay.addWidget(self.urgency)
        lay.addLayout(refer_row)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.deadlines)
        lay.addWidget(self.actions_box)
        if load:
            self.reload()

    @property
    def action_buttons(self):
        return self.actions_box.buttons

    def reload(self) -> None:
        self.stale = False
        try:
            with in_screen_language():
                self.view = self._services.legal_aid.view(self.case_id)
        except Exception as exc:  # noqa: BLE001 - the rest of the case view stays usable
            log.exception("reading legal aid of case %s failed", self.case_id)
            self.view = None
            self.explained.setText(tr("法律援助情况暂时无法读取：") + "".join(error_lines(exc)))
            self.refer_button.setEnabled(False)
            return
        self.refer_button.setEnabled(True)
        v = self.view
        self.explained.setText(tr(v.explained_text))
        verdict = {True: tr("免予核查经济困难状况"), False: tr("需按规定审查经济困难状况"), None: tr("尚不能确定是否免予核查")}[v.exempt]
        self.eligibility.setText(tr("法律援助：{verdict}。{eligibility_text}").format(
            verdict=verdict, eligibility_text=v.eligibility_text))
        self.urgency.setText((tr("紧急：") if v.urgent else "") + v.urgency_text)
        self.urgency.setStyleSheet(RED if v.urgent else "")
        fill_table(self.table, [[r.applicants, r.centre_name, tr(r.status_label), tr("是") if r.urgent else "",
                                 r.applied_on.isoformat(), r.sent_on.isoformat() if r.sent_on else "", r.lawyer_text]
                                for r in v.referrals])
        if v.referrals:
            self.table.selectRow(len(v.referrals) - 1)
        self._show_selected()

    def selected(self) -> "ReferralView | None":
        if self.view is None or not self.view.referrals:
            return None
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        index = rows[0].row() if rows else len(self.view.referrals) - 1
        return self.view.referrals[index] if 0 <= index < len(self.view.referrals) else None

    def _show_selected(self) -> None:
        r = self.selected()
        self.actions_box.setVisible(r is not None)
        self.deadlines.setVisible(r is not None)
        if r is None:
            return
        self.deadlines.setText(tr("；").join(tr("{name}：{due_text}，{days_text}").format(
            name=d.name, due_text=d.due_text, days_text=d.days_text) for d in r.deadlines))
        self.actions_box.show_actions(r.actions, self.run_action)

    # ---- doing -------------------------------------------------------------------------------

    def explain(self):
        return self._open(ExplainDialog(self._services, self.case_id, parent=self))

    def refer(self):
        if self.view is None:
            return None
        return self._open(ReferDialog(self._services, self.view, parent=self))

    def run_action(self, key: str):
        r = self.selected()
        if r is None:
            return None
        action = next((a for a in r.actions if a.action == key), None)
        if action is None or not action.allowed:
            return None
        if action.inputs:
            from .action_dialog import ActionDialog

            return self._open(ActionDialog(self._services, self._prompts, r.id, action, parent=self,
                                           path="legal_aid"))
        if confirm_and_act(self, self._prompts, action, lambda: self._services.legal_aid.act(r.id, key, {})):
            self.changed.emit(self.case_id)
        return None

    def _open(self, dialog):
        dialog.accepted.connect(lambda: self.changed.emit(self.case_id))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog


__all__ = ["ExplainDialog", "LegalAidPanel", "ReferDialog"]
