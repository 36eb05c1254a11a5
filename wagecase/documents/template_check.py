"""Is a Word template usable for its form? Run before a template is used (CLI, tests, 设置).

Reports, each with a Chinese sentence:
- Jinja syntax errors (an unclosed ``{% for %}``, a misspelt tag) — error;
- placeholders Word split across runs (a ``{{`` whose ``}}`` is in another run, typically after
  an edit, a spell-check mark or a format change inside the braces) — error: the value would
  take the first run's format and the template no longer reads as it prints;
- placeholders the form's context builder does not produce — error (they would print blank);
- required fields of the form (catalogue) the template does not show — error;
- context keys no placeholder uses — warning (the template may leave them out on purpose).
"""
from __future__ import annotations

import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docxtpl import DocxTemplate
from jinja2 import Environment, StrictUndefined, TemplateSyntaxError, UndefinedError, meta
from lxml import etree

from ..domain.messages import message
from .catalogue import FormSpec

ERROR = "error"
WARNING = "warning"

_OPEN = {"{{": "}}", "{%": "%}", "{#": "#}"}
_OPENER = re.compile(r"\{[{%#]")


@dataclass(frozen=True)
class TemplateProblem:
    severity: str  # error / warning
    key: str  # message key (messages_documents.py)
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    @property
    def message(self) -> str:
        return message(self.key, **self.params)


def check_template(path: Path, form: FormSpec, sample_context: Mapping[str, Any]) -> list[TemplateProblem]:
    if not Path(path).is_file():
        return [TemplateProblem(ERROR, "template.unreadable", {"path": str(path), "reason": "文件不存在"})]
    try:
        tpl = DocxTemplate(str(path))
        tpl.init_docx()
        parts = _xml_parts(tpl)
    except (OSError, zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        return [TemplateProblem(ERROR, "template.unreadable", {"path": str(path), "reason": _os_reason(exc)})]

    problems = _split_placeholders(parts)
    env = Environment(autoescape=True)
    source = "".join("\n".join(_paragraph_lines(tpl.patch_xml(xml))) for xml in parts)
    try:
        declared = meta.find_undeclared_variables(env.parse(source))
    except TemplateSyntaxError as exc:
        lines = source.splitlines()
        where = _excerpt(lines[exc.lineno - 1]) if exc.lineno and exc.lineno <= len(lines) else ""
        problems.append(TemplateProblem(ERROR, "template.syntax",
                                        {"line": where or exc.lineno, "reason": jinja_reason(exc.message or "")}))
        return problems
    # docxtpl's own view agrees with ours; asking it keeps us honest if its patching changes
    declared |= tpl.get_undeclared_template_variables(env)

    keys = set(sample_context)
    for name in sorted(declared - keys):
        problems.append(TemplateProblem(ERROR, "template.unknown_placeholder", {"name": name}))
    for name in form.required_fields:
        if name not in declared:
            problems.append(TemplateProblem(ERROR, "template.required_missing", {"name": name}))
    for name in sorted(keys - declared - set(form.required_fields)):
        problems.append(TemplateProblem(WARNING, "template.unused_key", {"name": name}))
    if not any(p.is_error for p in problems):
        problems.extend(_strict_render(path, sample_context))
    return problems


def _strict_render(path: Path, context: Mapping[str, Any]) -> list[TemplateProblem]:
    """A trial render catches what the name scan cannot: ``{{ w.nmae }}`` inside a table row."""
    tpl = DocxTemplate(str(path))
    try:
        tpl.render(dict(context), jinja_env=Environment(autoescape=True, undefined=StrictUndefined))
    except UndefinedError as exc:
        m = re.search(r"has no attribute '([^']+)'|'([^']+)' is undefined", str(exc))
        name = next((g for g in m.groups() if g), str(exc)) if m else str(exc)
        return [TemplateProblem(ERROR, "template.unknown_placeholder", {"name": name})]
    except TemplateSyntaxError as exc:
        return [TemplateProblem(ERROR, "template.syntax", {"line": exc.lineno, "reason": jinja_reason(exc.message or "")})]
    return []


def _xml_parts(tpl: DocxTemplate) -> list[str]:
    parts = [tpl.get_xml()]
    for uri in (tpl.HEADER_URI, tpl.FOOTER_URI):
        for _key, part in tpl.get_headers_footers(uri):
            parts.append(tpl.get_part_xml(part))
    return parts


def _paragraph_lines(xml: str) -> list[str]:
    # one paragraph per line, as docxtpl renders it: syntax errors then point at a paragraph
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", xml).splitlines()


def _excerpt(xml_line: str, limit: int = 30) -> str:
    text = re.sub(r"<[^>]+>", "", xml_line).strip()
    return text if len(text) <= limit else text[:limit] + "…"


def _split_placeholders(parts: list[str]) -> list[TemplateProblem]:
    problems: list[TemplateProblem] = []
    for xml in parts:
        root = etree.fromstring(xml.encode("utf-8"))
        for p in root.iter(qn("w:p")):
            runs = ["".join(t.text or "" for t in r.iter(qn("w:t"))) for r in p.iter(qn("w:r"))
                    if _own_paragraph(r, p)]
            problems.extend(_split_in_paragraph(runs))
    return problems


def _own_paragraph(run, paragraph) -> bool:
    # runs of a nested paragraph (a text box) belong to that paragraph, not to this one
    parent = run.getparent()
    while parent is not None and parent.tag != qn("w:p"):
        parent = parent.getparent()
    return parent is paragraph


def _split_in_paragraph(runs: list[str]) -> list[TemplateProblem]:
    text = "".join(runs)
    if "{" not in text:
        return []
    owner: list[int] = []  # run index of every character
    for i, r in enumerate(runs):
        owner.extend([i] * len(r))
    where = _excerpt(text)
    problems: list[TemplateProblem] = []
    pos = 0
    while True:
        m = _OPENER.search(text, pos)
        if not m:
            break
        start = m.start()
        end = text.find(_OPEN[m.group()], m.end())
        if end < 0:
            problems.append(TemplateProblem(ERROR, "template.unclosed_placeholder", {"where": where}))
            break
        end += 2
        if owner[start] != owner[end - 1]:
            problems.append(TemplateProblem(ERROR, "template.split_placeholder",
                                            {"text": text[start:end], "where": where}))
        pos = end
    return problems


_JINJA_REASONS = (
    (re.compile(r"Unexpected end of template.*?'(end\w+)'", re.S | re.I), "缺少结束标记“{0}”"),
    (re.compile(r"unexpected end of template", re.I), "模板在占位符或标记结束之前就结束了"),
    (re.compile(r"Encountered unknown tag '(\w+)'.*?'(end\w+)'", re.S), "出现了多余的“{0}”，此处应为“{1}”"),
    (re.compile(r"Encountered unknown tag '(\w+)'"), "无法识别的标记“{0}”"),
    (re.compile(r"expected token '([^']+)', got '([^']+)'"), "此处应为“{0}”，而不是“{1}”"),
    (re.compile(r"unexpected '([^']+)'"), "出现了多余的“{0}”"),
    (re.compile(r"unexpected char '([^']+)'"), "占位符中出现了不允许的字符“{0}”"),
)


def jinja_reason(english: str) -> str:
    for pattern, chinese in _JINJA_REASONS:
        m = pattern.search(english)
        if m:
            return chinese.format(*m.groups())
    return f"语法错误（{english}）"


def _os_reason(exc: Exception) -> str:
    if isinstance(exc, FileNotFoundError):
        return "文件不存在"
    if isinstance(exc, (zipfile.BadZipFile, PackageNotFoundError)):
        return "不是有效的 .docx 文件"
    return str(exc) or type(exc).__name__
