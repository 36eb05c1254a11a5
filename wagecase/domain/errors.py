"""Errors that carry a message key and parameters; the UI turns them into Chinese sentences."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class FieldError:
    """One field that is wrong: ``field`` names it (``workers[3].id_number``), ``key`` says why."""

    field: str
    key: str
    params: dict[str, Any] = field(default_factory=dict)


class RuleError(Exception):
    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


class ValidationFailed(RuleError):
    """Several fields are wrong at once; nothing was written."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("validation.failed", count=len(errors))
        self.errors = list(errors)
