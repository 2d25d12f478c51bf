"""Open a shared journal: the server's address, a login, and the password in the keyring.

The address (server, port, database, login) is remembered in the interface
preferences; the password only ever goes to the operating system's keyring
(:func:`bigjournal.store.team.store_password`), and only after it has opened the
journal. Testing and opening run in a worker: an unreachable server takes up to the
connection timeout to answer, and the window must not freeze meanwhile. When the
server cannot be reached, the dialog says so plainly and offers to keep working on
the journal on this computer.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from bigjournal.errors import JournalError, ValidationError
from bigjournal.gui.errors import show_inline
from bigjournal.gui.forms.ui_open_shared_dialog import Ui_OpenSharedDialog
from bigjournal.gui.worker import Worker
from bigjournal.store import team

PREFERENCE_KEYS = {"host": "host_edit", "port": "port_edit", "database": "database_edit"}
PREFERENCE_KEYS["user"] = "login_edit"
GROUP = "shared_journal"
KEEP_LOCAL = "Keep working on this computer"


class OpenSharedDialog(QDialog):
    #: The shared journal is open (a :class:`~bigjournal.store.team.TeamJournal`).
    journal_opened = Signal(object)

    def __init__(
        self,
        preferences: QSettings | None = None,
        parent: QWidget | None = None,
        *,
        url: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_OpenSharedDialog()
        self.ui.setupUi(self)
        self.preferences = preferences
        self.worker: Worker | None = None
        self.journal: team.TeamJournal | None = None
        self.open_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Open)
        self.open_button.setObjectName("open_button")
        self.cancel_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel_button")
        self.ui.button_box.accepted.connect(self.open_journal)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.test_button.clicked.connect(self.test_connection)
        show_inline(self.ui.error_label, None)
        self.ui.result_label.hide()
        self._load(url)
        first_empty = next(
            (edit for edit in self._edits() if not edit.text()), self.ui.password_edit
        )
        first_empty.setFocus()

    def _edits(self) -> list[QLineEdit]:
        ui = self.ui
        return [ui.host_edit, ui.port_edit, ui.database_edit, ui.login_edit, ui.password_edit]

    def _load(self, url: str | None) -> None:
        if url:
            try:
                where = team.ServerAddress.from_url(url)
            except ValidationError:
                return
            values = {
                "host": where.host,
                "port": "" if where.port == team.DEFAULT_PORT else str(where.port),
                "database": where.database,
                "user": where.user,
            }
        elif self.preferences is not None:
            values = {
                key: str(self.preferences.value(f"{GROUP}/{key}", "") or "")
                for key in PREFERENCE_KEYS
            }
        else:
            return
        for key, widget in PREFERENCE_KEYS.items():
            getattr(self.ui, widget).setText(values.get(key, ""))
        self._note_stored_password()

    def _note_stored_password(self) -> None:
        try:
            kept = team.stored_password(self.address())
        except JournalError:
            kept = None
        self.ui.password_edit.setPlaceholderText(
            "kept in this computer's keyring (type to change it)" if kept else ""
        )

    # --- reading the form ----------------------------------------------------------

    def address(self) -> team.ServerAddress:
        ui = self.ui
        return team.address(
            ui.host_edit.text(), ui.database_edit.text(), ui.login_edit.text(), ui.port_edit.text()
        )

    def _checked_address(self) -> team.ServerAddress | None:
        """The address, or None after showing what is wrong at the field to fix."""
        try:
            where = self.address()
        except ValidationError as error:
            self._problem(error)
            widget = {
                "host": self.ui.host_edit,
                "port": self.ui.port_edit,
                "database": self.ui.database_edit,
                "user": self.ui.login_edit,
            }.get(error.field or "")
            if widget is not None:
                widget.setFocus()
                widget.selectAll()
            return None
        show_inline(self.ui.error_label, None)
        return where

    def password(self) -> str | None:
        return self.ui.password_edit.text() or None

    def _problem(self, error: BaseException | str) -> None:
        show_inline(self.ui.error_label, error)
        unreachable = isinstance(error, team.ServerUnreachableError)
        self.cancel_button.setText(KEEP_LOCAL if unreachable else "Cancel")

    # --- testing and opening --------------------------------------------------

    def test_connection(self) -> Worker | None:
        where = self._checked_address()
        if where is None:
            return None
        self._show_result(f"Trying {where.display_name}…")
        password = self.password()
        return self._run(
            lambda _progress: team.check_connection(where.url, password=password),
            self._on_checked,
        )

    def _on_checked(self, result: Any) -> None:
        mark = "✔ " if result.ok else "✘ "
        lines = [mark + result.summary, *result.details]
        self._show_result("\n".join(lines))
        if not result.ok and "could not be reached" in result.summary:
            self.cancel_button.setText(KEEP_LOCAL)

    def _show_result(self, text: str) -> None:
        self.ui.result_label.setText(text)
        self.ui.result_label.setAccessibleDescription(text)
        self.ui.result_label.show()

    def open_journal(self) -> Worker | None:
        where = self._checked_address()
        if where is None:
            return None
        password = self.password()
        self._show_result(f"Opening the shared journal on {where.host}…")
        return self._run(
            lambda _progress: team.open_team_journal(where.url, password=password),
            lambda journal: self._on_opened(where, password, journal),
        )

    def _on_opened(self, where: team.ServerAddress, password: str | None, journal: Any) -> None:
        self.journal = journal
        self._remember(where)
        note = ""
        if password and self.ui.remember_check.isChecked():
            try:
                team.store_password(where, password)
            except JournalError as error:  # no keyring: it works, just not remembered
                note = f" {error}"
        self._show_result(f"Opened {where.display_name}.{note}")
        self.journal_opened.emit(journal)
        self.accept()

    def _remember(self, where: team.ServerAddress) -> None:
        if self.preferences is None:
            return
        values = {"host": where.host, "port": str(where.port), "database": where.database}
        values["user"] = where.user
        for key, value in values.items():
            self.preferences.setValue(f"{GROUP}/{key}", value)

    def _run(self, job: Any, on_success: Any) -> Worker:
        self._set_busy(True)
        worker = Worker(job)
        self.worker = worker
        worker.signals.succeeded.connect(on_success)
        worker.signals.failed.connect(self._on_worker_failed)
        worker.signals.finished.connect(self._on_worker_finished)
        return worker.start()

    def _on_worker_failed(self, error: Exception) -> None:
        self.ui.result_label.hide()
        self._problem(error)

    def _on_worker_finished(self) -> None:
        self.worker = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.ui.test_button, self.open_button, self.cancel_button):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        if self.worker is not None:
            return  # wait for the answer (at most the connection timeout)
        super().reject()
