"""The weekly full check, deferred to a worker once the window is up (gui/background_check)."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bigjournal.errors import DamagedJournalError
from bigjournal.gui.background_check import TITLE, start_routine_check
from bigjournal.store import health, open_journal
from tests.reliability.test_opening_check import close_cleanly, damage_in_place, flipped_structure

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def week_old(demo_template: Path, tmp_path: Path) -> Path:
    """A journal closed cleanly, whose last full check was eight days ago."""
    path = tmp_path / "journal.sqlite"
    shutil.copyfile(demo_template, path)
    close_cleanly(path)
    assert health.write_clean_close(path, datetime.now(UTC) - timedelta(days=8))
    return path


def run_check(journal: Any, parent: Any, qtbot: Any, **hook: Any) -> None:
    worker = start_routine_check(journal, parent, **hook)
    assert worker is not None, "the weekly check was due"
    qtbot.waitUntil(lambda: not journal.routine_check_due, timeout=20000)
    qtbot.wait(100)  # let the worker's result reach the window


def test_a_healthy_journal_is_checked_quietly_and_the_check_counts(
    week_old: Path, qtbot: Any, qapp: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    with open_journal(week_old, automatic_backups=False, defer_routine_check=True) as journal:
        assert journal.full_check_reason is None, "the window is not kept waiting"
        run_check(journal, parent, qtbot)
        assert not parent.findChildren(QMessageBox)
        assert start_routine_check(journal, parent) is None, "done for this session"
    with open_journal(week_old) as reopened:
        assert reopened.full_check_reason is None


def test_damage_found_in_the_background_is_told_and_repaired_at_the_next_opening(
    week_old: Path, qtbot: Any, qapp: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    repairs: list[bool] = []
    journal = open_journal(week_old, automatic_backups=False, defer_routine_check=True)
    try:
        damage_in_place(week_old, flipped_structure(week_old), keep_times=True)
        run_check(journal, parent, qtbot, repair_now=lambda: repairs.append(True))
        qtbot.waitUntil(lambda: bool(parent.findChildren(QMessageBox)))
        box = parent.findChildren(QMessageBox)[0]
        assert box.windowTitle() == TITLE and box.accessibleName() == TITLE
        assert "set aside" in box.informativeText()
        repair = next(b for b in box.buttons() if b.objectName() == "repair_button")
        repair.click()
        qtbot.waitUntil(lambda: repairs == [True])
    finally:
        journal.close()
    with pytest.raises(DamagedJournalError):
        open_journal(week_old).close()


def test_the_app_checks_after_the_window_is_up_and_repairs_through_the_usual_question(
    week_old: Path, qtbot: Any, qapp: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from bigjournal.gui.session import JournalSession

    session = JournalSession(QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat))
    asked: list[str] = []
    # Answer every question at opening with its escape button (Quit), recording it.
    monkeypatch.setattr(session, "_ask", lambda box: asked.append(box.windowTitle()) or box)
    journal = session.open(week_old)
    assert journal is not None and journal.full_check_reason is None, "not kept waiting"
    damage_in_place(week_old, flipped_structure(week_old), keep_times=True)
    window = session.show_window(journal)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not journal.routine_check_due, timeout=20000)
    qtbot.waitUntil(
        lambda: any(b.windowTitle() == TITLE for b in window.findChildren(QMessageBox)),
        timeout=5000,
    )
    box = next(b for b in window.findChildren(QMessageBox) if b.windowTitle() == TITLE)
    next(b for b in box.buttons() if b.objectName() == "repair_button").click()
    qtbot.waitUntil(lambda: asked == ["The journal is damaged"])
    assert journal.closed and session.journal is None
    assert list(tmp_path.glob("journal.sqlite*damaged*")), "set aside, not deleted"
    session.close()


def test_a_check_that_finishes_at_once_still_reports_finishing(
    week_old: Path, qtbot: Any, qapp: Any
) -> None:
    """On a busy machine the worker can finish before the caller's next line runs;
    the session waits on that signal before closing, so it must never be lost."""
    import time

    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    finished: list[bool] = []
    with open_journal(week_old, automatic_backups=False, defer_routine_check=True) as journal:
        worker = start_routine_check(journal, parent, on_finished=lambda: finished.append(True))
        assert worker is not None
        assert worker.done.wait(20), "the check ran"
        time.sleep(0.05)  # nothing processed yet: the signal is only queued
        qtbot.waitUntil(lambda: finished == [True], timeout=5000)


def test_waiting_for_the_opening_work_ends_even_if_a_finished_signal_was_lost(
    tmp_path: Path, qtbot: Any, qapp: Any
) -> None:
    from PySide6.QtCore import QSettings

    from bigjournal.gui.session import JournalSession
    from bigjournal.gui.worker import Worker

    session = JournalSession(QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat))
    orphan = Worker(lambda _progress: None)  # nobody connected to its ``finished``
    session.check_worker = orphan.start()
    session._wait_for_backup()
    assert orphan.done.is_set() and session.check_worker is None
