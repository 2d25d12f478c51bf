"""Export for a successor…: the whole journal in one file, locked with a passphrase.

Leaving the file unlocked is an explicit choice with a warning beside it: the file
holds personal data. The export runs in the worker with a cancellable progress
dialog; the exchange layer writes the file whole or not at all.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QPushButton, QWidget

from bigjournal.errors import JournalError, ValidationError
from bigjournal.exchange import ARCHIVE_SUFFIX, ExportSummary, KeyStrength, export_archive
from bigjournal.exchange.seal import MIN_PASSPHRASE_LENGTH, check_new_passphrase
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.dialogs.background import BackgroundJob, was_cancelled
from bigjournal.gui.dialogs.confirm import confirm
from bigjournal.gui.dialogs.report_output import documents_folder, safe_file_name
from bigjournal.gui.errors import show_inline
from bigjournal.gui.forms.ui_export_archive_dialog import Ui_ExportArchiveDialog
from bigjournal.gui.worker import Progress
from bigjournal.journal import settings

LEAVE_OUT_CHECKS = {
    "private-notes": "private_notes_check",
    "personal-contact-details": "contact_details_check",
}


def passphrase_strength(passphrase: str) -> str:
    """A plain hint, not a score: length and words are what make a passphrase hard."""
    text = passphrase.strip()
    if not text:
        return (
            f"At least {MIN_PASSPHRASE_LENGTH} characters. A short sentence of four or "
            "more words is easy to remember and hard to guess."
        )
    if len(text) < MIN_PASSPHRASE_LENGTH:
        return f"Too short: at least {MIN_PASSPHRASE_LENGTH} characters."
    if len(set(text.casefold())) <= 3 or text.isdigit():
        return "Weak: easy to guess. Try a short sentence instead."
    if len(text.split()) >= 4 or len(text) >= 20:
        return "Strong: good."
    if len(text) >= 12:
        return "Fair: one or two more words would make it strong."
    return "Weak: a short sentence of four or more words is much harder to guess."


def format_size(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


class ExportArchiveDialog(QDialog):
    def __init__(
        self,
        actions: JournalActions,
        parent: QWidget | None = None,
        *,
        strength: KeyStrength | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportArchiveDialog()
        self.ui.setupUi(self)
        self.journal_actions = actions
        self.journal = actions.journal
        self.strength = strength
        self.job: BackgroundJob | None = None
        self.summary: ExportSummary | None = None
        self.last_message = ""
        show_inline(self.ui.error_label, None)
        self.ui.file_edit.setText(str(documents_folder() / self.default_name()))
        self.export_button = QPushButton("&Export")
        self.export_button.setObjectName("export_button")
        self.export_button.setDefault(True)
        self.ui.button_box.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.ui.lock_radio.toggled.connect(self._on_lock_radio_toggled)
        self.ui.passphrase_edit.textChanged.connect(self._on_passphrase_changed)
        self.ui.repeat_edit.textChanged.connect(self._on_passphrase_changed)
        self._on_lock_radio_toggled(True)
        self._on_passphrase_changed()
        self.ui.passphrase_edit.setFocus()

    def default_name(self) -> str:
        try:
            partnership = settings.get_setting(self.journal, settings.PARTNERSHIP_NAME)
        except JournalError:
            partnership = ""
        day = self.journal_actions.today()
        return safe_file_name(f"{partnership or 'BigJournal'} journal {day:%Y-%m-%d}", "") + (
            ARCHIVE_SUFFIX
        )

    @property
    def locked(self) -> bool:
        return self.ui.lock_radio.isChecked()

    def leave_out(self) -> list[str]:
        return [
            choice
            for choice, name in LEAVE_OUT_CHECKS.items()
            if getattr(self.ui, name).isChecked()
        ]

    # --- exporting ---------------------------------------------------------------------

    def export(self) -> BackgroundJob | None:
        """Check the form, ask before replacing a file, then export in the worker."""
        try:
            path = self._checked_path()
            passphrase = self._checked_passphrase()
        except JournalError as error:
            show_inline(self.ui.error_label, error)
            return None
        show_inline(self.ui.error_label, None)
        if path.exists():
            confirm(
                self,
                "Replace the file?",
                f"“{path.name}” already exists in that folder. Replace it with this export?",
                "&Replace it",
                lambda: self._start(path, passphrase),
            )
            return None
        return self._start(path, passphrase)

    def _checked_path(self) -> Path:
        typed = self.ui.file_edit.text().strip()
        if not typed:
            self.ui.file_edit.setFocus()
            raise ValidationError("Please choose where to save the export.", "file")
        path = Path(typed).expanduser()
        if not path.suffix:
            path = path.with_name(path.name + ARCHIVE_SUFFIX)
            self.ui.file_edit.setText(str(path))
        from bigjournal.store.files import refuse_protected

        return refuse_protected(path)  # never the journal, its backups or a device

    def _checked_passphrase(self) -> str | None:
        if not self.locked:
            return None
        first = self.ui.passphrase_edit.text()
        try:
            check_new_passphrase(first)
        except ValidationError:
            self.ui.passphrase_edit.setFocus()
            raise
        if self.ui.repeat_edit.text() != first:
            self.ui.repeat_edit.setFocus()
            self.ui.repeat_edit.selectAll()
            raise ValidationError(
                "The two passphrases are not the same. Please type it again in both boxes.",
                "passphrase",
            )
        return first

    def _start(self, path: Path, passphrase: str | None) -> BackgroundJob:
        journal, leave_out, strength = self.journal, self.leave_out(), self.strength
        unencrypted = passphrase is None

        def job(progress: Progress, stop: threading.Event) -> ExportSummary:
            options = {"strength": strength} if strength is not None else {}
            return export_archive(
                journal,
                path,
                passphrase=passphrase,
                unencrypted=unencrypted,
                leave_out=leave_out,
                progress=progress,
                cancel=stop,
                **options,  # type: ignore[arg-type]
            )

        self._busy(True)
        self.job = BackgroundJob(
            self, "Exporting the journal…", job, self._on_job_done, self._on_job_failed
        )
        return self.job.start()

    def _on_job_done(self, summary: object) -> None:
        assert isinstance(summary, ExportSummary)
        self.job = None
        self.summary = summary
        lock = "locked with a passphrase" if summary.encrypted else "NOT locked: keep it safe"
        self.last_message = (
            f"Exported the journal to {summary.path} ({format_size(summary.size)}, {lock})."
        )
        self.journal_actions.report(self.last_message)
        self.accept()

    def _on_job_failed(self, error: JournalError) -> None:
        self.job = None
        self._busy(False)
        if was_cancelled(error):
            self.last_message = str(error)
            self.journal_actions.report(str(error))
            return
        show_inline(self.ui.error_label, error)

    def _busy(self, busy: bool) -> None:
        for widget in (self.export_button, self.ui.lock_group, self.ui.leave_out_group):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
            return
        super().reject()

    # --- slots ---------------------------------------------------------------------

    def _on_export_button_clicked(self) -> None:
        self.export()

    def _on_choose_button_clicked(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            "Export the journal to",
            self.ui.file_edit.text(),
            f"BigJournal archives (*{ARCHIVE_SUFFIX})",
        )
        if chosen:
            self.ui.file_edit.setText(chosen)

    def _on_lock_radio_toggled(self, _checked: bool) -> None:
        locked = self.locked
        for widget in (
            self.ui.passphrase_edit,
            self.ui.repeat_edit,
            self.ui.passphrase_label,
            self.ui.repeat_label,
            self.ui.strength_label,
        ):
            widget.setEnabled(locked)
        self.ui.warning_label.setVisible(not locked)
        self.export_button.setText("&Export" if locked else "&Export unlocked")

    def _on_passphrase_changed(self, _text: str = "") -> None:
        first, again = self.ui.passphrase_edit.text(), self.ui.repeat_edit.text()
        hint = passphrase_strength(first)
        if again and again != first:
            hint += " The two boxes are not the same yet."
        self.ui.strength_label.setText(hint)
        self.ui.strength_label.setAccessibleDescription(hint)
