"""New contact… and Edit…: a person at an organisation, officer or elected member.

One dialog for both. A new contact is added through :meth:`JournalActions.add_contact`;
an edit saves the fields that changed against the version opened. Choosing another
organisation or department moves the person there with all their history (meetings,
promises and handovers point at the person, not at where they work). Ward and term end
are for elected members only. To add a field: a row in ``ui/contact_editor.ui``, a
line in :meth:`ContactEditor.values` and :func:`saved_values`, and :data:`FIELD_WIDGETS`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QWidget

from bigjournal.errors import JournalError, ValidationError
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.dialogs.editing import (
    ask_before_duplicate,
    choose,
    fill_choices,
    read_date,
    shown_date,
)
from bigjournal.gui.dialogs.organisation_editor import paths
from bigjournal.gui.errors import show_inline
from bigjournal.gui.forms.ui_contact_editor import Ui_ContactEditor
from bigjournal.journal.names import same_name, split_title
from bigjournal.journal.organisations import list_organisations
from bigjournal.journal.people import contact_detail
from bigjournal.journal.records import ContactDetail
from bigjournal.journal.validation import text_list
from bigjournal.model.vocabulary import ContactKind, PreferredContact

COMMON_TITLES = ["Cllr", "Dr", "Revd", "Prof", "Mr", "Mrs", "Ms", "Miss", "Mx", "Sir", "Dame"]
FIELD_WIDGETS = {
    "name": "name_edit",
    "title": "title_edit",
    "role": "role_edit",
    "organisation": "organisation_combo",
    "kind": "kind_combo",
    "ward": "ward_edit",
    "term_ends_on": "term_ends_edit",
    "phone": "phone_edit",
    "other_phones": "other_phones_edit",
    "email": "email_edit",
    "other_emails": "other_emails_edit",
    "preferred_contact": "preferred_combo",
    "notes": "notes_edit",
    "private_notes": "private_notes_edit",
}


def saved_values(detail: ContactDetail) -> dict[str, Any]:
    """The contact as saved, in the shape :meth:`ContactEditor.values` returns."""
    c = detail.contact
    return {
        "name": c.name,
        "title": c.title,
        "role": c.role,
        "organisation": c.organisation.id,
        "kind": c.kind.value,
        "ward": c.ward,
        "term_ends_on": c.term_ends_on,
        "phone": c.phone,
        "other_phones": list(c.other_phones),
        "email": c.email,
        "other_emails": list(c.other_emails),
        "preferred_contact": c.preferred_contact.value if c.preferred_contact else "",
        "notes": c.notes,
        "private_notes": detail.private_notes,
    }


class ContactEditor(QDialog):
    """Fill in and Save; :attr:`saved` carries the contact's id."""

    saved = Signal(int)

    def __init__(
        self,
        actions: JournalActions,
        parent: QWidget | None = None,
        *,
        contact_id: int | None = None,
        organisation_id: int | None = None,
        name: str = "",
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ContactEditor()
        self.ui.setupUi(self)
        self.journal_actions = actions
        self.saved_id: int | None = None
        self._duplicate_ok = ""
        journal = actions.journal
        self.detail = (
            contact_detail(journal, contact_id, today=actions.today())
            if contact_id is not None
            else None
        )
        ui = self.ui
        rows = list_organisations(journal, with_last_contact=False)
        shown = paths(rows)
        ui.organisation_combo.addItem("(choose where they work)", None)
        for row in sorted(rows, key=lambda r: shown[r.id].casefold()):
            ui.organisation_combo.addItem(shown[row.id], row.id)
        titles = QCompleter(COMMON_TITLES, ui.title_edit)
        titles.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        ui.title_edit.setCompleter(titles)  # suggested, never required: any title will do
        fill_choices(ui.kind_combo, ContactKind)
        fill_choices(ui.preferred_combo, PreferredContact, none="(not known)")
        self.original = saved_values(self.detail) if self.detail else None
        show_inline(ui.error_label, None)
        save = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("save_button")
        save.setShortcut("Ctrl+Return")
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)
        ui.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        if self.detail is not None:
            self.setWindowTitle(f"Edit {self.detail.contact.name}")
            save.setText("&Save changes")
            self.load(self.detail)
        else:
            save.setText("&Save contact")
            ui.name_edit.setText(name)
            if organisation_id is not None:
                choose(ui.organisation_combo, organisation_id)
            elif len(rows) == 1:
                choose(ui.organisation_combo, rows[0].id)
        self.setAccessibleName(self.windowTitle())
        self._on_kind_combo_current_index_changed()
        ui.name_edit.setFocus()

    def load(self, detail: ContactDetail) -> None:
        ui, c = self.ui, detail.contact
        ui.name_edit.setText(c.name)
        ui.title_edit.setText(c.title)
        ui.role_edit.setText(c.role)
        choose(ui.organisation_combo, c.organisation.id)
        choose(ui.kind_combo, c.kind.value)
        ui.ward_edit.setText(c.ward)
        ui.term_ends_edit.setText(shown_date(c.term_ends_on))
        ui.phone_edit.setText(c.phone)
        ui.other_phones_edit.setText("; ".join(c.other_phones))
        ui.email_edit.setText(c.email)
        ui.other_emails_edit.setText("; ".join(c.other_emails))
        choose(ui.preferred_combo, c.preferred_contact.value if c.preferred_contact else "")
        ui.notes_edit.setPlainText(c.notes)
        ui.private_notes_edit.setPlainText(detail.private_notes)

    @property
    def is_elected(self) -> bool:
        return bool(self.ui.kind_combo.currentData() == ContactKind.ELECTED_MEMBER.value)

    def _on_kind_combo_current_index_changed(self, _index: int = 0) -> None:
        # Ward and term are an elected member's; what was typed stays if they switch back.
        for widget in (
            self.ui.ward_label,
            self.ui.ward_edit,
            self.ui.term_ends_label,
            self.ui.term_ends_edit,
        ):
            widget.setEnabled(self.is_elected)

    # --- saving ----------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What the form says, field by field (raises on a date it cannot read)."""
        ui = self.ui
        elected = self.is_elected
        name, title = ui.name_edit.text().strip(), ui.title_edit.text().strip()
        if not title:  # "Cllr Sam Okoye" typed as the name: the title is kept apart
            title, name = split_title(name)
        return {
            "name": name,
            "title": title,
            "role": ui.role_edit.text().strip(),
            "organisation": ui.organisation_combo.currentData(),
            "kind": ui.kind_combo.currentData(),
            "ward": ui.ward_edit.text().strip() if elected else "",
            "term_ends_on": (
                read_date(
                    ui.term_ends_edit.text(),
                    "Term ends",
                    "term_ends_on",
                    self.journal_actions.today(),
                )
                if elected
                else None
            ),
            "phone": ui.phone_edit.text().strip(),
            "other_phones": text_list(ui.other_phones_edit.text()),
            "email": ui.email_edit.text().strip(),
            "other_emails": text_list(ui.other_emails_edit.text()),
            "preferred_contact": ui.preferred_combo.currentData(),
            "notes": ui.notes_edit.toPlainText().strip(),
            "private_notes": ui.private_notes_edit.toPlainText().strip(),
        }

    def save(self) -> bool:
        """Save, or show what is wrong and keep everything typed; False if not (yet) saved."""
        try:
            values = self.values()
            if values["organisation"] is None:
                raise ValidationError(
                    "Please choose the organisation or department this person works for.",
                    "organisation",
                )
            if self._asks_about_duplicate(values["name"]):
                return False
            if self.detail is None:
                details = {
                    k: v
                    for k, v in values.items()
                    if k not in ("name", "organisation") and v not in (None, "", [])
                }
                saved = self.journal_actions.add_contact(
                    values["name"], values["organisation"], **details
                )
                self.saved_id = saved.id
                self.journal_actions.report(f"Added {saved.name}. Ctrl+Z takes it back.")
            else:
                self._change(values)
        except JournalError as error:
            show_inline(self.ui.error_label, error)
            self._focus_field(error)
            return False
        show_inline(self.ui.error_label, None)
        assert self.saved_id is not None
        self.saved.emit(self.saved_id)
        return True

    def _change(self, values: dict[str, Any]) -> None:
        detail, original = self.detail, self.original
        assert detail is not None and original is not None
        self.saved_id = detail.contact.id
        changes = {key: value for key, value in values.items() if original[key] != value}
        if not changes:
            return
        self.journal_actions.update(
            "contact",
            detail.contact.id,
            changes,
            original,
            expected_version=detail.contact.version,
            label=f"edit {values['name'] or detail.contact.name}",
        )
        self.journal_actions.report(f"Saved {values['name']}. Ctrl+Z takes it back.")

    def _asks_about_duplicate(self, name: str) -> bool:
        if not name or name == self._duplicate_ok:
            return False
        if self.detail is not None and name == self.detail.contact.name:
            return False
        matches = same_name(
            self.journal_actions.journal,
            "contact",
            name,
            except_id=self.detail.contact.id if self.detail else None,
        )
        if not matches:
            return False

        def add_anyway() -> None:
            self._duplicate_ok = name
            if self.save():
                self.accept()

        self.question = ask_before_duplicate(
            self, matches, "a contact", add_anyway, renaming=self.detail is not None
        )
        return True

    def _focus_field(self, error: JournalError) -> None:
        field = getattr(error, "field", None) if isinstance(error, ValidationError) else None
        name = FIELD_WIDGETS.get(field or "")
        if name is not None:
            widget = getattr(self.ui, name)
            widget.setFocus()
            self.ui.scroll_area.ensureWidgetVisible(widget)

    def _on_button_box_accepted(self) -> None:
        if self.save():
            self.accept()
