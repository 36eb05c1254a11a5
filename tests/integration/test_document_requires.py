"""A form's "requires": issuing waits for the steps it stands on (the approved transfer before
the 移送书, the 事先告知 before a 行政处罚决定书); a preview never waits. The 行政处罚决定书 has its
own 文号 sequence, apart from the 行政处理决定书."""
from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from wagecase.domain.errors import RuleError
from wagecase.domain.messages import message
from wagecase.services.dto import EventInput

from .intake_support import intake, migrated_services, worker  # noqa: F401

TODAY = date(2026, 3, 10)
PENALTY = {"legal_basis": "《保障农民工工资支付条例》第五十五条", "fine": "50000"}


def _pdf_text(data: bytes) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def _case(svc) -> int:
    case_id = svc.intake.register(intake([worker(0), worker(1)], confirm_possible_duplicates=True)).case_id
    svc.deadlines.add_event(case_id, EventInput("accepted", TODAY))
    return case_id


def test_transfer_letter_waits_for_the_approved_transfer(migrated_services):  # noqa: F811
    svc = migrated_services
    case_id = _case(svc)
    with pytest.raises(RuleError) as err:
        svc.documents.issue(case_id, "inspection.transfer_letter")
    assert err.value.key == "document.requires_step"
    text = message(err.value.key, **err.value.params)
    assert "《涉嫌犯罪案件移送书》" in text and "移送公安机关" in text and "办理" in text
    assert not svc.documents.documents(case_id)  # nothing half-written
    # the draft is still there to look at
    assert svc.documents.preview(case_id, "inspection.transfer_letter").data.startswith(b"%PDF")

    svc.deadlines.add_event(case_id, EventInput("transferred_to_police", TODAY))
    (doc,), _ = svc.documents.issue(case_id, "inspection.transfer_letter")
    assert doc.number == "郑人社监移字〔2026〕1号"


def test_penalty_decision_waits_for_the_advance_notice_and_has_its_own_numbers(migrated_services):  # noqa: F811
    svc = migrated_services
    case_id = _case(svc)
    with pytest.raises(RuleError) as err:
        svc.documents.issue(case_id, "inspection.penalty_decision", PENALTY)
    assert "《劳动保障监察行政处罚决定书》" in message(err.value.key, **err.value.params)
    assert svc.documents.preview(case_id, "inspection.penalty_decision", inputs=PENALTY).data

    svc.deadlines.add_event(case_id, EventInput("penalty_notice_served", TODAY))
    (first,), _ = svc.documents.issue(case_id, "inspection.penalty_decision", PENALTY)
    (handling,), _ = svc.documents.issue(case_id, "inspection.decision", {"percent": "50", "pay_days": "15"})
    (second,), _ = svc.documents.issue(case_id, "inspection.penalty_decision", {**PENALTY, "fine": "20000"})
    assert first.number == "郑人社监罚字〔2026〕1号" and second.number == "郑人社监罚字〔2026〕2号"
    assert handling.number == "郑人社监处字〔2026〕1号"
    # issuing it is the decision: the step is on the case once
    kinds = [t.kind for t in svc.cases.detail(case_id).timeline]
    assert kinds.count("decision_made") == 1


def test_other_forms_have_no_requirement(migrated_services):  # noqa: F811
    svc = migrated_services
    required = {f.id for f in svc.documents.catalogue().values() if f.requires}
    assert required == {"inspection.transfer_letter", "inspection.penalty_decision", "blacklist.listing_decision"}
    case_id = _case(svc)
    svc.deadlines.add_event(case_id, EventInput("case_opened", TODAY))
    docs, _ = svc.documents.issue(case_id, "inspection.extension_approval", {"reason": "案情复杂"})
    assert docs[0].number == svc.cases.detail(case_id).case_number
    text = "".join(_pdf_text(svc.documents.file(docs[0].id, "pdf").data).split())
    # the length of the extension comes from the period catalogue (db/reference/periods.csv)
    assert "30个工作日" in text and "第十七条" in text and "案情复杂" in text


def test_extension_approval_prints_the_investigation_date_not_the_orders(migrated_services):
    """The order's 支付期限 is filled into forms that ask for "due_date"; the 延期审批表's own
    date is the 调查期限 (60 working days from 立案), whatever orders the case has."""
    import docx

    svc = migrated_services
    case_id = _case(svc)
    svc.deadlines.add_event(case_id, EventInput("case_opened", TODAY))
    svc.deadlines.add_event(case_id, EventInput("rectification_order_issued", TODAY,
                                                payload={"due_date": "2026-03-20"}))
    draft = svc.documents.preview(case_id, "inspection.extension_approval", "docx",
                                  inputs={"reason": "涉及劳动者较多"})
    cells = "".join(c.text for t in docx.Document(io.BytesIO(draft.data)).tables
                    for r in t.rows for c in r.cells)
    assert "2026年6月5日" in cells  # 2026-03-10 + 60 working days
    assert "2026年3月20日" not in cells
