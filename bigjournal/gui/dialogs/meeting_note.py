"""Note of the meeting…: the one-page note to send to those who came, and an email draft.

After a meeting is logged (or later, from Meetings, to reprint it): "Save as PDF…" and
"Print…" as for the summary (:class:`ReportDialog`), and "Save the email draft…",
which writes an ``.eml`` file addressed to their people who came, the note attached,
and opens it in the computer's mail program as a draft to check and send (or, where no
program opens ``.eml`` files, a new email from a ``mailto:`` link). BigJournal sends
nothing. The dialog says at once who the email reaches and who needs a printed copy.
"""

from __future__ import annotations

import threading
from html import escape
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bigjournal.errors import JournalError
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.dialogs.background import BackgroundJob
from bigjournal.gui.dialogs.report_output import (
    Builder,
    ReportDialog,
    documents_folder,
    unprintable_sentence,
)
from bigjournal.gui.errors import show_inline
from bigjournal.gui.html import day
from bigjournal.gui.worker import Progress
from bigjournal.journal.meeting_notes import read_meeting_note
from bigjournal.reports.meeting_note import (
    EmailDraft,
    NoteMade,
    email_draft,
    file_stem,
    mailto_url,
    make_note,
)


class _Form:
    """The widgets :class:`ReportDialog` expects of a form, made in code."""

    def __init__(self, dialog: QWidget) -> None:
        self.main_layout = QVBoxLayout(dialog)
        self.intro_label = QLabel(dialog)
        self.intro_label.setObjectName("intro_label")
        self.intro_label.setWordWrap(True)
        self.recipients_label = QLabel(dialog)
        self.recipients_label.setObjectName("recipients_label")
        self.recipients_label.setWordWrap(True)
        self.recipients_label.setAccessibleName("Who the email goes to")
        self.error_label = QLabel(dialog)
        self.error_label.setObjectName("error_label")
        self.error_label.setAccessibleName("Problem")
        self.error_label.setWordWrap(True)
        self.error_label.setFrameShape(QFrame.Shape.Box)
        self.error_label.setMargin(6)
        self.form_layout = QFormLayout()
        self.paper_combo = QComboBox(dialog)
        self.paper_combo.setObjectName("paper_combo")
        self.paper_combo.setAccessibleName("Paper size")
        self.paper_combo.setAccessibleDescription("A4 or Letter; remembered for this journal")
        paper_label = QLabel("Paper si&ze:", dialog)
        paper_label.setBuddy(self.paper_combo)
        self.form_layout.addRow(paper_label, self.paper_combo)
        self.open_check = QCheckBox("Open the PDF or the email &when it is saved", dialog)
        self.open_check.setObjectName("open_check")
        self.open_check.setChecked(True)
        self.open_check.setAccessibleDescription(
            "The PDF opens in your PDF viewer; the email draft in your mail program, to "
            "check and send"
        )
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        self.button_box.setObjectName("button_box")
        for widget in (self.intro_label, self.recipients_label, self.error_label):
            self.main_layout.addWidget(widget)
        self.main_layout.addLayout(self.form_layout)
        self.main_layout.addWidget(self.open_check)
        self.main_layout.addStretch(1)
        self.main_layout.addWidget(self.button_box)


class MeetingNoteDialog(ReportDialog):
    """The note of one meeting, as a PDF and as an email draft (a JournalError on
    opening if the meeting is planned or no longer there)."""

    what = "note of the meeting"

    def __init__(
        self, actions: JournalActions, meeting_id: int, parent: QWidget | None = None
    ) -> None:
        # Read first: a meeting planned or gone refuses before any window is made.
        note = read_meeting_note(actions.journal, meeting_id, today=actions.today())
        super().__init__(actions, parent)
        self.setObjectName("MeetingNoteDialog")
        self.note = note
        self.draft: EmailDraft = email_draft(self.note)
        self.eml_path: Path | None = None
        self.opened_url: QUrl | None = None
        self.ui = _Form(self)
        meeting = self.note.meeting
        self.setWindowTitle(f"Note of the meeting: {meeting.title}")
        self.setAccessibleName("Note of the meeting")
        self.ui.intro_label.setText(
            f"A one-page note of <b>{escape(meeting.title)}</b> ({day(meeting.occurred_on)}):"
            " who came, what was discussed and decided, and what each side promised, who and"
            " by when. Send it to those who came, so both sides have it in writing. "
            "BigJournal sends nothing: your mail program opens the draft for you to check "
            "and send."
        )
        self.ui.recipients_label.setText(recipients_html(self.draft))
        self.ui.recipients_label.setAccessibleDescription(
            " ".join([recipients_line(self.draft), *self.draft.advice()])
        )
        self._set_up_output()
        self.email_button = QPushButton("Save the email &draft…")
        self.email_button.setObjectName("save_email_button")
        self.email_button.setAccessibleDescription(
            "Save the note as an email draft to those who came, with the PDF attached, "
            "and open it in your mail program"
        )
        self.ui.button_box.addButton(self.email_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.email_button.clicked.connect(self._on_email_button_clicked)
        self.email_button.setDefault(True)
        self.save_button.setDefault(False)
        QWidget.setTabOrder(self.print_size_combo, self.ui.open_check)
        self.email_button.setFocus()
        self.setMinimumWidth(560)

    def default_name(self) -> str:
        return f"{file_stem(self.note)}.pdf"

    def builder(self) -> Builder:
        note, paper, size = self.note, self.paper, self.print_size

        def build(out: Path, _progress: Progress, _stop: threading.Event) -> NoteMade:
            return make_note(note, pdf=out, paper=paper, print_size=size)

        return build

    # --- the email draft -------------------------------------------------------------

    def _on_email_button_clicked(self) -> None:
        if not self._ready():
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            "Save the email draft",
            str(documents_folder() / f"{file_stem(self.note)}.eml"),
            "Email drafts (*.eml)",
        )
        if chosen:
            self.save_email(Path(chosen))

    def save_email(self, path: Path) -> BackgroundJob | None:
        """Write the draft (the PDF inside it) to ``path`` in the worker; then open it in
        the mail program if asked."""
        if not self._ready():
            return None
        if path.suffix.lower() != ".eml":
            path = path.with_name(path.name + ".eml")
        from bigjournal.store.files import refuse_protected

        try:
            refuse_protected(path)  # the file dialog asked about replacing; never the journal
        except JournalError as error:
            self._finish(str(error))
            return None
        note, paper, size = self.note, self.paper, self.print_size

        def job(_progress: Progress, _stop: threading.Event) -> NoteMade:
            return make_note(note, eml=path, paper=paper, print_size=size)

        return self._run(job, lambda made: self._email_saved(path, made))

    def _email_saved(self, path: Path, made: NoteMade) -> None:
        self.eml_path = path
        said = [f"Saved the email draft as {path}.", recipients_line(made.draft)]
        problem = ""
        if self.open_check.isChecked():
            opened, problem = self.open_in_mail_program(path, made)
            said.append(opened or problem)
        said += made.draft.advice()
        self._finish(" ".join(said) + unprintable_sentence(made))
        if problem:
            show_inline(self.error_label, JournalError(problem))

    def open_in_mail_program(self, path: Path, made: NoteMade) -> tuple[str, str]:
        """Open the draft in the mail program, else a new email from the mailto: link
        (which cannot carry the attachment): (what happened, or the problem)."""
        url = QUrl.fromLocalFile(str(path))
        if QDesktopServices.openUrl(url):
            self.opened_url = url
            return "Your mail program opens it: check it and send it.", ""
        pdf = self.saved_path
        link = QUrl(mailto_url(made.draft, pdf_path=pdf))
        if QDesktopServices.openUrl(link):
            self.opened_url = link
            attach = f"attach {pdf} to it" if pdf else "save the note as a PDF and attach it"
            return (
                "No program here opens email drafts, so a new email was started instead: "
                f"{attach} before you send it.",
                "",
            )
        return "", (
            "No mail program could be opened on this computer. Open the draft from your "
            "mail program, or print the note and hand it over."
        )

    def _busy(self, busy: bool) -> None:
        super()._busy(busy)
        if hasattr(self, "email_button"):
            self.email_button.setEnabled(not busy)


def recipients_line(draft: EmailDraft) -> str:
    """ "The email goes to Priya Shah (priya.shah@…)." in words."""
    if not draft.to:
        return "The email goes to nobody yet."
    names = ", ".join(f"{a.name} ({a.email})" for a in draft.to)
    return f"The email goes to {names}."


def recipients_html(draft: EmailDraft) -> str:
    """Who the email reaches, then what to do for those it does not (in bold)."""
    said = [escape(recipients_line(draft))]
    said += [f"<b>{escape(line)}</b>" for line in draft.advice()]
    return "<br/>".join(said)
