"""The map: the partnership in the middle and every relationship round it (issue 21).

Drawn with Qt's graphics from the same layout as print (:mod:`bigjournal.journal.map_layout`):
health is the line's dash pattern, the type of relationship its thickness, and the
warnings are shapes with a word beside them, so the picture reads in black and white.
Click an organisation, or reach it with Tab or the arrow keys and press Enter, to open
its page. Ctrl+plus and Ctrl+minus zoom while the map has the focus; Ctrl+0 fits it
to the window. Screen readers get the map in words: the view's description lists
every organisation, and its name follows the organisation in focus.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)

from bigjournal.gui.actions import JournalActions
from bigjournal.gui.views.base import JournalView
from bigjournal.journal.map_layout import (
    CENTRE_SIZE,
    DASHES,
    DEPARTMENT_SIZE,
    DETAIL_SIZE,
    GROUP_SIZE,
    HEALTH_KEY,
    LEADING,
    LINE_WIDTHS,
    MARKER_KEY,
    MARKER_SIZE,
    MARKER_WORD_SIZE,
    NAME_SIZE,
    PADDING,
    TYPE_KEY,
    Box,
    MapLayout,
    PlacedOrganisation,
    layout_map,
    line_width,
)
from bigjournal.journal.relationship_map import RelationshipMap, relationship_map

EMPTY_TEXT = (
    "The map shows each organisation the partnership works with, round the partnership "
    "in the middle. There are none in the journal yet: add the first with File › "
    "New organisation…, and it appears here."
)
#: The map opens fitted to the window, but never smaller than this (still legible);
#: a larger map scrolls.
SMALLEST_START = 0.8
ZOOM_STEP = 1.25
SMALLEST_ZOOM, LARGEST_ZOOM = 0.1, 4.0
NO_DASHES: tuple[float, ...] = ()
FOCUS_FILL = QColor(255, 244, 170)
GROUP_FILL = QColor(236, 236, 236)
FRAME_FILL = QColor(250, 250, 250)
FRAME_LINE = QColor(170, 170, 170)
LINK_LINE = QColor(120, 120, 120)


def _font(size: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    return font


def _rect(box: Box) -> QRectF:
    return QRectF(box.x, box.y, box.width, box.height)


def health_pen(width: float, dashes: tuple[float, ...]) -> QPen:
    """A black pen with the health's dash pattern (Qt's dashes are in pen widths too)."""
    pen = QPen(QColor("black"), width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    if dashes:
        pen.setDashPattern(list(dashes))
    return pen


def marker_path(kind: str, x: float, y: float, size: float) -> tuple[QPainterPath, bool]:
    """A warning's shape with its top-left corner at (x, y), and whether it is filled: a
    triangle (one person), an open circle (gone quiet), a diamond (handover pending)."""
    path = QPainterPath()
    if kind == "single_point":
        path.addPolygon(
            QPolygonF([QPointF(x, y + size), QPointF(x + size, y + size), QPointF(x + size / 2, y)])
        )
        path.closeSubpath()
        return path, True
    if kind == "gone_quiet":
        path.addEllipse(QRectF(x + 0.5, y + 0.5, size - 1, size - 1))
        return path, False
    half = size / 2
    path.addPolygon(
        QPolygonF(
            [
                QPointF(x + half, y),
                QPointF(x + size, y + half),
                QPointF(x + half, y + size),
                QPointF(x, y + half),
            ]
        )
    )
    path.closeSubpath()
    return path, True


def draw_marker(painter: QPainter, kind: str, x: float, y: float, size: float) -> None:
    path, filled = marker_path(kind, x, y, size)
    painter.setPen(QPen(QColor("black"), 1.3))
    painter.setBrush(QBrush(QColor("black")) if filled else QBrush(QColor("white")))
    painter.drawPath(path)


def _text(
    painter: QPainter, text: str, x: float, baseline: float, width: float, font: QFont
) -> None:
    painter.setFont(font)
    shown = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
    painter.drawText(QPointF(x, baseline), shown)


class OrganisationItem(QGraphicsObject):
    """One organisation's label and its departments: focusable, clicked to open."""

    activated = Signal(int)

    def __init__(self, placed: PlacedOrganisation) -> None:
        super().__init__()
        self.placed = placed
        self.organisation_id = placed.organisation.organisation.id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(placed.organisation.describe())
        self.setZValue(2)

    def boundingRect(self) -> QRectF:
        return _rect(self.placed.extent).adjusted(-3, -3, 3, 3)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(_rect(self.placed.box))
        for department in self.placed.departments:
            path.addRect(_rect(department.box))
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        placed = self.placed
        box = placed.box
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for department in placed.departments:
            x, mid = box.x + 8, department.box.centre[1]
            painter.setPen(health_pen(1.0, ()))
            painter.drawLine(QPointF(x, box.bottom), QPointF(x, mid))
            width, dashes = 1.0, NO_DASHES
            if department.department is not None:
                width = min(line_width(department.department.relationship_type), 2.0)
                dashes = DASHES[department.department.health]
            painter.setPen(health_pen(width, dashes))
            painter.drawLine(QPointF(x, mid), QPointF(department.box.x, mid))
        scene = self.scene()  # shown while the window is inactive too, as a selection is
        focused = scene is not None and scene.focusItem() is self
        painter.setPen(QPen(QColor("black"), 3.0 if focused else 1.0))
        painter.setBrush(QBrush(FOCUS_FILL if focused else QColor("white")))
        painter.drawRoundedRect(_rect(box), 3, 3)
        painter.setPen(QColor("black"))
        y = box.y + PADDING
        for line in placed.lines:
            size = NAME_SIZE if line.style == "name" else DETAIL_SIZE
            font = _font(size, bold=line.style == "name")
            _text(
                painter, line.text, box.x + PADDING, y + size * 0.95, box.width - 2 * PADDING, font
            )
            y += size * LEADING
        for marker in placed.markers:
            draw_marker(painter, marker.kind, marker.x, marker.y, MARKER_SIZE)
            painter.setPen(QColor("black"))
            wx, wy = marker.word_at
            _text(painter, marker.word, wx, wy, box.right - wx, _font(MARKER_WORD_SIZE))
        for department in placed.departments:
            painter.setPen(QPen(QColor("black"), 0.8))
            painter.setBrush(QBrush(QColor("white")))
            painter.drawRoundedRect(_rect(department.box), 3, 3)
            for said, baseline in department.baselines():
                _text(
                    painter,
                    said,
                    department.box.x + PADDING,
                    baseline,
                    department.box.width - 2 * PADDING,
                    _font(DEPARTMENT_SIZE),
                )

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.shape().contains(event.pos()):
            self.activated.emit(self.organisation_id)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()


class LinesItem(QGraphicsItem):
    """The lines from the partnership to each organisation, under the labels."""

    def __init__(self, layout: MapLayout) -> None:
        super().__init__()
        self.layout = layout
        self.setZValue(0)

    def boundingRect(self) -> QRectF:
        return _rect(self.layout.bounds)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for group in self.layout.groups:
            if group.frame is not None:
                painter.setPen(QPen(FRAME_LINE, 1.0))
                painter.setBrush(QBrush(FRAME_FILL))
                painter.drawRoundedRect(_rect(group.frame), 6, 6)
        painter.setPen(QPen(LINK_LINE, 1.5))
        for start, end in self.layout.links:
            painter.drawLine(QPointF(*start), QPointF(*end))
        for placed in self.layout.organisations:
            painter.setPen(health_pen(placed.line_width, DASHES[placed.organisation.health.word]))
            painter.drawPolyline([QPointF(x, y) for x, y in placed.path])
        for group in self.layout.groups:
            painter.setPen(QPen(QColor("black"), 0.6))
            painter.setBrush(QBrush(GROUP_FILL))
            painter.drawRoundedRect(_rect(group.box), 3, 3)
            font = _font(GROUP_SIZE, bold=True)
            painter.setFont(font)
            painter.setPen(QColor("black"))
            painter.drawText(_rect(group.box), Qt.AlignmentFlag.AlignCenter, group.name)
        box = self.layout.centre
        painter.setPen(QPen(QColor("black"), 2.0))
        painter.setBrush(QBrush(QColor("white")))
        painter.drawRoundedRect(_rect(box), 4, 4)
        painter.setPen(QColor("black"))
        font = _font(CENTRE_SIZE, bold=True)
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        y = box.y + PADDING
        for text in self.layout.centre_lines:
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, box.width - 2 * PADDING)
            x = box.centre[0] - metrics.horizontalAdvance(shown) / 2
            painter.drawText(QPointF(x, y + CENTRE_SIZE * 0.95), shown)
            y += CENTRE_SIZE * LEADING


class MapCanvas(QGraphicsView):
    """The drawing: zoom keys while it has the focus, Tab and arrows between organisations."""

    #: The organisation in focus changed (its id, or 0 for none).
    focus_moved = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map_canvas")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QBrush(QColor("white")))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.items_in_order: list[OrganisationItem] = []
        #: Until the volunteer zooms, the map keeps its opening size as the window changes.
        self.auto_zoom = True
        self.scene().focusItemChanged.connect(self._on_scene_focus_item_changed)

    # --- zoom ----------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(SMALLEST_ZOOM, min(LARGEST_ZOOM, factor))
        self.resetTransform()
        self.scale(factor, factor)

    def zoom_by(self, step: float) -> None:
        self.auto_zoom = False
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.set_zoom(self.zoom * step)
        self.setTransformationAnchor(anchor)

    def fit(self) -> None:
        """The whole map in the window (never above life size)."""
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom > 1.0:
            self.set_zoom(1.0)
        self.centerOn(0, 0)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.auto_zoom:
            self.start_zoom()

    def start_zoom(self) -> None:
        """Fitted to the window, but no smaller than legible; the partnership centred."""
        self.auto_zoom = True
        self.fit()
        if self.zoom < SMALLEST_START:
            self.set_zoom(SMALLEST_START)
        self.centerOn(0, 0)

    # --- keys ----------------------------------------------------------------------

    ZOOM_KEYS: ClassVar[dict[Qt.Key, float]] = {
        Qt.Key.Key_Plus: ZOOM_STEP,
        Qt.Key.Key_Equal: ZOOM_STEP,
        Qt.Key.Key_Minus: 1 / ZOOM_STEP,
    }

    def event(self, event: QEvent) -> bool:
        # The window's Larger/Smaller text own Ctrl+plus/minus; inside the map they zoom.
        overriding = event.type() == QEvent.Type.ShortcutOverride
        if overriding and isinstance(event, QKeyEvent) and self._is_zoom_key(event):
            event.accept()
            return True
        return super().event(event)

    @staticmethod
    def _is_zoom_key(event: QKeyEvent) -> bool:
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        return control and (event.key() in MapCanvas.ZOOM_KEYS or event.key() == Qt.Key.Key_0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self._is_zoom_key(event):
            if key == Qt.Key.Key_0:
                self.auto_zoom = False
                self.fit()
            else:
                self.zoom_by(self.ZOOM_KEYS[Qt.Key(key)])
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            item = self.current_item()
            if item is not None:
                item.activated.emit(item.organisation_id)
                event.accept()
                return
        steps = {
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Up: -1,
        }
        if key in steps and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.move_focus(steps[Qt.Key(key)])
            event.accept()
            return
        if key == Qt.Key.Key_Home and self.items_in_order:
            self.focus_item(self.items_in_order[0])
            return
        if key == Qt.Key.Key_End and self.items_in_order:
            self.focus_item(self.items_in_order[-1])
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.auto_zoom = False
            self.set_zoom(self.zoom * (ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP))
            event.accept()
            return
        super().wheelEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab go from organisation to organisation, then out of the map."""
        if self.items_in_order and self.hasFocus():
            current = self.current_item()
            index = self.items_in_order.index(current) if current is not None else -1
            if current is None:
                target = 0 if next else len(self.items_in_order) - 1
                self.focus_item(self.items_in_order[target])
                return True
            target = index + (1 if next else -1)
            if 0 <= target < len(self.items_in_order):
                self.focus_item(self.items_in_order[target])
                return True
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.current_item() is None and self.items_in_order:
            reason = event.reason()
            first = reason != Qt.FocusReason.BacktabFocusReason
            self.focus_item(self.items_in_order[0 if first else -1])

    def current_item(self) -> OrganisationItem | None:
        item = self.scene().focusItem()
        return item if isinstance(item, OrganisationItem) else None

    def focus_item(self, item: OrganisationItem) -> None:
        item.setFocus(Qt.FocusReason.TabFocusReason)
        self.ensureVisible(item.boundingRect(), 40, 40)

    def move_focus(self, step: int) -> None:
        if not self.items_in_order:
            return
        current = self.current_item()
        index = self.items_in_order.index(current) if current is not None else -1
        self.focus_item(self.items_in_order[(index + step) % len(self.items_in_order)])

    def _on_scene_focus_item_changed(self, new: Any, _old: Any, _reason: Any) -> None:
        self.focus_moved.emit(new.organisation_id if isinstance(new, OrganisationItem) else 0)


#: The key's short words for the marks (the full sentences are its tooltip).
MARK_WORDS = {
    "single_point": "one person only",
    "gone_quiet": "gone quiet",
    "handover": "handover pending",
}


class MapKey(QWidget):
    """The key under the map, in three short rows: the line's pattern for health, its
    thickness for type, the marks on a label."""

    ROW = 20
    SAMPLE = 34.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map_key")
        self.setAccessibleName("Key to the map")
        self.setAccessibleDescription(
            "The line's pattern is the relationship's health: "
            + "; ".join(HEALTH_KEY.values())
            + ". Its thickness is the type, thickest first: "
            + ", ".join(TYPE_KEY.values())
            + ". Marks on a label: triangle, "
            + MARKER_KEY["single_point"]
            + "; circle, "
            + MARKER_KEY["gone_quiet"]
            + "; diamond, "
            + MARKER_KEY["handover"]
            + "."
        )
        self.setToolTip(
            "\n".join(
                f"{shape}: {MARKER_KEY[kind]}"
                for shape, kind in (
                    ("Triangle", "single_point"),
                    ("Circle", "gone_quiet"),
                    ("Diamond", "handover"),
                )
            )
        )
        self.setFixedHeight(3 * self.ROW + 8)

    def rows(self) -> list[tuple[str, list[tuple[str, Any]]]]:
        """Each row's heading and its entries (words, and what draws the sample)."""
        return [
            (
                "Health, by the line's pattern:",
                [(word.label.lower(), ("line", 2.0, DASHES[word])) for word in HEALTH_KEY],
            ),
            (
                "Type, by its thickness:",
                [
                    (said, ("line", LINE_WIDTHS[value], NO_DASHES))
                    for value, said in TYPE_KEY.items()
                ],
            ),
            ("Marks on a label:", [(MARK_WORDS[kind], ("mark", kind)) for kind in MARKER_KEY]),
        ]

    def paintEvent(self, _event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetricsF(self.font())
        headings = self.rows()
        indent = 8 + max(QFontMetricsF(bold).horizontalAdvance(h) for h, _e in headings) + 12
        for index, (heading, entries) in enumerate(headings):
            baseline = 4 + self.ROW * index + self.ROW * 0.7
            middle = 4 + self.ROW * index + self.ROW / 2
            painter.setFont(bold)
            painter.setPen(QColor("black"))
            painter.drawText(QPointF(8, baseline), heading)
            painter.setFont(self.font())
            x = indent
            for words, sample in entries:
                if sample[0] == "line":
                    painter.setPen(health_pen(sample[1], sample[2]))
                    painter.drawLine(QPointF(x, middle), QPointF(x + self.SAMPLE, middle))
                else:
                    draw_marker(painter, sample[1], x + self.SAMPLE / 2 - 5, middle - 5, 10)
                painter.setPen(QColor("black"))
                x += self.SAMPLE + 5
                room = self.width() - x - 4
                shown = metrics.elidedText(words, Qt.TextElideMode.ElideRight, max(room, 0))
                painter.drawText(QPointF(x, baseline), shown)
                x += metrics.horizontalAdvance(shown) + 16
        painter.end()


class MapView(JournalView):
    """The partnership's map, in the window."""

    #: Print the map… was asked for.
    print_requested = Signal()

    def __init__(self, actions: JournalActions, parent: QWidget | None = None) -> None:
        super().__init__(actions, parent)
        self.setObjectName("map_view")
        self.world: RelationshipMap | None = None
        self.layout_: MapLayout | None = None
        page = QVBoxLayout(self)
        page.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.heading_label = QLabel("The partnership's map")
        self.heading_label.setObjectName("heading_label")
        font = self.heading_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading_label.setFont(font)
        self.heading_label.setWordWrap(True)  # a long name never widens the window
        top.addWidget(self.heading_label, 1)
        self.zoom_out_button = QPushButton("Zoom o&ut")
        self.zoom_out_button.setObjectName("zoom_out_button")
        self.zoom_out_button.setToolTip("Smaller (Ctrl+minus in the map)")
        self.zoom_in_button = QPushButton("&Zoom in")
        self.zoom_in_button.setObjectName("zoom_in_button")
        self.zoom_in_button.setToolTip("Larger (Ctrl+plus in the map)")
        self.fit_button = QPushButton("Fit to &window")
        self.fit_button.setObjectName("fit_button")
        self.fit_button.setToolTip("The whole map in the window (Ctrl+0 in the map)")
        self.key_check = QCheckBox("Show the &key")
        self.key_check.setObjectName("key_check")
        self.key_check.setChecked(True)
        self.print_button = QPushButton("Print the &map…")
        self.print_button.setObjectName("print_map_button")
        self.print_button.setToolTip("Save the map as a PDF or print it, in black and white")
        for widget in (
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_button,
            self.key_check,
            self.print_button,
        ):
            top.addWidget(widget)
        page.addLayout(top)
        self.empty_label = QLabel(EMPTY_TEXT)
        self.empty_label.setObjectName("empty_label")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(EMPTY_TEXT)
        page.addWidget(self.empty_label, 1)
        self.canvas = MapCanvas(self)
        self.canvas.setAccessibleName("Map of the partnership's relationships")
        page.addWidget(self.canvas, 1)
        self.key = MapKey(self)
        page.addWidget(self.key)
        self.zoom_in_button.clicked.connect(lambda: self.canvas.zoom_by(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.canvas.zoom_by(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(self._on_fit_button_clicked)
        self.key_check.toggled.connect(self.key.setVisible)
        self.print_button.clicked.connect(self.print_requested.emit)
        # Tool buttons aside, Ctrl+P anywhere in the map prints it (as in Organisations).
        self.print_action = QAction("Print the map…", self)
        self.print_action.setObjectName("action_print_map")
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_action.triggered.connect(self.print_requested.emit)
        self.addAction(self.print_action)
        self.canvas.focus_moved.connect(self._on_canvas_focus_moved)
        self._shown_once = False

    def page_name(self) -> str:
        return "map"

    def refresh(self) -> None:
        super().refresh()
        if not self._journal_is_open():
            return
        world = relationship_map(self.journal, today=self.journal_actions.today())
        focused = self.canvas.current_item()
        keep = focused.organisation_id if focused is not None else None
        self.show_map(world)
        if keep is not None:
            self.select_organisation(keep)

    def show_map(self, world: RelationshipMap) -> None:
        """Draw ``world`` (or say what to do first, if it is empty)."""
        self.world = world
        empty = world.is_empty
        self.empty_label.setVisible(empty)
        self.canvas.setVisible(not empty)
        self.key.setVisible(not empty and self.key_check.isChecked())
        for widget in (self.zoom_in_button, self.zoom_out_button, self.fit_button, self.key_check):
            widget.setEnabled(not empty)
        scene = self.canvas.scene()
        scene.clear()
        self.canvas.items_in_order = []
        if empty:
            self.layout_ = None
            self.canvas.setAccessibleDescription(world.describe())
            return
        layout = layout_map(world)
        self.layout_ = layout
        scene.addItem(LinesItem(layout))
        for placed in layout.organisations:
            item = OrganisationItem(placed)
            item.activated.connect(self._on_item_activated)
            scene.addItem(item)
            self.canvas.items_in_order.append(item)
        scene.setSceneRect(_rect(layout.bounds))
        self.canvas.setAccessibleDescription(world.describe())
        self.heading_label.setText(
            f"The partnership's map: {world.partnership} and "
            f"{len(world.organisations):,} organisation"
            + ("" if len(world.organisations) == 1 else "s")
        )
        if self.canvas.auto_zoom:  # else the size the volunteer chose stays
            self.canvas.start_zoom()

    def item_for(self, organisation_id: int) -> OrganisationItem | None:
        for item in self.canvas.items_in_order:
            if item.organisation_id == organisation_id:
                return item
        return None

    def select_organisation(self, organisation_id: int) -> bool:
        item = self.item_for(organisation_id)
        if item is None:
            return False
        self.canvas.focus_item(item)
        return True

    def open_record(self, record_id: int) -> None:
        """Show an organisation on the map (focused and in view)."""
        self.select_organisation(record_id)

    def _on_fit_button_clicked(self) -> None:
        self.canvas.auto_zoom = False
        self.canvas.fit()

    def _on_item_activated(self, organisation_id: int) -> None:
        self.record_opened.emit("organisation", organisation_id)

    def _on_canvas_focus_moved(self, organisation_id: int) -> None:
        item = self.item_for(organisation_id) if organisation_id else None
        if item is None:
            self.canvas.setAccessibleName("Map of the partnership's relationships")
        else:
            self.canvas.setAccessibleName(f"Map: {item.placed.organisation.describe()}")
