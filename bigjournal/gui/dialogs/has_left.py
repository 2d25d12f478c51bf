"""Has left: the date a contact left and where they went (the handover's first step).

The full handover (successor, introduction, moving the promises they held) is
built on this later; :meth:`MainWindow.start_leaving` is the one entry point.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from bigjournal.errors import JournalError
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.errors import show_inline
from bigjournal.gui.forms.ui_has_left_dialog import Ui_HasLeftDialog
from bigjournal.journal.records import ContactRow


class HasLeftDialog(QDialog):
    leaving_recorded = Signal(int)

    def __init__(
        self, actions: JournalActions, contact: ContactRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HasLeftDialog()
        self.ui.setupUi(self)
        self.actions = actions
        self.contact = contact
        self.setWindowTitle(f"{contact.name} has left")
        self.ui.intro_label.setText(
            f"Record that {contact.name} ({contact.role or 'contact'}, "
            f"{contact.organisation.name}) has left their post."
        )
        today = actions.today()
        self.ui.left_on_edit.setDate(QDate(today.year, today.month, today.day))
        self.ui.left_on_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        show_inline(self.ui.error_label, None)
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("save_button")
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.left_on_edit.setFocus()

    def save(self) -> bool:
        try:
            self.actions.record_leaving(
                self.contact,
                self.ui.left_on_edit.date().toPython(),
                self.ui.went_to_edit.text(),
            )
        except JournalError as error:
            show_inline(self.ui.error_label, error)
            return False
        self.actions.report(f"Recorded that {self.contact.name} has left.")
        self.leaving_recorded.emit(self.contact.id)
        return True

    def _on_button_box_accepted(self) -> None:
        if self.save():
            self.accept()
