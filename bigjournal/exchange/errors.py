"""Failures of export and import, each explained in plain words.

Every one is a :class:`~bigjournal.errors.JournalError`, so the command line and the
app show the sentence as it is. An import that raises any of them changed nothing.
"""

from __future__ import annotations

from bigjournal.errors import FileWriteError, JournalError


class ArchiveError(JournalError):
    """The archive cannot be read or imported; the journal was left as it was."""


class NotAnArchiveError(ArchiveError):
    """The file is not a BigJournal archive at all."""


class DamagedArchiveError(ArchiveError):
    """The file is an archive, but incomplete, altered or unsafe to read."""


class NewerArchiveError(ArchiveError):
    """The archive was made by a newer BigJournal than this one."""


class PassphraseNeededError(ArchiveError):
    """The archive is locked with a passphrase and none was given."""


class WrongPassphraseError(ArchiveError):
    """The passphrase given does not open the archive."""


class CancelledError(JournalError):
    """The volunteer stopped the work; nothing was written."""


class ExportError(FileWriteError):
    """The archive or file could not be written; nothing was left under its name."""
