"""Save a PNG of every view and dialog of the app on the demo journal.

Run from the repository root, under a virtual X server so real fonts are used, once
for each screen volunteers have (the window and dialogs fill or fit the screen given):

    xvfb-run -a -s "-screen 0 1366x768x24" python docs/screenshots/take.py
    BIGJOURNAL_SHOTS=1024x600 xvfb-run -a -s "-screen 0 1024x600x24" \
        python docs/screenshots/take.py
    BIGJOURNAL_SHOTS=150-percent QT_SCALE_FACTOR=1.5 \
        xvfb-run -a -s "-screen 0 1366x768x24" python docs/screenshots/take.py

The first writes here; ``BIGJOURNAL_SHOTS`` names a folder beside this file instead.

The demo journal is built in a temporary folder with a fixed "today", so the
pictures only change when the app does. Look at every one after a change to a form.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

TODAY = date(2026, 6, 15)
#: The main window's size: the whole screen (set in main, from the screen there is).
SIZE = (1280, 760)
OUT = HERE / os.environ["BIGJOURNAL_SHOTS"] if os.environ.get("BIGJOURNAL_SHOTS") else HERE


def within_screen(width: int, height: int) -> tuple[int, int]:
    """A dialog's size for the picture, no larger than the screen it is taken on."""
    return min(width, SIZE[0]), min(height, SIZE[1])


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, name: str, app: QApplication) -> None:
    settle(app)
    OUT.mkdir(exist_ok=True)
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(f"saved {path.relative_to(HERE.parents[1])}")


def main() -> int:
    from bigjournal.gui.app import make_application

    app = make_application([sys.argv[0]])
    global SIZE
    screen = app.primaryScreen().availableGeometry()
    SIZE = (screen.width(), screen.height())
    from bigjournal.gui import text_size
    from bigjournal.gui.actions import JournalActions
    from bigjournal.gui.dialogs.first_run import FirstRunDialog
    from bigjournal.gui.dialogs.handover import HandoverDialog
    from bigjournal.gui.main_window import MainWindow
    from bigjournal.journal.demo import build_demo
    from bigjournal.journal.people import find_contact, find_member, list_contacts
    from bigjournal.journal.promises import list_promises
    from bigjournal.model.vocabulary import Side
    from bigjournal.store import open_journal

    folder = Path(tempfile.mkdtemp(prefix="bigjournal-screens-"))
    os.environ["XDG_STATE_HOME"] = str(folder / "state")  # drafts of forms: not the user's
    journal = open_journal(folder / "Millbrook journal.sqlite")
    build_demo(journal, today=TODAY)
    preferences = QSettings(str(folder / "gui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(None, preferences)  # as at start-up: painted before the journal
    window.resize(*SIZE)
    window.show()
    save(window, "0-opening-your-journal", app)
    window.attach(JournalActions(journal, today=TODAY))
    settle(app)

    names = ["today", "organisations", "contacts", "meetings", "promises"]
    for number, name in enumerate(names):
        window.show_view(number)
        save(window, f"{number + 1}-{name}", app)

    window.search_edit.setText("lighting")
    window.run_search()
    save(window, "6-search", app)
    issue_21_views(window, journal, app)

    dialog = window.log_meeting()
    dialog.resize(*within_screen(860, 720))
    dialog.ui.organisations_edit.setText("Highways and Streetscene; ")
    dialog.ui.contacts_edit.setText("Øyvind Hansen (Highways and Streetscene); ")
    dialog.ui.members_edit.setText("Tom Kowalski; Aisha Rahman; ")
    dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findText("Walkabout"))
    dialog.ui.notes_edit.setPlainText(
        "Walked Mill Lane and the footpath to the station with Øyvind. Three streetlights "
        "out by the kissing gate; the council's contractor is due next month."
    )
    dialog.ui.decisions_edit.setPlainText("Report the lights together; ask for a date in writing.")
    first = dialog.add_promise_row()
    first.fill(
        Side.THEIRS, "Øyvind Hansen (Highways and Streetscene)", "Repair the three lights", "2w"
    )
    second = dialog.add_promise_row()
    second.fill(Side.OURS, "Tom Kowalski", "Send residents' photos of the dark spots", "friday")
    save(dialog, "7-log-a-meeting", app)
    second.ui.due_edit.setText("1/1/2020")
    dialog.save()
    save(dialog, "8-log-a-meeting-problem", app)
    meeting_editors(window, dialog, journal, app)

    promise = next(p for p in list_promises(journal, status="open") if p.due_on)
    status = window.change_status(promise)
    status.ui.note_edit.setPlainText("Delivered at the June meeting.")
    save(status, "9-promise-status", app)
    status.reject()

    window.open_record("contact", find_contact(journal, "Gareth Lloyd").id)
    save(window, "10-contact-detail", app)
    leaving = window.start_leaving(find_contact(journal, "Fiona Marsh").id)
    assert isinstance(leaving, HandoverDialog)
    leaving.ui.went_to_edit.setText("Kentshire County Council, adult learning")
    leaving.ui.successor_edit.setText("Наталья Иванова (Millbrook College)")
    leaving.ui.notes_edit.setPlainText(
        "Natalya already runs the café with us. The joint-working agreement is in the "
        "shared folder; the funding question is the one to raise first."
    )
    leaving.decide(0, "move")
    save(leaving, "11-handover-decide-every-promise", app)
    leaving.decide(1, "close", "The room booking is no longer needed.")
    save(leaving, "11-handover", app)
    leaving.save()
    leaving.accept()
    restructure = window.several_left(
        [c for c in list_contacts(journal, include_left=False) if c.name == "Karen Booth"]
    )
    assert restructure is not None
    restructure.save()  # a post left vacant for now, so Today shows it waiting
    restructure.accept()
    window.show_view(0)
    save(window, "26-today-handovers-and-risks", app)
    members = window.show_members()
    members.select_member(find_member(journal, "Tom Kowalski").id)
    save(members, "27-members", app)
    stepping = members.steps_down()
    assert stepping is not None
    save(stepping, "28-stepping-down", app)
    stepping.reject()
    members.reject()

    window.meetings_view.delete_selected()
    settle(app)
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    save(box, "12-delete-asks-first", app)
    box.reject()

    empty = open_journal(folder / "new.sqlite")
    welcome = FirstRunDialog(empty)
    welcome.show()
    save(welcome, "13-first-run", app)
    welcome.reject()

    output_dialogs(window, journal, folder, app)
    record_editors(window, folder, app)

    # Safety: backups, a damaged journal, a shared journal, a conflict (issues 7 and 8).
    from datetime import UTC, datetime, timedelta

    from bigjournal.errors import DamagedJournalError
    from bigjournal.gui.dialogs.backups import BackupsDialog
    from bigjournal.gui.dialogs.open_shared import OpenSharedDialog
    from bigjournal.gui.session import damaged_journal_box
    from bigjournal.journal.people import contact_detail, update_contact
    from bigjournal.store import backup

    os.environ["XDG_DATA_HOME"] = str(folder / "data")  # backups, not in the real folder
    made = datetime(2026, 6, 15, 9, 5, tzinfo=UTC)
    backup.backup_file(journal.path, reason="opened", now=made - timedelta(days=1))
    backup.backup_file(journal.path, reason="closed after changes", now=made)
    backups = BackupsDialog(journal, window)
    backups.show()
    save(backups, "29-backups", app)
    backups.reject()

    damaged = damaged_journal_box(
        DamagedJournalError(
            "“Millbrook journal.sqlite” is damaged and cannot be opened (it is 40,960 "
            "bytes shorter than it should be, as if cut off).",
            set_aside_as=folder / "Millbrook journal.sqlite.damaged",
            backup_path=folder / "backup.sqlite",
            backup_made_at=made,
        )
    )
    damaged.show()
    save(damaged, "30-damaged-journal", app)
    damaged.done(0)

    shared = OpenSharedDialog(None, window)
    shared.ui.host_edit.setText("journal.millbrook.org")
    shared.ui.database_edit.setText("millbrook_journal")
    shared.ui.login_edit.setText("aisha")
    shared.ui.password_edit.setText("password")
    from bigjournal.store.team import WORK_LOCALLY, ServerUnreachableError

    shared._problem(
        ServerUnreachableError(
            "The shared journal's server (journal.millbrook.org) could not be reached: "
            f"nothing answered. Check this computer's network connection and the address. "
            f"{WORK_LOCALLY}"
        )
    )
    shared.show()
    save(shared, "31-open-shared-journal", app)
    shared.reject()

    gareth = find_contact(journal, "Gareth Lloyd").id
    window.open_record("contact", gareth)
    stale = contact_detail(journal, gareth).contact
    with open_journal(journal.path, automatic_backups=False) as colleague:
        update_contact(colleague, gareth, {"role": "Head of Communities", "phone": "01632 960 500"})
    window.journal_actions.update(
        "contact",
        gareth,
        {"role": "Community Safety Lead", "phone": "01632 960 123"},
        {"role": stale.role, "phone": stale.phone},
        expected_version=stale.version,
    )
    conflict = window.dialog
    assert conflict is not None
    save(conflict, "32-conflict", app)
    conflict.reject()

    window.show_view(2)  # Contacts: F1 opens the guide at its section
    guide = window.show_help()
    guide.resize(*within_screen(760, 700))
    guide.show_section("Contacts")
    save(guide, "68-user-guide-at-contacts", app)
    guide.close()

    text_size.apply_scale(app, 150)
    window.set_text_scale(150)
    window.show_view(0)
    save(window, "14-today-at-150-percent", app)
    larger = window.log_meeting()
    larger.resize(*within_screen(1100, 760))
    larger.add_promise_row().fill(Side.THEIRS, "", "Repair the three lights", "2w")
    save(larger, "15-log-a-meeting-at-150-percent", app)
    larger.discard()
    window.set_text_scale(100)

    window.close()
    journal.close()
    empty.close()
    app.processEvents()
    return 0


def issue_21_views(window: Any, journal: Any, app: QApplication) -> None:
    """The map, topics, outcomes and the note of a meeting (issue 21)."""
    from bigjournal.gui.main_window import MAP, TOPICS
    from bigjournal.journal.meetings import list_meetings
    from bigjournal.journal.organisations import find_organisation
    from bigjournal.model.vocabulary import Beneficiary, OutcomeKind

    window.show_view(MAP)
    settle(app)
    save(window, "70-map", app)
    window.show_view(TOPICS)
    settle(app)
    save(window, "71-topics", app)
    homes = find_organisation(journal, "Riverside Homes")
    window.open_record("organisation", homes.id)
    settle(app)
    save(window, "72-organisation-outcomes", app)
    window.organisations_view.action_outcome.trigger()
    outcome = window.dialog
    outcome.choose(Beneficiary.AREA, OutcomeKind.FUNDING_LEVERAGED)
    outcome.title_edit.setText("Grant for the estate's community garden")
    outcome.amount_edit.setText("£4,800")
    save(outcome, "73-record-an-outcome", app)
    outcome.discard()
    held = next(m for m in list_meetings(journal) if not m.is_planned)
    note = window.note_of_meeting(held.id)
    assert note is not None
    settle(app)
    save(note, "74-note-of-the-meeting", app)
    note.reject()


def meeting_editors(window: Any, dialog: Any, journal: Any, app: QApplication) -> None:
    """Quick add from Log a meeting, "Discard this meeting?", and the meeting and
    promise editors (``dialog`` is a filled-in Log a meeting; it is discarded)."""
    from bigjournal.journal.meetings import list_meetings
    from bigjournal.journal.promises import list_promises

    dialog.rows[1].ui.due_edit.setText("friday")
    dialog.save()  # the problem shown before is gone
    dialog.ui.contacts_edit.setText("Øyvind Hansen (Highways and Streetscene); Sam Okoye")
    dialog._update_offers()
    save(dialog, "33-log-a-meeting-someone-new", app)
    quick = dialog.offer_new("contact")
    quick.ui.role_edit.setText("Street lighting engineer")
    save(quick, "34-quick-add-contact", app)
    quick.done(0)
    dialog.reject()
    save(dialog.discard_question, "35-discard-this-meeting", app)
    dialog.discard_question.done(0)
    dialog.discard()

    happened = next(m for m in list_meetings(journal) if not m.is_planned)
    editor = window.edit_meeting(happened.id)
    save(editor, "36-edit-meeting", app)
    editor.done(0)
    entered = window.new_promise()
    entered.ui.what_edit.setText("Clear the brambles on the towpath")
    entered.ui.made_by_edit.setText("Gareth Lloyd (Community Development Team)")
    entered.ui.due_edit.setText("2w")
    entered.ui.status_combo.setCurrentIndex(entered.ui.status_combo.findText("Kept"))
    entered.ui.note_edit.setPlainText("The rangers cleared it a week late.")
    save(entered, "37-new-promise-already-kept", app)
    entered.done(0)
    promise = next(p for p in list_promises(journal, status="open") if p.due_on)
    corrected = window.edit_promise(promise)
    save(corrected, "38-edit-promise", app)
    corrected.done(0)


def wait_for(dialog: QWidget, app: QApplication) -> None:
    """Let a dialog's worker finish (its ``job`` goes back to None)."""
    import time

    deadline = time.monotonic() + 60
    while getattr(dialog, "job", None) is not None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    settle(app)


def output_dialogs(window: QWidget, journal: object, folder: Path, app: QApplication) -> None:
    """Printing and exchange: summary, pack, export, import, and the other formats."""
    from bigjournal.exchange import KeyStrength, export_archive
    from bigjournal.gui.actions import JournalActions
    from bigjournal.gui.dialogs.import_archive import ImportArchiveDialog
    from bigjournal.gui.dialogs.other_formats import VCardImportDialog
    from bigjournal.journal.organisations import find_organisation
    from bigjournal.store import open_journal

    actions = window.output_actions  # type: ignore[attr-defined]
    found = find_organisation(journal, "Ashford Vale Borough Council")  # type: ignore[arg-type]
    window.open_record("organisation", found.id)  # type: ignore[attr-defined]
    actions["action_print_summary"].trigger()
    save(window.dialog, "16-print-summary", app)  # type: ignore[attr-defined]
    window.dialog.reject()  # type: ignore[attr-defined]

    actions["action_briefing_pack"].trigger()
    pack = window.dialog  # type: ignore[attr-defined]
    pack.ui.recipient_edit.setText("Gareth Lloyd")
    save(pack, "17-briefing-pack", app)
    pack.reject()

    actions["action_export_archive"].trigger()
    export = window.dialog  # type: ignore[attr-defined]
    export.ui.passphrase_edit.setText("the kettle is by the window")
    export.ui.repeat_edit.setText("the kettle is by the window")
    export.ui.private_notes_check.setChecked(True)
    save(export, "18-export-for-a-successor", app)
    export.ui.plain_radio.setChecked(True)
    save(export, "19-export-unencrypted-warns", app)
    export.reject()

    locked = folder / "Millbrook Big Local journal 2026-06-15.bigjournal"
    export_archive(
        journal,  # type: ignore[arg-type]
        locked,
        passphrase="the kettle is by the window",
        strength=KeyStrength(n=2**10),
    )
    plain = folder / "plain.bigjournal"
    export_archive(journal, plain, passphrase=None, unencrypted=True)  # type: ignore[arg-type]
    empty = open_journal(folder / "successor.sqlite")
    successor = JournalActions(empty, today=TODAY)
    importer = ImportArchiveDialog(successor, window, path=locked)
    importer.show()
    importer.open_archive()
    importer.ui.passphrase_edit.setText("the kettle")
    importer.open_archive()
    wait_for(importer, app)
    save(importer, "20-import-wrong-passphrase", app)
    importer.ui.passphrase_edit.setText("the kettle is by the window")
    importer.open_archive()
    wait_for(importer, app)
    save(importer, "21-import-preview-into-empty-journal", app)
    importer.reject()
    importer = ImportArchiveDialog(JournalActions(journal, today=TODAY), window, path=plain)  # type: ignore[arg-type]
    importer.show()
    importer.open_archive()
    wait_for(importer, app)
    save(importer, "22-import-preview-nothing-changes", app)
    importer.reject()

    actions["action_export_csv"].trigger()
    save(window.dialog, "23-export-registers-csv", app)  # type: ignore[attr-defined]
    window.dialog.reject()  # type: ignore[attr-defined]
    actions["action_export_ical"].trigger()
    save(window.dialog, "24-export-calendar", app)  # type: ignore[attr-defined]
    window.dialog.reject()  # type: ignore[attr-defined]

    from bigjournal.exchange.vcard import export_vcards

    cards = folder / "phone.vcf"
    export_vcards(journal, cards)  # type: ignore[arg-type]
    text = cards.read_text(encoding="utf-8").replace("Gareth Lloyd", "Gareth Lloyd-Jones")
    cards.write_text(
        text + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Priya Shah\r\nORG:Millbrook College\r\n"
        "TITLE:Community liaison\r\nTEL:01632 960 417\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    vcards = VCardImportDialog(window.journal_actions, window, path=cards)  # type: ignore[attr-defined]
    vcards.show()
    save(vcards, "25-import-contacts-vcard", app)
    vcards.reject()
    empty.close()


def record_editors(window: Any, folder: Path, app: QApplication) -> None:
    """Issue 14: the first run's steps, the empty views, and the record editors."""
    from PySide6.QtCore import Qt

    from bigjournal.gui.actions import JournalActions
    from bigjournal.gui.dialogs.editing import choose
    from bigjournal.gui.dialogs.first_run import ORGANISATION, FirstRunDialog
    from bigjournal.gui.main_window import CONTACTS, ORGANISATIONS, MainWindow
    from bigjournal.journal.organisations import find_organisation
    from bigjournal.store import open_journal

    # Correcting the demo: every field of a council, and a name already there.
    council = find_organisation(window.journal_actions.journal, "Ashford Vale Borough Council")
    editor = window.edit_organisation(council.id)
    save(editor, "60-edit-organisation", app)
    editor.reject()
    editor = window.new_organisation()
    editor.ui.name_edit.setText("ashford vale borough council")
    editor.save()
    settle(app)
    box = next(b for b in editor.findChildren(QMessageBox) if b.isVisible())
    save(box, "61-already-in-the-journal", app)
    box.reject()
    editor.reject()

    # The first morning: an empty journal's steps, then its empty views.
    fresh = open_journal(folder / "first-morning.sqlite")
    welcome = FirstRunDialog(fresh, today=TODAY)
    welcome.show()
    welcome.ui.partnership_name_edit.setText("Eastfield Tenants Forum")
    welcome.start()
    for name, role in (("Aisha Rahman", "chair"), ("Tom Kowalski", "worker")):
        welcome.ui.member_name_edit.setText(name)
        choose(welcome.ui.member_role_combo, role)
        welcome._add_typed_member()
    save(welcome, "62-first-run-members", app)
    welcome.show_step(ORGANISATION)
    welcome.ui.first_organisation_name_edit.setText("Ashford Vale Borough Council")
    welcome.ui.first_organisation_holders_list.item(1).setCheckState(Qt.CheckState.Checked)
    save(welcome, "63-first-run-first-organisation", app)
    welcome.reject()  # closing a later step skips it: the journal has members, no organisation

    preferences = QSettings(str(folder / "first-morning.ini"), QSettings.Format.IniFormat)
    first = MainWindow(JournalActions(fresh, today=TODAY), preferences)
    first.resize(*SIZE)
    first.show()
    first.show_view(ORGANISATIONS)
    save(first, "64-organisations-empty", app)
    first.show_view(CONTACTS)
    save(first, "65-contacts-empty-add-the-organisation-first", app)
    editor = first.new_organisation()
    editor.ui.name_edit.setText("Ashford Vale Borough Council")
    choose(editor.ui.council_tier_combo, "district_or_borough")
    editor.ui.rhythm_spin.setValue(4)
    save(editor, "66-new-organisation", app)
    editor.save()
    editor.accept()
    settle(app)
    contact = first.new_contact()
    contact.ui.name_edit.setText("Priya Shah")
    choose(contact.ui.kind_combo, "elected_member")
    contact.ui.ward_edit.setText("Millbrook East")
    contact.ui.term_ends_edit.setText("7/5/2027")
    save(contact, "67-new-contact-councillor", app)
    contact.reject()
    first.close()
    fresh.close()


if __name__ == "__main__":
    raise SystemExit(main())
