"""The partnership's own people: members, their roles and declared conflicts of interest.

Members hold the relationships on the partnership's side. When one steps down,
:class:`SteppingDownDialog` makes the handover happen: each relationship they held
gets a new holder (required where they were the only one), each open promise a new
owner or a closing note, and their handover note is kept, as for a contact who leaves.
The warning before a councillor's term ends (a journal setting) is set here too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bigjournal.errors import JournalError, ValidationError
from bigjournal.gui.accessible_cells import name_cell_widgets
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.columns import ColumnFitter
from bigjournal.gui.date_widgets import date_edit, python_date
from bigjournal.gui.dialogs.confirm import confirm
from bigjournal.gui.dialogs.editing import ask_before_duplicate, read_date, shown_date
from bigjournal.gui.errors import problem_label, show_error, show_inline
from bigjournal.gui.html import day
from bigjournal.journal import settings
from bigjournal.journal.handovers import (
    PromiseDecision,
    PromiseFate,
    SteppingDownDraft,
    member_promises_to_hand_over,
    relationships_held_by,
    term_warning_days,
)
from bigjournal.journal.names import same_name
from bigjournal.journal.people import list_members, member_deletion_impact
from bigjournal.journal.records import MemberRow
from bigjournal.model.vocabulary import MemberRole

ID_ROLE = Qt.ItemDataRole.UserRole
#: Special choices in the new-owner list of a promise (member ids are positive).
UNDECIDED, PARTNERSHIP, CLOSE = 0, -1, -2
#: Where a refused member field is typed, to put the cursor there.
MEMBER_FIELD_WIDGETS = {
    "name": "name_edit",
    "role": "role_combo",
    "phone": "phone_edit",
    "email": "email_edit",
    "joined_on": "joined_edit",
    "stepped_down_on": "stepped_down_edit",
}


class MembersDialog(QDialog):
    """List, add, edit and delete members; "Steps down…" starts their handover.

    Like the other editors: every field the journal keeps, a name already there asked
    about, a deletion that says what goes with the member, and Ctrl+Z for each change.
    """

    def __init__(self, actions: JournalActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal_actions = actions
        self.members: list[MemberRow] = []
        self.current: MemberRow | None = None
        self.setWindowTitle("Members of the partnership")
        self.resize(1000, 600)
        outer = QVBoxLayout(self)
        intro = QLabel(
            "The partnership's own people, who hold its relationships. Record their "
            "conflicts of interest (a council employee, a councillor, a tenant of the "
            "housing association) so briefings can say so."
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        self.error_label = problem_label()
        outer.addWidget(self.error_label)

        body = QHBoxLayout()
        outer.addLayout(body, 1)
        self.member_list = QListWidget()
        self.member_list.setObjectName("member_list")
        self.member_list.setAccessibleName("Members")
        self.member_list.setMinimumWidth(420)
        body.addWidget(self.member_list)
        form = QFormLayout()
        body.addLayout(form, 1)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName("Member's name")
        form.addRow("&Name:", self.name_edit)
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName("Role in the partnership")
        for role in MemberRole:
            self.role_combo.addItem(role.label, role.value)
        form.addRow("&Role:", self.role_combo)
        self.phone_edit = QLineEdit()
        self.phone_edit.setAccessibleName("Phone")
        form.addRow("&Phone:", self.phone_edit)
        self.email_edit = QLineEdit()
        self.email_edit.setAccessibleName("Email")
        form.addRow("&Email:", self.email_edit)
        self.joined_edit = QLineEdit()
        self.joined_edit.setObjectName("joined_edit")
        self.joined_edit.setAccessibleName("Joined the partnership")
        self.joined_edit.setAccessibleDescription(
            "The date they joined, like 7/5/2024; empty if not known"
        )
        self.joined_edit.setPlaceholderText("e.g. 7/5/2024")
        form.addRow("&Joined:", self.joined_edit)
        self.stepped_down_edit = QLineEdit()
        self.stepped_down_edit.setObjectName("stepped_down_edit")
        self.stepped_down_edit.setAccessibleName("Stepped down")
        self.stepped_down_edit.setAccessibleDescription(
            "The date they stepped down, to correct it; "
            "a member who is stepping down now uses “Steps down…”"
        )
        self.stepped_down_label = QLabel("Member &until:")
        self.stepped_down_label.setBuddy(self.stepped_down_edit)
        form.addRow(self.stepped_down_label, self.stepped_down_edit)
        self.conflicts_edit = QPlainTextEdit()
        self.conflicts_edit.setAccessibleName("Declared conflicts of interest")
        self.conflicts_edit.setPlaceholderText("e.g. works for Ashford Vale Borough Council")
        self.conflicts_edit.setTabChangesFocus(True)
        form.addRow("&Conflicts of interest:", self.conflicts_edit)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName("Notes")
        self.notes_edit.setTabChangesFocus(True)
        form.addRow("N&otes:", self.notes_edit)
        self.holds_label = QLabel()
        self.holds_label.setWordWrap(True)
        self.holds_label.setAccessibleName("Relationships they hold")
        form.addRow("Holds:", self.holds_label)
        buttons = QHBoxLayout()
        self.save_button = QPushButton("&Save changes")
        self.save_button.setObjectName("save_button")
        self.new_button = QPushButton("Ne&w member")
        self.new_button.setObjectName("new_button")
        self.steps_down_button = QPushButton("Steps &down…")
        self.steps_down_button.setObjectName("steps_down_button")
        self.steps_down_button.setAccessibleDescription(
            "Record that this member steps down and hand on their relationships and promises"
        )
        self.delete_button = QPushButton("De&lete…")
        self.delete_button.setObjectName("delete_button")
        self.delete_button.setAccessibleName("Delete member")
        self.delete_button.setAccessibleDescription(
            "Delete a member entered by mistake, saying first what goes with them"
        )
        for button in (
            self.save_button,
            self.new_button,
            self.steps_down_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        setting = QHBoxLayout()
        warning_label = QLabel("List councillors in Today this many days before their &term ends:")
        self.term_warning_spin = QSpinBox()
        self.term_warning_spin.setObjectName("term_warning_spin")
        self.term_warning_spin.setAccessibleName("Days of warning before a councillor's term ends")
        self.term_warning_spin.setRange(0, 365)
        self.term_warning_spin.setSuffix(" days")
        self.term_warning_spin.setValue(term_warning_days(actions.journal))
        warning_label.setBuddy(self.term_warning_spin)
        setting.addWidget(warning_label)
        setting.addWidget(self.term_warning_spin)
        setting.addStretch(1)
        outer.addLayout(setting)
        # Below the setting, beside Close: on a small screen the form scrolls and these
        # rows of buttons stay in sight (gui/fit.py keeps trailing button rows).
        outer.addLayout(buttons)
        QWidget.setTabOrder(self.notes_edit, self.save_button)
        QWidget.setTabOrder(self.save_button, self.new_button)
        QWidget.setTabOrder(self.new_button, self.steps_down_button)
        QWidget.setTabOrder(self.steps_down_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.term_warning_spin)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        outer.addWidget(close)

        self.member_list.currentItemChanged.connect(self._on_member_list_current_changed)
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.new_member)
        self.steps_down_button.clicked.connect(self.steps_down)
        self.delete_button.clicked.connect(self.delete_selected)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.member_list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        # The dialog stays open while members are changed, so Ctrl+Z works in it too
        # (a text field being typed in keeps Ctrl+Z for its own text).
        undo_key = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo_key.activated.connect(self.journal_actions.undo_stack.undo)
        redo_key = QShortcut(QKeySequence.StandardKey.Redo, self)
        redo_key.activated.connect(self.journal_actions.undo_stack.redo)
        self._duplicate_ok = ""
        self.term_warning_spin.editingFinished.connect(self.save_term_warning)
        self.journal_actions.changed.connect(self.reload)
        self.reload()

    # --- the list ----------------------------------------------------------------------

    def reload(self) -> None:
        chosen = self.current.id if self.current else None
        self.members = list_members(self.journal_actions.journal)
        self.member_list.blockSignals(True)
        self.member_list.clear()
        for member in self.members:
            text = f"{member.name} — {member.role.label}"
            if member.stepped_down_on:
                text += f" (stepped down {day(member.stepped_down_on)})"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, member.id)
            self.member_list.addItem(item)
        self.member_list.blockSignals(False)
        if not self.select_member(chosen) and self.members:
            self.member_list.setCurrentRow(0)
        elif not self.members:
            self.new_member()

    def select_member(self, member_id: int | None) -> bool:
        for row in range(self.member_list.count()):
            if self.member_list.item(row).data(ID_ROLE) == member_id:
                self.member_list.setCurrentRow(row)
                self._show(self.members[row])
                return True
        return False

    def _show(self, member: MemberRow | None) -> None:
        self.current = member
        show_inline(self.error_label, None)
        self.name_edit.setText(member.name if member else "")
        role = member.role if member else MemberRole.RESIDENT_MEMBER
        self.role_combo.setCurrentIndex(self.role_combo.findData(role.value))
        self.phone_edit.setText(member.phone if member else "")
        self.email_edit.setText(member.email if member else "")
        self.joined_edit.setText(shown_date(member.joined_on) if member else "")
        stepped_down = member is not None and member.stepped_down_on is not None
        self.stepped_down_edit.setText(
            shown_date(member.stepped_down_on) if member and stepped_down else ""
        )
        self.stepped_down_edit.setVisible(stepped_down)
        self.stepped_down_label.setVisible(stepped_down)
        self._duplicate_ok = ""
        self.conflicts_edit.setPlainText(member.conflicts_of_interest if member else "")
        self.notes_edit.setPlainText(member.notes if member else "")
        holds = ", ".join(r.name for r in member.holds) if member else ""
        self.holds_label.setText(holds or "no relationships")
        self.save_button.setText("&Save changes" if member else "&Add member")
        self.steps_down_button.setEnabled(member is not None and member.is_active)
        self.delete_button.setEnabled(member is not None)

    # --- changing ----------------------------------------------------------------------

    def _values(self) -> dict[str, Any]:
        today = self.journal_actions.today()
        values: dict[str, Any] = {
            "name": self.name_edit.text().strip(),
            "role": self.role_combo.currentData(),
            "phone": self.phone_edit.text().strip(),
            "email": self.email_edit.text().strip(),
            "joined_on": read_date(self.joined_edit.text(), "Joined", "joined_on", today),
            "conflicts_of_interest": self.conflicts_edit.toPlainText().strip(),
            "notes": self.notes_edit.toPlainText().strip(),
        }
        if self.current is not None and self.current.stepped_down_on is not None:
            values["stepped_down_on"] = read_date(
                self.stepped_down_edit.text(), "Stepped down", "stepped_down_on", today
            )
        return values

    def new_member(self) -> None:
        self.member_list.clearSelection()
        self._show(None)
        self.name_edit.setFocus()

    def save(self) -> bool:
        """Add or change the member shown; False (and the reason shown) if not saved.

        A name already in the journal is asked about first ("There is already …"),
        as in the organisation and contact editors; what was typed stays meanwhile.
        """
        show_inline(self.error_label, None)
        try:
            values = self._values()
            if self._asks_about_duplicate(values["name"]):
                return False
            if self.current is None:
                name = values.pop("name")
                role = values.pop("role")
                added = self.journal_actions.add_member(name, role, **values)
                self.current = None
                self.reload()
                self.select_member(added.id)
                self.journal_actions.report(
                    f"Added {added.name} to the partnership. Ctrl+Z takes it back."
                )
                return True
            member = self.current
            old = {
                "name": member.name,
                "role": member.role.value,
                "phone": member.phone,
                "email": member.email,
                "joined_on": member.joined_on,
                "stepped_down_on": member.stepped_down_on,
                "conflicts_of_interest": member.conflicts_of_interest,
                "notes": member.notes,
            }
            changes = {k: v for k, v in values.items() if v != old[k]}
            if changes:
                self.journal_actions.update(
                    "member",
                    member.id,
                    changes,
                    old,
                    expected_version=member.version,
                    label=f"edit {member.name}",
                )
                self.journal_actions.report(f"Saved {values['name']}. Ctrl+Z takes it back.")
        except JournalError as error:
            show_inline(self.error_label, error)
            self._focus_field(error)
            return False
        return True

    def _asks_about_duplicate(self, name: str) -> bool:
        if not name or name == self._duplicate_ok:
            return False
        if self.current is not None and name == self.current.name:
            return False
        matches = same_name(
            self.journal_actions.journal,
            "member",
            name,
            except_id=self.current.id if self.current else None,
        )
        if not matches:
            return False

        def add_anyway() -> None:
            self._duplicate_ok = name
            self.save()

        self.question = ask_before_duplicate(
            self, matches, "a member", add_anyway, renaming=self.current is not None
        )
        return True

    def _focus_field(self, error: JournalError) -> None:
        field = getattr(error, "field", None) if isinstance(error, ValidationError) else None
        widget = getattr(self, MEMBER_FIELD_WIDGETS.get(field or "", ""), None)
        if widget is not None:
            widget.setFocus()

    def delete_selected(self) -> QMessageBox | None:
        """Ask, saying what goes with the member, then delete them (Ctrl+Z undoes it)."""
        member = self.current
        if member is None:
            return None
        try:  # their promises, handovers, meetings and relationships, counted
            goes = member_deletion_impact(self.journal_actions.journal, member.id).describe()
        except JournalError as error:
            show_error(self, error)
            return None
        instead = (
            " If they are leaving the partnership, use “Steps down…” instead to keep the history."
            if member.is_active
            else ""
        )
        self.question = confirm(
            self,
            f"Delete {member.name}?",
            f"Delete {member.name} ({member.role.label}) from the journal? {goes}{instead} "
            "You can undo this with Ctrl+Z.",
            "Delete member",
            lambda: self._delete(member.id, member.name),
        )
        return self.question

    def _delete(self, member_id: int, name: str) -> None:
        try:
            self.journal_actions.delete("member", member_id, label=f"delete {name}")
        except JournalError as error:
            show_error(self, error, "Not deleted")
            return
        self.current = None
        self.reload()
        self.journal_actions.report(f"Deleted {name}. Ctrl+Z brings them back.")

    def steps_down(self) -> SteppingDownDialog | None:
        if self.current is None or not self.current.is_active:
            return None
        dialog = SteppingDownDialog(self.journal_actions, self.current, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.stepping_down = dialog
        dialog.open()
        return dialog

    def save_term_warning(self) -> None:
        value = str(self.term_warning_spin.value())
        if value == str(term_warning_days(self.journal_actions.journal)):
            return
        try:
            self.journal_actions.set_setting(
                settings.TERM_WARNING_DAYS, value, label="change the warning before terms end"
            )
        except JournalError as error:
            show_inline(self.error_label, error)

    def _on_member_list_current_changed(self, item: QListWidgetItem | None, _old: object) -> None:
        if item is None:
            return
        member_id = item.data(ID_ROLE)
        self._show(next((m for m in self.members if m.id == member_id), None))


class SteppingDownDialog(QDialog):
    """A member steps down: their relationships and promises find new owners."""

    def __init__(
        self, actions: JournalActions, member: MemberRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.journal_actions = actions
        self.member = member
        self.setWindowTitle(f"{member.name} steps down")
        self.resize(860, 680)
        journal = actions.journal
        self.others = [m for m in list_members(journal, include_former=False) if m.id != member.id]
        self.held = relationships_held_by(journal, member.id)
        self.promises = member_promises_to_hand_over(journal, member.id)

        layout = QVBoxLayout(self)
        intro = QLabel(
            f"<b>{member.name}</b> ({member.role.label}) is stepping down from the "
            "partnership. Hand on each relationship they hold and each open promise, "
            "and write down what their successor should know."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.error_label = problem_label()
        layout.addWidget(self.error_label)

        form = QFormLayout()
        today = actions.today()
        self.date_edit = date_edit(today, "Date they stepped down")
        form.addRow("&Date they step down:", self.date_edit)
        self.successor_combo = QComboBox()
        self.successor_combo.setAccessibleName("Successor in the partnership")
        self.successor_combo.addItem("Nobody in particular", 0)
        for other in self.others:
            self.successor_combo.addItem(f"{other.name} — {other.role.label}", other.id)
        form.addRow("Su&ccessor:", self.successor_combo)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName("Handover note")
        self.notes_edit.setPlaceholderText("What whoever takes over should know")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(90)
        form.addRow("Handover &note:", self.notes_edit)
        layout.addLayout(form)

        self.holder_combos: list[QComboBox] = []
        self.holder_table = self._table(
            "holder_table",
            "Relationships they hold",
            ["Relationship", "Other holders", "New holder"],
        )
        self.holder_table.setRowCount(len(self.held))
        for row, (organisation, others) in enumerate(self.held):
            self.holder_table.setItem(row, 0, QTableWidgetItem(organisation.name))
            self.holder_table.setItem(
                row, 1, QTableWidgetItem(str(others) if others else "none — they are the only one")
            )
            combo = QComboBox()
            combo.setAccessibleName(f"New holder of the relationship with {organisation.name}")
            combo.addItem("Nobody new (others hold it)" if others else "Choose… (required)", 0)
            for other in self.others:
                combo.addItem(other.name, other.id)
            combo.currentIndexChanged.connect(self._update)
            self.holder_table.setCellWidget(row, 2, combo)
            self.holder_combos.append(combo)
        layout.addWidget(
            QLabel(
                f"<b>Relationships they hold ({len(self.held)})</b>"
                if self.held
                else "<b>Relationships they hold</b>: none."
            )
        )
        layout.addWidget(self.holder_table, 1)
        self.holder_table.setVisible(bool(self.held))
        name_cell_widgets(self.holder_table)

        self.owner_combos: list[QComboBox] = []
        self.note_edits: list[QLineEdit] = []
        self.promise_table = self._table(
            "promise_table",
            "Their open promises",
            ["Promise", "Due", "Who takes it on", "Note (why it is closed)"],
        )
        self.promise_table.setRowCount(len(self.promises))
        for row, promise in enumerate(self.promises):
            self.promise_table.setItem(row, 0, QTableWidgetItem(promise.description))
            self.promise_table.setItem(row, 1, QTableWidgetItem(day(promise.due_on) or "no date"))
            combo = QComboBox()
            combo.setAccessibleName(f"Who takes on “{promise.description}”")
            combo.addItem("Choose…", UNDECIDED)
            for other in self.others:
                combo.addItem(other.name, other.id)
            combo.addItem("The partnership as a whole", PARTNERSHIP)
            combo.addItem("Close, with a note", CLOSE)
            combo.currentIndexChanged.connect(self._update)
            self.promise_table.setCellWidget(row, 2, combo)
            note = QLineEdit()
            note.setAccessibleName(f"Why “{promise.description}” is closed")
            note.setPlaceholderText("Why it is closed")
            self.promise_table.setCellWidget(row, 3, note)
            self.owner_combos.append(combo)
            self.note_edits.append(note)
        name_cell_widgets(self.promise_table)
        layout.addWidget(
            QLabel(
                f"<b>Their open promises ({len(self.promises)})</b>"
                if self.promises
                else "<b>Their open promises</b>: none."
            )
        )
        layout.addWidget(self.promise_table, 2)
        self.promise_table.setVisible(bool(self.promises))
        self.waiting_label = QLabel()
        self.waiting_label.setObjectName("waiting_label")
        self.waiting_label.setAccessibleName("Still to decide")
        self.waiting_label.setWordWrap(True)
        layout.addWidget(self.waiting_label)
        if not (self.held or self.promises):
            layout.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_button")
        self.save_button.setText("&Save")
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.successor_combo.currentIndexChanged.connect(self._update)
        self._update()
        self.date_edit.setFocus()

    def _table(self, name: str, accessible: str, headings: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headings))
        table.setObjectName(name)
        table.setAccessibleName(accessible)
        table.setHorizontalHeaderLabels(headings)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # No heading cut at any text size, nor the choices in the rows (kept by the table).
        ColumnFitter(table, main=0, whole=range(2, len(headings)))
        return table

    def missing(self) -> list[str]:
        """What still needs choosing before the stepping down can be saved."""
        successor = self.successor_combo.currentData()
        waiting = [
            f"a new holder for {organisation.name}"
            for (organisation, others), combo in zip(self.held, self.holder_combos, strict=True)
            if not others and not combo.currentData() and not successor
        ]
        waiting += [
            f"who takes on “{promise.description}”"
            for promise, combo in zip(self.promises, self.owner_combos, strict=True)
            if combo.currentData() == UNDECIDED
        ]
        return waiting

    def _update(self, *_args: object) -> None:
        for combo, note in zip(self.owner_combos, self.note_edits, strict=True):
            note.setEnabled(combo.currentData() == CLOSE)
        waiting = self.missing()
        self.save_button.setEnabled(not waiting)
        if waiting:
            shown = "; ".join(waiting[:3]) + (" …" if len(waiting) > 3 else "")
            show_inline(self.waiting_label, f"Before saving, choose {shown}.")
        else:
            show_inline(self.waiting_label, None)

    def draft(self) -> SteppingDownDraft:
        new_holders: dict[int | str, int | str] = {
            organisation.id: combo.currentData()
            for (organisation, _others), combo in zip(self.held, self.holder_combos, strict=True)
            if combo.currentData()
        }
        decisions = []
        for promise, combo, note in zip(
            self.promises, self.owner_combos, self.note_edits, strict=True
        ):
            owner = combo.currentData()
            if owner == CLOSE:
                decisions.append(PromiseDecision(promise.id, PromiseFate.CLOSE, note.text()))
            elif owner == PARTNERSHIP:
                decisions.append(PromiseDecision(promise.id, PromiseFate.ORGANISATION))
            elif owner:
                decisions.append(PromiseDecision(promise.id, PromiseFate.MOVE, new_owner=owner))
        return SteppingDownDraft(
            stepped_down_on=python_date(self.date_edit.date()),
            notes=self.notes_edit.toPlainText(),
            successor=self.successor_combo.currentData() or None,
            new_holders=new_holders,
            decisions=tuple(decisions),
        )

    def choose_holder(self, row: int, member_id: int) -> None:
        combo = self.holder_combos[row]
        combo.setCurrentIndex(combo.findData(member_id))

    def choose_owner(self, row: int, owner: int, note: str = "") -> None:
        combo = self.owner_combos[row]
        combo.setCurrentIndex(combo.findData(owner))
        self.note_edits[row].setText(note)

    def save(self) -> bool:
        show_inline(self.error_label, None)
        try:
            self.journal_actions.member_steps_down(self.member, self.draft())
        except JournalError as error:
            show_inline(self.error_label, error)
            return False
        self.journal_actions.report(
            f"Recorded that {self.member.name} stepped down; Ctrl+Z undoes it."
        )
        return True

    def _on_accepted(self) -> None:
        if self.save():
            self.accept()
