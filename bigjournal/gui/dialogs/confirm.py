"""Asking before something is lost, in words that say what goes with it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(
    parent: QWidget,
    title: str,
    text: str,
    yes_text: str,
    on_yes: Callable[[], object],  # what it returns is not used
) -> QMessageBox:
    """A window-modal question; ``on_yes`` runs only if the user agrees.

    Opened with ``open()`` rather than ``exec()`` so the event loop keeps running
    (and tests can answer it by clicking its button). "Keep it" is the default,
    so Enter never deletes by accident.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.DestructiveRole)
    yes.setObjectName("confirm_button")
    keep = box.addButton("Keep it", QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("keep_button")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _on_box_finished(_result: int) -> None:
        if box.clickedButton() is yes:
            on_yes()

    box.finished.connect(_on_box_finished)
    box.open()
    return box
