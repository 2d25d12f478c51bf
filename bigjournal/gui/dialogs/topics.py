"""The topics of a meeting or a promise: a checklist of the open topics (issue 21).

Opened by "Topics…" on the Meetings and Promises pages (their context menus, and
Edit › Topics of this meeting or promise…). Tick the topics it is on; "New topic…"
adds one and ticks it. A closed topic it is already on stays listed (and may be
unticked); closed ones are not offered otherwise. Saving is one Ctrl+Z step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bigjournal.errors import JournalError
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.errors import problem_label, show_inline
from bigjournal.journal.lookup import find_meeting, find_promise
from bigjournal.journal.topics import list_topics, topics_of

ID_ROLE = Qt.ItemDataRole.UserRole


class TopicsDialog(QDialog):
    """Which topics ``tagged`` ("meeting" or "promise") number ``record_id`` is on."""

    #: Saved (the meeting's or promise's id).
    saved = Signal(int)

    def __init__(
        self,
        actions: JournalActions,
        tagged: str,
        record_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal_actions = actions
        self.tagged = tagged
        self.record_id = record_id
        finder = find_meeting if tagged == "meeting" else find_promise
        name = finder(actions.journal, record_id).name or f"#{record_id}"
        self.setObjectName("topics_dialog")
        self.setWindowTitle(f"Topics of the {tagged} “{name[:60]}”")
        layout = QVBoxLayout(self)
        self.error_label = problem_label()
        layout.addWidget(self.error_label)
        label = QLabel(f"&Topics this {tagged} is on")
        self.topic_list = QListWidget()
        self.topic_list.setObjectName("topic_checklist")
        self.topic_list.setAccessibleName(f"Topics of the {tagged}")
        self.topic_list.setAccessibleDescription(
            "Tick each topic it is on (Space ticks the one chosen); closed topics are not "
            "offered unless it is on one already"
        )
        label.setBuddy(self.topic_list)
        layout.addWidget(label)
        layout.addWidget(self.topic_list)
        row = QHBoxLayout()
        self.new_button = QPushButton("&New topic…")
        self.new_button.setObjectName("new_topic_button")
        self.new_button.setAccessibleName("New topic")
        self.new_button.setAccessibleDescription("Add a topic and tick it here")
        self.new_button.clicked.connect(self.new_topic)
        row.addWidget(self.new_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.button_box = QDialogButtonBox()
        self.save_button = self.button_box.addButton(
            "&Save", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save_button")
        self.save_button.setDefault(True)
        cancel = self.button_box.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancel_button")
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        layout.addWidget(self.button_box)
        self.fill()

    def fill(self, ticked: set[int] | None = None) -> None:
        """The open topics, and the closed ones it is on, ticked where it is on them."""
        journal = self.journal_actions.journal
        on = {topic.id for topic in topics_of(journal, self.tagged, self.record_id)}  # type: ignore[arg-type]
        if ticked is None:
            ticked = on
        self.topic_list.clear()
        for topic in list_topics(journal):
            if not topic.is_open and topic.id not in on:
                continue
            text = topic.name if topic.is_open else f"{topic.name} (closed)"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, topic.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if topic.id in ticked else Qt.CheckState.Unchecked
            )
            self.topic_list.addItem(item)
        if self.topic_list.count():
            self.topic_list.setCurrentRow(0)

    def ticked(self) -> set[int]:
        return {
            int(item.data(ID_ROLE))
            for item in (self.topic_list.item(i) for i in range(self.topic_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        }

    def new_topic(self) -> Any:
        from bigjournal.gui.dialogs.topic_editor import TopicEditor

        dialog = TopicEditor(self.journal_actions, self)
        dialog.saved.connect(lambda topic_id: self.fill(self.ticked() | {topic_id}))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = dialog
        dialog.open()
        return dialog

    def save(self) -> None:
        try:
            self.journal_actions.set_topics(self.tagged, self.record_id, sorted(self.ticked()))
        except JournalError as error:
            show_inline(self.error_label, error)
            return
        self.journal_actions.report(f"Topics of the {self.tagged} saved. Ctrl+Z takes it back.")
        self.saved.emit(self.record_id)
        self.accept()
