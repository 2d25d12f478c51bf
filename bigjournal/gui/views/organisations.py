"""Organisations: a tree by parent (council → departments) and one relationship in full.

The tool bar above the detail pane (``self.tool_bar``) holds the actions on the
chosen organisation; printing adds "Print summary…" to it (see
:meth:`OrganisationsView.add_organisation_action`).
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QItemSelection, QModelIndex, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPen,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMenu,
    QPushButton,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bigjournal import wording
from bigjournal.errors import JournalError
from bigjournal.gui import html
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.columns import ColumnFitter
from bigjournal.gui.dialogs.confirm import confirm
from bigjournal.gui.errors import show_error
from bigjournal.gui.filter_box import FilterBox
from bigjournal.gui.forms.ui_organisations_view import Ui_OrganisationsView
from bigjournal.gui.list_sorting import SORT_AS_ROLE, TreeSorting, narrow_tree
from bigjournal.gui.views.base import FieldSaver, JournalView
from bigjournal.journal.checkins import (
    CHARTED,
    CRITERIA,
    LEVELS,
    CheckInRow,
    charted,
    latest_changes,
    list_check_ins,
)
from bigjournal.journal.health import health_of_organisations
from bigjournal.journal.organisations import (
    list_organisations,
    organisation_deletion_impact,
    organisation_detail,
)
from bigjournal.journal.outcomes import OutcomeRow, list_outcomes, pounds, total_pence
from bigjournal.journal.records import Health, OrganisationDetail, OrganisationRow, Ref
from bigjournal.model.vocabulary import PromiseStatus, Side

ID_ROLE = Qt.ItemDataRole.UserRole
HEADERS = ("Organisation", "Kind", "Relationship", "Purposes", "Held by", "Health")
HEALTH_COLUMN = 5


class OrganisationsView(JournalView):
    #: The user asked to log a meeting with this organisation (its id).
    meeting_requested = Signal(int)
    #: "New organisation…" (0) or "New department here…" (the parent's id).
    new_organisation_requested = Signal(int)
    #: "Edit…" on an organisation (its id).
    edit_organisation_requested = Signal(int)
    #: "New contact here…" on an organisation (its id).
    new_contact_requested = Signal(int)

    def __init__(self, actions: JournalActions, parent: QWidget | None = None) -> None:
        super().__init__(actions, parent)
        self.ui = Ui_OrganisationsView()
        self.ui.setupUi(self)
        self.detail: OrganisationDetail | None = None
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(list(HEADERS))
        tree = self.ui.organisation_tree
        tree.setModel(self.model)
        self._set_up_sorting_and_filter()
        # The name; purposes and who holds it are in the detail beside (or a right-click away).
        self.column_fitter = ColumnFitter(tree, main=0, hidden=(3, 4))
        tree.selectionModel().selectionChanged.connect(self._on_organisation_tree_selection_changed)
        self.ui.splitter.setSizes([560, 620])
        self.ui.splitter.setStretchFactor(1, 1)

        self.tool_bar = QToolBar("Organisation", self)
        self.tool_bar.setObjectName("organisation_tool_bar")
        self.tool_bar.setAccessibleName("Actions on this organisation")
        self.tool_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.ui.tool_bar_layout.addWidget(self.tool_bar)
        self.action_log_meeting = self.add_organisation_action(
            "Log a &meeting with them…", self._on_action_log_meeting_triggered
        )
        self.action_delete = self.add_organisation_action(
            "&Delete organisation…", self._on_action_delete_triggered
        )
        self.action_check_in = self.add_organisation_action(
            "Record a chec&k-in…", self._on_action_check_in_triggered
        )
        self.action_check_in.setObjectName("action_record_check_in")
        self.action_check_in.setToolTip(
            "How the relationship stands on the eight criteria, with a note"
        )
        self.check_ins: list[CheckInRow] = []
        self.action_outcome = self.add_organisation_action(
            "Record an o&utcome…", self._on_action_outcome_triggered
        )
        self.action_outcome.setObjectName("action_record_outcome")
        self.action_outcome.setToolTip(
            "What the relationship achieved: a seat at the table, funding leveraged…"
        )
        self.outcomes: list[OutcomeRow] = []

        self.ui.detail_browser.anchorClicked.connect(self._on_detail_browser_anchor_clicked)
        self.next_steps = FieldSaver(
            self.ui.next_steps_edit, lambda old, new: self._save("next_steps", old, new)
        )
        self.relationship_notes = FieldSaver(
            self.ui.relationship_notes_edit,
            lambda old, new: self._save("relationship_notes", old, new),
        )
        self._build_record_editing()
        self._show_detail(None)

    def add_organisation_action(self, text: str, slot: object) -> QAction:
        """Add an action on the chosen organisation to the tool bar (e.g. Print summary…).

        The action is enabled only while an organisation is shown; the slot reads
        :attr:`current_id`.
        """
        action = self.tool_bar.addAction(text)
        action.triggered.connect(slot)
        action.setEnabled(self.detail is not None if hasattr(self, "detail") else False)
        return action

    @property
    def current_id(self) -> int | None:
        return self.detail.id if self.detail else None

    # --- reading -----------------------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        chosen = self.current_id
        rows = list_organisations(self.journal, with_last_contact=False)  # not shown here
        health = health_of_organisations(self.journal, today=self.journal_actions.today())
        self.model.removeRows(0, self.model.rowCount())
        items: dict[int, QStandardItem] = {}
        children: dict[int | None, list[OrganisationRow]] = {}
        known = {row.id for row in rows}
        for row in rows:
            parent = row.parent_id if row.parent_id in known else None
            children.setdefault(parent, []).append(row)

        def add(parent_item: QStandardItem, parent_id: int | None) -> None:
            for row in children.get(parent_id, []):
                cells = [
                    QStandardItem(row.name),
                    QStandardItem(row.kind.label),
                    QStandardItem(row.relationship_type.label if row.relationship_type else ""),
                    QStandardItem(", ".join(p.label for p in row.purposes)),
                    QStandardItem(", ".join(h.name for h in row.holders)),
                ]
                said = health.get(row.id)
                cells.append(health_cell(said))
                for cell in cells:
                    cell.setEditable(False)
                    cell.setToolTip(cell.toolTip() or cell.text())
                cells[0].setData(row.id, ID_ROLE)
                parent_item.appendRow(cells)
                items[row.id] = cells[0]
                add(cells[0], row.id)

        add(self.model.invisibleRootItem(), None)
        self._arrange_tree()
        self.ui.organisation_tree.expandAll()
        target = chosen if chosen in items else (rows[0].id if rows else None)
        if target is not None:
            self.open_record(target, reload=True)
        else:
            self._show_detail(None)
        self.show_empty_state(not rows)

    def _set_up_sorting_and_filter(self) -> None:
        """Sorting by the headings (in memory, within each parent) and the box that narrows
        the tree to the names typed (with the councils they are under)."""
        self.filter_box = FilterBox(
            what="organisations",
            placeholder="Part of an organisation's name",
            parent=self,
            label="Narrow &to:",  # Alt+W is the tool bar's New menu here
        )
        self.ui.list_layout.insertWidget(1, self.filter_box)
        self.filter_box.install_shortcut(self)
        self.filter_box.changed.connect(self._on_filter_box_changed)
        self.sorting = TreeSorting(self.ui.organisation_tree, self.model, list_name="organisations")

    def _arrange_tree(self) -> None:
        self.sorting.arrange()
        narrow_tree(self.ui.organisation_tree, self.model, self.filter_box.text())

    def _on_filter_box_changed(self, text: str) -> None:
        narrow_tree(self.ui.organisation_tree, self.model, text)
        self.ui.organisation_tree.expandAll()

    def open_record(self, record_id: int, *, reload: bool = False) -> None:
        index = self._index_of(record_id)
        if index is None:
            return
        shown = self.detail
        tree = self.ui.organisation_tree
        tree.setCurrentIndex(index)  # loads the detail if the selection moved
        tree.scrollTo(index)
        loaded_now = self.detail is not shown
        if self.current_id != record_id or (reload and not loaded_now):
            self._load(record_id)

    def _index_of(self, record_id: int) -> QModelIndex | None:
        matches = self.model.match(
            self.model.index(0, 0),
            ID_ROLE,
            record_id,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        return matches[0] if matches else None

    def _load(self, record_id: int) -> None:
        try:
            detail = organisation_detail(
                self.journal, record_id, today=self.journal_actions.today()
            )
        except JournalError as error:
            show_error(self, error)
            detail = None
        self._show_detail(detail)

    def _show_detail(self, detail: OrganisationDetail | None) -> None:
        self.detail = detail
        for action in self.tool_bar.actions():
            action.setEnabled(detail is not None)
        self.new_button_action.setEnabled(True)  # a new organisation needs none chosen
        for edit in (self.ui.next_steps_edit, self.ui.relationship_notes_edit):
            edit.setEnabled(detail is not None)
        if detail is None:
            self.ui.detail_browser.setHtml("<p>Choose an organisation from the list.</p>")
            self.next_steps.load("")
            self.relationship_notes.load("")
            return
        try:
            self.check_ins = list_check_ins(self.journal, detail.id)
        except JournalError as error:
            show_error(self, error)
            self.check_ins = []
        try:
            self.outcomes = list_outcomes(self.journal, detail.id)
        except JournalError as error:
            show_error(self, error)
            self.outcomes = []
        document = self.ui.detail_browser.document()
        width = self.ui.detail_browser.viewport().width() - 40  # the page, less its margins
        chart = check_in_chart(self.check_ins, self.palette().base().color(), width)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), chart)
        self.ui.detail_browser.setHtml(
            render(
                detail,
                self.journal_actions.today(),
                check_in_section(self.check_ins),
                outcome_section(self.outcomes),
            )
        )
        self.next_steps.load(detail.next_steps)
        self.relationship_notes.load(detail.relationship_notes)

    # --- changing ------------------------------------------------------------------

    def _save(self, field: str, old: str, new: str) -> None:
        if self.detail is None:
            return
        self.journal_actions.update(
            "organisation",
            self.detail.id,
            {field: new},
            {field: old},
            expected_version=self.detail.version,
            label=f"edit {field.replace('_', ' ')} of {self.detail.name}",
        )

    def delete_selected(self) -> bool:
        detail = self.detail
        if detail is None:
            return False
        try:
            impact = organisation_deletion_impact(self.journal, detail.id)
        except JournalError as error:
            show_error(self, error)
            return True
        if impact.parts:
            show_error(
                self,
                f"“{detail.name}” still has {impact.parts} department(s) or team(s). "
                "Delete them, or move each one to another organisation first: choose it, "
                "then “Edit…” and change “Part of”.",
                "Cannot delete yet",
            )
            return True
        confirm(
            self,
            f"Delete {detail.name}?",
            f"Delete “{detail.name}” from the journal? {impact.describe()} "
            "You can undo this with Ctrl+Z.",
            "Delete organisation",
            lambda: self._delete(detail.id, detail.name),
        )
        return True

    def _delete(self, record_id: int, name: str) -> None:
        try:
            self.journal_actions.delete("organisation", record_id, label=f"delete {name}")
        except JournalError as error:
            show_error(self, error, "Not deleted")
            return
        self.detail = None
        self.journal_actions.report(f"Deleted {name}. Ctrl+Z brings it back.")

    # --- slots -------------------------------------------------------------------

    def _on_organisation_tree_selection_changed(
        self, selected: QItemSelection, _old: object
    ) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        record_id = indexes[0].siblingAtColumn(0).data(ID_ROLE)
        if record_id is not None and record_id != self.current_id:
            self._load(int(record_id))

    def _on_detail_browser_anchor_clicked(self, url: QUrl) -> None:
        found = html.parse_link(url.toString())
        if found:
            self.record_opened.emit(*found)

    def _on_action_log_meeting_triggered(self) -> None:
        if self.detail is not None:
            self.meeting_requested.emit(self.detail.id)

    def _on_action_delete_triggered(self) -> None:
        self.delete_selected()

    def _on_action_check_in_triggered(self) -> None:
        if self.detail is not None:
            from bigjournal.gui.dialogs.check_in import record_check_in

            self.check_in_dialog = record_check_in(
                self.window(), self.journal_actions, self.detail.id
            )

    def _on_action_outcome_triggered(self) -> None:
        if self.detail is not None:
            from bigjournal.gui.dialogs.outcome import record_outcome

            self.outcome_dialog = record_outcome(
                self.window(), self.journal_actions, self.detail.id
            )

    # --- new and edit (issue 14) ---------------------------------------------------

    def _build_record_editing(self) -> None:
        """New organisation, new department, Edit…: tool bar, right-click, double-click."""
        self.action_new_organisation = QAction("New &organisation…", self)
        self.action_new_organisation.setObjectName("action_view_new_organisation")
        self.action_new_organisation.triggered.connect(
            lambda: self.new_organisation_requested.emit(0)
        )
        self.action_new_department = QAction("New &department or team here…", self)
        self.action_new_department.setObjectName("action_new_department")
        self.action_new_department.triggered.connect(self._on_action_new_department_triggered)
        self.action_new_contact_here = QAction("New &contact here…", self)
        self.action_new_contact_here.triggered.connect(self._on_action_new_contact_here_triggered)
        new_menu = QMenu(self)
        new_menu.addAction(self.action_new_organisation)
        new_menu.addAction(self.action_new_department)
        new_menu.addAction(self.action_new_contact_here)
        new_menu.aboutToShow.connect(self._on_new_menu_about_to_show)
        self.new_button = QToolButton(self)
        self.new_button.setObjectName("new_organisation_button")
        self.new_button.setText("Ne&w")
        self.new_button.setAccessibleName("New organisation, department or contact")
        self.new_button.setToolTip(
            "Add an organisation, a department of the chosen one, or a contact"
        )
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_button.setMenu(new_menu)
        first = self.tool_bar.actions()[0]
        self.new_button_action = self.tool_bar.insertWidget(first, self.new_button)
        self.action_edit = QAction("&Edit…", self)
        self.action_edit.setObjectName("action_edit_organisation")
        self.action_edit.setToolTip("Change any field of the chosen organisation (Enter)")
        self.action_edit.triggered.connect(self._on_action_edit_triggered)
        self.tool_bar.insertAction(first, self.action_edit)
        tree = self.ui.organisation_tree
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._on_organisation_tree_context_menu_requested)
        tree.activated.connect(lambda _index: self.edit_selected())
        self._build_empty_state()

    def _on_new_menu_about_to_show(self) -> None:
        for action in (self.action_new_department, self.action_new_contact_here):
            action.setEnabled(self.detail is not None)

    def _build_empty_state(self) -> None:
        """What an empty journal shows here: what to do first, and the button to do it."""
        self.empty_state = QFrame(self)
        self.empty_state.setObjectName("organisations_empty_state")
        layout = QVBoxLayout(self.empty_state)
        layout.addStretch(1)
        self.empty_label = QLabel(
            "<h3>No organisations yet</h3><p>Start with the council, housing association, "
            "school or health service you work with most. Its departments, its people "
            "and your meetings with them come after.</p>"
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName("No organisations yet")
        layout.addWidget(self.empty_label)
        self.first_organisation_button = QPushButton("&Add the first organisation you work with…")
        self.first_organisation_button.setObjectName("first_organisation_button")
        self.first_organisation_button.clicked.connect(
            lambda: self.new_organisation_requested.emit(0)
        )
        layout.addWidget(self.first_organisation_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
        self.ui.main_layout.addWidget(self.empty_state)
        self.empty_state.hide()

    def show_empty_state(self, empty: bool) -> None:
        focused = self.ui.organisation_tree.hasFocus()
        self.ui.splitter.setVisible(not empty)
        self.empty_state.setVisible(empty)
        if empty and focused:
            self.first_organisation_button.setFocus()

    def edit_selected(self) -> bool:
        """Open the editor on the chosen organisation; False if none is chosen."""
        if self.detail is None:
            return False
        self.edit_organisation_requested.emit(self.detail.id)
        return True

    def _on_action_edit_triggered(self) -> None:
        self.edit_selected()

    def _on_action_new_department_triggered(self) -> None:
        if self.detail is not None:
            self.new_organisation_requested.emit(self.detail.id)

    def _on_action_new_contact_here_triggered(self) -> None:
        if self.detail is not None:
            self.new_contact_requested.emit(self.detail.id)

    def _on_organisation_tree_context_menu_requested(self, position: QPoint) -> None:
        tree = self.ui.organisation_tree
        index = tree.indexAt(position)
        if index.isValid():
            record_id = index.siblingAtColumn(0).data(ID_ROLE)
            if record_id is not None and record_id != self.current_id:
                self._load(int(record_id))
        menu = QMenu(self)
        menu.setObjectName("organisation_context_menu")
        menu.addAction(self.action_new_organisation)
        if self.detail is not None and index.isValid():
            self._on_new_menu_about_to_show()
            menu.addAction(self.action_new_department)
            menu.addAction(self.action_new_contact_here)
            menu.addSeparator()
            menu.addAction(self.action_edit)
            menu.addAction(self.action_log_meeting)
            menu.addAction(self.action_check_in)
            menu.addAction(self.action_outcome)
            menu.addAction(self.action_delete)
        self.context_menu = menu
        menu.popup(tree.viewport().mapToGlobal(position))


def health_cell(said: Health | None) -> QStandardItem:
    """The list's health: the word, whole (sorted worst first); the reasons in its tip
    and read aloud with it, and on the organisation's page beside."""
    cell = QStandardItem(said.word.label if said else "")
    if said is not None:
        cell.setData(f"{said.word.rank} {said.describe().casefold()}", SORT_AS_ROLE)
        cell.setToolTip(said.describe())
        cell.setAccessibleText(said.describe())
    return cell


def health_html(d: OrganisationDetail) -> str:
    """The health on the page: the word in bold, each reason a line of its own."""
    if d.health is None:
        return ""
    reasons = "".join(f"<li>{escape(reason)}</li>" for reason in d.health.reasons)
    return f"<p><b>Health: {escape(d.health.word.label)}</b></p>" + (
        f"<ul>{reasons}</ul>" if reasons else ""
    )


def render(d: OrganisationDetail, today: object, check_ins: str = "", outcomes: str = "") -> str:
    """The relationship on one page: facts, track record, people, promises, timeline."""
    from datetime import date

    assert isinstance(today, date)
    rhythm = f"every {wording.count(d.contact_every_days, 'day')}" if d.contact_every_days else ""
    next_due = ""
    if d.next_contact_due:
        late = d.next_contact_due < today
        next_due = ("<b>overdue</b> since " if late else "") + html.day(d.next_contact_due)
    parts = [
        html.heading(d.name),
        single_point_warning(d),
        html.facts(
            [
                ("Kind", escape(", ".join(kind.label for kind in d.kinds))),
                ("Council tier", escape(d.council_tier.label) if d.council_tier else ""),
                ("Part of", html.link("organisation", d.parent)),
                (
                    "Departments and teams",
                    ", ".join(html.link("organisation", c) for c in d.children),
                ),
                ("Relationship", escape(d.relationship_type.label) if d.relationship_type else ""),
                ("Purposes", escape(", ".join(p.label for p in d.purposes))),
                ("Held by", escape(", ".join(h.name for h in d.holders)) or held_by_nobody(d)),
                ("Since", html.day(d.relationship_since)),
                ("Agreed contact", rhythm),
                ("Last contact", html.day(d.last_contact_on)),
                ("Next contact due", next_due),
                (
                    "Works with",
                    ", ".join(
                        html.link("organisation", link.organisation)
                        + (f" ({escape(link.description)})" if link.description else "")
                        for link in d.links
                    ),
                ),
                ("Phone", escape(d.phone)),
                ("Email", escape(d.email)),
                ("Website", escape(d.website)),
            ]
        ),
        health_html(d),
        html.heading("Track record", 3),
        "<table cellspacing='2'>"
        + html.track_record("Their promises:", d.track_records.theirs, Side.THEIRS)
        + html.track_record("Our promises:", d.track_records.ours, Side.OURS)
        + "</table>",
        check_ins,
        outcomes,
        html.heading("Contacts", 3),
    ]
    people = [
        "<li>"
        + (f"{escape(c.title)} " if c.title else "")
        + html.link("contact", c)
        + (f" — {escape(c.role)}" if c.role else "")
        + (f" <i>(left {html.day(c.left_on)})</i>" if c.left_on else "")
        + "</li>"
        for c in d.contacts
    ]
    parts.append(f"<ul>{''.join(people)}</ul>" if people else "<p><i>No contacts yet.</i></p>")
    open_theirs = [
        p for p in d.promises if p.side is Side.THEIRS and p.status is PromiseStatus.OPEN
    ]
    open_ours = [p for p in d.promises if p.side is Side.OURS and p.status is PromiseStatus.OPEN]
    settled = [p for p in d.promises if p.status is not PromiseStatus.OPEN]
    parts += [
        html.heading("Their open promises", 3),
        html.promise_list(open_theirs, today, "None open."),
        html.heading("Our open promises", 3),
        html.promise_list(open_ours, today, "None open."),
        html.heading("Handovers", 3) if d.handovers else "",
        handover_list(d, today),
        html.heading(f"Timeline ({wording.count(d.meeting_count, 'meeting')}, latest first)", 3),
        html.meeting_list(d.meetings, "No meetings yet."),
        html.heading("Promises settled", 3),
        html.promise_list(reversed(settled[-30:]), today, "None yet."),
    ]
    if d.notes:
        parts += [html.heading("Notes", 3), html.paragraph(d.notes)]
    if d.address:
        parts += [html.heading("Address", 3), html.paragraph(d.address)]
    return "".join(parts)


def held_by_nobody(d: OrganisationDetail) -> str:
    """A relationship of our own with nobody named to hold it: say how to name them."""
    if d.parent is not None:
        return ""  # a department's relationship is usually its council's
    return "<i>nobody named yet: choose “Edit…” and tick who holds it</i>"


def single_point_warning(d: OrganisationDetail) -> str:
    """The research's warning sign, flagged before anyone leaves (as Today lists it):
    one contact or none, one member holding the relationship or nobody."""
    if d.parent is not None:
        return ""
    active = [c for c in d.contacts if c.left_on is None]
    risks = []
    if not active:
        risks.append("no contact there yet")
    elif len(active) == 1:
        risks.append(f"only one contact ({escape(active[0].name)})")
    if not d.holders:
        risks.append("nobody holds the relationship")
    elif len(d.holders) == 1:
        risks.append(f"held by one member only ({escape(d.holders[0].name)})")
    if not risks:
        return ""
    title = "Hangs on nobody" if not active or not d.holders else "Single point of contact"
    return (
        "<table border='1' cellpadding='6' cellspacing='0' bgcolor='#fff4c2'><tr><td>"
        f"<b>{title}:</b> {' and '.join(risks)}. If they move on, the "
        "relationship may restart from zero: get to know a second person.</td></tr></table>"
    )


def handover_list(d: OrganisationDetail, today: object) -> str:
    """Handovers, pending and completed, as lines of the relationship's timeline."""
    from datetime import date

    assert isinstance(today, date)
    lines = []
    for h in d.handovers:
        text = f"{html.day(h.left_on)}: {html.link('contact', h.leaver)} left"
        text += f" (to {escape(h.went_to)})" if h.went_to else ""
        if h.successor:
            text += f"; {html.link('contact', h.successor)} takes over"
        elif h.post_vacant:
            text += "; post vacant"
        if h.introduction_on:
            text += f"; introduction {html.day(h.introduction_on)}"
        if h.completed_on:
            text += f" — handover completed {html.day(h.completed_on)}"
        else:
            waiting = wording.count((today - h.left_on).days, "day")
            text += f" — <b>handover pending</b>, waiting {waiting}"
        lines.append(f"<li>{text}</li>")
    return f"<ul>{''.join(lines)}</ul>" if lines else ""


# --- check-ins: the latest, and each criterion's ebb and flow ------------------------

CHART_URL = "chart:check-ins"
#: Check-ins drawn in the chart (the latest ones: the journal's own number) and listed.
CHART_CHECK_INS = CHARTED
LISTED_CHECK_INS = 6


def check_in_section(rows: list[CheckInRow]) -> str:
    """The latest check-in criterion by criterion, the chart, and the earlier ones."""
    heading = html.heading("Check-ins on the eight criteria", 3)
    if not rows:
        return heading + (
            "<p><i>No check-ins yet. “Record a check-in…” above notes how the "
            "relationship stands on trust, shared goals and the six other criteria.</i></p>"
        )
    latest = rows[0]
    cells = []
    for change in latest_changes(rows):
        was = f" ({escape(change.since)})" if change.since else ""
        cells.append(
            f"<tr><td>{escape(change.criterion.label)}</td>"
            f"<td><b>{escape(change.words)}</b>{was}</td></tr>"
        )
    who = f" with {escape(', '.join(latest.took_part))}" if latest.took_part else ""
    parts = [
        heading,
        "<p>Latest: "
        + html.link("check-in", _ref(latest), html.day(latest.held_on))
        + f"{who}</p>",
        "<table cellspacing='2'>" + "".join(cells) + "</table>",
    ]
    if latest.note:
        parts.append(html.paragraph(latest.note))
    if latest.hopes:
        parts.append(f"<p><i>Where we hope to be:</i> {escape(latest.hopes)}</p>")
    if len(rows) > 1:
        parts.append(
            f"<p><img src='{CHART_URL}' alt='Each criterion over the last "
            f"{min(len(rows), CHART_CHECK_INS)} check-ins'></p>"
        )
        listed = ", ".join(
            html.link("check-in", _ref(row), html.day(row.held_on))
            for row in rows[1:LISTED_CHECK_INS]
        )
        more = f" and {len(rows) - LISTED_CHECK_INS} more" if len(rows) > LISTED_CHECK_INS else ""
        parts.append(f"<p>Earlier check-ins: {listed}{more}.</p>")
    return "".join(parts)


def _ref(row: CheckInRow) -> Ref:
    return Ref(row.id, row.uuid, row.name)


def check_in_chart(rows: list[CheckInRow], background: QColor, width: int = 560) -> QImage:
    """Each criterion's level over the latest check-ins, one small line each.

    Black ink on the page's own background, a dot at every check-in and the latest
    level's word at the side, so it reads in black and white and in print; a criterion
    not talked about leaves a gap rather than a guess. Drawn ``width`` pixels wide (the
    page's), each criterion's name beside its line, or above it on a narrow page.
    """
    shown = charted(rows, CHART_CHECK_INS)  # oldest first, left to right
    width = max(width, 180)
    font = QFont()
    font.setPointSizeF(8.5)
    metrics = QFontMetrics(font)
    line = metrics.height()
    words_width = max(metrics.horizontalAdvance(w) for w in (*LEVELS.values(), "—")) + 10
    names_width = max(metrics.horizontalAdvance(c.label) for c in CRITERIA) + 12
    beside = width - names_width - words_width >= 200
    label_width = names_width if beside else 0
    plot_width = width - label_width - words_width
    band = 2 * line  # the height of one criterion's line, from Very weak to Strong
    row_height = band + 6 + (0 if beside else line)
    top = line + 6
    image = QImage(width, top + row_height * len(CRITERIA) + 4, QImage.Format.Format_ARGB32)
    image.fill(background)
    if not shown:
        return image
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    ink = QColor("black")
    faint = QPen(QColor(150, 150, 150), 1, Qt.PenStyle.DotLine)
    first, last = shown[0].held_on, shown[-1].held_on
    span = max((last - first).days, 1)

    def x_of(on: date) -> float:
        if len(shown) == 1:
            return label_width + plot_width / 2
        return label_width + 6 + (plot_width - 12) * (on - first).days / span

    painter.setPen(ink)
    painter.drawText(label_width, line, html.day(first))
    end = html.day(last)
    painter.drawText(label_width + plot_width - metrics.horizontalAdvance(end), line, end)
    for number, criterion in enumerate(CRITERIA):
        y0 = top + number * row_height
        painter.setPen(ink)
        if beside:
            painter.drawText(0, y0 + band // 2 + metrics.ascent() // 2, criterion.label)
        else:
            painter.drawText(0, y0 + metrics.ascent(), criterion.label)
            y0 += line
        lowest, highest = y0 + band, y0 + 2

        def y_of(level: int, lowest: int = lowest, highest: int = highest) -> float:
            return lowest - (lowest - highest) * (level - 1) / (len(LEVELS) - 1)

        painter.setPen(faint)
        for level in (1, len(LEVELS)):
            y = int(y_of(level))
            painter.drawLine(label_width, y, label_width + plot_width, y)
        painter.setPen(QPen(ink, 1.6))
        painter.setBrush(ink)
        previous: tuple[float, float] | None = None
        for row in shown:
            rated = row.levels[criterion.key]
            if rated is None:
                previous = None
                continue
            point = (x_of(row.held_on), y_of(rated))
            if previous is not None:
                painter.drawLine(int(previous[0]), int(previous[1]), int(point[0]), int(point[1]))
            painter.drawEllipse(int(point[0]) - 3, int(point[1]) - 3, 6, 6)
            previous = point
        latest = shown[-1].levels[criterion.key]
        painter.setPen(ink)
        painter.drawText(
            label_width + plot_width + 8,
            y0 + band // 2 + metrics.ascent() // 2,
            LEVELS[latest] if latest is not None else "—",
        )
    painter.end()
    return image


# --- outcomes: what the relationship achieved (issue 21, item 4) ----------------------


def outcome_section(rows: list[OutcomeRow]) -> str:
    """Every outcome, newest first: its title (which opens it), kind, side, amount and
    where it came from; the funding leveraged added up."""
    heading = html.heading("Outcomes", 3)
    if not rows:
        return heading + (
            "<p><i>No outcomes yet. “Record an outcome…” above notes what the "
            "relationship achieved: a seat at the table, an introduction, funding "
            "leveraged.</i></p>"
        )
    items = []
    for row in rows:
        amount = f" <b>{escape(row.amount)}</b>" if row.amount else ""
        came = []
        if row.meeting is not None:
            came.append("the meeting " + html.link("meeting", row.meeting))
        if row.promise is not None:
            came.append("the promise " + html.link("promise", row.promise))
        source = f"; from {' and '.join(came)}" if came else ""
        items.append(
            f"<li>{html.day(row.achieved_on)}: "
            + html.link("outcome", Ref(row.id, row.uuid, row.title))
            + f"{amount} — {escape(row.kind.label)}, for "
            + f"{escape(row.beneficiary.label.lower())}{source}</li>"
        )
    total = total_pence(rows)
    funding = f"<p>Funding leveraged in all: <b>{escape(pounds(total))}</b></p>" if total else ""
    return heading + funding + f"<ul>{''.join(items)}</ul>"
