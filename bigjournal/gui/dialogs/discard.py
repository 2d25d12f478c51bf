"""Asking before a form with something typed in it is closed (Esc, Cancel, ×).

No is the default, so an Enter or Esc too many never throws the typing away.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


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
