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

ROOT = Path(__file__).resolve().parents[3]


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


# --- two names for one file (issue 16, 2) ------------------------------------------


def test_a_second_name_for_the_same_file_is_refused_in_another_process(
    journal_path: Path, holder: subprocess.Popen[str]
) -> None:
    """A hard link: without the lock on the file itself, each name got its own log."""
    other_name = journal_path.with_name("the-same-journal.sqlite")
    os.link(journal_path, other_name)
    with pytest.raises(JournalLockedError) as refused:
        open_journal(other_name)
    message = str(refused.value)
    assert "already open on this journal under another name" in message
    assert str(journal_path) in message and f"process {holder.pid}" in message
    assert "Close it there first" in message
    assert not Path(f"{other_name}-wal").exists(), "refused before SQLite opened it"


def test_the_command_line_refuses_a_second_name_in_plain_words(
    journal_path: Path, holder: subprocess.Popen[str], tmp_path: Path
) -> None:
    linked = tmp_path / "elsewhere" / "linked.sqlite"
    linked.parent.mkdir()
    os.link(journal_path, linked)
    script = Path(sys.executable).with_name("bigjournal")
    result = subprocess.run(
        [str(script), "--journal", str(linked), "today"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    said = " ".join(result.stderr.split())
    assert "under another name" in said and journal_path.name in said
    assert "Traceback" not in result.stderr


def test_two_names_in_one_program_are_refused_and_one_name_is_shared(
    journal_path: Path,
) -> None:
    other_name = journal_path.with_name("link.sqlite")
    with open_journal(journal_path), open_journal(journal_path):  # one name: shared
        os.link(journal_path, other_name)
        with pytest.raises(JournalLockedError, match="under another name"):
            open_journal(other_name)
    with open_journal(other_name):  # once closed, the other name opens
        assert lock.identity_lock_path(other_name) == lock.identity_lock_path(journal_path)
    identity = lock.identity_lock_path(journal_path)
    assert identity is not None and not identity.exists(), "removed at close"
    assert identity.parent.stat().st_mode & 0o077 == 0, "private to its user"


def test_a_symlink_to_an_open_journal_is_refused(journal_path: Path) -> None:
    link = journal_path.with_name("shortcut.sqlite")
    link.symlink_to(journal_path)
    with open_journal(journal_path), pytest.raises(JournalLockedError):
        open_journal(link)


def test_a_state_folder_that_cannot_be_written_does_not_stop_the_opening(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The user's own disk is full, the journal's stick is not: the lock beside it holds."""
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder would go")
    monkeypatch.setattr(lock, "identity_lock_path", lambda _path: blocked / "x.lock")
    with open_journal(journal_path) as journal:
        assert journal._lock is not None and journal._lock._identity is None
        assert lock.lock_path_for(journal_path).exists()
