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
