"""Suite-wide safety: no display needed, and nothing touches the user's real data or settings."""
from __future__ import annotations

import os
import tempfile

import pytest

from .databases import SQLITE, Databases, PostgresServer, backends, postgres_base_url

# Qt aborts the process without a platform plugin and a display: decide before any QApplication.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_sandbox = tempfile.mkdtemp(prefix="wagecase-tests-")
# The whole session's default data and settings folders live in a throw-away directory;
# individual tests point these at their own tmp_path where they need isolation.
os.environ["WAGECASE_DATA_DIR"] = os.path.join(_sandbox, "data")
os.environ["WAGECASE_SETTINGS_DIR"] = os.path.join(_sandbox, "settings")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_sandbox, "xdg-config")
os.environ["XDG_DATA_HOME"] = os.path.join(_sandbox, "xdg-data")
os.environ.pop("WAGECASE_DATABASE_URL", None)


@pytest.fixture(autouse=True)
def private_settings(tmp_path, monkeypatch):
    """Each test's window geometry and data folder (attachments, logs) live in its tmp_path."""
    folder = tmp_path / "settings"
    monkeypatch.setenv("WAGECASE_SETTINGS_DIR", str(folder))
    monkeypatch.setenv("WAGECASE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("WAGECASE_EXIT_AFTER_PAINT", raising=False)
    monkeypatch.delenv("WAGECASE_NO_DEMO_PROMPT", raising=False)
    return folder


@pytest.fixture
def prompts():
    """Message boxes and file dialogs answered from a script (imported late: Qt)."""
    from wagecase.ui.prompts import ScriptedPrompts

    return ScriptedPrompts()


# ---- the databases: SQLite always, PostgreSQL too when WAGECASE_TEST_POSTGRES_URL is set ----------

def pytest_generate_tests(metafunc):
    """A test that uses a database (through ``backend``) runs once per backend; ``sqlite_only``
    tests (about SQLite files themselves) only on SQLite. Module scope: a module's tests run on
    SQLite, then on PostgreSQL, so module-wide fixtures are built once per backend."""
    if "backend" not in metafunc.fixturenames or metafunc.definition.get_closest_marker("sqlite_only"):
        return
    params = backends()
    if len(params) > 1:
        metafunc.parametrize("backend", params, indirect=True, scope="module")


@pytest.fixture(scope="module")
def backend(request) -> str:
    """The database this test runs on: SQLITE or POSTGRESQL."""
    return getattr(request, "param", SQLITE)


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory):
    """The PostgreSQL server the suite is pointed at (None when it is not); its templates are
    dropped at the end of the session."""
    base = postgres_base_url()
    if not base:
        yield None
        return
    server = PostgresServer(base, tmp_path_factory.mktemp("postgres-templates"))
    yield server
    server.close()


@pytest.fixture
def databases(backend, tmp_path, postgres_server):
    """``databases.new(kind)``: a new database on this test's backend, dropped after the test."""
    made = Databases(backend, tmp_path, postgres_server)
    yield made
    made.close()


@pytest.fixture
def postgres_url(postgres_server):
    """A new, empty PostgreSQL database for a PostgreSQL-only test, dropped afterwards (skipped
    unless the suite is pointed at a server)."""
    if postgres_server is None:
        pytest.skip("WAGECASE_TEST_POSTGRES_URL not set")
    url = postgres_server.create("empty")
    yield url
    postgres_server.drop(url)
