"""Counting the SQL statements a use case runs: the N+1 guards of issue 9."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event


@contextmanager
def counted_statements(journal: Any) -> Iterator[list[str]]:
    """The statements run on ``journal`` inside the block, without ``BEGIN``.

    SQLite's ``BEGIN`` is sent by the store (through SQLAlchemy for sessions, straight
    to the driver for the kept reader) and PostgreSQL's is implicit: counting it would
    count how a transaction starts, not what a screen reads.
    """
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.strip() != "BEGIN":
            statements.append(statement)

    event.listen(journal.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(journal.engine, "before_cursor_execute", record)
