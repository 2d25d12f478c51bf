"""Organisations and contacts built and corrected in the window (issue 14).

Everything is done as a volunteer does it: key clicks and mouse clicks on the real
widgets of the real window, from an empty journal (and on the demo for corrections).
The use cases are only called to read back what the window saved.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QPushButton,
)

from bigjournal.gui.dialogs.contact_editor import ContactEditor
from bigjournal.gui.dialogs.organisation_editor import OrganisationEditor
from bigjournal.gui.main_window import CONTACTS, ORGANISATIONS
from bigjournal.journal.organisations import (
    find_organisation,
    list_organisations,
    organisation_detail,
)
from bigjournal.journal.people import contact_detail, find_contact, list_contacts
from bigjournal.model.vocabulary import ContactKind, OrganisationKind
from tests.conftest import TODAY
from tests.gui.window_driving import (
    click_action,
    from_tree_menu,
    pick,
    pick_with_arrows,
    question,
    save,
    select_contact_row,
    select_tree_row,
    tick,
    type_into,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def empty_window(journal: Any, preferences: Any, qtbot: Any, qapp: Any) -> Iterator[Any]:
    """The main window on an empty journal, shown, with "today" fixed."""
    from bigjournal.gui.actions import JournalActions
    from bigjournal.gui.main_window import MainWindow

    main = MainWindow(JournalActions(journal, today=TODAY), preferences)
    qtbot.addWidget(main)
    main.resize(1280, 760)
    main.show()
    qtbot.waitExposed(main)
    yield main


# --- empty states --------------------------------------------------------------------


def test_an_empty_journal_says_what_to_do_first(empty_window: Any, qtbot: Any) -> None:
    window = empty_window
    view = window.show_view(ORGANISATIONS)
    assert view.empty_state.isVisible()
    assert not view.ui.splitter.isVisible()
    assert "No organisations yet" in view.empty_label.text()
    assert "Add the first organisation you work with" in view.first_organisation_button.text()

    contacts = window.show_view(CONTACTS)
    assert contacts.empty_state.isVisible()
    assert "add the organisation first" in contacts.empty_label.text()
    qtbot.mouseClick(contacts.empty_button, LEFT)  # "Add the first organisation…"
    qtbot.waitUntil(lambda: isinstance(window.dialog, OrganisationEditor), timeout=10_000)
    dialog = window.dialog
    type_into(qtbot, dialog.ui.name_edit, "Riverside Homes")
    pick(qtbot, dialog.ui.kind_combo, "Housing")
    tick(qtbot, dialog.ui.other_kinds_list, "(LTO)")  # also the partnership's LTO
    save(qtbot, window, dialog)
    (riverside,) = list_organisations(window.journal_actions.journal)
    assert [k.value for k in riverside.kinds] == ["housing_association", "lto"]

    window.show_view(CONTACTS)
    assert contacts.empty_state.isVisible()
    assert "No contacts yet" in contacts.empty_label.text()
    assert "organisation first" not in contacts.empty_label.text()
    qtbot.mouseClick(contacts.empty_button, LEFT)  # "Add a contact…"
    qtbot.waitUntil(lambda: isinstance(window.dialog, ContactEditor), timeout=10_000)
    # The only organisation is chosen already.
    assert window.dialog.ui.organisation_combo.currentText() == "Riverside Homes"
    window.dialog.reject()


# --- building from an empty journal ----------------------------------------------------


def test_a_council_with_two_departments_and_its_people_from_an_empty_journal(
    empty_window: Any, journal: Any, qtbot: Any
) -> None:
    window = empty_window
    view = window.show_view(ORGANISATIONS)

    qtbot.mouseClick(view.first_organisation_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(window.dialog, OrganisationEditor), timeout=10_000)
    dialog = window.dialog
    type_into(qtbot, dialog.ui.name_edit, "Ashford Vale Borough Council")
    pick_with_arrows(qtbot, dialog.ui.kind_combo, "Local authority")
    pick(qtbot, dialog.ui.council_tier_combo, "District")
    pick(qtbot, dialog.ui.relationship_type_combo, "Powerful")
    tick(qtbot, dialog.ui.purposes_list, "Co-design")
    dialog.ui.rhythm_spin.setFocus()
    dialog.ui.rhythm_spin.selectAll()  # as Tab into it does
    qtbot.keyClicks(dialog.ui.rhythm_spin, "4")
    pick(qtbot, dialog.ui.rhythm_unit_combo, "weeks")
    type_into(qtbot, dialog.ui.since_edit, "1/9/2023")
    type_into(qtbot, dialog.ui.phone_edit, "01632 960000")
    save(qtbot, window, dialog)

    council = find_organisation(journal, "Ashford Vale Borough Council")
    saved = organisation_detail(journal, council.id, today=TODAY)
    assert saved.council_tier is not None and saved.council_tier.value == "district_or_borough"
    assert saved.contact_every_days == 28
    assert str(saved.relationship_since) == "2023-09-01"
    assert [p.value for p in saved.purposes] == ["co_design"]
    assert view.detail is not None and view.detail.id == council.id  # shown once saved
    assert "nobody named yet: choose “Edit…”" in view.ui.detail_browser.toPlainText()
    assert not view.empty_state.isVisible()

    for department in ("Highways and Streetscene", "Housing Services"):
        from_tree_menu(qtbot, window, "Ashford Vale Borough Council", view.action_new_department)
        qtbot.waitUntil(lambda: isinstance(window.dialog, OrganisationEditor), timeout=10_000)
        dialog = window.dialog
        assert dialog.ui.parent_combo.currentText() == "Ashford Vale Borough Council"
        assert dialog.ui.kind_combo.currentText() == OrganisationKind.COUNCIL_DEPARTMENT.label
        type_into(qtbot, dialog.ui.name_edit, department)
        save(qtbot, window, dialog)

    rows = {row.name: row for row in list_organisations(journal)}
    assert rows["Highways and Streetscene"].parent_id == council.id
    assert rows["Housing Services"].parent_id == council.id
    tree = view.ui.organisation_tree
    top = view.model.item(0)
    assert top.text() == "Ashford Vale Borough Council" and top.rowCount() == 2
    assert tree.isExpanded(top.index())

    # An officer at Highways, from the File menu's shortcut.
    select_tree_row(qtbot, window, "Highways and Streetscene")
    qtbot.keyClick(window, Qt.Key.Key_C, CTRL | SHIFT)
    qtbot.waitUntil(lambda: isinstance(window.dialog, ContactEditor), timeout=10_000)
    dialog = window.dialog
    assert not dialog.ui.ward_edit.isEnabled()  # an officer has no ward
    type_into(qtbot, dialog.ui.name_edit, "Sam Okoye")
    type_into(qtbot, dialog.ui.role_edit, "Highways officer")
    highways = "Ashford Vale Borough Council › Highways and Streetscene"
    pick_with_arrows(qtbot, dialog.ui.organisation_combo, highways)
    type_into(qtbot, dialog.ui.email_edit, "sam.okoye@example.org")
    pick(qtbot, dialog.ui.preferred_combo, "Email")
    save(qtbot, window, dialog)

    # A councillor at the council, from the contacts view's button.
    contacts = window.show_view(CONTACTS)
    qtbot.mouseClick(contacts.new_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(window.dialog, ContactEditor), timeout=10_000)
    dialog = window.dialog
    type_into(qtbot, dialog.ui.name_edit, "Cllr Priya Shah")  # the title goes apart
    type_into(qtbot, dialog.ui.phone_edit, "01632 960200")
    type_into(qtbot, dialog.ui.other_phones_edit, "07700 900123; 07700 900456")
    pick_with_arrows(qtbot, dialog.ui.organisation_combo, "Ashford Vale Borough Council")
    pick(qtbot, dialog.ui.kind_combo, "Elected")
    assert dialog.ui.ward_edit.isEnabled() and dialog.ui.term_ends_edit.isEnabled()
    type_into(qtbot, dialog.ui.ward_edit, "Millbrook East")
    type_into(qtbot, dialog.ui.term_ends_edit, "31/13/2027")  # a mistake: no 13th month
    qtbot.mouseClick(dialog.findChild(QPushButton, "save_button"), LEFT)
    assert window.dialog is dialog  # kept open, with the reason and the cursor in the field
    assert dialog.ui.error_label.isVisible()
    assert "Term ends" in dialog.ui.error_label.text()
    assert dialog.focusWidget() is dialog.ui.term_ends_edit
    assert dialog.ui.ward_edit.text() == "Millbrook East"  # nothing typed is lost
    dialog.ui.term_ends_edit.selectAll()
    qtbot.keyClicks(dialog.ui.term_ends_edit, "6/5/2027")
    save(qtbot, window, dialog)

    priya = contact_detail(journal, find_contact(journal, "Priya Shah").id).contact
    assert priya.kind is ContactKind.ELECTED_MEMBER
    assert (priya.ward, str(priya.term_ends_on)) == ("Millbrook East", "2027-05-06")
    assert (priya.title, priya.name) == ("Cllr", "Priya Shah")
    assert priya.phones == ("01632 960200", "07700 900123", "07700 900456")
    sam = find_contact(journal, "Sam Okoye")
    assert contact_detail(journal, sam.id).contact.preferred_contact.value == "email"

    # A restructure: Sam moves to Housing Services, keeping his history.
    select_contact_row(qtbot, window, "Sam Okoye")
    table = contacts.ui.contact_table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter edits the chosen contact
    qtbot.waitUntil(lambda: isinstance(window.dialog, ContactEditor), timeout=10_000)
    dialog = window.dialog
    assert dialog.ui.name_edit.text() == "Sam Okoye"
    pick_with_arrows(
        qtbot, dialog.ui.organisation_combo, "Ashford Vale Borough Council › Housing Services"
    )
    save(qtbot, window, dialog)
    moved = contact_detail(journal, sam.id).contact
    assert moved.organisation.name == "Housing Services"
    assert moved.role == "Highways officer" and moved.email == "sam.okoye@example.org"

    # Delete Priya (it says what goes with her), then Ctrl+Z brings her back.
    select_contact_row(qtbot, window, "Priya Shah")
    qtbot.mouseClick(contacts.ui.delete_button, LEFT)
    box = question(window)
    assert "Delete Priya Shah (Ashford Vale Borough Council)" in box.text()
    assert "Nothing else goes with them" in box.text()
    qtbot.mouseClick(box.findChild(QPushButton, "confirm_button"), LEFT)
    assert [c.name for c in list_contacts(journal)] == ["Sam Okoye"]
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert sorted(c.name for c in list_contacts(journal)) == ["Priya Shah", "Sam Okoye"]


def test_undo_takes_back_a_new_organisation_and_redo_brings_it_again(
    empty_window: Any, journal: Any, qtbot: Any
) -> None:
    window = empty_window
    qtbot.keyClick(window, Qt.Key.Key_O, CTRL | SHIFT)  # File → New organisation…
    qtbot.waitUntil(lambda: isinstance(window.dialog, OrganisationEditor), timeout=10_000)
    dialog = window.dialog
    type_into(qtbot, dialog.ui.name_edit, "Millbrook College")
    pick(qtbot, dialog.ui.kind_combo, "School")
    save(qtbot, window, dialog)
    assert [o.name for o in list_organisations(journal)] == ["Millbrook College"]
    window.action_undo.trigger()
    assert list_organisations(journal) == []
    window.action_redo.trigger()
    assert [o.name for o in list_organisations(journal)] == ["Millbrook College"]


# --- correcting the demo ---------------------------------------------------------------


def test_edit_kind_rhythm_holders_parent_and_links(
    window: Any, demo_journal: Any, qtbot: Any
) -> None:
    view = window.show_view(ORGANISATIONS)
    select_tree_row(qtbot, window, "Parks and Open Spaces")
    tree = view.ui.organisation_tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # Enter edits the chosen organisation
    qtbot.waitUntil(lambda: isinstance(window.dialog, OrganisationEditor), timeout=10_000)
    dialog = window.dialog
    assert dialog.windowTitle() == "Edit Parks and Open Spaces"
    pick(qtbot, dialog.ui.kind_combo, "Other")
    pick_with_arrows(qtbot, dialog.ui.parent_combo, "Kentshire County Council")
    dialog.ui.rhythm_spin.setFocus()
    dialog.ui.rhythm_spin.selectAll()
    qtbot.keyClicks(dialog.ui.rhythm_spin, "2")
    pick(qtbot, dialog.ui.rhythm_unit_combo, "months")
    tick(qtbot, dialog.ui.holders_list, "Łukasz Nowak")
    tick(qtbot, dialog.ui.holders_list, "Zoë Fletcher")
    pick_with_arrows(qtbot, dialog.ui.link_combo, "Millbrook Parish Council")
    type_into(qtbot, dialog.ui.link_note_edit, "they share the park")
    qtbot.mouseClick(dialog.ui.add_link_button, LEFT)
    save(qtbot, window, dialog)

    parks = find_organisation(demo_journal, "Parks and Open Spaces")
    saved = organisation_detail(demo_journal, parks.id, today=TODAY)
    assert saved.kind is OrganisationKind.OTHER
    assert saved.parent is not None and saved.parent.name == "Kentshire County Council"
    assert saved.contact_every_days == 60
    assert sorted(h.name for h in saved.holders) == ["Zoë Fletcher", "Łukasz Nowak"]
    assert [(link.organisation.name, link.description) for link in saved.links] == [
        ("Millbrook Parish Council", "they share the park")
    ]
    # One Ctrl+Z takes back the fields and the link together.
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    back = organisation_detail(demo_journal, parks.id, today=TODAY)
    assert back.parent is not None and back.parent.name == "Ashford Vale Borough Council"
    assert back.kind is OrganisationKind.COUNCIL_DEPARTMENT
    assert back.holders == () and back.links == () and back.contact_every_days is None


def test_a_council_with_departments_points_to_the_editor_to_move_them(
    window: Any, qtbot: Any
) -> None:
    view = window.show_view(ORGANISATIONS)
    select_tree_row(qtbot, window, "Ashford Vale Borough Council")
    click_action(qtbot, view.tool_bar, view.action_delete)
    box = question(window)
    assert "“Edit…”" in box.text() and "“Part of”" in box.text()
    box.accept()


def test_the_organisation_tree_has_a_context_menu(window: Any, qtbot: Any) -> None:
    view = window.show_view(ORGANISATIONS)
    from_tree_menu(qtbot, window, "Millbrook College", view.action_new_contact_here)
    texts = [a.text() for a in view.context_menu.actions() if not a.isSeparator()]
    assert texts == [
        "New &organisation…",
        "New &department or team here…",
        "New &contact here…",
        "&Edit…",
        "Log a &meeting with them…",
        "Record a chec&k-in…",
        "Record an o&utcome…",  # what the relationship achieved (issue 21)
        "&Delete organisation…",
    ]
    qtbot.waitUntil(lambda: isinstance(window.dialog, ContactEditor), timeout=10_000)
    assert window.dialog.ui.organisation_combo.currentText() == "Millbrook College"
    window.dialog.reject()


# --- duplicates ------------------------------------------------------------------------


def test_a_name_already_there_asks_before_adding_another(
    window: Any, demo_journal: Any, qtbot: Any
) -> None:
    before = len(list_organisations(demo_journal))
    qtbot.keyClick(window, Qt.Key.Key_O, CTRL | SHIFT)
    qtbot.waitUntil(lambda: isinstance(window.dialog, OrganisationEditor), timeout=10_000)
    dialog = window.dialog
    type_into(qtbot, dialog.ui.name_edit, "the ashford vale BOROUGH council")
    qtbot.mouseClick(dialog.findChild(QPushButton, "save_button"), LEFT)
    box = question(window)
    assert box.text().startswith(
        "There is already an organisation called Ashford Vale Borough Council"
    )
    assert box.text().endswith("Add another?")
    qtbot.mouseClick(box.findChild(QPushButton, "go_back_button"), LEFT)
    assert window.dialog is dialog and len(list_organisations(demo_journal)) == before
    assert dialog.ui.name_edit.text() == "the ashford vale BOROUGH council"

    window.dialog.reject()
    window.show_view(CONTACTS)
    qtbot.keyClick(window, Qt.Key.Key_C, CTRL | SHIFT)
    qtbot.waitUntil(lambda: isinstance(window.dialog, ContactEditor), timeout=10_000)
    dialog = window.dialog
    type_into(qtbot, dialog.ui.name_edit, "Dr oyvind HANSEN")
    pick_with_arrows(qtbot, dialog.ui.organisation_combo, "Millbrook College")
    qtbot.mouseClick(dialog.findChild(QPushButton, "save_button"), LEFT)
    box = question(window)
    assert "There is already a contact called Øyvind Hansen (Highways" in box.text()
    existing = len(list_contacts(demo_journal))
    qtbot.mouseClick(box.findChild(QPushButton, "add_another_button"), LEFT)
    qtbot.waitUntil(lambda: window.dialog is None, timeout=10_000)
    assert len(list_contacts(demo_journal)) == existing + 1


def test_the_editors_fit_a_1024_by_600_screen(window: Any, demo_journal: Any, qtbot: Any) -> None:
    from bigjournal.gui.dialogs.first_run import MEMBERS, ORGANISATION, FirstRunDialog

    council = find_organisation(demo_journal, "Ashford Vale Borough Council").id
    gareth = find_contact(demo_journal, "Gareth Lloyd").id
    dialogs: list[QDialog] = [
        window.new_organisation(),
        window.edit_organisation(council),
        window.new_contact(),
        window.edit_contact(gareth),
    ]
    first_run = FirstRunDialog(demo_journal, window)
    dialogs.append(first_run)
    room_for_the_title_bar = 600 - 40
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        for step in (MEMBERS, ORGANISATION) if dialog is first_run else (None,):
            if step is not None:
                first_run.ui.step_stack.setCurrentIndex(step)
            hint = dialog.minimumSizeHint()
            assert hint.width() <= 1024 and hint.height() <= room_for_the_title_bar
            assert dialog.width() <= 1024 and dialog.height() <= room_for_the_title_bar
        dialog.close()


def test_double_click_edits_and_the_contacts_list_has_a_context_menu(
    window: Any, demo_journal: Any, qtbot: Any
) -> None:
    view = window.show_view(ORGANISATIONS)
    select_tree_row(qtbot, window, "Riverside Homes")
    tree = view.ui.organisation_tree
    qtbot.mouseDClick(tree.viewport(), LEFT, pos=tree.visualRect(tree.currentIndex()).center())
    qtbot.waitUntil(lambda: isinstance(window.dialog, OrganisationEditor), timeout=10_000)
    assert window.dialog.windowTitle() == "Edit Riverside Homes"
    window.dialog.reject()
    qtbot.waitUntil(lambda: window.dialog is None, timeout=10_000)

    contacts = window.show_view(CONTACTS)
    select_contact_row(qtbot, window, "Gareth Lloyd")
    table = contacts.ui.contact_table
    where = table.visualRect(table.currentIndex()).center()
    QApplication.sendEvent(
        table.viewport(),
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, where, table.viewport().mapToGlobal(where)
        ),
    )
    menu = contacts.context_menu
    qtbot.waitUntil(menu.isVisible, timeout=10_000)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    organisation = contact_detail(demo_journal, find_contact(demo_journal, "Gareth Lloyd").id)
    here = f"New contact at {organisation.contact.organisation.name}…"
    assert texts == ["&New contact…", here, "Ed&it contact…", "&Delete contact…"]
    chosen = next(a for a in menu.actions() if a.text() == here)
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(chosen).center())
    qtbot.waitUntil(lambda: isinstance(window.dialog, ContactEditor), timeout=10_000)
    assert window.dialog.ui.organisation_combo.currentText().endswith(
        organisation.contact.organisation.name
    )
    window.dialog.reject()


def test_a_mistake_in_the_organisation_editor_is_explained_and_nothing_is_lost(
    window: Any, demo_journal: Any, qtbot: Any
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_O, CTRL | SHIFT)
    qtbot.waitUntil(lambda: isinstance(window.dialog, OrganisationEditor), timeout=10_000)
    dialog = window.dialog
    type_into(qtbot, dialog.ui.name_edit, "Eastfield Food Bank")
    pick(qtbot, dialog.ui.kind_combo, "Voluntary")
    type_into(qtbot, dialog.ui.email_edit, "hello at eastfield")
    type_into(qtbot, dialog.ui.notes_edit, "Opens on Tuesdays.")
    before = len(list_organisations(demo_journal))
    qtbot.mouseClick(dialog.findChild(QPushButton, "save_button"), LEFT)
    assert window.dialog is dialog
    assert "does not look like an email address" in dialog.ui.error_label.text()
    assert dialog.focusWidget() is dialog.ui.email_edit
    assert dialog.ui.notes_edit.toPlainText() == "Opens on Tuesdays."
    assert len(list_organisations(demo_journal)) == before  # nothing half-saved
    dialog.ui.email_edit.selectAll()
    qtbot.keyClicks(dialog.ui.email_edit, "hello@eastfield.example.org")
    save(qtbot, window, dialog)
    assert len(list_organisations(demo_journal)) == before + 1


def test_moving_a_contact_to_another_department_keeps_their_history(
    window: Any, demo_journal: Any, qtbot: Any
) -> None:
    gareth = find_contact(demo_journal, "Gareth Lloyd").id
    before = contact_detail(demo_journal, gareth, today=TODAY)
    assert before.meetings and before.promises  # a long history with the council
    window.show_view(CONTACTS)
    select_contact_row(qtbot, window, "Gareth Lloyd")
    qtbot.mouseClick(window.contacts_view.edit_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(window.dialog, ContactEditor), timeout=10_000)
    dialog = window.dialog
    pick_with_arrows(
        qtbot, dialog.ui.organisation_combo, "Ashford Vale Borough Council › Parks and Open Spaces"
    )
    save(qtbot, window, dialog)
    after = contact_detail(demo_journal, gareth, today=TODAY)
    assert after.contact.organisation.name == "Parks and Open Spaces"
    assert [m.id for m in after.meetings] == [m.id for m in before.meetings]
    assert [p.id for p in after.promises] == [p.id for p in before.promises]
    assert after.track_record == before.track_record
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # and back again
    assert contact_detail(demo_journal, gareth).contact.organisation.name == (
        before.contact.organisation.name
    )


def test_renaming_to_a_name_already_there_asks_too(window: Any, qtbot: Any) -> None:
    view = window.show_view(ORGANISATIONS)
    select_tree_row(qtbot, window, "Kentshire County Council")
    click_action(qtbot, view.tool_bar, view.action_edit)
    qtbot.waitUntil(lambda: isinstance(window.dialog, OrganisationEditor), timeout=10_000)
    dialog = window.dialog
    dialog.ui.name_edit.setFocus()
    dialog.ui.name_edit.selectAll()
    qtbot.keyClicks(dialog.ui.name_edit, "Ashford Vale Borough Council")
    qtbot.mouseClick(dialog.findChild(QPushButton, "save_button"), LEFT)
    box = question(window)
    assert "There is already an organisation called Ashford Vale Borough Council" in box.text()
    assert box.text().endswith("Give this one the same name?")
    qtbot.mouseClick(box.findChild(QPushButton, "go_back_button"), LEFT)
    assert window.dialog is dialog
    assert find_organisation(
        window.journal_actions.journal, "Kentshire County Council"
    )  # unchanged
    dialog.reject()


def test_working_together_since_can_be_just_a_month_or_a_year() -> None:
    from datetime import date

    from bigjournal.errors import ValidationError
    from bigjournal.gui.dialogs.editing import read_date

    def since(text: str) -> date | None:
        return read_date(text, "Since", "relationship_since", TODAY, month_or_year=True)

    assert since("2019") == date(2019, 1, 1)
    assert since("3/2019") == date(2019, 3, 1)
    assert since("March 2019") == since("mar 2019") == date(2019, 3, 1)
    assert since("31/3/2024") == date(2024, 3, 31)
    assert since("") is None
    with pytest.raises(ValidationError, match="Since"):
        since("13/2019")
    with pytest.raises(ValidationError):
        since("Ju 2019")  # June or July: not guessed
