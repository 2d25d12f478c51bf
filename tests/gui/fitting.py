"""What does not fit in a window as it is shown now: outside the screen, outside the
visible area, or text cut short (buttons, labels, hints, column headings, lists).

A widget inside a scroll area only has to be reachable by scrolling, so the check
stops at a scroll area's viewport (the scroll area itself must be visible).
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenuBar,
    QPlainTextEdit,
    QScrollArea,
    QStatusBar,
    QStyle,
    QTextEdit,
    QToolBar,
    QWidget,
)

from bigjournal.gui.fit import room_for_window

CHECKED = (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QStatusBar,
)
SLACK = 1  # a pixel of rounding
#: A box for notes narrower than this many average characters breaks its words apart.
LEAST_CHARACTERS_IN_A_NOTES_BOX = 14


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QAbstractButton | QLabel):
        text = widget.text().replace("&", "")
    elif isinstance(widget, QLineEdit):
        text = widget.placeholderText() or widget.accessibleName()
    if len(text) > 40:
        text = text[:40] + "…"
    label = f" “{text}”" if text else ""
    return f"{widget.__class__.__name__} {widget.objectName() or '(unnamed)'}{label}"


def _in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _visible_area(widget: QWidget, window: QWidget) -> QRect | None:
    """The part of the window the widget can be seen in; None if scrolling reaches it."""
    area = window.rect()
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        holder = parent.parentWidget()
        if isinstance(holder, QAbstractScrollArea) and parent is holder.viewport():
            return None
        area = area.intersected(_in_window(parent, window))
        parent = holder
    return area


def _cut_text(widget: QWidget) -> str | None:
    """Why the widget's text does not fit it, or None."""
    metrics = widget.fontMetrics()
    if isinstance(widget, QAbstractButton):
        if widget.text() and widget.sizeHint().width() > widget.width() + SLACK:
            return f"text cut (needs {widget.sizeHint().width()} px, has {widget.width()})"
    elif isinstance(widget, QLabel):
        if not widget.text().strip() or (widget.pixmap() is not None and not widget.text()):
            return None
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + SLACK:
                return f"text cut (needs {needed} px high, has {widget.height()})"
        elif widget.sizeHint().width() > widget.width() + SLACK:
            return f"text cut (needs {widget.sizeHint().width()} px, has {widget.width()})"
    elif isinstance(widget, QLineEdit):
        hint = widget.placeholderText()
        room = widget.contentsRect().width() - 8  # Qt's text margins and frame
        if hint and not widget.text() and metrics.horizontalAdvance(hint) > room + SLACK:
            return f"hint “{hint}” cut (needs {metrics.horizontalAdvance(hint)} px, has {room})"
    elif isinstance(widget, QComboBox) and widget.count():
        widest = max(metrics.horizontalAdvance(widget.itemText(n)) for n in range(widget.count()))
        chrome = max(widget.sizeHint().width() - widest, 20)
        current = metrics.horizontalAdvance(widget.currentText())
        if current + chrome > widget.width() + SLACK:
            return f"choice “{widget.currentText()}” cut (needs {current + chrome} px)"
    return None


def _cut_headings(view: QAbstractItemView) -> Iterator[str]:
    header = getattr(view, "horizontalHeader", getattr(view, "header", None))
    if header is None:
        return
    header = header()
    if not isinstance(header, QHeaderView) or not header.isVisible():
        return
    model = view.model()
    metrics = header.fontMetrics()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        needed = metrics.horizontalAdvance(title) + 2 * metrics.averageCharWidth()
        if title and header.sectionSize(section) + SLACK < needed:
            yield (
                f"column heading “{title}” cut (needs {needed} px, has "
                f"{header.sectionSize(section)})"
            )


def _cut_rows(view: QAbstractItemView) -> Iterator[str]:
    """A list that cannot scroll sideways must show its rows in full (the views' names)."""
    if not isinstance(view, QListView):
        return
    if view.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        return
    model = view.model()
    metrics = view.fontMetrics()
    room = view.viewport().width()
    # Qt's item delegate leaves a focus-frame margin and a pixel on each side of the text.
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    for row in range(model.rowCount(QModelIndex())):
        text = str(model.data(model.index(row, 0)) or "")
        needed = metrics.horizontalAdvance(text) + 2 * margin
        if needed > room + SLACK:
            yield f"row “{text}” cut (needs {needed} px, has {room})"


def fit_problems(window: QWidget, name: str) -> list[str]:
    """Everything in ``window`` that is off the screen, out of sight or cut short."""
    problems = []
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if not screen.contains(frame):
        problems.append(
            f"{name}: the window ({frame.width()}×{frame.height()} at {frame.x()},{frame.y()}) "
            f"is not within the screen ({screen.width()}×{screen.height()})"
        )
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    if least.width() > screen.width() or least.height() > screen.height():
        problems.append(
            f"{name}: the window cannot shrink to the screen (needs at least "
            f"{least.width()}×{least.height()})"
        )
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        if not isinstance(widget, CHECKED) or isinstance(widget, QHeaderView):
            continue
        if isinstance(widget.parentWidget(), QToolBar | QMenuBar):
            continue  # a tool bar moves what does not fit into its » menu
        area = _visible_area(widget, window)
        where = _in_window(widget, window)
        if area is not None and not area.contains(where):
            problems.append(
                f"{name}: {_name(widget)} is outside the visible area "
                f"({where.width()}×{where.height()} at {where.x()},{where.y()}; the window "
                f"shows {area.width()}×{area.height()} at {area.x()},{area.y()})"
            )
            continue
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            least_width = LEAST_CHARACTERS_IN_A_NOTES_BOX * widget.fontMetrics().averageCharWidth()
            if widget.viewport().width() < least_width:
                problems.append(
                    f"{name}: {_name(widget)} is too narrow to read ({widget.viewport().width()}"
                    f" px; a few words a line need {least_width})"
                )
        cut = _cut_text(widget)
        if cut:
            problems.append(f"{name}: {_name(widget)}: {cut}")
        if isinstance(widget, QAbstractItemView):
            problems += [f"{name}: {_name(widget)}: {p}" for p in _cut_headings(widget)]
            problems += [f"{name}: {_name(widget)}: {p}" for p in _cut_rows(widget)]
    for area in window.findChildren(QScrollArea):
        sideways = area.horizontalScrollBar().maximum()
        # A dialog could be wider; the main window's panes have a splitter to drag.
        shown = area.window() is window and area.isVisibleTo(window) and isinstance(window, QDialog)
        if shown and 0 < sideways <= room_for_window(window).width() - window.width():
            problems.append(
                f"{name}: {_name(area)} scrolls its form sideways ({sideways} px) though "
                f"the screen has room for the window to be wider"
            )
    if isinstance(window, QMainWindow):
        status = window.statusBar()
        if not window.rect().contains(_in_window(status, window)):
            problems.append(f"{name}: the status bar is outside the window")
    return problems
