"""Fill a Word template with a form's context (docxtpl) and hand back the .docx bytes.

``autoescape=True``: names such as “A&B建筑公司” or “<未填>” must print as typed, never break
the XML. A line break inside a value ("\\n") becomes a new paragraph with the same formatting,
so multi-line facts keep their first-line indent and the PDF renderer needs no w:br.
After rendering, every run gets an explicit East Asian font again: Word-edited templates and
rows docxtpl repeats may carry only ``eastAsiaTheme``, which Word resolves to 等线, not 仿宋.

docxtpl rewrites the template's XML into Jinja source and compiles it again for every document;
both steps depend on the template's text alone, so they are done once per distinct text (the
text itself is the key: an edited template is simply new text).
"""
from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docxtpl import DocxTemplate
from jinja2 import Environment, TemplateError

from ..domain.errors import RuleError
from .docx_zip import save_document

DEFAULT_EAST_ASIAN_FONT = "仿宋"
_THEME_ATTRS = tuple(qn(a) for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"))


class _CompilingOnceEnvironment(Environment):
    """``from_string`` keeps what it compiled, by source text: docxtpl recompiles the body, each
    header and footer and each document property of the template for every document."""

    MAX_TEMPLATES = 256  # a few per form (body, footer, properties); ~40 forms

    def __init__(self) -> None:
        super().__init__(autoescape=True)
        self._compiled: OrderedDict[str, Any] = OrderedDict()
        self._lock = threading.Lock()

    def from_string(self, source, globals=None, template_class=None):  # noqa: A002 - jinja's name
        if globals is not None or template_class is not None or not isinstance(source, str):
            return super().from_string(source, globals, template_class)
        with self._lock:
            hit = self._compiled.get(source)
            if hit is not None:
                self._compiled.move_to_end(source)
                return hit
        compiled = super().from_string(source)  # TemplateError propagates, nothing is kept
        with self._lock:
            self._compiled[source] = compiled
            while len(self._compiled) > self.MAX_TEMPLATES:
                self._compiled.popitem(last=False)
        return compiled


# Compiled templates hold no per-render state; docxtpl only ever sets autoescape to what it is
_ENV = _CompilingOnceEnvironment()


class _Template(DocxTemplate):
    def patch_xml(self, src_xml):
        return _patched_xml(src_xml)


@functools.lru_cache(maxsize=128)
def _patched_xml(src_xml: str) -> str:
    # docxtpl's patch_xml is a pure rewrite of the text (regular expressions, no instance state)
    return DocxTemplate.patch_xml(None, src_xml)


def render_docx(template: Path, context: Mapping[str, Any]) -> bytes:
    doc = _Template(str(template))
    try:
        doc.render(_paragraphs(dict(context)), jinja_env=_ENV, autoescape=True)
    except TemplateError as exc:
        raise RuleError("form.render_failed", title=Path(template).stem, reason=str(exc)) from None
    document = doc.docx
    assert_east_asian_fonts(document)
    return save_document(document)


def _paragraphs(value: Any) -> Any:
    # docxtpl turns "\a" inside a run into a new paragraph copying the paragraph's properties
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\n", "\a")
    if isinstance(value, dict):
        return {k: _paragraphs(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_paragraphs(v) for v in value]
    return value


def assert_east_asian_fonts(document) -> None:
    """Every run and style names its East Asian font explicitly (no theme font left to win)."""
    default = _default_font(document)
    for fonts in document.styles.element.iter(qn("w:rFonts")):
        _concrete(fonts, default)
    parts = [document.element.body]
    for section in document.sections:
        for hf in (section.header, section.footer):
            if hf.is_linked_to_previous:
                continue
            parts.append(hf._element)
    for part in parts:
        for run in part.iter(qn("w:r")):
            rpr = run.find(qn("w:rPr"))
            if rpr is None:
                rpr = OxmlElement("w:rPr")
                run.insert(0, rpr)
            fonts = rpr.find(qn("w:rFonts"))
            if fonts is None:
                fonts = OxmlElement("w:rFonts")
                rpr.insert(0, fonts)
            _concrete(fonts, default)


def _concrete(fonts, default: str) -> None:
    for attr in _THEME_ATTRS:
        fonts.attrib.pop(attr, None)
    east = fonts.get(qn("w:eastAsia")) or fonts.get(qn("w:ascii")) or default
    for attr in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        if not fonts.get(qn(attr)):
            fonts.set(qn(attr), east)


def _default_font(document) -> str:
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        for fonts in defaults.iter(qn("w:rFonts")):
            name = fonts.get(qn("w:eastAsia"))
            if name:
                return name
    return DEFAULT_EAST_ASIAN_FONT
