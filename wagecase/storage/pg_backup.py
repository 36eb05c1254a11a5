"""PostgreSQL backups through the server's own tools: pg_dump, pg_restore and psql.

A dump is pg_dump's custom format (compressed, one file). A restore first checks the archive
(pg_restore --list: a wagecase database of a known revision), dumps the current database into
the backups folder, then replays the archive through psql in one transaction that first drops
the tables it is about to create: a failure anywhere leaves the database as it was.

The password travels in PGPASSWORD, never on the command line where other users of the machine
could read it; the search_path a URL may carry (options=-csearch_path=...) limits the dump to
that schema.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import datetime
from glob import glob
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from ..domain.errors import RuleError
from .backup_folder import free_path, stamped_name

TIMEOUT_S = 6 * 3600
_SEARCH_PATH = re.compile(r"-c\s*search_path=([A-Za-z_][A-Za-z0-9_]*)")


def tool(name: str) -> str:
    """The path of a PostgreSQL client program, or RuleError("backup.pg_tool_missing")."""
    found = shutil.which(name)
    if found is None and sys.platform == "win32":
        # the EDB installer does not put its bin folder on PATH
        candidates = sorted(glob(rf"C:\Program Files\PostgreSQL\*\bin\{name}.exe"), reverse=True)
        found = candidates[0] if candidates else None
    if found is None:
        raise RuleError("backup.pg_tool_missing", tool=name)
    return found


def connection(url: str) -> tuple[str, dict[str, str], str | None]:
    """(libpq URI without password, environment for the tools, schema or None) for ``url``."""
    u = make_url(url)
    env = dict(os.environ)
    if u.password:
        env["PGPASSWORD"] = str(u.password)
    options = u.query.get("options")
    options = options[0] if isinstance(options, tuple) else options
    schema = None
    if options:
        env["PGOPTIONS"] = options
        m = _SEARCH_PATH.search(options)
        schema = m.group(1) if m else None
    # libpq reads the rest of the query (host=/run/postgresql, sslmode ...) as SQLAlchemy does
    rest = {k: v for k, v in u.query.items() if k != "options"}
    # URL.set(password=None) would keep the password: build the URL without it
    plain = URL.create("postgresql", username=u.username, host=u.host, port=u.port, database=u.database,
                       query=rest)
    return plain.render_as_string(hide_password=False), env, schema


def database_name(url: str) -> str:
    return make_url(url).database or "postgres"


def dump(url: str, dest: Path) -> Path:
    """pg_dump the database at ``url`` into ``dest`` (custom format); appears only when complete."""
    pg_dump = tool("pg_dump")
    uri, env, schema = connection(url)
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    args = [pg_dump, "--format=custom", "--no-owner", "--no-privileges", f"--file={partial}"]
    if schema:
        args.append(f"--schema={schema}")
    try:
        _run([*args, f"--dbname={uri}"], env, "backup.pg_failed", tool="pg_dump")
        os.replace(partial, dest)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return dest


def check_archive(path: Path):
    """A BackupCheck for a pg_dump archive of a wagecase database; RuleError("restore.*")."""
    from .restore import BackupCheck, backup_revision

    if not path.is_file():
        raise RuleError("restore.backup_missing", path=str(path))
    pg_restore = tool("pg_restore")
    listing = _run([pg_restore, "--list", str(path)], dict(os.environ), "restore.backup_not_pg",
                   path=str(path))
    tables = _tables(listing)
    if not {"alembic_version", "cases"} <= {name for _schema, name in tables}:
        raise RuleError("restore.backup_foreign", path=str(path))
    data = _run([pg_restore, "--data-only", "--table=alembic_version", "--file=-", str(path)],
                dict(os.environ), "restore.backup_not_pg", path=str(path))
    found = backup_revision(path, sorted(_copy_rows(data)))
    return BackupCheck(path, found, -1, path.stat().st_size)


def restore(url: str, backup: Path, backups_dir: Path, *, now: datetime):
    from . import migrations
    from .engine import make_engine
    from .restore import RestoreResult

    check = check_archive(backup)
    psql = tool("psql")
    pg_restore = tool("pg_restore")
    uri, env, _schema = connection(url)
    safety = dump(url, free_path(backups_dir, stamped_name(database_name(url), "before-restore", now, ".dump")))
    listing = _run([pg_restore, "--list", str(backup)], env, "restore.backup_not_pg", path=str(backup))
    schemas = sorted({schema for schema, _name in _tables(listing)})
    # the schema itself exists already (or is public): restore what is inside it
    keep = [line for line in listing.splitlines() if not re.search(r"\d+ \d+ (?:SCHEMA - |COMMENT - SCHEMA )", line)]
    list_file = backups_dir / f".restore-{os.getpid()}.list"
    list_file.write_text("\n".join(keep) + "\n", encoding="utf-8")
    try:
        script = subprocess.Popen(
            [pg_restore, "--no-owner", "--no-privileges", f"--use-list={list_file}", "--file=-", str(backup)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        apply = subprocess.Popen(
            [psql, "--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1", "--single-transaction",
             f"--dbname={uri}", "--file=-"],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        assert script.stdout is not None and apply.stdin is not None
        try:
            apply.stdin.write(_clear_sql(schemas).encode("utf-8"))
            shutil.copyfileobj(script.stdout, apply.stdin, 1 << 20)
            apply.stdin.close()
        except BrokenPipeError:
            pass  # psql stopped on an error: said below
        finally:
            script.stdout.close()  # a pg_restore still writing gets EPIPE instead of waiting forever
        # stdin is closed already, so no communicate(); what either says on stderr is short
        assert script.stderr is not None and apply.stderr is not None
        script_err = script.stderr.read()
        script.wait(timeout=TIMEOUT_S)
        apply_err = apply.stderr.read()
        apply.wait(timeout=TIMEOUT_S)
    finally:
        list_file.unlink(missing_ok=True)
    if script.returncode or apply.returncode:
        detail = (apply_err or script_err).decode("utf-8", "replace").strip().splitlines()
        raise RuleError("restore.failed", path=database_name(url), detail=(detail[-1] if detail else "")[:200])
    engine = make_engine(url)
    try:
        migrated = migrations.upgrade(engine, backup_dir=backups_dir)
    finally:
        engine.dispose()
    return RestoreResult(check, database_name(url), safety, migrated.to_revision, migrated.backup_path)


def _clear_sql(schemas: list[str]) -> str:
    names = ", ".join("'" + s.replace("'", "''") + "'" for s in schemas) or "''"
    # tables first (their SERIAL sequences go with them), then sequences left on their own
    return f"""
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT schemaname, tablename FROM pg_tables WHERE schemaname IN ({names}) LOOP
    EXECUTE format('DROP TABLE IF EXISTS %I.%I CASCADE', r.schemaname, r.tablename);
  END LOOP;
  FOR r IN SELECT schemaname, sequencename FROM pg_sequences WHERE schemaname IN ({names}) LOOP
    EXECUTE format('DROP SEQUENCE IF EXISTS %I.%I CASCADE', r.schemaname, r.sequencename);
  END LOOP;
END $$;
"""


def _tables(listing: str) -> list[tuple[str, str]]:
    # "215; 1259 16390 TABLE public cases wagecase"
    found = []
    for line in listing.splitlines():
        m = re.match(r"^\d+; \d+ \d+ TABLE (\S+) (\S+) ", line + " ")
        if m:
            found.append((m.group(1), m.group(2)))
    return found


def _copy_rows(script: str) -> list[str]:
    rows, inside = [], False
    for line in script.splitlines():
        if line.startswith("COPY ") and line.rstrip().endswith("FROM stdin;"):
            inside = True
        elif inside and line == "\\.":
            inside = False
        elif inside and line:
            rows.append(line.split("\t", 1)[0])
    return rows


def _run(args: list[str], env: dict[str, str], key: str, **params) -> str:
    try:
        done = subprocess.run(args, env=env, capture_output=True, timeout=TIMEOUT_S)
    except OSError as exc:
        raise RuleError(key, detail=str(exc), **params) from exc
    if done.returncode:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RuleError(key, detail=(lines[-1] if lines else f"exit {done.returncode}")[:300], **params)
    return done.stdout.decode("utf-8", "replace")
