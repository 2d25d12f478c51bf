"""Revision 0006 (issue 16): the server stamps ``updated_by``; on SQLite it does nothing.

Run against PostgreSQL too: ``BIGJOURNAL_TEST_DATABASE=postgresql``.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, text

from bigjournal.store import open_journal
from bigjournal.store.migrations import alembic_config, current_revision, head_revision

DATA = Path(__file__).resolve().parents[1] / "data"


def downgrade_to(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def schema_of(path: Path) -> list[tuple[str, str, str]]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return sorted(connection.execute("SELECT type, name, sql FROM sqlite_master").fetchall())
    finally:
        connection.close()


@pytest.mark.sqlite_only
def test_on_sqlite_0006_changes_nothing_but_the_revision(tmp_path: Path) -> None:
    journal_path = tmp_path / "journal.sqlite"
    shutil.copyfile(DATA / "journal-0005.sqlite", journal_path)
    with open_journal(journal_path) as journal:
        assert current_revision(journal.engine) == head_revision()
        downgrade_to(journal.engine, "0006")  # later revisions change the schema
        at_0006 = schema_of(journal_path)
        downgrade_to(journal.engine, "0005")
        assert schema_of(journal_path) == at_0006
        with journal.engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "0006")
        assert current_revision(journal.engine) == "0006"
    assert schema_of(journal_path) == at_0006


def _editors(engine: Engine) -> dict[str, str]:
    with engine.connect() as connection:
        return dict(connection.execute(text("SELECT name, updated_by FROM organisations")).all())


def test_0006_goes_back_to_0005_and_up_again_over_existing_records(
    demo_target: str | Path,
) -> None:
    with open_journal(demo_target, automatic_backups=False) as journal:
        engine = journal.engine
        if engine.dialect.name != "postgresql":
            pytest.skip("the server's stamp is PostgreSQL's; SQLite is tested above")
        forged = "UPDATE organisations SET updated_by = 'someone else'"
        with engine.begin() as connection:
            connection.execute(text(forged))
            login = connection.execute(text("SELECT session_user")).scalar_one()
        assert set(_editors(engine).values()) == {login}
        downgrade_to(engine, "0005")
        assert current_revision(engine) == "0005"
        with engine.begin() as connection:  # revision 0005 took what the client wrote
            connection.execute(text(forged))
        assert set(_editors(engine).values()) == {"someone else"}
        with open_journal(demo_target):  # opening brings it up again
            pass
        assert current_revision(engine) == head_revision()
        assert set(_editors(engine).values()) == {"someone else"}  # records kept as they were
        with engine.begin() as connection:
            connection.execute(text(forged))
        assert set(_editors(engine).values()) == {login}
