"""What every view shares: refreshing when the journal changes, opening records,
and fields that save themselves when the user leaves them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QBoxLayout, QLineEdit, QPlainTextEdit, QWidget

from bigjournal import diagnostics
from bigjournal.errors import JournalError
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.banner import ProblemBanner
from bigjournal.gui.errors import explain, show_error


class JournalView(QWidget):
    """A page of the main window. Refreshes now if visible, else when next shown."""

    #: A record was asked for (kind: organisation, contact, meeting, promise; id).
    record_opened = Signal(str, int)

    def __init__(self, actions: JournalActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal_actions = actions
        self._stale = True
        self._problem: ProblemBanner | None = None
        self._read_failed = False  # a read failed since the last refresh began

    @property
    def journal(self) -> Any:
        return self.journal_actions.journal

    def _journal_is_open(self) -> bool:
        """False once the journal is closed (a window being replaced lays out still)."""
        return not self.journal.closed

    def refresh(self) -> None:
        """Read the journal again; subclasses keep the selection where they can."""
        self._stale = False

    def mark_stale(self) -> None:
        if self.isVisible():
            self.refresh_safely()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh_safely()

    def refresh_safely(self) -> bool:
        """Refresh; a failure is shown on this page (and a bug logged), never lost.

        The page stays stale, so showing it again (or "Try again") reads it afresh.
        """
        self._read_failed = False
        try:
            self.refresh()
        except Exception as error:
            self.show_read_problem(error)
            return False
        if self._problem is not None and not self._read_failed:
            self._problem.hide()
        return not self._read_failed

    def show_read_problem(self, error: Exception) -> None:
        """A failed read, from a refresh or from a list asking for its next page."""
        self._stale = True
        self._read_failed = True
        details = ""
        if not isinstance(error, JournalError):
            details = diagnostics.log_unexpected(error, f"reading the {self.page_name()}")
        self.problem_banner().show_problem(
            f"This page could not be read from the journal. {explain(error)}", details
        )

    def page_name(self) -> str:
        """The page as the volunteer knows it ("Today", "Contacts")."""
        name = type(self).__name__.removesuffix("View")
        return f"{name} page"

    def problem_banner(self) -> ProblemBanner:
        """The banner at the top of the page, made the first time a refresh fails."""
        if self._problem is None:
            self._problem = ProblemBanner(self)
            self._problem.retry_button.clicked.connect(self.refresh_safely)
            layout = self.layout()
            if isinstance(layout, QBoxLayout):
                layout.insertWidget(0, self._problem)
        return self._problem

    def delete_selected(self) -> bool:
        """Start deleting the selected record (asks first); False if nothing to delete."""
        return False

    def open_record(self, record_id: int) -> None:
        """Show one record of this view's kind."""


class FieldSaver(QObject):
    """Saves a text field when the user leaves it, if its text changed.

    A failed save shows the message and keeps what was typed, so nothing is lost;
    the user can correct it and leave the field again.
    """

    def __init__(
        self,
        widget: QLineEdit | QPlainTextEdit,
        save: Callable[[str, str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or widget)
        self.widget = widget
        self._save = save
        self._loaded = ""
        if isinstance(widget, QLineEdit):
            widget.editingFinished.connect(self._on_widget_editing_finished)
        else:
            widget.installEventFilter(self)

    def load(self, text: str) -> None:
        """Show the saved value (not a change)."""
        self._loaded = text
        if isinstance(self.widget, QLineEdit):
            self.widget.setText(text)
        else:
            self.widget.setPlainText(text)

    def text(self) -> str:
        if isinstance(self.widget, QLineEdit):
            return self.widget.text()
        return self.widget.toPlainText()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.FocusOut:
            self.save_if_changed()
        return False

    def _on_widget_editing_finished(self) -> None:
        self.save_if_changed()

    def save_if_changed(self) -> bool:
        text = self.text()
        if text.strip() == self._loaded.strip():
            return False
        old, self._loaded = self._loaded, text
        try:
            self._save(old, text)
        except JournalError as error:
            self._loaded = old  # still differs, so leaving the field again retries
            show_error(self.widget.window(), error, "Not saved")
            return False
        return True
