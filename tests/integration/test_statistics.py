"""The monthly report on a known month (stats_support.build_march): every figure of every table,
and the drill-down of every figure lists exactly the cases it counted."""
from __future__ import annotations

from datetime import date

import pytest

from wagecase.domain.errors import RuleError
from wagecase.domain.messages import message
from wagecase.domain.statistics import Op, REPORT_TABLES, custom_period, month_period
from wagecase.services.dto import CaseFilter, CaseSort
from wagecase.services.stats_dto import TOTAL_KEY
from .intake_support import migrated_services  # noqa: F401
from .stats_support import NOW_UTC, build_march

T = TOTAL_KEY
Y = 100  # fen per yuan


@pytest.fixture
def march(migrated_services):
    svc = migrated_services
    svc.ctx.clock = lambda: NOW_UTC
    ids = build_march(svc)
    return svc, ids, svc.statistics.report(month_period(2026, 3))


# table -> row -> the figures of its columns, in column order; rows not named are all zero
EXPECTED = {
    "received_by_type": {
        "inspection": (3, 1, 14, 124000 * Y), "arbitration": (2, 1, 6, 58000 * Y), T: (5, 2, 20, 182000 * Y)},
    "received_by_channel": {
        "visit": (3, 0, 3, 12000 * Y), "hotline_12333": (1, 1, 12, 120000 * Y),
        "national_platform": (1, 1, 5, 50000 * Y), T: (5, 2, 20, 182000 * Y)},
    "received_by_county": {
        "410105": (3, 0, 3, 12000 * Y), "410122": (1, 1, 12, 120000 * Y), "410302": (1, 1, 5, 50000 * Y),
        T: (5, 2, 20, 182000 * Y)},
    "received_by_industry": {
        "construction": (2, 1, 13, 123000 * Y), "other": (3, 1, 7, 59000 * Y), T: (5, 2, 20, 182000 * Y)},
    "closed_by_outcome": {
        "ordered": (1, 1, 3000 * Y), "mediated": (1, 1, 8000 * Y), "rejected": (1, 1, 2000 * Y),
        T: (3, 3, 13000 * Y)},
    "closed_by_type": {"inspection": (2, 2, 5000 * Y), "arbitration": (1, 1, 8000 * Y), T: (3, 3, 13000 * Y)},
    "closed_by_county": {"410105": (3, 3, 13000 * Y), T: (3, 3, 13000 * Y)},
    "closed_by_industry": {"construction": (1, 1, 3000 * Y), "other": (2, 2, 10000 * Y), T: (3, 3, 13000 * Y)},
    "recovered_by_payer": {
        "employer": (3000 * Y, 1, 1, 1), "general_contractor": (30000 * Y, 2, 1, 2), T: (33000 * Y, 3, 2, 3)},
    "recovered_by_type": {"inspection": (33000 * Y, 3, 2, 3), T: (33000 * Y, 3, 2, 3)},
    "police": {"inspection": (1, 12, 120000 * Y), T: (1, 12, 120000 * Y)},
    "listings": {"listed": (1, 1), "removed_early": (1, 1), T: (2, 2)},
    "legal_aid": {"granted": (1, 1, 1), "waiting": (1, 0, 1), T: (2, 1, 2)},
    "compliance": {
        "inspection.acceptance": (2, 1, 1, 0, 0, 50.0), "inspection.investigation": (1, 0, 0, 1, 0, 0.0),
        "arbitration.acceptance": (1, 0, 0, 1, 0, 0.0), "arbitration.time_limit": (1, 1, 0, 0, 0, 100.0),
        "legal_aid.decision": (1, 1, 0, 0, 0, 100.0), T: (6, 3, 1, 2, 0, 50.0)},
    "compliance_by_officer": {
        "lina": (2, 2, 0, 0, 0, 100.0), "wang": (2, 0, 1, 1, 0, 0.0), None: (1, 0, 0, 1, 0, 0.0),
        T: (5, 2, 1, 2, 0, 40.0)},
    "documents": {"inspection": (2, 1, 1, 50.0), "arbitration": (0, 0, 0, None), T: (2, 1, 1, 50.0)},
}
# cases behind the first column of each row: what the drill-down must list
BEHIND = {
    ("received_by_type", "inspection"): {"C1", "C2", "C6"},
    ("received_by_type", T): {"C1", "C2", "C3", "C4", "C6"},
    ("received_by_county", "410105"): {"C1", "C3", "C6"},
    ("closed_by_outcome", "rejected"): {"C5"},
    ("closed_by_type", T): {"C1", "C3", "C5"},
    ("recovered_by_payer", "general_contractor"): {"C2"},
    ("police", T): {"C2"},
    ("listings", T): {"C1", "C2"},
    ("legal_aid", "waiting"): {"C2"},
    ("compliance", "inspection.acceptance"): {"C1", "C2"},
    ("compliance_by_officer", "wang"): {"C2"},
    ("documents", "inspection"): {"C1", "C2"},
}


def _row_key(key, ids):
    return ids.get(key, key) if key in ("lina", "wang") else key


def _check_every_figure(report, ids) -> None:
    for code, rows in EXPECTED.items():
        table = report.table(code)
        expected = {_row_key(k, ids): v for k, v in rows.items()}
        got = {r.key: r.values for r in table.rows}
        got[T] = table.total.values
        zero = tuple(None if c.kind == "rate" else 0 for c in table.columns)
        for key, values in got.items():
            assert values == expected.get(key, zero), (code, key)
        missing = set(expected) - set(got)
        assert not missing, (code, missing)


def test_every_figure_of_the_monthly_report(march):
    _svc, ids, report = march
    _check_every_figure(report, ids)
    assert [t.code for t in report.tables] == [spec.code for spec in REPORT_TABLES]
    assert report.period_label == "2026年3月" and report.scope_label == "全部地区"
    assert [t.title.split("、")[0] for t in report.tables][:3] == ["一", "二", "三"]
    assert report.tables[-1].title == "十六、文书送达情况"


def test_row_labels_and_order(march):
    _svc, _ids, report = march
    county = report.table("received_by_county")
    assert [r.label for r in county.rows] == ["金水区", "中牟县", "老城区"]  # largest first
    outcome = report.table("closed_by_outcome")
    assert outcome.rows[0].label == "责令支付后结案" and len(outcome.rows) == 10  # a fixed shape every month
    officers = report.table("compliance_by_officer")
    assert {r.label for r in officers.rows} == {"李娜", "王强", "未指定承办人"}
    compliance = report.table("compliance")
    # names and lengths from the period catalogue, the centre's period said as such
    assert compliance.rows[0].label == "监察·受理审查期限（5个工作日）"
    assert "仲裁·受理审查期限（5个工作日）" in {r.label for r in compliance.rows}
    assert "法律援助·法律援助审查决定期限（7日，法律援助机构）" in {r.label for r in compliance.rows}
    assert report.table("received_by_type").total.texts == ("5", "2", "20", "182,000.00")
    assert compliance.total.texts[-1] == "50.0%"


def _cases(svc, key) -> set[str]:
    flt = CaseFilter(drill=key)
    count = svc.cases.count(flt)
    rows = svc.cases.page(flt, CaseSort(), 0, 100)
    assert count == len(rows)
    return {r.case_number.removeprefix("测") for r in rows}


def test_the_drill_down_lists_the_cases_counted(march):
    svc, _ids, report = march
    for (code, key), names in BEHIND.items():
        table = report.table(code)
        row = table.total if key == T else next(r for r in table.rows if r.key == _row_key(key, _ids))
        assert _cases(svc, row.drills[0]) == names, (code, key)


def test_every_case_count_matches_its_drill_down(march):
    """Whatever the figure: a column that counts cases lists as many cases as it says."""
    svc, _ids, report = march
    for spec in REPORT_TABLES:
        table = report.table(spec.code)
        for i, col in enumerate(spec.columns):
            if col.measure is None or col.measure.op != Op.CASES:
                continue
            for row in (*table.rows, table.total):
                assert svc.cases.count(CaseFilter(drill=row.drills[i])) == row.values[i], (spec.code, row.key, col.key)


def test_a_drill_down_narrows_further_with_the_list_filters(march):
    svc, ids, report = march
    key = report.table("received_by_type").total.drills[0]
    assert svc.cases.count(CaseFilter(drill=key, officer_id=ids["lina"])) == 3  # C1, C3, C6
    assert svc.cases.count(CaseFilter(drill=key, case_type="arbitration")) == 2


def test_the_office_scope_and_the_local_day_boundaries(march):
    svc, _ids, _report = march
    jinshui = svc.statistics.report(month_period(2026, 3), county_code="410105")
    assert jinshui.scope_label == "金水区"
    assert jinshui.table("received_by_type").total.values[0] == 3
    zhengzhou = svc.statistics.report(month_period(2026, 3), county_code="410100")  # the city: its counties
    assert zhengzhou.table("received_by_type").total.values[0] == 4
    # C5 was closed at 00:30 on 1 March, local time: a March figure, although still February in UTC
    february = svc.statistics.report(month_period(2026, 2))
    assert february.table("closed_by_type").total.values[0] == 0
    assert february.table("received_by_type").total.values[0] == 1  # C5
    assert february.table("legal_aid").value("refused", "referrals") == 1


def test_a_custom_period_and_its_checks(march):
    svc, _ids, _report = march
    one_day = svc.statistics.report(custom_period(date(2026, 3, 28), date(2026, 3, 28)))
    assert one_day.table("recovered_by_payer").total.values == (30000 * Y, 2, 1, 2)
    assert one_day.period_label == "2026年3月28日"
    with pytest.raises(RuleError) as e:
        custom_period(date(2026, 3, 31), date(2026, 3, 1))
    assert "早于开始日期" in message(e.value.key, **e.value.params)
    with pytest.raises(RuleError):
        custom_period(date(2010, 1, 1), date(2026, 1, 1))


def test_a_cancelled_report_says_so(march):
    svc, _ids, _report = march
    with pytest.raises(RuleError) as e:
        svc.statistics.report(month_period(2026, 3), progress=lambda done, total: done < 3)
    assert e.value.key == "statistics.cancelled"


def test_the_supervisor_overview(march):
    svc, ids, _report = march
    view = svc.statistics.overview()
    by_status = view.table("open_by_status")
    # open today: C2 transferred, C4 accepted, C6 registered, C7 accepted
    assert by_status.total.values == (2, 2, 4)
    assert by_status.value("accepted", "arbitration") == 2
    assert view.table("open_by_officer").value(ids["lina"], "cases") == 2  # C6, C7
    due = view.table("due_by_officer")
    # C2's investigation (3/31) and C4's acceptance (3/31) are overdue; C2's April acceptance is soon
    assert due.value(ids["wang"], "overdue") == 1 and due.value(None, "overdue") == 1
    assert due.value(ids["wang"], "soon") == 1
    amount, workers, key, _ = svc.statistics.month_to_date()
    assert (amount, workers) == (500 * Y, 1)  # C1's April payment
    assert _cases(svc, key) == {"C1"}
