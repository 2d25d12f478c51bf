"""Backups: made with the online backup API, checked, thinned, listed and restored."""

from __future__ import annotations

import os
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bigjournal.errors import BackupError, JournalLockedError, JournalMissingError
from bigjournal.journal.organisations import add_organisation
from bigjournal.journal.people import add_contact, list_contacts
from bigjournal.store import Journal, backup, open_journal
from bigjournal.store.locations import JournalTarget

# backups are copies of a SQLite journal file (team journals are backed up on the server).
pytestmark = pytest.mark.sqlite_only


def add_someone(journal: Journal, name: str = "Gareth Lloyd") -> None:
    org = add_organisation(journal, name=f"Council for {name}", kind="local_authority")
    add_contact(journal, name=name, organisation=org.id)


def test_a_backup_is_a_checked_self_contained_copy_with_counts(journal: Journal) -> None:
    add_someone(journal)
    info = backup.make_backup(journal)
    assert info.path.exists() and info.path.parent == backup.backup_folder(journal.path)
    assert info.records == 2 and info.counts["contacts"] == 1
    assert not Path(f"{info.path}-wal").exists()
    connection = sqlite3.connect(info.path)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert connection.execute("SELECT name FROM contacts").fetchall() == [("Gareth Lloyd",)]
    connection.close()
    listed = backup.list_backups(journal.path)
    assert [b.path for b in listed] == [info.path]
    assert listed[0].records == 2 and listed[0].reason == "made by hand"


class _PausedAtFirstLook(threading.Event):
    """A stop request that is never made, which holds the copy at its first look at it
    until told to go on: a backup caught half made, as a second one starts."""

    def __init__(self) -> None:
        super().__init__()
        self.holding = threading.Event()
        self.go_on = threading.Event()

    def is_set(self) -> bool:
        if not self.holding.is_set():
            self.holding.set()
            self.go_on.wait(120)
        return False


def test_two_backups_made_at_once_in_the_same_second_are_both_kept_whole(
    journal: Journal,
) -> None:
    """The automatic backup runs in a process of its own while one is made by hand."""
    add_someone(journal)
    journal.close()
    made_at = datetime(2026, 12, 6, 21, 45, 50, tzinfo=UTC)
    paused = _PausedAtFirstLook()
    first: list[backup.BackupInfo | BaseException] = []

    def automatic() -> None:
        try:
            first.append(
                backup.backup_file(journal.path, reason="automatic", now=made_at, stop=paused)
            )
        except BaseException as error:  # said below, with the test's failure
            first.append(error)

    worker = threading.Thread(target=automatic)
    worker.start()
    try:
        assert paused.holding.wait(60), "the first backup never started copying"
        by_hand = backup.backup_file(journal.path, reason="made by hand", now=made_at)
    finally:
        paused.go_on.set()
        worker.join(60)
    (automatic_one,) = first
    assert isinstance(automatic_one, backup.BackupInfo), automatic_one
    assert automatic_one.path != by_hand.path
    listed = {b.path: b for b in backup.list_backups(journal.path)}
    assert listed[automatic_one.path].reason == "automatic"
    assert listed[by_hand.path].reason == "made by hand"
    for each in (automatic_one, by_hand):
        assert each.records == 2
        connection = sqlite3.connect(each.path)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        connection.close()
    assert not list(backup.backup_folder(journal.path).glob(".*.partial"))


def test_only_a_partial_file_too_old_to_be_a_backup_under_way_is_swept(
    journal: Journal,
) -> None:
    folder = backup.backup_folder(journal.path)
    folder.mkdir(parents=True, exist_ok=True)
    cut_short, under_way = folder / ".old.sqlite.partial", folder / ".new.sqlite.partial"
    description_cut_short = folder / ".old.json.a1b2c3.part"
    for each in (cut_short, under_way, description_cut_short):
        each.write_bytes(b"half a backup")
    two_hours_ago = datetime.now(UTC).timestamp() - 7200
    for each in (cut_short, description_cut_short):
        os.utime(each, (two_hours_ago, two_hours_ago))
    backup.make_backup(journal)
    assert not cut_short.exists() and not description_cut_short.exists()
    assert under_way.exists()


def test_listing_falls_back_to_reading_the_backup_when_its_note_is_missing(
    journal: Journal,
) -> None:
    add_someone(journal)
    info = backup.make_backup(journal)
    info.path.with_suffix(".json").unlink()
    (listed,) = backup.list_backups(journal.path)
    assert listed.records == 2 and listed.counts["organisations"] == 1


def test_a_changed_journal_is_backed_up_at_close_and_an_unchanged_one_is_not(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "AUTOMATIC_INTERVAL", timedelta(0))
    with open_journal(journal_path) as journal:
        assert backup.list_backups(journal_path) == []  # a new, empty journal
        add_someone(journal)
    assert len(backup.list_backups(journal_path)) == 1
    with open_journal(journal_path) as journal:
        list_contacts(journal)
    assert len(backup.list_backups(journal_path)) == 1, "nothing changed, no new backup"
    with open_journal(journal_path) as journal:
        add_someone(journal, "Priya Shah")
    newest = backup.list_backups(journal_path)[0]
    assert len(backup.list_backups(journal_path)) == 2 and newest.counts["contacts"] == 2
    assert newest.reason == "closed after changes"


def test_automatic_backups_wait_for_the_interval(journal_path: Path) -> None:
    with open_journal(journal_path) as journal:
        add_someone(journal)
    with open_journal(journal_path) as journal:
        add_someone(journal, "Priya Shah")
    assert len(backup.list_backups(journal_path)) == 1  # the second is within 10 minutes


def test_a_journal_changed_while_backups_were_off_is_backed_up_at_next_open(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "AUTOMATIC_INTERVAL", timedelta(0))
    with open_journal(journal_path) as journal:
        add_someone(journal)
    with open_journal(journal_path, automatic_backups=False) as journal:
        add_someone(journal, "Priya Shah")  # as after a crash: no backup at close
    assert len(backup.list_backups(journal_path)) == 1
    with open_journal(journal_path) as journal:
        assert backup.list_backups(journal_path)[0].reason == "opened"
        assert backup.list_backups(journal_path)[0].counts["contacts"] == 2
        assert not backup.backup_due(journal)


@pytest.mark.parametrize(
    ("days", "kept"),
    [(1, 1), (3, 3), (10, 10), (60, 5 + 2 + 4 + 1), (400, 5 + 2 + 3 + 11)],
)
def test_thinning_keeps_the_last_few_then_days_weeks_and_months(days: int, kept: int) -> None:
    start = datetime(2026, 6, 15, 12, tzinfo=UTC)
    made = [start - timedelta(days=n) for n in range(days)]
    keep = backup.backups_to_keep(made)
    assert max(made) in keep
    assert len(keep) <= 5 + 7 + 4 + 12
    # the newest five always, then one a day for a week, a week for a month…
    assert set(sorted(made, reverse=True)[:5]) <= keep
    assert len(keep) >= min(days, 7)
    assert len(keep) == pytest.approx(kept, abs=3)


def test_thinning_keeps_both_backups_of_a_busy_morning() -> None:
    opened = datetime(2026, 6, 15, 9, tzinfo=UTC)
    closed = opened + timedelta(minutes=30)
    assert backup.backups_to_keep([opened, closed]) == {opened, closed}


def test_thinning_removes_files_outside_the_rotation(journal: Journal) -> None:
    add_someone(journal)
    assert journal.path is not None
    now = datetime.now(UTC)
    for days in range(40):
        backup.backup_file(
            journal.path, reason="test", journal_path=journal.path, now=now - timedelta(days=days)
        )
    remaining = backup.list_backups(journal.path)
    assert len(remaining) < 40
    assert remaining[0].made_at >= now - timedelta(seconds=1)
    files = {p.name for p in backup.backup_folder(journal.path).iterdir()}
    assert files == {b.path.name for b in remaining} | {b.path.stem + ".json" for b in remaining}


def test_restore_sets_the_current_journal_aside_and_brings_the_backup_back(
    journal_path: Path,
) -> None:
    with open_journal(journal_path) as journal:
        add_someone(journal)
        saved = backup.make_backup(journal)
        add_someone(journal, "Priya Shah")
    result = backup.restore_backup(journal_path, saved)
    assert result.set_aside_as is not None and result.set_aside_as.name.endswith("before-restore")
    with open_journal(result.set_aside_as, automatic_backups=False) as kept:
        assert len(list_contacts(kept)) == 2, "the replaced journal is kept whole"
    with open_journal(journal_path) as journal:
        assert [c.name for c in list_contacts(journal)] == ["Gareth Lloyd"]


def test_restore_is_refused_while_the_journal_is_open(journal: Journal) -> None:
    add_someone(journal)
    backup.make_backup(journal)
    assert journal.path is not None
    with pytest.raises(JournalLockedError, match="Close the journal"):
        backup.restore_backup(journal.path)


def test_a_damaged_backup_is_not_restored(journal_path: Path) -> None:
    with open_journal(journal_path) as journal:
        add_someone(journal)
        info = backup.make_backup(journal)
    data = bytearray(info.path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 4096] = bytes(4096)
    info.path.write_bytes(bytes(data))
    before = journal_path.read_bytes()
    with pytest.raises(BackupError):
        backup.restore_backup(journal_path, info)
    assert journal_path.read_bytes() == before


def test_a_missing_journal_with_backups_is_not_replaced_by_an_empty_one(
    journal_path: Path,
) -> None:
    with open_journal(journal_path) as journal:
        add_someone(journal)
    journal_path.rename(journal_path.with_name("moved.sqlite"))
    with pytest.raises(JournalMissingError, match="not there") as missing:
        open_journal(journal_path)
    assert missing.value.backup_path is not None
    assert not journal_path.exists()
    backup.restore_backup(journal_path)
    with open_journal(journal_path) as journal:
        assert [c.name for c in list_contacts(journal)] == ["Gareth Lloyd"]


def test_find_backup_by_the_start_of_its_time(journal: Journal) -> None:
    add_someone(journal)
    info = backup.make_backup(journal)
    assert journal.path is not None
    assert backup.find_backup(journal.path, info.path.stem[:13]).path == info.path
    with pytest.raises(BackupError, match="no backup called"):
        backup.find_backup(journal.path, "1999-01-01")


def test_shared_journals_are_backed_up_by_hand_only() -> None:
    """A whole dump over a slow line at every opening would be a burden: only on request.

    What such a backup is (a checked logical dump) is tested in tests/team.
    """
    from sqlalchemy import create_engine

    engine = create_engine("sqlite://")
    shared = Journal(JournalTarget(url="postgresql+psycopg://server/journal", path=None), engine)
    assert not backup.backup_due(shared)
    assert backup.backup_if_due(shared, reason="opened") is None
    shared.close()


@pytest.mark.parametrize(
    ("fs", "asks", "never"),
    [
        ("ext4", "was the file moved or renamed?", "USB"),
        ("vfat", "is the USB stick plugged in", "network"),
        ("cifs", "is the network drive connected", "USB"),
    ],
)
def test_a_missing_journal_asks_about_a_stick_only_when_it_was_on_one(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch, fs: str, asks: str, never: str
) -> None:
    from bigjournal.store import health

    with open_journal(journal_path) as journal:
        add_someone(journal)
    journal_path.unlink()
    monkeypatch.setattr(health, "filesystem_type", lambda _path: fs)
    with pytest.raises(JournalMissingError) as missing:
        open_journal(journal_path)
    assert asks in str(missing.value) and never not in str(missing.value)


def test_a_missing_journal_whose_folder_went_asks_about_the_drive(journal_path: Path) -> None:
    import shutil

    with open_journal(journal_path) as journal:
        add_someone(journal)
    shutil.rmtree(journal_path.parent)
    with pytest.raises(JournalMissingError, match="USB stick or drive it was on"):
        open_journal(journal_path)
