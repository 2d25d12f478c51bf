"""The splash window shown while the journal opens.

Not :class:`QSplashScreen`: its ``show()`` and ``finish()`` each wait up to a second
for the window system to report the window exposed (Qt's ``waitForWindowExposed``),
blocking the start; on a slow or headless display that second was most of the time
to the first paint (measured by ``python -m benchmarks.run --only "cold start"``).
This is a plain frameless window with the same two methods the start-up uses.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class Splash(QWidget):
    """A picture and a line of text, centred on the screen, until the window is ready."""

    def __init__(self, pixmap: QPixmap, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("splash")
        self.setAccessibleName("BigJournal is starting")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        picture = QLabel(self)
        picture.setPixmap(pixmap)
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(self)
        self.message.setObjectName("splash_message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(picture)
        layout.addWidget(self.message)

    def showMessage(self, text: str, alignment: Qt.AlignmentFlag | None = None) -> None:
        """Say what is happening (the alignment is accepted for QSplashScreen's callers)."""
        self.message.setText(text)
        self.setAccessibleDescription(text)

    def show(self) -> None:
        screen = self.screen().availableGeometry()
        self.adjustSize()
        self.move(screen.center() - self.rect().center())
        super().show()

    def finish(self, _window: QWidget | None = None) -> None:
        """The main window is up: go (without waiting for it to be exposed)."""
        self.close()
