"""The benchmark suite in one command: every figure of issue 11 as a ratio against its baseline
measured in the same run, on cached demo databases of each size.

    .venv/bin/python bench/run.py                       # 100,000 and 1,000,000 cases
    .venv/bin/python bench/run.py --sizes 10000 --quick  # what CI runs: prints, never fails on a ratio
    .venv/bin/python bench/run.py --only 3,7             # some figures

The demo databases are built once with ``wagecase-cli demo`` and cached in bench/cache/ (a
million cases take about 11 minutes and 4.5 GB; a cached file of an older schema is migrated,
with a backup, on first use). Results: bench/results.json (every figure, its parts and the SQL
replayed) and bench/RESULTS.md (the table, the machine). Exit 0 whatever the ratios: machines
are noisy, so the numbers are read, not gated; exit 1 only when a figure could not be measured.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # figure 4 builds the case screen in-process

import figures  # noqa: E402
from bench_startup import demo_database  # noqa: E402

NAMES = {
    1: "cold start to the first painted window with the case list filled, vs a bare PySide6 window",
    2: "case list: first page, a deep page, a change of sort, vs the same SQL through sqlite3",
    3: "search (count + first page) by name fragments of 1/2/3 characters, an ID fragment, an employer, "
       "a case number, pinyin initials, vs a LIKE '%…%' scan",
    4: "opening a collective case of 200 workers; saving an intake of 50 workers",
    5: "reading a 5,000-row roster vs openpyxl's read-only load",
    6: "rendering notices vs bare ReportLab (and vs LibreOffice)",
    7: "the monthly report vs its bare SQL aggregation",
    8: "peak memory while scrolling the whole case list",
}
PER_SIZE = (1, 2, 3, 7, 8)


def run(sizes: list[int], only: set[int], quick: bool) -> dict:
    runs = 3 if quick else 7
    results: dict = {"machine": figures.machine(), "quick": quick, "sizes": {}, "once": {}, "errors": []}

    def attempt(store: dict, number: int, fn) -> None:
        if number not in only:
            return
        started = time.perf_counter()
        print(f"  figure {number}: {NAMES[number]} …", file=sys.stderr, flush=True)
        try:
            store[str(number)] = fn() | {"name": NAMES[number], "seconds": round(time.perf_counter() - started, 1)}
        except (Exception, SystemExit) as exc:  # noqa: BLE001 - one broken figure must not hide the rest
            results["errors"].append({"figure": number, "error": f"{type(exc).__name__}: {exc}",
                                      "trace": traceback.format_exc()[-3000:]})
            print(f"    failed: {exc}", file=sys.stderr)

    for size in sizes:
        print(f"{size:,} cases", file=sys.stderr, flush=True)
        db, built = demo_database(size, rebuild=False)
        store = results["sizes"][str(size)] = {"db_mb": None, "built_s": round(built, 1) if built else None}
        attempt(store, 1, lambda: figures.cold_start(db, 3 if quick else 5))
        attempt(store, 2, lambda: figures.case_list(db, runs))
        attempt(store, 3, lambda: figures.search(db, runs))
        attempt(store, 7, lambda: figures.monthly_report(db, 2 if quick else 5))
        attempt(store, 8, lambda: figures.scroll_memory(db, 50 if quick else 400))
        store["db_mb"] = round(db.stat().st_size / 1024 / 1024, 1)  # after a migration, if any
    once = results["once"]
    attempt(once, 4, lambda: figures.collective(runs))
    attempt(once, 5, lambda: figures.roster(5000, 3 if quick else 5))
    attempt(once, 6, lambda: figures.documents(50 if quick else 1000))
    return results


def _value(f: dict, unit: str) -> str:
    if f.get("wagecase") is None:
        return "—"
    return f"{f['wagecase']:,.1f} {unit}"


def markdown(results: dict) -> str:
    m = results["machine"]
    lines = [
        "# Benchmark results",
        "",
        f"Measured {m['measured_at']} by `bench/run.py`{' --quick' if results['quick'] else ''}. Machine: "
        f"{m['platform']}, {m['cpu']} ({m['cpus']} cores), {m['memory']}; Python {m['python']}, "
        f"SQLite {m['sqlite']}, PySide6 {m['pyside6']}; load average at the start {m['load']}.",
        *[f"Figures {', '.join(u['figures'])} measured again {u['machine']['measured_at']} (load "
          f"{u['machine']['load']})." for u in results.get("updated", [])],
        "Each figure is a ratio against its baseline measured in the same run (medians); absolute "
        "times are context only. bench/results.json has every part, the SQL replayed and the plans.",
        "",
        "| # | figure | cases | wagecase | baseline | ratio | bound | met |",
        "|---|---|---|---|---|---|---|---|",
    ]

    def row(number: str, f: dict, cases: str) -> None:
        unit = "MiB" if number == "8" else "ms"
        ratio = f"{f['ratio']:.3g}×" if f.get("ratio") is not None else "—"
        base = f"{f['baseline']:,.1f} {unit}" if f.get("baseline") is not None else "—"
        met = {True: "yes", False: "**no**", None: "—"}[f.get("met")]
        lines.append(f"| {number} | {NAMES[int(number)]} | {cases} | {_value(f, unit)} | {base} | {ratio} | "
                     f"{f['bound']} | {met} |")

    for size, store in results["sizes"].items():
        for number in map(str, PER_SIZE):
            if number in store:
                row(number, store[number], f"{int(size):,}")
    for number in ("4", "5", "6"):
        if number in results["once"]:
            row(number, results["once"][number], "—")
    parts = []
    for size, store in results["sizes"].items():
        for number, key in (("2", "parts"), ("3", "parts")):
            f = store.get(number)
            if not f:
                continue
            parts.append(f"\nFigure {number}, {int(size):,} cases:\n")
            for name, p in f["detail"][key].items():
                base = p.get("sqlite3_ms", p.get("like_scan_ms"))
                label = f"{name} ({p['fragment']}, {p['cases']:,} cases)" if "fragment" in p else name
                parts.append(f"- {label}: {p['wagecase_ms']:.2f} ms vs {base:.2f} ms, {p['ratio']}×")
    f4 = results["once"].get("4")
    if f4:
        d = f4["detail"]
        parts.append(f"\nFigure 4: the 200-worker case screen {d['open_200_worker_case_ms']['median']:.1f} ms, "
                     f"a 50-worker intake saved {d['save_50_worker_intake_ms']['median']:.1f} ms.")
    f6 = results["once"].get("6")
    if f6:
        lo = f6["detail"]["libreoffice"]
        said = (f"LibreOffice {lo['libreoffice_ms_per_document']} ms per document in one batch: "
                f"{lo['times_faster']}× slower" if lo["libreoffice_ms_per_document"]
                else "LibreOffice is not installed here: not compared")
        parts.append(f"\nFigure 6: {f6['detail']['count']} × {f6['detail']['title']}; {said}.")
    if results["errors"]:
        parts.append("\nNot measured:\n")
        parts += [f"- figure {e['figure']}: {e['error']}" for e in results["errors"]]
    return "\n".join(lines + parts) + "\n"


def merged(path: Path, new: dict) -> dict:
    """A partial run (--only) updates its figures in the last full results, keeping the rest."""
    try:
        old = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return new
    if old.get("quick") != new["quick"]:
        return new
    for size, store in new["sizes"].items():
        old["sizes"].setdefault(size, {}).update(store)
    old["once"].update(new["once"])
    old["errors"] = [e for e in old.get("errors", []) if str(e["figure"]) not in
                     {str(k) for store in (new["once"], *new["sizes"].values()) for k in store}] + new["errors"]
    old.setdefault("updated", []).append({"figures": sorted({k for s in (new["once"], *new["sizes"].values())
                                                             for k in s if k.isdigit()}),
                                          "machine": new["machine"]})
    return old


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000", help="demo database sizes, comma-separated")
    parser.add_argument("--only", default="",
                        help="figure numbers, comma-separated (default: all); updates them in the last results")
    parser.add_argument("--quick", action="store_true", help="fewer runs and documents (CI)")
    parser.add_argument("--out", type=Path, default=HERE, help="folder of results.json and RESULTS.md")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    only = {int(s) for s in args.only.split(",") if s.strip()} or set(NAMES)
    results = run(sizes, only, args.quick)
    if args.only:
        results = merged(args.out / "results.json", results)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=2, default=str),
                                           encoding="utf-8")
    text = markdown(results)
    (args.out / "RESULTS.md").write_text(text, encoding="utf-8")
    print(text)
    return 1 if results["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
