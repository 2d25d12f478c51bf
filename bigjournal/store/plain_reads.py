"""The rows of a list, read straight from SQLite's driver (issue 9).

On a short list (one organisation's fifty overdue promises, a page of meetings)
SQLAlchemy's work per execution, finding the compiled statement, processing each
parameter, building a result and its rows, costs half as much again as SQLite takes
to run the query. The lists the screens show are a handful of fixed statements, each
built once (``functools.cache`` d builders with ``bindparam`` values), so here each is
compiled once per dialect, with its parameters' and columns' conversions found once,
and run on the driver's cursor. The SQL is still SQLAlchemy's, the conversions its
own types' (dates stay dates), and the rows the same values ``Result.all()`` gives.

Only on the connection :meth:`Journal.reading_rows` keeps for SQLite's reads (it is
marked with :data:`KEPT_READER`), whose errors that method turns into plain
sentences; everything else, PostgreSQL included, goes through ``Connection.execute``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Dialect, Select
from sqlalchemy.exc import DBAPIError, InvalidRequestError

#: Key in a connection's ``info``: reads on it may go straight to the driver.
KEPT_READER = "bigjournal_kept_reader"

Process = Callable[[Any], Any]


class _Prepared:
    """A statement compiled for one dialect, with the conversions its values need."""

    __slots__ = ("binds", "columns", "sql")

    def __init__(
        self,
        sql: str,
        binds: list[tuple[str, Process | None, Any, bool]],
        columns: list[tuple[int, Process]],
    ) -> None:
        self.sql = sql
        self.binds = binds  # (name, conversion, value when not given, required)
        self.columns = columns  # (position, conversion) of columns that need one

    def run(self, connection: Connection, parameters: Mapping[str, Any]) -> list[Any]:
        values = []
        for name, process, default, required in self.binds:
            if name in parameters:
                value = parameters[name]
            elif required:
                raise InvalidRequestError(f"A value is required for bind parameter {name!r}")
            else:
                value = default
            values.append(value if process is None or value is None else process(value))
        try:
            cursor = connection.connection.cursor()
            # Told to listeners as SQLAlchemy's own execution would (tests count them).
            if notify := connection.dispatch.before_cursor_execute:
                notify(connection, cursor, self.sql, values, None, False)
            rows: list[Any] = cursor.execute(self.sql, values).fetchall()
        except sqlite3.Error as error:
            raise DBAPIError.instance(self.sql, values, error, sqlite3.Error) from error
        if self.columns:
            for index, row in enumerate(rows):
                converted = list(row)
                for position, process in self.columns:
                    converted[position] = process(converted[position])
                rows[index] = converted
        return rows


def all_rows(
    connection: Connection, statement: Select[Any], parameters: Mapping[str, Any] | None = None
) -> Sequence[Sequence[Any]]:
    """``connection.execute(statement, parameters).all()``, straight from the driver
    when ``connection`` is the kept SQLite reader (rows indexable the same way)."""
    if connection.info.get(KEPT_READER):
        prepared = _prepare(statement, connection.dialect)
        if prepared is not None:
            return prepared.run(connection, parameters or {})
    return connection.execute(statement, parameters).all()


@lru_cache(maxsize=128)
def _prepare(statement: Select[Any], dialect: Dialect) -> _Prepared | None:
    """Compile once; None for what only SQLAlchemy's execution handles (an expanding
    ``IN`` list, values worked out at execution, a dialect other than SQLite's)."""
    if dialect.name != "sqlite":
        return None
    compiled = statement.compile(dialect=dialect)
    if not compiled.positional or compiled.positiontup is None:
        return None
    if compiled.literal_execute_params or compiled.post_compile_params:
        return None
    binds: list[tuple[str, Process | None, Any, bool]] = []
    for name in compiled.positiontup:
        bind = compiled.binds[name]
        if bind.expanding or bind.callable is not None:
            return None
        process = bind.type.dialect_impl(dialect).bind_processor(dialect)
        binds.append((name, process, bind.value, bind.required))
    columns: list[tuple[int, Process]] = [
        (position, process)
        for position, column in enumerate(statement.selected_columns)
        if (process := column.type.dialect_impl(dialect).result_processor(dialect, None))
    ]
    return _Prepared(compiled.string, binds, columns)
