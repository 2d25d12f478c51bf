"""One writer per journal: a lock file beside it, held with an operating-system lock.

Two copies of BigJournal writing the same file is how shared laptops and synced folders
lose work, so the second one is refused with a sentence that names the first (process,
computer, time). The lock itself is an OS lock (``flock`` on POSIX, ``msvcrt.locking``
on Windows) on ``<journal>.lock``, not the file's existence: when a process crashes or
is killed the OS drops its lock, and the next open takes the stale file over safely.

The lock file is removed at close while still locked; whoever then acquires a lock on
the removed file notices (its inode no longer matches the path) and tries again, so two
processes can never both believe they hold the lock.

Within one process the lock is re-entrant: opening the same journal twice in the same
program (a window and an export, say) shares one lock, since SQLite coordinates the
connections of one process itself.

One file can have two names (hard links): SQLite would keep a write-ahead log beside
each, and two copies writing through the two names lose work and damage the file. So
the file itself is locked too, by its device and inode number, with a second lock file
in the user's state folder (:func:`identity_lock_path`); a second opener through
another name is refused in the same words, naming the name it is open under.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bigjournal.errors import JournalLockedError, JournalOpenError

LOCK_SUFFIX = ".lock"
# The second writer is told within two seconds; waiting a little first lets a copy
# that is just closing finish, so quickly reopening a journal is never refused.
WAIT_SECONDS = 1.0
_RETRY_SECONDS = 0.05
_WINDOWS_LOCK_OFFSET = 1 << 20  # lock a byte beyond the text so others can still read it


@dataclass(frozen=True)
class LockOwner:
    """Who holds (or last held) a journal's lock, as written in the lock file."""

    pid: int
    host: str
    since: datetime

    def describe(self) -> str:
        when = self.since.astimezone().strftime("%H:%M on %d %b %Y")
        if self.since.astimezone().date() == datetime.now().astimezone().date():
            when = self.since.astimezone().strftime("%H:%M")
        return f"process {self.pid} on {self.host}, since {when}"


def lock_path_for(journal_path: Path) -> Path:
    return journal_path.with_name(journal_path.name + LOCK_SUFFIX)


class JournalLock:
    """A held lock on one journal; :meth:`release` it when the journal is closed."""

    def __init__(
        self,
        path: Path,
        fd: int,
        took_over: LockOwner | None,
        identity: tuple[Path, int] | None = None,
    ) -> None:
        self.path = path
        self._fd: int | None = fd
        #: The lock on the file itself, by device and inode (its path and descriptor).
        self._identity = identity
        self._holders = 1
        #: The owner recorded by a process that ended without closing the journal.
        self.took_over = took_over
        # What this process learnt about the file's health while holding it, shared by
        # every Journal it opened on the file (store.journal writes it down at close).
        #: When SQLite's full check last passed on this file (None: not this session).
        self.last_full_check: datetime | None = None
        #: Set when the file may be damaged: no clean-close record is written then.
        self.suspect = False

    @property
    def held(self) -> bool:
        return self._fd is not None

    @property
    def holders(self) -> int:
        """How many opened journals in this process share the lock (0 once released)."""
        return self._holders if self._fd is not None else 0

    def release(self) -> None:
        with _registry_lock:
            if self._fd is None:
                return
            self._holders -= 1
            if self._holders > 0:
                return
            _registry.pop(str(self.path), None)
            fd, self._fd = self._fd, None
            identity, self._identity = self._identity, None
        if identity is not None:
            _let_go(*identity)
        _let_go(self.path, fd)


def _let_go(path: Path, fd: int) -> None:
    if sys.platform != "win32":
        # Removed while still locked: see the module docstring.
        with contextlib.suppress(OSError):
            path.unlink()
    _unlock(fd)
    os.close(fd)


_registry: dict[str, JournalLock] = {}
_registry_lock = threading.Lock()


def open_journal_paths() -> list[Path]:
    """The journal files this process holds open (what no export may write over)."""
    with _registry_lock:
        held = [lock.path for lock in _registry.values() if lock.held]
    return [path.with_name(path.name.removesuffix(LOCK_SUFFIX)) for path in held]


def acquire(journal_path: Path, *, wait: float = WAIT_SECONDS) -> JournalLock:
    """Lock ``journal_path`` for this process or raise :class:`JournalLockedError`."""
    path = lock_path_for(journal_path)
    key = str(path)
    with _registry_lock:
        existing = _registry.get(key)
        if existing is not None and existing.held:
            existing._holders += 1
            return existing
    deadline = time.monotonic() + wait
    fd, took_over = _hold(path, journal_path, deadline)
    try:
        identity = _hold_the_file_itself(journal_path, deadline)
    except BaseException:
        _let_go(path, fd)
        raise
    lock = JournalLock(path, fd, took_over, identity)
    with _registry_lock:
        _registry[key] = lock
    return lock


def _hold(
    path: Path, journal_path: Path, deadline: float, *, other_name: bool = False
) -> tuple[int, LockOwner | None]:
    """Lock the file at ``path`` (writing this process as its owner), waiting until
    ``deadline``; returns its descriptor and the owner a crashed process left in it."""
    while True:
        fd = _open_lock_file(path, journal_path)
        if _try_lock(fd) and _still_names(path, fd):
            took_over = _read_owner(fd)
            try:
                _write_owner(fd, journal_path)
            except OSError as error:  # a full disk (ENOSPC) or a failing drive
                _let_go(path, fd)
                raise _owner_not_written(error, journal_path) from None
            return fd, took_over
        owner = _read_owner(fd)
        name = _read_journal_name(fd) if other_name else None
        os.close(fd)
        if time.monotonic() >= deadline:
            raise JournalLockedError(_locked_message(owner, other_name=name))
        time.sleep(_RETRY_SECONDS)


def identity_lock_path(journal_path: Path) -> Path | None:
    """The lock file for the journal file itself, whatever it is called (None when the
    file cannot be looked at): in the user's state folder, named by device and inode."""
    from bigjournal.store.health import state_dir

    try:
        info = journal_path.stat()
    except OSError:
        return None
    if not info.st_ino:  # a filesystem without file numbers: nothing to go by
        return None
    return state_dir() / "open-journals" / f"{info.st_dev:x}-{info.st_ino:x}{LOCK_SUFFIX}"


def _hold_the_file_itself(journal_path: Path, deadline: float) -> tuple[Path, int] | None:
    """Lock the journal by its device and inode, so another name for it is refused."""
    path = identity_lock_path(journal_path)
    if path is None:
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, _took_over = _hold(path, journal_path, deadline, other_name=True)
    except JournalLockedError:
        raise
    except (OSError, JournalOpenError):
        # The user's own folder is full or unwritable (the journal may be on a stick
        # with room): the lock beside the journal still holds, so open without this one.
        return None
    return path, fd


def read_owner(journal_path: Path) -> LockOwner | None:
    """The owner written in the journal's lock file, if any (held or stale)."""
    try:
        data = lock_path_for(journal_path).read_text(encoding="utf-8")
    except OSError:
        return None
    return _parse_owner(data)


def _locked_message(owner: LockOwner | None, *, other_name: str | None = None) -> str:
    who = f" ({owner.describe()})" if owner else ""
    if other_name is not None:
        return (
            f"BigJournal is already open on this journal under another name, "
            f"“{other_name}”{who}: the two names are one file. Close it there first, "
            "then try again, and keep to one name: two copies writing the same journal "
            "could lose work."
        )
    return (
        f"BigJournal is already open on this journal{who}. Close it there first, "
        "then try again. Two copies writing the same journal could lose work."
    )


def _read_journal_name(fd: int) -> str:
    """The journal's name as the holder of a file's lock opened it."""
    try:
        data = json.loads(os.pread(fd, 4096, 0) if hasattr(os, "pread") else _read_from_start(fd))
        return str(data["journal"])
    except (OSError, ValueError, KeyError, TypeError):
        return "another name"


def _open_lock_file(path: Path, journal_path: Path) -> int:
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o600)  # private to its user
    except OSError as error:
        raise JournalOpenError(
            f"BigJournal cannot write in the folder “{journal_path.parent}” "
            f"({error.strerror}). Copy the journal to a folder of your own, "
            "such as Documents, and open it there."
        ) from error


def _still_names(path: Path, fd: int) -> bool:
    """True if the locked file is still the one at ``path`` (not removed by a closer)."""
    if sys.platform == "win32":
        return True
    try:
        on_disk = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (on_disk.st_dev, on_disk.st_ino) == (held.st_dev, held.st_ino)


def _read_owner(fd: int) -> LockOwner | None:
    try:
        data = os.pread(fd, 4096, 0) if hasattr(os, "pread") else _read_from_start(fd)
    except OSError:
        return None
    return _parse_owner(data.decode("utf-8", "replace"))


def _read_from_start(fd: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    return os.read(fd, 4096)


def _parse_owner(text: str) -> LockOwner | None:
    try:
        data = json.loads(text)
        return LockOwner(int(data["pid"]), str(data["host"]), datetime.fromisoformat(data["since"]))
    except (ValueError, KeyError, TypeError):
        return None


def _owner_not_written(error: OSError, journal_path: Path) -> JournalOpenError:
    import errno

    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return JournalOpenError(
            f"“{journal_path.name}” was not opened: the disk is full, so BigJournal cannot "
            "even note that it has the journal open. Free some space and try again; "
            "nothing was changed."
        )
    return JournalOpenError(
        f"“{journal_path.name}” was not opened: the folder it is in could not be written "
        f"({error.strerror or error}). Check the drive is still connected and try again; "
        "nothing was changed."
    )


def _write_owner(fd: int, journal_path: Path) -> None:
    owner = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "since": datetime.now().astimezone().isoformat(timespec="seconds"),
        "program": "BigJournal",
        "journal": os.path.abspath(journal_path),
    }
    data = json.dumps(owner).encode("utf-8")
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, data)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError:
            # A filesystem without locks (some network shares): refusing to open
            # forever would be worse; the risky-place warning covers these.
            return True
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
