"""A box above a list that narrows it as the volunteer types (issue 15).

The same on every list that has one: a label with its own underlined letter
("Narro&w to:"), a clear button, an accessible name, Ctrl+L to reach it from anywhere
in the view, and :attr:`FilterBox.changed` a moment after the typing stops (a long
list is read again from the database, so not at every key).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

#: After the last key, this long before the list is narrowed.
DELAY_MS = 200
SHORTCUT = QKeySequence("Ctrl+L")


class FilterBox(QWidget):
    """``Narrow to: [ text  ⊗ ]``; ``changed(text)`` once the typing pauses."""

    changed = Signal(str)

    def __init__(
        self,
        *,
        what: str,
        placeholder: str,
        parent: QWidget | None = None,
        label: str = "Narro&w to:",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("filter_box")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(label, self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("filter_edit")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(f"{placeholder} (Ctrl+L)")
        self.edit.setAccessibleName(f"Narrow the {what}")
        self.edit.setAccessibleDescription(
            f"Type to show only the {what} that match; Escape or the clear button shows all"
        )
        self.label.setBuddy(self.edit)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.edit.returnPressed.connect(self._emit)
        self._sent = ""
        self.focus_action = QAction("Narrow the list", self)
        self.focus_action.setShortcut(SHORTCUT)
        self.focus_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.focus_action.triggered.connect(self.focus)

    def install_shortcut(self, view: QWidget) -> None:
        """Ctrl+L anywhere in ``view`` (the page the list is on) comes here."""
        view.addAction(self.focus_action)

    def text(self) -> str:
        return self.edit.text().strip()

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Escape clears, as in a browser
        if event.key() == Qt.Key.Key_Escape and self.edit.text():
            self.edit.clear()
            self._emit()
            return
        super().keyPressEvent(event)

    def _on_edit_text_changed(self, _text: str) -> None:
        self._timer.start()

    def _emit(self) -> None:
        self._timer.stop()
        if self.text() != self._sent:
            self._sent = self.text()
            self.changed.emit(self._sent)
