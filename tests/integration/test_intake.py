"""投诉登记 end to end on a real SQLite file: validation, find-or-create, chain, attachments,
duplicates, audit chain, and all-or-nothing writes."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from wagecase.domain.errors import RuleError, ValidationFailed
from wagecase.domain.messages import describe
from wagecase.services import audit
from wagecase.services.dto import (
    ArrearsItemInput,
    AttachmentInput,
    CaseFilter,
    CaseSort,
    ChainLinkInput,
    EmployerInput,
    ProjectInput,
    WorkerInput,
)
from wagecase.storage import repositories as repo
from wagecase.storage.models import (
    ArrearsItem,
    Attachment,
    AuditEntry,
    Case,
    CaseEvent,
    CaseWorker,
    ContractorLink,
    Employer,
    NumberSequence,
    Project,
    Setting,
    Worker,
)

from tests.integration.intake_support import (  # noqa: F401  (fixture)
    credit_code,
    employer,
    id_number,
    intake,
    officer_id,
    services,
    worker,
)

TABLES = (Case, CaseWorker, ArrearsItem, Employer, Worker, Project, ContractorLink, Attachment,
          CaseEvent, AuditEntry, NumberSequence)


def counts(svc) -> dict[str, int]:
    with svc.ctx.uow.read() as uow:
        return {m.__tablename__: repo.count_rows(uow.session, m) for m in TABLES}


def test_individual_complaint_is_registered_with_number_and_denormalised_columns(services):
    data = intake(officer_id=officer_id(services))
    done = services.intake.register(data)
    assert done.case_number == "郑人社监投字〔2026〕1号"
    assert done.changes.case_ids == (done.case_id,)
    with services.ctx.uow.read() as uow:
        case = uow.session.get(Case, done.case_id)
        assert case.status == "registered"
        assert case.worker_count == 1 and case.lead_worker_name == "张三"
        assert case.employer_name == "郑州宏远建筑劳务有限公司"
        assert case.claimed_fen == 300000
        assert case.received_date.isoformat() == "2026-03-09"
        assert case.received_at == datetime(2026, 3, 9, 1, 30)  # stored as UTC
        assert case.county_code == "410105"  # from the employer
        assert "zs" in case.search_text and "zzhyjzlwyxgs" in case.search_text
        emp = uow.session.get(Employer, case.employer_id)
        assert emp.name_initials == "zzhyjzlwyxgs"
        w = uow.session.get(CaseWorker, case.workers[0].id).worker
        assert w.sex == "female" and w.birth_date.isoformat() == "1985-03-12" and w.name_initials == "zs"
        assert audit.verify_chain(uow.session) is None
    second = services.intake.register(intake([worker(1)], employer=employer(2, name="另一家公司")))
    assert second.case_number == "郑人社监投字〔2026〕2号"
    arb = services.intake.register(intake([worker(2)], case_type="arbitration",
                                          employer=employer(3, name="第三家公司")))
    assert arb.case_number == "郑劳人仲案字〔2026〕1号"


def test_collective_construction_case_with_four_level_chain(services, tmp_path):
    evidence = tmp_path / "工资表.jpg"
    evidence.write_bytes(b"\xff\xd8 fake jpeg of a wage sheet")
    same = tmp_path / "copy.jpg"
    same.write_bytes(evidence.read_bytes())
    data = intake([worker(i, amount=str(1000 + i)) for i in range(12)], construction=True,
                  attachments=[AttachmentInput(str(evidence), "工资表照片"),
                               AttachmentInput(str(same), "同一张照片")])
    done = services.intake.register(data)
    detail = services.cases.detail(done.case_id)
    assert detail.is_collective and len(detail.workers) == 12
    assert detail.claimed_fen == sum(1000 + i for i in range(12)) * 100
    assert detail.claimed_capitals.endswith("元整")
    assert [c.role_label for c in detail.project.chain] == ["建设单位", "施工总承包单位", "分包单位", "班组长"]
    assert detail.project.chain[3].name == "马德福"
    assert detail.project.county_name == "河南省郑州市中牟县"
    with services.ctx.uow.read() as uow:
        links = uow.session.query(ContractorLink).order_by(ContractorLink.position).all()
        assert [l.parent_id for l in links] == [None, links[0].id, links[1].id, links[2].id]
        # the subcontractor is the case's employer: found by credit code, not created twice
        assert links[2].employer_id == uow.session.get(Case, done.case_id).employer_id
        assert repo.count_rows(uow.session, Employer) == 3
    # both attachments share one stored file
    files = [p for p in (services.ctx.attachments_dir).rglob("*") if p.is_file()]
    assert len(files) == 1 and files[0].read_bytes() == evidence.read_bytes()
    assert {a.path for a in detail.attachments} == {str(files[0])}
    kinds = [t.kind for t in detail.timeline]
    assert kinds == ["registered", "attachment_added", "attachment_added"]
    assert detail.timeline[0].summary == "登记投诉（来访），劳动者12人，金额合计 12,066.00 元"
    assert detail.timeline[0].actor_name == "系统管理员"
    rows = services.cases.page(CaseFilter(), CaseSort(), 0, 10)
    assert rows[0].lead_worker_name == "张三等12人"


def _wrong_check(code: str) -> str:
    return code[:-1] + ("0" if code[-1] != "0" else "1")


def test_every_error_is_reported_at_once_and_nothing_is_written(services, tmp_path):
    before = counts(services)
    bad = intake(
        [
            WorkerInput(name="", id_number="410102198001011230", phone="12",
                        items=[ArrearsItemInput(kind="bonus", amount="-5", period_from="2025-13",
                                                period_to="")]),
            WorkerInput(name="李四", id_number=id_number(1), items=[
                ArrearsItemInput(kind="wages", amount="abc", period_from="2025-12-01",
                                 period_to="2025-11-30"),
                ArrearsItemInput(kind="wages", amount="0", period_from="2026-04"),
            ]),
            WorkerInput(name="王五", id_number=id_number(1)),
        ],
        collective=False, channel="fax", case_type="x", industry="construction",
        received_at=datetime(2026, 3, 11, 9, 0),
        employer=EmployerInput(name=" ", credit_code=_wrong_check(credit_code(1)), county_code="999999"),
        project=ProjectInput(name="", chain=[
            ChainLinkInput(role="general_contractor", employer=EmployerInput(name="")),
            ChainLinkInput(role="crew_leader", person_name="", person_id_number="123"),
            ChainLinkInput(role="boss"),
        ]),
        attachments=[AttachmentInput(str(tmp_path / "nope.pdf"))],
        officer_id=9999,
    )
    errors = services.intake.validate(bad)
    got = {(e.field, e.key) for e in errors}
    expected = {
        ("received_at", "received_at.future"),
        ("channel", "choice.invalid"),
        ("case_type", "choice.invalid"),
        ("employer.name", "required"),
        ("employer.credit_code", "credit_code.check_digit"),
        ("employer.county_code", "region.unknown"),
        ("workers", "individual.too_many"),
        ("workers[0].name", "required"),
        ("workers[0].id_number", "id_number.check_digit"),
        ("workers[0].phone", "phone.invalid"),
        ("workers[0].items[0].kind", "choice.invalid"),
        ("workers[0].items[0].amount", "amount.negative"),
        ("workers[0].items[0].period_from", "date.invalid"),
        ("workers[1].items[0].amount", "amount.not_a_number"),
        ("workers[1].items[0].period_to", "date.order"),
        ("workers[1].items[1].amount", "amount.zero"),
        ("workers[1].items[1].period_from", "date.future"),
        ("workers[2].id_number", "worker.duplicate_in_case"),
        ("project.name", "required"),
        ("project.chain[0].employer.name", "required"),
        ("project.chain[1].person_name", "required"),
        ("project.chain[1].person_id_number", "id_number.length"),
        ("project.chain[2].role", "choice.invalid"),
        ("attachments[0].path", "attachment.missing"),
        ("officer_id", "officer.not_found"),
    }
    assert expected <= got, expected - got
    texts = [describe(e) for e in errors]
    assert "第3名劳动者的身份证号码：该身份证号码与第2名劳动者（李四）重复，同一案件中每人只能登记一次。" in texts
    assert any(t.startswith("第2名劳动者第1项欠薪的金额：") for t in texts)
    assert any(t.startswith("工程项目第1级承包单位的名称：") for t in texts)
    with pytest.raises(ValidationFailed) as info:
        services.intake.register(bad)
    assert len(info.value.errors) == len(errors)
    assert counts(services) == before
    assert not services.ctx.attachments_dir.exists()


def test_collective_needs_two_workers_and_someone_at_all(services):
    assert ("workers", "collective.too_few") in {
        (e.field, e.key) for e in services.intake.validate(intake([worker(0)], collective=True))}
    assert ("workers", "workers.none") in {
        (e.field, e.key) for e in services.intake.validate(intake([]))}


def test_received_a_few_minutes_ahead_is_clock_skew_not_an_error(services):
    # NOW_UTC is 10:00 local; 10:03 is within the allowed skew
    ok = intake(received_at=datetime(2026, 3, 10, 10, 3))
    assert services.intake.validate(ok) == []


def test_possible_duplicate_is_flagged_then_registered_on_confirmation(services):
    services.intake.register(intake([worker(0)]))
    again = intake([worker(0)], employer=employer(1, credit_code=""))  # same name, no code
    dups = services.intake.find_possible_duplicates(again)
    assert len(dups) == 1 and dups[0].worker_name == "张三" and dups[0].status_label == "已登记"
    with pytest.raises(RuleError) as info:
        services.intake.register(again)
    assert info.value.key == "intake.possible_duplicates"
    assert info.value.params["duplicates"] == dups
    again.confirm_possible_duplicates = True
    done = services.intake.register(again)
    assert done.case_number.endswith("2号")
    # another employer: no duplicate
    assert services.intake.find_possible_duplicates(
        intake([worker(0)], employer=employer(5, name="别的公司"))) == []


def test_existing_employer_and_worker_are_reused_and_blank_fields_filled(services):
    first = intake([worker(0, phone="")], employer=employer(1, address="", phone=""))
    services.intake.register(first)
    second = intake([worker(0, phone="13912345678", hukou_place="")],
                    employer=employer(1, name="郑州宏远建筑劳务有限公司", address="新地址",
                                      legal_representative=""),
                    confirm_possible_duplicates=True)
    services.intake.register(second)
    with services.ctx.uow.read() as uow:
        assert repo.count_rows(uow.session, Employer) == 1
        assert repo.count_rows(uow.session, Worker) == 1
        emp = repo.employer_by_credit_code(uow.session, credit_code(1))
        assert emp.address == "新地址" and emp.legal_representative == "刘建国"
        w = repo.worker_by_id_number(uow.session, id_number(0))
        assert w.phone == "13912345678" and w.hukou_place == "河南省周口市"
    # chosen from the suggestions by id
    emp_id = services.lookup.employers("宏远")[0].id
    chosen = services.lookup.employer_input(emp_id)
    assert chosen.existing_employer_id == emp_id
    services.intake.register(intake([worker(3)], employer=chosen))
    with services.ctx.uow.read() as uow:
        assert repo.count_rows(uow.session, Employer) == 1


def test_a_failure_inside_the_write_leaves_nothing_behind(services):
    # a pattern without {seq} makes the second case number collide with the first
    with services.ctx.uow.write() as uow:
        uow.session.add(Setting(key="case_number_pattern.inspection", value="郑监〔{year}〕固定号"))
        uow.commit()
    services.intake.register(intake([worker(0)]))
    before = counts(services)
    with pytest.raises(Exception):
        services.intake.register(intake([worker(1)], employer=employer(7, name="新公司")))
    assert counts(services) == before
    with services.ctx.uow.read() as uow:
        assert uow.session.get(NumberSequence, ("case.inspection", 2026)).last_value == 1


def test_add_attachment_and_audit_chain(services, tmp_path):
    done = services.intake.register(intake())
    f = tmp_path / "合同.pdf"
    f.write_bytes(b"%PDF-1.4 contract")
    changes = services.intake.add_attachment(done.case_id, str(f), "劳动合同")
    assert changes.case_ids == (done.case_id,)
    detail = services.cases.detail(done.case_id)
    assert detail.attachments[0].filename == "合同.pdf"
    assert Path(detail.attachments[0].path).read_bytes() == f.read_bytes()
    assert detail.timeline[-1].summary == "添加证据材料：合同.pdf（劳动合同）"
    with pytest.raises(RuleError) as info:
        services.intake.add_attachment(done.case_id, str(tmp_path / "missing.pdf"))
    assert info.value.key == "attachment.missing"
    with pytest.raises(RuleError):
        services.intake.add_attachment(9999, str(f))
    with services.ctx.uow.write() as uow:
        s = uow.session
        entries = list(repo.audit_entries(s))
        assert [e.action for e in entries] == ["user.create", "case.register", "attachment.add"]
        assert all(b.prev_hash == a.hash for a, b in zip(entries, entries[1:]))
        assert audit.verify_chain(s) is None
        entries[1].after = entries[1].after.replace("300000", "1")
        s.flush()
        assert audit.verify_chain(s) == entries[1].id


def test_the_legal_representatives_id_number_is_checked_and_kept(services):
    """The 失信名单 names the legal representative by it and finds them under other employers."""
    import dataclasses

    from wagecase.domain.errors import ValidationFailed as Failed
    from wagecase.domain.identifiers import id_check_char

    bad = dataclasses.replace(intake(), employer=employer(legal_representative_id_number="410105198001011230"))
    with pytest.raises(Failed) as e:
        services.intake.register(bad)
    assert [x.field for x in e.value.errors] == ["employer.legal_representative_id_number"]
    good_id = "41010519800101123" + id_check_char("41010519800101123")
    cid = services.intake.register(dataclasses.replace(
        intake(), employer=employer(legal_representative_id_number=good_id.lower()))).case_id
    with services.ctx.uow.read() as uow:
        emp_id = uow.session.get(Case, cid).employer_id
    assert services.lookup.employer_input(emp_id).legal_representative_id_number == good_id


def test_the_right_to_legal_aid_explained_at_intake_is_recorded(services):
    import dataclasses

    cid = services.intake.register(dataclasses.replace(intake(), legal_aid_explained=True)).case_id
    [event] = [e for e in services.deadlines.events(cid) if e.kind == "legal_aid_explained"]
    assert event.summary == "登记时由系统管理员告知"
    assert services.legal_aid.view(cid).explained_text.startswith("已于2026年3月")
