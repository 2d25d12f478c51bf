"""The Backups window: listed newest first, "Back up now" in a worker, and restoring one
(the current journal set aside, never deleted; the window reopened on the backup)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from bigjournal.journal.people import find_contact, list_contacts
from bigjournal.store import backup, open_journal
from tests.conftest import TODAY


@pytest.fixture
def session(preferences: Any, qapp: Any) -> Any:
    from bigjournal.gui.session import JournalSession

    made = JournalSession(preferences, today=TODAY)
    yield made
    if made.window is not None:
        made.window.close()
    made.close()


@pytest.fixture
def opened(session: Any, demo_template: Path, tmp_path: Path, qtbot: Any) -> Any:
    """The demo journal in a window, with the backup at opening already made."""
    path = tmp_path / "Millbrook.sqlite"
    shutil.copyfile(demo_template, path)
    window = session.show_window(session.open(path))
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: bool(backup.list_backups(path)), timeout=20000)
    qtbot.waitUntil(lambda: session.backup_worker is None, timeout=20000)
    return window


def click(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_backups_are_listed_newest_first_and_back_up_now_adds_one(
    session: Any, opened: Any, qtbot: Any
) -> None:
    opened.session_actions["backups"].trigger()
    dialog = opened.findChild(object, "BackupsDialog")
    assert dialog is not None and dialog.isVisible()
    table = dialog.ui.backup_table
    assert table.rowCount() == 1
    assert table.item(0, 3).text() == "opened after changes"
    assert int(table.item(0, 1).text().replace(",", "")) > 100  # the demo's records
    assert "contacts:" in table.item(0, 1).toolTip()

    click(qtbot, dialog.ui.back_up_button)
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=20000)
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=20000)
    assert table.item(0, 3).text() == "Back up now"
    listed = backup.list_backups(session.journal.path)
    assert [info.made_at for info in listed] == sorted(
        (info.made_at for info in listed), reverse=True
    )
    assert "2 backups" in dialog.ui.footer_label.text()


def test_restoring_sets_the_journal_aside_and_reopens_the_window_on_the_backup(
    session: Any, opened: Any, qtbot: Any
) -> None:
    journal = session.journal
    path = journal.path
    everyone = len(list_contacts(journal))
    gareth = find_contact(journal, "Gareth Lloyd")
    opened.journal_actions.delete("contact", gareth.id)  # a mistake…
    assert len(list_contacts(journal)) == everyone - 1

    opened.session_actions["backups"].trigger()
    dialog = opened.findChild(object, "BackupsDialog")
    click(qtbot, dialog.ui.restore_button)
    box = next(b for b in dialog.findChildren(QMessageBox) if b.isVisible())
    assert "set aside" in box.text() and "not deleted" in box.text()
    click(qtbot, box.findChild(QPushButton, "confirm_button"))

    qtbot.waitUntil(lambda: session.window is not opened)
    restored = session.journal
    assert restored is not journal and journal.closed
    assert len(list_contacts(restored)) == everyone
    assert session.window.isVisible() and not opened.isVisible()
    assert "Restored the backup from" in session.window.statusBar().currentMessage()
    kept = path.with_name(f"{path.name}.before-restore")
    assert kept.exists()  # the journal with the mistake, kept
    with open_journal(kept, automatic_backups=False) as before:
        assert len(list_contacts(before)) == everyone - 1


def test_a_shared_journal_is_backed_up_here_and_says_how_to_bring_records_back(
    qapp: Any, qtbot: Any, postgres_server: Any, postgres_demo_template: str, tmp_path: Path
) -> None:
    from bigjournal.gui.dialogs.backups import SHARED, BackupsDialog
    from bigjournal.store.team import open_team_journal

    name = postgres_server.new_database_name("window")
    url = postgres_server.create_database(name, template=postgres_demo_template)
    try:
        with open_team_journal(url) as shared:
            dialog = BackupsDialog(shared)
            qtbot.addWidget(dialog)
            dialog.show()
            assert dialog.ui.intro_label.text() == SHARED
            assert "File → Import…" in SHARED
            assert not dialog.ui.restore_button.isVisible()
            assert dialog.ui.backup_table.rowCount() == 0
            worker = dialog.back_up_now()
            qtbot.waitUntil(lambda: dialog.worker is None, timeout=30000)
            assert worker is not None
            assert dialog.ui.backup_table.rowCount() == 1
            assert dialog.ui.footer_label.text().startswith("Backup made:")
            made = backup.list_backups(url)[0]
            assert made.is_archive and made.path.name in dialog.ui.footer_label.text()
            dialog.ask_to_restore()  # nothing to confirm: never replaced from here
            assert not [w for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox)]
            dialog.close()
    finally:
        postgres_server.drop_database(name)


def test_an_observer_is_told_why_there_is_no_backup(
    qapp: Any, qtbot: Any, postgres_server: Any, postgres_demo_template: str
) -> None:
    from bigjournal.gui.dialogs.backups import BackupsDialog
    from bigjournal.store.team import open_team_journal

    name = postgres_server.new_database_name("observer")
    postgres_server.create_database(name, template=postgres_demo_template)
    postgres_server.admin(
        "DO $$ BEGIN CREATE ROLE onlooker LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$"
    )
    postgres_server.admin("GRANT SELECT ON ALL TABLES IN SCHEMA public TO onlooker", database=name)
    try:
        with open_team_journal(postgres_server.url(name, user="onlooker")) as observer:
            dialog = BackupsDialog(observer)
            qtbot.addWidget(dialog)
            dialog.show()
            dialog.back_up_now()
            qtbot.waitUntil(lambda: dialog.worker is None, timeout=30000)
            shown = dialog.ui.error_label.text()
            assert "No backup was made: “onlooker” may read this shared journal" in shown
            assert dialog.ui.error_label.isVisible()
            assert dialog.ui.backup_table.rowCount() == 0
            assert backup.list_backups(postgres_server.url(name, user="onlooker")) == []
            dialog.close()
    finally:
        postgres_server.drop_database(name)
