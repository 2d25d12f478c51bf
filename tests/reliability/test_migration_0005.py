"""Revision 0005 (issue 15) both ways, on SQLite and PostgreSQL, over the demo's data:
the names' sort keys and the stemmed search index are made for what a journal already
holds, and going back leaves revision 0003's search working as it did.

Run against PostgreSQL too: ``BIGJOURNAL_TEST_DATABASE=postgresql``.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import Engine, inspect, text

from bigjournal.journal.search import search
from bigjournal.model.collation import organisation_sort_key, sort_key
from bigjournal.store import open_journal
from bigjournal.store.migrations import alembic_config, current_revision, head_revision, upgrade
from bigjournal.store.opening import foreign_keys_off


def downgrade_to(engine: Engine, revision: str) -> None:
    """Back to ``revision`` as the app migrates: foreign keys off around it (a rebuilt
    table's DROP would otherwise cascade into the tables pointing at it)."""
    with foreign_keys_off(engine), engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def exact_hits(engine: Engine, word: str) -> int:
    """Records whose exact words match, as revision 0003 searched (no stems)."""
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            found = "SELECT count(*) FROM search_index WHERE search_index MATCH :word"
        else:
            found = (
                "SELECT count(*) FROM search_index "
                "WHERE document @@ to_tsquery('simple', bigjournal_fold(:word))"
            )
        return connection.execute(text(found), {"word": word}).scalar_one()


def test_0005_goes_back_to_0003_and_up_again_over_existing_records(
    demo_target: str | Path,
) -> None:
    with open_journal(demo_target, automatic_backups=False) as journal:
        engine = journal.engine
        assert current_revision(engine) == head_revision()  # 0005, or a later revision
        residents_exactly = exact_hits(engine, "residents")
        assert residents_exactly > 0 and exact_hits(engine, "resident") == 0

        downgrade_to(engine, "0003")
        assert current_revision(engine) == "0003"
        columns = {c["name"] for c in inspect(engine).get_columns("contacts")}
        assert "sort_name" not in columns
        assert "search_index_stems" not in inspect(engine).get_table_names()
        # Revision 0003's search is as it was, and its triggers still keep it.
        assert exact_hits(engine, "residents") == residents_exactly
        with engine.begin() as connection:
            first = connection.execute(text("SELECT min(id) FROM contacts")).scalar_one()
            connection.execute(
                text(
                    "UPDATE contacts SET name = 'Cllr Łucja Nowak', notes = 'streetlamps' "
                    "WHERE id = :id"
                ),
                {"id": first},
            )
        assert exact_hits(engine, "streetlamps") == 1

        assert upgrade(engine) is True
        assert current_revision(engine) == head_revision()
        with engine.connect() as connection:
            for table, column, source, key in (
                ("contacts", "sort_name", "name", sort_key),
                ("organisations", "sort_name", "name", organisation_sort_key),
                ("interactions", "sort_title", "title", organisation_sort_key),
            ):
                rows = connection.execute(text(f"SELECT {source}, {column} FROM {table}")).all()
                assert rows and all(stored == key(name) for name, stored in rows), table
            if engine.dialect.name == "sqlite":
                connection.execute(
                    text(
                        "INSERT INTO search_index_stems(search_index_stems) "
                        "VALUES ('integrity-check')"
                    )
                )
        # The records already there are found by their word forms.
        assert len(search(journal, "resident", limit=500)) == residents_exactly
        assert [(h.kind, h.id) for h in search(journal, "streetlamp")] == [("contact", first)]
        assert ("contact", first) in {(h.kind, h.id) for h in search(journal, "Łucja nowak")}
