"""The weekly full check of a journal, run in a worker once the window is up.

Opening skips SQLite's full check (every page read: a third of a second on a large
journal) when the journal is exactly as BigJournal last closed it, but still runs it at
least weekly (docs/reliability.md). The app opens with ``defer_routine_check=True`` and
runs that weekly check here instead, so it never delays the window. Damage found this
way is damage no program made (a failing disk): the volunteer is told at once, and
the next opening sets the file aside and offers the newest good backup, exactly as
when damage is found at opening.

Hooked in by JournalSession.check_after_opening, after the opening backup::

    self.check_worker = start_routine_check(
        journal, window, repair_now=..., on_finished=self._on_check_finished
    )
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from bigjournal.gui.worker import Worker
from bigjournal.store import Journal
from bigjournal.store.opening import run_routine_check

TITLE = "Your journal may be damaged"
FOUND = (
    "BigJournal's weekly check found damage inside this journal file. Changes you "
    "make now may not be safe."
)
REPAIR = (
    "Close the journal and open it again: the damaged file will be set aside (nothing "
    "is deleted) and the newest good backup offered."
)


def start_routine_check(
    journal: Journal,
    parent: QWidget,
    *,
    repair_now: Callable[[], None] | None = None,
    on_finished: Callable[[], None] | None = None,
    stop: threading.Event | None = None,
) -> Worker | None:
    """Run the deferred weekly check in a worker (None if none is due); keep the worker.

    ``repair_now``, if given, closes and reopens the journal; the damage box offers it.
    ``stop``, once set, ends the check early with no verdict (it stays due).
    ``on_finished`` is connected before the worker starts: a check of a small journal
    can finish before the caller's next line, and a signal emitted with nobody
    connected is lost.
    """
    if journal.closed or not journal.routine_check_due:
        return None
    worker = Worker(lambda _progress: run_routine_check(journal, stop=stop))

    def report(problems: object) -> None:
        if problems and not journal.closed:
            damage_box(parent, repair_now).open()

    worker.signals.succeeded.connect(report)
    if on_finished is not None:
        worker.signals.finished.connect(on_finished)
    return worker.start()


def damage_box(parent: QWidget, repair_now: Callable[[], None] | None) -> QMessageBox:
    """Tell the volunteer plainly, and offer to repair now (or on the next opening)."""
    box = QMessageBox(parent)
    box.setObjectName("routine_check_damage")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(TITLE)
    box.setText(f"<b>{FOUND}</b>")
    box.setInformativeText(REPAIR)
    box.setAccessibleName(TITLE)
    box.setAccessibleDescription(f"{FOUND} {REPAIR}")
    if repair_now is not None:
        repair = box.addButton("Close and repair now", QMessageBox.ButtonRole.AcceptRole)
        repair.setObjectName("repair_button")
        # Queued: repairing closes the window this box belongs to, not under its click.
        repair.clicked.connect(repair_now, Qt.ConnectionType.QueuedConnection)
        box.setDefaultButton(repair)
        box.addButton("Later", QMessageBox.ButtonRole.RejectRole)
    else:
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box
