"""Every kind of record is declared once, and completely (issue 18).

``bigjournal.journal.kinds`` declares each kind (entity, words, search, correcting,
deleting, personal data, conflict fields); ``bigjournal.gui.kinds`` its window side.
These tests fail when an entity has no kind, a facet names a column the table does
not have, a search code is not the index's, or a deletion's undo does not put back
exactly what the delete took.
"""

from __future__ import annotations

from importlib import import_module

import pytest
from sqlalchemy import String, Text, func, select

from bigjournal.exchange import schema
from bigjournal.journal import kinds, search, undo
from bigjournal.journal.kinds import KINDS, RecordKind
from bigjournal.journal.personal_data import TEXT_COLUMNS
from bigjournal.model import RECORD_TYPES, Base
from bigjournal.store import Journal
from bigjournal.store.backup import RECORD_TABLES

NAMES = [declared.name for declared in KINDS]


def test_every_entity_of_the_model_has_exactly_one_kind() -> None:
    entities = [declared.entity for declared in KINDS]
    assert sorted(e.__name__ for e in entities) == sorted(e.__name__ for e in RECORD_TYPES)
    assert len(set(entities)) == len(entities)
    assert len(set(NAMES)) == len(NAMES)
    assert set(RECORD_TABLES) == {declared.table for declared in KINDS}


@pytest.mark.parametrize("declared", KINDS, ids=NAMES)
def test_a_kind_has_every_facet(declared: RecordKind) -> None:
    table = Base.metadata.tables[declared.table]
    assert declared.singular and declared.plural and declared.label
    assert declared.label[0].isupper() and declared.singular == declared.singular.lower()
    assert declared.name_column in table.c
    for column in declared.personal_text:
        assert isinstance(table.c[column].type, String | Text), column
    assert set(declared.field_words) <= set(table.c.keys())
    # A kind deleted on its own says what the deletion takes, so undo can put it back.
    assert (declared.delete is None) == (declared.deletion_roots is None)
    assert kinds.kind(declared.name) is declared


def test_the_search_codes_are_the_index_s() -> None:
    """The index's rowid is id * 8 + code (the newest migration that wrote its text)."""
    newest = import_module("bigjournal.store.migrations.versions.0004_titles_contact_details_roles")
    indexed = {table: code for table, (code, _title, _body) in newest.SEARCHABLE.items()}
    declared = {d.table: d.search_code for d in KINDS if d.search_code is not None}
    assert declared == indexed
    assert {code: kinds.BY_TABLE[table].name for table, code in indexed.items()} == search.KINDS


def test_the_registries_are_read_from_the_kinds() -> None:
    assert {name for name in TEXT_COLUMNS} == {d.name for d in KINDS if d.personal_text}
    for declared in KINDS:
        spec = schema.specs_by_name()[declared.table]  # every kind is in the archive
        assert spec.is_record
        assert schema.label(declared.table) == declared.plural


def test_an_unknown_kind_is_refused_plainly() -> None:
    with pytest.raises(ValueError, match="unknown kind of record: spaceship"):
        kinds.kind("spaceship")


def _counts(journal: Journal) -> dict[str, int]:
    with journal.reading() as session:
        return {
            table.name: int(session.scalar(select(func.count()).select_from(table)) or 0)
            for table in Base.metadata.sorted_tables
        }


@pytest.mark.parametrize(
    "declared", [d for d in KINDS if d.delete is not None], ids=lambda d: d.name
)
def test_a_deletable_kind_is_deleted_and_undone_exactly(
    demo_journal: Journal, declared: RecordKind
) -> None:
    """Its delete use case, then undo from its declared rows: the journal as it was."""
    entity = declared.entity
    with demo_journal.reading() as session:
        record_id = session.scalar(select(entity.id).order_by(entity.id.desc()).limit(1))
        if declared.name == "organisation":  # one without departments can be deleted
            from bigjournal.model import Organisation

            parents = select(Organisation.parent_id).where(Organisation.parent_id.is_not(None))
            record_id = session.scalar(
                select(Organisation.id).where(Organisation.id.not_in(parents)).limit(1)
            )
    assert record_id is not None, f"the demo journal has no {declared.plural}"
    before = _counts(demo_journal)
    snapshot = undo.snapshot_deletion(demo_journal, declared.name, record_id)
    assert record_id in {row["id"] for row in snapshot.rows[declared.table]}
    declared.delete(demo_journal, record_id)
    assert undo.current_version(demo_journal, declared.name, record_id) is None
    assert _counts(demo_journal) != before
    undo.restore(demo_journal, snapshot)
    assert _counts(demo_journal) == before
    assert undo.current_version(demo_journal, declared.name, record_id) is not None


def test_every_kind_has_its_window_side() -> None:
    """The window opens each kind, or says where it is shown; editors exist."""
    from bigjournal.gui import kinds as window_kinds

    assert [d.name for d in window_kinds.DECLARED] == NAMES
    for declared in window_kinds.DECLARED:
        assert declared.kind is kinds.kind(declared.name)
        assert declared.opens or declared.shown_where, declared.name
        if declared.kind.update is not None:  # corrected somewhere in the window
            assert declared.edit is not None or declared.show is not None, declared.name
