"""Writing a file whole or not at all, and never over the journal.

Below everything that writes files for a volunteer (exchange, reports, the window,
the command line), so there is one atomic writer and one guard.

Every file BigJournal writes for a volunteer (archives, vCards, calendars, registers,
subject-access exports, printed reports) goes through :func:`atomic_file`: a
temporary file beside it (readable by its owner only), then a rename, so an
interrupted export never leaves a half-written file under the chosen name and never
damages a file already there.

:func:`refuse_protected` is the one guard against the worst typing slip, ``-o`` naming
the journal: it refuses the open journal and any SQLite database, their ``-wal``,
``-shm``, ``-journal`` and ``.lock`` companions, anything in the backups folder, and
anything that is not a regular file (``/dev/full``, a folder, a pipe).
:func:`check_destination` adds the question every command asks before replacing an
existing file (``--overwrite``); the window's save dialogs ask it themselves.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from bigjournal.errors import FileWriteError

SQLITE_HEADER = b"SQLite format 3\x00"
#: Files SQLite and BigJournal keep beside a journal, named after it.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")
#: The mode of every file written: personal data, private to its user.
PRIVATE_FILE_MODE = 0o600


def refuse_protected(
    destination: Path | str, *, journals: tuple[Path, ...] = (), backups_folder_ok: bool = False
) -> Path:
    """Raise :class:`FileWriteError` if writing ``destination`` could harm a journal.

    ``journals`` names journals to protect besides those open in this process.
    ``backups_folder_ok`` lets BigJournal's own backups (a shared journal's archive)
    be written into the backups folder; a file a volunteer chose never may.
    Returns the destination as a :class:`Path`.
    """
    destination = Path(destination).expanduser()
    name = destination.name
    try:
        found = os.stat(destination)
    except FileNotFoundError:
        found = None
    except OSError as error:
        raise FileWriteError(
            f"“{name}” cannot be written ({error.strerror or error}). Choose another place."
        ) from None
    if found is not None and stat.S_ISDIR(found.st_mode):
        raise FileWriteError(f"“{destination}” is a folder. Choose a file name.")
    if found is not None and not stat.S_ISREG(found.st_mode):
        raise FileWriteError(
            f"“{destination}” is not an ordinary file (it is a device or a pipe), so "
            "BigJournal will not write over it. Choose a file name in a folder."
        )
    protected = _protected_journals(journals)
    if found is not None and any(_same_file(found, journal) for journal in protected):
        raise _journal_refusal(name)
    absolute = _absolute(destination)
    for journal in protected:
        journal_absolute = _absolute(journal)
        if absolute == journal_absolute:
            raise _journal_refusal(name)
        if absolute.parent == journal_absolute.parent and any(
            absolute.name == journal_absolute.name + suffix for suffix in COMPANION_SUFFIXES
        ):
            raise _companion_refusal(name)
    if found is not None and _is_database(destination):
        raise FileWriteError(
            f"“{name}” is a database (perhaps a journal): BigJournal never writes an export "
            "over one. Choose another name."
        )
    for suffix in COMPANION_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            sibling = destination.with_name(name[: -len(suffix)])
            if _is_database(sibling):
                raise _companion_refusal(name)
    backups = _absolute(_backups_root())
    if not backups_folder_ok and (absolute == backups or backups in absolute.parents):
        raise FileWriteError(
            f"“{name}” is in BigJournal's backups folder, which only BigJournal's own "
            "backups may use. Choose another place, such as your Documents."
        )
    return destination


def check_destination(
    destination: Path | str, *, overwrite: bool, journals: tuple[Path, ...] = ()
) -> Path:
    """:func:`refuse_protected`, then refuse an existing file unless ``overwrite``."""
    destination = refuse_protected(destination, journals=journals)
    if not overwrite and os.path.lexists(destination):
        raise FileWriteError(
            f"“{destination}” already exists. Choose another name, or add --overwrite "
            "to replace it."
        )
    return destination


def _journal_refusal(name: str) -> FileWriteError:
    return FileWriteError(
        f"“{name}” is the journal itself: writing there would replace it. "
        "Choose another name for the file."
    )


def _companion_refusal(name: str) -> FileWriteError:
    return FileWriteError(
        f"“{name}” belongs to a journal (SQLite keeps its unsaved changes or its lock "
        "there): writing there would damage it. Choose another name."
    )


def _absolute(path: Path) -> Path:
    try:
        return Path(os.path.realpath(path))
    except (OSError, ValueError):
        return Path(os.path.abspath(path))


def _same_file(found: os.stat_result, other: Path) -> bool:
    try:
        theirs = os.stat(other)
    except (OSError, ValueError):
        return False
    return (found.st_dev, found.st_ino) == (theirs.st_dev, theirs.st_ino)


def _is_database(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except (OSError, ValueError):
        return False


def _protected_journals(extra: tuple[Path, ...]) -> list[Path]:
    from bigjournal.store.lock import open_journal_paths

    return [*open_journal_paths(), *(Path(p) for p in extra)]


def _backups_root() -> Path:
    from bigjournal.store.locations import data_dir

    return data_dir() / "backups"


@contextlib.contextmanager
def replaced_atomically(
    destination: Path, *, before_replace: Callable[[], object] | None = None
) -> Iterator[BinaryIO]:
    """The one atomic writer: yield a binary file that replaces ``destination`` whole.

    A private temporary file beside it (``mkstemp``: readable by its user only) is
    flushed to the disk, renamed over ``destination`` in one step and the rename made
    durable, so a crash leaves the old file or the new one, never half of either.
    ``before_replace`` runs just before the rename (a last check). Raises ``OSError``;
    every other file BigJournal writes goes through here or :func:`atomic_file`.
    """
    folder = destination.parent
    handle, temporary_name = tempfile.mkstemp(
        prefix=f".{destination.name[:60]}.", suffix=".part", dir=folder
    )
    temporary = Path(temporary_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        if before_replace is not None:
            before_replace()
        os.replace(temporary, destination)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(folder)


@contextlib.contextmanager
def atomic_file(destination: Path | str) -> Iterator[BinaryIO]:
    """Yield a binary file; on success it replaces ``destination`` in one step.

    The caller has already decided that an existing file may be replaced (the
    command line's ``--overwrite``, the window's question); the journal never may.
    """
    # The backups folder is checked where a volunteer chooses the file (check_destination,
    # the window's dialogs): a shared journal's own backup is written there through here.
    destination = refuse_protected(destination, backups_folder_ok=True)
    folder = destination.parent
    if not folder.is_dir():
        raise FileWriteError(f"The folder “{folder}” does not exist. Choose another place.")
    try:
        with replaced_atomically(
            destination,  # nothing moved a journal there meanwhile
            before_replace=lambda: refuse_protected(destination, backups_folder_ok=True),
        ) as stream:
            yield stream
    except OSError as error:
        raise _explain(error, destination) from error


def write_atomically(destination: Path | str, data: bytes) -> None:
    with atomic_file(destination) as stream:
        stream.write(data)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles."""
    if os.name != "posix":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _explain(error: OSError, destination: Path) -> FileWriteError:
    if error.errno == errno.ENOSPC:
        return FileWriteError(
            f"“{destination.name}” was not written: the disk is full. Free some space or "
            "choose another drive, and try again."
        )
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return FileWriteError(
            f"“{destination.name}” could not be written there: the folder is read-only or "
            "you may not write to it. Choose another place."
        )
    return FileWriteError(
        f"“{destination.name}” could not be written ({error.strerror or error}). "
        "Check the drive is still connected and try again."
    )
