"""New organisation… and Edit…: every field of an organisation and our relationship with it.

One dialog for both. A new organisation is added through
:meth:`JournalActions.add_organisation`; an edit saves only the fields that changed,
against the version that was opened (a colleague's newer save is refused and shown
as a conflict), and links through :meth:`JournalActions.set_links` — both one undo
step. Choosing another "Part of" moves a department to another council. A mistake is
shown at the top in plain words, the cursor goes to the field, and nothing typed is
lost. To add a field: a row in ``ui/organisation_editor.ui``, a line in
:meth:`OrganisationEditor.values` and in :func:`saved_values`, and its widget in
:data:`FIELD_WIDGETS`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from bigjournal.errors import JournalError, ValidationError
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.dialogs.editing import (
    ID_ROLE,
    RHYTHM_UNITS,
    ask_before_duplicate,
    choose,
    fill_choices,
    fill_ticks,
    read_date,
    rhythm_days,
    rhythm_in_units,
    shown_date,
    ticked,
)
from bigjournal.gui.errors import show_inline
from bigjournal.gui.forms.ui_organisation_editor import Ui_OrganisationEditor
from bigjournal.journal.names import same_name
from bigjournal.journal.organisations import list_organisations, organisation_detail
from bigjournal.journal.people import list_members
from bigjournal.journal.records import OrganisationDetail, OrganisationRow
from bigjournal.model.vocabulary import CouncilTier, OrganisationKind, Purpose, RelationshipType

NO_PARENT = "(none: it stands on its own)"
FIELD_WIDGETS = {
    "name": "name_edit",
    "kind": "kind_combo",
    "other_kinds": "other_kinds_list",
    "council_tier": "council_tier_combo",
    "parent": "parent_combo",
    "links": "link_combo",
    "relationship_type": "relationship_type_combo",
    "purposes": "purposes_list",
    "holders": "holders_list",
    "contact_every_days": "rhythm_spin",
    "relationship_since": "since_edit",
    "phone": "phone_edit",
    "email": "email_edit",
    "website": "website_edit",
    "address": "address_edit",
    "notes": "notes_edit",
}
#: Kinds of the bodies whose parts are council departments or teams.
COUNCIL_KINDS = {OrganisationKind.LOCAL_AUTHORITY, OrganisationKind.COUNCIL_DEPARTMENT}


def saved_values(detail: OrganisationDetail) -> dict[str, Any]:
    """The organisation as saved, in the shape :meth:`OrganisationEditor.values` returns."""
    return {
        "name": detail.name,
        "kind": detail.kind.value,
        "other_kinds": sorted(k.value for k in detail.other_kinds),
        "council_tier": detail.council_tier.value if detail.council_tier else "",
        "parent": detail.parent.id if detail.parent else None,
        "relationship_type": detail.relationship_type.value if detail.relationship_type else "",
        "purposes": sorted(p.value for p in detail.purposes),
        "holders": sorted(h.id for h in detail.holders),
        "contact_every_days": detail.contact_every_days,
        "relationship_since": detail.relationship_since,
        "phone": detail.phone,
        "email": detail.email,
        "website": detail.website,
        "address": detail.address,
        "notes": detail.notes,
    }


def paths(rows: list[OrganisationRow]) -> dict[int, str]:
    """Each organisation's name with the bodies above it: "Council › Highways"."""
    by_id = {row.id: row for row in rows}
    shown: dict[int, str] = {}
    for row in rows:
        names, seen, current = [row.name], {row.id}, row
        while current.parent_id in by_id and current.parent_id not in seen:
            current = by_id[current.parent_id]
            seen.add(current.id)
            names.insert(0, current.name)
        shown[row.id] = " › ".join(names)
    return shown


class OrganisationEditor(QDialog):
    """Fill in and Save; :attr:`saved` carries the organisation's id."""

    saved = Signal(int)

    def __init__(
        self,
        actions: JournalActions,
        parent: QWidget | None = None,
        *,
        organisation_id: int | None = None,
        parent_id: int | None = None,
        name: str = "",
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_OrganisationEditor()
        self.ui.setupUi(self)
        self.journal_actions = actions
        self.saved_id: int | None = None
        self._duplicate_ok = ""  # the name the volunteer said to add although it exists
        journal = actions.journal
        self.detail = (
            organisation_detail(journal, organisation_id, today=actions.today())
            if organisation_id is not None
            else None
        )
        self.rows = list_organisations(journal, with_last_contact=False)
        self.paths = paths(self.rows)
        self._fill_choices()
        self.original = saved_values(self.detail) if self.detail else None
        self.original_links = (
            {link.organisation.id: link.description for link in self.detail.links}
            if self.detail
            else {}
        )
        show_inline(self.ui.error_label, None)
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("save_button")
        save.setShortcut("Ctrl+Return")
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.add_link_button.clicked.connect(self._on_add_link_button_clicked)
        self.ui.remove_link_button.clicked.connect(self._on_remove_link_button_clicked)
        self.ui.links_list.currentRowChanged.connect(self._on_links_list_current_row_changed)
        self.ui.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        if self.detail is not None:
            self.setWindowTitle(f"Edit {self.detail.name}")
            self.setAccessibleName(self.windowTitle())
            save.setText("&Save changes")
            self.load(self.detail)
        else:
            save.setText("&Save organisation")
            self.ui.name_edit.setText(name)
            if parent_id is not None:
                choose(self.ui.parent_combo, parent_id)
                above = next((row for row in self.rows if row.id == parent_id), None)
                if above is not None and above.kind in COUNCIL_KINDS:
                    choose(self.ui.kind_combo, OrganisationKind.COUNCIL_DEPARTMENT.value)
                self.setWindowTitle(f"New department or team of {self.paths[parent_id]}")
                self.setAccessibleName(self.windowTitle())
        self._on_links_list_current_row_changed(self.ui.links_list.currentRow())
        self._on_kind_combo_current_index_changed()
        self.ui.name_edit.setFocus()

    # --- filling in ------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui = self.ui
        fill_choices(ui.kind_combo, OrganisationKind)
        fill_choices(ui.council_tier_combo, CouncilTier, none="(not a council)")
        fill_choices(ui.relationship_type_combo, RelationshipType, none="(not decided yet)")
        for unit, _days in RHYTHM_UNITS:
            ui.rhythm_unit_combo.addItem(unit, unit)
        itself = self.detail.id if self.detail else None
        below = self._below(itself) if itself is not None else set()
        ui.parent_combo.addItem(NO_PARENT, None)
        ui.link_combo.addItem("(choose an organisation)", None)
        for row in sorted(self.rows, key=lambda r: self.paths[r.id].casefold()):
            if row.id == itself:
                continue
            if row.id not in below:  # a body cannot be part of its own department
                ui.parent_combo.addItem(self.paths[row.id], row.id)
            ui.link_combo.addItem(self.paths[row.id], row.id)
        members = list_members(self.journal_actions.journal)
        holding = {h.id for h in self.detail.holders} if self.detail else set()
        fill_ticks(
            ui.holders_list,
            (
                (m.name + (" (stepped down)" if m.stepped_down_on else ""), m.id)
                for m in members
                if m.stepped_down_on is None or m.id in holding
            ),
            set(),
        )
        if not members:
            item = QListWidgetItem("No members yet: add them in View → Members of the partnership")
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            ui.holders_list.addItem(item)
        fill_ticks(ui.purposes_list, ((p.label, p.value) for p in Purpose), set())
        fill_ticks(ui.other_kinds_list, ((k.label, k.value) for k in OrganisationKind), set())

    def _below(self, organisation_id: int) -> set[int]:
        children: dict[int | None, list[int]] = {}
        for row in self.rows:
            children.setdefault(row.parent_id, []).append(row.id)
        found: set[int] = set()
        pending = [organisation_id]
        while pending:
            for child in children.get(pending.pop(), []):
                if child not in found:
                    found.add(child)
                    pending.append(child)
        return found

    def load(self, detail: OrganisationDetail) -> None:
        ui = self.ui
        ui.name_edit.setText(detail.name)
        choose(ui.kind_combo, detail.kind.value)
        fill_ticks(
            ui.other_kinds_list,
            ((k.label, k.value) for k in OrganisationKind),
            {k.value for k in detail.other_kinds},
        )
        choose(ui.council_tier_combo, detail.council_tier.value if detail.council_tier else "")
        choose(ui.parent_combo, detail.parent.id if detail.parent else None)
        choose(
            ui.relationship_type_combo,
            detail.relationship_type.value if detail.relationship_type else "",
        )
        fill_ticks(
            ui.purposes_list,
            ((p.label, p.value) for p in Purpose),
            {p.value for p in detail.purposes},
        )
        holding = {h.id for h in detail.holders}
        for row in range(ui.holders_list.count()):
            item = ui.holders_list.item(row)
            if item.data(ID_ROLE) in holding:
                item.setCheckState(Qt.CheckState.Checked)
        count, unit = rhythm_in_units(detail.contact_every_days)
        ui.rhythm_spin.setValue(count)
        choose(ui.rhythm_unit_combo, unit)
        ui.since_edit.setText(shown_date(detail.relationship_since))
        ui.phone_edit.setText(detail.phone)
        ui.email_edit.setText(detail.email)
        ui.website_edit.setText(detail.website)
        ui.address_edit.setPlainText(detail.address)
        ui.notes_edit.setPlainText(detail.notes)
        for link in detail.links:
            self._add_link_item(link.organisation.id, link.description)

    # --- links -----------------------------------------------------------------

    def _add_link_item(self, organisation_id: int, note: str) -> None:
        for row in range(self.ui.links_list.count()):
            item = self.ui.links_list.item(row)
            if item.data(ID_ROLE)[0] == organisation_id:
                break
        else:
            item = QListWidgetItem(self.ui.links_list)
        name = self.paths.get(organisation_id, f"#{organisation_id}")
        item.setText(f"{name} — {note}" if note else name)
        item.setData(ID_ROLE, (organisation_id, note))
        self.ui.links_list.setCurrentItem(item)

    def links(self) -> dict[int, str]:
        return dict(
            self.ui.links_list.item(row).data(ID_ROLE) for row in range(self.ui.links_list.count())
        )

    def _on_add_link_button_clicked(self) -> None:
        chosen = self.ui.link_combo.currentData()
        if chosen is None:
            show_inline(
                self.ui.error_label,
                "Choose the organisation to link in the list beside “Works with”.",
            )
            self.ui.link_combo.setFocus()
            return
        show_inline(self.ui.error_label, None)
        self._add_link_item(int(chosen), self.ui.link_note_edit.text().strip())
        self.ui.link_note_edit.clear()
        self.ui.link_combo.setCurrentIndex(0)
        self.ui.link_combo.setFocus()

    def _on_remove_link_button_clicked(self) -> None:
        row = self.ui.links_list.currentRow()
        if row >= 0:
            self.ui.links_list.takeItem(row)

    def _on_links_list_current_row_changed(self, row: int) -> None:
        self.ui.remove_link_button.setEnabled(row >= 0)

    def _on_kind_combo_current_index_changed(self, _index: int = 0) -> None:
        kind = OrganisationKind(self.ui.kind_combo.currentData())
        others = self.ui.other_kinds_list
        for row in range(others.count()):  # its main kind is not one of its other roles
            others.item(row).setHidden(others.item(row).data(ID_ROLE) == kind.value)
        tier = self.ui.council_tier_combo
        tier.setEnabled(kind in COUNCIL_KINDS or tier.currentData() != "")

    # --- saving ----------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What the form says, field by field (raises on a date it cannot read)."""
        ui = self.ui
        today = self.journal_actions.today()
        return {
            "name": ui.name_edit.text().strip(),
            "kind": ui.kind_combo.currentData(),
            "other_kinds": sorted(
                str(k) for k in ticked(ui.other_kinds_list) if k != ui.kind_combo.currentData()
            ),
            "council_tier": ui.council_tier_combo.currentData(),
            "parent": ui.parent_combo.currentData(),
            "relationship_type": ui.relationship_type_combo.currentData(),
            "purposes": sorted(str(p) for p in ticked(ui.purposes_list)),
            "holders": sorted(int(str(h)) for h in ticked(ui.holders_list)),
            "contact_every_days": rhythm_days(
                ui.rhythm_spin.value(), ui.rhythm_unit_combo.currentData()
            ),
            "relationship_since": read_date(
                ui.since_edit.text(),
                "Working together since",
                "relationship_since",
                today,
                month_or_year=True,
            ),
            "phone": ui.phone_edit.text().strip(),
            "email": ui.email_edit.text().strip(),
            "website": ui.website_edit.text().strip(),
            "address": ui.address_edit.toPlainText().strip(),
            "notes": ui.notes_edit.toPlainText().strip(),
        }

    def save(self) -> bool:
        """Save, or show what is wrong and keep everything typed; False if not (yet) saved."""
        try:
            values = self.values()
            if self._asks_about_duplicate(values["name"]):
                return False
            if self.detail is None:
                self._add(values)
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

    def _asks_about_duplicate(self, name: str) -> bool:
        """True if another organisation is called so and the volunteer was asked first."""
        if not name or name == self._duplicate_ok:
            return False
        if self.detail is not None and name == self.detail.name:
            return False
        matches = same_name(
            self.journal_actions.journal,
            "organisation",
            name,
            except_id=self.detail.id if self.detail else None,
        )
        if not matches:
            return False

        def add_anyway() -> None:
            self._duplicate_ok = name
            if self.save():
                self.accept()

        self.question = ask_before_duplicate(
            self, matches, "an organisation", add_anyway, renaming=self.detail is not None
        )
        return True

    def _add(self, values: dict[str, Any]) -> None:
        details = {
            key: value
            for key, value in values.items()
            if key not in ("name", "kind") and value not in (None, "", [])
        }
        saved = self.journal_actions.add_organisation(
            values["name"], values["kind"], links=list(self.links().items()), **details
        )
        self.saved_id = saved.id
        self.journal_actions.report(f"Added {saved.name}. Ctrl+Z takes it back.")

    def _change(self, values: dict[str, Any]) -> None:
        detail, original = self.detail, self.original
        assert detail is not None and original is not None
        changes = {key: value for key, value in values.items() if original[key] != value}
        links = self.links()
        links_changed = links != self.original_links
        self.saved_id = detail.id
        if not changes and not links_changed:
            return
        label = f"edit {values['name'] or detail.name}"
        stack = self.journal_actions.undo_stack
        both = bool(changes) and links_changed
        if both:
            stack.beginMacro(label)  # one Ctrl+Z takes back the fields and the links
        try:
            if changes:
                result = self.journal_actions.update(
                    "organisation",
                    detail.id,
                    changes,
                    original,
                    expected_version=detail.version,
                    label=label,
                )
                if result is None:  # someone saved first: the conflict dialog took over
                    return
            if links_changed:
                self.journal_actions.set_links(detail.id, list(links.items()), label=label)
        finally:
            if both:
                stack.endMacro()
                macro = stack.command(stack.index() - 1)
                if macro is not None and macro.childCount() == 0:
                    # Nothing was saved (refused, or a conflict): no empty step to undo.
                    macro.setObsolete(True)
                    stack.undo()
        self.journal_actions.report(f"Saved {values['name']}. Ctrl+Z takes it back.")

    def _focus_field(self, error: JournalError) -> None:
        field = getattr(error, "field", None) if isinstance(error, ValidationError) else None
        name = FIELD_WIDGETS.get(field or "")
        if name is None:
            return
        widget = getattr(self.ui, name)
        widget.setFocus()
        self.ui.scroll_area.ensureWidgetVisible(widget)

    def _on_button_box_accepted(self) -> None:
        if self.save():
            self.accept()
