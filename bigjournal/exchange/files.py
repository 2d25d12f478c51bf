"""Writing a file whole or not at all: a temporary file beside it, then a rename.

An export that is interrupted (cancelled, disk full, USB stick pulled) never leaves a
half-written file under the chosen name, and never damages a file already there.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from bigjournal.exchange.errors import ExportError


@contextlib.contextmanager
def atomic_file(destination: Path) -> Iterator[BinaryIO]:
    """Yield a binary file; on success it replaces ``destination`` in one step."""
    destination = Path(destination)
    folder = destination.parent
    if not folder.is_dir():
        raise ExportError(f"The folder “{folder}” does not exist. Choose another place.")
    if destination.is_dir():
        raise ExportError(f"“{destination}” is a folder. Choose a file name.")
    try:
        handle, temporary_name = tempfile.mkstemp(
            prefix=f".{destination.name}.", suffix=".part", dir=folder
        )
    except OSError as error:
        raise _explain(error, destination) from error
    temporary = Path(temporary_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, destination)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise _explain(error, destination) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(folder)


def write_atomically(destination: Path, data: bytes) -> None:
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


def _explain(error: OSError, destination: Path) -> ExportError:
    import errno

    if error.errno == errno.ENOSPC:
        return ExportError(
            f"“{destination.name}” was not written: the disk is full. Free some space or "
            "choose another drive, and try again."
        )
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportError(
            f"“{destination.name}” could not be written there: the folder is read-only or "
            "you may not write to it. Choose another place."
        )
    return ExportError(
        f"“{destination.name}” could not be written ({error.strerror or error}). "
        "Check the drive is still connected and try again."
    )
