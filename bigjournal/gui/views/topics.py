"""The Topics page: topics that run across meetings and organisations (issue 21).

The list of topics on the left (closed ones only when asked for); the chosen topic's
page beside it: what it is about, the organisations involved, its timeline across
them (newest first; Enter or a double-click opens the meeting) and its open
promises both ways (Enter opens the promise). Add, Rename, Close and Delete are each
one Ctrl+Z step (``actions.add/update/delete``). A meeting or a promise is tagged
from the Meetings and Promises pages ("Topics…" in their context menus, or Edit ›
Topics…), through :class:`~bigjournal.gui.dialogs.topics.TopicsDialog`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bigjournal.errors import JournalError
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.columns import ColumnFitter
from bigjournal.gui.dialogs.confirm import confirm
from bigjournal.gui.errors import show_error
from bigjournal.gui.views.base import JournalView
from bigjournal.journal.records import MeetingRow, PromiseRow
from bigjournal.journal.topics import TopicDetail, TopicRow, list_topics, topic_detail
from bigjournal.model.vocabulary import Side

if TYPE_CHECKING:
    from bigjournal.gui.main_window import MainWindow

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


def _day(on: Any) -> str:
    return f"{on.day} {on:%b %Y}" if on else ""


def _tree(name: str, description: str, headers: list[str], main: int) -> QTreeWidget:
    """A list whose columns get what their text needs at any text size, and the
    ``main`` column (the one people read) the rest (``ColumnFitter``)."""
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setAccessibleDescription(description)
    tree.column_fitter = ColumnFitter(tree, main=main)  # type: ignore[attr-defined]
    return tree


class TopicsView(JournalView):
    """Every topic, and the chosen one's page."""

    def __init__(self, actions: JournalActions, parent: QWidget | None = None) -> None:
        super().__init__(actions, parent)
        self.setObjectName("topics_view")
        self.detail: TopicDetail | None = None
        self.rows: list[TopicRow] = []
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("topics_splitter")
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_page())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        self._show(None)

    # --- building ---------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        label = QLabel("&Topics", side)
        self.topic_list = _tree(
            "topic_list",
            "Topics that run across meetings and organisations; choose one to see its "
            "timeline and open promises",
            ["Topic", "Meetings", "Open promises"],
            0,
        )
        self.topic_list.setAccessibleName("Topics")
        label.setBuddy(self.topic_list)
        self.topic_list.currentItemChanged.connect(self._on_topic_list_current_item_changed)
        self.show_closed_check = QCheckBox("Show &closed topics", side)
        self.show_closed_check.setObjectName("show_closed_check")
        self.show_closed_check.setAccessibleDescription(
            "Also list the topics that were closed once finished"
        )
        self.show_closed_check.toggled.connect(lambda _on: self.refresh_safely())
        column.addWidget(label)
        column.addWidget(self.topic_list)
        column.addWidget(self.show_closed_check)
        buttons = QHBoxLayout()
        self.button_layout = buttons
        self.add_button = self._button("&Add topic…", "add_topic_button", self.add_topic)
        self.add_button.setAccessibleDescription(
            "Add a topic, like Street lighting on Canal Walk, to tag meetings and promises with"
        )
        self.rename_button = self._button("Re&name…", "rename_topic_button", self.rename_topic)
        self.rename_button.setAccessibleDescription("Rename the topic or change its description")
        self.close_button = self._button("Cl&ose topic", "close_topic_button", self.close_topic)
        self.close_button.setAccessibleDescription(
            "Close a finished topic: it keeps its history and leaves the lists to tag with "
            "(or open a closed one again)"
        )
        self.delete_button = self._button(
            "&Delete…", "delete_topic_button", lambda: self.delete_selected()
        )
        self.delete_button.setAccessibleDescription(
            "Delete the topic; its meetings and promises stay in the journal"
        )
        for button in (self.add_button, self.rename_button, self.close_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        return side

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _build_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.name_label = QLabel(page)
        self.name_label.setObjectName("topic_name_label")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.about_label = QLabel(page)
        self.about_label.setObjectName("topic_about_label")
        self.about_label.setWordWrap(True)
        self.about_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.organisations_label = QLabel(page)
        self.organisations_label.setObjectName("topic_organisations_label")
        self.organisations_label.setWordWrap(True)
        timeline_label = QLabel("Ti&meline, newest first", page)
        self.timeline = _tree(
            "topic_timeline",
            "The topic's meetings across every organisation, newest first; Enter opens the meeting",
            ["Date", "Kind", "About", "With"],
            2,
        )
        self.timeline.setAccessibleName("Timeline of the topic")
        timeline_label.setBuddy(self.timeline)
        self.timeline.itemActivated.connect(self._on_item_activated)
        promises_label = QLabel("Open &promises, theirs and ours", page)
        self.promise_list = _tree(
            "topic_promises",
            "The topic's promises still open, both ways; Enter opens the promise",
            ["Due", "Promise", "Side", "Held by"],
            1,
        )
        self.promise_list.setAccessibleName("Open promises on the topic")
        promises_label.setBuddy(self.promise_list)
        self.promise_list.itemActivated.connect(self._on_item_activated)
        self.print_button = self._button(
            "P&rint summary…", "print_topic_summary_button", lambda: self.print_summary()
        )
        self.print_button.setAccessibleDescription(
            "Save the topic's one-page summary as a PDF to print: its organisations, "
            "timeline and open promises"
        )
        self.print_action = QAction("Print topic summary…", self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_action.triggered.connect(lambda: self.print_summary())
        self.addAction(self.print_action)
        for widget in (self.name_label, self.about_label, self.organisations_label):
            column.addWidget(widget)
        column.addWidget(timeline_label)
        column.addWidget(self.timeline, 3)
        column.addWidget(promises_label)
        column.addWidget(self.promise_list, 2)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.print_button)
        column.addLayout(row)
        return page

    # --- reading -------------------------------------------------------------------------

    @property
    def current(self) -> TopicRow | None:
        return self.detail.topic if self.detail is not None else None

    def refresh(self) -> None:
        super().refresh()
        chosen = self.current.id if self.current else None
        self.rows = list_topics(self.journal, include_closed=self.show_closed_check.isChecked())
        self.topic_list.blockSignals(True)
        self.topic_list.clear()
        for row in self.rows:
            name = row.name if row.is_open else f"{row.name} (closed {_day(row.closed_on)})"
            item = QTreeWidgetItem([name, str(row.meetings), str(row.open_promises)])
            item.setData(0, ID_ROLE, row.id)
            item.setToolTip(0, row.description or row.name)
            self.topic_list.addTopLevelItem(item)
        self.topic_list.blockSignals(False)
        ids = [row.id for row in self.rows]
        if chosen in ids:
            self.select_topic(chosen)
        elif ids:
            self.select_topic(ids[0])
        else:
            self._show(None)

    def select_topic(self, topic_id: int) -> TopicsView:
        """Show one topic (a closed one lists the closed topics too)."""
        if not any(row.id == topic_id for row in self.rows) and not self._stale:
            self.show_closed_check.setChecked(True)  # refreshes
        for index in range(self.topic_list.topLevelItemCount()):
            item = self.topic_list.topLevelItem(index)
            if item is not None and item.data(0, ID_ROLE) == topic_id:
                self.topic_list.setCurrentItem(item)
                if self.current is None or self.current.id != topic_id:
                    self._load(topic_id)
                break
        return self

    def open_record(self, record_id: int) -> None:
        self.select_topic(record_id)

    def _on_topic_list_current_item_changed(self, item: QTreeWidgetItem | None, _old: Any) -> None:
        if item is None:
            self._show(None)
            return
        self._load(int(item.data(0, ID_ROLE)))

    def _load(self, topic_id: int) -> None:
        try:
            detail = topic_detail(self.journal, topic_id)
        except JournalError as error:
            show_error(self, error)
            return
        self._show(detail)

    def _show(self, detail: TopicDetail | None) -> None:
        self.detail = detail
        for button in (self.rename_button, self.close_button, self.delete_button):
            button.setEnabled(detail is not None)
        self.print_button.setEnabled(detail is not None)
        self.print_action.setEnabled(detail is not None)
        self.timeline.clear()
        self.promise_list.clear()
        if detail is None:
            self.name_label.setText("No topic chosen")
            self.about_label.setText(
                "A topic runs across meetings and organisations, like “Street lighting on "
                "Canal Walk”. Add one, then tag meetings and promises with it from the "
                "Meetings and Promises pages (Topics…)."
            )
            self.organisations_label.setText("")
            self.close_button.setText("Cl&ose topic")
            return
        row = detail.topic
        closed = f" — closed {_day(row.closed_on)}" if row.closed_on else ""
        self.name_label.setText(f"{row.name}{closed}")
        self.about_label.setText(row.description or "No description.")
        names = ", ".join(o.name for o in detail.organisations) or "none yet"
        self.organisations_label.setText(f"Organisations involved: {names}")
        self.organisations_label.setAccessibleName(f"Organisations involved: {names}")
        self.close_button.setText("Re&open topic" if row.closed_on else "Cl&ose topic")
        self.close_button.setAccessibleName(self.close_button.text().replace("&", ""))
        for meeting in detail.timeline:
            self.timeline.addTopLevelItem(self._meeting_item(meeting))
        today = self.journal_actions.today()
        for promise in detail.open_promises:
            self.promise_list.addTopLevelItem(self._promise_item(promise, today))
        if not detail.timeline:
            self.timeline.addTopLevelItem(QTreeWidgetItem(["", "", "No meetings on it yet."]))
        if not detail.open_promises:
            self.promise_list.addTopLevelItem(QTreeWidgetItem(["", "None open."]))

    def _meeting_item(self, meeting: MeetingRow) -> QTreeWidgetItem:
        when = _day(meeting.occurred_on) + (" (planned)" if meeting.is_planned else "")
        with_whom = ", ".join(o.name for o in meeting.organisations)
        item = QTreeWidgetItem([when, meeting.kind.label, meeting.title or "(no title)", with_whom])
        item.setData(0, ID_ROLE, meeting.id)
        item.setData(0, KIND_ROLE, "meeting")
        item.setToolTip(3, with_whom)
        return item

    def _promise_item(self, promise: PromiseRow, today: Any) -> QTreeWidgetItem:
        side = "They promised" if promise.side is Side.THEIRS else "We promised"
        if promise.is_overdue(today):
            due = promise.status_words(today)  # "OVERDUE since …": said, not coloured
        else:
            due = _day(promise.due_on) or "no date"
        item = QTreeWidgetItem([due, promise.description, side, promise.holder_name])
        item.setData(0, ID_ROLE, promise.id)
        item.setData(0, KIND_ROLE, "promise")
        item.setToolTip(1, promise.description)
        return item

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        kind = item.data(0, KIND_ROLE)
        if kind:
            self.record_opened.emit(str(kind), int(item.data(0, ID_ROLE)))

    # --- changing -------------------------------------------------------------------------

    def add_topic(self) -> Any:
        from bigjournal.gui.dialogs.topic_editor import TopicEditor

        dialog = TopicEditor(self.journal_actions, self)
        dialog.saved.connect(self._on_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = dialog
        dialog.open()
        return dialog

    def rename_topic(self) -> Any:
        if self.current is None:
            return None
        from bigjournal.gui.dialogs.topic_editor import TopicEditor

        dialog = TopicEditor(self.journal_actions, self, topic=self.current)
        dialog.saved.connect(self._on_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = dialog
        dialog.open()
        return dialog

    def _on_saved(self, topic_id: int) -> None:
        self.refresh_safely()
        self.select_topic(topic_id)

    def close_topic(self) -> bool:
        """Close the chosen topic today, or open a closed one again: one undo step."""
        row = self.current
        if row is None:
            return False
        closing = row.closed_on is None
        value = self.journal_actions.today() if closing else None
        try:
            self.journal_actions.update(
                "topic",
                row.id,
                {"closed_on": value},
                {"closed_on": row.closed_on},
                expected_version=row.version,
                label=f"{'close' if closing else 'reopen'} topic “{row.name}”",
            )
        except JournalError as error:
            show_error(self, error, "Not saved")
            return False
        if closing:
            self.show_closed_check.setChecked(True)  # it stays in sight, marked closed
        self.journal_actions.report(
            f"Closed “{row.name}”. Ctrl+Z opens it again."
            if closing
            else f"Opened “{row.name}” again."
        )
        self.select_topic(row.id)
        return True

    def delete_selected(self) -> bool:
        row = self.current
        if row is None:
            return False
        confirm(
            self,
            "Delete this topic?",
            f"Delete the topic “{row.name}”? Its {row.meetings} meeting(s) and its promises "
            "stay in the journal; only the topic goes. You can undo this with Ctrl+Z.",
            "Delete topic",
            lambda: self._delete(row.id, row.name),
        )
        return True

    def _delete(self, topic_id: int, name: str) -> None:
        try:
            self.journal_actions.delete("topic", topic_id, label=f"delete topic “{name}”")
        except JournalError as error:
            show_error(self, error, "Not deleted")
            return
        self.detail = None

    def print_summary(self, path: Path | None = None) -> Path | None:
        """Save the chosen topic's one-page summary as a PDF (asks where, unless given)."""
        row = self.current
        if row is None:
            return None
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                "Save the topic's summary",
                str(Path.home() / f"{_safe(row.name)} - topic.pdf"),
                "PDF files (*.pdf)",
            )
            if not chosen:
                return None
            path = Path(chosen)
        from bigjournal.reports.topic_summary import make_topic_summary

        try:
            make_topic_summary(self.journal, row.id, path, today=self.journal_actions.today())
        except JournalError as error:
            show_error(self, error, "Not saved")
            return None
        self.journal_actions.report(f"Saved the summary of “{row.name}” to {path}.")
        return path


def _safe(text: str) -> str:
    """A file name anyone can type: letters, digits, spaces and hyphens only."""
    import re

    return re.sub(r"[^\w\- ]+", "", text, flags=re.UNICODE).strip()[:80] or "topic"


# --- the main window's side ------------------------------------------------------------


def install_topics(window: MainWindow) -> TopicsView:
    """The Topics page in the window's stack (after the others), and "Topics…" on the
    Meetings and Promises pages (their context menus) and in the Edit menu."""
    view = TopicsView(window.attached_actions)
    window.views.append(view)
    window.ui.view_stack.addWidget(view)
    view.record_opened.connect(window.open_record)
    for table in (window.meetings_view.ui.meeting_table, window.promises_view.ui.promise_table):
        action = QAction("Topics…", table)
        action.setObjectName(f"{table.objectName()}_topics_action")
        action.triggered.connect(lambda _checked=False: tag_current(window))
        table.addAction(action)
    edit = QAction("&Topics of this meeting or promise…", window)
    edit.setObjectName("action_topics_of_record")
    edit.setStatusTip("Tag the meeting or promise chosen with topics that run across meetings")
    edit.triggered.connect(lambda _checked=False: tag_current(window))
    window.ui.menu_edit.addAction(edit)
    window.action_topics_of_record = edit  # type: ignore[attr-defined]
    return view


def tag_current(window: MainWindow) -> Any:
    """The topics of the meeting or promise chosen on the page in front."""
    from bigjournal.gui.dialogs.topics import TopicsDialog

    view = window.current_view()
    target: tuple[str, int] | None = None
    if view is window.meetings_view and window.meetings_view.current_id is not None:
        target = ("meeting", window.meetings_view.current_id)
    elif view is window.promises_view and window.promises_view.current is not None:
        target = ("promise", window.promises_view.current.id)
    if target is None:
        window.statusBar().showMessage(
            "Choose a meeting on the Meetings page, or a promise on the Promises page, "
            "then Topics… tags it.",
            8000,
        )
        return None
    dialog = TopicsDialog(window.attached_actions, target[0], target[1], window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.topics_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog
