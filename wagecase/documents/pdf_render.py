"""PDF of a filled .docx: the template is the one source of a document's wording, so the PDF is
laid out from the same Word file the user gets (python-docx reads it, ReportLab draws it).

Supported Word subset (what forms/templates use): the first section's page size and margins and
its document grid; paragraphs with alignment (left/center/right/justify/distribute), indents in
twips or characters, spacing before/after, exact/at-least/multiple line spacing, keep-with-next,
page break before and page-break runs; runs with bold, underline, size, colour, character
spacing, East Asian font (→ font role), tabs and line breaks; tables with grid widths, cell
margins, single borders or none, horizontal and vertical merges, vertical alignment, row
heights, repeated header rows. Everything else (images, text boxes, fields other than PAGE) is
left out with a warning.

The PDF adds what GB/T 9704 prescribes and Word would need a footer for: page numbers "— 1 —"
(14 pt 宋体, 7 mm below the type area, odd pages right and even pages left, one character in;
none on a one-page document), and optionally a "副本" stamp and a "草稿" watermark.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, KeepTogether, PageBreak, PageTemplate

from wagecase.documents import fonts as fontmod
from wagecase.documents.cjk_wrap import patch_reportlab
from wagecase.documents.pdf_canvas import held_canvas
from wagecase.documents.docx_reader import (
    DocSpec,
    PageBreakSpec,
    ParaSpec,
    RunStyle,
    TableSpec,
    read_docx,
)
from wagecase.documents.pdf_flowables import DocParagraph, LayoutContext, SealGroup, build_table

patch_reportlab()

PAGE_NUMBER_SIZE = 14.0  # 4号
PAGE_NUMBER_GAP = 7 * mm
FOOTER_SIZE = 12.0  # 小四: the “第 1 页 共 2 页” line of records  # from the type area's lower edge to the number's dash line


class PdfRenderError(ValueError):
    """The .docx cannot be read at all (the message is for the user)."""


@dataclass(frozen=True)
class PdfResult:
    data: bytes
    warnings: tuple[str, ...]
    pages: int


def _blocks_to_flowables(blocks: list, ctx: LayoutContext) -> list:
    out: list = []
    for block in blocks:
        if isinstance(block, ParaSpec):
            out.append(DocParagraph(block, ctx))
        elif isinstance(block, TableSpec):
            out.extend(build_table(block, ctx, lambda bl: _blocks_to_flowables(bl, ctx)))
        elif isinstance(block, PageBreakSpec):
            out.append(PageBreak())
    return out


def _is_empty(f) -> bool:
    return isinstance(f, DocParagraph) and not f.spec.text.strip()


def _is_signature(f) -> bool:
    return isinstance(f, DocParagraph) and f.spec.align == "right" and bool(f.spec.text.strip())


def _keep_seal_zones(flowables: list) -> list:
    """Group each run of right-aligned lines (organ name, date; blank lines for the seal between)
    with the paragraph before it."""
    out: list = []
    i = 0
    n = len(flowables)
    while i < n:
        f = flowables[i]
        if not (_is_signature(f) or _is_empty(f)):
            out.append(f)
            i += 1
            continue
        j = i
        while j < n and (_is_signature(flowables[j]) or _is_empty(flowables[j])):
            j += 1
        run = flowables[i:j]
        if not any(_is_signature(x) for x in run):
            out.extend(run)
            i = j
            continue
        # blank lines after the last signature line belong to what follows, not to the seal
        last = max(k for k, x in enumerate(run) if _is_signature(x))
        zone, rest = run[: last + 1], run[last + 1:]
        lead = out.pop() if out and isinstance(out[-1], DocParagraph) else None
        if lead is None and out and not isinstance(out[-1], PageBreak):
            out.append(KeepTogether(zone))
        else:
            out.append(SealGroup(lead, zone))
        out.extend(rest)
        i = j
    return out


def _title_of(spec: DocSpec) -> str:
    for block in spec.blocks:
        if isinstance(block, ParaSpec) and block.text.strip():
            text = re.sub(r"\s+", " ", block.text).strip()
            # "送 达 回 证" is letter-spaced for print; the title is the word
            return re.sub(r"(?<=[\u3400-\u9fff])[ \u3000]+(?=[\u3400-\u9fff])", "", text)
    return ""


def _page_decorations(fontset: fontmod.FontSet, copy_mark: str, draft_mark: str):
    def on_page(canv: Canvas, doc) -> None:
        w, h = doc.pagesize
        if draft_mark:
            canv.saveState()
            canv.setFillColor(colors.Color(0.5, 0.5, 0.5, alpha=0.18))
            canv.translate(w / 2, h / 2)
            canv.rotate(40)
            size = min(160.0, (w * 0.9) / max(1, len(draft_mark)))
            canv.setFont(fontset.name(fontmod.HEI), size)
            canv.drawCentredString(0, -size * 0.35, draft_mark)
            canv.restoreState()
        if copy_mark:
            canv.saveState()
            grey = colors.Color(0.45, 0.45, 0.45)
            size = 18.0
            canv.setFont(fontset.name(fontmod.HEI), size)
            text_w = canv.stringWidth(copy_mark, fontset.name(fontmod.HEI), size)
            box_w, box_h = text_w + 16, size + 12
            right = w - doc.rightMargin
            top = h - 12 * mm
            canv.setStrokeColor(grey)
            canv.setFillColor(grey)
            canv.setLineWidth(1.4)
            canv.roundRect(right - box_w, top - box_h, box_w, box_h, 4, stroke=1, fill=0)
            canv.setLineWidth(0.5)
            canv.roundRect(right - box_w + 2.5, top - box_h + 2.5, box_w - 5, box_h - 5, 3, stroke=1, fill=0)
            canv.drawCentredString(right - box_w / 2, top - box_h / 2 - size * 0.36, copy_mark)
            canv.restoreState()

    return on_page


def _numbered_canvas(fontset: fontmod.FontSet, margins: tuple[float, float, float], counter: list[int],
                     page_footer: str = ""):
    """A canvas that holds pages back until the end, when the page count is known.

    ``page_footer`` (“被询问人签名：… 第 {page} 页 共 {pages} 页”, from a template whose footer has
    a NUMPAGES field) replaces the “— 1 —” numbers and is drawn on every page, a single one too:
    a record is signed page by page."""
    left, right, bottom = margins
    font = fontset.name(fontmod.SONG)
    footer_font = fontset.name(fontmod.FANGSONG)

    def draw_footer(canvas, number: int, total: int) -> None:
        w, _h = canvas._pagesize
        size = FOOTER_SIZE
        y = bottom - PAGE_NUMBER_GAP - size * 0.33
        canvas.saveState()
        canvas.setFillColor(colors.black)
        canvas.setFont(footer_font, size)
        canvas.drawRightString(w - right, y, page_footer.format(page=number, pages=total))
        canvas.restoreState()

    def draw_number(canvas, number: int) -> None:
        w, _h = canvas._pagesize
        text = f"— {number} —"
        y = bottom - PAGE_NUMBER_GAP - PAGE_NUMBER_SIZE * 0.33
        canvas.saveState()
        canvas.setFillColor(colors.black)
        canvas.setFont(font, PAGE_NUMBER_SIZE)
        if number % 2:
            canvas.drawRightString(w - right - PAGE_NUMBER_SIZE, y, text)
        else:
            canvas.drawString(left + PAGE_NUMBER_SIZE, y, text)
        canvas.restoreState()

    def stamp(canvas, number: int, total: int) -> None:
        if page_footer:
            draw_footer(canvas, number, total)
        elif total > 1:
            draw_number(canvas, number)

    return held_canvas(font, stamp, counter)


def docx_to_pdf(
    docx: bytes,
    *,
    fonts: fontmod.FontSet | None = None,
    copy_mark: str = "",
    draft_mark: str = "",
    author: str = "",
) -> PdfResult:
    """Lay out a filled .docx as a PDF. Unsupported Word features become warnings."""
    fontset = fonts or fontmod.resolve_fonts()
    try:
        spec = read_docx(docx)
    except Exception as exc:  # noqa: BLE001 - zip/XML errors of a broken file
        raise PdfRenderError(f"文书文件无法读取，不能生成 PDF：{exc}") from exc
    sect = spec.section
    body_w = sect.width - sect.left - sect.right
    body_h = sect.height - sect.top - sect.bottom
    ctx = LayoutContext(
        fonts=fontset, section=sect, default_tab=spec.default_tab, body_height=body_h, missing=set()
    )
    flowables = _keep_seal_zones(_blocks_to_flowables(spec.blocks, ctx))
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=(sect.width, sect.height),
        leftMargin=sect.left,
        rightMargin=sect.right,
        topMargin=sect.top,
        bottomMargin=sect.bottom,
        title=_title_of(spec),
        author=author,
        creator="wagecase",
        subject="",
        invariant=1,
    )
    frame = Frame(
        sect.left, sect.bottom, body_w, body_h,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        id="body", overlapAttachedSpace=0,
    )
    doc.addPageTemplates(
        [PageTemplate(id="page", frames=[frame], onPage=_page_decorations(fontset, copy_mark, draft_mark))]
    )
    counter: list[int] = []
    doc.build(flowables or [DocParagraph(ParaSpec(pieces=[], mark=RunStyle()), ctx)],
              canvasmaker=_numbered_canvas(fontset, (sect.left, sect.right, sect.bottom), counter,
                                           sect.page_footer))
    warnings = list(fontset.warnings) + list(spec.warnings)
    if ctx.missing:
        chars = "".join(sorted(ctx.missing))
        warnings.append(f"所用字体缺少字符“{chars}”，PDF 中改用阅读器的内置字体显示。")
    return PdfResult(data=buf.getvalue(), warnings=tuple(warnings), pages=counter[-1] if counter else 0)
