"""The user guide inside the app (F1), offline, opened at the page for what is on screen.

The guide is docs/user-guide.md, shipped in the package as
``bigjournal/resources/help/user-guide.md`` (``build_forms`` copies it; a test keeps
the two the same), shown in a :class:`HelpWindow` with Qt's own Markdown support.
Its screenshots are left out: the window the guide describes is right beside it.
"""

from __future__ import annotations

import re
from importlib import resources

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from bigjournal import APP_NAME

#: The guide's section for each view of the main window (by its number) …
VIEW_SECTIONS = (
    "Today",
    "Organisations",
    "Contacts",
    "Meetings and Promises",
    "Meetings and Promises",
    "Moving around",
    "The partnership's map",
    "Topics",
)
#: … and for the dialogs that have one (by class name).
DIALOG_SECTIONS = {
    "LogMeetingDialog": "Log a meeting",
    "HandoverDialog": "When people move on",
    "PendingHandoverDialog": "When people move on",
    "SeveralLeftDialog": "When people move on",
    "SteppingDownDialog": "When people move on",
    "MembersDialog": "When people move on",
    "FirstRunDialog": "The first time",
    "RenewPromiseDialog": "Meetings and Promises",
    "PromiseStatusDialog": "Meetings and Promises",
    "CheckInDialog": "Recording a check-in",
    "OutcomeDialog": "Recording an outcome",
    "LegacyReportDialog": "Outcomes: what the relationship achieved",
    "MeetingNoteDialog": "The note of a meeting",
    "TopicsDialog": "Topics",
    "TopicEditor": "Topics",
}
_PICTURE = re.compile(r"^!\[[^\]]*\]\([^)]*\)\s*$", re.MULTILINE)


def guide_text() -> str:
    """The shipped user guide (Markdown), without its screenshots."""
    shipped = resources.files("bigjournal").joinpath("resources/help/user-guide.md")
    return _PICTURE.sub("", shipped.read_text(encoding="utf-8"))


def section_for(widget: QWidget | None, view_number: int | None) -> str:
    """The heading of the guide's section about ``widget`` (a dialog) or the view."""
    if widget is not None and type(widget).__name__ in DIALOG_SECTIONS:
        return DIALOG_SECTIONS[type(widget).__name__]
    if view_number is not None and 0 <= view_number < len(VIEW_SECTIONS):
        return VIEW_SECTIONS[view_number]
    return ""


class HelpWindow(QDialog):
    """The user guide beside the window it describes (not modal: both can be used)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_window")
        self.setWindowTitle(f"{APP_NAME} user guide")
        self.setProperty("bigjournal_no_scroll", True)  # the guide scrolls itself
        self.setModal(False)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide_browser")
        self.browser.setAccessibleName("User guide")
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(guide_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 900)  # fitted to the screen as it is shown

    def show_section(self, heading: str) -> bool:
        """Scroll so the section's heading is at the top; False if there is none."""
        document = self.browser.document()
        cursor = QTextCursor(document)
        while True:
            cursor = document.find(heading, cursor, QTextDocument.FindFlag.FindCaseSensitively)
            if cursor.isNull():
                return False
            block = cursor.block()
            if block.blockFormat().headingLevel() and block.text().strip().startswith(heading):
                break
        start = QTextCursor(block)
        self.browser.setTextCursor(start)
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() + self.browser.cursorRect(start).top())
        return True

    def heading_at_top(self) -> str:
        """The heading of the section shown at the top (for tests and screen readers)."""
        line = self.browser.fontMetrics().height()
        cursor = self.browser.cursorForPosition(QPoint(line, line // 2))
        block = cursor.block()
        while block.isValid() and not block.blockFormat().headingLevel():
            block = block.previous()
        return block.text() if block.isValid() else ""


def open_help(window: QWidget, heading: str) -> HelpWindow:
    """Show the guide (one window, reused) at ``heading``, over ``window``."""
    existing = window.findChild(HelpWindow, "help_window")
    help_window = existing or HelpWindow(window)
    help_window.show()
    help_window.raise_()
    help_window.activateWindow()
    if heading:
        help_window.show_section(heading)
        # Again once the window has its size (fitted to the screen as it was shown).
        QTimer.singleShot(0, lambda: help_window.show_section(heading))
    help_window.browser.setFocus(Qt.FocusReason.OtherFocusReason)
    return help_window
