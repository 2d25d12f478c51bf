"""Each view and dialog on the demo journal: opening records, edits saved when made,
deletions that say what goes and come back with Ctrl+Z, and the entry points."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from bigjournal.gui.dialogs.promise_status import PromiseStatusDialog
from bigjournal.gui.main_window import CONTACTS, MEETINGS, ORGANISATIONS, PROMISES
from bigjournal.journal.meetings import count_meetings
from bigjournal.journal.organisations import find_organisation, list_organisations
from bigjournal.journal.people import contact_detail, find_contact, list_contacts
from bigjournal.journal.promises import list_promises
from bigjournal.model.vocabulary import PromiseStatus, Side
from tests.conftest import TODAY

CTRL = Qt.KeyboardModifier.ControlModifier


def answer(window: Any, qtbot: Any, button_name: str) -> str:
    """Click a button of the open question box; returns the question it asked."""
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1, "expected one question on screen"
    box = boxes[0]
    text = box.text()
    button = box.findChild(QPushButton, button_name)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return text


def test_ctrl_numbers_switch_views(window: Any, qtbot: Any) -> None:
    for number, key in enumerate((Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)):
        qtbot.keyClick(window, key, CTRL)
        assert window.ui.view_stack.currentIndex() == number
        assert window.ui.navigation_list.currentRow() == number


def test_today_opens_each_kind_of_record(window: Any, demo_journal: Any) -> None:
    today = window.today_view
    tree = today.ui.agenda_tree
    opened = set()
    for top in range(tree.topLevelItemCount()):
        header = tree.topLevelItem(top)
        for number in range(header.childCount()):
            item = header.child(number)
            if item.data(0, Qt.ItemDataRole.UserRole) is None:
                continue
            window.show_view(0)
            tree.setCurrentItem(item)
            today.open_selected()
            opened.add(window.ui.view_stack.currentIndex())
    assert {ORGANISATIONS, CONTACTS, MEETINGS, PROMISES} <= opened
    # The contact who left without a handover is shown in full.
    assert window.contacts_view.detail is not None


def test_organisation_detail_shows_track_record_and_timeline(window: Any, demo_journal: Any):
    council = find_organisation(demo_journal, "Ashford Vale Borough Council")
    window.open_record("organisation", council.id)
    view = window.organisations_view
    assert view.current_id == council.id
    text = view.ui.detail_browser.toPlainText()
    for expected in ("Track record", "Their promises:", "Our promises:", "Timeline", "kept"):
        assert expected in text
    assert "Gareth Lloyd" in text  # a contact in one of its departments
    # The tree puts departments under their council.
    index = view._index_of(find_organisation(demo_journal, "Highways and Streetscene").id)
    assert index is not None and index.parent().data() == "Ashford Vale Borough Council"


def test_an_edit_is_saved_when_the_field_is_left_and_can_be_undone(
    window: Any, qtbot: Any, demo_journal: Any
) -> None:
    gareth = find_contact(demo_journal, "Gareth Lloyd")
    window.open_record("contact", gareth.id)
    view = window.contacts_view
    role = view.ui.role_edit
    role.setFocus()
    role.selectAll()
    qtbot.keyClicks(role, "Head of Communities")
    qtbot.keyClick(role, Qt.Key.Key_Tab)  # leaving the field saves it
    assert contact_detail(demo_journal, gareth.id).contact.role == "Head of Communities"
    window.journal_actions.undo_stack.undo()
    assert contact_detail(demo_journal, gareth.id).contact.role == "Community Development Manager"
    assert view.ui.role_edit.text() == "Community Development Manager"


def test_a_failed_save_keeps_what_was_typed(window: Any, qtbot: Any, demo_journal: Any) -> None:
    gareth = find_contact(demo_journal, "Gareth Lloyd")
    window.open_record("contact", gareth.id)
    email = window.contacts_view.ui.email_edit
    email.setFocus()
    email.selectAll()
    qtbot.keyClicks(email, "not an address")
    qtbot.keyClick(email, Qt.Key.Key_Return)
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "does not look like an email address" in boxes[0].text()
    assert email.text() == "not an address"
    assert contact_detail(demo_journal, gareth.id).contact.email.endswith("example.org")


def test_deleting_a_meeting_says_what_goes_and_undo_brings_it_back(
    window: Any, qtbot: Any, demo_journal: Any
) -> None:
    meetings_before = count_meetings(demo_journal)
    promises_before = len(list_promises(demo_journal))
    view = window.show_view(MEETINGS)
    meeting = next(m for m in view.model.rows if not m.is_planned)
    view.open_record(meeting.id)
    made = len(view.detail.promises)
    qtbot.mouseClick(view.ui.delete_button, Qt.MouseButton.LeftButton)
    question = answer(window, qtbot, "confirm_button")
    assert meeting.title in question
    assert (f"Its {made} promise" in question) if made else ("No promises" in question)
    assert count_meetings(demo_journal) == meetings_before - 1
    assert len(list_promises(demo_journal)) == promises_before - made

    # (In a text field Ctrl+Z undoes typing, as everywhere; from the list it undoes the delete.)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.ui.meeting_table.setFocus()
    qtbot.keyClick(view.ui.meeting_table, Qt.Key.Key_Z, CTRL)
    assert count_meetings(demo_journal) == meetings_before
    assert len(list_promises(demo_journal)) == promises_before
    assert view.model.find_row(lambda m: m.id == meeting.id) >= 0


def test_keep_it_means_nothing_is_deleted(window: Any, qtbot: Any, demo_journal: Any) -> None:
    before = len(list_organisations(demo_journal))
    window.open_record("organisation", find_organisation(demo_journal, "Millbrook College").id)
    window.ui.action_delete.trigger()
    question = answer(window, qtbot, "keep_button")
    assert "contact" in question and "promise" in question  # what would have gone
    assert len(list_organisations(demo_journal)) == before


def test_deleting_an_organisation_and_undo(window: Any, qtbot: Any, demo_journal: Any) -> None:
    college = find_organisation(demo_journal, "Millbrook College")
    contacts_before = len(list_contacts(demo_journal))
    window.open_record("organisation", college.id)
    window.ui.action_delete.trigger()
    answer(window, qtbot, "confirm_button")
    assert college.id not in {o.id for o in list_organisations(demo_journal)}
    assert len(list_contacts(demo_journal)) < contacts_before
    window.action_undo.trigger()
    assert college.id in {o.id for o in list_organisations(demo_journal)}
    assert len(list_contacts(demo_journal)) == contacts_before


def test_promise_register_filters_and_marks_kept_with_k(
    window: Any, qtbot: Any, demo_journal: Any
) -> None:
    view = window.show_view(PROMISES)
    view.set_filter(side=Side.THEIRS, overdue_only=True)
    rows = view.model.rows
    assert rows and all(p.side is Side.THEIRS and p.is_overdue(TODAY) for p in rows)
    first = rows[0]
    view.ui.promise_table.setFocus()
    view.ui.promise_table.selectRow(0)
    qtbot.keyClick(view.ui.promise_table, Qt.Key.Key_K)
    kept = next(p for p in list_promises(demo_journal) if p.id == first.id)
    assert kept.status is PromiseStatus.KEPT and kept.status_on == TODAY
    assert first.id not in {p.id for p in view.model.rows}  # no longer overdue


def test_status_change_with_a_date_and_a_note(window: Any, qtbot: Any, demo_journal: Any):
    view = window.show_view(PROMISES)
    view.set_filter(status=PromiseStatus.OPEN)
    promise = view.model.rows[0]
    view.open_record(promise.id)
    qtbot.mouseClick(view.ui.change_status_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert isinstance(dialog, PromiseStatusDialog)
    dialog.ui.status_combo.setCurrentIndex(dialog.ui.status_combo.findData(PromiseStatus.BROKEN))
    qtbot.keyClicks(dialog.ui.note_edit, "They said the budget went elsewhere.")
    assert dialog.save()
    changed = next(p for p in list_promises(demo_journal) if p.id == promise.id)
    assert changed.status is PromiseStatus.BROKEN
    assert changed.status_note == "They said the budget went elsewhere."
    window.journal_actions.undo_stack.undo()
    restored = next(p for p in list_promises(demo_journal) if p.id == promise.id)
    assert restored.status is PromiseStatus.OPEN and restored.status_note == promise.status_note


def test_larger_text_scales_the_font_and_is_remembered(
    window: Any, preferences: Any, qapp: Any
) -> None:
    base = qapp.font().pointSizeF()
    window.text_size_actions[150].trigger()
    assert abs(qapp.font().pointSizeF() - base * 1.5) < 0.01
    assert int(preferences.value("appearance/text_scale")) == 150
    window.step_text_scale(+1)
    assert abs(qapp.font().pointSizeF() - base * 2) < 0.01
    window.text_size_actions[100].trigger()
    assert abs(qapp.font().pointSizeF() - base) < 0.01


def test_every_input_and_view_has_an_accessible_name(window: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextBrowser,
    )

    dialog = window.log_meeting()
    dialog.add_promise_row()
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView, QTextBrowser)
    missing = []
    for top in (window, dialog):
        for widget in [w for kind in kinds for w in top.findChildren(kind)]:
            if widget.parent() is not None and type(widget.parent()).__name__ in (
                "QComboBox",
                "QDateEdit",
                "QCompleter",
            ):
                continue  # Qt's own internals of a combo or date box
            if isinstance(widget, QLineEdit) and widget.parent().inherits("QAbstractSpinBox"):
                continue
            if widget.objectName().startswith("qt_") or not widget.objectName():
                continue
            if not widget.accessibleName():
                missing.append(widget.objectName())
        for button in top.findChildren(QAbstractButton):
            if button.isVisible() and not (button.text() or button.accessibleName()):
                missing.append(f"unlabelled button {button.objectName()}")
    assert missing == []


def test_search_finds_as_you_type_and_enter_opens(window: Any, qtbot: Any) -> None:
    window.search_edit.setFocus()
    qtbot.keyClicks(window.search_edit, "Lloyd")
    qtbot.waitUntil(lambda: bool(window.search_view.hits))
    assert any(h.kind == "contact" and "Lloyd" in h.title for h in window.search_view.hits)
    tree = window.search_view.ui.result_tree
    for row in range(tree.topLevelItemCount()):
        if tree.topLevelItem(row).data(0, Qt.ItemDataRole.UserRole).startswith("contact:"):
            tree.setCurrentItem(tree.topLevelItem(row))
            break
    window.search_view.open_current()
    assert window.ui.view_stack.currentIndex() == CONTACTS
    assert "Lloyd" in window.contacts_view.ui.name_label.text()
    assert QApplication.focusWidget() is not None


def test_title_names_the_partnership_and_the_journal(window: Any, demo_journal: Any) -> None:
    from bigjournal.store.team import describe_journal

    title = window.windowTitle()
    assert title.startswith("BigJournal — Millbrook Big Local — ")
    assert title.endswith(describe_journal(demo_journal.target))
    assert "postgresql" not in title  # a shared journal is named plainly


def test_places_for_later_features(window: Any, qtbot: Any) -> None:
    from PySide6.QtGui import QAction

    printing = QAction("&Print summary…", window)
    window.add_file_action(printing)
    names = [a.text() for a in window.ui.menu_file.actions()]
    assert names.index("&Print summary…") < names.index("&Quit")
    triggered: list[int | None] = []
    view = window.organisations_view
    action = view.add_organisation_action(
        "Print summary…", lambda: triggered.append(view.current_id)
    )
    window.show_view(ORGANISATIONS)
    action.trigger()
    assert triggered == [view.current_id] and view.current_id is not None


def test_search_marks_a_contact_who_has_left(window: Any, qtbot: Any) -> None:
    window.search_edit.setFocus()
    qtbot.keyClicks(window.search_edit, "Priya")
    qtbot.waitUntil(lambda: bool(window.search_view.hits))
    tree = window.search_view.ui.result_tree
    titles = [
        tree.topLevelItem(row).text(1)
        for row in range(tree.topLevelItemCount())
        if tree.topLevelItem(row).data(0, Qt.ItemDataRole.UserRole).startswith("contact:")
    ]
    # Her successor's notes mention her too; only the one who left is marked.
    assert [t for t in titles if "(left " in t] == [t for t in titles if t.startswith("Priya")]
    assert any(t.startswith("Priya Shah (left ") for t in titles)
