"""Two separate processes (spawned, each with its own engine) issue 文号 on one database at the
same time: together they get every number from 1 to 1,000 exactly once, and every row is stored.

Runs on SQLite always, and on PostgreSQL too when the suite is pointed at a server.
"""
from __future__ import annotations

from datetime import datetime


from wagecase.storage import document_store
from wagecase.storage.engine import make_engine
from wagecase.storage.models import Case, Employer, IssuedDocument, User
from wagecase.storage.numbering import next_document_number
from wagecase.storage.uow import UnitOfWorkFactory

from .db_support import run_processes

FAMILY = "inspection.notice"
YEAR = 2026
PER_PROCESS = 500
NOW = datetime(2026, 3, 10, 2, 0)


def _issue(url: str, count: int, tag: str, out) -> None:
    """One workstation: ``count`` issuing transactions, each numbering and storing a row."""
    engine = make_engine(url)
    uow = UnitOfWorkFactory(engine)
    got = []
    try:
        for i in range(count):
            with uow.write() as u:
                number, seq = next_document_number(u.session, FAMILY, YEAR)
                u.session.add(IssuedDocument(
                    case_id=1, form_id="inspection.acceptance_notice", family=FAMILY, number=number,
                    number_year=YEAR, number_seq=seq, recipient=f"{tag}{i}", inputs="{}", status="issued",
                    void_reason="", issued_at=NOW, pdf_sha256="0" * 64, docx_sha256="0" * 64,
                    copies_printed=0))
                u.commit()
            got.append(seq)
        out.put((tag, got, None))
    except Exception as exc:  # reported to the parent, which fails the test with it
        out.put((tag, got, repr(exc)))
    finally:
        engine.dispose()


def _seed(engine) -> None:
    with UnitOfWorkFactory(engine).write() as u:
        s = u.session
        s.add(User(id=1, username="admin", display_name="管理员", role="admin", active=True, created_at=NOW))
        s.add(Employer(id=1, name="郑州宏远建筑劳务有限公司", created_at=NOW))
        s.flush()
        s.add(Case(id=1, case_number="郑人社监投字〔2026〕1号", case_type="inspection", status="accepted",
                   channel="visit", received_at=NOW, received_date=NOW.date(), employer_id=1,
                   industry="construction", created_at=NOW, updated_at=NOW))
        u.commit()


def test_two_processes_issue_1000_distinct_consecutive_numbers(databases):
    database_url = databases.new("migrated", name="numbers.sqlite3")
    engine = make_engine(database_url)
    _seed(engine)
    engine.dispose()

    results = run_processes("spawn", _issue, [(database_url, PER_PROCESS, tag) for tag in "AB"], timeout=300)
    for tag, got, error in results:
        assert error is None, f"process {tag}: {error}"
        assert len(got) == PER_PROCESS
        assert got == sorted(got)  # each process sees its own numbers rise
    assert sorted(results[0][1] + results[1][1]) == list(range(1, 2 * PER_PROCESS + 1))

    engine = make_engine(database_url)
    with UnitOfWorkFactory(engine).read() as u:
        stored = document_store.family_numbers(u.session, FAMILY, YEAR)
    engine.dispose()
    assert [seq for seq, _, _ in stored] == list(range(1, 2 * PER_PROCESS + 1))
    assert len({number for _, number, _ in stored}) == 2 * PER_PROCESS
    assert stored[0][1] == "郑人社监通字〔2026〕1号" and stored[-1][1] == "郑人社监通字〔2026〕1000号"
