"""The law's conditions read off a registered case, on a database built by the real migrations
(so the shipped Henan reference data is what the rules see)."""
from __future__ import annotations

from datetime import date

import pytest

from wagecase.domain.errors import RuleError
from wagecase.services.dto import ArrearsItemInput, EventInput

from .intake_support import (  # noqa: F401  (fixture)
    intake,
    migrated_services,
    worker,
)


def by_code(outcomes):
    return {o.code: o for o in outcomes}


def items(*amounts: str, kind: str = "wages"):
    return [ArrearsItemInput(kind=kind, period_from="2025-10", period_to="2026-01", amount=a)
            for a in amounts]


def register(svc, *workers, case_type="arbitration", county="410105", **kw):
    data = intake(list(workers), case_type=case_type, **kw)
    data.employer.county_code = county
    return svc.intake.register(data).case_id


def test_final_award_uses_the_tier_1_cap_of_the_2024_standard(migrated_services):
    # 办案规则 Art. 50: 2,100 × 12 = 25,200 元 for 金水区 (tier 1); "不超过" includes the cap
    svc = migrated_services
    case_id = register(svc, worker(0, items=items("25200.00")))
    final = by_code(svc.rules.outcomes(case_id))["arbitration.final_award"]
    assert final.ok is True and final.verdict == "符合"
    assert any("25,200.00" in r for r in final.reasons)


def test_an_item_one_fen_over_the_cap_splits_the_award(migrated_services):
    # Art. 50 ¶4 and decision 2: mixed items -> two awards, …-1号 and …-2号
    svc = migrated_services
    case_id = register(svc, worker(0, items=items("25200.01", "3000")))
    final = by_code(svc.rules.outcomes(case_id))["arbitration.final_award"]
    assert final.ok is False
    text = "".join(final.reasons)
    assert "非终局" in text and "-1" in text and "-2" in text


def test_summary_procedure_falls_back_to_the_latest_published_average_wage(migrated_services):
    # 办案规则 Art. 56(2): a 2026 case uses 2025's figure; until it is entered, 2024's (shipped
    # as 待核实) is the latest, and the reasons say which year and that it must be verified
    svc = migrated_services
    case_id = register(svc, worker(0, amount="5000"))
    summary = by_code(svc.rules.outcomes(case_id))["arbitration.summary_procedure"]
    assert summary.ok is True
    assert any("2024" in r for r in summary.reasons)
    assert any("核实" in r for r in summary.reasons)


def test_limitation_runs_from_the_end_of_employment_for_wage_arrears(migrated_services):
    # 调解仲裁法 Art. 27 ¶4: one year from the end of employment; received 2026-03-09
    svc = migrated_services
    in_time = register(svc, worker(0, employed_to="2025-06-30"))
    late = register(svc, worker(1, employed_to="2025-01-31"))
    assert by_code(svc.rules.outcomes(in_time))["arbitration.limitation"].ok is True
    barred = by_code(svc.rules.outcomes(late))["arbitration.limitation"]
    assert barred.ok is False and barred.reasons[0].startswith("李四：")


def test_inspection_case_suggests_transfer_once_an_order_expires_unpaid(migrated_services):
    # 法释〔2013〕3号 Arts. 3-4 with the Henan figure 8,000 元 (one worker, ≥ 3 months)
    svc = migrated_services
    case_id = register(svc, worker(0, amount="9000"), case_type="inspection")
    before = by_code(svc.rules.outcomes(case_id))
    assert before["inspection.transfer_to_police"].ok is not True
    assert before["inspection.acceptance"].ok is True
    svc.deadlines.add_event(case_id, EventInput("accepted", date(2026, 3, 9)))
    svc.deadlines.add_event(case_id, EventInput("case_opened", date(2026, 3, 9)))
    svc.deadlines.add_event(case_id, EventInput(
        "rectification_order_issued", date(2026, 3, 9), payload={"due_date": "2026-03-09"}))
    after = by_code(svc.rules.outcomes(case_id))
    assert after["inspection.transfer_to_police"].ok is True
    assert after["blacklist.listing"].ok in (True, None)  # the mass-incident ground is not recorded


def test_legal_aid_exemption_and_notes(migrated_services):
    svc = migrated_services
    case_id = register(svc, worker(0), case_type="inspection")
    outcomes = by_code(svc.rules.outcomes(case_id))
    assert outcomes["legal_aid.hardship_check_exempt"].ok is True
    assert "legal_aid.urgent_aid" in outcomes
    notes = svc.rules.notes(case_id)
    assert notes and all("河南" in n.text or "河南" in n.source for n in notes)
    arbitration = register(svc, worker(1))
    assert all(o.code != "inspection.acceptance" for o in svc.rules.outcomes(arbitration))


def test_a_big_collective_case_keeps_the_reasons_short(migrated_services):
    svc = migrated_services
    people = [worker(i, amount="30000") for i in range(12)]
    case_id = register(svc, *people, collective=True)
    for o in svc.rules.outcomes(case_id):
        assert len(o.reasons) <= 10, o.code


def test_unknown_case_is_a_chinese_error(migrated_services):
    with pytest.raises(RuleError) as info:
        migrated_services.rules.outcomes(999)
    assert info.value.key == "case.not_found"


def test_a_leaving_date_after_receipt_is_refused_in_chinese(migrated_services):
    from wagecase.domain.errors import ValidationFailed
    from wagecase.domain.messages import describe

    with pytest.raises(ValidationFailed) as info:
        register(migrated_services, worker(0, employed_to="2026-04-01"))
    errors = {e.field: e for e in info.value.errors}
    assert errors["workers[0].employed_to"].key == "date.future"
    assert describe(errors["workers[0].employed_to"]).startswith("第1名劳动者的离职日期")
