"""Agree a new date for a broken promise: a new promise, linked to the broken one.

The broken promise stays broken (the track record keeps it); the reason it was
broken is shown, so the new date is agreed knowing why the first one was missed.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from bigjournal.errors import JournalError
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.date_widgets import date_edit, python_date, qdate
from bigjournal.gui.errors import show_inline
from bigjournal.gui.html import day
from bigjournal.journal.records import PromiseRow

#: The new date suggested: four weeks on.
SUGGESTED_DAYS = 28


class RenewPromiseDialog(QDialog):
    #: The new promise was saved (its id).
    renewed = Signal(int)

    def __init__(
        self, actions: JournalActions, promise: PromiseRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RenewPromiseDialog")
        self.setWindowTitle("Agree a new date")
        self.journal_actions = actions
        self.promise = promise
        today = actions.today()
        layout = QVBoxLayout(self)
        reason = " ".join(promise.status_note.split()).rstrip(".")
        broken = f"broken {day(promise.status_on)}" if promise.status_on else "broken"
        self.promise_label = QLabel(
            f"“{promise.description}” — {promise.side.label.lower()}, {promise.holder_name} "
            f"({promise.organisation.name}), {broken}. "
            + (f"Reason given: “{reason}”." if reason else "No reason was recorded.")
            + " It stays broken in the track record; the new date makes a new promise."
        )
        self.promise_label.setWordWrap(True)
        self.promise_label.setObjectName("promise_label")
        layout.addWidget(self.promise_label)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName("Problem")
        layout.addWidget(self.error_label)
        form = QFormLayout()
        self.description_edit = QLineEdit(promise.description, self)
        self.description_edit.setObjectName("description_edit")
        self.description_edit.setAccessibleName("What is promised now")
        self.due_edit = date_edit(today + timedelta(days=SUGGESTED_DAYS), "New due date")
        self.due_edit.setObjectName("due_edit")
        self.due_edit.setMinimumDate(qdate(today))
        self.agreed_edit = date_edit(today, "Agreed on")
        self.agreed_edit.setObjectName("agreed_edit")
        self.agreed_edit.setMaximumDate(qdate(today))
        if promise.status_on is not None:
            self.agreed_edit.setMinimumDate(qdate(min(promise.status_on, today)))
        for text, widget in (
            ("&What is promised now:", self.description_edit),
            ("New &due date:", self.due_edit),
            ("A&greed on:", self.agreed_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = self.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("save_button")
        save.setText("Save the new date")
        self.button_box.accepted.connect(self._on_button_box_accepted)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)
        show_inline(self.error_label, None)
        self.description_edit.setMinimumWidth(320)  # the words of a promise, readable
        self.resize(560, self.sizeHint().height())
        self.due_edit.setFocus()

    def save(self) -> bool:
        try:
            made = self.journal_actions.renew_promise(
                self.promise,
                due_on=python_date(self.due_edit.date()),
                description=self.description_edit.text(),
                agreed_on=python_date(self.agreed_edit.date()),
            )
        except JournalError as error:
            show_inline(self.error_label, error)
            return False
        self.journal_actions.report(f"New date agreed: {made.description}, due {day(made.due_on)}")
        self.renewed.emit(made.id)
        return True

    def _on_button_box_accepted(self) -> None:
        if self.save():
            self.accept()
