"""Unexpected errors reach the log with their traceback, and the volunteer in plain words."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from bigjournal import diagnostics
from bigjournal.errors import JournalError, UnexpectedError
from bigjournal.gui.error_channel import ErrorChannel
from bigjournal.gui.worker import Worker


@pytest.fixture
def error_log() -> Iterator[Path]:
    """The rotating log in this test's own user folders."""
    path = diagnostics.set_up()
    assert path is not None
    yield path
    diagnostics.shut_down()


def open_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def close_boxes() -> None:
    for box in open_boxes():
        box.button(QMessageBox.StandardButton.Ok).click()


def test_a_failing_refresh_shows_a_banner_on_its_page_and_logs_the_traceback(
    window: Any, qtbot: Any, error_log: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = window.show_view(3)  # Meetings
    calls = {"n": 0}
    real_refresh = type(view).refresh

    def broken_refresh(self: Any) -> None:
        calls["n"] += 1
        raise KeyError("meeting_rows_broken_on_purpose")

    monkeypatch.setattr(type(view), "refresh", broken_refresh)
    window.ui.action_refresh.trigger()
    banner = view.problem_banner()
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    assert "could not be read" in banner.label.text()
    assert banner.details_button.isVisible()
    logged = error_log.read_text("utf-8")
    assert "KeyError: 'meeting_rows_broken_on_purpose'" in logged
    assert "broken_refresh" in logged  # the traceback, not only the type's name
    assert "reading the Meetings page" in logged

    banner.details_button.click()
    assert "meeting_rows_broken_on_purpose" in QGuiApplication.clipboard().text()

    monkeypatch.setattr(type(view), "refresh", real_refresh)
    banner.retry_button.click()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10_000)
    assert calls["n"] >= 1


def test_a_journal_error_in_a_refresh_is_its_own_sentence_without_details(
    window: Any, qtbot: Any, error_log: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = window.show_view(2)  # Contacts

    def lost_server(self: Any) -> None:
        raise JournalError("The journal's server did not answer. Check the network.")

    monkeypatch.setattr(type(view), "refresh", lost_server)
    window.ui.action_refresh.trigger()
    banner = view.problem_banner()
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    assert "did not answer" in banner.label.text()
    assert not banner.details_button.isVisible()
    assert "did not answer" not in error_log.read_text("utf-8")  # explained, not a bug


def test_a_list_that_fails_to_read_its_next_page_says_so_on_its_page(
    window: Any, qtbot: Any, error_log: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt asks a paged list for more rows by itself (scrolling, laying out): a damaged
    file met there reached nobody, and the next test's window took the exception."""
    from bigjournal.errors import JournalReadError

    view = window.show_view(4)  # Promises
    model = view.model
    reads = model._fetch_page

    def damaged(_after: Any, _limit: int) -> list[Any]:
        raise JournalReadError("The journal could not be read (the disk image is malformed).")

    monkeypatch.setattr(model, "_fetch_page", damaged)
    model.reload()  # as a refresh does; scrolling asks through fetchMore the same way
    banner = view.problem_banner()
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    assert "malformed" in banner.label.text()
    assert not model.canFetchMore()  # it stops asking until "Try again"
    monkeypatch.setattr(model, "_fetch_page", reads)  # the file is sound again
    banner.retry_button.click()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10_000)
    assert model.rowCount() > 0


def test_a_worker_keeps_the_traceback_of_a_bug_and_the_dialog_offers_it(
    qtbot: Any, qapp: Any, error_log: Path
) -> None:
    from bigjournal.gui.errors import show_error

    def job(_progress: Any) -> None:
        raise ZeroDivisionError("worker_divided_by_zero")

    worker = Worker(job)
    failures: list[Exception] = []
    worker.signals.failed.connect(failures.append)
    with qtbot.waitSignal(worker.signals.finished, timeout=30_000):
        worker.start()
    assert len(failures) == 1 and isinstance(failures[0], UnexpectedError)
    error = failures[0]
    assert "worker_divided_by_zero" not in str(error)  # the sentence is plain
    assert "worker_divided_by_zero" in error.details and "in job" in error.details
    assert "ZeroDivisionError: worker_divided_by_zero" in error_log.read_text("utf-8")

    box = show_error(None, error, "Not finished")
    qtbot.addWidget(box)
    copy = box.findChild(QPushButton, "copy_details_button")
    assert copy is not None and box.findChild(QPushButton, "open_log_folder_button") is not None
    copy.click()
    assert box.isVisible()  # copying does not close the box
    assert "worker_divided_by_zero" in QGuiApplication.clipboard().text()
    box.close()


class _Trigger(QObject):
    fired = Signal()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_or_a_thread_reaches_the_log_and_a_dialog(
    qtbot: Any, qapp: Any, error_log: Path
) -> None:
    channel = ErrorChannel(qapp)
    channel.install()
    try:
        trigger = _Trigger()

        def broken_slot() -> None:
            raise ValueError("slot_went_wrong")

        trigger.fired.connect(broken_slot)
        QTimer.singleShot(0, trigger.fired.emit)
        qtbot.waitUntil(lambda: bool(open_boxes()), timeout=10_000)
        box = open_boxes()[0]
        assert "Something went wrong inside BigJournal" in box.text()
        assert "slot_went_wrong" in box.detailedText()
        close_boxes()

        def broken_thread() -> None:
            raise RuntimeError("thread_went_wrong")

        thread = threading.Thread(target=broken_thread, name="checker")
        thread.start()
        thread.join(timeout=30)
        qtbot.waitUntil(lambda: bool(open_boxes()), timeout=10_000)
        assert "thread_went_wrong" in open_boxes()[0].detailedText()
        close_boxes()
    finally:
        channel.uninstall()
    logged = error_log.read_text("utf-8")
    assert "ValueError: slot_went_wrong" in logged and "broken_slot" in logged
    assert "background thread checker" in logged and "RuntimeError: thread_went_wrong" in logged


def test_the_log_and_reports_hold_no_passwords_or_sql_values(error_log: Path, tmp_path: Path):
    try:
        raise RuntimeError(
            "could not connect to postgresql+psycopg://aisha:s3cret-pw@journal.example.org/j\n"
            "[SQL: INSERT INTO contacts (name, phone) VALUES (?, ?)]\n"
            "[parameters: ('Gareth Lloyd', '07700 900123')]\n"
            "(Background on this error at: https://sqlalche.me/e/20/gkpj)"
        )
    except RuntimeError as error:
        details = diagnostics.log_unexpected(error, "a test")
    crash = diagnostics.crash_report(details)
    assert crash is not None
    report = diagnostics.gather_report(tmp_path / "report.zip")
    import zipfile

    with zipfile.ZipFile(report) as archive:
        gathered = "".join(archive.read(name).decode() for name in archive.namelist())
    for text in (details, error_log.read_text("utf-8"), crash.read_text("utf-8"), gathered):
        assert "s3cret-pw" not in text and "07700 900123" not in text
        assert "Gareth Lloyd" not in text
        assert "aisha:***@journal.example.org" in text
        assert "INSERT INTO contacts" in text  # the statement itself helps whoever fixes it
    assert (error_log.stat().st_mode & 0o777) == 0o600
    assert (crash.stat().st_mode & 0o777) == 0o600
    assert (error_log.parent.stat().st_mode & 0o777) == 0o700


def test_report_a_problem_gathers_the_log_into_one_file(
    window: Any, qtbot: Any, error_log: Path, tmp_path: Path
) -> None:
    diagnostics.logger().error("a remembered failure")
    target = tmp_path / "for-the-helper.zip"
    saved = window.report_problem(target)
    import zipfile

    assert saved == target
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        assert "about.txt" in names and diagnostics.LOG_NAME in names
        assert "a remembered failure" in archive.read(diagnostics.LOG_NAME).decode()
