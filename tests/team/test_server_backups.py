"""Backing up a shared journal: a logical dump, checked, kept on this computer, restorable.

The journal is a real PostgreSQL database on the test server; the backup is read back
and compared, table by table, with the journal it came from.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from bigjournal.errors import BackupError, SaveError
from bigjournal.exchange import import_archive, read_archive, server_backups
from bigjournal.journal.organisations import (
    add_organisation,
    delete_organisation,
    find_organisation,
)
from bigjournal.store import backup, open_journal
from bigjournal.store.locations import JournalTarget, data_dir
from bigjournal.store.team import TeamJournal, open_team_journal, team_url
from tests.postgres_server import PostgresServer, find_bindir
from tests.team.canonical import canonical_dump
from tests.team.test_team_cli import bigjournal


@pytest.fixture
def shared_demo(postgres_server: PostgresServer, postgres_demo_template: str) -> Iterator[str]:
    """The demo partnership's journal on the server."""
    name = postgres_server.new_database_name("backed_up")
    yield postgres_server.create_database(name, template=postgres_demo_template)
    postgres_server.drop_database(name)


@pytest.fixture
def empty_shared(postgres_server: PostgresServer, postgres_template: str) -> Iterator[str]:
    """A journal database made afresh on the server (after a disaster, say)."""
    name = postgres_server.new_database_name("afresh")
    yield postgres_server.create_database(name, template=postgres_template)
    postgres_server.drop_database(name)


def test_a_backup_is_a_checked_logical_dump_that_restores_anywhere(
    shared_demo: str, tmp_path: Path
) -> None:
    with open_journal(shared_demo) as journal:
        info = server_backups.make_backup(journal, reason="made by hand")
        original = canonical_dump(journal)
    assert info.is_archive and info.path.suffix == ".bigjournal"
    assert info.path.is_relative_to(data_dir() / "backups")
    assert info.records and info.records == sum(info.counts.values())
    assert info.counts["promises"] > 50
    assert not list(info.path.parent.glob(".*"))  # no partial file left behind
    meta = json.loads(info.path.with_suffix(".json").read_text(encoding="utf-8"))
    assert meta["records"] == info.records and "@" not in meta["journal"].split("//")[0]
    assert backup.list_backups(shared_demo) == [
        backup.BackupInfo(
            info.path,
            info.made_at,
            info.size,
            info.records,
            info.counts,
            info.revision,
            "made by hand",
            server_dump=info.server_dump,
        )
    ]
    # It restores, exactly, into a journal file on any computer...
    with open_journal(tmp_path / "restored.sqlite") as restored:
        import_archive(restored, read_archive(info.path))
        assert canonical_dump(restored) == original


def test_pg_dump_is_written_beside_it_when_installed(
    shared_demo: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # pg_dump must be at least as new as the server: use the server's own.
    monkeypatch.setenv("PATH", f"{find_bindir()}:/usr/bin:/bin")
    with open_journal(shared_demo) as journal:
        info = server_backups.make_server_backup(journal)
    assert info.notes == ()
    assert info.server_dump == info.path.with_suffix(".dump")
    assert info.server_dump.read_bytes().startswith(b"PGDMP")  # pg_restore's format
    listed = subprocess.run(
        [str(find_bindir() / "pg_restore"), "--list", str(info.server_dump)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert "TABLE DATA public promises" in listed.stdout
    assert backup.list_backups(shared_demo)[0].server_dump == info.server_dump


def test_without_pg_dump_the_archive_is_the_whole_backup(
    shared_demo: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # nothing installed
    with open_journal(shared_demo) as journal:
        quiet = server_backups.make_server_backup(
            journal, now=datetime(2026, 6, 15, 9, 0, tzinfo=UTC)
        )
        asked = server_backups.make_server_backup(
            journal, pg_dump=True, now=datetime(2026, 6, 15, 10, 0, tzinfo=UTC)
        )
    assert quiet.server_dump is None and quiet.notes == ()
    assert asked.server_dump is None
    assert asked.notes and "pg_dump is not installed" in asked.notes[0]
    assert "archive) is complete" in asked.notes[0]
    assert len(backup.list_backups(shared_demo)) == 2


def test_an_old_pg_dump_is_a_note_not_a_failure(
    shared_demo: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake = tmp_path / "pg_dump"
    fake.write_text(
        "#!/bin/sh\necho 'pg_dump: error: aborting because of server version mismatch' >&2\n"
        "exit 1\n"
    )
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    with open_journal(shared_demo) as journal:
        info = server_backups.make_server_backup(journal)
    assert info.server_dump is None and info.path.is_file()
    assert "older than the server" in info.notes[0]
    assert not list(info.path.parent.glob(".*"))


def test_an_observer_may_not_back_up_the_journal_it_may_only_read(
    postgres_server: PostgresServer, shared_demo: str
) -> None:
    database = shared_demo.rsplit("/", 1)[1]
    postgres_server.admin(
        "DO $$ BEGIN CREATE ROLE onlooker LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$",
    )
    postgres_server.admin(
        "GRANT SELECT ON ALL TABLES IN SCHEMA public TO onlooker", database=database
    )
    url = postgres_server.url(database, user="onlooker")
    with open_team_journal(url) as observer:
        # A backup is an unlocked copy of the whole journal: not for an observer (issue 16).
        with pytest.raises(BackupError, match="“onlooker” may read this shared journal"):
            server_backups.make_server_backup(observer, pg_dump=False)
        with pytest.raises(SaveError, match="“onlooker” may read this shared journal"):
            add_organisation(observer, name="Somewhere New", kind="business")
    folder = backup.backup_folder(url)
    assert not folder.exists() or not any(folder.iterdir())
    # The plain store explains it too, without naming the login.
    with open_journal(url) as plain, pytest.raises(SaveError, match="may read this shared"):
        add_organisation(plain, name="Somewhere New", kind="business")


def test_a_server_that_stops_answering_makes_no_backup_and_says_so(closed_port: int) -> None:
    url = team_url("127.0.0.1", "journal", "aisha", closed_port)
    engine = create_engine(url, connect_args={"connect_timeout": 2})
    journal = TeamJournal(JournalTarget(url=url, path=None), engine)
    with pytest.raises(BackupError) as caught:
        server_backups.make_backup(journal)
    assert str(caught.value).startswith("No backup was made.")
    assert "stopped answering" in str(caught.value)
    folder = backup.backup_folder(url)
    assert not folder.exists() or not any(folder.iterdir())


def test_restoring_only_replaces_an_empty_shared_journal(
    shared_demo: str, empty_shared: str, tmp_path: Path
) -> None:
    with open_journal(shared_demo) as journal:
        info = server_backups.make_server_backup(journal, pg_dump=False)
        original = canonical_dump(journal)
        gone = find_organisation(journal, "Millbrook College")
        delete_organisation(journal, gone.id)
        # In use: nothing replaced, and the way to bring records back is spelt out.
        with pytest.raises(BackupError) as caught:
            server_backups.restore_shared_journal(journal, info)
        assert "colleagues' work since then would be lost" in str(caught.value)
        assert f'import "{info.path}"' in str(caught.value)
        # Importing it, as advised, brings the deleted organisation back.
        import_archive(journal, read_archive(info.path))
        assert find_organisation(journal, "Millbrook College")
    # Made afresh on the server: the backup is restored into it, exactly.
    with open_journal(empty_shared) as afresh:
        shutil.copytree(backup.backup_folder(shared_demo), backup.backup_folder(empty_shared))
        done = server_backups.restore_shared_journal(afresh)
        assert sum(t.added for t in done.tables if t.table in backup.RECORD_TABLES) == info.records
        assert canonical_dump(afresh) == original


def test_the_commands_back_up_list_and_restore_a_shared_journal(
    shared_demo: str, empty_shared: str, tmp_path: Path
) -> None:
    made = bigjournal("--journal", shared_demo, "backup", "--pg-dump", "no")
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("Backup made:") and ".bigjournal" in made.stdout
    listed = bigjournal("--journal", shared_demo, "backups")
    assert listed.returncode == 0 and "1 backup" in listed.stdout
    refused = bigjournal("--journal", shared_demo, "restore", "--yes")
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "bigjournal --journal postgresql+psycopg://" in refused.stderr
    empty = bigjournal("--journal", empty_shared, "backups")
    assert empty.returncode == 0 and "no backups of the shared journal" in empty.stdout
    checked = bigjournal("--journal", shared_demo, "check")
    assert checked.returncode == 1 and "bigjournal team check" in checked.stderr
    shutil.copytree(backup.backup_folder(shared_demo), backup.backup_folder(empty_shared))
    restored = bigjournal("--journal", empty_shared, "restore", "--yes")
    assert restored.returncode == 0, restored.stderr
    assert (
        "into the shared journal" in restored.stdout and "records brought back" in restored.stdout
    )
    today = bigjournal("--journal", empty_shared, "org", "list")
    assert today.returncode == 0 and "Millbrook College" in today.stdout
