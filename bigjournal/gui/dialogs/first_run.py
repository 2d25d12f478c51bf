"""First run: start an empty journal (asking the partnership's name) or explore the demo.

The demo opens in a journal file of its own (``demo_journal_path``), never in the
volunteer's journal, which stays empty for their own records. It is built there in a
worker thread with a progress bar, so the window keeps painting (or reopened, if it
was built before); the dialog closes itself when it is ready, holding it in
:attr:`FirstRunDialog.demo_journal` for the window to show. An empty journal then
takes two more short steps, each of which can be skipped: the partnership's members,
then the first organisation it works with (held by some of those members). Each is
saved as it is entered; the window opens on the journal once the steps are done.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from bigjournal.errors import JournalError, ValidationError
from bigjournal.gui.dialogs.editing import fill_choices, fill_ticks, ticked
from bigjournal.gui.errors import show_inline
from bigjournal.gui.forms.ui_first_run_dialog import Ui_FirstRunDialog
from bigjournal.gui.worker import Progress, Worker
from bigjournal.journal import organisations, people, settings
from bigjournal.model.vocabulary import MemberRole, OrganisationKind
from bigjournal.store import Journal

START, MEMBERS, ORGANISATION = range(3)


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
        self._build_steps()
        self.ui.partnership_name_edit.setFocus()

    def start(self) -> bool:
        """Do what was chosen. Always False: an empty journal goes on to its next steps
        (or shows why it could not start); the demo is accepted once it is built."""
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
        self.show_step(MEMBERS)
        return False  # accepted after the last step

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
        self.ui.steps_label.setEnabled(checked)

    def _on_button_box_accepted(self) -> None:
        step = self.ui.step_stack.currentIndex()
        if step == START:
            if self.start():
                self.accept()
        elif step == MEMBERS:
            if self._add_typed_member():
                self.show_step(ORGANISATION)
        elif self._add_first_organisation():
            self.accept()

    def reject(self) -> None:
        if self.ui.step_stack.currentIndex() != START:
            self.accept()  # the journal is started: closing skips the rest, never quits
        elif self.worker is None:  # never leave the demo half-written behind a closed window
            super().reject()

    # --- the steps after the name ----------------------------------------------------

    def _build_steps(self) -> None:
        ui = self.ui
        fill_choices(ui.member_role_combo, MemberRole)
        fill_choices(ui.first_organisation_kind_combo, OrganisationKind)
        self.added_members: list[tuple[int, str]] = []
        self.skip_button = QPushButton("S&kip this step")
        self.skip_button.setObjectName("skip_button")
        self.skip_button.setAccessibleDescription("Go on without this; it can be done later")
        ui.button_box.addButton(self.skip_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.skip_button.clicked.connect(self._on_skip_button_clicked)
        self.skip_button.hide()
        ui.add_member_button.clicked.connect(self._on_add_member_button_clicked)
        ui.member_name_edit.installEventFilter(self)  # Enter adds the member typed
        ui.step_stack.setCurrentIndex(START)

    def show_step(self, step: int) -> None:
        ui = self.ui
        show_inline(ui.error_label, None)
        ui.step_stack.setCurrentIndex(step)
        ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.skip_button.show()
        if step == MEMBERS:
            ok.setText("&Next")
            ok.setAccessibleDescription("On to the first organisation")
            ui.member_name_edit.setFocus()
        else:
            ok.setText("&Finish")
            ok.setAccessibleDescription("Save the organisation and open the journal")
            fill_ticks(
                ui.first_organisation_holders_list,
                [(member_name, member_id) for member_id, member_name in self.added_members],
                set(),
            )
            ui.first_organisation_name_edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.member_name_edit
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # type: ignore[attr-defined]
        ):
            self._add_typed_member(required=True)
            return True
        return super().eventFilter(watched, event)

    def _add_typed_member(self, *, required: bool = False) -> bool:
        """Add the member typed (if any); False, with the reason shown, if it cannot be."""
        ui = self.ui
        name = ui.member_name_edit.text().strip()
        if not name and not required:
            return True
        try:
            saved = people.add_member(
                self.journal, name=name, role=MemberRole(ui.member_role_combo.currentData())
            )
        except JournalError as error:
            show_inline(ui.error_label, error)
            ui.member_name_edit.setFocus()
            return False
        show_inline(ui.error_label, None)
        self.added_members.append((saved.id, saved.name))
        ui.members_list.addItem(f"{saved.name} — {ui.member_role_combo.currentText()}")
        ui.member_name_edit.clear()
        ui.member_name_edit.setFocus()
        return True

    def _add_first_organisation(self) -> bool:
        ui = self.ui
        name = ui.first_organisation_name_edit.text().strip()
        try:
            if not name:
                raise ValidationError(
                    "Please give the organisation's name, or choose “Skip this step”.", "name"
                )
            organisations.add_organisation(
                self.journal,
                name=name,
                kind=ui.first_organisation_kind_combo.currentData(),
                holders=[int(str(h)) for h in ticked(ui.first_organisation_holders_list)],
            )
        except JournalError as error:
            show_inline(ui.error_label, error)
            ui.first_organisation_name_edit.setFocus()
            return False
        return True

    def _on_add_member_button_clicked(self) -> None:
        self._add_typed_member(required=True)

    def _on_skip_button_clicked(self) -> None:
        if self.ui.step_stack.currentIndex() == MEMBERS:
            self.show_step(ORGANISATION)
        else:
            self.accept()
