"""Killing the app (SIGKILL) in the middle of saving a collective case loses nothing that was
confirmed and leaves nothing half-written.

A child process (kill_child.py) registers collective cases of 30 workers through the real
IntakeService and prints each case id after its commit returns; the parent kills it at a random
moment, then opens the database and checks every case. On a SQLite file (the -wal left by the
killed child recovered, the file's integrity checked) with 50 kills; on PostgreSQL too, where
the server rolls back the dead connection's transaction, with 20. The next child is started
while the previous one runs, so its imports do not count against the 50 kills.
Reproduce a failure with WAGECASE_KILL_SEED=<the printed seed>.
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from wagecase import bootstrap
from wagecase.services.audit import verify_chain
from wagecase.storage.engine import make_engine
from wagecase.storage.uow import UnitOfWorkFactory

from tests.databases import SQLITE

from .kill_child import ITEMS, WORKERS

REPO = Path(__file__).resolve().parents[2]
KILLS = {"sqlite": 50, "postgresql": 20}
MAX_DELAY_S = 0.4  # a registration of 30 workers takes 20-30 ms: a dozen fit in it

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGKILL on this platform")


def spawn(url: str, data_dir: Path, first: int) -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, "-m", "tests.integration.kill_child", url, str(data_dir), str(first)],
                             cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env=dict(os.environ, PYTHONUNBUFFERED="1"))
    return child


def wait_for(child: subprocess.Popen, wanted: str) -> list[int]:
    """The case ids the child printed before ``wanted``."""
    assert child.stdout is not None
    ids = []
    while True:
        line = child.stdout.readline().strip()
        if line == wanted:
            return ids
        if not line.isdigit():
            child.kill()
            raise AssertionError(f"child said {line!r} instead of {wanted!r}: {child.stderr.read()[-2000:]}")
        ids.append(int(line))


def check_database(url: str, confirmed: set[int], context: str) -> set[int]:
    """Every case whole, every confirmed case there, the database and the audit chain intact."""
    engine = make_engine(url)  # read-write: on SQLite, recovers the -wal the killed child left
    try:
        with engine.connect() as conn:
            def rows(sql: str, **params):
                return conn.execute(text(sql), params).fetchall()

            if engine.dialect.name == SQLITE:
                assert [tuple(r) for r in rows("PRAGMA integrity_check")] == [("ok",)], context
                assert rows("PRAGMA foreign_key_check") == [], context
            cases = rows("SELECT id, worker_count, claimed_fen, is_collective FROM cases")
            ids = {c[0] for c in cases}
            missing = confirmed - ids
            assert not missing, f"{context}: confirmed cases lost: {sorted(missing)}"
            workers = dict(rows("SELECT case_id, count(*) FROM case_workers GROUP BY case_id"))
            claimed = dict(rows("SELECT case_id, sum(claimed_fen) FROM case_workers GROUP BY case_id"))
            bad_items = rows(
                "SELECT cw.case_id, cw.id FROM case_workers cw LEFT JOIN arrears_items i ON i.case_worker_id = cw.id "
                "GROUP BY cw.case_id, cw.id, cw.claimed_fen "
                "HAVING count(i.id) != :items OR coalesce(sum(i.amount_fen), -1) != cw.claimed_fen", items=ITEMS)
            assert not bad_items, f"{context}: workers with a partial set of arrears items: {bad_items[:5]}"
            audited = {r[0] for r in rows(
                "SELECT entity_id FROM audit_entries WHERE action = 'case.register' AND entity = 'case'")}
            registered = {r[0] for r in rows("SELECT case_id FROM case_events WHERE kind = 'registered'")}
        for case_id, worker_count, claimed_fen, collective in cases:
            where = f"{context}, case {case_id}"
            assert bool(collective) and worker_count == WORKERS, where
            assert workers.get(case_id) == WORKERS, f"{where}: {workers.get(case_id)} of {WORKERS} workers"
            assert claimed.get(case_id) == claimed_fen, where
            assert case_id in audited, f"{where}: no audit entry"
            assert case_id in registered, f"{where}: no registration event"
        with UnitOfWorkFactory(engine).read() as uow:
            assert verify_chain(uow.session) is None, f"{context}: the audit chain is broken"
    finally:
        engine.dispose()
    return ids


@pytest.mark.slow
def test_kills_while_saving_collective_cases_lose_and_half_write_nothing(tmp_path, databases):
    seed = int(os.environ.get("WAGECASE_KILL_SEED", "20261128"))
    print(f"kill test seed {seed} (WAGECASE_KILL_SEED={seed} reproduces it)")
    rng = random.Random(seed)
    kills = KILLS[databases.backend]
    url = databases.new("migrated")
    data_dir = tmp_path / "data"
    bootstrap.build(url, data_dir=data_dir).ctx.uow.engine.dispose()

    started = time.perf_counter()
    confirmed: set[int] = set()
    unprinted: set[int] = set()  # committed, but killed before the id reached stdout
    delays = []
    waiting = spawn(url, data_dir, 0)
    try:
        for kill in range(kills):
            child = waiting
            wait_for(child, "ready")
            # the next child imports while this one works
            waiting = spawn(url, data_dir, (kill + 1) * 1000)
            child.stdin.write("go\n")
            child.stdin.flush()
            confirmed.update(wait_for(child, "saving"))
            delay = rng.uniform(0, MAX_DELAY_S)
            delays.append(delay)
            time.sleep(delay)
            child.send_signal(signal.SIGKILL)
            out, _err = child.communicate(timeout=30)
            assert child.returncode == -signal.SIGKILL, _err[-2000:]
            confirmed |= {int(line) for line in out.split()}
            context = f"seed {seed}, kill {kill + 1} after {delay:.3f} s"
            ids = check_database(url, confirmed, context)
            # nothing beyond what was confirmed, except at most the one case whose commit
            # returned just before the kill stopped its id from being printed
            new = ids - confirmed - unprinted
            assert len(new) <= 1, f"{context}: unconfirmed cases {sorted(new)}"
            unprinted |= new
    finally:
        waiting.kill()
        waiting.communicate(timeout=30)
    elapsed = time.perf_counter() - started
    print(f"{kills} kills on {databases.backend}, {len(confirmed)} confirmed cases of {WORKERS} workers, {len(unprinted)} committed "
          f"in the instant before a kill, {elapsed:.1f} s")
    # the kills landed among the registrations, not before them
    assert len(confirmed) >= 3 * kills
