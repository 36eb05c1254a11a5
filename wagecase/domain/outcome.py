"""What a rule says about a case: a verdict, the reasons in Chinese, and the article it applies.

``ok`` is True (the condition holds), False (it does not) or None (the facts recorded are not
enough to decide; a reason says what is missing). Reasons carry a message key and parameters,
like errors, so one key reads the same on screen, in the CLI and in exported JSON.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from .messages import message


@dataclass(frozen=True)
class Reason:
    """One sentence of an outcome: ``Reason("rule.summary.amount_within", {...}).text``."""

    key: str
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    @property
    def text(self) -> str:
        return message(self.key, **self.params)


@dataclass(frozen=True)
class Outcome:
    """The verdict of one rule. ``action`` names the step the rule suggests, where it has one
    (inspection acceptance: accept / reject / request_supplement / refer; crime check:
    transfer_to_police); "" otherwise."""

    code: str
    ok: bool | None
    reasons: tuple[Reason, ...]
    basis: str
    action: str = ""

    @property
    def texts(self) -> tuple[str, ...]:
        return tuple(r.text for r in self.reasons)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(r.key for r in self.reasons)


def reason(key: str, **params: Any) -> Reason:
    return Reason(key, params)
