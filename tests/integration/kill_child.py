"""The process test_kill.py kills: registers collective cases through the real IntakeService in a
loop and prints each case id once its transaction has committed.

    python -m tests.integration.kill_child DATABASE_URL DATA_DIR FIRST_CASE_NUMBER

Protocol on stdout: "ready" once imported; after a line on stdin, the id of a first case and
"saving" (the first registration of a process loads code and compiles statements for a third
of a second: kills should land among the many quick ones that follow, as in a working day), then
one case id per committed registration until killed.
"""
from __future__ import annotations

import sys

from wagecase import bootstrap
from wagecase.services.dto import ArrearsItemInput

from .intake_support import intake, worker

WORKERS = 30  # per case
ITEMS = 2  # per worker


def case_input(n: int):
    workers = [
        worker(i, items=[
            ArrearsItemInput(kind="wages", period_from="2025-10", period_to="2026-01", amount=f"{3000 + n + i}"),
            ArrearsItemInput(kind="overtime", period_from="2025-10", period_to="2026-01", amount=f"{100 + i}.50"),
        ], is_representative=i < 3)
        for i in range(WORKERS)
    ]
    return intake(workers, collective=True, construction=True, confirm_possible_duplicates=True,
                  facts=f"第{n}次登记：拖欠{WORKERS}名农民工工资")


def main(url: str, data_dir: str, first: int) -> None:
    print("ready", flush=True)
    sys.stdin.readline()
    from pathlib import Path

    services = bootstrap.build(url, data_dir=Path(data_dir))
    print(services.intake.register(case_input(first)).case_id, flush=True)
    print("saving", flush=True)
    n = first + 1
    while True:
        registered = services.intake.register(case_input(n))
        print(registered.case_id, flush=True)  # confirmed: the commit has returned
        n += 1


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
