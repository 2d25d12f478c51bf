"""The handover when a contact leaves, and the steps that finish it later.

:class:`HandoverDialog` is what "Has left…" opens: when they left and where they
went, who replaces them (someone in the journal, someone new, or the post vacant
for now), what the successor should know, an introduction walkabout, and a decision
for each of their open promises. Nothing is silently dropped: Save stays disabled
until every promise has a decision, and the dialog says which are left.

:class:`PendingHandoverDialog` finishes a pending handover from Today (name the
successor of a vacant post, or mark the handover complete), and
:class:`SeveralLeftDialog` records a restructure: several people gone at once, each
post vacant for now.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bigjournal import wording
from bigjournal.errors import JournalError, NotFoundError
from bigjournal.gui.accessible_cells import name_cell_widgets
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.completion import Choices, NameCompleter
from bigjournal.gui.date_widgets import date_edit, python_date, qdate
from bigjournal.gui.errors import problem_label, show_inline
from bigjournal.gui.forms.ui_handover_dialog import Ui_HandoverDialog
from bigjournal.gui.html import day
from bigjournal.journal.handovers import (
    LeavingDraft,
    NewContact,
    PromiseDecision,
    PromiseFate,
    promises_to_hand_over,
)
from bigjournal.journal.people import list_contacts
from bigjournal.journal.records import ContactRow, HandoverRow, PromiseRow

#: The days between the leaving and the proposed introduction: "straight away".
INTRODUCTION_AFTER_DAYS = 14
UNDECIDED = ""
FATE_CHOICES = (
    (UNDECIDED, "Choose…"),
    (PromiseFate.MOVE.value, "Move to the successor"),
    (PromiseFate.ORGANISATION.value, "Keep with the organisation"),
    (PromiseFate.CLOSE.value, "Close, with a note"),
)
#: Where each field's problem is shown (next to the field it is about).
FIELD_LABELS = {
    "left_on": "left_on_error",
    "successor": "successor_error",
    "introduction_on": "introduction_error",
    "decisions": "decisions_error",
}
PROMISE_COLUMN, DUE_COLUMN, FATE_COLUMN, NOTE_COLUMN = range(4)


def active_contact_choices(actions: JournalActions, leaver_id: int | None = None) -> Choices:
    """Everyone still in post, labelled with their organisation (two Ann Lees differ)."""
    contacts = list_contacts(actions.journal, include_left=False)
    return Choices(
        (f"{c.name} ({c.organisation.name})", c.id) for c in contacts if c.id != leaver_id
    )


def describe_promise(promise: PromiseRow, leaver_id: int) -> str:
    """The promise, and the leaver's place in it (they hold it, or are owed it)."""
    owed = promise.made_to is not None and promise.made_to.id == leaver_id
    who = "owed to them" if owed else f"{promise.side.label.lower()}, held by {promise.holder_name}"
    return f"{promise.description} ({who})"


class HandoverDialog(QDialog):
    """A contact has left: record the handover in one go, every promise decided."""

    handover_recorded = Signal(int)

    def __init__(
        self, actions: JournalActions, contact: ContactRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HandoverDialog()
        self.ui.setupUi(self)
        self.journal_actions = actions
        self.contact = contact
        self.setWindowTitle(f"{contact.name} has left — handover")
        self.ui.intro_label.setText(
            f"<b>{contact.name}</b> ({contact.role or 'contact'}, {contact.organisation.name}) "
            "has left their post. Record who takes over and what becomes of their "
            "promises, so the relationship does not restart from zero."
        )
        today = actions.today()
        self.ui.left_on_edit.setDate(qdate(today))
        self.ui.introduction_edit.setDate(qdate(today + timedelta(days=INTRODUCTION_AFTER_DAYS)))
        self.choices = active_contact_choices(actions, contact.id)
        NameCompleter(self.choices, self.ui.successor_edit)
        self.save_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_button")
        self.save_button.setText("&Save handover")
        if contact.left_on is not None:  # marked as left earlier, without a handover
            self.ui.left_on_edit.setDate(qdate(contact.left_on))
            self.ui.went_to_edit.setText(contact.went_to)
        if contact.successor is not None:
            found = self.choices.label_of(contact.successor.id)
            self.ui.successor_edit.setText(found or contact.successor.name)

        self.promises = promises_to_hand_over(actions.journal, contact.id)
        self.fate_combos: list[QComboBox] = []
        self.note_edits: list[QLineEdit] = []
        self._build_promise_table()

        for label in ("error_label", *FIELD_LABELS.values()):
            show_inline(getattr(self.ui, label), None)
        self.ui.existing_radio.toggled.connect(self._on_choice_toggled)
        self.ui.new_radio.toggled.connect(self._on_choice_toggled)
        self.ui.vacant_radio.toggled.connect(self._on_choice_toggled)
        self.ui.successor_edit.textEdited.connect(self._on_successor_typed)
        self.ui.new_name_edit.textEdited.connect(self._on_new_name_typed)
        self.ui.introduction_check.toggled.connect(self.ui.introduction_edit.setEnabled)
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self._on_choice_toggled()
        self.ui.left_on_edit.setFocus()

    # --- the promise table ---------------------------------------------------------

    def _build_promise_table(self) -> None:
        table = self.ui.promise_table
        table.setRowCount(len(self.promises))
        table.verticalHeader().hide()
        # Rows follow the wrapped promise text as the columns settle (not the first guess).
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(PROMISE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DUE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FATE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(NOTE_COLUMN, 220)
        today = self.journal_actions.today()
        for row, promise in enumerate(self.promises):
            text = describe_promise(promise, self.contact.id)
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(row, PROMISE_COLUMN, item)
            due = "no date"
            if promise.due_on:
                due = ("OVERDUE " if promise.is_overdue(today) else "") + day(promise.due_on)
            table.setItem(row, DUE_COLUMN, QTableWidgetItem(due))
            combo = QComboBox()
            combo.setAccessibleName(f"What happens to “{promise.description}”")
            for value, label in FATE_CHOICES:
                combo.addItem(label, value)
            combo.currentIndexChanged.connect(self._on_decision_changed)
            table.setCellWidget(row, FATE_COLUMN, combo)
            note = QLineEdit()
            note.setAccessibleName(f"Why “{promise.description}” is closed")
            note.setPlaceholderText("Why it is closed")
            note.textChanged.connect(self._on_decision_changed)
            table.setCellWidget(row, NOTE_COLUMN, note)
            self.fate_combos.append(combo)
            self.note_edits.append(note)
        name_cell_widgets(table)
        self.ui.main_layout.setStretchFactor(table, 1)  # the table takes the spare height
        count = len(self.promises)
        if count:
            self.ui.promises_label.setText(
                f"<b>Their open promises ({count})</b> — made by them or to them. "
                "Decide what happens to each one; nothing is dropped without a decision."
            )
        else:
            self.ui.promises_label.setText(
                "<b>Their open promises</b>: none, so there is nothing to move on."
            )
            table.hide()

    def decide(self, row: int, fate: PromiseFate | str, note: str = "") -> None:
        """Choose what happens to one promise (as a volunteer would with the table)."""
        combo = self.fate_combos[row]
        combo.setCurrentIndex(combo.findData(PromiseFate(fate).value))
        self.note_edits[row].setText(note)

    def decisions(self) -> list[PromiseDecision]:
        chosen = []
        for promise, combo, note in zip(
            self.promises, self.fate_combos, self.note_edits, strict=True
        ):
            if combo.currentData():
                chosen.append(PromiseDecision(promise.id, combo.currentData(), note.text()))
        return chosen

    def undecided(self) -> list[PromiseRow]:
        return [
            p for p, c in zip(self.promises, self.fate_combos, strict=True) if not c.currentData()
        ]

    def _update_decisions(self) -> None:
        vacant = self.ui.vacant_radio.isChecked()
        for combo, note in zip(self.fate_combos, self.note_edits, strict=True):
            model = combo.model()
            assert isinstance(model, QStandardItemModel)
            move = model.item(combo.findData(PromiseFate.MOVE.value))
            move.setEnabled(not vacant)
            if vacant and combo.currentData() == PromiseFate.MOVE.value:
                combo.setCurrentIndex(0)
            closing = combo.currentData() == PromiseFate.CLOSE.value
            note.setEnabled(closing)
        waiting = self.undecided()
        self.save_button.setEnabled(not waiting)
        if waiting:
            noun = "promise still needs" if len(waiting) == 1 else "promises still need"
            self.save_button.setToolTip("Decide every open promise first")
            show_inline(
                self.ui.decisions_error,
                f"{len(waiting)} {noun} a decision before the handover can be saved: "
                "choose what happens in each row above.",
            )
        else:
            self.save_button.setToolTip("")
            show_inline(self.ui.decisions_error, None)

    # --- saving ----------------------------------------------------------------------

    def draft(self) -> LeavingDraft:
        ui = self.ui
        successor: int | str | None = None
        new_successor = None
        if ui.existing_radio.isChecked():
            successor = self.choices.resolve(ui.successor_edit.text()) or None
        elif ui.new_radio.isChecked():
            new_successor = NewContact(ui.new_name_edit.text(), ui.new_role_edit.text())
        introduction = None
        if ui.introduction_check.isChecked() and ui.introduction_edit.isEnabled():
            introduction = python_date(ui.introduction_edit.date())
        return LeavingDraft(
            left_on=python_date(ui.left_on_edit.date()),
            went_to=ui.went_to_edit.text(),
            successor=successor,
            new_successor=new_successor,
            post_vacant=ui.vacant_radio.isChecked(),
            notes=ui.notes_edit.toPlainText(),
            introduction_on=introduction,
            decisions=tuple(self.decisions()),
        )

    def save(self) -> bool:
        for label in ("error_label", *FIELD_LABELS.values()):
            show_inline(getattr(self.ui, label), None)
        try:
            handover = self.journal_actions.contact_leaves(self.contact, self.draft())
        except JournalError as error:
            self._show_error(error)
            self._update_decisions()
            if getattr(error, "field", None) == "decisions":
                show_inline(self.ui.decisions_error, error)
            return False
        if handover.post_vacant:
            then = "The handover stays in Today until someone is appointed."
        else:
            then = "The handover stays in Today until you mark it complete."
        self.journal_actions.report(
            f"Recorded that {self.contact.name} left. {then} Ctrl+Z undoes it."
        )
        self.handover_recorded.emit(handover.id)
        return True

    def _show_error(self, error: JournalError) -> None:
        field = getattr(error, "field", None)
        if isinstance(error, NotFoundError):  # the only name looked up is the successor's
            field = "successor"
        label_name = FIELD_LABELS.get(field or "")
        show_inline(getattr(self.ui, label_name) if label_name else self.ui.error_label, error)
        focus = {
            "left_on": self.ui.left_on_edit,
            "successor": self.ui.new_name_edit
            if self.ui.new_radio.isChecked()
            else self.ui.successor_edit,
            "introduction_on": self.ui.introduction_edit,
            "went_to": self.ui.went_to_edit,
        }.get(field or "")
        if field == "decisions":
            waiting = self.undecided()
            row = self.promises.index(waiting[0]) if waiting else 0
            if self.fate_combos:
                if (first := self.ui.promise_table.item(row, 0)) is not None:
                    self.ui.promise_table.scrollToItem(first)
                focus = self.fate_combos[row]
        if focus is not None:
            focus.setFocus()

    # --- slots -------------------------------------------------------------------------

    def _on_choice_toggled(self, *_args: object) -> None:
        ui = self.ui
        ui.successor_edit.setEnabled(ui.existing_radio.isChecked())
        ui.new_name_edit.setEnabled(ui.new_radio.isChecked())
        ui.new_role_edit.setEnabled(ui.new_radio.isChecked())
        vacant = ui.vacant_radio.isChecked()
        # An introduction needs someone to meet: none while the post is vacant.
        ui.introduction_check.setEnabled(not vacant)
        ui.introduction_edit.setEnabled(not vacant and ui.introduction_check.isChecked())
        self._update_decisions()

    def _on_successor_typed(self, _text: str) -> None:
        self.ui.existing_radio.setChecked(True)

    def _on_new_name_typed(self, _text: str) -> None:
        self.ui.new_radio.setChecked(True)

    def _on_decision_changed(self, *_args: object) -> None:
        self._update_decisions()

    def _on_button_box_accepted(self) -> None:
        if self.save():
            self.accept()


class PendingHandoverDialog(QDialog):
    """Finish a pending handover: name who took over a vacant post, or mark it complete."""

    def __init__(
        self, actions: JournalActions, handover: HandoverRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.journal_actions = actions
        self.handover = handover
        self.setWindowTitle(f"Handover from {handover.leaver.name}")
        self.resize(620, 420)
        today = actions.today()
        layout = QVBoxLayout(self)
        waiting = (today - handover.left_on).days
        where = f" at {handover.organisation.name}" if handover.organisation else ""
        intro = QLabel(
            f"<b>{handover.leaver.name}</b>{where} left on {day(handover.left_on)}; "
            f"the handover has been waiting {wording.count(waiting, 'day')}."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.error_label = problem_label()
        layout.addWidget(self.error_label)
        form = QFormLayout()
        layout.addLayout(form)
        self.choices: Choices | None = None
        self.vacant = handover.post_vacant and handover.successor is None
        if self.vacant:
            self.existing_radio = QRadioButton("Someone &already in the journal:")
            self.existing_radio.setChecked(True)
            self.successor_edit = QLineEdit()
            self.successor_edit.setAccessibleName("Successor's name")
            self.successor_edit.setPlaceholderText("Type part of their name and choose")
            self.choices = active_contact_choices(actions, handover.leaver.id)
            NameCompleter(self.choices, self.successor_edit)
            form.addRow(self.existing_radio, self.successor_edit)
            self.new_radio = QRadioButton("Someone &new:")
            self.new_name_edit = QLineEdit()
            self.new_name_edit.setAccessibleName("New successor's name")
            self.new_name_edit.setPlaceholderText("Name")
            self.new_role_edit = QLineEdit()
            self.new_role_edit.setAccessibleName("New successor's role")
            self.new_role_edit.setPlaceholderText("Role (empty: the same as the leaver's)")
            row = QHBoxLayout()
            row.addWidget(self.new_name_edit)
            row.addWidget(self.new_role_edit)
            form.addRow(self.new_radio, row)
            self.successor_edit.textEdited.connect(lambda _t: self.existing_radio.setChecked(True))
            self.new_name_edit.textEdited.connect(lambda _t: self.new_radio.setChecked(True))
            self.introduction_check = QCheckBox("Plan an &introduction:")
            self.introduction_check.setChecked(True)
            self.introduction_edit = date_edit(
                today + timedelta(days=14), "Date of the introduction walkabout"
            )
            self.introduction_check.toggled.connect(self.introduction_edit.setEnabled)
            form.addRow(self.introduction_check, self.introduction_edit)
            hint = QLabel(
                "The promises kept with the organisation pass to the new post-holder. "
                "The handover stays in Today until you mark it complete."
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)
        else:
            who = handover.successor.name if handover.successor else "the successor"
            hint = QLabel(
                f"Complete the handover once {who} knows what they need to. "
                "It then leaves Today and shows in the organisation's timeline."
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)
            self.completed_edit = date_edit(today, "Date the handover was completed")
            form.addRow("Completed &on:", self.completed_edit)
            self.notes_edit = QPlainTextEdit(handover.notes)
            self.notes_edit.setAccessibleName("Handover note")
            self.notes_edit.setTabChangesFocus(True)
            form.addRow("Handover &note:", self.notes_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_button")
        self.save_button.setText("&Save successor" if self.vacant else "&Mark complete")
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def save(self) -> bool:
        show_inline(self.error_label, None)
        try:
            if self.vacant:
                assert self.choices is not None
                new = None
                successor: int | str | None = None
                if self.new_radio.isChecked():
                    new = NewContact(self.new_name_edit.text(), self.new_role_edit.text())
                else:
                    successor = self.choices.resolve(self.successor_edit.text()) or None
                when = (
                    python_date(self.introduction_edit.date())
                    if self.introduction_check.isChecked()
                    else None
                )
                saved = self.journal_actions.fill_vacancy(
                    self.handover, successor=successor, new_successor=new, introduction_on=when
                )
                assert saved.successor is not None
                self.journal_actions.report(
                    f"{saved.successor.name} takes over from {self.handover.leaver.name}."
                )
            else:
                self.journal_actions.complete_handover(
                    self.handover,
                    python_date(self.completed_edit.date()),
                    self.notes_edit.toPlainText(),
                )
                self.journal_actions.report(f"Handover from {self.handover.leaver.name} completed.")
        except JournalError as error:
            show_inline(self.error_label, error)
            return False
        return True

    def _on_accepted(self) -> None:
        if self.save():
            self.accept()


class SeveralLeftDialog(QDialog):
    """A restructure: several people gone at once, each post vacant for now."""

    def __init__(
        self,
        actions: JournalActions,
        contacts: Sequence[ContactRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal_actions = actions
        self.contacts = [c for c in contacts if c.left_on is None]
        self.setWindowTitle("Several people have left")
        self.resize(620, 440)
        layout = QVBoxLayout(self)
        names = "".join(f"<li>{c.name} — {c.organisation.name}</li>" for c in self.contacts)
        intro = QLabel(
            f"Record that these {len(self.contacts)} people have left (a restructure):"
            f"<ul>{names}</ul>Each post is marked vacant for now and their open promises "
            "stay owed by the organisation. Each gets a pending handover in Today: finish "
            "it when you know who has taken over."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.error_label = problem_label()
        layout.addWidget(self.error_label)
        form = QFormLayout()
        today = actions.today()
        self.left_on_edit = date_edit(today, "Date they left")
        form.addRow("&Date they left:", self.left_on_edit)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName("Note on the restructure")
        self.note_edit.setPlaceholderText("e.g. the council's neighbourhoods team was merged")
        self.note_edit.setTabChangesFocus(True)
        form.addRow("&Note:", self.note_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_button")
        self.save_button.setEnabled(bool(self.contacts))
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setTabOrder(self.left_on_edit, self.note_edit)
        self.left_on_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> bool:
        try:
            saved = self.journal_actions.restructure(
                self.contacts, python_date(self.left_on_edit.date()), self.note_edit.toPlainText()
            )
        except JournalError as error:
            show_inline(self.error_label, error)
            return False
        who = "one person" if len(saved) == 1 else f"{len(saved)} people"
        self.journal_actions.report(f"Recorded that {who} left; the handovers wait in Today.")
        return True

    def _on_accepted(self) -> None:
        if self.save():
            self.accept()
