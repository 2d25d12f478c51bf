"""Save a PNG of every view and dialog of the app on the demo journal.

Run from the repository root, under a virtual X server so real fonts are used:

    xvfb-run -a -s "-screen 0 1366x768x24" python docs/screenshots/take.py

The demo journal is built in a temporary folder with a fixed "today", so the
pictures only change when the app does. Look at every one after a change to a form.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

TODAY = date(2026, 6, 15)
SIZE = (1280, 760)


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, name: str, app: QApplication) -> None:
    settle(app)
    path = HERE / f"{name}.png"
    widget.grab().save(str(path))
    print(f"saved {path.relative_to(HERE.parents[1])}")


def main() -> int:
    from bigjournal.gui.app import make_application

    app = make_application([sys.argv[0]])
    from bigjournal.gui import text_size
    from bigjournal.gui.actions import JournalActions
    from bigjournal.gui.dialogs.first_run import FirstRunDialog
    from bigjournal.gui.main_window import MainWindow
    from bigjournal.journal.demo import build_demo
    from bigjournal.journal.people import find_contact
    from bigjournal.journal.promises import list_promises
    from bigjournal.model.vocabulary import Side
    from bigjournal.store import open_journal

    folder = Path(tempfile.mkdtemp(prefix="bigjournal-screens-"))
    journal = open_journal(folder / "Millbrook journal.sqlite")
    build_demo(journal, today=TODAY)
    preferences = QSettings(str(folder / "gui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(JournalActions(journal, today=TODAY), preferences)
    window.resize(*SIZE)
    window.show()
    settle(app)

    names = ["today", "organisations", "contacts", "meetings", "promises"]
    for number, name in enumerate(names):
        window.show_view(number)
        save(window, f"{number + 1}-{name}", app)

    window.search_edit.setText("lighting")
    window.run_search()
    save(window, "6-search", app)

    dialog = window.log_meeting()
    dialog.resize(860, 720)
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
    dialog.reject()

    promise = next(p for p in list_promises(journal, status="open") if p.due_on)
    status = window.change_status(promise)
    status.ui.note_edit.setPlainText("Delivered at the June meeting.")
    save(status, "9-promise-status", app)
    status.reject()

    window.open_record("contact", find_contact(journal, "Gareth Lloyd").id)
    save(window, "10-contact-detail", app)
    leaving = window.start_leaving(find_contact(journal, "Gareth Lloyd").id)
    assert leaving is not None
    leaving.ui.went_to_edit.setText("Kentshire County Council, communities team")
    save(leaving, "11-has-left", app)
    leaving.reject()

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
    save(backups, "16-backups", app)
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
    save(damaged, "17-damaged-journal", app)
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
    save(shared, "18-open-shared-journal", app)
    shared.reject()

    gareth = find_contact(journal, "Gareth Lloyd").id
    window.open_record("contact", gareth)
    stale = contact_detail(journal, gareth).contact
    with open_journal(journal.path, automatic_backups=False) as colleague:
        update_contact(colleague, gareth, {"role": "Head of Communities", "phone": "01632 960 500"})
    window.actions.update(
        "contact",
        gareth,
        {"role": "Community Safety Lead", "phone": "01632 960 123"},
        {"role": stale.role, "phone": stale.phone},
        expected_version=stale.version,
    )
    conflict = window.dialog
    assert conflict is not None
    save(conflict, "19-conflict", app)
    conflict.reject()

    text_size.apply_scale(app, 150)
    window.set_text_scale(150)
    window.show_view(0)
    save(window, "14-today-at-150-percent", app)
    larger = window.log_meeting()
    larger.resize(1100, 760)
    larger.add_promise_row().fill(Side.THEIRS, "", "Repair the three lights", "2w")
    save(larger, "15-log-a-meeting-at-150-percent", app)
    larger.reject()
    window.set_text_scale(100)

    window.close()
    journal.close()
    empty.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
