"""Shared pieces for the storage tests: workstations run as separate processes against one
database (the databases themselves come from the ``databases`` fixture, tests/databases.py)."""
from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence


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
