"""Meetings: every meeting, newest first (read a page at a time), and one in full."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelection, Qt, QUrl, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from bigjournal import wording
from bigjournal.errors import JournalError
from bigjournal.gui import html
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.columns import ColumnFitter
from bigjournal.gui.dialogs.confirm import confirm
from bigjournal.gui.errors import show_error
from bigjournal.gui.filter_box import FilterBox
from bigjournal.gui.forms.ui_meetings_view import Ui_MeetingsView
from bigjournal.gui.list_sorting import sort_paged_list
from bigjournal.gui.paged_model import Column, PagedTableModel
from bigjournal.gui.views.base import FieldSaver, JournalView
from bigjournal.journal.browse import (
    MEETING_ORDER,
    MeetingCursor,
    count_meetings,
    count_meetings_matching,
    meeting_cursor,
    meetings_page,
)
from bigjournal.journal.meetings import meeting_detail
from bigjournal.journal.records import MeetingDetail, MeetingRow

COLUMNS: list[Column[MeetingRow]] = [
    Column("Date", lambda m: html.day(m.occurred_on), sort="date", newest_first=True),
    Column("Kind", lambda m: m.kind.label + (" (planned)" if m.is_planned else ""), sort="kind"),
    Column("Title", lambda m: m.title, sort="title"),
    Column("With", lambda m: ", ".join(o.name for o in m.organisations)),  # several: unsorted
]


class MeetingsView(JournalView):
    #: The user asked to log a new meeting.
    meeting_requested = Signal()
    #: The user asked to correct this meeting (opens it in the meeting form).
    edit_requested = Signal(int)
    #: The user asked for the note of this meeting: to print it, or send it again.
    note_requested = Signal(int)

    def __init__(self, actions: JournalActions, parent: QWidget | None = None) -> None:
        super().__init__(actions, parent)
        self.ui = Ui_MeetingsView()
        self.ui.setupUi(self)
        self.detail: MeetingDetail | None = None
        self.model: PagedTableModel[MeetingRow, MeetingCursor] = PagedTableModel(
            COLUMNS,
            lambda after, limit: meetings_page(
                self.journal,
                after=after,
                limit=limit,
                order=self.model.order,
                text=self.filter_box.text(),
            ),
            lambda row: meeting_cursor(row, self.model.order),
            is_open=self._journal_is_open,
            on_read_failure=self.show_read_problem,
            parent=self,
        )
        table = self.ui.meeting_table
        table.setModel(self.model)
        self._set_up_sorting_and_filter()
        table.verticalHeader().hide()
        self.column_fitter = ColumnFitter(table, main=2)  # the title
        table.selectionModel().selectionChanged.connect(self._on_meeting_table_selection_changed)
        table.activated.connect(self._on_meeting_table_activated)
        self.ui.splitter.setSizes([680, 520])
        self.ui.splitter.setStretchFactor(1, 1)
        self.notes = FieldSaver(self.ui.notes_edit, lambda o, n: self._save("notes", o, n))
        self.decisions = FieldSaver(
            self.ui.decisions_edit, lambda o, n: self._save("decisions", o, n)
        )
        self.ui.detail_browser.anchorClicked.connect(self._on_detail_browser_anchor_clicked)
        self.ui.log_meeting_button.clicked.connect(self._on_log_meeting_button_clicked)
        self.ui.delete_button.clicked.connect(self._on_delete_button_clicked)
        self._add_editing()
        self._add_note()
        self._show_detail(None)

    @property
    def current_id(self) -> int | None:
        return self.detail.id if self.detail else None

    def refresh(self) -> None:
        super().refresh()
        chosen = self.current_id
        self.model.reload()
        self._update_count()
        if chosen is not None and self._still_there(chosen):
            self.open_record(chosen, reload=True)
        elif self.model.rows:
            self.ui.meeting_table.selectRow(0)
        else:
            self._show_detail(None)

    def _set_up_sorting_and_filter(self) -> None:
        """Sorting by the headings (in the database) and the box that narrows the list."""
        self.filter_box = FilterBox(
            what="meetings", placeholder="Part of a title or an organisation's name", parent=self
        )
        self.ui.list_layout.insertWidget(1, self.filter_box)
        self.filter_box.install_shortcut(self)
        self.filter_box.changed.connect(self._on_filter_box_changed)
        self.sorting = sort_paged_list(
            self.ui.meeting_table,
            self.model,
            list_name="meetings",
            default=MEETING_ORDER,
            reload=self._on_sorted,
        )
        self._on_sorted(refresh=False)

    def _on_sorted(self, *, refresh: bool = True) -> None:
        order = self.model.order
        column = next(c for c in COLUMNS if c.sort == order.column)
        if order == MEETING_ORDER:
            how = "newest first"
        elif order.column == "date":
            how = "oldest first"
        else:
            how = f"by {column.header.lower()}" + (", reversed" if order.descending else "")
        self.ui.table_label.setText(f"&Meetings, {how}:")
        if refresh:
            self.refresh()

    def _on_filter_box_changed(self, _text: str) -> None:
        self.refresh()

    def _update_count(self) -> None:
        typed = self.filter_box.text()
        if typed:
            found = count_meetings_matching(self.journal, typed)
            self.ui.count_label.setText(f"{wording.count(found, 'meeting')} matching “{typed}”")
        else:
            total = count_meetings(self.journal)
            self.ui.count_label.setText(f"{wording.count(total, 'meeting')} in the journal")

    def open_record(self, record_id: int, *, reload: bool = False) -> None:
        """Show a meeting; select it in the list if that page is loaded (never loads 200k)."""
        row = self.model.find_row(lambda m: m.id == record_id)
        shown = self.detail
        if row >= 0:
            self.ui.meeting_table.selectRow(row)
            self.ui.meeting_table.scrollTo(self.model.index(row, 0))
        else:
            self.ui.meeting_table.clearSelection()
        if self.current_id != record_id or (reload and self.detail is shown):
            self._load(record_id)

    def _still_there(self, record_id: int) -> bool:
        """False once the record shown was deleted (or undone away): show another quietly."""
        try:
            meeting_detail(self.journal, record_id)
        except JournalError:
            self.detail = None
            return False
        return True

    def _load(self, record_id: int) -> None:
        try:
            detail = meeting_detail(self.journal, record_id)
        except JournalError as error:
            show_error(self, error)
            detail = None
        self._show_detail(detail)

    def _show_detail(self, detail: MeetingDetail | None) -> None:
        self.detail = detail
        for widget in (self.ui.notes_edit, self.ui.decisions_edit, self.ui.delete_button):
            widget.setEnabled(detail is not None)
        self._enable_editing(detail is not None)
        if detail is None:
            self.ui.detail_browser.setHtml("<p>Choose a meeting from the list.</p>")
            self.notes.load("")
            self.decisions.load("")
            return
        self.ui.detail_browser.setHtml(render(detail, self.journal_actions.today()))
        self.notes.load(detail.notes)
        self.decisions.load(detail.decisions)

    def _save(self, field: str, old: str, new: str) -> None:
        if self.detail is None:
            return
        self.journal_actions.update(
            "meeting",
            self.detail.id,
            {field: new},
            {field: old},
            expected_version=self.detail.version,
            label=f"edit {field} of “{self.detail.title}”",
        )

    def delete_selected(self) -> bool:
        detail = self.detail
        if detail is None:
            return False
        count = len(detail.promises)
        goes = (
            f"Its {wording.count(count, 'promise')} will be deleted too."
            if count
            else "No promises were made at it."
        )
        confirm(
            self,
            "Delete this meeting?",
            f"Delete “{detail.title}” ({html.day(detail.occurred_on)})? {goes} "
            "You can undo this with Ctrl+Z.",
            "Delete meeting",
            lambda: self._delete(detail.id, detail.title),
        )
        return True

    def _delete(self, record_id: int, title: str) -> None:
        try:
            self.journal_actions.delete(
                "meeting", record_id, with_promises=True, label=f"delete “{title}”"
            )
        except JournalError as error:
            show_error(self, error, "Not deleted")
            return
        self.detail = None
        self.journal_actions.report(f"Deleted “{title}”. Ctrl+Z brings it back.")

    def _on_meeting_table_selection_changed(self, selected: QItemSelection, _old: object) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        row = self.model.row_at(indexes[0].row())
        if row is not None and row.id != self.current_id:
            self._load(row.id)

    def _on_detail_browser_anchor_clicked(self, url: QUrl) -> None:
        found = html.parse_link(url.toString())
        if found:
            self.record_opened.emit(*found)

    def _on_log_meeting_button_clicked(self) -> None:
        self.meeting_requested.emit()

    def _on_delete_button_clicked(self) -> None:
        self.delete_selected()

    # --- correcting a meeting: Edit…, double-click, Enter, and the context menu -----

    def _add_editing(self) -> None:
        """An "Edit meeting…" button beside Delete, and the list's context menu."""
        self.edit_button = QPushButton("Ed&it meeting…", self)
        self.edit_button.setObjectName("edit_button")
        self.edit_button.setAccessibleDescription(
            "Correct the date, time, kind, title, who was there, notes and decisions "
            "(Enter or double-click on the meeting)"
        )
        self.edit_button.clicked.connect(self.edit_selected)
        layout = self.ui.button_layout
        layout.insertWidget(layout.indexOf(self.ui.delete_button), self.edit_button)
        QWidget.setTabOrder(self.ui.decisions_edit, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.ui.delete_button)
        table = self.ui.meeting_table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.new_action = QAction("New meeting…", self)
        self.new_action.setObjectName("new_meeting_action")
        self.new_action.triggered.connect(self.meeting_requested)
        self.edit_action = QAction("Edit meeting…", self)
        self.edit_action.setObjectName("edit_meeting_action")
        self.edit_action.triggered.connect(self.edit_selected)
        self.delete_action = QAction("Delete meeting…", self)
        self.delete_action.setObjectName("delete_meeting_action")
        self.delete_action.triggered.connect(self.delete_selected)
        for action in (self.new_action, self.edit_action, self.delete_action):
            table.addAction(action)

    def _enable_editing(self, enabled: bool) -> None:
        for widget in (self.edit_button, self.edit_action, self.delete_action):
            widget.setEnabled(enabled)
        if hasattr(self, "note_button"):  # (made after the editing, in the constructor)
            held = enabled and self.detail is not None and not self.detail.is_planned
            self.note_button.setEnabled(held)
            self.note_action.setEnabled(held)
            self.outcome_action.setEnabled(held and bool(self.detail and self.detail.organisations))

    # --- the note of the meeting: printed or sent again later (issue 21) ------------

    def _add_note(self) -> None:
        """A "Note of the meeting…" button before Edit, and in the context menu."""
        self.note_button = QPushButton("&Note of the meeting…", self)
        self.note_button.setObjectName("note_button")
        self.note_button.setAccessibleDescription(
            "The one-page note of this meeting to print or send to those who came: a PDF "
            "and an email draft for your mail program"
        )
        self.note_button.clicked.connect(self.note_of_selected)
        layout = self.ui.button_layout
        layout.insertWidget(layout.indexOf(self.edit_button), self.note_button)
        QWidget.setTabOrder(self.ui.decisions_edit, self.note_button)
        QWidget.setTabOrder(self.note_button, self.edit_button)
        self.note_action = QAction("Note of the meeting…", self)
        self.note_action.setObjectName("note_of_meeting_action")
        self.note_action.triggered.connect(self.note_of_selected)
        self.ui.meeting_table.insertAction(self.edit_action, self.note_action)
        self.outcome_action = QAction("Record an outcome from it…", self)
        self.outcome_action.setObjectName("outcome_from_meeting_action")
        self.outcome_action.triggered.connect(self.record_outcome_from_selected)
        self.ui.meeting_table.addAction(self.outcome_action)
        self._enable_editing(self.detail is not None)

    def note_of_selected(self) -> bool:
        """Ask for the note of the meeting shown (not of one still planned)."""
        if self.detail is None or self.detail.is_planned:
            return False
        self.note_requested.emit(self.detail.id)
        return True

    def record_outcome_from_selected(self) -> QDialog | None:
        """What the meeting shown achieved: the outcome form for its (first) organisation,
        already linked to the meeting (issue 21)."""
        if self.detail is None or self.detail.is_planned or not self.detail.organisations:
            return None
        from bigjournal.gui.dialogs.outcome import record_outcome

        organisation = self.detail.organisations[0]
        self.outcome_dialog = record_outcome(
            self.window(), self.journal_actions, organisation.id, meeting_id=self.detail.id
        )
        return self.outcome_dialog

    def edit_selected(self) -> bool:
        if self.detail is None:
            return False
        self.edit_requested.emit(self.detail.id)
        return True

    def _on_meeting_table_activated(self, _index: object) -> None:
        self.edit_selected()


def render(d: MeetingDetail, today: object) -> str:
    from datetime import date

    assert isinstance(today, date)
    when = html.day(d.occurred_on) + (f" at {d.starts_at:%H:%M}" if d.starts_at else "")
    return "".join(
        [
            html.heading(d.title),
            html.facts(
                [
                    ("When", when + (" (planned)" if d.is_planned else "")),
                    ("Kind", escape(d.kind.label)),
                    ("Where", escape(d.location)),
                    ("With", ", ".join(html.link("organisation", o) for o in d.organisations)),
                    ("Their people", ", ".join(html.link("contact", c) for c in d.contacts)),
                    ("Our people", escape(", ".join(m.name for m in d.members))),
                    ("Topics", ", ".join(html.link("topic", t) for t in d.topics)),
                ]
            ),
            html.heading("Promises made", 3),
            html.promise_list(d.promises, today, "No promises were made at this meeting."),
        ]
    )
