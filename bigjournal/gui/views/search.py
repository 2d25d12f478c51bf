"""Search results: names and notes matching what was typed in the search box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from bigjournal.gui import html
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.columns import ColumnFitter
from bigjournal.gui.forms.ui_search_view import Ui_SearchView
from bigjournal.gui.views.base import JournalView
from bigjournal.journal.kinds import KINDS
from bigjournal.journal.records import SearchHit
from bigjournal.journal.search import search

KIND_LABELS = {declared.name: declared.label for declared in KINDS}
HIT_ROLE = Qt.ItemDataRole.UserRole


class SearchView(JournalView):
    def __init__(self, actions: JournalActions, parent: QWidget | None = None) -> None:
        super().__init__(actions, parent)
        self.ui = Ui_SearchView()
        self.ui.setupUi(self)
        self.typed = ""
        self.hits: list[SearchHit] = []
        tree = self.ui.result_tree
        self.column_fitter = ColumnFitter(tree, main=2)  # the words found
        tree.itemActivated.connect(self._on_result_tree_item_activated)

    def search_for(self, typed: str) -> list[SearchHit]:
        self.typed = typed
        self.refresh()
        return self.hits

    def refresh(self) -> None:
        super().refresh()
        typed = self.typed.strip()
        self.hits = search(self.journal, typed) if typed else []
        tree = self.ui.result_tree
        tree.clear()
        for hit in self.hits:
            # FTS marks matches with [brackets]; show them as they are, plainly.
            title = hit.title
            if hit.left_on is not None:
                gone = "stepped down" if hit.kind == "member" else "left"
                title = f"{title} ({gone} {html.day(hit.left_on)})"
            item = QTreeWidgetItem([KIND_LABELS.get(hit.kind, hit.kind), title, hit.snippet])
            item.setData(0, HIT_ROLE, f"{hit.kind}:{hit.id}")  # plain data, not a Python object
            for column in range(3):
                item.setToolTip(column, item.text(column))
            tree.addTopLevelItem(item)
        if not typed:
            heading = "Type in the search box above (Ctrl+F) to search names and notes."
        elif self.hits:
            count = len(self.hits)
            heading = f"{count}{'+' if count >= 50 else ''} found for “{typed}”. Enter opens one."
        else:
            heading = f"Nothing found for “{typed}”. Try fewer or shorter words."
        self.ui.heading_label.setText(heading)
        if self.hits and (top := tree.topLevelItem(0)) is not None:
            tree.setCurrentItem(top)

    def open_current(self) -> None:
        item = self.ui.result_tree.currentItem()
        if item is not None:
            kind, _, record_id = item.data(0, HIT_ROLE).partition(":")
            self.record_opened.emit(kind, int(record_id))

    def _on_result_tree_item_activated(self, _item: QTreeWidgetItem, _column: int) -> None:
        self.open_current()
