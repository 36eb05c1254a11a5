"""A statement compiled once and run on the DBAPI cursor: for the few reads that run on every
keystroke or scroll, where SQLAlchemy's per-call work (building the statement, the compiled-cache
lookup, the execution context, row processing) costs several times the SQL itself (benchmark
figure 2).

Only the statement's parameters vary between calls; its shape is the caller's cache key. Values
go through the column types' bind processors (a date becomes ISO text on SQLite); results are the
driver's plain tuples, unconverted.
"""
from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.engine.interfaces import Dialect
from sqlalchemy.sql import Executable

# what SQLAlchemy's echo would have shown for these statements: each one run, at DEBUG, with
# its parameters and the number of rows (``extra``: params, rows)
log = logging.getLogger(__name__)


class RawStatement:
    def __init__(self, stmt: Executable, dialect: Dialect) -> None:
        compiled = stmt.compile(dialect=dialect)
        if compiled.literal_execute_params or compiled.post_compile_params:
            # an IN list or a value rendered into the SQL at execution: not one fixed string
            raise ValueError("a statement with values rendered at execution cannot be run raw")
        self.sql = compiled.string
        self._defaults = compiled.construct_params()
        self._positions = tuple(compiled.positiontup or ()) if compiled.positional else None
        self._processors = {
            name: proc for name, bind in compiled.binds.items()
            if (proc := bind.type.bind_processor(dialect)) is not None}

    def _values(self, values: Mapping[str, Any]) -> dict[str, Any]:
        merged = {**self._defaults, **values}
        for name, proc in self._processors.items():
            if name in merged:
                merged[name] = proc(merged[name])
        return merged

    def fetchall(self, engine: Engine, values: Mapping[str, Any]) -> list[tuple]:
        merged = self._values(values)
        params: Any = merged if self._positions is None else [merged[n] for n in self._positions]
        conn = engine.raw_connection()
        try:
            cursor = conn.cursor()
            try:
                cursor.execute(self.sql, params)
                rows = cursor.fetchall()
            finally:
                cursor.close()
        finally:
            conn.close()  # back to the pool, rolled back there (PostgreSQL opened a transaction)
        if log.isEnabledFor(logging.DEBUG):
            log.debug("%s", self.sql, extra={"params": params, "rows": len(rows)})
        return rows
