"""The note of a meeting: one page, and an email draft to those who came (issue 21).

Residents "ask for everything in writing" (DOMAIN.md): after a meeting the partnership
sends a note of it — who came, what was discussed and decided, what each side promised,
who and by when — so both sides hold the same record. :func:`build_note` prints it on
one page whatever the meeting held (the summary's way: rows dealt to each part in turn,
"…and 3 more" for what did not fit); :func:`email_draft` writes the same content as
plain text, addressed to their people who came and have an email address, with the PDF
attached and ``X-Unsent: 1`` so a mail program opens it as a draft. Nothing is sent by
BigJournal: the volunteer sends it from their own mail program. :func:`mailto_url` is
for a computer with no program for ``.eml`` files (no attachment can go in it).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from email import policy
from email.errors import HeaderParseError, MessageDefect
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from urllib.parse import quote

from reportlab.platypus import Flowable, Paragraph, Table

from bigjournal import wording
from bigjournal.journal.meeting_notes import MeetingNote, read_meeting_note
from bigjournal.journal.records import ContactRow, PromiseRow, Ref
from bigjournal.model.vocabulary import PromiseStatus, Side
from bigjournal.reports.fonts import FontSet, report_fonts
from bigjournal.reports.output import Destination, atomic_pdf
from bigjournal.reports.page import Footer, ReportDocument, footer_extra_lines, frame_size
from bigjournal.reports.scripts import collecting_unprintable
from bigjournal.reports.style import (
    OVERDUE_MARK,
    Styles,
    long_date,
    make_styles,
    page_size,
    plural,
    short_date,
)

# The summary's parts of a page that fits, shared rather than copied: its blocks,
# measured row by row, and the guard that makes one page certain (reports/summary.py).
from bigjournal.reports.summary import (
    MAX_CANDIDATES,
    TALL,
    Block,
    FittedPage,
    TableBlock,
    _measure,
    guard,
)
from bigjournal.store import Journal

PURPOSE = "Note of the meeting"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: The longest text of notes or decisions a page is given; longer is cut, and says so.
TEXT_LIMIT = 2400
#: The lengths a text grows by as the page has room, in tenths of the limit: the first
#: is a few lines, so a crowded page keeps its room for the promises.
STEPS = (1, 3, 6, 10)
#: What the mailto: link may hold: longer links are cut by some mail programs and
#: refused by Windows (about 2,000 characters), so a long body gives way to a short one.
MAILTO_LIMIT = 1800
#: An address a mail program accepts: something, an @, and a domain with a dot.
_ADDRESS = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")


def said_day(on: date) -> str:
    """Monday 24 March 2025, whatever the computer's language settings."""
    return f"{WEEKDAYS[on.weekday()]} {long_date(on)}"


def when_said(note: MeetingNote) -> str:
    meeting = note.meeting
    at = f" at {meeting.starts_at:%H:%M}" if meeting.starts_at else ""
    return said_day(meeting.occurred_on) + at


def subject_of(note: MeetingNote) -> str:
    """ "Note of our meeting on 24 March 2025: Fly-tipping behind the shops"."""
    title = " ".join(note.meeting.title.split())
    return f"Note of our meeting on {long_date(note.meeting.occurred_on)}" + (
        f": {title}" if title else ""
    )


def file_stem(note: MeetingNote) -> str:
    """A file name anyone can type: "Note of the meeting 2025-03-24 Fly-tipping behind…"."""
    title = "".join(c if c.isalnum() or c in " -_" else " " for c in note.meeting.title)
    stem = f"Note of the meeting {note.meeting.occurred_on.isoformat()} {' '.join(title.split())}"
    return stem[:90].strip()


# --- who, what and by when, in words both the page and the email use ------------------


def contact_said(contact: ContactRow) -> str:
    """ "Gareth Lloyd, Community Development Manager, Community Development Team"."""
    parts = [contact.display_name, contact.role.strip(), contact.organisation.name]
    return ", ".join(p for p in parts if p)


def promiser(promise: PromiseRow, note: MeetingNote) -> str:
    """Who promised it: the person, else their organisation (or, ours, the partnership);
    and who holds it now, when it has been handed on since."""
    theirs = promise.side is Side.THEIRS
    several = len(note.meeting.organisations) > 1
    if promise.made_by is not None:
        who = person(promise.made_by, note, contact=theirs)
        if several and theirs:
            who += f" ({promise.organisation.name})"
    elif theirs:
        who = promise.organisation.name
    else:
        who = note.partnership.name
    if promise.holder is not None and (
        promise.made_by is None or promise.holder.id != promise.made_by.id
    ):
        who += f"; now {person(promise.holder, note, contact=theirs)}"
    return who


def promisee(promise: PromiseRow, note: MeetingNote) -> str:
    """Whom it was promised to, if the volunteer said ("" if not)."""
    if promise.made_to is None:
        return ""
    return person(promise.made_to, note, contact=promise.side is not Side.THEIRS)


def person(ref: Ref, note: MeetingNote, *, contact: bool) -> str:
    """A person as the note names them: one of their people who came with their title
    ("Dr Fiona Marsh"), anyone else by name."""
    if contact:
        return next((c.display_name for c in note.contacts if c.id == ref.id), ref.name)
    return ref.name


def due_said(promise: PromiseRow) -> str:
    return short_date(promise.due_on) if promise.due_on else "no date set"


def since_said(promise: PromiseRow, today: date) -> str:
    """Where the promise stands now, for a note reprinted later ("" while open, on time)."""
    if promise.status is PromiseStatus.OPEN:
        return OVERDUE_MARK if promise.is_overdue(today) else ""
    words = promise.status_words(today, with_reason=False)
    return words[:1].upper() + words[1:]


# --- the page -----------------------------------------------------------------------


def build_note(
    note: MeetingNote,
    out: Destination,
    *,
    paper: str | None = None,
    fonts: FontSet | None = None,
    print_size: int | None = None,
) -> FittedPage:
    """Write the one-page note as a PDF to ``out`` (a path or a binary file); the file
    appears under its name only once complete (``atomic_pdf``)."""
    with collecting_unprintable() as unprintable:
        styles = make_styles(fonts or report_fonts(), print_size or note.partnership.print_size)
        pagesize = page_size(paper or note.partnership.paper_size)
        partnership = note.partnership.name
        footer = Footer(
            left=f"{PURPOSE} · {partnership}",
            right=f"Printed {long_date(note.today)}",
            note=f"Written by {partnership} after the meeting. Please tell us if anything "
            "here is wrong or missing.",
        )
        extra = footer_extra_lines(footer, styles, pagesize)
        width, height = frame_size(pagesize, extra, styles)
        fitted = note_page(note, styles, width, height)
        if fitted.omitted:  # the one place that says where the rest is
            footer = replace(
                footer,
                note=f"Shortened to fit one page: ask {partnership} for the full note. "
                "Please tell us if anything here is wrong or missing.",
            )
        with atomic_pdf(out) as target:
            document = ReportDocument(
                target,
                pagesize=pagesize,
                styles=styles,
                footer=lambda _page: footer,
                extra_footer_lines=extra,
                title=f"{PURPOSE}: {note.meeting.title}",
                author=partnership,
                subject=subject_of(note),
                numbered=False,
            )
            document.build([guard(fitted, width, height)])
    fitted.unprintable = list(unprintable)
    return fitted


def note_page(note: MeetingNote, styles: Styles, width: float, height: float) -> FittedPage:
    """What goes on the page so that it fits ``width`` × ``height`` points.

    The parts are printed in the meeting's order (who came, what was discussed and
    decided, the promises) but share the room in order of importance: the promises
    first, then the decisions, who came, and the discussion.
    """
    header = _header(note, styles, width)
    fixed = _measure(header, width, height)
    blocks = _blocks(note, styles, width)
    by_importance = [blocks[k] for k in IMPORTANCE]
    shown = deal(by_importance, height - fixed)
    while True:
        flowables = list(header)
        for block in blocks.values():
            flowables += block.make(shown[block.key])
        total = _measure(flowables, width, height)
        reducible = [b for b in reversed(by_importance) if shown[b.key] > 0]
        if total <= height or not reducible:
            break
        shown[reducible[0].key] -= 1  # a rounding surprise: one row less of the least needed
    omitted = {b.key: b.total - shown[b.key] for b in by_importance if b.total > shown[b.key]}
    available = {b.key: b.available for b in by_importance}
    return FittedPage(flowables, total, shown, omitted, available)


#: The parts of the page, most needed first.
IMPORTANCE = ("theirs", "ours", "decided", "came", "we_came", "talked")
#: How far each part is given rows before the next round starts: a first row (or a
#: first few lines) each, then the promises a few rows, then the rest a few, then all.
ROUNDS: tuple[dict[str, int], ...] = (
    dict.fromkeys(IMPORTANCE, 1),
    {"theirs": 4, "ours": 4},
    {"decided": 2, "came": 3, "we_came": 3, "talked": 2},
    dict.fromkeys(IMPORTANCE, MAX_CANDIDATES),
)


def deal(blocks: Sequence[Block], room: float) -> dict[str, int]:
    """Rows dealt one at a time to each part in turn, round by round (:data:`ROUNDS`),
    while the page has room: a crowded meeting still shows some of everything, and the
    promises before a fourth line of the discussion."""
    shown = {b.key: 0 for b in blocks}
    heights = {b.key: b.height(0) for b in blocks}
    for limits in ROUNDS:
        growing = [b for b in blocks if shown[b.key] < min(limits.get(b.key, 0), b.available)]
        while growing:
            for block in list(growing):
                key = block.key
                grown = block.height(shown[key] + 1)
                if sum(heights.values()) - heights[key] + grown > room:
                    growing.remove(block)
                    continue
                heights[key] = grown
                shown[key] += 1
                if shown[key] >= min(limits[key], block.available):
                    growing.remove(block)
    return shown


def _header(note: MeetingNote, styles: Styles, width: float) -> list[Flowable]:
    """The title, the meeting's title, and when, where and between whom, each value on
    at most the lines it is given (the room goes to what was said and promised)."""
    meeting = note.meeting
    label_width = styles.columns(width, [70, None])[0]
    room = width - label_width - 10
    facts = [
        ("When", f"{when_said(note)} · {meeting.kind.label}", 1),
        ("Where", meeting.location or "Not recorded", 1),
        ("Between", between(note), 2),
    ]
    table = Table(
        [
            [
                styles.paragraph(label, styles.cell_bold),
                styles.paragraph(styles.text(styles.fit(value, lines * room - 30)), styles.cell),
            ]
            for label, value, lines in facts
        ],
        colWidths=[label_width, width - label_width],
        style=styles.facts_box(),
    )
    title = styles.fit(meeting.title, 2 * width - 60, styles.heading.fontSize, True)
    return [
        styles.paragraph(PURPOSE, styles.title),
        styles.paragraph(styles.text(title), styles.heading),
        table,
    ]


def between(note: MeetingNote) -> str:
    """ "Millbrook Big Local and Ashford Vale Borough Council, Parks and Open Spaces"."""
    return f"{note.partnership.name} and " + ", ".join(o.name for o in note.meeting.organisations)


def _blocks(note: MeetingNote, styles: Styles, width: float) -> dict[str, Block]:
    meeting = note.meeting
    return {
        block.key: block
        for block in (
            _their_people(note.contacts, styles, width),
            _our_people(note, styles, width),
            NoteText("talked", "What was discussed", meeting.notes, styles, width),
            NoteText("decided", "What was decided", meeting.decisions, styles, width),
            _promises("theirs", "They promised", note.their_promises, note, styles, width),
            _promises("ours", "We promised", note.our_promises, note, styles, width),
        )
    }


def _their_people(contacts: Sequence[ContactRow], styles: Styles, width: float) -> Block:
    widths = styles.columns(width, [None, 170, 170])

    def row(contact: ContactRow) -> list[Flowable]:
        return [
            styles.paragraph(
                styles.text(styles.fit(contact.display_name, 2 * widths[0] - 20)), styles.cell
            ),
            styles.paragraph(
                styles.text(styles.fit(contact.role or "—", 2 * widths[1] - 20)), styles.cell
            ),
            styles.paragraph(
                styles.text(styles.fit(contact.organisation.name, 2 * widths[2] - 20)),
                styles.cell,
            ),
        ]

    return TableBlock(
        "came",
        f"Who came from the organisations ({len(contacts)})",
        ["Name", "Role", "Organisation"],
        contacts,
        row,
        widths,
        styles,
        width,
        total=len(contacts),
        floor=3,
        more=lambda n: f"…and {n} more of their people.",
        empty="Nobody from their side was recorded.",
    )


def _our_people(note: MeetingNote, styles: Styles, width: float) -> Block:
    widths = styles.columns(width, [None, 220])
    members = note.members

    def row(member: Any) -> list[Flowable]:
        return [
            styles.paragraph(styles.text(styles.fit(member.name, 2 * widths[0] - 20)), styles.cell),
            styles.paragraph(styles.text(member.role.label), styles.cell),
        ]

    return TableBlock(
        "we_came",
        styles.fit(
            f"Who came from {note.partnership.name} ({len(members)})",
            width,
            styles.heading.fontSize,
            True,
        ),
        ["Name", "Role in the partnership"],
        members,
        row,
        widths,
        styles,
        width,
        total=len(members),
        floor=3,
        more=lambda n: f"…and {n} more of us.",
        empty="Nobody from our side was recorded.",
    )


def _promises(
    key: str,
    title: str,
    promises: Sequence[PromiseRow],
    note: MeetingNote,
    styles: Styles,
    width: float,
) -> Block:
    what_width, who_width, due_width = (
        styles.columns(width, [None, 160, 96])
        if styles.scale == 1
        else (width * 0.46, width * 0.32, width * 0.22)  # large print: the words first
    )
    today = note.today

    def row(promise: PromiseRow) -> list[Flowable]:
        since = since_said(promise, today)
        due = styles.text(due_said(promise))
        if since:
            due += "<br/>" + (
                f"<b>{styles.text(since)}</b>"
                if since == OVERDUE_MARK
                else styles.text(styles.fit(since, due_width - 8))
            )
        who = styles.text(styles.fit(promiser(promise, note), 2 * (who_width - 8) - 20))
        if promise.made_to is not None:
            who += "<br/>" + styles.text(styles.fit(f"to {promisee(promise, note)}", who_width - 8))
        return [
            styles.paragraph(
                styles.text(styles.fit(promise.description, 2 * (what_width - 8) - 40)),
                styles.cell,
            ),
            styles.paragraph(who, styles.cell),
            styles.paragraph(due, styles.cell),
        ]

    whose = "they made" if key == "theirs" else "we made"
    return TableBlock(
        key,
        f"{title} ({len(promises)})",
        ["What", "Who", "By when"],
        promises,
        row,
        [what_width, who_width, due_width],
        styles,
        width,
        total=len(promises),
        floor=4,
        more=lambda n: f"…and {plural(n, 'more promise')} {whose}.",
        empty="No promises.",
    )


class NoteText(Block):
    """Notes or decisions: a heading and the text with its line breaks, growing in
    :data:`STEPS` of :data:`TEXT_LIMIT` as the page has room; cut text says it was cut."""

    def __init__(self, key: str, heading: str, text: str, styles: Styles, width: float) -> None:
        self.key = key
        self.heading = heading
        self.styles = styles
        self.width = width
        # Paragraphs kept (a list of decisions reads as one), blank lines dropped.
        lines = [" ".join(line.split()) for line in (text or "").splitlines()]
        self.text = "\n".join(line for line in lines if line)
        length = len(self.text)
        self.lengths = sorted({min(length, TEXT_LIMIT * share // 10) for share in STEPS})
        if not self.text:
            self.lengths = [0]
        self.total = 1
        self.floor = 1
        self.available = len(self.lengths)
        self.versions: dict[int, list[Flowable]] = {}
        self.heights: dict[int, float] = {}
        self.title: Paragraph | None = None

    def cut(self, count: int) -> str:
        """The text at its ``count``-th length, cut at a word, saying so when cut."""
        limit = self.lengths[count - 1]
        if len(self.text) <= limit:
            return self.text
        kept = self.text[:limit].rsplit(" ", 1)[0] or self.text[:limit]
        left = len(self.text[len(kept) :].split())
        return f"{kept.rstrip(',;:.')}… (and {wording.count(left, 'more word')})"

    def make(self, count: int) -> list[Flowable]:
        if count not in self.versions:
            self.versions[count] = self._made(count)
        return self.versions[count]

    def _made(self, count: int) -> list[Flowable]:
        styles = self.styles
        if not count:  # never gone without a word: one line saying so
            said = "no room on this page." if self.text else "none recorded."
            return [styles.paragraph(styles.text(f"{self.heading}: {said}"), styles.bold)]
        if self.title is None:
            self.title = styles.paragraph(styles.text(self.heading), styles.heading)
        body = "None recorded."
        if self.text:
            body = "<br/>".join(styles.text(line) for line in self.cut(count).split("\n"))
        return [self.title, styles.paragraph(body, styles.body)]

    def height(self, count: int) -> float:
        if count not in self.heights:
            self.heights[count] = _measure(self.make(count), self.width, TALL)
        return self.heights[count]


# --- the email draft ------------------------------------------------------------------


@dataclass(frozen=True)
class Addressee:
    """One of their people the draft is addressed to."""

    name: str
    email: str
    organisation: str


@dataclass(frozen=True)
class EmailDraft:
    """The note as an email, and whom it reaches: ``to`` are addressed; the others are
    named so the volunteer can hand them a printed copy or correct their address."""

    subject: str
    body: str
    to: tuple[Addressee, ...]
    #: Their people who came with no email address in the journal.
    no_email: tuple[str, ...] = ()
    #: Their people whose address does not look like one: (name, what was typed).
    bad_email: tuple[tuple[str, str], ...] = ()
    #: Their people who came but have left their organisation since.
    left: tuple[str, ...] = ()

    def advice(self) -> list[str]:
        """What the volunteer should know before sending, in plain sentences."""
        said: list[str] = []
        if not self.to:
            said.append(
                "Nobody from their side who came has an email address in the journal, so "
                "the draft is addressed to nobody yet: add the addresses in your mail "
                "program, or give a printed copy."
            )
        if self.no_email:
            has = "has" if len(self.no_email) == 1 else "have"
            said.append(
                f"{_listed(self.no_email)} {has} no email address: give them a printed copy."
            )
        for name, typed in self.bad_email:
            if _ADDRESS.match(typed) and not typed.rpartition("@")[0].isascii():
                said.append(
                    f"{name}'s email address “{typed}” has letters BigJournal cannot put in "
                    "a draft, so it was left out: type it into the email yourself."
                )
                continue
            said.append(
                f"{name}'s email address “{typed}” does not look like one, so it was left "
                "out: correct it in Contacts, or give them a printed copy."
            )
        if self.left:
            has = "has" if len(self.left) == 1 else "have"
            said.append(
                f"{_listed(self.left)} {has} left since the meeting, so the draft is not "
                "addressed to them."
            )
        return said


def _listed(names: Sequence[str]) -> str:
    names = list(names)
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def usable_address(address: str) -> str | None:
    """The address as a mail program takes it (a domain in other letters as its ASCII
    form), or None when it cannot be one, or has a name part beyond ASCII, which
    Python's email package cannot yet put in a header."""
    address = address.strip()
    if not _ADDRESS.match(address):
        return None
    local, _at, domain = address.rpartition("@")
    if not local.isascii():
        return None
    try:
        domain = domain if domain.isascii() else domain.encode("idna").decode("ascii")
        Address(addr_spec=f"{local}@{domain}")
    except (ValueError, UnicodeError, HeaderParseError, MessageDefect, IndexError):
        return None
    return f"{local}@{domain}"


def email_draft(note: MeetingNote) -> EmailDraft:
    """Whom the note goes to (their people who came, with an address) and its words."""
    to: list[Addressee] = []
    no_email: list[str] = []
    bad: list[tuple[str, str]] = []
    left: list[str] = []
    for contact in note.contacts:
        if contact.left_on is not None and contact.left_on > note.meeting.occurred_on:
            left.append(contact.display_name)
            continue
        typed = next((e for e in contact.emails if e.strip()), "")
        if not typed:
            no_email.append(contact.display_name)
            continue
        address = usable_address(typed)
        if address is None:
            bad.append((contact.display_name, typed.strip()))
            continue
        to.append(Addressee(contact.display_name, address, contact.organisation.name))
    return EmailDraft(
        subject=subject_of(note),
        body=note_text(note),
        to=tuple(to),
        no_email=tuple(no_email),
        bad_email=tuple(bad),
        left=tuple(left),
    )


def note_text(note: MeetingNote, *, attached: bool = True) -> str:
    """The note as plain text, in full (an email has no page to fill)."""
    meeting = note.meeting
    partnership = note.partnership.name
    lines = [
        "Hello,",
        "",
        f"Thank you for meeting us. This is {partnership}'s note of our meeting on "
        f"{said_day(meeting.occurred_on)}: who came, what was discussed and decided, and "
        "what each of us promised. Please tell us if anything is wrong or missing.",
        "",
        meeting.title,
        " · ".join(p for p in (when_said(note), meeting.kind.label, meeting.location) if p.strip()),
        f"With: {', '.join(o.name for o in meeting.organisations)}",
        "",
        "WHO CAME",
    ]
    lines += [f"- {contact_said(c)}" for c in note.contacts] or ["- Nobody from your side"]
    lines += [f"- {m.name}, {m.role.label}, {partnership}" for m in note.members] or [
        f"- Nobody from {partnership}"
    ]
    for heading, text in (
        ("WHAT WAS DISCUSSED", meeting.notes),
        ("WHAT WAS DECIDED", meeting.decisions),
    ):
        lines += ["", heading]
        kept = [line.rstrip() for line in (text or "").strip().splitlines()]
        lines += kept or ["None recorded."]
    for heading, promises in (
        ("THEY PROMISED", note.their_promises),
        ("WE PROMISED", note.our_promises),
    ):
        lines += ["", heading]
        if not promises:
            lines.append("- No promises.")
        for promise in promises:
            to = f", to {promisee(promise, note)}" if promise.made_to else ""
            by = f"by {due_said(promise)}" if promise.due_on else "no date set"
            since = since_said(promise, note.today)
            if since:
                since = (
                    " (overdue)" if since == OVERDUE_MARK else f" ({since[:1].lower()}{since[1:]})"
                )
            lines.append(f"- {promise.description} — {promiser(promise, note)}{to}, {by}{since}")
    lines += [""]
    if attached:
        lines += ["The same note is attached as a one-page PDF, for printing.", ""]
    lines += ["With best wishes,", partnership, ""]
    return "\n".join(lines)


def email_message(draft: EmailDraft, pdf: bytes | None, pdf_name: str) -> EmailMessage:
    """The RFC 5322 message: To, Subject, the text, the PDF attached, ``X-Unsent: 1``."""
    message = EmailMessage(policy=policy.default)
    if draft.to:
        message["To"] = [Address(display_name=a.name, addr_spec=a.email) for a in draft.to]
    message["Subject"] = draft.subject
    # Outlook and others open a message with this header as a draft to send.
    message["X-Unsent"] = "1"
    message.set_content(draft.body)
    if pdf is not None:
        message.add_attachment(pdf, maintype="application", subtype="pdf", filename=pdf_name)
    return message


def eml_bytes(message: EmailMessage) -> bytes:
    """The message as a file, as mail travels: CRLF line ends, every header in ASCII
    (names in other letters encoded, RFC 2047), the text as UTF-8."""
    return message.as_bytes(policy=policy.SMTP)


def mailto_url(draft: EmailDraft, *, pdf_path: str | Path | None = None) -> str:
    """A ``mailto:`` link opening a new email to the same people with the same subject
    and as much of the note as a link may carry (never the attachment: say where it is)."""
    to = ",".join(quote(a.email, safe="@") for a in draft.to)
    where = (  # for the volunteer, who writes the email: in brackets, to replace
        f"[Attach the note of the meeting here: {pdf_path}]"
        if pdf_path
        else "[Attach the note of the meeting here: save it as a PDF first]"
    )
    body = draft.body.replace("The same note is attached as a one-page PDF, for printing.", where)

    def made(text: str) -> str:
        return f"mailto:{to}?subject={quote(draft.subject, safe='')}&body={quote(text, safe='')}"

    url = made(body)
    if len(url) <= MAILTO_LIMIT:
        return url
    short = (
        f"Hello,\n\nThis is our note of the meeting on {draft.subject.split(' on ', 1)[-1]}."
        f"\n\n{where}\n\nPlease tell us if anything is wrong or missing.\n"
    )
    return made(short)


# --- both at once, for the command line and the window ----------------------------------


@dataclass
class NoteMade:
    """What was written, and to whom the draft is addressed."""

    draft: EmailDraft
    fitted: FittedPage
    pdf: Path | None = None
    eml: Path | None = None
    mailto: str = ""
    attachment_name: str = ""
    unprintable: list[str] = field(default_factory=list)


def make_note(
    note: MeetingNote,
    *,
    pdf: Path | None = None,
    eml: Path | None = None,
    paper: str | None = None,
    print_size: int | None = None,
) -> NoteMade:
    """Print the note to ``pdf`` and/or write the email draft (with the PDF) to ``eml``.

    The PDF is built once: into its file, or in memory when only the draft is wanted.
    """
    from bigjournal.store.files import write_atomically

    attachment = f"{file_stem(note)}.pdf"
    if pdf is not None:
        fitted = build_note(note, pdf, paper=paper, print_size=print_size)
        data = pdf.read_bytes() if eml is not None else None
    else:
        buffer = io.BytesIO()
        fitted = build_note(note, buffer, paper=paper, print_size=print_size)
        data = buffer.getvalue()
    draft = email_draft(note)
    if eml is not None:
        write_atomically(eml, eml_bytes(email_message(draft, data, attachment)))
    return NoteMade(
        draft=draft,
        fitted=fitted,
        pdf=pdf,
        eml=eml,
        mailto=mailto_url(draft, pdf_path=pdf),
        attachment_name=attachment,
        unprintable=fitted.unprintable,
    )


def make_meeting_note(
    journal: Journal,
    meeting_id: int,
    *,
    pdf: Path | None = None,
    eml: Path | None = None,
    today: date | None = None,
    paper: str | None = None,
    print_size: int | None = None,
) -> NoteMade:
    """Read the meeting (one transaction) and write its note: see :func:`make_note`."""
    note = read_meeting_note(journal, meeting_id, today=today)
    return make_note(note, pdf=pdf, eml=eml, paper=paper, print_size=print_size)
