"""Promises: the register, filtered by whose, status, organisation and overdue."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from bigjournal import wording
from bigjournal.errors import JournalError
from bigjournal.gui import html
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.columns import ColumnFitter
from bigjournal.gui.dialogs.confirm import confirm
from bigjournal.gui.errors import show_error
from bigjournal.gui.forms.ui_promises_view import Ui_PromisesView
from bigjournal.gui.list_sorting import sort_paged_list
from bigjournal.gui.paged_model import Column, PagedTableModel
from bigjournal.gui.views.base import JournalView
from bigjournal.journal.browse import (
    PROMISE_ORDER,
    PromiseCursor,
    PromiseFilter,
    count_promises,
    promise_cursor,
    promises_page,
)
from bigjournal.journal.organisations import list_organisations
from bigjournal.journal.promises import promise
from bigjournal.journal.records import PromiseRow, Ref
from bigjournal.model.vocabulary import PromiseStatus, Side

MARK_KEPT_KEYS = (Qt.Key.Key_K, Qt.Key.Key_Space)


class PromisesView(JournalView):
    #: The user asked to change the status of this promise (opens the dialog).
    status_change_requested = Signal(object)
    #: The user asked to enter a promise on its own (the organisation filter's id, or None).
    new_promise_requested = Signal(object)
    #: The user asked to correct this promise (opens the promise editor).
    edit_requested = Signal(object)

    def __init__(self, actions: JournalActions, parent: QWidget | None = None) -> None:
        super().__init__(actions, parent)
        self.ui = Ui_PromisesView()
        self.ui.setupUi(self)
        self.current: PromiseRow | None = None
        today = self.journal_actions.today
        columns: list[Column[PromiseRow]] = [
            Column(
                "Due",
                lambda p: ("OVERDUE " if p.is_overdue(today()) else "") + html.day(p.due_on),
                sort="due",
            ),
            Column("Whose", lambda p: p.side.label, sort="whose"),
            Column("What", lambda p: p.description, sort="what"),
            Column("Held by", lambda p: p.holder_name),  # a contact or a member: unsorted
            Column("Organisation", lambda p: p.organisation.name, sort="organisation"),
            Column("Status", _status_cell, sort="status"),
        ]
        self.model: PagedTableModel[PromiseRow, PromiseCursor] = PagedTableModel(
            columns,
            self._fetch,
            lambda row: promise_cursor(row, self.model.order),
            is_open=self._journal_is_open,
            on_read_failure=self.show_read_problem,
            parent=self,
        )
        table = self.ui.promise_table
        table.setModel(self.model)
        self.sorting = sort_paged_list(
            table, self.model, list_name="promises", default=PROMISE_ORDER, reload=self.refresh
        )
        table.verticalHeader().hide()
        self.column_fitter = ColumnFitter(table, main=2)  # what was promised
        table.selectionModel().selectionChanged.connect(self._on_promise_table_selection_changed)
        table.activated.connect(self._on_promise_table_activated)
        table.installEventFilter(self)
        self.ui.splitter.setSizes([440, 180])

        self.ui.side_combo.addItem("Theirs and ours", None)
        for side in Side:
            self.ui.side_combo.addItem(side.label, side)
        self.ui.status_combo.addItem("Any status", None)
        for status in PromiseStatus:
            self.ui.status_combo.addItem(status.label, status)
        self.ui.organisation_combo.addItem("All organisations", None)
        for combo in (self.ui.side_combo, self.ui.status_combo, self.ui.organisation_combo):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.ui.overdue_check.toggled.connect(self._on_filter_changed)
        # The register opens on what is still to do; "Any status" shows the history.
        # Read when first shown (the view starts stale), not while it is being built.
        self.ui.status_combo.blockSignals(True)
        self.ui.status_combo.setCurrentIndex(self.ui.status_combo.findData(PromiseStatus.OPEN))
        self.ui.status_combo.blockSignals(False)

        self.ui.detail_browser.anchorClicked.connect(self._on_detail_browser_anchor_clicked)
        self.ui.mark_kept_button.clicked.connect(self._on_mark_kept_button_clicked)
        self.ui.change_status_button.clicked.connect(self._on_change_status_button_clicked)
        self.ui.delete_button.clicked.connect(self._on_delete_button_clicked)
        self._add_editing()
        self._show(None)

    def current_filter(self) -> PromiseFilter:
        side, status = self.ui.side_combo.currentData(), self.ui.status_combo.currentData()
        return PromiseFilter(  # Qt hands enum data back as its plain string value
            side=Side(side) if side else None,
            status=PromiseStatus(status) if status else None,
            organisation_id=self.ui.organisation_combo.currentData(),
            overdue_only=self.ui.overdue_check.isChecked(),
            today=self.journal_actions.today(),
        )

    def set_filter(
        self,
        *,
        side: Side | None = None,
        status: PromiseStatus | None = None,
        organisation_id: int | None = None,
        overdue_only: bool = False,
    ) -> None:
        """Choose what the register shows (the same as using the filter controls)."""
        widgets = (
            self.ui.side_combo,
            self.ui.status_combo,
            self.ui.organisation_combo,
            self.ui.overdue_check,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.ui.side_combo.setCurrentIndex(max(0, self.ui.side_combo.findData(side)))
        self.ui.status_combo.setCurrentIndex(max(0, self.ui.status_combo.findData(status)))
        self.ui.organisation_combo.setCurrentIndex(
            max(0, self.ui.organisation_combo.findData(organisation_id))
        )
        self.ui.overdue_check.setChecked(overdue_only)
        for widget in widgets:
            widget.blockSignals(False)
        self._on_filter_changed()

    def _fetch(self, after: PromiseCursor | None, limit: int) -> list[PromiseRow]:
        return promises_page(
            self.journal, self.current_filter(), after=after, limit=limit, order=self.model.order
        )

    # --- reading -----------------------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        self._fill_organisations()
        chosen = self.current.id if self.current else None
        self.model.reload()
        self._update_count()
        if chosen is not None:
            self.open_record(chosen)
        elif self.model.rows:
            self.ui.promise_table.selectRow(0)
        else:
            self._show(None)

    def _fill_organisations(self) -> None:
        combo = self.ui.organisation_combo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("All organisations", None)
        for row in list_organisations(self.journal):
            combo.addItem(row.name, row.id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def _update_count(self) -> None:
        total = count_promises(self.journal, self.current_filter())
        self.ui.count_label.setText(f"{wording.count(total, 'promise')} shown")

    def open_record(self, record_id: int) -> None:
        row = self.model.find_row(lambda p: p.id == record_id)
        if row >= 0:
            self.ui.promise_table.selectRow(row)
            self.ui.promise_table.scrollTo(self.model.index(row, 0))
            self._show(self.model.rows[row])
            return
        self.ui.promise_table.clearSelection()
        try:
            self._show(promise(self.journal, record_id))
        except JournalError:
            self._show(None)

    def _show(self, row: PromiseRow | None) -> None:
        self.current = row
        for button in (
            self.ui.mark_kept_button,
            self.ui.change_status_button,
            self.ui.delete_button,
        ):
            button.setEnabled(row is not None)
        self._enable_editing(row is not None)
        if row is None:
            self.ui.detail_browser.setHtml("<p>Choose a promise from the register.</p>")
            return
        self.ui.mark_kept_button.setEnabled(row.status is not PromiseStatus.KEPT)
        self.ui.detail_browser.setHtml(render(row, self.journal_actions.today()))

    # --- changing ------------------------------------------------------------------

    def mark_selected_kept(self) -> bool:
        row = self.current
        if row is None or row.status is PromiseStatus.KEPT:
            return False
        try:
            self.journal_actions.mark_kept(row)
        except JournalError as error:
            show_error(self, error, "Not saved")
            return False
        self.journal_actions.report(f"Marked kept: {row.description}")
        return True

    def delete_selected(self) -> bool:
        row = self.current
        if row is None:
            return False
        confirm(
            self,
            "Delete this promise?",
            f"Delete the promise “{row.description}” ({row.side.label.lower()}, "
            f"{row.organisation.name})? It will no longer count in the track record. "
            "If it was let go by agreement, change its status to Released instead. "
            "You can undo this with Ctrl+Z.",
            "Delete promise",
            lambda: self._delete(row.id),
        )
        return True

    def _delete(self, record_id: int) -> None:
        try:
            self.journal_actions.delete("promise", record_id, label="delete promise")
        except JournalError as error:
            show_error(self, error, "Not deleted")
            return
        self.current = None
        self.journal_actions.report("Deleted the promise. Ctrl+Z brings it back.")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.promise_table
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in MARK_KEPT_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.mark_selected_kept()
            return True
        return super().eventFilter(watched, event)

    # --- slots -------------------------------------------------------------------

    def _on_filter_changed(self, *_args: object) -> None:
        self.current = None
        self.model.reload()
        self._update_count()
        if self.model.rows:
            self.ui.promise_table.selectRow(0)
        else:
            self._show(None)

    def _on_promise_table_selection_changed(self, selected: QItemSelection, _old: object) -> None:
        indexes = selected.indexes()
        if indexes:
            self._show(self.model.row_at(indexes[0].row()))

    def _on_promise_table_activated(self, _index: object) -> None:
        self.edit_selected()

    def _on_detail_browser_anchor_clicked(self, url: QUrl) -> None:
        found = html.parse_link(url.toString())
        if found:
            self.record_opened.emit(*found)

    def _on_mark_kept_button_clicked(self) -> None:
        self.mark_selected_kept()

    def _on_change_status_button_clicked(self) -> None:
        if self.current is not None:
            self.status_change_requested.emit(self.current)

    def _on_delete_button_clicked(self) -> None:
        self.delete_selected()

    # --- entering and correcting: New…, Edit…, double-click, Enter, context menu ------

    def _add_editing(self) -> None:
        """ "New promise…" and "Edit promise…" beside the status buttons, and the
        register's context menu."""
        self.new_button = QPushButton("&New promise…", self)
        self.new_button.setObjectName("new_promise_button")
        self.new_button.setAccessibleDescription(
            "Enter a promise made outside a logged meeting, perhaps already kept or broken"
        )
        self.new_button.clicked.connect(self.request_new_promise)
        self.edit_button = QPushButton("Ed&it promise…", self)
        self.edit_button.setObjectName("edit_promise_button")
        self.edit_button.setAccessibleDescription(
            "Correct what was promised, who made it, to whom, who holds it, when it is due, "
            "and its status (Enter or double-click on the promise)"
        )
        self.edit_button.clicked.connect(self.edit_selected)
        layout = self.ui.button_layout
        at = layout.indexOf(self.ui.mark_kept_button)
        layout.insertWidget(at, self.edit_button)
        layout.insertWidget(at, self.new_button)
        QWidget.setTabOrder(self.new_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.ui.mark_kept_button)
        table = self.ui.promise_table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.context_actions: dict[str, QAction] = {}
        for name, text, slot in (
            ("new", "New promise…", self.request_new_promise),
            ("edit", "Edit promise…", self.edit_selected),
            ("status", "Change status…", self._on_change_status_button_clicked),
            ("renew", "Agree a new date…", self.renew_selected),
            ("delete", "Delete promise…", self.delete_selected),
            ("outcome", "Record an outcome from it…", self.record_outcome_from_selected),
        ):
            action = QAction(text, self)
            action.setObjectName(f"{name}_promise_action")
            action.triggered.connect(slot)
            table.addAction(action)
            self.context_actions[name] = action

    def _enable_editing(self, enabled: bool) -> None:
        if not hasattr(self, "edit_button"):  # the filters fire while the view is built
            return
        self.edit_button.setEnabled(enabled)
        for name in ("edit", "status", "delete", "outcome"):
            self.context_actions[name].setEnabled(enabled)
        self.context_actions["renew"].setEnabled(
            enabled and self.current is not None and self.current.can_be_renewed
        )

    def renew_selected(self) -> QDialog | None:
        """Agree a new date for the chosen broken promise: a new promise, linked to it."""
        row = self.current
        if row is None or not row.can_be_renewed:
            return None
        from bigjournal.gui.dialogs.renew_promise import RenewPromiseDialog

        dialog = RenewPromiseDialog(self.journal_actions, row, self)
        dialog.renewed.connect(lambda made: self.open_record(made))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.renew_dialog = dialog
        dialog.open()
        return dialog

    def record_outcome_from_selected(self) -> QDialog | None:
        """What the chosen promise achieved: the outcome form, linked to it (issue 21)."""
        row = self.current
        if row is None:
            return None
        from bigjournal.gui.dialogs.outcome import record_outcome

        self.outcome_dialog = record_outcome(
            self.window(), self.journal_actions, row.organisation.id, promise_id=row.id
        )
        return self.outcome_dialog

    def request_new_promise(self) -> None:
        self.new_promise_requested.emit(self.ui.organisation_combo.currentData())

    def edit_selected(self) -> bool:
        if self.current is None:
            return False
        self.edit_requested.emit(self.current)
        return True


def _when(p: PromiseRow) -> str:
    return f" {html.day(p.status_on)}" if p.status_on else ""


def _status_cell(p: PromiseRow) -> str:
    """The register's status: "Kept 13 days late", "Broken 4 Nov 2025 (new date agreed)"."""
    if p.days_late:
        late = "1 day" if p.days_late == 1 else f"{p.days_late:,} days"
        return f"Kept {late} late{_when(p)}"
    text = p.status.label + _when(p)
    if p.status is PromiseStatus.BROKEN and p.renewal_id is not None:
        text += " (new date agreed)"
    elif p.renewed_from_id is not None:
        text += " (a new date)"
    return text


def render(p: PromiseRow, today: object) -> str:
    from datetime import date

    assert isinstance(today, date)
    kind = "contact" if p.side is Side.THEIRS else "member"
    maker = html.link(kind, p.made_by) if kind == "contact" else escape(_name(p.made_by))
    return "".join(
        [
            html.heading(p.description, 3),
            html.facts(
                [
                    ("Whose", escape(p.side.label)),
                    ("Organisation", html.link("organisation", p.organisation)),
                    (
                        "Made by",
                        maker
                        or escape(p.organisation.name if kind == "contact" else "the partnership"),
                    ),
                    ("Held now by", escape(p.holder_name)),
                    ("Made on", html.day(p.made_on)),
                    ("Due", html.day(p.due_on) or "no date"),
                    ("Status", html.promise_status(p, today, with_reason=False)),
                    (
                        "Reason given" if p.status is PromiseStatus.BROKEN else "Note",
                        escape(p.status_note),
                    ),
                    (
                        "New date agreed",
                        html.link("promise", Ref(p.renewal_id, "", "the promise with the new date"))
                        if p.renewal_id
                        else "",
                    ),
                    (
                        "Gives a new date to",
                        html.link("promise", Ref(p.renewed_from_id, "", "the broken promise"))
                        if p.renewed_from_id
                        else "",
                    ),
                    (
                        "Made at",
                        html.link("meeting", Ref(p.interaction_id, "", "the meeting"))
                        if p.interaction_id
                        else "",
                    ),
                ]
            ),
        ]
    )


def _name(ref: Ref | None) -> str:
    return ref.name if ref else ""
