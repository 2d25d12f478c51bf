"""Issue 15: a volunteer without a mouse does a morning's work on the demo journal.

Only key events, each sent where Qt sends a real key press (the open suggestion list
or popup, else the widget with the focus): log a meeting with two promises, mark one
kept, record a handover for someone who left, print a one-page summary to PDF. The
journal is only read, to check what the keys did.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget

from bigjournal.gui.dialogs.handover import HandoverDialog
from bigjournal.gui.dialogs.log_meeting import LogMeetingDialog
from bigjournal.gui.dialogs.print_summary import PrintSummaryDialog
from bigjournal.journal.meetings import meeting_detail
from bigjournal.journal.people import list_contacts, list_members
from bigjournal.journal.promises import list_promises

WAIT_MS = 15_000
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier
COUNCIL = "Ashford Vale Borough Council"


def focused() -> QWidget:
    """Where a key goes: the focus inside the topmost modal window (offscreen, an open
    suggestion list can take the active window away from the dialog it belongs to)."""
    modal = QApplication.activeModalWidget()
    widget = (modal.focusWidget() or modal) if modal is not None else QApplication.focusWidget()
    assert widget is not None
    return widget


def popup() -> QWidget | None:
    """The suggestion list or drop-down on screen, which gets the keys while it is open."""
    shown = QApplication.activePopupWidget()
    if shown is None:
        shown = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if w.isVisible() and w.windowType() == Qt.WindowType.Popup
            ),
            None,
        )
    return shown


def target(qtbot: Any) -> QWidget:
    """Where the next key goes. With no list open, the window being worked in has the
    keyboard back (offscreen, a list that closed can keep it: no window manager)."""
    shown = popup()
    if shown is not None:
        return shown
    widget = focused()
    if not widget.window().isActiveWindow():
        comes_forward(qtbot, widget.window())
    return widget


def press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    qtbot.keyClick(target(qtbot), key, modifier)


def type_text(qtbot: Any, text: str) -> None:
    for character in text:
        qtbot.keyClicks(target(qtbot), character)


def close_suggestions(qtbot: Any) -> None:
    if popup() is not None:
        press(qtbot, Qt.Key.Key_Escape)
    assert popup() is None


def tab_to(qtbot: Any, wanted: QWidget, limit: int = 40) -> None:
    """Tab until ``wanted`` has the focus, as a volunteer would."""
    for _ in range(limit):
        if focused() is wanted:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {wanted.objectName()} (at {focused()})")


def comes_forward(qtbot: Any, window: QWidget) -> None:
    """A new window gets the keyboard: a window manager does this, the offscreen
    platform does not (no key press stands in for it)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)


def down_to(qtbot: Any, found: Any, limit: int = 60) -> None:
    """Arrow down a list until ``found()`` says the right row is chosen."""
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(limit):
        if found():
            return
        press(qtbot, Qt.Key.Key_Down)
    raise AssertionError("the row is not in the list")


def test_a_morning_with_the_keyboard_only(
    window: Any, qtbot: Any, demo_journal: Any, tmp_path: Path
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    member = list_members(demo_journal)[0].name

    # 1. Log a meeting with two promises (Ctrl+N), saved with Ctrl+Enter.
    press(qtbot, Qt.Key.Key_N, CTRL)  # Log a meeting…
    qtbot.waitUntil(lambda: isinstance(window.dialog, LogMeetingDialog), timeout=WAIT_MS)
    dialog = window.dialog
    comes_forward(qtbot, dialog)
    qtbot.waitUntil(lambda: focused() is dialog.ui.organisations_edit, timeout=WAIT_MS)
    type_text(qtbot, COUNCIL)
    close_suggestions(qtbot)
    press(qtbot, Qt.Key.Key_T, ALT)  # Their people
    assert focused() is dialog.ui.contacts_edit
    type_text(qtbot, "Gareth Lloyd")
    close_suggestions(qtbot)
    press(qtbot, Qt.Key.Key_U, ALT)  # Our people
    type_text(qtbot, member)
    close_suggestions(qtbot)
    press(qtbot, Qt.Key.Key_I, ALT)  # Title
    type_text(qtbot, "Keyboard walk about the lamps")
    close_suggestions(qtbot)
    press(qtbot, Qt.Key.Key_P, ALT)  # Add a promise: the new row's Whose has the focus
    qtbot.waitUntil(lambda: len(dialog.rows) == 1, timeout=WAIT_MS)  # a pressed look first
    theirs = dialog.rows[0]
    assert focused() is theirs.ui.side_combo
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is theirs.ui.who_edit, focused()
    type_text(qtbot, "Gareth")
    qtbot.waitUntil(theirs.completer.is_showing, timeout=WAIT_MS)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Send the lighting survey")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "2w")
    press(qtbot, Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: len(dialog.rows) == 2, timeout=WAIT_MS)
    ours = dialog.rows[1]
    assert focused() is ours.ui.side_combo
    press(qtbot, Qt.Key.Key_Down)  # Whose: ours
    assert ours.side.value == "ours"
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, member)
    close_suggestions(qtbot)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Book the hall for the lamps meeting")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "1w")
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        press(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.saved is not None
    logged = meeting_detail(demo_journal, dialog.saved.id)
    assert [c.name for c in logged.contacts] == ["Gareth Lloyd"]
    assert [m.name for m in logged.members] == [member]
    made = {p.description: p for p in logged.promises}
    assert set(made) == {"Send the lighting survey", "Book the hall for the lamps meeting"}

    comes_forward(qtbot, window)  # back to the main window, as the dialog closed
    # 2. Promises (Ctrl+5): the survey, chosen with the arrows, marked kept with K.
    press(qtbot, Qt.Key.Key_5, CTRL)
    view = window.promises_view
    table = view.ui.promise_table
    tab_to(qtbot, table)
    down_to(
        qtbot,
        lambda: view.current is not None and view.current.id == made["Send the lighting survey"].id,
    )
    press(qtbot, Qt.Key.Key_K)
    qtbot.waitUntil(
        lambda: (
            {p.id: p.status.value for p in list_promises(demo_journal)}[
                made["Send the lighting survey"].id
            ]
            == "kept"
        ),
        timeout=WAIT_MS,
    )

    # 3. Contacts (Ctrl+3): Gareth Lloyd has left (Alt+L); Post vacant; Save.
    press(qtbot, Qt.Key.Key_3, CTRL)
    contacts = window.contacts_view
    tab_to(qtbot, contacts.ui.contact_table)
    down_to(
        qtbot,
        lambda: contacts.detail is not None and contacts.detail.contact.name == "Gareth Lloyd",
    )
    press(qtbot, Qt.Key.Key_L, ALT)
    qtbot.waitUntil(lambda: isinstance(window.dialog, HandoverDialog), timeout=WAIT_MS)
    handover = window.dialog
    comes_forward(qtbot, handover)
    press(qtbot, Qt.Key.Key_W, ALT)
    type_text(qtbot, "Kentshire County Council")
    press(qtbot, Qt.Key.Key_P, ALT)  # Post vacant for now
    qtbot.waitUntil(handover.ui.vacant_radio.isChecked, timeout=WAIT_MS)
    for combo in handover.fate_combos:  # every open promise needs a decision
        tab_to(qtbot, combo)
        press(qtbot, Qt.Key.Key_Down)
    with qtbot.waitSignal(handover.finished, timeout=WAIT_MS):
        press(qtbot, Qt.Key.Key_S, ALT)
    comes_forward(qtbot, window)
    gareth = next(c for c in list_contacts(demo_journal) if c.name == "Gareth Lloyd")
    assert gareth.left_on is not None and gareth.went_to == "Kentshire County Council"

    # 4. Organisations (Ctrl+2): the council, Print summary (Ctrl+P), Save as PDF.
    press(qtbot, Qt.Key.Key_2, CTRL)
    organisations = window.organisations_view
    tab_to(qtbot, organisations.ui.organisation_tree)
    down_to(
        qtbot, lambda: organisations.detail is not None and organisations.detail.name == COUNCIL
    )
    press(qtbot, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: isinstance(window.dialog, PrintSummaryDialog), timeout=WAIT_MS)
    summary = window.dialog
    comes_forward(qtbot, summary)
    if summary.open_check.isChecked():  # no PDF viewer to open here
        press(qtbot, Qt.Key.Key_W, ALT)
    qtbot.waitUntil(lambda: not summary.open_check.isChecked(), timeout=WAIT_MS)
    out = tmp_path / "council summary.pdf"
    typed: list[str] = []

    def answer_the_file_dialog() -> None:
        chooser = QApplication.activeModalWidget()
        if not isinstance(chooser, QFileDialog):
            QTimer.singleShot(100, answer_the_file_dialog)
            return
        chooser.activateWindow()
        name = focused()
        assert isinstance(name, QLineEdit)
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_text(qtbot, str(out))
        typed.append(name.text())
        press(qtbot, Qt.Key.Key_Return)

    QTimer.singleShot(100, answer_the_file_dialog)
    press(qtbot, Qt.Key.Key_Return)  # Save as PDF… is the default button
    qtbot.waitUntil(lambda: summary.saved_path == out, timeout=WAIT_MS)
    assert typed == [str(out)]
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    page = " ".join((reader.pages[0].extract_text() or "").split())
    assert COUNCIL in page
    assert "Book the hall for the lamps meeting" in page  # ours, still open
