"""What a case can be found by: one normalised text per case, and how a query is looked up.

The services (one case at a time) and the demo generator (in bulk) both build it here so the
two can never disagree. Pinyin initials are lower-case ASCII; ID numbers lower-case (the check
character x), as the query is.

On SQLite the text is indexed twice (storage/search_index.py): by trigrams, which find any
fragment of three or more characters, and by single Chinese characters, which find a name of
one or two (张, 张伟), which trigrams cannot (SQLite's trigram MATCH needs three characters, and
its trigram LIKE is broken before 3.43.1: platform.md). Anything else (one or two letters or
digits) is a plain LIKE scan: such a fragment matches most cases anyway.
"""
from __future__ import annotations

from collections.abc import Iterable

from .pinyin import initials


def normalise_query(text: str) -> str:
    """What the user typed -> the form stored in the search text (trimmed, ASCII lower-cased,
    except the ID-number check character X which is stored upper-case)."""
    q = (text or "").strip()
    if q.isascii():
        q = q.lower()
    return q


TRIGRAM_MIN = 3  # the shortest fragment the trigram index finds
_RUN_BREAK = "0"  # a token between runs of Chinese characters: no phrase matches across two runs


def is_cjk(c: str) -> bool:
    """A Chinese character (the CJK Unified Ideographs and extension A, 〇)."""
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" or c == "\u3007"


def search_method(query: str) -> str:
    """How a normalised query is looked up: "trigram", "chars" or "like".

    >>> search_method("张"), search_method("张伟"), search_method("张红伟"), search_method("zhw")
    ('chars', 'chars', 'trigram', 'trigram')
    >>> search_method("zw"), search_method("3"), search_method("")
    ('like', 'like', 'like')
    """
    if len(query) >= TRIGRAM_MIN:
        return "trigram"
    if query and all(is_cjk(c) for c in query):
        return "chars"
    return "like"


def char_tokens(text: str) -> str:
    """The Chinese characters of ``text`` as space-separated tokens for the single-character
    index; every other run (letters, digits, the | between fields) becomes one break token.

    >>> char_tokens("郑人社监投字〔2024〕1号|张红伟|zhw|41132819870523671x")
    '郑 人 社 监 投 字 0 号 0 张 红 伟 0'
    """
    out: list[str] = []
    for c in text:
        if is_cjk(c):
            out.append(c)
        elif out and out[-1] != _RUN_BREAK:
            out.append(_RUN_BREAK)
    return " ".join(out)


def char_phrase(query: str) -> str:
    """The FTS5 phrase that finds ``query`` (Chinese characters) in char_tokens' text.

    >>> char_phrase("张伟")
    '"张 伟"'
    """
    return '"' + " ".join(query) + '"'


def trigram_phrase(query: str) -> str:
    """The FTS5 phrase that finds ``query`` as a substring in the trigram index.

    >>> trigram_phrase('ab"c')
    '"ab""c"'
    """
    return '"' + query.replace('"', '""') + '"'


def case_search_text(
    *,
    case_number: str,
    employer_name: str,
    credit_code: str = "",
    project_name: str = "",
    workers: Iterable[tuple[str, str]] = (),  # (name, id_number)
) -> str:
    parts = [case_number, employer_name, initials(employer_name), credit_code.lower()]
    if project_name:
        parts += [project_name, initials(project_name)]
    for name, id_number in workers:
        parts += [name, initials(name), (id_number or "").lower()]
    # "|" separates fields so a fragment never matches across two of them
    return "|".join(p for p in parts if p)
