"""Undo honours the version check: it never overwrites a colleague's newer save (issue 14).

Two Journal objects on one journal file stand for two laptops on a team journal.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from bigjournal.journal.people import contact_detail, find_contact, update_contact
from bigjournal.store import open_journal


@pytest.fixture
def colleague(demo_target: Any) -> Any:
    with open_journal(demo_target, automatic_backups=False) as other:
        yield other


def type_role(window: Any, qtbot: Any, contact_id: int, text: str) -> None:
    window.open_record("contact", contact_id)
    edit = window.contacts_view.ui.role_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # editingFinished saves it


def problem_box(window: Any) -> QMessageBox | None:
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    return boxes[-1] if boxes else None


def test_undo_refuses_when_a_colleague_saved_since(window: Any, colleague: Any, qtbot: Any) -> None:
    gareth = find_contact(window.journal_actions.journal, "Gareth Lloyd").id
    before = contact_detail(colleague, gareth).contact.role
    type_role(window, qtbot, gareth, "Community Safety Lead")
    assert contact_detail(colleague, gareth).contact.role == "Community Safety Lead"

    update_contact(colleague, gareth, {"role": "Head of Communities"})  # they save after me

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: problem_box(window) is not None, timeout=10_000)
    box = problem_box(window)
    assert box is not None
    assert "was not undone" in box.text()
    assert "saved a newer change" in box.text()
    # Theirs stands; neither my edit's old value nor mine came back.
    assert contact_detail(colleague, gareth).contact.role == "Head of Communities"
    assert before != "Head of Communities"
    assert not window.journal_actions.undo_stack.canUndo()  # the step is gone, not half-applied


def test_undo_and_redo_still_work_when_nobody_saved_in_between(
    window: Any, colleague: Any, qtbot: Any
) -> None:
    gareth = find_contact(window.journal_actions.journal, "Gareth Lloyd").id
    before = contact_detail(colleague, gareth).contact.role
    type_role(window, qtbot, gareth, "Community Safety Lead")
    window.contacts_view.ui.contact_table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert contact_detail(colleague, gareth).contact.role == before
    window.action_redo.trigger()
    assert contact_detail(colleague, gareth).contact.role == "Community Safety Lead"
    # A colleague saves after the redo: undoing it now is refused too.
    update_contact(colleague, gareth, {"role": "Head of Communities"})
    window.action_undo.trigger()
    qtbot.waitUntil(lambda: problem_box(window) is not None, timeout=10_000)
    assert "was not undone" in problem_box(window).text()
    assert contact_detail(colleague, gareth).contact.role == "Head of Communities"


def test_redo_of_a_delete_refuses_when_a_colleague_saved_since_it_came_back(
    window: Any, colleague: Any, qtbot: Any
) -> None:
    from PySide6.QtWidgets import QPushButton

    from bigjournal.journal.people import list_contacts

    gareth = find_contact(window.journal_actions.journal, "Gareth Lloyd").id
    window.open_record("contact", gareth)
    view = window.contacts_view
    qtbot.mouseClick(view.ui.delete_button, Qt.MouseButton.LeftButton)
    box = problem_box(window)
    assert box is not None
    assert "they made will be deleted too" in box.text()  # it says what goes with him
    assert "they attended stay in the journal" in box.text()
    qtbot.mouseClick(box.findChild(QPushButton, "confirm_button"), Qt.MouseButton.LeftButton)
    assert gareth not in {c.id for c in list_contacts(colleague)}
    window.action_undo.trigger()  # he is back…
    assert contact_detail(colleague, gareth).contact.name == "Gareth Lloyd"
    update_contact(colleague, gareth, {"role": "Head of Communities"})  # …and edited there

    window.action_redo.trigger()
    qtbot.waitUntil(lambda: problem_box(window) is not None, timeout=10_000)
    assert "was not redone" in problem_box(window).text()
    assert contact_detail(colleague, gareth).contact.role == "Head of Communities"


def test_the_organisation_editor_meets_a_colleagues_save_with_both_versions(
    window: Any, colleague: Any, qtbot: Any
) -> None:
    from bigjournal.gui.dialogs.conflict import ConflictDialog
    from bigjournal.gui.dialogs.organisation_editor import OrganisationEditor
    from bigjournal.journal.organisations import (
        find_organisation,
        organisation_detail,
        update_organisation,
    )
    from tests.conftest import TODAY

    college = find_organisation(window.journal_actions.journal, "Millbrook College").id
    holders_before = [h.id for h in organisation_detail(colleague, college, today=TODAY).holders]
    window.open_record("organisation", college)
    window.ui.action_edit.trigger()  # Edit → Edit… (Ctrl+E)
    qtbot.waitUntil(lambda: isinstance(window.dialog, OrganisationEditor), timeout=10_000)
    editor = window.dialog
    update_organisation(colleague, college, {"phone": "01632 960999"})  # they save first

    holders = editor.ui.holders_list
    item = holders.findItems("Łukasz Nowak", Qt.MatchFlag.MatchStartsWith)[0]
    holders.scrollToItem(item)
    qtbot.mouseClick(
        holders.viewport(), Qt.MouseButton.LeftButton, pos=holders.visualItemRect(item).center()
    )
    qtbot.keyClick(holders, Qt.Key.Key_Space)
    save = editor.ui.button_box.button(editor.ui.button_box.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.dialog, ConflictDialog), timeout=10_000)
    conflict = window.dialog
    table = conflict.ui.compare_table
    assert table.item(0, 0).text() == "Holders"
    assert "Łukasz Nowak" in table.item(0, 2).text()  # names, not record numbers
    assert "Łukasz Nowak" not in table.item(0, 1).text()

    qtbot.mouseClick(conflict.mine_button, Qt.MouseButton.LeftButton)
    saved = organisation_detail(colleague, college, today=TODAY)
    assert saved.phone == "01632 960999"  # theirs stays: only my field was saved again
    assert "Łukasz Nowak" in [h.name for h in saved.holders]
    window.action_undo.trigger()  # puts their holders back, not nobody
    back = organisation_detail(colleague, college, today=TODAY)
    assert [h.id for h in back.holders] == holders_before and holders_before


def test_a_refused_edit_with_links_leaves_no_empty_undo_step(
    window: Any, colleague: Any, qtbot: Any
) -> None:
    from bigjournal.gui.dialogs.conflict import ConflictDialog
    from bigjournal.gui.dialogs.organisation_editor import OrganisationEditor
    from bigjournal.journal.organisations import find_organisation, update_organisation

    college = find_organisation(window.journal_actions.journal, "Millbrook College").id
    window.open_record("organisation", college)
    window.ui.action_edit.trigger()
    qtbot.waitUntil(lambda: isinstance(window.dialog, OrganisationEditor), timeout=10_000)
    editor = window.dialog
    update_organisation(colleague, college, {"phone": "01632 960999"})  # they save first
    steps = window.journal_actions.undo_stack.count()
    editor.ui.phone_edit.setFocus()
    editor.ui.phone_edit.selectAll()
    qtbot.keyClicks(editor.ui.phone_edit, "01632 960123")
    combo = editor.ui.link_combo
    combo.setCurrentIndex(combo.findText("Riverside Homes"))
    qtbot.mouseClick(editor.ui.add_link_button, Qt.MouseButton.LeftButton)
    save = editor.ui.button_box.button(editor.ui.button_box.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.dialog, ConflictDialog), timeout=10_000)
    assert window.journal_actions.undo_stack.count() == steps  # no step that undoes nothing
    window.dialog.reject()  # keep theirs
