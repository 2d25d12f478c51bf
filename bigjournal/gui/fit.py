"""Windows that fit the screen they are on: an old laptop, a netbook, 150% scaling.

No window has a fixed size. The main window opens within the available screen, and
remembers its size, position, splitters and column widths (in the per-user
preferences; a saved place that is no longer on any screen is brought back on).

Every dialog is fitted as it is first shown (:class:`DialogFitter`, installed on the
application once): BigJournal's own dialogs get their content in a scroll area with
their buttons kept below it, always visible, and are sized to what they need up to the
available screen; any other dialog (a message box, a file chooser) is only kept within
the screen. A dialog can opt out of the scroll area with the property
``bigjournal_no_scroll``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QScrollArea,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

#: What the main window asks for on a screen with room for it.
PREFERRED_MAIN_SIZE = QSize(1280, 760)
#: Room left for the window manager's title bar and borders, which Qt cannot measure
#: before the window is first shown.
FRAME_ALLOWANCE = QSize(16, 48)
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
SPLITTER_KEY = "window/splitters/{}"
COLUMNS_KEY = "window/columns/{}"
#: The views' rows that wrap onto a second line when the window is narrow.
WRAPPED_ROWS = ("button_layout", "filter_layout")
#: Rows a list inside a scrolling dialog keeps in sight (the dialog scrolls instead).
LIST_ROWS_KEPT = 4
_FITTED = "bigjournal_fitted"
_BASE_MINIMUM = "bigjournal_base_minimum_width"
#: A field's hint is shown whole up to this share of the screen's width...
MOST_FOR_A_HINT = 0.6
#: ...with room for the field's frame, margins and cursor.
HINT_AIR = 14
NO_SCROLL = "bigjournal_no_scroll"
_READABLE = "bigjournal_kept_readable"


def screen_of(widget: QWidget | None) -> QScreen:
    """The screen a widget is on (or its parent's, or the primary one)."""
    while widget is not None:
        screen = widget.screen()
        if screen is not None:
            return screen
        widget = widget.parentWidget()
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    return screen


def available_geometry(widget: QWidget | None) -> QRect:
    """The part of the widget's screen windows may use (no task bar, no dock)."""
    return screen_of(widget).availableGeometry()


def room_for_window(widget: QWidget | None) -> QSize:
    """The largest client size whose frame still fits on the widget's screen."""
    available = available_geometry(widget).size()
    return QSize(
        max(available.width() - FRAME_ALLOWANCE.width(), 200),
        max(available.height() - FRAME_ALLOWANCE.height(), 200),
    )


def keep_on_screen(window: QWidget) -> None:
    """Shrink ``window`` to its screen's available area if larger, and move it onto it."""
    area = available_geometry(window)
    room = room_for_window(window)
    size = window.size().boundedTo(room).expandedTo(window.minimumSize().boundedTo(room))
    if size != window.size():
        window.resize(size)
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.left()), max(area.right() + 1 - frame.width(), area.left()))
    y = min(max(frame.y(), area.top()), max(area.bottom() + 1 - frame.height(), area.top()))
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


def _on_some_screen(window: QWidget) -> bool:
    """True if the window's top left corner (its title bar) is on a screen."""
    corner = window.frameGeometry().topLeft()
    return any(s.availableGeometry().contains(corner) for s in QGuiApplication.screens())


# --- the main window ------------------------------------------------------------


def place_main_window(window: QMainWindow, preferences: QSettings) -> None:
    """Where the main window opens: as it was left, else as large as preferred and fits."""
    saved = preferences.value(GEOMETRY_KEY)
    if isinstance(saved, QByteArray) and not saved.isEmpty() and window.restoreGeometry(saved):
        if not _on_some_screen(window):  # the screen it was on has gone
            window.move(available_geometry(window).topLeft())
        keep_on_screen(window)
        return
    window.resize(PREFERRED_MAIN_SIZE.boundedTo(room_for_window(window)))
    area = available_geometry(window)
    window.move(
        area.left() + max((area.width() - window.width()) // 2, 0),
        area.top() + max((area.height() - window.height() - FRAME_ALLOWANCE.height()) // 2, 0),
    )
    keep_on_screen(window)


def save_main_window(window: QMainWindow, preferences: QSettings) -> None:
    """Remember the window's place, its splitters and its columns (at closing)."""
    preferences.setValue(GEOMETRY_KEY, window.saveGeometry())
    preferences.setValue(STATE_KEY, window.saveState())
    for key, splitter in _named_splitters(window):
        preferences.setValue(SPLITTER_KEY.format(key), splitter.saveState())
    from bigjournal.gui.columns import ColumnFitter

    for fitter in window.findChildren(ColumnFitter):
        widths = fitter.chosen_widths()
        preferences.setValue(
            COLUMNS_KEY.format(_key(fitter.view)),
            ",".join(f"{column}:{width}" for column, width in sorted(widths.items())),
        )
    preferences.sync()


def restore_layout(window: QMainWindow, preferences: QSettings) -> None:
    """The splitter positions and column widths the volunteer left (once views exist)."""
    state = preferences.value(STATE_KEY)
    if isinstance(state, QByteArray) and not state.isEmpty():
        window.restoreState(state)
    for key, splitter in _named_splitters(window):
        saved = preferences.value(SPLITTER_KEY.format(key))
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            splitter.restoreState(saved)
    from bigjournal.gui.columns import ColumnFitter

    for fitter in window.findChildren(ColumnFitter):
        text = preferences.value(COLUMNS_KEY.format(_key(fitter.view)))
        widths = {}
        for part in str(text or "").split(","):
            column, _, width = part.partition(":")
            if column.isdigit() and width.isdigit():
                widths[int(column)] = int(width)
        if widths:
            fitter.choose_widths(widths)


def _key(widget: QWidget) -> str:
    """A name for a widget that stays the same from one run to the next."""
    names = []
    current: QWidget | None = widget
    while current is not None and not current.isWindow():
        if current.objectName() and not current.objectName().startswith("qt_"):
            names.append(current.objectName())
        current = current.parentWidget()
    return "/".join(reversed(names)) or "unnamed"


def _named_splitters(window: QWidget) -> list[tuple[str, QSplitter]]:
    return [(_key(s), s) for s in window.findChildren(QSplitter)]


def wrap_rows(views: Sequence[QWidget], names: tuple[str, ...] = WRAPPED_ROWS) -> None:
    """The views' rows of buttons and filters wrap instead of widening the window."""
    from bigjournal.gui.flow_layout import make_row_wrap

    for view in views:
        for row in view.findChildren(QBoxLayout):
            if row.objectName() in names and row.direction() == QBoxLayout.Direction.LeftToRight:
                make_row_wrap(row)


#: A notes box beside its label keeps at least this many average characters a line;
#: narrower, its label goes above it (a squeezed box broke its words: "exhibiti on").
LEAST_CHARACTERS_A_LINE = 14
_READABLE_FORMS = "edit_layout"


def fit_detail_panes(views: Sequence[QWidget]) -> None:
    """The detail beside each list scrolls, and its form puts labels above when narrow.

    At 150% on a 1366×768 laptop (911×512 to Qt) the detail pane is a few words wide
    and shorter than its form: its boxes were squeezed to a word a line and its last
    buttons fell below the window, out of reach.
    """
    for view in views:
        for splitter in view.findChildren(QSplitter):
            pane = splitter.widget(splitter.count() - 1) if splitter.count() > 1 else None
            if pane is None or pane.objectName() != "detail_pane":
                continue
            sizes = splitter.sizes()
            scroll = QScrollArea()
            scroll.setObjectName("detail_scroll_area")
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidgetResizable(True)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            splitter.addWidget(scroll)
            scroll.setWidget(pane)  # takes the pane out of the splitter, into the scroll
            splitter.setSizes(sizes)
            for label in pane.findChildren(QLabel):
                if label.wordWrap():  # a scroll area's form ignores height-for-width
                    label.installEventFilter(_wrapped_label_filter())
        for form in view.findChildren(QFormLayout, _READABLE_FORMS):
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                field = item.widget() if item is not None else None
                if isinstance(field, QPlainTextEdit | QTextEdit):
                    _keep_readable(field)


class _WrappedLabelHeight(QObject):
    """A wrapped label inside a scroll area asks for the height its lines need."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QLabel):
            needed = watched.heightForWidth(watched.width())
            if needed > 0 and needed != watched.minimumHeight():
                watched.setMinimumHeight(needed)
        return False


_wrapped_label_height: list[_WrappedLabelHeight] = []  # made once the application is


def _wrapped_label_filter() -> _WrappedLabelHeight:
    if not _wrapped_label_height:
        _wrapped_label_height.append(_WrappedLabelHeight(QApplication.instance()))
    return _wrapped_label_height[0]


def _keep_readable(box: QWidget) -> None:
    least = LEAST_CHARACTERS_A_LINE * box.fontMetrics().averageCharWidth()
    box.setMinimumWidth(least + 2 * (box.frameWidth() if isinstance(box, QFrame) else 0))
    box.setProperty(_READABLE, True)


# --- dialogs ------------------------------------------------------------------------


def _is_button_row(item: object) -> bool:
    """A button box, or a row holding only buttons and space: what stays below the scroll."""
    widget = getattr(item, "widget", lambda: None)()
    if isinstance(widget, QDialogButtonBox):
        return True
    layout = getattr(item, "layout", lambda: None)()
    if not isinstance(layout, QBoxLayout) or layout.direction() not in (
        QBoxLayout.Direction.LeftToRight,
        QBoxLayout.Direction.RightToLeft,
    ):
        return False
    widgets = [item.widget() for n in range(layout.count()) if (item := layout.itemAt(n))]
    shown = [w for w in widgets if w is not None]
    return bool(shown) and all(isinstance(w, QAbstractButton | QDialogButtonBox) for w in shown)


def make_scrollable(dialog: QDialog) -> QScrollArea | None:
    """Put the dialog's content in a scroll area, keeping its buttons below, visible.

    The layout is moved whole onto a widget inside the scroll area (Qt moves its
    widgets with it, in the same window, so the Tab order is kept).
    """
    layout = dialog.layout()
    if layout is None or dialog.findChild(QScrollArea, "fit_scroll_area") is not None:
        return None
    items = [item for n in range(layout.count()) if (item := layout.itemAt(n)) is not None]
    if any(isinstance(item.widget(), QScrollArea) for item in items):
        return None  # its form scrolls already, buttons outside: a second one would squeeze it
    focused = dialog.focusWidget()  # moving widgets loses where the cursor was put
    kept_below: list[QLayoutItem] = []
    while layout.count() and _is_button_row(layout.itemAt(layout.count() - 1)):
        if (taken := layout.takeAt(layout.count() - 1)) is not None:
            kept_below.insert(0, taken)
    margins = layout.contentsMargins()
    scroll = QScrollArea(dialog)
    scroll.setObjectName("fit_scroll_area")
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    content = QWidget(scroll.viewport())
    content.setObjectName("fit_scroll_content")
    content.setLayout(layout)  # takes the layout (and its widgets) off the dialog
    for view in content.findChildren(QAbstractItemView):
        if view.window() is dialog and not isinstance(view, QHeaderView):
            # A list in a scrolling dialog keeps a few rows in sight, not just its heading.
            rows = view.fontMetrics().height() * (LIST_ROWS_KEPT + 1) + 2 * view.frameWidth()
            view.setMinimumHeight(max(view.minimumHeight(), rows))
    scroll.setWidget(content)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, margins.bottom())
    outer.setSpacing(layout.spacing() if layout.spacing() >= 0 else 6)
    layout.setContentsMargins(margins.left(), margins.top(), margins.right(), 0)
    outer.addWidget(scroll, 1)
    for item in kept_below:
        widget = item.widget()
        child = item.layout()
        if widget is not None:
            widget.setContentsMargins(margins.left(), 0, margins.right(), 0)
            outer.addWidget(widget)
        elif isinstance(child, QLayout):
            child.setContentsMargins(margins.left(), 0, margins.right(), 0)
            outer.addLayout(child)
    # Made while the dialog is being shown: Qt shows new children only when asked.
    content.show()
    scroll.show()
    if focused is not None:
        focused.setFocus(Qt.FocusReason.OtherFocusReason)
    return scroll


def fit_dialog(dialog: QDialog) -> None:
    """Size a dialog to what it needs, up to the available screen; scroll the rest."""
    natural = dialog.size() if dialog.testAttribute(Qt.WidgetAttribute.WA_Resized) else QSize()
    natural = natural.expandedTo(dialog.sizeHint())
    ours = type(dialog).__module__.startswith("bigjournal.")
    plain = isinstance(dialog, QMessageBox | QFileDialog | QProgressDialog)
    room = room_for_window(dialog.parentWidget() or dialog)
    if ours and not plain and not dialog.property(NO_SCROLL):
        scroll = make_scrollable(dialog)
        if scroll is not None:
            extra = scroll.verticalScrollBar().sizeHint().width()
            if natural.height() > room.height():
                natural.setWidth(natural.width() + extra)  # room for the scroll bar
            dialog.setMinimumSize(dialog.minimumSizeHint().boundedTo(room))
        # Its form's needs are known once its fields are polished, just after showing.
        QTimer.singleShot(0, dialog, lambda: _widen_for_its_form(dialog))
    dialog.resize(natural.boundedTo(room))
    _place_over_parent(dialog)


def _widen_for_its_form(dialog: QDialog, passes_left: int = 3) -> None:
    room = room_for_window(dialog.parentWidget() or dialog)
    width = min(_width_its_scrolling_form_needs(dialog), room.width())
    if width > dialog.width():
        dialog.resize(width, dialog.height())
        _place_over_parent(dialog)
        if passes_left > 1:  # a wider form can lay out anew (a label unwraps, a bar goes)
            QTimer.singleShot(0, dialog, lambda: _widen_for_its_form(dialog, passes_left - 1))


def _width_its_scrolling_form_needs(dialog: QDialog) -> int:
    """How wide the dialog must be for its scrolling form to need no sideways scroll.

    A scroll area's own size hint is small whatever it holds, so a form wider than the
    width set in Designer (the organisation editor's link buttons at 150%) was cut and
    scrolled sideways on a screen with room to spare.
    """
    needed = 0
    layout = dialog.layout()
    margins = layout.contentsMargins() if layout is not None else None
    sides = margins.left() + margins.right() if margins is not None else 0
    for area in dialog.findChildren(QScrollArea):
        content = area.widget()
        if area.window() is not dialog or content is None or not area.widgetResizable():
            continue
        bar = area.verticalScrollBar().sizeHint().width()
        needed = max(
            needed, content.minimumSizeHint().width() + bar + 2 * area.frameWidth() + sides
        )
    return needed


def _place_over_parent(dialog: QDialog) -> None:
    """Centred over its window (or the screen), and wholly on the screen.

    Moving it here also stops Qt placing it afterwards, which centres a dialog on its
    parent even where that puts it partly off the screen.
    """
    area = available_geometry(dialog.parentWidget() or dialog)
    parent = dialog.parentWidget()
    over = parent.window().frameGeometry() if parent is not None else area
    width, height = dialog.width(), dialog.height() + FRAME_ALLOWANCE.height() // 2
    x = over.center().x() - width // 2
    y = over.center().y() - height // 2
    x = min(max(x, area.left()), max(area.right() + 1 - width, area.left()))
    y = min(max(y, area.top()), max(area.bottom() + 1 - height, area.top()))
    dialog.move(x, y)


def fit_hint(edit: QLineEdit) -> None:
    """Widen a field to show its whole hint ("Who (optional)"), up to part of the screen."""
    hint = edit.placeholderText()
    if not hint:
        return
    base = edit.property(_BASE_MINIMUM)
    if base is None:
        base = edit.minimumWidth()
        edit.setProperty(_BASE_MINIMUM, base)
    needed = edit.fontMetrics().horizontalAdvance(hint) + HINT_AIR
    most = int(available_geometry(edit).width() * MOST_FOR_A_HINT)
    edit.setMinimumWidth(max(int(base), min(needed, most)))


class DialogFitter(QObject):
    """Fits every dialog to its screen as it is first shown (an application event filter)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        # Larger text: a notes box still holds a few words a line.
        if kind == QEvent.Type.FontChange and watched.property(_READABLE):
            assert isinstance(watched, QWidget)
            _keep_readable(watched)
        if kind in (QEvent.Type.Show, QEvent.Type.FontChange) and isinstance(watched, QLineEdit):
            if watched.placeholderText() and type(watched.window()).__module__.startswith(
                "bigjournal."
            ):
                fit_hint(watched)
            return False
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QDialog)
            and watched.isWindow()
            and not watched.property(_FITTED)
        ):
            watched.setProperty(_FITTED, True)
            fit_dialog(watched)
        return False


def install(app: QApplication | None = None) -> DialogFitter:
    """Fit every dialog the application shows from now on (once per application)."""
    found = app or QApplication.instance()
    assert isinstance(found, QApplication)
    app = found
    existing = app.findChild(DialogFitter, "dialog_fitter")
    if existing is not None:
        return existing
    fitter = DialogFitter(app)
    fitter.setObjectName("dialog_fitter")
    app.installEventFilter(fitter)
    return fitter
