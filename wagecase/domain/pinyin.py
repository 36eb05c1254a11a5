"""Pinyin initials of Chinese names (张伟 -> zw), for finding people and employers by typing."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=50_000)
def initials(text: str) -> str:
    """Lower-case initials of the Han characters; ASCII letters and digits kept as they are.

    >>> initials("郑州市建工集团有限公司")
    'zzsjgjtyxgs'
    >>> initials("张伟")
    'zw'
    """
    if not text:
        return ""
    # imported late: pypinyin costs ~100 ms and is not needed to paint the first window
    from pypinyin import Style, lazy_pinyin

    out = []
    for syl in lazy_pinyin(text, style=Style.FIRST_LETTER, errors="default", strict=False):
        for ch in syl:
            if ch.isascii() and ch.isalnum():
                out.append(ch.lower())
    return "".join(out)
