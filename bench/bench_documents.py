"""A batch of one form, through the whole document pipeline, against a bare ReportLab render.

    python bench/bench_documents.py [--count 1000] [--form inspection.acceptance_notice]

For ``--count`` documents of one form (each with its own 文号, the same sample case):

- **pipeline**: context builder → docxtpl fill of the Word template → the DOCX read back and laid
  out with ReportLab (fonts resolved and embedded) — what 签发 does per document;
- **docx only**: context builder → docxtpl, the Word half alone;
- **baseline**: a bare ReportLab render of the same paragraphs (the text of the filled document,
  same registered fonts, same page size and margins, no template, no DOCX) — the floor any PDF
  of this content costs.

Results: a table on stdout and bench/out/documents.json. No database is involved.
"""
from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
OUT = HERE / "out"


def measure_documents(count: int, form_id: str = "inspection.acceptance_notice") -> dict:
    """The pipeline, its DOCX half and the bare ReportLab render of ``count`` documents."""
    import docx as python_docx
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from wagecase import paths
    from wagecase.documents import fonts as fontmod
    from wagecase.documents.catalogue import load_catalogue
    from wagecase.documents.context import build_context
    from wagecase.documents.docx_render import render_docx
    from wagecase.documents.pdf_render import docx_to_pdf
    from wagecase.documents.samples import sample_facts_for, sample_inputs

    started = time.perf_counter()
    fonts = fontmod.resolve_fonts()
    font_ms = (time.perf_counter() - started) * 1000
    form = load_catalogue(paths.forms_dir())[form_id]
    template = paths.forms_dir() / "templates" / form.template
    facts = sample_facts_for(form)
    inputs = sample_inputs(form)
    issued = date(2026, 3, 5)

    def one_docx(i: int) -> bytes:
        ctx = build_context(form, facts, number=f"郑人社监通字〔2026〕{i}号", issued_on=issued,
                            inputs=inputs)
        return render_docx(template, ctx)

    def pipeline(i: int) -> int:
        return len(docx_to_pdf(one_docx(i), fonts=fonts).data)

    sample = python_docx.Document(io.BytesIO(one_docx(1)))
    texts = [p.text for p in sample.paragraphs]
    body = ParagraphStyle("body", fontName=fonts.name(fontmod.FANGSONG), fontSize=16, leading=29,
                          firstLineIndent=32, wordWrap="CJK")

    def baseline(i: int) -> int:
        out = io.BytesIO()
        doc = SimpleDocTemplate(out, pagesize=A4, topMargin=37 * mm, bottomMargin=35 * mm,
                                leftMargin=28 * mm, rightMargin=26 * mm)
        doc.build([Paragraph(t.replace("〔2026〕1号", f"〔2026〕{i}号"), body) for t in texts])
        return len(out.getvalue())

    report = {"form": form.id, "title": form.title, "count": count, "font_resolution_ms": round(font_ms, 1),
              "fonts": dict(fonts.sources), "embedded": fonts.embedded}
    for name, fn in (("pipeline", pipeline), ("docx_only", lambda i: len(one_docx(i))),
                     ("baseline_reportlab", baseline)):
        fn(0)  # warm: templates parsed, fonts subset tables built
        per: list[float] = []
        sizes = 0
        t0 = time.perf_counter()
        for i in range(1, count + 1):
            t = time.perf_counter()
            sizes += fn(i)
            per.append((time.perf_counter() - t) * 1000)
        total = time.perf_counter() - t0
        report[name] = {"total_s": round(total, 2), "median_ms": round(statistics.median(per), 2),
                        "p95_ms": round(sorted(per)[int(len(per) * 0.95) - 1], 2),
                        "mean_kib": round(sizes / count / 1024, 1)}
    report["ratio_pipeline_vs_baseline"] = round(
        report["pipeline"]["total_s"] / report["baseline_reportlab"]["total_s"], 2)
    report["docx_samples"] = [one_docx(i) for i in range(1, 21)]  # for a LibreOffice comparison
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--form", default="inspection.acceptance_notice")
    args = parser.parse_args()
    report = measure_documents(args.count, args.form)
    report.pop("docx_samples")
    form_title = report["title"]
    fonts_embedded, font_ms = report["embedded"], report["font_resolution_ms"]
    OUT.mkdir(exist_ok=True)
    (OUT / "documents.json").write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"{form_title} ×{args.count}   fonts embedded: {fonts_embedded}   font set-up {font_ms:.0f} ms")
    print(f"{'':<20}{'total':>10}{'median':>12}{'p95':>10}{'size':>10}")
    for name in ("pipeline", "docx_only", "baseline_reportlab"):
        r = report[name]
        print(f"{name:<20}{r['total_s']:>9.2f}s{r['median_ms']:>10.2f}ms{r['p95_ms']:>8.2f}ms"
              f"{r['mean_kib']:>7.1f}KiB")
    print(f"pipeline / baseline: {report['ratio_pipeline_vs_baseline']}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
