"""Chinese sentences of the 操作日志 (audit log); merged into messages.CATALOGUE."""
from __future__ import annotations

CATALOGUE: dict[str, str] = {
    "audit.bad_date": "日期“{text}”无法识别，请按 2026-03-05 的格式填写。",
    "audit.range_reversed": "结束日期（{end}）早于开始日期（{start}），请调整。",
    "audit.cancelled": "核验已取消，结果未知；操作日志没有任何改动。",
}
