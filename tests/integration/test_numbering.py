"""Gapless case numbers: settings patterns, and two processes allocating at the same time."""
from __future__ import annotations

import multiprocessing

from wagecase.storage.engine import make_engine, sqlite_url
from wagecase.storage.models import Base, Setting
from wagecase.storage.numbering import format_case_number, get_setting, next_case_number, next_value
from wagecase.storage.uow import UnitOfWorkFactory


def _allocate(path: str, count: int, out) -> None:
    engine = make_engine(sqlite_url(path))
    uow = UnitOfWorkFactory(engine)
    got = []
    for _ in range(count):
        with uow.write() as u:
            got.append(next_value(u.session, "case.inspection", 2026))
            u.commit()
    engine.dispose()
    out.put(got)


def test_two_processes_get_distinct_consecutive_numbers(tmp_path):
    path = tmp_path / "n.sqlite3"
    engine = make_engine(sqlite_url(path))
    Base.metadata.create_all(engine)
    engine.dispose()
    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue()
    procs = [ctx.Process(target=_allocate, args=(str(path), 200, out)) for _ in range(2)]
    for p in procs:
        p.start()
    results = [out.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    numbers = sorted(results[0] + results[1])
    assert numbers == list(range(1, 401))
    assert all(a < b for r in results for a, b in zip(r, r[1:]))


def test_rollback_returns_the_number_and_years_count_separately(tmp_path):
    engine = make_engine(sqlite_url(tmp_path / "n.sqlite3"))
    Base.metadata.create_all(engine)
    uow = UnitOfWorkFactory(engine)
    with uow.write() as u:
        assert next_value(u.session, "case.inspection", 2026) == 1
        u.commit()
    with uow.write() as u:
        assert next_value(u.session, "case.inspection", 2026) == 2
        # no commit: rolled back
    with uow.write() as u:
        assert next_value(u.session, "case.inspection", 2026) == 2
        assert next_value(u.session, "case.inspection", 2027) == 1
        assert next_value(u.session, "case.arbitration", 2026) == 1
        u.commit()
    with uow.write() as u:
        assert get_setting(u.session, "case_number_pattern.arbitration", "默认") == "默认"
        u.session.add(Setting(key="case_number_pattern.arbitration", value="郑劳仲〔{year}〕第{seq}号"))
        assert next_case_number(u.session, "arbitration", 2026) == "郑劳仲〔2026〕第2号"
        assert next_case_number(u.session, "inspection", 2026) == "郑人社监投字〔2026〕3号"
    engine.dispose()
    assert format_case_number("郑劳人仲案字〔{year}〕{seq}号", 2026, 17) == "郑劳人仲案字〔2026〕17号"
