"""Issue 16 (5): set-aside copies are swept with the backups, and forgetting a person
names every other copy of the journal that still holds them, and can remove them."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bigjournal.journal.organisations import add_organisation
from bigjournal.journal.people import add_contact
from bigjournal.journal.personal_data import forget_contact, remove_held_copies
from bigjournal.store import backup, copies, open_journal

pytestmark = pytest.mark.sqlite_only

SECRET = "zanzibarquokka"


def _set_aside(journal: Path, name: str, *, seconds_from_now: int, wal: bool = False) -> Path:
    path = journal.with_name(name)
    path.write_bytes(b"not really a journal")
    if wal:
        Path(f"{path}-wal").write_bytes(b"log")
    moment = time.time() + seconds_from_now  # later than its change time: its age
    os.utime(path, (moment, moment))
    return path


def test_set_aside_copies_are_kept_like_backups_are_thinned(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    journal.write_bytes(b"")
    damaged = [
        _set_aside(journal, name, seconds_from_now=n, wal=True)
        for n, name in enumerate(
            ["journal.sqlite.damaged", *(f"journal.sqlite.{i}.damaged" for i in (2, 3, 4, 5))]
        )
    ]
    restored = [
        _set_aside(journal, name, seconds_from_now=n)
        for n, name in enumerate(
            ["journal.sqlite.before-restore", "journal.sqlite.2.before-restore"]
        )
    ]
    strangers = [
        _set_aside(journal, name, seconds_from_now=0)
        for name in (
            "journal.sqlite.damaged.txt",
            "other.sqlite.damaged",
            "journal.sqlite.x.damaged",
        )
    ]
    link = journal.with_name("journal.sqlite.9.damaged")
    link.symlink_to(strangers[0])
    now = datetime.now(UTC)

    assert copies.sweep_set_aside(journal, now=now) == [], "all set aside today: all kept"

    removed = copies.sweep_set_aside(journal, now=now + timedelta(days=40))
    assert sorted(removed) == sorted(damaged[:3]), "past 30 days: the newest two of each kind"
    for path in damaged[:3]:
        assert not path.exists() and not Path(f"{path}-wal").exists()
    assert all(path.exists() for path in [*damaged[3:], *restored])

    removed = copies.sweep_set_aside(journal, now=now + timedelta(days=400))
    assert sorted(removed) == sorted([*damaged[3:], *restored]), "none older than a year"
    assert all(path.exists() for path in strangers), "only BigJournal's own names"
    assert link.is_symlink() and journal.exists()


def test_every_backup_sweeps_the_set_aside_copies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = tmp_path / "journal.sqlite"
    with open_journal(journal) as opened:
        add_organisation(opened, name="Harbourside Trust", kind="other")
    piles = [
        _set_aside(journal, f"journal.sqlite.{n}.damaged", seconds_from_now=n) for n in range(2, 7)
    ]
    # As if set aside long ago (a change time cannot be put back): none is recent.
    monkeypatch.setattr(copies, "KEEP_DAYS", -1)
    with open_journal(journal) as opened:
        backup.make_backup(opened)
    assert [path.exists() for path in piles] == [False, False, False, True, True]


@pytest.fixture
def held(tmp_path: Path) -> Path:
    """A journal holding Ysoldrina, backed up, with copies set aside beside it."""
    journal = tmp_path / "journal.sqlite"
    with open_journal(journal) as opened:
        trust = add_organisation(opened, name="Harbourside Trust", kind="other")
        add_contact(opened, name="Ysoldrina Quennelby", organisation=trust.id, private_notes=SECRET)
        opened.checkpoint()
        backup.make_backup(opened)
    shutil.copyfile(journal, journal.with_name("journal.sqlite.before-restore"))
    raw = journal.with_name("journal.sqlite.damaged")
    raw.write_bytes(b"\x00garbage Ysoldrina Quennelby garbage")
    journal.with_name("journal.sqlite.2.damaged").write_bytes(b"\x00garbage, nobody in it")
    return journal


def test_forget_names_every_copy_that_still_holds_them(held: Path) -> None:
    with open_journal(held) as journal:
        result = forget_contact(journal, "Ysoldrina Quennelby")
    found = {(Path(c.path).name, c.kind, c.certain) for c in result.copies_holding}
    backups = [info for info in backup.list_backups(held)]
    assert {(info.path.name, "backup", True) for info in backups} <= found
    assert ("journal.sqlite.before-restore", "before-restore", True) in found
    assert ("journal.sqlite.damaged", "damaged", False) in found, "unreadable, but names them"
    assert not any(name == "journal.sqlite.2.damaged" for name, _, _ in found)
    assert all(str(c.path) in c.description for c in result.copies_holding)


def test_removing_the_copies_leaves_a_new_backup_without_them(held: Path) -> None:
    with open_journal(held) as journal:
        result = forget_contact(journal, "Ysoldrina Quennelby")
        before = {info.path for info in backup.list_backups(held)}
        done = remove_held_copies(journal, result.copies_holding)
        assert done.new_backup is not None
        assert sorted(done.removed) == sorted(c.path for c in result.copies_holding)
    after = backup.list_backups(held)
    assert [info.path for info in after if info.path in before] == []
    assert any(str(info.path) == done.new_backup for info in after), "a backup remains"
    for info in after:
        connection = sqlite3.connect(info.path)
        try:
            names = [row[0] for row in connection.execute("SELECT name FROM contacts")]
        finally:
            connection.close()
        assert "Ysoldrina Quennelby" not in names
    assert not held.with_name("journal.sqlite.before-restore").exists()
    assert not held.with_name("journal.sqlite.damaged").exists()
    assert held.with_name("journal.sqlite.2.damaged").exists(), "it never held them"
    assert copies.copies_holding(held, uuid=result.forgotten.uuid, name="Ysoldrina Quennelby") == []
