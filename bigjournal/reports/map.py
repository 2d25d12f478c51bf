"""The partnership's map on paper: reportlab graphics, black and white, with its key.

The picture is the window's (:mod:`bigjournal.journal.map_layout` places every label):
health as the line's dash pattern, the type of relationship as its thickness, and the
warnings as shapes with a word beside them, so nothing depends on colour. It is one
page of its own (``bigjournal report map``, the map view's Print…) and a page of the
briefing pack (:func:`map_flowables`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepInFrame, Spacer

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
from bigjournal.reports.fonts import FontSet, report_fonts
from bigjournal.reports.output import CancelCheck, Destination, ProgressCallback, Steps, atomic_pdf
from bigjournal.reports.page import Footer, Mark, ReportDocument, frame_size, marked
from bigjournal.reports.scripts import collecting_unprintable
from bigjournal.reports.style import Styles, long_date, make_styles, page_size, plural
from bigjournal.store import Journal

TITLE = "The partnership's map"
#: The map is never drawn larger than this (a handful of organisations fills no page).
LARGEST_SCALE = 1.1
#: Below this scale the full labels are too small to read: names and marks alone.
COMPACT_BELOW = 0.55
#: The key's type size, in points (not scaled with the map).
KEY_SIZE = 8.0
GREY = colors.Color(0.45, 0.45, 0.45)
LIGHT = colors.Color(0.93, 0.93, 0.93)
FRAME_FILL = colors.Color(0.98, 0.98, 0.98)
FRAME_LINE = colors.Color(0.65, 0.65, 0.65)


@dataclass(frozen=True)
class MapResult:
    """What was written: the page count and how many organisations the map shows."""

    pages: int
    organisations: int
    unprintable: tuple[str, ...] = ()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """The text, shortened with "…" if the font runs wider than ``width``."""
    if stringWidth(text, font, size) <= width:
        return text
    kept = text
    while kept and stringWidth(kept + "…", font, size) > width:
        kept = kept[:-1]
    return kept.rstrip() + "…"


def _line(
    x1: float,
    y1: float,
    x2: float,
    y2: float,
    width: float,
    dashes: list[float],
    colour: colors.Color = colors.black,
) -> Line:
    """A line, black unless said, butt-ended (so dots are square), dashed if ``dashes``."""
    line = Line(x1, y1, x2, y2)
    line.strokeWidth = width
    line.strokeColor = colour
    line.strokeLineCap = 0
    if dashes:
        line.strokeDashArray = dashes
    return line


class _Painter:
    """Turns the layout's units (y down) into the drawing's points (y up), scaled."""

    def __init__(self, drawing: Drawing, bounds: Box, scale: float, fonts: FontSet) -> None:
        self.drawing, self.bounds, self.scale, self.fonts = drawing, bounds, scale, fonts

    def x(self, value: float) -> float:
        return (value - self.bounds.x) * self.scale

    def y(self, value: float) -> float:
        return (self.bounds.bottom - value) * self.scale

    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        width: float,
        dashes: tuple[float, ...],
        *,
        colour: colors.Color = colors.black,
    ) -> None:
        stroke = max(width * self.scale, 0.4)
        dashed = [d * stroke for d in dashes]
        self.drawing.add(
            _line(self.x(x1), self.y(y1), self.x(x2), self.y(y2), stroke, dashed, colour)
        )

    def box(
        self,
        box: Box,
        *,
        stroke: float = 0.8,
        fill: colors.Color = colors.white,
        outline: colors.Color = colors.black,
    ) -> None:
        rect = Rect(
            self.x(box.x),
            self.y(box.bottom),
            box.width * self.scale,
            box.height * self.scale,
            rx=3 * self.scale,
            ry=3 * self.scale,
        )
        rect.strokeWidth = max(stroke * self.scale, 0.3)
        rect.strokeColor = outline
        rect.fillColor = fill
        self.drawing.add(rect)

    def text(
        self, text: str, x: float, baseline: float, size: float, width: float, *, bold: bool = False
    ) -> None:
        font = self.fonts.bold if bold else self.fonts.regular
        scaled = size * self.scale
        shown = _fit(self.fonts.clean(text), font, scaled, width * self.scale)
        self.drawing.add(String(self.x(x), self.y(baseline), shown, fontName=font, fontSize=scaled))

    def centred(self, text: str, box: Box, baseline: float, size: float, *, bold: bool) -> None:
        font = self.fonts.bold if bold else self.fonts.regular
        scaled = size * self.scale
        shown = _fit(self.fonts.clean(text), font, scaled, (box.width - 2 * PADDING) * self.scale)
        self.drawing.add(
            String(
                self.x(box.centre[0]),
                self.y(baseline),
                shown,
                fontName=font,
                fontSize=scaled,
                textAnchor="middle",
            )
        )


def _drawing(width: float, height: float, fonts: FontSet) -> Drawing:
    """A drawing centred on the page whose text starts in the report's font (else the
    PDF names Helvetica too, a font it does not embed)."""
    drawing = Drawing(width, height)
    drawing.hAlign = "CENTER"
    vars(drawing)["initialFontName"] = fonts.regular
    return drawing


def marker_shape(kind: str, x: float, y: float, size: float) -> Polygon | Circle:
    """A warning's shape with its top-left corner at (x, y), in the drawing's points (y
    up, so ``y`` is the top): a filled triangle, an open circle, a filled diamond."""
    if kind == "single_point":
        return Polygon(
            [x, y - size, x + size, y - size, x + size / 2, y],
            fillColor=colors.black,
            strokeColor=colors.black,
            strokeWidth=0.5,
        )
    if kind == "gone_quiet":
        return Circle(
            x + size / 2,
            y - size / 2,
            size / 2 - 0.4,
            fillColor=colors.white,
            strokeColor=colors.black,
            strokeWidth=max(size / 7, 0.6),
        )
    half = size / 2
    return Polygon(
        [x + half, y, x + size, y - half, x + half, y - size, x, y - half],
        fillColor=colors.black,
        strokeColor=colors.black,
        strokeWidth=0.5,
    )


def _organisation(painter: _Painter, placed: PlacedOrganisation) -> None:
    box = placed.box
    for department in placed.departments:
        # An elbow from the label's left edge down to each department.
        x = box.x + 8
        mid = department.box.centre[1]
        width = 1.0
        dashes: tuple[float, ...] = ()
        if department.department is not None:
            width = line_width(department.department.relationship_type)
            width = min(width, 2.0)
            dashes = DASHES[department.department.health]
        painter.line(x, box.bottom, x, mid, 1.0, ())
        painter.line(x, mid, department.box.x, mid, width, dashes)
    painter.box(box, stroke=1.0)
    y = box.y + PADDING
    for line in placed.lines:
        size = NAME_SIZE if line.style == "name" else DETAIL_SIZE
        painter.text(
            line.text,
            box.x + PADDING,
            y + size * 0.95,
            size,
            box.width - 2 * PADDING,
            bold=line.style == "name",
        )
        y += size * LEADING
    for marker in placed.markers:
        s = painter.scale
        painter.drawing.add(
            marker_shape(marker.kind, painter.x(marker.x), painter.y(marker.y), MARKER_SIZE * s)
        )
        wx, wy = marker.word_at
        painter.text(marker.word, wx, wy, MARKER_WORD_SIZE, box.right - wx)
    for department in placed.departments:
        painter.box(department.box, stroke=0.6, fill=colors.white)
        for said, baseline in department.baselines():
            painter.text(
                said,
                department.box.x + PADDING,
                baseline,
                DEPARTMENT_SIZE,
                department.box.width - 2 * PADDING,
            )


def map_drawing(layout: MapLayout, fonts: FontSet, width: float, height: float) -> Drawing:
    """The map scaled to fit ``width`` × ``height`` points (never above life size)."""
    bounds = layout.bounds
    scale = _scale(layout, width, height)
    drawing = _drawing(bounds.width * scale, bounds.height * scale, fonts)
    painter = _Painter(drawing, bounds, scale, fonts)
    for group in layout.groups:  # frames and lines first: the labels are drawn over them
        if group.frame is not None:
            painter.box(group.frame, stroke=0.5, fill=FRAME_FILL, outline=FRAME_LINE)
    for (x1, y1), (x2, y2) in layout.links:
        painter.line(x1, y1, x2, y2, 1.2, (), colour=GREY)
    for placed in layout.organisations:
        dashes = DASHES[placed.organisation.health.word]
        for (x1, y1), (x2, y2) in zip(placed.path, placed.path[1:], strict=False):
            painter.line(x1, y1, x2, y2, placed.line_width, dashes)
    for group in layout.groups:
        painter.box(group.box, stroke=0.5, fill=LIGHT)
        painter.centred(
            group.name, group.box, group.box.centre[1] + GROUP_SIZE * 0.35, GROUP_SIZE, bold=True
        )
    for placed in layout.organisations:
        _organisation(painter, placed)
    painter.box(layout.centre, stroke=2.0)
    y = layout.centre.y + PADDING
    for text in layout.centre_lines:
        painter.centred(text, layout.centre, y + CENTRE_SIZE * 0.95, CENTRE_SIZE, bold=True)
        y += CENTRE_SIZE * LEADING
    return drawing


def key_drawing(fonts: FontSet, width: float, size: float = KEY_SIZE) -> Drawing:
    """The key: what each dash pattern, thickness and shape means, in three columns."""
    row = size * 1.55
    rows = 1 + max(len(HEALTH_KEY), len(TYPE_KEY), len(MARKER_KEY))
    drawing = _drawing(width, rows * row + 2, fonts)
    top = rows * row
    columns = (0.0, width * 0.3, width * 0.55)
    sample = size * 3.2
    bold, regular = fonts.bold, fonts.regular

    def heading(column: int, text: str) -> None:
        drawing.add(String(columns[column], top - size, text, fontName=bold, fontSize=size))

    def words(column: int, index: int, text: str, room: float) -> None:
        x = columns[column] + sample + 4
        shown = _fit(fonts.clean(text), regular, size, room - sample - 6)
        drawing.add(
            String(x, top - row * (index + 1) - size, shown, fontName=regular, fontSize=size)
        )

    heading(0, "Line: the relationship's health")
    for index, (word, said) in enumerate(HEALTH_KEY.items()):
        y = top - row * (index + 1) - size * 0.65
        dashes = DASHES[word]
        drawing.add(_line(columns[0], y, columns[0] + sample, y, 2, [d * 2 for d in dashes]))
        words(0, index, said.capitalize(), columns[1] - columns[0])
    heading(1, "Thickness: the type")
    for index, (value, said) in enumerate(TYPE_KEY.items()):
        y = top - row * (index + 1) - size * 0.65
        drawing.add(_line(columns[1], y, columns[1] + sample, y, LINE_WIDTHS[value], []))
        words(1, index, said, columns[2] - columns[1])
    heading(2, "Marks on a label")
    for index, (kind, said) in enumerate(MARKER_KEY.items()):
        y = top - row * (index + 1) - size * 0.1
        drawing.add(marker_shape(kind, columns[2] + sample / 2 - size / 2, y, size))
        words(2, index, said, width - columns[2])
    return drawing


def _scale(layout: MapLayout, width: float, height: float) -> float:
    bounds = layout.bounds
    return min(width / bounds.width, height / bounds.height, LARGEST_SCALE)


def _drawn_scale(world: RelationshipMap, styles: Styles, pagesize: tuple[float, float]) -> float:
    """How large the map is drawn on a page of this size (its labels as they would be)."""
    width, height = frame_size(pagesize, 0, styles)
    room = height - 160  # the title, the sentence and the key, near enough
    scale = _scale(layout_map(world), width, room)
    if scale < COMPACT_BELOW:
        scale = _scale(layout_map(world, compact=True), width, room) * 0.9  # names only
    return scale


def _intro(world: RelationshipMap, *, compact: bool) -> str:
    count = len(world.organisations)
    said = (
        f"{world.partnership} and its {plural(count, 'relationship')} on "
        f"{long_date(world.today)}, grouped by kind. "
    )
    if compact:
        return said + (
            "With this many, each label names the organisation alone (and how many parts "
            "it has); who holds each relationship and its contacts are on the "
            "organisation's summary, and on the map in BigJournal."
        )
    return said + (
        "Each label names the organisation, who in the partnership holds the "
        "relationship and how many active contacts there are; its departments are "
        "listed under it."
    )


def map_flowables(
    world: RelationshipMap, styles: Styles, width: float, height: float
) -> list[Flowable]:
    """The map's page: title, a sentence, the map and its key, kept to ``height``."""
    fonts = styles.fonts
    title = styles.paragraph(styles.text(TITLE), styles.title)
    mark = Mark("map", TITLE, 0)  # on the page as a whole: the contents and bookmarks
    if world.is_empty:
        said = "No organisations are in the journal yet, so the map is empty."
        empty: list[Flowable] = [title, styles.paragraph(styles.text(said), styles.body)]
        return [marked(KeepInFrame(width, height, empty, mode="shrink"), mark)]
    intro = styles.paragraph(styles.text(_intro(world, compact=False)), styles.body)
    key = key_drawing(fonts, width, max(KEY_SIZE, styles.size * 0.8))
    used = sum(f.wrap(width, height)[1] for f in (title, intro)) + key.height + 24
    room = max(height - used, 100)
    layout = layout_map(world)
    if _scale(layout, width, room) < COMPACT_BELOW:  # the full labels would be too small
        layout = layout_map(world, compact=True)
        intro = styles.paragraph(styles.text(_intro(world, compact=True)), styles.body)
        used = sum(f.wrap(width, height)[1] for f in (title, intro)) + key.height + 24
        room = max(height - used, 100)
    drawing = map_drawing(layout, fonts, width, room)
    story: list[Flowable] = [title, intro, Spacer(0, 6), drawing, Spacer(0, 8), key]
    return [marked(KeepInFrame(width, height, story, mode="shrink"), mark)]


def build_map(
    world: RelationshipMap,
    out: Destination,
    *,
    paper: str | None = None,
    fonts: FontSet | None = None,
    print_size: int | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> MapResult:
    """Write the map as a one-page PDF to ``out``: landscape when the map is wider than
    tall. The file appears under its name only once complete."""
    with collecting_unprintable() as unprintable:
        result = _build_map(world, out, paper, fonts, print_size, progress, cancel)
    return dataclasses.replace(result, unprintable=tuple(unprintable))


def _build_map(
    world: RelationshipMap,
    out: Destination,
    paper: str | None,
    fonts: FontSet | None,
    print_size: int | None,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
) -> MapResult:
    steps = Steps(2, progress, cancel, what="map")
    steps.check()
    styles = make_styles(fonts or report_fonts(), print_size or 10)
    upright = page_size(paper)
    # The way up that draws the map larger (a wide map turns the page on its side).
    pages = [upright, landscape(upright)]
    pagesize = max(pages, key=lambda size: _drawn_scale(world, styles, size))
    width, height = frame_size(pagesize, 0, styles)
    story = map_flowables(world, styles, width, height)
    steps.advance()
    with atomic_pdf(out) as target:
        document = ReportDocument(
            target,
            pagesize=pagesize,
            styles=styles,
            footer=lambda _page: Footer(
                left=f"{TITLE} · {world.partnership}",
                right=f"Printed {long_date(world.today)}",
                note="Names the members who hold each relationship: keep it within the "
                "partnership. The full record is in the journal.",
            ),
            title=f"{TITLE}: {world.partnership}",
            author=world.partnership,
            subject=f"{world.partnership}: the map of its relationships",
            numbered=False,
        )
        document.build(story)
    steps.finish()
    return MapResult(pages=1, organisations=len(world.organisations))


def make_map(
    journal: Journal,
    out: Destination,
    *,
    today: date | None = None,
    paper: str | None = None,
    print_size: int | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> MapResult:
    """Read the journal's map and print it to ``out``, on the journal's paper size."""
    from bigjournal.journal import settings

    chosen = settings.get_settings(journal)
    size = print_size or (
        int(chosen[settings.PRINT_SIZE])
        if chosen[settings.PRINT_SIZE] in ("10", "12", "14")
        else 10
    )
    return build_map(
        relationship_map(journal, today=today),
        out,
        paper=paper or chosen[settings.PAPER_SIZE],
        print_size=size,
        progress=progress,
        cancel=cancel,
    )


__all__ = ["MapResult", "build_map", "make_map", "map_drawing", "map_flowables"]
