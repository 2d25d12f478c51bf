"""Progress, cancelling and atomic saving, shared by every report.

A report is built in a temporary file beside the chosen one and moved into place
only when complete, so a cancelled, failed or interrupted build never leaves a
half-written PDF (nor replaces a good one) under the chosen name.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from bigjournal.errors import JournalError, SaveError

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
Destination = str | os.PathLike[str] | BinaryIO


class ReportCancelled(JournalError):
    """The user cancelled a report; nothing was saved."""

    def __init__(self, what: str = "report") -> None:
        super().__init__(f"The {what} was cancelled; nothing was saved.")


class ReportSaveError(SaveError):
    """The PDF could not be written where the user asked."""


class Steps:
    """Counts work done, tells ``progress(done, total)``, and stops when cancelled.

    The GUI passes a callback that re-emits a Qt signal and ``event.is_set`` of a
    ``threading.Event`` as ``cancel``; both are called from the building thread.
    """

    def __init__(
        self,
        total: int,
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
        *,
        what: str = "report",
    ) -> None:
        self.total = max(1, total)
        self.done = 0
        self._progress = progress
        self._cancel = cancel
        self.what = what

    def check(self) -> None:
        if self._cancel is not None and self._cancel():
            raise ReportCancelled(self.what)

    def advance(self, count: int = 1) -> None:
        self.check()
        # Never reach the total before the file is saved: the last step is ``finish``.
        self.done = min(self.done + count, self.total - 1)
        if self._progress is not None:
            self._progress(self.done, self.total)

    def finish(self) -> None:
        self.done = self.total
        if self._progress is not None:
            self._progress(self.total, self.total)


@contextlib.contextmanager
def atomic_pdf(destination: Destination) -> Iterator[str | BinaryIO]:
    """Yield where reportlab should write; move it to ``destination`` only on success.

    A file object is written to directly (the caller owns it).
    """
    if not isinstance(destination, str | os.PathLike):
        yield destination
        return
    target = Path(destination).expanduser()
    if target.is_dir():
        raise ReportSaveError(f"“{target}” is a folder; please choose a file name for the PDF.")
    _refuse_protected(target)
    folder = target.parent
    if not folder.is_dir():
        raise ReportSaveError(
            f"The folder “{folder}” does not exist; please choose another place for the PDF."
        )
    temporary = str(folder / f".{target.stem[:40]}.{secrets.token_hex(4)}.part")
    try:
        # Private to its user like every export: it names people and their numbers.
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as error:
        raise _save_error(target, error) from error
    try:
        yield temporary
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        _refuse_protected(target)
        os.replace(temporary, target)
    except OSError as error:
        _remove(temporary)
        raise _save_error(target, error) from error
    except BaseException:
        _remove(temporary)
        raise


def _refuse_protected(target: Path) -> None:
    """Never over the journal, its companions, its backups or a device (store.files)."""
    from bigjournal.store.files import refuse_protected

    try:
        refuse_protected(target)
    except JournalError as error:
        raise ReportSaveError(str(error)) from None


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def _save_error(target: Path, error: OSError) -> ReportSaveError:
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReportSaveError(
            f"The PDF could not be saved as “{target}”: BigJournal may not write there "
            "(or the file is open in another program). Close it, or choose another "
            "folder, such as your Documents."
        )
    if error.errno == errno.ENOSPC:
        return ReportSaveError(
            f"The PDF could not be saved as “{target}”: the disk is full. "
            "Free some space, or choose another place."
        )
    reason = error.strerror or str(error)
    return ReportSaveError(f"The PDF could not be saved as “{target}” ({reason}).")
