"""A canonical dump of any journal, SQLite or PostgreSQL, read through SQLAlchemy.

It reflects the tables from the database's own catalogue (not from BigJournal's model
or the exporter's code), so a column the archive forgot shows up as a difference.
Integer keys differ between journals and are left out; a foreign key becomes the
referenced record's uuid. Values are normalised to what both databases can hold the
same way (times in UTC, text as text), so a SQLite journal and a PostgreSQL one with
the same records give the same dump.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import MetaData, select

from bigjournal.store import Journal

SKIPPED_TABLES = frozenset(
    {"alembic_version", "sqlite_stat1", "sqlite_stat4", "sqlite_sequence", "search_index"}
)


def _normalised(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:  # SQLite hands back the stored UTC text as naive
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def canonical_dump(journal: Journal) -> dict[str, list[tuple[tuple[str, Any], ...]]]:
    """Every row of every journal table, without integer keys, sorted."""
    metadata = MetaData()
    metadata.reflect(journal.engine)
    tables = {
        name: table
        for name, table in metadata.tables.items()
        if name not in SKIPPED_TABLES and not name.startswith("search_index")
    }
    dump: dict[str, list[tuple[tuple[str, Any], ...]]] = {}
    with journal.engine.connect() as connection:
        uuid_of = {
            name: dict(connection.execute(select(table.c.id, table.c.uuid)).all())
            for name, table in tables.items()
            if "uuid" in table.c and "id" in table.c
        }
        for name, table in tables.items():
            foreign = {
                column.name: next(iter(column.foreign_keys)).column.table.name
                for column in table.columns
                if column.foreign_keys
            }
            rows = []
            for values in connection.execute(select(table)).mappings():
                row = []
                for column in sorted(values.keys()):
                    value = values[column]
                    if column == "id" and name in uuid_of:
                        continue
                    if column in foreign and value is not None:
                        value = uuid_of[foreign[column]][value]
                    row.append((column, _normalised(value)))
                rows.append(tuple(row))
            dump[name] = sorted(rows, key=repr)
    return dump
