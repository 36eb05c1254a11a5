"""The values an action of a case path asks for (its dialog's fields, ``ReferenceColumn``s),
checked the same way on both paths: required, dates that may not lie in the future or before
the case was received, choices from the list, amounts in yuan. Errors name the field."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from ..domain.dates import format_date, parse_iso_date
from ..domain.errors import FieldError, RuleError
from ..domain.money import parse_yuan, to_fen
from .dto import ReferenceColumn

EVENT_DATE = "event_date"  # the day the step happened, when the officer gives it


def clean_inputs(columns: Iterable[ReferenceColumn], raw: Mapping[str, object], *, today: date,
                 received: date) -> tuple[dict, list[FieldError]]:
    """(clean values, errors). Dates come back ISO, money as ``<key>_fen``, text cut to 500."""
    errors: list[FieldError] = []
    clean: dict = {}
    for col in columns:
        text = str(raw.get(col.key, "") or "").strip()
        label = {"label": col.label}
        if not text:
            if col.required:
                errors.append(FieldError(col.key, "path.input.required", label))
            continue
        if col.kind == "date":
            d = parse_iso_date(text)
            if d is None:
                errors.append(FieldError(col.key, "path.input.date", label))
            elif col.key == EVENT_DATE and d > today:
                errors.append(FieldError(col.key, "path.input.date_future", label))
            elif col.key == EVENT_DATE and d < received:
                errors.append(FieldError(col.key, "path.input.date_before_receipt",
                                         {**label, "received": format_date(received)}))
            else:
                clean[col.key] = d.isoformat()
        elif col.kind == "choice":
            if text not in dict(col.choices):
                errors.append(FieldError(col.key, "path.input.choice", label))
            else:
                clean[col.key] = text
        elif col.kind == "money":
            try:
                clean[col.key + "_fen"] = to_fen(parse_yuan(text))
            except RuleError:
                errors.append(FieldError(col.key, "path.input.amount", label))
        elif col.kind == "int":
            clean[col.key] = text
        else:
            clean[col.key] = text[:500]
    return clean, errors


def dated(label: str) -> ReferenceColumn:
    return ReferenceColumn(EVENT_DATE, label, "date", required=False, hint="留空为今天")


def step_date(clean: Mapping[str, object], today: date) -> date:
    return parse_iso_date(str(clean.get(EVENT_DATE) or "")) or today
