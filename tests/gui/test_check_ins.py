"""Check-ins in the window: recorded from the organisation's page, shown there with the
ebb and flow of each criterion, corrected, deleted, undone; Today reminds (issue 21)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QMessageBox

from bigjournal.gui.dialogs.check_in import CheckInDialog
from bigjournal.gui.main_window import ORGANISATIONS, TODAY
from bigjournal.journal import checkins, settings
from bigjournal.journal.organisations import find_organisation
from tests.conftest import TODAY as THE_DAY


def _open_page(window: Any, name: str) -> Any:
    organisation = find_organisation(window.journal_actions.journal, name)
    window.open_record("organisation", organisation.id)
    return organisation


def _dialog(window: Any) -> CheckInDialog:
    dialog = window.dialog
    assert isinstance(dialog, CheckInDialog)
    return dialog


def test_a_check_in_is_recorded_from_the_page_and_shown_there(window: Any, qtbot: Any) -> None:
    college = _open_page(window, "Millbrook College")
    view = window.organisations_view
    before = len(checkins.list_check_ins(window.journal_actions.journal, college.id))
    view.action_check_in.trigger()
    dialog = _dialog(window)
    assert dialog.windowTitle() == "Check-in with Millbrook College"
    dialog.set_level("trust", "Weak")
    dialog.set_level("capacity", "Strong")
    qtbot.keyClicks(dialog.took_part_edit, "Aisha Rahman")
    dialog.note_edit.insertPlainText("The café funding ends in March.")  # keyClicks: ASCII only
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    rows = checkins.list_check_ins(window.journal_actions.journal, college.id)
    assert len(rows) == before + 1
    latest = rows[0]
    assert latest.held_on == THE_DAY and latest.words("trust") == "Weak"
    assert latest.took_part == ("Aisha Rahman",)
    browser = view.ui.detail_browser
    qtbot.waitUntil(lambda: "The café funding ends in March." in browser.toPlainText())
    page = browser.toPlainText()
    assert "Check-ins on the eight criteria" in page
    lines = page.splitlines()
    assert lines[lines.index("Trust") + 1].startswith("Weak (down from ")
    assert lines[lines.index("Capacity to follow through") + 1].startswith("Strong (up from ")
    chart = view.ui.detail_browser.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("chart:check-ins")
    )
    assert isinstance(chart, QImage) and chart.width() >= 180  # drawn, not a blank stand-in

    window.journal_actions.undo_stack.undo()  # Ctrl+Z takes it back
    assert len(checkins.list_check_ins(window.journal_actions.journal, college.id)) == before


def test_a_check_in_is_corrected_and_deleted_from_its_dialog(window: Any, qtbot: Any) -> None:
    council = _open_page(window, "Ashford Vale Borough Council")
    journal = window.journal_actions.journal
    latest = checkins.list_check_ins(journal, council.id)[0]
    window.open_record("check-in", latest.id)  # a check-in's date on the page links here
    dialog = _dialog(window)
    assert dialog.check_in is not None and dialog.check_in.id == latest.id
    dialog.set_level("trust", "Strong")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert checkins.check_in(journal, latest.id).words("trust") == "Strong"
    window.journal_actions.undo_stack.undo()
    assert checkins.check_in(journal, latest.id).levels["trust"] == latest.levels["trust"]

    window.open_record("check-in", latest.id)
    dialog = _dialog(window)
    assert dialog.delete_button is not None
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    box = next(b for b in dialog.findChildren(QMessageBox) if b.isVisible())
    delete = next(b for b in box.buttons() if b.text() == "Delete check-in")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert all(c.id != latest.id for c in checkins.list_check_ins(journal, council.id))
    window.journal_actions.undo_stack.undo()  # back, as it was after the correction's undo
    assert checkins.check_in(journal, latest.id).levels == latest.levels


def test_a_check_in_that_says_nothing_is_refused_and_the_form_stays(
    window: Any, qtbot: Any
) -> None:
    _open_page(window, "Millbrook College")
    window.organisations_view.action_check_in.trigger()
    dialog = _dialog(window)
    dialog.held_edit.setDate(dialog.held_edit.date().addDays(3))  # after today
    dialog.set_level("respect", "Good")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "after today" in dialog.error_label.text()
    dialog.held_edit.setDate(dialog.held_edit.date().addDays(-3))
    dialog.set_level("respect", "Not talked about")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "at least one of the eight" in dialog.error_label.text()
    qtbot.keyClicks(dialog.note_edit, "Half a thought")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # something typed: asked first, No by default
    assert dialog.discard_question is not None and dialog.isVisible()
    qtbot.keyClick(dialog.discard_question, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.discard_question is None)
    assert dialog.isVisible() and dialog.note_edit.toPlainText() == "Half a thought"
    dialog.discard()


def test_today_reminds_of_a_relationship_with_no_recent_check_in(window: Any, qtbot: Any) -> None:
    journal = window.journal_actions.journal
    settings.set_settings(journal, {settings.CHECK_IN_REMINDER_DAYS: "30"})
    college = find_organisation(journal, "Millbrook College")
    last = checkins.list_check_ins(journal, college.id)[0].held_on
    assert THE_DAY - last > timedelta(days=30)
    window.show_view(TODAY)
    window.today_view.refresh()
    tree = window.today_view.ui.agenda_tree
    tops = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    due = next(item for item in tops if item.text(0).startswith("Check-ins due"))
    lines = [due.child(i) for i in range(due.childCount())]
    college_line = next(line for line in lines if line.text(2) == "Millbrook College")
    assert college_line.text(0).startswith("No check-in on the relationship for")
    tree.setCurrentItem(college_line)
    window.today_view.open_selected()  # Enter opens the organisation's page
    QApplication.processEvents()
    assert window.ui.view_stack.currentIndex() == ORGANISATIONS
    assert window.organisations_view.current_id == college.id
