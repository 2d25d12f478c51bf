"""Contacts: a searchable list of people at organisations, and one person in full.

"Has left…" emits :attr:`ContactsView.leaving_requested`; the main window starts
the handover from there (:meth:`MainWindow.start_leaving`).
"""

from __future__ import annotations

from functools import partial
from html import escape

from PySide6.QtCore import QItemSelection, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bigjournal import wording
from bigjournal.errors import JournalError
from bigjournal.gui import html
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.columns import ColumnFitter
from bigjournal.gui.dialogs.confirm import confirm
from bigjournal.gui.dialogs.personal_data import add_personal_data_menu
from bigjournal.gui.errors import show_error
from bigjournal.gui.forms.ui_contacts_view import Ui_ContactsView
from bigjournal.gui.list_sorting import sort_paged_list
from bigjournal.gui.paged_model import Column, PagedTableModel
from bigjournal.gui.views.base import FieldSaver, JournalView
from bigjournal.journal.browse import CONTACT_ORDER, ContactCursor, contact_cursor, contacts_page
from bigjournal.journal.people import contact_deletion_impact, contact_detail
from bigjournal.journal.records import ContactDetail, ContactRow
from bigjournal.model.vocabulary import Side

FILTER_DELAY_MS = 200
COLUMNS: list[Column[ContactRow]] = [
    Column("Name", lambda c: c.name, sort="name"),
    Column("Role", lambda c: c.role, sort="role"),
    Column("Organisation", lambda c: c.organisation.name, sort="organisation"),
    Column("Left", lambda c: html.day(c.left_on), sort="left", newest_first=True),
]
EDITABLE = ("role", "phone", "email", "notes")


class ContactsView(JournalView):
    #: "Has left…" was chosen for this contact (its id).
    leaving_requested = Signal(int)
    #: "Several people have left…" was chosen for the selected contacts (a restructure).
    several_left_requested = Signal(list)
    #: "New contact…" (0, or the organisation to add them at).
    new_contact_requested = Signal(int)
    #: "Edit…" on a contact (its id).
    edit_contact_requested = Signal(int)
    #: "Add the first organisation" from the empty state (always 0).
    new_organisation_requested = Signal(int)

    def __init__(self, actions: JournalActions, parent: QWidget | None = None) -> None:
        super().__init__(actions, parent)
        self.ui = Ui_ContactsView()
        self.ui.setupUi(self)
        self.detail: ContactDetail | None = None
        self.model: PagedTableModel[ContactRow, ContactCursor] = PagedTableModel(
            COLUMNS,
            self._fetch,
            lambda row: contact_cursor(row, self.model.order),
            is_open=self._journal_is_open,
            on_read_failure=self.show_read_problem,
            parent=self,
        )
        table = self.ui.contact_table
        table.setModel(self.model)
        self.sorting = sort_paged_list(
            table, self.model, list_name="contacts", default=CONTACT_ORDER, reload=self.refresh
        )
        table.verticalHeader().hide()
        self.column_fitter = ColumnFitter(table, main=1)  # the role
        table.selectionModel().selectionChanged.connect(self._on_contact_table_selection_changed)
        table.activated.connect(lambda _index: self.edit_selected())  # Enter, double-click
        self.ui.splitter.setSizes([620, 560])
        self.ui.splitter.setStretchFactor(1, 1)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._on_filter_timer_timeout)
        self.ui.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.ui.filter_edit.returnPressed.connect(self._on_filter_timer_timeout)

        self.fields = {
            name: FieldSaver(
                getattr(self.ui, f"{name}_edit"),
                partial(self._save, name),
            )
            for name in EDITABLE
        }
        self.ui.detail_browser.anchorClicked.connect(self._on_detail_browser_anchor_clicked)
        self.ui.has_left_button.clicked.connect(self._on_has_left_button_clicked)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.several_left_button = QPushButton("&Several people have left…", self)
        self.several_left_button.setObjectName("several_left_button")
        self.several_left_button.setAccessibleDescription(
            "Select several contacts with Ctrl+click, then record that they all left "
            "(a restructure); each post is vacant until you name the successor"
        )
        layout = self.ui.button_layout
        layout.insertWidget(layout.indexOf(self.ui.has_left_button) + 1, self.several_left_button)
        self.several_left_button.clicked.connect(self._on_several_left_button_clicked)
        self.ui.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.personal_data_button = add_personal_data_menu(self)
        self._build_record_editing()
        self._show_detail(None)

    def _fetch(self, after: ContactCursor | None, limit: int) -> list[ContactRow]:
        return contacts_page(
            self.journal,
            text=self.ui.filter_edit.text(),
            after=after,
            limit=limit,
            order=self.model.order,
        )

    @property
    def current_id(self) -> int | None:
        return self.detail.contact.id if self.detail else None

    # --- reading -----------------------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        chosen = self.current_id
        self.model.reload()
        self._update_count()
        if chosen is not None and self._still_there(chosen):
            self.open_record(chosen, reload=True)
        elif self.model.rows:
            self.ui.contact_table.selectRow(0)
        self.show_empty_state()

    def _update_count(self) -> None:
        shown = len(self.model.rows)
        more = "+" if self.model.canFetchMore() else ""
        typed = self.ui.filter_edit.text().strip()
        what = f" matching “{typed}”" if typed else ""
        shown_text = f"{shown:,}+ contacts" if more else wording.count(shown, "contact")
        self.ui.count_label.setText(f"{shown_text}{what}")

    def open_record(self, record_id: int, *, reload: bool = False) -> None:
        row = self.model.find_row(lambda c: c.id == record_id)
        if row < 0 and self.ui.filter_edit.text():
            self.ui.filter_edit.blockSignals(True)
            self.ui.filter_edit.clear()
            self.ui.filter_edit.blockSignals(False)
            self.model.reload()
            self._update_count()
            row = self.model.find_row(lambda c: c.id == record_id)
        shown = self.detail
        if row >= 0:
            self.ui.contact_table.selectRow(row)
            self.ui.contact_table.scrollTo(self.model.index(row, 0))
        if self.current_id != record_id or (reload and self.detail is shown):
            self._load(record_id)

    def _still_there(self, record_id: int) -> bool:
        """False once the record shown was deleted (or undone away): show another quietly."""
        try:
            contact_detail(self.journal, record_id, today=self.journal_actions.today())
        except JournalError:
            self.detail = None
            return False
        return True

    def _load(self, record_id: int) -> None:
        try:
            detail = contact_detail(self.journal, record_id, today=self.journal_actions.today())
        except JournalError as error:
            show_error(self, error)
            detail = None
        self._show_detail(detail)

    def _show_detail(self, detail: ContactDetail | None) -> None:
        self.detail = detail
        enabled = detail is not None
        for widget in (
            self.ui.role_edit,
            self.ui.phone_edit,
            self.ui.email_edit,
            self.ui.notes_edit,
            self.ui.has_left_button,
            self.ui.delete_button,
            self.personal_data_button,
            self.edit_button,
        ):
            widget.setEnabled(enabled)
        if detail is None:
            self.ui.name_label.setText("Choose a contact from the list.")
            for saver in self.fields.values():
                saver.load("")
            self.ui.detail_browser.setHtml("")
            return
        contact = detail.contact
        self.ui.name_label.setText(
            f"{contact.display_name} — {contact.organisation.name}"
            + (f" (left {html.day(contact.left_on)})" if contact.left_on else "")
        )
        for name, saver in self.fields.items():
            saver.load(getattr(contact, name))
        self.ui.has_left_button.setEnabled(contact.left_on is None)
        self.ui.detail_browser.setHtml(render(detail, self.journal_actions.today()))

    # --- changing ------------------------------------------------------------------

    def _save(self, field: str, old: str, new: str) -> None:
        if self.detail is None:
            return
        contact = self.detail.contact
        self.journal_actions.update(
            "contact",
            contact.id,
            {field: new},
            {field: old},
            expected_version=contact.version,
            label=f"edit {field} of {contact.name}",
        )

    def delete_selected(self) -> bool:
        if self.detail is None:
            return False
        contact = self.detail.contact
        try:  # their promises, handovers and meetings, counted in the journal
            goes = contact_deletion_impact(self.journal, contact.id).describe()
        except JournalError as error:
            show_error(self, error)
            return True
        confirm(
            self,
            f"Delete {contact.name}?",
            f"Delete {contact.name} ({contact.organisation.name}) from the journal? {goes} "
            "If they have moved on, use “Has left…” instead to keep the history. "
            "You can undo this with Ctrl+Z.",
            "Delete contact",
            lambda: self._delete(contact.id, contact.name),
        )
        return True

    def _delete(self, record_id: int, name: str) -> None:
        try:
            self.journal_actions.delete("contact", record_id, label=f"delete {name}")
        except JournalError as error:
            show_error(self, error, "Not deleted")
            return
        self.detail = None
        self.journal_actions.report(f"Deleted {name}. Ctrl+Z brings them back.")

    # --- slots -------------------------------------------------------------------

    def _on_filter_edit_text_changed(self, _text: str) -> None:
        self._filter_timer.start()

    def _on_filter_timer_timeout(self) -> None:
        self._filter_timer.stop()
        self.model.reload()
        self._update_count()
        if self.model.rows:
            self.ui.contact_table.selectRow(0)
        else:
            self._show_detail(None)

    def _on_contact_table_selection_changed(self, selected: QItemSelection, _old: object) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        row = self.model.row_at(indexes[0].row())
        if row is not None and row.id != self.current_id:
            self._load(row.id)
        self._update_count()

    def _on_detail_browser_anchor_clicked(self, url: QUrl) -> None:
        found = html.parse_link(url.toString())
        if found:
            self.record_opened.emit(*found)

    def _on_has_left_button_clicked(self) -> None:
        if self.current_id is not None:
            self.leaving_requested.emit(self.current_id)

    def selected_contacts(self) -> list[ContactRow]:
        rows = {index.row() for index in self.ui.contact_table.selectionModel().selectedRows()}
        return [row for row in map(self.model.row_at, sorted(rows)) if row is not None]

    def _on_several_left_button_clicked(self) -> None:
        self.several_left_requested.emit(self.selected_contacts())

    def _on_delete_button_clicked(self) -> None:
        self.delete_selected()

    # --- new and edit (issue 14) ---------------------------------------------------

    def _build_record_editing(self) -> None:
        """New contact… and Edit…: buttons, right-click, Enter and double-click."""
        self.new_button = QPushButton("Ne&w contact…", self)
        self.new_button.setObjectName("new_contact_button")
        self.new_button.setToolTip("New contact (Ctrl+Shift+C)")
        self.new_button.setAccessibleDescription("Add a person at an organisation or department")
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.edit_button = QPushButton("Ed&it…", self)
        self.edit_button.setObjectName("edit_contact_button")
        self.edit_button.setAccessibleName("Edit contact")
        self.edit_button.setToolTip("Edit this contact (Enter, or Ctrl+E)")
        self.edit_button.setAccessibleDescription(
            "Change any of this person's details, or move them to another department (Enter)"
        )
        self.edit_button.clicked.connect(self.edit_selected)
        # Beside what they act on, so the button row below keeps its width: "New…"
        # under the list, by the count; "Edit…" by the name of the person shown.
        self._put_beside(self.ui.count_label, self.new_button, "count_row")
        self._put_beside(self.ui.name_label, self.edit_button, "name_row")
        table = self.ui.contact_table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._on_contact_table_context_menu_requested)
        self._build_empty_state()

    def _put_beside(self, label: QLabel, button: QPushButton, name: str) -> None:
        row = QWidget(self)
        row.setObjectName(name)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        form = label.parentWidget()
        parent_layout = form.layout() if form is not None else None
        assert parent_layout is not None  # the label sits in the form's own layout
        parent_layout.replaceWidget(label, row)
        layout.addWidget(label, 1)
        layout.addWidget(button)

    def _build_empty_state(self) -> None:
        self.empty_state = QFrame(self)
        self.empty_state.setObjectName("contacts_empty_state")
        layout = QVBoxLayout(self.empty_state)
        layout.addStretch(1)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label)
        self.empty_button = QPushButton()
        self.empty_button.setObjectName("empty_state_button")
        self.empty_button.clicked.connect(self._on_empty_button_clicked)
        layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
        self.ui.main_layout.addWidget(self.empty_state)
        self.empty_state.hide()
        self._needs_organisation = False

    def show_empty_state(self) -> None:
        """No contacts at all: say what to do first (the organisation, if there is none)."""
        from bigjournal.journal.organisations import list_organisations

        empty = not self.model.rows and not self.ui.filter_edit.text().strip()
        if empty:
            self._needs_organisation = not list_organisations(self.journal, with_last_contact=False)
            if self._needs_organisation:
                heading = "No contacts yet — and no organisation for them to work at"
                text = (
                    "Contacts are people at an organisation or one of its departments, "
                    "so add the organisation first; then add its people here."
                )
                self.empty_button.setText("Add the first &organisation…")
            else:
                heading = "No contacts yet"
                text = (
                    "Add the people you deal with: the officers you meet, and the "
                    "councillors for your wards."
                )
                self.empty_button.setText("&Add a contact…")
            self.empty_label.setText(f"<h3>{heading}</h3><p>{text}</p>")
            self.empty_label.setAccessibleName(heading)
        self.ui.splitter.setVisible(not empty)
        self.empty_state.setVisible(empty)

    def _on_empty_button_clicked(self) -> None:
        if self._needs_organisation:
            self.new_organisation_requested.emit(0)
        else:
            self.new_contact_requested.emit(0)

    def edit_selected(self) -> bool:
        """Open the editor on the chosen contact; False if none is chosen."""
        if self.detail is None:
            return False
        self.edit_contact_requested.emit(self.detail.contact.id)
        return True

    def _on_new_button_clicked(self) -> None:
        self.new_contact_requested.emit(0)

    def _on_contact_table_context_menu_requested(self, position: QPoint) -> None:
        table = self.ui.contact_table
        index = table.indexAt(position)
        menu = QMenu(self)
        menu.setObjectName("contact_context_menu")
        menu.addAction("&New contact…", lambda: self.new_contact_requested.emit(0))
        if index.isValid() and self.detail is not None:
            contact = self.detail.contact
            menu.addAction(
                f"New contact at {contact.organisation.name}…",
                lambda: self.new_contact_requested.emit(contact.organisation.id),
            )
            menu.addSeparator()
            menu.addAction("Ed&it contact…", self.edit_selected)
            menu.addAction("&Delete contact…", self.delete_selected)
        self.context_menu = menu
        menu.popup(table.viewport().mapToGlobal(position))


def render(detail: ContactDetail, today: object) -> str:
    from datetime import date

    assert isinstance(today, date)
    c = detail.contact
    facts = html.facts(
        [
            ("Title", escape(c.title)),
            ("Organisation", html.link("organisation", c.organisation)),
            ("Kind", escape(c.kind.label)),
            ("Other phones", escape(", ".join(c.other_phones))),
            ("Other emails", escape(", ".join(c.other_emails))),
            ("Ward", escape(c.ward)),
            ("Term ends", html.day(c.term_ends_on)),
            ("Prefers", escape(c.preferred_contact.label) if c.preferred_contact else ""),
            ("Left", html.day(c.left_on) + (f", to {escape(c.went_to)}" if c.went_to else "")),
            ("Successor", html.link("contact", c.successor)),
            ("Track record", escape(detail.track_record.sentence(Side.THEIRS))),
        ]
    )
    return "".join(
        [
            facts,
            html.heading("Promises", 3),
            html.promise_list(detail.promises, today, "No promises involve them."),
            html.heading("Meetings", 3),
            html.meeting_list(detail.meetings, "No meetings with them logged yet."),
            html.heading("Private notes", 3) if detail.private_notes else "",
            html.paragraph(detail.private_notes),
        ]
    )
