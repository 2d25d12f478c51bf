"""Errors a volunteer may see.

Every exception here carries a message written for the person at the keyboard:
what went wrong, in plain words, and what they can do about it. Code that catches
them shows ``str(error)`` as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any


class JournalError(Exception):
    """Base of every failure that is explained to the user."""


class UnexpectedError(JournalError):
    """A bug stopped some work; ``details`` (logged already) hold the scrubbed traceback.

    Background work hands this to the window in place of the exception itself, so the
    volunteer reads a plain sentence and can still copy the details to pass on.
    """

    def __init__(self, message: str, details: str) -> None:
        super().__init__(message)
        self.details = details


class FileWriteError(JournalError):
    """A file was not written (or was refused, to protect the journal); nothing changed."""


class ValidationError(JournalError):
    """The input cannot be saved as it is; nothing was written."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(JournalError):
    """A record named by the user is not in the journal."""


class AmbiguousNameError(NotFoundError):
    """A name matches more than one record; the user must be more precise."""

    def __init__(self, message: str, candidates: list[str]) -> None:
        super().__init__(message)
        self.candidates = candidates


class JournalOpenError(JournalError):
    """The journal could not be opened; the file was left as it was."""


class NewerJournalError(JournalOpenError):
    """The journal was written by a newer BigJournal and is refused untouched."""


class NotAJournalError(JournalOpenError):
    """The file is not a BigJournal journal (or is damaged beyond recognition)."""


class JournalLockedError(JournalOpenError):
    """Another copy of BigJournal is writing to the same journal."""


class ConflictError(JournalError):
    """Someone else changed the record since it was read (team journals).

    When known, it carries who saved first and when, and both versions: ``theirs``
    (the record as it is now) and ``yours`` (the change that was not saved), so the
    person can compare them and apply theirs again — nothing is silently lost.
    """

    def __init__(
        self,
        message: str,
        *,
        changed_by: str | None = None,
        changed_at: datetime | None = None,
        theirs: Mapping[str, Any] | None = None,
        yours: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.theirs: dict[str, Any] = dict(theirs or {})
        self.yours: dict[str, Any] = dict(yours or {})


class SaveError(JournalError):
    """The change could not be written (disk full, device removed…); nothing changed."""


class DamagedJournalError(NotAJournalError):
    """The journal file is damaged: it was set aside (never deleted) and a backup is offered.

    ``set_aside_as`` is where the damaged file now lies; ``backup_path`` and
    ``backup_made_at`` name the newest good backup, if there is one, so the app or the
    command line can offer to restore it.
    """

    def __init__(
        self,
        message: str,
        *,
        set_aside_as: object | None = None,
        backup_path: object | None = None,
        backup_made_at: object | None = None,
    ) -> None:
        super().__init__(message)
        self.set_aside_as = set_aside_as
        self.backup_path = backup_path
        self.backup_made_at = backup_made_at


class JournalMissingError(JournalOpenError):
    """A journal that has backups is missing (drive not plugged in, file moved or set aside).

    Refused rather than silently replaced by a new, empty journal.
    """

    def __init__(
        self,
        message: str,
        *,
        backup_path: object | None = None,
        backup_made_at: object | None = None,
    ) -> None:
        super().__init__(message)
        self.backup_path = backup_path
        self.backup_made_at = backup_made_at


class JournalReadError(JournalError):
    """The journal could not be read (device removed, I/O error); nothing was changed."""


class BackupError(JournalError):
    """A backup could not be made or restored; the journal itself was not changed."""
