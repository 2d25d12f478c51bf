"""Alembic migrations, run by the program itself when a journal is opened.

One revision per schema version. A journal whose revision this program does not
know was written by a newer BigJournal and is refused before anything is written.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

from bigjournal.errors import NewerJournalError

MIGRATIONS_DIR = Path(__file__).resolve().parent


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@cache
def known_revisions() -> frozenset[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return frozenset(revision.revision for revision in script.walk_revisions())


@cache
def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def refuse_if_newer(revision: str | None) -> None:
    if revision is not None and revision not in known_revisions():
        raise NewerJournalError(
            "This journal was made by a newer version of BigJournal. Please update "
            "BigJournal to open it; the journal was left untouched."
        )


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> bool:
    """Bring the journal to the newest schema in one transaction; True if it changed."""
    with engine.begin() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        refuse_if_newer(current)
        if current == head_revision():
            return False
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        # Fresh statistics: without them SQLite can pick a bad index (see issue 9).
        connection.execute(text("ANALYZE"))
    return True
