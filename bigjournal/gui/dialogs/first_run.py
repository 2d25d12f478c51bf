"""First run: start an empty journal (asking the partnership's name) or explore the demo.

The demo opens in a journal file of its own (``demo_journal_path``), never in the
volunteer's journal, which stays empty for their own records. It is built there in a
worker thread with a progress bar, so the window keeps painting (or reopened, if it
was built before); the dialog closes itself when it is ready, holding it in
:attr:`FirstRunDialog.demo_journal` for the window to show.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from bigjournal.errors import JournalError, ValidationError
from bigjournal.gui.errors import show_inline
from bigjournal.gui.forms.ui_first_run_dialog import Ui_FirstRunDialog
from bigjournal.gui.worker import Progress, Worker
from bigjournal.journal import settings
from bigjournal.store import Journal


class FirstRunDialog(QDialog):
    """Accepted once the journal has a name (empty) or the demo is in it."""

    def __init__(
        self, journal: Journal, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.journal = journal
        self.today = today
        self.worker: Worker | None = None
        self.choice = ""
        #: The demo's own journal, open, once "Explore the demo" has built it.
        self.demo_journal: Journal | None = None
        self.ui.progress_bar.hide()
        show_inline(self.ui.error_label, None)
        start = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        start.setText("&Start")
        start.setObjectName("start_button")
        cancel = self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText("&Quit")
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.empty_radio.toggled.connect(self._on_empty_radio_toggled)
        self.ui.partnership_name_edit.setFocus()

    def start(self) -> bool:
        """Do what was chosen; False (with the reason shown) if it could not start."""
        if self.ui.empty_radio.isChecked():
            return self._start_empty()
        self._start_demo()
        return False  # accepted later, when the worker finishes

    def _start_empty(self) -> bool:
        name = self.ui.partnership_name_edit.text().strip()
        try:
            if not name:
                raise ValidationError(
                    "Please give your partnership's name (you can change it later).", "name"
                )
            settings.set_settings(self.journal, {settings.PARTNERSHIP_NAME: name})
        except JournalError as error:
            show_inline(self.ui.error_label, error)
            self.ui.partnership_name_edit.setFocus()
            return False
        self.choice = "empty"
        return True

    def _start_demo(self) -> None:
        from bigjournal.journal.demo import open_demo_journal

        today = self.today

        def job(progress: Progress) -> Journal:
            progress(0, 0, "Writing the demo journal…")
            return open_demo_journal(today=today)

        self._busy(True)
        self.worker = Worker(job)
        self.worker.signals.progressed.connect(self._on_worker_progressed)
        self.worker.signals.succeeded.connect(self._on_worker_succeeded)
        self.worker.signals.failed.connect(self._on_worker_failed)
        self.worker.start()

    def _busy(self, busy: bool) -> None:
        self.ui.progress_bar.setVisible(busy)
        self.ui.progress_bar.setRange(0, 0)
        for widget in (self.ui.button_box, self.ui.empty_radio, self.ui.demo_radio):
            widget.setEnabled(not busy)
        self.ui.partnership_name_edit.setEnabled(not busy and self.ui.empty_radio.isChecked())

    def _on_worker_progressed(self, done: int, total: int, message: str) -> None:
        self.ui.progress_bar.setRange(0, total)
        self.ui.progress_bar.setValue(done)
        self.ui.progress_bar.setFormat(message)
        self.ui.progress_bar.setAccessibleDescription(message)

    def _on_worker_succeeded(self, demo: object) -> None:
        self.choice = "demo"
        self.demo_journal = demo if isinstance(demo, Journal) else None
        self.worker = None
        self.accept()

    def _on_worker_failed(self, error: Exception) -> None:
        self.worker = None
        self._busy(False)
        show_inline(self.ui.error_label, error)

    def _on_empty_radio_toggled(self, checked: bool) -> None:
        self.ui.partnership_name_edit.setEnabled(checked)

    def _on_button_box_accepted(self) -> None:
        if self.start():
            self.accept()

    def reject(self) -> None:
        if self.worker is None:  # never leave the demo half-written behind a closed window
            super().reject()
