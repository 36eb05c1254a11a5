"""wagecase-cli as a user runs it: a real process, a real SQLite file, Chinese output."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from wagecase import __version__
from wagecase.storage.engine import sqlite_url
from wagecase.storage.migrations import HEAD_REVISION

from .cli_support import cli  # noqa: F401  (fixture)

# about the command line on a SQLite file: migrate, backup, demo, case show: not run on PostgreSQL
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def url(tmp_path) -> str:
    return sqlite_url(tmp_path / "cases.sqlite3")


def count(path, table="cases") -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def no_traceback(result: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout


def test_version_alone_and_with_a_database(cli, url, tmp_path):
    r = cli("version")
    assert r.returncode == 0 and __version__ in r.stdout

    r = cli("version", "--database", url)
    assert r.returncode == 2 and "不存在" in r.stdout
    assert not (tmp_path / "cases.sqlite3").exists()  # looking must not create the file

    assert cli("migrate", "--database", url).returncode == 0
    r = cli("version", "--database", url)
    assert r.returncode == 0 and HEAD_REVISION in r.stdout and "最新" in r.stdout


def test_migrate_creates_then_reports_up_to_date(cli, url, tmp_path):
    r = cli("migrate", "--database", url)
    assert r.returncode == 0, r.stderr
    assert "已新建" in r.stdout and HEAD_REVISION in r.stdout
    assert count(tmp_path / "cases.sqlite3", "regions") > 100
    r = cli("--database", url, "migrate")  # the option also works before the command
    assert r.returncode == 0 and "无需升级" in r.stdout


def test_migrate_refuses_a_foreign_database_in_chinese(cli, tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)")
    conn.close()
    r = cli("migrate", "--database", sqlite_url(path))
    assert r.returncode == 2
    no_traceback(r)
    assert "不是本系统的数据库" in r.stderr


def test_demo_builds_cases_with_progress(cli, url, tmp_path):
    r = cli("demo", "--cases", "200", "--database", url)
    assert r.returncode == 0, r.stderr
    assert "200" in r.stdout and "秒" in r.stdout
    progress = [line for line in r.stderr.splitlines() if line.startswith("已生成")]
    assert 10 <= len(progress) <= 21 and "100%" in progress[-1]
    assert count(tmp_path / "cases.sqlite3") == 200

    r = cli("demo", "--cases", "50", "--seed", "9", "--database", url)
    assert r.returncode == 0
    assert count(tmp_path / "cases.sqlite3") == 250


def test_demo_uses_the_default_database_in_the_data_folder(cli, tmp_path):
    r = cli("demo", "--cases", "20")
    assert r.returncode == 0, r.stderr
    assert count(tmp_path / "data" / "wagecase.sqlite3") == 20


def test_demo_rejects_bad_counts(cli, url):
    for args in (("--cases", "0"), ("--cases", "abc"), ()):
        r = cli("demo", *args, "--database", url)
        assert r.returncode == 2
        no_traceback(r)
        assert any(word in r.stderr for word in ("案件数", "整数", "缺少"))


def test_backup_copies_the_database(cli, url, tmp_path):
    assert cli("demo", "--cases", "30", "--database", url).returncode == 0
    dest = tmp_path / "备份" / "copy.sqlite3"
    r = cli("backup", str(dest), "--database", url)
    assert r.returncode == 0, r.stderr
    assert "已备份" in r.stdout and count(dest) == 30

    r = cli("backup", str(dest), "--database", url)
    assert r.returncode == 2 and "已存在" in r.stderr
    assert cli("backup", str(dest), "--overwrite", "--database", url).returncode == 0


def test_backup_of_a_missing_database_is_a_chinese_error(cli, tmp_path):
    r = cli("backup", str(tmp_path / "b.sqlite3"), "--database", sqlite_url(tmp_path / "nope.sqlite3"))
    assert r.returncode == 2
    no_traceback(r)
    assert "不存在" in r.stderr


def test_unreachable_database_is_one_sentence(cli):
    r = cli("migrate", "--database", "nosuchdialect://x/y")
    assert r.returncode == 2
    no_traceback(r)
    assert r.stderr.startswith("无法连接数据库")


def test_help_is_chinese(cli):
    r = cli("--help")
    assert r.returncode == 0 and "用法" in r.stdout and "显示本帮助" in r.stdout
    for command in ("version", "migrate", "demo", "backup"):
        assert command in r.stdout


def test_cli_never_imports_qt(tmp_path):
    code = ("import sys; from wagecase import cli; cli.main(['version']); "
            "assert not any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules), 'Qt imported'")
    env = dict(os.environ, WAGECASE_DATA_DIR=str(tmp_path))
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr


# ---- case show (issue 3) ---------------------------------------------------------------------

def _case_with_steps(tmp_path, url) -> int:
    """A real case registered through the services, accepted and opened yesterday."""
    from datetime import date, datetime, timedelta

    from wagecase import bootstrap
    from wagecase.services.dto import EventInput

    from .intake_support import intake

    services = bootstrap.build(url, data_dir=tmp_path / "data")
    received = datetime.now().replace(microsecond=0) - timedelta(days=3)  # local wall time
    case_id = services.intake.register(intake(received_at=received)).case_id
    day = max(received.date(), date.today() - timedelta(days=1))
    services.deadlines.add_event(case_id, EventInput("accepted", day))
    services.deadlines.add_event(case_id, EventInput("case_opened", day))
    services.ctx.uow.engine.dispose()
    return case_id


def test_case_show_json_has_the_case_its_deadlines_and_rules(cli, url, tmp_path):
    import json

    case_id = _case_with_steps(tmp_path, url)
    r = cli("case", "show", str(case_id), "--json", "--database", url)
    no_traceback(r)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert set(data) == {"case", "deadlines", "rules", "notes"}
    case = data["case"]
    assert case["number"].startswith("郑人社监投字") and case["type"] == "inspection"
    assert case["employer"]["name"] == "郑州宏远建筑劳务有限公司" and case["claimed_yuan"] == "3000.00"
    assert case["workers"][0]["name"] == "张三" and len(case["received_date"]) == 10
    codes = {d["period_code"]: d for d in data["deadlines"]}
    investigation = codes["inspection.investigation"]
    assert "《劳动保障监察条例》第十七条" in investigation["basis"] and investigation["basis_text"]
    assert investigation["state"] in ("running", "due_soon") and investigation["days_unit"] == "工作日"
    assert len(investigation["due"]) == 10 and investigation["due_text"].endswith("日")
    assert codes["inspection.acceptance"]["state"] == "met"
    assert isinstance(data["rules"], list) and isinstance(data["notes"], list)
    for outcome in data["rules"]:
        assert {"code", "title", "verdict", "reasons", "basis"} <= set(outcome)
    assert "\\u" not in r.stdout  # Chinese as Chinese (ensure_ascii=False)


def test_case_show_text_and_unknown_case(cli, url, tmp_path):
    case_id = _case_with_steps(tmp_path, url)
    r = cli("case", "show", str(case_id), "--database", url)
    assert r.returncode == 0, r.stderr
    assert "法定期限" in r.stdout and "调查期限" in r.stdout and "依据：" in r.stdout

    r = cli("case", "show", "99999", "--database", url)
    no_traceback(r)
    assert r.returncode == 2 and "找不到该案件" in r.stderr and r.stdout == ""

    missing = tmp_path / "none.sqlite3"
    r = cli("case", "show", "1", "--database", sqlite_url(missing))
    assert r.returncode == 2 and "不存在" in r.stderr and not missing.exists()
