"""A meeting already in the journal is corrected in the meeting form: Edit…, Enter or
double-click on it in Meetings; the changed fields are saved as one undoable edit."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from bigjournal.gui.dialogs.log_meeting import LogMeetingDialog
from bigjournal.gui.main_window import MEETINGS
from bigjournal.journal.meetings import meeting_detail
from bigjournal.journal.people import contact_detail, find_contact

WAIT_MS = 15_000
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def state_folder(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


def open_first_meeting(window: Any, qtbot: Any) -> tuple[LogMeetingDialog, int]:
    view = window.show_view(MEETINGS)
    table = view.ui.meeting_table
    qtbot.waitUntil(lambda: view.detail is not None, timeout=WAIT_MS)
    table.setFocus()
    table.selectRow(0)
    meeting_id = view.detail.id
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter on the meeting opens it to correct
    dialog = window.dialog
    assert isinstance(dialog, LogMeetingDialog) and dialog.meeting is not None
    assert dialog.meeting.id == meeting_id
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() is dialog.ui.organisations_edit, timeout=WAIT_MS
    )
    return dialog, meeting_id


def test_a_meetings_date_time_and_attendees_are_corrected(
    window: Any, qtbot: Any, demo_journal: Any
) -> None:
    dialog, meeting_id = open_first_meeting(window, qtbot)
    before = meeting_detail(demo_journal, meeting_id)
    assert dialog.windowTitle() == f"Edit meeting: {before.title}"
    assert dialog.ui.title_edit.text() == before.title
    assert not dialog.ui.promises_group.isVisible()
    assert dialog.findChild(QWidget, "save_button").text() == "&Save changes"

    # A day earlier (Down on the day), at half past two, with other people.
    dialog.ui.date_edit.setFocus()
    qtbot.keyClick(dialog.ui.date_edit, Qt.Key.Key_Down)
    qtbot.keyClicks(dialog.ui.time_edit, "2:30pm")
    contacts = dialog.ui.contacts_edit
    contacts.setFocus()
    qtbot.keyClick(contacts, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(contacts, "Gareth Lloyd; ")
    members = dialog.ui.members_edit
    members.setFocus()
    qtbot.keyClick(members, Qt.Key.Key_End)
    qtbot.keyClicks(members, "Tom Kowalski; ")
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.findChild(QWidget, "save_button"), Qt.MouseButton.LeftButton)

    after = meeting_detail(demo_journal, meeting_id)
    assert after.occurred_on == before.occurred_on - timedelta(days=1)
    assert f"{after.starts_at:%H:%M}" == "14:30"
    assert [c.name for c in after.contacts] == ["Gareth Lloyd"]
    assert {m.name for m in after.members} == {m.name for m in before.members} | {"Tom Kowalski"}
    # Gareth's team joins the meeting with him.
    gareth = contact_detail(demo_journal, find_contact(demo_journal, "Gareth Lloyd").id).contact
    assert gareth.organisation.name in {o.name for o in after.organisations}
    assert after.title == before.title and after.notes == before.notes

    # One Ctrl+Z takes the whole correction back.
    window.journal_actions.undo_stack.undo()
    undone = meeting_detail(demo_journal, meeting_id)
    assert undone.occurred_on == before.occurred_on and undone.starts_at == before.starts_at
    assert undone.contacts == before.contacts and set(undone.members) == set(before.members)
    assert set(undone.organisations) == set(before.organisations)


def test_a_correction_that_cannot_be_saved_keeps_the_form_and_points_at_the_field(
    window: Any, qtbot: Any, demo_journal: Any
) -> None:
    dialog, meeting_id = open_first_meeting(window, qtbot)
    qtbot.keyClicks(dialog.ui.time_edit, "teatime")
    qtbot.mouseClick(dialog.findChild(QWidget, "save_button"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "not a time" in dialog.ui.error_label.text()
    assert QApplication.focusWidget() is dialog.ui.time_edit
    assert meeting_detail(demo_journal, meeting_id).starts_at is None


def test_esc_on_a_changed_meeting_asks_before_dropping_the_changes(
    window: Any, qtbot: Any, demo_journal: Any
) -> None:
    dialog, meeting_id = open_first_meeting(window, qtbot)
    title = meeting_detail(demo_journal, meeting_id).title
    qtbot.keyClicks(dialog.ui.title_edit, " (moved)")
    qtbot.keyClick(dialog.ui.title_edit, Qt.Key.Key_Escape)
    boxes = [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]
    assert [b.text() for b in boxes] == ["Discard your changes?"]
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        qtbot.mouseClick(boxes[0].button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert meeting_detail(demo_journal, meeting_id).title == title


def test_edit_is_in_the_meetings_context_menu_and_beside_delete(window: Any, qtbot: Any) -> None:
    view = window.show_view(MEETINGS)
    qtbot.waitUntil(lambda: view.detail is not None, timeout=WAIT_MS)
    names = [a.text() for a in view.ui.meeting_table.actions()]
    assert names == [
        "New meeting…",
        "Note of the meeting…",
        "Edit meeting…",
        "Delete meeting…",
        "Record an outcome from it…",  # what it achieved, linked to it (issue 21)
        "Topics…",
    ]
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.dialog, LogMeetingDialog)
    assert window.dialog.meeting.id == view.detail.id


@pytest.mark.parametrize("form", ["log", "edit", "promise"])
def test_the_forms_fit_a_netbook_screen_with_save_in_view(
    window: Any, qtbot: Any, form: str
) -> None:
    from PySide6.QtCore import QRect

    from bigjournal.gui.dialogs.sizing import FRAME_ALLOWANCE, fit_on_screen

    if form == "log":
        dialog = window.log_meeting()
        for _ in range(4):
            dialog.add_promise_row()
    elif form == "edit":
        view = window.show_view(MEETINGS)
        qtbot.waitUntil(lambda: view.detail is not None, timeout=WAIT_MS)
        dialog = window.edit_meeting(view.detail.id)
    else:
        dialog = window.new_promise()
    qtbot.waitExposed(dialog)
    netbook = QRect(0, 0, 1024, 600 - 24)  # less a panel
    dialog.resize(dialog.width(), max(dialog.height(), 640))  # as designed, or taller
    fit_on_screen(dialog, netbook)
    qtbot.waitUntil(lambda: dialog.height() <= netbook.height() - FRAME_ALLOWANCE, timeout=WAIT_MS)
    assert netbook.contains(dialog.frameGeometry())
    save = dialog.findChild(QWidget, "save_button")
    qtbot.waitUntil(
        lambda: dialog.rect().contains(save.mapTo(dialog, save.rect().bottomRight())),
        timeout=WAIT_MS,
    )
    assert save.isVisible()


def test_a_correction_over_a_colleagues_newer_save_shows_both_versions(
    window: Any, qtbot: Any, demo_journal: Any
) -> None:
    from bigjournal.gui.dialogs.conflict import ConflictDialog
    from bigjournal.journal.meetings import update_meeting

    dialog, meeting_id = open_first_meeting(window, qtbot)
    title = dialog.ui.title_edit.text()
    update_meeting(demo_journal, meeting_id, {"title": "Renamed by a colleague"})
    dialog.ui.title_edit.selectAll()
    qtbot.keyClicks(dialog.ui.title_edit, "My better title")
    qtbot.mouseClick(dialog.findChild(QWidget, "save_button"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in window.findChildren(ConflictDialog)), timeout=WAIT_MS
    )
    # Nothing was overwritten silently: the colleague's title stands until a choice is made.
    assert meeting_detail(demo_journal, meeting_id).title == "Renamed by a colleague"
    assert title != "Renamed by a colleague"
