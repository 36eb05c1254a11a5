"""The case search index on SQLite (storage/search_index.py): FTS5 trigrams of cases.search_text,
kept in step by triggers, and a contentless FTS5 index of its single Chinese characters.

A search of a million cases was a LIKE scan of every case's text; with these, a fragment of
three or more characters is a trigram lookup and a name of one or two Chinese characters a
character lookup (bench/README.md has the numbers). Built from the cases already there: about
a minute per million cases.

On PostgreSQL nothing changes: the search stays a LIKE scan.

Revision ID: 0013_search_index
Revises: 0012_login
Create Date: 2026-11-28
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

from wagecase.domain.search import char_tokens

revision: str = "0013_search_index"
down_revision: str | Sequence[str] | None = "0012_login"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# as storage/search_index.py has them on 2026-11-28
CREATE = (
    "CREATE VIRTUAL TABLE case_search_tri USING fts5(search_text, content='cases', content_rowid='id', "
    "tokenize='trigram')",
    "CREATE VIRTUAL TABLE case_search_chars USING fts5(chars, content='', columnsize=0)",
    """CREATE TRIGGER cases_search_ai AFTER INSERT ON cases BEGIN
        INSERT INTO case_search_tri(rowid, search_text) VALUES (new.id, new.search_text); END""",
    """CREATE TRIGGER cases_search_ad AFTER DELETE ON cases BEGIN
        INSERT INTO case_search_tri(case_search_tri, rowid, search_text) VALUES ('delete', old.id, old.search_text); END""",
    """CREATE TRIGGER cases_search_au AFTER UPDATE OF search_text ON cases BEGIN
        INSERT INTO case_search_tri(case_search_tri, rowid, search_text) VALUES ('delete', old.id, old.search_text);
        INSERT INTO case_search_tri(rowid, search_text) VALUES (new.id, new.search_text); END""",
)
BATCH = 20_000


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    for statement in CREATE:
        conn.execute(text(statement))
    conn.execute(text("INSERT INTO case_search_tri(case_search_tri) VALUES ('rebuild')"))
    last = 0
    while True:
        rows = conn.execute(text("SELECT id, search_text FROM cases WHERE id > :last ORDER BY id LIMIT :n"),
                            {"last": last, "n": BATCH}).all()
        if not rows:
            break
        conn.execute(text("INSERT INTO case_search_chars(rowid, chars) VALUES (:id, :chars)"),
                     [{"id": r[0], "chars": char_tokens(r[1] or "")} for r in rows])
        last = rows[-1][0]


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    for trigger in ("cases_search_ai", "cases_search_ad", "cases_search_au"):
        conn.execute(text(f"DROP TRIGGER IF EXISTS {trigger}"))
    for table in ("case_search_tri", "case_search_chars"):
        conn.execute(text(f"DROP TABLE IF EXISTS {table}"))
