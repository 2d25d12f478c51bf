"""A topic's one-page summary: its organisations, its timeline and its open promises.

"Street lighting on Canal Walk" on one sheet for a volunteer to carry to the next
meeting about it, whichever organisation that is with: who is involved, what
happened when (newest first, each meeting with its organisations) and what is still
owed, both ways. Black and white, always one page, by the relationship summary's
own rules (``bigjournal.reports.summary``): blocks get a few rows each, then more
while there is room, and what does not fit is counted and said, never cut silently.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, Table

from bigjournal.journal.briefing import Partnership, read_partnership
from bigjournal.journal.records import MeetingRow, PromiseRow
from bigjournal.journal.topics import TopicDetail, read_topic_detail
from bigjournal.journal.validation import today_or
from bigjournal.model.vocabulary import Side
from bigjournal.reports.fonts import FontSet, report_fonts
from bigjournal.reports.output import Destination, atomic_pdf
from bigjournal.reports.page import Footer, ReportDocument, footer_extra_lines, frame_size
from bigjournal.reports.scripts import collecting_unprintable
from bigjournal.reports.style import (
    OVERDUE_MARK,
    PLANNED_MARK,
    Styles,
    clip,
    long_date,
    make_styles,
    page_size,
    plural,
    short_date,
)
from bigjournal.reports.summary import (
    Block,
    FittedPage,
    TableBlock,
    _allocate,
    _compose,
    _measure,
    guard,
)
from bigjournal.store import Journal

PURPOSE = "Topic summary"
DESCRIPTION_LIMIT = 500
NOTE = "Names people: keep it safe and shred it when done. The full record is in the journal."


@dataclass(frozen=True, slots=True)
class TopicSummary:
    """What the page needs, read as of one moment."""

    detail: TopicDetail
    partnership: Partnership
    today: date


def topic_summary(journal: Journal, topic_id: int, *, today: date | None = None) -> TopicSummary:
    with journal.reading() as session:
        return TopicSummary(
            read_topic_detail(session, topic_id),
            read_partnership(session, journal),
            today_or(today),
        )


def make_topic_summary(
    journal: Journal,
    topic_id: int,
    out: Destination,
    *,
    today: date | None = None,
    paper: str | None = None,
    fonts: FontSet | None = None,
) -> FittedPage:
    """Read a topic and print its one-page summary to ``out`` (a path or a binary file);
    the file appears under its name only once complete."""
    summary = topic_summary(journal, topic_id, today=today)
    with collecting_unprintable() as unprintable:
        fitted = _build(summary, out, paper, fonts)
    fitted.unprintable = list(unprintable)
    return fitted


def _build(
    summary: TopicSummary, out: Destination, paper: str | None, fonts: FontSet | None
) -> FittedPage:
    styles = make_styles(fonts or report_fonts(), summary.partnership.print_size)
    pagesize = page_size(paper or summary.partnership.paper_size)
    name = summary.detail.topic.name
    partnership = summary.partnership.name
    footer = Footer(
        keep=name,
        left=f"{PURPOSE} · {partnership}",
        right=f"Printed {long_date(summary.today)}",
        note=NOTE,
    )
    extra = footer_extra_lines(footer, styles, pagesize)
    width, height = frame_size(pagesize, extra, styles)
    fitted = topic_page(summary, styles, width, height)
    with atomic_pdf(out) as target:
        document = ReportDocument(
            target,
            pagesize=pagesize,
            styles=styles,
            footer=lambda _page: footer,
            extra_footer_lines=extra,
            title=f"Topic summary: {name}",
            author=partnership,
            subject=f"{PURPOSE} of “{name}” for {partnership}",
            numbered=False,
        )
        document.build([guard(fitted, width, height)])
    return fitted


def topic_page(summary: TopicSummary, styles: Styles, width: float, height: float) -> FittedPage:
    """Choose what goes on the page so that it fits ``width`` × ``height`` points."""
    header = _header(summary, styles, width)
    fixed = _measure(header, width, height)
    blocks = _blocks(summary, styles, width)
    shown = _allocate(blocks, height - fixed)
    while True:
        flowables = _compose(header, blocks, shown)
        total = _measure(flowables, width, height)
        reducible = [b for b in reversed(blocks) if shown[b.key] > 0]
        if total <= height or not reducible:
            break
        shown[reducible[0].key] -= 1
    omitted = {b.key: max(0, b.total - shown[b.key]) for b in blocks if b.total > shown[b.key]}
    return FittedPage(flowables, total, shown, omitted, {b.key: b.available for b in blocks})


def _header(summary: TopicSummary, styles: Styles, width: float) -> list[Flowable]:
    detail = summary.detail
    row = detail.topic
    state = f"Closed {long_date(row.closed_on)}" if row.closed_on else "Open"
    subtitle = " · ".join(
        (
            f"Topic · {state}",
            plural(len(detail.timeline), "meeting"),
            plural(len(detail.organisations), "organisation"),
            f"{plural(len(detail.open_promises), 'open promise')}",
        )
    )
    names = "; ".join(o.name for o in detail.organisations) or "None yet: no meeting or promise."
    held = [m.occurred_on for m in detail.timeline if not m.is_planned]
    since = (
        f"{short_date(min(held))} to {short_date(max(held))}" if held else "No meeting held yet."
    )
    rows: list[tuple[str, str]] = [("Organisations", names), ("Meetings", since)]
    if row.description:
        rows.insert(0, ("About", clip(row.description, DESCRIPTION_LIMIT)))
    label_width = styles.columns(width, [92, None])[0]
    table = Table(
        [
            [
                styles.paragraph(styles.text(label), styles.cell_bold),
                styles.paragraph(styles.text(value), styles.cell),
            ]
            for label, value in rows
        ],
        colWidths=[label_width, width - label_width],
        style=styles.facts_box(),
    )
    return [
        styles.paragraph(
            styles.text(styles.fit(row.name, 2 * width - 60, styles.title.fontSize, True)),
            styles.title,
        ),
        styles.paragraph(
            styles.text(styles.fit(subtitle, width, styles.subtitle.fontSize)), styles.subtitle
        ),
        table,
    ]


def _by_urgency(promises: Sequence[PromiseRow], today: date) -> list[PromiseRow]:
    """Overdue first (the oldest first), then by due date, undated last."""
    return sorted(
        promises,
        key=lambda p: (not p.is_overdue(today), p.due_on is None, p.due_on or today, p.id),
    )


def _blocks(summary: TopicSummary, styles: Styles, width: float) -> list[Block]:
    detail, today = summary.detail, summary.today
    return [
        _promise_block("theirs", "They promised", detail, Side.THEIRS, today, styles, width),
        _promise_block("ours", "We promised", detail, Side.OURS, today, styles, width),
        _timeline_block(list(detail.timeline), styles, width),
    ]


def _promise_block(
    key: str,
    title: str,
    detail: TopicDetail,
    side: Side,
    today: date,
    styles: Styles,
    width: float,
) -> Block:
    promises = _by_urgency(detail.open_promises_by(side), today)
    overdue = sum(1 for p in promises if p.is_overdue(today))
    heading = f"{title}, still open ({len(promises)}" + (
        f", {overdue} overdue)" if overdue else ")"
    )
    due_width, text_width, who_width = styles.columns(width, [96, None, 190])

    def row(promise: PromiseRow) -> list[Flowable]:
        late = promise.is_overdue(today)
        if late:
            assert promise.due_on is not None
            due = styles.paragraph(
                f"<b>{styles.text(OVERDUE_MARK)}<br/>{short_date(promise.due_on)}</b>", styles.cell
            )
        else:
            due = styles.paragraph(
                short_date(promise.due_on) if promise.due_on else "no date", styles.cell
            )
        who = promise.organisation.name
        if promise.holder is not None:
            who = f"{promise.holder.name}, {who}" if side is Side.THEIRS else promise.holder.name
        return [
            due,
            styles.paragraph(
                styles.text(styles.fit(promise.description, 2 * (text_width - 6) - 40, bold=late)),
                styles.cell_bold if late else styles.cell,
            ),
            styles.paragraph(styles.text(styles.fit(who, (who_width - 8) * 2 - 20)), styles.cell),
        ]

    return TableBlock(
        key,
        heading,
        ["Due", "Promise", "Held by" if side is Side.THEIRS else "Ours, with"],
        promises,
        row,
        [due_width, text_width, who_width],
        styles,
        width,
        total=len(promises),
        floor=3,
        more=lambda n: f"…and {plural(n, 'more open promise')} — see the journal.",
        empty="None open.",
        emphasise=lambda promise: promise.is_overdue(today),
    )


def _timeline_block(meetings: list[MeetingRow], styles: Styles, width: float) -> Block:
    widths = styles.columns(width, [74, 96, None, 170])

    def row(meeting: MeetingRow) -> list[Flowable]:
        when = short_date(meeting.occurred_on)
        if meeting.is_planned:
            when = f"{when} {PLANNED_MARK}"
        title = styles.fit(meeting.title or "(no title)", 2 * (widths[2] - 8) - 30)
        with_whom = "; ".join(o.name for o in meeting.organisations) or "—"
        return [
            styles.paragraph(styles.text(when), styles.cell),
            styles.paragraph(styles.text(meeting.kind.label), styles.cell),
            styles.paragraph(styles.text(title), styles.cell),
            styles.paragraph(
                styles.text(styles.fit(with_whom, 3 * (widths[3] - 8) - 30)), styles.cell
            ),
        ]

    return TableBlock(
        "timeline",
        f"Timeline, newest first ({len(meetings)})",
        ["Date", "Kind", "About", "With"],
        meetings,
        row,
        widths,
        styles,
        width,
        total=len(meetings),
        floor=4,
        more=lambda n: f"…and {plural(n, 'earlier meeting')} — see the journal.",
        empty="No meetings on this topic yet.",
    )
