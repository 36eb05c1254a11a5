"""Every form renders as PDF and DOCX for demo cases read from a real database, and the output
carries the case's own facts: its number, employer, workers and amount in capitals."""
from __future__ import annotations

import io
import re

import docx
import pytest
from pypdf import PdfReader

from wagecase.documents.samples import sample_inputs
from wagecase.domain.errors import ValidationFailed
from wagecase.domain.money import capitals

from .intake_support import migrated_services  # noqa: F401  (fixture)


@pytest.fixture(scope="module")
def demo(backend, postgres_server, tmp_path_factory):
    """One migrated database with 40 demo cases, shared by the module (building it is the cost)."""
    from tests.databases import Databases
    from wagecase.services import Services
    from wagecase.services.context import ServiceContext
    from wagecase.storage.engine import make_engine
    from wagecase.storage.uow import UnitOfWorkFactory

    folder = tmp_path_factory.mktemp("demo")
    databases = Databases(backend, folder, postgres_server)
    engine = make_engine(databases.new("migrated"))
    svc = Services.create(ServiceContext(uow=UnitOfWorkFactory(engine), data_dir=folder / "data"))
    svc.ctx.user_id = svc.users.ensure_default().id
    svc.demo.generate(60, seed=7)
    yield svc
    engine.dispose()
    databases.close()


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _pdf_text(data: bytes) -> str:
    return _flat("".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))


def _docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return _flat("".join(parts))


def _case_for(svc, case_type: str, *, collective: bool, opened: bool = False) -> int:
    """The first demo case of the type; ``opened``: one whose investigation runs (立案 recorded),
    for the forms that print its 调查期限."""
    from wagecase.services.dto import CaseFilter, CaseSort

    rows = svc.cases.page(CaseFilter(case_type=case_type), CaseSort(), 0, 200)
    rows = [r for r in rows if r.worker_count > 1] if collective else rows
    if opened:
        rows = [r for r in rows if any(t.kind == "case_opened" for t in svc.cases.detail(r.id).timeline)]
    return rows[0].id


def _awards(svc, case_id: int) -> list[int]:
    from wagecase.storage import arbitration_queries

    with svc.ctx.uow.read() as uow:
        return [a.id for a in arbitration_queries.awards(uow.session, case_id) if a.part != "advance"]


FORMS = [
    "inspection.complaint_register", "inspection.acceptance_notice", "inspection.rejection_notice",
    "inspection.supplement_notice", "arbitration.acceptance_notice", "arbitration.rejection_notice",
    "arbitration.receipt", "service_receipt", "case_cover",
    "inspection.rectification_order", "inspection.inquiry_notice", "inspection.penalty_notice",
    "inspection.decision", "inspection.case_approval", "inspection.closing_approval",
    "inspection.transfer_approval", "inspection.transfer_letter",
    "inspection.extension_approval", "inspection.interview_record", "inspection.penalty_decision",
    "arbitration.response_notice", "arbitration.tribunal_notice", "arbitration.summary_notice",
    "arbitration.hearing_notice", "arbitration.extension_notice", "arbitration.suspension_notice",
    "arbitration.resumption_notice", "arbitration.mediation", "arbitration.decision",
    "arbitration.award", "arbitration.advance_award",
]


@pytest.mark.parametrize("form_id", FORMS)
@pytest.mark.parametrize("collective", [False, True], ids=["individual", "collective"])
def test_every_form_renders_a_demo_case_in_both_formats(demo, form_id, collective):
    form = demo.documents.form(form_id)
    case_type = sorted(form.case_types)[0]
    case_id = _case_for(demo, case_type, collective=collective,
                        opened=form_id == "inspection.extension_approval")
    detail = demo.cases.detail(case_id)
    inputs = sample_inputs(form)
    if form.numbering == "award":
        # the award the demo case has, else its draft items; a case with neither names the field
        inputs.pop("award_id", None)
        awards = _awards(demo, case_id)
        if awards:
            inputs["award_id"] = str(awards[0])
        else:
            with pytest.raises(ValidationFailed) as err:
                demo.documents.preview(case_id, form_id, "pdf", inputs=inputs)
            assert err.value.errors[0].field == "inputs.award_id"
            return
    pdf = demo.documents.preview(case_id, form_id, "pdf", inputs=inputs)
    word = demo.documents.preview(case_id, form_id, "docx", inputs=inputs)
    assert pdf.data.startswith(b"%PDF") and word.filename.endswith(".docx")
    for text in (_pdf_text(pdf.data), _docx_text(word.data)):
        # the cover prints the file's name (劳动保障监察案卷), not the form's catalogue title
        assert ("案卷" if form_id == "case_cover" else _flat(form.title)) in text
        if form.numbering == "case":
            assert detail.case_number in text
        if "total_capitals" in form.required_fields:
            assert capitals(detail.claimed_fen) in text
        if "employer_name" in form.required_fields:
            assert _flat(detail.employer.name) in text
        if form_id == "inspection.complaint_register":
            # the per-worker table lists every worker of the case
            assert all(w.name in text for w in detail.workers)
