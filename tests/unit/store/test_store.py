"""Opening journal files: pragmas, migrations, and refusing what must not be touched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from bigjournal.errors import JournalOpenError, NewerJournalError, NotAJournalError
from bigjournal.store import open_journal, resolve_target
from bigjournal.store.migrations import head_revision

# These tests open SQLite files by path and look inside them.
pytestmark = pytest.mark.sqlite_only


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_journal_is_created_at_the_newest_schema_with_safe_pragmas(journal_path: Path) -> None:
    with open_journal(journal_path) as journal, journal.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA secure_delete")).scalar() == 1
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert version == head_revision()
    assert journal_path.exists()


def test_missing_folders_are_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "journal.sqlite"
    with open_journal(path):
        pass
    assert path.exists()


def test_default_journal_lives_in_the_user_data_folder(isolated_user_folders: Path) -> None:
    target = resolve_target(None)
    assert target.path is not None
    assert str(target.path).startswith(str(isolated_user_folders))
    with open_journal(None):
        pass
    assert target.path.exists()


def test_environment_variable_chooses_the_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BIGJOURNAL_JOURNAL", str(tmp_path / "env.sqlite"))
    assert resolve_target(None).path == tmp_path / "env.sqlite"
    assert resolve_target(str(tmp_path / "given.sqlite")).path == tmp_path / "given.sqlite"


def test_server_urls_are_kept_as_urls() -> None:
    target = resolve_target("postgresql+psycopg://volunteer:secret@server/journal")
    assert target.path is None
    assert "secret" not in target.display_name


def test_journal_from_a_newer_version_is_refused_byte_for_byte_untouched(
    journal_path: Path,
) -> None:
    with open_journal(journal_path) as journal:
        with journal.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
        journal.checkpoint()
    before = digest(journal_path)
    with pytest.raises(NewerJournalError, match="newer version of BigJournal"):
        open_journal(journal_path)
    assert digest(journal_path) == before


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "letter.sqlite"
    path.write_text("Dear volunteer, this is a letter, not a journal.")
    before = digest(path)
    with pytest.raises(NotAJournalError, match="not a BigJournal journal"):
        open_journal(path)
    assert digest(path) == before


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.commit()
    connection.close()
    before = digest(path)
    with pytest.raises(NotAJournalError, match="not a BigJournal journal"):
        open_journal(path)
    assert digest(path) == before


def test_an_empty_file_becomes_a_journal(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    with open_journal(path) as journal, journal.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def test_a_folder_is_not_a_journal(tmp_path: Path) -> None:
    with pytest.raises(JournalOpenError, match="folder"):
        open_journal(tmp_path)


def test_reopening_does_not_migrate_again(journal_path: Path) -> None:
    from bigjournal.store import migrations

    with open_journal(journal_path) as journal:
        assert migrations.upgrade(journal.engine) is False


def test_search_index_is_kept_by_triggers(journal_path: Path) -> None:
    with open_journal(journal_path) as journal, journal.engine.connect() as connection:
        names = {row[0] for row in connection.execute(text("SELECT name FROM sqlite_master"))}
    assert "search_index" in names
    assert {"promises_search_insert", "promises_search_update", "promises_search_delete"} <= names
