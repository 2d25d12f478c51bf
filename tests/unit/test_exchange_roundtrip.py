"""Lossless round trip of generated journals: any Unicode, every column, every table.

Journals are generated straight from the model's metadata (not through the use
cases, which would trim and validate), so every column of every table, including
ones added in future, gets arbitrary values.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Boolean, Date, Integer, String, Table, Text, Time, insert
from sqlalchemy import Enum as SqlEnum
from sqlalchemy.exc import IntegrityError

from bigjournal.exchange import KeyStrength, export_archive, import_archive, read_archive
from bigjournal.exchange.schema import INTEGER_LIMITS
from bigjournal.journal.limits import EARLIEST_DATE, LATEST_DATE
from bigjournal.model import Base
from bigjournal.model.entities import UTCDateTime
from bigjournal.store import open_journal
from tests.unit.exchange_support import canonical_dump

FAST = KeyStrength(n=2**10)
# Any Unicode a journal can hold: everything but lone surrogates, which no file can
# encode, and NUL, which PostgreSQL cannot hold (issue 16: the import refuses both).
ANY_TEXT = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")
# The dates and rhythms the journal accepts (journal/limits.py); the import refuses others.
JOURNAL_DAYS = st.dates(EARLIEST_DATE, LATEST_DATE)
TABLES = [t for t in Base.metadata.sorted_tables if t.name != "search_index"]


@pytest.fixture(scope="module")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    with open_journal(path) as journal:
        journal.checkpoint()
    return path


def value_for(column: Any, draw: Any, ids: dict[str, list[int]]) -> Any:
    """An arbitrary value that fits the column's type."""
    if column.foreign_keys:
        (key,) = column.foreign_keys
        choices = ids[key.column.table.name]
        if column.nullable and (not choices or draw(st.booleans())):
            return None
        return draw(st.sampled_from(choices)) if choices else None
    kind = column.type
    if column.name == "uuid":
        return str(draw(st.uuids()))
    if isinstance(kind, UTCDateTime):
        return draw(
            st.datetimes(
                datetime.combine(EARLIEST_DATE, time.min),
                datetime.combine(LATEST_DATE, time.max),
                timezones=st.just(UTC),
            )
        )
    if column.nullable and draw(st.integers(0, 4)) == 0:
        return None
    if isinstance(kind, SqlEnum):
        return draw(st.sampled_from(kind.enums))
    if isinstance(kind, Date):
        return draw(JOURNAL_DAYS)
    if isinstance(kind, Time):
        return draw(st.times())
    if isinstance(kind, Boolean):
        return draw(st.booleans())
    if isinstance(kind, Integer):
        lowest, highest = INTEGER_LIMITS.get(column.name, (1, 2**63 - 1))
        return draw(st.integers(max(lowest, 1), highest))
    if isinstance(kind, String | Text):
        limit = getattr(kind, "length", None) or 400
        return draw(st.text(ANY_TEXT, max_size=min(limit, 60)))
    raise AssertionError(f"no strategy for {column}")


def fill(journal: Any, draw: Any) -> None:
    """Rows for every table; a row a constraint refuses is simply left out."""
    ids: dict[str, list[int]] = {t.name: [] for t in TABLES}
    with journal.engine.connect() as connection:
        for table in TABLES:
            for _ in range(draw(st.integers(0, 4))):
                row = {
                    c.name: value_for(c, draw, ids)
                    for c in table.columns
                    if not (c.name == "id" and "uuid" in table.c)
                }
                saved = _insert(connection, table, row)
                if saved is not None:
                    ids[table.name].append(saved)
        connection.commit()


def _insert(connection: Any, table: Table, row: dict[str, Any]) -> int | None:
    savepoint = connection.begin_nested()
    try:
        result = connection.execute(insert(table).values(row))
    except IntegrityError:
        savepoint.rollback()
        return None
    savepoint.commit()
    return result.inserted_primary_key[0] if "uuid" in table.c else None


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data(), locked=st.booleans())
def test_generated_journals_round_trip_exactly(
    empty_template: Path,
    tmp_path_factory: pytest.TempPathFactory,
    data: st.DataObject,
    locked: bool,
) -> None:
    folder = tmp_path_factory.mktemp("rt")
    source_path, target_path = folder / "source.sqlite", folder / "target.sqlite"
    shutil.copyfile(empty_template, source_path)
    shutil.copyfile(empty_template, target_path)
    passphrase = data.draw(st.text(ANY_TEXT, min_size=8, max_size=20)) if locked else None
    if passphrase is not None and len(passphrase.strip()) < 8:
        passphrase += "-padding"
    with open_journal(source_path) as source:
        fill(source, data.draw)
        export_archive(
            source,
            folder / "a.bigjournal",
            passphrase=passphrase,
            unencrypted=not locked,
            strength=FAST,
        )
        source.checkpoint()
    archive = read_archive(folder / "a.bigjournal", passphrase=passphrase)
    with open_journal(target_path) as target:
        import_archive(target, archive)
        target.checkpoint()
        again = import_archive(target, archive)
        target.checkpoint()
    assert again.changes_nothing
    expected = canonical_dump(source_path)
    assert canonical_dump(target_path) == expected
