"""Log a meeting: the two-minute entry a volunteer makes after a meeting.

Fast: the date is today, the cursor starts in "With", names complete as you type,
and promises are added inline (Alt+P) as who / what / by when ("2w" works).
Forgiving: nothing is lost on a mistake — the problem is shown at the top in plain
words, the cursor goes to the field concerned, and everything typed stays.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from bigjournal.errors import JournalError, ValidationError
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.completion import Choices, NameCompleter
from bigjournal.gui.date_widgets import qdate
from bigjournal.gui.dates import DateNotUnderstood, parse_when
from bigjournal.gui.errors import show_inline
from bigjournal.gui.forms.ui_log_meeting_dialog import Ui_LogMeetingDialog
from bigjournal.gui.forms.ui_promise_row import Ui_PromiseRow
from bigjournal.journal.meetings import MeetingDraft
from bigjournal.journal.organisations import list_organisations
from bigjournal.journal.people import list_contacts, list_members
from bigjournal.journal.promises import PromiseDraft
from bigjournal.journal.records import Ref
from bigjournal.model.vocabulary import InteractionKind, Side

PROMISE_NUMBER = re.compile(r"^Promise (\d+):")
FIELD_WIDGETS = {
    "occurred_on": "date_edit",
    "kind": "kind_combo",
    "title": "title_edit",
    "location": "title_edit",
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

    @property
    def side(self) -> Side:
        # Qt hands enum data back as its plain string value.
        return Side(self.ui.side_combo.currentData())

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

    def _show_start_of_who(self) -> None:
        self.ui.who_edit.setCursorPosition(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # On leaving the field, whether the text was typed, completed or pasted.
        if watched is self.ui.who_edit and event.type() == QEvent.Type.FocusOut:
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
    """Fill in and Save; :attr:`meeting_logged` carries the saved meeting's id."""

    meeting_logged = Signal(int)

    def __init__(
        self,
        actions: JournalActions,
        parent: QWidget | None = None,
        *,
        organisation_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LogMeetingDialog()
        self.ui.setupUi(self)
        self.actions = actions
        self.saved: Ref | None = None
        self.rows: list[PromiseRowWidget] = []
        journal = actions.journal
        today = actions.today()
        self.ui.date_edit.setDate(qdate(today))
        self.ui.date_edit.setMaximumDate(QDate(today.year + 5, 12, 31))
        for kind in InteractionKind:
            self.ui.kind_combo.addItem(kind.label, kind)
        organisations = list_organisations(journal)
        self.organisations = Choices((o.name, o.id) for o in organisations)
        contacts = [c for c in list_contacts(journal) if c.left_on is None]
        self.contacts = Choices((f"{c.name} ({c.organisation.name})", c.id) for c in contacts)
        members = [m for m in list_members(journal) if m.stepped_down_on is None]
        self.members = Choices((m.name, m.id) for m in members)
        NameCompleter(self.organisations, self.ui.organisations_edit, several=True)
        NameCompleter(self.contacts, self.ui.contacts_edit, several=True)
        NameCompleter(self.members, self.ui.members_edit, several=True)
        if organisation_id is not None:
            name = next((o.name for o in organisations if o.id == organisation_id), "")
            self.ui.organisations_edit.setText(f"{name}; " if name else "")
        show_inline(self.ui.error_label, None)
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Save meeting")
        save.setAccessibleDescription("Save the meeting and its promises (Ctrl+Enter)")
        save.setShortcut("Ctrl+Return")
        save.setObjectName("save_button")
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.add_promise_button.clicked.connect(self._on_add_promise_button_clicked)
        self.ui.organisations_edit.setFocus()

    # --- promises inline -------------------------------------------------------

    def add_promise_row(self) -> PromiseRowWidget:
        row = PromiseRowWidget({Side.THEIRS: self.contacts, Side.OURS: self.members}, self)
        row.removed.connect(self._on_promise_row_removed)
        self.ui.promises_layout.addWidget(row)
        self.rows.append(row)
        self._renumber()
        previous = self.rows[-2].ui.remove_button if len(self.rows) > 1 else self.ui.decisions_edit
        QWidget.setTabOrder(previous, row.ui.side_combo)
        QWidget.setTabOrder(row.ui.remove_button, self.ui.add_promise_button)
        row.ui.side_combo.setFocus()
        return row

    def _renumber(self) -> None:
        for number, row in enumerate(self.rows, start=1):
            row.set_number(number)

    def _on_promise_row_removed(self, row: PromiseRowWidget) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self._renumber()
        self.ui.add_promise_button.setFocus()

    def _on_add_promise_button_clicked(self) -> None:
        self.add_promise_row()

    # --- saving ----------------------------------------------------------------

    def meeting_date(self) -> date:
        return self.ui.date_edit.date().toPython()  # type: ignore[no-any-return]

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
            kind=InteractionKind(self.ui.kind_combo.currentData()),
            title=self.ui.title_edit.text(),
            organisations=self.organisations.resolve_all(self.ui.organisations_edit.text()),
            contacts=self.contacts.resolve_all(self.ui.contacts_edit.text()),
            members=self.members.resolve_all(self.ui.members_edit.text()),
            notes=self.ui.notes_edit.toPlainText(),
            decisions=self.ui.decisions_edit.toPlainText(),
            promises=tuple(promises),
        )

    def save(self) -> bool:
        """Save, or show what is wrong and keep everything typed."""
        try:
            self.saved = self.actions.log_meeting(self.draft())
        except JournalError as error:
            show_inline(self.ui.error_label, error)
            self._focus_field(error)
            return False
        show_inline(self.ui.error_label, None)
        self.actions.report(f"Saved “{self.saved.name}”. Ctrl+Z takes it back.")
        self.meeting_logged.emit(self.saved.id)
        return True

    def _focus_field(self, error: JournalError) -> None:
        field = getattr(error, "field", None)
        widget: QWidget | None = None
        number = PROMISE_NUMBER.match(str(error))
        promise_rows = [row for row in self.rows if not row.is_empty()]
        if number and 0 < int(number.group(1)) <= len(promise_rows):
            row = promise_rows[int(number.group(1)) - 1]
            widget = getattr(row.ui, PROMISE_FIELD_WIDGETS.get(field or "", "what_edit"))
        elif field in FIELD_WIDGETS:
            widget = getattr(self.ui, FIELD_WIDGETS[field])
        elif field in PROMISE_FIELD_WIDGETS and promise_rows:
            widget = getattr(promise_rows[0].ui, PROMISE_FIELD_WIDGETS[field])
        elif "contact" in str(error).lower():
            widget = self.ui.contacts_edit
        elif "member" in str(error).lower():
            widget = self.ui.members_edit
        if widget is not None:
            widget.setFocus()
            self.ui.scroll_area.ensureWidgetVisible(widget)

    def _on_button_box_accepted(self) -> None:
        if self.save():
            self.accept()
