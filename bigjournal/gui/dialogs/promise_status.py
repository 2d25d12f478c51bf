"""Change a promise's status — kept, broken, released or open again — with a date and a note."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from bigjournal.errors import JournalError
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.date_widgets import python_date, qdate
from bigjournal.gui.errors import show_inline
from bigjournal.gui.forms.ui_promise_status_dialog import Ui_PromiseStatusDialog
from bigjournal.gui.html import day
from bigjournal.journal.records import PromiseRow
from bigjournal.model.vocabulary import PromiseStatus


class PromiseStatusDialog(QDialog):
    status_changed = Signal(int)

    def __init__(
        self, actions: JournalActions, promise: PromiseRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PromiseStatusDialog()
        self.ui.setupUi(self)
        self.journal_actions = actions
        self.promise = promise
        due = f", due {day(promise.due_on)}" if promise.due_on else ""
        self.ui.promise_label.setText(
            f"“{promise.description}” — {promise.side.label.lower()}, "
            f"{promise.holder_name} ({promise.organisation.name}), "
            f"made {day(promise.made_on)}{due}. "
            f"Now: {promise.status.label.lower()}."
        )
        for status in PromiseStatus:
            self.ui.status_combo.addItem(status.label, status)
        suggested = PromiseStatus.KEPT if promise.status is PromiseStatus.OPEN else promise.status
        self.ui.status_combo.setCurrentIndex(self.ui.status_combo.findData(suggested))
        today = actions.today()
        when = promise.status_on or today
        self.ui.date_edit.setDate(qdate(when))
        self.ui.date_edit.setMinimumDate(qdate(promise.made_on))
        self.ui.note_edit.setPlainText(promise.status_note)
        self.ui.status_combo.currentIndexChanged.connect(
            self._on_status_combo_current_index_changed
        )
        self._on_status_combo_current_index_changed(0)
        show_inline(self.ui.error_label, None)
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("save_button")
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self.renew_dialog: QDialog | None = None
        if promise.can_be_renewed:  # broken, no new date yet: offer one (issue 21)
            self.renew_button = self.ui.button_box.addButton(
                "&Agree a new date…", QDialogButtonBox.ButtonRole.ActionRole
            )
            self.renew_button.setObjectName("renew_button")
            self.renew_button.setToolTip(
                "Keep this one broken in the track record and make a new promise, "
                "linked to it, with the date agreed now"
            )
            self.renew_button.clicked.connect(self.agree_new_date)
        self.ui.status_combo.setFocus()

    def agree_new_date(self) -> QDialog:
        """Close this dialog and open "Agree a new date" on the same promise."""
        from bigjournal.gui.dialogs.renew_promise import RenewPromiseDialog

        parent = self.parentWidget()
        self.reject()
        dialog = RenewPromiseDialog(self.journal_actions, self.promise, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.renew_dialog = dialog
        dialog.open()
        return dialog

    def save(self) -> bool:
        status = PromiseStatus(self.ui.status_combo.currentData())
        try:
            self.journal_actions.set_status(
                self.promise,
                status,
                on=python_date(self.ui.date_edit.date()),
                note=self.ui.note_edit.toPlainText(),
            )
        except JournalError as error:
            show_inline(self.ui.error_label, error)
            return False
        self.journal_actions.report(f"Promise {status.label.lower()}: {self.promise.description}")
        self.status_changed.emit(self.promise.id)
        return True

    def _on_status_combo_current_index_changed(self, _index: int) -> None:
        is_open = self.ui.status_combo.currentData() == PromiseStatus.OPEN
        self.ui.date_edit.setEnabled(not is_open)

    def _on_button_box_accepted(self) -> None:
        if self.save():
            self.accept()
