"""Long output work (reports, archives) on the worker thread, behind a progress dialog.

The Qt-free code takes a ``progress`` callable and a way to cancel; this module
gives it :class:`~bigjournal.gui.worker.Worker`'s progress signal and a
:class:`threading.Event` that the progress dialog's Cancel button sets. The dialog
is window-modal: while the worker holds the journal's connection nothing else in
the window can start work on it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from bigjournal.errors import JournalError
from bigjournal.exchange import CancelledError
from bigjournal.gui.worker import Progress, Worker
from bigjournal.reports import ReportCancelled

#: The progress dialog appears only if the work takes longer than this.
SHOW_AFTER_MS = 400


def was_cancelled(error: BaseException) -> bool:
    return isinstance(error, ReportCancelled | CancelledError)


class BackgroundJob(QObject):
    """Run ``job(progress, stop)`` in the worker; report to ``on_done`` / ``on_failed``.

    ``stop`` is a :class:`threading.Event`; pass ``stop`` (exchange) or
    ``stop.is_set`` (reports) as the job's cancel. ``on_failed`` also receives the
    cancelled error (see :func:`was_cancelled`): nothing was written then.
    """

    def __init__(
        self,
        parent: QWidget,
        title: str,
        job: Callable[[Progress, threading.Event], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[JournalError], object],  # what it returns is not used
        *,
        cancellable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.stop = threading.Event()
        self._on_done = on_done
        self._on_failed = on_failed
        self.dialog = QProgressDialog(title, "&Cancel" if cancellable else "", 0, 0, parent)
        self.dialog.setObjectName("progress_dialog")
        self.dialog.setWindowTitle(title.rstrip("…."))
        self.dialog.setAccessibleName(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(420)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self._on_dialog_canceled)
        self.worker = Worker(lambda progress: job(progress, self.stop))
        self.worker.signals.progressed.connect(self._on_worker_progressed)
        self.worker.signals.succeeded.connect(self._on_worker_succeeded)
        self.worker.signals.failed.connect(self._on_worker_failed)
        self.worker.signals.finished.connect(self._on_worker_finished)
        self.running = False

    def start(self) -> BackgroundJob:
        self.running = True
        self.dialog.setValue(0)
        self.worker.start()
        return self

    def cancel(self) -> None:
        """What the Cancel button does: ask the work to stop at its next step."""
        self.stop.set()
        self.dialog.setLabelText("Stopping…")

    def _on_dialog_canceled(self) -> None:
        self.cancel()

    def _on_worker_progressed(self, done: int, total: int, message: str) -> None:
        if self.stop.is_set():
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if message:
            self.dialog.setLabelText(message)

    def _on_worker_succeeded(self, result: object) -> None:
        self._close()
        self._on_done(result)

    def _on_worker_failed(self, error: Exception) -> None:
        self._close()
        self._on_failed(error if isinstance(error, JournalError) else JournalError(str(error)))

    def _on_worker_finished(self) -> None:
        self.running = False
        self.deleteLater()

    def _close(self) -> None:
        self.dialog.canceled.disconnect(self._on_dialog_canceled)
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()


def report_progress(progress: Progress, message: str) -> Callable[[int, int], None]:
    """Adapt the reports' ``progress(done, total)`` to the worker's, with a message."""

    def report(done: int, total: int) -> None:
        progress(done, total, message)

    return report
