"""A table model that reads a long list a page at a time, as the view scrolls.

Qt asks ``canFetchMore``/``fetchMore`` when the view nears the end of what is
loaded; each call reads one keyset page (see :mod:`bigjournal.journal.browse`),
so a list of 200,000 meetings opens as fast as a list of twenty.

A list sorted by a column (issue 15) is sorted by the database, never here: the model
only holds :attr:`PagedTableModel.order`, which its ``fetch_page`` and ``cursor``
read, and starts again from the first page when it changes
(:mod:`bigjournal.gui.list_sorting` connects it to the column headings).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ROW = TypeVar("ROW")
CURSOR = TypeVar("CURSOR")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[ROW]):
    """A column: its header, how to show a row in it, and an optional tooltip.

    ``sort`` names the column for the database's sorting (a key of one of
    :mod:`bigjournal.journal.browse`'s ``*_SORTS``); None if the list cannot be
    sorted by it. ``newest_first``: the first click sorts it descending (dates).
    """

    header: str
    text: Callable[[ROW], str]
    tooltip: Callable[[ROW], str] | None = None
    sort: str | None = None
    newest_first: bool = False


class PagedTableModel(QAbstractTableModel, Generic[ROW, CURSOR]):
    """Rows from ``fetch_page(after, limit)``; ``cursor(row)`` says where a page ended.

    ``is_open()`` false stops fetching: a window being replaced may still lay out its
    lists after its journal has closed, and a closed journal cannot be read.

    Qt asks for the next page itself (scrolling, laying out), where an exception would
    reach nobody: a failed read goes to ``on_read_failure`` (the view's banner), and
    the list stops asking until it is reloaded. Without one, the error is raised.
    """

    def __init__(
        self,
        columns: Sequence[Column[ROW]],
        fetch_page: Callable[[CURSOR | None, int], list[ROW]],
        cursor: Callable[[ROW], CURSOR],
        *,
        page_size: int = 200,
        is_open: Callable[[], bool] = lambda: True,
        on_read_failure: Callable[[Exception], None] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._is_open = is_open
        self._on_read_failure = on_read_failure
        self.columns = list(columns)
        self._fetch_page = fetch_page
        self._cursor = cursor
        self.page_size = page_size
        self.rows: list[ROW] = []
        self._exhausted = False
        #: The order the list is read in (None: the list's own); see list_sorting.
        self.order: Any = None

    # --- Qt's model interface ----------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else column.text(row)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.InitialSortOrderRole and column.sort:
            newest = column.newest_first
            return Qt.SortOrder.DescendingOrder if newest else Qt.SortOrder.AscendingOrder
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.sort:
                return f"Click to sort by {column.header.lower()}; click again to reverse"
            return f"This list cannot be sorted by {column.header.lower()}"
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and self._is_open()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or not self._is_open():
            return
        after = self._cursor(self.rows[-1]) if self.rows else None
        try:
            page = self._fetch_page(after, self.page_size)
        except Exception as error:
            if self._on_read_failure is None:
                raise
            self._exhausted = True  # no more asking until reloaded ("Try again")
            self._on_read_failure(error)
            return
        if len(page) < self.page_size:
            self._exhausted = True
        if page:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    # --- for the views -----------------------------------------------------------

    def reload(self, fetch_page: Callable[[CURSOR | None, int], list[ROW]] | None = None) -> None:
        """Start again from the first page (after a change, or with a new filter)."""
        self.beginResetModel()
        if fetch_page is not None:
            self._fetch_page = fetch_page
        self.rows = []
        self._exhausted = False
        self.endResetModel()
        self.fetchMore()

    def row_at(self, row: int) -> ROW | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def find_row(self, predicate: Callable[[ROW], bool]) -> int:
        """The loaded row matching ``predicate``, or -1 (never loads more pages)."""
        for number, row in enumerate(self.rows):
            if predicate(row):
                return number
        return -1
