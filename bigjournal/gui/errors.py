"""Failures shown as dialogs in plain words, never as tracebacks.

A :class:`~bigjournal.errors.JournalError` carries its own sentence for the volunteer.
Anything else is a bug: it is written with its traceback to the log
(:mod:`bigjournal.diagnostics`) and the dialog offers "Copy the details" and "Open the
log folder", so the volunteer can pass it on without reading it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from bigjournal import diagnostics
from bigjournal.errors import JournalError, UnexpectedError

GENERIC = (
    "Something went wrong inside BigJournal and the change may not have been saved. "
    "Your typing is still there; please try again. If it happens again, use "
    "“Copy the details” and send them to whoever looks after BigJournal for you."
)


def explain(error: BaseException) -> str:
    """The sentence for the volunteer: the error's own if it has one."""
    if isinstance(error, JournalError):
        return str(error)
    return GENERIC


def is_unexpected(error: BaseException | str) -> bool:
    """A bug, rather than a problem the volunteer's sentence already explains."""
    return isinstance(error, BaseException) and not isinstance(error, JournalError)


def show_error(
    parent: QWidget | None,
    error: BaseException | str,
    title: str = "",
    *,
    details: str | None = None,
) -> QMessageBox:
    """A window-modal message box that does not block the caller (tests can read it).

    An unexpected error is logged with its traceback first (unless ``details`` says it
    already was) and the box offers to copy the details or open the log folder.
    """
    text = error if isinstance(error, str) else explain(error)
    if details is None and isinstance(error, UnexpectedError):
        details = error.details  # logged where it happened (a worker)
    elif details is None and isinstance(error, BaseException) and is_unexpected(error):
        details = diagnostics.log_unexpected(error, title or "a window action")
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or "BigJournal")
    box.setText(text)
    box.setAccessibleName("Problem")
    box.setAccessibleDescription(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    if details:
        _offer_details(box, details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def _offer_details(box: QMessageBox, details: str) -> None:
    """ "Copy the details" and "Open the log folder", which act without closing the box."""
    box.setDetailedText(details)
    copy = QPushButton("&Copy the details", box)
    copy.setObjectName("copy_details_button")
    copy.setAccessibleDescription("Copy what went wrong, to paste into an email")
    box.addButton(copy, QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()  # an action button would close the box
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
    folder = QPushButton("Open the &log folder", box)
    folder.setObjectName("open_log_folder_button")
    folder.setAccessibleDescription("Show the folder holding BigJournal's log files")
    box.addButton(folder, QMessageBox.ButtonRole.ActionRole)
    folder.clicked.disconnect()
    folder.clicked.connect(open_log_folder)


def open_log_folder() -> bool:
    """Open the log folder in the file manager; False if there is none to open it."""
    try:
        folder = diagnostics.log_folder()
    except OSError:
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


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
