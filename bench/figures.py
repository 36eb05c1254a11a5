"""The eight figures of the benchmark suite (issue 11), each against its baseline in the same run.

Every function returns a dict with ``wagecase`` and ``baseline`` (median ms, or MiB for memory),
``ratio`` (wagecase / baseline), ``bound`` (what the ratio, or the value, must reach), ``met``
and a ``detail`` dict for the JSON. run.py calls them and writes the results.
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from bench_startup import CACHE, _env, _summary, measure_cold_start  # noqa: E402
from bench_stats import Recorder, busiest_month, measure  # noqa: E402

PAGE = 50


def _figure(wagecase: float | None, baseline: float | None, bound: str, met: bool | None, **detail) -> dict:
    ratio = round(wagecase / baseline, 3) if wagecase is not None and baseline else None
    return {"wagecase": wagecase, "baseline": baseline, "ratio": ratio, "bound": bound, "met": met,
            "detail": detail}


def timed(fn, runs: int) -> dict:
    fn()  # warm: lazy imports, prepared statements, the page cache
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return _summary(samples)


def open_services(db: Path):
    from wagecase import bootstrap

    return bootstrap.build(f"sqlite:///{db}", data_dir=CACHE / "data")


# ---- 1. cold start ------------------------------------------------------------------------------

def cold_start(db: Path, runs: int) -> dict:
    r = measure_cold_start(db, runs)
    if not r.get("app_ms"):
        return _figure(None, r["bare_qmainwindow_ms"]["median"], "≤ 2.5×", False, error=r.get("app_error"))
    app, bare = r["app_ms"]["median"], r["bare_qmainwindow_ms"]["median"]
    return _figure(app, bare, "≤ 2.5×", app / bare <= 2.5, **r)


# ---- 2. the case list: first page, a deep page, a change of sort ------------------------------

def case_list(db: Path, runs: int) -> dict:
    """Each through services.cases.page against the very statements it sent, replayed through
    sqlite3 (bench_stats.measure)."""
    from wagecase.services.dto import CaseFilter, CaseSort

    services = open_services(db)
    recorder = Recorder(services.ctx.uow.engine)
    conn = sqlite3.connect(db)
    total = services.cases.count(CaseFilter())
    deep = max(0, int(total * 0.9) // PAGE * PAGE)
    calls = {
        "first_page": lambda: services.cases.page(CaseFilter(), CaseSort(), 0, PAGE),
        "deep_page": lambda: services.cases.page(CaseFilter(), CaseSort(), deep, PAGE),
        "sort_change": lambda: services.cases.page(CaseFilter(), CaseSort("claimed_fen", True), 0, PAGE),
    }
    parts = {}
    try:
        for name, call in calls.items():
            m = measure(name, call, recorder, conn, runs)
            parts[name] = {"wagecase_ms": m["wagecase_ms"]["median"], "sqlite3_ms": m["baseline_ms"]["median"],
                           "ratio": m["ratio"], "sql": [s["sql"] for s in m["statements"]]}
    finally:
        conn.close()
        services.ctx.uow.engine.dispose()
    worst = max(parts.values(), key=lambda p: p["ratio"] or 0)
    return _figure(worst["wagecase_ms"], worst["sqlite3_ms"], "≤ 1.5× (each)",
                   all((p["ratio"] or 0) <= 1.5 for p in parts.values()), deep_offset=deep, parts=parts)


# ---- 3. search ----------------------------------------------------------------------------------

def _fragments(conn: sqlite3.Connection) -> dict[str, str]:
    """Real fragments of one demo collective case: a worker's name (1, 2, 3 characters), an ID
    number's tail, the employer's name, the case number, the employer's pinyin initials."""
    text = conn.execute("SELECT search_text FROM cases WHERE is_collective = 1 ORDER BY id LIMIT 1 OFFSET 7"
                        ).fetchone()[0]
    fields = text.split("|")
    name = next(f for f in fields[4:] if len(f) == 3 and all("\u4e00" <= c <= "\u9fff" for c in f))
    id_number = next(f for f in fields if len(f) == 18 and f[:17].isdigit())
    return {"name_1": name[0], "name_2": name[:2], "name_3": name, "id_fragment": id_number[-8:],
            "employer": fields[1][2:8], "case_number": fields[0], "pinyin": fields[2][:4]}


def search(db: Path, runs: int) -> dict:
    """The list's search (count + first page, what typing in the box costs) against a plain
    LIKE '%…%' scan of the same column: each must cost at most a tenth of the scan."""
    from wagecase.services.dto import CaseFilter, CaseSort

    services = open_services(db)
    conn = sqlite3.connect(db)
    parts = {}
    try:
        for name, fragment in _fragments(conn).items():
            flt = CaseFilter(search=fragment)
            like = f"%{fragment.lower()}%"
            scan_sql = "SELECT count(*) FROM cases WHERE search_text LIKE ?"
            found = services.cases.count(flt)
            scanned = conn.execute(scan_sql, (like,)).fetchone()[0]
            if found != scanned:
                raise SystemExit(f"search {fragment!r}: the index finds {found} cases, LIKE {scanned}")
            app = timed(lambda: (services.cases.count(flt), services.cases.page(flt, CaseSort(), 0, PAGE)), runs)
            scan = timed(lambda: conn.execute(scan_sql, (like,)).fetchone(), max(3, runs // 3))
            parts[name] = {"fragment": fragment, "cases": found, "wagecase_ms": app["median"],
                           "like_scan_ms": scan["median"], "ratio": round(app["median"] / scan["median"], 3)}
    finally:
        conn.close()
        services.ctx.uow.engine.dispose()
    worst = max(parts.values(), key=lambda p: p["ratio"])
    return _figure(worst["wagecase_ms"], worst["like_scan_ms"], "≤ 0.1× (each)",
                   all(p["ratio"] <= 0.1 for p in parts.values()), parts=parts)


# ---- 4. a collective case of 200 workers opened; an intake of 50 workers saved ----------------

def collective(runs: int) -> dict:
    """On a fresh database of its own (the cached demo files stay as built): the case screen
    (CaseView, offscreen) of a 200-worker case built and laid out, and a 50-worker intake saved.
    No baseline: each must stay under 100 ms, about one repaint-bound interaction."""
    from PySide6.QtWidgets import QApplication

    from wagecase import bootstrap
    from wagecase.ui.case_view import CaseView
    from wagecase.ui.prompts import ScriptedPrompts

    sys.path.insert(0, str(ROOT / "tests"))
    from integration.intake_support import intake, worker  # the tests' builders of valid input

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="wagecase-bench-"))
    try:
        services = bootstrap.build(f"sqlite:///{folder / 'bench.sqlite3'}", data_dir=folder / "data")
        services.demo.generate(200)
        big = services.intake.register(intake([worker(i) for i in range(200)], collective=True, construction=True,
                                              confirm_possible_duplicates=True)).case_id
        prompts = ScriptedPrompts()

        def open_case() -> None:
            view = CaseView(services, prompts, big)
            view.resize(1280, 800)
            view.show()
            app.processEvents()
            view.close()
            view.deleteLater()

        counter = iter(range(1_000_000))

        def save_intake() -> None:
            n = next(counter)
            services.intake.register(intake([worker(1000 + 50 * n + i) for i in range(50)], collective=True,
                                            confirm_possible_duplicates=True))

        opened, saved = timed(open_case, runs), timed(save_intake, runs)
        services.ctx.uow.engine.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    worst = max(opened["median"], saved["median"])
    return _figure(worst, None, "< 100 ms (each)", worst < 100,
                   open_200_worker_case_ms=opened, save_50_worker_intake_ms=saved)


# ---- 5. a 5,000-row roster ----------------------------------------------------------------------

def roster(rows: int, runs: int) -> dict:
    from openpyxl import Workbook, load_workbook

    sys.path.insert(0, str(ROOT / "tests"))
    from integration.intake_support import id_number

    from wagecase import bootstrap

    folder = Path(tempfile.mkdtemp(prefix="wagecase-bench-"))
    try:
        path = folder / "花名册.xlsx"
        wb = Workbook()
        ws = wb.active
        ws.append(["序号", "姓名", "身份证号码", "联系电话", "工种", "欠薪期间", "欠薪金额（元）"])
        for i in range(rows):
            ws.append([i + 1, f"工人{i}", id_number(i % 1000, birth=f"19{70 + i // 1000}0312"), f"138{i:08d}",
                       "钢筋工", "2025年10月至2026年1月", 3000 + i % 500])
        wb.save(path)
        services = bootstrap.build(f"sqlite:///{folder / 'bench.sqlite3'}", data_dir=folder / "data")

        def bare() -> None:
            book = load_workbook(path, read_only=True, data_only=True)
            sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
            book.close()

        read = services.roster.read(path)
        if len(read.workers) != rows or read.problems:
            raise SystemExit(f"roster: {len(read.workers)} of {rows} rows read, problems {read.problems[:3]}")
        app, base = timed(lambda: services.roster.read(path), runs), timed(bare, runs)
        services.ctx.uow.engine.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return _figure(app["median"], base["median"], "≤ 2×", app["median"] / base["median"] <= 2, rows=rows)


# ---- 6. 1,000 notices -----------------------------------------------------------------------------

def documents(count: int) -> dict:
    from bench_documents import measure_documents

    r = measure_documents(count)
    samples = r.pop("docx_samples")
    app_ms = r["pipeline"]["total_s"] * 1000 / count
    bare_ms = r["baseline_reportlab"]["total_s"] * 1000 / count
    office = libreoffice_per_document(samples)
    vs_office = {"libreoffice_ms_per_document": office,
                 "times_faster": round(office / app_ms, 1) if office else None,
                 "met": (office / app_ms >= 10) if office else None}
    return _figure(round(app_ms, 2), round(bare_ms, 2), "≤ 1.3× bare ReportLab; ≥ 10× faster than LibreOffice",
                   app_ms / bare_ms <= 1.3 and vs_office["met"] is not False, libreoffice=vs_office, **r)


def libreoffice_per_document(samples: list[bytes]) -> float | None:
    """ms per document of LibreOffice converting the same DOCX files to PDF in one batch (its
    best case); None when it is not installed."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if not office:
        return None
    folder = Path(tempfile.mkdtemp(prefix="wagecase-bench-lo-"))
    try:
        files = []
        for i, data in enumerate(samples):
            f = folder / f"{i}.docx"
            f.write_bytes(data)
            files.append(str(f))
        profile = f"-env:UserInstallation=file://{folder / 'profile'}"
        subprocess.run([office, profile, "--headless", "--convert-to", "pdf", "--outdir", str(folder / "w"),
                        files[0]], capture_output=True, timeout=300)  # warm: the profile is created
        started = time.perf_counter()
        subprocess.run([office, profile, "--headless", "--convert-to", "pdf", "--outdir", str(folder / "out"),
                        *files], capture_output=True, timeout=600, check=True)
        elapsed = (time.perf_counter() - started) * 1000
        made = len(list((folder / "out").glob("*.pdf")))
        return round(elapsed / made, 1) if made else None
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# ---- 7. the monthly report ----------------------------------------------------------------------

def monthly_report(db: Path, runs: int) -> dict:
    from wagecase.domain.statistics import month_period

    year, month, received = busiest_month(db)
    services = open_services(db)
    recorder = Recorder(services.ctx.uow.engine)
    conn = sqlite3.connect(db)
    try:
        period = month_period(year, month)
        services.statistics.report(period)
        m = measure("report", lambda: services.statistics.report(period), recorder, conn, runs)
    finally:
        conn.close()
        services.ctx.uow.engine.dispose()
    app, base = m["wagecase_ms"]["median"], m["baseline_ms"]["median"]
    return _figure(app, base, "≤ 1.5×", app / base <= 1.5, month=f"{year}-{month:02d}", received=received,
                   statements=m["statements_replayed"])


# ---- 8. memory while scrolling the whole list ---------------------------------------------------

SCROLL_CHILD = r"""
import json, resource, sys
from PySide6.QtWidgets import QApplication, QTableView
app = QApplication([])
from wagecase import bootstrap
from wagecase.ui.case_table_model import CaseTableModel
services = bootstrap.build(sys.argv[1], data_dir=__import__("pathlib").Path(sys.argv[2]))
model = CaseTableModel(services.cases)
view = QTableView()
view.setModel(model)
view.resize(1200, 800)
view.show()
app.processEvents()
rows = model.rowCount()
steps = int(sys.argv[3])
for k in range(steps + 1):
    view.scrollTo(model.index(min(rows - 1, rows * k // steps), 0))
    app.processEvents()
view.scrollToBottom()
app.processEvents()
print(json.dumps({"rows": rows, "peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "pages_kept": model.cached_pages()}), flush=True)
"""

BARE_CHILD = r"""
import json, resource
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1200, 800); w.show(); app.processEvents()
print(json.dumps({"peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}), flush=True)
"""


def _child(code: str, *args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code, *args], env=_env(), cwd=ROOT, capture_output=True,
                          text=True, timeout=3600)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"memory child failed: {done.stderr[-1500:]}")
    return json.loads(lines[-1])


def scroll_memory(db: Path, steps: int) -> dict:
    """Peak resident memory of a process that shows the case list over the whole database and
    scrolls it from the first row to the last (``steps`` positions, each painted)."""
    scrolled = _child(SCROLL_CHILD, f"sqlite:///{db}", str(CACHE / "data"), str(steps))
    bare = _child(BARE_CHILD)
    peak = round(scrolled["peak_kib"] / 1024, 1)
    return _figure(peak, round(bare["peak_kib"] / 1024, 1), "≤ 200 MiB", peak <= 200, rows=scrolled["rows"],
                   steps=steps, pages_kept=scrolled["pages_kept"])


# ---- the machine ----------------------------------------------------------------------------------

def machine() -> dict:
    import platform

    from PySide6 import __version__ as pyside

    cpu = ""
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        cpu = platform.processor()
    memory = ""
    try:
        kib = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                       if line.startswith("MemTotal")))
        memory = f"{kib / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    return {"platform": platform.platform(), "cpu": cpu, "cpus": os.cpu_count(), "memory": memory,
            "python": platform.python_version(), "sqlite": sqlite3.sqlite_version, "pyside6": pyside,
            "load": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None,
            "measured_at": datetime.now().astimezone().isoformat(timespec="seconds")}
