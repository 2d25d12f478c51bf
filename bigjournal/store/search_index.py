"""The SQLite full-text index, for bulk writes that would be slow through its triggers.

The first migration keeps ``search_index`` up to date with one trigger per table and
event. A trigger per row is right for a volunteer's edits, but on a big import it costs
more than the import itself (and grows faster than the data). For such writes the
triggers are set aside, the index is rebuilt with one ``INSERT … SELECT`` per table,
and the triggers are put back from their exact stored SQL, all inside the caller's
transaction: if anything fails, SQLite rolls the triggers back too.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import import_module
from typing import Any

TRIGGERS_QUERY = (
    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%\\_search\\_%' "
    "ESCAPE '\\'"
)


#: Revision 0005's stemmed index, which keeps no text: it indexes the exact one's.
FILL_STEMS = (
    "INSERT INTO search_index_stems (rowid, title, body) SELECT rowid, title, body "
    "FROM search_index"
)
EMPTY_STEMS = "INSERT INTO search_index_stems (search_index_stems) VALUES ('delete-all')"


def fill_statements() -> list[str]:
    """The rows the triggers would write: one statement per searchable table, then the
    stemmed index from the exact one (into empty indexes).

    The searched text as of the newest revision that changed it (0004 added a
    contact's title; 0005 keeps the same text and adds the stems).
    """
    newest = import_module("bigjournal.store.migrations.versions.0004_titles_contact_details_roles")
    return [
        *(
            f"INSERT INTO search_index (rowid, title, body) "
            f"SELECT id * 8 + {code}, {title}, {body} FROM {table}"
            for table, (code, title, body) in newest.SEARCHABLE.items()
        ),
        FILL_STEMS,
    ]


@contextmanager
def triggers_suspended(connection: Any) -> Iterator[None]:
    """Within a transaction on ``connection`` (SQLAlchemy): write freely, then rebuild.

    Does nothing special on other databases (PostgreSQL's index is kept differently).
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    triggers = connection.exec_driver_sql(TRIGGERS_QUERY).all()
    for name, _sql in triggers:
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    connection.exec_driver_sql(EMPTY_STEMS)  # first: it forgets what the exact one holds
    connection.exec_driver_sql("DELETE FROM search_index")
    for statement in fill_statements():
        connection.exec_driver_sql(statement)
    for _name, sql in triggers:
        connection.exec_driver_sql(sql)


SEARCH_TABLE = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "title, body, tokenize = 'unicode61 remove_diacritics 2')"
)


def rebuild_indexes(connection: Any) -> None:
    """Rebuild every index from the records themselves, inside the caller's transaction.

    SQLite's ``REINDEX`` remakes each table's indexes (a flipped bit in an index key is
    fixed without losing anything); the search index is made again and filled as the
    triggers would have filled it (:func:`rebuild_search_index`).
    """
    connection.exec_driver_sql("REINDEX")
    rebuild_search_index(connection)


def rebuild_search_index(connection: Any) -> None:
    """Make the search index again from the records, inside the caller's transaction.

    The search index holds nothing of its own (every word in it comes from a record),
    so a damaged one is emptied and filled again, never repaired in place, losing
    nothing. It is emptied through its shadow tables, which are plain tables: FTS5
    itself may be unable even to open a damaged index ("vtable constructor failed").
    """
    present = {
        row[0]
        for row in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE name LIKE 'search\\_index%' ESCAPE '\\'"
        )
    }
    if "search_index" not in present:
        connection.exec_driver_sql(SEARCH_TABLE)
    tables = [table for table in ("search_index", "search_index_stems") if table in present]
    connection.exec_driver_sql(f"CREATE VIRTUAL TABLE temp.{_EMPTY} USING fts5(words)")
    for table in tables:
        for shadow in _SHADOWS:
            name = f"{table}_{shadow}"
            if name not in present:
                continue
            connection.exec_driver_sql(f'DELETE FROM main."{name}"')
            if shadow in ("data", "config"):  # what an empty index starts with
                connection.exec_driver_sql(
                    f'INSERT INTO main."{name}" SELECT * FROM temp."{_EMPTY}_{shadow}"'
                )
    connection.exec_driver_sql(f"DROP TABLE temp.{_EMPTY}")
    *exact, fill_stems = fill_statements()
    for statement in exact:
        connection.exec_driver_sql(statement)
    if "search_index_stems" in present:
        connection.exec_driver_sql(fill_stems)
    connection.exec_driver_sql("INSERT INTO search_index(search_index) VALUES ('optimize')")


#: An FTS5 table's shadow tables (``_content`` only when it keeps its own text).
_SHADOWS = ("data", "idx", "content", "docsize", "config")
_EMPTY = "bigjournal_empty_index"
