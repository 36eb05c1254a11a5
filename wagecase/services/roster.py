"""Worker rosters from .xlsx: columns matched by header, every bad row reported, nothing saved."""
from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..domain.case import ArrearsKind
from ..domain.errors import RuleError
from ..domain.identifiers import IdNumber
from ..domain.messages import message
from .context import ServiceContext, to_local
from .dto import ArrearsItemInput, RosterPreview, RosterProblem, WorkerInput
from .intake import worker_errors

# field -> the headers offices actually use (compared after normalisation, see _norm)
SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "劳动者姓名", "工人姓名", "农民工姓名"),
    "id_number": ("身份证号", "身份证号码", "公民身份号码", "证件号码", "身份证"),
    "phone": ("电话", "联系电话", "手机", "手机号", "手机号码", "联系方式"),
    "hukou_place": ("户籍地", "户籍所在地", "籍贯", "户籍地址"),
    "job": ("工种", "岗位"),
    "employed_to": ("离职日期", "离职时间", "离职"),
    "bank_card": ("银行卡号", "工资卡号", "银行账号"),
    "amount": ("欠薪金额", "金额", "欠款金额", "拖欠工资", "拖欠金额", "欠薪数额", "拖欠工资金额"),
    "period_from": ("起始月份", "欠薪起始", "开始时间", "起始时间", "欠薪起始月份", "起始日期"),
    "period_to": ("截止月份", "欠薪截止", "结束时间", "截止时间", "欠薪截止月份", "截止日期"),
    "kind": ("类别", "项目", "欠薪类别", "欠款类别"),
    "is_migrant_worker": ("是否农民工",),
}
REQUIRED = ("name", "id_number", "amount")
_LABELS = {"name": "姓名", "id_number": "身份证号码", "amount": "欠薪金额"}
_LOOKUP = {syn: fld for fld, syns in SYNONYMS.items() for syn in syns}
_NOISE = re.compile(r"[\s*＊:：]|[（(](?:元|人民币|单位[:：]?元|必填|选填)[)）]")
_KINDS = {**{k.label: k.value for k in ArrearsKind}, **{k.value: k.value for k in ArrearsKind},
          "工资款": ArrearsKind.WAGES.value, "劳务费": ArrearsKind.WAGES.value,
          "二倍工资": ArrearsKind.DOUBLE_WAGES.value}
_YES = {"是", "y", "yes", "true", "1", "√", "✓"}
_NO = {"否", "n", "no", "false", "0", "×"}
HEADER_SCAN_ROWS = 10
# Excel keeps 15 significant digits: an 18-digit ID typed into a number cell is already damaged
_EXCEL_DIGITS = 15


def _norm(header: Any) -> str:
    return _NOISE.sub("", str(header or ""))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _amount_text(value: Any) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        # cells computed by formulas carry binary noise (3000.0000000000005)
        return str(Decimal(repr(round(value, 6))).normalize())
    return _text(value)


def _period_text(value: Any) -> str:
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        # a date cell showing "2025-10" stores the 1st of the month: read it as the whole month
        return f"{value.year:04d}-{value.month:02d}" if value.day == 1 else value.isoformat()
    return _text(value)


def _unreadable(exc: BaseException) -> RuleError:
    """openpyxl's reasons are English and technical: the clerk gets what to do about it."""
    import zipfile

    if isinstance(exc, FileNotFoundError):
        reason = "文件不存在，可能已被移动或删除"
    elif isinstance(exc, PermissionError):
        reason = "没有读取该文件的权限，或文件正被其他程序占用"
    elif isinstance(exc, zipfile.BadZipFile) or (isinstance(exc, OSError) and not exc.errno):
        reason = "文件不是有效的 .xlsx 工作簿（可能已损坏，或是旧的 .xls 格式，请在 Excel 中另存为 .xlsx）"
    elif isinstance(exc, OSError):
        reason = f"读取文件时出错（{exc.strerror or exc}）"
    else:
        reason = "文件内容已损坏或不完整，请在 Excel 中打开并重新保存"
    return RuleError("roster.unreadable", reason=reason)


def _find_header(rows: list[tuple]) -> tuple[int, dict[str, int], dict[str, str]] | None:
    best = None
    for r, row in enumerate(rows):
        cols: dict[str, int] = {}
        headers: dict[str, str] = {}
        for c, cell in enumerate(row):
            fld = _LOOKUP.get(_norm(cell))
            if fld and fld not in cols:
                cols[fld] = c
                headers[fld] = _text(cell)
        if len(cols) >= 2 and (best is None or len(cols) > len(best[1])):
            best = (r, cols, headers)
    return best


class RosterService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def read(self, path: str | Path) -> RosterPreview:
        # openpyxl costs ~70 ms to import: only when a roster is actually opened
        from openpyxl import load_workbook

        try:
            wb = load_workbook(Path(path), read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a bad or locked file
            raise _unreadable(exc) from exc
        try:
            return self._read(wb)
        except RuleError:
            raise
        except Exception as exc:  # read-only mode parses a sheet as its rows are read
            raise _unreadable(exc) from exc
        finally:
            wb.close()

    def _read(self, wb) -> RosterPreview:
        if not wb.worksheets:
            raise RuleError("roster.unreadable", reason="工作簿中没有工作表")
        ws = wb.worksheets[0]
        # many tools write a wrong <dimension>; without this, read-only mode truncates rows
        ws.reset_dimensions()
        rows = ws.iter_rows(values_only=True)
        head: list[tuple] = []
        for row in rows:
            head.append(row)
            if len(head) >= HEADER_SCAN_ROWS:
                break
        found = _find_header(head)
        if found is None:
            return RosterPreview(workers=(), problems=(RosterProblem(
                row=1, column="", message=message("roster.no_header")),),
                rows_read=0, matched_columns={}, missing_columns=REQUIRED)
        header_idx, cols, headers = found
        missing = tuple(f for f in REQUIRED if f not in cols)
        if missing:
            return RosterPreview(workers=(), problems=tuple(RosterProblem(
                row=header_idx + 1, column="",
                message=message("roster.missing_column", column=_LABELS[f],
                                example=SYNONYMS[f][0])) for f in missing),
                rows_read=0, matched_columns=headers, missing_columns=missing)
        data_rows = head[header_idx + 1:]
        return self._rows(data_rows, rows, header_idx + 2, cols, headers)

    def _rows(self, first, rest, first_row: int, cols: dict[str, int],
              headers: dict[str, str]) -> RosterPreview:
        today = to_local(self.ctx.clock()).date()
        workers: list[WorkerInput] = []
        problems: list[RosterProblem] = []
        seen: dict[str, int] = {}
        rows_read = 0

        def cell(row: tuple, fld: str) -> Any:
            c = cols.get(fld)
            return row[c] if c is not None and c < len(row) else None

        def column_of(field_path: str) -> str:
            fld = field_path.rsplit(".", 1)[-1]
            return headers.get(fld, "")

        def rows_with_numbers():
            n = first_row
            for row in first:
                yield n, row
                n += 1
            for row in rest:
                yield n, row
                n += 1

        for excel_row, row in rows_with_numbers():
            if row is None or all(v is None or (isinstance(v, str) and not v.strip()) for v in row):
                continue
            rows_read += 1
            row_problems: list[RosterProblem] = []

            raw_id = cell(row, "id_number")
            id_as_number = (isinstance(raw_id, (int, float)) and not isinstance(raw_id, bool)
                            and len(_text(raw_id)) > _EXCEL_DIGITS)
            if id_as_number:
                row_problems.append(RosterProblem(excel_row, headers["id_number"],
                                                  message("roster.id_number_as_number")))
            kind_text = _text(cell(row, "kind"))
            kind = _KINDS.get(kind_text.lower() if kind_text.isascii() else kind_text,
                              ArrearsKind.WAGES.value if not kind_text else None)
            if kind is None:
                row_problems.append(RosterProblem(excel_row, headers.get("kind", ""), message(
                    "roster.kind_unknown", text=kind_text,
                    choices="、".join(k.label for k in ArrearsKind))))
                kind = ArrearsKind.WAGES.value
            migrant_text = _text(cell(row, "is_migrant_worker"))
            migrant = True
            if migrant_text:
                low = migrant_text.lower()
                if low in _YES:
                    migrant = True
                elif low in _NO:
                    migrant = False
                else:
                    row_problems.append(RosterProblem(excel_row, headers["is_migrant_worker"],
                                                      message("roster.bool_invalid", text=migrant_text)))
            worker = WorkerInput(
                name=_text(cell(row, "name")), id_number=_text(raw_id),
                phone=_text(cell(row, "phone")), hukou_place=_text(cell(row, "hukou_place")),
                is_migrant_worker=migrant, bank_card=_text(cell(row, "bank_card")),
                job=_text(cell(row, "job")), employed_to=_period_text(cell(row, "employed_to")),
                items=[ArrearsItemInput(kind=kind, amount=_amount_text(cell(row, "amount")),
                                        period_from=_period_text(cell(row, "period_from")),
                                        period_to=_period_text(cell(row, "period_to")))])
            for e in worker_errors(worker, "w", today, today):
                if id_as_number and e.field.endswith(".id_number"):
                    continue  # already told why: the number cell lost digits
                row_problems.append(RosterProblem(excel_row, column_of(e.field),
                                                  message(e.key, **e.params)))
            if not any(p.column == headers["id_number"] for p in row_problems):
                idn = IdNumber.parse(worker.id_number, today=today).value
                if idn in seen:
                    row_problems.append(RosterProblem(excel_row, headers["id_number"],
                                                      message("roster.duplicate_id", row=seen[idn])))
                else:
                    seen[idn] = excel_row
                    worker.id_number = idn
            if row_problems:
                problems += row_problems
            else:
                workers.append(worker)
        return RosterPreview(workers=tuple(workers), problems=tuple(problems), rows_read=rows_read,
                             matched_columns=dict(headers), missing_columns=())
