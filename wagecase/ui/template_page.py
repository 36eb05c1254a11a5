"""设置 → 文书模板: the Word template each form is printed from, its versions, and for an
administrator export, replace (after the template check) and restore.

A rejected template is listed problem by problem in Chinese and nothing is replaced: the
documents keep coming from the version in use.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QPushButton, QSplitter,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..domain.errors import RuleError
from .error_text import error_lines
from .settings_widgets import ERROR_RED, page_labels, page_layout, show_load_error
from .table_widgets import read_only_table, selected_item
from .i18n import tr

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import TemplateVersionView
    from .prompts import Prompts

log = logging.getLogger(__name__)

TITLE = tr("文书模板")
DESCRIPTION = (tr("每种文书按一个 Word 模板（.docx）生成。需要调整文字或格式时，管理员可“导出模板”，在 Word 中修改后"
               "“替换模板”；系统先检查新模板的占位符，通过后才使用。原有版本全部保留，可随时恢复。"))
READ_ONLY_NOTE = tr("以下内容仅供查阅。只有管理员可以导出、替换或恢复文书模板。")
LOAD_FAILED = tr("无法读取文书模板，详细信息已写入日志。请稍后重试，或联系系统管理员。")
DOCX_FILTER = tr("Word 文档 (*.docx)")
CASE_TYPES = {"inspection": tr("监察"), "arbitration": tr("仲裁")}
CURRENT = QColor("#0b4a9e")


def short_version_text(v: "TemplateVersionView") -> str:
    return tr("随程序提供") if v.version == 0 else tr("第{version}版").format(version=v.version)


def version_text(v: "TemplateVersionView") -> str:
    if v.version == 0:
        return tr("随程序提供")
    when = v.uploaded_at.strftime("%Y-%m-%d") if v.uploaded_at else ""
    return tr("第{version}版（{when} 上传）").format(
        version=v.version, when=when) if when else tr("第{version}版").format(version=v.version)


def case_types_text(case_types) -> str:
    known = [CASE_TYPES[t] for t in CASE_TYPES if t in case_types]
    return tr("、").join(known + sorted(t for t in case_types if t not in CASE_TYPES))


def _table(headers: list[str]) -> QTableWidget:
    t = read_only_table(headers)
    t.verticalHeader().setDefaultSectionSize(28)
    t.horizontalHeader().setHighlightSections(False)
    return t


def _fill(table: QTableWidget, rows: list[list[str]], bold_rows: set[int] = frozenset()) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            if r in bold_rows:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setForeground(QBrush(CURRENT))
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    for c in range(table.columnCount() - 1):
        table.setColumnWidth(c, min(max(table.columnWidth(c) + 16, 70), 320))


class TemplatePage(QWidget):
    changed = Signal()  # a template was replaced or restored

    def __init__(self, services: "Services", prompts: "Prompts", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts
        self.forms: list = []  # FormSpec-like: id, title, case_types, template, description
        self.versions: list[TemplateVersionView] = []
        self.is_admin = False

        top = page_labels(TITLE, DESCRIPTION, READ_ONLY_NOTE)
        self.title, self.description, self.read_only_note, self.load_error = top

        self.forms_table = _table([tr("文书"), tr("适用"), tr("模板文件"), tr("使用中的版本")])
        self.forms_table.itemSelectionChanged.connect(self._form_changed)
        self.form_note = QLabel()
        self.form_note.setObjectName("settingsDescription")
        self.form_note.setWordWrap(True)
        self.versions_caption = QLabel(tr("历史版本"))
        self.versions_caption.setObjectName("sectionCaption")
        self.versions_table = _table([tr("版本"), tr("上传时间"), tr("上传人"), tr("文件名"), tr("说明")])
        self.versions_table.itemSelectionChanged.connect(self._update_buttons)

        self.export_button = QPushButton(tr("导出模板…"))
        self.export_button.setToolTip(tr("把使用中的模板另存为 .docx，以便在 Word 中修改"))
        self.replace_button = QPushButton(tr("替换模板…"))
        self.replace_button.setToolTip(tr("选择修改好的 .docx；检查通过后替换，原模板保留在历史版本中"))
        self.restore_button = QPushButton(tr("恢复此版本"))
        self.restore_button.setToolTip(tr("重新使用选中的历史版本"))
        self.export_button.clicked.connect(self.export_template)
        self.replace_button.clicked.connect(self.replace_template)
        self.restore_button.clicked.connect(self.restore_version)

        self.problems_caption = QLabel()
        self.problems_caption.setStyleSheet(f"color: {ERROR_RED}; font-weight: bold;")
        self.problems_caption.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("templateProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"QListWidget {{ color: {ERROR_RED}; background: #fdecea; "
                                    "border: 1px solid #f5c2c0; }")
        self._show_problems([])

        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.replace_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)

        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 8, 0, 0)
        ll.addWidget(self.form_note)
        ll.addLayout(buttons)
        ll.addWidget(self.problems_caption)
        ll.addWidget(self.problems)
        ll.addWidget(self.versions_caption)
        ll.addWidget(self.versions_table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.forms_table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        lay = page_layout(self, top)
        lay.addWidget(split, 1)
        self.reload()

    # ---- data --------------------------------------------------------------------------------

    def reload(self) -> bool:
        keep = self.current_form_id()
        try:
            user = self.services.users.current()
            self.is_admin = bool(user and user.role == "admin")
            forms = list(self.services.documents.catalogue().values())
            active = {f.id: self._active(f.id) for f in forms}
        except Exception as exc:  # noqa: BLE001 - the other settings pages keep working
            log.exception("reading the form templates failed")
            show_load_error(self.load_error, exc, LOAD_FAILED)
            self._update_buttons()
            return False
        self.load_error.hide()
        self.read_only_note.setVisible(not self.is_admin)
        for b in (self.export_button, self.replace_button, self.restore_button):
            b.setVisible(self.is_admin)
        self.forms = forms
        _fill(self.forms_table, [
            [tr(f.title), case_types_text(f.case_types), f.template, active[f.id]]
            for f in forms
        ])
        row = next((i for i, f in enumerate(forms) if f.id == keep), 0)
        if forms:
            self.forms_table.selectRow(row)
        self._form_changed()
        return True

    def _active(self, form_id: str) -> str:
        versions = self.services.documents.template_versions(form_id)
        current = next((v for v in versions if v.active), None)
        return version_text(current) if current else "—"

    def current_form(self):
        return selected_item(self.forms_table, self.forms)

    def current_form_id(self) -> str | None:
        form = self.current_form() if self.forms else None
        return form.id if form else None

    def select_form(self, form_id: str) -> None:
        for i, f in enumerate(self.forms):
            if f.id == form_id:
                self.forms_table.selectRow(i)
                return

    def current_version(self) -> "TemplateVersionView | None":
        return selected_item(self.versions_table, self.versions)

    def _form_changed(self) -> None:
        form = self.current_form()
        self._show_problems([])
        if form is None:
            self.versions = []
            _fill(self.versions_table, [])
            self.form_note.setText("")
            self._update_buttons()
            return
        self.form_note.setText(tr("《{title}》：{description}").format(
            title=tr(form.title),
            description=tr(form.description)) if tr(form.description) else tr("《{title}》").format(title=tr(form.title)))
        try:
            self.versions = list(reversed(self.services.documents.template_versions(form.id)))
        except Exception as exc:  # noqa: BLE001 - explained, logged when unexpected
            log.exception("reading template versions of %s failed", form.id)
            show_load_error(self.load_error, exc, LOAD_FAILED)
            self.versions = []
        self.versions_caption.setText(tr("历史版本（{len}）").format(len=len(self.versions)))
        _fill(self.versions_table, [
            [short_version_text(v) + (tr("（使用中）") if v.active else ""),
             v.uploaded_at.strftime("%Y-%m-%d %H:%M") if v.uploaded_at else "—",
             v.uploaded_by or "—", v.filename, v.note]
            for v in self.versions
        ], bold_rows={i for i, v in enumerate(self.versions) if v.active})
        self._update_buttons()

    def _update_buttons(self) -> None:
        form = self.current_form() if self.forms else None
        version = self.current_version()
        self.export_button.setEnabled(self.is_admin and form is not None)
        self.replace_button.setEnabled(self.is_admin and form is not None)
        self.restore_button.setEnabled(self.is_admin and version is not None and not version.active)

    def _show_problems(self, problems: list[str], caption: str = "") -> None:
        self.problems.clear()
        self.problems.addItems(problems)
        if problems:  # as tall as its lines, so the history below keeps its room
            rows = sum(max(self.problems.sizeHintForRow(i), 18) for i in range(len(problems)))
            self.problems.setFixedHeight(min(rows + 2 * self.problems.frameWidth() + 6, 160))
        self.problems_caption.setText(caption)
        self.problems_caption.setVisible(bool(problems))
        self.problems.setVisible(bool(problems))

    # ---- actions -----------------------------------------------------------------------------

    def export_template(self) -> Path | None:
        form = self.current_form()
        if form is None or not self.is_admin:
            return None
        from .app import app_settings

        settings = app_settings()
        folder = str(settings.value("templates/last_folder", "") or "")
        start = str(Path(folder) / form.template) if folder else form.template
        chosen = self.prompts.save_file(self, tr("导出模板"), DOCX_FILTER, start)
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".docx":
            target = target.with_suffix(".docx")
        try:
            data = self.services.documents.template_path(form.id).read_bytes()
            target.write_bytes(data)
        except RuleError as exc:
            self.prompts.error(self, tr("导出模板"), "".join(error_lines(exc)))
            return None
        except OSError:
            log.exception("exporting the template of %s failed", form.id)
            self.prompts.error(self, tr("导出模板"), tr("无法写入文件“{target}”，请检查文件是否正被 Word 打开，或换一个位置保存。").format(target=target))
            return None
        settings.setValue("templates/last_folder", str(target.parent))
        self.prompts.info(self, tr("导出模板"), tr("《{title}》的模板已导出到：\n{target}\n\n在 Word 中修改时，请保留双花括号中的占位符，不要改动其中的文字。").format(
            title=tr(form.title), target=target))
        return target

    def replace_template(self) -> bool:
        form = self.current_form()
        if form is None or not self.is_admin:
            return False
        from .app import app_settings

        settings = app_settings()
        path = self.prompts.open_file(self, tr("替换《{title}》的模板").format(title=tr(form.title)), DOCX_FILTER,
                                      str(settings.value("templates/last_folder", "") or ""))
        if not path:
            return False
        self._show_problems([])
        try:
            data = Path(path).read_bytes()
        except OSError:
            log.exception("reading %s failed", path)
            self.prompts.error(self, tr("替换模板"), tr("无法读取文件“{path}”，请确认文件存在且没有被其他程序占用。").format(path=path))
            return False
        note = self.prompts.text(self, tr("替换模板"), tr("修改说明（可不填）："), "")
        if note is None:
            return False
        try:
            self.services.documents.replace_template(form.id, data, note.strip(), filename=Path(path).name)
        except RuleError as exc:
            problems = list(getattr(exc, "problems", None) or error_lines(exc))
            if getattr(exc, "problems", None):
                caption = tr("“{name}”未通过模板检查，没有替换（共 {len} 处问题）：").format(name=Path(path).name, len=len(problems))
            else:
                caption = tr("没有替换：")
            self._show_problems(problems, caption)
            return False
        except Exception:  # noqa: BLE001 - explained, logged
            log.exception("replacing the template of %s failed", form.id)
            self.prompts.error(self, tr("替换模板"), tr("替换模板时发生意外错误，模板没有改动。详细信息已写入日志。"))
            return False
        settings.setValue("templates/last_folder", str(Path(path).parent))
        self.reload()
        self.changed.emit()
        self.prompts.info(self, tr("替换模板"), tr("《{title}》已改用新模板，原模板保留在历史版本中。").format(title=tr(form.title)))
        return True

    def restore_version(self) -> bool:
        form, version = self.current_form(), self.current_version()
        if form is None or version is None or version.active or not self.is_admin:
            return False
        label = version_text(version)
        if not self.prompts.question(self, tr("恢复模板"), tr("确定让《{title}》重新使用“{label}”的模板吗？\n当前使用的模板仍保留在历史版本中。").format(
            title=tr(form.title), label=label)):
            return False
        try:
            self.services.documents.restore_template(form.id, version.version)
        except Exception as exc:  # noqa: BLE001 - explained, logged when unexpected
            if not isinstance(exc, RuleError):
                log.exception("restoring template %s v%s failed", form.id, version.version)
            self.prompts.error(self, tr("恢复模板"), "".join(error_lines(exc)))
            return False
        self.reload()
        self.changed.emit()
        return True
