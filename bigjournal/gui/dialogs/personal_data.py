"""A person's data (UK GDPR): "Forget this person…" and "Everything about this person…".

Forgetting asks first, erases the contact (:func:`forget_contact`) and then lists the
notes that still mention them, each a link to the record, so the volunteer can review
and edit them: free text is never rewritten behind their back. It cannot be undone,
and the undo history is cleared so no copy of the person stays in memory either.

"Everything about this person" saves the subject access export as JSON, written
atomically (a cut-off file never looks like a whole one).
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bigjournal import wording
from bigjournal.errors import JournalError
from bigjournal.gui import html
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.dialogs.confirm import confirm
from bigjournal.gui.errors import show_error
from bigjournal.gui.kinds import DECLARED
from bigjournal.journal.jsonable import to_jsonable
from bigjournal.journal.kinds import kind
from bigjournal.journal.personal_data import (
    ForgetResult,
    Mention,
    forget_contact,
    remove_held_copies,
    subject_access_export,
)
from bigjournal.journal.records import ContactRow
from bigjournal.store.files import write_atomically

#: The kinds a link in the review opens: those with a page of their own.
OPENABLE = {declared.name for declared in DECLARED if declared.page is not None}


def add_personal_data_menu(view: Any) -> QPushButton:
    """A "Personal data" button in a contact's button row, with the two requests.

    ``view`` is the contacts view: its ``detail`` is the person shown, its ``actions``
    the journal's. The view enables the button together with its other buttons.
    """
    button = QPushButton("Personal d&ata", view)
    button.setObjectName("personal_data_button")
    button.setAccessibleDescription("Forget this person, or save everything held on them")
    menu = QMenu(button)
    forget = menu.addAction("&Forget this person…")
    forget.setObjectName("action_forget_person")
    about = menu.addAction("&Everything about this person…")
    about.setObjectName("action_about_person")
    button.setMenu(menu)

    def shown() -> ContactRow | None:
        return view.detail.contact if view.detail is not None else None

    forget.triggered.connect(
        lambda: (c := shown()) and ask_to_forget(view, view.journal_actions, c)
    )
    about.triggered.connect(
        lambda: (c := shown()) and export_about_person(view, view.journal_actions, c)
    )
    layout = view.ui.button_layout
    layout.insertWidget(max(0, layout.count() - 1), button)  # before the spacer
    view.forget_action, view.about_person_action = forget, about
    return button


def ask_to_forget(parent: QWidget, actions: JournalActions, contact: ContactRow) -> QDialog | None:
    """Confirm, forget, then show the notes that still mention them. Returns the review."""
    shown: list[QDialog] = []

    def go_ahead() -> None:
        review = forget_now(parent, actions, contact)
        if review is not None:
            shown.append(review)

    confirm(
        parent,
        f"Forget {contact.name}?",
        f"Erase {contact.name} ({contact.organisation.name}) and every personal detail "
        "held on them: their record, their place on attendance lists and any handover "
        "about them. Promises they were part of stay with the organisation. This cannot "
        "be undone. Backups and set-aside copies made before still hold them: the next "
        "window names each one and offers to remove them.",
        "Forget them",
        go_ahead,
    )
    return shown[0] if shown else None


def forget_now(parent: QWidget, actions: JournalActions, contact: ContactRow) -> QDialog | None:
    try:
        result = forget_contact(actions.journal, contact.id)
    except JournalError as error:
        show_error(parent, error, "Not forgotten")
        return None
    actions.undo_stack.clear()  # no step may bring their details back
    actions.changed.emit()
    actions.report(f"Forgot {result.forgotten.name}. This cannot be undone.")
    review = ForgottenDialog(result, parent, journal=actions.journal)
    review.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    review.open()
    return review


def mention_html(mentions: tuple[Mention, ...]) -> str:
    items = []
    for m in mentions:
        title = escape(m.title or f"{m.record_kind} {m.record_id}")
        if m.record_kind in OPENABLE:
            title = f'<a href="{html.SCHEME}:{m.record_kind}/{m.record_id}">{title}</a>'
        field = escape(kind(m.record_kind).field_word(m.field).lower())
        items.append(
            f"<li>{escape(kind(m.record_kind).label)}: {title} ({field}): "
            f"<i>{escape(m.excerpt)}</i></li>"
        )
    return "<ul>" + "".join(items) + "</ul>"


def copies_html(result: ForgetResult) -> str:
    """Which backups and set-aside copies still hold the person, by name and file."""
    if not result.copies_holding:
        return "No backup or set-aside copy of the journal holds them."
    items = "".join(f"<li>{escape(copy.description)}</li>" for copy in result.copies_holding)
    count = len(result.copies_holding)
    return (
        f"{escape(wording.count(count, 'other copy', 'other copies'))} of the journal still "
        f"hold{'s' if count == 1 else ''} them:<ul>{items}</ul>Left alone, they go as the "
        "backups are thinned (at most a year)."
    )


class ForgottenDialog(QDialog):
    """What was erased, and the notes to review (links open the record)."""

    record_opened = Signal(str, int)

    def __init__(
        self, result: ForgetResult, parent: QWidget | None = None, *, journal: Any = None
    ) -> None:
        super().__init__(parent)
        self.result_ = result
        self.journal = journal
        self.setWindowTitle(f"{result.forgotten.name} was forgotten")
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        summary = QLabel(
            f"{escape(result.forgotten.name)} of {escape(result.organisation)} was erased: "
            f"removed from {result.meetings_unlinked} meeting(s); "
            f"{result.promises_kept_without_them} promise(s) kept for the organisation; "
            f"{result.handovers_removed} handover(s) removed.",
            self,
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("mentions_browser")
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName("Notes that still mention them")
        if result.mentions:
            intro = QLabel(
                "These notes still mention them by name. Please review each one and "
                "edit out what should not stay:",
                self,
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
            self.browser.setHtml(mention_html(result.mentions))
        else:
            self.browser.setHtml("<p>No notes mention them by name.</p>")
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        layout.addWidget(self.browser)
        self.copies_label = QLabel(self)
        self.copies_label.setObjectName("copies_label")
        self.copies_label.setWordWrap(True)
        self.copies_label.setTextFormat(Qt.TextFormat.RichText)
        self.copies_label.setText(copies_html(result))
        layout.addWidget(self.copies_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.remove_copies_button = buttons.addButton(
            "&Remove these copies…", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.remove_copies_button.setObjectName("remove_copies_button")
        self.remove_copies_button.setVisible(bool(result.copies_holding) and journal is not None)
        self.remove_copies_button.clicked.connect(self.ask_to_remove_copies)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        opener = getattr(parent.window() if parent else None, "open_record", None)
        if opener is not None:
            self.record_opened.connect(opener)

    def ask_to_remove_copies(self) -> QMessageBox:
        count = len(self.result_.copies_holding)
        return confirm(
            self,
            "Remove the copies that hold them?",
            f"Remove the {wording.count(count, 'copy', 'copies')} of the journal that still hold "
            f"{self.result_.forgotten.name}? A new backup is made first, without them; "
            "the older backups you could go back to are lost.",
            "Remove them",
            self.remove_copies,
        )

    def remove_copies(self) -> None:
        try:
            done = remove_held_copies(self.journal, self.result_.copies_holding)
        except JournalError as error:
            show_error(self, error, "Not removed")
            return
        made = " A new backup was made first." if done.new_backup else ""
        self.copies_label.setText(
            f"Removed {wording.count(len(done.removed), 'copy', 'copies')} of the journal that "
            f"still held them.{made}"
        )
        self.remove_copies_button.setEnabled(False)

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        found = html.parse_link(url.toString())
        if found:
            self.record_opened.emit(*found)


# --- everything about this person ---------------------------------------------------


def export_about_person(
    parent: QWidget, actions: JournalActions, contact: ContactRow, path: Path | None = None
) -> Path | None:
    """Ask where, then save the subject access export as JSON. Returns where it went."""
    if path is None:
        suggested = Path.home() / f"{_safe_name(contact.name)} - journal data.json"
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            f"Save everything about {contact.name}",
            str(suggested),
            "JSON files (*.json);;All files (*)",
        )
        if not chosen:
            return None
        path = Path(chosen)
    try:
        report = subject_access_export(actions.journal, contact=contact.id, today=actions.today())
        text = json.dumps(to_jsonable(report), ensure_ascii=False, indent=2) + "\n"
        write_atomically(path, text.encode("utf-8"))  # private, whole, never over the journal
    except JournalError as error:
        show_error(parent, error, "Not saved")
        return None
    actions.report(
        f"Saved everything about {report.name} to {path.name}: "
        f"{wording.count(len(report.meetings), 'meeting')}, "
        f"{wording.count(len(report.promises), 'promise')}, "
        f"{wording.count(len(report.mentions), 'note')}."
    )
    return path


def _safe_name(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in name).strip() or "person"
