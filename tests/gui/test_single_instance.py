"""One running app per journal (issue 20): a second launch with an archive hands it to
the copy already open on that journal, which offers Import…; the second launch exits 0.

The end-to-end test runs the real ``bigjournal`` command twice in subprocesses (the
real local socket between two real processes) and reads what the first one did from
the log it writes when ``BIGJOURNAL_LOG_FILE`` is set.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bigjournal.gui import single_instance
from bigjournal.store.locations import resolve_target
from tests.e2e.conftest import command

WAIT_SECONDS = 90  # a loaded 2-core machine starting Qt twice


def test_journal_key_agrees_with_how_the_store_names_journals(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    journal = tmp_path / "Our partnership" / "journal.sqlite"
    journal.parent.mkdir()
    journal.touch()
    link = tmp_path / "link.sqlite"
    link.symlink_to(journal)
    for named in (str(journal), "Our partnership/journal.sqlite", f"sqlite:///{journal}"):
        assert single_instance.journal_key(named) == str(resolve_target(named).path.resolve())
    assert single_instance.server_name(link) == single_instance.server_name(journal)
    assert single_instance.journal_key(None) == str(resolve_target(None).path.resolve())
    monkeypatch.setenv("BIGJOURNAL_JOURNAL", str(link))
    assert single_instance.journal_key(None) == str(journal.resolve())
    assert single_instance.server_name(None) == single_instance.server_name(journal)
    assert single_instance.server_name(tmp_path / "other.sqlite") != single_instance.server_name(
        journal
    )
    # A shared journal: the same server and database, whatever the password.
    with_password = "postgresql+psycopg://sam:secret@db.example.org:5433/journal"
    key = single_instance.journal_key(with_password)
    assert key == "postgresql+psycopg://sam@db.example.org:5433/journal"
    assert "secret" not in single_instance.server_name(with_password)


def wait_for(condition: Callable[[], bool], what: str, process: Any = None) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        if process is not None and process.poll() is not None:
            raise AssertionError(f"the app ended ({process.returncode}) before {what}")
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {WAIT_SECONDS} s for {what}")
        time.sleep(0.2)


def log_text(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""


@pytest.fixture
def journal_and_archive(demo_template: Path, tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "Folder with spaces"
    folder.mkdir()
    journal = folder / "journal.sqlite"
    shutil.copyfile(demo_template, journal)
    archive = folder / "handover.bigjournal"
    subprocess.run(
        [*command(), "--journal", str(journal), "export", "-o", str(archive)],
        env={**os.environ, "BIGJOURNAL_PASSPHRASE": "a long handover passphrase"},
        check=True,
        capture_output=True,
        timeout=120,
    )
    return journal, archive


@pytest.fixture
def start(tmp_path: Path) -> Iterator[Callable[..., subprocess.Popen[bytes]]]:
    """Start the real app in the background; whatever is left running is killed after."""
    running: list[tuple[subprocess.Popen[bytes], Any]] = []

    def start_app(arguments: list[str], environment: dict[str, str], name: str) -> Any:
        errors = (tmp_path / f"{name}.err").open("wb")
        process = subprocess.Popen(
            [*command(), *arguments], env=environment, stdout=errors, stderr=errors
        )
        running.append((process, errors))
        return process

    yield start_app
    for process, errors in running:
        if process.poll() is None:
            process.kill()
            process.wait(30)
        errors.close()


@pytest.mark.slow
def test_a_second_launch_hands_its_archive_to_the_open_app_and_exits(
    journal_and_archive: tuple[Path, Path],
    tmp_path: Path,
    start: Callable[..., subprocess.Popen[bytes]],
) -> None:
    from PySide6.QtNetwork import QLocalServer

    journal, archive = journal_and_archive
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BIGJOURNAL_JOURNAL": str(journal)}
    first_log, second_log, third_log = (tmp_path / f"{n}.log" for n in ("first", "second", "third"))

    # No arguments: the app, on $BIGJOURNAL_JOURNAL.
    first = start([], {**environment, "BIGJOURNAL_LOG_FILE": str(first_log)}, "first")
    wait_for(lambda: "listening for later launches" in log_text(first_log), "listening", first)

    # As the file manager does on a double-click: the program with the archive alone.
    second = subprocess.run(
        [*command(), str(archive)],
        env={**environment, "BIGJOURNAL_LOG_FILE": str(second_log)},
        capture_output=True,
        text=True,
        timeout=WAIT_SECONDS,
    )
    assert second.returncode == 0, second.stderr
    assert "handed over to the BigJournal already open" in log_text(second_log)
    assert "listening" not in log_text(second_log)  # it never became an app of its own
    wait_for(lambda: f"offered Import… for {archive}" in log_text(first_log), "Import…", first)
    assert first.poll() is None  # still running, with Import… open on its window

    # A copy that crashed leaves its socket file behind (Unix): the next launch must not
    # hand over to nobody, but start and offer the import itself.
    first.send_signal(signal.SIGKILL)
    first.wait(30)
    third = start([str(archive)], {**environment, "BIGJOURNAL_LOG_FILE": str(third_log)}, "third")
    try:
        wait_for(lambda: f"offered Import… for {archive}" in log_text(third_log), "Import…", third)
        assert "listening for later launches" in log_text(third_log)
    finally:
        third.kill()
        third.wait(30)
        QLocalServer.removeServer(single_instance.server_name(journal))  # killed: no clean-up


@pytest.fixture
def gui_preferences(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from bigjournal.gui import app as app_module

    monkeypatch.setattr(
        app_module,
        "preferences",
        lambda: QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat),
    )


def test_a_file_sent_by_finder_opens_import_like_a_second_launch(
    demo_template: Path, tmp_path: Path, qapp: Any, gui_preferences: None
) -> None:
    """macOS sends a double-clicked file as a QFileOpenEvent, even to the first launch,
    often before the journal is open: it is kept and Import… is offered once it is."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from bigjournal.exchange import export_archive
    from bigjournal.gui import app as app_module
    from bigjournal.gui.dialogs.import_archive import ImportArchiveDialog
    from bigjournal.store import open_journal

    journal = tmp_path / "journal.sqlite"
    shutil.copyfile(demo_template, journal)
    archive = tmp_path / "From Finder.bigjournal"
    with open_journal(demo_template, automatic_backups=False) as source:
        export_archive(source, archive, passphrase=None, unencrypted=True)

    seen: list[tuple[str, bool]] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, ImportArchiveDialog) and widget.isVisible():
                window = widget.parentWidget()
                seen.append((widget.ui.file_edit.text(), window.journal_actions is not None))
                timer.stop()
                widget.reject()
                window.close()
                QTimer.singleShot(0, lambda: QApplication.instance().exit(7))

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(look)
    timer.start()
    give_up = QTimer()  # never Import…: stop the app rather than hang the test run
    give_up.setSingleShot(True)
    give_up.setInterval(WAIT_SECONDS * 1000)
    give_up.timeout.connect(lambda: QApplication.instance().exit(1))
    give_up.start()
    # Delivered as soon as the app's event loop runs: before the journal is open.
    QApplication.postEvent(qapp, QFileOpenEvent(str(archive)))
    try:
        assert app_module.run_app(journal) == 7
    finally:
        timer.stop()
        give_up.stop()
    assert seen == [(str(archive), True)]


def test_switching_journals_moves_the_socket_to_the_journal_now_shown(
    demo_template: Path, tmp_path: Path, qapp: Any, gui_preferences: None
) -> None:
    """After File → Open another journal, a double-click for the first one must open
    it (not import into the other), and one for the new journal must come here."""
    from PySide6.QtCore import QTimer
    from PySide6.QtNetwork import QLocalSocket
    from PySide6.QtWidgets import QApplication

    from bigjournal.gui import app as app_module
    from bigjournal.gui.session import JournalSession

    first, second = tmp_path / "first.sqlite", tmp_path / "second.sqlite"
    shutil.copyfile(demo_template, first)
    shutil.copyfile(demo_template, second)

    def reachable(journal: Path) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(single_instance.server_name(journal))
        connected = socket.waitForConnected(2000)
        socket.abort()
        return connected

    seen: dict[str, bool] = {}

    def step() -> None:
        # Earlier tests' sessions stay children of the application, closed.
        opened = [s for s in qapp.findChildren(JournalSession) if s.journal is not None]
        if not opened:
            return
        session = opened[-1]
        if "before" not in seen:
            seen["before"] = reachable(first) and not reachable(second)
            session.switch_to(str(second))
        elif session.journal.path == second.resolve():
            seen["after"] = reachable(second) and not reachable(first)
            timer.stop()
            session.window.close()
            QTimer.singleShot(0, lambda: QApplication.instance().exit(7))

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(step)
    timer.start()
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.setInterval(WAIT_SECONDS * 1000)
    give_up.timeout.connect(lambda: QApplication.instance().exit(1))
    give_up.start()
    try:
        assert app_module.run_app(first) == 7
    finally:
        timer.stop()
        give_up.stop()
    assert seen == {"before": True, "after": True}
