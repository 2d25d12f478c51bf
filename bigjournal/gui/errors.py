"""Failures shown as dialogs in plain words, never as tracebacks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from bigjournal.errors import JournalError

GENERIC = (
    "Something went wrong and the change may not have been saved ({detail}). "
    "Your typing is still there; please try again, and tell whoever looks after "
    "BigJournal if it happens again."
)


def explain(error: BaseException) -> str:
    """The sentence for the volunteer: the error's own if it has one."""
    if isinstance(error, JournalError):
        return str(error)
    return GENERIC.format(detail=type(error).__name__)


def show_error(parent: QWidget | None, error: BaseException | str, title: str = "") -> QMessageBox:
    """A window-modal message box that does not block the caller (tests can read it)."""
    text = error if isinstance(error, str) else explain(error)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or "BigJournal")
    box.setText(text)
    box.setAccessibleName("Problem")
    box.setAccessibleDescription(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def problem_label() -> QLabel:
    """The (hidden) place at the top of a form where :func:`show_inline` shows a problem."""
    label = QLabel()
    label.setObjectName("error_label")
    label.setAccessibleName("Problem")
    label.setWordWrap(True)
    show_inline(label, None)
    return label


def show_inline(label: QLabel, error: BaseException | str | None) -> None:
    """Show (or hide, with None) a problem at the top of a form, readable by screen readers."""
    if error is None:
        label.clear()
        label.hide()
        return
    text = error if isinstance(error, str) else explain(error)
    palette = label.palette()  # dark red on pale yellow: readable, and not colour alone
    palette.setColor(QPalette.ColorRole.Window, QColor("#fff4c2"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#7a0000"))
    label.setPalette(palette)
    label.setAutoFillBackground(True)
    label.setText(text)
    label.setAccessibleDescription(text)
    label.show()
