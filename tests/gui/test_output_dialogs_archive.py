"""Export for a successor… and Import…: a real archive written and read through the dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox, QPushButton

from bigjournal.exchange import KeyStrength, export_archive
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.dialogs.export_archive import ExportArchiveDialog, passphrase_strength
from bigjournal.gui.dialogs.import_archive import OPEN_PAGE, PREVIEW_PAGE, ImportArchiveDialog
from bigjournal.journal import settings
from bigjournal.journal.organisations import list_organisations, organisation_detail
from bigjournal.journal.people import list_contacts
from tests.conftest import TODAY

FAST = KeyStrength(n=2**10)  # the real cost is the exchange layer's to test
PASSPHRASE = "the kettle is by the window"


def export_dialog(actions: Any, qtbot: Any) -> ExportArchiveDialog:
    dialog = ExportArchiveDialog(actions, strength=FAST)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def import_dialog(journal: Any, qtbot: Any, path: Path | None = None) -> ImportArchiveDialog:
    dialog = ImportArchiveDialog(JournalActions(journal, today=TODAY), path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_default_name_has_the_partnership_date_and_suffix(actions: Any, qtbot: Any) -> None:
    dialog = export_dialog(actions, qtbot)
    name = Path(dialog.ui.file_edit.text()).name
    assert name == "Millbrook Big Local journal 2026-06-15.bigjournal"
    assert dialog.locked and not dialog.ui.warning_label.isVisible()


def test_passphrases_must_match_and_be_long_enough(
    actions: Any, qtbot: Any, tmp_path: Path
) -> None:
    dialog = export_dialog(actions, qtbot)
    dialog.ui.file_edit.setText(str(tmp_path / "handover"))
    qtbot.keyClicks(dialog.ui.passphrase_edit, "short")
    assert dialog.ui.strength_label.text().startswith("Too short")
    assert dialog.export() is None
    assert "at least 8 characters" in dialog.ui.error_label.text()
    dialog.ui.passphrase_edit.setText(PASSPHRASE)
    assert dialog.ui.strength_label.text() == "Strong: good."
    dialog.ui.repeat_edit.setText(PASSPHRASE + "!")
    assert "not the same yet" in dialog.ui.strength_label.text()
    assert dialog.export() is None
    assert "not the same" in dialog.ui.error_label.text()
    assert list(tmp_path.glob("handover*")) == []


def test_strength_hints() -> None:
    assert passphrase_strength("").startswith("At least 8")
    assert passphrase_strength("aaaaaaaaaa").startswith("Weak")
    assert passphrase_strength("12345678901").startswith("Weak")
    assert passphrase_strength("tulips2026!").startswith("Weak")
    assert passphrase_strength("tulips in May!").startswith("Fair")
    assert passphrase_strength("our bench is by the pond") == "Strong: good."


def test_leaving_it_unencrypted_is_explicit_and_warned(
    actions: Any, qtbot: Any, tmp_path: Path
) -> None:
    dialog = export_dialog(actions, qtbot)
    dialog.ui.plain_radio.setChecked(True)
    assert dialog.ui.warning_label.isVisible()
    assert "personal data" in dialog.ui.warning_label.text()
    assert dialog.export_button.text() == "&Export unlocked"
    assert not dialog.ui.passphrase_edit.isEnabled()
    dialog.ui.file_edit.setText(str(tmp_path / "plain.bigjournal"))
    dialog.ui.private_notes_check.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        assert dialog.export() is not None
    assert dialog.summary is not None and not dialog.summary.encrypted
    assert dialog.summary.left_out == ("private-notes",)
    assert "NOT locked" in dialog.last_message


def test_export_then_import_into_an_empty_journal_reproduces_it(
    actions: Any, journal: Any, qtbot: Any, tmp_path: Path
) -> None:
    dialog = export_dialog(actions, qtbot)
    path = tmp_path / "handover.bigjournal"
    dialog.ui.file_edit.setText(str(path))
    qtbot.keyClicks(dialog.ui.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(dialog.ui.repeat_edit, PASSPHRASE)
    progress: list[str] = []
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        job = dialog.export()
        assert job is not None
        job.worker.signals.progressed.connect(lambda _d, _t, what: progress.append(what))
    assert path.exists() and dialog.summary is not None and dialog.summary.encrypted
    assert "locked with a passphrase" in dialog.last_message
    assert progress  # the worker reported its stages

    importer = import_dialog(journal, qtbot, path)
    assert importer.open_archive() is None  # locked: the passphrase is asked for first
    assert importer.ui.passphrase_edit.isVisible()
    assert "locked with a passphrase" in importer.ui.file_note_label.text()
    qtbot.keyClicks(importer.ui.passphrase_edit, PASSPHRASE)
    importer.open_archive()
    qtbot.waitUntil(lambda: importer.job is None, timeout=60_000)
    assert importer.ui.page_stack.currentIndex() == PREVIEW_PAGE
    assert importer.preview is not None and importer.preview.into_empty_journal
    assert "reproduce the journal" in importer.ui.summary_label.text()
    assert list_organisations(journal) == []  # nothing changes before Import
    rows = importer.ui.preview_table.rowCount()
    labels = [importer.ui.preview_table.item(r, 0).text() for r in range(rows)]
    assert "Organisations" in labels and "Contacts" in labels
    assert importer.next_button.text() == "&Import"

    changed: list[bool] = []
    importer.journal_actions.changed.connect(lambda: changed.append(True))
    importer.next_button.click()
    qtbot.waitUntil(lambda: importer.imported is not None, timeout=60_000)
    assert changed  # every view refreshes
    assert "Imported:" in importer.ui.summary_label.text()
    assert importer.next_button.isHidden()
    assert importer.cancel_button.text() == "&Close"
    assert [o.name for o in list_organisations(journal)] == [
        o.name for o in list_organisations(actions.journal)
    ]
    assert len(list_contacts(journal)) == len(list_contacts(actions.journal))
    assert settings.get_setting(journal, settings.PARTNERSHIP_NAME) == "Millbrook Big Local"
    first = list_organisations(journal)[0]
    assert organisation_detail(journal, first.id, today=TODAY).name == first.name


def test_a_wrong_passphrase_is_said_plainly_and_asked_again(
    demo_journal: Any, journal: Any, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "locked.bigjournal"
    export_archive(demo_journal, path, passphrase=PASSPHRASE, strength=FAST)
    importer = import_dialog(journal, qtbot, path)
    importer.open_archive()
    importer.ui.passphrase_edit.setText("the kettle is by the door")
    importer.next_button.click()
    qtbot.waitUntil(lambda: importer.job is None, timeout=60_000)
    message = importer.ui.error_label.text()
    assert importer.ui.error_label.isVisible() and "passphrase" in message.lower()
    assert "Traceback" not in message
    assert importer.ui.page_stack.currentIndex() == OPEN_PAGE
    assert importer.ui.passphrase_edit.text() == "" and importer.ui.passphrase_edit.isVisible()
    assert list_organisations(journal) == []
    importer.ui.passphrase_edit.setText(PASSPHRASE)
    importer.open_archive()
    qtbot.waitUntil(lambda: importer.job is None, timeout=60_000)
    assert importer.ui.page_stack.currentIndex() == PREVIEW_PAGE
    assert not importer.ui.error_label.isVisible()


def test_a_file_that_is_not_an_archive_changes_nothing(
    journal: Any, qtbot: Any, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.bigjournal"
    notes.write_text("minutes of the June meeting\n")
    importer = import_dialog(journal, qtbot, notes)
    assert importer.open_archive() is None
    assert "not" in importer.ui.error_label.text() and importer.ui.error_label.isVisible()
    assert importer.ui.page_stack.currentIndex() == OPEN_PAGE
    importer.ui.file_edit.setText(str(tmp_path / "missing.bigjournal"))
    importer.open_archive()
    assert importer.ui.error_label.isVisible()


def test_importing_into_the_same_journal_changes_nothing(
    demo_journal: Any, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "same.bigjournal"
    export_archive(demo_journal, path, passphrase=None, unencrypted=True)
    importer = import_dialog(demo_journal, qtbot, path)
    importer.open_archive()
    qtbot.waitUntil(lambda: importer.job is None, timeout=60_000)
    assert "nothing would change" in importer.ui.summary_label.text()
    assert not importer.next_button.isEnabled()
    assert importer.cancel_button.text() == "&Close"


def test_replacing_an_existing_file_is_asked_first(
    actions: Any, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "old.bigjournal"
    path.write_bytes(b"an older export")
    dialog = export_dialog(actions, qtbot)
    dialog.ui.file_edit.setText(str(path))
    dialog.ui.plain_radio.setChecked(True)
    assert dialog.export() is None
    box = next(b for b in dialog.findChildren(QMessageBox) if b.isVisible())
    assert "already exists" in box.text()
    box.findChild(QPushButton, "keep_button").click()
    del box
    qtbot.waitUntil(lambda: not dialog.findChildren(QMessageBox))  # let Qt delete it
    assert dialog.job is None
    assert path.read_bytes() == b"an older export"


def test_the_file_menu_offers_export_and_import(window: Any) -> None:
    texts = [a.text() for a in window.ui.menu_file.actions()]
    for wanted in (
        "&Briefing pack…",
        "&Export for a successor…",
        "&Import…",
        "Export contacts (&vCard)…",
        "Im&port contacts (vCard)…",
        "Export calendar (iC&alendar)…",
        "Export registers (&CSV)…",
    ):
        assert wanted in texts
