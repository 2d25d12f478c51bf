"""Add a topic, or rename one and change its description (issue 21).

A topic runs across meetings and organisations ("Street lighting on Canal Walk").
Saving is one Ctrl+Z step (``actions.add`` or ``actions.update``); a name already
used (case ignored) is refused in plain words, and what was typed stays.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bigjournal.errors import JournalError
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.errors import problem_label, show_inline
from bigjournal.journal.topics import NAME_LIMIT, TopicRow


class TopicEditor(QDialog):
    """A new topic, or ``topic`` renamed and described."""

    #: Saved (the topic's id).
    saved = Signal(int)

    def __init__(
        self,
        actions: JournalActions,
        parent: QWidget | None = None,
        *,
        topic: TopicRow | None = None,
        name: str = "",
    ) -> None:
        super().__init__(parent)
        self.journal_actions = actions
        self.topic = topic
        self.setObjectName("topic_editor")
        self.setWindowTitle(f"Rename “{topic.name}”" if topic else "Add a topic")
        layout = QVBoxLayout(self)
        intro = QLabel(
            "A topic runs across meetings and organisations, like “Street lighting on Canal "
            "Walk” with the borough, the county and the parish."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.error_label = problem_label()
        layout.addWidget(self.error_label)
        form = QFormLayout()
        layout.addLayout(form)
        self.name_edit = QLineEdit(topic.name if topic else name)
        self.name_edit.setObjectName("topic_name_edit")
        self.name_edit.setMaxLength(NAME_LIMIT)
        self.name_edit.setAccessibleName("Name of the topic")
        self.name_edit.setPlaceholderText("Street lighting on Canal Walk")
        name_label = QLabel("&Name")
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)
        self.description_edit = QPlainTextEdit(topic.description if topic else "")
        self.description_edit.setObjectName("topic_description_edit")
        self.description_edit.setAccessibleName("Description of the topic")
        self.description_edit.setAccessibleDescription(
            "Optional: what the topic is about and who is involved"
        )
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(
            self.description_edit.fontMetrics().lineSpacing() * 4 + 14
        )
        description_label = QLabel("&Description")
        description_label.setBuddy(self.description_edit)
        form.addRow(description_label, self.description_edit)
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
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)

    def save(self) -> Any:
        """Save and close; a refusal is shown at the top and what was typed stays."""
        name = self.name_edit.text()
        description = self.description_edit.toPlainText()
        try:
            if self.topic is None:
                saved = self.journal_actions.add(
                    "topic",
                    label=f"add topic “{name.strip()[:40]}”",
                    name=name,
                    description=description,
                    today=self.journal_actions.today(),
                )
            else:
                old = {"name": self.topic.name, "description": self.topic.description}
                changes = {
                    key: value
                    for key, value in (("name", name), ("description", description))
                    if value.strip() != old[key].strip()
                }
                if not changes:
                    self.accept()
                    return None
                saved = self.journal_actions.update(
                    "topic",
                    self.topic.id,
                    changes,
                    old,
                    expected_version=self.topic.version,
                    label=f"rename topic “{self.topic.name[:40]}”",
                )
        except JournalError as error:
            show_inline(self.error_label, error)
            return None
        if saved is None:  # a conflict, handed to the conflict dialog
            self.reject()
            return None
        self.saved.emit(saved.id)
        self.accept()
        return saved
