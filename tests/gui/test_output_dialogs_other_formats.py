"""vCard, iCalendar and CSV through their dialogs; the menu and tool-bar entry points."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog

from bigjournal.cli import _archive_to_open
from bigjournal.exchange import export_archive
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.dialogs.import_archive import PREVIEW_PAGE, ImportArchiveDialog
from bigjournal.gui.dialogs.other_formats import (
    CSV,
    ICAL,
    VCARD,
    ExportFileDialog,
    VCardImportDialog,
)
from bigjournal.gui.dialogs.output_menu import offer_import
from bigjournal.gui.dialogs.print_summary import PrintSummaryDialog
from bigjournal.journal.organisations import find_organisation
from bigjournal.journal.people import list_contacts
from tests.conftest import TODAY


def export_file_dialog(actions: Any, qtbot: Any, kind: str, path: Path) -> ExportFileDialog:
    dialog = ExportFileDialog(actions, kind)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.file_edit.setText(str(path))
    return dialog


def test_contacts_export_to_vcard_and_import_into_another_journal(
    actions: Any, journal: Any, qtbot: Any, tmp_path: Path
) -> None:
    out = tmp_path / "people"
    dialog = export_file_dialog(actions, qtbot, VCARD, out)
    assert dialog.default_name() == "Millbrook Big Local contacts.vcf"
    assert dialog.save()
    written = tmp_path / "people.vcf"
    current = [c for c in list_contacts(actions.journal) if c.left_on is None]
    assert written.read_text(encoding="utf-8").count("BEGIN:VCARD") == len(current)
    assert dialog.last_message.startswith(f"Wrote {len(current)} contacts")

    empty = JournalActions(journal, today=TODAY)
    importer = VCardImportDialog(empty, path=written)
    qtbot.addWidget(importer)
    importer.show()
    assert importer.plan is not None
    assert importer.plan.count("add") == 0  # no organisations in an empty journal yet
    assert "Skipped" in importer.ui.preview_table.item(0, 2).text()
    assert not importer.import_button.isEnabled()
    importer.ui.add_organisations_check.setChecked(True)  # re-plans at once
    assert importer.plan.count("add") == len(current)
    assert "Nothing has been changed yet" in importer.ui.summary_label.text()
    assert list_contacts(journal) == []
    changed: list[bool] = []
    empty.changed.connect(lambda: changed.append(True))
    importer.import_button.click()
    assert changed and importer.imported is not None
    assert len(list_contacts(journal)) == len(current)
    assert importer.ui.summary_label.text().startswith(f"Imported: {len(current)} added")


def test_a_file_that_is_not_vcard_is_a_plain_sentence(
    actions: Any, qtbot: Any, tmp_path: Path
) -> None:
    other = tmp_path / "minutes.vcf"
    other.write_text("Minutes of the June meeting\n")
    importer = VCardImportDialog(actions, path=other)
    qtbot.addWidget(importer)
    assert importer.plan is None
    assert "not a vCard file" in importer.ui.error_label.text()


def test_calendar_export_needs_something_ticked(actions: Any, qtbot: Any, tmp_path: Path) -> None:
    out = tmp_path / "calendar.ics"
    dialog = export_file_dialog(actions, qtbot, ICAL, out)
    dialog.meetings_check.setChecked(False)
    dialog.promises_check.setChecked(False)
    assert not dialog.save()
    assert "Please tick" in dialog.ui.error_label.text() and not out.exists()
    dialog.meetings_check.setChecked(True)
    assert dialog.save()
    text = out.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR") and dialog.written == text.count("BEGIN:VEVENT")


def test_a_register_to_csv_follows_the_chosen_register(
    actions: Any, qtbot: Any, tmp_path: Path
) -> None:
    dialog = export_file_dialog(actions, qtbot, CSV, tmp_path / "x.csv")
    dialog.register_combo.setCurrentIndex(dialog.register_combo.findData("organisations"))
    path = Path(dialog.ui.file_edit.text())
    assert path.parent == tmp_path
    assert path.name == "Millbrook Big Local organisations 2026-06-15.csv"
    assert dialog.save()
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) - 1 == dialog.written > 0
    assert "organisations register" in dialog.last_message


def test_print_summary_from_the_organisation_tool_bar(window: Any, qtbot: Any) -> None:
    action = window.output_actions["action_print_summary"]
    assert not action.isEnabled()  # nothing chosen yet
    found = find_organisation(window.journal_actions.journal, "Ashford Vale Borough Council")
    window.open_record("organisation", found.id)
    assert action.isEnabled()
    action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, PrintSummaryDialog)
    assert dialog.organisation_id == found.id and dialog.isVisible()
    dialog.reject()


def test_every_file_action_opens_its_dialog(window: Any) -> None:
    for name, action in window.output_actions.items():
        if name == "action_print_summary":
            continue
        action.trigger()
        assert isinstance(window.dialog, QDialog) and window.dialog.isVisible(), name
        window.dialog.reject()


def test_opening_the_app_with_an_archive_offers_the_import(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    assert _archive_to_open(["handover.bigjournal"]) == "handover.bigjournal"
    assert _archive_to_open(["export", "-o", "x.bigjournal"]) is None
    assert _archive_to_open([]) is None
    path = tmp_path / "handover.bigjournal"
    export_archive(window.journal_actions.journal, path, passphrase=None, unencrypted=True)
    dialog = offer_import(window, path)
    assert isinstance(dialog, ImportArchiveDialog)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60_000)
    assert dialog.ui.page_stack.currentIndex() == PREVIEW_PAGE
    assert "nothing would change" in dialog.ui.summary_label.text()
    dialog.reject()
