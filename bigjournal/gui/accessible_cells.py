"""Screen readers read a table cell by its model data, not by the widget put in it.

A combo box or line edit set with ``setCellWidget`` is invisible to the table's
accessible interface on Linux (AT-SPI walks the cells, and such a cell is empty).
:func:`name_cell_widgets` gives each such cell an accessible text (the widget's
accessible name and its current value) and keeps it up to date as the value changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableWidget, QTableWidgetItem, QWidget


def cell_text(widget: QWidget) -> str:
    """What a screen reader says for a cell holding ``widget``: its name, then its value."""
    if isinstance(widget, QComboBox):
        value = widget.currentText()
    elif isinstance(widget, QLineEdit):
        value = widget.text() or "empty"
    else:
        value = ""
    name = widget.accessibleName()
    return f"{name}: {value}" if value else name


def name_cell_widgets(table: QTableWidget) -> None:
    """Give every cell that holds a widget an accessible text, kept current."""
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            widget = table.cellWidget(row, column)
            if widget is None:
                continue
            item = table.item(row, column)
            if item is None:
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                table.setItem(row, column, item)

            def update(
                _value: object = None, w: QWidget = widget, i: QTableWidgetItem = item
            ) -> None:
                i.setData(Qt.ItemDataRole.AccessibleTextRole, cell_text(w))

            update()
            if isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(update)
            elif isinstance(widget, QLineEdit):
                widget.textChanged.connect(update)
