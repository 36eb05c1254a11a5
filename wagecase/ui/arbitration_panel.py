"""办理 of an arbitration case: where it stands (step bar, procedure, green channel, the 审理期限),
what may be done next (buttons from the path's table, disabled with the reason), the tribunal
and the hearings. Booking a hearing opens the schedule dialog, the award the award editor;
every other step opens the action dialog or asks for confirmation."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from .path_widgets import PathPanel
from .table_widgets import fill_table, read_only_table
from .i18n import mark_service_sentences, tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import ActionView, ArbitrationView
    from .prompts import Prompts


SCHEDULE, POSTPONE, AWARD = "schedule_hearing", "postpone_hearing", "award"
ACTION_ROWS = (
    (tr("受理"), ("accept", "reject", "refer_jurisdiction", "request_supplement", "receive_supplement")),
    (tr("送达与答辩"), ("serve_application", "shorten_answer", "receive_defence", "serve_defence_copy")),
    (tr("异议与回避"), ("counterclaim", "jurisdiction_objection", "request_recusal", "decide_recusal")),
    (tr("程序与组庭"), ("choose_simple", "convert_to_general", "form_tribunal", "extend_time_limit")),
    (tr("开庭"), ("schedule_hearing", "postpone_hearing", "hold_hearing", "suspend", "resume")),
    (tr("调解与裁决"), ("mediate", "mediation_signed", "mediation_declined", "award")),
    (tr("结案"), ("withdraw", "close")),
)
GREEN = "color: #166534; background: #dcfce7; border: 1px solid #22c55e; border-radius: 3px; padding: 2px 8px;"
SIMPLE = "color: #0b4a9e; background: #e1e9f5; border-radius: 3px; padding: 2px 8px;"


class ArbitrationPanel(PathPanel):
    path = "arbitration"

    def __init__(self, services: "Services", prompts: "Prompts", case_id: int, load: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, prompts, case_id, ACTION_ROWS, frozenset({SCHEDULE, POSTPONE, AWARD}), parent)
        self.view: ArbitrationView | None = None
        self.procedure_label = QLabel()
        self.procedure_label.setStyleSheet(SIMPLE)
        self.green_label = QLabel(tr("绿色通道"))
        self.green_label.setObjectName("greenChannel")
        self.green_label.setStyleSheet(GREEN)
        self.green_label.hide()
        self.limit_line = mark_service_sentences(QLabel())
        self.limit_line.setObjectName("caseAmount")
        self.summary_line = mark_service_sentences(QLabel())
        self.summary_line.setObjectName("fieldCaption")
        self.summary_line.setWordWrap(False)
        self.tribunal_table = read_only_table([tr("职务"), tr("姓名")], stretch=1)
        self.hearings_table = read_only_table([tr("开庭时间"), tr("仲裁庭室"), tr("仲裁员"), tr("状态")], stretch=2)
        self.retention_line = QLabel()
        self.retention_line.setObjectName("fieldCaption")
        self.retention_line.hide()

        top = QHBoxLayout()
        top.addWidget(self.step_bar)
        top.addStretch(1)
        top.addWidget(self.green_label)
        top.addWidget(self.procedure_label)
        top.addWidget(self.status_label)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(_captioned(tr("仲裁庭组成"), self.tribunal_table))
        split.addWidget(_captioned(tr("开庭安排"), self.hearings_table))
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 8, 4, 4)
        lay.addLayout(top)
        lay.addWidget(self.approvals_line)
        lay.addWidget(self.limit_line)
        lay.addWidget(self.summary_line)
        lay.addWidget(self.load_error)
        lay.addWidget(self.actions_box)
        lay.addWidget(self.actions_hint)
        lay.addWidget(split, 1)
        lay.addWidget(self.retention_line)
        if load:
            self.reload()

    # ---- loading -----------------------------------------------------------------------------

    def _show(self, v: "ArbitrationView") -> None:
        self.procedure_label.setText(tr(v.procedure_label))
        self.green_label.setVisible(v.green_channel)
        self.green_label.setToolTip(v.green_reason)
        self.limit_line.setText(v.limit_text)
        self.limit_line.setVisible(bool(v.limit_text))
        verdict = {True: tr("符合"), False: tr("不符合"), None: tr("待确认")}[v.summary_ok]
        # one line; the whole reasoning on hover and in 法律要件
        self.summary_line.setText(tr("简易处理条件：{verdict}（鼠标停在此处可查看理由，详见“法律要件”）").format(verdict=verdict)
                                  if v.summary_text else "")
        self.summary_line.setToolTip(v.summary_text.replace("；", "；\n"))
        self.summary_line.setVisible(bool(v.summary_text) and v.procedure != "simple" and v.status not in
                                     ("closed", "rejected", "withdrawn"))
        fill_table(self.tribunal_table, [[tr(t.role_label), t.name] for t in v.tribunal])
        fill_table(self.hearings_table, [[h.time_text, h.room_name, tr("、").join(h.arbitrators), tr(h.status_label)]
                                         for h in v.hearings])
        self.retention_line.setText(v.retention_text)
        self.retention_line.setVisible(bool(v.retention_text))

    # ---- doing -------------------------------------------------------------------------------

    def _own_window(self, key: str, action: "ActionView"):
        if key in (SCHEDULE, POSTPONE):
            from .schedule_dialog import ScheduleDialog

            return self._open(ScheduleDialog(self._services, self._prompts, self.case_id,
                                             postpone=key == POSTPONE, parent=self), emit_on_accept=True)
        if key == AWARD:
            from .award_editor import AwardEditor

            editor = AwardEditor(self._services, self._prompts, self.case_id, parent=self)
            editor.finished.connect(lambda _r: self.changed.emit(self.case_id))
            return self._open(editor)
        return None


def _captioned(caption: str, table) -> QWidget:
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    label = QLabel(caption)
    label.setObjectName("fieldCaption")
    lay.addWidget(label)
    lay.addWidget(table, 1)
    return box
