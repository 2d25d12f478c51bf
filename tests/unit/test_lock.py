"""One writer per journal: a real second process is refused, a crashed one taken over."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bigjournal.errors import JournalLockedError
from bigjournal.store import lock, open_journal

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def holder(journal_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another BigJournal process with the journal open."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.holder", str(journal_path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.startswith("OPEN"), line
    yield process
    if process.poll() is None:
        process.kill()
    process.wait()
    if process.stdin:
        process.stdin.close()
    process.stdout.close()


def test_a_second_process_is_refused_with_a_message_naming_the_first(
    journal_path: Path, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(JournalLockedError) as refused:
        open_journal(journal_path)
    message = str(refused.value)
    assert "already open on this journal" in message
    assert f"process {holder.pid}" in message
    assert socket.gethostname() in message
    assert "Close it there first" in message


def test_a_lock_left_by_a_killed_process_is_taken_over(
    journal_path: Path, holder: subprocess.Popen[str]
) -> None:
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert lock.lock_path_for(journal_path).exists()  # the crash left its lock file
    with open_journal(journal_path) as journal:
        assert journal._lock is not None
        assert journal._lock.took_over is not None
        assert journal._lock.took_over.pid == holder.pid
        owner = lock.read_owner(journal_path)
        assert owner is not None and owner.pid == os.getpid()


def test_closing_releases_the_lock_and_removes_its_file(journal_path: Path) -> None:
    with open_journal(journal_path):
        assert lock.lock_path_for(journal_path).exists()
    assert not lock.lock_path_for(journal_path).exists()
    with open_journal(journal_path):
        pass


def test_the_same_process_may_open_a_journal_twice(journal_path: Path) -> None:
    with open_journal(journal_path), open_journal(journal_path) as second:
        assert second.engine is not None
    assert not lock.lock_path_for(journal_path).exists()


def test_the_refusal_names_an_unknown_owner_plainly(journal_path: Path) -> None:
    assert lock._locked_message(None).startswith("BigJournal is already open on this journal.")
