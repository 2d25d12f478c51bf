"""The archive half of issue 9: exporting the whole journal to a successor, and importing it.

The floors write and read the same tables as plain JSON lines in a deflated zip with
raw ``sqlite3``, and insert them with ``executemany`` in one transaction into an empty
journal with the same schema (its search-index triggers included, as the app's import
fills the index too). The app does more for the same data: uuids instead of ids, a
manifest with checksums, checks on every value and reference, merging by uuid.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from benchmarks.registry import Context, Pair, benchmark


def exported_tables() -> list[str]:
    from bigjournal.exchange.schema import table_specs

    return [spec.name for spec in table_specs()]


def plain_export(journal_path: Path, out: Path, tables: list[str]) -> Path:
    """The floor: every table as JSON lines (raw values) in a deflated zip."""
    db = sqlite3.connect(journal_path)
    try:
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for table in tables:
                cursor = db.execute(f"SELECT * FROM {table} ORDER BY rowid")
                columns = [d[0] for d in cursor.description]
                with archive.open(f"{table}.jsonl", "w") as member:
                    member.write((json.dumps(columns) + "\n").encode("utf-8"))
                    for row in cursor:
                        member.write(
                            (
                                json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n"
                            ).encode("utf-8")
                        )
    finally:
        db.close()
    return out


def plain_import(archive_path: Path, empty: Path, into: Path, tables: list[str]) -> Path:
    """The floor: read the JSON zip and ``executemany`` every table in one transaction."""

    def loaded() -> Iterator[tuple[str, list[str], list[list[object]]]]:
        with zipfile.ZipFile(archive_path) as archive:
            for table in tables:
                lines = archive.read(f"{table}.jsonl").decode("utf-8").splitlines()
                yield table, json.loads(lines[0]), [json.loads(line) for line in lines[1:]]

    return insert_plainly(empty, into, loaded())


def insert_plainly(
    empty: Path, into: Path, tables: Iterable[tuple[str, list[str], list[list[object]]]]
) -> Path:
    """``executemany`` every table into a copy of ``empty`` in one transaction, the
    search index filled once at the end as the app's import does (its triggers dropped
    while the rows go in: fired row by row they made the floor 4.5× the app's time)."""
    from bigjournal.store.search_index import EMPTY_STEMS, TRIGGERS_QUERY, fill_statements

    shutil.copyfile(empty, into)
    db = sqlite3.connect(into, isolation_level=None)
    try:
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("BEGIN")
        db.execute("PRAGMA defer_foreign_keys = ON")  # checked at COMMIT: rows refer ahead
        triggers = db.execute(TRIGGERS_QUERY).fetchall()
        for name, _sql in triggers:
            db.execute(f'DROP TRIGGER "{name}"')
        for table, columns, rows in tables:
            db.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' for _ in columns)})",
                rows,
            )
        db.execute(EMPTY_STEMS)
        db.execute("DELETE FROM search_index")
        for statement in fill_statements():
            db.execute(statement)
        for _name, sql in triggers:
            db.execute(sql)
        db.execute("COMMIT")
    finally:
        db.close()
    return into


def counts(path: Path, tables: list[str]) -> dict[str, int]:
    db = sqlite3.connect(path)
    try:
        return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        db.close()


def _empty_journal(context: Context) -> Path:
    from bigjournal.store import open_journal

    empty = context.scratch / "empty-for-import.sqlite"
    if not empty.exists():
        with open_journal(empty) as journal:
            journal.checkpoint()
    return empty


def _records(tables: list[str]) -> list[str]:
    return [t for t in tables if t != "settings"]  # a new journal writes its own settings


@benchmark("export the whole journal", target=2.0, group="archive")
def export_whole(context: Context) -> Pair:
    """The successor archive, unencrypted, against the same tables as JSON in a zip."""
    from bigjournal.exchange.archive import export_archive
    from bigjournal.store import open_journal

    tables = exported_tables()
    journal = open_journal(context.journal_path)
    app_out = context.scratch / "app-export.zip"
    floor_out = context.scratch / "plain-export.zip"

    def app() -> dict[str, int]:
        summary = export_archive(journal, app_out, passphrase=None, unencrypted=True)
        return dict(summary.counts)

    def floor() -> dict[str, int]:
        plain_export(context.journal_path, floor_out, tables)
        with zipfile.ZipFile(floor_out) as archive:
            return {t: archive.read(f"{t}.jsonl").count(b"\n") - 1 for t in tables}

    def same(app_counts: Any, floor_counts: Any) -> str | None:
        if app_counts != floor_counts:
            return f"the archive holds {app_counts}, the plain zip {floor_counts}"
        return None

    return Pair(app=app, floor=floor, same=same, close=journal.close)


def _import_pair(context: Context, floor_kind: str) -> Pair:
    from bigjournal.exchange.archive import export_archive, read_archive
    from bigjournal.exchange.merge import import_archive
    from bigjournal.store import open_journal

    tables = exported_tables()
    # The search index too: a floor that left it empty would skip half the work.
    checked = [*_records(tables), "search_index"]
    empty = _empty_journal(context)
    archive_path = context.scratch / "to-import.bjz"
    plain_path = context.scratch / "to-import-plain.zip"
    if not archive_path.exists():
        with open_journal(context.journal_path) as journal:
            export_archive(journal, archive_path, passphrase=None, unencrypted=True)
    if not plain_path.exists():
        plain_export(context.journal_path, plain_path, tables)
    app_into = context.scratch / "imported-by-app.sqlite"
    floor_into = context.scratch / "imported-plainly.sqlite"

    def app() -> dict[str, int]:
        shutil.copyfile(empty, app_into)
        journal = open_journal(app_into)
        try:
            import_archive(journal, read_archive(archive_path))
        finally:
            journal.close()
        return counts(app_into, checked)

    if floor_kind == "json":

        def floor() -> dict[str, int]:
            plain_import(plain_path, empty, floor_into, _records(tables))
            return counts(floor_into, checked)

    else:  # the inserts alone: the rows already in memory, as the app's merge has them
        with zipfile.ZipFile(plain_path) as archive:
            loaded = {}
            for table in _records(tables):
                lines = archive.read(f"{table}.jsonl").decode("utf-8").splitlines()
                loaded[table] = (json.loads(lines[0]), [json.loads(line) for line in lines[1:]])

        def floor() -> dict[str, int]:
            rows = ((table, columns, values) for table, (columns, values) in loaded.items())
            insert_plainly(empty, floor_into, rows)
            return counts(floor_into, checked)

    def same(app_counts: Any, floor_counts: Any) -> str | None:
        if app_counts != floor_counts:
            return f"the app imported {app_counts}, the floor {floor_counts}"
        return None

    return Pair(app=app, floor=floor, same=same)


@benchmark("import the whole journal", target=2.0, group="archive")
def import_whole(context: Context) -> Pair:
    """Reading and importing the archive into an empty journal, against reading the
    plain JSON zip and inserting its rows with executemany."""
    return _import_pair(context, "json")


@benchmark("import: the inserts", target=2.0, group="archive")
def import_inserts(context: Context) -> Pair:
    """The same import (read and merged), against executemany alone of rows already
    in memory: how much the app adds to the inserts themselves."""
    return _import_pair(context, "executemany")
