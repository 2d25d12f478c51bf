"""The one-page relationship summary: always exactly one page, whatever the data.

The page is made of blocks in order of importance (open promises, handovers,
contacts, next steps, meetings…). Blocks get a few rows each, then more in turn
while the page has room; each row is measured once, when its turn comes, and the
measured row is the one printed. What does not fit is counted and said ("…and 7
more promises — see the journal"), never cut silently.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Table, TableStyle

from bigjournal.journal.briefing import Partnership, RelationshipSummary, Standing
from bigjournal.journal.checkins import CheckInRow
from bigjournal.journal.outcomes import OutcomeRow, pounds, total_pence
from bigjournal.journal.records import ContactRow, HandoverRow, OrganisationDetail, PromiseRow
from bigjournal.model.vocabulary import OrganisationKind, PromiseStatus, Side
from bigjournal.reports.check_ins import check_in_table
from bigjournal.reports.check_ins import compact as compact_check_in
from bigjournal.reports.fonts import FontSet, report_fonts
from bigjournal.reports.output import CancelCheck, Destination, ProgressCallback, Steps, atomic_pdf
from bigjournal.reports.page import Footer, ReportDocument, footer_extra_lines, frame_size
from bigjournal.reports.scripts import collecting_unprintable
from bigjournal.reports.style import (
    LEFT_MARK,
    LIGHT_RULE,
    OVERDUE_MARK,
    PLANNED_MARK,
    RULE,
    SHADE,
    Styles,
    clip,
    days,
    long_date,
    make_styles,
    page_size,
    plural,
    short_date,
)

# No more rows than could ever fit are considered, whatever the journal holds.
MAX_CANDIDATES = 60
NEXT_STEPS_LIMIT = 600
NOTES_LIMIT = 420
PURPOSE = "One-page relationship summary"
# What a text block too big for even its beginning prints instead (after its heading).
LEFT_OUT_TEXT = "no room on this page — see the journal."
PRIVACY = "Contains personal contact details: keep it safe and shred it when done."
# Cell padding of the summary's tables (top, bottom, left, right), in points: the
# table's style and the measuring of its rows both use it.
PADDING = (1.5, 2.5, 3.0, 3.0)
# Large enough for any row: reportlab's own default height for sizing a cell.
TALL = 72_000.0


class Block:
    """A part of the page that can show between 0 and ``available`` rows.

    ``height(k)`` is the height of the block showing its first ``k`` rows (with its
    heading and the "and N more" line), measured only when asked for and then
    remembered; ``make(k)`` builds those flowables, reusing what was measured.
    """

    key: str
    total: int
    floor: int
    available: int

    def height(self, count: int) -> float:
        raise NotImplementedError

    def make(self, count: int) -> list[Flowable]:
        raise NotImplementedError


@dataclass
class FittedPage:
    """The flowables of one summary page and what had to be left out.

    ``available`` is, per block, the most rows it could have shown had the page
    been endless (its cap, or all it has); a block showing fewer had no more room.
    """

    flowables: list[Flowable]
    height: float
    shown: dict[str, int] = field(default_factory=dict)
    omitted: dict[str, int] = field(default_factory=dict)
    available: dict[str, int] = field(default_factory=dict)
    # Texts with a character no font on this computer has (printed as ‹U+XXXX›).
    unprintable: list[str] = field(default_factory=list)


def build_summary(
    summary: RelationshipSummary,
    out: Destination,
    *,
    paper: str | None = None,
    fonts: FontSet | None = None,
    print_size: int | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> FittedPage:
    """Write the one-page summary as a PDF to ``out`` (a path or a binary file).

    ``paper`` overrides the journal's paper size ("A4" or "Letter"). The file
    appears under its name only once complete.
    """
    with collecting_unprintable() as unprintable:
        fitted = _build_summary(summary, out, paper, fonts, print_size, progress, cancel)
    fitted.unprintable = list(unprintable)
    return fitted


def _build_summary(
    summary: RelationshipSummary,
    out: Destination,
    paper: str | None,
    fonts: FontSet | None,
    print_size: int | None,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
) -> FittedPage:
    steps = Steps(3, progress, cancel, what="summary")
    steps.check()
    styles = make_styles(fonts or report_fonts(), print_size or summary.partnership.print_size)
    pagesize = page_size(paper or summary.partnership.paper_size)
    name = summary.organisation.name
    partnership = summary.partnership.name
    footer = Footer(
        keep=name,
        left=f"{PURPOSE} · {partnership}",
        right=f"Printed {long_date(summary.today)}",
        note=f"{PRIVACY} The full record is in the journal.",
    )
    extra = footer_extra_lines(footer, styles, pagesize)
    width, height = frame_size(pagesize, extra, styles)
    fitted = summary_page(summary, styles, width, height)
    steps.advance()
    with atomic_pdf(out) as target:
        document = ReportDocument(
            target,
            pagesize=pagesize,
            styles=styles,
            footer=lambda _page: footer,
            extra_footer_lines=extra,
            title=f"Relationship summary: {name}",
            author=partnership,
            subject=f"{PURPOSE} of {partnership}'s relationship with {name}",
            numbered=False,
        )
        steps.advance()
        document.build([guard(fitted, width, height)])
    steps.finish()
    return fitted


def guard(fitted: FittedPage, width: float, height: float) -> Flowable:
    """The fitted page, shrunk in the (measured-away) case it is a hair too tall.

    The measuring already keeps the content within the page; this makes "one
    page" a guarantee rather than a calculation.
    """
    return KeepInFrame(width, height, fitted.flowables, mode="shrink")


def summary_page(
    summary: RelationshipSummary,
    styles: Styles,
    width: float,
    height: float,
    *,
    charts: bool = False,
) -> FittedPage:
    """Choose what goes on the page so that it fits ``width`` × ``height`` points.

    Rows are measured only as the sharing-out reaches them, so a block with 1,500
    open promises costs what its dozen shown rows (and the one that did not fit) cost.
    With ``charts`` (the briefing pack's pages), the latest check-in is a block of its
    own with each criterion's chart, rather than a line of the header.
    """
    header = _header(summary, styles, width, charts=charts)
    fixed = _measure(header, width, height)
    blocks = _blocks(summary, styles, width, charts=charts)
    shown = _allocate(blocks, height - fixed)
    while True:
        flowables = _compose(header, blocks, shown)
        total = _measure(flowables, width, height)
        reducible = [b for b in reversed(blocks) if shown[b.key] > 0]
        if total <= height or not reducible:
            break
        shown[reducible[0].key] -= 1  # a rounding surprise: drop one more low-priority row
    omitted = {b.key: max(0, b.total - shown[b.key]) for b in blocks if b.total > shown[b.key]}
    available = {b.key: b.available for b in blocks}
    return FittedPage(flowables, total, shown, omitted, available)


def summary_flowables(
    summary: RelationshipSummary,
    styles: Styles,
    width: float,
    shown: dict[str, int],
    *,
    charts: bool = False,
) -> list[Flowable]:
    """The page showing ``shown[key]`` rows of each block, whether or not it fits
    (for checking a fitted page: one row more of any block must not fit)."""
    blocks = _blocks(summary, styles, width, charts=charts)
    return _compose(_header(summary, styles, width, charts=charts), blocks, shown)


def _compose(header: list[Flowable], blocks: list[Block], shown: dict[str, int]) -> list[Flowable]:
    flowables = list(header)
    for block in blocks:
        flowables += block.make(shown[block.key])
    return flowables


def _measure(flowables: Sequence[Flowable], width: float, height: float) -> float:
    total = 0.0
    for flowable in flowables:
        _w, h = flowable.wrap(width, height)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _allocate(blocks: list[Block], room: float) -> dict[str, int]:
    """Rows are dealt one at a time to each block in turn, most important first:
    first up to each block's floor (a few rows each), then up to all it has, while
    the page has room. So a crowded page still shows some of everything."""
    shown = {b.key: 0 for b in blocks}
    heights = {b.key: b.height(0) for b in blocks}

    limits: tuple[Callable[[Block], int], ...] = (
        lambda b: min(b.floor, b.available),
        lambda b: b.available,
    )
    for limit in limits:
        growing = [b for b in blocks if shown[b.key] < limit(b)]
        while growing:
            for block in list(growing):
                key = block.key
                grown = block.height(shown[key] + 1)
                if sum(grown if b.key == key else heights[b.key] for b in blocks) > room:
                    growing.remove(block)
                    continue
                heights[key] = grown
                shown[key] += 1
                if shown[key] >= limit(block):
                    growing.remove(block)
    return shown


# --- the fixed top of the page ------------------------------------------------------


def role_phrase(kind: OrganisationKind) -> str:
    """A further role as said after "also": "the Locally Trusted Organisation (LTO)"."""
    if kind is OrganisationKind.LTO:  # a partnership has one: it is *the* LTO
        return f"the {kind.label}"
    if kind is OrganisationKind.POLICE:
        return "the police"
    noun = kind.label[0].lower() + kind.label[1:]
    return f"{'an' if noun[0] in 'aeiou' else 'a'} {noun}"


def kinds_said(kind: OrganisationKind, other_kinds: Sequence[OrganisationKind]) -> str:
    """The main kind and the further roles, as a sentence a reader takes in at once:
    "Housing association; also the Locally Trusted Organisation (LTO)"."""
    further = [role_phrase(k) for k in other_kinds if k not in (kind, OrganisationKind.OTHER)]
    if not further:
        return kind.label
    listed = further[0] if len(further) == 1 else ", ".join(further[:-1]) + " and " + further[-1]
    return f"{kind.label}; also {listed}"


def _header(
    summary: RelationshipSummary, styles: Styles, width: float, *, charts: bool = False
) -> list[Flowable]:
    detail = summary.organisation
    today = summary.today
    kind = [kinds_said(detail.kind, detail.other_kinds)]
    if detail.council_tier:
        kind.append(detail.council_tier.label)
    if detail.parent:
        kind.append(f"part of {detail.parent.name}")
    subtitle = " · ".join(kind)
    if detail.children:
        names = ", ".join(c.name for c in detail.children)
        subtitle += f" · includes {names}"
    rows: list[tuple[str, str | Paragraph]] = [
        ("Relationship", _relationship(detail, summary.outcomes, styles, width)),
        ("Health", _health(detail, styles, width)),
        ("Purposes", "; ".join(p.label for p in detail.purposes) or "Not recorded yet."),
        ("Held by (us)", _holders(detail, summary.partnership)),
        ("Contact", _rhythm(detail, today, styles)),
        ("Track record", _track_record(detail, styles, width)),
    ]
    if summary.check_ins and not charts:  # (none yet: Health already says so)
        # The date under the label, so the criteria keep the line's width.
        said = compact_check_in(summary.check_ins, styles, dated=False)
        label = f"<b>Check-in</b><br/>{short_date(summary.check_ins[0].held_on)}"
        rows.insert(2, (label, styles.paragraph(said, styles.cell)))
    if reach(detail):  # (a crowded page has no line to spare for "not recorded")
        rows.insert(3, ("Reach them", reach(detail)))
    label_width = styles.columns(width, [92, None])[0]
    table = Table(
        [
            [
                styles.paragraph(label, styles.cell if "<b>" in label else styles.cell_bold),
                _cell(value, styles),
            ]
            for label, value in rows
        ],
        colWidths=[label_width, width - label_width],
        style=styles.facts_box(),
    )
    return [
        styles.paragraph(
            styles.text(styles.fit(detail.name, 2 * width - 60, styles.title.fontSize, True)),
            styles.title,
        ),
        styles.paragraph(
            # In large print one line: the room goes to the contacts.
            styles.text(
                styles.fit(
                    subtitle, (2 if styles.scale == 1 else 1) * width - 60, styles.subtitle.fontSize
                )
            ),
            styles.subtitle,
        ),
        table,
    ]


def _cell(value: str | Paragraph, styles: Styles) -> Paragraph:
    return (
        value if isinstance(value, Paragraph) else styles.paragraph(styles.text(value), styles.cell)
    )


def reach(detail: OrganisationDetail) -> str:
    """The organisation's own phone, email, address and website, for the doorstep."""
    address = ", ".join(line.strip(" ,") for line in detail.address.splitlines() if line.strip())
    parts = [
        " ".join(part.split())
        for part in (detail.phone, detail.email, address, detail.website)
        if part and part.strip()
    ]
    return clip(" · ".join(parts), 300)


def _relationship(
    detail: OrganisationDetail,
    outcomes: Sequence[OutcomeRow] = (),
    styles: Styles | None = None,
    width: float = 0,
) -> str:
    """The type and age of the relationship, then what it achieved, on its one line
    (the outcomes' own table below shows them as the page has room)."""
    kind = detail.relationship_type.label if detail.relationship_type else "Type not recorded"
    if detail.relationship_since:
        kind += f" · since {short_date(detail.relationship_since)}"
    if outcomes and styles is not None:
        funding = total_pence(outcomes)
        achieved = plural(len(outcomes), "outcome")
        room = width - styles.columns(width, [92, None])[0] - 14
        said = (
            [
                f"{achieved}, {pounds(funding)} of funding leveraged",
                f"{achieved}, {pounds(funding)} leveraged",
            ]
            if funding
            else []
        )
        for words in [*said, achieved]:  # the longest that fits whole
            if styles.width(f"{kind} · {words}") <= room:
                return f"{kind} · {words}"
        kind = styles.fit(f"{kind} · {said[-1] if said else achieved}", room)
    return kind


def _holders(detail: OrganisationDetail, partnership: Partnership) -> str:
    if not detail.holders:
        return "Nobody named yet: agree who holds this relationship."
    names = []
    for holder in detail.holders:
        member = partnership.member(holder.id)
        names.append(f"{holder.name} ({member.role.label})" if member else f"{holder.name}")
    return clip(", ".join(names), 150)


def _rhythm(detail: OrganisationDetail, today: date, styles: Styles) -> Paragraph:
    last = detail.last_contact_on
    parts = []
    if detail.contact_every_days:
        parts.append(f"Agreed: every {days(detail.contact_every_days)}")
    else:
        parts.append("No regular contact agreed")
    if last:
        ago = (today - last).days
        parts.append(f"last {short_date(last)} ({days(ago)} ago)" if ago > 0 else "last today")
    else:
        parts.append("no contact recorded yet")
    text = styles.text(" · ".join(parts))
    due = detail.next_contact_due
    if due is not None and due < today:
        text += (
            f"<br/><b>{styles.text(OVERDUE_MARK)}: next contact was due "
            f"{short_date(due)} ({days((today - due).days)} ago)</b>"
        )
    elif due is not None:
        text += styles.text(f" · next due {short_date(due)}")
    planned = sorted(
        (m for m in detail.meetings if m.is_planned and m.occurred_on >= today),
        key=lambda m: m.occurred_on,
    )
    if planned:
        first = planned[0]
        text += "<br/>" + styles.text(
            f"{PLANNED_MARK}: {short_date(first.occurred_on)}, "
            + styles.fit(first.title or first.kind.label, 330)
        )
    return styles.paragraph(text, styles.cell)


def _track_record(detail: OrganisationDetail, styles: Styles, width: float) -> Paragraph:
    """One sentence per side: "They kept 19 of 21 promises that fell due; 6 of those
    late; 2 broken." (each side's word in bold, to tell them apart in black and white),
    then the latest broken promise with the reason given, on a line of its own."""
    theirs, ours = detail.track_records.sentences()
    text = (
        f"<b>{styles.text(theirs[:4])}</b>{styles.text(theirs[4:])}<br/>"
        f"<b>{styles.text(ours[:2])}</b>{styles.text(ours[2:])}"
    )
    broken = broken_lately(detail)
    if broken:
        latest = broken[0]
        reason = " ".join(latest.status_note.split()) or "no reason recorded"
        when = f" {short_date(latest.status_on)}" if latest.status_on else ""
        label = f"Last broken{when}, because: "
        room = width - styles.columns(width, [92, None])[0] - 14
        room -= styles.width(label, bold=True)
        said = styles.fit(f"{reason.rstrip('.')} — {latest.description}", room)
        text += f"<br/><b>{styles.text(label)}</b>{styles.text(said)}"
    return styles.paragraph(text, styles.cell)


def _health(detail: OrganisationDetail, styles: Styles, width: float) -> Paragraph:
    """The health in a word (bold), then its reasons, on one line (the page's room goes
    to the contacts; the reasons in full are on the organisation's page)."""
    health = detail.health
    if health is None:
        return styles.paragraph("Not worked out.", styles.cell)
    reasons = "; ".join(health.reasons)
    room = width - styles.columns(width, [92, None])[0] - 14
    shown = styles.fit(f"{health.word.label}: {reasons}" if reasons else health.word.label, room)
    word = health.word.label
    rest = shown[len(word) :] if shown.startswith(word) else shown
    return styles.paragraph(f"<b>{styles.text(word)}</b>{styles.text(rest)}", styles.cell)


# --- the blocks, most important first ------------------------------------------------


def _blocks(
    summary: RelationshipSummary, styles: Styles, width: float, *, charts: bool = False
) -> list[Block]:
    detail = summary.organisation
    today = summary.today
    open_promises = _by_urgency(detail.open_promises, today)
    theirs = [p for p in open_promises if p.side is Side.THEIRS]
    ours = [p for p in open_promises if p.side is Side.OURS]
    handovers = {h.leaver.id: h for h in detail.handovers if not h.leaver_is_member}
    leavers = sorted(
        (c for c in detail.contacts if not c.is_active),
        key=lambda c: c.left_on or today,
        reverse=True,
    )
    pending = [c for c in leavers if c.id not in handovers or handovers[c.id].is_pending]
    pending_ids = {c.id for c in pending}
    handed_over = [c for c in leavers if c.id not in pending_ids]
    active = by_who_matters([c for c in detail.contacts if c.is_active], summary.standing)
    held = [m for m in detail.meetings if not m.is_planned]
    planned = len(detail.meetings) - len(held)
    charted: list[Block] = [CheckInBlock(summary.check_ins, styles, width)] if charts else []
    return [
        # In the pack, the check-in and its chart first: the rows of every table below
        # are in the pack's directory and register too, the chart is only here.
        *charted,
        _promise_block("theirs", "Their open promises", theirs, detail, today, styles, width),
        _promise_block("ours", "Our open promises", ours, detail, today, styles, width),
        _handover_block(pending, handovers, today, styles, width),
        _contact_block(active, detail, styles, width),
        TextBlock(
            "next_steps", "Next steps", detail.next_steps, NEXT_STEPS_LIMIT, styles, width, 1
        ),
        # The history of the relationship before more meeting rows: after the first
        # rows of everything, its beginning is worth more than a fourth meeting.
        TextBlock(
            "notes",
            "About the relationship",
            detail.relationship_notes,
            NOTES_LIMIT,
            styles,
            width,
            0,
            say_when_empty=False,
        ),
        # Why promises were broken: after the first rows of everything else.
        _broken_block(broken_lately(detail), styles, width),
        # What the relationship achieved (issue 21): counted on the Relationship line
        # at the top, listed here as the page has room.
        outcome_block(summary.outcomes, styles, width),
        # More meetings last: the first three came with everything's first rows.
        _meeting_block(held, detail.meeting_count - planned, styles, width),
        _leaver_block(handed_over, styles, width),
    ]


def by_who_matters(
    contacts: Sequence[ContactRow], standing: Mapping[int, Standing]
) -> list[ContactRow]:
    """The people to ask for first: those our holders meet most, then the most
    recently met, then the rest by name (a 289-contact council starts with its people,
    not with "Contact 000")."""
    never = Standing()

    def key(contact: ContactRow) -> tuple[int, int, str, int]:
        known = standing.get(contact.id, never)
        last = known.last_met.toordinal() if known.last_met else 0
        return (-known.met_with_holders, -last, contact.name.casefold(), contact.id)

    return sorted(contacts, key=key)


def contact_columns(styles: Styles, width: float) -> list[float]:
    """Name and role, phone, email, prefers: in large print the email column gives way
    (an address breaks into lines well), so names keep their room."""
    if styles.scale == 1:
        return styles.columns(width, [None, 88, 180, 58])
    name, phone, prefers = width * 0.34, 88 * styles.scale, 58 * styles.scale
    return [name, phone, width - name - phone - prefers, prefers]


def contact_cells(
    contact: ContactRow, organisation_id: int, styles: Styles, email_width: float
) -> list[Flowable]:
    """Name and role, phone, email and the way they prefer: the preferred way in bold
    (only when there is something to use: a missing address is not a bold dash)."""
    role = contact.role
    if contact.organisation.id != organisation_id:
        role = f"{role}, {contact.organisation.name}" if role else contact.organisation.name
    if contact.term_ends_on:
        role += f" (term ends {short_date(contact.term_ends_on)})"
    prefers = contact.preferred_contact
    by_phone = prefers is not None and prefers.value in ("phone", "text_message") and contact.phone
    by_email = prefers is not None and prefers.value == "email" and contact.email
    who = f"<b>{styles.text(clip(contact.display_name, 70))}</b>"
    if role:
        who += "<br/>" + styles.text(clip(role, 120))
    return [
        styles.paragraph(who, styles.cell),
        styles.paragraph(
            styles.text(contact.phone or "—"), styles.cell_bold if by_phone else styles.cell
        ),
        styles.paragraph(
            _email(contact.email, email_width, styles, bold=bool(by_email)),
            styles.cell_bold if by_email else styles.cell,
        ),
        styles.paragraph(styles.text(prefers.label if prefers else "—"), styles.cell),
    ]


def _by_urgency(promises: Sequence[PromiseRow], today: date) -> list[PromiseRow]:
    """Overdue first (the oldest first), then by due date, undated last."""
    return sorted(
        promises,
        key=lambda p: (
            not p.is_overdue(today),
            p.due_on is None,
            p.due_on or today,
            p.id,
        ),
    )


class TableBlock(Block):
    """A heading and a table whose first rows are shown; rows are made and measured
    one by one, only as far as the sharing-out asks, and the measured rows are the
    ones drawn (reportlab is given their heights, so it does not measure again)."""

    def __init__(
        self,
        key: str,
        heading: str,
        header: list[str],
        items: Sequence[Any],
        make_row: Callable[[Any], list[Flowable]],
        col_widths: list[float],
        styles: Styles,
        width: float,
        *,
        total: int,
        floor: int,
        cap: int = MAX_CANDIDATES,
        more: Callable[[int], str],
        empty: str | None,
        emphasise: Callable[[Any], bool] | None = None,
        quiet_when_none_shown: bool = False,
    ) -> None:
        self.key = key
        # A block the header already speaks for (the last broken promise, in the track
        # record) is left off a page with no room for a row, rather than costing two lines.
        self.quiet_when_none_shown = quiet_when_none_shown
        self.total = total
        self.floor = floor
        self.items = items[:MAX_CANDIDATES]
        self.available = min(cap, len(self.items))
        self.make_row = make_row
        self.col_widths = col_widths
        self.styles = styles
        self.width = width
        self.more = more
        self.empty = empty
        self.emphasise = emphasise
        self.heading = styles.paragraph(styles.text(heading), styles.heading)
        self.header = [styles.paragraph(styles.text(h), styles.cell_bold) for h in header]
        self.rows: list[list[Flowable]] = []
        # running[k]: the heading and the table's first k rows (the header row included)
        self.running: list[float] = []
        self.row_heights: list[float] = []
        self.notes: dict[int, Paragraph | None] = {}
        self.note_heights: dict[object, float] = {}
        self.heights: dict[int, float] = {}

    def _row_height(self, cells: Sequence[Flowable]) -> float:
        """The row's height exactly as reportlab's Table works it out for one
        flowable per cell: the tallest cell plus the padding above and below."""
        top, bottom, left, right = PADDING
        tallest = 0.0
        for cell, column in zip(cells, self.col_widths, strict=True):
            _w, h = cell.wrap(column - left - right, TALL - top - bottom)
            h += bottom + top
            tallest = max(tallest, h)
        return tallest

    def _grow(self, count: int) -> None:
        if not self.running:
            self.row_heights.append(self._row_height(self.header))
            heading = _measure([self.heading], self.width, TALL)
            self.running.append(heading + self.row_heights[0])
        while len(self.rows) < count:
            row = self.make_row(self.items[len(self.rows)])
            self.rows.append(row)
            self.row_heights.append(self._row_height(row))
            self.running.append(self.running[-1] + self.row_heights[-1])

    def note(self, count: int) -> Paragraph | None:
        if count not in self.notes:
            styles = self.styles
            if self.total == 0:
                made = (
                    styles.paragraph(styles.text(self.empty), styles.body) if self.empty else None
                )
            elif count >= self.total:
                made = None
            else:
                made = styles.paragraph(styles.text(self.more(self.total - count)), styles.bold)
            self.notes[count] = made
        return self.notes[count]

    def height(self, count: int) -> float:
        if count not in self.heights:
            if count == 0:
                self.heights[0] = _measure(self.make(0), self.width, TALL)
            else:
                self._grow(count)
                self.heights[count] = self.running[count] + self._note_height(count)
        return self.heights[count]

    def _note_height(self, count: int) -> float:
        """The "and N more" line's height. With digits all of a width, the lines
        for 38 and 37 more break alike: measured once per number of digits."""
        extra = self.note(count)
        if extra is None:
            return 0
        left = self.total - count
        shape = (len(str(left)), left == 1) if self.styles.fonts.tabular_digits else count
        if shape not in self.note_heights:
            self.note_heights[shape] = _measure([extra], self.width, TALL)
        return self.note_heights[shape]

    def table(self, count: int) -> Table:
        self._grow(count)
        top, bottom, left, right = PADDING
        commands: list[Any] = [
            *self.styles.table_font(),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 1.2, RULE),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, LIGHT_RULE),
            ("TOPPADDING", (0, 0), (-1, -1), top),
            ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
            ("LEFTPADDING", (0, 0), (-1, -1), left),
            ("RIGHTPADDING", (0, 0), (-1, -1), right),
        ]
        if self.emphasise is not None:
            for index, item in enumerate(self.items[:count]):
                if self.emphasise(item):
                    commands.append(("BACKGROUND", (0, index + 1), (0, index + 1), SHADE))
                    commands.append(("BOX", (0, index + 1), (0, index + 1), 0.8, RULE))
        return Table(
            [self.header, *self.rows[:count]],
            colWidths=self.col_widths,
            rowHeights=self.row_heights[: count + 1],
            style=TableStyle(commands),
        )

    def make(self, count: int) -> list[Flowable]:
        if self.total == 0 and self.empty is None:
            return []
        if count == 0 and self.quiet_when_none_shown:
            return []
        parts: list[Flowable] = [self.heading]
        if count:
            parts.append(self.table(count))
        extra = self.note(count)
        if extra is not None:
            parts.append(extra)
        return parts


def _promise_block(
    key: str,
    title: str,
    promises: list[PromiseRow],
    detail: OrganisationDetail,
    today: date,
    styles: Styles,
    width: float,
) -> Block:
    overdue = sum(1 for p in promises if p.is_overdue(today))
    heading = f"{title} ({len(promises)}" + (f", {overdue} overdue)" if overdue else ")")
    due_width, text_width, who_width = styles.columns(width, [96, None, 150])

    def row(promise: PromiseRow) -> list[Flowable]:
        overdue = promise.is_overdue(today)
        if overdue:
            assert promise.due_on is not None
            due = styles.paragraph(
                f"<b>{styles.text(OVERDUE_MARK)}<br/>{short_date(promise.due_on)}</b>",
                styles.cell,
            )
            text_style = styles.cell_bold
        else:
            due = styles.paragraph(
                short_date(promise.due_on) if promise.due_on else "no date", styles.cell
            )
            text_style = styles.cell
        who = promise.holder_name
        if promise.organisation.id != detail.id and promise.holder is None:
            who = promise.organisation.name
        return [
            due,
            styles.paragraph(
                styles.text(
                    styles.fit(promise.description, 2 * (text_width - 6) - 40, bold=overdue)
                ),
                text_style,
            ),
            styles.paragraph(styles.text(styles.fit(who, (who_width - 8) * 2 - 20)), styles.cell),
        ]

    side = "theirs" if key == "theirs" else "ours"
    return TableBlock(
        key,
        heading,
        ["Due", "Promise", "Held by"],
        promises,
        row,
        [due_width, text_width, who_width],
        styles,
        width,
        total=len(promises),
        floor=3,
        more=lambda n: f"…and {plural(n, 'more promise')} of {side} — see the journal.",
        empty="None open.",
        emphasise=lambda promise: promise.is_overdue(today),
    )


def broken_lately(detail: OrganisationDetail) -> list[PromiseRow]:
    """The broken promises, the latest first: each with the reason given (issue 21)."""
    broken = [p for p in detail.promises if p.status is PromiseStatus.BROKEN]
    return sorted(broken, key=lambda p: (p.status_on or p.made_on, p.id), reverse=True)


def renewal_said(promise: PromiseRow) -> str:
    """What became of a broken promise: a new date agreed, or not yet."""
    return "New date agreed" if promise.renewal_id is not None else "No new date yet"


def _broken_block(broken: list[PromiseRow], styles: Styles, width: float) -> Block:
    widths = styles.columns(width, [80, None, 96])

    def row(promise: PromiseRow) -> list[Flowable]:
        whose = "Theirs" if promise.side is Side.THEIRS else "Ours"
        reason = " ".join(promise.status_note.split()) or "no reason recorded"
        text = (
            f"<b>{whose}:</b> {styles.text(styles.fit(promise.description, widths[1] * 2 - 60))}"
            f"<br/>Reason given: {styles.text(clip(reason, 200))}"
        )
        return [
            styles.paragraph(
                short_date(promise.status_on) if promise.status_on else "—", styles.cell
            ),
            styles.paragraph(text, styles.cell),
            styles.paragraph(styles.text(renewal_said(promise)), styles.cell),
        ]

    return TableBlock(
        "broken",
        f"Promises broken, and why ({len(broken)})",
        ["Broken", "Promise, and the reason given", "New date"],
        broken,
        row,
        widths,
        styles,
        width,
        total=len(broken),
        floor=0,
        cap=4,
        more=lambda n: f"…and {plural(n, 'more broken promise')} — see the journal.",
        empty=None,
        quiet_when_none_shown=True,
    )


def _handover_block(
    pending: list[ContactRow],
    handovers: dict[int, HandoverRow],
    today: date,
    styles: Styles,
    width: float,
) -> Block:
    def row(contact: ContactRow) -> list[Flowable]:
        assert contact.left_on is not None
        where = f"Left {short_date(contact.left_on)}"
        if contact.went_to:
            where += f" for {contact.went_to}"
        handover = handovers.get(contact.id)
        if handover is None:
            state = f"<b>{styles.text('⚠ NO HANDOVER YET')}</b>"
        elif handover.introduction_on:
            state = styles.text(f"Introduced {short_date(handover.introduction_on)}")
        else:
            state = styles.text(f"Waiting {days((today - handover.left_on).days)}")
        successor = contact.successor.name if contact.successor else "nobody known yet"
        return [
            styles.paragraph(
                styles.text(clip(f"{contact.display_name}, {contact.role}", 90)), styles.cell
            ),
            styles.paragraph(styles.text(clip(where, 110)), styles.cell),
            styles.paragraph(styles.text(styles.fit(successor, 220)), styles.cell),
            styles.paragraph(state, styles.cell),
        ]

    return TableBlock(
        "handovers",
        f"Handovers to do: someone left ({len(pending)})",
        ["Who left", "When, and where to", "Successor", "Handover"],
        pending,
        row,
        styles.columns(width, [150, None, 120, 112]),
        styles,
        width,
        total=len(pending),
        floor=2,
        cap=6,
        more=lambda n: f"…and {plural(n, 'more handover')} to do — see the journal.",
        empty=None,
    )


def _contact_block(
    contacts: list[ContactRow], detail: OrganisationDetail, styles: Styles, width: float
) -> Block:
    widths = contact_columns(styles, width)

    def row(contact: ContactRow) -> list[Flowable]:
        return contact_cells(contact, detail.id, styles, widths[2] - 6)

    return TableBlock(
        "contacts",
        f"Key contacts ({len(contacts)})",
        ["Name and role", "Phone", "Email", "Prefers"],
        contacts,
        row,
        widths,
        styles,
        width,
        total=len(contacts),
        floor=4,
        more=lambda n: f"…and {plural(n, 'more contact')} — see the journal.",
        empty="No contacts recorded yet: who is the right person to talk to?",
    )


def _email(address: str, width: float, styles: Styles, *, bold: bool = True) -> str:
    """An address in lines that fit its column, broken after the @ and before a dot or
    a hyphen, never after one: a line ending in "." reads as the end of the address."""
    address = clip(address, 90)
    if not address:
        return "—"
    if styles.width(address, bold=bold) <= width:
        return styles.text(address)
    user, at, domain = address.partition("@")
    pieces = re.split(r"(?=[.-])", user) + ([at] if at else [])
    lines: list[str] = []
    line = ""
    for piece in pieces:
        if line and styles.width(line + piece, bold=bold) > width:
            lines.append(line)
            line = ""
        line += piece
    if at:  # the domain always starts a line of its own
        lines.append(line)
        line = ""
    for piece in re.split(r"(?=[.-])", domain) if at else []:
        if line and styles.width(line + piece, bold=bold) > width:
            lines.append(line)
            line = ""
        line += piece
    if line:
        lines.append(line)
    return "<br/>".join(styles.text(part) for part in lines)


def _leaver_block(contacts: list[ContactRow], styles: Styles, width: float) -> Block:
    def row(contact: ContactRow) -> list[Flowable]:
        assert contact.left_on is not None
        text = f"<b>{LEFT_MARK}</b> {short_date(contact.left_on)}"
        if contact.went_to:
            text += styles.text(f" for {clip(contact.went_to, 80)}")
        if contact.successor:
            text += styles.text(f" · successor: {contact.successor.name}")
        return [
            styles.paragraph(
                styles.text(clip(f"{contact.display_name}, {contact.role}", 90)), styles.cell
            ),
            styles.paragraph(text, styles.cell),
        ]

    return TableBlock(
        "left",
        f"Contacts who left, with handover done ({len(contacts)})",
        ["Name", "Left, and successor"],
        contacts,
        row,
        styles.columns(width, [200, None]),
        styles,
        width,
        total=len(contacts),
        floor=0,
        cap=5,
        more=lambda n: f"…and {n} more who left — see the journal.",
        empty=None,
    )


def _meeting_block(meetings: list[Any], count: int, styles: Styles, width: float) -> Block:
    widths = styles.columns(width, [80, 118, None])

    def row(meeting: Any) -> list[Flowable]:
        title = styles.fit(meeting.title or "(no title)", widths[2] - 8)
        return [
            styles.paragraph(short_date(meeting.occurred_on), styles.cell),
            styles.paragraph(styles.text(meeting.kind.label), styles.cell),
            styles.paragraph(styles.text(title), styles.cell),
        ]

    held = max(count, len(meetings))
    return TableBlock(
        "meetings",
        f"Last meetings ({held} in all)",
        ["Date", "Kind", "About"],
        meetings,
        row,
        widths,
        styles,
        width,
        total=held,
        floor=3,
        cap=6,
        more=lambda n: f"…and {plural(n, 'earlier meeting')} — see the journal.",
        empty="No meetings recorded yet.",
    )


def outcome_block(outcomes: Sequence[OutcomeRow], styles: Styles, width: float) -> Block:
    """What the relationship achieved, newest first: the day, the title with any
    funding leveraged, and its kind and who it benefits (a long one on two lines).
    Left off when there is none, or no room: the Relationship line counts them."""
    widths = styles.columns(width, [80, None, 170])

    def row(outcome: OutcomeRow) -> list[Flowable]:
        amount = f" — <b>{styles.text(outcome.amount)}</b>" if outcome.amount else ""
        kind = f"{outcome.kind.label}, for {outcome.beneficiary.label.lower()}"
        return [
            styles.paragraph(short_date(outcome.achieved_on), styles.cell),
            styles.paragraph(styles.text(clip(outcome.title, 160)) + amount, styles.cell),
            styles.paragraph(styles.text(kind), styles.cell),
        ]

    funding = total_pence(outcomes)
    leveraged = f"; {pounds(funding)} of funding leveraged" if funding else ""
    return TableBlock(
        "outcomes",
        f"Outcomes ({len(outcomes)}{leveraged})",
        ["Achieved", "What the relationship achieved", "Kind, and for whom"],
        list(outcomes),
        row,
        widths,
        styles,
        width,
        total=len(outcomes),
        floor=0,
        cap=6,
        more=lambda n: f"…and {plural(n, 'earlier outcome')} — see the journal.",
        empty=None,
        quiet_when_none_shown=True,  # the header's line says how many, and the latest
    )


class CheckInBlock(Block):
    """The latest check-in with each criterion's chart (the pack's pages); on a page
    with no room for the chart, the summary's compact line instead, so it is never lost."""

    def __init__(self, rows: Sequence[CheckInRow], styles: Styles, width: float) -> None:
        self.key = "check_ins"
        self.rows = rows
        self.styles = styles
        self.width = width
        self.total = self.floor = self.available = 1 if rows else 0
        self.versions: dict[int, list[Flowable]] = {}
        self.heights: dict[int, float] = {}

    def make(self, count: int) -> list[Flowable]:
        if not self.rows:
            return []
        if count not in self.versions:
            styles = self.styles
            if count:
                self.versions[count] = check_in_table(self.rows, styles, self.width)
            else:
                line = f"<b>Latest check-in</b> {compact_check_in(self.rows, styles)}"
                self.versions[count] = [styles.paragraph(line, styles.body)]
        return self.versions[count]

    def height(self, count: int) -> float:
        if count not in self.heights:
            self.heights[count] = _measure(self.make(count), self.width, TALL)
        return self.heights[count]


class TextBlock(Block):
    """A heading and a text that grows in steps (a third, two thirds, all of ``limit``)
    as the page has room, so a crowded page still shows its beginning."""

    def __init__(
        self,
        key: str,
        heading: str,
        text: str,
        limit: int,
        styles: Styles,
        width: float,
        floor: int,
        *,
        say_when_empty: bool = True,
    ) -> None:
        text = " ".join((text or "").split())
        self.key = key
        self.heading = heading
        self.floor = floor
        self.styles = styles
        self.width = width
        self.text = text
        self.title: Paragraph | None = None
        if not text and not say_when_empty:
            self.total, self.available, self.lengths = 0, 0, []
            self.floor = 0
        elif not text:
            self.total, self.available, self.lengths = 1, 1, [0]
        else:
            self.lengths = sorted({min(len(text), limit * step // 3) for step in (1, 2, 3)})
            self.total, self.available = 1, len(self.lengths)
        self.versions: dict[int, list[Flowable]] = {}
        self.heights: dict[int, float] = {}

    def make(self, count: int) -> list[Flowable]:
        if not count:
            if not self.text:
                return []
            # Never gone without a word: a page too full for even the beginning says so.
            if 0 not in self.versions:
                self.versions[0] = [
                    self.styles.paragraph(
                        self.styles.text(f"{self.heading}: {LEFT_OUT_TEXT}"), self.styles.bold
                    )
                ]
            return self.versions[0]
        if count not in self.versions:
            styles = self.styles
            if self.title is None:
                self.title = styles.paragraph(styles.text(self.heading), styles.heading)
            if not self.text:
                body = styles.paragraph("None recorded yet.", styles.body)
            else:
                body = styles.paragraph(
                    styles.text(clip(self.text, self.lengths[count - 1])), styles.body
                )
            self.versions[count] = [self.title, body]
        return self.versions[count]

    def height(self, count: int) -> float:
        if count not in self.heights:
            self.heights[count] = _measure(self.make(count), self.width, TALL)
        return self.heights[count]
