"""Translating the database driver's errors into sentences for the volunteer.

A failed read becomes a :class:`~bigjournal.errors.JournalReadError`, a failed write a
:class:`~bigjournal.errors.SaveError`, each naming what the volunteer can do (a full
disk, a read-only file or login, a damaged file); :mod:`bigjournal.store.journal` and
:mod:`bigjournal.store.opening` raise them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError

from bigjournal.errors import (
    JournalOpenError,
    JournalReadError,
    SaveError,
)

INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL's SQLSTATE for "permission denied"

# SQLite's words for a damaged file (SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_IOERR).
DAMAGE_SIGNS = ("malformed", "not a database", "disk i/o error", "corrupt", "vtable constructor")
#: Of those, the ones that say the file itself is damaged (not the drive it is on).
_DAMAGED_FILE_SIGNS = ("malformed", "not a database", "corrupt", "vtable constructor")


def driver_reason(error: DBAPIError) -> str:
    return str(error.orig) if error.orig else str(error)


def read_error(error: DBAPIError, path: Path | None = None) -> JournalReadError:
    return read_error_because(driver_reason(error), path)


def read_error_because(reason: str, path: Path | None = None) -> JournalReadError:
    if is_full_disk(reason, path):
        return JournalReadError(
            "The journal could not be read: the disk is full, and SQLite needs a little "
            "room even to read. Free some space and try again; nothing was changed."
        )
    if any(sign in reason.lower() for sign in _DAMAGED_FILE_SIGNS):
        return JournalReadError(f"The journal could not be read ({reason}). {REOPEN_TO_MEND}")
    return JournalReadError(
        f"The journal could not be read ({reason}). Check the drive is "
        "still connected; if this happens again, run “bigjournal check”."
    )


#: What to do when SQLite finds damage while working: the next opening checks the file
#: in full (no clean-close record is written after a sign of damage).
REOPEN_TO_MEND = (
    "Part of the journal file is damaged. Close BigJournal and open the journal again: "
    "it will be checked, a damaged search index rebuilt from the records, and a damaged "
    "journal set aside with the newest good backup offered."
)


def is_storage_failure(error: DatabaseError) -> bool:
    """Operational failures and damage, but not constraint errors the use cases handle."""
    if isinstance(error, OperationalError) or _is_read_only_login(error):
        return True
    return type(error) is DatabaseError or "malformed" in driver_reason(error).lower()


def _is_read_only_login(error: DBAPIError) -> bool:
    """The server refused a change for lack of permission (an observer's login)."""
    return getattr(error.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE


#: Less free space than this, beside a journal that failed to be read or written, means
#: the disk is full: SQLite reports a full disk while it extends its shared-memory file
#: as an I/O error, and telling the volunteer to check the drive would mislead them.
FULL_DISK_BYTES = 1 << 20


def disk_is_full(path: Path | None) -> bool:
    """True when the journal's folder has (almost) no room left."""
    if path is None:
        return False
    try:
        return shutil.disk_usage(path.parent).free < FULL_DISK_BYTES
    except OSError:
        return False


def is_full_disk(reason: str, path: Path | None) -> bool:
    reason = reason.lower()
    if "full" in reason or "no space" in reason:
        return True
    return ("i/o" in reason or "unable to open" in reason) and disk_is_full(path)


def full_disk_at_opening(path: Path) -> JournalOpenError:
    return JournalOpenError(
        f"“{path.name}” was not opened: the disk is full, and SQLite needs a little room "
        "even to read the journal. Free some space and try again; nothing was changed."
    )


def save_error(error: DBAPIError, path: Path | None = None) -> SaveError:
    if _is_read_only_login(error):
        return SaveError(
            "Not saved: your login may read this shared journal but not change it. Ask "
            "whoever looks after the server if you should be able to."
        )
    message = driver_reason(error).lower()
    if any(sign in message for sign in _DAMAGED_FILE_SIGNS):
        return SaveError(f"Not saved. {REOPEN_TO_MEND}")
    if is_full_disk(message, path):
        return SaveError("Not saved: the disk is full. Free some space and try again.")
    if "locked" in message or "busy" in message:
        return SaveError("Not saved: another program is using the journal. Close it and try again.")
    if "readonly" in message or "read-only" in message:
        return SaveError("Not saved: the journal file cannot be written to (it is read-only).")
    return SaveError(
        "Not saved: the journal could not be written "
        f"({message}). Check the drive is still connected and try again."
    )
