"""The award editor's services on a migrated SQLite file: items drafted from the claims, the
per-item 终局 verdict against 12 × the Zhengzhou minimum wage (2,100 元 -> 25,200 元), a mixed
award split into …-1号 / …-2号, rejected items, validation, and issued items left alone."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.integration.intake_support import (  # noqa: F401
    intake,
    migrated_services,
    worker,
)
from wagecase.domain.errors import RuleError, ValidationFailed
from wagecase.domain.messages import describe, message
from wagecase.services.awards import AwardService
from wagecase.services.dto import AwardItemInput
from wagecase.storage.models import Award, AwardItem, Case, CaseEvent, Setting

TODAY = date(2026, 3, 10)


def _arbitration_case(svc, amounts: list[str], status: str = "heard") -> int:
    workers = [worker(i, amount=a) for i, a in enumerate(amounts)]
    view = svc.intake.register(intake(workers, case_type="arbitration", county_code="410105",
                                        confirm_possible_duplicates=True))
    case_id = view.case_id if hasattr(view, "case_id") else view.id
    with svc.ctx.uow.write() as uow:
        case = uow.session.get(Case, case_id)
        case.status = status
        uow.session.add(CaseEvent(case_id=case_id, kind="accepted", occurred_at=svc.ctx.clock(),
                                  event_date=date(2026, 3, 9), summary="受理", payload="{}"))
        uow.commit()
    return case_id


def _inputs(draft, **changes) -> list[AwardItemInput]:
    """The draft's rows as the editor sends them; ``changes`` maps a row index to new values."""
    out = []
    for n, it in enumerate(draft.items):
        base = dict(id=it.id or None, label=it.label, kind=it.kind, awarded=str(it.awarded_fen / 100),
                    case_worker_id=it.case_worker_id, rejected=it.rejected)
        base.update(changes.get(f"r{n}", {}))
        out.append(AwardItemInput(**base))
    return out


def _issue(awards, cid):
    """Make the award; the 裁决书 documents are tested on their own (last test), so a catalogue
    still without ``arbitration.award`` does not stop these."""
    try:
        return awards.issue(cid)
    except RuleError as exc:
        if exc.key != "award.form_missing":
            raise
        return [a for a in awards.awards(cid) if a.part != "advance"]


def _detached(session, model, cid) -> list:
    """Rows of ``model`` of the case, loaded so they can be read after the session closes."""
    rows = session.execute(select(model).where(model.case_id == cid).order_by(model.id)).scalars().all()
    for row in rows:
        session.expunge(row)
    return rows


@pytest.fixture
def awards(migrated_services):
    return AwardService(migrated_services.ctx)


def test_draft_proposes_one_item_per_worker_and_kind_and_writes_nothing(migrated_services, awards):
    cid = _arbitration_case(migrated_services, ["25200", "25200.01"])
    draft = awards.draft(cid)
    assert [i.label for i in draft.items] == ["支付张三工资", "支付李四工资"]
    assert all(i.id == 0 for i in draft.items)
    assert draft.cap_fen == 2_520_000 and draft.cap_text == "25,200.00"
    assert draft.minimum_wage_text == "郑州市月最低工资标准2,100元"
    # an amount equal to the cap is within it ("不超过")
    assert [i.final for i in draft.items] == [True, False]
    assert "未超过" in draft.items[0].final_reason and "超过" in draft.items[1].final_reason
    assert draft.mixed and "-1" in draft.reasons[-1]
    assert draft.final_total_text == "25,200.00" and draft.non_final_total_text == "25,200.01"
    assert "豫政〔2023〕43号" in draft.reasons[0]
    with migrated_services.ctx.uow.read() as uow:
        assert uow.session.execute(select(AwardItem)).first() is None


def test_collective_case_of_23_workers_splits_into_two_awards(migrated_services, awards):
    amounts = ["30000" if i % 5 == 0 else "12000" for i in range(23)]
    cid = _arbitration_case(migrated_services, amounts)
    draft = awards.draft(cid)
    assert len(draft.items) == 23 and draft.mixed
    saved = awards.save(cid, _inputs(draft))
    assert all(i.id > 0 for i in saved.items)
    assert sum(1 for i in saved.items if i.final is False) == 5

    made = _issue(awards, cid)
    with migrated_services.ctx.uow.read() as uow:
        number = uow.session.get(Case, cid).case_number
        rows = _detached(uow.session, Award, cid)
        items = _detached(uow.session, AwardItem, cid)
        status = uow.session.get(Case, cid).status
        kinds = [e.kind for e in uow.session.execute(
            select(CaseEvent).where(CaseEvent.case_id == cid)).scalars()]
    stem = number.removesuffix("号")
    assert sorted((a.part, a.number) for a in rows) == [("final", f"{stem}-1号"),
                                                         ("non_final", f"{stem}-2号")]
    assert {a.number for a in made} >= {f"{stem}-1号", f"{stem}-2号"}
    by_part = {a.part: a.id for a in rows}
    assert sum(1 for i in items if i.award_id == by_part["final"]) == 18
    assert sum(1 for i in items if i.award_id == by_part["non_final"]) == 5
    assert all(i.final is (i.awarded_fen <= 2_520_000) for i in items)
    assert status == "awarded" and "awarded" in kinds
    assert all(a.cap_fen == 2_520_000 for a in rows)


def test_all_final_is_one_award_with_the_case_number(migrated_services, awards):
    cid = _arbitration_case(migrated_services, ["8000", "25200"])
    awards.save(cid, _inputs(awards.draft(cid)))
    made = _issue(awards, cid)
    with migrated_services.ctx.uow.read() as uow:
        number = uow.session.get(Case, cid).case_number
        rows = _detached(uow.session, Award, cid)
    assert [(a.part, a.number) for a in rows] == [("whole_final", number)]
    assert made[0].part_label == "终局裁决"


def test_rejected_items_have_no_verdict_and_are_stored_at_zero(migrated_services, awards):
    cid = _arbitration_case(migrated_services, ["40000", "9000"])
    draft = awards.draft(cid)
    saved = awards.save(cid, _inputs(draft, r0={"rejected": True, "awarded": ""}))
    assert saved.items[0].rejected and saved.items[0].final is None
    assert saved.items[0].final_reason == "驳回" and saved.items[0].awarded_fen == 0
    assert saved.items[0].claimed_fen == 4_000_000
    assert not saved.mixed  # the rejected 40,000 元 no longer counts
    _issue(awards, cid)
    with migrated_services.ctx.uow.read() as uow:
        rows = _detached(uow.session, Award, cid)
        items = _detached(uow.session, AwardItem, cid)
    assert [a.part for a in rows] == ["whole_final"]
    assert all(i.award_id == rows[0].id for i in items)


def test_the_cap_follows_the_minimum_wage_on_the_award_date_or_acceptance(migrated_services, awards):
    cid = _arbitration_case(migrated_services, ["23000"])
    assert awards.draft(cid).items[0].final is True
    # the tribunal may measure against the standard in force at acceptance: set it far back
    with migrated_services.ctx.uow.write() as uow:
        s = uow.session
        row = s.get(Setting, "final_award.minimum_wage_date")
        if row is None:
            s.add(Setting(key="final_award.minimum_wage_date", value="acceptance"))
        else:
            row.value = "acceptance"
        ev = s.execute(select(CaseEvent).where(CaseEvent.case_id == cid,
                                               CaseEvent.kind == "accepted")).scalar_one()
        ev.event_date = date(2023, 6, 1)  # tier 1 was 2,000 元 then: cap 24,000 元
        uow.commit()
    draft = awards.draft(cid)
    assert draft.cap_fen == 2_400_000 and draft.items[0].final is True
    with migrated_services.ctx.uow.write() as uow:
        ev = uow.session.execute(select(CaseEvent).where(CaseEvent.case_id == cid,
                                                         CaseEvent.kind == "accepted")).scalar_one()
        ev.event_date = date(2020, 6, 1)  # 1,900 元: 22,800 元
        uow.commit()
    assert awards.draft(cid).items[0].final is False


def test_validation_names_the_row_and_saves_nothing(migrated_services, awards):
    cid = _arbitration_case(migrated_services, ["5000", "6000"])
    draft = awards.draft(cid)
    bad = _inputs(draft, r0={"label": "  "}, r1={"awarded": "十二"})
    bad.append(AwardItemInput(id=None, label="支付加班费", kind="bonus", awarded="-3",
                              case_worker_id=99999))
    with pytest.raises(ValidationFailed) as err:
        awards.save(cid, bad)
    fields = {e.field: e.key for e in err.value.errors}
    assert fields == {"award_items[0].label": "required", "award_items[1].awarded": "amount.not_a_number",
                      "award_items[2].kind": "award.kind_unknown", "award_items[2].case_worker_id": "award.worker_unknown",
                      "award_items[2].awarded": "amount.negative"}
    text = describe(next(e for e in err.value.errors if e.field == "award_items[1].awarded"))
    assert text.startswith("第2项裁决事项的裁决金额：")
    with migrated_services.ctx.uow.read() as uow:
        assert uow.session.execute(select(AwardItem)).first() is None


def test_items_can_be_added_edited_and_deleted_before_the_award(migrated_services, awards):
    cid = _arbitration_case(migrated_services, ["5000", "6000"])
    saved = awards.save(cid, _inputs(awards.draft(cid)))
    first, second = saved.items
    rows = _inputs(saved, r0={"awarded": "4,500"})[:1] + [AwardItemInput(
        id=None, label="确认休息休假待遇", kind="labour_standard", awarded="0")]
    again = awards.save(cid, rows)
    assert [i.label for i in again.items] == ["支付张三工资", "确认休息休假待遇"]
    assert again.items[0].id == first.id and again.items[0].awarded_fen == 450_000
    assert again.items[1].final is True and "劳动标准" in again.items[1].final_reason
    with migrated_services.ctx.uow.read() as uow:
        labels = [i.label for i in _detached(uow.session, AwardItem, cid)]
    assert second.label not in labels and len(labels) == 2


def test_items_of_an_issued_award_cannot_be_changed(migrated_services, awards):
    cid = _arbitration_case(migrated_services, ["5000"])
    saved = awards.save(cid, _inputs(awards.draft(cid)))
    _issue(awards, cid)
    with migrated_services.ctx.uow.write() as uow:  # a further hearing on a new claim, say
        uow.session.get(Case, cid).status = "heard"
        uow.commit()
    with pytest.raises(ValidationFailed) as err:
        awards.save(cid, _inputs(saved, r0={"awarded": "9000"}))
    assert err.value.errors[0].key == "award.item_issued"
    assert "已作出裁决" in describe(err.value.errors[0])
    # unchanged, it passes through; deleting it is ignored: issued rows are never touched
    awards.save(cid, _inputs(saved) + [AwardItemInput(id=None, label="支付张三加班费", kind="overtime",
                                                      awarded="800")])
    awards.save(cid, [])
    with migrated_services.ctx.uow.read() as uow:
        item = uow.session.get(AwardItem, saved.items[0].id)
        assert item.awarded_fen == 500_000 and item.award_id is not None
        assert len(uow.session.execute(select(AwardItem)).scalars().all()) == 1


def test_issue_is_refused_before_the_hearing_and_without_items(migrated_services, awards):
    cid = _arbitration_case(migrated_services, ["5000"], status="tribunal_formed")
    awards.save(cid, _inputs(awards.draft(cid)))
    with pytest.raises(RuleError) as err:
        awards.issue(cid)
    assert err.value.key == "arbitration.refused"
    other = _arbitration_case(migrated_services, ["5000"])
    with pytest.raises(RuleError) as err:
        awards.issue(other)
    assert err.value.key == "award.nothing_to_issue"
    assert "请先添加" in message(err.value.key)


def test_advance_enforcement(migrated_services, awards):
    cid = _arbitration_case(migrated_services, ["5000", "7000"], status="tribunal_formed")
    saved = awards.save(cid, _inputs(awards.draft(cid)) + [AwardItemInput(
        id=None, label="其他费用", kind="other", awarded="300")])
    ids = [i.id for i in saved.items]
    with pytest.raises(ValidationFailed) as err:
        awards.advance(cid, [ids[2]], "")
    assert {e.key for e in err.value.errors} == {"award.advance_reason_required", "award.advance_kind"}
    view = awards.advance(cid, ids[:2], "申请人无其他收入来源，生活严重困难")
    assert view.part == "advance" and view.part_label == "先予执行裁决"
    with migrated_services.ctx.uow.read() as uow:
        s = uow.session
        assert view.number == s.get(Case, cid).case_number
        ev = s.execute(select(CaseEvent).where(CaseEvent.case_id == cid,
                                               CaseEvent.kind == "advance_enforcement_awarded")).scalar_one()
        assert "12,000.00" in ev.summary
        # the items stay open for the final award
        assert all(i.award_id is None for i in s.execute(select(AwardItem)).scalars())
    with migrated_services.ctx.uow.write() as uow:
        uow.session.get(Case, cid).status = "accepted"
        uow.commit()
    with pytest.raises(RuleError) as err:
        awards.advance(cid, ids[:1], "生活困难")
    assert err.value.key == "award.advance_status"


def test_documents_are_issued_for_each_part(migrated_services, awards):
    """Runs once forms/catalogue.json has ``arbitration.award`` (another part of issue 6)."""
    from wagecase.services.documents import DocumentService

    cid = _arbitration_case(migrated_services, ["30000", "8000"])
    awards.save(cid, _inputs(awards.draft(cid)))
    if "arbitration.award" not in DocumentService(migrated_services.ctx).catalogue():
        with pytest.raises(RuleError) as err:
            awards.issue(cid)
        assert err.value.key == "award.form_missing"
        with migrated_services.ctx.uow.read() as uow:  # the award itself stands
            assert len(uow.session.execute(select(Award)).scalars().all()) == 2
        pytest.skip("arbitration.award not in the catalogue yet")
    made = _issue(awards, cid)
    assert len(made) == 2 and all(a.document_id for a in made)
    docs = DocumentService(migrated_services.ctx).documents(cid)
    numbers = {d.number for d in docs if d.form_id == "arbitration.award"}
    assert numbers == {a.number for a in made}


# ---- 先行裁决 (调解仲裁法 Art. 43 ¶2; 办案规则 Art. 49) -----------------------------------------------

def _pdf_text(data: bytes) -> str:
    import io
    import re

    from pypdf import PdfReader

    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))


def _time_limit(svc, cid):
    from wagecase.services.deadlines import DeadlineService

    return next(d for d in DeadlineService(svc.ctx).case_deadlines(cid) if d.period_code == "arbitration.time_limit")


def test_partial_award_then_the_final_award(migrated_services, awards):
    """A mixed 先行裁决 (…-1号 / …-2号) on two of four items; the case stays "heard" and its 45 days
    run on; the award of the rest continues the numbering (…-3号) and ends the limit."""
    from wagecase.services.documents import DocumentService

    svc = migrated_services
    cid = _arbitration_case(svc, ["8000", "30000", "6000", "9000"])
    saved = awards.save(cid, _inputs(awards.draft(cid)))
    ids = [i.id for i in saved.items]
    made = awards.issue(cid, item_ids=[ids[0], ids[1]])
    with svc.ctx.uow.read() as uow:
        s = uow.session
        case = s.get(Case, cid)
        number, status = case.case_number, case.status
        kinds = [e.kind for e in s.execute(select(CaseEvent).where(CaseEvent.case_id == cid)).scalars()]
        rows = _detached(s, Award, cid)
        items = {i.id: i.award_id for i in _detached(s, AwardItem, cid)}
    stem = number.removesuffix("号")
    assert sorted((a.part, a.number) for a in made) == [("final", f"{stem}-1号"), ("non_final", f"{stem}-2号")]
    assert all(a.partial and a.part_label.startswith("先行裁决") and a.document_id for a in made)
    assert all(r.partial for r in rows)
    assert status == "heard" and "partial_awarded" in kinds and "awarded" not in kinds
    assert items[ids[0]] and items[ids[1]] and items[ids[2]] is None and items[ids[3]] is None
    limit = _time_limit(svc, cid)
    assert limit.met_on is None and limit.state != "met"

    # the 裁决书 of the 先行裁决 says so, and keeps the rights clause of its own part
    docs = DocumentService(svc.ctx)
    issued = {d.number: d for d in docs.documents(cid)}
    text = _pdf_text(docs.file(issued[f"{stem}-1号"].id).data)
    assert "本委对申请人的部分仲裁请求先行裁决如下" in text and "其余仲裁请求，本委另行裁决" in text
    assert "第四十三条第二款" in text and "本案现已审理终结" not in text
    assert "本裁决为终局裁决" in text and "本裁决为非终局裁决" not in text
    assert "本次先行裁决的内容同时涉及终局裁决和非终局裁决" in text
    text = _pdf_text(docs.file(issued[f"{stem}-2号"].id).data)
    assert "先行裁决如下" in text and "本裁决为非终局裁决" in text and "分别制作裁决书" in text

    # the editor's view: two items locked in their awards, the rest open and judged alone
    draft = awards.draft(cid)
    assert [i.award_number for i in draft.items[:2]] == [f"{stem}-1号", f"{stem}-2号"]
    assert [i.award_number for i in draft.items[2:]] == ["", ""]
    assert not draft.mixed and draft.final_total_text == "15,000.00"

    final = awards.issue(cid)
    with svc.ctx.uow.read() as uow:
        status = uow.session.get(Case, cid).status
        numbers = [a.number for a in _detached(uow.session, Award, cid)]
    assert [(a.part, a.number, a.partial) for a in final] == [("whole_final", f"{stem}-3号", False)]
    assert len(numbers) == len(set(numbers)) == 3
    assert status == "awarded"
    assert _time_limit(svc, cid).met_on is not None
    text = _pdf_text(docs.file(final[0].document_id).data)
    assert "先行裁决" not in text and "本案现已审理终结" in text and f"{stem}-3号" in text


def test_a_whole_partial_award_never_shares_the_final_number(migrated_services, awards):
    cid = _arbitration_case(migrated_services, ["8000", "6000"])
    saved = awards.save(cid, _inputs(awards.draft(cid)))
    first = _issue_partial(awards, cid, [saved.items[0].id])
    final = _issue(awards, cid)
    with migrated_services.ctx.uow.read() as uow:
        stem = uow.session.get(Case, cid).case_number.removesuffix("号")
    assert [(a.part, a.number) for a in first] == [("whole_final", f"{stem}-1号")]
    assert [(a.part, a.number) for a in final] == [("whole_final", f"{stem}-2号")]
    assert first[0].part_label == "先行裁决（终局）"


def _issue_partial(awards, cid, ids):
    try:
        return awards.issue(cid, item_ids=ids)
    except RuleError as exc:
        if exc.key != "award.form_missing":
            raise
        return [a for a in awards.awards(cid) if a.partial]


def test_partial_award_is_refused_with_a_reason_and_writes_nothing(migrated_services, awards):
    svc = migrated_services
    cid = _arbitration_case(svc, ["8000", "6000", "5000"])
    saved = awards.save(cid, _inputs(awards.draft(cid), r2={"rejected": True}))
    ids = [i.id for i in saved.items]
    cases = {
        "award.partial_no_items": [],
        "award.partial_item_unknown": [ids[0], 99_999],
        "award.partial_rejected": [ids[2]],
    }
    for key, chosen in cases.items():
        with pytest.raises(ValidationFailed) as err:
            awards.issue(cid, item_ids=chosen)
        assert err.value.errors[0].key == key
        assert "先行裁决事项" in describe(err.value.errors[0])
    _issue_partial(awards, cid, [ids[0]])
    with pytest.raises(ValidationFailed) as err:
        awards.issue(cid, item_ids=[ids[0]])
    assert err.value.errors[0].key == "award.partial_item_issued"
    # everything still open: "其余仲裁请求另行裁决" would be untrue, that is the award itself
    both = _arbitration_case(svc, ["8000", "6000"])
    chosen = [i.id for i in awards.save(both, _inputs(awards.draft(both))).items]
    with pytest.raises(ValidationFailed) as err:
        awards.issue(both, item_ids=chosen)
    assert err.value.errors[0].key == "award.partial_all"
    with svc.ctx.uow.read() as uow:
        assert len(uow.session.execute(select(Award).where(Award.case_id == cid)).scalars().all()) == 1
    other = _arbitration_case(svc, ["8000", "6000"], status="hearing_scheduled")
    saved = awards.save(other, _inputs(awards.draft(other)))
    with pytest.raises(RuleError) as err:
        awards.issue(other, item_ids=[saved.items[0].id])
    assert err.value.key == "award.partial_status" and "开庭审理后" in message(err.value.key, status="已排期开庭")
    with svc.ctx.uow.read() as uow:
        assert uow.session.execute(select(Award).where(Award.case_id == other)).first() is None
