"""Case exchange between offices (跨区域协作), between real databases: 郑州 exports a case with
its evidence and documents as a signed package; 洛阳, which trusts 郑州's key, imports it under
its own case number; tampered, re-signed and untrusted packages are refused in Chinese with
nothing written; local records win and their differences are reported; the command line does
the same; only the roles that register cases (and see personal numbers whole) may do either."""
from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from wagecase import bootstrap
from wagecase.domain.errors import RuleError
from wagecase.domain.messages import message
from wagecase.services import Services
from wagecase.services.dto import AttachmentInput, PaymentInput
from wagecase.storage.models import (
    Attachment, AuditEntry, Case, CaseDeadline, CaseEvent, Employer, Payment, Setting, User, Worker,
)

from tests.databases import Databases
from .intake_support import employer, intake, worker

# three offices, each with its own database and data folder, on the test's backend (SQLite files,
# or databases on the PostgreSQL server when the suite is pointed at one)

ZHENGZHOU = "郑州市人力资源和社会保障局"
LUOYANG = "洛阳市人力资源和社会保障局"
KAIFENG = "开封市人力资源和社会保障局"
OLD_NAME = "郑州宏远劳务有限责任公司"  # what 洛阳 has on file for the same credit code


def office(dbs: Databases, folder: Path, name: str, agency: str, **settings: str) -> Services:
    svc = bootstrap.build(dbs.new("migrated", name=f"{name}.sqlite3"), data_dir=folder / name)
    with svc.ctx.uow.write() as uow:
        for key, value in {"office.agency_name": agency, **settings}.items():
            row = uow.session.get(Setting, key)
            if row is None:
                uow.session.add(Setting(key=key, value=value))
            else:
                row.value = value
        uow.commit()
    return svc


def trust(receiver: Services, sender: Services, folder: Path, name: str) -> None:
    filename, data = sender.exchange.public_key_file()
    path = folder / filename
    path.write_bytes(data)
    seen = receiver.exchange.read_key_file(path)
    receiver.exchange.trust_office(path, name, seen.fingerprint)


def counts(svc: Services) -> dict[str, int]:
    with svc.ctx.uow.read() as uow:
        return {m.__tablename__: uow.session.scalar(select(func.count()).select_from(m))
                for m in (Case, Worker, Employer, Attachment, CaseEvent, AuditEntry, Payment, CaseDeadline)}


def files_in(svc: Services) -> set[str]:
    folder = svc.ctx.attachments_dir
    return {str(p.relative_to(folder)) for p in folder.rglob("*")} if folder.exists() else set()


@pytest.fixture(scope="module")
def world(tmp_path_factory, backend, postgres_server):
    folder = tmp_path_factory.mktemp("exchange")
    dbs = Databases(backend, folder, postgres_server)
    a = office(dbs, folder, "a", ZHENGZHOU)
    b = office(dbs, folder, "b", LUOYANG, **{"case_number_pattern.inspection": "洛人社监投字〔{year}〕{seq}号"})
    c = office(dbs, folder, "c", KAIFENG)
    trust(b, a, folder, "郑州市人社局劳动保障监察支队")
    trust(a, b, folder, "洛阳市人社局")

    # 洛阳 already knows the employer (another name on file) and the first worker (another phone)
    b.intake.register(intake([replace(worker(0), phone="13911112222")], employer=employer(1, name=OLD_NAME)))

    # 郑州's case: two workers, a contractor chain, evidence, an issued notice and a payment
    scan = folder / "工资条.jpg"
    scan.write_bytes(bytes(range(256)) * 40)
    note = folder / "考勤表.txt"
    note.write_text("2025年10月 出勤26天\n", encoding="utf-8")
    data = intake([worker(0), worker(1, amount="4200.50")], construction=True, attachments=[
        AttachmentInput(str(scan), "工资条照片"), AttachmentInput(str(note), "班组长记的考勤")])
    case_id = a.intake.register(data).case_id
    docs, _ = a.documents.issue(case_id, "inspection.acceptance_notice")
    a.inspection.act(case_id, "accept")
    balances = a.inspection.view(case_id).balances
    a.inspection.record_payment(case_id, PaymentInput(balances[1].worker_id, date(2026, 3, 20), "200.50", "employer"))
    exported = a.exchange.export_case(case_id, folder / "案件包")
    yield {"a": a, "b": b, "c": c, "folder": folder, "case_id": case_id, "package": exported.path,
           "exported": exported, "document": docs[0], "scan": scan, "note": note}
    for svc in (a, b, c):
        svc.ctx.uow.engine.dispose()
    dbs.close()


def rewrite(src: Path, dest: Path, change) -> Path:
    """A copy of the package with ``change(name, bytes) -> bytes | None`` applied to each member
    (None drops it); extra members come from change('+', b'')."""
    with zipfile.ZipFile(src) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(dest, "w") as z:
        for name, data in members:
            new = change(name, data)
            if new is not None:
                z.writestr(name, new)
        extra = change("+", b"")
        if extra:
            z.writestr("attachments/extra", extra)
    return dest


# ---- export -------------------------------------------------------------------------------------

def test_the_package_holds_the_case_its_files_and_a_signature(world):
    path = world["package"]
    assert path.suffix == ".wagecase" and path.exists()
    assert not list(path.parent.glob(".part-*"))  # written under a temporary name, then renamed
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        manifest = json.loads(z.read("manifest.json"))
        signature = json.loads(z.read("signature.json"))
    assert manifest["office"]["agency_name"] == ZHENGZHOU
    assert manifest["exported_by"]["display_name"] == "系统管理员"
    assert manifest["case"]["case_number"] == "郑人社监投字〔2026〕1号"
    assert [w["person"]["name"] for w in manifest["workers"]] == ["张三", "李四"]
    assert [len(w["items"]) for w in manifest["workers"]] == [1, 1]
    assert "deadlines" not in manifest  # recomputed by the receiving office
    assert len(manifest["attachments"]) == 2 and len(manifest["documents"]) == 1
    assert len(manifest["payments"]) == 1 and manifest["payments"][0]["amount_fen"] == 20050
    files = json.loads(signature["signed"])["files"]
    assert names == {"manifest.json", "signature.json", *files}
    for a in manifest["attachments"]:
        assert files[a["path"]] == a["sha256"]
    assert signature["algorithm"] == "Ed25519"
    # the export is in 郑州's audit log
    a = world["a"]
    with a.ctx.uow.read() as uow:
        entry = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "case.export")).one()
        assert entry.case_id == world["case_id"] and json.loads(entry.after)["file"] == path.name


def test_the_office_key_is_made_once_and_readable_by_its_owner_only(world):
    a = world["a"]
    key_file = a.ctx.data_dir / "office_signing_key.pem"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    first = a.exchange.own_key()
    assert a.exchange.own_key() == first and len(first.display.split()) == 8
    assert first.office == ZHENGZHOU


# ---- import -------------------------------------------------------------------------------------

def test_preview_lists_what_is_created_and_linked_and_the_differences(world):
    b = world["b"]
    before, files = counts(b), files_in(b)
    preview = b.exchange.preview_import(world["package"])
    assert counts(b) == before and files_in(b) == files  # a preview writes nothing
    assert (preview.origin_office, preview.signer_office) == (ZHENGZHOU, "郑州市人社局劳动保障监察支队")
    assert preview.case_number == "郑人社监投字〔2026〕1号" and preview.worker_count == 2
    assert (preview.attachments, preview.documents, preview.payments) == (2, 1, 1)
    assert preview.claimed_text == "7,200.50"
    lines = {(line.what, line.action) for line in preview.lines}
    assert ("用人单位", "按统一社会信用代码关联本地已有记录") in lines
    assert ("第1名劳动者", "按身份证号码关联本地已有记录") in lines
    assert ("文书", "作为收到的证据材料保存，不重新编号") in lines
    assert f"用人单位名称不同：本地“{OLD_NAME}”，导入“郑州宏远建筑劳务有限公司”" in preview.conflicts
    assert any("第1名劳动者" in c and "联系电话不同" in c and "13911112222" in c for c in preview.conflicts)
    # the same company is also the chain's 分包单位: one employer, one line, one conflict
    assert sum("名称不同" in c for c in preview.conflicts) == 1
    assert any("尚未指定承办人" in n for n in preview.notes)


def test_round_trip_the_imported_case_is_the_same_case(world):
    a, b, case_id = world["a"], world["b"], world["case_id"]
    preview = b.exchange.preview_import(world["package"])
    employers_before = counts(b)["employers"]
    done = b.exchange.import_package(world["package"], preview.package_id)

    assert done.case_number.startswith("洛人社监投字〔2026〕") and done.origin_case_number == "郑人社监投字〔2026〕1号"
    assert any("用人单位名称不同" in c for c in done.conflicts)
    src, got = a.cases.detail(case_id, personal=True), b.cases.detail(done.case_id, personal=True)
    assert (got.case_type, got.status, got.is_collective, got.received_at) == (
        src.case_type, src.status, src.is_collective, src.received_at)
    assert (got.facts, got.claims, got.claimed_fen) == (src.facts, src.claims, src.claimed_fen)
    assert [(w.name, w.id_number, w.claimed_fen, w.job,
             [(x.kind_label, x.period_text, x.amount_fen, x.note) for x in w.items]) for w in got.workers] == [
        (w.name, w.id_number, w.claimed_fen, w.job, [(x.kind_label, x.period_text, x.amount_fen, x.note) for x in w.items])
        for w in src.workers]
    # existing records win: 洛阳's employer (its name) and worker (its phone) are linked, not changed
    assert got.employer.name == OLD_NAME and got.employer.credit_code == src.employer.credit_code
    assert counts(b)["employers"] == employers_before + 2  # the project owner and the general contractor
    assert got.workers[0].phone == "13911112222" and got.workers[1].phone == src.workers[1].phone
    assert [(link.role, link.name, link.id_number) for link in got.project.chain] == [
        (link.role, OLD_NAME if link.name == src.employer.name else link.name, link.id_number)
        for link in src.project.chain]
    assert got.officer_name == ""

    # evidence: the same bytes; documents: their stored PDF and DOCX, as received evidence
    by_sha = {att.sha256: att for att in got.attachments}
    for att in src.attachments:
        mine = by_sha[att.sha256]
        assert (mine.filename, mine.description, mine.size) == (att.filename, att.description, att.size)
        assert Path(mine.path).read_bytes() == Path(att.path).read_bytes()
    doc = world["document"]
    pdf = a.documents.file(doc.id, "pdf").data
    docx = a.documents.file(doc.id, "docx").data
    received = [att for att in got.attachments if doc.number in att.filename]
    assert sorted(att.filename.rsplit(".", 1)[1] for att in received) == ["docx", "pdf"]
    assert {Path(att.path).read_bytes() for att in received} == {pdf, docx}
    assert all("原办案机关签发的文书" in att.description for att in received)
    assert not b.documents.documents(done.case_id)  # not re-numbered as 洛阳's own documents

    # events copied, the origin recorded in an event and in the audit log; deadlines recomputed
    kinds = [t.kind for t in got.timeline]
    assert kinds[-1] == "case_imported" and "registered" in kinds and "accepted" in kinds
    assert ZHENGZHOU in got.timeline[-1].summary and "郑人社监投字〔2026〕1号" in got.timeline[-1].summary
    with b.ctx.uow.read() as uow:
        s = uow.session
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "case.import",
                                                   AuditEntry.case_id == done.case_id)).one()
        origin = json.loads(entry.after)
        assert (origin["origin_office"], origin["origin_case_number"]) == (ZHENGZHOU, "郑人社监投字〔2026〕1号")
        paid = s.scalars(select(Payment).where(Payment.case_id == done.case_id)).all()
        assert [(p.amount_fen, p.paid_on) for p in paid] == [(20050, date(2026, 3, 20))]
    assert [(d.period_code, d.due) for d in a.deadlines.case_deadlines(case_id)] == [
        (d.period_code, d.due) for d in b.deadlines.case_deadlines(done.case_id)]

    # the case's 操作日志 reads in Chinese on both sides: no internal key shows
    import re
    for svc, cid, action in ((a, case_id, "case.export"), (b, done.case_id, "case.import")):
        row = next(r for r in svc.audit_log.case_entries(cid) if r.action == action)
        assert row.summary and not re.search(r"[A-Za-z_]+：", row.summary), row.summary
    imported_row = next(r for r in b.audit_log.case_entries(done.case_id) if r.action == "case.import")
    assert f"移交机关：{ZHENGZHOU}" in imported_row.summary and "原案号：郑人社监投字〔2026〕1号" in imported_row.summary

    # a second import of the same case is told about the first
    again = b.exchange.preview_import(world["package"])
    assert any(done.case_number in n and "导入过同一案件" in n for n in again.notes)


def _tampered_file(world, tmp):
    return rewrite(world["package"], tmp / "t.wagecase", lambda n, d: (
        d[:100] + bytes([d[100] ^ 1]) + d[101:] if n.startswith("attachments/") and len(d) > 1000 else
        None if n == "+" else d))


def _tampered_manifest(world, tmp):
    def change(name, data):
        if name == "manifest.json":
            doc = json.loads(data)
            doc["workers"][0]["items"][0]["amount_fen"] *= 10
            return json.dumps(doc, ensure_ascii=False).encode()
        return None if name == "+" else data
    return rewrite(world["package"], tmp / "m.wagecase", change)


def _untrusted(world, tmp):
    c = world["c"]
    case_id = c.intake.register(intake([worker(7)])).case_id
    return c.exchange.export_case(case_id, tmp / "开封").path


def _bad_signature(world, tmp):
    def change(name, data):
        if name == "signature.json":
            doc = json.loads(data)
            doc["signature"] = doc["signature"][:-4] + ("AAA=" if not doc["signature"].endswith("AAA=") else "BBB=")
            return json.dumps(doc).encode()
        return None if name == "+" else data
    return rewrite(world["package"], tmp / "s.wagecase", change)


def _extra_file(world, tmp):
    return rewrite(world["package"], tmp / "x.wagecase", lambda n, d: b"evil" if n == "+" else d)


def _missing_file(world, tmp):
    return rewrite(world["package"], tmp / "d.wagecase", lambda n, d: None if n.startswith("documents/") or n == "+" else d)


def _not_a_zip(world, tmp):
    path = tmp / "n.wagecase"
    path.write_bytes(b"not a package")
    return path


@pytest.mark.parametrize("make, key, words", [
    (_tampered_file, "exchange.file_tampered", "证据材料“工资条.jpg”与签名不符"),
    (_tampered_manifest, "exchange.manifest_tampered", "清单"),
    (_untrusted, "exchange.untrusted", KAIFENG),
    (_bad_signature, "exchange.signature_invalid", "签名无法验证"),
    (_extra_file, "exchange.unsigned_file", "未签名"),
    (_missing_file, "exchange.member_missing", "不完整"),
    (_not_a_zip, "exchange.not_a_package", "不是本系统导出的案件包"),
])
def test_a_package_that_does_not_verify_is_refused_in_chinese_and_nothing_is_written(world, tmp_path, make, key, words):
    b = world["b"]
    path = make(world, tmp_path)
    before, files = counts(b), files_in(b)
    for call in (b.exchange.preview_import, b.exchange.import_package):
        with pytest.raises(RuleError) as info:
            call(path)
        assert info.value.key == key
        text = message(info.value.key, **info.value.params)
        assert words in text, text
        assert counts(b) == before and files_in(b) == files
    if key == "exchange.untrusted":  # the fingerprint to read out on the phone
        assert world["c"].exchange.own_key().display in text


def test_a_package_replaced_after_its_preview_is_not_imported(world, tmp_path):
    b = world["b"]
    first = b.exchange.preview_import(world["package"])
    other = world["a"].exchange.export_case(world["case_id"], tmp_path / "again")  # same case, new package
    before = counts(b)
    with pytest.raises(RuleError) as info:
        b.exchange.import_package(other.path, first.package_id)
    assert info.value.key == "exchange.package_changed" and counts(b) == before


def test_a_failure_half_way_leaves_nothing_behind(world, monkeypatch):
    """The database rolls back and the files copied so far are removed."""
    from wagecase.services import exchange

    b = world["b"]
    before, files = counts(b), files_in(b)

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(exchange.deadlines, "recompute_case", boom)
    with pytest.raises(RuntimeError):
        b.exchange.import_package(world["package"])
    assert counts(b) == before and files_in(b) == files


# ---- who may ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("role, allowed", [
    ("inspector", True), ("arbitrator", True), ("clerk", True), ("admin", True),
    ("supervisor", False), ("legal_aid_liaison", False),
])
def test_only_roles_that_register_cases_and_see_numbers_whole_exchange_them(world, tmp_path, role, allowed):
    from wagecase.domain.permissions import Permission, may

    a, b = world["a"], world["b"]
    assert may(role, Permission.REGISTER_CASE) == allowed and (not allowed or may(role, Permission.VIEW_PERSONAL))
    me_a, me_b = a.ctx.user_id, b.ctx.user_id
    try:
        for svc in (a, b):
            with svc.ctx.uow.write() as uow:
                user = uow.session.scalars(select(User).where(User.username == f"u_{role}")).first()
                if user is None:
                    user = User(username=f"u_{role}", display_name=f"测试{role}", role=role, active=True,
                                created_at=svc.ctx.clock())
                    uow.session.add(user)
                    uow.session.flush()
                svc.ctx.user_id = user.id
                uow.commit()
        calls = [lambda: a.exchange.export_case(world["case_id"], tmp_path / "p"),
                 lambda: b.exchange.preview_import(world["package"])]
        for call in calls:
            if allowed:
                call()
            else:
                with pytest.raises(RuleError) as info:
                    call()
                assert info.value.key == "permission.denied"
                assert "登记案件" in message(info.value.key, **info.value.params)
        if not allowed:
            with pytest.raises(RuleError):
                b.exchange.import_package(world["package"])
    finally:
        a.ctx.user_id, b.ctx.user_id = me_a, me_b


# ---- trusted offices --------------------------------------------------------------------------------

def test_trusting_and_removing_an_office_key(world, tmp_path):
    b, c = world["b"], world["c"]
    filename, data = c.exchange.public_key_file()
    assert filename.endswith(".wagecase-key") and KAIFENG in filename
    path = tmp_path / filename
    path.write_bytes(data)
    seen = b.exchange.read_key_file(path)
    assert (seen.office, seen.trusted_as, seen.own) == (KAIFENG, "", False)
    assert seen.display == c.exchange.own_key().display
    with pytest.raises(RuleError) as info:
        b.exchange.trust_office(path, "   ")
    assert info.value.key == "exchange.office_name_required"
    with pytest.raises(RuleError) as info:
        b.exchange.trust_office(path, "开封", "0" * 64)  # not the fingerprint read out on the phone
    assert info.value.key == "exchange.key_file_changed"
    b.exchange.trust_office(path, "开封市人社局", seen.fingerprint)
    assert b.exchange.read_key_file(path).trusted_as == "开封市人社局"
    offices = {t.office: t for t in b.exchange.trusted_offices()}
    assert set(offices) == {"郑州市人社局劳动保障监察支队", "开封市人社局"}
    assert offices["开封市人社局"].added_by == "系统管理员" and offices["开封市人社局"].added_at is not None
    b.exchange.remove_trust(seen.fingerprint)
    assert "开封市人社局" not in {t.office for t in b.exchange.trusted_offices()}
    with pytest.raises(RuleError) as info:
        b.exchange.remove_trust(seen.fingerprint)
    assert info.value.key == "exchange.not_trusted_anymore"

    own_name, own_data = b.exchange.public_key_file()
    own = tmp_path / own_name
    own.write_bytes(own_data)
    assert b.exchange.read_key_file(own).own
    with pytest.raises(RuleError) as info:
        b.exchange.trust_office(own, "洛阳")
    assert info.value.key == "exchange.own_key"
    junk = tmp_path / "junk.wagecase-key"
    junk.write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(RuleError) as info:
        b.exchange.read_key_file(junk)
    assert info.value.key == "exchange.key_file_invalid"
    with b.ctx.uow.read() as uow:
        actions = uow.session.scalars(select(AuditEntry.action).where(AuditEntry.action.like("exchange.%"))).all()
    assert actions.count("exchange.trust") >= 2 and "exchange.untrust" in actions


# ---- the command line -------------------------------------------------------------------------------

def run_cli(svc: Services, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = dict(os.environ, WAGECASE_DATA_DIR=str(svc.ctx.data_dir), PYTHONIOENCODING="utf-8")
    env.pop("WAGECASE_DATABASE_URL", None)
    env.pop("WAGECASE_DEBUG", None)
    url = str(svc.ctx.uow.engine.url)
    return subprocess.run([sys.executable, "-m", "wagecase.cli", "--database", url, *args], env=env,
                          input=stdin, capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_cli_export_and_import(world, tmp_path):
    a, b = world["a"], world["b"]
    out = tmp_path / "cli包.wagecase"
    r = run_cli(a, "case", "export", str(world["case_id"]), "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert "已导出案件包" in r.stdout and out.exists() and "Traceback" not in r.stderr

    before = counts(b)
    r = run_cli(b, "case", "import", str(out), stdin="n\n")  # shown, then declined
    assert r.returncode == 1 and "用人单位名称不同" in r.stdout and "已取消" in r.stderr
    assert counts(b) == before

    r = run_cli(b, "case", "import", str(out), "--yes")
    assert r.returncode == 0, r.stderr
    assert "已导入" in r.stdout and "洛人社监投字〔2026〕" in r.stdout
    assert counts(b)["cases"] == before["cases"] + 1

    bad = _tampered_file(world, tmp_path)
    r = run_cli(b, "case", "import", str(bad), "--yes")
    assert r.returncode == 2 and "与签名不符" in r.stderr and "Traceback" not in r.stderr
    assert counts(b)["cases"] == before["cases"] + 1

    r = run_cli(a, "case", "export", "999999", "--out", str(tmp_path / "none"))
    assert r.returncode == 2 and "找不到该案件" in r.stderr
    assert not list(tmp_path.glob(".part-*"))


def test_manifest_reads_back_into_the_same_bytes_it_was_signed_over(world):
    """The signature covers the manifest's bytes: json reformatting would break it, so import
    hashes the member as stored, never a re-serialisation."""
    with zipfile.ZipFile(world["package"]) as z:
        data = z.read("manifest.json")
        signed = json.loads(json.loads(z.read("signature.json"))["signed"])
    assert hashlib.sha256(data).hexdigest() == signed["manifest_sha256"]
