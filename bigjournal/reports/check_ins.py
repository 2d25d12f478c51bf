"""Check-ins on the eight criteria in print: a compact line for the one-page summary,
and for the briefing pack a table of the latest check-in with each criterion's ebb and
flow drawn small beside it (reportlab graphics).

Legible in black and white: black lines with a dot at every check-in, two faint
dotted guides for the ends of the scale, a gap where a criterion was not talked about,
and the level in words beside each line; the comparison with the check-in before
("up from Weak") is the journal's own (``bigjournal.journal.checkins.changes``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from bigjournal.journal.checkins import LEVELS, CheckInRow, charted, latest_changes
from bigjournal.reports.style import LIGHT_RULE, RULE, Styles, short_date

#: The height of one criterion's little chart, in points at standard print.
CHART_HEIGHT = 24.0
INK = RULE


def compact(rows: Sequence[CheckInRow], styles: Styles, *, dated: bool = True) -> str:
    """The latest check-in in as few lines as it takes (paragraph markup): its date
    (unless not ``dated``: the caller shows it), then the criteria grouped by their level
    in words, strongest first, each with "up from"/"down from" the check-in before when
    it moved; those not talked about named together at the end."""
    latest = rows[0]
    line = f"<b>{short_date(latest.held_on)}</b>: " if dated else ""
    by_level: dict[int, list[str]] = {}
    silent: list[str] = []
    for change in latest_changes(rows):
        name = change.criterion.brief
        if change.level is None:
            silent.append(name)
            continue
        said = styles.text(name)
        if change.since:
            said += (
                f" (<b>{styles.text(change.way)}</b>{styles.text(change.since[len(change.way) :])})"
            )
        by_level.setdefault(change.level, []).append(said)
    groups = [
        f"<b>{styles.text(LEVELS[level])}</b> {', '.join(names)}"
        for level, names in sorted(by_level.items(), reverse=True)
    ]
    line += "; ".join(groups) if groups else styles.text("No criterion rated")
    if silent:
        line += styles.text(f"; not talked about: {', '.join(silent)}")
    return line + "."


def criterion_chart(
    shown: Sequence[CheckInRow], key: str, width: float, height: float, font: str
) -> Drawing:
    """One criterion over ``shown`` (oldest first), as a small line with a dot at each
    check-in: higher is stronger; the top guide is Strong, the bottom Very weak."""
    # Its (unused) font is ours: the default is Helvetica, which is not embedded.
    drawing = Drawing(width, height, initialFontName=font)
    pad = 2.5
    top, bottom = height - pad, pad
    for y in (top, bottom):
        drawing.add(
            Line(0, y, width, y, strokeColor=LIGHT_RULE, strokeWidth=0.4, strokeDashArray=[1, 2])
        )
    if not shown:
        return drawing
    first, last = shown[0].held_on, shown[-1].held_on
    span = max((last - first).days, 1)

    def x_of(on: date) -> float:
        if len(shown) == 1:
            return width / 2
        return pad + (width - 2 * pad) * (on - first).days / span

    def y_of(level: int) -> float:
        return bottom + (top - bottom) * (level - 1) / (len(LEVELS) - 1)

    run: list[float] = []
    for row in shown:
        level = row.levels.get(key)
        if level is None:  # not talked about: a gap, never a guess
            if len(run) > 2:
                drawing.add(PolyLine(run, strokeColor=INK, strokeWidth=1.1))
            run = []
            continue
        x, y = x_of(row.held_on), y_of(level)
        run += [x, y]
        drawing.add(Circle(x, y, 1.6, fillColor=INK, strokeColor=INK, strokeWidth=0))
    if len(run) > 2:
        drawing.add(PolyLine(run, strokeColor=INK, strokeWidth=1.1))
    return drawing


def check_in_table(rows: Sequence[CheckInRow], styles: Styles, width: float) -> list[Flowable]:
    """The latest check-in criterion by criterion with its chart: a heading, a line on
    who took part and how to read the lines, and the table (the pack's pages)."""
    latest = rows[0]
    shown = charted(rows)
    heading = f"Check-in on the eight criteria, {short_date(latest.held_on)}"
    parts: list[Flowable] = [
        styles.paragraph(
            styles.text(styles.fit(heading, width, styles.heading.fontSize, True)), styles.heading
        )
    ]
    if len(shown) > 1:
        how = (
            f"Lines: {len(shown)} check-ins, {short_date(shown[0].held_on)} to "
            f"{short_date(shown[-1].held_on)}, from Very weak (lower dotted line) to Strong "
            "(upper); a gap: not talked about."
        )
    else:
        how = (
            "The first check-in: each dot sits between Very weak (lower dotted line) "
            "and Strong (upper)."
        )
    said = [f"With {', '.join(latest.took_part)}." if latest.took_part else ""]
    note = " ".join(latest.note.split())
    if note:
        said.append(f"Note: {note}")
    about = " ".join(part for part in said if part)
    if about:  # a line at most: the rest is in the journal
        how = styles.fit(about, width - 10, styles.small.fontSize) + " " + how
    parts += [styles.paragraph(styles.text(how), styles.small), Spacer(0, 3)]
    # Small multiples, four to a row: each criterion's name, its level now in words
    # (and since the check-in before), and its line over the latest check-ins.
    columns = 4
    cell_width = width / columns
    chart_width = cell_width - 8
    height = CHART_HEIGHT * styles.scale
    cells: list[Any] = []
    for change in latest_changes(rows):
        now = f"<b>{styles.text(change.words)}</b>"
        if change.since:
            now += styles.text(f", {change.since}")
        cells.append(
            [
                styles.paragraph(styles.text(change.criterion.label), styles.cell_bold),
                styles.paragraph(now, styles.small),
                criterion_chart(
                    shown, change.criterion.key, chart_width, height, styles.fonts.regular
                ),
            ]
        )
    grid = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    parts.append(
        Table(
            grid,
            colWidths=[cell_width] * columns,
            style=TableStyle(
                [
                    *styles.table_font(),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                    ("INNERGRID", (0, 0), (-1, -1), 0.4, LIGHT_RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ]
            ),
        )
    )
    return parts
