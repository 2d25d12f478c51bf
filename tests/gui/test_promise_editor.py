"""Promises entered on their own and corrected: New promise…, Edit…, Enter and
double-click in Promises; every part, and a status for one written down after the fact."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from bigjournal.gui.dialogs.promise_editor import PromiseEditorDialog
from bigjournal.gui.main_window import ORGANISATIONS, PROMISES
from bigjournal.journal.promises import list_promises
from bigjournal.model.vocabulary import PromiseStatus, Side
from tests.conftest import TODAY

WAIT_MS = 15_000


@pytest.fixture(autouse=True)
def state_folder(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Drafts go to a folder of the test's own."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


CTRL = Qt.KeyboardModifier.ControlModifier
WHAT = "Clear the brambles on the towpath"


def press(qtbot: Any, key: Qt.Key) -> None:
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    qtbot.keyClick(target, key)


def type_text(qtbot: Any, text: str) -> None:
    for character in text:
        qtbot.keyClicks(QApplication.activePopupWidget() or QApplication.focusWidget(), character)


def wait_for_editor(window: Any, qtbot: Any) -> PromiseEditorDialog:
    dialog = window.dialog
    assert isinstance(dialog, PromiseEditorDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.what_edit, timeout=WAIT_MS)
    return dialog


def save(dialog: PromiseEditorDialog, qtbot: Any) -> None:
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.findChild(QWidget, "save_button"), Qt.MouseButton.LeftButton)


def promise_called(journal: Any, what: str) -> Any:
    return next(p for p in list_promises(journal, today=TODAY) if p.description == what)


def select_first_open_promise(window: Any, qtbot: Any) -> Any:
    view = window.show_view(PROMISES)
    qtbot.waitUntil(lambda: view.current is not None, timeout=WAIT_MS)
    view.ui.promise_table.setFocus()
    view.ui.promise_table.selectRow(0)
    return view


def test_a_promise_already_kept_late_is_entered_from_the_keyboard(
    window: Any, qtbot: Any, demo_journal: Any
) -> None:
    view = window.show_view(PROMISES)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = wait_for_editor(window, qtbot)
    assert dialog.windowTitle() == "New promise"
    type_text(qtbot, WHAT)
    press(qtbot, Qt.Key.Key_Tab)  # Whose: theirs already
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.organisation_edit
    press(qtbot, Qt.Key.Key_Tab)  # left empty: it is Gareth's team's promise
    type_text(qtbot, "Gareth")
    qtbot.waitUntil(dialog.made_by_completer.is_showing, timeout=WAIT_MS)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.ui.made_by_edit.text().startswith("Gareth Lloyd (")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Zo")
    qtbot.waitUntil(dialog.made_to_completer.is_showing, timeout=WAIT_MS)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Tab)  # held now by: whoever made it
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.made_on_edit
    for _ in range(10):  # ten days back, on the day
        press(qtbot, Qt.Key.Key_Down)
    for _ in range(3):  # Tab goes on to the month, the year, then the next field
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.due_edit
    type_text(qtbot, "1w")  # a week from when it was made
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.status_combo
    type_text(qtbot, "K")  # Kept
    assert dialog.status is PromiseStatus.KEPT and dialog.ui.status_on_edit.isEnabled()
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.status_on_edit
    for _ in range(3):  # kept today: the date stays as it is
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.note_edit
    type_text(qtbot, "The rangers did it")
    save(dialog, qtbot)

    made = TODAY - timedelta(days=10)
    kept = promise_called(demo_journal, WHAT)
    assert (kept.side, kept.made_on, kept.due_on) == (Side.THEIRS, made, made + timedelta(weeks=1))
    assert (kept.status, kept.status_on, kept.status_note) == (
        PromiseStatus.KEPT,
        TODAY,
        "The rangers did it",
    )
    assert kept.status_on > kept.due_on  # kept late
    assert kept.made_by.name == "Gareth Lloyd" and kept.holder.name == "Gareth Lloyd"
    assert kept.made_to.name == "Zoë Fletcher"
    window.journal_actions.undo_stack.undo()
    assert WHAT not in {p.description for p in list_promises(demo_journal, today=TODAY)}


def test_a_promises_text_and_due_date_are_corrected_and_undone(
    window: Any, qtbot: Any, demo_journal: Any
) -> None:
    view = select_first_open_promise(window, qtbot)
    before = view.current
    qtbot.keyClick(view.ui.promise_table, Qt.Key.Key_Return)  # Enter opens it to correct
    dialog = wait_for_editor(window, qtbot)
    assert dialog.windowTitle() == "Edit promise"
    assert dialog.ui.what_edit.text() == before.description
    qtbot.keyClick(dialog.ui.what_edit, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "Repair all four lamps on Mill Lane")
    due = dialog.ui.due_edit
    due.setFocus()
    qtbot.keyClick(due, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "31/8/2026")
    save(dialog, qtbot)

    after = promise_called(demo_journal, "Repair all four lamps on Mill Lane")
    assert after.id == before.id and after.due_on == date(2026, 8, 31)
    assert (after.made_by, after.holder, after.status) == (
        before.made_by,
        before.holder,
        before.status,
    )
    window.journal_actions.undo_stack.undo()
    undone = next(p for p in list_promises(demo_journal, today=TODAY) if p.id == before.id)
    assert (undone.description, undone.due_on) == (before.description, before.due_on)


def test_a_double_click_opens_the_promise_and_a_bad_date_points_at_the_field(
    window: Any, qtbot: Any, demo_journal: Any
) -> None:
    view = select_first_open_promise(window, qtbot)
    table = view.ui.promise_table
    cell = table.visualRect(table.model().index(0, 2)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    dialog = wait_for_editor(window, qtbot)
    assert dialog.promise.id == view.current.id
    dialog.ui.due_edit.setFocus()
    qtbot.keyClick(dialog.ui.due_edit, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "1/1/2020")  # before it was made
    qtbot.mouseClick(dialog.findChild(QWidget, "save_button"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "before the promise was made" in dialog.ui.error_label.text()
    assert QApplication.focusWidget() is dialog.ui.due_edit
    # Esc now asks before the change is dropped; No (the default) keeps it.
    press(qtbot, Qt.Key.Key_Escape)
    boxes = [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]
    assert [b.text() for b in boxes] == ["Discard your changes?"]
    assert boxes[0].defaultButton() is boxes[0].button(QMessageBox.StandardButton.No)
    qtbot.mouseClick(boxes[0].button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.ui.due_edit.text() == "1/1/2020"


def test_new_promise_is_in_the_edit_menu_and_the_context_menu(window: Any, qtbot: Any) -> None:
    view = window.show_view(PROMISES)
    assert window.ui.action_new_promise in window.ui.menu_edit.actions()
    window.ui.action_new_promise.trigger()
    assert isinstance(window.dialog, PromiseEditorDialog) and window.dialog.promise is None
    window.dialog.done(0)
    names = [a.text() for a in view.ui.promise_table.actions()]
    assert names == [
        "New promise…",
        "Edit promise…",
        "Change status…",
        "Agree a new date…",  # a broken promise given a new date (issue 21)
        "Delete promise…",
        "Record an outcome from it…",  # what it achieved, linked to it (issue 21)
        "Topics…",  # the topics it is on (issue 21)
    ]
    # Its own keys, from any view, like New organisation and New contact.
    window.show_view(ORGANISATIONS)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    qtbot.keyClick(
        window,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: isinstance(window.dialog, PromiseEditorDialog), timeout=10_000)
    assert window.dialog.promise is None and window.dialog.isVisible()
    window.dialog.done(0)


def test_deleting_a_promise_from_the_context_menu_is_undoable(
    window: Any, qtbot: Any, demo_journal: Any
) -> None:
    view = select_first_open_promise(window, qtbot)
    doomed = view.current
    view.context_actions["delete"].trigger()
    (question,) = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert doomed.description in question.text() and "undo" in question.text()
    qtbot.mouseClick(question.findChild(QPushButton, "confirm_button"), Qt.MouseButton.LeftButton)
    assert doomed.id not in {p.id for p in list_promises(demo_journal, today=TODAY)}
    window.journal_actions.undo_stack.undo()
    assert doomed.id in {p.id for p in list_promises(demo_journal, today=TODAY)}


def test_a_new_promise_half_typed_when_the_app_died_is_offered_back(
    window: Any, qtbot: Any, demo_journal: Any
) -> None:
    window.new_promise()
    dialog = wait_for_editor(window, qtbot)
    type_text(qtbot, WHAT)
    dialog.ui.due_edit.setFocus()
    type_text(qtbot, "2w")
    path = dialog.drafts.path
    qtbot.waitUntil(lambda: path.exists() and "2w" in path.read_text("utf-8"), timeout=WAIT_MS)
    window.dialog = None
    shiboken6.delete(dialog)  # the power goes

    again = window.new_promise()
    qtbot.waitUntil(lambda: again.draft_offer is not None, timeout=WAIT_MS)
    assert again.draft_offer.text().startswith("Carry on with the promise you were entering on ")
    qtbot.mouseClick(
        again.draft_offer.findChild(QWidget, "carry_on_button"), Qt.MouseButton.LeftButton
    )
    assert (again.ui.what_edit.text(), again.ui.due_edit.text()) == (WHAT, "2w")
    qtbot.keyClicks(again.ui.made_by_edit, "Gareth Lloyd")
    save(again, qtbot)
    assert promise_called(demo_journal, WHAT).due_on == TODAY + timedelta(weeks=2)
    assert not path.exists()
