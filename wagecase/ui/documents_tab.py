"""文书 of one case: the forms that can be issued now, and the documents already issued with
their service records; preview, 签发, open, print, save, 登记送达 and 作废 from here.

Every write goes through DocumentService; afterwards the tab reloads and ``changed`` fires so
the case view refreshes its timeline and deadlines (a service date may start a period).
"""
from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..domain.errors import RuleError, ValidationFailed
from .error_text import error_lines
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import FormChoice, IssuedDocumentView
    from .prompts import Prompts

log = logging.getLogger(__name__)

HEADERS = [tr("文书"), tr("文号/案号"), tr("受送达人/对象"), tr("签发时间"), tr("签发人"), tr("状态"), tr("送达情况")]
SAVE_FILTER = tr("PDF 文件 (*.pdf);;Word 文档 (*.docx)")
LOAD_FAILED = tr("无法读取本案的文书，详细信息已写入日志。请稍后重试，或联系系统管理员。")
FAILED = tr("操作未能完成，详细信息已写入日志。请稍后重试，或联系系统管理员。")
VOIDED = "voided"
GREY = QColor("#9ca3af")
_UNSAFE = re.compile(r'[\\/:*?"<>|\r\n\t]+')


def safe_filename(name: str) -> str:
    """A file name Windows accepts (文号 carry 〔〕, which are fine; slashes are not)."""
    cleaned = _UNSAFE.sub("_", name).strip(" .")
    return cleaned or tr("文书")


def service_text(doc: "IssuedDocumentView") -> str:
    if not doc.services:
        return "—" if doc.status == VOIDED else tr("未送达")
    return tr("；").join(f"{s.served_on.isoformat()} {tr(s.method_label)}" + (tr("（{recipient}）").format(
        recipient=s.recipient) if s.recipient else "")
                     for s in doc.services)


def write_temp(folder: Path, filename: str, data: bytes) -> Path:
    """Into the data folder's tmp/; a copy still open in Word (locked on Windows) gets a new name."""
    folder.mkdir(parents=True, exist_ok=True)
    name = safe_filename(filename)
    stem, suffix = Path(name).stem, Path(name).suffix
    for n in range(1, 100):
        path = folder / (name if n == 1 else tr("{stem}（{n}）{suffix}").format(stem=stem, n=n, suffix=suffix))
        try:
            path.write_bytes(data)
            return path
        except PermissionError:
            continue
    raise PermissionError(folder)


class DocumentsTab(QWidget):
    changed = Signal()  # a document was issued, served or voided

    def __init__(self, services: "Services", prompts: "Prompts", case_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._prompts = prompts
        self.case_id = case_id
        self.forms: list[FormChoice] = []
        self.docs: list[IssuedDocumentView] = []
        self.stale = True
        self.dialog = None  # the issue/service dialog or preview that is open, for tests
        self.batch = None
        # QDesktopServices.openUrl by default; tests put a recorder here instead of a viewer
        self.open_url = QDesktopServices.openUrl

        self.form_combo = QComboBox()
        self.form_combo.setMinimumWidth(280)
        self.form_combo.setMaxVisibleItems(20)
        self.preview_button = QPushButton(tr("预览…"))
        self.preview_button.setToolTip(tr("按当前案件信息生成草稿（文号显示为“草稿”），不编号，不存档"))
        self.issue_button = QPushButton(tr("签发…"))
        self.issue_button.setToolTip(tr("编号、存档，并记入办理记录"))
        self.preview_button.clicked.connect(self.preview_form)
        self.issue_button.clicked.connect(self.issue_form)
        self.no_forms = QLabel(tr("本案当前阶段没有可生成的文书"))
        self.no_forms.setObjectName("fieldCaption")
        self.no_forms.hide()

        top = QHBoxLayout()
        caption = QLabel(tr("生成文书："))
        top.addWidget(caption)
        top.addWidget(self.form_combo)
        top.addWidget(self.preview_button)
        top.addWidget(self.issue_button)
        top.addWidget(self.no_forms)
        top.addStretch(1)

        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        hh = self.table.horizontalHeader()
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        hh.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.print_selected())

        self.empty = QLabel(tr("本案尚未签发文书。请在上方选择文书，先“预览”核对，再“签发”。"))
        self.empty.setObjectName("emptyNote")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.load_error = QLabel()
        self.load_error.setObjectName("loadError")
        self.load_error.setStyleSheet("color: #b91c1c;")
        self.load_error.setWordWrap(True)
        self.load_error.hide()

        self.open_pdf_button = QPushButton(tr("打开PDF"))
        self.open_docx_button = QPushButton(tr("打开Word"))
        self.open_docx_button.setToolTip(tr("在 Word 中打开，可在打印前修改（修改不会存回系统）"))
        self.print_button = QPushButton(tr("打印…"))
        self.print_button.setToolTip(tr("打印选中的文书（Ctrl+P）；选中多份时批量打印"))
        self.copy_button = QPushButton(tr("打印副本…"))
        self.copy_button.setToolTip(tr("再次打印已签发的文书，内容不变，标注“副本”并计数"))
        self.save_button = QPushButton(tr("另存为…"))
        self.serve_button = QPushButton(tr("登记送达…"))
        self.void_button = QPushButton(tr("作废…"))
        self.open_pdf_button.clicked.connect(lambda: self.open_file("pdf"))
        self.open_docx_button.clicked.connect(lambda: self.open_file("docx"))
        self.print_button.clicked.connect(self.print_selected)
        self.copy_button.clicked.connect(lambda: self.print_selected(copy=True))
        self.save_button.clicked.connect(self.save_as)
        self.serve_button.clicked.connect(self.record_service)
        self.void_button.clicked.connect(self.void)
        # Ctrl+P anywhere in the tab prints what 打印… would (nothing while it is disabled)
        self.print_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        self.print_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_shortcut.activated.connect(self.print_button.click)
        self.actions = QWidget()
        actions = QHBoxLayout(self.actions)
        actions.setContentsMargins(0, 0, 0, 0)
        for b in (self.open_pdf_button, self.open_docx_button, self.print_button, self.copy_button,
                  self.save_button):
            actions.addWidget(b)
        actions.addSpacing(16)
        actions.addWidget(self.serve_button)
        actions.addStretch(1)
        actions.addWidget(self.void_button)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.load_error)
        lay.addWidget(self.actions)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty, 1)
        self._update_buttons()

    # ---- loading -----------------------------------------------------------------------------

    def reload(self) -> bool:
        self.stale = False
        try:
            forms = list(self._services.documents.forms_for_case(self.case_id))
            docs = list(self._services.documents.documents(self.case_id))
        except Exception as exc:  # noqa: BLE001 - the rest of the case view keeps working
            log.exception("reading documents of case %s failed", self.case_id)
            self.load_error.setText("".join(error_lines(exc)) if isinstance(exc, RuleError) else LOAD_FAILED)
            self.load_error.show()
            self._update_buttons()
            return False
        self.load_error.hide()
        self._fill_forms(forms)
        self._fill_docs(docs)
        return True

    def _fill_forms(self, forms: "list[FormChoice]") -> None:
        current = self.form_combo.currentData()
        self.forms = forms
        self.form_combo.clear()
        for f in forms:
            self.form_combo.addItem(tr(f.title), f.form_id)
        if current is not None and self.form_combo.findData(current) >= 0:
            self.form_combo.setCurrentIndex(self.form_combo.findData(current))
        has = bool(forms)
        self.form_combo.setVisible(has)
        self.preview_button.setVisible(has)
        self.issue_button.setVisible(has)
        self.no_forms.setVisible(not has)

    def _fill_docs(self, docs: "list[IssuedDocumentView]") -> None:
        keep = {d.id for d in self.selected_documents()}
        self.docs = docs
        self.table.setRowCount(len(docs))
        for r, d in enumerate(docs):
            values = [tr(d.title), d.number, d.recipient or tr("本案"), d.issued_at.strftime("%Y-%m-%d %H:%M"),
                      d.issued_by, tr(d.status_label), service_text(d)]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if d.status == VOIDED:
                    item.setForeground(QBrush(GREY))
                    item.setToolTip(tr("已作废：{void_reason}").format(
                        void_reason=d.void_reason) if d.void_reason else tr("已作废"))
                elif c == 6:
                    item.setToolTip(value)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        for c in range(self.table.columnCount() - 1):
            self.table.setColumnWidth(c, min(max(self.table.columnWidth(c) + 16, 70), 360))
        self.table.horizontalHeader().setSectionResizeMode(len(HEADERS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(bool(docs))
        self.actions.setVisible(bool(docs))
        self.empty.setVisible(not docs)
        self.select_ids(keep)
        self._update_buttons()

    def select_ids(self, ids) -> None:
        ids = set(ids)
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for r, d in enumerate(self.docs):
            if d.id in ids:
                self.table.selectRow(r)
        self.table.setSelectionMode(mode)

    # ---- selection ---------------------------------------------------------------------------

    def current_form(self) -> "FormChoice | None":
        form_id = self.form_combo.currentData()
        return next((f for f in self.forms if f.form_id == form_id), None)

    def select_form(self, form_id: str) -> None:
        self.form_combo.setCurrentIndex(self.form_combo.findData(form_id))

    def selected_documents(self) -> "list[IssuedDocumentView]":
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.docs[r] for r in rows if r < len(self.docs)]

    def current_document(self) -> "IssuedDocumentView | None":
        docs = self.selected_documents()
        return docs[0] if len(docs) == 1 else None

    def _update_buttons(self) -> None:
        docs = self.selected_documents()
        one = docs[0] if len(docs) == 1 else None
        live = [d for d in docs if d.status != VOIDED]
        self.open_pdf_button.setEnabled(one is not None)
        self.open_docx_button.setEnabled(one is not None)
        self.save_button.setEnabled(one is not None)
        # a voided document is kept for the record, never printed or served again
        self.print_button.setEnabled(bool(docs) and len(live) == len(docs))
        self.print_button.setText(tr("打印（{len} 份）…").format(len=len(docs)) if len(docs) > 1 else tr("打印…"))
        self.copy_button.setEnabled(one is not None and one.status != VOIDED)
        self.serve_button.setEnabled(one is not None and one.status != VOIDED)
        self.void_button.setEnabled(one is not None and one.status != VOIDED)
        why = tr("已作废的文书不能再打印、送达或作废") if len(live) < len(docs) else ""
        self.print_button.setToolTip(why or tr("打印选中的文书（Ctrl+P）；选中多份时批量打印"))
        self.copy_button.setToolTip(why or tr("再次打印已签发的文书，内容不变，标注“副本”并计数"))
        self.serve_button.setToolTip(why or tr("登记送达方式、受送达人、送达日期和送达凭证"))
        self.void_button.setToolTip(why or tr("文书有误时作废，文号保留作废记录，不再使用"))

    # ---- forms -------------------------------------------------------------------------------

    def preview_form(self):
        form = self.current_form()
        if form is None:
            return None
        try:
            rendered = self._services.documents.preview(self.case_id, form.form_id, "pdf", {})
        except Exception as exc:  # noqa: BLE001 - explained, logged when unexpected
            self._explain(exc, tr("预览"), f"preview of {form.form_id}")
            return None
        if rendered.warnings:
            self._prompts.warning(self, tr("预览"), "\n".join(rendered.warnings))
        def printed(copies: int, pages: int) -> None:
            self._record(tr("打印草稿"), lambda: self._services.documents.record_draft_print(
                self.case_id, form.form_id, copies, pages))

        return self._show_print_preview(rendered.data, tr("预览（草稿）— {title}").format(title=tr(form.title)), printed)

    def issue_form(self):
        form = self.current_form()
        if form is None:
            return None
        from .issue_dialog import IssueDialog

        dialog = IssueDialog(self._services, self._prompts, self.case_id, form, parent=self)
        for key, value in self._prefill(form).items():
            dialog.set_value(key, value)
        dialog.accepted.connect(lambda: self._issued(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _prefill(self, form) -> dict[str, str]:
        """A 送达回证 is made for a document: the one selected in the list, if any."""
        keys = {c.key for c in form.inputs}
        values: dict[str, str] = {}
        if "due_date" in keys:  # the 支付期限 recorded with the order (办理 → 下达限期改正指令书)
            orders = [e for e in self._services.deadlines.events(self.case_id)
                      if e.payload.get("due_date")]
            if orders:
                values["due_date"] = orders[-1].payload["due_date"]
        selected = [d for d in self.selected_documents() if d.status != "voided"]
        if not selected or not {"served_title", "served_number"} <= keys:
            return values
        doc = selected[0]
        values.update({"served_title": tr(doc.title), "served_number": doc.number})
        if "served_to" in keys and doc.recipient:
            values["served_to"] = doc.recipient
        return values

    def _issued(self, dialog) -> None:
        self.reload()
        # the whole batch of a per-worker form is selected: 打印 prints all of it at once
        self.select_ids(d.id for d in dialog.issued)
        self._update_buttons()
        self.changed.emit()

    # ---- documents ---------------------------------------------------------------------------

    def _file(self, doc: "IssuedDocumentView", fmt: str, what: str):
        try:
            return self._services.documents.file(doc.id, fmt)
        except Exception as exc:  # noqa: BLE001 - explained, logged when unexpected
            self._explain(exc, what, f"reading document {doc.id} as {fmt}")
            return None

    def open_file(self, fmt: str) -> Path | None:
        doc = self.current_document()
        if doc is None:
            return None
        what = tr("打开Word") if fmt == "docx" else tr("打开PDF")
        rendered = self._file(doc, fmt, what)
        if rendered is None:
            return None
        try:
            path = write_temp(self._services.ctx.data_dir / "tmp", rendered.filename, rendered.data)
        except OSError:
            log.exception("writing %s to the temp folder failed", rendered.filename)
            self._prompts.error(self, what, tr("无法在数据文件夹中写入临时文件，请检查磁盘空间和文件夹权限。"))
            return None
        self._record(what, lambda: self._services.documents.record_saved(doc.id, fmt, rendered.filename,
                                                                          opened=True))
        if not self.open_url(QUrl.fromLocalFile(str(path))):
            self._prompts.error(self, what, tr("系统没有能打开该文件的程序。文件已保存在：{path}").format(path=path))
        return path

    def save_as(self) -> Path | None:
        doc = self.current_document()
        if doc is None:
            return None
        from .app import app_settings

        settings = app_settings()
        folder = str(settings.value("documents/last_folder", "") or "")
        suggested = safe_filename(f"{doc.number}-{tr(doc.title)}" if doc.number else tr(doc.title)) + ".pdf"
        start = str(Path(folder) / suggested) if folder else suggested
        chosen = self._prompts.save_file(self, tr("文书另存为"), SAVE_FILTER, start)
        if not chosen:
            return None
        path = Path(chosen)
        fmt = "docx" if path.suffix.lower() == ".docx" else "pdf"
        if path.suffix.lower() not in (".pdf", ".docx"):
            path = path.with_suffix(".pdf")
        rendered = self._file(doc, fmt, tr("另存为"))
        if rendered is None:
            return None
        try:
            path.write_bytes(rendered.data)
        except OSError:
            log.exception("saving %s failed", path)
            self._prompts.error(self, tr("另存为"), tr("无法写入文件“{path}”，请检查文件是否正被其他程序打开，或换一个位置保存。").format(path=path))
            return None
        settings.setValue("documents/last_folder", str(path.parent))
        self._record(tr("另存为"), lambda: self._services.documents.record_saved(doc.id, fmt, path.name))
        return path

    def print_selected(self, copy: bool = False):
        """The document as issued (打印…) or a re-print marked 副本 (打印副本…); several
        selected documents print as a batch."""
        docs = self.selected_documents()
        if not docs or any(d.status == VOIDED for d in docs):
            return None
        if len(docs) == 1:
            what = tr("打印副本") if copy else tr("打印")
            try:
                rendered = self._services.documents.file(docs[0].id, "pdf", copy=copy)
            except Exception as exc:  # noqa: BLE001 - explained, logged when unexpected
                self._explain(exc, what, f"reading document {docs[0].id} for printing")
                return None
            if rendered.warnings:
                self._prompts.warning(self, what, "\n".join(rendered.warnings))
            doc = docs[0]

            def printed(copies: int, pages: int) -> None:
                self._record(what, lambda: self._services.documents.record_print(doc.id, copies, pages, copy=copy))

            return self._show_print_preview(rendered.data, tr("{what} — {title}　{number}").format(
                what=what, title=tr(doc.title), number=doc.number), printed)
        return self.print_batch(docs, copy=copy)

    def print_batch(self, docs: "list[IssuedDocumentView]", copy: bool = False):
        """Collective cases: one notice per worker, printed off the GUI thread with 取消."""
        printer = self._prompts.printer(self, tr("批量打印 {len} 份文书").format(len=len(docs)))
        if printer is None:
            return None
        from .pdf_preview import BatchPrint

        ids = [d.id for d in docs]
        documents = self._services.documents

        def fetch(i: int) -> bytes:  # worker thread: reads the stored file, no widget
            return documents.file(ids[i], "pdf", copy=copy).data

        def finished(pages: int, cancelled: bool, error: BaseException | None) -> None:
            batch, self.batch = self.batch, None
            if batch is not None and not batch.out.failed:  # the documents the printer got whole
                copies, done = max(printer.copyCount(), 1), list(zip(ids, batch.document_pages))
                self._record(tr("批量打印"), lambda: [documents.record_print(d, copies, n, copy=copy) for d, n in done])
            if error is not None:
                self._prompts.error(self, tr("批量打印"), tr("打印中断：") + "".join(error_lines(error)))
            elif cancelled:
                self._prompts.info(self, tr("批量打印"), tr("已取消，已送往打印机 {pages} 页。").format(pages=pages))

        self.batch = BatchPrint(self, printer, len(ids), fetch, finished, title=tr("批量打印"))
        self.batch.start()
        return self.batch

    def _show_print_preview(self, data: bytes, title: str, printed=None):
        from .pdf_preview import PdfPrintPreview

        dialog = PdfPrintPreview(data, title, parent=self, on_printed=printed)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def record_service(self):
        doc = self.current_document()
        if doc is None or doc.status == VOIDED:
            return None
        from .service_dialog import ServiceDialog

        dialog = ServiceDialog(self._services, self._prompts, doc, parent=self)
        dialog.accepted.connect(self.after_change)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def void(self) -> bool:
        doc = self.current_document()
        if doc is None or doc.status == VOIDED:
            return False
        title = tr("作废文书")
        reason = self._prompts.text(self, title, tr("作废“{title}”（{number}）的原因：").format(
            title=tr(doc.title), number=doc.number))
        if reason is None:
            return False
        reason = reason.strip()
        if not reason:
            self._prompts.error(self, title, tr("请填写作废原因：作废原因将与文号一并存档。"))
            return False
        if not self._prompts.question(
                self, title, tr("确定作废“{title}”（{number}）吗？\n\n作废后该文号保留作废记录，不再使用；文书不能再打印或送达。此操作不能撤销。").format(
                    title=tr(doc.title), number=doc.number)):
            return False
        try:
            self._services.documents.void(doc.id, reason)
        except Exception as exc:  # noqa: BLE001 - explained, logged when unexpected
            self._explain(exc, title, f"voiding document {doc.id}")
            return False
        self.after_change()
        return True

    def after_change(self) -> None:
        self.reload()
        self.changed.emit()

    def _record(self, title: str, record) -> None:
        """An issued document left the system (printed, saved, opened): into the 操作日志. The
        paper or the file exists already, so a failure here is said, not hidden."""
        try:
            record()
        except Exception as exc:  # noqa: BLE001 - said to the user, logged when unexpected
            if not isinstance(exc, (RuleError, ValidationFailed)):
                log.exception("recording %s in the audit log failed", title)
            self._prompts.warning(self, title, tr("已完成，但未能记入操作日志：") + "".join(error_lines(exc)))

    def _explain(self, exc: BaseException, title: str, what: str) -> None:
        if isinstance(exc, (RuleError, ValidationFailed)):
            self._prompts.error(self, title, "\n".join(error_lines(exc)))
        else:
            log.exception("%s failed", what)
            self._prompts.error(self, title, FAILED)
