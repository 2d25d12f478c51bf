"""A banner above the views for things the volunteer should know but need not answer now.

Used for warnings about where the journal lives (a network share, a USB stick) and a
failed automatic backup: shown once, readable by screen readers, dismissed with a click.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class Banner(QFrame):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warning_banner")
        self.setFrameShape(QFrame.Shape.Box)
        palette = self.palette()  # dark text on pale yellow, and a "Note" word: not colour alone
        palette.setColor(QPalette.ColorRole.Window, QColor("#fff4c2"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#3d2e00"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        self.label = QLabel(f"<b>Please note:</b> {text}", self)
        self.label.setWordWrap(True)
        self.label.setAccessibleName("Please note")
        self.label.setAccessibleDescription(text)
        layout.addWidget(self.label, 1)
        self.dismiss_button = QPushButton("&Got it", self)
        self.dismiss_button.setObjectName("dismiss_button")
        self.dismiss_button.setAccessibleDescription("Hide this note")
        self.dismiss_button.clicked.connect(self.deleteLater)
        layout.addWidget(self.dismiss_button)
        self.text = text


def add_banner(window: QMainWindow, text: str) -> Banner | None:
    """Show ``text`` above the window's views (once: the same text is not repeated)."""
    for existing in window.findChildren(Banner):
        if existing.text == text:
            return None
    holder = window.findChild(QWidget, "banner_holder")
    if holder is None:
        central = window.takeCentralWidget()
        holder = QWidget(window)
        holder.setObjectName("banner_holder")
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(central, 1)
        window.setCentralWidget(holder)
        central.show()
        holder.show()
    layout = holder.layout()
    assert isinstance(layout, QVBoxLayout)
    banner = Banner(text, holder)
    layout.insertWidget(layout.count() - 1, banner)
    if holder.isVisible():  # otherwise it shows with the window
        banner.show()
    return banner
