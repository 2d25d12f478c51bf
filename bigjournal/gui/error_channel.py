"""Every unexpected exception in the window reaches the log and the volunteer.

Without this, an exception in a slot is printed to a terminal nobody is looking at
and the volunteer sees nothing happen. :func:`install` replaces ``sys.excepthook``
and ``threading.excepthook``: the traceback is written to the rotating log
(:mod:`bigjournal.diagnostics`), and the window shows a plain sentence with "Copy the
details" and "Open the log folder". Native crashes go to the same folder through
:mod:`faulthandler`.

Imports only Qt and Qt-free modules: the app installs it before its first paint.
"""

from __future__ import annotations

import sys
import threading
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from bigjournal import diagnostics

#: How many dialogs one burst of failures may open (a failing paint repeats).
MAX_DIALOGS = 3


class ErrorChannel(QObject):
    """Receives failures from any thread and shows them on the GUI thread."""

    reported = Signal(str, str)  # the sentence, the details

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shown = 0
        self._boxes: list[QMessageBox] = []  # unparented boxes live as long as they show
        self.reported.connect(self._show)
        self._previous: dict[str, Any] = {}

    def install(self) -> None:
        self._previous = {"sys": sys.excepthook, "threading": threading.excepthook}
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if self._previous:
            sys.excepthook = self._previous["sys"]
            threading.excepthook = self._previous["threading"]
            self._previous = {}

    def excepthook(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.exit(130)
            return
        self.report(error.with_traceback(trace), "the window")

    def thread_excepthook(self, arguments: threading.ExceptHookArgs) -> None:
        error = arguments.exc_value
        if error is None:
            return
        name = arguments.thread.name if arguments.thread is not None else "a thread"
        self.report(error.with_traceback(arguments.exc_traceback), f"background thread {name}")

    def report(self, error: BaseException, where: str) -> None:
        """Log now (any thread); show on the GUI thread (the signal is queued there)."""
        from bigjournal.gui.errors import explain

        details = diagnostics.log_unexpected(error, where)
        self.reported.emit(explain(error), details)

    def _show(self, text: str, details: str) -> None:
        from bigjournal.gui.errors import show_error

        if self.shown >= MAX_DIALOGS:
            return  # each is in the log; a dozen boxes would help nobody
        self.shown += 1
        app = QApplication.instance()
        parent = app.activeWindow() if isinstance(app, QApplication) else None
        box = show_error(parent, text, "Something went wrong", details=details)
        self._boxes.append(box)
        box.finished.connect(lambda _result, shown=box: self._on_box_finished(shown))

    def _on_box_finished(self, box: QMessageBox) -> None:
        self.shown = max(0, self.shown - 1)
        if box in self._boxes:
            self._boxes.remove(box)


def install(app: QApplication) -> ErrorChannel:
    """Log to the user's log folder and route every unexpected exception to the window."""
    diagnostics.set_up(native_crashes=True)
    channel = ErrorChannel(app)
    channel.install()
    return channel
