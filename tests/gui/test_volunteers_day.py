"""A volunteer's day, driven through the real window with the keyboard and mouse.

Log a meeting with two promises (one theirs, one ours), mark one kept from Today,
find the meeting again by a word in its notes, and watch Today change (and undo).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from bigjournal.gui.dialogs.log_meeting import LogMeetingDialog
from bigjournal.gui.main_window import MEETINGS, SEARCH, TODAY
from bigjournal.journal.promises import list_promises
from bigjournal.model.vocabulary import PromiseStatus

CTRL = Qt.KeyboardModifier.ControlModifier
THEIR_PROMISE = "Repair the streetlights by the kissing gate"
OUR_PROMISE = "Send photos of the broken lights to the officer"


def agenda_texts(window: Any) -> list[str]:
    tree = window.today_view.ui.agenda_tree
    texts = []
    for top in range(tree.topLevelItemCount()):
        header = tree.topLevelItem(top)
        texts += [header.child(n).text(0) for n in range(header.childCount())]
    return texts


def log_the_walkabout(window: Any, qtbot: Any) -> LogMeetingDialog:
    """Open Log a meeting with Ctrl+N and type a walkabout with two promises."""
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    dialog = window.dialog
    assert isinstance(dialog, LogMeetingDialog) and dialog.isVisible()
    # The cursor is already where typing starts.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.organisations_edit)
    qtbot.keyClicks(dialog.ui.organisations_edit, "Highways and Streetscene")
    # QTest types ASCII only; a name with Ø goes in as the completer would put it.
    dialog.ui.contacts_edit.insert("Øyvind Hansen (Highways and Streetscene); ")
    qtbot.keyClicks(dialog.ui.members_edit, "Tom Kowalski; Aisha Rahman")
    dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findText("Walkabout"))
    qtbot.keyClicks(
        dialog.ui.notes_edit, "Walked Mill Lane; the lights by the kissing gate are out again."
    )
    qtbot.mouseClick(dialog.ui.add_promise_button, Qt.MouseButton.LeftButton)
    theirs = dialog.rows[0]
    theirs.ui.who_edit.insert("Øyvind Hansen (Highways and Streetscene)")
    qtbot.keyClicks(theirs.ui.what_edit, THEIR_PROMISE)
    qtbot.keyClicks(theirs.ui.due_edit, "3d")
    qtbot.keyClick(dialog.ui.add_promise_button, Qt.Key.Key_Space)
    ours = dialog.rows[1]
    ours.ui.side_combo.setCurrentIndex(ours.ui.side_combo.findText("Ours"))
    qtbot.keyClicks(ours.ui.who_edit, "Tom Kowalski")
    qtbot.keyClicks(ours.ui.what_edit, OUR_PROMISE)
    qtbot.keyClicks(ours.ui.due_edit, "tomorrow")
    return dialog


def test_a_volunteers_day(window: Any, qtbot: Any, demo_journal: Any) -> None:
    assert window.ui.view_stack.currentIndex() == TODAY
    before = agenda_texts(window)
    assert THEIR_PROMISE not in before

    dialog = log_the_walkabout(window, qtbot)
    save = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None

    # Today now lists both promises, theirs and ours.
    after = agenda_texts(window)
    assert THEIR_PROMISE in after and OUR_PROMISE in after

    # One key marks theirs kept.
    today = window.today_view
    assert today.select_promise(
        next(p.id for p in list_promises(demo_journal) if p.description == THEIR_PROMISE)
    )
    today.ui.agenda_tree.setFocus()
    qtbot.keyClick(today.ui.agenda_tree, Qt.Key.Key_K)
    kept = next(p for p in list_promises(demo_journal) if p.description == THEIR_PROMISE)
    assert kept.status is PromiseStatus.KEPT
    assert THEIR_PROMISE not in agenda_texts(window)
    assert OUR_PROMISE in agenda_texts(window)

    # Find the meeting again by a word in its notes, from anywhere (Ctrl+F).
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search_edit)
    qtbot.keyClicks(window.search_edit, "kissing")
    qtbot.waitUntil(lambda: window.ui.view_stack.currentIndex() == SEARCH)
    hits = window.search_view.hits
    assert ("meeting", dialog.saved.id) in {(h.kind, h.id) for h in hits}
    tree = window.search_view.ui.result_tree
    for row in range(tree.topLevelItemCount()):
        if tree.topLevelItem(row).data(0, Qt.ItemDataRole.UserRole) == f"meeting:{dialog.saved.id}":
            tree.setCurrentItem(tree.topLevelItem(row))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.ui.view_stack.currentIndex() == MEETINGS
    shown = window.meetings_view.detail
    assert shown is not None and shown.id == dialog.saved.id
    assert "kissing gate" in window.meetings_view.ui.notes_edit.toPlainText()

    # Changed our mind: Ctrl+Z reopens the promise and Today shows it again.
    window.show_view(TODAY)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    reopened = next(p for p in list_promises(demo_journal) if p.description == THEIR_PROMISE)
    assert reopened.status is PromiseStatus.OPEN
    assert THEIR_PROMISE in agenda_texts(window)


def test_a_mistake_keeps_everything_typed_and_points_at_the_field(
    window: Any, qtbot: Any, demo_journal: Any
) -> None:
    dialog = log_the_walkabout(window, qtbot)
    due = dialog.rows[0].ui.due_edit
    due.clear()
    qtbot.keyClicks(due, "1/1/2020")  # before the meeting
    qtbot.mouseClick(
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    assert dialog.ui.error_label.isVisible()
    assert "before the promise was made" in dialog.ui.error_label.text()
    assert QApplication.focusWidget() is due
    assert due.text() == "1/1/2020"
    assert "kissing gate" in dialog.ui.notes_edit.toPlainText()
    assert dialog.rows[1].ui.what_edit.text() == OUR_PROMISE
    assert not [p for p in list_promises(demo_journal) if p.description == OUR_PROMISE]

    # Correct it and save: one change, undone as one.
    due.clear()
    qtbot.keyClicks(due, "2w")
    assert dialog.save()
    assert [p for p in list_promises(demo_journal) if p.description == OUR_PROMISE]
    window.journal_actions.undo_stack.undo()
    assert not [p for p in list_promises(demo_journal) if p.description == OUR_PROMISE]
    window.journal_actions.undo_stack.redo()
    assert [p for p in list_promises(demo_journal) if p.description == OUR_PROMISE]


def test_an_unreadable_due_date_is_explained(window: Any, qtbot: Any) -> None:
    dialog = log_the_walkabout(window, qtbot)
    dialog.rows[1].ui.due_edit.clear()
    qtbot.keyClicks(dialog.rows[1].ui.due_edit, "whenever")
    assert not dialog.save()
    assert "Promise 2" in dialog.ui.error_label.text()
    assert "not a date" in dialog.ui.error_label.text()
    assert QApplication.focusWidget() is dialog.rows[1].ui.due_edit


def test_a_long_promise_holder_shows_its_start_after_typing(window: Any, qtbot: Any) -> None:
    dialog = log_the_walkabout(window, qtbot)
    who = dialog.rows[0].ui.who_edit
    who.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is who)
    who.end(False)
    assert who.cursorPosition() == len(who.text())
    qtbot.keyClick(who, Qt.Key.Key_Tab)  # on to "what": the name is shown from its start
    assert who.cursorPosition() == 0
    assert who.toolTip() == "Øyvind Hansen (Highways and Streetscene)"
    dialog.reject()
