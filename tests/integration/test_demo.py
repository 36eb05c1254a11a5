"""Demo data: valid identifiers, consistent list columns, searchable, numbering that continues."""
from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pytest
from sqlalchemy import text

from tests.databases import Databases
from wagecase import bootstrap
from wagecase.domain.case import CaseStatus, CaseType, ContractorRole, Role
from wagecase.domain.identifiers import CreditCode, IdNumber
from wagecase.domain.pinyin import initials
from wagecase.domain.search import case_search_text
from wagecase.services import audit
from wagecase.services.dto import CaseFilter, CaseSort
from wagecase.storage import numbering

CASES = 400


def _build(url, folder):
    return bootstrap.build(url, data_dir=folder)


def _rows(services, sql, *params) -> list[tuple]:
    """Rows read past the services (``?`` placeholders); dates as ISO text on either database."""
    names = iter(range(len(params)))
    sql = re.sub(r"\?", lambda _m: f":p{next(names)}", sql)
    with services.ctx.uow.engine.connect() as conn:
        return [tuple(v.isoformat() if type(v) is date else v for v in row)
                for row in conn.execute(text(sql), {f"p{i}": v for i, v in enumerate(params)})]


@pytest.fixture(scope="module")
def demo(backend, postgres_server, tmp_path_factory):
    """One database with CASES demo cases, shared by the read-only tests below."""
    folder = tmp_path_factory.mktemp("demo")
    databases = Databases(backend, folder, postgres_server)
    services = _build(databases.new("migrated"), folder)
    assert services.demo.is_empty()
    assert services.demo.generate(CASES, seed=7) == CASES
    yield services
    services.ctx.uow.engine.dispose()
    databases.close()


def test_is_empty_before_and_after(databases, tmp_path):
    services = _build(databases.new("migrated"), tmp_path)
    assert services.demo.is_empty() is True
    services.demo.generate(20, seed=1)
    assert services.demo.is_empty() is False


def test_every_id_number_and_credit_code_is_valid(demo):
    services = demo
    workers = _rows(services, "SELECT id_number, sex, birth_date, phone, hukou_place, name FROM workers")
    assert len(workers) >= CASES
    for id_number, sex, birth, phone, hukou, name in workers:
        parsed = IdNumber.parse(id_number)
        assert parsed.value == id_number
        assert parsed.region_code.startswith("41")
        assert parsed.sex.value == sex
        assert parsed.birth_date == date.fromisoformat(birth)
        assert 1965 <= parsed.birth_date.year <= 2004
        assert re.fullmatch(r"1[358]\d{9}", phone), phone
        assert hukou.startswith("河南省")
        assert 2 <= len(name) <= 3
    assert len({w[0] for w in workers}) == len(workers)

    codes = _rows(services, "SELECT credit_code, legal_representative_id_number FROM employers")
    for code, rep_id in codes:
        assert CreditCode.parse(code).value == code
        assert CreditCode.parse(code).region_code.startswith("41")
        IdNumber.parse(rep_id)
    assert len({c[0] for c in codes}) == len(codes)
    for (leader_id,) in _rows(services, "SELECT person_id_number FROM contractor_links WHERE role = ?",
                              ContractorRole.CREW_LEADER.value):
        IdNumber.parse(leader_id)


def test_the_mix_is_realistic(demo):
    services = demo
    types = Counter(t for (t,) in _rows(services, "SELECT case_type FROM cases"))
    assert 0.5 < types[CaseType.INSPECTION.value] / CASES < 0.8
    assert types[CaseType.ARBITRATION.value] > 0
    collective = _rows(services, "SELECT worker_count FROM cases WHERE is_collective")
    assert collective and all(n >= 3 for (n,) in collective)
    industries = Counter(i for (i,) in _rows(services, "SELECT industry FROM cases"))
    assert 0.4 < industries["construction"] / CASES < 0.7
    assert len({c for (c,) in _rows(services, "SELECT channel FROM cases")}) >= 5
    statuses = {s for (s,) in _rows(services, "SELECT status FROM cases")}
    assert statuses <= {s.value for s in CaseStatus} and len(statuses) >= 6
    for status, closed_at in _rows(services, "SELECT status, closed_at FROM cases"):
        assert (closed_at is not None) == (not CaseStatus(status).is_open)
    dates = [date.fromisoformat(d) for (d,) in _rows(services, "SELECT received_date FROM cases")]
    assert (max(dates) - min(dates)).days > 600
    assert sum(d.weekday() < 5 for d in dates) / len(dates) > 0.85


def test_construction_cases_have_a_full_chain(demo):
    services = demo
    projects = _rows(services, "SELECT DISTINCT project_id FROM cases WHERE project_id IS NOT NULL")
    assert projects
    for (project_id,) in projects[:50]:
        links = _rows(services, "SELECT id, position, role, employer_id, parent_id, person_name "
                            "FROM contractor_links WHERE project_id = ? ORDER BY position", project_id)
        assert [r[2] for r in links] == [r.value for r in (
            ContractorRole.PROJECT_OWNER, ContractorRole.GENERAL_CONTRACTOR,
            ContractorRole.SUBCONTRACTOR, ContractorRole.CREW_LEADER)]
        assert [r[1] for r in links] == [0, 1, 2, 3]
        assert links[0][4] is None and all(links[i][4] == links[i - 1][0] for i in range(1, 4))
        assert all(r[3] for r in links[:3]) and links[3][3] is None and links[3][5]
    # the employer of a construction case is a contractor of its project
    for employer_id, project_id in _rows(services, "SELECT employer_id, project_id FROM cases "
                                               "WHERE project_id IS NOT NULL LIMIT 50"):
        chain = {e for (e,) in _rows(services, "SELECT employer_id FROM contractor_links WHERE project_id = ?",
                                     project_id)}
        assert employer_id in chain


def test_list_columns_match_the_rows_behind_them(demo):
    services = demo
    cases = _rows(services, """
        SELECT c.id, c.case_number, c.worker_count, c.lead_worker_name, c.employer_name, c.claimed_fen,
               c.search_text, e.name, e.credit_code, p.name
        FROM cases c JOIN employers e ON e.id = c.employer_id LEFT JOIN projects p ON p.id = c.project_id""")
    for cid, number, count, lead, emp_name, claimed, search, e_name, e_code, p_name in cases:
        workers = _rows(services, "SELECT w.name, w.id_number, cw.claimed_fen, cw.position FROM case_workers cw "
                              "JOIN workers w ON w.id = cw.worker_id WHERE cw.case_id = ? ORDER BY cw.position",
                        cid)
        assert count == len(workers) and lead == workers[0][0] and emp_name == e_name
        assert [w[3] for w in workers] == list(range(count))
        assert claimed == sum(w[2] for w in workers)
        assert search == case_search_text(case_number=number, employer_name=e_name, credit_code=e_code,
                                          project_name=p_name or "", workers=[(w[0], w[1]) for w in workers])
    per_worker = _rows(services, "SELECT cw.claimed_fen, (SELECT SUM(amount_fen) FROM arrears_items a "
                             "WHERE a.case_worker_id = cw.id) FROM case_workers cw")
    for claimed, items in per_worker:
        assert claimed == items
        assert 2_000_00 <= claimed <= 60_000_00
    for table in ("workers", "employers", "projects"):
        for name, ini in _rows(services, f"SELECT name, name_initials FROM {table} LIMIT 200"):
            assert ini == initials(name)


def test_each_case_has_its_registration_in_the_timeline(demo):
    services = demo
    first = _rows(services, "SELECT c.id, c.status, MIN(e.id), COUNT(e.id) FROM cases c "
                        "JOIN case_events e ON e.case_id = c.id GROUP BY c.id")
    assert len(first) == CASES
    for case_id, status, first_event, n in first:
        kind, occurred, received, summary = _rows(
            services, "SELECT e.kind, e.occurred_at, c.received_at, e.summary FROM case_events e "
                  "JOIN cases c ON c.id = e.case_id WHERE e.id = ?", first_event)[0]
        assert kind == "registered" and occurred == received and summary.startswith("登记")
        assert n == 1 if status == "registered" else n >= 2


def test_search_finds_a_worker_by_name_and_initials(demo):
    services = demo
    case_id, number = _rows(services, "SELECT id, case_number FROM cases WHERE is_collective LIMIT 1")[0]
    name = _rows(services, "SELECT w.name FROM case_workers cw JOIN workers w ON w.id = cw.worker_id "
                       "WHERE cw.case_id = ? AND cw.position = 2", case_id)[0][0]
    employer = _rows(services, "SELECT employer_name FROM cases WHERE id = ?", case_id)[0][0]
    sort = CaseSort()
    for query in (name, initials(name), initials(employer), number):
        flt = CaseFilter(search=query)
        total = services.cases.count(flt)
        assert total >= 1
        ids = {r.id for r in services.cases.page(flt, sort, 0, total)}
        assert case_id in ids, query


def test_officers_are_created_and_assigned_by_role(demo):
    services = demo
    users = dict(_rows(services, "SELECT id, role FROM users"))
    assert Counter(users.values())[Role.INSPECTOR.value] >= 3
    for case_type, officer in _rows(services, "SELECT case_type, officer_id FROM cases"):
        if users[officer] == Role.ADMIN.value:
            continue  # the user who loaded the demo gets some recent open cases (工作台)
        if case_type == CaseType.INSPECTION.value:
            assert users[officer] == Role.INSPECTOR.value
        else:
            assert users[officer] in (Role.ARBITRATOR.value, Role.CLERK.value)
    names = [n for (n,) in _rows(services, "SELECT display_name FROM users WHERE role != 'admin'")]
    assert all(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", n) for n in names)


def test_a_second_load_continues_the_numbers(databases, tmp_path):
    services = _build(databases.new("migrated"), tmp_path)
    services.demo.generate(150, seed=5)
    services.demo.generate(150, seed=5)  # same seed again: still no collision
    numbers = [n for (n,) in _rows(services, "SELECT case_number FROM cases")]
    assert len(numbers) == 300 == len(set(numbers))
    ids = [i for (i,) in _rows(services, "SELECT id_number FROM workers")]
    assert len(ids) == len(set(ids))
    pattern = re.compile(r"郑(?:人社监投|劳人仲案)字〔(\d{4})〕(\d+)号")
    used: dict[tuple[str, int], list[int]] = {}
    for case_type, number in _rows(services, "SELECT case_type, case_number FROM cases"):
        year, seq = pattern.fullmatch(number).groups()
        used.setdefault((f"case.{case_type}", int(year)), []).append(int(seq))
    stored = {(s, y): v for s, y, v in _rows(services, "SELECT scope, year, last_value FROM number_sequences")}
    for key, seqs in used.items():
        assert sorted(seqs) == list(range(1, len(seqs) + 1)), key  # gapless per type and year
        assert stored[key] == len(seqs)
    # a real registration afterwards takes the next number
    with services.ctx.uow.write() as uow:
        year = max(y for _, y in used)
        nxt = numbering.next_case_number(uow.session, "inspection", year)
        uow.commit()
    assert nxt == f"郑人社监投字〔{year}〕{len(used[('case.inspection', year)]) + 1}号"
    entries = _rows(services, "SELECT after FROM audit_entries WHERE action = 'demo.generate'")
    assert len(entries) == 2
    with services.ctx.uow.read() as uow:
        assert audit.verify_chain(uow.session) is None
    if services.ctx.uow.engine.dialect.name == "sqlite":  # PostgreSQL checks every row as it goes in
        assert _rows(services, "PRAGMA foreign_key_check") == []


def test_same_seed_same_data(databases, tmp_path):
    def load(name):
        services = _build(databases.new("migrated", name=name), tmp_path)
        services.demo.generate(60, seed=11)
        return _rows(services, "SELECT case_number, lead_worker_name, employer_name, claimed_fen, status "
                           "FROM cases ORDER BY id")

    assert load("a.sqlite3") == load("b.sqlite3")


def test_cancel_keeps_whole_batches(databases, tmp_path):
    services = _build(databases.new("migrated"), tmp_path)
    calls = []

    def progress(done, total):
        calls.append(done)
        return len(calls) < 2

    added = services.demo.generate(400, seed=3, progress=progress)
    assert 0 < added < 400 and added == calls[-1]
    assert _rows(services, "SELECT COUNT(*) FROM cases")[0][0] == added
    assert _rows(services, "SELECT after FROM audit_entries WHERE action = 'demo.generate'") == [
        (f'{{"cases":{added},"seed":3}}',)]


# ---- procedural steps and the deadlines they start (issue 3) ------------------------------

def test_steps_match_the_status_and_follow_the_receipt(demo):
    services = demo
    cases = {cid: (t, st, date.fromisoformat(rd)) for cid, t, st, rd in _rows(
        services, "SELECT id, case_type, status, received_date FROM cases")}
    steps: dict[int, list[tuple[str, date, str]]] = {cid: [] for cid in cases}
    for cid, kind, day, payload in _rows(services, "SELECT case_id, kind, event_date, payload FROM case_events "
                                               "ORDER BY event_date, id"):
        steps[cid].append((kind, date.fromisoformat(day), payload))
    today = max(d for s in steps.values() for _, d, _ in s)
    for cid, (case_type, status, received) in cases.items():
        kinds = [k for k, _, _ in steps[cid]]
        assert all(received <= d <= today for _, d, _ in steps[cid])
        if status in ("registered",):
            assert kinds == ["registered"]
        if status in ("accepted", "investigating", "ordered", "decided", "tribunal_formed", "hearing_scheduled",
                      "awarded", "suspended"):
            accepted = next(d for k, d, _ in steps[cid] if k == "accepted")
            assert 1 <= (accepted - received).days <= 9  # within 5 working days
        if case_type == "inspection" and "accepted" in kinds:
            assert [d for k, d, _ in steps[cid] if k == "case_opened"] == [
                d for k, d, _ in steps[cid] if k == "accepted"]  # 立案 the same day
        if status == "ordered":
            order = next(p for k, _, p in steps[cid] if k == "rectification_order_issued")
            assert '"due_date":' in order
        if status == "hearing_scheduled":
            assert '"hearing_date":' in next(p for k, _, p in steps[cid] if k == "hearing_scheduled")
        if status == "suspended":
            assert "suspended" in kinds
        if status == "awarded":
            assert kinds.index("hearing_held") < kinds.index("awarded") < kinds.index("award_served")


def test_stored_deadlines_are_what_the_service_computes(demo):
    services = demo
    query = ("SELECT case_id, period_code, start_date, due_date, met_on, provisional, extended "
             "FROM case_deadlines WHERE case_id IN (SELECT id FROM cases WHERE closed_at IS NULL) "
             "ORDER BY case_id, period_code")
    written = _rows(services, query)
    assert len({r[0] for r in written}) > CASES // 4
    codes = {r[1] for r in written}
    assert {"inspection.acceptance", "inspection.investigation", "inspection.payment_order",
            "arbitration.time_limit", "arbitration.hearing_notice"} <= codes
    services.deadlines.recompute_all()
    assert _rows(services, query) == written


def test_open_cases_have_running_due_soon_and_overdue_deadlines(databases, tmp_path):
    services = _build(databases.new("migrated"), tmp_path)
    services.demo.generate(1500, seed=7)
    states = Counter()
    for (case_id,) in _rows(services, "SELECT id FROM cases WHERE closed_at IS NULL"):
        for d in services.deadlines.case_deadlines(case_id):
            states[d.state] += 1
    assert states["running"] and states["due_soon"] and states["overdue"] and states["met"]
    assert states["running"] + states["due_soon"] > states["overdue"] / 4
    # the user who loaded the demo (系统管理员) finds work on 工作台
    me = services.ctx.user_id
    assert _rows(services, "SELECT role FROM users WHERE id = ?", me) == [(Role.ADMIN.value,)]
    mine = _rows(services, "SELECT COUNT(*) FROM cases WHERE officer_id = ? AND closed_at IS NULL", me)[0][0]
    assert mine >= 30
    items = services.deadlines.due_for_officer()
    assert len(items) >= 5 and {i.state for i in items} <= {"overdue", "due_soon", "lapsed"}
    assert [i.due for i in items] == sorted(i.due for i in items)


def test_closed_inspection_cases_show_who_was_paid(demo):
    services = demo
    closed = [cid for (cid,) in _rows(services, "SELECT id FROM cases WHERE case_type = 'inspection' "
                                           "AND status = 'closed' ORDER BY id LIMIT 5")]
    assert closed
    for cid in closed:
        view = services.inspection.view(cid)
        assert view.outstanding_fen == 0 and view.paid_fen == view.owed_fen > 0
        assert {p.payer for p in view.payments} <= {"employer", "general_contractor"}
        paid_on = _rows(services, "SELECT event_date FROM case_events WHERE case_id = ? AND kind = 'paid'", cid)
        assert {p.paid_on.isoformat() for p in view.payments} == {paid_on[0][0]}
    # open and arbitration cases have no payments the demo made up
    assert _rows(services, "SELECT count(*) FROM payments p JOIN cases c ON c.id = p.case_id "
                       "WHERE c.status != 'closed' OR c.case_type != 'inspection'") == [(0,)]


def test_arbitration_cases_have_their_tribunal_and_hearings_without_double_booking(demo):
    services = demo
    statuses = dict(_rows(services, "SELECT id, status FROM cases WHERE case_type = 'arbitration'"))
    with_tribunal = {cid for (cid,) in _rows(services, "SELECT DISTINCT case_id FROM tribunal_members")}
    assert {c for c, st in statuses.items() if st in ("tribunal_formed", "hearing_scheduled")} <= with_tribunal
    assert not {c for c, st in statuses.items() if st in ("registered", "accepted")} & with_tribunal
    booked = _rows(services, "SELECT case_id, room_id, hearing_date, start_minute, status FROM hearings")
    scheduled = {c for c, *_rest, st in booked if st == "scheduled"}
    assert scheduled and scheduled <= {c for c, st in statuses.items() if st in ("hearing_scheduled", "suspended")}
    rooms = Counter((room, day, start) for _c, room, day, start, _st in booked)
    assert max(rooms.values()) == 1
    members = {}
    for cid, uid in _rows(services, "SELECT case_id, user_id FROM tribunal_members"):
        members.setdefault(cid, set()).add(uid)
    seats = Counter((uid, day, start) for cid, _r, day, start, _st in booked for uid in members[cid])
    assert max(seats.values()) == 1
    green = dict(_rows(services, "SELECT id, green_channel FROM cases WHERE case_type = 'arbitration'"))
    assert 0 < sum(green.values()) < len(green)
    view = services.arbitration.view(next(c for c, st in statuses.items() if st == "hearing_scheduled"))
    assert view.hearings and view.tribunal
    assert next(a for a in view.actions if a.action == "hold_hearing").allowed or view.hearings[-1].status != "scheduled"


def test_listing_decisions_in_the_timeline_have_their_listing(demo):
    services = demo
    decided = {cid for (cid,) in _rows(services, "SELECT DISTINCT case_id FROM case_events WHERE kind = 'listing_decided'")}
    listed = {cid for (cid,) in _rows(services, "SELECT case_id FROM listings WHERE status = 'listed'")}
    assert decided and decided == listed
    cid = min(decided)
    view = services.blacklist.view(cid)
    assert view.status == "listed" and [s.kind for s in view.listing.subjects] == ["employer", "legal_representative"]
    assert view.listing.subjects[1].id_masked.count("*") == 8
    assert services.publication.count_published(date(2026, 11, 28)) > 0


def test_legal_aid_steps_in_a_demo_timeline_have_their_referral(demo):
    services = demo
    asked = {cid for (cid,) in _rows(services, "SELECT DISTINCT case_id FROM case_events WHERE kind = 'legal_aid_requested'")}
    referred = {cid for (cid,) in _rows(services, "SELECT case_id FROM referrals")}
    assert asked and asked == referred
    assigned = _rows(services, "SELECT case_id FROM referrals WHERE status = 'assigned' LIMIT 1")
    if assigned:
        [referral] = services.legal_aid.view(assigned[0][0]).referrals
        assert referral.lawyer_text and referral.status_label == "已指派律师"
    assert _rows(services, "SELECT count(*) FROM legal_aid_centres")[0][0] == 3
