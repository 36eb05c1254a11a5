"""How the domain's Chinese sentences reach the screens in another language, and only the screens.

The domain writes its sentences and labels in Chinese and never imports Qt. The same
``messages.message`` also feeds what is recorded and printed (a listing's grounds, a document's
reasons), which must stay Chinese whatever the screens read. So there is no global switch: the UI
formats a sentence for display inside ``with translating(tr):``, and only that call, on that
thread, sees the translation. Everywhere else ``translated`` returns the Chinese as written.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date

_translator: ContextVar[Callable[[str], str] | None] = ContextVar("wagecase_translator", default=None)


@contextmanager
def translating(translator: Callable[[str], str]) -> Iterator[None]:
    token = _translator.set(translator)
    try:
        yield
    finally:
        _translator.reset(token)


def translated(text: str) -> str:
    translator = _translator.get()
    if translator is None or not text:
        return text
    try:
        return translator(text) or text
    except Exception:  # noqa: BLE001 - a broken catalogue must still show the Chinese
        return text


def day_text(d: date) -> str:
    """2026年3月5日 as domain.dates.format_date writes it, in the screens' language inside
    ``translating``."""
    return translated("{year}年{month}月{day}日").format(year=d.year, month=d.month, day=d.day)


def translating_now() -> bool:
    return _translator.get() is not None
