"""Issue 15: closing never waits on work the volunteer did not ask for.

The routine work on an open journal (the backup due at opening, the weekly full
check, the backup of changes while open) runs in workers. Closing stops it and goes:
these tests hold such a worker mid-job and show that closing returns without it, and
that a real backup or check told to stop ends with nothing half-made and no verdict.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bigjournal.errors import BackupError
from bigjournal.gui.worker import Worker
from bigjournal.store import backup, health, open_journal
from tests.conftest import TODAY


@pytest.fixture
def demo_copy(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "Millbrook.sqlite"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def session(preferences: Any, qapp: Any) -> Iterator[Any]:
    from bigjournal.gui.session import JournalSession

    made = JournalSession(preferences, today=TODAY)
    yield made
    made.close()


def held_worker(release: threading.Event, stop: threading.Event) -> Worker:
    """A worker mid-job until released — or until told to stop, as routine work is."""

    def job(_progress: Any) -> None:
        while not release.is_set() and not stop.is_set():
            release.wait(0.01)

    return Worker(job).start()


def test_closing_returns_while_a_routine_backup_and_check_are_still_running(
    session: Any, demo_copy: Path, qtbot: Any
) -> None:
    journal = session.open(demo_copy)
    window = session.show_window(journal)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: session.backup_worker is None and session.check_worker is None)
    release = threading.Event()
    stop = session.stop_routine_work
    backing_up = held_worker(release, threading.Event())  # one that ignores stopping
    checking = held_worker(threading.Event(), stop)
    session.backup_worker, session.check_worker = backing_up, checking
    from bigjournal.journal.organisations import add_organisation

    add_organisation(journal, name="Millbrook Allotment Society", kind="other")
    backups_before = backup.list_backups(demo_copy)
    # Released by itself after a while: a close that waited would then return, late,
    # with the worker done, and fail below instead of hanging.
    late = threading.Timer(15, release.set)
    late.start()
    try:
        window.close()
        assert session.close_journal(journal) is None
        # Closed although the backup worker has not finished: it was not awaited.
        assert journal.closed and not backing_up.done.is_set()
        assert stop.is_set(), "the routine work was told to stop"
        assert checking.done.wait(10), "the check stopped when told"
        assert backup.list_backups(demo_copy) == backups_before, "no backup at closing"
    finally:
        late.cancel()
        release.set()
    assert backing_up.done.wait(10)


def test_a_backup_told_to_stop_leaves_nothing_behind(demo_copy: Path) -> None:
    stop = threading.Event()
    stop.set()
    with open_journal(demo_copy, automatic_backups=False) as journal:
        with pytest.raises(BackupError, match="stopped because BigJournal closed"):
            backup.make_backup(journal, reason="opened", stop=stop)
        assert backup.list_backups(demo_copy) == []
        assert not list(backup.backup_folder(demo_copy).glob(".*.partial"))
        assert backup.make_backup(journal, reason="made by hand").records  # not stopped


def test_a_check_told_to_stop_gives_no_verdict_and_stays_due(demo_copy: Path) -> None:
    from bigjournal.store.opening import run_routine_check

    stop = threading.Event()
    stop.set()
    with open_journal(demo_copy, automatic_backups=False, defer_routine_check=True) as journal:
        journal.routine_check_due = True
        with pytest.raises(health.CheckStopped):
            run_routine_check(journal, stop=stop)
        assert journal.routine_check_due, "still due: the next opening checks again"
        assert run_routine_check(journal) == []  # a healthy file, once allowed to finish
