"""Opening the journal in the app: damage, a missing file, another copy, a newer journal,
risky places, and the automatic backups at opening and closing (issue 7)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bigjournal.store import backup, lock, open_journal
from tests.conftest import TODAY
from tests.gui.safety_helpers import answering

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def session(preferences: Any, qapp: Any) -> Any:
    from bigjournal.gui.session import JournalSession

    made = JournalSession(preferences, today=TODAY)
    yield made
    if made.window is not None:
        made.window.close()
    made.close()


@pytest.fixture
def demo_copy(demo_template: Path, tmp_path: Path) -> Path:
    """The demo journal as a file of the test's own (with records worth backing up)."""
    path = tmp_path / "Millbrook.sqlite"
    shutil.copyfile(demo_template, path)
    return path


def contact_count(path: Path) -> int:
    from bigjournal.journal.browse import contacts_page

    with open_journal(path, automatic_backups=False) as journal:
        return len(contacts_page(journal, limit=1000))


def damage(path: Path) -> None:
    """Cut the file short, as a pulled USB stick does."""
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def test_a_damaged_journal_is_set_aside_and_the_newest_backup_restored(
    session: Any, demo_copy: Path, qtbot: Any
) -> None:
    with open_journal(demo_copy, automatic_backups=False) as journal:
        made = backup.make_backup(journal)
    contacts = contact_count(demo_copy)
    damage(demo_copy)

    answer = answering(f"Restore the backup from {made.made_at.astimezone():%a %d %b %Y, %H:%M}")
    journal = session.open(demo_copy)
    answer.stop()

    assert journal is not None, answer.text
    assert "set aside as “Millbrook.sqlite.damaged”" in answer.text
    assert "nothing was deleted" in answer.text
    assert set(answer.button_texts[0]) >= {
        f"Restore the backup from {made.made_at.astimezone():%a %d %b %Y, %H:%M}",
        "Start an empty journal",
        "Quit",
    }
    assert (demo_copy.parent / "Millbrook.sqlite.damaged").exists()
    journal.close()
    assert contact_count(demo_copy) == contacts


def test_a_damaged_journal_can_be_replaced_by_an_empty_one_or_left_alone(
    session: Any, demo_copy: Path
) -> None:
    with open_journal(demo_copy, automatic_backups=False) as journal:
        backup.make_backup(journal)
    damage(demo_copy)
    answer = answering("quit_button")
    assert session.open(demo_copy) is None
    answer.stop()
    assert not demo_copy.exists()  # set aside, and nothing put in its place

    # Opening again: it is now missing, with backups: restore or quit (never a silent new one).
    answer = answering("quit_button")
    assert session.open(demo_copy) is None
    answer.stop()
    assert "not where it was" in answer.text
    assert any(text.startswith("Restore the backup from") for text in answer.button_texts[0])

    # A damaged journal with backups, asked to start afresh: an empty journal in its place.
    shutil.copyfile(demo_copy.with_name("Millbrook.sqlite.damaged"), demo_copy)
    answer = answering("empty_button")
    journal = session.open(demo_copy)
    answer.stop()
    assert journal is not None
    journal.close()
    assert contact_count(demo_copy) == 0
    assert (demo_copy.parent / "Millbrook.sqlite.2.damaged").exists()  # both kept


def test_a_journal_open_in_another_program_is_refused_naming_it(
    session: Any, demo_copy: Path
) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.holder", str(demo_copy)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().startswith("OPEN")
        answer = answering()
        assert session.open(demo_copy) is None
        answer.stop()
    finally:
        holder.kill()
        holder.wait()
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.close()
        holder.stdout.close()
    assert answer.titles == ["The journal is already open"]
    assert "BigJournal is already open on this journal (process" in answer.text
    assert f"process {holder.pid} on " in answer.text and "Close it there first" in answer.text
    # The refusal waits a moment for a copy that is just closing, well within 2 seconds.
    assert lock.WAIT_SECONDS < 2


def test_a_journal_from_a_newer_bigjournal_asks_to_update(
    session: Any, demo_copy: Path, tmp_path: Path
) -> None:
    from tests.reliability.damage import make_newer

    newer = make_newer(demo_copy, tmp_path / "newer.sqlite")
    before = newer.read_bytes()
    answer = answering()
    assert session.open(newer) is None
    answer.stop()
    assert answer.titles == ["Please update BigJournal"]
    assert "Please update" in answer.text
    assert newer.read_bytes() == before


def test_a_risky_place_is_explained_once_in_a_banner(
    session: Any, demo_copy: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bigjournal.gui.banner import Banner, add_banner
    from bigjournal.store import health

    warning = health.REMOVABLE_WARNING.format(fs="vfat")
    monkeypatch.setattr(health, "risky_place_warning", lambda _path: warning)
    journal = session.open(demo_copy)
    window = session.show_window(journal)
    qtbot.waitExposed(window)
    banners = window.findChildren(Banner)
    assert len(banners) == 1 and banners[0].isVisible()
    assert "USB stick" in banners[0].label.text() and "such as Documents" in warning
    assert add_banner(window, warning) is None  # once
    assert window.ui.view_stack.isVisible()  # the views are still there, below it
    qtbot.mouseClick(banners[0].dismiss_button, qtbot_left())
    qtbot.waitUntil(lambda: not window.findChildren(Banner))


def qtbot_left() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_backups_are_made_after_the_window_shows_and_while_open_not_at_closing(
    session: Any, demo_copy: Path, qtbot: Any
) -> None:
    journal = session.open(demo_copy)
    assert backup.list_backups(demo_copy) == []  # nothing before the first paint
    window = session.show_window(journal)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: len(backup.list_backups(demo_copy)) == 1, timeout=20000)
    qtbot.waitUntil(lambda: session.backup_worker is None, timeout=20000)
    assert backup.list_backups(demo_copy)[0].reason == "opened"

    from bigjournal.journal.organisations import add_organisation

    add_organisation(journal, name="Millbrook Allotment Society", kind="other")
    # Change the clock: the rotation makes a new backup at most every 10 minutes.
    newest = backup.list_backups(demo_copy)[0]
    old = newest.made_at - backup.AUTOMATIC_INTERVAL * 2
    stale = newest.path.with_name(f"{old:%Y-%m-%dT%H%M%S}Z.sqlite")
    newest.path.rename(stale)
    newest.path.with_suffix(".json").unlink()
    # While the journal is open the changes are backed up in a worker (the timer's job).
    assert session.backup_while_open() is not None
    qtbot.waitUntil(lambda: session.backup_worker is None, timeout=20000)
    assert backup.list_backups(demo_copy)[0].reason == "while open"
    # Closing makes no backup and waits for none (issue 15: quitting is instant).
    add_organisation(journal, name="Millbrook Tenants' Forum", kind="other")
    made = len(backup.list_backups(demo_copy))
    window.close()
    assert session.close_journal(journal) is None
    assert journal.closed
    assert len(backup.list_backups(demo_copy)) == made


def test_another_journal_file_opens_in_the_window_and_is_remembered(
    session: Any, demo_copy: Path, tmp_path: Path, qtbot: Any
) -> None:
    window = session.show_window(session.open(demo_copy))
    qtbot.waitExposed(window)
    other = tmp_path / "Tenants.sqlite"
    new_window = session.switch_to(other)
    assert new_window is not window and new_window.isVisible()
    assert str(other) in new_window.windowTitle()
    assert not window.isVisible()
    assert session.recent()[:2] == [str(other), str(demo_copy)]
    menu = new_window.session_actions["recent"]
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == [str(demo_copy)]
    menu.actions()[0].trigger()
    assert str(demo_copy) in session.window.windowTitle()


def test_the_app_starts_backs_up_after_showing_and_closes_with_the_lock_released(
    demo_copy: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """run_app end to end: the window shows first, the backup follows, closing cleans up."""
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from bigjournal.gui import app as app_module
    from bigjournal.gui.main_window import MainWindow

    monkeypatch.setattr(
        app_module,
        "preferences",
        lambda: QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat),
    )
    seen: dict[str, Any] = {}

    def watch() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        shown = [w for w in windows if w.isVisible()]
        if shown and "backups_when_shown" not in seen:
            seen["backups_when_shown"] = len(backup.list_backups(demo_copy))
        # The window shows before the journal is attached ("Opening your journal…").
        if shown and shown[0].journal_actions is not None and "title" not in seen:
            seen["title"] = shown[0].windowTitle()
        if shown and backup.list_backups(demo_copy):
            timer.stop()
            shown[0].close()
            QTimer.singleShot(0, lambda: QApplication.instance().exit(0))

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(watch)
    timer.start()
    assert app_module.run_app(demo_copy) == 0
    timer.stop()
    assert str(demo_copy) in seen["title"]
    assert seen["backups_when_shown"] == 0  # the backup waits for the window
    assert [info.reason for info in backup.list_backups(demo_copy)] == ["opened"]
    assert not lock.lock_path_for(demo_copy).exists()  # released at the end


def test_the_app_stops_with_a_plain_message_when_the_journal_is_newer(
    demo_copy: Path, qapp: Any, tmp_path: Path
) -> None:
    from bigjournal.gui import app as app_module
    from tests.reliability.damage import make_newer

    newer = make_newer(demo_copy, tmp_path / "newer.sqlite")
    answer = answering()
    assert app_module.run_app(newer) == 1
    answer.stop()
    assert answer.titles == ["Please update BigJournal"]


def test_after_restoring_a_damaged_journal_at_start_the_window_stays_open(
    demo_copy: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Closing the question (the only window then) must not make Qt quit the app."""
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from bigjournal.gui import app as app_module
    from bigjournal.gui.main_window import MainWindow

    monkeypatch.setattr(
        app_module,
        "preferences",
        lambda: QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat),
    )
    with open_journal(demo_copy, automatic_backups=False) as journal:
        backup.make_backup(journal)
    contacts = contact_count(demo_copy)
    damage(demo_copy)
    answer = answering("restore_button")
    turns: list[int] = []

    def watch() -> None:
        shown = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if shown:
            turns.append(1)
        if len(turns) == 25:  # many turns of the event loop after the window showed
            timer.stop()
            shown[0].close()
            QTimer.singleShot(0, lambda: QApplication.instance().exit(5))

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(watch)
    timer.start()
    code = app_module.run_app(demo_copy)
    timer.stop()
    answer.stop()
    assert code == 5, "the app quit by itself after the question closed"
    assert "set aside" in answer.text
    assert contact_count(demo_copy) == contacts


def test_a_backup_that_fails_its_check_is_told_at_once_in_a_banner(
    session: Any, demo_copy: Path, qtbot: Any
) -> None:
    """Damage no file time shows (the disk itself): the backup's check is what sees it."""
    from datetime import UTC, datetime

    from bigjournal.errors import DamagedJournalError
    from bigjournal.gui.banner import Banner
    from bigjournal.store import health
    from tests.e2e.test_damage_at_opening import flip_an_index_key

    open_journal(demo_copy, automatic_backups=False).close()
    flip_an_index_key(demo_copy)
    assert health.write_clean_close(demo_copy, datetime.now(UTC))  # the times cannot tell
    journal = session.open(demo_copy)
    assert journal.full_check_reason is None
    window = session.show_window(journal)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: bool(window.findChildren(Banner)), timeout=20000)
    said = " ".join(window.findChildren(Banner)[0].label.text().split())
    assert "did not pass SQLite's integrity check" in said and "may be damaged" in said
    assert "open the journal again" in said and "newest good backup" in said
    assert backup.list_backups(demo_copy) == [], "a copy that fails its check is not kept"
    window.close()
    session.close_journal(journal)
    assert health.read_clean_close(demo_copy) is None
    with pytest.raises(DamagedJournalError):  # doing what it said sets it aside
        open_journal(demo_copy, automatic_backups=False)
    assert Path(f"{demo_copy}.damaged").exists()
