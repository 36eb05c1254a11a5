"""What a case can be found by: one normalised text per case, searched with LIKE.

The services (one case at a time) and the demo generator (in bulk) both build it here so the
two can never disagree. Pinyin initials are lower-case ASCII; ID numbers upper-case.
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
