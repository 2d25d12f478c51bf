"""Import…: open an archive (asking its passphrase), show what it changes, then import.

Nothing changes until the volunteer has seen the preview (added, updated, already
the same, and "yours is newer, kept", per kind of record) and pressed Import. A
wrong passphrase is said plainly and asked again. Any failure leaves the journal
as it was (the import is one transaction). Afterwards every view is refreshed.
"""

from __future__ import annotations

import threading
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from bigjournal import wording
from bigjournal.errors import JournalError, ValidationError
from bigjournal.exchange import (
    ARCHIVE_SUFFIX,
    LEAVE_OUT_LABELS,
    Archive,
    ImportPreview,
    WrongPassphraseError,
    import_archive,
    inspect_archive,
    preview_import,
    read_archive,
)
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.dialogs.background import BackgroundJob, was_cancelled
from bigjournal.gui.dialogs.report_output import documents_folder
from bigjournal.gui.errors import show_inline
from bigjournal.gui.forms.ui_import_archive_dialog import Ui_ImportArchiveDialog
from bigjournal.gui.worker import Progress

OPEN_PAGE, PREVIEW_PAGE = range(2)
COLUMNS = ("Kind of record", "To add", "To update", "Already the same", "Yours is newer, kept")
DONE_COLUMNS = ("Kind of record", "Added", "Updated", "Already the same", "Yours is newer, kept")


def _day(moment: Any) -> str:
    return f"{moment.day} {moment:%B %Y}"


class ImportArchiveDialog(QDialog):
    def __init__(
        self,
        actions: JournalActions,
        parent: QWidget | None = None,
        *,
        path: str | Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportArchiveDialog()
        self.ui.setupUi(self)
        self.journal_actions = actions
        self.journal = actions.journal
        self.job: BackgroundJob | None = None
        self.archive: Archive | None = None
        self.preview: ImportPreview | None = None
        self.imported: ImportPreview | None = None  # what the import did, once done
        show_inline(self.ui.error_label, None)
        self.next_button = QPushButton("&Open")
        self.next_button.setObjectName("next_button")
        self.next_button.setDefault(True)
        self.ui.button_box.addButton(self.next_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.ui.file_edit.textChanged.connect(self._on_file_edit_text_changed)
        table = self.ui.preview_table
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels(list(COLUMNS))
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._ask_passphrase(False)
        self.ui.page_stack.setCurrentIndex(OPEN_PAGE)
        if path is not None:
            self.ui.file_edit.setText(str(path))
        self.ui.file_edit.setFocus()

    # --- opening -----------------------------------------------------------------------

    def _ask_passphrase(self, ask: bool) -> None:
        self.ui.passphrase_label.setVisible(ask)
        self.ui.passphrase_edit.setVisible(ask)
        self.ui.file_note_label.setText(
            "This archive is locked with a passphrase: type the one it was exported with."
            if ask
            else f"Archives end in “{ARCHIVE_SUFFIX}”."
        )

    def open_archive(self) -> BackgroundJob | None:
        """Check the file; ask for the passphrase if it needs one; then read and preview."""
        typed = self.ui.file_edit.text().strip()
        try:
            if not typed:
                raise ValidationError("Please choose the archive file to import.", "file")
            info = inspect_archive(Path(typed).expanduser())
        except JournalError as error:
            show_inline(self.ui.error_label, error)
            self.ui.file_edit.setFocus()
            return None
        passphrase: str | None = None
        if info.sealed:
            passphrase = self.ui.passphrase_edit.text()
            if not self.ui.passphrase_edit.isVisible() or not passphrase:
                self._ask_passphrase(True)
                show_inline(self.ui.error_label, None)
                self.ui.passphrase_edit.setFocus()
                return None
        show_inline(self.ui.error_label, None)
        journal, path = self.journal, info.path

        def job(progress: Progress, stop: threading.Event) -> tuple[Archive, ImportPreview]:
            archive = read_archive(path, passphrase=passphrase, progress=progress, cancel=stop)
            progress(0, 0, "Comparing it with this journal…")
            return archive, preview_import(journal, archive)

        return self._run("Opening the archive…", job, self._on_read)

    def _on_read(self, result: tuple[Archive, ImportPreview]) -> None:
        archive, preview = result
        self.archive, self.preview = archive, preview
        self.show_preview(preview, done=False)

    # --- the preview ---------------------------------------------------------------------

    def show_preview(self, preview: ImportPreview, *, done: bool) -> None:
        self.ui.page_stack.setCurrentIndex(PREVIEW_PAGE)
        whose = f" of <b>{escape(preview.partnership)}</b>" if preview.partnership else ""
        lines = [f"The archive{whose} was made on {_day(preview.archive_created_at)}."]
        if preview.left_out:
            left = [LEAVE_OUT_LABELS.get(k, k) for k in preview.left_out]
            lines.append(
                "It was made with some details left out on purpose ("
                + escape("; ".join(left))
                + "); where this journal has them, they are kept."
            )
        if done:
            lines.append(
                f"<b>Imported: {preview.added} added, {preview.updated} updated.</b> "
                "Every view now shows the imported records."
            )
        elif preview.changes_nothing:
            lines.append(
                "<b>This journal already holds everything in it: nothing would change.</b>"
            )
        elif preview.into_empty_journal:
            lines.append(
                "<b>This journal is empty: importing will reproduce the journal from the "
                "archive exactly.</b>"
            )
        else:
            lines.append(
                f"<b>Importing adds {wording.count(preview.added, 'record')} and updates "
                f"{preview.updated:,}.</b> "
                "Where your copy of a record was changed more recently, yours is kept. "
                "Nothing is duplicated."
            )
        self.ui.summary_label.setText("<p>" + "</p><p>".join(lines) + "</p>")
        self._fill_table(preview, done)
        if done:
            self.ui.result_label.setText("")
            self.next_button.hide()
            self.cancel_button.setText("&Close")
            self.cancel_button.setFocus()
        else:
            self.ui.result_label.setText(
                "Nothing has been changed yet."
                + (
                    ""
                    if preview.changes_nothing
                    else " Press Import to bring these changes in, or Cancel to leave the "
                    "journal as it is."
                )
            )
            self.next_button.setText("&Import")
            self.next_button.setEnabled(not preview.changes_nothing)
            if preview.changes_nothing:
                self.cancel_button.setText("&Close")

    def _fill_table(self, preview: ImportPreview, done: bool) -> None:
        table = self.ui.preview_table
        table.setHorizontalHeaderLabels(list(DONE_COLUMNS if done else COLUMNS))
        rows = [t for t in preview.tables if t.added or t.updated or t.unchanged or t.kept_newer]
        table.setRowCount(len(rows))
        for number, changes in enumerate(rows):
            values = (changes.added, changes.updated, changes.unchanged, changes.kept_newer)
            label = QTableWidgetItem(changes.label[:1].upper() + changes.label[1:])
            table.setItem(number, 0, label)
            for column, value in enumerate(values, start=1):
                item = QTableWidgetItem(str(value) if value else "–")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(number, column, item)

    # --- importing ---------------------------------------------------------------------

    def import_now(self) -> BackgroundJob | None:
        """Import what the preview showed (in one transaction, in the worker)."""
        if self.archive is None or self.preview is None or self.preview.changes_nothing:
            return None
        journal, archive = self.journal, self.archive

        def job(progress: Progress, stop: threading.Event) -> ImportPreview:
            return import_archive(journal, archive, progress=progress, cancel=stop)

        return self._run("Importing…", job, self._on_imported)

    def _on_imported(self, result: object) -> None:
        assert isinstance(result, ImportPreview)
        self.imported = result
        self.archive = None  # free the memory; it cannot be imported twice from here
        # Undo steps recorded before the import would reverse records it may have
        # updated: they are dropped rather than half-applied.
        self.journal_actions.undo_stack.clear()
        self.journal_actions.changed.emit()
        self.journal_actions.report(f"Imported: {result.added} added, {result.updated} updated.")
        self.show_preview(result, done=True)

    # --- the worker ----------------------------------------------------------------------

    def _run(self, title: str, job: Any, on_done: Any) -> BackgroundJob:
        self._busy(True)
        self.job = BackgroundJob(self, title, job, lambda r: self._done(on_done, r), self._failed)
        return self.job.start()

    def _done(self, on_done: Any, result: object) -> None:
        self.job = None
        self._busy(False)
        on_done(result)

    def _failed(self, error: JournalError) -> None:
        self.job = None
        self._busy(False)
        show_inline(self.ui.error_label, error)
        if isinstance(error, WrongPassphraseError):
            self.ui.page_stack.setCurrentIndex(OPEN_PAGE)
            self.ui.passphrase_edit.clear()
            self.ui.passphrase_edit.setFocus()
        elif was_cancelled(error):
            pass  # the sentence says nothing was changed

    def _busy(self, busy: bool) -> None:
        self.next_button.setEnabled(not busy)
        self.ui.page_stack.setEnabled(not busy)

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
            return
        super().reject()

    # --- slots ---------------------------------------------------------------------

    def _on_next_button_clicked(self) -> None:
        if self.ui.page_stack.currentIndex() == OPEN_PAGE:
            self.open_archive()
        else:
            self.import_now()

    def _on_choose_button_clicked(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            "Import a journal",
            str(documents_folder()),
            f"BigJournal archives (*{ARCHIVE_SUFFIX});;All files (*)",
        )
        if chosen:
            self.ui.file_edit.setText(chosen)
            self.open_archive()

    def _on_file_edit_text_changed(self, _text: str) -> None:
        self._ask_passphrase(False)
        self.ui.passphrase_edit.clear()
