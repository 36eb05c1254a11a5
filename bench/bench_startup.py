"""First benchmark: cold start and the case list on a large demo database, against baselines.

    python bench/bench_startup.py [--cases 100000] [--runs 5] [--rebuild]

(a) cold start to the first painted window: a bare PySide6 QMainWindow vs ``python -m wagecase``
    on the demo database (offscreen, each a fresh process, median of --runs);
(b) the case list's first page (50 rows, default sort) and one search ("张伟") through
    ``services.cases`` vs the same SQL through the stdlib sqlite3 module.

The demo database is built once with ``wagecase-cli demo`` and cached under bench/cache/.
Results: a table on stdout and bench/out/startup.json. The app's side of (a) follows the
contract in bench/README.md (WAGECASE_EXIT_AFTER_PAINT=1).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import queue
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CACHE = HERE / "cache"
OUT = HERE / "out"
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

SEARCH = "张伟"
PAGE = 50
APP_TIMEOUT_S = 120

BARE_WINDOW = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, report)
        return False

def report():
    print(json.dumps({"painted": True}), flush=True)
    app.quit()

app = QApplication(sys.argv)
win = QMainWindow()
win.setWindowTitle("bare")
win.resize(1200, 800)
watch = FirstPaint()
win.installEventFilter(watch)
win.show()
sys.exit(app.exec())
"""


# ---- the demo database ----------------------------------------------------------------------

def demo_database(cases: int, rebuild: bool) -> tuple[Path, float | None]:
    """The cached demo database of ``cases`` cases; builds it when missing (returns build secs)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"demo-{cases}.sqlite3"
    if path.exists() and not rebuild and _case_count(path) == cases:
        return path, None
    building = CACHE / f"demo-{cases}.building.sqlite3"
    for p in (path, building):
        for suffix in ("", "-wal", "-shm"):
            Path(str(p) + suffix).unlink(missing_ok=True)
    print(f"building a demo database of {cases:,} cases (cached in {CACHE}) ...", file=sys.stderr)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "wagecase.cli", "demo", "--cases", str(cases),
                    "--database", f"sqlite:///{building}"], env=_env(), check=True, cwd=ROOT)
    elapsed = time.perf_counter() - started
    conn = sqlite3.connect(building)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    os.replace(building, path)
    for suffix in ("-wal", "-shm"):
        Path(str(building) + suffix).unlink(missing_ok=True)
    return path, elapsed


def _case_count(path: Path) -> int | None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT COUNT(*) FROM cases").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # logs, backups and QSettings of the measured app stay inside bench/cache
    env["WAGECASE_DATA_DIR"] = str(CACHE / "data")
    env["WAGECASE_SETTINGS_DIR"] = str(CACHE / "settings")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("WAGECASE_DATABASE_URL", None)
    env.update(extra)
    return env


# ---- (a) cold start -------------------------------------------------------------------------

def time_to_first_json(cmd: list[str], env: dict[str, str]) -> tuple[float, dict]:
    """Wall time from spawning the process to its first JSON line on stdout (ms), and the line.

    Measured in the parent so that interpreter start-up and imports count, for both sides alike.
    A child that hangs or dies without the line raises RuntimeError (never blocks the bench).
    """
    lines: queue.Queue[str | None] = queue.Queue()
    with tempfile.TemporaryFile() as err:  # a file, not a pipe: a chatty child must not block
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=err,
                                text=True, encoding="utf-8")

        def read() -> None:
            assert proc.stdout is not None
            for raw in proc.stdout:
                lines.put(raw)
            lines.put(None)

        threading.Thread(target=read, daemon=True).start()
        try:
            deadline = started + APP_TIMEOUT_S
            while True:
                try:
                    line = lines.get(timeout=max(0.1, deadline - time.perf_counter()))
                except queue.Empty:
                    raise RuntimeError(f"no paint report within {APP_TIMEOUT_S} s") from None
                if line is None:
                    proc.wait(timeout=10)
                    err.seek(0)
                    tail = err.read().decode("utf-8", "replace").strip()[-400:]
                    raise RuntimeError(f"exit {proc.returncode} without a paint report: {tail}")
                if line.strip().startswith("{"):
                    elapsed = (time.perf_counter() - started) * 1000
                    return elapsed, json.loads(line)
        finally:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def measure_cold_start(db: Path, runs: int) -> dict:
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    app_cmd = [sys.executable, "-m", "wagecase", "--database", f"sqlite:///{db}"]
    app_env = _env(WAGECASE_EXIT_AFTER_PAINT="1", WAGECASE_NO_DEMO_PROMPT="1")
    result: dict = {}

    time_to_first_json(bare_cmd, _env())  # warm the page cache: we compare code, not the disk
    bare = [time_to_first_json(bare_cmd, _env())[0] for _ in range(runs)]
    result["bare_qmainwindow_ms"] = _summary(bare)

    try:
        time_to_first_json(app_cmd, app_env)
        app_runs = [time_to_first_json(app_cmd, app_env) for _ in range(runs)]
    except (RuntimeError, OSError, json.JSONDecodeError) as exc:
        result["app_ms"] = None
        result["app_error"] = f"app entry not ready: {exc}"
        return result
    result["app_ms"] = _summary([ms for ms, _ in app_runs])
    reported = [line.get("painted_ms") for _, line in app_runs if line.get("painted_ms") is not None]
    if reported:
        # the app's own clock starts when wagecase/__main__ is imported, not at process start
        result["app_self_reported_painted_ms"] = _summary(reported)
    result["app_rows_painted"] = app_runs[-1][1].get("rows")
    result["ratio_app_to_bare"] = round(result["app_ms"]["median"] / result["bare_qmainwindow_ms"]["median"], 2)
    return result


# ---- (b) the case list against raw SQL --------------------------------------------------------

PAGE_SQL = (
    "SELECT cases.id, cases.case_number, cases.case_type, cases.status, cases.is_collective, "
    "cases.lead_worker_name, cases.worker_count, cases.employer_name, cases.claimed_fen, "
    "cases.received_date, users.display_name AS officer_name, regions.name AS county_name "
    "FROM cases LEFT OUTER JOIN users ON users.id = cases.officer_id "
    "LEFT OUTER JOIN regions ON regions.code = cases.county_code "
    "{where}ORDER BY cases.received_date DESC, cases.id DESC LIMIT ? OFFSET ?"
)
SEARCH_WHERE = "WHERE cases.search_text LIKE ? ESCAPE '\\' "
COUNT_SQL = "SELECT count(*) AS count_1 FROM cases {where}"


def measure_queries(db: Path, repeats: int) -> dict:
    from wagecase import bootstrap
    from wagecase.services.dto import CaseFilter, CaseSort

    services = bootstrap.build(f"sqlite:///{db}", data_dir=CACHE / "data")
    emitted = _capture_sql(services)
    sort = CaseSort()
    service_calls = {
        "first_page": lambda: services.cases.page(CaseFilter(), sort, 0, PAGE),
        "search_page": lambda: services.cases.page(CaseFilter(search=SEARCH), sort, 0, PAGE),
        "search_count": lambda: services.cases.count(CaseFilter(search=SEARCH)),
    }
    conn = sqlite3.connect(db)
    like = f"%{SEARCH}%"
    raw_calls = {
        "first_page": (PAGE_SQL.format(where=""), (PAGE, 0)),
        "search_page": (PAGE_SQL.format(where=SEARCH_WHERE), (like, PAGE, 0)),
        "search_count": (COUNT_SQL.format(where=SEARCH_WHERE.strip()), (like,)),
    }
    results: dict = {}
    for name, call in service_calls.items():
        emitted.clear()
        rows = call()
        sql_seen = [s for s in emitted if "FROM cases" in s]
        raw_sql, params = raw_calls[name]
        raw_rows = conn.execute(raw_sql, params).fetchall()
        n = rows if isinstance(rows, int) else len(rows)
        raw_n = raw_rows[0][0] if name.endswith("count") else len(raw_rows)
        if n != raw_n:
            raise SystemExit(f"{name}: services returned {n} rows, raw SQL {raw_n}: the SQL differs")
        svc = _timed(call, repeats)
        raw = _timed(lambda s=raw_sql, p=params: conn.execute(s, p).fetchall(), repeats)
        results[name] = {
            "rows": n, "services_ms": svc, "sqlite3_ms": raw,
            "ratio": round(svc["median"] / raw["median"], 2) if raw["median"] else None,
            "sql_emitted_by_storage": " ".join(sql_seen[-1].split()) if sql_seen else None,
            "sql_raw": raw_sql,
        }
    conn.close()
    services.ctx.uow.engine.dispose()
    return results


def _capture_sql(services) -> list[str]:
    """The statements the storage layer sends, to show that the raw side runs the same SQL."""
    from sqlalchemy import event  # the bench may look under the hood; the app may not

    seen: list[str] = []
    event.listen(services.ctx.uow.engine, "before_cursor_execute",
                 lambda conn, cursor, statement, *rest: seen.append(statement))
    return seen


def _timed(fn, repeats: int) -> dict:
    for _ in range(2):
        fn()  # warm: page cache, prepared statements, lazy imports
    samples = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return _summary(samples)


def _summary(samples: list[float]) -> dict:
    return {"median": round(statistics.median(samples), 2), "min": round(min(samples), 2),
            "max": round(max(samples), 2), "n": len(samples)}


# ---- report ---------------------------------------------------------------------------------

def print_table(report: dict) -> None:
    start = report["cold_start"]
    q = report["queries"]
    lines = [
        f"demo database: {report['cases']:,} cases, {report['db_size_mb']} MB"
        + (f" (built in {report['build_seconds']:.1f} s)" if report.get("build_seconds") else " (cached)"),
        "",
        f"{'measure':<44}{'wagecase':>12}{'baseline':>12}{'ratio':>8}",
        "-" * 76,
    ]
    bare = start["bare_qmainwindow_ms"]["median"]
    if start.get("app_ms"):
        lines.append(f"{'cold start to first paint, ms (vs bare Qt)':<44}"
                     f"{start['app_ms']['median']:>12.1f}{bare:>12.1f}{start['ratio_app_to_bare']:>7.2f}x")
    else:
        lines.append(f"{'cold start to first paint, ms (vs bare Qt)':<44}{'n/a':>12}{bare:>12.1f}{'':>8}")
        lines.append(f"  {start.get('app_error', 'app entry not ready')[:200]}")
    labels = {"first_page": f"case list first page ({PAGE} rows), ms",
              "search_page": f"search “{SEARCH}” first page, ms",
              "search_count": f"search “{SEARCH}” count, ms"}
    for name, label in labels.items():
        r = q[name]
        lines.append(f"{label:<44}{r['services_ms']['median']:>12.2f}{r['sqlite3_ms']['median']:>12.2f}"
                     f"{r['ratio']:>7.2f}x")
    lines.append("-" * 76)
    lines.append("baselines: a bare PySide6 QMainWindow (fresh process, offscreen); the same SQL via sqlite3")
    print("\n".join(lines))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5, help="cold starts per side (median)")
    parser.add_argument("--repeats", type=int, default=30, help="runs per query (median)")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached demo database")
    args = parser.parse_args()

    db, build_seconds = demo_database(args.cases, args.rebuild)
    report = {
        "cases": args.cases,
        "db_size_mb": round(db.stat().st_size / 1024 / 1024, 1),
        "build_seconds": round(build_seconds, 1) if build_seconds is not None else None,
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count(), "sqlite": sqlite3.sqlite_version},
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "cold_start": measure_cold_start(db, args.runs),
        "queries": measure_queries(db, args.repeats),
    }
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "startup.json").write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    print_table(report)
    print(f"\nwritten: {OUT / 'startup.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
