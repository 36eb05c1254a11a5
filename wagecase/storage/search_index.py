"""The case search index on SQLite: what makes a search of a million cases instant.

Two FTS5 tables over ``cases.search_text`` (domain/search.py says which one a query uses):

- ``case_search_tri``: trigrams, an external-content index of ``cases`` kept in step by
  triggers, so every writer (the ORM, the demo's bulk inserts, a restore) updates it;
- ``case_search_chars``: single Chinese characters (domain.search.char_tokens), contentless,
  written here: by the mapper events below for the ORM, by ``add`` for bulk inserts.

Both are created with the ``cases`` table (metadata.create_all) and by migration 0013; on
PostgreSQL there are none and a search is a LIKE scan.
"""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import DDL, ColumnElement, Integer, column, event, func, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from ..domain.search import char_phrase, char_tokens, search_method, trigram_phrase

TRIGRAM = "case_search_tri"
CHARS = "case_search_chars"

# the statements migration 0013 runs too (copied there: a migration does not change later)
CREATE = (
    f"CREATE VIRTUAL TABLE {TRIGRAM} USING fts5(search_text, content='cases', content_rowid='id', "
    "tokenize='trigram')",
    f"CREATE VIRTUAL TABLE {CHARS} USING fts5(chars, content='', columnsize=0)",
    f"""CREATE TRIGGER cases_search_ai AFTER INSERT ON cases BEGIN
        INSERT INTO {TRIGRAM}(rowid, search_text) VALUES (new.id, new.search_text); END""",
    f"""CREATE TRIGGER cases_search_ad AFTER DELETE ON cases BEGIN
        INSERT INTO {TRIGRAM}({TRIGRAM}, rowid, search_text) VALUES ('delete', old.id, old.search_text); END""",
    f"""CREATE TRIGGER cases_search_au AFTER UPDATE OF search_text ON cases BEGIN
        INSERT INTO {TRIGRAM}({TRIGRAM}, rowid, search_text) VALUES ('delete', old.id, old.search_text);
        INSERT INTO {TRIGRAM}(rowid, search_text) VALUES (new.id, new.search_text); END""",
)

def _sqlite(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def add(conn: Connection, rows: Iterable[tuple[int, str]]) -> None:
    """Index cases written without the ORM: (id, search_text) of each (SQLite only)."""
    if not _sqlite(conn):
        return
    batch = [{"id": case_id, "chars": char_tokens(search_text or "")} for case_id, search_text in rows]
    if batch:
        conn.execute(text(f"INSERT INTO {CHARS}(rowid, chars) VALUES (:id, :chars)"), batch)


def _remove(conn: Connection, case_id: int, search_text: str) -> None:
    # a contentless table forgets a row only when told the tokens it was given
    conn.execute(text(f"INSERT INTO {CHARS}({CHARS}, rowid, chars) VALUES ('delete', :id, :chars)"),
                 {"id": case_id, "chars": char_tokens(search_text or "")})


def _inserted(_mapper, conn: Connection, case) -> None:
    add(conn, [(case.id, case.search_text)])


def _updated(_mapper, conn: Connection, case) -> None:
    from sqlalchemy import inspect

    history = inspect(case).attrs.search_text.history
    if not _sqlite(conn) or not history.has_changes():
        return
    for old in history.deleted:
        _remove(conn, case.id, old)
    add(conn, [(case.id, case.search_text)])


def _deleted(_mapper, conn: Connection, case) -> None:
    if _sqlite(conn):
        _remove(conn, case.id, case.search_text)


def install(case_model) -> None:
    """The DDL with the cases table, the mapper events on the Case model (models.py calls this
    once, handing the class in: this module never imports the models, which load it)."""
    if event.contains(case_model, "after_insert", _inserted):
        return
    for statement in CREATE:
        event.listen(case_model.__table__, "after_create", DDL(statement).execute_if(dialect="sqlite"))
    event.listen(case_model, "after_insert", _inserted)
    event.listen(case_model, "after_update", _updated)
    event.listen(case_model, "after_delete", _deleted)


def _found(query: str, dialect: str):
    """The ids the index finds for ``query``, or None where the search is a LIKE scan."""
    method = search_method(query) if dialect == "sqlite" else "like"
    if method == "trigram":
        table, phrase = TRIGRAM, trigram_phrase(query)
    elif method == "chars":
        table, phrase = CHARS, char_phrase(query)
    else:
        return None
    return text(f"SELECT rowid FROM {table} WHERE {table} MATCH :q").bindparams(q=phrase).columns(
        column("rowid", Integer))


def matching(query: str, dialect: str, *, walk: bool = False) -> ColumnElement[bool]:
    """The condition on ``cases`` of a search for ``query`` (normalised, not empty). ``walk``:
    the matches are many, so test each case met while walking the sort's index (id + 0 keeps
    SQLite from looking every match up by its id instead; it stops after a page)."""
    # imported here: the models load this module
    from .models import Case
    from .repositories import like_escape

    found = _found(query, dialect)
    if found is None:
        return Case.search_text.like(f"%{like_escape(query)}%", escape="\\")
    return (Case.id + 0).in_(found) if walk else Case.id.in_(found)


def count(session: Session, query: str) -> int | None:
    """How many cases the index finds, read from the index alone (no case row is touched);
    None where the search is a LIKE scan."""
    found = _found(query, session.get_bind().dialect.name)
    if found is None:
        return None
    return session.execute(select(func.count()).select_from(found.subquery())).scalar_one()
