"""Proof: skipping SQLite's full check at opening never lets damage through unseen.

Opening runs the full check (every page read) unless this program closed the journal
cleanly last time and finds its files exactly as it left them (docs/reliability.md).
These tests damage journals the way the corpus does, but *after* a clean close has
been written down, including with the file's times put back, and by replacing the
file; each damage must still be caught at the next opening.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bigjournal.errors import DamagedJournalError
from bigjournal.store import health, open_journal
from bigjournal.store.backup import backup_file
from bigjournal.store.opening import run_routine_check
from tests.reliability.damage import PAGE_HEADER_FIELDS, Case, btree_pages, build_corpus, page_size

pytestmark = pytest.mark.sqlite_only
ROOT = Path(__file__).resolve().parents[2]


def close_cleanly(path: Path) -> None:
    """Open and close ``path`` as the app does, leaving a clean-close record."""
    with open_journal(path, automatic_backups=False):
        pass


def would_skip(path: Path) -> bool:
    """True if the next opening would skip the full check (without opening it)."""
    decision = health.full_check_reason(path, health.read_clean_close(path), risky_place=False)
    return not decision.needed


def damage_in_place(path: Path, damaged: bytes, *, keep_times: bool) -> None:
    """Overwrite the file's bytes (same file, same inode), optionally putting its times back."""
    before = path.stat()
    with path.open("r+b") as handle:
        handle.write(damaged)
        handle.truncate()
    if keep_times:
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def flipped_structure(path: Path) -> bytes:
    """The journal's bytes with a bit flipped in a b-tree page's header (detectable damage)."""
    data = bytearray(path.read_bytes())
    pages = btree_pages(path)
    size = page_size(bytes(data))
    number = pages[len(pages) // 2]
    data[(number - 1) * size + PAGE_HEADER_FIELDS[0]] ^= 0x40  # page type 13 becomes 77
    return bytes(data)


def test_a_clean_reopen_skips_the_full_check(healthy_journal: Path) -> None:
    with open_journal(healthy_journal) as first:
        assert first.full_check_reason is not None
        assert "no record" in first.full_check_reason
    assert would_skip(healthy_journal)
    with open_journal(healthy_journal) as second:
        assert second.full_check_reason is None
        assert not second.routine_check_due
    with open_journal(healthy_journal) as third:
        assert third.full_check_reason is None


def test_damage_made_while_closed_is_caught_even_with_the_times_put_back(
    healthy_journal: Path, tmp_path: Path
) -> None:
    """Every damaged file of the corpus, made after a clean close was written down."""
    cases: list[Case] = [
        case
        for case in build_corpus(healthy_journal, tmp_path / "corpus")
        if case.expected == "damaged"
    ]
    assert len(cases) >= 40
    for case in cases:
        damaged = case.path.read_bytes()
        shutil.copyfile(healthy_journal, case.path)
        close_cleanly(case.path)
        backup_file(healthy_journal, reason="test", journal_path=case.path)  # in use before
        assert would_skip(case.path), f"{case.name}: the healthy file must be trusted first"
        damage_in_place(case.path, damaged, keep_times=True)
        assert not would_skip(case.path), case.name
        with pytest.raises(DamagedJournalError) as refused:
            open_journal(case.path).close()
        assert refused.value.set_aside_as is not None, case.name
        kept = Path(str(refused.value.set_aside_as))
        assert kept.read_bytes() == damaged, f"{case.name}: set aside byte for byte"


def test_a_file_replaced_by_a_damaged_copy_with_the_same_size_and_times_is_caught(
    healthy_journal: Path, tmp_path: Path
) -> None:
    """What a sync client or a copy over the top does: a new file under the same name."""
    close_cleanly(healthy_journal)
    stat = healthy_journal.stat()
    copy = tmp_path / "replacement.sqlite"
    copy.write_bytes(flipped_structure(healthy_journal))
    os.utime(copy, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert copy.stat().st_size == stat.st_size
    os.replace(copy, healthy_journal)
    with pytest.raises(DamagedJournalError):
        open_journal(healthy_journal).close()


def test_a_journal_not_closed_cleanly_is_checked_at_the_next_opening(
    healthy_journal: Path,
) -> None:
    close_cleanly(healthy_journal)
    with subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.holder", str(healthy_journal)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        try:
            assert holder.stdout is not None
            assert holder.stdout.readline().startswith("OPEN")
        finally:
            holder.send_signal(signal.SIGKILL)
            holder.wait()
    assert not would_skip(healthy_journal)
    with open_journal(healthy_journal) as reopened:
        assert reopened.full_check_reason is not None


def test_damage_after_a_crash_is_caught(healthy_journal: Path) -> None:
    """A crash leaves no record: damage then is caught even if the times look old."""
    close_cleanly(healthy_journal)
    health.forget_clean_close(healthy_journal)  # what opening does; the crash never writes it
    damage_in_place(healthy_journal, flipped_structure(healthy_journal), keep_times=True)
    with pytest.raises(DamagedJournalError):
        open_journal(healthy_journal).close()


def test_an_unreadable_record_means_a_full_check(healthy_journal: Path) -> None:
    close_cleanly(healthy_journal)
    health.clean_close_record(healthy_journal).write_text("{not json", encoding="utf-8")
    with open_journal(healthy_journal) as reopened:
        assert reopened.full_check_reason is not None


def test_a_record_for_another_file_at_the_same_place_is_not_trusted(
    healthy_journal: Path, tmp_path: Path
) -> None:
    """Another healthy journal under the same name (a different stick, a restored copy)."""
    close_cleanly(healthy_journal)
    other = tmp_path / "other.sqlite"
    shutil.copyfile(healthy_journal, other)
    os.replace(other, healthy_journal)
    with open_journal(healthy_journal) as reopened:
        assert reopened.full_check_reason == "it changed after BigJournal last closed it"


def test_the_full_check_runs_at_least_weekly(healthy_journal: Path) -> None:
    close_cleanly(healthy_journal)
    assert health.write_clean_close(healthy_journal, datetime.now(UTC) - timedelta(days=8))
    with open_journal(healthy_journal) as reopened:
        assert reopened.full_check_reason is not None
        assert "week" in reopened.full_check_reason
    with open_journal(healthy_journal) as again:
        assert again.full_check_reason is None


def test_the_weekly_check_can_wait_for_the_window_and_still_counts(healthy_journal: Path) -> None:
    close_cleanly(healthy_journal)
    assert health.write_clean_close(healthy_journal, datetime.now(UTC) - timedelta(days=8))
    with open_journal(healthy_journal, defer_routine_check=True) as journal:
        assert journal.full_check_reason is None
        assert journal.routine_check_due
        assert run_routine_check(journal) == []
        assert not journal.routine_check_due
    record = health.read_clean_close(healthy_journal)
    assert record is not None and record.last_full_check is not None
    assert datetime.now(UTC) - record.last_full_check < timedelta(minutes=1)


def test_damage_found_by_the_deferred_check_is_handled_at_the_next_opening(
    healthy_journal: Path,
) -> None:
    """Damage no program made (a failing disk) found in the background while open."""
    close_cleanly(healthy_journal)
    assert health.write_clean_close(healthy_journal, datetime.now(UTC) - timedelta(days=8))
    with open_journal(healthy_journal, automatic_backups=False, defer_routine_check=True) as opened:
        damage_in_place(healthy_journal, flipped_structure(healthy_journal), keep_times=True)
        assert run_routine_check(opened), "the check must find the damage"
    assert health.read_clean_close(healthy_journal) is None, "no clean record after damage"
    with pytest.raises(DamagedJournalError):
        open_journal(healthy_journal).close()


def test_a_journal_is_always_checked_on_a_risky_drive(healthy_journal: Path) -> None:
    close_cleanly(healthy_journal)
    record = health.read_clean_close(healthy_journal)
    decision = health.full_check_reason(healthy_journal, record, risky_place=True)
    assert decision.needed and not decision.routine


def test_opened_twice_in_one_program_only_the_last_close_writes_the_record(
    healthy_journal: Path,
) -> None:
    close_cleanly(healthy_journal)
    first = open_journal(healthy_journal, automatic_backups=False)
    second = open_journal(healthy_journal, automatic_backups=False)
    assert second.full_check_reason is None, "already open (and trusted) in this program"
    second.close()
    assert health.read_clean_close(healthy_journal) is None, "the first is still open"
    first.close()
    assert would_skip(healthy_journal)


def test_the_state_is_written_down_only_once_the_file_clock_has_moved_on(
    healthy_journal: Path,
) -> None:
    """A change in the same clock tick as the last would keep the times: wait it out."""
    close_cleanly(healthy_journal)
    with healthy_journal.open("r+b") as handle:  # a change just now (same bytes)
        handle.write(handle.read(100))
    assert health.write_clean_close(healthy_journal, None)
    written_by = time.time_ns()
    record = health.read_clean_close(healthy_journal)
    assert record is not None
    assert record.state.newest_ns + health.SETTLE_NS <= written_by
    # Coarser than any file clock it guards against (Linux 1–10 ms, Windows ~16 ms).
    assert health.SETTLE_NS >= 20_000_000


def test_no_record_is_written_for_a_file_stamped_in_the_future(healthy_journal: Path) -> None:
    """The clock went back: times can no longer tell a later change, so check next time."""
    close_cleanly(healthy_journal)
    tomorrow = time.time_ns() + 86_400 * 10**9
    os.utime(healthy_journal, ns=(tomorrow, tomorrow))
    assert not health.write_clean_close(healthy_journal, None)


def test_damage_the_check_command_finds_is_set_aside_at_the_next_opening(
    healthy_journal: Path,
) -> None:
    """Damage no file time shows (the disk rotted after the clean close was written)."""
    close_cleanly(healthy_journal)
    damage_in_place(healthy_journal, flipped_structure(healthy_journal), keep_times=True)
    assert health.write_clean_close(healthy_journal, datetime.now(UTC))  # times can't tell
    assert would_skip(healthy_journal)
    assert health.integrity_check(healthy_journal), "what `bigjournal check` runs"
    assert not would_skip(healthy_journal)
    with pytest.raises(DamagedJournalError):
        open_journal(healthy_journal).close()
