"""Issuing 文书 on a real SQLite database: numbers, stored files, timeline, audit, re-prints,
voiding, service records that start periods, previews that store nothing, Chinese validation
errors, and administrator template versions."""
from __future__ import annotations

import hashlib
import io
import json
import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from wagecase import paths
from wagecase.documents.context import BUILDERS
from wagecase.domain.errors import RuleError, ValidationFailed
from wagecase.domain.messages import describe, message
from wagecase.services import audit
from wagecase.services.documents import DocumentService, TemplateRejected
from wagecase.services.dto import EventInput, ServiceInput
from wagecase.storage.models import User

from .intake_support import NOW_UTC, intake, migrated_services, worker  # noqa: F401

TODAY = date(2026, 3, 10)  # NOW_UTC in Zhengzhou

# A form the shipped catalogue does not have yet, to exercise per-respondent issuing and a
# service that starts a period: the 应诉通知书 is served with the application (答辩期 runs).
RESPONDENT_NOTICE = {
    "title": "应诉通知书",
    "family": "arbitration.case",
    "case_types": ["arbitration"],
    "template": "arbitration_acceptance_notice.docx",
    "numbering": "case",
    "per": "respondent",
    "steps": ["accepted"],
    "service_event": "application_served",
    "required_fields": [],
    "inputs": [],
    "description": "测试用",
}
WORKER_NOTICE = {
    "title": "投诉受理通知书（每人一份）",
    "family": "inspection.notice",
    "case_types": ["inspection"],
    "template": "inspection_acceptance_notice.docx",
    "numbering": "own",
    "per": "worker",
    "steps": [],
    "service_event": "",
    "required_fields": [],
    "inputs": [],
    "description": "测试用",
}


@pytest.fixture
def forms_dir(tmp_path) -> Path:
    folder = tmp_path / "forms"
    shutil.copytree(paths.forms_dir(), folder)
    catalogue = json.loads((folder / "catalogue.json").read_text(encoding="utf-8"))
    catalogue["forms"]["test.respondent_notice"] = RESPONDENT_NOTICE
    catalogue["forms"]["test.worker_notice"] = WORKER_NOTICE
    (folder / "catalogue.json").write_text(json.dumps(catalogue, ensure_ascii=False), encoding="utf-8")
    return folder


@pytest.fixture
def svc(migrated_services, forms_dir, monkeypatch):  # noqa: F811
    # the test forms print with the builders of the forms they copy
    monkeypatch.setitem(BUILDERS, "test.respondent_notice", BUILDERS["arbitration.acceptance_notice"])
    monkeypatch.setitem(BUILDERS, "test.worker_notice", BUILDERS["inspection.acceptance_notice"])
    migrated_services.documents = DocumentService(migrated_services.ctx, forms_dir=forms_dir)
    return migrated_services


def register(svc, **kw) -> int:
    kw.setdefault("confirm_possible_duplicates", True)
    return svc.intake.register(intake(**kw)).case_id


def one(svc, sql: str, **params) -> tuple:
    """One row read past the services, as stored."""
    with svc.ctx.uow.engine.connect() as conn:
        return tuple(conn.execute(text(sql), params).one())


def count(svc, table: str) -> int:
    return one(svc, f"SELECT count(*) FROM {table}")[0]


def pdf_text(data: bytes) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def flat(text: str) -> str:
    return "".join(text.split())


def stored_files(svc) -> list[str]:
    folder = svc.ctx.data_dir / "documents"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def audit_ok(svc) -> None:
    with svc.ctx.uow.read() as uow:
        assert audit.verify_chain(uow.session) is None


# ---- catalogue ------------------------------------------------------------------------------

def test_forms_for_case_follow_the_case_type(svc):
    inspection = register(svc)
    arbitration = register(svc, case_type="arbitration")
    ids = {f.form_id for f in svc.documents.forms_for_case(inspection)}
    assert {"inspection.acceptance_notice", "inspection.rejection_notice", "service_receipt",
            "case_cover", "test.worker_notice"} <= ids
    assert not any(i.startswith("arbitration.") for i in ids)
    arb = {f.form_id: f for f in svc.documents.forms_for_case(arbitration)}
    assert "arbitration.acceptance_notice" in arb and "inspection.acceptance_notice" not in arb
    ground = next(f for f in svc.documents.forms_for_case(inspection)
                  if f.form_id == "inspection.rejection_notice").inputs[0]
    assert (ground.key, ground.kind, ground.required) == ("ground", "choice", True)
    assert ("over_two_years", "超过两年") in ground.choices
    with pytest.raises(RuleError) as err:
        svc.documents.forms_for_case(9999)
    assert err.value.key == "case.not_found"


# ---- issuing --------------------------------------------------------------------------------

def test_issue_numbers_stores_files_and_records_timeline_and_audit(svc):
    case_id = register(svc)
    docs, changes = svc.documents.issue(case_id, "inspection.acceptance_notice")
    assert changes.case_ids == (case_id,)
    (doc,) = docs
    assert doc.number == "郑人社监通字〔2026〕1号"
    assert (doc.status, doc.status_label, doc.issued_by) == ("issued", "已签发", "系统管理员")
    assert doc.issued_at.date() == TODAY

    pdf_sha, docx_sha, seq, year = one(
        svc, "SELECT pdf_sha256, docx_sha256, number_seq, number_year FROM issued_documents WHERE id=:id",
        id=doc.id)
    assert (seq, year) == (1, 2026)
    folder = svc.ctx.data_dir / "documents"
    pdf = (folder / f"{pdf_sha}.pdf").read_bytes()
    docx = (folder / f"{docx_sha}.docx").read_bytes()
    assert hashlib.sha256(pdf).hexdigest() == pdf_sha and hashlib.sha256(docx).hexdigest() == docx_sha
    assert stored_files(svc) == sorted([f"{pdf_sha}.pdf", f"{docx_sha}.docx"])  # no temporary left
    text = flat(pdf_text(pdf))
    assert "郑人社监通字〔2026〕1号" in text and "投诉受理通知书" in text
    assert "郑州市人力资源和社会保障局" in text  # the office from the settings

    original = svc.documents.file(doc.id, "pdf")
    assert original.data == pdf and original.filename.endswith(".pdf")
    assert "郑人社监通字〔2026〕1号" in original.filename
    assert svc.documents.file(doc.id, "docx").data == docx

    timeline = svc.cases.detail(case_id).timeline
    issued = [t for t in timeline if t.kind == "document_issued"]
    assert len(issued) == 1 and issued[0].kind_label == "制发文书"
    assert "投诉受理通知书" in issued[0].summary and "〔2026〕1号" in issued[0].summary
    assert [d.id for d in svc.documents.documents(case_id)] == [doc.id]
    audit_ok(svc)


def test_numbers_run_per_family_and_a_voided_number_is_never_reused(svc):
    case_id = register(svc)
    first = svc.documents.issue(case_id, "inspection.acceptance_notice")[0][0]
    second = svc.documents.issue(case_id, "inspection.supplement_notice",
                                 {"missing_items": "劳动合同复印件\n工资条"})[0][0]
    assert (first.number, second.number) == ("郑人社监通字〔2026〕1号", "郑人社监通字〔2026〕2号")

    svc.documents.void(second.id, "补正事项写错，重新制发")
    third = svc.documents.issue(case_id, "inspection.supplement_notice", {"missing_items": "工资条"})[0][0]
    assert third.number == "郑人社监通字〔2026〕3号"

    register_ = {d.id: d for d in svc.documents.documents(case_id)}
    assert register_[second.id].status == "voided" and register_[second.id].status_label == "已作废"
    assert register_[second.id].void_reason == "补正事项写错，重新制发"
    assert register_[second.id].number == "郑人社监通字〔2026〕2号"  # kept with its reason

    # forms numbered by the case carry the 案号 and use no family number
    cover = svc.documents.issue(case_id, "case_cover")[0][0]
    assert cover.number == svc.cases.detail(case_id).case_number

    with pytest.raises(RuleError) as err:
        svc.documents.void(second.id, "再次作废")
    assert err.value.key == "document.already_voided"
    with pytest.raises(ValidationFailed) as failed:
        svc.documents.void(first.id, "   ")
    assert describe(failed.value.errors[0]) == "作废原因：此项必须填写，请补充。"
    kinds = [t.kind for t in svc.cases.detail(case_id).timeline]
    assert kinds.count("document_voided") == 1
    audit_ok(svc)


def test_collective_case_gets_one_numbered_document_per_worker(svc):
    case_id = register(svc, workers=[worker(0), worker(1), worker(2)])
    docs, _ = svc.documents.issue(case_id, "test.worker_notice")
    assert [d.number for d in docs] == [f"郑人社监通字〔2026〕{n}号" for n in (1, 2, 3)]
    assert [d.recipient for d in docs] == ["张三", "李四", "王五"]
    for d in docs:
        assert d.recipient in flat(pdf_text(svc.documents.file(d.id).data))
    only = svc.documents.issue(case_id, "test.worker_notice", recipient_index=1)[0]
    assert [(d.number, d.recipient) for d in only] == [("郑人社监通字〔2026〕4号", "李四")]
    timeline = [t for t in svc.cases.detail(case_id).timeline if t.kind == "document_issued"]
    assert "3份" in timeline[0].summary


def test_a_failed_issue_leaves_no_row_no_number_and_no_file(svc, monkeypatch):
    case_id = register(svc, workers=[worker(0), worker(1), worker(2)])
    real = DocumentService._to_pdf
    calls = []

    def failing(docx, fonts, **kw):
        calls.append(1)
        if len(calls) == 2:
            raise OSError("磁盘已满")
        return real(docx, fonts, **kw)

    with monkeypatch.context() as m:
        m.setattr(DocumentService, "_to_pdf", staticmethod(failing))
        with pytest.raises(OSError):
            svc.documents.issue(case_id, "test.worker_notice")
    assert count(svc, "issued_documents") == 0
    assert stored_files(svc) == []  # the first worker's files were never made visible
    docs, _ = svc.documents.issue(case_id, "test.worker_notice")
    assert docs[0].number == "郑人社监通字〔2026〕1号"  # the number came back with the rollback


# ---- preview and re-print -------------------------------------------------------------------

def test_preview_is_a_draft_and_stores_nothing(svc):
    case_id = register(svc)
    audits = count(svc, "audit_entries")
    draft = svc.documents.preview(case_id, "inspection.acceptance_notice")
    text = flat(pdf_text(draft.data))
    assert "草稿" in text and "〔2026〕1号" not in text
    assert isinstance(draft.warnings, tuple)
    docx = svc.documents.preview(case_id, "inspection.acceptance_notice", "docx")
    assert docx.data[:2] == b"PK" and docx.filename.endswith(".docx")
    assert count(svc, "issued_documents") == 0 and count(svc, "audit_entries") == audits
    assert count(svc, "number_sequences WHERE scope LIKE 'doc.%'") == 0
    assert stored_files(svc) == []
    # a draft may be looked at before every input is typed
    svc.documents.preview(case_id, "inspection.rejection_notice")
    with pytest.raises(RuleError) as err:
        svc.documents.preview(case_id, "inspection.acceptance_notice", "odt")
    assert err.value.key == "document.format_unknown"


def test_reprint_is_marked_copy_and_otherwise_the_same(svc):
    case_id = register(svc)
    doc = svc.documents.issue(case_id, "inspection.acceptance_notice")[0][0]
    original = svc.documents.file(doc.id, "pdf")
    again = svc.documents.file(doc.id, "pdf")
    assert again.data == original.data  # the original is the stored bytes
    copy = svc.documents.file(doc.id, "pdf", copy=True)
    assert "副本" in copy.filename
    original_text, copy_text = flat(pdf_text(original.data)), flat(pdf_text(copy.data))
    assert "副本" in copy_text and "副本" not in original_text
    assert copy_text.replace("副本", "") == original_text
    svc.documents.file(doc.id, "pdf", copy=True)
    assert one(svc, "SELECT copies_printed FROM issued_documents WHERE id=:id", id=doc.id)[0] == 2
    audit_ok(svc)


def test_a_changed_stored_file_is_refused_as_original(svc):
    case_id = register(svc)
    doc = svc.documents.issue(case_id, "inspection.acceptance_notice")[0][0]
    pdf = next(p for p in (svc.ctx.data_dir / "documents").iterdir() if p.suffix == ".pdf")
    pdf.write_bytes(pdf.read_bytes() + b"%tampered")
    with pytest.raises(RuleError) as err:
        svc.documents.file(doc.id, "pdf")
    assert err.value.key == "document.file_changed"
    pdf.unlink()
    with pytest.raises(RuleError) as err:
        svc.documents.file(doc.id, "pdf")
    assert err.value.key == "document.file_missing"


# ---- validation -----------------------------------------------------------------------------

def test_inputs_are_checked_with_chinese_messages(svc):
    case_id = register(svc)
    with pytest.raises(ValidationFailed) as failed:
        svc.documents.issue(case_id, "inspection.rejection_notice", {})
    (error,) = failed.value.errors
    assert error.field == "inputs.ground"
    assert message(error.key, **error.params) == "请填写“不予受理的理由”。"
    with pytest.raises(ValidationFailed) as failed:
        svc.documents.issue(case_id, "inspection.rejection_notice", {"ground": "because"})
    text = message(failed.value.errors[0].key, **failed.value.errors[0].params)
    assert "超过两年" in text and "because" in text
    assert count(svc, "issued_documents") == 0

    doc = svc.documents.issue(case_id, "inspection.rejection_notice", {"ground": "over_two_years"})[0][0]
    assert "超过两年" in flat(pdf_text(svc.documents.file(doc.id).data)) or doc.number

    with pytest.raises(RuleError) as err:
        svc.documents.issue(case_id, "arbitration.acceptance_notice")
    assert err.value.key == "form.not_for_case_type"
    assert message(err.value.key, **err.value.params) == "《仲裁申请受理通知书》不适用于监察案件。"
    with pytest.raises(RuleError) as err:
        svc.documents.issue(case_id, "no.such.form")
    assert err.value.key == "form.unknown"


def test_service_is_validated(svc):
    case_id = register(svc)
    doc = svc.documents.issue(case_id, "inspection.acceptance_notice")[0][0]
    with pytest.raises(ValidationFailed) as failed:
        svc.documents.record_service(doc.id, ServiceInput(method="pigeon", recipient=" ",
                                                          served_on=date(2026, 3, 11)))
    texts = {e.field: describe(e) for e in failed.value.errors}
    assert set(texts) == {"method", "recipient", "served_on"}
    assert texts["method"].startswith("送达方式：“pigeon”不是可选的送达方式")
    assert texts["served_on"] == "送达日期：送达日期2026年3月11日晚于今天（2026年3月10日），请填写受送达人实际签收的日期。"
    with pytest.raises(ValidationFailed) as failed:
        svc.documents.record_service(doc.id, ServiceInput(method="direct", recipient="张三",
                                                          served_on=date(2026, 3, 9)))
    assert failed.value.errors[0].key == "service.date_before_issue"
    svc.documents.void(doc.id, "错发")
    with pytest.raises(RuleError) as err:
        svc.documents.record_service(doc.id, ServiceInput(method="direct", recipient="张三",
                                                          served_on=TODAY))
    assert err.value.key == "document.voided"
    assert count(svc, "document_services") == 0


# ---- service (送达) ----------------------------------------------------------------------------

def test_service_of_a_notice_starts_the_answer_period(svc):
    case_id = register(svc, case_type="arbitration")
    svc.deadlines.add_event(case_id, EventInput(kind="accepted", event_date=TODAY))
    assert "arbitration.answer" not in {d.period_code for d in svc.deadlines.case_deadlines(case_id)}

    (doc,), _ = svc.documents.issue(case_id, "test.respondent_notice")
    assert doc.recipient == "郑州宏远建筑劳务有限公司"
    assert doc.number == svc.cases.detail(case_id).case_number
    changes = svc.documents.record_service(doc.id, ServiceInput(
        method="post", recipient="郑州宏远建筑劳务有限公司", served_on=TODAY, proof="EMS1234567890"))
    assert changes.case_ids == (case_id,)

    (view,) = svc.documents.documents(case_id)
    (served,) = view.services
    assert (served.method_label, served.served_on, served.proof) == ("邮寄送达", TODAY, "EMS1234567890")
    events = svc.deadlines.events(case_id)
    step = next(e for e in events if e.kind == "application_served")
    assert step.event_date == TODAY and "应诉通知书" in step.summary
    answer = next(d for d in svc.deadlines.case_deadlines(case_id) if d.period_code == "arbitration.answer")
    assert answer.start == TODAY and answer.due is not None
    # the stored copy that 工作台 reads was rewritten in the same transaction
    assert one(svc, "SELECT count(*) FROM case_deadlines WHERE case_id=:case_id AND period_code=:code",
               case_id=case_id, code="arbitration.answer")[0] == 1
    audit_ok(svc)


def test_service_without_a_procedural_step_is_a_timeline_record(svc):
    case_id = register(svc)
    doc = svc.documents.issue(case_id, "inspection.acceptance_notice")[0][0]
    svc.documents.record_service(doc.id, ServiceInput(method="direct", recipient="张三", served_on=TODAY))
    served = [t for t in svc.cases.detail(case_id).timeline if t.kind == "document_served"]
    assert len(served) == 1 and "直接送达张三" in served[0].summary
    assert [m for m, _ in svc.documents.service_methods()] == ["direct", "post", "leave", "notice", "electronic"]


# ---- templates ------------------------------------------------------------------------------

def with_document_xml(docx: bytes, change) -> bytes:
    """The same .docx with word/document.xml passed through ``change``."""
    src = zipfile.ZipFile(io.BytesIO(docx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = change(data.decode("utf-8")).encode("utf-8")
            dst.writestr(item, data)
    return out.getvalue()


def test_only_an_administrator_replaces_templates_and_a_broken_one_is_refused(svc, forms_dir):
    form_id = "inspection.acceptance_notice"
    shipped = (forms_dir / "templates" / "inspection_acceptance_notice.docx").read_bytes()
    versions = svc.documents.template_versions(form_id)
    assert [(v.version, v.active) for v in versions] == [(0, True)]

    with pytest.raises(TemplateRejected) as err:
        svc.documents.replace_template(form_id, b"not a word file", "坏文件")
    assert err.value.key == "template.rejected" and err.value.problems
    assert "未通过检查" in message(err.value.key, **err.value.params)
    misspelt = with_document_xml(shipped, lambda xml: xml.replace("{{ employer_name }}", "{{ employer_nmae }}"))
    with pytest.raises(TemplateRejected) as err:
        svc.documents.replace_template(form_id, misspelt, "拼错占位符")
    assert any("employer_nmae" in p for p in err.value.problems)
    assert len(svc.documents.template_versions(form_id)) == 1
    assert not (svc.ctx.data_dir / "templates").exists() or not list((svc.ctx.data_dir / "templates").iterdir())

    lina = next(u.id for u in svc.lookup.officers() if u.display_name == "李娜")
    admin = svc.ctx.user_id
    svc.ctx.user_id = lina
    with pytest.raises(RuleError) as err:
        svc.documents.replace_template(form_id, shipped, "换模板")
    assert err.value.key == "template.admin_only"
    svc.ctx.user_id = admin

    edited = with_document_xml(shipped, lambda xml: xml.replace("{{ employer_name }}", "{{ employer_name }}（新模板）"))
    new = svc.documents.replace_template(form_id, edited, "办公室修改版")
    assert (new.version, new.active, new.note, new.uploaded_by) == (1, True, "办公室修改版", "系统管理员")
    assert svc.documents.template_path(form_id) == svc.ctx.data_dir / "templates" / f"{new.sha256}.docx"
    assert [(v.version, v.active) for v in svc.documents.template_versions(form_id)] == [(0, False), (1, True)]
    case_id = register(svc)
    assert "（新模板）" in flat(pdf_text(svc.documents.preview(case_id, form_id).data))

    svc.documents.restore_template(form_id, 0)
    assert svc.documents.template_path(form_id) == forms_dir / "templates" / "inspection_acceptance_notice.docx"
    assert "（新模板）" not in flat(pdf_text(svc.documents.preview(case_id, form_id).data))
    assert [(v.version, v.active) for v in svc.documents.template_versions(form_id)] == [(0, True), (1, False)]
    svc.documents.restore_template(form_id, 1)
    assert svc.documents.template_versions(form_id)[1].active
    with pytest.raises(RuleError) as err:
        svc.documents.restore_template(form_id, 7)
    assert err.value.key == "template.version_unknown"
    audit_ok(svc)


def test_an_inactive_user_cannot_issue(svc):
    case_id = register(svc)
    with svc.ctx.uow.write() as uow:
        old = User(username="old", display_name="停用者", role="inspector", active=False, created_at=NOW_UTC)
        uow.session.add(old)
        uow.session.flush()
        old_id = old.id
        uow.commit()
    svc.ctx.user_id = old_id
    with pytest.raises(RuleError) as err:
        svc.documents.issue(case_id, "inspection.acceptance_notice")
    assert err.value.key == "permission.inactive"  # refused before anything is read or numbered


def test_issuing_an_acceptance_notice_records_acceptance_and_starts_its_periods(svc):
    # the notice is the decision to accept (若干规定 Art. 18: 立案 the same day): issuing it
    # records 受理 and 立案, and the 60-working-day investigation period starts (条例 Art. 17)
    case_id = register(svc)
    before = {d.period_code for d in svc.deadlines.case_deadlines(case_id)}
    assert "inspection.investigation" not in before
    svc.documents.issue(case_id, "inspection.acceptance_notice")
    kinds = [e.kind for e in svc.deadlines.events(case_id)]
    assert kinds.count("accepted") == 1 and kinds.count("case_opened") == 1
    deadlines = {d.period_code: d for d in svc.deadlines.case_deadlines(case_id)}
    assert deadlines["inspection.investigation"].start == TODAY
    assert deadlines["inspection.acceptance"].state == "met"
    # issuing it again (a second copy to another representative) does not record 受理 twice
    svc.documents.issue(case_id, "inspection.acceptance_notice")
    assert [e.kind for e in svc.deadlines.events(case_id)].count("accepted") == 1


def test_a_step_already_recorded_by_the_officer_is_not_recorded_again(svc):
    case_id = register(svc, case_type="arbitration")
    svc.deadlines.add_event(case_id, EventInput("accepted", TODAY))
    svc.documents.issue(case_id, "arbitration.acceptance_notice")
    assert [e.kind for e in svc.deadlines.events(case_id)].count("accepted") == 1
