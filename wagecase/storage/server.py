"""An office's PostgreSQL server as a workstation reaches it: the URL from its parts, a check
that it answers, and the password kept where libpq looks for it (the pgpass file), so that no
password is ever written into the program's settings or a shortcut.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from ..domain.errors import RuleError
from .health import chinese_detail

CONNECT_TIMEOUT_S = 5


def server_url(host: str, port: int | None, database: str, user: str, password: str = "") -> str:
    """postgresql+psycopg://user@host:port/database; a host that is a folder is a unix socket."""
    host = host.strip()
    socket = host.startswith("/")
    url = URL.create("postgresql+psycopg", username=user.strip() or None, password=password or None,
                     host=None if socket else (host or None), port=None if socket else port,
                     database=database.strip(),
                     query={"host": host, **({"port": str(port)} if port else {})} if socket else {})
    return url.render_as_string(hide_password=False)


def check(url: str) -> None:
    """SELECT 1 on the server; RuleError saying in Chinese what is wrong."""
    engine = create_engine(url, poolclass=NullPool, connect_args={"connect_timeout": CONNECT_TIMEOUT_S})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - every failure becomes a sentence
        raise explain_server_error(exc, url) from exc
    finally:
        engine.dispose()


def explain_server_error(exc: BaseException, url: str) -> RuleError:
    u = make_url(url)
    port = u.port or u.query.get("port")
    where = f"{u.host or u.query.get('host') or '本机'}{':' + str(port) if port else ''}"
    said = str(getattr(exc, "orig", None) or exc)
    lowered = said.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return RuleError("server.auth", user=u.username or "", server=where)
    if "does not exist" in lowered and "database" in lowered:
        return RuleError("server.no_database", database=u.database or "", server=where)
    if "role" in lowered and "does not exist" in lowered:
        return RuleError("server.auth", user=u.username or "", server=where)
    first = said.strip().splitlines()[0] if said.strip() else ""
    return RuleError("server.unreachable", server=where, detail=chinese_detail(first))


def pgpass_file() -> Path:
    """Where libpq reads passwords: PGPASSFILE, else %APPDATA%\\postgresql\\pgpass.conf on
    Windows and ~/.pgpass elsewhere."""
    given = os.environ.get("PGPASSFILE")
    if given:
        return Path(given)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _escaped(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def remember_password(url: str, password: str) -> Path:
    """Keep ``password`` for the server, database and user of ``url`` in the pgpass file (its
    line replaced if there was one), readable by this user alone."""
    u = make_url(url)
    host = u.host or u.query.get("host") or "localhost"
    port = str(u.port or u.query.get("port") or 5432)
    key = ":".join(_escaped(v) for v in (host, port, u.database or "*", u.username or "*"))
    path = pgpass_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    kept = [line for line in lines if not line.startswith(key + ":")]
    kept.append(f"{key}:{_escaped(password)}")
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    if sys.platform != "win32":
        path.chmod(0o600)  # libpq ignores a pgpass file others can read
    return path
