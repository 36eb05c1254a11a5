"""ReferenceService (设置) on a real migrated SQLite file: tables as text, validation, permission,
audit, holiday years, and the recompute of stored deadlines."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from wagecase.domain.errors import RuleError, ValidationFailed
from wagecase.domain.messages import message
from wagecase.services import Services
from wagecase.services.audit import verify_chain
from wagecase.services.dto import HolidayRangeInput
from wagecase.storage.models import AuditEntry, CaseDeadline, User

from .intake_support import intake, migrated_services  # noqa: F401  (fixture)

TABLE_NAMES = ("minimum_wages", "wage_tiers", "average_wages", "crime_thresholds", "periods",
               "local_notes", "parameters")


@pytest.fixture
def svc(migrated_services) -> Services:
    return migrated_services


def as_user(svc: Services, username: str) -> None:
    with svc.users.ctx.uow.read() as uow:
        svc.users.ctx.user_id = uow.session.execute(
            select(User.id).where(User.username == username)).scalar_one()


def rows(svc: Services, name: str) -> dict[str, dict[str, str]]:
    return {r.id: r.values for r in svc.reference.table(name).rows}


def audit_entries(svc: Services) -> list:
    with svc.users.ctx.uow.read() as uow:
        return list(uow.session.execute(
            select(AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id, AuditEntry.before,
                   AuditEntry.after).order_by(AuditEntry.id)))


def errors_of(info) -> dict[str, str]:
    return {e.field: e.key for e in info.value.errors}


def refusal(call, *args) -> dict[str, str]:
    """The column -> message key of the ValidationFailed that ``call(*args)`` must raise."""
    with pytest.raises(ValidationFailed) as info:
        call(*args)
    return errors_of(info)


def rule_key(call, *args) -> str:
    """The key of the RuleError that ``call(*args)`` must raise."""
    with pytest.raises(RuleError) as info:
        call(*args)
    return info.value.key


# ---- reading ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", TABLE_NAMES)
def test_every_table_has_chinese_columns_a_source_and_rows(svc, name):
    table = svc.reference.table(name)
    assert table.name == name and table.rows and table.editable
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in c.label) for c in table.columns)
    assert len(table.description) > 20
    keys = {c.key for c in table.columns}
    assert all(set(r.values) <= keys for r in table.rows)


def test_values_are_editable_text(svc):
    table = svc.reference.table("minimum_wages")
    current = next(r for r in table.rows
                   if r.values["tier"] == "1" and r.values["effective_from"] == "2024-01-01")
    assert current.values == {
        "province_code": "410000", "tier": "1", "monthly_yuan": "2100.00", "hourly_yuan": "20.60",
        "effective_from": "2024-01-01", "effective_to": "", "document_no": "豫政〔2023〕43号",
        "to_verify": "否"}
    assert not current.to_verify
    tier = next(c for c in table.columns if c.key == "tier")
    assert tier.kind == "choice" and ("1", "一类") in tier.choices
    province = next(c for c in table.columns if c.key == "province_code")
    assert ("410000", "河南省") in province.choices
    tiers = svc.reference.table("wage_tiers")
    assert all(r.to_verify for r in tiers.rows)
    county = next(c for c in tiers.columns if c.key == "county_code")
    assert ("410105", "河南省郑州市金水区") in county.choices
    averages = svc.reference.table("average_wages")
    assert [r.values["annual_yuan"] for r in averages.rows] == ["120698.00", "124110.00"]
    assert all(r.to_verify for r in averages.rows)
    crime = {r.values["province_code"]: r for r in svc.reference.table("crime_thresholds").rows}
    assert not crime["410000"].to_verify and crime["430000"].to_verify
    period = rows(svc, "periods")["inspection.acceptance"]
    assert period["length"] == "5" and period["unit"] == "working_days" and period["active"] == "是"
    params = rows(svc, "parameters")
    assert params["deadline.due_soon_working_days"]["value"] == "3"
    assert params["final_award.minimum_wage_date"]["value"] == "裁决作出之日"  # the label, not the code


def test_book_rules_and_calendar_for_other_services(svc):
    book = svc.reference.book()
    assert len(book.minimum_wages) == 12 and len(book.tiers) == 157
    assert {r.code for r in svc.reference.period_rules()} >= {"inspection.acceptance", "arbitration.time_limit"}
    cal = svc.reference.calendar()
    assert cal.data.covers(2026) and not cal.data.covers(2027)
    assert svc.reference.parameters()["office.province_code"] == "410000"


# ---- saving: every table round-trips ----------------------------------------------------------

NEW_ROWS = {
    "minimum_wages": {"province_code": "420000", "tier": "一类", "monthly_yuan": "2,210",
                      "hourly_yuan": "22", "effective_from": "2025-01-01", "effective_to": "",
                      "document_no": "鄂政规〔2024〕1号", "to_verify": "是"},
    "average_wages": {"province_code": "410000", "year": "2025", "annual_yuan": "85000",
                      "source": "河南省人力资源和社会保障厅公布", "to_verify": "否"},
    "crime_thresholds": {"province_code": "440000", "single_worker_yuan": "10000",
                         "single_worker_months": "3", "group_workers": "10",
                         "group_total_yuan": "60000", "effective_from": "2013-01-23",
                         "effective_to": "", "source": "广东省高级人民法院"},
    "local_notes": {"province_code": "410000", "topic": "arbitration.procedure", "case_type": "arbitration",
                    "text": "测试提示。", "source": "测试"},
    "periods": {"code": "test.notice", "name": "测试通知期限", "case_types": "inspection",
                "trigger": "case_opened", "anchor": "", "before": "否", "length": "7",
                "unit": "calendar_days", "roll": "next_working_day", "duty": "agency",
                "met_by": "decision_made;case_closed", "extension_length": "0", "extension_event": "",
                "extension_approver": "", "suspended_by": "", "resumed_by": "", "restarted_by": "",
                "basis": "测试依据第一条", "effective_from": "", "effective_to": "", "note": "",
                "active": "是"},
}
NORMALISED = {
    "minimum_wages": {"tier": "1", "monthly_yuan": "2210.00", "hourly_yuan": "22.00"},
    "average_wages": {"annual_yuan": "85000.00"},
    "crime_thresholds": {"single_worker_yuan": "10000.00", "group_total_yuan": "60000.00"},
    "local_notes": {}, "periods": {},
}


@pytest.mark.parametrize("name", sorted(NEW_ROWS))
def test_insert_then_update_round_trips(svc, name):
    before = rows(svc, name)
    changes = svc.reference.save_row(name, None, dict(NEW_ROWS[name]))
    assert changes.settings
    after = rows(svc, name)
    (new_id,) = set(after) - set(before)
    assert after[new_id] == {**NEW_ROWS[name], **NORMALISED[name]}
    # saving the row's own text back changes nothing
    svc.reference.save_row(name, new_id, after[new_id])
    assert rows(svc, name) == after
    svc.reference.delete_row(name, new_id)
    assert rows(svc, name) == before


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_every_shipped_row_saves_back_unchanged(svc, name):
    before = rows(svc, name)
    for row_id, values in list(before.items())[:3]:
        svc.reference.save_row(name, row_id, values)
    assert rows(svc, name) == before


def test_a_new_tier_standard_after_closing_the_old_one(svc):
    tiers = rows(svc, "wage_tiers")
    jinshui = next(i for i, v in tiers.items() if v["county_code"] == "410105")
    svc.reference.save_row("wage_tiers", jinshui, {**tiers[jinshui], "effective_to": "2023-12-31"})
    svc.reference.save_row("wage_tiers", None, {"county_code": "410105", "tier": "1",
                                                "effective_from": "2024-01-01", "to_verify": "否"})
    mine = [v for v in rows(svc, "wage_tiers").values() if v["county_code"] == "410105"]
    assert [(v["effective_from"], v["effective_to"], v["to_verify"]) for v in mine] == [
        ("2011-10-01", "2023-12-31", "是"), ("2024-01-01", "", "否")]


def test_parameters_are_edited_not_added(svc):
    svc.reference.save_row("parameters", "deadline.due_soon_working_days", {"value": "5"})
    assert svc.reference.parameters()["deadline.due_soon_working_days"] == "5"
    svc.reference.save_row("parameters", "final_award.minimum_wage_date", {"value": "受理之日"})
    assert svc.reference.parameters()["final_award.minimum_wage_date"] == "acceptance"
    save = svc.reference.save_row
    assert refusal(save, "parameters", "deadline.due_soon_working_days", {"value": "99"}) == {
        "value": "reference.int_range"}
    assert refusal(save, "parameters", "office.province_code", {"value": "419999"}) == {
        "value": "reference.province_unknown"}
    assert rule_key(save, "parameters", None, {"value": "1"}) == "reference.parameter_fixed"
    assert rule_key(svc.reference.delete_row, "parameters", "office.province_code") == "reference.parameter_fixed"


# ---- validation -------------------------------------------------------------------------------

WAGE = NEW_ROWS["minimum_wages"]


@pytest.mark.parametrize("name, values, expected", [
    ("minimum_wages", {**WAGE, "province_code": "410000", "effective_from": "2025-01-01"},
     {"effective_from": "reference.overlap"}),
    ("minimum_wages", {**WAGE, "effective_from": "2025-01-01", "effective_to": "2024-12-31"},
     {"effective_to": "reference.effective_order"}),
    ("minimum_wages", {**WAGE, "monthly_yuan": "两千", "hourly_yuan": "0", "effective_from": "2025-02-30"},
     {"monthly_yuan": "amount.not_a_number", "hourly_yuan": "amount.zero",
      "effective_from": "reference.date_invalid"}),
    ("minimum_wages", {**WAGE, "province_code": "", "tier": "5", "to_verify": "也许"},
     {"province_code": "required", "tier": "choice.invalid", "to_verify": "roster.bool_invalid"}),
    ("wage_tiers", {"county_code": "419999", "tier": "1", "effective_from": "2024-01-01"},
     {"county_code": "reference.county_unknown"}),
    ("wage_tiers", {"county_code": "410105", "tier": "1", "effective_from": "2024-01-01"},
     {"effective_from": "reference.overlap"}),
    ("average_wages", {**NEW_ROWS["average_wages"], "year": "2024"}, {"year": "reference.year_taken"}),
    ("average_wages", {**NEW_ROWS["average_wages"], "year": "2030", "source": ""},
     {"year": "reference.int_range", "source": "required"}),
    ("crime_thresholds", {**NEW_ROWS["crime_thresholds"], "province_code": "410000",
                          "effective_from": "2020-01-01"}, {"effective_from": "reference.overlap"}),
    ("crime_thresholds", {**NEW_ROWS["crime_thresholds"], "group_workers": "十", "single_worker_months": "0"},
     {"group_workers": "reference.int_invalid", "single_worker_months": "reference.int_range"}),
    ("local_notes", {**NEW_ROWS["local_notes"], "topic": "立案 期限", "text": ""},
     {"topic": "choice.invalid", "text": "required"}),
    ("periods", {**NEW_ROWS["periods"], "met_by": "decision_made;paid_in_full"},
     {"met_by": "reference.event_unknown"}),
    ("periods", {**NEW_ROWS["periods"], "trigger": "period:no.such"}, {"trigger": "reference.period_unknown"}),
    ("periods", {**NEW_ROWS["periods"], "trigger": "period:test.notice"}, {"trigger": "reference.period_self"}),
    ("periods", {**NEW_ROWS["periods"], "length": "0"}, {"length": "reference.length_not_positive"}),
    ("periods", {**NEW_ROWS["periods"], "length": "-3", "unit": "weeks"},
     {"length": "reference.int_range", "unit": "choice.invalid"}),
    ("periods", {**NEW_ROWS["periods"], "code": "inspection.acceptance"}, {"code": "reference.code_taken"}),
    ("periods", {**NEW_ROWS["periods"], "code": "测试"}, {"code": "reference.code_invalid"}),
    ("periods", {**NEW_ROWS["periods"], "extension_length": "30"},
     {"extension_event": "reference.extension_event_missing"}),
    ("periods", {**NEW_ROWS["periods"], "before": "是"}, {"anchor": "reference.anchor_missing"}),
    ("periods", {**NEW_ROWS["periods"], "case_types": "inspection;mediation"},
     {"case_types": "reference.case_type_unknown"}),
    ("periods", {**NEW_ROWS["periods"], "effective_from": "2026-01-01", "effective_to": "2025-01-01"},
     {"effective_to": "reference.effective_order"}),
])
def test_bad_rows_are_refused_with_the_column_and_nothing_is_written(svc, name, values, expected):
    before, audits = rows(svc, name), len(audit_entries(svc))
    with pytest.raises(ValidationFailed) as info:
        svc.reference.save_row(name, None, values)
    assert errors_of(info) == expected
    for e in info.value.errors:
        text = message(e.key, **e.params)
        assert "{" not in text and "操作未能完成" not in text
    assert rows(svc, name) == before and len(audit_entries(svc)) == audits


def test_messages_say_what_to_fix(svc):
    with pytest.raises(ValidationFailed) as info:
        svc.reference.save_row("minimum_wages", None,
                               {**WAGE, "province_code": "410000", "effective_from": "2025-01-01"})
    (e,) = info.value.errors
    assert "2024-01-01 至 今" in message(e.key, **e.params) and "失效日期" in message(e.key, **e.params)
    with pytest.raises(ValidationFailed) as info:
        svc.reference.save_row("wage_tiers", None, {"county_code": "419999", "tier": "1",
                                                    "effective_from": "2024-01-01"})
    assert "“419999”不是行政区划表中的县级代码" in message(info.value.errors[0].key, **info.value.errors[0].params)


def test_period_code_cannot_change_and_a_used_period_cannot_go(svc):
    save = svc.reference.save_row
    row = rows(svc, "periods")["inspection.acceptance"]
    assert refusal(save, "periods", "inspection.acceptance", {**row, "code": "inspection.accept"}) == {
        "code": "reference.code_changed"}
    term = rows(svc, "periods")["blacklist.listing_term"]
    assert refusal(save, "periods", "blacklist.listing_term", {**term, "active": "否"}) == {
        "active": "reference.period_in_use"}
    assert rule_key(svc.reference.delete_row, "periods", "blacklist.listing_term") == "reference.period_in_use"
    assert "blacklist.listing_term" in rows(svc, "periods")


def test_missing_rows_and_tables(svc):
    assert rule_key(svc.reference.save_row, "minimum_wages", "99999", WAGE) == "reference.row_missing"
    assert rule_key(svc.reference.delete_row, "local_notes", "abc") == "reference.row_missing"
    assert rule_key(svc.reference.table, "salaries") == "reference.table_unknown"


# ---- permission and audit ---------------------------------------------------------------------

def test_only_an_administrator_may_change_anything(svc):
    as_user(svc, "lina")
    assert not svc.reference.table("minimum_wages").editable
    assert not svc.reference.holiday_years()[0].editable
    before = rows(svc, "average_wages")
    attempts = [
        lambda: svc.reference.save_row("average_wages", None, NEW_ROWS["average_wages"]),
        lambda: svc.reference.delete_row("average_wages", next(iter(before))),
        lambda: svc.reference.save_row("parameters", "deadline.due_soon_working_days", {"value": "5"}),
        lambda: svc.reference.save_holiday_year(2027, [HolidayRangeInput("元旦", date(2027, 1, 1), date(2027, 1, 1))]),
    ]
    for attempt in attempts:
        assert rule_key(attempt) == "permission.admin_only"
    assert "管理员" in message("permission.admin_only")
    assert rows(svc, "average_wages") == before
    assert not svc.reference.calendar().data.covers(2027)


def test_changes_are_audited_and_the_chain_verifies(svc):
    svc.reference.save_row("average_wages", None, NEW_ROWS["average_wages"])
    new_id = next(i for i, v in rows(svc, "average_wages").items() if v["year"] == "2025")
    svc.reference.save_row("average_wages", new_id, {**NEW_ROWS["average_wages"], "annual_yuan": "86000"})
    svc.reference.delete_row("average_wages", new_id)
    svc.reference.save_row("periods", None, NEW_ROWS["periods"])
    svc.reference.save_holiday_year(2027, [HolidayRangeInput("元旦", date(2027, 1, 1), date(2027, 1, 3))])
    entries = [e for e in audit_entries(svc) if e.entity.startswith("reference:")]
    assert [(e.action, e.entity) for e in entries] == [
        ("reference.create", "reference:average_wages"), ("reference.update", "reference:average_wages"),
        ("reference.delete", "reference:average_wages"), ("reference.create", "reference:periods"),
        ("reference.holidays.save", "reference:holidays")]
    assert '"annual_fen":8500000' in entries[1].before and '"annual_fen":8600000' in entries[1].after
    assert entries[2].after == "" and entries[0].before == ""
    assert entries[4].entity_id == 2027 and "2027-01-02 元旦" in entries[4].after
    with svc.users.ctx.uow.read() as uow:
        assert verify_chain(uow.session) is None


# ---- holidays ---------------------------------------------------------------------------------

NEW_YEAR_2027 = HolidayRangeInput("元旦", date(2027, 1, 1), date(2027, 1, 3))
SPRING_2027 = HolidayRangeInput("春节", date(2027, 2, 5), date(2027, 2, 11),
                                (date(2027, 2, 13), date(2027, 1, 31)))


def test_holiday_years_from_package_admin_and_missing(svc):
    years = {y.year: y for y in svc.reference.holiday_years()}
    assert min(years) == 2004 and max(years) == 2027  # next year of the clock's 2026
    assert years[2026].source == "package" and years[2027].source == "missing"
    assert "暂定" in years[2027].source_label and years[2027].ranges == ()
    spring = next(r for r in years[2026].ranges if r.name == "春节")
    assert (spring.first, spring.last) == (date(2026, 2, 15), date(2026, 2, 23))
    assert set(spring.workdays) == {date(2026, 2, 14), date(2026, 2, 28)}
    national = next(r for r in years[2026].ranges if "国庆" in r.name)
    assert national.first == date(2026, 10, 1)


def test_an_administrator_year_2027_makes_the_calendar_cover_it(svc):
    assert not svc.reference.calendar().data.covers(2027)
    assert svc.reference.save_holiday_year(2027, [NEW_YEAR_2027, SPRING_2027]).settings
    cal = svc.reference.calendar()
    assert cal.data.covers(2027)
    assert cal.is_rest_day(date(2027, 2, 8)) and cal.is_working_day(date(2027, 2, 13))
    view = next(y for y in svc.reference.holiday_years() if y.year == 2027)
    assert view.source == "admin" and view.editable
    assert view.ranges == (NEW_YEAR_2027, HolidayRangeInput(
        "春节", date(2027, 2, 5), date(2027, 2, 11), (date(2027, 1, 31), date(2027, 2, 13))))
    # a new notice replaces the year as a whole
    svc.reference.save_holiday_year(2027, [NEW_YEAR_2027])
    assert not svc.reference.calendar().is_rest_day(date(2027, 2, 8))
    svc.reference.delete_holiday_year(2027)
    assert not svc.reference.calendar().data.covers(2027)
    assert rule_key(svc.reference.delete_holiday_year, 2027) == "holiday.year_not_admin"


def test_an_administrator_year_overrides_the_package(svc):
    svc.reference.save_holiday_year(2026, [HolidayRangeInput("元旦", date(2026, 1, 1), date(2026, 1, 3))])
    cal = svc.reference.calendar()
    assert cal.is_working_day(date(2026, 10, 8))  # the package's 国庆 is gone with the year


def test_a_holiday_year_with_a_bad_date_reports_the_chinese_error(svc):
    with pytest.raises(ValidationFailed) as info:
        svc.reference.save_holiday_year(2027, [HolidayRangeInput("元旦", date(2026, 12, 31), date(2027, 1, 1))])
    (e,) = info.value.errors
    assert (e.field, e.key) == ("ranges[0].first", "holiday.wrong_year")
    assert message(e.key, **e.params) == "日期2026年12月31日不属于2027年，请核对后重新填写。"
    assert not svc.reference.calendar().data.covers(2027)


@pytest.mark.parametrize("ranges, expected", [
    ([HolidayRangeInput("春节", date(2027, 2, 11), date(2027, 2, 5))], {"ranges[0].last": "holiday.range_order"}),
    ([HolidayRangeInput("", date(2027, 2, 5), date(2027, 2, 6))], {"ranges[0].name": "required"}),
    ([HolidayRangeInput("春节", date(2027, 2, 5), date(2027, 2, 11), (date(2027, 2, 10),))],
     {"ranges[0].workdays": "holiday.both"}),
    ([HolidayRangeInput("春节", date(2027, 2, 5), date(2027, 2, 11), (date(2027, 2, 15),))],
     {"ranges[0].workdays": "holiday.workday_not_weekend"}),
    ([NEW_YEAR_2027, HolidayRangeInput("假日", date(2027, 1, 3), date(2027, 1, 4))],
     {"ranges[1].first": "holiday.range_overlap"}),
    ([], {"ranges": "holiday.no_ranges"}),
])
def test_bad_holiday_tables_are_refused(svc, ranges, expected):
    assert refusal(svc.reference.save_holiday_year, 2027, ranges) == expected
    assert not svc.reference.calendar().data.covers(2027)


def test_holiday_year_out_of_range(svc):
    ranges = [HolidayRangeInput("元旦", date(2029, 1, 1), date(2029, 1, 1))]
    assert refusal(svc.reference.save_holiday_year, 2029, ranges) == {"year": "holiday.year_range"}


# ---- the clock's inputs changed: stored deadlines follow --------------------------------------

def stored_due(svc: Services, case_id: int, code: str) -> date | None:
    with svc.users.ctx.uow.read() as uow:
        return uow.session.execute(select(CaseDeadline.due_date).where(
            CaseDeadline.case_id == case_id, CaseDeadline.period_code == code)).scalar_one()


def test_changing_periods_or_holidays_recomputes_open_cases(svc):
    case_id = svc.intake.register(intake()).case_id  # received 2026-03-09: 受理 within 5 working days
    svc.deadlines.recompute_all()
    assert stored_due(svc, case_id, "inspection.acceptance") == date(2026, 3, 16)

    row = rows(svc, "periods")["inspection.acceptance"]
    svc.reference.save_row("periods", "inspection.acceptance", {**row, "length": "7"})
    assert stored_due(svc, case_id, "inspection.acceptance") == date(2026, 3, 18)

    # an administrator declares 2026-03-17 a day off: the working-day period moves by one
    svc.reference.save_holiday_year(2026, [HolidayRangeInput("测试假日", date(2026, 3, 17), date(2026, 3, 17))])
    assert stored_due(svc, case_id, "inspection.acceptance") == date(2026, 3, 19)


@pytest.mark.parametrize("key, value, error", [
    ("document_number_pattern.inspection.notice", "郑人社监通字〔2026〕号", "reference.pattern_placeholders"),
    ("document_number_pattern.inspection.notice", "郑人社监通字【{year}】{seq}号", "reference.pattern_brackets"),
    ("case_number_pattern.arbitration", "", "required"),
    ("font.fangsong", "/no/such/simfang.ttf", "reference.font_missing"),
    ("office.agency_name", "", "required"),
])
def test_office_numbering_and_font_parameters_are_checked(svc, key, value, error):
    assert refusal(svc.reference.save_row, "parameters", key, {"value": value}) == {"value": error}


def test_office_name_and_number_pattern_reach_the_documents(svc, tmp_path):
    svc.reference.save_row("parameters", "office.agency_name", {"value": "开封市人力资源和社会保障局"})
    svc.reference.save_row("parameters", "document_number_pattern.inspection.notice",
                           {"value": "汴人社监通字〔{year}〕{seq:03d}号"})
    font = tmp_path / "my.ttf"
    font.write_bytes(b"not really a font")  # accepted here; the renderer falls back and says so
    svc.reference.save_row("parameters", "font.kai", {"value": str(font)})
    assert rows(svc, "parameters")["font.kai"]["value"] == str(font)
    case_id = svc.intake.register(intake()).case_id
    (doc,), _ = svc.documents.issue(case_id, "inspection.acceptance_notice")
    assert doc.number == "汴人社监通字〔2026〕001号"
    from pypdf import PdfReader
    import io
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(svc.documents.file(doc.id).data)).pages)
    assert "开封市人力资源和社会保障局" in text.replace(" ", "")
