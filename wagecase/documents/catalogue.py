"""The form catalogue (forms/catalogue.json): which documents exist, for which cases and steps,
how they are numbered, and the context fields each one needs."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

NUMBERING_OWN = "own"  # the document gets its own 文号 from its family's pattern
NUMBERING_CASE = "case"  # the document carries the case's 案号 (arbitration, internal forms)
NUMBERING_SERVED = "served"  # 送达回证: the number of the document it proves the service of


@dataclass(frozen=True)
class FormInput:
    """Something the officer types when issuing (the ground of a refusal, missing items...)."""

    key: str
    label: str
    kind: str = "text"  # text / multiline / choice / date
    choices: tuple[tuple[str, str], ...] = ()
    required: bool = True
    hint: str = ""


@dataclass(frozen=True)
class FormSpec:
    id: str  # inspection.acceptance_notice
    title: str  # 投诉受理通知书
    family: str  # numbering family, e.g. inspection.notice
    case_types: frozenset[str]
    template: str  # file name under forms/templates/
    numbering: str = NUMBERING_CASE
    per: str = "case"  # case / worker / respondent
    steps: tuple[str, ...] = ()  # ProceduralEvent values after which the form is offered
    service_event: str = ""  # ProceduralEvent recorded when the document is served
    required_fields: tuple[str, ...] = ()  # context keys the template must use
    inputs: tuple[FormInput, ...] = ()
    description: str = ""


def load_catalogue(forms_dir: Path) -> dict[str, FormSpec]:
    raise NotImplementedError
