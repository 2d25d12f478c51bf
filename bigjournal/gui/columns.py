"""Sharing a list's width between its columns, so nothing is cut off at any text size.

Fixed pixel widths looked right at one text size on one screen and cut columns off
everywhere else (the contacts' "Left" dates, the organisation's relationship, Today's
"What" at 150%). A :class:`ColumnFitter` gives each column what its text needs, up to a
share of the list, and the main column the rest; it fits again when the list is
resized, its rows change or the text size changes. Only the rows loaded and in view are
measured, so it stays cheap on a paged list of 200,000 meetings.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QTreeView

#: No other column takes more than this share of the list's width...
MOST_FOR_ONE_COLUMN = 0.3
#: ...and the main column (the one people read) keeps at least this share, or up to
#: the larger one if its text needs it.
LEAST_FOR_MAIN_COLUMN = 0.35
MOST_KEPT_FOR_MAIN_COLUMN = 0.45


def header_of(view: QAbstractItemView) -> QHeaderView:
    if isinstance(view, QTreeView):
        return view.header()
    assert isinstance(view, QTableView)
    return view.horizontalHeader()


class ColumnFitter(QObject):
    """Keeps ``view``'s columns fitted to its width; ``main`` is the column that stretches.

    Columns in ``hidden`` start hidden (what a narrow pane has no room for; the detail
    beside it shows the same); right-clicking the headings shows or hides any column.
    Columns in ``whole`` (a choice in each row) always get all they need: where that
    leaves too little room, the list scrolls sideways rather than cut a choice.
    """

    def __init__(
        self,
        view: QAbstractItemView,
        main: int,
        hidden: Iterable[int] = (),
        whole: Iterable[int] = (),
    ) -> None:
        super().__init__(view)
        self.view = view
        self.main = main
        self.whole = frozenset(whole)
        self.header = header_of(view)
        # Hidden at the first fit: hiding a section before the header has laid out its
        # sections left its old width in the header's length (a scroll bar for nothing).
        self._hide_at_first_fit = set(hidden)
        # Widths the volunteer chose by dragging a border: kept at each fit, remembered.
        self._chosen: dict[int, int] = {}
        self._fitting = False
        self.header.sectionResized.connect(self._on_section_resized)
        self.header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header.customContextMenuRequested.connect(self._offer_columns)
        self.header.setStretchLastSection(False)
        # The user may still drag a border; the next fit shares the width out again.
        self.header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        model = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.layoutChanged,
            model.dataChanged,
            model.headerDataChanged,
        ):
            signal.connect(self._timer.start)
        if isinstance(view, QTreeView):
            view.expanded.connect(self._timer.start)
        self._timer.start()

    def column_menu(self) -> QMenu:
        """A tick for each column but the main one: shown or hidden."""
        menu = QMenu(self.header)
        menu.setAccessibleName("Columns to show")
        model = self.view.model()
        for column in range(model.columnCount()):
            if column == self.main:
                continue
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not self.header.isSectionHidden(column))
            action.toggled.connect(
                lambda shown, column=column: self._show_column(column, shown=shown)
            )
        return menu

    def _offer_columns(self, position: QPoint) -> None:
        self.column_menu().exec(self.header.mapToGlobal(position))

    def _show_column(self, column: int, *, shown: bool) -> None:
        self.header.setSectionHidden(column, not shown)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show):
            self._timer.start()
        return False

    def heading_width(self, column: int) -> int:
        """The least a column can have with its heading still whole."""
        heading = str(self.view.model().headerData(column, Qt.Orientation.Horizontal) or "")
        metrics = self.header.fontMetrics()
        return metrics.horizontalAdvance(heading) + 2 * metrics.averageCharWidth() + 2

    def least_width(self, column: int) -> int:
        """Its heading whole, or for a column kept whole all it needs."""
        return self.needed_width(column) if column in self.whole else self.heading_width(column)

    def needed_width(self, column: int) -> int:
        """What the column's heading and its rows in view need, with a little air."""
        heading = str(self.view.model().headerData(column, Qt.Orientation.Horizontal) or "")
        metrics = self.header.fontMetrics()
        heading_width = metrics.horizontalAdvance(heading) + 3 * metrics.averageCharWidth()
        return max(heading_width, self.view.sizeHintForColumn(column))

    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        if not self._fitting and column != self.main and new > 0:
            self._chosen[column] = new

    def chosen_widths(self) -> dict[int, int]:
        """The columns the volunteer widened or narrowed, and how wide (to remember)."""
        return dict(self._chosen)

    def choose_widths(self, widths: dict[int, int]) -> None:
        """Widths remembered from last time; the main column still takes the rest."""
        self._chosen.update({c: w for c, w in widths.items() if c != self.main and w > 0})
        self._timer.start()

    def fit(self) -> None:
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def _fit(self) -> None:
        available = self.view.viewport().width()
        model = self.view.model()
        if available <= 0 or model is None:
            return
        for column in self._hide_at_first_fit:
            self.header.setSectionHidden(column, True)
        self._hide_at_first_fit.clear()
        columns = [
            column
            for column in range(model.columnCount())
            if not self.header.isSectionHidden(column)
        ]
        others = [column for column in columns if column != self.main]
        # The main column always keeps its share (and its heading); beyond that it asks
        # for more like any other column, so a date beside it is not cut to give the
        # main column air it could do without.
        least_for_main = max(int(available * LEAST_FOR_MAIN_COLUMN), self.heading_width(self.main))
        wanted_for_main = max(
            least_for_main,
            min(self.needed_width(self.main), int(available * MOST_KEPT_FOR_MAIN_COLUMN)),
        )
        room = available - least_for_main
        # A heading is never cut: each column has at least its heading's width, and
        # where the list is too narrow even for that (large text on a small screen) it
        # scrolls sideways rather than cutting them.
        floors = {
            column: self.needed_width(column)
            if column in self.whole
            else self.heading_width(column)
            for column in others
        }
        widths: dict[int, int] = {}
        for column in others:  # what the volunteer chose first, as far as it fits
            if column in self._chosen:
                widths[column] = max(min(self._chosen[column], max(room, 0)), floors[column])
                room -= widths[column]
        sharing = [column for column in others if column not in widths]
        room -= sum(floors[column] for column in sharing)
        needs = {column: max(self.needed_width(column) - floors[column], 0) for column in sharing}
        extra = self.share_out(
            needs | {self.main: wanted_for_main - least_for_main},
            room=room,
            most=int(available * MOST_FOR_ONE_COLUMN),
        )
        widths |= {column: floors[column] + extra[column] for column in sharing}
        for column, width in widths.items():
            self.header.resizeSection(column, width)
        if self.main in columns:
            rest = max(available - sum(widths.values()), least_for_main)
            self.header.resizeSection(self.main, rest)

    @staticmethod
    def share_out(needed: dict[int, int], *, room: int, most: int) -> dict[int, int]:
        """Narrow columns get all they need; the widest share what is left equally."""
        widths: dict[int, int] = {}
        left = max(room, 0)
        by_need = sorted(needed, key=needed.__getitem__)
        for position, column in enumerate(by_need):
            fair = left // (len(by_need) - position)
            widths[column] = min(needed[column], most, fair)
            left -= widths[column]
        return widths
