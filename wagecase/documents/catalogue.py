"""The form catalogue (forms/catalogue.json): which documents exist, for which cases and steps,
how they are numbered, and the context fields each one needs."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.case import CaseType, ProceduralEvent
from ..domain.errors import RuleError

NUMBERING_OWN = "own"  # the document gets its own 文号 from its family's pattern
NUMBERING_CASE = "case"  # the document carries the case's 案号 (arbitration, internal forms)
NUMBERING_SERVED = "served"  # 送达回证: the number of the document it proves the service of
# 裁决书: the number the award was given when it was made (the 案号, or 案号-1 / -2 for the two
# documents of a mixed award, 办案规则 Art. 50): never a new number, and never the bare 案号 twice
NUMBERING_AWARD = "award"


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
    # case / worker / respondent / recipient (送达回证: one per person served) / subject (失信名单当事人)
    # / applicant (法律援助申请人: the worker of a referral, or each of its representatives)
    per: str = "case"
    steps: tuple[str, ...] = ()  # ProceduralEvent values after which the form is offered
    service_event: str = ""  # ProceduralEvent recorded when the document is served
    # ProceduralEvents the issuing itself records (on the issue date) unless already recorded:
    # a 受理通知书 is the decision to accept, so issuing it starts the periods acceptance starts
    issue_events: tuple[str, ...] = ()
    # ProceduralEvents that must all be on the case before the form may be issued (a preview is
    # still allowed): a 移送书 must not bypass the head's approval of the transfer
    requires: tuple[str, ...] = ()
    required_fields: tuple[str, ...] = ()  # context keys the template must use
    inputs: tuple[FormInput, ...] = ()
    description: str = ""

    def input(self, key: str) -> FormInput | None:
        return next((i for i in self.inputs if i.key == key), None)


def load_catalogue(forms_dir: Path, templates_dir: Path | None = None) -> dict[str, FormSpec]:
    """Read and validate forms_dir/catalogue.json; every problem is a RuleError in Chinese.

    Each form's template must exist in ``templates_dir`` (default forms_dir/templates).

    The file is edited by hand (and by administrators adding a form), so unknown keys are
    errors rather than silently ignored: a misspelt "required_fields" must not switch off the
    template check.
    """
    path = forms_dir / "catalogue.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RuleError("catalogue.unreadable", path=str(path), reason=_reason(exc)) from None
    if not isinstance(raw, dict) or not isinstance(raw.get("forms"), dict):
        raise RuleError("catalogue.not_an_object", path=str(path), where="“forms”")
    unknown_top = set(raw) - {"version", "forms"}
    if unknown_top:
        raise RuleError("catalogue.unknown_key", form="catalogue.json", where="顶层",
                        item="、".join(sorted(unknown_top)))
    templates = templates_dir or forms_dir / "templates"
    return {form_id: _form(form_id, spec, templates, path) for form_id, spec in raw["forms"].items()}


NUMBERINGS = (NUMBERING_OWN, NUMBERING_CASE, NUMBERING_SERVED, NUMBERING_AWARD)
PER_VALUES = ("case", "worker", "respondent", "recipient", "subject", "applicant")
INPUT_KINDS = ("text", "multiline", "choice", "date")
_FORM_KEYS = {"title", "family", "case_types", "template", "numbering", "per", "steps", "service_event",
              "issue_events", "requires",
              "required_fields", "inputs", "description"}
_FORM_REQUIRED = ("title", "family", "case_types", "template")
_INPUT_KEYS = {"key", "label", "kind", "choices", "required", "hint"}


def _form(form_id: str, spec: Any, templates: Path, path: Path) -> FormSpec:
    if not isinstance(spec, dict):
        raise RuleError("catalogue.not_an_object", path=str(path), where=f"“{form_id}”")
    _keys(form_id, "文书定义", spec, _FORM_KEYS, _FORM_REQUIRED)
    title = _text(form_id, spec, "title")
    family = _text(form_id, spec, "family")
    template = _text(form_id, spec, "template")
    case_types = _choices(form_id, spec, "case_types", [t.value for t in CaseType])
    if not case_types:
        raise RuleError("catalogue.missing_key", form=form_id, where="文书定义", item="case_types")
    numbering = _one_of(form_id, spec, "numbering", NUMBERINGS, NUMBERING_CASE)
    per = _one_of(form_id, spec, "per", PER_VALUES, "case")
    events = [e.value for e in ProceduralEvent]
    steps = _choices(form_id, spec, "steps", events)
    service_event = _one_of(form_id, spec, "service_event", ("", *events), "")
    issue_events = _choices(form_id, spec, "issue_events", events)
    requires = _choices(form_id, spec, "requires", events)
    required = tuple(_strings(form_id, spec, "required_fields"))
    inputs = tuple(_input(form_id, item) for item in _list(form_id, spec, "inputs"))
    seen: set[str] = set()
    for item in inputs:
        if item.key in seen:
            raise RuleError("catalogue.duplicate_input", form=form_id, item=item.key)
        seen.add(item.key)
    if not (templates / template).is_file():
        raise RuleError("catalogue.template_missing", form=form_id, template=template, folder=str(templates))
    return FormSpec(
        id=form_id, title=title, family=family, case_types=frozenset(case_types), template=template,
        numbering=numbering, per=per, steps=tuple(steps), service_event=service_event,
        issue_events=tuple(issue_events), requires=tuple(requires),
        required_fields=required, inputs=inputs, description=str(spec.get("description", "")),
    )


def _input(form_id: str, item: Any) -> FormInput:
    if not isinstance(item, dict):
        raise RuleError("catalogue.bad_type", form=form_id, item="inputs", expected="对象的列表")
    _keys(form_id, "输入项", item, _INPUT_KEYS, ("key", "label"))
    key = _text(form_id, item, "key")
    kind = _one_of(form_id, item, "kind", INPUT_KINDS, "text")
    choices: list[tuple[str, str]] = []
    for pair in _list(form_id, item, "choices"):
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) and x for x in pair)):
            raise RuleError("catalogue.bad_type", form=form_id, item=f"{key}.choices",
                            expected="[值, 中文名称] 的列表")
        choices.append((pair[0], pair[1]))
    if kind == "choice" and not choices:
        raise RuleError("catalogue.choices_missing", form=form_id, item=key)
    required = item.get("required", True)
    if not isinstance(required, bool):
        raise RuleError("catalogue.bad_type", form=form_id, item=f"{key}.required", expected="true 或 false")
    return FormInput(key=key, label=_text(form_id, item, "label"), kind=kind, choices=tuple(choices),
                     required=required, hint=str(item.get("hint", "")))


def _keys(form_id: str, where: str, data: dict, allowed: set[str], required: tuple[str, ...]) -> None:
    for key in data:
        if key not in allowed:
            raise RuleError("catalogue.unknown_key", form=form_id, where=where, item=key)
    for key in required:
        if key not in data:
            raise RuleError("catalogue.missing_key", form=form_id, where=where, item=key)


def _text(form_id: str, data: dict, key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise RuleError("catalogue.bad_type", form=form_id, item=key, expected="非空的文字")
    return value.strip()


def _list(form_id: str, data: dict, key: str) -> list:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise RuleError("catalogue.bad_type", form=form_id, item=key, expected="列表（用方括号括起来）")
    return value


def _strings(form_id: str, data: dict, key: str) -> list[str]:
    values = _list(form_id, data, key)
    if not all(isinstance(v, str) and v for v in values):
        raise RuleError("catalogue.bad_type", form=form_id, item=key, expected="文字的列表")
    return values


def _choices(form_id: str, data: dict, key: str, allowed: list[str]) -> list[str]:
    values = _strings(form_id, data, key)
    for v in values:
        if v not in allowed:
            raise RuleError("catalogue.bad_value", form=form_id, item=key, value=v, choices="、".join(allowed))
    return values


def _one_of(form_id: str, data: dict, key: str, allowed: tuple[str, ...], default: str) -> str:
    value = data.get(key, default)
    if value not in allowed:
        raise RuleError("catalogue.bad_value", form=form_id, item=key, value=value,
                        choices="、".join(a or "（空）" for a in allowed))
    return value


def _reason(exc: Exception) -> str:
    if isinstance(exc, FileNotFoundError):
        return "文件不存在"
    if isinstance(exc, json.JSONDecodeError):
        return f"第{exc.lineno}行第{exc.colno}列 JSON 格式错误（{exc.msg}）"
    if isinstance(exc, UnicodeDecodeError):
        return "不是 UTF-8 编码"
    return str(exc)
