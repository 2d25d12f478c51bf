"""Where everything on the partnership's map goes, so the window and print draw one picture.

A pure function of the map's data (:mod:`bigjournal.journal.relationship_map`): the
partnership in the middle; the organisations round it clockwise from the top, group
by group (councils, housing associations, schools, …), each group's name inside its
part of the circle; on one ring, or on two (alternately inner and outer) when one ring
would grow too wide; each organisation's departments in a short list under its label.

Every label is a box of known size (the text is wrapped here, by an estimate of the
type's width that errs wide, and each renderer shortens a line with "…" if its own
font still runs over). A label is pushed outwards along its line until it touches
no other label, so no two boxes ever overlap however many organisations there are
(tests/unit/journal/test_map_layout.py holds it to that for a hundred and more).

Units are points (1/72 inch) on a page and pixels at 100% in the window; y grows
downwards, as on the screen (print turns it over).
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

from bigjournal.journal.records import HealthWord
from bigjournal.journal.relationship_map import (
    MapDepartment,
    MapGroup,
    MapOrganisation,
    RelationshipMap,
)

#: Type sizes, in units.
CENTRE_SIZE = 14.0
NAME_SIZE = 12.5
DETAIL_SIZE = 10.5
DEPARTMENT_SIZE = 10.0
GROUP_SIZE = 11.0
LEADING = 1.25
PADDING = 5.0

LABEL_WIDTH = 220.0
DEPARTMENT_WIDTH = 196.0
DEPARTMENT_INDENT = 14.0
CENTRE_WIDTH = 210.0
#: Departments shown under their organisation; more are counted on one line.
MOST_DEPARTMENTS = 6
#: The space kept between any two boxes.
GAP = 8.0
#: The smallest ring, and the widest one ring may grow before a second is used.
SMALLEST_RADIUS = 200.0
WIDEST_ONE_RING = 560.0
PUSH_STEP = 6.0
#: Past this many organisations the map is drawn in a block per group, not on rings.
RING_LIMIT = 24
#: A block's columns: the group's line, each organisation's own line off it, the gaps.
BUS_INSET = 8.0
STUB = 40.0
COLUMN_GAP = 22.0
ROW_GAP = 10.0
#: The ring is an ellipse, wider than tall: labels are wide, and so are screens and
#: landscape pages.
WIDE, TALL = 1.3, 0.8
#: Share of the circle each group's gap takes, as a fraction of one organisation's.
GROUP_GAP = 0.8

#: Rough width of a character, as a share of the type size (wide rather than narrow).
REGULAR_WIDTH = 0.58
BOLD_WIDTH = 0.68

#: The marker's short word, drawn beside its shape on the label (the key says more).
MARKER_WORDS = {
    "single_point": "one person",
    "gone_quiet": "gone quiet",
    "handover": "handover",
}
MARKER_SIZE = 9.0
MARKER_WORD_SIZE = 9.5


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle: top-left corner, width and height."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x + self.width / 2, self.y + self.height / 2)

    def overlaps(self, other: Box, gap: float = 0.0) -> bool:
        return not (
            self.right + gap <= other.x
            or other.right + gap <= self.x
            or self.bottom + gap <= other.y
            or other.bottom + gap <= self.y
        )

    def moved(self, dx: float, dy: float) -> Box:
        return Box(self.x + dx, self.y + dy, self.width, self.height)

    def union(self, other: Box) -> Box:
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Box(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a label's text and its type: "name", "detail" or "department"."""

    text: str
    style: str


@dataclass(frozen=True, slots=True)
class PlacedMarker:
    """A warning's shape (its top-left corner at x, y) with its short word after it."""

    kind: str
    x: float
    y: float
    #: False on a compact map's label: the shape alone (the key says what it means).
    with_word: bool = True

    @property
    def word(self) -> str:
        return MARKER_WORDS[self.kind] if self.with_word else ""

    @property
    def word_at(self) -> tuple[float, float]:
        """Where the word's baseline starts."""
        return (self.x + MARKER_SIZE + 3, self.y + MARKER_SIZE)


@dataclass(frozen=True, slots=True)
class PlacedDepartment:
    department: MapDepartment | None  # None: the line counting the ones not shown
    box: Box
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.lines)

    def baselines(self) -> list[tuple[str, float]]:
        """Each line and where its baseline goes."""
        top = self.box.y + 2
        return [
            (line, top + DEPARTMENT_SIZE * (0.95 + index * LEADING))
            for index, line in enumerate(self.lines)
        ]


@dataclass(frozen=True, slots=True)
class PlacedOrganisation:
    """An organisation's label: its box, its lines, its markers, its departments."""

    organisation: MapOrganisation
    box: Box
    lines: tuple[Line, ...]
    #: The warnings' markers, in a row at the foot of the label.
    markers: tuple[PlacedMarker, ...]
    departments: tuple[PlacedDepartment, ...]
    #: The label and its departments: what must not overlap anything else.
    extent: Box
    #: The relationship's line (health as its dashes, type as its thickness), as points:
    #: from the partnership on a ring; from its group's line in a larger map.
    path: tuple[tuple[float, float], ...] = ()

    @property
    def line_width(self) -> float:
        return line_width(self.organisation.relationship_type)


@dataclass(frozen=True, slots=True)
class PlacedGroup:
    name: str
    box: Box
    #: In a larger map, the frame round the group's organisations.
    frame: Box | None = None


@dataclass(frozen=True, slots=True)
class MapLayout:
    centre: Box
    centre_lines: tuple[str, ...]
    groups: tuple[PlacedGroup, ...]
    organisations: tuple[PlacedOrganisation, ...]
    bounds: Box
    #: Thin plain lines that only join (the partnership to a group, a group's column).
    links: tuple[tuple[tuple[float, float], tuple[float, float]], ...] = ()

    def label_boxes(self) -> list[Box]:
        """Every box drawn with text in it (the ones that must never overlap)."""
        boxes = [self.centre, *(g.box for g in self.groups)]
        for placed in self.organisations:
            boxes.append(placed.box)
            boxes += [d.box for d in placed.departments]
        return boxes


#: How the line shows the relationship's health: a dash pattern (on, off, … in units of
#: the line's width) — never colour alone, so it prints in black and white.
DASHES: dict[HealthWord, tuple[float, ...]] = {
    HealthWord.GROWING: (),
    HealthWord.STEADY: (6.0, 2.0),
    HealthWord.NEEDS_ATTENTION: (3.0, 3.0),
    HealthWord.AT_RISK: (1.0, 2.0),
    HealthWord.JUST_STARTING: (6.0, 2.0, 1.0, 2.0),
}
#: And its type, by its thickness (in units); a type not said is the thinnest.
LINE_WIDTHS: dict[str | None, float] = {
    "powerful_ally": 4.0,
    "friend_or_acquaintance": 2.5,
    "client_or_contractor": 1.5,
    None: 1.0,
}
#: The key's words for each.
HEALTH_KEY = {
    HealthWord.GROWING: "growing: solid",
    HealthWord.STEADY: "steady: long dashes",
    HealthWord.NEEDS_ATTENTION: "needs attention: short dashes",
    HealthWord.AT_RISK: "at risk: dots",
    HealthWord.JUST_STARTING: "just starting: dash and dot",
}
TYPE_KEY = {
    "powerful_ally": "Powerful ally",
    "friend_or_acquaintance": "Friend or acquaintance",
    "client_or_contractor": "Client or contractor",
    None: "Type not said",
}
MARKER_KEY = {
    "single_point": "One person only: one contact or one holder",
    "gone_quiet": "Gone quiet: rhythm lapsed, or a year's silence",
    "handover": "Handover pending since someone left",
}


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """An estimate of the text's width, erring wide."""
    return len(text) * size * (BOLD_WIDTH if bold else REGULAR_WIDTH)


def wrap(text: str, width: float, size: float, *, bold: bool = False, most: int = 2) -> list[str]:
    """``text`` in lines no wider than ``width`` (by the estimate), at most ``most``;
    the last line ends in "…" if the text did not fit."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for word in words:
        trial = f"{current} {word}".strip()
        if text_width(trial, size, bold=bold) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    lines = [shorten(line, width, size, bold=bold) for line in lines] or [""]
    if len(lines) > most:
        lines = lines[:most]
        lines[-1] = shorten(lines[-1] + " …", width, size, bold=bold, always=True)
    return lines


def shorten(
    text: str, width: float, size: float, *, bold: bool = False, always: bool = False
) -> str:
    """The text cut to ``width`` with "…" (``always``: ending in "…" in any case)."""
    if not always and text_width(text, size, bold=bold) <= width:
        return text
    kept = text.removesuffix(" …").removesuffix("…")
    while kept and text_width(kept + "…", size, bold=bold) > width:
        kept = kept[:-1]
    return kept.rstrip() + "…"


def _label(point: MapOrganisation, compact: bool = False) -> tuple[list[Line], float]:
    inner = LABEL_WIDTH - 2 * PADDING
    if compact:  # the name alone (on two lines at most), its marks beside it
        room = inner - len(point.warnings()) * (MARKER_SIZE + 3)
        names = wrap(point.name, room, NAME_SIZE, bold=True)
        return [Line(name, "name") for name in names], PADDING * 2 + len(
            names
        ) * NAME_SIZE * LEADING
    lines = [Line(text, "name") for text in wrap(point.name, inner, NAME_SIZE, bold=True)]
    lines += [Line(text, "detail") for text in wrap(point.holders_said(), inner, DETAIL_SIZE)]
    lines.append(Line(point.contacts_said(), "detail"))
    height = PADDING * 2 + sum(
        (NAME_SIZE if line.style == "name" else DETAIL_SIZE) * LEADING for line in lines
    )
    if point.warnings():
        height += MARKER_SIZE * 1.9
    return lines, height


def line_width(relationship_type: object) -> float:
    """The line's thickness for a type of relationship (its value), 1 if not said."""
    value = getattr(relationship_type, "value", None)
    return LINE_WIDTHS.get(value, LINE_WIDTHS[None])


def _markers(point: MapOrganisation, box: Box, compact: bool = False) -> tuple[PlacedMarker, ...]:
    kinds = []
    if point.single_point:
        kinds.append("single_point")
    if point.gone_quiet:
        kinds.append("gone_quiet")
    if point.handover_pending:
        kinds.append("handover")
    if compact:  # shapes only, at the end of the name's line
        x = box.right - PADDING - len(kinds) * (MARKER_SIZE + 3) + 3
        y = box.y + (box.height - MARKER_SIZE) / 2
        return tuple(
            PlacedMarker(kind, x + index * (MARKER_SIZE + 3), y, with_word=False)
            for index, kind in enumerate(kinds)
        )
    x, y = box.x + PADDING, box.bottom - PADDING - MARKER_SIZE - 1
    found = []
    for kind in kinds:
        found.append(PlacedMarker(kind, x, y))
        x += MARKER_SIZE + 3 + text_width(MARKER_WORDS[kind], MARKER_WORD_SIZE) + 6
    return tuple(found)


def _departments(point: MapOrganisation, below: Box) -> list[PlacedDepartment]:
    placed: list[PlacedDepartment] = []
    line_height = DEPARTMENT_SIZE * LEADING
    y = below.bottom + 3
    shown = point.departments[:MOST_DEPARTMENTS]
    for department in shown:
        indent = DEPARTMENT_INDENT * min(department.depth, 3)
        width = DEPARTMENT_WIDTH - DEPARTMENT_INDENT * (min(department.depth, 3) - 1)
        number = department.active_contacts
        said = f"{department.organisation.name} · {number:,} contact" + ("" if number == 1 else "s")
        lines = tuple(wrap(said, width - 2 * PADDING, DEPARTMENT_SIZE))
        height = line_height * len(lines) + 4
        box = Box(below.x + indent, y, width, height)
        placed.append(PlacedDepartment(department, box, lines))
        y += height + 2
    more = len(point.departments) - len(shown)
    if more:
        text = f"and {more:,} more department" + ("" if more == 1 else "s")
        box = Box(below.x + DEPARTMENT_INDENT, y, DEPARTMENT_WIDTH, line_height + 4)
        placed.append(PlacedDepartment(None, box, (text,)))
    return placed


def _cluster(
    point: MapOrganisation, cx: float, cy: float, compact: bool = False
) -> PlacedOrganisation:
    """The organisation's label and departments with the label's centre at (cx, cy);
    ``compact``: its name and marks alone (the departments are counted in the name)."""
    original = point
    if compact and point.departments:
        number = len(point.departments)
        named = f"{point.name} (and {number} part" + ("" if number == 1 else "s") + ")"
        point = dataclasses.replace(
            point, organisation=dataclasses.replace(point.organisation, name=named)
        )
    lines, height = _label(point, compact)
    box = Box(cx - LABEL_WIDTH / 2, cy - height / 2, LABEL_WIDTH, height)
    departments = [] if compact else _departments(point, box)
    extent = box
    for department in departments:
        extent = extent.union(department.box)
    return PlacedOrganisation(
        original, box, tuple(lines), _markers(point, box, compact), tuple(departments), extent
    )


def _moved(placed: PlacedOrganisation, dx: float, dy: float) -> PlacedOrganisation:
    return PlacedOrganisation(
        placed.organisation,
        placed.box.moved(dx, dy),
        placed.lines,
        tuple(PlacedMarker(m.kind, m.x + dx, m.y + dy, m.with_word) for m in placed.markers),
        tuple(
            PlacedDepartment(d.department, d.box.moved(dx, dy), d.lines) for d in placed.departments
        ),
        placed.extent.moved(dx, dy),
        tuple((x + dx, y + dy) for x, y in placed.path),
    )


def _free(box: Box, taken: list[Box]) -> bool:
    return not any(box.overlaps(other, GAP) for other in taken)


def _crosses(start: tuple[float, float], end: tuple[float, float], box: Box) -> bool:
    """Whether the segment from ``start`` to ``end`` passes through ``box`` (Liang–Barsky)."""
    (x0, y0), (x1, y1) = start, end
    dx, dy = x1 - x0, y1 - y0
    low, high = 0.0, 1.0
    for p, q in ((-dx, x0 - box.x), (dx, box.right - x0), (-dy, y0 - box.y), (dy, box.bottom - y0)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return False
    return True


def _nearest(box: Box, x: float = 0.0, y: float = 0.0) -> tuple[float, float]:
    return (min(max(x, box.x), box.right), min(max(y, box.y), box.bottom))


def _centre(world: RelationshipMap) -> tuple[Box, tuple[str, ...]]:
    centre_lines = tuple(
        wrap(world.partnership, CENTRE_WIDTH - 2 * PADDING, CENTRE_SIZE, bold=True, most=3)
    )
    centre_height = 2 * PADDING + len(centre_lines) * CENTRE_SIZE * LEADING
    return Box(-CENTRE_WIDTH / 2, -centre_height / 2, CENTRE_WIDTH, centre_height), centre_lines


def _group_angles(world: RelationshipMap) -> tuple[list[float], list[float]]:
    """Each organisation's angle and each group's middle one: clockwise from the top,
    a gap between groups."""
    slots = len(world.organisations) + GROUP_GAP * len(world.groups)
    step = 2 * math.pi / slots
    angles: list[float] = []
    middles: list[float] = []
    at = -math.pi / 2 + step * GROUP_GAP / 2
    for group in world.groups:
        start = at
        for _point in group.organisations:
            angles.append(at + step / 2)
            at += step
        middles.append((start + at) / 2)
        at += step * GROUP_GAP
    return angles, middles


def _with_margin(boxes: list[Box]) -> Box:
    bounds = boxes[0]
    for box in boxes[1:]:
        bounds = bounds.union(box)
    margin = 20.0
    return Box(
        bounds.x - margin, bounds.y - margin, bounds.width + 2 * margin, bounds.height + 2 * margin
    )


def layout_map(world: RelationshipMap, *, compact: bool = False) -> MapLayout:
    """Place the map's labels: on rings round the partnership, or, past
    :data:`RING_LIMIT` organisations, in a block per group (see :func:`layout_blocks`)."""
    if len(world.organisations) > RING_LIMIT:
        return layout_blocks(world, compact=compact)
    return layout_rings(world, compact=compact)


def layout_blocks(world: RelationshipMap, *, compact: bool = False) -> MapLayout:
    """A larger map: each group a block round the partnership, in its part of the
    circle, joined to the middle by a thin line; in the block its organisations stand
    in columns, each column a thin line from the group's name with each organisation's
    own line (its health and type) running from it to the label. Far denser than a
    ring, so a hundred organisations are legible at a size that still shows many."""
    centre, centre_lines = _centre(world)
    _angles, middles = _group_angles(world)
    taken: list[Box] = [centre]
    trunks: list[tuple[tuple[float, float], tuple[float, float]]] = []
    links: list[tuple[tuple[float, float], tuple[float, float]]] = []
    groups: list[PlacedGroup] = []
    placed: list[PlacedOrganisation] = []
    for group, angle in zip(world.groups, middles, strict=True):
        header, members, block_links, frame = _block(group, compact)
        moved, end = _place_block(frame, angle, taken, trunks)
        dx, dy = moved.x - frame.x, moved.y - frame.y
        taken.append(moved)
        if end is not None:
            trunks.append(((0.0, 0.0), end))
            links.append(((0.0, 0.0), end))
        links += [((a + dx, b + dy), (c + dx, d + dy)) for (a, b), (c, d) in block_links]
        groups.append(
            PlacedGroup(f"{group.name} ({len(group.organisations):,})", header.moved(dx, dy), moved)
        )
        placed += [_moved(member, dx, dy) for member in members]
    return MapLayout(
        centre, centre_lines, tuple(groups), tuple(placed), _with_margin(taken), tuple(links)
    )


def _place_block(
    frame: Box,
    angle: float,
    taken: list[Box],
    trunks: list[tuple[tuple[float, float], tuple[float, float]]],
) -> tuple[Box, tuple[float, float] | None]:
    """The block moved out from the middle in its group's direction until it touches no
    other block; and where a line from the middle meets it (None if that line would
    cross another block: nearness then says whose it is)."""
    cos, sin = math.cos(angle) * WIDE, math.sin(angle) * TALL
    r = 0.0
    while True:
        moved = frame.moved(r * cos - frame.centre[0], r * sin - frame.centre[1])
        if _free(moved, taken) and not any(_crosses(start, stop, moved) for start, stop in trunks):
            break
        r += PUSH_STEP * 2
    end = _nearest(moved)
    if any(_crosses((0.0, 0.0), end, other) for other in taken[1:]):
        return moved, None
    return moved, end


def _block(
    group: MapGroup,
    compact: bool = False,
) -> tuple[
    Box, list[PlacedOrganisation], list[tuple[tuple[float, float], tuple[float, float]]], Box
]:
    """A group's block with its top-left corner at (0, 0): header, labels, links, frame."""
    count = len(group.organisations)
    columns = max(1, min(4, round(math.sqrt(count / (8 if compact else 2.5)))))
    per_column = math.ceil(count / columns)
    column_width = BUS_INSET + STUB + LABEL_WIDTH + COLUMN_GAP
    width = columns * column_width - COLUMN_GAP
    name = f"{group.name} ({count:,})"
    header = Box(
        0,
        0,
        max(width, text_width(name, GROUP_SIZE, bold=True) + 2 * PADDING),
        GROUP_SIZE * LEADING + 2 * PADDING,
    )
    members: list[PlacedOrganisation] = []
    links: list[tuple[tuple[float, float], tuple[float, float]]] = []
    for column in range(columns):
        chunk = group.organisations[column * per_column : (column + 1) * per_column]
        if not chunk:
            break
        bus = column * column_width + BUS_INSET
        y = header.bottom + ROW_GAP
        last = y
        for point in chunk:
            cluster = _cluster(point, 0, 0, compact)
            dx = bus + STUB - cluster.box.x
            dy = y - cluster.extent.y
            member = _moved(cluster, dx, dy)
            mid = member.box.centre[1]
            member = PlacedOrganisation(
                member.organisation,
                member.box,
                member.lines,
                member.markers,
                member.departments,
                member.extent,
                ((bus, mid), (member.box.x, mid)),
            )
            members.append(member)
            last = mid
            y = member.extent.bottom + ROW_GAP
        links.append(((bus, header.bottom), (bus, last)))
    frame = header
    for member in members:
        frame = frame.union(member.extent)
    frame = Box(frame.x - 6, frame.y - 6, frame.width + 12, frame.height + 12)
    return header, members, links, frame


def layout_rings(world: RelationshipMap, *, compact: bool = False) -> MapLayout:
    """Place the map's labels on one ring round the partnership, or two."""
    centre, centre_lines = _centre(world)
    points = world.organisations
    if not points:
        return MapLayout(centre, centre_lines, (), (), centre)
    angles, middles = _group_angles(world)
    group_angles = [
        (group.name, middle) for group, middle in zip(world.groups, middles, strict=True)
    ]

    # The ring's size: enough room round it for every label at its angle.
    sizes = [_cluster(point, 0, 0, compact).extent for point in points]
    around = sum(
        abs(size.width * math.sin(angle)) + abs(size.height * math.cos(angle)) + GAP
        for size, angle in zip(sizes, angles, strict=True)
    )
    radius = max(SMALLEST_RADIUS, around / (2 * math.pi))
    two_rings = radius > WIDEST_ONE_RING and len(points) > 3
    if two_rings:
        radius = max(SMALLEST_RADIUS, radius / 2 + 40)
    deepest = max(max(s.width, s.height) for s in sizes)

    taken: list[Box] = [centre]
    groups: list[PlacedGroup] = []
    for name, angle in group_angles:
        width = text_width(name, GROUP_SIZE, bold=True) + 2 * PADDING
        height = GROUP_SIZE * LEADING + 2 * PADDING
        r = radius * 0.55
        cos, sin = math.cos(angle) * WIDE, math.sin(angle) * TALL
        box = Box(r * cos - width / 2, r * sin - height / 2, width, height)
        while not _free(box, taken):
            r += PUSH_STEP
            box = Box(r * cos - width / 2, r * sin - height / 2, width, height)
        taken.append(box)
        groups.append(PlacedGroup(name, box))

    placed: list[PlacedOrganisation] = []
    for index, (point, angle) in enumerate(zip(points, angles, strict=True)):
        r = radius + (deepest + GAP * 3 if two_rings and index % 2 else 0)
        cluster = _cluster(point, 0, 0, compact)
        # The label's centre on the ring; its departments hang below it.
        label_dy = cluster.box.centre[1] - cluster.extent.centre[1]
        cos, sin = math.cos(angle) * WIDE, math.sin(angle) * TALL
        moved = _moved(cluster, r * cos, r * sin + label_dy)
        while not _free(moved.extent, taken):
            r += PUSH_STEP
            moved = _moved(cluster, r * cos, r * sin + label_dy)
        taken.append(moved.extent)
        placed.append(
            PlacedOrganisation(
                moved.organisation,
                moved.box,
                moved.lines,
                moved.markers,
                moved.departments,
                moved.extent,
                (centre.centre, moved.box.centre),
            )
        )
    return MapLayout(centre, centre_lines, tuple(groups), tuple(placed), _with_margin(taken))
