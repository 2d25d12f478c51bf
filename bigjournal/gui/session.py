"""Which journal the window shows: opening it safely, switching, and closing with a backup.

Everything that can go wrong when a journal is opened is answered here in plain words:
a damaged file (set aside as ``*.damaged``; restore the newest good backup, start an
empty journal, or quit), a missing one (restore or quit), another copy of BigJournal
holding it (who, where, since when), a journal from a newer BigJournal (please update).
Warnings about where the journal lives are shown once, in a banner above the views.

At start-up the window is already on screen (painted before the database layer was
imported): :meth:`JournalSession.adopt` takes it, the questions are asked over it, and
:meth:`JournalSession.show_window` attaches the journal to it.

Automatic backups never block the window: the one due at opening runs in a worker once
the window is shown, and while the journal is open a worker backs up the changes
every few minutes when one is due. Closing is instant (issue 15): it never waits on
work the volunteer did not ask for — a routine backup or weekly check still running
is stopped (nothing half-made is left), and changes since the last backup are backed
up at the next opening. Switching journals opens the new one first, so a failure
leaves the volunteer where they were.
"""

from __future__ import annotations

import logging
import os
import threading
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMenu,
    QMessageBox,
    QWidget,
)

from bigjournal import APP_NAME
from bigjournal.errors import (
    BackupError,
    DamagedJournalError,
    JournalError,
    JournalLockedError,
    JournalMissingError,
    JournalOpenError,
    NewerJournalError,
)
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.banner import add_banner
from bigjournal.gui.worker import Worker
from bigjournal.store import Journal, backup, open_journal
from bigjournal.store.locations import default_journal_path, resolve_target

log = logging.getLogger(__name__)

BACKUP_AFTER_SHOW_MS = 300  # after the first paint, not before
BACKUP_WHILE_OPEN_MS = 120_000  # how often to look whether the changes need a backup
RECENT_KEY = "recent/journals"
RECENT_LIMIT = 6
RESTORE, EMPTY, QUIT = "restore", "empty", "quit"


# --- questions asked while opening --------------------------------------------------


def damaged_journal_box(error: DamagedJournalError, parent: QWidget | None = None) -> QMessageBox:
    """The damaged-journal question: restore the newest good backup, start empty, or quit."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("The journal is damaged")
    set_aside = Path(str(error.set_aside_as)) if error.set_aside_as else None
    if set_aside is not None:
        where = (
            f"It was set aside as “{set_aside.name}” in {set_aside.parent} — nothing "
            "was deleted, so it can still be rescued."
        )
    else:
        where = "It could not be set aside, so it was left as it is."
    box.setText("<b>Your journal file is damaged and cannot be opened.</b>")
    if error.backup_path is not None:
        when = _when(error.backup_made_at)
        offer = f"The newest good backup is from {when}. Restore it to carry on from there."
    else:
        offer = "There is no good backup of it. You can start an empty journal in its place."
    box.setInformativeText(f"{where}\n\n{offer}")
    box.setDetailedText(str(error))
    box.setAccessibleName("The journal is damaged")
    box.setAccessibleDescription(f"{where} {offer}")
    if error.backup_path is not None:
        restore = box.addButton(
            f"Restore the backup from {_when(error.backup_made_at)}",
            QMessageBox.ButtonRole.AcceptRole,
        )
        restore.setObjectName("restore_button")
        box.setDefaultButton(restore)
    empty = box.addButton("Start an empty journal", QMessageBox.ButtonRole.DestructiveRole)
    empty.setObjectName("empty_button")
    quit_button = box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    quit_button.setObjectName("quit_button")
    box.setEscapeButton(quit_button)
    return box


def _when(moment: object) -> str:
    made_at = getattr(moment, "astimezone", None)
    if made_at is None:
        return str(moment)
    return f"{moment.astimezone():%a %d %b %Y, %H:%M}"  # type: ignore[attr-defined]


def _choice(box: QMessageBox) -> str:
    clicked = box.clickedButton()
    name = clicked.objectName() if clicked is not None else ""
    return {"restore_button": RESTORE, "empty_button": EMPTY}.get(name, QUIT)


def missing_journal_box(error: JournalMissingError, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("The journal is not there")
    box.setText("<b>Your journal file is not where it was.</b>")
    box.setInformativeText(
        "If it is on a USB stick or a network drive, plug it in or connect and open "
        f"BigJournal again. Or restore its newest backup, from {_when(error.backup_made_at)}."
    )
    box.setDetailedText(str(error))
    restore = box.addButton(
        f"Restore the backup from {_when(error.backup_made_at)}", QMessageBox.ButtonRole.AcceptRole
    )
    restore.setObjectName("restore_button")
    quit_button = box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    quit_button.setObjectName("quit_button")
    box.setDefaultButton(quit_button)
    box.setEscapeButton(quit_button)
    return box


def problem_box(title: str, text: str, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def title_for(error: JournalOpenError) -> str:
    if isinstance(error, JournalLockedError):
        return "The journal is already open"
    if isinstance(error, NewerJournalError):
        return "Please update BigJournal"
    return f"{APP_NAME} cannot open the journal"


def start_empty_journal(path: Path) -> None:
    """A new, empty journal at ``path`` although backups of the old one exist.

    ``open_journal`` rightly refuses to create a journal where one with backups went
    missing; here the volunteer asked for it, so it is made beside and moved in.
    """
    fresh = path.with_name(f".{path.name}.new")
    fresh.unlink(missing_ok=True)
    with open_journal(fresh, automatic_backups=False):
        pass
    os.replace(fresh, path)


# --- the session ------------------------------------------------------------------


class JournalSession(QObject):
    """The open journal and the window on it, from opening to closing."""

    #: A journal is now in the window (at start-up and after each switch).
    journal_shown = Signal(object)

    def __init__(
        self,
        preferences: QSettings,
        *,
        today: date | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.today = today
        self.journal: Journal | None = None
        self.window: Any = None
        self.backup_worker: Worker | None = None
        self.check_worker: Worker | None = None
        #: Set at closing: the routine work on the open journal stops (never awaited).
        self.stop_routine_work = threading.Event()
        self._stopping: list[Worker] = []  # stopped at closing, not yet ended
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_WHILE_OPEN_MS)
        self._backup_timer.timeout.connect(self.backup_while_open)

    # --- opening -----------------------------------------------------------------

    def _ask(self, box: QMessageBox) -> QMessageBox:
        box.exec()
        return box

    def adopt(self, window: Any) -> None:
        """The window start-up painted before any journal: questions are asked over it
        and :meth:`show_window` attaches the journal to it, instead of a new window."""
        self.window = window

    def open(
        self, target: str | os.PathLike[str] | None, parent: QWidget | None = None
    ) -> Journal | None:
        """Open a journal file or address, answering every failure; None if not opened."""
        resolved = resolve_target(None if target is None else str(target))
        while True:
            try:
                if resolved.path is None:
                    from bigjournal.store.team import open_team_journal

                    return open_team_journal(resolved.url)
                # The weekly full check, if due, runs in a worker once the window is up.
                return open_journal(resolved, automatic_backups=False, defer_routine_check=True)
            except DamagedJournalError as error:
                choice = _choice(self._ask(damaged_journal_box(error, parent)))
                if choice == QUIT or resolved.path is None:
                    return None
                if not self._repair(resolved.path, choice, error.backup_path, parent):
                    return None
            except JournalMissingError as error:
                choice = _choice(self._ask(missing_journal_box(error, parent)))
                if choice != RESTORE or resolved.path is None:
                    return None
                if not self._repair(resolved.path, RESTORE, error.backup_path, parent):
                    return None
            except JournalOpenError as error:
                self._ask(problem_box(title_for(error), str(error), parent))
                return None

    def _repair(self, path: Path, choice: str, backup_path: object, parent: QWidget | None) -> bool:
        try:
            if choice == RESTORE:
                backup.restore_backup(path, Path(str(backup_path)) if backup_path else None)
            else:
                start_empty_journal(path)
        except JournalError as error:
            self._ask(problem_box("Not restored", str(error), parent))
            return False
        return True

    def first_run(self, journal: Journal, parent: QWidget | None) -> Journal | None:
        """An empty, unnamed journal's first run; the journal to show, None if abandoned.

        Choosing the demo gives the demo's own journal (the empty one is closed, still
        empty: the demo never fills the volunteer's journal).
        """
        from bigjournal.gui.app import needs_first_run
        from bigjournal.gui.dialogs.first_run import FirstRunDialog

        if not needs_first_run(journal):
            return journal
        dialog = FirstRunDialog(journal, parent, today=self.today)
        if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
            return None
        if dialog.demo_journal is None:
            return journal
        self.close_journal(journal, parent)
        return dialog.demo_journal

    def new_journal(self, path: str | os.PathLike[str] | None = None) -> Any:
        """File › New journal…: a new journal file (asks where), opened in the window."""
        if path is None:
            start = self.journal.path.parent if self.journal and self.journal.path else None
            folder = start or default_journal_path().parent
            chosen, _filter = QFileDialog.getSaveFileName(
                self.window,
                "New journal",
                str(folder / "New journal.sqlite"),
                "BigJournal journals (*.sqlite);;All files (*)",
                options=QFileDialog.Option.DontConfirmOverwrite,  # never replaced: see below
            )
            if not chosen:
                return None
            path = chosen
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".sqlite")
        if target.exists():  # a new journal never replaces a file: open that one instead
            shown = self.switch_to(target)
            if shown is not None:
                shown.statusBar().showMessage(
                    f"“{target.name}” already existed, so it was opened, not replaced.", 10000
                )
            return shown
        target.parent.mkdir(parents=True, exist_ok=True)
        journal = self.open(target, self.window)
        if journal is None:
            return None
        chosen_journal = self.first_run(journal, self.window)
        if chosen_journal is None:  # first steps skipped: the new journal, still empty
            chosen_journal = journal
        return self.show_window(chosen_journal)

    def open_demo(self) -> Any:
        """File › Open the demo journal: the invented partnership, in its own file
        (built there in a worker the first time), shown in the window."""
        from bigjournal.gui.dialogs.background import BackgroundJob
        from bigjournal.gui.errors import show_error
        from bigjournal.journal.demo import demo_journal_path, open_demo_journal

        if self.journal is not None and self.journal.path == demo_journal_path():
            self.window.statusBar().showMessage("The demo journal is already open.", 6000)
            return self.window
        today = self.today
        self._demo_job = BackgroundJob(
            self.window,
            "Opening the demo journal…",
            lambda _progress, _stop: open_demo_journal(today=today),
            self.show_window,
            lambda error: show_error(self.window, error, "The demo journal could not be opened"),
            cancellable=False,
        )
        return self._demo_job.start()

    # --- the window --------------------------------------------------------------

    def show_window(self, journal: Journal) -> Any:
        """A main window on ``journal``: the adopted one still waiting for a journal,
        else a new one (the previous window and journal are then closed)."""
        from bigjournal.gui.main_window import MainWindow

        old_window, old_journal = self.window, self.journal
        actions = JournalActions(journal, today=self.today, parent=self)
        if old_window is not None and old_window.journal_actions is None:
            window, old_window = old_window, None
            window.attach(actions, all_views=False)  # Today painted first (issue 19)
        else:
            window = MainWindow(actions, self.preferences)
        self.journal, self.window = journal, window
        self._install(window)
        if old_window is not None:
            window.resize(old_window.size())
            window.move(old_window.pos())
        for warning in journal.warnings:
            add_banner(window, warning)
        window.show()
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
            old_window.journal_actions.deleteLater()
        if old_journal is not None and old_journal is not journal:
            self.close_journal(old_journal, parent=window)
        self._remember(journal)
        self.stop_routine_work = threading.Event()  # the new journal's own
        self.journal_shown.emit(journal)
        QTimer.singleShot(BACKUP_AFTER_SHOW_MS, self.backup_after_opening)
        self._backup_timer.start()
        return window

    def _install(self, window: Any) -> None:
        """File menu: open another journal, the recent ones, a shared one, and backups."""
        open_file = QAction("&Open a journal file…", window)
        open_file.setObjectName("action_open_journal_file")
        open_file.setShortcut("Ctrl+O")
        open_file.triggered.connect(self.choose_journal_file)
        shared = QAction("Open a &shared journal…", window)
        shared.setObjectName("action_open_shared_journal")
        shared.triggered.connect(lambda: self.open_shared_dialog())
        new = QAction("Ne&w journal…", window)
        new.setObjectName("action_new_journal")
        new.setToolTip("Start a new, empty journal file (asks where to keep it)")
        new.triggered.connect(lambda: self.new_journal())
        demo = QAction("Open the de&mo journal", window)
        demo.setObjectName("action_open_demo")
        demo.setToolTip("An invented partnership to try everything on, in a journal of its own")
        demo.triggered.connect(lambda: self.open_demo())
        backups = QAction("Bac&kups…", window)
        backups.setObjectName("action_backups")
        backups.triggered.connect(lambda: self.backups_dialog())
        recent = QMenu("&Recent journals", window)
        recent.setObjectName("menu_recent_journals")
        recent.aboutToShow.connect(lambda: self._fill_recent(recent))
        window.add_file_action(new)
        window.add_file_action(open_file)
        window.add_file_action(recent.menuAction())
        window.add_file_action(shared)
        window.add_file_action(demo)
        window.add_file_action(backups)
        window.session_actions = {
            "new": new,
            "demo": demo,
            "open_file": open_file,
            "shared": shared,
            "backups": backups,
            "recent": recent,
        }

    # --- recent journals ---------------------------------------------------------

    def recent(self) -> list[str]:
        value = self.preferences.value(RECENT_KEY, [])
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [str(item) for item in items if item]

    def _remember(self, journal: Journal) -> None:
        where = str(journal.path) if journal.path is not None else _without_password(journal)
        listed = [where] + [item for item in self.recent() if item != where]
        self.preferences.setValue(RECENT_KEY, listed[:RECENT_LIMIT])

    def _fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        current = self.journal
        here = None
        if current is not None:
            here = str(current.path) if current.path is not None else current.target.url
        for item in self.recent():
            if item == here:
                continue
            action = menu.addAction(resolve_target(item).display_name)
            action.triggered.connect(lambda _checked=False, where=item: self.switch_to(where))
        if menu.isEmpty():
            menu.addAction("No other journals yet").setEnabled(False)

    # --- switching ---------------------------------------------------------------

    def choose_journal_file(self) -> None:
        start = str(self.journal.path.parent) if self.journal and self.journal.path else ""
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window,
            "Open a journal file",
            start,
            "BigJournal journals (*.sqlite *.db *.journal);;All files (*)",
        )
        if chosen:
            self.switch_to(chosen)

    def switch_to(self, target: str | os.PathLike[str]) -> Any:
        """Open another journal in the window; on failure stay on this one."""
        text = str(target)
        if "://" in text and not text.startswith("sqlite"):
            return self.open_shared_dialog(url=text)
        if self.journal is not None and self.journal.path == resolve_target(text).path:
            self.window.statusBar().showMessage("That journal is already open.", 6000)
            return self.window
        journal = self.open(text, self.window)
        if journal is None:
            return None
        return self.show_window(journal)

    def open_shared_dialog(self, url: str | None = None) -> Any:
        from bigjournal.gui.dialogs.open_shared import OpenSharedDialog

        dialog = OpenSharedDialog(self.preferences, self.window, url=url)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.journal_opened.connect(self.show_window)
        dialog.open()
        return dialog

    def backups_dialog(self) -> Any:
        from bigjournal.gui.dialogs.backups import BackupsDialog

        assert self.journal is not None
        dialog = BackupsDialog(self.journal, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Queued: restoring closes this dialog and the window, which must not happen
        # under the click that asked for it.
        dialog.restore_requested.connect(self.restore, Qt.ConnectionType.QueuedConnection)
        dialog.open()
        return dialog

    def restore(self, chosen: backup.BackupInfo) -> Any:
        """Close the journal, put the backup in its place, and reopen the window on it."""
        journal, window = self.journal, self.window
        assert journal is not None and journal.path is not None
        path = journal.path
        for dialog in window.findChildren(QWidget):
            if dialog.isWindow() and dialog.isVisible() and dialog is not window:
                dialog.close()
        self._wait_for_backup()
        journal.close(backup_if_due=False)
        try:
            result = backup.restore_backup(path, chosen)
        except JournalError as error:
            reopened = self.open(path, window)
            if reopened is not None:
                self.journal = None  # already closed: do not close it twice
                self.show_window(reopened)
            problem_box("Not restored", str(error), self.window).exec()
            return None
        restored = self.open(path, window)
        self.journal = None
        if restored is None:
            window.close()
            return None
        new_window = self.show_window(restored)
        kept = (
            f" The journal it replaced was kept as “{result.set_aside_as.name}”."
            if result.set_aside_as
            else ""
        )
        new_window.statusBar().showMessage(
            f"Restored the backup from {result.restored_from.when}.{kept}", 20000
        )
        return new_window

    # --- automatic backups -------------------------------------------------------

    def backup_after_opening(self) -> Worker | None:
        """The backup due at opening, in a worker, once the window is on screen."""
        journal = self.journal
        if journal is None or journal.path is None or journal.closed or self.backup_worker:
            return None
        stop = self.stop_routine_work
        worker = Worker(lambda _progress: backup.backup_if_due(journal, reason="opened", stop=stop))
        self.backup_worker = worker
        worker.signals.failed.connect(self._on_backup_failed)
        worker.signals.finished.connect(self._on_backup_finished)
        return worker.start()

    def backup_while_open(self) -> Worker | None:
        """A backup of the changes, in a worker, when one is due (so none waits for closing)."""
        journal = self.journal
        busy = self.backup_worker is not None or self.check_worker is not None
        if journal is None or journal.path is None or journal.closed or busy:
            return None
        if not journal.has_unsaved_backup:
            return None
        stop = self.stop_routine_work
        worker = Worker(
            lambda _progress: backup.backup_if_due(journal, reason="while open", stop=stop)
        )
        self.backup_worker = worker
        worker.signals.failed.connect(self._on_backup_failed)
        worker.signals.finished.connect(self._on_backup_while_open_finished)
        return worker.start()

    def _on_backup_while_open_finished(self) -> None:
        self.backup_worker = None

    def _on_backup_failed(self, error: Exception) -> None:
        if self.stop_routine_work.is_set():
            return  # stopped because the journal closed: nothing to tell
        if self.window is not None:
            add_banner(self.window, str(error))

    def _on_backup_finished(self) -> None:
        self.backup_worker = None
        self.check_after_opening()

    def check_after_opening(self) -> Worker | None:
        """The weekly full check left out at opening, after the backup (both read it all)."""
        from bigjournal.gui.background_check import start_routine_check

        journal, window = self.journal, self.window
        if journal is None or journal.closed or window is None or self.check_worker:
            return None
        worker = start_routine_check(
            journal,
            window,
            repair_now=self.repair_now,
            on_finished=self._on_check_finished,
            stop=self.stop_routine_work,
        )
        self.check_worker = worker
        return worker

    def _on_check_finished(self) -> None:
        self.check_worker = None

    def repair_now(self) -> Any:
        """Damage found by the weekly check: close and reopen, which sets the file aside
        and offers the newest good backup (the damaged-journal question)."""
        journal, window = self.journal, self.window
        if journal is None or journal.path is None:
            return None
        self._wait_for_backup()
        journal.close(backup_if_due=False)  # a copy of a damaged file is no backup
        self.journal = None
        reopened = self.open(journal.path, window)
        if reopened is None:
            window.close()
            return None
        return self.show_window(reopened)

    def _wait_for_backup(self) -> None:
        """Let the opening backup and the weekly check finish (both read the file).

        Their ``finished`` handlers clear them (and the backup's starts the check). A
        worker's ``finished`` is posted before its ``done`` is set, so once every
        pending worker is done, one more round of events delivers what is still owed;
        a worker still not cleared after that lost its signal and is let go. Events
        are processed only while something is pending: callers close dialogs first,
        and a round of events with nothing to wait for could delete them under the
        very click that called us.
        """
        while pending := [w for w in (self.backup_worker, self.check_worker) if w is not None]:
            QApplication.processEvents()
            if not all(worker.done.is_set() for worker in pending):
                next(w for w in pending if not w.done.is_set()).done.wait(0.02)
                continue
            QApplication.processEvents()
            if self.backup_worker in pending:
                self.backup_worker = None
            if self.check_worker in pending:
                self.check_worker = None

    def close_journal(self, journal: Journal, parent: QWidget | None = None) -> BackupError | None:
        """Close at once: routine work still running on it is stopped, not awaited.

        No backup is made here: the changes were backed up while the journal was open
        (:meth:`backup_while_open`) and what changed since is backed up at the next
        opening. ``parent`` is kept for callers; returns None (nothing can fail here).
        """
        if journal is self.journal:
            self.stop_routine_work.set()
            self._backup_timer.stop()
            # Kept until they end (a worker let go mid-run loses its signals); their
            # finished signals still come, and find the journal closed.
            self._stopping = [w for w in self._stopping if not w.done.is_set()]
            self._stopping += [w for w in (self.backup_worker, self.check_worker) if w]
            self.backup_worker = self.check_worker = None
        journal.close(backup_if_due=False)
        if journal is self.journal:
            self.journal = None
        return None

    def close(self) -> None:
        """At the end of the program: the window is gone; back up and close the journal."""
        if self.journal is not None:
            self.close_journal(self.journal, None)


def _without_password(journal: Journal) -> str:
    """A shared journal's address as remembered in the preferences: never a password."""
    from bigjournal.store.team import ServerAddress

    try:
        return ServerAddress.from_url(journal.target.url).url
    except JournalError:
        return journal.target.display_name
