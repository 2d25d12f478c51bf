"""A banner above the views for things the volunteer should know but need not answer now.

Used for warnings about where the journal lives (a network share, a USB stick) and a
failed automatic backup: shown once, readable by screen readers, dismissed with a click.
"""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QColor, QGuiApplication, QPalette
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
        assert central is not None  # the window's views, there from the start
        holder = QWidget(window)
        holder.setObjectName("banner_holder")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(central, 1)
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


class ProblemBanner(QFrame):
    """A page that could not be read says so at its top, with "Try again".

    Refreshing a view can fail (a shared journal's server dropped out, a bug): the
    failure belongs on the page the volunteer is looking at, not on stderr.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problem_banner")
        self.setFrameShape(QFrame.Shape.Box)
        palette = self.palette()  # dark red on pale yellow, and a "Problem" word
        palette.setColor(QPalette.ColorRole.Window, QColor("#fff4c2"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#7a0000"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAccessibleName("Problem")
        layout.addWidget(self.label, 1)
        self.details_button = QPushButton("Copy the &details", self)
        self.details_button.setObjectName("copy_details_button")
        self.details_button.setAccessibleDescription(
            "Copy what went wrong, to send to whoever looks after BigJournal"
        )
        self.details_button.clicked.connect(self._on_details_button_clicked)
        layout.addWidget(self.details_button)
        self.retry_button = QPushButton("&Try again", self)
        self.retry_button.setObjectName("retry_button")
        self.retry_button.setAccessibleDescription("Read this page from the journal again")
        layout.addWidget(self.retry_button)
        self.text = ""
        self.details = ""
        self.hide()

    def show_problem(self, text: str, details: str = "") -> None:
        self.text, self.details = text, details
        self.label.setText(f"<b>Problem:</b> {escape(text)}")
        self.label.setAccessibleDescription(text)
        self.details_button.setVisible(bool(details))
        self.show()

    def _on_details_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
