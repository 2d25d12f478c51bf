"""Two people edit the same record: the second is shown both versions and chooses (issue 8).

Two Journal objects on one journal stand for two laptops: the version check that
refuses a stale edit works on SQLite files as on a shared journal.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from bigjournal.journal.people import contact_detail, find_contact, update_contact
from bigjournal.store import open_journal


@pytest.fixture
def colleague(demo_target: Any) -> Any:
    """The same journal, opened a second time: someone else's laptop."""
    with open_journal(demo_target, automatic_backups=False) as other:
        yield other


def edit_role_in_the_window(window: Any, qtbot: Any, contact_id: int, text: str) -> Any:
    window.open_record("contact", contact_id)
    view = window.contacts_view
    assert view.current_id == contact_id
    view.ui.role_edit.setFocus()
    view.ui.role_edit.selectAll()
    qtbot.keyClicks(view.ui.role_edit, text)
    qtbot.keyClick(view.ui.role_edit, Qt.Key.Key_Return)  # editingFinished: it saves
    qtbot.waitUntil(lambda: window.dialog is not None)
    return window.dialog


def test_a_conflict_shows_theirs_and_yours_and_use_mine_saves_mine(
    window: Any, colleague: Any, qtbot: Any
) -> None:
    from bigjournal.gui.dialogs.conflict import ConflictDialog

    gareth = find_contact(window.journal_actions.journal, "Gareth Lloyd").id
    window.open_record("contact", gareth)  # I open the record…
    update_contact(colleague, gareth, {"role": "Head of Communities"})  # …they save first.

    dialog = edit_role_in_the_window(window, qtbot, gareth, "Community Safety Lead")
    assert isinstance(dialog, ConflictDialog)
    assert "saved this record at" in dialog.ui.who_label.text()
    table = dialog.ui.compare_table
    row = [table.item(0, column).text() for column in range(3)]
    assert row == ["Role", "Head of Communities", "Community Safety Lead"]
    assert dialog.theirs_button.isDefault()  # Enter never overwrites their work

    qtbot.mouseClick(dialog.mine_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.dialog is None)
    assert contact_detail(colleague, gareth).contact.role == "Community Safety Lead"
    assert window.contacts_view.ui.role_edit.text() == "Community Safety Lead"
    # Undo puts theirs back, not the older value both of us started from.
    window.action_undo.trigger()
    assert contact_detail(colleague, gareth).contact.role == "Head of Communities"


def test_keep_theirs_leaves_their_version_in_the_record_and_the_form(
    window: Any, colleague: Any, qtbot: Any
) -> None:
    gareth = find_contact(window.journal_actions.journal, "Gareth Lloyd").id
    window.open_record("contact", gareth)
    update_contact(colleague, gareth, {"role": "Head of Communities"})
    dialog = edit_role_in_the_window(window, qtbot, gareth, "Community Safety Lead")
    qtbot.mouseClick(dialog.theirs_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.dialog is None)
    assert contact_detail(colleague, gareth).contact.role == "Head of Communities"
    assert window.contacts_view.ui.role_edit.text() == "Head of Communities"
    # Leaving the field again saves nothing: it holds what is saved.
    assert not window.contacts_view.fields["role"].save_if_changed()


def test_use_mine_after_yet_another_change_shows_the_newest_and_asks_again(
    window: Any, colleague: Any, qtbot: Any
) -> None:
    gareth = find_contact(window.journal_actions.journal, "Gareth Lloyd").id
    window.open_record("contact", gareth)
    update_contact(colleague, gareth, {"role": "Head of Communities"})
    dialog = edit_role_in_the_window(window, qtbot, gareth, "Community Safety Lead")
    update_contact(colleague, gareth, {"role": "Director of Communities"})
    assert not dialog.use_mine()
    assert dialog.isVisible()
    assert dialog.ui.compare_table.item(0, 1).text() == "Director of Communities"
    assert "changed again" in dialog.ui.error_label.text()
    assert dialog.use_mine()
    assert contact_detail(colleague, gareth).contact.role == "Community Safety Lead"
