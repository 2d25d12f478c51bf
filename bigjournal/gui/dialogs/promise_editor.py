"""A promise on its own: entered (New promise…) or corrected (Edit…, double-click).

Every part of it — what, whose, who made it and to whom, who holds it now, the
organisation, when it was made and is due — and its status with a date and a note,
so a promise written down after the fact can be entered already kept, kept late,
broken or released. New promises and corrections are saved at once and undoable.
"""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QMessageBox, QWidget

from bigjournal.errors import JournalError, ValidationError
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.completion import Choices, NameCompleter
from bigjournal.gui.date_widgets import python_date, qdate
from bigjournal.gui.dates import DateNotUnderstood, parse_when
from bigjournal.gui.dialogs.discard import ask_to_discard
from bigjournal.gui.dialogs.sizing import fit_on_screen
from bigjournal.gui.drafts import DraftStore, offer_draft
from bigjournal.gui.errors import show_inline
from bigjournal.gui.forms.ui_promise_editor_dialog import Ui_PromiseEditorDialog
from bigjournal.journal import promises, undo
from bigjournal.journal.organisations import list_organisations
from bigjournal.journal.people import list_contacts, list_members
from bigjournal.journal.promises import PromiseDraft
from bigjournal.journal.records import PromiseRow, Ref
from bigjournal.model.vocabulary import PromiseStatus, Side

FIELD_WIDGETS = {
    "description": "what_edit",
    "side": "side_combo",
    "organisation": "organisation_edit",
    "made_by": "made_by_edit",
    "made_to": "made_to_edit",
    "holder": "holder_edit",
    "made_on": "made_on_edit",
    "due_on": "due_edit",
    "status": "status_combo",
    "status_on": "status_on_edit",
}
PEOPLE = ("made_by", "made_to", "holder")
#: How long after the last change the draft is written.
DRAFT_DELAY_MS = 800


def add_promise_undoably(actions: JournalActions, draft: PromiseDraft, made_on: date) -> Ref:
    """Save a new promise; Ctrl+Z takes it back."""
    scope = undo.change_scope(actions.journal, adds=("promises",))
    return actions._with_undo(  # the one helper for undoable adds
        f"add the promise “{_short(draft.description)}”",
        scope,
        lambda: promises.add_promise(
            actions.journal, draft, made_on=made_on, today=actions.today()
        ),
    )


class PromiseEditorDialog(QDialog):
    """New promise, or (given ``promise``) every part of one corrected."""

    promise_saved = Signal(int)

    def __init__(
        self,
        actions: JournalActions,
        promise: PromiseRow | None = None,
        parent: QWidget | None = None,
        *,
        organisation_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PromiseEditorDialog()
        self.ui.setupUi(self)
        self.journal_actions = actions
        self.promise = promise
        self.saved_id: int | None = None
        self.discard_question: QMessageBox | None = None
        journal = actions.journal
        today = actions.today()
        organisations = list_organisations(journal)
        self.organisations = Choices((o.name, o.id) for o in organisations)
        self.contacts = Choices(
            (f"{c.name} ({c.organisation.name})", c.id) for c in list_contacts(journal)
        )
        self.members = Choices((m.name, m.id) for m in list_members(journal))
        NameCompleter(self.organisations, self.ui.organisation_edit)
        self.made_by_completer = NameCompleter(self.contacts, self.ui.made_by_edit)
        self.made_to_completer = NameCompleter(self.members, self.ui.made_to_edit)
        self.holder_completer = NameCompleter(self.contacts, self.ui.holder_edit)
        for side in Side:
            self.ui.side_combo.addItem(side.label, side)
        for status in PromiseStatus:
            self.ui.status_combo.addItem(status.label, status)
        self.ui.made_on_edit.setDate(qdate(today))
        self.ui.status_on_edit.setDate(qdate(today))
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("save_button")
        save.setShortcut("Ctrl+Return")
        cancel = self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancel_button")
        if promise is None:
            save.setText("&Save promise")
            self.ui.holder_edit.setPlaceholderText("Whoever made it, unless it has passed on")
            if organisation_id is not None:
                self.ui.organisation_edit.setText(
                    self.organisations.label_of(organisation_id) or ""
                )
        else:
            save.setText("&Save changes")
            self._load(promise)
        self.ui.side_combo.currentIndexChanged.connect(self._on_side_combo_current_index_changed)
        self.ui.status_combo.currentIndexChanged.connect(
            self._on_status_combo_current_index_changed
        )
        self._on_side_combo_current_index_changed(self.ui.side_combo.currentIndex())
        self._on_status_combo_current_index_changed(self.ui.status_combo.currentIndex())
        show_inline(self.ui.error_label, None)
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self.pristine = self.form_state()
        self._keep_drafts(journal.target.display_name)
        self.ui.what_edit.setFocus()

    # --- reading the form ------------------------------------------------------------

    @property
    def side(self) -> Side:
        return Side(self.ui.side_combo.currentData())

    @property
    def status(self) -> PromiseStatus:
        return PromiseStatus(self.ui.status_combo.currentData())

    def _people(self, key: str) -> Choices:
        """Made by and held by are on the promise's side; made to is on the other."""
        theirs = self.side is Side.THEIRS
        return self.contacts if (key == "made_to") != theirs else self.members

    def _person(self, key: str) -> int | str | None:
        text = getattr(self.ui, FIELD_WIDGETS[key]).text().strip()
        return self._people(key).resolve(text) if text else None

    def made_on(self) -> date:
        return python_date(self.ui.made_on_edit.date())

    def due_on(self) -> date | None:
        try:
            return parse_when(self.ui.due_edit.text(), self.made_on())
        except DateNotUnderstood as error:
            raise ValidationError(str(error), "due_on") from None

    def status_on(self) -> date | None:
        if self.status is PromiseStatus.OPEN:
            return None
        return python_date(self.ui.status_on_edit.date())

    def form_state(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "what": ui.what_edit.text(),
            "side": ui.side_combo.currentIndex(),
            "organisation": ui.organisation_edit.text(),
            "made_by": ui.made_by_edit.text(),
            "made_to": ui.made_to_edit.text(),
            "holder": ui.holder_edit.text(),
            "made_on": _iso(ui.made_on_edit.date()),
            "due": ui.due_edit.text(),
            "status": ui.status_combo.currentIndex(),
            "status_on": _iso(ui.status_on_edit.date()),
            "note": ui.note_edit.toPlainText(),
        }

    def restore(self, state: dict[str, Any]) -> None:
        """Put a draft back into the form."""
        ui = self.ui
        for key, edit in (
            ("what", ui.what_edit),
            ("organisation", ui.organisation_edit),
            ("made_by", ui.made_by_edit),
            ("made_to", ui.made_to_edit),
            ("holder", ui.holder_edit),
            ("due", ui.due_edit),
        ):
            edit.setText(str(state.get(key, "")))
        ui.side_combo.setCurrentIndex(max(0, int(state.get("side", 0))))
        ui.status_combo.setCurrentIndex(max(0, int(state.get("status", 0))))
        for key, date_edit in (("made_on", ui.made_on_edit), ("status_on", ui.status_on_edit)):
            with contextlib.suppress(ValueError, TypeError):
                date_edit.setDate(qdate(date.fromisoformat(str(state.get(key)))))
        ui.note_edit.setPlainText(str(state.get("note", "")))

    # --- a draft of a new promise, kept through a crash -------------------------------

    def _keep_drafts(self, journal_name: str) -> None:
        self.drafts = DraftStore("new-promise", journal_name) if self.promise is None else None
        self.draft_offer: QMessageBox | None = None
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.keep_draft)
        if self.drafts is None:
            return
        ui = self.ui
        for edit in (
            ui.what_edit,
            ui.organisation_edit,
            ui.made_by_edit,
            ui.made_to_edit,
            ui.holder_edit,
            ui.due_edit,
        ):
            edit.textChanged.connect(self._draft_timer.start)
        for combo in (ui.side_combo, ui.status_combo):
            combo.currentIndexChanged.connect(self._draft_timer.start)
        for date_edit in (ui.made_on_edit, ui.status_on_edit):
            date_edit.dateChanged.connect(self._draft_timer.start)
        ui.note_edit.textChanged.connect(self._draft_timer.start)
        offered = self.drafts.load()
        if offered:
            QTimer.singleShot(0, self, lambda: self._offer_draft(offered))

    def keep_draft(self) -> None:
        """Write the draft now (normally a moment after the last change)."""
        self._draft_timer.stop()
        if self.drafts is None:
            return
        if self.has_changes():
            self.drafts.save(self.form_state())
        else:
            self.drafts.remove()

    def _forget_draft(self) -> None:
        self._draft_timer.stop()
        if self.drafts is not None:
            self.drafts.remove()

    def _offer_draft(self, offered: dict[str, Any]) -> None:
        def carry_on() -> None:
            self.draft_offer = None
            self.restore(offered)
            self.keep_draft()

        def start_afresh() -> None:
            self.draft_offer = None
            self._forget_draft()

        self.draft_offer = offer_draft(self, "promise", "entering", offered, carry_on, start_afresh)

    def has_changes(self) -> bool:
        return self.form_state() != self.pristine

    # --- a promise already in the journal ------------------------------------------

    def _load(self, promise: PromiseRow) -> None:
        ui = self.ui
        self.setWindowTitle("Edit promise")
        self.setAccessibleName("Edit promise")
        ui.what_edit.setText(promise.description)
        ui.side_combo.setCurrentIndex(ui.side_combo.findData(promise.side))
        ui.organisation_edit.setText(
            self.organisations.label_of(promise.organisation.id) or promise.organisation.name
        )
        for key in PEOPLE:
            ref: Ref | None = getattr(promise, key)
            if ref is not None:
                choices = self._people(key)
                label = choices.label_of(ref.id) or choices.add(ref.name, ref.id)
                getattr(ui, FIELD_WIDGETS[key]).setText(label)
        ui.holder_edit.setPlaceholderText(f"Nobody: {promise.organisation.name} itself")
        for edit in (ui.made_on_edit, ui.status_on_edit):  # as entered, never clamped
            edit.setMaximumDate(QDate(9999, 12, 31))
        ui.made_on_edit.setDate(qdate(promise.made_on))
        if promise.interaction_id is not None:
            ui.made_on_edit.setEnabled(False)
            ui.made_on_edit.setToolTip("Made at a meeting: correct the meeting's date instead.")
        ui.due_edit.setText(f"{promise.due_on:%d/%m/%Y}" if promise.due_on else "")
        ui.status_combo.setCurrentIndex(ui.status_combo.findData(promise.status))
        if promise.status_on is not None:
            ui.status_on_edit.setDate(qdate(promise.status_on))
        ui.note_edit.setPlainText(promise.status_note)

    def changes(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """The parts changed from the promise as loaded: (new values, old values)."""
        promise = self.promise
        assert promise is not None
        new: dict[str, Any] = {
            "description": self.ui.what_edit.text().strip(),
            "side": self.side,
            "organisation": self.organisations.resolve(self.ui.organisation_edit.text()),
            "made_by": self._person("made_by"),
            "made_to": self._person("made_to"),
            "holder": self._person("holder"),
            "made_on": self.made_on(),
            "due_on": self.due_on(),
            "status": self.status,
            "status_on": self.status_on(),
            "status_note": self.ui.note_edit.toPlainText().strip(),
        }
        old: dict[str, Any] = {
            "description": promise.description,
            "side": promise.side,
            "organisation": promise.organisation.id,
            "made_by": _id(promise.made_by),
            "made_to": _id(promise.made_to),
            "holder": _id(promise.holder),
            "made_on": promise.made_on,
            "due_on": promise.due_on,
            "status": promise.status,
            "status_on": promise.status_on,
            "status_note": promise.status_note,
        }
        changed = {key: value for key, value in new.items() if value != old[key]}
        if "side" in changed:  # the people are named again from the other side
            changed.update({key: new[key] for key in PEOPLE})
        return changed, {key: old[key] for key in changed}

    # --- saving --------------------------------------------------------------------

    def draft(self) -> PromiseDraft:
        holder = self._person("holder")
        organisation = self.ui.organisation_edit.text().strip()
        return PromiseDraft(
            description=self.ui.what_edit.text(),
            side=self.side,
            made_by=self._person("made_by"),
            due_on=self.due_on(),
            organisation=self.organisations.resolve(organisation) if organisation else None,
            made_to=self._person("made_to"),
            holder=holder,
            status=self.status,
            status_on=self.status_on(),
            status_note=self.ui.note_edit.toPlainText(),
        )

    def save(self) -> bool:
        """Save, or say what is wrong, point at the field and keep everything typed."""
        try:
            if self.promise is None:
                saved = add_promise_undoably(self.journal_actions, self.draft(), self.made_on())
                self.saved_id = saved.id
                self.journal_actions.report(
                    f"Saved the promise “{saved.name}”. Ctrl+Z takes it back."
                )
            else:
                changed, old = self.changes()
                if changed:
                    updated = self.journal_actions.update(
                        "promise",
                        self.promise.id,
                        changed,
                        old,
                        expected_version=self.promise.version,
                        label=f"edit the promise “{_short(self.promise.description)}”",
                    )
                    if updated is not None:  # else the conflict dialog shows both versions
                        self.journal_actions.report(
                            "Saved the changes to the promise. Ctrl+Z takes them back."
                        )
                self.saved_id = self.promise.id
        except JournalError as error:
            show_inline(self.ui.error_label, error)
            self._focus_field(error)
            return False
        self._forget_draft()
        show_inline(self.ui.error_label, None)
        self.promise_saved.emit(self.saved_id)
        return True

    def _focus_field(self, error: JournalError) -> None:
        field = getattr(error, "field", None) or ""
        message = str(error).lower()
        name = FIELD_WIDGETS.get(field)
        if name is None:
            if "organisation" in message:
                name = "organisation_edit"
            elif "contact" in message or "member" in message:
                name = "made_by_edit"
        if name is not None:
            widget = getattr(self.ui, name)
            widget.setFocus()
            self.ui.scroll_area.ensureWidgetVisible(widget)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_on_screen(self)  # a netbook's 1024×600: the form scrolls, Save stays in view

    def reject(self) -> None:
        """Esc, Cancel or ×: ask first when something was typed or changed."""
        if self.discard_question is not None:
            return
        if not self.has_changes():
            self._forget_draft()
            super().reject()
            return
        title = "Discard this promise?" if self.promise is None else "Discard your changes?"
        self.discard_question = ask_to_discard(
            self,
            title,
            "What you typed will not be saved."
            if self.promise is None
            else "The promise stays as it was before you opened it.",
            self.discard,
        )
        self.discard_question.finished.connect(self._on_discard_question_finished)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter while a suggestion list is open is choosing a name, never "Save".
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            focused = self.focusWidget()
            completer = focused.completer() if isinstance(focused, QLineEdit) else None
            popup = completer.popup() if completer is not None else None
            if popup is not None and popup.isVisible():
                event.accept()
                return
        super().keyPressEvent(event)

    def discard(self) -> None:
        """Close without saving or asking, and forget the draft (the volunteer said so)."""
        self._forget_draft()
        QDialog.reject(self)

    # --- slots -----------------------------------------------------------------------

    def _on_discard_question_finished(self, _result: int) -> None:
        self.discard_question = None

    def _on_button_box_accepted(self) -> None:
        if self.save():
            self.accept()

    def _on_side_combo_current_index_changed(self, _index: int) -> None:
        theirs = self.side is Side.THEIRS
        self.made_by_completer.set_choices(self._people("made_by"))
        self.holder_completer.set_choices(self._people("holder"))
        self.made_to_completer.set_choices(self._people("made_to"))
        self.ui.made_by_edit.setPlaceholderText(
            "One of their people; may be left empty"
            if theirs
            else "One of us; empty means the partnership"
        )
        self.ui.made_to_edit.setPlaceholderText(
            "Optional: which of us it was made to"
            if theirs
            else "Optional: which of their people it was made to"
        )

    def _on_status_combo_current_index_changed(self, _index: int) -> None:
        settled = self.status is not PromiseStatus.OPEN
        self.ui.status_on_edit.setEnabled(settled)
        self.ui.status_on_label.setText(f"{self.status.label} on (dat&e):" if settled else "Dat&e:")


def _iso(day: QDate) -> str:
    return day.toString("yyyy-MM-dd")


def _id(ref: Ref | None) -> int | None:
    return ref.id if ref is not None else None


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
