"""Long work (building the demo, big queries) off the GUI thread, with progress.

The journal's SQLite engine is one pooled connection (and one kept for the lists'
reads) opened with ``check_same_thread=False``, so a worker can use the same
:class:`Journal`; while it holds a connection the GUI thread would wait for it, so the
GUI does not touch the journal until ``finished`` (the window disables what would
start a second job).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from bigjournal import diagnostics
from bigjournal.errors import JournalError, UnexpectedError

#: ``progress(done, total, message)``; total 0 means "don't know how much".
Progress = Callable[[int, int, str], None]


class WorkerSignals(QObject):
    """Signals live on a QObject; QRunnable itself cannot emit."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(Exception)
    finished = Signal()


class Worker(QRunnable):
    """Run ``job(progress)`` in the thread pool and report back through signals.

    Failures that are :class:`JournalError` are delivered as they are (their
    message is for the user); anything else is a bug: it is logged with its
    traceback and delivered as a plain sentence whose ``details`` (also kept as its
    ``__cause__``) the error dialog offers to copy.
    """

    def __init__(self, job: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.job = job
        self.signals = WorkerSignals()
        #: Set once ``finished`` is emitted, so a caller that must wait for the job
        #: does not depend on the queued signal reaching it.
        self.done = threading.Event()
        self.setAutoDelete(False)  # the caller keeps it until ``finished``

    def run(self) -> None:
        try:
            result = self.job(self.signals.progressed.emit)
        except JournalError as error:
            self.signals.failed.emit(error)
        except Exception as error:  # a bug: log the traceback, say so plainly
            details = diagnostics.log_unexpected(error, f"background work ({self.job!r})")
            plain = UnexpectedError(
                "Something went wrong inside BigJournal and the work was stopped. "
                "If it happens again, use “Copy the details” and send them to whoever "
                "looks after BigJournal for you.",
                details,
            )
            plain.__cause__ = error
            self.signals.failed.emit(plain)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()
            self.done.set()

    def start(self, pool: QThreadPool | None = None) -> Worker:
        (pool or QThreadPool.globalInstance()).start(self)
        return self
