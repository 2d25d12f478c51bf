"""Open a shared journal: checking the form, testing the connection, an unreachable
server (with the way to keep working here), and opening a real one (issue 8).

The password goes to the keyring (an in-memory one here), never to the preferences.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from PySide6.QtCore import Qt

from bigjournal.store import team
from tests.team.keyring_backends import MemoryKeyring


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def dialog(preferences: Any, qtbot: Any, memory_keyring: MemoryKeyring) -> Any:
    from bigjournal.gui.dialogs.open_shared import OpenSharedDialog

    made = OpenSharedDialog(preferences)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made
    if made.journal is not None:
        made.journal.close()


def fill(dialog: Any, host: str, port: str, database: str, login: str, password: str) -> None:
    ui = dialog.ui
    for edit, text in (
        (ui.host_edit, host),
        (ui.port_edit, port),
        (ui.database_edit, database),
        (ui.login_edit, login),
        (ui.password_edit, password),
    ):
        edit.setText(text)


def test_the_form_says_what_is_missing_at_the_field_to_fix(dialog: Any, qtbot: Any) -> None:
    fill(dialog, "", "", "millbrook_journal", "aisha", "")
    assert dialog.open_journal() is None
    assert dialog.ui.error_label.isVisible()
    assert "server's name or address" in dialog.ui.error_label.text()
    assert dialog.ui.host_edit.hasFocus()

    fill(dialog, "journal.example.org", "eighty", "millbrook_journal", "aisha", "")
    assert dialog.test_connection() is None
    assert "is not a port number" in dialog.ui.error_label.text()
    assert dialog.ui.port_edit.hasFocus()

    fill(dialog, "journal.example.org", "", "millbrook journal", "aisha", "")
    assert dialog.open_journal() is None
    assert "cannot contain spaces" in dialog.ui.error_label.text()
    assert dialog.ui.database_edit.hasFocus()
    assert dialog.isVisible()


def test_an_unreachable_server_is_explained_and_offers_to_keep_working_here(
    dialog: Any, qtbot: Any, closed_port: int, memory_keyring: MemoryKeyring, preferences: Any
) -> None:
    fill(dialog, "127.0.0.1", str(closed_port), "millbrook_journal", "aisha", "s3cret")
    worker = dialog.test_connection()
    assert worker is not None
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=15000)
    assert "✘" in dialog.ui.result_label.text()
    assert "could not be reached" in dialog.ui.result_label.text()

    dialog.open_journal()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=15000)
    problem = dialog.ui.error_label.text()
    assert "could not be reached" in problem and "journal on this computer" in problem
    assert dialog.cancel_button.text() == "Keep working on this computer"
    assert dialog.journal is None and dialog.isVisible()
    assert memory_keyring.secrets == {}  # a password is kept only once it has worked
    preferences.sync()
    saved = Path(preferences.fileName())
    assert not saved.exists() or "s3cret" not in saved.read_text(encoding="utf-8")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_a_shared_journal_opens_in_the_window_and_keeps_the_password_in_the_keyring(
    preferences: Any,
    qtbot: Any,
    memory_keyring: MemoryKeyring,
    fresh_postgres_url: str,
    tmp_path: Path,
) -> None:
    from sqlalchemy.engine import make_url

    from bigjournal.gui.session import JournalSession
    from bigjournal.store import open_journal

    session = JournalSession(preferences)
    window = session.show_window(open_journal(tmp_path / "mine.sqlite"))
    qtbot.waitExposed(window)
    url = make_url(fresh_postgres_url)
    dialog = session.open_shared_dialog()
    fill(dialog, url.host or "", str(url.port or ""), url.database or "", url.username or "", "")
    dialog.ui.password_edit.setText("not-needed-on-the-test-server")
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=15000)
    assert "✔" in dialog.ui.result_label.text(), dialog.ui.result_label.text()
    dialog.open_journal()
    qtbot.waitUntil(lambda: session.window is not window, timeout=15000)
    try:
        shared = session.journal
        assert isinstance(shared, team.TeamJournal)
        title = session.window.windowTitle()
        assert f"{url.database} on {url.host}:{url.port} (shared, as {url.username})" in title
        assert "postgresql" not in title
        where = team.ServerAddress.from_url(shared.target.url)
        assert memory_keyring.secrets == {
            (team.KEYRING_SERVICE, where.keyring_key): "not-needed-on-the-test-server"
        }
        preferences.sync()
        text = Path(preferences.fileName()).read_text(encoding="utf-8")
        assert "not-needed" not in text and url.database in text
        session.window.session_actions["backups"].trigger()
        backups = session.window.findChild(object, "BackupsDialog")
        # Backed up here as a logical dump; never restored over colleagues' work.
        assert backups.ui.back_up_button.isEnabled()
        assert not backups.ui.restore_button.isVisible()
    finally:
        session.window.close()
        session.close()
