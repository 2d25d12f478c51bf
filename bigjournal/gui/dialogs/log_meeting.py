"""Log a meeting: the two-minute entry a volunteer makes after a meeting.

Fast: the date is today, the cursor starts in "With", names complete as you type,
and promises are added inline (Alt+P) as who / what / by when ("2w" works).
Forgiving: nothing is lost on a mistake — the problem is shown at the top in plain
words, the cursor goes to the field concerned, and everything typed stays.
"""

from __future__ import annotations

import contextlib
import itertools
import re
from collections.abc import Sequence
from datetime import date, time
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from bigjournal.errors import JournalError, ValidationError
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.completion import SEPARATOR, Choices, NameCompleter
from bigjournal.gui.date_widgets import python_date, qdate
from bigjournal.gui.dates import DateNotUnderstood, parse_time, parse_when
from bigjournal.gui.dialogs.discard import ask_to_discard
from bigjournal.gui.dialogs.quick_add import CONTACT, ORGANISATION, QuickAddDialog
from bigjournal.gui.dialogs.sizing import fit_on_screen
from bigjournal.gui.drafts import DraftStore, offer_draft
from bigjournal.gui.errors import show_inline
from bigjournal.gui.forms.ui_log_meeting_dialog import Ui_LogMeetingDialog
from bigjournal.gui.forms.ui_promise_row import Ui_PromiseRow
from bigjournal.journal.meetings import MeetingDraft
from bigjournal.journal.organisations import list_organisations
from bigjournal.journal.people import list_contacts, list_members
from bigjournal.journal.promises import PromiseDraft
from bigjournal.journal.records import MeetingDetail, Ref
from bigjournal.model.vocabulary import MeetingKind, Side

#: How long after the last change the draft is written (typing is not slowed by it).
DRAFT_DELAY_MS = 800
PROMISE_NUMBER = re.compile(r"^Promise (\d+):")
FIELD_WIDGETS = {
    "occurred_on": "date_edit",
    "kind": "kind_combo",
    "title": "title_edit",
    "location": "location_edit",
    "starts_at": "time_edit",
    "is_planned": "planned_check",
    "organisations": "organisations_edit",
    "notes": "notes_edit",
    "decisions": "decisions_edit",
}
PROMISE_FIELD_WIDGETS = {
    "description": "what_edit",
    "side": "side_combo",
    "made_by": "who_edit",
    "due_on": "due_edit",
    "organisation": "who_edit",
}


class PromiseRowWidget(QWidget):
    """One promise: theirs or ours, who, what, by when."""

    removed = Signal(object)
    changed = Signal()

    def __init__(self, people: dict[Side, Choices], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PromiseRow()
        self.ui.setupUi(self)
        self.people = people
        for side in Side:
            self.ui.side_combo.addItem(side.label, side)
        self.completer = NameCompleter(people[Side.THEIRS], self.ui.who_edit)
        # A long "Name (Organisation)" would otherwise stay scrolled to its end, hiding
        # the name; the whole of it is in the tool tip.
        self.ui.who_edit.installEventFilter(self)
        self.ui.who_edit.textChanged.connect(self.ui.who_edit.setToolTip)
        self.ui.side_combo.currentIndexChanged.connect(self._on_side_combo_current_index_changed)
        self.ui.remove_button.clicked.connect(self._on_remove_button_clicked)
        for edit in (self.ui.who_edit, self.ui.what_edit, self.ui.due_edit):
            edit.textChanged.connect(self.changed)
        self.ui.side_combo.currentIndexChanged.connect(self.changed)

    @property
    def side(self) -> Side:
        # Qt hands enum data back as its plain string value.
        return Side(self.ui.side_combo.currentData())

    def focus_chain(self) -> list[QWidget]:
        """The row's fields in the order Tab visits them."""
        ui = self.ui
        return [ui.side_combo, ui.who_edit, ui.what_edit, ui.due_edit, ui.remove_button]

    def set_number(self, number: int) -> None:
        prefix = f"Promise {number}: "
        self.setAccessibleName(f"Promise {number}")
        for widget in (self.ui.side_combo, self.ui.who_edit, self.ui.what_edit, self.ui.due_edit):
            base = widget.accessibleName().split(": ", 1)[-1]
            widget.setAccessibleName(prefix + base)
        self.ui.remove_button.setAccessibleName(f"Remove promise {number}")

    def fill(self, side: Side, who: str, what: str, due: str) -> None:
        self.ui.side_combo.setCurrentIndex(self.ui.side_combo.findData(side))
        self.ui.who_edit.setText(who)
        self.ui.what_edit.setText(what)
        self.ui.due_edit.setText(due)
        self._show_start_of_who()

    def state(self) -> dict[str, str]:
        """The row as plain text, for a draft."""
        return {
            "side": self.side.value,
            "who": self.ui.who_edit.text(),
            "what": self.ui.what_edit.text(),
            "due": self.ui.due_edit.text(),
        }

    def _show_start_of_who(self) -> None:
        self.ui.who_edit.setCursorPosition(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # On really leaving the field, whether the text was typed, completed or pasted.
        # Not when the suggestion list opens: it takes the focus for a moment while the
        # volunteer is still typing, and the cursor must stay where they type.
        if (
            watched is self.ui.who_edit
            and event.type() == QEvent.Type.FocusOut
            and isinstance(event, QFocusEvent)
            and event.reason() != Qt.FocusReason.PopupFocusReason
        ):
            self._show_start_of_who()
        return False

    def is_empty(self) -> bool:
        return not any(
            edit.text().strip() for edit in (self.ui.who_edit, self.ui.what_edit, self.ui.due_edit)
        )

    def draft(self, meeting_on: date) -> PromiseDraft:
        who = self.ui.who_edit.text().strip()
        return PromiseDraft(
            description=self.ui.what_edit.text(),
            side=self.side,
            made_by=self.people[self.side].resolve(who) if who else None,
            due_on=parse_when(self.ui.due_edit.text(), meeting_on),
        )

    def _on_side_combo_current_index_changed(self, _index: int) -> None:
        self.completer.set_choices(self.people[self.side])
        self.ui.who_edit.setPlaceholderText(
            "Who (their person, optional)"
            if self.side is Side.THEIRS
            else "Who (one of us, optional)"
        )

    def _on_remove_button_clicked(self) -> None:
        self.removed.emit(self)


class LogMeetingDialog(QDialog):
    """Fill in and Save; :attr:`meeting_logged` carries the saved meeting's id.

    Given ``meeting``, the same form corrects a meeting already in the journal
    (:attr:`meeting_changed`): only the fields changed are saved, as one undoable edit.
    """

    meeting_logged = Signal(int)
    meeting_changed = Signal(int)
    #: Saved with "Make a note of the meeting to send" ticked: the meeting's id, once
    #: the form has closed (the window opens Note of the meeting…, issue 21).
    note_requested = Signal(int)

    def __init__(
        self,
        actions: JournalActions,
        parent: QWidget | None = None,
        *,
        organisation_id: int | None = None,
        meeting: MeetingDetail | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LogMeetingDialog()
        self.ui.setupUi(self)
        self.journal_actions = actions
        self.meeting = meeting
        self.saved: Ref | None = None
        self.rows: list[PromiseRowWidget] = []
        self.discard_question: QMessageBox | None = None
        self.draft_offer: QMessageBox | None = None
        self.quick_add: QuickAddDialog | None = None
        journal = actions.journal
        self.today = today = actions.today()
        self.ui.date_edit.setDate(qdate(today))
        self.ui.date_edit.setMaximumDate(QDate(today.year + 5, 12, 31))
        for kind in MeetingKind:
            self.ui.kind_combo.addItem(kind.label, kind)
        organisations = list_organisations(journal)
        self.organisations = Choices((o.name, o.id) for o in organisations)
        contacts = [c for c in list_contacts(journal) if c.left_on is None]
        self.contacts = Choices((f"{c.name} ({c.organisation.name})", c.id) for c in contacts)
        members = [m for m in list_members(journal) if m.stepped_down_on is None]
        self.members = Choices((m.name, m.id) for m in members)
        if meeting is not None:  # who was there then, though they may have left since
            for choices, attended in (
                (self.organisations, meeting.organisations),
                (self.contacts, meeting.contacts),
                (self.members, meeting.members),
            ):
                for ref in attended:
                    if choices.label_of(ref.id) is None:
                        choices.add(ref.name, ref.id)
        self.completers = {
            "organisations": NameCompleter(
                self.organisations, self.ui.organisations_edit, several=True
            ),
            "contacts": NameCompleter(self.contacts, self.ui.contacts_edit, several=True),
            "members": NameCompleter(self.members, self.ui.members_edit, several=True),
        }
        if organisation_id is not None:
            name = next((o.name for o in organisations if o.id == organisation_id), "")
            self.ui.organisations_edit.setText(f"{name}; " if name else "")
        show_inline(self.ui.error_label, None)
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Save meeting" if meeting is None else "&Save changes")
        save.setAccessibleDescription("Save the meeting and its promises (Ctrl+Enter)")
        save.setShortcut("Ctrl+Return")
        save.setObjectName("save_button")
        cancel = self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancel_button")
        self._planned_chosen = meeting is not None  # else the box follows the date
        self.ui.planned_check.setChecked(False)
        self._add_note_check(shown=meeting is None)
        if meeting is not None:
            self._load_meeting(meeting)
        self.drafts = (
            DraftStore("log-meeting", journal.target.display_name) if meeting is None else None
        )
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.keep_draft)
        self.pristine = self.form_state()
        self._connect()
        self._set_tab_order()
        self.ui.organisations_edit.setFocus()
        if self.drafts is not None:
            offered = self.drafts.load()
            if offered:
                # Asked once the form is on screen, over it.
                QTimer.singleShot(0, self, lambda: self._offer_draft(offered))

    def _connect(self) -> None:
        ui = self.ui
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)
        ui.add_promise_button.clicked.connect(self._on_add_promise_button_clicked)
        ui.date_edit.dateChanged.connect(self._on_date_edit_date_changed)
        ui.planned_check.clicked.connect(self._on_planned_check_clicked)
        ui.kind_combo.currentIndexChanged.connect(self._on_form_changed)
        ui.planned_check.toggled.connect(self._on_form_changed)
        for edit in (
            ui.time_edit,
            ui.organisations_edit,
            ui.contacts_edit,
            ui.members_edit,
            ui.title_edit,
            ui.location_edit,
        ):
            edit.textChanged.connect(self._on_form_changed)
        for text in (ui.notes_edit, ui.decisions_edit):
            text.textChanged.connect(self._on_form_changed)
        for edit in (ui.organisations_edit, ui.contacts_edit):
            edit.editingFinished.connect(self._on_names_editing_finished)
            edit.textChanged.connect(self._on_names_text_changed)
        ui.organisations_offer_button.clicked.connect(self._on_organisations_offer_clicked)
        ui.contacts_offer_button.clicked.connect(self._on_contacts_offer_clicked)

    def _set_tab_order(self) -> None:
        """Top to bottom: the form, each promise row, "Add a promise", then the buttons.

        Set whole each time a row comes or goes: a row's fields join the focus chain
        at its end (after the dialog's buttons), so Tab from "Whose" went to Save.
        """
        ui = self.ui
        chain: list[QWidget] = [
            ui.date_edit,
            ui.time_edit,
            ui.kind_combo,
            ui.planned_check,
            ui.organisations_edit,
            ui.organisations_offer_button,
            ui.contacts_edit,
            ui.contacts_offer_button,
            ui.members_edit,
            ui.title_edit,
            ui.location_edit,
            ui.notes_edit,
            ui.decisions_edit,
        ]
        for row in self.rows:
            chain += row.focus_chain()
        chain += [ui.add_promise_button, self.note_check]
        # The dialog's buttons as they stand on screen (their order is the platform's).
        chain += sorted(
            (button for button in ui.button_box.buttons() if button.isVisibleTo(self)),
            key=_left_to_right,
        )
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _add_note_check(self, *, shown: bool) -> None:
        """ "Make a note of the meeting to send", last in the form: ticked, saving opens
        Note of the meeting… (a planned meeting has none yet; correcting one: Meetings)."""
        check = QCheckBox("Make a note of the meeting to s&end", self.ui.form_widget)
        check.setObjectName("note_check")
        check.setAccessibleName("Make a note of the meeting to send")
        check.setAccessibleDescription(
            "After saving, make the one-page note of the meeting as a PDF and an email "
            "draft to those who came"
        )
        self.ui.form_outer_layout.addWidget(check)
        check.setVisible(shown)
        self.note_check = check
        self.ui.planned_check.toggled.connect(self._on_planned_check_toggled)

    def _on_planned_check_toggled(self, planned: bool) -> None:
        self.note_check.setEnabled(not planned)

    @property
    def wants_note(self) -> bool:
        check = self.note_check
        return check.isVisibleTo(self) and check.isEnabled() and check.isChecked()

    # --- a meeting already in the journal ------------------------------------------

    def _load_meeting(self, meeting: MeetingDetail) -> None:
        ui = self.ui
        self.setWindowTitle(f"Edit meeting: {meeting.title}")
        self.setAccessibleName("Edit meeting")
        ui.date_edit.setDate(qdate(meeting.occurred_on))
        ui.time_edit.setText(f"{meeting.starts_at:%H:%M}" if meeting.starts_at else "")
        ui.kind_combo.setCurrentIndex(ui.kind_combo.findData(meeting.kind))
        ui.planned_check.setChecked(meeting.is_planned)
        ui.organisations_edit.setText(_names(self.organisations, meeting.organisations))
        ui.contacts_edit.setText(_names(self.contacts, meeting.contacts))
        ui.members_edit.setText(_names(self.members, meeting.members))
        ui.title_edit.setText(meeting.title)
        ui.location_edit.setText(meeting.location)
        ui.notes_edit.setPlainText(meeting.notes)
        ui.decisions_edit.setPlainText(meeting.decisions)
        # Its promises are corrected one by one in Promises (Edit…), not here.
        ui.promises_group.hide()

    def changes(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """The fields changed from the meeting as loaded: (new values, old values)."""
        meeting = self.meeting
        assert meeting is not None
        ui = self.ui
        starts_at = self._starts_at()
        new: dict[str, Any] = {
            "occurred_on": self.meeting_date(),
            "starts_at": starts_at,
            "kind": MeetingKind(ui.kind_combo.currentData()),
            "is_planned": ui.planned_check.isChecked(),
            "title": ui.title_edit.text().strip(),
            "location": ui.location_edit.text().strip(),
            "notes": ui.notes_edit.toPlainText().strip(),
            "decisions": ui.decisions_edit.toPlainText().strip(),
            "organisations": self.organisations.resolve_all(ui.organisations_edit.text()),
            "contacts": self.contacts.resolve_all(ui.contacts_edit.text()),
            "members": self.members.resolve_all(ui.members_edit.text()),
        }
        old: dict[str, Any] = {
            "occurred_on": meeting.occurred_on,
            "starts_at": meeting.starts_at,
            "kind": meeting.kind,
            "is_planned": meeting.is_planned,
            "title": meeting.title,
            "location": meeting.location,
            "notes": meeting.notes,
            "decisions": meeting.decisions,
            "organisations": [r.id for r in meeting.organisations],
            "contacts": [r.id for r in meeting.contacts],
            "members": [r.id for r in meeting.members],
        }
        changed = {key: value for key, value in new.items() if not _same(value, old[key])}
        if "contacts" in changed:
            # New people bring their organisations along; undo takes both back.
            changed.setdefault("organisations", new["organisations"])
        return changed, {key: old[key] for key in changed}

    def _save_changes(self) -> bool:
        meeting = self.meeting
        assert meeting is not None
        try:
            changed, old = self.changes()
            if not changed:
                return True
            self.saved = self.journal_actions.update(
                "meeting",
                meeting.id,
                changed,
                old,
                expected_version=meeting.version,
                label=f"edit “{meeting.title}”",
            )
        except DateNotUnderstood as error:
            show_inline(self.ui.error_label, error)
            self.ui.time_edit.setFocus()
            return False
        except JournalError as error:
            show_inline(self.ui.error_label, error)
            self._focus_field(error)
            return False
        show_inline(self.ui.error_label, None)
        if self.saved is None:
            return True  # someone saved it first: the conflict dialog shows both versions
        self.journal_actions.report(
            f"Saved the changes to “{meeting.title}”. Ctrl+Z takes them back."
        )
        self.meeting_changed.emit(meeting.id)
        return True

    # --- promises inline -------------------------------------------------------

    def add_promise_row(self) -> PromiseRowWidget:
        row = PromiseRowWidget({Side.THEIRS: self.contacts, Side.OURS: self.members}, self)
        row.removed.connect(self._on_promise_row_removed)
        row.changed.connect(self._on_form_changed)
        self.ui.promises_layout.addWidget(row)
        row.show()  # now, not on the next turn of the event loop: it takes the focus
        self.rows.append(row)
        self._renumber()
        self._set_tab_order()
        row.ui.side_combo.setFocus()
        self._on_form_changed()
        return row

    def _renumber(self) -> None:
        for number, row in enumerate(self.rows, start=1):
            row.set_number(number)

    def _on_promise_row_removed(self, row: PromiseRowWidget) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self._renumber()
        self._set_tab_order()
        self.ui.add_promise_button.setFocus()
        self._on_form_changed()

    def _on_add_promise_button_clicked(self) -> None:
        self.add_promise_row()

    # --- nothing typed is lost ---------------------------------------------------

    def form_state(self) -> dict[str, Any]:
        """Everything typed, as plain text (what a draft keeps)."""
        ui = self.ui
        return {
            "date": self.meeting_date().isoformat(),
            "time": ui.time_edit.text(),
            "kind": str(ui.kind_combo.currentData()),
            "planned": ui.planned_check.isChecked(),
            "organisations": ui.organisations_edit.text(),
            "contacts": ui.contacts_edit.text(),
            "members": ui.members_edit.text(),
            "title": ui.title_edit.text(),
            "location": ui.location_edit.text(),
            "notes": ui.notes_edit.toPlainText(),
            "decisions": ui.decisions_edit.toPlainText(),
            "promises": [row.state() for row in self.rows if not row.is_empty()],
        }

    def restore(self, state: dict[str, Any]) -> None:
        """Put a draft back into the form."""
        ui = self.ui
        with contextlib.suppress(ValueError, TypeError):
            ui.date_edit.setDate(qdate(date.fromisoformat(str(state.get("date")))))
        ui.time_edit.setText(str(state.get("time", "")))
        ui.kind_combo.setCurrentIndex(max(0, ui.kind_combo.findData(state.get("kind"))))
        ui.planned_check.setChecked(bool(state.get("planned")))
        for key, edit in (
            ("organisations", ui.organisations_edit),
            ("contacts", ui.contacts_edit),
            ("members", ui.members_edit),
            ("title", ui.title_edit),
            ("location", ui.location_edit),
        ):
            edit.setText(str(state.get(key, "")))
        ui.notes_edit.setPlainText(str(state.get("notes", "")))
        ui.decisions_edit.setPlainText(str(state.get("decisions", "")))
        for row in list(self.rows):
            self._on_promise_row_removed(row)
        for promise in state.get("promises", []):
            row = self.add_promise_row()
            side = Side.OURS if promise.get("side") == Side.OURS.value else Side.THEIRS
            row.fill(side, promise.get("who", ""), promise.get("what", ""), promise.get("due", ""))
        ui.organisations_edit.setFocus()

    def has_changes(self) -> bool:
        return self.form_state() != self.pristine

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

        self.draft_offer = offer_draft(self, "meeting", "logging", offered, carry_on, start_afresh)

    def discard(self) -> None:
        """Close without saving or asking, and forget the draft (the volunteer said so)."""
        self._forget_draft()
        QDialog.reject(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_on_screen(self)  # a netbook's 1024×600: the form scrolls, Save stays in view

    def reject(self) -> None:
        """Esc, Cancel or the window's close button: ask before anything typed goes."""
        if self.discard_question is not None:
            return
        if not self.has_changes():
            self._forget_draft()
            super().reject()
            return
        title = "Discard this meeting?" if self.meeting is None else "Discard your changes?"
        consequence = (
            "What you typed will not be saved."
            if self.meeting is None
            else "The meeting stays as it was before you opened it."
        )

        def discard() -> None:
            self._forget_draft()
            QDialog.reject(self)

        self.discard_question = ask_to_discard(self, title, consequence, discard)
        self.discard_question.finished.connect(self._on_discard_question_finished)

    def _on_discard_question_finished(self, _result: int) -> None:
        self.discard_question = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter while a suggestion list is open is the volunteer choosing a name, never
        # "Save" (should a platform pass the key on to the dialog).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            focused = self.focusWidget()
            completer = focused.completer() if isinstance(focused, QLineEdit) else None
            popup = completer.popup() if completer is not None else None
            if popup is not None and popup.isVisible():
                event.accept()
                return
        super().keyPressEvent(event)

    # --- names that match nobody --------------------------------------------------

    def _update_offers(self) -> None:
        ui = self.ui
        unknown_organisations = self.organisations.unknown(ui.organisations_edit.text())
        self._offer(
            ui.organisations_offer_button,
            unknown_organisations,
            "Add “{}” as a new organisation…",
        )
        at = self._first_organisation_name()
        self._offer(
            ui.contacts_offer_button,
            self.contacts.unknown(ui.contacts_edit.text()),
            "Add “{}” as a new contact" + (f" at {at}…" if at else "…"),
        )

    @staticmethod
    def _offer(button: QPushButton, names: list[str], wording: str) -> None:
        if names:
            button.setText(wording.format(names[0]).replace("&", "&&"))
            button.setProperty("offered_name", names[0])
        button.setVisible(bool(names))

    def _first_organisation_name(self) -> str:
        for part in self.organisations.resolve_all(self.ui.organisations_edit.text()):
            if isinstance(part, int):
                return self.organisations.label_of(part) or ""
        return ""

    def _first_organisation_id(self) -> int | None:
        for part in self.organisations.resolve_all(self.ui.organisations_edit.text()):
            if isinstance(part, int):
                return part
        return None

    def offer_new(self, kind: str) -> QuickAddDialog:
        """Open the quick add for the first unknown name in "With" or "Their people"."""
        button = (
            self.ui.contacts_offer_button if kind == CONTACT else self.ui.organisations_offer_button
        )
        name = str(button.property("offered_name") or "")
        dialog = QuickAddDialog(
            self.journal_actions, kind, name, self, organisation_id=self._first_organisation_id()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(lambda kind, ref, typed=name: self._on_record_added(kind, ref, typed))
        self.quick_add = dialog
        dialog.finished.connect(self._on_quick_add_finished)
        dialog.open()
        return dialog

    def _on_record_added(self, kind: str, ref: Ref, typed: str) -> None:
        if kind == CONTACT:
            assert self.quick_add is not None
            label = self.contacts.add(f"{ref.name} ({self.quick_add.organisation_name()})", ref.id)
            choices, edit, name = self.contacts, self.ui.contacts_edit, "contacts"
        else:
            label = self.organisations.add(ref.name, ref.id)
            choices, edit, name = self.organisations, self.ui.organisations_edit, "organisations"
        self.completers[name].set_choices(choices)
        for row in self.rows:  # the promise rows complete from the same people
            row.completer.set_choices(row.people[row.side])
        edit.setText(_replace_name(edit.text(), typed, label))
        self._update_offers()

    def _on_quick_add_finished(self, _result: int) -> None:
        self.quick_add = None
        self.ui.contacts_edit.setFocus()

    # --- saving ----------------------------------------------------------------

    def meeting_date(self) -> date:
        return python_date(self.ui.date_edit.date())

    def _starts_at(self) -> time | None:
        try:
            return parse_time(self.ui.time_edit.text())
        except DateNotUnderstood as error:
            raise ValidationError(str(error), "starts_at") from None

    def draft(self) -> MeetingDraft:
        """What the form says, as the use case's draft (raises on an unreadable date)."""
        on = self.meeting_date()
        promises = []
        for number, row in enumerate(self.rows, start=1):
            if row.is_empty():
                continue
            try:
                promises.append(row.draft(on))
            except DateNotUnderstood as error:
                raise ValidationError(f"Promise {number}: {error}", "due_on") from None
        return MeetingDraft(
            occurred_on=on,
            kind=MeetingKind(self.ui.kind_combo.currentData()),
            title=self.ui.title_edit.text(),
            organisations=self.organisations.resolve_all(self.ui.organisations_edit.text()),
            contacts=self.contacts.resolve_all(self.ui.contacts_edit.text()),
            members=self.members.resolve_all(self.ui.members_edit.text()),
            notes=self.ui.notes_edit.toPlainText(),
            decisions=self.ui.decisions_edit.toPlainText(),
            location=self.ui.location_edit.text(),
            starts_at=self._starts_at(),
            is_planned=self.ui.planned_check.isChecked(),
            promises=tuple(promises),
        )

    def save(self) -> bool:
        """Save, or show what is wrong and keep everything typed."""
        if self.meeting is not None:
            return self._save_changes()
        try:
            self.saved = self.journal_actions.log_meeting(self.draft())
        except JournalError as error:
            show_inline(self.ui.error_label, error)
            self._update_offers()
            self._focus_field(error)
            return False
        self._forget_draft()
        show_inline(self.ui.error_label, None)
        self.journal_actions.report(f"Saved “{self.saved.name}”. Ctrl+Z takes it back.")
        self.meeting_logged.emit(self.saved.id)
        return True

    def _focus_field(self, error: JournalError) -> None:
        field = getattr(error, "field", None)
        widget: QWidget | None = None
        number = PROMISE_NUMBER.match(str(error))
        promise_rows = [row for row in self.rows if not row.is_empty()]
        message = str(error).lower()
        if number and 0 < int(number.group(1)) <= len(promise_rows):
            row = promise_rows[int(number.group(1)) - 1]
            widget = getattr(row.ui, PROMISE_FIELD_WIDGETS.get(field or "", "what_edit"))
        elif field in FIELD_WIDGETS:
            widget = getattr(self.ui, FIELD_WIDGETS[field])
        elif field in PROMISE_FIELD_WIDGETS and promise_rows:
            widget = getattr(promise_rows[0].ui, PROMISE_FIELD_WIDGETS[field])
        elif "no organisation called" in message and self.ui.organisations_offer_button.isVisibleTo(
            self
        ):
            widget = self.ui.organisations_offer_button
        elif "no contact called" in message and self.ui.contacts_offer_button.isVisibleTo(self):
            widget = self.ui.contacts_offer_button
        elif "organisation" in message:
            widget = self.ui.organisations_edit
        elif "contact" in message:
            widget = self.ui.contacts_edit
        elif "member" in message:
            widget = self.ui.members_edit
        if widget is not None:
            widget.setFocus()
            self.ui.scroll_area.ensureWidgetVisible(widget)

    # --- slots -------------------------------------------------------------------

    def _on_button_box_accepted(self) -> None:
        if self.save():
            wanted = self.saved is not None and self.wants_note
            self.accept()
            if wanted and self.saved is not None:
                self.note_requested.emit(self.saved.id)

    def _on_form_changed(self, *_args: object) -> None:
        if self.drafts is not None:
            self._draft_timer.start()

    def _on_date_edit_date_changed(self, _date: QDate) -> None:
        if not self._planned_chosen:
            self.ui.planned_check.setChecked(self.meeting_date() > self.today)
        self._on_form_changed()

    def _on_planned_check_clicked(self, _checked: bool) -> None:
        self._planned_chosen = True

    def _on_names_editing_finished(self) -> None:
        self._update_offers()

    def _on_names_text_changed(self, _text: str) -> None:
        # Hide an offer as soon as the name it was about is gone or now known.
        for button, choices, edit in (
            (self.ui.organisations_offer_button, self.organisations, self.ui.organisations_edit),
            (self.ui.contacts_offer_button, self.contacts, self.ui.contacts_edit),
        ):
            offered = str(button.property("offered_name") or "")
            if button.isVisibleTo(self) and offered not in choices.unknown(edit.text()):
                button.hide()

    def _on_organisations_offer_clicked(self) -> None:
        self.offer_new(ORGANISATION)

    def _on_contacts_offer_clicked(self) -> None:
        self.offer_new(CONTACT)


def _left_to_right(button: QWidget) -> int:
    return button.mapTo(button.window(), button.rect().topLeft()).x() if button.isVisible() else 0


def _names(choices: Choices, refs: Sequence[Ref]) -> str:
    labels = [choices.label_of(ref.id) or ref.name for ref in refs]
    return "".join(f"{label}{SEPARATOR} " for label in labels)


def _same(new: Any, old: Any) -> bool:
    if isinstance(old, list):
        return isinstance(new, list) and sorted(map(str, new)) == sorted(map(str, old))
    return bool(new == old)


def _replace_name(text: str, typed: str, label: str) -> str:
    """The field's names with the one typed replaced by the new record's label."""
    parts = [part.strip() for part in text.split(SEPARATOR) if part.strip()]
    replaced = [label if part.casefold() == typed.casefold() else part for part in parts]
    if label not in replaced:
        replaced.append(label)
    return "".join(f"{part}{SEPARATOR} " for part in replaced)
