"""Chinese sentences of the statistics (统计报表); merged into messages.CATALOGUE."""
from __future__ import annotations

CATALOGUE: dict[str, str] = {
    "statistics.period_missing": "请填写统计期间的起止日期。",
    "statistics.period_reversed": "统计期间的结束日期（{end}）早于开始日期（{start}），请调整。",
    "statistics.period_too_long": "统计期间共{days}天，超过十年，请缩短期间。",
    "statistics.cancelled": "统计已取消，未生成报表。",
    "statistics.bad_date": "日期“{text}”无法识别，请按 2026-11-01 的格式填写。",
    "statistics.export_empty": "尚未生成报表，请先选择期间并点击“生成报表”。",
}
