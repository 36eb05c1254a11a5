"""Data builders for the intake and roster UI tests: valid (and deliberately broken) ID
numbers and credit codes, rosters written as real .xlsx files with openpyxl."""
from __future__ import annotations

from pathlib import Path

from wagecase.domain.identifiers import CREDIT_ALPHABET, credit_check_char, id_check_char

ROSTER_HEADERS = ("序号", "姓名", "身份证号码", "联系电话", "户籍地", "工种", "欠薪起始", "欠薪截止",
                  "欠薪金额（元）")


def make_id(n: int, region: str = "410102", born: str = "19850101") -> str:
    """A valid resident ID number, different for every ``n`` (n < 1000)."""
    first = f"{region}{born}{n % 1000:03d}"
    return first + id_check_char(first)


def wrong_check_digit(id_number: str) -> str:
    right = id_number[-1]
    wrong = "0" if right != "0" else "1"
    return id_number[:-1] + wrong


def make_credit_code(n: int, region: str = "410100") -> str:
    body = f"91{region}"
    tail = ""
    x = n + 12345
    for _ in range(9):
        tail = CREDIT_ALPHABET[x % 31] + tail
        x //= 31
    first = (body + tail)[:17]
    return first + credit_check_char(first)


def roster_row(i: int, *, id_number: str | None = None, amount: object = 4800,
               name: str | None = None) -> tuple:
    return (i, name or f"工人{i:02d}", id_number or make_id(100 + i), f"1380371{i:04d}",
            "河南省周口市", "钢筋工", "2025-10", "2025-12", amount)


def write_roster(path: Path, rows: list[tuple], headers: tuple = ROSTER_HEADERS) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "花名册"
    ws.append(list(headers))
    for row in rows:
        ws.append(list(row))
    # ID numbers as text, as offices are told to do (a number cell loses digits)
    for cell in ws["C"][1:]:
        cell.number_format = "@"
    wb.save(path)
    return path


def type_text(qtbot, widget, text: str) -> None:
    """Type like a clerk: ASCII as key presses, Chinese as an input method commits it
    (QTest cannot press keys for characters outside ASCII)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)
