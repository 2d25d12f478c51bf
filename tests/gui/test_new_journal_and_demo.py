"""Issue 14: File › New journal… makes a new journal file and opens it (first run
follows); the demo opens in a journal file of its own, named as the demo in the title
bar, and never fills the volunteer's journal."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from bigjournal.gui.dialogs.first_run import FirstRunDialog
from bigjournal.journal import settings
from bigjournal.journal.demo import demo_journal_path
from bigjournal.journal.organisations import list_organisations
from bigjournal.store import open_journal
from tests.conftest import TODAY


@pytest.fixture
def session(preferences: Any, qapp: Any) -> Iterator[Any]:
    from bigjournal.gui.session import JournalSession

    made = JournalSession(preferences, today=TODAY)
    yield made
    if made.window is not None:
        made.window.close()
    made.close()


@pytest.fixture
def own_journal(session: Any, tmp_path: Path) -> Any:
    """The volunteer's own journal, named and empty, in the window."""
    journal = session.open(tmp_path / "ours.sqlite")
    settings.set_settings(journal, {settings.PARTNERSHIP_NAME: "Eastfield Tenants Forum"})
    session.show_window(journal)  # the session closes it (and the windows after it)
    return journal


def when_first_run_opens(answer: Callable[[FirstRunDialog], None]) -> None:
    """Answer the first-run dialog as a volunteer would, once it is up (it is modal)."""

    def look() -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunDialog)), None
        )
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(50, look)
            return
        answer(dialog)
        dialog.findChild(QPushButton, "start_button").click()
        QTimer.singleShot(50, lambda: skip_the_rest(dialog))

    def skip_the_rest(dialog: FirstRunDialog) -> None:
        """An empty journal's first run goes on to members and a first organisation."""
        if not dialog.isVisible():
            return
        skip = dialog.findChild(QPushButton, "skip_button")
        if skip is not None and skip.isVisible():
            skip.click()
        QTimer.singleShot(50, lambda: skip_the_rest(dialog))

    QTimer.singleShot(50, look)


def test_new_journal_makes_the_file_opens_it_and_the_first_run_follows(
    session: Any, own_journal: Any, tmp_path: Path, qtbot: Any
) -> None:
    assert "action_new_journal" in [a.objectName() for a in session.window.ui.menu_file.actions()]
    when_first_run_opens(lambda d: d.ui.partnership_name_edit.setText("Westfield Forum"))
    window = session.new_journal(tmp_path / "Westfield")
    assert session.journal.path == tmp_path / "Westfield.sqlite"
    assert (tmp_path / "Westfield.sqlite").exists()
    assert "Westfield Forum" in window.windowTitle()
    assert own_journal.closed  # the window moved over to the new journal


def test_a_new_journal_never_replaces_an_existing_file(
    session: Any, own_journal: Any, demo_template: Path, tmp_path: Path
) -> None:
    existing = tmp_path / "kept.sqlite"
    shutil.copyfile(demo_template, existing)
    with open_journal(existing) as journal:
        before = len(list_organisations(journal))
    window = session.new_journal(existing)
    assert session.journal.path == existing
    assert len(list_organisations(session.journal)) == before
    assert "already existed" in window.statusBar().currentMessage()


def test_the_demo_opens_in_its_own_journal_named_as_the_demo(
    session: Any, own_journal: Any, tmp_path: Path, qtbot: Any
) -> None:
    session.open_demo()
    qtbot.waitUntil(
        lambda: session.journal is not None and session.journal.path == demo_journal_path(),
        timeout=60_000,
    )
    window = session.window
    assert window.windowTitle().startswith("BigJournal — Demo journal")
    assert "Millbrook Big Local" in window.windowTitle()
    assert len(list_organisations(session.journal)) > 5
    with open_journal(tmp_path / "ours.sqlite") as ours:  # closed by the switch
        assert list_organisations(ours) == []


def test_choosing_the_demo_at_the_first_run_leaves_the_journal_empty(
    session: Any, tmp_path: Path, qtbot: Any
) -> None:
    empty = session.open(tmp_path / "fresh.sqlite")
    when_first_run_opens(lambda d: d.ui.demo_radio.setChecked(True))
    shown = session.first_run(empty, None)
    assert shown is not None and shown.path == demo_journal_path()
    assert empty.closed
    window = session.show_window(shown)
    assert window.windowTitle().startswith("BigJournal — Demo journal")
    with open_journal(tmp_path / "fresh.sqlite") as fresh:
        assert list_organisations(fresh) == []
        assert not settings.get_setting(fresh, settings.PARTNERSHIP_NAME)
