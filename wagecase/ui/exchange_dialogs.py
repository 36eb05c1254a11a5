"""Case packages between offices (跨区域协作) from the GUI: 导出案件包… on a case, 文件 → 导入案件包….

Both run the service off the GUI thread behind a progress dialog (a case with many scans is
tens of megabytes). Import is two steps, as on the command line: the package is checked and
previewed (what is created, what is linked to local records, what differs), and only 导入 in
the preview writes anything, and only the very package that was previewed.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QGridLayout, QLabel, QListWidget, QVBoxLayout, QWidget,
)

from ..domain.errors import RuleError
from ..domain.permissions import Permission, may
from .error_text import error_lines
from .settings_widgets import error_label
from .table_widgets import fill_table, read_only_table
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.exchange_dto import Exported, ImportPreview, Imported
    from .prompts import Prompts
    from .workers import Operation

log = logging.getLogger(__name__)

EXPORT_TITLE = tr("导出案件包")
IMPORT_TITLE = tr("导入案件包")
PACKAGE_FILTER = tr("案件包 (*.wagecase)")
FOLDER_KEY = "exchange/folder"
FAILED = tr("操作未能完成，没有导入或导出任何内容。详细信息已写入日志，请稍后重试或联系系统管理员。")
AMBER = "QLabel { background: #fef3c7; color: #92400e; padding: 6px 8px; border-radius: 3px; }"


def may_exchange(services: "Services") -> bool:
    """Exporting and importing both need REGISTER_CASE (and every role holding it sees numbers
    whole, which a package carries): the button is only offered to those roles."""
    try:
        me = services.users.current()
    except Exception:  # noqa: BLE001 - without a user nothing is offered
        return False
    return me is not None and may(me.role, Permission.REGISTER_CASE) and may(me.role, Permission.VIEW_PERSONAL)


def _failure_text(exc: BaseException) -> str:
    return "\n".join(error_lines(exc)) if isinstance(exc, RuleError) else FAILED


def _folder() -> str:
    from .app import app_settings

    return str(app_settings().value(FOLDER_KEY, "") or "")


def _remember(path: Path) -> None:
    from .app import app_settings

    app_settings().setValue(FOLDER_KEY, str(path.parent))


def exported_text(done: "Exported") -> str:
    size = done.size / 1024 / 1024
    return (tr("已导出案件包：\n{path}\n\n{case_number}，证据材料 {attachments} 件，文书 {documents} 份，{size:.1f} MB。\n\n签名密钥指纹：{fingerprint}\n接收机关导入前须信任本机公钥（设置 → 案件交换 → 导出本机公钥…），请电话告知对方核对指纹。本次导出已记入操作日志。").format(
        path=done.path, case_number=done.case_number, attachments=done.attachments, documents=done.documents, size=size,
        fingerprint=done.fingerprint))


def export_case(parent: QWidget, services: "Services", prompts: "Prompts", case_id: int, case_number: str,
                on_end: Callable[["Exported | None"], None] | None = None) -> "Operation | None":
    """Asks where, writes the signed package off the GUI thread, says where it went (None: cancelled)."""
    from .workers import run_with_progress

    folder = _folder()
    suggested = "".join(c for c in case_number if c not in '\\/:*?"<>|') or tr("案件")
    start = str(Path(folder) / suggested) if folder else suggested
    chosen = prompts.save_file(parent, EXPORT_TITLE, PACKAGE_FILTER, start + ".wagecase")
    if not chosen:
        return None

    def done(result: "Exported") -> None:
        _remember(result.path)
        if on_end is not None:
            on_end(result)
        prompts.info(parent, EXPORT_TITLE, exported_text(result))

    def failed(exc: BaseException) -> None:
        if on_end is not None:
            on_end(None)
        prompts.error(parent, EXPORT_TITLE, _failure_text(exc))

    return run_with_progress(parent, EXPORT_TITLE, tr("正在导出案件包"),
                             lambda report: services.exchange.export_case(case_id, chosen, report),
                             on_success=done, on_failure=failed)


class ImportPreviewDialog(QDialog):
    """What the package holds and what importing it does; 导入 writes it (``imported`` then set)."""

    def __init__(self, services: "Services", prompts: "Prompts", preview: "ImportPreview",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts
        self.preview = preview
        self.imported: "Imported | None" = None
        self.setWindowTitle(IMPORT_TITLE)
        self.setMinimumSize(760, 560)
        p = preview
        signed = QLabel(tr("✔ 签名有效，全部文件与签名一致。签名机关：{signer_office}（指纹 {signer_fingerprint}）").format(
            signer_office=p.signer_office, signer_fingerprint=p.signer_fingerprint))
        signed.setObjectName("signatureOk")
        signed.setStyleSheet("color: #166534;")
        signed.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        rows = ((tr("来自"), p.origin_office), (tr("导出"), tr("{exported_at:%Y年%m月%d日 %H:%M}，{value}").format(
            exported_at=p.exported_at, value=p.exported_by or '—')),
                (tr("原案号"), tr("{case_number}（{case_type_label}，{status_label}）").format(
                    case_number=p.case_number, case_type_label=tr(p.case_type_label), status_label=tr(p.status_label))),
                (tr("劳动者"), tr("{worker_count} 人，金额合计 {claimed_text} 元").format(
                    worker_count=p.worker_count, claimed_text=p.claimed_text)),
                (tr("材料"), tr("证据材料 {attachments} 件，文书 {documents} 份，办理记录 {events} 条，支付记录 {payments} 条").format(
                    attachments=p.attachments, documents=p.documents, events=p.events, payments=p.payments)))
        for i, (caption, value) in enumerate(rows):
            cap = QLabel(caption + tr("："))
            cap.setObjectName("fieldCaption")
            grid.addWidget(cap, i, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(text, i, 1)
        grid.setColumnStretch(1, 1)
        self.plan = read_only_table([tr("事项"), tr("名称"), tr("导入时")], stretch=2)
        self.plan.setObjectName("importPlan")
        fill_table(self.plan, [[line.what, line.name, line.action] for line in p.lines])
        self.conflicts = QListWidget()
        self.conflicts.setObjectName("importConflicts")
        self.conflicts.addItems(list(p.conflicts))
        self.conflicts.setWordWrap(True)
        conflict_note = QLabel(tr("与本机记录不同之处（{len} 处）：以本机记录为准，导入的内容不覆盖本机记录，请导入后核实。").format(len=len(p.conflicts)))
        conflict_note.setStyleSheet(AMBER)
        conflict_note.setWordWrap(True)
        notes = QLabel("\n".join(tr("提示：{n}").format(n=n) for n in p.notes))
        notes.setObjectName("importNotes")
        notes.setWordWrap(True)
        notes.setVisible(bool(p.notes))
        self.error = error_label("importError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(tr("导入"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("取消"))
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(signed)
        lay.addLayout(grid)
        lay.addWidget(QLabel(tr("导入后将以本机关的新案号登记，法定期限按本机关的期限设置和节假日重新计算：")))
        lay.addWidget(self.plan, 2)
        if p.conflicts:
            lay.addWidget(conflict_note)
            lay.addWidget(self.conflicts, 1)
        lay.addWidget(notes)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)

    def do_import(self) -> "Operation":
        """Writes the package off the GUI thread (every file is checked again against the
        signature first); a refusal leaves the dialog open with the reason, nothing written."""
        from .workers import run_with_progress

        self.error.hide()
        self.import_button.setEnabled(False)

        def done(result: "Imported") -> None:
            self.imported = result
            self.accept()

        def failed(exc: BaseException) -> None:
            self.import_button.setEnabled(True)
            self.error.setText(_failure_text(exc))
            self.error.show()

        preview = self.preview
        self.operation = run_with_progress(
            self, IMPORT_TITLE, tr("正在导入案件包"),
            lambda report: self.services.exchange.import_package(preview.path, preview.package_id, report),
            on_success=done, on_failure=failed)
        return self.operation


def import_case(parent: QWidget, services: "Services", prompts: "Prompts",
                on_preview: Callable[[ImportPreviewDialog], None]) -> "Operation | None":
    """Asks for a package, checks and previews it off the GUI thread, then hands the preview
    dialog (not yet shown) to ``on_preview``. None: cancelled."""
    from .workers import run_with_progress

    chosen = prompts.open_file(parent, IMPORT_TITLE, PACKAGE_FILTER, _folder())
    if not chosen:
        return None

    def done(preview: "ImportPreview") -> None:
        _remember(Path(chosen))
        on_preview(ImportPreviewDialog(services, prompts, preview, parent))

    def failed(exc: BaseException) -> None:
        prompts.error(parent, IMPORT_TITLE, _failure_text(exc))

    return run_with_progress(parent, IMPORT_TITLE, tr("正在核验案件包"),
                             lambda report: services.exchange.preview_import(chosen, report),
                             on_success=done, on_failure=failed)
