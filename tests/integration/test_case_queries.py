"""The case list in SQL pages: filters, sorting, search, and one case's detail with its timeline."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from wagecase.domain.errors import RuleError
from wagecase.services.dto import ArrearsItemInput, CaseFilter, CaseSort, ProjectInput
from wagecase.services.queries import period_text
from wagecase.storage.models import Case

from tests.integration.intake_support import (  # noqa: F401  (fixture)
    employer,
    id_number,
    intake,
    migrated_services,
    officer_id,
    services,
    worker,
)


@pytest.fixture
def cases(services):
    lina = officer_id(services)
    specs = [
        # (workers, type, day, officer, employer, county, project)
        ([worker(0, amount="5000")], "inspection", 1, lina, employer(1), "410105", None),
        ([worker(i, amount="1000") for i in range(1, 13)], "inspection", 2, None,
         employer(2, name="河南鑫达建设工程有限公司"), "410122", "中牟县绿博园安置房项目"),
        ([worker(13 % 12 + 100, amount="800")], "arbitration", 3, lina,
         employer(3, name="洛阳天成餐饮管理有限公司", county_code="410302"), "", None),
        ([worker(4, amount="20000")], "arbitration", 4, None,
         employer(4, name="郑州百分_之百%商贸有限公司"), "410105", None),
        ([worker(5, amount="1200")], "inspection", 5, lina, employer(5, name="郑州市新郑物流有限公司"),
         "410122", None),
    ]
    ids = []
    for workers, ctype, day, off, emp, county, project in specs:
        data = intake(workers, case_type=ctype, received_at=datetime(2026, 3, day, 9, 0),
                      officer_id=off, employer=emp, county_code=county)
        if project:
            data.industry = "construction"
            data.project = ProjectInput(name=project, county_code="410122")
        ids.append(services.intake.register(data).case_id)
    return ids


def numbers(rows) -> list[str]:
    return [r.case_number for r in rows]


def test_page_sorts_in_sql_with_id_as_tie_breaker(services, cases):
    q = services.cases
    assert q.count(CaseFilter()) == 5
    newest = q.page(CaseFilter(), CaseSort(), 0, 2)
    assert [r.id for r in newest] == [cases[4], cases[3]]
    assert [r.id for r in q.page(CaseFilter(), CaseSort(), 2, 2)] == [cases[2], cases[1]]
    assert [r.id for r in q.page(CaseFilter(), CaseSort(), 4, 2)] == [cases[0]]
    by_amount = q.page(CaseFilter(), CaseSort("claimed_fen", descending=False), 0, 10)
    assert [r.claimed_fen for r in by_amount] == sorted(r.claimed_fen for r in by_amount)
    collective = next(r for r in by_amount if r.is_collective)
    assert collective.lead_worker_name == "李四等12人" and collective.claimed_text == "12,000.00"
    by_officer = q.page(CaseFilter(), CaseSort("officer_name", descending=True), 0, 10)
    assert [r.officer_name for r in by_officer][:3] == ["李娜"] * 3
    by_county = q.page(CaseFilter(), CaseSort("county_name", descending=False), 0, 10)
    assert [r.county_name for r in by_county] == ["中牟县", "中牟县", "老城区", "金水区", "金水区"]
    # ties on worker_count are broken by id, the same way on every page
    ties = q.page(CaseFilter(), CaseSort("worker_count", descending=False), 0, 10)
    assert [r.id for r in ties[:4]] == sorted(r.id for r in ties[:4])
    for col in ("case_number", "case_type", "status", "lead_worker_name", "employer_name", "received_date"):
        assert len(q.page(CaseFilter(), CaseSort(col), 0, 10)) == 5


def test_filters(services, cases):
    q = services.cases
    assert q.count(CaseFilter(case_type="arbitration")) == 2
    assert q.count(CaseFilter(status="registered")) == 5
    assert q.count(CaseFilter(status="closed")) == 0
    assert q.count(CaseFilter(officer_id=officer_id(services))) == 3
    assert q.count(CaseFilter(county_code="410100")) == 4  # all of Zhengzhou
    assert q.count(CaseFilter(county_code="4101")) == 4
    assert q.count(CaseFilter(county_code="410122")) == 2
    assert q.count(CaseFilter(county_code="410000")) == 5
    assert q.count(CaseFilter(received_from=date(2026, 3, 2), received_to=date(2026, 3, 4))) == 3
    assert q.count(CaseFilter(is_collective=True)) == 1
    assert q.count(CaseFilter(is_collective=False, case_type="inspection")) == 2


@pytest.mark.parametrize("text, expected", [
    ("张三", 2),  # worker name (the 12th worker of the collective case is another 张三)
    ("李", 1),  # one character of a name in the collective case
    (id_number(4)[6:14], 5),  # a birth date shared by the generated IDs
    (id_number(0)[-6:].lower(), 1),  # tail of an ID, typed lower case
    ("鑫达", 1),  # employer name
    ("hnxdjs", 1),  # employer pinyin initials
    ("HNXD", 1),  # upper case initials
    ("郑人社监投字〔2026〕2号", 1),  # case number
    ("绿博园", 1),  # project
    ("lby", 1),  # project initials
    ("%", 1),  # literal, not a wildcard
    ("_", 1),
    ("  ", 5),
    ("不存在的名字", 0),
])
def test_search(services, cases, text, expected):
    assert services.cases.count(CaseFilter(search=text)) == expected
    assert len(services.cases.page(CaseFilter(search=text), CaseSort(), 0, 50)) == expected


def test_detail_shows_parties_arrears_and_timeline(services, cases):
    d = services.cases.detail(cases[1])
    assert d.case_number == "郑人社监投字〔2026〕2号"
    assert d.case_type_label == "监察案件" and d.status_label == "已登记" and d.channel_label == "来访"
    assert d.industry_label == "工程建设" and d.county_name == "河南省郑州市中牟县"
    assert d.received_at == datetime(2026, 3, 2, 9, 0)
    assert d.employer.name == "河南鑫达建设工程有限公司" and d.employer.county_name == "河南省郑州市金水区"
    assert d.project.name == "中牟县绿博园安置房项目"
    w = d.workers[0]
    assert w.name == "李四" and w.sex_label == "男" and w.age == 40
    assert w.items[0].kind_label == "工资" and w.items[0].period_text == "2025年10月—2026年1月"
    assert w.items[0].amount_text == "1,000.00"
    assert d.claimed_capitals == "壹万贰仟元整"
    assert len(d.timeline) == 1 and d.timeline[0].kind_label == "登记"
    assert d.timeline[0].occurred_at == datetime(2026, 3, 10, 10, 0)  # local time
    assert d.version == 1
    with pytest.raises(RuleError) as info:
        services.cases.detail(99999)
    assert info.value.key == "case.not_found"


def test_period_text():
    assert period_text(date(2025, 10, 1), date(2026, 1, 31)) == "2025年10月—2026年1月"
    assert period_text(date(2025, 10, 5), date(2026, 1, 31)) == "2025年10月5日至2026年1月31日"
    assert period_text(date(2025, 10, 5), None) == "2025年10月5日至……"
    assert period_text(None, None) == ""


def test_list_reads_only_the_page(services, cases):
    # the list never materialises ORM cases: rows come straight from a column select
    rows = services.cases.page(CaseFilter(), CaseSort(), 0, 1)
    assert len(rows) == 1 and not isinstance(rows[0], Case)


def test_day_period_items_show_full_dates(services):
    data = intake([worker(0, items=[ArrearsItemInput(kind="overtime", period_from="2025-10-03",
                                                     period_to="2025-12-20", amount="1500.5")])])
    d = services.cases.detail(services.intake.register(data).case_id)
    item = d.workers[0].items[0]
    assert (item.kind_label, item.period_text, item.amount_text) == (
        "加班费", "2025年10月3日至2025年12月20日", "1,500.50")


def test_the_search_index_finds_exactly_what_a_like_scan_finds(migrated_services):
    """On demo cases, every kind of fragment (one and two Chinese characters, longer names, ID and
    credit-code pieces, case numbers, pinyin initials, one or two letters) counts and lists the
    same cases through the index as a plain LIKE over the search text; on PostgreSQL, where the
    search is that LIKE, too."""
    import random

    from sqlalchemy import select

    from wagecase.domain.search import normalise_query, search_method
    from wagecase.storage.repositories import like_escape

    svc = migrated_services
    svc.demo.generate(150, seed=11)
    with svc.ctx.uow.read() as uow:
        texts = [t for (t,) in uow.session.execute(select(Case.search_text))]
    rng = random.Random(5)
    fragments = {"张", "王", "伟", "张伟", "建筑", "有限公司", "zw", "z", "3", "〔2025〕", "不存在"}
    for text in rng.sample(texts, 25):
        for field in text.split("|"):
            start = rng.randrange(len(field))
            fragments.add(field[start:start + rng.choice((1, 2, 3, 6))])
    methods = set()
    for fragment in sorted(fragments):
        query = normalise_query(fragment)
        if not query:
            continue
        methods.add(search_method(query))
        with svc.ctx.uow.read() as uow:
            expected = set(uow.session.scalars(select(Case.id).where(
                Case.search_text.like(f"%{like_escape(query)}%", escape="\\"))))
        assert svc.cases.count(CaseFilter(search=fragment)) == len(expected), fragment
        page = svc.cases.page(CaseFilter(search=fragment), CaseSort(), 0, 500)
        assert {r.id for r in page} == expected, fragment
    assert methods == {"trigram", "chars", "like"}


def test_a_search_counted_with_other_filters_counts_only_the_cases_they_keep(services, cases):
    """The count of a search alone comes from the index; with any other filter (False too) it
    must not."""
    assert services.cases.count(CaseFilter(search="张三")) == 2
    assert services.cases.count(CaseFilter(search="张三", is_collective=False)) == 1
    assert services.cases.count(CaseFilter(search="张三", is_collective=True)) == 1
    assert services.cases.count(CaseFilter(search="张三", case_type="arbitration")) == 0


def test_the_index_follows_a_changed_search_text(services, cases):
    """A case's search text rewritten (a name corrected) is found by its new text only."""
    with services.ctx.uow.write() as uow:
        case = uow.session.get(Case, cases[0])
        case.search_text = case.search_text.replace("张三", "欧阳修")
        uow.commit()
    assert services.cases.count(CaseFilter(search="欧阳修")) == 1
    assert services.cases.count(CaseFilter(search="欧阳")) == 1
    assert services.cases.count(CaseFilter(search="张三")) == 1  # only the collective case's


_SHOWN = ("id", "case_number", "case_type_label", "status_label", "is_collective", "green_channel",
          "lead_worker_name", "employer_name", "claimed_text", "received_date", "officer_name",
          "county_name", "next_due", "limit_text")


@pytest.mark.parametrize("flt", [
    CaseFilter(), CaseFilter(case_type="arbitration"), CaseFilter(officer_id=1), CaseFilter(county_code="410100"),
    CaseFilter(county_code="410122", case_type="inspection"), CaseFilter(is_collective=False),
    CaseFilter(received_from=date(2026, 3, 2), received_to=date(2026, 3, 4)), CaseFilter(status="registered"),
], ids=lambda f: ",".join(f"{k}={v}" for k, v in vars(f).items() if v not in (None, "")) or "none")
@pytest.mark.parametrize("sort", ["received_date", "claimed_fen", "officer_name", "county_name", "next_due"])
def test_the_list_page_on_the_cursor_shows_what_the_session_reads(services, cases, flt, sort):
    """The plain page runs compiled once on the DBAPI cursor (case_queries.page_rows); the same
    page through the session must show the very same rows, values converted alike."""
    from wagecase.services.case_rows import CaseRow
    from wagecase.storage import case_queries

    today = date(2026, 3, 20)
    q = services.cases
    for descending in (True, False):
        query = dict(sort_column=sort, descending=descending, offset=1, limit=3, **q._filters(flt))
        raw = case_queries.page_rows(services.ctx.uow.engine, **query)
        with services.ctx.uow.read() as uow:
            orm = case_queries.page_cases(uow.session, **query)
        assert raw is not None and len(raw) == len(orm) == min(3, max(0, q.count(flt) - 1))
        shown = [[getattr(CaseRow(*r, today), a) for a in _SHOWN] for r in raw]
        assert shown == [[getattr(CaseRow(*r, today), a) for a in _SHOWN] for r in orm]
    assert {r.id for r in q.page(flt, CaseSort(sort), 0, 10)} <= set(cases)
    assert len(q.page(flt, CaseSort(sort), 0, 10)) == q.count(flt)


def test_a_search_or_drill_down_page_goes_through_the_session(services, cases):
    from wagecase.storage import case_queries

    query = dict(sort_column="received_date", descending=True, offset=0, limit=10,
                 **services.cases._filters(CaseFilter(search="张三")))
    assert case_queries.page_rows(services.ctx.uow.engine, **query) is None
    assert len(services.cases.page(CaseFilter(search="张三"), CaseSort(), 0, 10)) == 2


def test_the_workbench_tally_counts_by_type_status_and_this_month(services, cases):
    from wagecase.services.dto import CaseTally

    with services.ctx.uow.write() as uow:  # one case closed, one received in an earlier month
        first, second = uow.session.get(Case, cases[0]), uow.session.get(Case, cases[3])
        first.status = "closed"
        second.received_date = date(2025, 12, 30)
        uow.commit()
    # today is 2026-03-10; the cases were received on March 1st to 5th
    assert services.cases.tally() == CaseTally(open_cases=4, received_this_month=4, inspection=3,
                                               arbitration=2)


def test_a_list_row_has_a_field_for_every_column_of_the_page_in_order():
    # rows are made with tuple.__new__ (no argument check): the columns must line up by name
    from wagecase.services.case_rows import CaseRow
    from wagecase.storage import case_queries

    stmt = case_queries._page_statement(sort_column="received_date", descending=True, green_first=False,
                                        dialect="sqlite")
    names = [c.name for c in stmt.selected_columns]
    renamed = {"is_collective": "collective", "green_channel": "green", "lead_worker_name": "lead_name",
               "received_date": "received", "officer_name": "officer", "county_name": "county",
               "next_due": "next_due_raw"}
    assert [renamed.get(n, n) for n in names] + ["today"] == list(CaseRow._fields)
