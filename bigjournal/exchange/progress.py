"""Progress reports and cancelling, for work run on a worker thread.

The exchange code stays Qt-free: the app passes a plain callable (which re-emits a
signal) and a :class:`threading.Event` its Cancel button sets. The command line passes
nothing, or a callable that prints.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from bigjournal.exchange.errors import CancelledError

ProgressCallback = Callable[[int, int, str], None]
"""Called as ``progress(done, total, what)``; ``total`` is 0 when unknown."""


class CancelSignal(Protocol):
    """Anything with ``is_set()``: a :class:`threading.Event` is the usual one."""

    def is_set(self) -> bool: ...


class Monitor:
    """Reports progress and stops the work, by raising, when cancel is requested."""

    def __init__(
        self,
        progress: ProgressCallback | None = None,
        cancel: CancelSignal | None = None,
        *,
        stopped_message: str = "Stopped: nothing was changed.",
    ) -> None:
        self._progress = progress
        self._cancel = cancel
        self._stopped_message = stopped_message
        self.total = 0
        self.done = 0
        self.what = ""

    def start(self, total: int, what: str) -> None:
        self.total, self.done, self.what = total, 0, what
        self._report()

    def stage(self, what: str) -> None:
        self.what = what
        self._report()

    def advance(self, count: int = 1) -> None:
        self.done += count
        self._report()

    def check(self) -> None:
        """Raise :class:`CancelledError` if the volunteer pressed Cancel."""
        if self._cancel is not None and self._cancel.is_set():
            raise CancelledError(self._stopped_message)

    def _report(self) -> None:
        self.check()
        if self._progress is not None:
            self._progress(
                min(self.done, self.total) if self.total else self.done, self.total, self.what
            )
