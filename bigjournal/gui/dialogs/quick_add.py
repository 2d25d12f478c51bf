"""Adding a contact or an organisation without leaving the form being filled in.

Log a meeting offers it when a name typed in "With" or "Their people" matches nobody:
only the essentials (a contact's organisation, an organisation's kind); the full
record is completed later from its own page. The new record is saved at once and is
on the undo stack like any other change.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from bigjournal.errors import JournalError, ValidationError
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.errors import show_inline
from bigjournal.gui.forms.ui_quick_add_dialog import Ui_QuickAddDialog
from bigjournal.journal import organisations, people, undo
from bigjournal.journal.organisations import list_organisations
from bigjournal.journal.records import Ref
from bigjournal.model.vocabulary import OrganisationKind

CONTACT, ORGANISATION = "contact", "organisation"


def add_contact_undoably(
    actions: JournalActions, name: str, organisation_id: int, role: str
) -> Ref:
    """Save a new contact; Ctrl+Z takes it back (the undo step removes the row)."""
    scope = undo.change_scope(actions.journal, adds=("contacts",))
    return actions._with_undo(  # the one helper for undoable adds
        f"add {name}",
        scope,
        lambda: people.add_contact(
            actions.journal, name=name, organisation=organisation_id, role=role
        ),
    )


def add_organisation_undoably(actions: JournalActions, name: str, kind: OrganisationKind) -> Ref:
    scope = undo.change_scope(actions.journal, adds=("organisations",))
    return actions._with_undo(
        f"add {name}",
        scope,
        lambda: organisations.add_organisation(actions.journal, name=name, kind=kind),
    )


class QuickAddDialog(QDialog):
    """A new contact (name, organisation, role) or organisation (name, kind)."""

    #: The saved record, with its kind (``"contact"`` or ``"organisation"``).
    added = Signal(str, object)

    def __init__(
        self,
        actions: JournalActions,
        kind: str,
        name: str,
        parent: QWidget | None = None,
        *,
        organisation_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_QuickAddDialog()
        self.ui.setupUi(self)
        self.journal_actions = actions
        self.kind = kind
        self.saved: Ref | None = None
        self.ui.name_edit.setText(name)
        is_contact = kind == CONTACT
        for widget in (
            self.ui.organisation_label,
            self.ui.organisation_combo,
            self.ui.role_label,
            self.ui.role_edit,
        ):
            widget.setVisible(is_contact)
        for widget in (self.ui.kind_label, self.ui.kind_combo):
            widget.setVisible(not is_contact)
        if is_contact:
            self.setWindowTitle("Add a new contact")
            self.ui.organisation_combo.addItem("Choose their organisation…", None)
            for row in list_organisations(actions.journal):
                self.ui.organisation_combo.addItem(row.name, row.id)
            chosen = self.ui.organisation_combo.findData(organisation_id)
            self.ui.organisation_combo.setCurrentIndex(max(0, chosen))
        else:
            self.setWindowTitle("Add a new organisation")
            for organisation_kind in OrganisationKind:
                self.ui.kind_combo.addItem(organisation_kind.label, organisation_kind)
            self.ui.kind_combo.setCurrentIndex(self.ui.kind_combo.findData(OrganisationKind.OTHER))
        self.setAccessibleName(self.windowTitle())
        show_inline(self.ui.error_label, None)
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Add")
        save.setObjectName("add_button")
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        # Name given: the next thing to say is where they work, or what kind it is.
        next_field = self.ui.organisation_combo if is_contact else self.ui.kind_combo
        (next_field if name.strip() else self.ui.name_edit).setFocus()

    def save(self) -> bool:
        name = self.ui.name_edit.text().strip()
        try:
            if not name:
                raise ValidationError("Please give the name.", "name")
            if self.kind == CONTACT:
                organisation_id = self.ui.organisation_combo.currentData()
                if organisation_id is None:
                    raise ValidationError(
                        f"Please choose the organisation {name} works for.", "organisation"
                    )
                self.saved = add_contact_undoably(
                    self.journal_actions, name, organisation_id, self.ui.role_edit.text().strip()
                )
            else:
                kind = OrganisationKind(self.ui.kind_combo.currentData())
                self.saved = add_organisation_undoably(self.journal_actions, name, kind)
        except JournalError as error:
            show_inline(self.ui.error_label, error)
            return False
        self.journal_actions.report(f"Added {self.saved.name}. Ctrl+Z takes it back.")
        self.added.emit(self.kind, self.saved)
        return True

    def organisation_name(self) -> str:
        return self.ui.organisation_combo.currentText()

    def _on_button_box_accepted(self) -> None:
        if self.save():
            self.accept()
