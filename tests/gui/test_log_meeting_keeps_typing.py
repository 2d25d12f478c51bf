"""Log a meeting never loses what was typed: Tab, Enter and Esc do what a volunteer
expects, suggestions never scramble a name, and a crash leaves a draft to carry on.

Keys go where Qt sends a real key press: to the open suggestion list if there is one,
else to the widget with the focus.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from bigjournal.gui.dialogs.log_meeting import LogMeetingDialog
from bigjournal.journal.meetings import count_meetings, meeting_detail
from bigjournal.journal.organisations import list_organisations
from bigjournal.journal.people import list_contacts
from bigjournal.model.vocabulary import OrganisationKind

WAIT_MS = 15_000


@pytest.fixture(autouse=True)
def state_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Drafts go to a folder of the test's own."""
    folder = tmp_path / "state"
    monkeypatch.setenv("XDG_STATE_HOME", str(folder))
    return folder


def focused() -> QWidget:
    """Where a key goes: the focus inside the topmost modal window (as the window
    system sends it; offscreen, the focus does not always follow a new modal box)."""
    modal = QApplication.activeModalWidget()
    widget = QApplication.focusWidget()
    if modal is not None and (widget is None or widget.window() is not modal):
        widget = modal.focusWidget() or modal
    assert widget is not None
    return widget


def press(
    qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    target = QApplication.activePopupWidget() or focused()
    qtbot.keyClick(target, key, modifier)


def type_text(qtbot: Any, text: str) -> None:
    for character in text:
        target = QApplication.activePopupWidget() or focused()
        qtbot.keyClicks(target, character)


def open_dialog(window: Any, qtbot: Any) -> LogMeetingDialog:
    dialog = window.log_meeting()
    assert isinstance(dialog, LogMeetingDialog)
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() is dialog.ui.organisations_edit, timeout=WAIT_MS
    )
    return dialog


def visible_boxes(parent: QWidget) -> list[QMessageBox]:
    return [box for box in parent.findChildren(QMessageBox) if box.isVisible()]


# --- Tab and Enter ------------------------------------------------------------------


def test_tab_visits_each_promise_row_before_add_a_promise_and_the_buttons(
    window: Any, qtbot: Any
) -> None:
    dialog = open_dialog(window, qtbot)
    qtbot.mouseClick(dialog.ui.add_promise_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.ui.add_promise_button, Qt.Key.Key_Space)
    first, second = dialog.rows
    assert focused() is second.ui.side_combo
    first.ui.side_combo.setFocus()
    visited = [focused()]
    for _ in range(13):
        press(qtbot, Qt.Key.Key_Tab)
        visited.append(focused())
    save = dialog.findChild(QWidget, "save_button")
    cancel = dialog.findChild(QWidget, "cancel_button")
    assert visited[:12] == [
        *first.focus_chain(),
        *second.focus_chain(),
        dialog.ui.add_promise_button,
        dialog.note_check,  # "Make a note of the meeting to send", last in the form
    ]
    assert set(visited[12:14]) == {save, cancel}


def test_typing_a_name_then_down_and_enter_chooses_it_and_never_cancels(
    window: Any, qtbot: Any, demo_journal: Any
) -> None:
    """The reported loss: Add a promise, Tab, a name, Down, Enter — the meeting was gone."""
    before = count_meetings(demo_journal)
    dialog = open_dialog(window, qtbot)
    type_text(qtbot, "Ashford Vale Borough Council; ")
    qtbot.keyClicks(dialog.ui.notes_edit, "Talked about the lights.")
    qtbot.mouseClick(dialog.ui.add_promise_button, Qt.MouseButton.LeftButton)
    row = dialog.rows[0]
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is row.ui.who_edit
    type_text(qtbot, "Gareth")
    qtbot.waitUntil(row.completer.is_showing, timeout=WAIT_MS)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and not visible_boxes(dialog)
    assert row.ui.who_edit.text().startswith("Gareth Lloyd (")
    assert row.ui.who_edit.text().count("Gareth") == 1
    assert focused() is row.ui.who_edit
    assert count_meetings(demo_journal) == before  # Enter chose the name, nothing more
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Replace the two lamps")
    assert row.ui.what_edit.text() == "Replace the two lamps"


def test_down_and_enter_in_a_field_of_several_names_writes_the_choice_once(
    window: Any, qtbot: Any, demo_journal: Any
) -> None:
    before = count_meetings(demo_journal)
    dialog = open_dialog(window, qtbot)
    edit = dialog.ui.organisations_edit
    type_text(qtbot, "Ashford Vale Bor")
    qtbot.waitUntil(dialog.completers["organisations"].is_showing, timeout=WAIT_MS)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert edit.text() == "Ashford Vale Borough Council; "
    type_text(qtbot, "Highways")
    qtbot.waitUntil(dialog.completers["organisations"].is_showing, timeout=WAIT_MS)
    press(qtbot, Qt.Key.Key_Down)
    chosen = dialog.completers["organisations"].popup().currentIndex().data()
    press(qtbot, Qt.Key.Key_Return)
    assert edit.text() == f"Ashford Vale Borough Council; {chosen}; "
    assert dialog.isVisible() and count_meetings(demo_journal) == before


def test_the_who_box_keeps_the_cursor_where_the_volunteer_types(window: Any, qtbot: Any) -> None:
    dialog = open_dialog(window, qtbot)
    row = dialog.add_promise_row()
    row.ui.who_edit.setFocus()
    type_text(qtbot, "Gareth L")  # the suggestion list opens after the first letter
    assert row.completer.is_showing()
    assert row.ui.who_edit.text() == "Gareth L"
    assert row.ui.who_edit.cursorPosition() == len("Gareth L")
    # Really leaving the field still shows the start of a long name.
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is row.ui.what_edit
    assert row.ui.who_edit.cursorPosition() == 0


# --- Esc and Cancel -------------------------------------------------------------------


def test_esc_that_closes_a_suggestion_list_leaves_the_dialog_alone(window: Any, qtbot: Any) -> None:
    dialog = open_dialog(window, qtbot)
    type_text(qtbot, "Ash")
    qtbot.waitUntil(dialog.completers["organisations"].is_showing, timeout=WAIT_MS)
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.completers["organisations"].is_showing()
    assert dialog.isVisible() and not visible_boxes(dialog)
    assert dialog.ui.organisations_edit.text() == "Ash"


@pytest.mark.parametrize("how", ["esc", "cancel"])
def test_esc_or_cancel_with_something_typed_asks_and_no_keeps_it(
    window: Any, qtbot: Any, how: str
) -> None:
    dialog = open_dialog(window, qtbot)
    type_text(qtbot, "Ashford Vale Borough Council; ")
    if dialog.completers["organisations"].is_showing():
        press(qtbot, Qt.Key.Key_Escape)  # the first Esc closes the suggestions only
        assert dialog.isVisible() and not visible_boxes(dialog)
    if how == "esc":
        press(qtbot, Qt.Key.Key_Escape)
    else:
        qtbot.mouseClick(dialog.findChild(QWidget, "cancel_button"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(visible_boxes(dialog)), timeout=WAIT_MS)
    (question,) = visible_boxes(dialog)
    assert question.text() == "Discard this meeting?"
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.No)
    press(qtbot, Qt.Key.Key_Return)  # Enter takes the default: keep it
    qtbot.waitUntil(lambda: not visible_boxes(dialog), timeout=WAIT_MS)
    assert dialog.isVisible()
    assert dialog.ui.organisations_edit.text() == "Ashford Vale Borough Council; "

    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(visible_boxes(dialog)), timeout=WAIT_MS)
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        qtbot.mouseClick(
            visible_boxes(dialog)[0].button(QMessageBox.StandardButton.Yes),
            Qt.MouseButton.LeftButton,
        )


def test_esc_on_an_untouched_form_just_closes_it(window: Any, qtbot: Any) -> None:
    dialog = open_dialog(window, qtbot)
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        press(qtbot, Qt.Key.Key_Escape)
    assert not visible_boxes(window)


# --- a draft that survives a crash ----------------------------------------------------


def test_a_meeting_half_typed_when_the_app_died_is_offered_back(
    window: Any, qtbot: Any, demo_journal: Any
) -> None:
    dialog = open_dialog(window, qtbot)
    type_text(qtbot, "Ashford Vale Borough Council; ")
    qtbot.keyClicks(dialog.ui.notes_edit, "Three lamps out on Mill Lane.")
    row = dialog.add_promise_row()
    qtbot.keyClicks(row.ui.what_edit, "Send the photos")
    qtbot.keyClicks(row.ui.due_edit, "2w")
    path = dialog.drafts.path
    qtbot.waitUntil(
        lambda: path.exists() and "2w" in path.read_text(encoding="utf-8"), timeout=WAIT_MS
    )
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    # The power goes: the dialog is gone without closing, asking or saving.
    window.dialog = None
    shiboken6.delete(dialog)

    again = window.log_meeting()
    qtbot.waitUntil(
        lambda: again.draft_offer is not None and again.draft_offer.isVisible(), timeout=WAIT_MS
    )
    assert again.draft_offer.text().startswith("Carry on with the meeting you were logging on ")
    qtbot.mouseClick(
        again.draft_offer.findChild(QWidget, "carry_on_button"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: again.draft_offer is None, timeout=WAIT_MS)
    assert again.ui.organisations_edit.text() == "Ashford Vale Borough Council; "
    assert again.ui.notes_edit.toPlainText() == "Three lamps out on Mill Lane."
    assert [(r.ui.what_edit.text(), r.ui.due_edit.text()) for r in again.rows] == [
        ("Send the photos", "2w")
    ]
    # Saved: the draft goes with it, and the next meeting starts empty.
    before = count_meetings(demo_journal)
    with qtbot.waitSignal(again.finished, timeout=WAIT_MS):
        qtbot.mouseClick(again.findChild(QWidget, "save_button"), Qt.MouseButton.LeftButton)
    assert count_meetings(demo_journal) == before + 1
    assert not path.exists()
    third = window.log_meeting()
    qtbot.wait(50)
    assert third.draft_offer is None and third.ui.notes_edit.toPlainText() == ""


def test_discarding_a_meeting_removes_its_draft(window: Any, qtbot: Any) -> None:
    dialog = open_dialog(window, qtbot)
    type_text(qtbot, "Highways")
    press(qtbot, Qt.Key.Key_Escape)  # closes the suggestions only
    path = dialog.drafts.path
    qtbot.waitUntil(path.exists, timeout=WAIT_MS)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(visible_boxes(dialog)), timeout=WAIT_MS)
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        qtbot.mouseClick(
            visible_boxes(dialog)[0].button(QMessageBox.StandardButton.Yes),
            Qt.MouseButton.LeftButton,
        )
    assert not path.exists()


# --- someone new, added without leaving the meeting -----------------------------------


def test_a_new_contact_is_added_from_their_people_and_attends(
    window: Any, qtbot: Any, demo_journal: Any
) -> None:
    dialog = open_dialog(window, qtbot)
    type_text(qtbot, "Ashford Vale Borough Council; ")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.ui.contacts_edit
    type_text(qtbot, "Sam Okoye")
    press(qtbot, Qt.Key.Key_Tab)  # leaving the field: the name matches nobody
    offer = dialog.ui.contacts_offer_button
    assert offer.isVisible()
    assert offer.text() == "Add “Sam Okoye” as a new contact at Ashford Vale Borough Council…"
    qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    quick = dialog.quick_add
    assert quick is not None and quick.isVisible()
    assert quick.ui.name_edit.text() == "Sam Okoye"
    assert quick.ui.organisation_combo.currentText() == "Ashford Vale Borough Council"
    qtbot.keyClicks(quick.ui.role_edit, "Street lighting engineer")
    with qtbot.waitSignal(quick.finished, timeout=WAIT_MS):
        qtbot.mouseClick(quick.findChild(QWidget, "add_button"), Qt.MouseButton.LeftButton)
    sam = next(c for c in list_contacts(demo_journal) if c.name == "Sam Okoye")
    assert sam.organisation.name == "Ashford Vale Borough Council"
    assert sam.role == "Street lighting engineer"
    assert dialog.ui.contacts_edit.text() == "Sam Okoye (Ashford Vale Borough Council); "
    assert not offer.isVisible()
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.findChild(QWidget, "save_button"), Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    attended = meeting_detail(demo_journal, dialog.saved.id).contacts
    assert [c.id for c in attended] == [sam.id]


def test_a_new_organisation_is_added_from_with(window: Any, qtbot: Any, demo_journal: Any) -> None:
    dialog = open_dialog(window, qtbot)
    type_text(qtbot, "Millbrook Allotment Society")
    assert not dialog.completers["organisations"].is_showing()  # nothing matches
    press(qtbot, Qt.Key.Key_Tab)
    offer = dialog.ui.organisations_offer_button
    assert offer.text() == "Add “Millbrook Allotment Society” as a new organisation…"
    press(qtbot, Qt.Key.Key_Backtab)  # back to the offer, from the keyboard
    assert focused() is offer
    press(qtbot, Qt.Key.Key_Space)
    quick = dialog.quick_add
    assert quick is not None
    assert focused() is quick.ui.kind_combo
    voluntary = quick.ui.kind_combo.findData(OrganisationKind.VOLUNTARY_ORGANISATION)
    assert voluntary >= 0
    quick.ui.kind_combo.setCurrentIndex(voluntary)
    with qtbot.waitSignal(quick.finished, timeout=WAIT_MS):
        press(qtbot, Qt.Key.Key_Return)
    added = next(
        o for o in list_organisations(demo_journal) if o.name == "Millbrook Allotment Society"
    )
    assert added.kind is OrganisationKind.VOLUNTARY_ORGANISATION
    assert dialog.ui.organisations_edit.text() == "Millbrook Allotment Society; "
    assert dialog.isVisible()
    # Undo takes the new organisation back like any other change.
    window.journal_actions.undo_stack.undo()
    assert "Millbrook Allotment Society" not in {o.name for o in list_organisations(demo_journal)}


def test_enter_that_reaches_the_field_while_suggestions_are_open_does_not_save(
    window: Any, qtbot: Any, demo_journal: Any
) -> None:
    """Some platforms and input methods hand Enter to the field, not to the list: the
    field passes it on to the dialog, where it would have pressed Save."""
    before = count_meetings(demo_journal)
    dialog = open_dialog(window, qtbot)
    type_text(qtbot, "Ashford Vale Borough Council; Park")
    assert dialog.completers["organisations"].is_showing()
    qtbot.keyClick(dialog.ui.organisations_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.saved is None
    assert count_meetings(demo_journal) == before


@pytest.fixture
def empty_window(journal: Any, preferences: Any, qtbot: Any, qapp: Any) -> Any:
    from bigjournal.gui.actions import JournalActions
    from bigjournal.gui.main_window import MainWindow
    from tests.conftest import TODAY

    main = MainWindow(JournalActions(journal, today=TODAY), preferences)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_an_empty_journals_first_meeting_brings_its_organisation_and_people(
    empty_window: Any, qtbot: Any, journal: Any
) -> None:
    """No dead end on the first morning: the organisation and the person met are
    added from Log a meeting itself, and the meeting saves with them."""
    dialog = open_dialog(empty_window, qtbot)
    type_text(qtbot, "Ashford Vale Borough Council")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Sam Okoye")
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.ui.contacts_offer_button.text() == "Add “Sam Okoye” as a new contact…"
    qtbot.mouseClick(dialog.ui.organisations_offer_button, Qt.MouseButton.LeftButton)
    quick = dialog.quick_add
    quick.ui.kind_combo.setCurrentIndex(
        quick.ui.kind_combo.findData(OrganisationKind.LOCAL_AUTHORITY)
    )
    with qtbot.waitSignal(quick.finished, timeout=WAIT_MS):
        qtbot.mouseClick(quick.findChild(QWidget, "add_button"), Qt.MouseButton.LeftButton)
    # Now the contact is offered at the organisation just added.
    offer = dialog.ui.contacts_offer_button
    assert offer.text() == "Add “Sam Okoye” as a new contact at Ashford Vale Borough Council…"
    qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.quick_add.finished, timeout=WAIT_MS):
        qtbot.mouseClick(
            dialog.quick_add.findChild(QWidget, "add_button"), Qt.MouseButton.LeftButton
        )
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.findChild(QWidget, "save_button"), Qt.MouseButton.LeftButton)
    saved = meeting_detail(journal, dialog.saved.id)
    assert [o.name for o in saved.organisations] == ["Ashford Vale Borough Council"]
    assert [c.name for c in saved.contacts] == ["Sam Okoye"]
