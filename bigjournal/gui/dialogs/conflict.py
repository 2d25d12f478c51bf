"""Someone else saved the record first (a team journal): compare, then keep theirs or use mine.

Shown by :meth:`~bigjournal.gui.main_window.MainWindow.resolve_conflict` when an inline
edit raises :class:`~bigjournal.errors.ConflictError`. Nothing is lost either way:
"Keep theirs" leaves the record as it is (the views reload it), "Use mine" saves the
person's version again, this time against the version they have now seen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from bigjournal.errors import ConflictError, JournalError
from bigjournal.gui.errors import show_inline
from bigjournal.gui.forms.ui_conflict_dialog import Ui_ConflictDialog
from bigjournal.journal import kinds

if TYPE_CHECKING:  # the actions import this module when a conflict happens
    from bigjournal.gui.actions import JournalActions


@dataclass(frozen=True)
class Conflict:
    """An edit refused because the record changed: what was tried, and the error saying why."""

    kind: str
    record_id: int
    changes: dict[str, Any]
    error: ConflictError
    label: str = ""

    @property
    def their_version(self) -> int | None:
        version = self.error.theirs.get("version")
        return int(version) if version is not None else None

    def theirs(self, field: str) -> Any:
        return self.error.theirs.get(field)


def shown(value: Any) -> str:
    """A field's value as the volunteer would read it."""
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, datetime):
        return f"{value.astimezone():%d %b %Y, %H:%M}"
    if isinstance(value, date):
        return f"{value:%d %b %Y}"
    label = getattr(value, "label", None)
    return str(label if label is not None else value)


def who_and_when(error: ConflictError) -> str:
    who = f"“{error.changed_by}”" if error.changed_by else "Someone else"
    when = f" at {error.changed_at.astimezone():%H:%M on %d %B %Y}" if error.changed_at else ""
    return f"{who} saved this record{when}, after you opened it. Your change was not saved yet."


class ConflictDialog(QDialog):
    """Theirs and yours side by side; one click decides."""

    #: "theirs" or "mine", once the choice is saved.
    resolved = Signal(str)

    def __init__(
        self, actions: JournalActions, conflict: Conflict, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictDialog()
        self.ui.setupUi(self)
        self.journal_actions = actions
        self.conflict = conflict
        self.kind = kinds.kind(conflict.kind)
        thing = self.kind.singular
        name = conflict.theirs(self.kind.name_column) or ""
        self.setWindowTitle(f"Someone else changed this {thing}")
        self.ui.who_label.setText(
            f"<b>{who_and_when(conflict.error)}</b>"
            + (f"<br>{thing.capitalize()}: {name}" if name else "")
        )
        self._fill_table()
        show_inline(self.ui.error_label, None)
        box = self.ui.button_box
        self.theirs_button = QPushButton("Keep &theirs")
        self.theirs_button.setObjectName("keep_theirs_button")
        self.theirs_button.setAccessibleDescription("Leave the record as they saved it")
        self.mine_button = QPushButton("Use &mine")
        self.mine_button.setObjectName("use_mine_button")
        self.mine_button.setAccessibleDescription("Save your version over theirs")
        box.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.RejectRole)
        box.addButton(self.mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.theirs_button.clicked.connect(self.keep_theirs)
        self.mine_button.clicked.connect(self.use_mine)
        self.theirs_button.setDefault(True)  # Enter never overwrites someone's work
        self.theirs_button.setFocus()

    def _fill_table(self) -> None:
        table = self.ui.compare_table
        fields = list(self.conflict.changes)
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["", "Theirs (saved)", "Yours (not saved)"])
        table.setRowCount(len(fields))
        for row, field in enumerate(fields):
            theirs = self._readable(field, self.conflict.theirs(field))
            yours = self._readable(field, self.conflict.changes[field])
            cells = [self.kind.field_word(field), theirs, yours]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 0:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        table.setCurrentCell(-1, -1)  # no current cell

    def _readable(self, field: str, value: Any) -> str:
        """Names, not numbers: who holds it, what it is part of, where they work."""
        from bigjournal.journal.names import readable_value

        try:
            return shown(readable_value(self.journal_actions.journal, field, value))
        except JournalError:
            return shown(value)

    def keep_theirs(self) -> None:
        """Nothing to save: the views reload the record as they saved it."""
        self.reject()

    def reject(self) -> None:
        # Escape and closing the window also keep theirs: the safe choice.
        self.journal_actions.changed.emit()
        self.journal_actions.report("Kept their version; yours was not saved.")
        self.resolved.emit("theirs")
        super().reject()

    def use_mine(self) -> bool:
        """Save the person's version against the version now seen (theirs)."""
        conflict = self.conflict
        old = {field: conflict.theirs(field) for field in conflict.changes}
        handler, self.journal_actions.conflict_handler = self.journal_actions.conflict_handler, None
        try:
            self.journal_actions.update(
                conflict.kind,
                conflict.record_id,
                conflict.changes,
                old,
                expected_version=conflict.their_version,
                label=conflict.label or f"edit {conflict.kind}",
            )
        except ConflictError as error:
            # Changed yet again meanwhile: show the newest of theirs and ask again.
            self.conflict = Conflict(conflict.kind, conflict.record_id, conflict.changes, error)
            self.ui.who_label.setText(f"<b>{who_and_when(error)}</b>")
            self._fill_table()
            show_inline(self.ui.error_label, "It was changed again meanwhile; here is the newest.")
            return False
        except JournalError as error:
            # Not allowed, or not allowed: say so here; the dialog stays open.
            show_inline(self.ui.error_label, error)
            return False
        finally:
            self.journal_actions.conflict_handler = handler
        self.journal_actions.report("Saved your version. Ctrl+Z puts theirs back.")
        self.resolved.emit("mine")
        self.accept()
        return True
