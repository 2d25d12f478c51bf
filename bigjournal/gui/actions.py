"""Every change the app makes, saved at once and undoable.

Views and dialogs call these methods instead of the use cases directly, so that
each change is (1) saved in its own transaction as soon as it is made, (2) pushed
onto the undo stack with what it takes to reverse it, and (3) announced with
``changed`` so the views refresh. A failure raises the use case's
:class:`~bigjournal.errors.JournalError` to the caller, which keeps what the user
typed and shows the message.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from bigjournal.errors import ConflictError, JournalError
from bigjournal.journal import (
    handovers,
    kinds,
    meetings,
    organisations,
    people,
    promises,
    settings,
    undo,
)
from bigjournal.journal.meetings import MeetingDraft
from bigjournal.journal.records import ContactRow, HandoverRow, MemberRow, PromiseRow, Ref
from bigjournal.model.vocabulary import PromiseStatus
from bigjournal.store import Journal

T = TypeVar("T")


def _updater(kind: str) -> Callable[..., Any]:
    """The use case correcting a record of ``kind`` (bigjournal.journal.kinds)."""
    update = kinds.kind(kind).update
    if update is None:
        raise ValueError(f"a {kinds.kind(kind).singular} is not corrected field by field")
    return update


def _deleter(kind: str) -> Callable[..., Any]:
    """The use case deleting a record of ``kind`` (bigjournal.journal.kinds)."""
    delete = kinds.kind(kind).delete
    if delete is None:
        raise ValueError(f"a {kinds.kind(kind).singular} is not deleted on its own")
    return delete


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
        seen = {"version": updated.version}

        def step(
            to: PromiseStatus, on: date | None, with_note: str, verb: str
        ) -> Callable[[], Any]:
            # As an edit's undo (_checked_steps): expect the version the last step left,
            # so a colleague's newer save of the promise is never overwritten.
            def run() -> PromiseRow:
                try:
                    result = promises.set_promise_status(
                        self.journal,
                        promise.id,
                        to,
                        on=on,
                        note=with_note,
                        expected_version=seen["version"],
                    )
                except ConflictError as error:
                    raise ConflictError(
                        _refused(verb, error),
                        changed_by=error.changed_by,
                        changed_at=error.changed_at,
                        theirs=error.theirs,
                        yours=error.yours,
                    ) from None
                seen["version"] = result.version
                return result

            return run

        self._done(
            f"mark “{_short(promise.description)}” {status.label.lower()}",
            step(old_status, old_on, old_note, "undone"),
            step(status, when, note, "redone"),
        )
        return updated

    def mark_kept(self, promise: PromiseRow) -> PromiseRow:
        return self.set_status(promise, PromiseStatus.KEPT, note=promise.status_note)

    def renew_promise(
        self,
        promise: PromiseRow,
        *,
        due_on: date,
        description: str | None = None,
        agreed_on: date | None = None,
    ) -> PromiseRow:
        """A broken promise given a new date (a new, linked promise); undo takes it away."""
        scope = undo.change_scope(self.journal, adds=("promises",))
        return self._with_undo(
            f"agree a new date for “{_short(promise.description)}”",
            scope,
            lambda: promises.renew_promise(
                self.journal,
                promise.id,
                due_on=due_on,
                description=description,
                agreed_on=agreed_on,
                today=self.today(),
            ),
        )

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
        updater = _updater(kind)
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
        self._done(label or f"edit {kind}", *self._checked_steps(kind, record_id, old, new))
        return result

    # --- deletions -------------------------------------------------------------

    def delete(self, kind: str, record_id: int, *, label: str = "", **options: Any) -> Any:
        """Delete a record and what goes with it; undo puts every row back."""
        deleter = _deleter(kind)
        snapshot = undo.snapshot_deletion(self.journal, kind, record_id, **options)
        result = deleter(self.journal, record_id, **options)
        self._done(
            label or f"delete {kind}",
            lambda: undo.restore(self.journal, snapshot),
            lambda: self._delete_again(kind, record_id, snapshot, options),
        )
        return result

    def _delete_again(
        self, kind: str, record_id: int, snapshot: undo.Snapshot, options: Mapping[str, Any]
    ) -> Any:
        """Redo of a delete: refused if the record was saved since it came back."""
        table = kinds.kind(kind).table
        was = next(
            (row["version"] for row in snapshot.rows.get(table, []) if row["id"] == record_id),
            None,
        )
        now = undo.current_version(self.journal, kind, record_id)
        if now is not None and was is not None and now != was:
            raise ConflictError(
                "This was not redone: the record was changed after it came back, and "
                "deleting it again would lose that change. Nothing was deleted; delete it "
                "by hand if it should still go."
            )
        return _deleter(kind)(self.journal, record_id, **options)

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

    # --- people moving on ---------------------------------------------------------

    def _with_undo(self, text: str, scope: undo.Scope, change: Callable[[], T]) -> T:
        """Make a change that touches several records; undo puts every row back.

        ``scope`` names the rows the change may touch (taken before it is made).
        """
        before = undo.capture(self.journal, scope)
        result = change()
        after = undo.capture(self.journal, scope)
        self._done(
            text,
            lambda: undo.return_to(self.journal, before, after),
            lambda: undo.return_to(self.journal, after, before),
        )
        return result

    def contact_leaves(self, contact: ContactRow, draft: handovers.LeavingDraft) -> HandoverRow:
        """A contact has left: successor, introduction, every open promise decided."""
        promise_ids = {p.id for p in handovers.promises_to_hand_over(self.journal, contact.id)}
        scope = undo.change_scope(
            self.journal,
            {"contacts": {contact.id}, "promises": promise_ids},
            adds=("contacts", "handovers", "interactions"),
        )
        return self._with_undo(
            f"record that {contact.name} left",
            scope,
            lambda: handovers.contact_leaves(self.journal, contact.id, draft, today=self.today()),
        )

    def restructure(
        self, contacts: Sequence[ContactRow], left_on: date, note: str
    ) -> list[HandoverRow]:
        """Several people gone at once: each post vacant, their promises still owed."""
        ids = [c.id for c in contacts]
        promise_ids = {p.id for c in ids for p in handovers.promises_to_hand_over(self.journal, c)}
        scope = undo.change_scope(
            self.journal, {"contacts": set(ids), "promises": promise_ids}, adds=("handovers",)
        )
        return self._with_undo(
            f"record that {len(ids)} people left" if len(ids) != 1 else "record a restructure",
            scope,
            lambda: handovers.restructure(
                self.journal, ids, left_on=left_on, note=note, today=self.today()
            ),
        )

    def fill_vacancy(
        self,
        handover: HandoverRow,
        *,
        successor: int | str | None = None,
        new_successor: handovers.NewContact | None = None,
        introduction_on: date | None = None,
    ) -> HandoverRow:
        """The post has a new holder: the organisation's promises pass to them."""
        promise_ids = {
            p.id for p in handovers.promises_to_hand_over(self.journal, handover.leaver.id)
        }
        scope = undo.change_scope(
            self.journal,
            {
                "handovers": {handover.id},
                "contacts": {handover.leaver.id},
                "promises": promise_ids,
            },
            adds=("contacts", "interactions"),
        )
        return self._with_undo(
            f"name {handover.leaver.name}'s successor",
            scope,
            lambda: handovers.fill_vacancy(
                self.journal,
                handover.id,
                successor=successor,
                new_successor=new_successor,
                introduction_on=introduction_on,
            ),
        )

    def complete_handover(self, handover: HandoverRow, on: date, notes: str) -> HandoverRow:
        scope = undo.change_scope(self.journal, {"handovers": {handover.id}})
        return self._with_undo(
            f"complete {handover.leaver.name}'s handover",
            scope,
            lambda: handovers.complete_handover(self.journal, handover.id, on=on, notes=notes),
        )

    def member_steps_down(
        self, member: MemberRow, draft: handovers.SteppingDownDraft
    ) -> HandoverRow:
        """A member steps down: new holders for their relationships, owners for promises."""
        held = [ref.id for ref, _others in handovers.relationships_held_by(self.journal, member.id)]
        promise_ids = {
            p.id for p in handovers.member_promises_to_hand_over(self.journal, member.id)
        }
        scope = undo.change_scope(
            self.journal,
            {"members": {member.id}, "promises": promise_ids},
            adds=("handovers",),
            links={"relationship_holders": ("organisation_id", held)},
        )
        return self._with_undo(
            f"record that {member.name} stepped down",
            scope,
            lambda: handovers.member_steps_down(self.journal, member.id, draft, today=self.today()),
        )

    def add(self, kind: str, *args: Any, label: str, **values: Any) -> Ref:
        """Add a record of any kind with its kind's use case; undo takes it away again
        (with whatever the use case made beside it in the same table)."""
        declared = kinds.kind(kind)
        if declared.add is None:
            raise ValueError(f"a {declared.singular} is not added on its own")
        make = declared.add
        scope = undo.change_scope(self.journal, adds=(declared.table,))
        return self._with_undo(label, scope, lambda: make(self.journal, *args, **values))

    def add_member(self, name: str, role: str, **details: Any) -> Ref:
        return self.add("member", label=f"add {_short(name)}", name=name, role=role, **details)

    def set_setting(self, key: str, value: str, *, label: str) -> None:
        old = settings.get_setting(self.journal, key)
        settings.set_settings(self.journal, {key: value})
        self._done(
            label,
            lambda: settings.set_settings(self.journal, {key: old}),
            lambda: settings.set_settings(self.journal, {key: value}),
        )

    # --- undo that honours the version check ------------------------------------------

    def _checked_steps(
        self, kind: str, record_id: int, old: Mapping[str, Any], new: Mapping[str, Any]
    ) -> tuple[Callable[[], Any], Callable[[], Any]]:
        """Undo and redo of an edit, each refused if the record was saved since.

        Each step expects the version the record had after the last step (the edit
        itself, then each undo or redo), as any save does: a colleague's newer save
        on a team journal is never silently overwritten by Ctrl+Z.
        """
        updater = _updater(kind)
        seen = {"version": undo.current_version(self.journal, kind, record_id)}

        def step(values: Mapping[str, Any], verb: str) -> Callable[[], Any]:
            def run() -> Any:
                try:
                    result = updater(
                        self.journal, record_id, dict(values), expected_version=seen["version"]
                    )
                except ConflictError as error:
                    raise ConflictError(
                        _refused(verb, error),
                        changed_by=error.changed_by,
                        changed_at=error.changed_at,
                        theirs=error.theirs,
                        yours=error.yours,
                    ) from None
                seen["version"] = undo.current_version(self.journal, kind, record_id)
                return result

            return run

        return step(old, "undone"), step(new, "redone")

    # --- new organisations and contacts ---------------------------------------------

    def add_organisation(
        self,
        name: str,
        kind: Any,
        *,
        links: Sequence[tuple[int | str, str]] = (),
        **details: Any,
    ) -> Ref:
        """Add an organisation (its relationship and links too); undo takes it away."""
        scope = undo.change_scope(self.journal, adds=("organisations", "organisation_links"))

        def change() -> Ref:
            saved = organisations.add_organisation(self.journal, name=name, kind=kind, **details)
            if links:
                try:
                    organisations.set_links(self.journal, saved.id, links)
                except JournalError:
                    organisations.delete_organisation(self.journal, saved.id)
                    raise
            return saved

        return self._with_undo(f"add {_short(name)}", scope, change)

    def set_links(
        self, organisation_id: int, links: Sequence[tuple[int | str, str]], *, label: str
    ) -> None:
        """Make an organisation's links these (other, note) pairs; undo puts the old back."""
        scope = undo.change_scope(
            self.journal,
            {"organisation_links": organisations.link_ids(self.journal, organisation_id)},
            adds=("organisation_links",),
        )
        self._with_undo(
            label, scope, lambda: organisations.set_links(self.journal, organisation_id, links)
        )

    def add_contact(self, name: str, organisation: int | str, **details: Any) -> Ref:
        """Add a person at an organisation or department; undo takes them away."""
        scope = undo.change_scope(self.journal, adds=("contacts",))
        return self._with_undo(
            f"add {_short(name)}",
            scope,
            lambda: people.add_contact(
                self.journal, name=name, organisation=organisation, **details
            ),
        )

    def set_topics(self, tagged: str, record_id: int, topic_ids: Sequence[int]) -> None:
        """A meeting's or a promise's topics, as ticked (issue 21); undo puts the old ones back."""
        from bigjournal.journal import topics

        table, column = (
            ("interaction_topics", "interaction_id")
            if tagged == "meeting"
            else ("promise_topics", "promise_id")
        )
        owner = "interactions" if tagged == "meeting" else "promises"
        scope = undo.change_scope(
            self.journal, {owner: {record_id}}, links={table: (column, {record_id})}
        )
        self._with_undo(
            f"change the topics of the {tagged}",
            scope,
            lambda: topics.set_topics(self.journal, tagged, record_id, topic_ids),  # type: ignore[arg-type]
        )


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _refused(verb: str, error: ConflictError) -> str:
    """Why an undo or redo was refused, in the words a refused save uses."""
    who = f"“{error.changed_by}”" if error.changed_by else "Someone else"
    when = f" at {error.changed_at.astimezone():%H:%M on %d %B %Y}" if error.changed_at else ""
    return (
        f"This was not {verb}: {who} saved a newer change to the record{when}, and "
        f"putting the earlier values back would overwrite it. Nothing was changed; look "
        "at the record as it is now and make the change by hand if it is still needed."
    )
