"""The award editor (裁决): the items of the award, each with its 终局 verdict recomputed as the
amounts are typed (办案规则 Art. 50), then 保存 and 作出裁决 (split into …-1号 / …-2号 when mixed).
先行裁决 awards some items first: those rows lock, the rest stay editable for the final award.

The verdicts come from ``services.awards.preview`` (the same rules library the issue uses), so
what the clerk sees here is what the award will say. A refused save keeps every typed value and
marks the cells at fault."""
from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import RuleError, ValidationFailed
from ..services.awards import AWARD_PARTS, KIND_LABELS, next_numbers
from ..services.dto import AwardDraftView, AwardItemInput
from .dialog_parts import error_box
from .error_text import UNEXPECTED, error_lines, field_error_text
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import AwardView
    from .prompts import Prompts

log = logging.getLogger(__name__)

COLUMNS = (tr("劳动者"), tr("项目"), tr("类别"), tr("请求金额"), tr("裁决金额"), tr("驳回"), tr("是否终局"))
C_WORKER, C_LABEL, C_KIND, C_CLAIMED, C_AWARDED, C_REJECTED, C_FINAL = range(7)
_FIELD_COLUMN = {"case_worker_id": C_WORKER, "label": C_LABEL, "kind": C_KIND, "awarded": C_AWARDED,
                 "rejected": C_REJECTED}
_PATH = re.compile(r"award_items\[(\d+)\](?:\.(\w+))?")
AMBER = "color: #92400e; background: #fef3c7; border: 1px solid #f59e0b; border-radius: 3px; padding: 4px 8px;"
CAP_STYLE = "color: #1f2937; padding: 2px 0;"
FINAL_COLOURS = {True: "#166534", False: "#b45309", None: "#6b7280"}
BAD_CELL = QColor("#fdecea")
ISSUED_TEXT = QColor("#6b7280")
ID_ROLE = Qt.ItemDataRole.UserRole
NO_WORKER = tr("（不指定）")


def verdict_text(final: bool | None) -> str:
    return {True: tr("终局"), False: tr("非终局"), None: "—"}[final]


class _AmountDelegate(QStyledItemDelegate):
    """Tells the editor each keystroke of an amount, so the verdict follows the typing."""

    def __init__(self, editor: "AwardEditor") -> None:
        super().__init__(editor)
        self._owner = editor

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        edit = QLineEdit(parent)
        row = index.row()
        edit.textEdited.connect(lambda text: self._owner.amount_typed(row, text))
        return edit


class AwardEditor(QDialog):
    """``changes_made`` is True once something was saved or issued (the caller refreshes)."""

    def __init__(self, services: "Services", prompts: "Prompts", case_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._prompts = prompts
        self.case_id = case_id
        self.changes_made = False
        self.dialog = None  # the 先予执行 / 先行裁决 dialog last opened (tests drive it)
        self._loading = False
        self._workers: list[tuple[int | None, str]] = [(None, NO_WORKER)]
        self.draft: AwardDraftView | None = None
        self._number: str | None = None
        self.setWindowTitle(tr("裁决"))

        title = QLabel(tr("裁决事项"))
        title.setObjectName("pageTitle")
        self.cap_line = QLabel()
        self.cap_line.setObjectName("awardCap")
        self.cap_line.setStyleSheet(CAP_STYLE)
        self.cap_line.setWordWrap(True)
        self.basis_line = QLabel()
        self.basis_line.setObjectName("fieldCaption")
        self.basis_line.setWordWrap(True)
        self.mixed_line = QLabel()
        self.mixed_line.setObjectName("awardMixed")
        self.mixed_line.setStyleSheet(AMBER)
        self.mixed_line.setWordWrap(True)
        self.mixed_line.hide()
        self.issued_line = QLabel()
        self.issued_line.setObjectName("awardIssued")
        self.issued_line.setWordWrap(True)
        self.issued_line.hide()

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setItemDelegateForColumn(C_AWARDED, _AmountDelegate(self))
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(C_LABEL, QHeaderView.ResizeMode.Stretch)
        for col, width in ((C_WORKER, 110), (C_KIND, 140), (C_CLAIMED, 110), (C_AWARDED, 110),
                           (C_REJECTED, 50), (C_FINAL, 80)):
            self.table.setColumnWidth(col, width)
        self.table.itemChanged.connect(self._item_changed)

        self.totals = QLabel()
        self.totals.setObjectName("panelSummary")
        self.errors = error_box()

        self.add_button = QPushButton(tr("添加项目"))
        self.delete_button = QPushButton(tr("删除项目"))
        self.save_button = QPushButton(tr("保存"))
        self.issue_button = QPushButton(tr("作出裁决"))
        self.advance_button = QPushButton(tr("先予执行…"))
        self.advance_button.setToolTip(tr("劳动者申请先予执行的，就已保存的劳动报酬等事项先行裁决执行"))
        self.partial_button = QPushButton(tr("先行裁决…"))
        self.partial_button.setToolTip(tr("部分事实已经清楚的，就该部分事项先行裁决；其余事项审理终结时再裁决"))
        self.close_button = QPushButton(tr("关闭"))
        self.add_button.clicked.connect(self.add_row)
        self.delete_button.clicked.connect(self.delete_rows)
        self.save_button.clicked.connect(self.save)
        self.issue_button.clicked.connect(self.issue)
        self.advance_button.clicked.connect(self.advance)
        self.partial_button.clicked.connect(self.partial)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.advance_button)
        buttons.addWidget(self.partial_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.issue_button)
        buttons.addWidget(self.close_button)

        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(self.cap_line)
        lay.addWidget(self.basis_line)
        lay.addWidget(self.mixed_line)
        lay.addWidget(self.issued_line)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.totals)
        lay.addWidget(self.errors)
        lay.addLayout(buttons)
        self.resize(980, 560)
        self.reload()

    # ---- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            draft = self._services.awards.draft(self.case_id)
        except Exception as exc:  # noqa: BLE001 - shown in the box, the dialog stays usable
            self._show_error(exc)
            return
        self._fill(draft)

    def _fill(self, draft: AwardDraftView) -> None:
        self.draft = draft
        seen = dict(self._workers)
        for it in draft.items:
            if it.case_worker_id is not None and it.case_worker_id not in seen:
                seen[it.case_worker_id] = it.worker_name
        self._workers = list(seen.items())
        self._loading = True
        try:
            self.table.setRowCount(0)
            for it in draft.items:
                self._append(it.id, it.case_worker_id, tr(it.label), it.kind, it.claimed_text,
                             it.awarded_text, it.rejected)
        finally:
            self._loading = False
        self._show_verdicts(draft)
        made = [a for a in draft.issued if a.part in AWARD_PARTS]
        # the award that ends the hearing locks everything; a 先行裁决 only the rows it covers
        locked = any(not a.partial for a in made)
        if locked:
            self.issued_line.setText(tr("已作出裁决：") + tr("；").join(
                f"{tr(a.part_label)}{a.number}" for a in made) + tr("。裁决事项不能再修改。"))
        elif made:
            self.issued_line.setText(tr("已作出") + tr("；").join(f"{tr(a.part_label)}{a.number}" for a in made)
                                     + tr("。先行裁决的事项不能再修改，其余事项审理终结时作出裁决。"))
        self.issued_line.setVisible(bool(made))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if locked else
                                   QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        for r, it in enumerate(draft.items):
            self._lock_row(r, locked or bool(it.award_number), it.award_number)
        for button in (self.add_button, self.delete_button, self.save_button, self.issue_button,
                       self.advance_button, self.partial_button):
            button.setEnabled(not locked)

    def _lock_row(self, r: int, locked: bool, number: str) -> None:
        for col in (C_WORKER, C_KIND):
            self.table.cellWidget(r, col).setEnabled(not locked)
        check = self.table.item(r, C_REJECTED)
        check.setFlags(check.flags() & ~Qt.ItemFlag.ItemIsUserCheckable if locked
                       else check.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        if not number:
            return
        for col in (C_LABEL, C_AWARDED):
            cell = self.table.item(r, col)
            cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            cell.setForeground(QBrush(ISSUED_TEXT))
        self.table.item(r, C_LABEL).setToolTip(tr("已裁决（{number}），不能再修改").format(number=number))

    def _row_issued(self, r: int) -> bool:
        return not self.table.item(r, C_LABEL).flags() & Qt.ItemFlag.ItemIsEditable

    def _append(self, item_id: int, worker_id: int | None, label: str, kind: str, claimed: str,
                awarded: str, rejected: bool) -> int:
        r = self.table.rowCount()
        self.table.insertRow(r)
        workers = QComboBox()
        for wid, name in self._workers:
            workers.addItem(name, wid)
        workers.setCurrentIndex(max(workers.findData(worker_id), 0))
        workers.currentIndexChanged.connect(self._recompute)
        self.table.setCellWidget(r, C_WORKER, workers)
        kinds = QComboBox()
        for value, text in KIND_LABELS.items():
            kinds.addItem(text, value)
        kinds.setCurrentIndex(max(kinds.findData(kind), 0))
        kinds.currentIndexChanged.connect(self._recompute)
        self.table.setCellWidget(r, C_KIND, kinds)
        name = QTableWidgetItem(label)
        name.setData(ID_ROLE, item_id)
        self.table.setItem(r, C_LABEL, name)
        ro = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        for col, text in ((C_CLAIMED, claimed), (C_FINAL, "—")):
            cell = QTableWidgetItem(text)
            cell.setFlags(ro)
            self.table.setItem(r, col, cell)
        amount = QTableWidgetItem(awarded)
        amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(r, C_AWARDED, amount)
        self.table.item(r, C_CLAIMED).setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        check = QTableWidgetItem()
        check.setFlags(ro | Qt.ItemFlag.ItemIsUserCheckable)
        check.setCheckState(Qt.CheckState.Checked if rejected else Qt.CheckState.Unchecked)
        self.table.setItem(r, C_REJECTED, check)
        return r

    # ---- what is typed ---------------------------------------------------------------------

    def items(self, typed: dict[int, str] | None = None) -> list[AwardItemInput]:
        """The rows as typed; ``typed`` overrides the amount of a row still being edited."""
        out = []
        for r in range(self.table.rowCount()):
            item_id = self.table.item(r, C_LABEL).data(ID_ROLE) or None
            awarded = (typed or {}).get(r, self.table.item(r, C_AWARDED).text())
            out.append(AwardItemInput(
                id=item_id, label=self.table.item(r, C_LABEL).text(),
                kind=self.table.cellWidget(r, C_KIND).currentData(),
                awarded=awarded, case_worker_id=self.table.cellWidget(r, C_WORKER).currentData(),
                rejected=self.table.item(r, C_REJECTED).checkState() == Qt.CheckState.Checked))
        return out

    def amount_typed(self, row: int, text: str) -> None:
        self._recompute(typed={row: text})

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if not self._loading and item.column() in (C_AWARDED, C_REJECTED, C_LABEL):
            self._recompute()

    def _recompute(self, *_args, typed: dict[int, str] | None = None) -> None:
        if self._loading:
            return
        try:
            view = self._services.awards.preview(self.case_id, self.items(typed))
        except Exception:  # noqa: BLE001 - a preview must never interrupt the typing
            log.exception("award preview of case %s failed", self.case_id)
            return
        self._show_verdicts(view)

    def _show_verdicts(self, view: AwardDraftView) -> None:
        self._loading = True
        try:
            for r, it in enumerate(view.items[: self.table.rowCount()]):
                cell = self.table.item(r, C_FINAL)
                cell.setText(verdict_text(it.final))
                cell.setToolTip(it.final_reason)
                cell.setForeground(QBrush(QColor(FINAL_COLOURS[it.final])))
        finally:
            self._loading = False
        if view.minimum_wage_text:
            self.cap_line.setText(tr("单项裁决金额不超过{cap_text}元（{minimum_wage_text}×12个月）的为终局裁决").format(
                cap_text=view.cap_text, minimum_wage_text=view.minimum_wage_text))
        else:
            self.cap_line.setText(tr("无法确定终局裁决限额：") + (view.reasons[-1] if view.reasons else ""))
        self.basis_line.setText(view.reasons[0] if view.minimum_wage_text and view.reasons else "")
        if view.mixed:
            final_no, non_final_no = self._numbers(view, True)
            self.mixed_line.setText(tr("本裁决将分别制作终局裁决书（{final_no}）和非终局裁决书（{non_final_no}），并分别告知救济权利。").format(
                final_no=final_no, non_final_no=non_final_no))
        self.mixed_line.setVisible(view.mixed)
        self.totals.setText(tr("终局事项合计{final_total_text}元；非终局事项合计{non_final_total_text}元").format(
            final_total_text=view.final_total_text, non_final_total_text=view.non_final_total_text))

    def _numbers(self, view: AwardDraftView, mixed: bool) -> list[str]:
        earlier = sum(1 for a in view.issued if a.part in AWARD_PARTS)
        return next_numbers(self._case_number() or tr("…号"), earlier, mixed)

    def _case_number(self) -> str:
        if self._number is None:
            try:
                self._number = self._services.cases.detail(self.case_id).case_number
            except Exception:  # noqa: BLE001 - the line then shows the suffixes only
                return ""
        return self._number

    # ---- editing ---------------------------------------------------------------------------

    def add_row(self) -> None:
        self._loading = True
        try:
            r = self._append(0, None, "", "wages", "0.00", "", False)
        finally:
            self._loading = False
        self.table.setCurrentCell(r, C_LABEL)
        self._recompute()

    def delete_rows(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes() if not self._row_issued(i.row())},
                      reverse=True)
        for r in rows:
            self.table.removeRow(r)
        if rows:
            self._recompute()

    def save(self) -> bool:
        self._clear_errors()
        try:
            draft = self._services.awards.save(self.case_id, self.items())
        except Exception as exc:  # noqa: BLE001 - explained in the rows and the box
            self._show_error(exc)
            return False
        self.changes_made = True
        self._fill(draft)
        return True

    def issue(self) -> list["AwardView"]:
        if not self.save():
            return []
        assert self.draft is not None
        open_items = [i for i in self.draft.items if not i.award_number]
        numbers = self._numbers(self.draft, self.draft.mixed)
        if self.draft.mixed:
            what = tr("终局裁决书（{numbers}）和非终局裁决书（{numbers2}）").format(numbers=numbers[0], numbers2=numbers[1])
        else:
            final = all(i.final is not False for i in open_items if not i.rejected) and any(
                i.final for i in open_items)
            what = tr("{value}裁决书（{numbers}）").format(value=tr('终局') if final else tr('非终局'), numbers=numbers[0])
        if not self._prompts.question(self, tr("作出裁决"), tr("将按{len}项裁决事项作出{what}。作出后裁决事项不能再修改，确定吗？").format(
            len=len(open_items), what=what)):
            return []
        try:
            made = self._services.awards.issue(self.case_id)
        except RuleError as exc:
            self._show_error(exc)
            self.changes_made = True
            self.reload()  # the award may stand even when its document could not be issued
            return []
        except Exception as exc:  # noqa: BLE001
            self._show_error(exc)
            return []
        self.changes_made = True
        self.reload()
        self._prompts.info(self, tr("作出裁决"), tr("已作出") + tr("、").join(f"{tr(a.part_label)}{a.number}" for a in made) + tr("。"))
        return made

    def advance(self):
        """The 先予执行 dialog over the saved items (saving what was typed first)."""
        if not self.save():
            return None
        from .advance_dialog import AdvanceDialog

        assert self.draft is not None
        dialog = AdvanceDialog(self._services, self._prompts, self.case_id, list(self.draft.items), parent=self)
        dialog.accepted.connect(lambda: self._advanced(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def partial(self):
        """The 先行裁决 chooser over the saved, open items (saving what was typed first)."""
        if not self.save():
            return None
        from .partial_dialog import PartialDialog

        assert self.draft is not None
        dialog = PartialDialog(self._services, self._prompts, self.case_id, list(self.draft.items), parent=self)
        dialog.accepted.connect(lambda: self._partial_made(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _partial_made(self, dialog) -> None:
        self.changes_made = True
        self.reload()
        if dialog.warning:
            self.errors.setText(dialog.warning)
            self.errors.show()
            return
        self._prompts.info(self, tr("先行裁决"), tr("已作出") + tr("、").join(f"{tr(a.part_label)}{a.number}" for a in dialog.made)
                           + tr("，裁决书已制作，可在“文书”页签打印和登记送达。"))

    def _advanced(self, dialog) -> None:
        self.changes_made = True
        self.reload()
        if dialog.made is not None:
            self._prompts.info(self, tr("先予执行"), tr("已作出先予执行裁决（{number}），先予执行裁决书已制作，可在“文书”页签打印和登记送达。").format(
                number=dialog.made.number))

    # ---- errors ----------------------------------------------------------------------------

    def _clear_errors(self) -> None:
        self.errors.clear()
        self.errors.hide()
        for r in range(self.table.rowCount()):
            for col in (C_LABEL, C_AWARDED, C_REJECTED, C_CLAIMED):
                cell = self.table.item(r, col)
                cell.setBackground(QBrush())
                if col != C_CLAIMED:
                    cell.setToolTip("")

    def _show_error(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationFailed):
            lines = []
            for err in exc.errors:
                lines.append(field_error_text(err))
                self._mark(err.field, field_error_text(err))
        elif isinstance(exc, RuleError):
            lines = error_lines(exc)
        else:
            log.exception("award editor of case %s", self.case_id)
            lines = [UNEXPECTED]
        self.errors.setText("\n".join(lines))
        self.errors.show()

    def _mark(self, path: str, text: str) -> None:
        m = _PATH.fullmatch(path)
        if not m or int(m.group(1)) >= self.table.rowCount():
            return
        row = int(m.group(1))
        col = _FIELD_COLUMN.get(m.group(2) or "label", C_LABEL)
        cell = self.table.item(row, col)
        if cell is None:  # a combo: the claimed amount next to it carries the mark
            cell = self.table.item(row, C_CLAIMED)
        cell.setBackground(QBrush(BAD_CELL))
        cell.setToolTip(text)
