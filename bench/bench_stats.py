"""The statistics on a large demo database, against the bare SQL aggregation in the same run.

    python bench/bench_stats.py [--cases 1000000] [--runs 5] [--month YYYY-MM] [--rebuild]

A monthly report over 1,000,000 demo cases measured against the bare SQL aggregation:

(a) 统计报表 (``services.statistics.report(month_period(y, m))``) for the month with most cases
    received (or ``--month``) vs the very statements the storage layer emitted for it, captured
    with their parameters (SQLAlchemy ``before_cursor_execute``) and re-run through the stdlib
    sqlite3 module on one open connection, fetching every row;
(b) the supervisor's overview (``services.statistics.overview()``) the same way;
(c) one drill-down: the cases behind the total of 收案情况（按用工所在地）, counted
    (``services.cases.count``) and listed (``services.cases.page(…, 0, 50)``), the same way.

Each measure: one warm-up, then the median of ``--runs``, the two sides alternating. The warm-up
also records how many rows the storage layer got from each statement; the bench stops when the
sqlite3 side gets a different number. The demo database is bench_startup.py's (built once with
``wagecase-cli demo`` and cached under bench/cache/). Results: a table on stdout and
bench/out/stats.json, with every baseline statement's SQL, parameters, rows, median time and
EXPLAIN QUERY PLAN, so the slow ones are visible.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sqlite3
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_startup import CACHE, OUT, _summary, demo_database  # noqa: E402

PAGE = 50
DRILL_TABLE = "received_by_county"
TRANSACTION_CONTROL = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")

BUSIEST_MONTH_SQL = ("SELECT substr(received_date, 1, 7) AS month, count(*) FROM cases "
                     "GROUP BY month ORDER BY 2 DESC, 1 DESC LIMIT 1")


def busiest_month(db: Path) -> tuple[int, int, int]:
    """(year, month, cases received) of the month with most cases received."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        month, count = conn.execute(BUSIEST_MONTH_SQL).fetchone()
    finally:
        conn.close()
    year, mon = month.split("-")
    return int(year), int(mon), count


# ---- what the storage layer sends ---------------------------------------------------------------

class Recorder:
    """The statements (with their parameters) the app's engine sends while ``recording``; while
    ``counting``, also how many rows the session handed back for each (ORM execute, buffered)."""

    def __init__(self, engine) -> None:
        from sqlalchemy import event  # the bench may look under the hood; the app may not

        self.recording = False
        self.statements: list[dict] = []
        self.label = ""
        event.listen(engine, "before_cursor_execute", self._seen)
        self._watch_raw_statements()

    def _watch_raw_statements(self) -> None:
        """The statements run on the DBAPI cursor past SQLAlchemy (storage.raw_statement), from
        the DEBUG log it keeps of them."""
        import logging

        from wagecase.storage import raw_statement

        recorder = self

        class Seen(logging.Handler):
            def emit(self, record: logging.LogRecord) -> None:
                if recorder.recording:
                    recorder.statements.append({"sql": record.getMessage(), "params": list(record.params),
                                                "executemany": False, "label": recorder.label,
                                                "rows": record.rows})

        raw_statement.log.addHandler(Seen())
        raw_statement.log.setLevel(logging.DEBUG)
        raw_statement.log.propagate = False

    def _seen(self, _conn, _cursor, statement, parameters, _context, executemany) -> None:
        if not self.recording:
            return
        self.statements.append({"sql": statement, "params": list(parameters or ()) if not executemany else None,
                                "executemany": executemany, "label": self.label, "rows": None})

    def capture(self, call, label: str = "") -> tuple[object, list[dict]]:
        """Run ``call`` once, recording its statements and the rows each returned to the app."""
        from sqlalchemy import event
        from sqlalchemy.orm import Session

        from wagecase.storage import stats_queries

        def counted(state):
            first = len(self.statements)
            frozen = state.invoke_statement().freeze()
            emitted = [st for st in self.statements[first:] if _is_replayable(st)]  # not BEGIN
            if len(emitted) == 1:  # one statement, one result: its row count is known
                emitted[0]["rows"] = len(frozen.data)
            return frozen()

        real_aggregate = stats_queries.aggregate

        def labelled(session, source, scope, dim, measures, where=()):
            self.label = f"{source.value} by {dim}" if dim else f"{source.value} total"
            try:
                return real_aggregate(session, source, scope, dim, measures, where)
            finally:
                self.label = label

        self.label = label
        self.statements = []
        self.recording = True
        event.listen(Session, "do_orm_execute", counted)
        stats_queries.aggregate = labelled
        try:
            result = call()
        finally:
            stats_queries.aggregate = real_aggregate
            event.remove(Session, "do_orm_execute", counted)
            self.recording = False
            self.label = ""
        return result, self.statements


def _is_replayable(st: dict) -> bool:
    return not st["executemany"] and not st["sql"].lstrip().upper().startswith(TRANSACTION_CONTROL)


def _label(st: dict) -> str:
    if st["label"]:
        return st["label"]
    found = re.search(r"\bFROM\s+(\w+)", st["sql"], re.IGNORECASE)
    return f"read {found.group(1)}" if found else st["sql"].split()[0]


# ---- the two sides ------------------------------------------------------------------------------

def replay(conn: sqlite3.Connection, statements: list[dict]) -> tuple[float, list[float], list[list]]:
    """Every statement through sqlite3, all rows fetched: (total ms, ms per statement, rows)."""
    per, results = [], []
    started = time.perf_counter()
    for st in statements:
        t = time.perf_counter()
        rows = conn.execute(st["sql"], st["params"]).fetchall()
        per.append((time.perf_counter() - t) * 1000)
        results.append(rows)
    return (time.perf_counter() - started) * 1000, per, results


def plan(conn: sqlite3.Connection, sql: str, params) -> list[str]:
    """EXPLAIN QUERY PLAN as indented lines (SQLite's tree)."""
    rows = conn.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    depth: dict[int, int] = {0: -1}
    lines = []
    for node, parent, _unused, detail in rows:
        depth[node] = depth.get(parent, -1) + 1
        lines.append("  " * depth[node] + detail)
    return lines


def measure(name: str, call, recorder: Recorder, conn: sqlite3.Connection, runs: int,
            check=None, label: str = "") -> dict:
    """One warm-up of each side (capturing the SQL, checking row counts), then ``runs`` of each,
    alternating; medians."""
    result, captured = recorder.capture(call, label)
    statements = [st for st in captured if _is_replayable(st)]
    _total, _per, baseline_rows = replay(conn, statements)  # warm-up of the baseline
    for st, rows in zip(statements, baseline_rows):
        if st["rows"] is not None and st["rows"] != len(rows):
            raise SystemExit(f"{name}: the app got {st['rows']} rows from a statement, sqlite3 "
                             f"{len(rows)}: the SQL replayed differs\n{st['sql']}")
    if check is not None:
        check(result, baseline_rows)

    app_ms, base_ms, per_statement = [], [], [[] for _ in statements]
    for _ in range(runs):
        t = time.perf_counter()
        call()
        app_ms.append((time.perf_counter() - t) * 1000)
        total, per, _rows = replay(conn, statements)
        base_ms.append(total)
        for samples, ms in zip(per_statement, per):
            samples.append(ms)

    app, base = _summary(app_ms), _summary(base_ms)
    out_statements = []
    for st, samples, rows in zip(statements, per_statement, baseline_rows):
        out_statements.append({
            "label": _label(st), "median_ms": round(statistics.median(samples), 3), "rows": len(rows),
            "rows_seen_by_app": st["rows"], "sql": " ".join(st["sql"].split()),
            "params": [p if isinstance(p, (int, float, str)) or p is None else repr(p) for p in st["params"]],
            "plan": plan(conn, st["sql"], st["params"]),
        })
    return {
        "wagecase_ms": app, "baseline_ms": base,
        "ratio": round(app["median"] / base["median"], 2) if base["median"] else None,
        "statements_replayed": len(statements),
        "statements_skipped": [" ".join(st["sql"].split()) for st in captured if not _is_replayable(st)],
        "statements": out_statements,
    }


def _check_count(result, baseline_rows) -> None:
    counts = [rows[0][0] for rows in baseline_rows if len(rows) == 1 and len(rows[0]) == 1]
    if result not in counts:
        raise SystemExit(f"drill-down count: the app says {result}, no replayed count agrees ({counts})")


def _check_page(result, baseline_rows) -> None:
    if len(result) not in [len(rows) for rows in baseline_rows]:
        raise SystemExit(f"drill-down page: the app listed {len(result)} rows, no replayed statement did")


# ---- the run ------------------------------------------------------------------------------------

def measure_all(db: Path, year: int, month: int, runs: int) -> tuple[dict, dict]:
    from wagecase import bootstrap
    from wagecase.domain.statistics import month_period
    from wagecase.services.dto import CaseFilter, CaseSort

    started = time.perf_counter()
    services = bootstrap.build(f"sqlite:///{db}", data_dir=CACHE / "data")
    opened_s = time.perf_counter() - started  # includes a migration when the cached file is older
    recorder = Recorder(services.ctx.uow.engine)
    conn = sqlite3.connect(db)
    period = month_period(year, month)
    try:
        report = services.statistics.report(period)  # first call: lazy imports, the catalogue
        drill = report.table(DRILL_TABLE).total.drills[0]
        flt = CaseFilter(drill=drill)
        facts = {
            "month": f"{year}-{month:02d}", "opened_s": round(opened_s, 1),
            "received_in_month": report.table(DRILL_TABLE).total.values[0],
            "report_tables": len(report.tables),
            "drill_key": {"source": drill.source.value, "start": str(drill.start), "end": str(drill.end),
                          "where": list(drill.where)},
        }
        measures = {
            "report": measure("report", lambda: services.statistics.report(period), recorder, conn, runs),
            "overview": measure("overview", lambda: services.statistics.overview(), recorder, conn, runs),
            "drill_count": measure("drill_count", lambda: services.cases.count(flt), recorder, conn, runs,
                                   check=_check_count, label="drill count"),
            "drill_page": measure("drill_page", lambda: services.cases.page(flt, CaseSort(), 0, PAGE),
                                  recorder, conn, runs, check=_check_page, label="drill page"),
        }
    finally:
        conn.close()
        services.ctx.uow.engine.dispose()
    return facts, measures


LABELS = {
    "report": "monthly report ({tables} tables), ms",
    "overview": "supervisor overview, ms",
    "drill_count": "drill-down: count of the cases, ms",
    "drill_page": f"drill-down: first page ({PAGE} rows), ms",
}


def print_table(report: dict, slowest: int = 8) -> None:
    f = report["facts"]
    lines = [
        f"demo database: {report['cases']:,} cases, {report['db_size_mb']:,} MB"
        + (f" (built in {report['build_seconds']:.1f} s)" if report.get("build_seconds") else " (cached)")
        + f"; opened in {f['opened_s']} s",
        f"month {f['month']}: {f['received_in_month']:,} cases received; median of {report['runs']} runs",
        "",
        f"{'measure':<44}{'wagecase':>12}{'baseline':>12}{'ratio':>8}{'stmts':>7}",
        "-" * 83,
    ]
    for name, m in report["measures"].items():
        label = LABELS[name].format(tables=f["report_tables"])
        lines.append(f"{label:<44}{m['wagecase_ms']['median']:>12.1f}{m['baseline_ms']['median']:>12.1f}"
                     f"{m['ratio']:>7.2f}x{m['statements_replayed']:>7}")
    lines.append("-" * 83)
    lines.append("baseline: the statements the storage layer emitted, replayed through sqlite3, all rows fetched")
    every = [(st["median_ms"], name, st["label"]) for name, m in report["measures"].items()
             for st in m["statements"]]
    lines.append("")
    lines.append("slowest baseline statements (median ms):")
    for ms, name, label in sorted(every, reverse=True)[:slowest]:
        lines.append(f"  {ms:>10.1f}  {name:<12} {label}")
    print("\n".join(lines))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5, help="runs per measure (median), after one warm-up")
    parser.add_argument("--month", help="YYYY-MM (default: the month with most cases received)")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached demo database")
    parser.add_argument("--out", type=Path, default=OUT / "stats.json")
    args = parser.parse_args()

    db, build_seconds = demo_database(args.cases, args.rebuild)
    if args.month:
        try:
            year, month = (int(p) for p in args.month.split("-"))
        except ValueError:
            parser.error("--month: YYYY-MM")
    else:
        year, month, _count = busiest_month(db)
    facts, measures = measure_all(db, year, month, args.runs)
    report = {
        "cases": args.cases,
        "db_size_mb": round(db.stat().st_size / 1024 / 1024, 1),
        "build_seconds": round(build_seconds, 1) if build_seconds is not None else None,
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count(), "sqlite": sqlite3.sqlite_version},
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "runs": args.runs,
        "facts": facts,
        "measures": measures,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    print_table(report)
    print(f"\nwritten: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
