"""The briefing pack for a new officer or councillor.

Cover, contents, about the partnership, one summary page per organisation (the
recipient's own first), the timelines, a key contacts directory, the open
promises register and a glossary; with page numbers, bookmarks and metadata.
Built in the caller's thread with progress and cancelling, so the GUI runs it in
a worker and a hundred organisations never freeze the window.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from bigjournal.journal.briefing import BriefingPack, OrganisationBrief, RelationshipSummary
from bigjournal.journal.records import PromiseRow
from bigjournal.model.vocabulary import Side
from bigjournal.reports.fonts import FontSet, report_fonts
from bigjournal.reports.glossary import GLOSSARY
from bigjournal.reports.output import CancelCheck, Destination, ProgressCallback, Steps, atomic_pdf
from bigjournal.reports.page import (
    Footer,
    Mark,
    ReportDocument,
    counted,
    frame_size,
    marked,
)
from bigjournal.reports.scripts import collecting_unprintable
from bigjournal.reports.style import (
    LIGHT_RULE,
    OVERDUE_MARK,
    PLANNED_MARK,
    RULE,
    SHADE,
    Styles,
    clip,
    long_date,
    make_styles,
    page_size,
    plural,
    short_date,
)
from bigjournal.reports.summary import (
    _by_urgency,
    by_who_matters,
    contact_cells,
    contact_columns,
    guard,
    kinds_said,
    reach,
    summary_page,
)

PRIVACY = "Contains personal contact details: keep it safe and shred it when done."
# Layout runs twice: the first only finds the page numbers the contents and
# "Page n of N" need (nothing is drawn), the second draws the pages.
LAYOUT_PASSES = 2
# A bookmark or a line of the contents names an organisation in at most this much.
MARK_LIMIT = 150

SECTIONS = (
    ("about", "About the partnership"),
    ("map", "The partnership's map"),
    ("summaries", "Relationship summaries"),
    ("timelines", "Timelines of the relationships"),
    ("contacts", "Key contacts directory"),
    ("promises", "Open promises register"),
    ("glossary", "Glossary"),
)


@dataclass(frozen=True)
class PackResult:
    """What was written: the page count, and how many organisations it covers."""

    pages: int
    organisations: int
    # Texts with a character no font on this computer has (printed as ‹U+XXXX›).
    unprintable: tuple[str, ...] = ()


def pack_steps(organisations: int) -> int:
    """How many progress steps a pack of this many organisations reports."""
    return organisations + LAYOUT_PASSES * 2 * organisations + 2


def build_pack(
    pack: BriefingPack,
    out: Destination,
    *,
    paper: str | None = None,
    fonts: FontSet | None = None,
    print_size: int | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> PackResult:
    """Write the briefing pack as a PDF to ``out`` (a path or a binary file).

    ``progress(done, total)`` is called as pages are made and laid out;
    ``cancel()`` returning True stops the build with ``ReportCancelled`` and
    nothing is saved. Run it in a worker thread from a GUI.
    """
    with collecting_unprintable() as unprintable:
        result = _build_pack(pack, out, paper, fonts, print_size, progress, cancel)
    return dataclasses.replace(result, unprintable=tuple(unprintable))


def _build_pack(
    pack: BriefingPack,
    out: Destination,
    paper: str | None,
    fonts: FontSet | None,
    print_size: int | None,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
) -> PackResult:
    count = len(pack.organisations)
    steps = Steps(pack_steps(count), progress, cancel, what="briefing pack")
    steps.check()
    styles = make_styles(fonts or report_fonts(), print_size or pack.partnership.print_size)
    pagesize = page_size(paper or pack.partnership.paper_size)
    width, height = frame_size(pagesize, 0, styles)
    contents = _contents(styles, pack)
    story: list[Flowable] = [
        *_cover(pack, styles, height),
        PageBreak(),
        marked(styles.paragraph("Contents", styles.title), Mark("contents", "Contents", 0, False)),
        Spacer(0, 6),
        contents,
        PageBreak(),
        *_about(pack, styles, width),
        PageBreak(),
        *_map(pack, styles, width, height),
    ]
    for index, brief in enumerate(pack.organisations):
        summary = RelationshipSummary(
            pack.partnership,
            brief.detail,
            pack.today,
            brief.standing,
            brief.check_ins,
            brief.outcomes,
        )
        fitted = summary_page(summary, styles, width, height, charts=True)
        page = guard(fitted, width, height)
        title = clip(brief.detail.name, MARK_LIMIT)
        if index == 0:
            story.append(_section_mark("summaries"))
        story += [counted(marked(page, Mark(f"summary-{index}", title, 1))), PageBreak()]
        steps.advance()
    story += _timelines(pack, styles, width)
    story += [PageBreak(), *_directory(pack, styles, width)]
    story += [PageBreak(), *_register(pack, styles, width)]
    story += [PageBreak(), *_glossary(styles, width)]
    partnership = pack.partnership.name
    with atomic_pdf(out) as target:
        document = ReportDocument(
            target,
            pagesize=pagesize,
            styles=styles,
            footer=lambda _page: Footer(
                left=f"Briefing pack for {pack.recipient} · {partnership}",
                right="",
                note=f"Printed {long_date(pack.today)}. {PRIVACY}",
            ),
            title=f"Briefing pack for {pack.recipient}",
            author=partnership,
            subject=f"{partnership}: briefing pack on {plural(count, 'relationship')}",
            steps=steps,
        )
        document.multiBuild([document.page_count, *story])
        pages = document.page
    steps.finish()
    return PackResult(pages=pages, organisations=count)


def _section_mark(key: str) -> Flowable:
    title = dict(SECTIONS)[key]
    return marked(Spacer(0, 0), Mark(key, title, 0))


def _heading(key: str, styles: Styles) -> Flowable:
    title = dict(SECTIONS)[key]
    return marked(styles.paragraph(styles.text(title), styles.title), Mark(key, title, 0))


def _contents(styles: Styles, pack: BriefingPack) -> TableOfContents:
    contents = TableOfContents(dotsMinLevel=0, rightColumnWidth=50)
    contents.tableStyle = TableStyle(
        [
            *styles.table_font(),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    contents.levelStyles = [
        ParagraphStyle(
            "contents0",
            parent=styles.body,
            fontName=styles.fonts.bold,
            fontSize=styles.size + 1,
            leading=(styles.size + 1) * 15 / 11,
            spaceBefore=5,
        ),
        ParagraphStyle("contents1", parent=styles.body, leftIndent=16, leading=styles.size * 1.3),
    ]
    # Sized from the start with the entries it will have, so the second layout
    # finds the same page numbers as the first and no third run is needed.
    expected: list[tuple[int, str, int, str]] = []
    for key, title in SECTIONS:
        expected.append((0, escape(title), 0, key))
        if key == "summaries":
            expected += [
                (1, styles.text(clip(b.detail.name, MARK_LIMIT), shaped=False), 0, f"summary-{i}")
                for i, b in enumerate(pack.organisations)
            ]
    contents.addEntries(expected)  # known but for the page numbers
    return contents


def _cover(pack: BriefingPack, styles: Styles, height: float) -> list[Flowable]:
    about_recipient = ", ".join(
        part
        for part in (
            pack.recipient_role,
            pack.recipient_organisation.name if pack.recipient_organisation else "",
        )
        if part
    )
    names = [b.detail.name for b in pack.organisations]
    shown = ", ".join(names[:12]) + (f" and {len(names) - 12} more" if len(names) > 12 else "")
    parts: list[Flowable] = [
        marked(Spacer(0, height * 0.12), Mark("cover", "Cover", 0, False)),
        styles.paragraph("Briefing pack", styles.big),
        Spacer(0, 10),
        styles.paragraph(f"for {styles.text(clip(pack.recipient, 120))}", styles.title),
    ]
    if about_recipient:
        parts.append(styles.paragraph(styles.text(clip(about_recipient, 200)), styles.subtitle))
    parts += [
        Spacer(0, 18),
        styles.paragraph(f"from {styles.text(pack.partnership.name)}", styles.title),
        styles.paragraph(f"Printed {long_date(pack.today)}", styles.subtitle),
        Spacer(0, 24),
        _boxed(
            [
                styles.paragraph("What is in it", styles.bold),
                styles.paragraph(
                    styles.text(
                        "An introduction to the partnership; a one-page summary of our "
                        f"relationship with {plural(len(names), 'organisation')} "
                        f"({clip(shown, 700)}); the key events of each relationship; "
                        "whom to contact; the promises still open on both sides; "
                        "and a glossary of the words we use."
                    ),
                    styles.body,
                ),
                Spacer(0, 6),
                styles.paragraph(
                    styles.text(
                        "We keep a journal of every meeting and every promise, the "
                        "organisations' and ours, so that the history of a relationship "
                        "does not restart from zero when people move on. This pack was "
                        "printed from it."
                    ),
                    styles.body,
                ),
                Spacer(0, 6),
                styles.paragraph(styles.text(PRIVACY), styles.bold),
            ],
            styles,
        ),
    ]
    return parts


def _boxed(flowables: list[Flowable], styles: Styles) -> Table:
    return Table(
        [[flowables]],
        style=TableStyle(
            [
                *styles.table_font(),
                ("BOX", (0, 0), (-1, -1), 1.2, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ]
        ),
    )


def _about(pack: BriefingPack, styles: Styles, width: float) -> list[Flowable]:
    partnership = pack.partnership
    parts: list[Flowable] = [
        _heading("about", styles),
        styles.paragraph(styles.text(partnership.name), styles.subtitle),
        styles.paragraph("What it is", styles.heading),
        *_paragraphs(
            partnership.about
            or "Not written yet: add it in the journal's settings (About the partnership).",
            styles,
        ),
        styles.paragraph("Its priorities", styles.heading),
    ]
    priorities = _items(partnership.priorities)
    if priorities:
        bullet = ParagraphStyle("bullet", parent=styles.body, leftIndent=14, bulletIndent=3)
        parts += [Paragraph(styles.text(item), bullet, bulletText="•") for item in priorities]
    else:
        parts.append(
            styles.paragraph("Not written yet: add them in the journal's settings.", styles.body)
        )
    parts += [
        styles.paragraph("How it works", styles.heading),
        styles.paragraph(
            styles.text(
                "The partnership decides together, in meetings open to residents. For each "
                "organisation, one or more members hold the relationship: they keep in touch "
                "at the rhythm agreed, follow up promises on both sides, and make sure a "
                "handover happens when someone moves on."
            ),
            styles.body,
        ),
        Spacer(0, 4),
    ]
    if partnership.members:
        widths = styles.columns(width, [130, 100, None, 130])
        rows = [
            [
                styles.paragraph(styles.text(clip(m.name, 80)), styles.cell_bold),
                styles.paragraph(styles.text(m.role.label), styles.cell),
                styles.paragraph(
                    styles.text(clip(", ".join(h.name for h in m.holds) or "—", 300)), styles.cell
                ),
                styles.paragraph(
                    styles.text(clip(m.conflicts_of_interest, 200) or "None"), styles.cell
                ),
            ]
            for m in partnership.members
        ]
        parts.append(
            _table(
                ["Member", "Role", "Holds the relationship with", "Declared interests"],
                rows,
                widths,
                styles,
            )
        )
    return parts


def _map(pack: BriefingPack, styles: Styles, width: float, height: float) -> list[Flowable]:
    """The partnership's map on a page of its own (issue 21, item 3)."""
    from bigjournal.journal.relationship_map import RelationshipMap
    from bigjournal.reports.map import map_flowables

    world = pack.world or RelationshipMap(pack.partnership.name, pack.today, ())
    return [*map_flowables(world, styles, width, height), PageBreak()]


def _paragraphs(text: str, styles: Styles) -> list[Flowable]:
    return [
        styles.paragraph(
            styles.text(block),
            styles.body,
        )
        for block in text.split("\n")
        if block.strip()
    ]


def _items(text: str) -> list[str]:
    """Priorities written one per line, or as one sentence separated by semicolons."""
    text = (text or "").strip()
    lines = [line.strip(" •-*\t") for line in text.splitlines() if line.strip()]
    if len(lines) == 1 and ";" in lines[0]:
        lines = [part.strip().rstrip(".") for part in lines[0].split(";") if part.strip()]
        lines = [line[0].upper() + line[1:] for line in lines]
    return lines


def _table(
    header: list[str],
    rows: list[list[Any]],
    widths: list[float],
    styles: Styles,
    extra: Sequence[Any] = (),
    *,
    above: Flowable | None = None,
) -> Table:
    """A table whose column headings repeat on every page it runs onto; ``above``, a
    shaded line across the table over the headings (whose table this is), repeats too."""
    heading = [styles.paragraph(styles.text(h), styles.cell_bold) for h in header]
    first = [[above, *[""] * (len(header) - 1)]] if above is not None else []
    top = len(first)  # the row of the column headings
    commands: list[Any] = [
        *styles.table_font(),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, top), (-1, top), 1.2, RULE),
        ("LINEBELOW", (0, top + 1), (-1, -1), 0.4, LIGHT_RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if above is not None:
        commands += [
            ("SPAN", (0, 0), (-1, 0)),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEABOVE", (0, 0), (-1, 0), 1.0, RULE),
        ]
    shifted = [_shift(command, top) for command in extra]
    return Table(
        [*first, heading, *rows],
        colWidths=widths,
        repeatRows=top + 1,
        # A row taller than a page (a pasted essay) is split inside, not refused.
        splitInRow=1,
        style=TableStyle([*commands, *shifted]),
    )


def _shift(command: Any, rows: int) -> Any:
    """A table command given for a table without the ``above`` row, moved down."""
    name, (c0, r0), (c1, r1), *rest = command
    return (name, (c0, r0 + rows if r0 >= 0 else r0), (c1, r1 + rows if r1 >= 0 else r1), *rest)


def _timelines(pack: BriefingPack, styles: Styles, width: float) -> list[Flowable]:
    parts: list[Flowable] = [_heading("timelines", styles)]
    sub = ParagraphStyle("sub", parent=styles.heading, keepWithNext=True, spaceBefore=12)
    widths = styles.columns(width, [80, 92, None])
    for index, brief in enumerate(pack.organisations):
        title = brief.detail.name
        heading = styles.paragraph(styles.text(title), sub)
        parts += [
            CondPageBreak(90),
            counted(marked(heading, Mark(f"timeline-{index}", clip(title, MARK_LIMIT), 1, False))),
        ]
        parts += _timeline_table(brief, styles, widths)
    return parts


def _timeline_table(
    brief: OrganisationBrief, styles: Styles, widths: list[float]
) -> list[Flowable]:
    if not brief.timeline:
        return [styles.paragraph("No key events recorded yet.", styles.body)]
    parts: list[Flowable] = []
    if brief.earlier_events:
        parts.append(
            styles.paragraph(
                styles.text(
                    f"The latest {len(brief.timeline)} key events; "
                    f"{plural(brief.earlier_events, 'earlier event')} are in the journal."
                ),
                styles.small,
            )
        )
    rows = [
        [
            styles.paragraph(short_date(event.on), styles.cell),
            styles.paragraph(
                styles.text(PLANNED_MARK if event.planned else event.what),
                styles.cell_bold
                if event.planned or event.what in ("Left", "Broken")
                else styles.cell,
            ),
            styles.paragraph(styles.text(clip(event.text, 220)), styles.cell),
        ]
        for event in brief.timeline
    ]
    # The headings repeat on a continued page, naming the organisation there too.
    details = "Details: " + styles.fit(brief.detail.name, widths[2] - 60, bold=True)
    parts.append(_table(["Date", "What", details], rows, widths, styles))
    return parts


def _directory(pack: BriefingPack, styles: Styles, width: float) -> list[Flowable]:
    parts: list[Flowable] = [
        _heading("contacts", styles),
        styles.paragraph(
            styles.text(
                "The people to contact at each organisation, as the journal has them today. "
                "The way each prefers to be contacted is in bold."
            ),
            styles.body,
        ),
        Spacer(0, 4),
    ]
    widths = contact_columns(styles, width)
    seen: set[int] = set()
    for brief in pack.organisations:
        detail = brief.detail
        contacts = [c for c in detail.contacts if c.is_active and c.id not in seen]
        contacts = by_who_matters(contacts, brief.standing)
        seen.update(c.id for c in contacts)
        # The organisation's row is repeated above the columns' on every page its
        # contacts run onto, so a continued page says whose contacts they are.
        title = f"<b>{styles.text(clip(detail.name, 300))}</b>"
        title += "<br/>" + styles.text(kinds_said(detail.kind, detail.other_kinds))
        title += "<br/>" + styles.text(reach(detail) or "No phone, address or website recorded.")
        rows: list[list[Any]] = []
        extra: list[Any] = []
        if not contacts:
            rows.append([styles.paragraph("No contacts recorded yet.", styles.cell), "", "", ""])
            extra.append(("SPAN", (0, 1), (-1, 1)))
        rows += [contact_cells(c, detail.id, styles, widths[2] - 6) for c in contacts]
        parts += [
            _table(
                ["Name and role", "Phone", "Email", "Prefers"],
                rows,
                widths,
                styles,
                extra,
                above=styles.paragraph(title, styles.cell),
            ),
            Spacer(0, 6),
        ]
    return parts


def _register(pack: BriefingPack, styles: Styles, width: float) -> list[Flowable]:
    parts: list[Flowable] = [
        _heading("promises", styles),
        styles.paragraph(
            styles.text(
                "Every promise still open, theirs and ours, most urgent first. "
                f"{OVERDUE_MARK} means its date has passed."
            ),
            styles.body,
        ),
        Spacer(0, 4),
    ]
    widths = styles.columns(width, [96, None, 150])
    seen: set[int] = set()
    promises: list[PromiseRow] = []
    for brief in pack.organisations:
        promises += [p for p in brief.detail.open_promises if p.id not in seen]
        seen.update(p.id for p in promises)
    if not promises:
        parts.append(styles.paragraph("No promises are open.", styles.body))
        return parts
    # One list in urgency order across every organisation: an overdue promise of the
    # last organisation comes before a future one of the first.
    rows = [_promise_row(p, pack, styles) for p in _by_urgency(promises, pack.today)]
    parts.append(_table(["Due", "Promise", "Whose, and held by"], rows, widths, styles))
    return parts


def _promise_row(promise: PromiseRow, pack: BriefingPack, styles: Styles) -> list[Any]:
    overdue = promise.is_overdue(pack.today)
    if overdue:
        assert promise.due_on is not None
        due = styles.paragraph(
            f"<b>{styles.text(OVERDUE_MARK)}<br/>{short_date(promise.due_on)}</b>", styles.cell
        )
    else:
        due = styles.paragraph(
            short_date(promise.due_on) if promise.due_on else "no date", styles.cell
        )
    whose = "Theirs" if promise.side is Side.THEIRS else "Ours"
    return [
        due,
        styles.paragraph(
            styles.text(clip(promise.description, 300))
            + (
                "<br/>" + styles.text("A new date, agreed after it was broken once.")
                if promise.renewed_from_id is not None
                else ""
            ),
            styles.cell_bold if overdue else styles.cell,
        ),
        styles.paragraph(
            f"<b>{whose}:</b> {styles.text(clip(promise.holder_name, 80))}"
            + (
                ""
                if promise.holder_name == promise.organisation.name
                else f"<br/>{styles.text(clip(promise.organisation.name, 120))}"
            ),
            styles.cell,
        ),
    ]


def _glossary(styles: Styles, width: float) -> list[Flowable]:
    rows = [
        [
            styles.paragraph(styles.text(term), styles.cell_bold),
            styles.paragraph(styles.text(meaning), styles.cell),
        ]
        for term, meaning in GLOSSARY
    ]
    return [
        _heading("glossary", styles),
        _table(["Word", "What it means"], rows, styles.columns(width, [150, None]), styles),
    ]
