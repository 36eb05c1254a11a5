"""SavedFilterService (我的工作队列) on a real migrated SQLite database: every field round-trips,
names are unique per user and list, each user sees only their own filters."""
from __future__ import annotations

import json
from dataclasses import fields
from datetime import date

import pytest

from wagecase.domain.errors import RuleError
from wagecase.domain.messages import message
from wagecase.services.dto import CaseFilter
from wagecase.services.saved_filters import (
    SAVED_FIELDS, SavedFilterService, filter_from_json, filter_to_json,
)
from wagecase.storage.models import AuditEntry, SavedFilter, User
from .intake_support import migrated_services  # noqa: F401

FULL = CaseFilter(case_type="inspection", status="registered", officer_id=7, county_code="410105",
                  received_from=date(2026, 3, 1), received_to=date(2026, 3, 31), is_collective=True,
                  search="郭建军 hnysl")


def _user_id(svc, username: str) -> int:
    with svc.ctx.uow.read() as uow:
        return uow.session.query(User).filter_by(username=username).one().id


@pytest.fixture
def saved(migrated_services) -> SavedFilterService:
    return migrated_services.saved_filters


def test_the_saved_fields_are_the_filter_bar_fields_of_case_filter():
    names = {f.name for f in fields(CaseFilter)}
    assert set(SAVED_FIELDS) <= names


@pytest.mark.parametrize("flt", [
    FULL,
    CaseFilter(),
    CaseFilter(is_collective=False, search=""),
    CaseFilter(case_type="arbitration", received_from=date(2025, 12, 31), received_to=date(2026, 1, 1)),
    CaseFilter(county_code="4101", officer_id=None, status=None),
])
def test_every_field_round_trips_through_the_database(saved, flt):
    view = saved.save("all", "队列", flt)
    assert view.filter == flt
    [back] = saved.list("all")
    assert back.filter == flt
    assert (back.id, back.name, back.list_key) == (view.id, "队列", "all")


def test_json_keeps_dates_as_iso_text_and_none_as_null():
    data = json.loads(filter_to_json(FULL))
    assert data == {"case_type": "inspection", "status": "registered", "officer_id": 7,
                    "county_code": "410105", "received_from": "2026-03-01", "received_to": "2026-03-31",
                    "is_collective": True, "search": "郭建军 hnysl"}
    empty = json.loads(filter_to_json(CaseFilter()))
    assert empty["received_from"] is None and empty["is_collective"] is None and empty["search"] == ""


def test_fields_added_to_case_filter_later_are_not_written():
    from dataclasses import asdict
    from types import SimpleNamespace

    # a drill-down or any other field CaseFilter gains later: not a filter bar condition
    wider = SimpleNamespace(**{**asdict(FULL), "drill": object(), "worker_ids": [1, 2]})
    assert filter_to_json(wider) == filter_to_json(FULL)  # type: ignore[arg-type]


def test_reading_skips_unknown_keys_and_values_of_the_wrong_kind():
    text = json.dumps({"status": "registered", "drill_down": {"row": 3}, "officer_id": "7",
                       "received_from": "2026-02-30", "received_to": "2026-03-31", "is_collective": 1,
                       "search": None, "county_code": 410105})
    assert filter_from_json(text) == CaseFilter(status="registered", received_to=date(2026, 3, 31))
    assert filter_from_json("not json") == CaseFilter()
    assert filter_from_json("[1, 2]") == CaseFilter()
    assert filter_from_json(None) == CaseFilter()


def test_names_are_trimmed_and_checked(saved):
    assert saved.save("all", "  我的   未结案件 ", CaseFilter()).name == "我的 未结案件"
    with pytest.raises(RuleError) as info:
        saved.save("all", "  ", CaseFilter())
    assert info.value.key == "saved_filters.name_empty"
    with pytest.raises(RuleError) as info:
        saved.save("all", "长" * 51, CaseFilter())
    assert info.value.key == "saved_filters.name_too_long"
    assert message(info.value.key, **info.value.params) == "筛选名称最多50个字，现在是51个字，请改短一些。"
    assert saved.save("all", "长" * 50, CaseFilter()).name == "长" * 50
    with pytest.raises(RuleError) as info:
        saved.list("statistics")
    assert info.value.key == "saved_filters.list_unknown"


def test_a_name_is_unique_per_user_and_list_and_replaced_only_when_asked(migrated_services, saved):
    first = saved.save("inspection", "本月收件", CaseFilter(status="registered"))
    saved.save("inspection", "集体案件", CaseFilter(is_collective=True))
    with pytest.raises(RuleError) as info:
        saved.save("inspection", "本月收件", CaseFilter(status="closed"))
    assert info.value.key == "saved_filters.name_taken"
    assert "本月收件" in message(info.value.key, **info.value.params)
    # the same name on another list, or for another user, is another filter
    saved.save("arbitration", "本月收件", CaseFilter(case_type="arbitration"))
    admin = migrated_services.ctx.user_id
    migrated_services.ctx.user_id = _user_id(migrated_services, "lina")
    saved.save("inspection", "本月收件", CaseFilter(status="accepted"))
    migrated_services.ctx.user_id = admin

    assert saved.named("inspection", " 本月收件 ").id == first.id
    replaced = saved.save("inspection", "本月收件", CaseFilter(status="closed"), replace=True)
    assert replaced.id == first.id and replaced.position == first.position
    assert [(v.name, v.filter.status) for v in saved.list("inspection")] == [
        ("本月收件", "closed"), ("集体案件", None)]
    # the database says the same
    with migrated_services.ctx.uow.read() as uow:
        assert uow.session.query(SavedFilter).count() == 4

    with pytest.raises(RuleError) as info:
        saved.rename(first.id, "集体案件")
    assert info.value.key == "saved_filters.name_taken"
    assert saved.rename(first.id, " 已结 ").name == "已结"
    assert saved.rename(first.id, "已结").name == "已结"  # its own name is no clash


def test_another_users_filters_are_neither_shown_nor_changed(migrated_services, saved):
    mine = saved.save("all", "我的", CaseFilter(status="registered"))
    admin = migrated_services.ctx.user_id
    migrated_services.ctx.user_id = _user_id(migrated_services, "lina")
    try:
        assert saved.list("all") == []
        assert saved.named("all", "我的") is None
        theirs = saved.save("all", "李娜的", CaseFilter(officer_id=migrated_services.ctx.user_id))
        for change in (lambda: saved.rename(mine.id, "改名"), lambda: saved.delete(mine.id),
                       lambda: saved.move_down(mine.id)):
            with pytest.raises(RuleError) as info:
                change()
            assert info.value.key == "saved_filters.not_found"
    finally:
        migrated_services.ctx.user_id = admin
    assert [v.name for v in saved.list("all")] == ["我的"]
    with pytest.raises(RuleError):
        saved.delete(theirs.id)
    # without a user nothing is listed and nothing can be saved
    migrated_services.ctx.user_id = None
    assert saved.list("all") == []
    with pytest.raises(RuleError) as info:
        saved.save("all", "无主", CaseFilter())
    assert info.value.key == "saved_filters.no_user"


def test_move_and_delete_keep_the_order_and_are_audited(migrated_services, saved):
    a, b, c = (saved.save("all", name, CaseFilter(search=name)) for name in ("甲", "乙", "丙"))
    assert [v.name for v in saved.move_up(c.id)] == ["甲", "丙", "乙"]
    assert [v.name for v in saved.move_up(c.id)] == ["丙", "甲", "乙"]
    assert [v.name for v in saved.move_up(c.id)] == ["丙", "甲", "乙"]  # already first
    assert [v.name for v in saved.move_down(a.id)] == ["丙", "乙", "甲"]
    saved.delete(b.id)
    assert [v.name for v in saved.list("all")] == ["丙", "甲"]
    assert saved.save("all", "丁", CaseFilter()).position > max(v.position for v in saved.list("all")[:2])
    with pytest.raises(RuleError) as info:
        saved.delete(b.id)
    assert info.value.key == "saved_filters.not_found"
    with migrated_services.ctx.uow.read() as uow:
        entries = uow.session.query(AuditEntry).filter_by(entity="saved_filter").order_by(AuditEntry.id).all()
        actions = [e.action for e in entries]
        deleted = next(e for e in entries if e.action == "saved_filter.delete")
        assert json.loads(deleted.before)["criteria"]["search"] == "乙"
    assert actions == ["saved_filter.add"] * 3 + ["saved_filter.move"] * 3 + [
        "saved_filter.delete", "saved_filter.add"]

