"""The first morning through the window: a whole partnership's people and organisations.

From an empty journal, only keys and clicks on the real widgets: the first run takes the
partnership's name and its members; then every organisation of
``tests/partnership_script.py`` (a council with two departments, a housing association
that is also the LTO) and every contact (two councillors with their titles) is entered
with every field the script gives; then two of its corrections are made — a misspelt
name, a contact at the wrong department. The use cases are only called to read back.
(The meetings and promises of the script are entered by the meetings' own tests.)
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from bigjournal.gui.dialogs.contact_editor import ContactEditor
from bigjournal.gui.dialogs.editing import rhythm_in_units, shown_date
from bigjournal.gui.dialogs.first_run import FirstRunDialog
from bigjournal.gui.dialogs.organisation_editor import OrganisationEditor
from bigjournal.gui.main_window import CONTACTS, ORGANISATIONS
from bigjournal.journal import settings
from bigjournal.journal.organisations import list_organisations, organisation_detail
from bigjournal.journal.people import list_contacts, list_members
from bigjournal.model.vocabulary import (
    CouncilTier,
    MemberRole,
    OrganisationKind,
    PreferredContact,
    Purpose,
    RelationshipType,
)
from tests import partnership_script as script
from tests.gui.window_driving import (
    from_tree_menu,
    pick_with_arrows,
    save,
    select_contact_row,
    tick,
    type_into,
)

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton


def first_run(qtbot: Any, journal: Any) -> None:
    dialog = FirstRunDialog(journal, today=script.TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.partnership_name_edit, script.PARTNERSHIP_NAME)
    qtbot.keyClick(dialog.ui.partnership_name_edit, Qt.Key.Key_Return)
    for member in script.MEMBERS:
        pick_with_arrows(qtbot, dialog.ui.member_role_combo, MemberRole(member.role).label)
        type_into(qtbot, dialog.ui.member_name_edit, member.name)
        qtbot.keyClick(dialog.ui.member_name_edit, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.findChild(QPushButton, "start_button"), LEFT)  # Next
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "skip_button"), LEFT)


def enter_organisation(qtbot: Any, window: Any, entry: script.OrganisationEntry) -> None:
    view = window.show_view(ORGANISATIONS)
    if entry.parent:
        from_tree_menu(qtbot, window, entry.parent, view.action_new_department)
    else:
        qtbot.keyClick(window, Qt.Key.Key_O, CTRL_SHIFT)  # File → New organisation…
    qtbot.waitUntil(lambda: isinstance(window.dialog, OrganisationEditor), timeout=10_000)
    ui = window.dialog.ui
    type_into(qtbot, ui.name_edit, entry.name)
    pick_with_arrows(qtbot, ui.kind_combo, OrganisationKind(entry.kind).label)
    for other in entry.other_kinds:
        tick(qtbot, ui.other_kinds_list, OrganisationKind(other).label)
    if entry.council_tier:
        pick_with_arrows(qtbot, ui.council_tier_combo, CouncilTier(entry.council_tier).label)
    if entry.relationship_type:
        label = RelationshipType(entry.relationship_type).label
        pick_with_arrows(qtbot, ui.relationship_type_combo, label)
    for purpose in entry.purposes:
        tick(qtbot, ui.purposes_list, Purpose(purpose).label)
    for holder in entry.holders:
        tick(qtbot, ui.holders_list, holder)
    if entry.contact_every_days:
        count, unit = rhythm_in_units(entry.contact_every_days)  # 28 days: "4 weeks"
        ui.rhythm_spin.setFocus()
        ui.rhythm_spin.selectAll()
        qtbot.keyClicks(ui.rhythm_spin, str(count))
        pick_with_arrows(qtbot, ui.rhythm_unit_combo, unit)
    type_into(qtbot, ui.since_edit, shown_date(entry.relationship_since))
    type_into(qtbot, ui.phone_edit, entry.phone)
    type_into(qtbot, ui.email_edit, entry.email)
    type_into(qtbot, ui.website_edit, entry.website)
    type_into(qtbot, ui.notes_edit, entry.notes)
    save(qtbot, window, window.dialog)


def organisation_label(name: str) -> str:
    """How the editors' lists show an organisation: with the body it belongs to."""
    parents = {o.name: o.parent for o in script.ORGANISATIONS}
    parent = parents.get(name)
    return f"{parent} › {name}" if parent else name


def enter_contact(qtbot: Any, window: Any, entry: script.ContactEntry) -> None:
    window.show_view(CONTACTS)
    qtbot.keyClick(window, Qt.Key.Key_C, CTRL_SHIFT)  # File → New contact…
    qtbot.waitUntil(lambda: isinstance(window.dialog, ContactEditor), timeout=10_000)
    ui = window.dialog.ui
    type_into(qtbot, ui.name_edit, entry.name)
    type_into(qtbot, ui.title_edit, entry.title)
    type_into(qtbot, ui.role_edit, entry.role)
    pick_with_arrows(qtbot, ui.organisation_combo, organisation_label(entry.organisation))
    if entry.elected:
        pick_with_arrows(qtbot, ui.kind_combo, "Elected member")
        type_into(qtbot, ui.ward_edit, entry.ward)
        type_into(qtbot, ui.term_ends_edit, shown_date(entry.term_ends_on))
    phones, emails = list(entry.phones) or [""], list(entry.emails) or [""]
    type_into(qtbot, ui.phone_edit, phones[0])
    type_into(qtbot, ui.other_phones_edit, "; ".join(phones[1:]))
    type_into(qtbot, ui.email_edit, emails[0])
    type_into(qtbot, ui.other_emails_edit, "; ".join(emails[1:]))
    if entry.preferred_contact:
        label = PreferredContact(entry.preferred_contact).label
        pick_with_arrows(qtbot, ui.preferred_combo, label)
    type_into(qtbot, ui.notes_edit, entry.notes)
    save(qtbot, window, window.dialog)


def edit_contact(qtbot: Any, window: Any, name: str) -> ContactEditor:
    contacts = window.show_view(CONTACTS)
    select_contact_row(qtbot, window, name)
    contacts.ui.contact_table.setFocus()
    qtbot.keyClick(contacts.ui.contact_table, Qt.Key.Key_Return)  # Enter edits
    qtbot.waitUntil(lambda: isinstance(window.dialog, ContactEditor), timeout=10_000)
    return window.dialog


def test_a_whole_partnership_of_people_and_organisations_through_the_window(
    journal: Any, preferences: Any, qtbot: Any, qapp: Any
) -> None:
    from bigjournal.gui.actions import JournalActions
    from bigjournal.gui.main_window import MainWindow

    first_run(qtbot, journal)
    window = MainWindow(JournalActions(journal, today=script.TODAY), preferences)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # the welcome dialog had the keyboard until now
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    for organisation in script.ORGANISATIONS:
        enter_organisation(qtbot, window, organisation)
    for contact in script.CONTACTS:
        enter_contact(qtbot, window, contact)

    # Two of the corrections: a misspelt name, and a contact at the wrong department.
    misspelt, spelt = script.CORRECT_NAME
    dialog = edit_contact(qtbot, window, misspelt)
    dialog.ui.name_edit.setFocus()
    dialog.ui.name_edit.selectAll()
    qtbot.keyClicks(dialog.ui.name_edit, spelt)
    save(qtbot, window, dialog)
    moved, department = script.CORRECT_DEPARTMENT
    dialog = edit_contact(qtbot, window, moved)
    pick_with_arrows(qtbot, dialog.ui.organisation_combo, organisation_label(department))
    save(qtbot, window, dialog)

    # What the journal holds is what the script says, corrected.
    assert settings.get_setting(journal, settings.PARTNERSHIP_NAME) == script.PARTNERSHIP_NAME
    assert {(m.name, m.role.value) for m in list_members(journal)} == {
        (m.name, m.role) for m in script.MEMBERS
    }
    rows = {o.name: o for o in list_organisations(journal)}
    assert set(rows) == {o.name for o in script.ORGANISATIONS}
    for entry in script.ORGANISATIONS:
        saved = organisation_detail(journal, rows[entry.name].id, today=script.TODAY)
        assert [k.value for k in saved.kinds] == [entry.kind, *entry.other_kinds]
        assert (saved.parent.name if saved.parent else None) == entry.parent
        assert (saved.council_tier.value if saved.council_tier else None) == entry.council_tier
        assert (
            saved.relationship_type.value if saved.relationship_type else None
        ) == entry.relationship_type
        assert {p.value for p in saved.purposes} == set(entry.purposes)
        assert {h.name for h in saved.holders} == set(entry.holders)
        assert saved.contact_every_days == entry.contact_every_days
        assert saved.relationship_since == entry.relationship_since
        assert (saved.phone, saved.email, saved.website, saved.notes) == (
            entry.phone,
            entry.email,
            entry.website,
            entry.notes,
        )
    contacts = {c.name: c for c in list_contacts(journal)}
    expected_names = {c.name for c in script.CONTACTS} - {misspelt} | {spelt}
    assert set(contacts) == expected_names
    for entry in script.CONTACTS:
        saved_contact = contacts[spelt if entry.name == misspelt else entry.name]
        where = department if entry.name == moved else entry.organisation
        assert saved_contact.organisation.name == where
        assert (saved_contact.title, saved_contact.role) == (entry.title, entry.role)
        assert saved_contact.kind.value == ("elected_member" if entry.elected else "officer")
        assert (saved_contact.ward, saved_contact.term_ends_on) == (entry.ward, entry.term_ends_on)
        assert saved_contact.phones == entry.phones
        assert saved_contact.emails == entry.emails
        preferred = saved_contact.preferred_contact
        assert (preferred.value if preferred else None) == entry.preferred_contact
    # Departments sit under their council in the tree, as the volunteer entered them.
    view = window.show_view(ORGANISATIONS)
    council = next(
        view.model.item(row)
        for row in range(view.model.rowCount())
        if view.model.item(row).text() == script.COUNCIL
    )
    assert sorted(council.child(row).text() for row in range(council.rowCount())) == [
        script.HIGHWAYS,
        script.PARKS,
    ]
    # Today warns of the councillor whose term ends within eight weeks, from her contact.
    today = window.show_view(0)
    tree = today.ui.agenda_tree
    lines = [
        tree.topLevelItem(top).child(row).text(0)
        for top in range(tree.topLevelItemCount())
        for row in range(tree.topLevelItem(top).childCount())
    ]
    (ending,) = script.EXPECTED_AGENDA["terms_ending"]
    assert any(ending in line for line in lines), lines
