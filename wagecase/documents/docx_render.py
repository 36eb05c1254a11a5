"""Fill a Word template with a form's context (docxtpl) and hand back the .docx bytes.

``autoescape=True``: names such as “A&B建筑公司” or “<未填>” must print as typed, never break
the XML. A line break inside a value ("\\n") becomes a new paragraph with the same formatting,
so multi-line facts keep their first-line indent and the PDF renderer needs no w:br.
After rendering, every run gets an explicit East Asian font again: Word-edited templates and
rows docxtpl repeats may carry only ``eastAsiaTheme``, which Word resolves to 等线, not 仿宋.
"""
from __future__ import annotations

import io
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docxtpl import DocxTemplate
from jinja2 import Environment, TemplateError

from ..domain.errors import RuleError

DEFAULT_EAST_ASIAN_FONT = "仿宋"
_THEME_ATTRS = tuple(qn(a) for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"))


def render_docx(template: Path, context: Mapping[str, Any]) -> bytes:
    doc = DocxTemplate(str(template))
    try:
        doc.render(_paragraphs(dict(context)), jinja_env=Environment(autoescape=True), autoescape=True)
    except TemplateError as exc:
        raise RuleError("form.render_failed", title=Path(template).stem, reason=str(exc)) from None
    document = doc.docx
    assert_east_asian_fonts(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


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
