"""Undoing a promise's status change honours the version check, as an edit's undo does.

Two Journal objects on one journal file stand for two laptops on a team journal: the
window marks a promise kept, a colleague saves the promise on theirs, and Ctrl+Z (or
redo) must then refuse in plain words rather than overwrite the colleague's save.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from bigjournal.gui.main_window import PROMISES
from bigjournal.journal.promises import list_promises, promise, update_promise
from bigjournal.model.vocabulary import PromiseStatus
from bigjournal.store import open_journal
from tests.conftest import TODAY

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def colleague(demo_target: Any) -> Any:
    with open_journal(demo_target, automatic_backups=False) as other:
        yield other


def problem_box(window: Any) -> QMessageBox | None:
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    return boxes[-1] if boxes else None


def mark_first_open_promise_kept(window: Any, qtbot: Any) -> Any:
    """Click "Mark kept" on the first open promise of the register; the promise before."""
    view = window.show_view(PROMISES)
    view.set_filter(status=PromiseStatus.OPEN)
    chosen = view.model.rows[0]
    view.open_record(chosen.id)
    qtbot.mouseClick(view.ui.mark_kept_button, Qt.MouseButton.LeftButton)
    assert promise(window.journal_actions.journal, chosen.id).status is PromiseStatus.KEPT
    view.ui.promise_table.setFocus()
    return chosen


def test_undo_of_kept_refuses_when_a_colleague_saved_the_promise_since(
    window: Any, colleague: Any, qtbot: Any
) -> None:
    chosen = mark_first_open_promise_kept(window, qtbot)
    assert promise(colleague, chosen.id).status is PromiseStatus.KEPT
    # They correct the note of the kept promise on their laptop, after my click.
    update_promise(colleague, chosen.id, {"status_note": "Kept: confirmed by email"})

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: problem_box(window) is not None, timeout=10_000)
    text = problem_box(window).text()
    assert "was not undone" in text and "saved a newer change" in text
    theirs = promise(colleague, chosen.id)
    assert theirs.status is PromiseStatus.KEPT  # not reopened over their save
    assert theirs.status_note == "Kept: confirmed by email"
    assert not window.journal_actions.undo_stack.canUndo()  # the step is gone, not half-applied


def test_redo_of_kept_refuses_when_a_colleague_saved_since_the_undo(
    window: Any, colleague: Any, qtbot: Any
) -> None:
    chosen = mark_first_open_promise_kept(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # nobody saved in between: undone
    assert problem_box(window) is None
    reopened = promise(colleague, chosen.id)
    assert reopened.status is PromiseStatus.OPEN and reopened.status_on == chosen.status_on
    window.action_redo.trigger()  # and redone
    assert promise(colleague, chosen.id).status is PromiseStatus.KEPT
    window.action_undo.trigger()
    assert promise(colleague, chosen.id).status is PromiseStatus.OPEN

    update_promise(colleague, chosen.id, {"description": "Fix all three lamps, not two"})
    window.action_redo.trigger()
    qtbot.waitUntil(lambda: problem_box(window) is not None, timeout=10_000)
    assert "was not redone" in problem_box(window).text()
    theirs = next(p for p in list_promises(colleague, today=TODAY) if p.id == chosen.id)
    assert theirs.status is PromiseStatus.OPEN  # their open promise was not marked kept
    assert theirs.description == "Fix all three lamps, not two"
