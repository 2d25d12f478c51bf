"""Running migrations beyond the shipped head, for rehearsals and fixtures."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from alembic import command

from bigjournal.store import migrations, opening

REHEARSAL_DIR = Path(__file__).resolve().parent / "rehearsal"
REHEARSAL = "9001_rehearsal"
RECORD_TABLES = (
    "organisations",
    "members",
    "contacts",
    "interactions",
    "promises",
    "handovers",
    "interaction_contacts",
    "interaction_members",
    "interaction_organisations",
)


def rehearse_migration(path: Path) -> None:
    """Upgrade the journal at ``path`` to the rehearsal revision, as the app migrates."""
    engine = opening._open_sqlite(path)
    try:
        config = migrations.alembic_config()
        config.set_main_option("path_separator", "os")
        config.set_main_option(
            "version_locations",
            os.pathsep.join([str(migrations.MIGRATIONS_DIR / "versions"), str(REHEARSAL_DIR)]),
        )
        with opening.foreign_keys_off(engine), engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, REHEARSAL)
    finally:
        engine.dispose()


def snapshot(path: Path) -> tuple[str | None, dict[str, int], str]:
    """Revision, row counts and integrity of a journal file (read through SQLite)."""
    connection = sqlite3.connect(path)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        counts = {
            table: connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in RECORD_TABLES
            if table in tables
        }
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return revision, counts, integrity
    finally:
        connection.close()
