"""Every change the app makes, saved at once and undoable.

Views and dialogs call these methods instead of the use cases directly, so that
each change is (1) saved in its own transaction as soon as it is made, (2) pushed
onto the undo stack with what it takes to reverse it, and (3) announced with
``changed`` so the views refresh. A failure raises the use case's
:class:`~bigjournal.errors.JournalError` to the caller, which keeps what the user
typed and shows the message.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from bigjournal.errors import ConflictError, JournalError
from bigjournal.journal import leaving, meetings, organisations, people, promises, undo
from bigjournal.journal.meetings import MeetingDraft
from bigjournal.journal.records import ContactRow, PromiseRow, Ref
from bigjournal.model.vocabulary import PromiseStatus
from bigjournal.store import Journal

UPDATERS: dict[str, Callable[..., Any]] = {
    "organisation": organisations.update_organisation,
    "contact": people.update_contact,
    "meeting": meetings.update_meeting,
    "promise": promises.update_promise,
}
DELETERS: dict[str, Callable[..., Any]] = {
    "organisation": organisations.delete_organisation,
    "contact": people.delete_contact,
    "meeting": meetings.delete_meeting,
    "promise": promises.delete_promise,
}


class ChangeCommand(QUndoCommand):
    """A change already saved; ``undo``/``redo`` call use cases to reverse or repeat it."""

    def __init__(
        self,
        actions: JournalActions,
        text: str,
        undo: Callable[[], Any],
        redo: Callable[[], Any],
    ) -> None:
        super().__init__(text)
        self._actions = actions
        self._undo = undo
        self._redo = redo
        self._first = True

    def redo(self) -> None:
        if self._first:  # pushed after the change was made: nothing to do yet
            self._first = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[], Any]) -> None:
        try:
            step()
        except JournalError as error:
            # The journal moved on (someone edited or deleted the record): this
            # step can no longer be reversed, so drop it rather than half-apply it.
            self.setObsolete(True)
            self._actions.failed.emit(error)
        self._actions.changed.emit()


class JournalActions(QObject):
    """The open journal, "today", the undo stack, and every change made through them."""

    changed = Signal()
    failed = Signal(Exception)
    #: A short message for the status bar ("Marked kept: …").
    reported = Signal(str)

    def __init__(self, journal: Journal, *, today: date | None = None, parent: Any = None):
        super().__init__(parent)
        self.journal = journal
        self._today = today
        self.undo_stack = QUndoStack(self)
        #: Called with a :class:`~bigjournal.gui.dialogs.conflict.Conflict` when an edit
        #: meets someone else's newer save (the main window opens the conflict dialog).
        self.conflict_handler: Callable[[Any], Any] | None = None

    def today(self) -> date:
        """The date the app treats as today (fixed in tests and screenshots)."""
        return self._today or date.today()

    def report(self, text: str) -> None:
        self.reported.emit(text)

    def _done(self, text: str, undo_step: Callable[[], Any], redo_step: Callable[[], Any]) -> None:
        self.undo_stack.push(ChangeCommand(self, text, undo_step, redo_step))
        self.changed.emit()

    # --- promises --------------------------------------------------------------

    def set_status(
        self,
        promise: PromiseRow,
        status: PromiseStatus,
        *,
        on: date | None = None,
        note: str = "",
    ) -> PromiseRow:
        """Keep, break, release or reopen a promise, remembering the old status for undo."""
        when = on or self.today()
        updated = promises.set_promise_status(
            self.journal,
            promise.id,
            status,
            on=when,
            note=note,
            expected_version=promise.version,
        )
        old_status, old_on, old_note = promise.status, promise.status_on, promise.status_note
        self._done(
            f"mark “{_short(promise.description)}” {status.label.lower()}",
            lambda: promises.set_promise_status(
                self.journal, promise.id, old_status, on=old_on, note=old_note
            ),
            lambda: promises.set_promise_status(
                self.journal, promise.id, status, on=when, note=note
            ),
        )
        return updated

    def mark_kept(self, promise: PromiseRow) -> PromiseRow:
        return self.set_status(promise, PromiseStatus.KEPT, note=promise.status_note)

    # --- edits -----------------------------------------------------------------

    def update(
        self,
        kind: str,
        record_id: int,
        changes: Mapping[str, Any],
        old_values: Mapping[str, Any],
        *,
        expected_version: int | None = None,
        label: str = "",
    ) -> Any:
        """Save changed fields of a record; undo puts the old values back."""
        updater = UPDATERS[kind]
        try:
            result = updater(self.journal, record_id, changes, expected_version=expected_version)
        except ConflictError as error:
            if self.conflict_handler is None:
                raise
            from bigjournal.gui.dialogs.conflict import Conflict

            # The dialog shows both versions and saves the choice; the field is done.
            self.conflict_handler(Conflict(kind, record_id, dict(changes), error, label))
            return None
        new = dict(changes)
        old = {key: old_values[key] for key in changes}
        self._done(
            label or f"edit {kind}",
            lambda: updater(self.journal, record_id, old),
            lambda: updater(self.journal, record_id, new),
        )
        return result

    # --- deletions -------------------------------------------------------------

    def delete(self, kind: str, record_id: int, *, label: str = "", **options: Any) -> Any:
        """Delete a record and what goes with it; undo puts every row back."""
        snapshot = undo.snapshot_deletion(self.journal, kind, record_id, **options)
        result = DELETERS[kind](self.journal, record_id, **options)
        self._done(
            label or f"delete {kind}",
            lambda: undo.restore(self.journal, snapshot),
            lambda: DELETERS[kind](self.journal, record_id, **options),
        )
        return result

    # --- meetings and people ---------------------------------------------------

    def log_meeting(self, draft: MeetingDraft) -> Ref:
        """Save a meeting with its promises; undo removes both (redo brings them back)."""
        saved = meetings.log_meeting(self.journal, draft, today=self.today())
        snapshots: list[undo.Snapshot] = []

        def take_back() -> None:
            snapshots[:] = [
                undo.snapshot_deletion(self.journal, "meeting", saved.id, with_promises=True)
            ]
            meetings.delete_meeting(self.journal, saved.id, with_promises=True)

        self._done(
            f"log “{_short(saved.name)}”",
            take_back,
            lambda: undo.restore(self.journal, snapshots[0]),
        )
        return saved

    def record_leaving(self, contact: ContactRow, left_on: date, went_to: str) -> ContactRow:
        updated = leaving.record_leaving(
            self.journal,
            contact.id,
            left_on=left_on,
            went_to=went_to,
            expected_version=contact.version,
            today=self.today(),
        )

        def restore_previous() -> None:
            if contact.left_on is None:
                leaving.cancel_leaving(self.journal, contact.id)
            else:
                leaving.record_leaving(
                    self.journal,
                    contact.id,
                    left_on=contact.left_on,
                    went_to=contact.went_to,
                    today=max(self.today(), contact.left_on),
                )

        self._done(
            f"record that {contact.name} left",
            restore_previous,
            lambda: leaving.record_leaving(
                self.journal,
                contact.id,
                left_on=left_on,
                went_to=went_to,
                today=max(self.today(), left_on),
            ),
        )
        return updated


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
