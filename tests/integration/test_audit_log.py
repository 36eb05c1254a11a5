"""The 操作日志: wagecase-cli audit verify on an intact log and on logs tampered with raw SQL (an
edited entry, a deleted middle entry, a tail cut off past the checkpoint, a rewritten chain),
the export, the paged and filtered reading, who may read it, and prints and saves of issued
documents recorded with their number and copies."""
from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from wagecase import cli
from wagecase.domain.errors import RuleError
from wagecase.domain.messages import message
from wagecase.services import audit
from wagecase.services.audit_view import AuditFilter
from wagecase.storage.models import AuditEntry, Setting

from .intake_support import as_role, intake, migrated_services, worker  # noqa: F401

ROLES_THAT_READ = {"supervisor", "admin"}
ROLES = ("inspector", "arbitrator", "clerk", "legal_aid_liaison", "supervisor", "admin")


def _register(svc, n: int = 0, case_type: str = "inspection") -> int:
    return svc.intake.register(replace(intake([worker(n)], case_type=case_type),
                                       confirm_possible_duplicates=True)).case_id


@pytest.fixture
def office(migrated_services):
    """Some history: users created, two cases registered, one accepted, a document issued."""
    svc = migrated_services
    svc.users.create("wangfang", "王芳", "clerk", "Henan2026x")
    first = _register(svc, 0)
    second = _register(svc, 1)
    svc.inspection.act(first, "accept")
    [doc], _changes = svc.documents.issue(first, "case_cover")
    return svc, {"first": first, "second": second, "document": doc.id}


def _url(svc) -> str:
    return svc.ctx.uow.engine.url.render_as_string(hide_password=False)


def _sql(svc, statement: str, **params) -> None:
    with svc.ctx.uow.engine.begin() as conn:
        conn.execute(text(statement), params)


def _ids(svc) -> list[int]:
    with svc.ctx.uow.read() as uow:
        return [e.id for e in uow.session.query(AuditEntry).order_by(AuditEntry.id)]


def _entry(svc, entry_id: int) -> AuditEntry:
    with svc.ctx.uow.read() as uow:
        e = uow.session.get(AuditEntry, entry_id)
        uow.session.expunge(e)
        return e


def _verify(svc, capsys) -> tuple[int, str]:
    code = cli.main(["audit", "verify", "--database", _url(svc)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


# ---- wagecase-cli audit verify --------------------------------------------------------------

def test_verify_an_intact_log_says_how_many_and_the_last_and_leaves_a_checkpoint(office, capsys):
    svc, _ids_ = office
    ids = _ids(svc)
    code, out = _verify(svc, capsys)
    assert code == 0, out
    assert f"操作日志完整：共 {len(ids)} 条，最后一条为第 {ids[-1]} 号（" in out
    assert "签发文书" in out  # the last entry's action, in Chinese
    assert "已记下核验点" in out
    with svc.ctx.uow.read() as uow:
        checkpoint = json.loads(uow.session.get(Setting, "audit.checkpoint").value)
    assert checkpoint["id"] == ids[-1] and checkpoint["count"] == len(ids)
    assert checkpoint["hash"] == _entry(svc, ids[-1]).hash
    # and again: still intact, the checkpoint agrees
    assert _verify(svc, capsys)[0] == 0


def test_an_edited_entry_is_named_with_its_time_and_action_and_what_follows_is_unverifiable(office, capsys):
    svc, ids_ = office
    ids = _ids(svc)
    register = next(i for i in ids if _entry(svc, i).action == "case.register")
    _sql(svc, "UPDATE audit_entries SET after = :after WHERE id = :id",
         after=_entry(svc, register).after.replace("claimed_fen", "claimed_fen_x"), id=register)
    code, out = _verify(svc, capsys)
    assert code == 1, out
    assert f"第 {register} 号（" in out and "登记案件" in out
    assert "内容与其校验值不符" in out
    later = len([i for i in ids if i > register])
    assert f"该条及其后的 {later + 1} 条记录均无法核验" in out
    assert svc.ctx.uow.engine  # the tampered log is not "fixed" by the check:
    assert _verify(svc, capsys)[0] == 1


def test_a_deleted_middle_entry_breaks_the_link_of_the_next_one(office, capsys):
    svc, _ = office
    ids = _ids(svc)
    gone, after_it = ids[3], ids[4]
    _sql(svc, "DELETE FROM audit_entries WHERE id = :id", id=gone)
    code, out = _verify(svc, capsys)
    assert code == 1, out
    assert f"第 {after_it} 号（" in out and f"与前一条记录（第 {ids[2]} 号）衔接不上" in out
    assert f"（第 {gone} 号已不存在）" in out
    assert "无法核验" in out


def test_a_deleted_first_entry_is_reported(office, capsys):
    svc, _ = office
    ids = _ids(svc)
    _sql(svc, "DELETE FROM audit_entries WHERE id = :id", id=ids[0])
    code, out = _verify(svc, capsys)
    assert code == 1 and f"第 {ids[1]} 号（" in out and "日志开头的记录被删除" in out


def test_a_tail_cut_off_past_the_checkpoint_is_caught_by_the_checkpoint(office, capsys):
    svc, ids_ = office
    assert _verify(svc, capsys)[0] == 0  # checkpoint at the last entry
    ids = _ids(svc)
    _sql(svc, "DELETE FROM audit_entries WHERE id >= :id", id=ids[-2])
    # the chain alone is intact: only the checkpoint can tell
    with svc.ctx.uow.read() as uow:
        assert audit.verify_chain(uow.session) is None
    code, out = _verify(svc, capsys)
    assert code == 1, out
    assert "操作日志末尾的记录被删除了" in out
    assert f"共有 {len(ids)} 条，最后一条为第 {ids[-1]} 号" in out and f"日志只有 {len(ids) - 2} 条" in out
    # new entries written after the cut do not hide it
    _register(svc, 5)
    code, out = _verify(svc, capsys)
    assert code == 1 and "末尾的记录被删除了" in out


def test_entries_written_after_a_check_move_the_checkpoint_on(office, capsys):
    svc, ids_ = office
    assert _verify(svc, capsys)[0] == 0
    _register(svc, 6)
    code, out = _verify(svc, capsys)
    assert code == 0 and "登记案件" in out
    with svc.ctx.uow.read() as uow:
        assert json.loads(uow.session.get(Setting, "audit.checkpoint").value)["id"] == _ids(svc)[-1]


def test_a_rewritten_chain_is_caught_by_the_checkpoint(office, capsys):
    """A careful hand edits an entry and recomputes every hash after it: the chain is valid
    again, but the checkpoint's entry no longer has the hash it had."""
    svc, _ = office
    assert _verify(svc, capsys)[0] == 0
    ids = _ids(svc)
    with svc.ctx.uow.write() as uow:
        prev = ""
        for e in uow.session.query(AuditEntry).order_by(AuditEntry.id):
            if "王芳" in e.after:
                e.after = e.after.replace("王芳", "王某")
            e.prev_hash = prev
            e.hash = audit.entry_hash(prev, at=e.at, user_id=e.user_id, action=e.action, entity=e.entity,
                                      entity_id=e.entity_id, case_id=e.case_id, before=e.before, after=e.after)
            prev = e.hash
        uow.commit()
    with svc.ctx.uow.read() as uow:
        assert audit.verify_chain(uow.session) is None
    code, out = _verify(svc, capsys)
    assert code == 1 and "操作日志被改写过" in out and f"第 {ids[-1]} 号记录的校验值" in out


def test_verify_on_a_missing_database_file_says_so(tmp_path, capsys):
    code = cli.main(["audit", "verify", "--database", f"sqlite:///{tmp_path / 'none.sqlite3'}"])
    assert code == 2 and "数据库文件不存在" in capsys.readouterr().err


# ---- export -----------------------------------------------------------------------------------

def test_cli_export_writes_the_period_in_chinese_and_is_itself_recorded(office, capsys, tmp_path):
    from openpyxl import load_workbook

    svc, ids = office
    out = tmp_path / "日志" / "2026年3月.xlsx"
    code = cli.main(["audit", "export", "--from", "2026-03-01", "--to", "2026-03-31", "--out", str(out),
                     "--database", _url(svc)])
    said = capsys.readouterr().out
    assert code == 0, said
    count = len(_ids(svc)) - 1  # everything in March (the fixture's clock), but not the export itself
    assert f"操作日志 {count} 条" in said
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:7] == ("编号", "时间", "用户", "操作", "对象", "案号", "内容")
    assert len(rows) == count + 1
    actions = [r[3] for r in rows[1:]]
    assert "登记案件" in actions and "签发文书" in actions and "新增用户" in actions
    register = next(r for r in rows[1:] if r[3] == "登记案件")
    assert register[2] == "系统管理员" and register[5]  # who, and the case number
    assert register[7] in (None, "") and "case_number" in register[8]  # before / after as stored
    last = _entry(svc, _ids(svc)[-1])
    assert last.action == "audit.export"
    assert json.loads(last.after)["rows"] == count and json.loads(last.after)["date_from"] == "2026-03-01"


def test_cli_export_refuses_a_bad_date_and_another_format(office, capsys, tmp_path):
    svc, _ = office
    assert cli.main(["audit", "export", "--from", "2026-3-x", "--to", "2026-03-31",
                     "--out", str(tmp_path / "a.xlsx"), "--database", _url(svc)]) == 2
    assert "无法识别" in capsys.readouterr().err
    assert cli.main(["audit", "export", "--from", "2026-03-01", "--to", "2026-03-31",
                     "--out", str(tmp_path / "a.csv"), "--database", _url(svc)]) == 2
    assert ".xlsx" in capsys.readouterr().err


# ---- reading: pages and filters ---------------------------------------------------------------

def test_pages_are_newest_first_and_say_whether_more_follow(office):
    svc, _ = office
    ids = _ids(svc)
    log = svc.audit_log
    first = log.page(AuditFilter(), 0, size=3)
    assert [r.id for r in first.rows] == ids[::-1][:3] and first.has_more and first.first == 1
    pages, n = [], 0
    while True:
        p = log.page(AuditFilter(), n, size=3)
        pages.extend(r.id for r in p.rows)
        if not p.has_more:
            break
        n += 1
    assert pages == ids[::-1]
    row = first.rows[0]
    assert row.action == "document.issue" and row.action_label == "签发文书"
    assert row.entity_text.startswith("文书 ") and row.case_number and row.user_name == "系统管理员"
    assert "{" not in row.summary  # said in words, not JSON


def test_filters_by_group_user_case_number_and_dates(office):
    svc, ids = office
    log = svc.audit_log
    cases = log.page(AuditFilter(group="cases")).rows
    assert {r.action for r in cases} == {"case.register"}
    accepted = log.page(AuditFilter(group="handling")).rows
    assert [r.action_label for r in accepted] == ["监察：受理并立案"]
    number = svc.cases.detail(ids["first"]).case_number
    own = log.page(AuditFilter(case_number=number[-6:])).rows
    assert own and {r.case_number for r in own} == {number}
    assert log.page(AuditFilter(case_number="没有这个案号")).rows == ()
    assert log.page(AuditFilter(case_id=ids["second"])).rows[0].action == "case.register"
    admin = svc.ctx.user_id
    assert len(log.page(AuditFilter(user_id=admin)).rows) == len(_ids(svc)) - 1  # the first admin's own creation
    # the fixture's clock is 2026-03-10 10:00 in Zhengzhou
    assert len(log.page(AuditFilter(date_from=date(2026, 3, 10), date_to=date(2026, 3, 10))).rows) == len(_ids(svc))
    assert log.page(AuditFilter(date_from=date(2026, 3, 11))).rows == ()
    assert log.page(AuditFilter(date_to=date(2026, 3, 9))).rows == ()
    with pytest.raises(RuleError) as e:
        log.page(AuditFilter(date_from=date(2026, 3, 10), date_to=date(2026, 3, 10) - timedelta(days=1)))
    assert "早于开始日期" in message(e.value.key, **e.value.params)


def test_a_case_timeline_reads_its_entries_in_order(office):
    svc, ids = office
    rows = svc.audit_log.case_entries(ids["first"])
    assert [r.action_label for r in rows] == ["登记案件", "监察：受理并立案", "签发文书"]
    assert rows[1].summary.startswith("状态：已登记 → ")


@pytest.mark.parametrize("role", ROLES)
def test_who_may_read_verify_and_export_the_log(office, role):
    svc, ids = office
    with as_role(svc, role, display_name=f"{role}用户", username=f"u_{role}"):
        calls = {
            "page": lambda: svc.audit_log.page(AuditFilter()),
            "users": lambda: svc.audit_log.users(),
            "verify": lambda: svc.audit_log.verify(),
            "export": lambda: svc.audit_log.export_xlsx(AuditFilter()),
        }
        assert svc.audit_log.may_read() is (role in ROLES_THAT_READ)
        for name, call in calls.items():
            if role in ROLES_THAT_READ:
                call()
            else:
                with pytest.raises(RuleError) as e:
                    call()
                assert e.value.key == "permission.denied", (role, name)
                text = message(e.value.key, **e.value.params)
                assert "查看操作日志" in text and "科室负责人" in text and "管理员" in text
        # a case's own entries are part of its file: everyone who opens the case sees them
        assert svc.audit_log.case_entries(ids["first"])


def test_an_inactive_user_reads_no_case_entries(office):
    svc, ids = office
    svc.ctx.user_id = None
    with pytest.raises(RuleError):
        svc.audit_log.case_entries(ids["first"])


# ---- prints and saves of issued documents --------------------------------------------------------

def test_printing_and_saving_an_issued_document_is_recorded_with_number_and_copies(office):
    svc, ids = office
    doc = svc.documents.document(ids["document"])
    svc.documents.record_print(doc.id, copies=3, pages=2)
    svc.documents.record_saved(doc.id, "docx", "案件封面.docx")
    svc.documents.record_saved(doc.id, "pdf", "案件封面.pdf", opened=True)
    rows = svc.audit_log.case_entries(ids["first"])[-3:]
    assert [r.action_label for r in rows] == ["打印文书", "另存文书", "打开文书文件"]
    printed = json.loads(rows[0].after)
    assert printed["number"] == doc.number and printed["copies"] == 3 and printed["pages"] == 2
    assert rows[0].entity_text == f"文书 {doc.number}"
    assert "份数：3" in rows[0].summary
    assert json.loads(rows[1].after)["filename"] == "案件封面.docx"


def test_a_reprint_of_a_copy_is_recorded(office):
    svc, ids = office
    svc.documents.file(ids["document"], "pdf", copy=True)
    last = svc.audit_log.case_entries(ids["first"])[-1]
    assert last.action == "document.reprint" and last.action_label == "制作文书副本"


def test_exports_of_statistics_and_the_public_list_are_recorded(office):
    from wagecase.domain.statistics import month_period

    svc, _ = office
    svc.publication.export_xlsx(date(2026, 3, 10))
    report = svc.statistics.report(month_period(2026, 3))
    svc.stats_export.xlsx(report)
    labels = [r.action_label for r in svc.audit_log.page(AuditFilter(group="output")).rows]
    assert labels[:2] == ["导出统计报表", "导出失信名单公示"]


def test_the_export_returns_a_workbook(office):
    from openpyxl import load_workbook

    svc, _ = office
    data, rows = svc.audit_log.export(AuditFilter(group="cases"))
    assert rows == 2
    ws = load_workbook(io.BytesIO(data)).active
    assert [r[3] for r in ws.iter_rows(min_row=2, values_only=True)] == ["登记案件", "登记案件"]
