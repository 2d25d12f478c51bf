"""Handing the journal on, and talking to other tools (no Qt).

- The successor archive: :func:`export_archive`, then :func:`read_archive`,
  :func:`preview_import` and :func:`import_archive` on the other computer.
- Contacts as vCard, meetings and promise due dates as iCalendar, registers as CSV:
  :mod:`~bigjournal.exchange.vcard`, :mod:`~bigjournal.exchange.ical`,
  :mod:`~bigjournal.exchange.registers`.

Long work takes ``progress(done, total, what)`` and a ``cancel`` event, so the app
can run it on a worker thread with a Cancel button.
"""

from bigjournal.exchange.archive import (
    ARCHIVE_SUFFIX,
    FORMAT_VERSION,
    LEAVE_OUT,
    LEAVE_OUT_LABELS,
    Archive,
    ArchiveInfo,
    ExportSummary,
    Limits,
    export_archive,
    inspect_archive,
    read_archive,
)
from bigjournal.exchange.errors import (
    ArchiveError,
    CancelledError,
    DamagedArchiveError,
    ExportError,
    NewerArchiveError,
    NotAnArchiveError,
    PassphraseNeededError,
    WrongPassphraseError,
)
from bigjournal.exchange.merge import ImportPreview, TableChanges, import_archive, preview_import
from bigjournal.exchange.seal import KeyStrength

__all__ = [
    "ARCHIVE_SUFFIX",
    "FORMAT_VERSION",
    "LEAVE_OUT",
    "LEAVE_OUT_LABELS",
    "Archive",
    "ArchiveError",
    "ArchiveInfo",
    "CancelledError",
    "DamagedArchiveError",
    "ExportError",
    "ExportSummary",
    "ImportPreview",
    "KeyStrength",
    "Limits",
    "NewerArchiveError",
    "NotAnArchiveError",
    "PassphraseNeededError",
    "TableChanges",
    "WrongPassphraseError",
    "export_archive",
    "import_archive",
    "inspect_archive",
    "preview_import",
    "read_archive",
]
