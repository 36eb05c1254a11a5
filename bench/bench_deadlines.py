"""The statutory clock on a large demo database, against baselines in the same run.

    python bench/bench_deadlines.py [--cases 100000] [--repeats 20] [--rebuild]

(a) 工作台's 我的期限 (``services.deadlines.due_for_officer``) vs the same join run through the
    stdlib sqlite3 module: the price of the service layer, the calendar and the texts;
(b) one case's deadline panel (``services.deadlines.case_deadlines``: read events, compute every
    period, format) vs reading that case's events with sqlite3: the price of the computation;
(c) recomputing every open case's stored deadlines (``recompute_all``, what a holiday or
    catalogue change in 设置 triggers) vs reading all their events with sqlite3.

Uses the cached demo database of bench_startup.py (rebuilt when it predates stored deadlines).
Results: a table on stdout and bench/out/deadlines.json.
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_startup import CACHE, OUT, _timed, demo_database  # noqa: E402

DUE_SQL = """
SELECT d.case_id, d.period_code, d.start_date, d.due_date, d.provisional, d.extended,
       c.case_number, c.case_type, c.lead_worker_name, c.worker_count, c.is_collective, c.employer_name
FROM case_deadlines d JOIN cases c ON c.id = d.case_id
WHERE c.officer_id = ? AND c.closed_at IS NULL AND d.met_on IS NULL
  AND d.due_date IS NOT NULL AND d.due_date <= ?
ORDER BY d.due_date, d.case_id LIMIT 200
"""
EVENTS_SQL = "SELECT id, kind, event_date, payload FROM case_events WHERE case_id = ? ORDER BY event_date, id"
OPEN_EVENTS_SQL = """
SELECT e.case_id, e.id, e.kind, e.event_date, e.payload FROM case_events e
JOIN cases c ON c.id = e.case_id WHERE c.closed_at IS NULL
"""


def _has_deadlines(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT COUNT(*) FROM case_deadlines").fetchone()[0] > 0
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()

    path = CACHE / f"demo-{args.cases}.sqlite3"
    db, built = demo_database(args.cases, args.rebuild or (path.exists() and not _has_deadlines(path)))

    from wagecase import bootstrap

    services = bootstrap.build(f"sqlite:///{db}", data_dir=CACHE / "data")
    conn = sqlite3.connect(db)
    officer, = conn.execute(
        "SELECT officer_id FROM cases WHERE closed_at IS NULL AND officer_id IS NOT NULL "
        "GROUP BY officer_id ORDER BY COUNT(*) DESC LIMIT 1").fetchone()
    _rules, calendar, today = _clock(services)
    until = calendar.add_working_days(today, 3).date.isoformat()
    case_id, = conn.execute(
        "SELECT case_id FROM case_events GROUP BY case_id ORDER BY COUNT(*) DESC LIMIT 1").fetchone()

    report: dict = {"cases": args.cases, "demo_build_s": round(built, 1) if built else None}
    items = services.deadlines.due_for_officer(officer)
    report["due_list"] = _pair(
        lambda: services.deadlines.due_for_officer(officer),
        lambda: conn.execute(DUE_SQL, (officer, until)).fetchall(), args.repeats,
        rows=len(items))
    report["case_panel"] = _pair(
        lambda: services.deadlines.case_deadlines(case_id),
        lambda: conn.execute(EVENTS_SQL, (case_id,)).fetchall(), args.repeats,
        rows=len(services.deadlines.case_deadlines(case_id)))
    started = time.perf_counter()
    recomputed = services.deadlines.recompute_all()
    recompute_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    conn.execute(OPEN_EVENTS_SQL).fetchall()
    read_ms = (time.perf_counter() - started) * 1000
    report["recompute_all"] = {
        "cases": recomputed, "services_ms": round(recompute_ms), "sqlite3_read_events_ms": round(read_ms),
        "ratio": round(recompute_ms / read_ms, 1) if read_ms else None,
        "per_case_us": round(recompute_ms * 1000 / recomputed) if recomputed else None,
    }
    conn.close()
    services.ctx.uow.engine.dispose()

    OUT.mkdir(exist_ok=True)
    (OUT / "deadlines.json").write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"{'measure':<16}{'services':>14}{'baseline':>14}{'ratio':>8}   rows")
    for name in ("due_list", "case_panel"):
        r = report[name]
        print(f"{name:<16}{r['services_ms']['median']:>11.2f} ms{r['sqlite3_ms']['median']:>11.2f} ms"
              f"{r['ratio']:>8}   {r['rows']}")
    r = report["recompute_all"]
    print(f"{'recompute_all':<16}{r['services_ms']:>11} ms{r['sqlite3_read_events_ms']:>11} ms"
          f"{r['ratio']:>8}   {r['cases']} open cases ({r['per_case_us']} µs each)")
    return 0


def _clock(services):
    from wagecase.services.deadlines import clock_inputs

    return clock_inputs(services.ctx)


def _pair(service_call, raw_call, repeats: int, *, rows: int) -> dict:
    svc = _timed(service_call, repeats)
    raw = _timed(raw_call, repeats)
    return {"rows": rows, "services_ms": svc, "sqlite3_ms": raw,
            "ratio": round(svc["median"] / raw["median"], 1) if raw["median"] else None}


if __name__ == "__main__":
    raise SystemExit(main())
