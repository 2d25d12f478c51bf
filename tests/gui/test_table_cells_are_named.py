"""Issue 15: a screen reader can name every table, and every combo box or field in one.

A widget put in a table cell is invisible to the table's accessible interface on
Linux, so each such cell must carry an accessible text of its own (its model data).
Walks the main window's views and every dialog (discovered, so new ones are covered).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from tests.gui.windows import Opened, main_window_views, open_dialogs, session_window


@pytest.fixture
def main(demo_journal: Any, preferences: Any, qtbot: Any) -> Iterator[Any]:
    window = session_window(demo_journal, preferences, qtbot)
    yield window
    window.session.close()


def unnamed(opened: Opened, counted: list[QWidget]) -> Iterator[str]:
    for view in opened.widget.findChildren(QAbstractItemView):
        if view.window() is not opened.widget or not view.isVisibleTo(opened.widget):
            continue
        if isinstance(view, QHeaderView):
            continue  # read with its table
        name = view.objectName() or view.__class__.__name__
        if not view.accessibleName():
            yield f"{opened.name}: the list or table {name} has no accessible name"
        model = view.model()
        if model is None or not isinstance(view, QTableView):
            continue
        for row in range(model.rowCount(QModelIndex())):
            for column in range(model.columnCount(QModelIndex())):
                index = model.index(row, column)
                widget = view.indexWidget(index)
                if widget is None:
                    continue
                counted.append(widget)
                where = f"{opened.name}: {name} row {row + 1}, column {column + 1}"
                if not widget.accessibleName():
                    yield f"{where}: its {widget.__class__.__name__} has no accessible name"
                if not model.data(index, Qt.ItemDataRole.AccessibleTextRole):
                    yield f"{where}: the cell has no accessible text for a screen reader"


def test_every_table_and_widget_in_a_cell_has_an_accessible_name(main: Any, qtbot: Any) -> None:
    counted: list[QWidget] = []
    problems = [p for opened in main_window_views(main) for p in unnamed(opened, counted)]
    problems += [p for opened in open_dialogs(main, qtbot) for p in unnamed(opened, counted)]
    assert not problems, "\n".join(problems)
    assert counted, "the handover dialogs put combo boxes in their tables"
