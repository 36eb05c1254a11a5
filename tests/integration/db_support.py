"""Shared pieces for the storage tests: a throw-away PostgreSQL schema, and workstations run as
separate processes against one database."""
from __future__ import annotations

import multiprocessing
import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

import pytest
from sqlalchemy.engine import make_url

from wagecase.storage.engine import make_engine


@contextmanager
def postgres_schema_url() -> Iterator[str]:
    """A URL into a fresh schema of WAGECASE_TEST_POSTGRES_URL, dropped afterwards; skips the
    test when the suite is not pointed at a PostgreSQL server."""
    base = os.environ.get("WAGECASE_TEST_POSTGRES_URL")
    if not base:
        pytest.skip("WAGECASE_TEST_POSTGRES_URL not set")
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = make_engine(base)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        yield (make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
               .render_as_string(hide_password=False))
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


def run_processes(method: str, target: Callable, arg_tuples: Sequence[tuple], timeout: float) -> list:
    """Runs ``target(*args, out)`` in one process per ``args``; what each put on ``out``, in the
    order they finished. Every process must exit cleanly."""
    ctx = multiprocessing.get_context(method)
    out = ctx.Queue()
    procs = [ctx.Process(target=target, args=(*args, out)) for args in arg_tuples]
    for p in procs:
        p.start()
    results = [out.get(timeout=timeout) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    return results
