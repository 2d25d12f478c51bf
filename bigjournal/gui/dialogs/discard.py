"""Asking before a form with something typed in it is closed (Esc, Cancel, ×).

No is the default, so an Enter or Esc too many never throws the typing away.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


def ask_to_discard(
    parent: QWidget, title: str, consequence: str, on_discard: Callable[[], None]
) -> QMessageBox:
    """A window-modal "Discard …?" box; ``on_discard`` runs only on Yes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(title)
    box.setInformativeText(consequence)
    box.setAccessibleName(title)
    box.setAccessibleDescription(consequence)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText("&Yes, discard it")
    box.button(QMessageBox.StandardButton.No).setText("&No, keep it")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)

    def _on_box_finished(_result: int) -> None:
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            on_discard()

    box.finished.connect(_on_box_finished)
    box.open()
    return box


class AsksBeforeDiscarding(QDialog):
    """A record's form that asks before Esc, Cancel or × throw away what was typed.

    A subclass says whether anything changed (:meth:`has_changes`) and what the
    question is (:meth:`discard_title`); a second Esc while the question is open does
    nothing, and "Yes" closes the form without saving.
    """

    discard_question: QMessageBox | None = None

    def has_changes(self) -> bool:
        raise NotImplementedError

    def discard_title(self) -> str:
        raise NotImplementedError

    def reject(self) -> None:
        """Esc, Cancel or ×: ask first when something was chosen or typed."""
        if self.discard_question is not None:
            return
        if not self.has_changes():
            super().reject()
            return
        self.discard_question = ask_to_discard(
            self, self.discard_title(), "What you chose and typed will not be saved.", self.discard
        )
        self.discard_question.finished.connect(self._on_discard_question_finished)

    def discard(self) -> None:
        """Close without saving or asking (the volunteer said so)."""
        QDialog.reject(self)

    def _on_discard_question_finished(self, _result: int) -> None:
        self.discard_question = None
