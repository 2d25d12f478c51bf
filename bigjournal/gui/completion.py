"""Type-ahead for names, including fields that hold several ("Ann Lee; Raj Patel").

Each choice has a label the user sees and picks ("Ann Lee (Ashford Vale Borough
Council)") and the record id it stands for, so two people with the same name are
never confused. Text that matches no label is passed on as typed, for the use case
to find (or to explain that it cannot).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

SEPARATOR = ";"


class Choices:
    """Labels shown for completion and the ids they stand for."""

    def __init__(self, pairs: Iterable[tuple[str, int]]) -> None:
        self.ids: dict[str, int] = {}
        for label, record_id in pairs:
            if label in self.ids and self.ids[label] != record_id:
                label = f"{label} #{record_id}"
            self.ids[label] = record_id
        self._folded = {label.casefold(): record_id for label, record_id in self.ids.items()}

    @property
    def labels(self) -> list[str]:
        return sorted(self.ids, key=str.casefold)

    def label_of(self, record_id: int) -> str | None:
        """The label standing for a record, to fill a field with a known choice."""
        return next((label for label, found in self.ids.items() if found == record_id), None)

    def add(self, label: str, record_id: int) -> str:
        """Take in a record made since the form opened; returns its label."""
        if label in self.ids and self.ids[label] != record_id:
            label = f"{label} #{record_id}"
        self.ids[label] = record_id
        self._folded[label.casefold()] = record_id
        return label

    def knows(self, text: str) -> bool:
        """Whether any choice matches the text, as the journal's name search would
        (exact, start or part): text that matches nothing names someone new."""
        wanted = text.strip().casefold()
        return not wanted or any(wanted in label for label in self._folded)

    def unknown(self, text: str) -> list[str]:
        """The names in a field (``;``-separated) that match no choice at all."""
        return [part.strip() for part in text.split(SEPARATOR) if not self.knows(part)]

    def resolve(self, text: str) -> int | str:
        """The id for a chosen label, else the text as typed."""
        return self._folded.get(text.strip().casefold(), text.strip())

    def resolve_all(self, text: str) -> list[int | str]:
        return [self.resolve(part) for part in text.split(SEPARATOR) if part.strip()]


class NameCompleter(QCompleter):
    """Completes the name being typed; with ``several``, the part after the last ``;``."""

    def __init__(self, choices: Choices, edit: QLineEdit, *, several: bool = False) -> None:
        super().__init__(edit)
        self.several = several
        self.setModel(QStringListModel(choices.labels, self))
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(12)
        self.setWidget(edit)
        edit.setCompleter(self)

    def set_choices(self, choices: Choices) -> None:
        model = self.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(choices.labels)

    def is_showing(self) -> bool:
        """True while the suggestion list is open (Enter and Esc belong to it then)."""
        popup = self.popup()
        return popup is not None and popup.isVisible()

    def splitPath(self, path: str) -> list[str]:
        if self.several:
            path = path.rsplit(SEPARATOR, 1)[-1]
        return [path.strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        chosen = super().pathFromIndex(index)
        if not self.several:
            return chosen
        # The names before the one being completed, as typed: not the field's text now,
        # which already holds the highlighted choice after Down (Enter would add it twice).
        typed = self.completionPrefix()
        head = typed.rsplit(SEPARATOR, 1)[0].strip() if SEPARATOR in typed else ""
        return f"{head}{SEPARATOR} {chosen}{SEPARATOR} " if head else f"{chosen}{SEPARATOR} "
