"""Dialogs that fit the screen they open on, down to a 1024×600 netbook.

The forms are laid out for a comfortable size; on a smaller screen the dialog is made
smaller (its form scrolls, its buttons stay in view) and moved fully onto the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room for the window's title bar and frame, which the window manager adds.
FRAME_ALLOWANCE = 48


def fit_on_screen(dialog: QWidget, available: QRect | None = None) -> None:
    """Shrink and move ``dialog`` so that all of it, title bar too, is on its screen
    (or within ``available``, the part of a screen windows may use)."""
    if available is None:
        screen = dialog.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
    width = min(dialog.width(), available.width() - FRAME_ALLOWANCE // 4)
    height = min(dialog.height(), available.height() - FRAME_ALLOWANCE)
    if (width, height) != (dialog.width(), dialog.height()):
        dialog.resize(max(width, dialog.minimumWidth()), max(height, dialog.minimumHeight()))
    frame = dialog.frameGeometry()
    x = min(max(frame.x(), available.left()), available.right() + 1 - frame.width())
    y = min(max(frame.y(), available.top()), available.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        dialog.move(max(x, available.left()), max(y, available.top()))
