"""One running BigJournal per journal: a second launch hands its file over and exits.

Double-clicking a successor archive while BigJournal is open starts a second copy of
the program. Before it paints anything, it knocks on a local socket (a Unix domain
socket, a named pipe on Windows) whose name comes from the user and the journal's
resolved path: if the copy already open on that journal answers, the second launch
sends it what it was asked to do (the archive to import, the journal) as one JSON
line, waits for "ok", and exits 0. The open copy comes to the front and offers
Import… for the archive. Finder's "open this file" (a ``QFileOpenEvent`` on macOS)
goes the same way, through :meth:`Handover.take`.

The name is per user (and the socket only accepts its own user), so two people
sharing a computer never reach each other's windows. Qt and the standard library
only: this runs before the first paint (tests/gui/test_start_up.py).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import platformdirs
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

JOURNAL_ENV = "BIGJOURNAL_JOURNAL"  # bigjournal.store.locations.JOURNAL_ENV
CONNECT_TIMEOUT_MS = 1000
REPLY_TIMEOUT_MS = 10_000  # the open copy may be busy for a moment (a loaded laptop)
MESSAGE_LIMIT = 64 * 1024
OK = b"ok\n"


def journal_key(journal: str | os.PathLike[str] | None) -> str:
    """The journal a launch is for, the same however it was named.

    Mirrors :func:`bigjournal.store.locations.resolve_target` (which imports the
    database layer, too slow before the first paint), then resolves links, so
    ``~/j.sqlite``, ``./j.sqlite`` and a symbolic link to it are one journal. A
    server address loses its password. tests/gui/test_single_instance.py checks
    both agree.
    """
    raw = str(journal) if journal not in (None, "") else ""
    if not raw:
        raw = os.environ.get(JOURNAL_ENV) or str(
            platformdirs.user_data_path("bigjournal", appauthor=False) / "journal.sqlite"
        )
    if raw.startswith("sqlite:///"):
        raw = raw.removeprefix("sqlite:///")
    elif "://" in raw:
        parts = urlsplit(raw)
        host = parts.hostname or ""
        netloc = f"{parts.username}@{host}" if parts.username else host
        if parts.port:
            netloc += f":{parts.port}"
        return urlunsplit((parts.scheme, netloc, parts.path, "", ""))
    return str(Path(raw).expanduser().resolve())


def user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container, say): the numeric id
        return str(getattr(os, "getuid", lambda: "user")())


def server_name(journal: str | os.PathLike[str] | None) -> str:
    """The socket's name: short (Unix socket paths are limited), per user and journal."""
    digest = hashlib.sha256(f"{user_name()}\0{journal_key(journal)}".encode()).hexdigest()
    return f"bigjournal-{digest[:24]}"


def hand_over(name: str, message: dict[str, Any]) -> bool:
    """Send ``message`` to the copy listening on ``name``; True once it said "ok"."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    _let_the_open_copy_come_forward()
    socket.write(json.dumps(message).encode("utf-8") + b"\n")
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    reply = b""
    while OK not in reply and socket.waitForReadyRead(REPLY_TIMEOUT_MS):
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    if OK not in reply:
        log.warning("the BigJournal already open on this journal did not answer")
        return False
    return True


def _let_the_open_copy_come_forward() -> None:
    """Windows lets only the foreground process raise a window: this launch (just
    started by a double-click) is it, and passes the right on (ASFW_ANY)."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # type: ignore[attr-defined]


class Handover(QObject):
    """The running copy's end: messages from later launches and from Finder."""

    #: A later launch's message: ``{"journal": key, "import": path or None}``.
    received = Signal(dict)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_new_connection)

    def listen(self) -> bool:
        if self.server.listen(self.name):
            log.info("listening for later launches as %s", self.name)
            return True
        return False

    def close(self) -> None:
        self.server.close()

    def move_to(self, journal: str | os.PathLike[str] | None) -> None:
        """The window switched journals: later launches for the new one come here, and
        those for the old one no longer do (they open it themselves)."""
        name = server_name(journal)
        if name == self.name:
            return
        self.server.close()
        self.name = name
        if not self.listen():
            QLocalServer.removeServer(name)  # a crashed copy's socket file (Unix)
            if not self.listen():
                log.warning("cannot listen as %s: %s", name, self.server.errorString())

    def take(self, message: dict[str, Any]) -> None:
        """Act on a message as if it came from a later launch (Finder's file, say)."""
        self.received.emit(message)

    def _on_new_connection(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            buffer = bytearray()
            socket.readyRead.connect(lambda s=socket, b=buffer: self._on_ready_read(s, b))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_ready_read(socket, buffer)

    def _on_ready_read(self, socket: QLocalSocket, buffer: bytearray) -> None:
        buffer += bytes(socket.readAll().data())
        if b"\n" not in buffer:
            if len(buffer) > MESSAGE_LIMIT:
                socket.abort()
            return
        line = bytes(buffer).split(b"\n", 1)[0]
        buffer.clear()
        try:
            message = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            socket.abort()
            return
        if not isinstance(message, dict):
            socket.abort()
            return
        socket.write(OK)
        socket.flush()
        socket.disconnectFromServer()
        log.info("a later launch handed over %s", message)
        self.received.emit(message)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """macOS: Finder sends the double-clicked file as a ``QFileOpenEvent``."""
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file() or event.url().toLocalFile()
            if path:
                log.info("the system asked to open %s", path)
                self.take({"journal": None, "import": path})
                return True
        return super().eventFilter(watched, event)


def claim(journal: str | os.PathLike[str] | None, message: dict[str, Any]) -> Handover | None:
    """Become the running copy for ``journal`` (a listening :class:`Handover`), or hand
    ``message`` to the copy already running on it and return None."""
    name = server_name(journal)
    if hand_over(name, message):
        log.info("handed over to the BigJournal already open as %s", name)
        return None
    handover = Handover(name)
    if handover.listen():
        return handover
    # Another copy starting this very moment, or (Unix) the socket file of a copy that
    # crashed: try it once more, then take the name over.
    if hand_over(name, message):
        return None
    QLocalServer.removeServer(name)
    if not handover.listen():
        # Not fatal: the journal's own lock still stops two copies writing at once.
        log.warning("cannot listen as %s: %s", name, handover.server.errorString())
    return handover
