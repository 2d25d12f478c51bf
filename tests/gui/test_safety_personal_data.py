"""Forget this person (erasure) and Everything about this person (subject access)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton

from bigjournal.errors import NotFoundError
from bigjournal.journal.people import contact_detail, find_contact


def test_forgetting_asks_first_then_lists_the_notes_that_mention_them(
    window: Any, qtbot: Any, demo_journal: Any
) -> None:
    from bigjournal.gui.dialogs.personal_data import ForgottenDialog

    gareth = find_contact(demo_journal, "Gareth Lloyd")
    window.open_record("contact", gareth.id)
    view = window.contacts_view
    assert view.personal_data_button.isEnabled()
    view.forget_action.trigger()
    box = next(b for b in view.findChildren(QMessageBox) if b.isVisible())
    assert "cannot be undone" in box.text() and "Gareth Lloyd" in box.text()
    qtbot.mouseClick(box.findChild(QPushButton, "keep_button"), Qt.MouseButton.LeftButton)
    assert contact_detail(demo_journal, gareth.id).contact.name == "Gareth Lloyd"

    view.forget_action.trigger()
    box = next(b for b in view.findChildren(QMessageBox) if b.isVisible())
    qtbot.mouseClick(box.findChild(QPushButton, "confirm_button"), Qt.MouseButton.LeftButton)
    with pytest.raises(NotFoundError):
        contact_detail(demo_journal, gareth.id)
    review = next(d for d in view.findChildren(ForgottenDialog) if d.isVisible())
    assert "Gareth Lloyd" in review.windowTitle()
    labels = " ".join(label.text() for label in review.findChildren(QLabel))
    assert "still mention them" in labels and "removed from" in labels
    first = review.result_.mentions[0]  # the demo's notes name him
    assert first.record_kind == "meeting" and first.excerpt in review.browser.toPlainText()
    review.browser.anchorClicked.emit(QUrl(f"record:meeting/{first.record_id}"))
    assert window.ui.view_stack.currentWidget() is window.meetings_view
    assert window.journal_actions.undo_stack.count() == 0  # nothing can bring them back
    review.reject()


def test_everything_about_a_person_is_saved_as_json(
    window: Any, qtbot: Any, demo_journal: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gareth = find_contact(demo_journal, "Gareth Lloyd")
    window.open_record("contact", gareth.id)
    target = tmp_path / "gareth.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )
    window.contacts_view.about_person_action.trigger()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["name"] == "Gareth Lloyd" and data["kind"] == "contact"
    assert data["meetings"] and "promises" in data
    assert not list(tmp_path.glob(".*.partial"))
    assert "Saved everything about Gareth Lloyd" in window.statusBar().currentMessage()


def test_forgetting_names_the_copies_that_still_hold_them_and_removes_them(
    window: Any, qtbot: Any, demo_journal: Any
) -> None:
    from bigjournal.gui.dialogs.personal_data import ForgottenDialog
    from bigjournal.store import backup

    if demo_journal.path is None:
        pytest.skip("a shared journal's backups are archives made by hand")
    made = backup.make_backup(demo_journal)
    priya = find_contact(demo_journal, "Priya Shah")
    window.open_record("contact", priya.id)
    view = window.contacts_view
    view.forget_action.trigger()
    box = next(b for b in view.findChildren(QMessageBox) if b.isVisible())
    assert "Backups and set-aside copies made before still hold them" in box.text()
    qtbot.mouseClick(box.findChild(QPushButton, "confirm_button"), Qt.MouseButton.LeftButton)
    review = next(d for d in view.findChildren(ForgottenDialog) if d.isVisible())
    assert str(made.path) in review.copies_label.text()
    button = review.remove_copies_button
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    ask = next(b for b in review.findChildren(QMessageBox) if b.isVisible())
    assert "A new backup is made first" in ask.text()
    qtbot.mouseClick(ask.findChild(QPushButton, "confirm_button"), Qt.MouseButton.LeftButton)
    assert not made.path.exists()
    assert "Removed" in review.copies_label.text() and not button.isEnabled()
    assert backup.list_backups(demo_journal.path), "a new backup, without her, remains"
    review.reject()
