"""Backups: the journal's backups by date, "Back up now", and restoring one.

Backing up runs in a worker (a large journal takes a while on an old laptop). Restoring
is not done here: the dialog asks first, then emits :attr:`BackupsDialog.restore_requested`
and the session closes the journal, restores (the current journal is set aside, never
deleted) and reopens the window on the restored journal.

A shared journal on a server is backed up as a logical dump (an archive) on this
computer; it is never replaced from here under colleagues' feet, so instead of
Restore the window says how to bring records back: import the backup.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QTableWidgetItem, QWidget

from bigjournal import wording
from bigjournal.exchange.server_backups import make_backup
from bigjournal.gui.columns import ColumnFitter
from bigjournal.gui.dialogs.confirm import confirm
from bigjournal.gui.errors import show_inline
from bigjournal.gui.forms.ui_backups_dialog import Ui_BackupsDialog
from bigjournal.gui.worker import Worker
from bigjournal.store import Journal
from bigjournal.store.backup import (
    BackupInfo,
    backup_folder,
    describe_sizes,
    list_backups,
)

SHARED = (
    "This journal is shared on a server. “Back up now” keeps a copy of the whole journal "
    "on this computer (one file, checked after it is written); whoever looks after the "
    "server backs up the server itself. To bring records back from a copy, use File → "
    "Import… with its file: records deleted since then come back, and nothing newer is "
    "overwritten."
)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
COLUMNS = ["Made", "Records", "Size", "Why"]
WHY = {
    "opened": "opened after changes",
    "made by hand": "Back up now",
}


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def records_text(info: BackupInfo) -> str:
    return "?" if info.records is None else f"{info.records:,}"


def records_phrase(info: BackupInfo) -> str:
    """ "1 record", "12,000 records": for sentences (the table shows the number alone)."""
    return "? records" if info.records is None else wording.count(info.records, "record")


def counts_text(info: BackupInfo) -> str:
    """The tooltip: how many of each kind of record the backup holds."""
    if not info.counts:
        return "This backup could not be read."
    return "\n".join(
        f"{table.replace('_', ' ')}: {count:,}" for table, count in info.counts.items()
    )


class BackupsDialog(QDialog):
    #: The user confirmed restoring this backup (a :class:`BackupInfo`).
    restore_requested = Signal(object)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)
        self.journal = journal
        self.backups: list[BackupInfo] = []
        self.worker: Worker | None = None
        table = self.ui.backup_table
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels(COLUMNS)
        table.verticalHeader().hide()
        # What each backup holds is the column read; no heading is cut at any text size.
        self.column_fitter = ColumnFitter(table, main=COLUMNS.index("Records"))
        table.itemSelectionChanged.connect(self._update_buttons)
        table.itemActivated.connect(lambda _item: self.ask_to_restore())
        self.ui.back_up_button.clicked.connect(self.back_up_now)
        self.ui.restore_button.clicked.connect(self.ask_to_restore)
        self.ui.button_box.rejected.connect(self.reject)
        show_inline(self.ui.error_label, None)
        # Whose backups: the journal file, or the shared journal's address.
        self.where = journal.path if journal.path is not None else journal.target.url
        if journal.path is None:
            self.ui.intro_label.setText(SHARED)
            self.ui.restore_button.hide()
        self.reload()

    # --- listing ---------------------------------------------------------------

    def reload(self) -> None:
        self.backups = list_backups(self.where)
        table = self.ui.backup_table
        table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            cells = [
                info.when,
                records_text(info),
                size_text(info.size),
                WHY.get(info.reason, info.reason) or "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(counts_text(info))
                if column in (1, 2):
                    item.setTextAlignment(RIGHT)
                table.setItem(row, column, item)
        if self.backups:
            table.selectRow(0)
            count = "1 backup" if len(self.backups) == 1 else f"{len(self.backups)} backups"
            self.ui.footer_label.setText(
                f"{count}, {size_text(describe_sizes(self.backups))} in all, kept in "
                f"{backup_folder(self.where)}. Older ones are thinned out: the "
                "last five, then one a day, a week and a month for a year."
            )
            if self.journal.path is None:
                self.ui.footer_label.setText(
                    self.ui.footer_label.text() + f" The newest is “{self.backups[0].path.name}”."
                )
        else:
            self.ui.footer_label.setText(
                "There are no backups of this journal yet. “Back up now” makes the first."
            )
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.ui.backup_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.backups[rows[0].row()]

    def _update_buttons(self) -> None:
        busy = self.worker is not None
        self.ui.back_up_button.setEnabled(not busy)
        self.ui.restore_button.setEnabled(
            not busy and self.selected() is not None and self.journal.path is not None
        )

    # --- backing up --------------------------------------------------------------

    def back_up_now(self) -> Worker:
        """Make a backup in a worker; the list shows it when done."""
        show_inline(self.ui.error_label, None)
        self.ui.back_up_button.setText("Backing up…")
        worker = Worker(lambda _progress: make_backup(self.journal, reason="made by hand"))
        self.worker = worker
        self._update_buttons()
        worker.signals.succeeded.connect(self._on_worker_succeeded)
        worker.signals.failed.connect(self._on_worker_failed)
        worker.signals.finished.connect(self._on_worker_finished)
        return worker.start()

    def _on_worker_succeeded(self, info: Any) -> None:
        self.reload()
        notes = "".join(f" {note}" for note in info.notes)  # pg_dump's, for a shared one
        self.ui.footer_label.setText(
            f"Backup made: {info.when}, {records_phrase(info)}.{notes} "
            + self.ui.footer_label.text()
        )

    def _on_worker_failed(self, error: Exception) -> None:
        show_inline(self.ui.error_label, error)

    def _on_worker_finished(self) -> None:
        self.worker = None
        self.ui.back_up_button.setText("&Back up now")
        self._update_buttons()

    # --- restoring -------------------------------------------------------------

    def ask_to_restore(self) -> None:
        chosen = self.selected()
        if chosen is None or self.worker is not None or self.journal.path is None:
            return
        confirm(
            self,
            "Restore this backup?",
            f"Put the backup from {chosen.when} ({records_phrase(chosen)}) in the "
            "journal's place? The journal as it is now will be set aside beside it, not "
            "deleted, so you can go back to it. Changes made since the backup will not be "
            "in the restored journal.",
            "Restore",
            lambda: self.restore_requested.emit(chosen),
        )
