"""The legacy report: what every relationship achieved, for the end of a programme or
a change of chair (issue 21, item 4).

An overview (how many outcomes, for whom, the funding leveraged, by kind), then one
section per relationship: who holds it on each side today, each side's track record
in a sentence, and every outcome with where it came from. Black and white, page
numbers, bookmarks; a table that runs onto the next page repeats its headings.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from bigjournal import wording
from bigjournal.journal.legacy import LegacyRelationship, LegacyReport
from bigjournal.journal.outcomes import FUNDING, OutcomeRow, pounds
from bigjournal.model.vocabulary import OutcomeKind
from bigjournal.reports.fonts import FontSet, report_fonts
from bigjournal.reports.output import CancelCheck, Destination, ProgressCallback, Steps, atomic_pdf
from bigjournal.reports.page import Footer, Mark, ReportDocument, frame_size, marked
from bigjournal.reports.scripts import collecting_unprintable
from bigjournal.reports.style import (
    LIGHT_RULE,
    RULE,
    Styles,
    clip,
    long_date,
    make_styles,
    page_size,
    short_date,
)

PURPOSE = "Legacy report"
NOTE = (
    "What each relationship achieved, how promises went both ways and who holds it "
    "today: for whoever carries the partnership's relationships on."
)


@dataclass(frozen=True)
class LegacyResult:
    pages: int
    relationships: int
    outcomes: int
    unprintable: tuple[str, ...] = field(default=())


def build_legacy(
    report: LegacyReport,
    out: Destination,
    *,
    paper: str | None = None,
    fonts: FontSet | None = None,
    print_size: int | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> LegacyResult:
    """Write the legacy report as a PDF to ``out``; it appears only once complete."""
    with collecting_unprintable() as unprintable:
        pages = _build(report, out, paper, fonts, print_size, progress, cancel)
    return LegacyResult(pages, len(report.relationships), len(report.outcomes), tuple(unprintable))


def _build(
    report: LegacyReport,
    out: Destination,
    paper: str | None,
    fonts: FontSet | None,
    print_size: int | None,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
) -> int:
    steps = Steps(len(report.relationships) + 2, progress, cancel, what="legacy report")
    steps.check()
    partnership = report.partnership
    styles = make_styles(fonts or report_fonts(), print_size or partnership.print_size)
    pagesize = page_size(paper or partnership.paper_size)
    width, _height = frame_size(pagesize, 0, styles)
    story: list[Flowable] = [*_overview(report, styles, width)]
    for relationship in report.relationships:
        story += _relationship(relationship, styles, width)
    steps.advance()
    with atomic_pdf(out) as target:
        document = ReportDocument(
            target,
            pagesize=pagesize,
            styles=styles,
            footer=lambda _page: Footer(
                left=f"{PURPOSE} · {partnership.name}",
                right="",
                note=f"Printed {long_date(report.today)}. Names people: keep it safe.",
            ),
            title=f"Legacy report: {partnership.name}",
            author=partnership.name,
            subject=f"What {partnership.name}'s relationships achieved",
        )
        document.multiBuild([document.page_count, *story])
        pages = int(document.page)
    steps.finish()
    return pages


# --- the overview --------------------------------------------------------------------


def _overview(report: LegacyReport, styles: Styles, width: float) -> list[Flowable]:
    outcomes = report.outcomes
    sides = report.benefiting()
    said = [
        f"{wording.count(len(report.relationships), 'relationship')}, "
        f"{wording.count(len(outcomes), 'outcome')} recorded"
    ]
    if outcomes:
        said.append("; ".join(f"{count} for {side.label.lower()}" for side, count in sides.items()))
    if report.funding_pence:
        said.append(f"{pounds(report.funding_pence)} of funding leveraged")
    flowables: list[Flowable] = [
        marked(
            styles.paragraph(
                styles.text(f"What our relationships achieved: {report.partnership.name}"),
                styles.title,
            ),
            Mark("overview", "What our relationships achieved", 0),
        ),
        styles.paragraph(styles.text(f"{PURPOSE}, {long_date(report.today)}. {NOTE}"), styles.body),
        Spacer(0, 4),
        styles.paragraph(styles.text(". ".join(said) + "."), styles.bold),
        Spacer(0, 6),
    ]
    if outcomes:
        flowables.append(_by_kind(outcomes, styles, width))
    return flowables


def _by_kind(outcomes: tuple[OutcomeRow, ...], styles: Styles, width: float) -> Table:
    counted_kinds = Counter(o.kind for o in outcomes)
    rows: list[list[object]] = []
    for kind in OutcomeKind:
        if not counted_kinds.get(kind):
            continue
        amount = ""
        if kind == FUNDING:
            amount = pounds(sum(o.amount_pence or 0 for o in outcomes if o.kind == kind))
        rows.append([kind.label, str(counted_kinds[kind]), amount])
    widths = styles.columns(width, [None, 70, 110])
    return _table(["Kind of outcome", "How many", "Amount"], rows, widths, styles)


# --- one relationship ----------------------------------------------------------------


def _relationship(r: LegacyRelationship, styles: Styles, width: float) -> list[Flowable]:
    kind = r.kind + (f", part of {r.part_of}" if r.part_of else "")
    relationship = r.relationship or "Type not recorded"
    if r.since:
        relationship += f" since {short_date(r.since)}"
    theirs, ours = r.track_records.sentences()
    people = "; ".join(r.contacts) or "Nobody recorded now."
    if r.contacts_total > len(r.contacts):
        people += f"; and {r.contacts_total - len(r.contacts)} more (see the journal)"
    facts = [
        ("Relationship", f"{relationship} · {kind}"),
        ("Held by (us)", ", ".join(r.holders) or "Nobody named: agree who holds it."),
        ("Their people now", people),
        ("Track record", f"{theirs} {ours}"),
    ]
    label_width = styles.columns(width, [100, None])[0]
    table = Table(
        [
            [
                styles.paragraph(styles.text(label), styles.cell_bold),
                styles.paragraph(styles.text(clip(value, 600)), styles.cell),
            ]
            for label, value in facts
        ],
        colWidths=[label_width, width - label_width],
        style=TableStyle(
            [
                *styles.table_font(),
                ("BOX", (0, 0), (-1, -1), 1.0, RULE),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, LIGHT_RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        ),
    )
    name = clip(r.organisation.name, 150)
    heading = marked(
        styles.paragraph(styles.text(r.organisation.name), styles.heading),
        Mark(f"organisation-{r.organisation.id}", name, 1),
    )
    parts: list[Flowable] = [CondPageBreak(120), KeepTogether([heading, table]), Spacer(0, 4)]
    if r.outcomes:
        funding = f"; {pounds(r.funding_pence)} of funding leveraged" if r.funding_pence else ""
        parts.append(CondPageBreak(70))  # the heading stays with the table's first rows
        parts.append(
            styles.paragraph(
                styles.text(f"Outcomes ({len(r.outcomes)}{funding})"), styles.cell_bold
            )
        )
        parts.append(_outcome_table(r.outcomes, styles, width))
    else:
        parts.append(styles.paragraph("No outcomes recorded yet.", styles.body))
    parts.append(Spacer(0, 10))
    return parts


def _outcome_table(outcomes: tuple[OutcomeRow, ...], styles: Styles, width: float) -> Table:
    widths = styles.columns(width, [78, None, 130, 150])
    rows: list[list[object]] = []
    for o in outcomes:
        what = styles.text(clip(o.title, 200))
        if o.amount:
            what += f" — <b>{styles.text(o.amount)}</b>"
        if o.notes:
            what += f"<br/>{styles.text(clip(o.notes, 300))}"
        came = []
        if o.meeting is not None:
            came.append(f"Meeting: {clip(o.meeting.name, 80)}")
        if o.promise is not None:
            came.append(f"Promise: {clip(o.promise.name, 80)}")
        rows.append(
            [
                short_date(o.achieved_on),
                styles.paragraph(what, styles.cell),
                f"{o.kind.label}, for {o.beneficiary.label.lower()}",
                "; ".join(came) or "—",
            ]
        )
    return _table(["Achieved", "What", "Kind, and for whom", "Came from"], rows, widths, styles)


def _table(
    header: list[str], rows: list[list[object]], widths: list[float], styles: Styles
) -> Table:
    """Headings that repeat on a continued page; every cell a paragraph (so it wraps)."""

    def cell(value: object) -> Flowable:
        if isinstance(value, Flowable):
            return value
        return styles.paragraph(styles.text(str(value)), styles.cell)

    return Table(
        [
            [styles.paragraph(styles.text(h), styles.cell_bold) for h in header],
            *[[cell(value) for value in row] for row in rows],
        ],
        colWidths=widths,
        repeatRows=1,
        style=TableStyle(
            [
                *styles.table_font(),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, RULE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, LIGHT_RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        ),
    )
