"""Saving a report or a list as .xlsx or PDF: ask where (starting in the folder used last time),
write it off the GUI thread behind a progress dialog, then say where it went, or why it could
not be written, in Chinese."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ..domain.errors import RuleError
from .error_text import error_lines
from .i18n import tr

if TYPE_CHECKING:
    from .prompts import Prompts
    from .workers import Operation

FILE_FILTERS = {"xlsx": tr("Excel 工作簿 (*.xlsx)"), "pdf": tr("PDF 文件 (*.pdf)")}
EXPORT_FAILED = tr("导出失败，没有生成文件。详细信息已写入日志，请稍后重试或联系系统管理员。")


def export_file(parent: QWidget, prompts: "Prompts", *, title: str, settings_key: str, suggested: str, fmt: str,
                make: Callable[[], bytes], said: Callable[[Path], str],
                on_end: Callable[[Path | None], None] | None = None) -> "Operation | None":
    """``suggested`` without its suffix; ``make`` runs in the worker; ``said`` is the sentence
    shown when written; ``on_end`` gets the path written (None on failure). None: cancelled."""
    from .app import app_settings
    from .workers import run_with_progress

    settings = app_settings()
    folder = str(settings.value(settings_key, "") or "")
    suffix = f".{fmt}"
    start = str(Path(folder) / (suggested + suffix)) if folder else suggested + suffix
    chosen = prompts.save_file(parent, title, FILE_FILTERS[fmt], start)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)

    def work(_report) -> Path:
        path.write_bytes(make())
        return path

    def done(written: Path) -> None:
        settings.setValue(settings_key, str(written.parent))
        if on_end is not None:
            on_end(written)
        prompts.info(parent, title, said(written))

    def failed(exc: BaseException) -> None:
        if on_end is not None:
            on_end(None)
        if isinstance(exc, OSError):
            text = tr("无法写入文件“{path}”，请检查文件是否正被其他程序打开，或换一个位置保存。").format(path=path)
        elif isinstance(exc, RuleError):
            text = "\n".join(error_lines(exc))
        else:
            text = EXPORT_FAILED
        prompts.error(parent, title, text)

    return run_with_progress(parent, title, tr("正在{title}").format(title=title), work, on_success=done, on_failure=failed)
