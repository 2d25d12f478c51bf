"""Issue 16 (2): opening finds what SQLite's quick check misses before anything is
written — an index whose keys no longer match the records, records pointing at records
that are not there, a damaged search index — and what ``check`` advises agrees with
what opening does. Each runs the real ``bigjournal`` command on a real file."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from tests.e2e.conftest import Run, wait_for_automatic_backup

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def demo(run: Run, tmp_path: Path) -> Path:
    run("demo")  # closed cleanly: the next command trusts the file unless it changed
    path = tmp_path / "e2e.sqlite"
    wait_for_automatic_backup(path)
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _plain(stderr: str) -> str:
    assert "Traceback" not in stderr and "went wrong" not in stderr
    return " ".join(stderr.split())


def _keep_times(path: Path) -> os.stat_result:
    return path.stat()


def _put_times_back(path: Path, before: os.stat_result) -> None:
    """What a careful program does after writing: the change time still moves."""
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def flip_an_index_key(path: Path) -> None:
    """One bit in a key of ``ix_contacts_name``: SQLite's quick check passes it."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_contacts_name'"
        ).fetchone()[0]
        size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    before = _keep_times(path)
    with path.open("r+b") as handle:
        handle.seek((root - 1) * size + size - 20)  # a key byte in the last cell
        byte = handle.read(1)[0]
        handle.seek(-1, 1)
        handle.write(bytes([byte ^ 0x01]))
    _put_times_back(path, before)


def _quick_check(path: Path) -> list[str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        rows = [row[0] for row in connection.execute("PRAGMA quick_check")]
    connection.close()
    return rows


def test_a_flipped_index_key_is_set_aside_at_opening_never_written_to(run: Run, demo: Path) -> None:
    everyone = run("contact", "list", "--json").stdout
    flip_an_index_key(demo)
    assert _quick_check(demo) == ["ok"], "the damage the quick check cannot see"
    damaged = _digest(demo)
    result = run("contact", "add", "--org", "Riverside Homes", "Zebedee Quill", check=False)
    assert result.returncode == 1
    said = _plain(result.stderr)
    assert "an index inside it no longer matches its records" in said
    assert "set aside as “e2e.sqlite.damaged”" in said and "newest good backup" in said
    assert "check --repair" in said  # the copy's records are whole: it can be mended
    kept = Path(f"{demo}.damaged")
    assert _digest(kept) == damaged, "set aside byte for byte: nothing was written"
    assert not demo.exists()
    # The copy can be mended as the message says, and then opens with every record.
    mended = run("check", "--repair", check=False, journal_path=kept)
    assert mended.returncode == 0, mended.stdout + mended.stderr
    assert run("contact", "list", "--json", journal_path=kept).stdout == everyone


def test_check_and_opening_agree_on_a_flipped_index_key(run: Run, demo: Path) -> None:
    """No loop: ``check`` offers the repair, or says opening sets it aside — which it does."""
    flip_an_index_key(demo)
    found = run("check", check=False)
    assert found.returncode == 1
    assert "check --repair" in found.stdout and "sets it aside" in found.stdout
    opened = run("today", check=False)
    assert opened.returncode == 1 and "set aside" in _plain(opened.stderr)
    assert Path(f"{demo}.damaged").exists() and not demo.exists()


def test_a_dangling_link_is_set_aside_at_opening(run: Run, demo: Path) -> None:
    """Another program wrote a contact of an organisation that is not there."""
    before = _keep_times(demo)
    with sqlite3.connect(demo) as connection:  # foreign keys are off by default
        connection.execute(
            "INSERT INTO contacts (name, role, organisation_id, kind, ward, phone, email, "
            "went_to, notes, private_notes, uuid, created_at, updated_at, version, title, "
            "other_phones, other_emails, sort_name) VALUES ('Ghost', '', 9999, 'officer', "
            "'', '', '', '', '', '', 'c0ffee00-0000-4000-8000-000000000001', "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 1, '', '', '', 'ghost')"
        )
        connection.commit()
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    _put_times_back(demo, before)
    found = run("check", check=False)
    assert found.returncode == 1 and "foreign key" in found.stdout
    assert "check --repair" not in found.stdout, "rebuilding indexes mends no link"
    assert "Restore the newest good backup" in found.stdout
    changed = _digest(demo)
    result = run("today", check=False)
    assert result.returncode == 1
    said = _plain(result.stderr)
    assert "point at records that are not there" in said and "newest good backup" in said
    assert _digest(Path(f"{demo}.damaged")) == changed


def damage_the_search_index(path: Path) -> None:
    before = _keep_times(path)
    with sqlite3.connect(path) as connection:
        for table in ("search_index_data", "search_index_stems_data"):
            connection.execute(
                f"UPDATE {table} SET block = randomblob(length(block)) WHERE id > 10"
            )
        connection.commit()
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    _put_times_back(path, before)


def _search_index_is_whole(path: Path) -> bool:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("BEGIN")
        for table in ("search_index", "search_index_stems"):
            connection.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        connection.execute("ROLLBACK")
        connection.close()


def test_a_damaged_search_index_is_rebuilt_at_opening_in_one_step(run: Run, demo: Path) -> None:
    everything = run("contact", "list", "--json").stdout
    damage_the_search_index(demo)
    assert not _search_index_is_whole(demo)
    advised = run("check", check=False)
    assert advised.returncode == 1 and "rebuilds the search index too" in advised.stdout
    found = run("search", "Riverside", check=False)
    assert found.returncode == 0, found.stderr
    said = _plain(found.stderr)
    assert "search index was damaged" in said and "rebuilt it from the records" in said
    assert "drive" not in said
    assert "Riverside Homes" in found.stdout
    assert "Riverside Homes" in run("search", "organising").stdout  # the stems, too
    assert _search_index_is_whole(demo) and not Path(f"{demo}.damaged").exists()
    assert run("contact", "list", "--json").stdout == everything
    again = run("search", "Riverside")
    assert "search index" not in again.stderr, "said once: it is mended"


@pytest.mark.parametrize("written", ["31/02/2026", "2026-02-31", "20260231"])
def test_a_date_another_program_wrote_as_text_never_crashes_today_or_the_lists(
    run: Run, demo: Path, written: str
) -> None:
    before = _keep_times(demo)
    with sqlite3.connect(demo) as connection:
        connection.execute(
            "UPDATE promises SET due_on = ? WHERE id = (SELECT min(id) FROM promises)",
            (int(written) if written.isdigit() else written,),
        )
        connection.commit()
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    _put_times_back(demo, before)
    found = run("check", check=False)
    assert found.returncode == 1 and "which is not a date" in found.stdout
    assert "Restore the newest good backup" in found.stdout
    changed = _digest(demo)
    result = run("today", check=False)
    assert result.returncode == 1
    said = _plain(result.stderr)
    assert "values BigJournal cannot read" in said and "not a date" in said
    assert "newest good backup" in said
    assert _digest(Path(f"{demo}.damaged")) == changed, "set aside untouched"
    for command in (("promise", "list"), ("meeting", "list")):  # then: no empty journal
        later = run(*command, check=False)
        assert later.returncode == 1, command
        assert "was set aside as “e2e.sqlite.damaged”" in _plain(later.stderr)


def test_an_automatic_backup_that_fails_its_check_leads_to_the_set_aside(
    run: Run, demo: Path
) -> None:
    """Damage the file times do not show (the disk itself): the background backup's check
    sees it, drops the clean-close record, and the next command sets the journal aside."""
    import time
    from datetime import UTC, datetime

    from bigjournal.store import background_backup, backup, health
    from tests.e2e.test_backup_after_command import _make_older

    flip_an_index_key(demo)
    assert health.write_clean_close(demo, datetime.now(UTC))  # the times cannot tell
    _make_older(backup.list_backups(demo)[0], hours=2)  # a backup is due after a change
    run("org", "add", "Riverside Tenants' Forum", "--kind", "Police")  # not checked: trusted
    failed = backup.backup_folder(demo) / background_backup.FAILED
    deadline = time.monotonic() + 60
    while not failed.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    said = " ".join(failed.read_text(encoding="utf-8").split())
    assert "did not pass SQLite's integrity check" in said and "may be damaged" in said
    assert "the next command does" in said
    wait_for_automatic_backup(demo)
    assert health.read_clean_close(demo) is None, "the next opening checks it all"
    result = run("today", check=False)
    assert result.returncode == 1
    assert "an index inside it no longer matches" in _plain(result.stderr)
    assert Path(f"{demo}.damaged").exists()


def test_a_failed_automatic_backup_is_said_after_the_output(run: Run, demo: Path) -> None:
    import subprocess

    from bigjournal.store import background_backup, backup
    from tests.e2e.conftest import command

    failed = backup.backup_folder(demo) / background_backup.FAILED
    failed.write_text("The automatic backup failed: No backup was made: the disk is full.")
    both = subprocess.run(
        [*command(), "--journal", str(demo), "today"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=120,
    )
    assert both.returncode == 0
    lines = both.stdout.strip().splitlines()
    assert lines[-1] == (
        "bigjournal: warning: The automatic backup failed: No backup was made: the disk is full."
    ), "the last thing on the screen"
    assert sum("automatic backup failed" in line for line in lines) == 1
