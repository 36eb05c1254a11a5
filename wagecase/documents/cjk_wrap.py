"""Chinese line breaking (禁则): no line starts with ，。、；：？！）》” and none ends with （《“.

ReportLab's own CJK splitter lets most of these start a line and can hang only one character
(platform.md), so the PDF renderer breaks lines here; ReportLab's tables are still extended so
its Paragraph behaves where it is used.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

# Closing punctuation GB/T 15834 forbids at the start of a line
CANNOT_START = "、，。：；？！）》」』】〕”’…％〉］｝．,.;:?!)]}%"
# Opening punctuation forbidden at the end of a line
CANNOT_END = "（《「『【〔“‘〈［｛([{¥￥$＄№#＃"
# Small marks Word lets hang into the right margin instead of pulling a character down
HANGABLE = "，。、；：？！．"

_RL_START = "、，。：；？！）》」』】〕”’…％"
_RL_END = "（《「『【〔“‘"
_FUZZ = 1e-6


class Line(NamedTuple):
    start: int  # index of the first glyph
    end: int  # one past the last glyph drawn on the line
    hang: bool  # the last glyph hangs into the right margin
    forced: bool  # ended by a line break in the text, or the paragraph's last line


def _wordish(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in ".,%-/:_@#")


def _bad_break(chars: Sequence[str], b: int) -> bool:
    """Breaking before chars[b] would start a line with a closer, end one with an opener, or cut
    a run of Latin letters/digits (2026, 12,345.67)."""
    return (
        chars[b] in CANNOT_START
        or chars[b - 1] in CANNOT_END
        or (_wordish(chars[b - 1]) and _wordish(chars[b]))
    )


def break_lines(
    chars: Sequence[str],
    advance: Callable[[int, float, int], float],
    first_width: float,
    width: float,
    *,
    hang: bool = True,
) -> list[Line]:
    """Greedy line breaking. ``advance(i, x, line_no)`` is glyph i's width when it starts at x
    on line line_no (tabs depend on both); a "\\n" glyph forces a break and is not drawn.
    ``hang=False`` (table cells, where the margin is a ruled border) never lets a mark hang."""
    n = len(chars)
    lines: list[Line] = []
    start = 0
    while start < n or not lines:
        maxw = first_width if not lines else width
        x = 0.0
        i = start
        while i < n and chars[i] != "\n":
            w = advance(i, x, len(lines))
            if x + w > maxw + _FUZZ and i > start:
                break
            x += w
            i += 1
        if i >= n:
            lines.append(Line(start, n, False, True))
            break
        if chars[i] == "\n":
            lines.append(Line(start, i, False, True))
            start = i + 1
            if start == n:  # a trailing break still opens an empty line
                lines.append(Line(n, n, False, True))
            continue
        b, hung = i, False
        if hang and chars[b] in HANGABLE and (b + 1 >= n or chars[b + 1] not in CANNOT_START):
            b, hung = b + 1, True
        else:
            bb = b
            while bb > start + 1 and _bad_break(chars, bb):
                bb -= 1
            if not _bad_break(chars, bb):
                b = bb
        lines.append(Line(start, b, hung, False))
        start = b
        while start < n and chars[start] == " ":
            start += 1
        if start >= n:
            break
    return lines


def patch_reportlab() -> None:
    """Teach ReportLab's own CJK wrapping the Chinese closers and openers (idempotent)."""
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    add_start = "".join(c for c in _RL_START if c not in textsplit.ALL_CANNOT_START)
    if add_start:
        textsplit.CANNOT_START_LINE[0] += add_start
        textsplit.ALL_CANNOT_START += add_start
    if any(c not in paragraph.ALL_CANNOT_START for c in _RL_START):
        # paragraph.py imported the string by value: its copy must be extended separately
        paragraph.ALL_CANNOT_START += "".join(c for c in _RL_START if c not in paragraph.ALL_CANNOT_START)
    add_end = "".join(c for c in _RL_END if c not in textsplit.ALL_CANNOT_END)
    if add_end:
        textsplit.CANNOT_END_LINE[0] += add_end
        textsplit.ALL_CANNOT_END += add_end
