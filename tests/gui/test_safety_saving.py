"""A save that fails (disk full, stick pulled) says "Not saved" and keeps what was typed."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from bigjournal.errors import SaveError
from bigjournal.journal import meetings
from bigjournal.journal.people import contact_detail, find_contact

DISK_FULL = "Not saved: the disk is full. Free some space and try again."


def refuse_to_save(*_args: Any, **_kwargs: Any) -> Any:
    raise SaveError(DISK_FULL)


def test_a_meeting_that_cannot_be_saved_stays_in_the_form(
    window: Any, qtbot: Any, demo_journal: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = meetings.count_meetings(demo_journal)
    dialog = window.log_meeting()
    dialog.ui.organisations_edit.setText("Highways and Streetscene; ")
    dialog.ui.notes_edit.setPlainText("Three streetlights out by the kissing gate.")
    monkeypatch.setattr(meetings, "log_meeting", refuse_to_save)
    qtbot.mouseClick(dialog.findChild(object, "save_button"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.ui.error_label.isVisible() and dialog.ui.error_label.text() == DISK_FULL
    assert dialog.ui.notes_edit.toPlainText() == "Three streetlights out by the kissing gate."
    assert dialog.ui.organisations_edit.text() == "Highways and Streetscene; "

    monkeypatch.undo()  # the disk has room again: the same form saves
    qtbot.mouseClick(dialog.findChild(object, "save_button"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert meetings.count_meetings(demo_journal) == before + 1


def test_an_inline_edit_that_cannot_be_saved_says_so_and_keeps_the_text(
    window: Any, qtbot: Any, demo_journal: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bigjournal.journal import kinds

    gareth = find_contact(demo_journal, "Gareth Lloyd")
    window.open_record("contact", gareth.id)
    refusing = dataclasses.replace(kinds.CONTACT, update=refuse_to_save)
    monkeypatch.setitem(kinds.BY_NAME, "contact", refusing)
    phone = window.contacts_view.ui.phone_edit
    phone.setFocus()
    phone.selectAll()
    qtbot.keyClicks(phone, "01632 960 123")
    qtbot.keyClick(phone, Qt.Key.Key_Return)
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert [b.text() for b in boxes] == [DISK_FULL]
    assert boxes[0].windowTitle() == "Not saved"
    assert phone.text() == "01632 960 123"
    boxes[0].accept()

    monkeypatch.undo()
    assert window.contacts_view.fields["phone"].save_if_changed()  # leaving again retries
    assert contact_detail(demo_journal, gareth.id).contact.phone == "01632 960 123"
