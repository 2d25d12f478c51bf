"""One place where unexpected errors go: a private, rotating log with their tracebacks.

The window and the command line both write here, so whoever looks after BigJournal
finds every failure in one folder (``bigjournal.log`` and its older copies, crash
reports, native crashes from :mod:`faulthandler`). What is written is scrubbed first:
passwords in server addresses and the values SQLAlchemy prints with a failed
statement (people's names, notes, phone numbers) never reach a file.

Qt-free, so that every layer may log through it.
"""

from __future__ import annotations

import faulthandler
import io
import logging
import logging.handlers
import os
import re
import sys
import traceback
import zipfile
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from bigjournal import APP_NAME, __version__

LOG_NAME = "bigjournal.log"
NATIVE_CRASH_NAME = "native-crash.txt"
LOGGER_NAME = "bigjournal"
MAX_LOG_BYTES = 512 * 1024
KEPT_LOGS = 3

# user:secret@host in any URL-like address (postgresql+psycopg://aisha:pw@server/db).
_CREDENTIALS = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]*://)(?P<user>[^:/@\s]*):[^@/\s]*@")
# SQLAlchemy appends "[parameters: (...)]" (and "[SQL: ...]" holds only the statement).
_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\s*(?:\n|\(Background|$))", re.DOTALL)
_PASSWORD_SETTING = re.compile(r"(?i)(password\s*[=:]\s*)\S+")

_state: dict[str, Any] = {}


def log_folder() -> Path:
    """The user's log folder (created private to them on first use)."""
    import platformdirs

    folder = Path(platformdirs.user_log_path("bigjournal", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        folder.chmod(0o700)
    return folder


def scrub(text: str) -> str:
    """Text safe to keep or send: no passwords, no SQL parameter values."""
    text = _CREDENTIALS.sub(lambda m: f"{m['scheme']}{m['user']}:***@", text)
    text = _PARAMETERS.sub("[parameters: hidden]", text)
    return _PASSWORD_SETTING.sub(r"\1***", text)


class _ScrubbingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files only their owner can read."""

    def _open(self) -> io.TextIOWrapper:
        if os.name == "posix":
            descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            os.close(descriptor)
            os.chmod(self.baseFilename, 0o600)
        return super()._open()


def logger() -> logging.Logger:
    """BigJournal's logger, writing to the rotating log once :func:`set_up` has run."""
    return logging.getLogger(LOGGER_NAME)


def set_up(*, native_crashes: bool = False) -> Path | None:
    """Start logging to the user's log folder; with ``native_crashes`` also faulthandler.

    Never fails: a log folder that cannot be written leaves logging to stderr only.
    Returns the log file's path, or None.
    """
    if "log_path" in _state:
        known: Path | None = _state["log_path"]
        return known
    try:
        folder = log_folder()
        path = folder / LOG_NAME
        handler = _PrivateRotatingHandler(
            path, maxBytes=MAX_LOG_BYTES, backupCount=KEPT_LOGS, encoding="utf-8"
        )
    except OSError:
        _state["log_path"] = None
        return None
    handler.setFormatter(_ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log = logger()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _state["log_path"] = path
    _state["handler"] = handler
    if native_crashes:
        _enable_faulthandler(folder)
    return path


def _enable_faulthandler(folder: Path) -> None:
    """Native crashes (a segfault inside Qt) write every thread's stack beside the log."""
    try:
        descriptor = os.open(
            folder / NATIVE_CRASH_NAME, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600
        )
        stream = os.fdopen(descriptor, "a", encoding="utf-8")
    except OSError:
        return
    stream.write(f"--- {APP_NAME} {__version__} started {datetime.now():%Y-%m-%d %H:%M:%S}\n")
    stream.flush()
    _state["native_stream"] = stream
    faulthandler.enable(stream, all_threads=True)


def shut_down() -> None:
    """Stop writing to the log folder (tests; the app at exit)."""
    handler = _state.pop("handler", None)
    if handler is not None:
        logger().removeHandler(handler)
        handler.close()
    stream = _state.pop("native_stream", None)
    if stream is not None:
        if faulthandler.is_enabled():
            faulthandler.disable()
        stream.close()
    _state.pop("log_path", None)


def log_unexpected(error: BaseException, where: str) -> str:
    """Write an unexpected error with its traceback; the scrubbed details, for a dialog."""
    details = describe(error, where)
    logger().error("%s", details)
    return details


def describe(error: BaseException, where: str) -> str:
    """The details a volunteer can copy: version, where it happened, the traceback."""
    lines = traceback.format_exception(type(error), error, error.__traceback__)
    return scrub(f"{APP_NAME} {__version__} — {where}\n{''.join(lines)}".rstrip())


def crash_report(text: str) -> Path | None:
    """Write a crash report (the command line's) into the log folder; never fails."""
    try:
        folder = log_folder()
        path = folder / f"crash-{datetime.now():%Y%m%d-%H%M%S}.txt"
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(scrub(text))
    except OSError:
        return None
    return path


def report_files(folder: Path | None = None) -> list[Path]:
    """The log files and the newest crash reports, newest first: what a report gathers."""
    folder = folder or log_folder()
    logs = sorted(folder.glob(f"{LOG_NAME}*"))
    crashes = sorted(folder.glob("crash-*.txt"), reverse=True)[:10]
    native = [folder / NATIVE_CRASH_NAME] if (folder / NATIVE_CRASH_NAME).exists() else []
    return [*logs, *crashes, *native]


def gather_report(destination: Path, *, extra: Iterable[tuple[str, str]] = ()) -> Path:
    """One zip file to send to whoever looks after BigJournal (written atomically)."""
    # Imported here: the crash handlers load this module before the database layer.
    from bigjournal.store.files import replaced_atomically

    destination = Path(destination)
    with (
        replaced_atomically(destination) as stream,
        zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as archive,
    ):
        archive.writestr(
            "about.txt",
            f"{APP_NAME} {__version__}\nPython {sys.version.split()[0]} on {sys.platform}\n"
            f"Gathered {datetime.now():%Y-%m-%d %H:%M:%S}\n",
        )
        for name, text in extra:
            archive.writestr(name, scrub(text))
        for path in report_files():
            archive.writestr(path.name, scrub(path.read_text("utf-8", errors="replace")))
    return destination
