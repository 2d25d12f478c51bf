"""Record, correct or delete a check-in on the eight criteria of a relationship.

Opened from an organisation's page ("Record a check-in…", or a check-in's date on the
page). Each criterion is chosen in plain words (``journal.checkins.LEVELS``), or left
as "Not talked about"; a note, who took part and where the partnership hopes to be go
with it. Saving is one Ctrl+Z step; Esc with changes asks first.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bigjournal.errors import JournalError, ValidationError
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.date_widgets import date_edit
from bigjournal.gui.dialogs.confirm import confirm
from bigjournal.gui.dialogs.discard import AsksBeforeDiscarding
from bigjournal.gui.errors import problem_label, show_error, show_inline
from bigjournal.journal.checkins import CRITERIA, LEVELS, NOT_TALKED_ABOUT, CheckInRow, check_in
from bigjournal.journal.organisations import organisation_detail


class CheckInDialog(AsksBeforeDiscarding):
    """One check-in: new for ``organisation_id``, or ``check_in`` corrected."""

    #: Saved (the check-in's id); the views refresh through the actions too.
    saved = Signal(int)

    def __init__(
        self,
        actions: JournalActions,
        organisation_id: int,
        parent: QWidget | None = None,
        *,
        check_in: CheckInRow | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal_actions = actions
        self.check_in = check_in
        self.organisation_id = check_in.organisation.id if check_in else organisation_id
        self.organisation_name = (
            check_in.organisation.name
            if check_in
            else organisation_detail(actions.journal, organisation_id, today=actions.today()).name
        )
        self.discard_question = None
        self.setObjectName("check_in_dialog")
        self.setWindowTitle(
            f"Correct the check-in with {self.organisation_name}"
            if check_in
            else f"Check-in with {self.organisation_name}"
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            "How does the relationship stand today? Choose a word for each of the eight "
            "criteria you talked about; leave the others as “Not talked about”."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.error_label = problem_label()
        layout.addWidget(self.error_label)
        form = QFormLayout()
        layout.addLayout(form)
        self.held_edit = date_edit(check_in.held_on if check_in else actions.today(), "Held on")
        self.held_edit.setObjectName("held_on_edit")
        self._add_row(form, "&Held on", self.held_edit)
        self.level_combos: dict[str, QComboBox] = {}
        for criterion in CRITERIA:
            combo = QComboBox()
            combo.setObjectName(f"{criterion.key}_combo")
            combo.addItem(NOT_TALKED_ABOUT, None)
            for level, words in LEVELS.items():
                combo.addItem(words, level)
            combo.setAccessibleName(criterion.label)
            combo.setAccessibleDescription(criterion.question)
            combo.setToolTip(criterion.question)
            chosen = check_in.levels.get(criterion.key) if check_in else None
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
            self.level_combos[criterion.key] = combo
            self._add_row(form, criterion.label, combo)
        self.took_part_edit = self._text(
            "took_part_edit", "\n".join(check_in.took_part) if check_in else "", 3
        )
        self.took_part_edit.setPlaceholderText("One name a line")
        self._add_row(form, "Who took &part", self.took_part_edit)
        self.note_edit = self._text("note_edit", check_in.note if check_in else "", 4)
        self._add_row(form, "&Note", self.note_edit)
        self.hopes_edit = self._text("hopes_edit", check_in.hopes if check_in else "", 2)
        self.hopes_edit.setPlaceholderText("Optional: where we hope it will be, and by when")
        self._add_row(form, "Where we hope to &be", self.hopes_edit)
        self.button_box = QDialogButtonBox()
        self.save_button = self.button_box.addButton(
            "&Save", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save_button")
        self.save_button.setDefault(True)
        cancel = self.button_box.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancel_button")
        self.delete_button: QPushButton | None = None
        if check_in is not None:
            self.delete_button = self.button_box.addButton(
                "&Delete check-in…", QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.delete_button.setObjectName("delete_button")
            self.delete_button.clicked.connect(self.ask_to_delete)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        layout.addWidget(self.button_box)
        self._initial = self.values()

    # --- building --------------------------------------------------------------------

    def _add_row(self, form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, field)

    def _text(self, name: str, value: str, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(value)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
        return edit

    # --- reading ---------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What the form holds, as the use case takes it."""
        held = self.held_edit.date()
        return {
            "held_on": date(held.year(), held.month(), held.day()),
            **{key: combo.currentData() for key, combo in self.level_combos.items()},
            "note": self.note_edit.toPlainText().strip(),
            "took_part": self.took_part_edit.toPlainText().strip(),
            "hopes": self.hopes_edit.toPlainText().strip(),
        }

    def has_changes(self) -> bool:
        return self.values() != self._initial

    def set_level(self, key: str, words: str) -> None:
        """Choose a criterion's level by its words (for keyboard-free tests and scripts)."""
        combo = self.level_combos[key]
        combo.setCurrentIndex(combo.findText(words))

    # --- saving ----------------------------------------------------------------------

    def save(self) -> bool:
        values = self.values()
        try:
            if self.check_in is None:
                levels = {c.key: values.pop(c.key) for c in CRITERIA}
                added = self.journal_actions.add(
                    "check-in",
                    self.organisation_id,
                    levels=levels,
                    today=self.journal_actions.today(),
                    label=f"record a check-in with {self.organisation_name}",
                    **values,
                )
                record_id = added.id
            else:
                old = self._initial
                changes = {key: value for key, value in values.items() if old[key] != value}
                record_id = self.check_in.id
                if changes:
                    self.journal_actions.update(
                        "check-in",
                        record_id,
                        changes,
                        {key: self._stored(key) for key in changes},
                        expected_version=self.check_in.version,
                        label=f"correct the check-in with {self.organisation_name}",
                    )
        except ValidationError as error:
            show_inline(self.error_label, error)
            field = self.level_combos.get(error.field or "") or {
                "held_on": self.held_edit,
                "note": self.note_edit,
                "took_part": self.took_part_edit,
                "hopes": self.hopes_edit,
            }.get(error.field or "")
            if field is not None:
                field.setFocus()
            return False
        except JournalError as error:
            show_inline(self.error_label, error)
            return False
        self.journal_actions.report(
            f"Check-in with {self.organisation_name} saved. Ctrl+Z takes it back."
        )
        self.saved.emit(record_id)
        QDialog.accept(self)
        return True

    def _stored(self, key: str) -> Any:
        """A field as the journal holds it (what undo puts back)."""
        assert self.check_in is not None
        if key == "took_part":
            return "\n".join(self.check_in.took_part)
        if key in self.check_in.levels:
            return self.check_in.levels[key]
        return getattr(self.check_in, key)

    def accept(self) -> None:  # Enter: save, and stay open if it could not be saved
        self.save()

    # --- deleting --------------------------------------------------------------------

    def ask_to_delete(self) -> None:
        if self.check_in is None:
            return
        confirm(
            self,
            "Delete this check-in?",
            f"Delete the check-in with {self.organisation_name} of "
            f"{self.check_in.held_on:%d %B %Y}? You can undo this with Ctrl+Z.",
            "Delete check-in",
            self.delete,
        )

    def delete(self) -> None:
        assert self.check_in is not None
        try:
            self.journal_actions.delete(
                "check-in",
                self.check_in.id,
                label=f"delete the check-in with {self.organisation_name}",
            )
        except JournalError as error:
            show_error(self, error, "Not deleted")
            return
        self.journal_actions.report("Deleted the check-in. Ctrl+Z brings it back.")
        QDialog.reject(self)

    # --- closing ---------------------------------------------------------------------

    def discard_title(self) -> str:
        return "Discard this check-in?" if self.check_in is None else "Discard your changes?"


def open_check_in(window: Any, check_in_id: int) -> CheckInDialog | None:
    """The dialog on a check-in already in the journal (from its organisation's page)."""
    try:
        found = check_in(window.attached_actions.journal, check_in_id)
    except JournalError as error:
        show_error(window, error)
        return None
    dialog = CheckInDialog(window.attached_actions, found.organisation.id, window, check_in=found)
    _open(window, dialog)
    return dialog


def record_check_in(window: Any, actions: JournalActions, organisation_id: int) -> CheckInDialog:
    """ "Record a check-in…" on an organisation's page."""
    dialog = CheckInDialog(actions, organisation_id, window)
    _open(window, dialog)
    return dialog


def _open(window: Any, dialog: QDialog) -> None:
    """As the main window opens its dialogs (F1, the one open now), else plainly."""
    opener = getattr(window, "_open_dialog", None)
    if opener is not None:
        opener(dialog)
        return
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
