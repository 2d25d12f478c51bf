"""Note of the meeting…: offered as a meeting is logged, and from Meetings to reprint it;
the real dialog writes a real PDF and a real .eml (read back), and the mail program's
opening is caught by Qt's own URL handler hook (nothing is launched)."""

from __future__ import annotations

import email
from collections.abc import Iterator
from datetime import timedelta
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget

from bigjournal.gui.dialogs import meeting_note as note_dialog
from bigjournal.gui.dialogs.log_meeting import LogMeetingDialog
from bigjournal.gui.dialogs.meeting_note import MeetingNoteDialog
from bigjournal.gui.main_window import MEETINGS
from bigjournal.journal.meetings import MeetingDraft, list_meetings, log_meeting
from bigjournal.journal.people import add_contact
from tests.conftest import TODAY

WAIT_MS = 30_000
LEFT = Qt.MouseButton.LeftButton


class OpenedUrls(QObject):
    """What would open in the system's viewer or mail program."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened(qapp: Any) -> Iterator[OpenedUrls]:
    catcher = OpenedUrls()
    for scheme in ("file", "mailto"):
        QDesktopServices.setUrlHandler(scheme, catcher, "open")
    yield catcher
    for scheme in ("file", "mailto"):
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture(autouse=True)
def state_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


def street_lighting(actions: Any) -> int:
    """A meeting with one of theirs who has an address and one who has none."""
    journal = actions.journal
    add_contact(
        journal,
        name="Sara Whitfield",
        organisation="Ashford Vale Borough Council",
        role="Street Lighting Engineer",
    )
    made = log_meeting(
        journal,
        MeetingDraft(
            occurred_on=TODAY - timedelta(days=1),
            title="Dark corners of Canal Walk",
            contacts=["Gareth Lloyd", "Sara Whitfield"],
            members=["Aisha Rahman"],
            decisions="Survey every lamp before the clocks change.",
        ),
        today=TODAY,
    )
    return made.id


def open_dialog(actions: Any, qtbot: Any, meeting_id: int) -> MeetingNoteDialog:
    dialog = MeetingNoteDialog(actions, meeting_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_dialog_says_who_the_email_reaches_and_who_needs_a_printed_copy(
    actions: Any, qtbot: Any
) -> None:
    dialog = open_dialog(actions, qtbot, street_lighting(actions))
    said = dialog.ui.recipients_label.text()
    assert "The email goes to Gareth Lloyd (gareth.lloyd@ashfordvale.example.org)." in said
    assert "Sara Whitfield has no email address: give them a printed copy." in said
    assert "Sara Whitfield has no email address" in (
        dialog.ui.recipients_label.accessibleDescription()
    )
    assert dialog.windowTitle() == "Note of the meeting: Dark corners of Canal Walk"
    # Keyboard first: the email is the default button and has the focus.
    assert dialog.email_button.text() == "Save the email &draft…"
    assert dialog.email_button.isDefault()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.email_button, timeout=WAIT_MS)
    # F1 here opens the guide at the note's own section.
    from bigjournal.gui.help import guide_text, section_for

    assert section_for(dialog, None) == "The note of a meeting"
    assert "\n## The note of a meeting\n" in guide_text()


def test_the_pdf_and_the_email_draft_are_saved_and_the_draft_opens_in_the_mail_program(
    actions: Any, qtbot: Any, tmp_path: Path, opened: OpenedUrls
) -> None:
    dialog = open_dialog(actions, qtbot, street_lighting(actions))
    pdf = tmp_path / "note"
    dialog.save_pdf(pdf)
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=WAIT_MS)
    assert dialog.saved_path == tmp_path / "note.pdf"
    (page,) = PdfReader(dialog.saved_path).pages
    text = " ".join((page.extract_text() or "").split())
    assert "Note of the meeting Dark corners of Canal Walk" in text
    assert "Sara Whitfield Street Lighting Engineer" in text
    assert "Survey every lamp before the clocks change." in text

    eml = tmp_path / "draft"
    assert dialog.save_email(eml) is not None
    assert not dialog.email_button.isEnabled()  # while it is written
    qtbot.waitUntil(lambda: dialog.eml_path is not None, timeout=WAIT_MS)
    assert dialog.eml_path == tmp_path / "draft.eml" and dialog.email_button.isEnabled()
    message = email.message_from_bytes(dialog.eml_path.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    assert message["X-Unsent"] == "1"
    assert [a.addr_spec for a in message["To"].addresses] == [
        "gareth.lloyd@ashfordvale.example.org"
    ]
    (attached,) = list(message.iter_attachments())
    assert attached.get_content_type() == "application/pdf"
    # Both files were opened: the PDF in the viewer, the draft in the mail program.
    assert [u.toLocalFile() for u in opened.urls] == [str(dialog.saved_path), str(eml) + ".eml"]
    assert "Your mail program opens it: check it and send it." in dialog.last_message
    assert "Sara Whitfield has no email address" in dialog.last_message


def test_with_no_program_for_drafts_a_new_email_starts_from_a_mailto_link(
    actions: Any, qtbot: Any, tmp_path: Path, opened: OpenedUrls, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A computer where nothing opens .eml files: the system's openUrl says no to them.
    real = QDesktopServices.openUrl

    def open_url(url: QUrl) -> bool:
        return False if url.isLocalFile() else bool(real(url))

    monkeypatch.setattr(note_dialog.QDesktopServices, "openUrl", staticmethod(open_url))
    dialog = open_dialog(actions, qtbot, street_lighting(actions))
    dialog.save_email(tmp_path / "draft.eml")
    qtbot.waitUntil(lambda: dialog.eml_path is not None, timeout=WAIT_MS)
    (link,) = opened.urls
    assert link.scheme() == "mailto"
    assert link.path() == "gareth.lloyd@ashfordvale.example.org"
    assert "No program here opens email drafts" in dialog.last_message
    assert (tmp_path / "draft.eml").is_file()


def test_a_meeting_with_none_of_their_people_says_the_draft_goes_to_nobody(
    actions: Any, qtbot: Any, tmp_path: Path, opened: OpenedUrls
) -> None:
    made = log_meeting(
        actions.journal,
        MeetingDraft(
            occurred_on=TODAY - timedelta(days=1),
            organisations=["Riverside Homes"],
            members=["Aisha Rahman"],
        ),
        today=TODAY,
    )
    dialog = open_dialog(actions, qtbot, made.id)
    assert "The email goes to nobody yet." in dialog.ui.recipients_label.text()
    assert "addressed to nobody yet" in dialog.ui.recipients_label.text()
    dialog.open_check.setChecked(False)
    dialog.save_email(tmp_path / "nobody.eml")
    qtbot.waitUntil(lambda: dialog.eml_path is not None, timeout=WAIT_MS)
    message = email.message_from_bytes((tmp_path / "nobody.eml").read_bytes())
    assert message["To"] is None and opened.urls == []


def test_logging_a_meeting_with_the_box_ticked_offers_its_note(
    window: Any, qtbot: Any, opened: OpenedUrls
) -> None:
    dialog = window.log_meeting()
    assert isinstance(dialog, LogMeetingDialog)
    check = dialog.note_check
    assert check.isVisibleTo(dialog) and check.text() == "Make a note of the meeting to s&end"
    dialog.ui.organisations_edit.setText("Riverside Homes; ")
    dialog.ui.contacts_edit.setText("Karen Booth (Riverside Homes); ")
    dialog.ui.title_edit.setText("Community café lease")
    # The box is reached by its letter (Alt+E), as every field is.
    edit = dialog.ui.title_edit
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit, timeout=WAIT_MS)
    qtbot.keyClick(edit, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(check.isChecked, timeout=WAIT_MS)
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.findChild(QWidget, "save_button"), LEFT)
    qtbot.waitUntil(lambda: isinstance(window.dialog, MeetingNoteDialog), timeout=WAIT_MS)
    note = window.dialog
    assert note.note.meeting.title == "Community café lease"
    assert "Karen Booth (karen.booth@riversidehomes.example.org)" in (
        note.ui.recipients_label.text()
    )


def test_a_planned_meeting_offers_no_note_and_unticked_none_opens(window: Any, qtbot: Any) -> None:
    dialog = window.log_meeting()
    dialog.ui.planned_check.setChecked(True)
    assert not dialog.note_check.isEnabled()
    dialog.ui.planned_check.setChecked(False)
    assert dialog.note_check.isEnabled() and not dialog.note_check.isChecked()
    dialog.ui.organisations_edit.setText("Riverside Homes; ")
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.findChild(QWidget, "save_button"), LEFT)
    qtbot.wait(50)
    assert not isinstance(window.dialog, MeetingNoteDialog)


def test_meetings_reprints_the_note_of_the_meeting_shown(window: Any, qtbot: Any) -> None:
    view = window.show_view(MEETINGS)
    qtbot.waitUntil(lambda: view.detail is not None, timeout=WAIT_MS)
    journal = window.journal_actions.journal
    held = next(m for m in list_meetings(journal) if not m.is_planned)
    planned = next(m for m in list_meetings(journal) if m.is_planned)
    view.open_record(planned.id)
    assert not view.note_button.isEnabled() and not view.note_action.isEnabled()
    view.open_record(held.id)
    assert view.note_button.isEnabled() and view.note_action.isEnabled()
    assert view.note_button.text() == "&Note of the meeting…"
    assert view.note_action in view.ui.meeting_table.actions()
    qtbot.mouseClick(view.note_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(window.dialog, MeetingNoteDialog), timeout=WAIT_MS)
    assert window.dialog.note.meeting.id == held.id


def test_the_note_of_a_planned_meeting_is_refused_in_words_and_leaves_no_window(
    window: Any, qtbot: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    journal = window.journal_actions.journal
    planned = next(m for m in list_meetings(journal) if m.is_planned)
    before = set(window.findChildren(MeetingNoteDialog))
    assert window.note_of_meeting(planned.id) is None
    qtbot.waitUntil(
        lambda: any(
            "planned, not held yet" in box.text() for box in window.findChildren(QMessageBox)
        ),
        timeout=WAIT_MS,
    )
    assert set(window.findChildren(MeetingNoteDialog)) == before
