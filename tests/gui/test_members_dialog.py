"""The Members dialog as the other editors: every field, a name already there asked
about, deleting a member saying what goes with them, and Ctrl+Z for each change."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bigjournal.gui.dialogs.members import MembersDialog
from bigjournal.journal.meetings import list_meetings, meeting_detail
from bigjournal.journal.people import list_members, member_deletion_impact
from bigjournal.journal.promises import list_promises
from bigjournal.model.vocabulary import Side
from tests.conftest import TODAY
from tests.gui.window_driving import question

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


def _member(journal: Any, name: str) -> Any:
    return next((m for m in list_members(journal) if m.name == name), None)


def _open_members(window: Any, qtbot: Any) -> MembersDialog:
    dialog = window.show_members()
    dialog.activateWindow()  # as the window manager does with a dialog just opened
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=10_000)
    return dialog


def _click_member(qtbot: Any, dialog: MembersDialog, name: str) -> None:
    members = dialog.member_list
    item = next(
        members.item(row)
        for row in range(members.count())
        if members.item(row).text().startswith(f"{name} —")
    )
    members.scrollToItem(item)
    qtbot.mouseClick(members.viewport(), LEFT, pos=members.visualItemRect(item).center())
    assert dialog.current is not None and dialog.current.name == name


def _retype(qtbot: Any, edit: Any, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def _their_promises(journal: Any, member_id: int) -> list[int]:
    return sorted(
        p.id
        for p in list_promises(journal, today=TODAY)
        if p.side is Side.OURS and p.made_by is not None and p.made_by.id == member_id
    )


def _attended(journal: Any, member_id: int) -> list[int]:
    return [
        m.id
        for m in list_meetings(journal)
        if member_id in {a.id for a in meeting_detail(journal, m.id).members}
    ]


def test_deleting_a_member_says_what_goes_and_ctrl_z_brings_it_back(
    window: Any, demo_journal: Any, qtbot: Any
) -> None:
    dialog = _open_members(window, qtbot)
    # The member who made the most of our promises and holds a relationship.
    member = max(
        (m for m in list_members(demo_journal) if m.holds),
        key=lambda m: len(_their_promises(demo_journal, m.id)),
    )
    promises = _their_promises(demo_journal, member.id)
    assert promises, "the demo should have a member who made promises"
    attended = _attended(demo_journal, member.id)
    assert attended, "the demo should have a member who attended meetings"
    impact = member_deletion_impact(demo_journal, member.id)
    _click_member(qtbot, dialog, member.name)

    dialog.member_list.setFocus()
    qtbot.keyClick(dialog.member_list, Qt.Key.Key_Delete)  # the key asks as the button does
    box = question(window)
    text = box.text()
    assert f"Delete {member.name}" in text and impact.describe() in text
    assert f"The {len(promises)} promise" in text and "will be deleted too" in text
    assert "Steps down" in text and "Ctrl+Z" in text
    qtbot.mouseClick(box.findChild(type(box.defaultButton()), "keep_button"), LEFT)
    assert _member(demo_journal, member.name) is not None  # "Keep it" keeps them

    qtbot.mouseClick(dialog.delete_button, LEFT)
    box = question(window)
    qtbot.mouseClick(box.findChild(type(box.defaultButton()), "confirm_button"), LEFT)
    qtbot.waitUntil(lambda: _member(demo_journal, member.name) is None, timeout=10_000)
    assert _their_promises(demo_journal, member.id) == []
    assert not any(
        member.name in dialog.member_list.item(r).text() for r in range(dialog.member_list.count())
    )

    dialog.member_list.setFocus()
    qtbot.keyClick(dialog.member_list, Qt.Key.Key_Z, CTRL)  # undone from the dialog itself
    back = _member(demo_journal, member.name)
    assert back is not None and back.id == member.id
    assert {r.id for r in back.holds} == {r.id for r in member.holds}
    assert _their_promises(demo_journal, member.id) == promises
    assert _attended(demo_journal, member.id) == attended
    assert any(
        member.name in dialog.member_list.item(r).text() for r in range(dialog.member_list.count())
    )
    QTest.keySequence(dialog.member_list, window.action_redo.shortcut())
    assert _member(demo_journal, member.name) is None
    dialog.reject()


def test_every_member_field_is_edited_and_a_name_already_there_is_asked_about(
    window: Any, demo_journal: Any, qtbot: Any
) -> None:
    dialog = _open_members(window, qtbot)
    _click_member(qtbot, dialog, "Tom Kowalski")
    _retype(qtbot, dialog.joined_edit, "3/2/2021")
    _retype(qtbot, dialog.email_edit, "tom.k@millbrookbiglocal.org.uk")
    dialog.role_combo.setFocus()
    qtbot.keyClicks(dialog.role_combo, "Chair")
    assert not dialog.stepped_down_edit.isVisible()  # an active member steps down instead
    qtbot.mouseClick(dialog.save_button, LEFT)
    tom = _member(demo_journal, "Tom Kowalski")
    assert tom.joined_on == date(2021, 2, 3) and tom.role.label == "Chair"
    assert tom.email == "tom.k@millbrookbiglocal.org.uk"
    assert dialog.joined_edit.text() == "3/2/2021"

    # A date that cannot be read is explained, the cursor put back, nothing lost.
    _retype(qtbot, dialog.joined_edit, "the thirtieth")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "Joined" in dialog.error_label.text()
    assert dialog.joined_edit.hasFocus() and dialog.joined_edit.text() == "the thirtieth"
    assert _member(demo_journal, "Tom Kowalski").joined_on == date(2021, 2, 3)
    _retype(qtbot, dialog.joined_edit, "3/2/2021")

    # A former member's stepping-down date can be corrected.
    _click_member(qtbot, dialog, "Dev Patel")
    assert dialog.stepped_down_edit.isVisible()
    _retype(qtbot, dialog.stepped_down_edit, "1/11/2025")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert _member(demo_journal, "Dev Patel").stepped_down_on == date(2025, 11, 1)
    dialog.member_list.setFocus()
    qtbot.keyClick(dialog.member_list, Qt.Key.Key_Z, CTRL)
    assert _member(demo_journal, "Dev Patel").stepped_down_on != date(2025, 11, 1)

    # A new member whose name is already there: asked, and added only if said so.
    count = len(list_members(demo_journal))
    qtbot.mouseClick(dialog.new_button, LEFT)
    qtbot.keyClicks(dialog.name_edit, "aisha RAHMAN")
    qtbot.mouseClick(dialog.save_button, LEFT)
    box = question(window)
    assert "There is already a member called Aisha Rahman" in box.text()
    qtbot.mouseClick(box.findChild(type(box.defaultButton()), "go_back_button"), LEFT)
    assert len(list_members(demo_journal)) == count
    assert dialog.name_edit.text() == "aisha RAHMAN"  # nothing typed is lost
    qtbot.mouseClick(dialog.save_button, LEFT)
    box = question(window)
    qtbot.mouseClick(box.findChild(type(box.defaultButton()), "add_another_button"), LEFT)
    qtbot.waitUntil(lambda: len(list_members(demo_journal)) == count + 1, timeout=10_000)
    dialog.reject()
