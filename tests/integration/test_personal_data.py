"""Personal numbers masked on screen unless a role that needs them asks, and each such view in
the 操作日志; case assignment and transfer between officers."""
from __future__ import annotations

from dataclasses import replace

import pytest

from wagecase.domain.errors import RuleError, ValidationFailed
from wagecase.domain.identifiers import mask_id
from wagecase.domain.messages import message
from wagecase.storage.models import AuditEntry
from .intake_support import as_role, id_number, intake, migrated_services, officer_id, worker  # noqa: F401


@pytest.fixture
def case(migrated_services):
    svc = migrated_services
    data = intake([worker(0, phone="13803712345", bank_card="6222021234567890123"), worker(1)])
    return svc, svc.intake.register(replace(data, confirm_possible_duplicates=True)).case_id


def _audits(svc, action: str) -> list[tuple[int, int]]:
    """(user, case) of each entry of ``action``."""
    with svc.ctx.uow.read() as uow:
        return [(e.user_id, e.case_id) for e in uow.session.query(AuditEntry).filter_by(action=action)]


def test_numbers_are_masked_unless_asked_for_and_each_view_is_recorded(case):
    svc, cid = case
    w = svc.cases.detail(cid).workers[0]
    assert (w.id_number, w.phone, w.bank_card) == (mask_id(id_number(0)), "138****2345", "622************0123")
    assert not _audits(svc, "case.view_personal")
    with as_role(svc, "inspector", username="insp") as who:
        whole = svc.cases.detail(cid, personal=True)
    assert whole.personal and whole.workers[0].id_number == id_number(0) and whole.workers[0].phone == "13803712345"
    assert _audits(svc, "case.view_personal") == [(who, cid)]


def test_a_head_of_section_sees_masked_numbers_only(case):
    svc, cid = case
    with as_role(svc):
        assert svc.cases.detail(cid).workers[0].id_number == mask_id(id_number(0))
        with pytest.raises(RuleError) as e:
            svc.cases.detail(cid, personal=True)
    assert e.value.key == "permission.denied"
    assert not _audits(svc, "case.view_personal")


def _draft_text(svc, cid: int) -> str:
    import io

    from pypdf import PdfReader

    pdf = svc.documents.preview(cid, "inspection.complaint_register")
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.data)).pages).replace(" ", "")


def test_a_draft_printed_by_a_role_without_the_numbers_shows_them_masked(case):
    svc, cid = case
    with as_role(svc, "inspector", username="insp"):
        whole = _draft_text(svc, cid)
    assert id_number(0) in whole and "13803712345" in whole
    with as_role(svc):  # the 科室负责人 checks a draft before approving
        draft = _draft_text(svc, cid)
    assert id_number(0) not in draft and "13803712345" not in draft
    assert mask_id(id_number(0)) in draft and "138****2345" in draft


def test_assigning_and_transferring_a_case(case):
    svc, cid = case
    lina = officer_id(svc)
    assert [u.display_name for u in svc.assignment.candidates(cid)][0] == "李娜"  # officers before admins
    with as_role(svc, "inspector", username="insp", display_name="王强") as wang:
        with pytest.raises(RuleError) as e:  # an inspector cannot hand cases out
            svc.assignment.assign(cid, wang)
        assert e.value.key == "permission.denied"
    with as_role(svc):
        svc.assignment.assign(cid, lina)
        assert svc.cases.detail(cid).officer_name == "李娜"
        with pytest.raises(ValidationFailed) as e:  # a transfer says why
            svc.assignment.assign(cid, wang)
        assert [err.key for err in e.value.errors] == ["assign.reason_missing"]
        with pytest.raises(ValidationFailed) as e:
            svc.assignment.assign(cid, lina, "重复")
        assert message(e.value.errors[0].key, **e.value.errors[0].params) == "该案件的承办人已是李娜。"
        arbitrator = None
        with as_role(svc, "arbitrator", username="arb", display_name="赵仲裁") as arbitrator:
            pass
        with pytest.raises(ValidationFailed):  # an arbitrator does not handle inspection cases
            svc.assignment.assign(cid, arbitrator, "调整")
        svc.assignment.assign(cid, wang, "李娜休假，工作调整")
    detail = svc.cases.detail(cid)
    assert detail.officer_name == "王强"
    assert detail.timeline[-1].summary == "承办人由李娜变更为王强：李娜休假，工作调整"
    assert len(_audits(svc, "case.assign")) == 2
