"""The command line's automatic backup, in a process of its own after the command.

A command used to copy and check the whole journal inside opening and again at close
when a backup was due (9.9 s instead of 1.8 s on fifteen years of records, issue 19).
Now :func:`start_if_due` runs after the command's output is written and its journal
closed: it decides cheaply (a listing of the backup folder and what this session
changed) and, when a backup is due, starts ``python -m bigjournal.store.background_backup``
detached, which makes it exactly as before — SQLite's online backup into a hidden
partial file, ``integrity_check``, then renamed into the rotation — so a backup is
still only ever kept when it is whole and checked, and a backup cut short (the computer
switched off) leaves only a partial file that a backup made an hour or more later
removes (one younger may be another backup still under way).

One background backup runs per journal at a time (an OS lock in its backup folder);
another started meanwhile finds a backup newer than its reason and stops. A failure
is written beside the backups and said by the next command that opens the journal.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bigjournal.store import backup, lock

if TYPE_CHECKING:
    from bigjournal.store.journal import Journal

RUNNING = ".automatic-backup.lock"
FAILED = ".automatic-backup-failed.txt"
#: ``bigjournal FLAG PATH REASON WHEN`` runs :func:`main` (for the frozen app).
FLAG = "--automatic-backup-in-background"
#: The background backups this process started.
STARTED: list[subprocess.Popen[bytes]] = []


def start_if_due(journal: Journal, *, reason: str = "closed after changes") -> bool:
    """Start the automatic backup of a (closed) journal in the background if one is due."""
    if journal.path is None or not backup.backup_due(journal):
        return False
    start(journal.path, reason=reason)
    return True


def start(journal_path: Path, *, reason: str) -> subprocess.Popen[bytes]:
    """Start the detached backup process; it outlives this one and says nothing here."""
    if sys.platform == "win32":
        creation_flags = subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP
        new_session = False
    else:
        creation_flags = 0  # Popen's default
        new_session = True
    decided_at = datetime.now(UTC).isoformat()
    # The installed app is frozen (PyInstaller): its executable is the ``bigjournal``
    # command itself, which runs this module when given FLAG first.
    runner = [sys.executable] + ([FLAG] if getattr(sys, "frozen", False) else ["-m", __name__])
    process = subprocess.Popen(
        [*runner, str(journal_path), reason, decided_at],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        close_fds=True,
        creationflags=creation_flags,
        start_new_session=new_session,
    )
    STARTED.append(process)  # not waited for; kept so it is not reported as forgotten
    return process


def last_failure(journal_path: Path) -> str | None:
    """Why the last background backup failed (None if it did not, or one succeeded since)."""
    try:
        return (backup.backup_folder(journal_path) / FAILED).read_text(encoding="utf-8").strip()
    except OSError:
        return None


def run(journal_path: Path, reason: str, decided_at: datetime) -> backup.BackupInfo | None:
    """Make the backup (in the background process): None when another process is making
    one, or made one after ``decided_at``."""
    folder = backup.backup_folder(journal_path)
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / RUNNING, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if not lock._try_lock(fd):
            return None  # another background backup of this journal is under way
        try:
            newest = backup.list_backups(journal_path)
            if newest and newest[0].made_at >= decided_at:
                return None
            try:
                info = backup.backup_file(journal_path, reason=reason)
            except Exception as error:  # said by the next command; nothing was kept
                _write_failure(folder, str(error))
                raise
            with contextlib.suppress(OSError):
                (folder / FAILED).unlink()
            return info
        finally:
            lock._unlock(fd)
    finally:
        os.close(fd)


def _write_failure(folder: Path, message: str) -> None:
    with contextlib.suppress(OSError):
        (folder / FAILED).write_text(
            f"The automatic backup of {datetime.now().astimezone():%a %d %b %Y, %H:%M} "
            f"failed: {message}",
            encoding="utf-8",
        )


def main(argv: Sequence[str]) -> int:
    path, reason, decided = argv
    try:
        run(Path(path), reason, datetime.fromisoformat(decided))
    except Exception:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
