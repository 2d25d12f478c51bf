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
from tests.unit.exchange.exchange_support import canonical_dump

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
                    and not c.info.get("derived")  # a sort key is made from the name
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


def test_titles_other_phones_emails_and_roles_reach_the_successor(
    empty_template: Path, tmp_path: Path
) -> None:
    """Revision 0004's fields, entered as a volunteer does, travel and merge back."""
    from bigjournal.journal.organisations import (
        add_organisation,
        organisation_detail,
        update_organisation,
    )
    from bigjournal.journal.people import add_contact, contact_detail, update_contact

    source_path, target_path = tmp_path / "source.sqlite", tmp_path / "target.sqlite"
    shutil.copyfile(empty_template, source_path)
    shutil.copyfile(empty_template, target_path)
    with open_journal(source_path) as source:
        homes = add_organisation(
            source, name="Riverside Homes", kind="housing_association", other_kinds=["lto"]
        )
        cllr = add_contact(
            source,
            name="Helen Briggs",
            title="Cllr",
            organisation=homes.id,
            phone="01632 960101",
            other_phones=["07700 900101"],
            email="helen@example.org",
            other_emails=["h.briggs@example.org"],
        )
        export_archive(source, tmp_path / "first.bigjournal", passphrase=None, unencrypted=True)
        export_archive(
            source,
            tmp_path / "private.bigjournal",
            passphrase=None,
            unencrypted=True,
            leave_out=["personal-contact-details"],
        )
    with open_journal(target_path) as target:
        import_archive(target, read_archive(tmp_path / "first.bigjournal", passphrase=None))
        arrived = contact_detail(target, cllr.id).contact
        assert (arrived.title, arrived.name) == ("Cllr", "Helen Briggs")
        assert arrived.phones == ("01632 960101", "07700 900101")
        assert arrived.emails == ("helen@example.org", "h.briggs@example.org")
        assert [k.value for k in organisation_detail(target, homes.id).kinds] == [
            "housing_association",
            "lto",
        ]
    # The next archive carries changes to both: the newer record wins, links and all.
    with open_journal(source_path) as source:
        update_contact(source, cllr.id, {"title": "Dr", "other_emails": []})
        update_organisation(source, homes.id, {"other_kinds": ["funder", "lto"]})
        export_archive(source, tmp_path / "second.bigjournal", passphrase=None, unencrypted=True)
    with open_journal(target_path) as target:
        import_archive(target, read_archive(tmp_path / "second.bigjournal", passphrase=None))
        merged = contact_detail(target, cllr.id).contact
        assert (merged.title, merged.other_emails) == ("Dr", ())
        assert [k.value for k in organisation_detail(target, homes.id).other_kinds] == [
            "funder",
            "lto",
        ]
    blank_path = tmp_path / "blank.sqlite"
    shutil.copyfile(empty_template, blank_path)
    with open_journal(blank_path) as blank:
        import_archive(blank, read_archive(tmp_path / "private.bigjournal", passphrase=None))
        left_out = contact_detail(blank, cllr.id).contact
        assert (left_out.title, left_out.phones, left_out.emails) == ("Cllr", (), ())
