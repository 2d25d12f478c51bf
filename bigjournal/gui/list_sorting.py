"""Lists sorted by clicking a column heading, and a keyboard way to do the same (issue 15).

The paged lists (meetings, promises, contacts) are sorted by the database: the chosen
order goes to the model (:attr:`PagedTableModel.order`), whose pages are then read in
it (:mod:`bigjournal.journal.browse`), so sorting 200,000 meetings by title costs one
page. The organisation tree is sorted in memory, within each parent, by each cell's
sort key (:mod:`bigjournal.model.collation`), with the same rules.

The heading shows the chosen order (Qt's sort indicator); a list remembers it for the
session (:data:`REMEMBERED`, by the list's name), so it is the same after the journal
is reopened or the window rebuilt. A column that cannot be sorted keeps the indicator
where it was and says why in its tooltip. Ctrl+Shift+S opens a "Sort by" menu: the
same choices from the keyboard.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTreeView

from bigjournal.gui.columns import header_of
from bigjournal.journal.list_order import ListOrder
from bigjournal.model.collation import fold_letters, organisation_sort_key

if TYPE_CHECKING:
    from bigjournal.gui.paged_model import PagedTableModel

#: Each list's chosen order, kept while the app runs.
REMEMBERED: dict[str, ListOrder] = {}
SORT_SHORTCUT = QKeySequence("Ctrl+Shift+S")
#: Where the organisation tree keeps each cell's sort key.
SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 7
#: A tree cell's own sort key, where its text does not sort as meant (a health word
#: sorts worst first, not alphabetically).
SORT_AS_ROLE = Qt.ItemDataRole.UserRole + 8


def qt_order(descending: bool) -> Qt.SortOrder:
    return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder


class HeaderSorting(QObject):
    """Connects ``view``'s headings to ``apply(order)``.

    ``names[column]`` is the column's sort name (None: not sortable); ``headers`` the
    headings as the menu shows them; ``newest_first`` the columns whose first click
    sorts descending.
    """

    def __init__(
        self,
        view: QAbstractItemView,
        *,
        list_name: str,
        names: Sequence[str | None],
        headers: Sequence[str],
        default: ListOrder,
        apply: Callable[[ListOrder], None],
        newest_first: Sequence[int] = (),
    ) -> None:
        super().__init__(view)
        self.view = view
        self.list_name = list_name
        self.names = list(names)
        self.headers = list(headers)
        self.default = default
        self._apply = apply
        self._newest_first = set(newest_first)
        self.order = REMEMBERED.get(list_name, default)
        self.header: QHeaderView = header_of(view)
        self.header.setSectionsClickable(True)
        self.header.setSortIndicatorShown(True)
        self._show(self.order)
        self.header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        self.sort_action = QAction("Sort &by…", view)
        self.sort_action.setShortcut(SORT_SHORTCUT)
        self.sort_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.sort_action.triggered.connect(self.open_menu)
        owner = view.parentWidget() or view
        owner.addAction(self.sort_action)
        description = view.accessibleDescription()
        hint = "Click a column heading, or press Ctrl+Shift+S, to sort"
        if hint not in description:
            view.setAccessibleDescription(f"{description}. {hint}".lstrip(". "))

    def choose(self, order: ListOrder) -> None:
        """Sort by ``order`` (as a click on its heading would), remembered for the session."""
        if order.column not in self.names:
            return
        self.order = order
        REMEMBERED[self.list_name] = order
        self._show(order)
        self._apply(order)

    def _show(self, order: ListOrder) -> None:
        section = self.names.index(order.column) if order.column in self.names else -1
        blocked = self.header.blockSignals(True)
        self.header.setSortIndicator(section, qt_order(order.descending))
        self.header.blockSignals(blocked)

    def _on_header_sort_indicator_changed(self, section: int, direction: Qt.SortOrder) -> None:
        name = self.names[section] if 0 <= section < len(self.names) else None
        if name is None:  # not sortable: the indicator goes back to the order shown
            self._show(self.order)
            return
        self.choose(ListOrder(name, direction == Qt.SortOrder.DescendingOrder))

    def menu(self) -> QMenu:
        """The sortable columns (the chosen one ticked) and "Reverse the order"."""
        menu = QMenu(self.view)
        menu.setTitle("Sort by")
        menu.setAccessibleName("Sort the list by")
        group = QActionGroup(menu)
        for section, name in enumerate(self.names):
            if name is None:
                continue
            action = menu.addAction(self.headers[section])
            action.setCheckable(True)
            action.setChecked(name == self.order.column)
            group.addAction(action)
            descending = section in self._newest_first
            action.triggered.connect(
                lambda _checked=False, name=name, descending=descending: self.choose(
                    ListOrder(name, descending)
                )
            )
        menu.addSeparator()
        reverse = menu.addAction("&Reverse the order")
        reverse.triggered.connect(
            lambda: self.choose(ListOrder(self.order.column, not self.order.descending))
        )
        return menu

    def open_menu(self) -> None:
        menu = self.menu()
        menu.popup(self.header.mapToGlobal(self.header.rect().bottomLeft()))
        self._open_menu = menu  # kept while shown (tests find it here)


def sort_paged_list(
    view: QAbstractItemView,
    model: PagedTableModel[Any, Any],
    *,
    list_name: str,
    default: ListOrder,
    reload: Callable[[], None],
) -> HeaderSorting:
    """Sorting for a :class:`PagedTableModel` list: its columns' ``sort`` names; a new
    order is read from the first page again by ``reload`` (the view's refresh)."""
    columns = model.columns

    def apply(order: ListOrder) -> None:
        model.order = order
        reload()

    sorting = HeaderSorting(
        view,
        list_name=list_name,
        names=[c.sort for c in columns],
        headers=[c.header for c in columns],
        default=default,
        apply=apply,
        newest_first=[n for n, c in enumerate(columns) if c.newest_first],
    )
    model.order = sorting.order
    return sorting


class TreeSorting(HeaderSorting):
    """The organisation tree: every column sortable, in memory, within each parent.

    After the tree is (re)built call :meth:`arrange`: it gives each cell its sort key
    and sorts the tree in the chosen order.
    """

    def __init__(self, view: QTreeView, model: QStandardItemModel, *, list_name: str) -> None:
        self.model = model
        headers = [
            str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            for c in range(model.columnCount())
        ]
        names = [header.lower() for header in headers]
        model.setSortRole(SORT_KEY_ROLE)
        super().__init__(
            view,
            list_name=list_name,
            names=names,
            headers=headers,
            default=ListOrder(names[0]),
            apply=lambda _order: self.arrange(),
        )

    def arrange(self) -> None:
        def keyed(item: QStandardItem) -> None:
            for row in range(item.rowCount()):
                for column in range(item.columnCount()):
                    cell = item.child(row, column)
                    if cell is not None:
                        given = cell.data(SORT_AS_ROLE)  # a cell that says how it sorts
                        key = given if given is not None else organisation_sort_key(cell.text())
                        cell.setData(key, SORT_KEY_ROLE)
                first = item.child(row, 0)
                if first is not None and first.hasChildren():
                    keyed(first)

        keyed(self.model.invisibleRootItem())
        column = self.names.index(self.order.column)
        self.model.sort(column, qt_order(self.order.descending))


def narrow_tree(view: QTreeView, model: QStandardItemModel, text: str) -> None:
    """Hide the rows whose name does not contain ``text`` (case and accents folded, so
    "lodz" finds Łódź), keeping those above a match so a department shows under its
    council; an empty ``text`` shows every row."""
    wanted = fold_letters(text)

    def show(item: QStandardItem) -> bool:
        any_shown = False
        for row in range(item.rowCount()):
            child = item.child(row, 0)
            if child is None:
                continue
            below = show(child)
            shown = not wanted or wanted in fold_letters(child.text()) or below
            view.setRowHidden(row, item.index(), not shown)
            any_shown = any_shown or shown
        return any_shown

    show(model.invisibleRootItem())
