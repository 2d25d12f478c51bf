"""Plain, immutable results of the use cases.

The GUI, the command line and the reports read these, never ORM objects, so no
caller can trigger a lazy load or hold a session open by accident.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from enum import Enum

from bigjournal.model.vocabulary import (
    ContactKind,
    CouncilTier,
    MeetingKind,
    MemberRole,
    OrganisationKind,
    PreferredContact,
    PromiseStatus,
    Purpose,
    RelationshipType,
    Side,
)


def _day(on: date | None) -> str:
    # Not "%-d": that is a glibc extension and raises on Windows.
    return f"{on.day} {on:%b %Y}" if on else ""


@dataclass(frozen=True, slots=True)
class Ref:
    """A named pointer to a record, enough to show it and open it."""

    id: int
    uuid: str
    name: str


@dataclass(frozen=True, slots=True)
class TrackRecord:
    """How promises have gone: of those that fell due, how many were kept.

    ``due`` counts promises kept, broken, or still open past their due date;
    released promises (let go by agreement) count for neither side.
    """

    kept_on_time: int = 0
    kept_late: int = 0
    broken: int = 0
    overdue: int = 0
    open_not_due: int = 0
    released: int = 0

    @property
    def kept(self) -> int:
        return self.kept_on_time + self.kept_late

    @property
    def due(self) -> int:
        return self.kept + self.broken + self.overdue

    def sentence(self, side: Side) -> str:
        """The track record as one sentence: "They kept 19 of 21 promises that fell
        due; 6 of those late; 2 broken." (``side``: whose promises these are)."""
        who = "They" if side is Side.THEIRS else "We"
        if self.due == 0:
            return f"{who} have no promises that fell due yet."
        made = "promise" if self.due == 1 else "promises"
        parts = [f"{who} kept {self.kept:,} of {self.due:,} {made} that fell due"]
        if self.kept_late:
            parts.append(f"{self.kept_late:,} of those late")
        if self.broken:
            parts.append(f"{self.broken:,} broken")
        if self.overdue:
            parts.append(f"{self.overdue:,} overdue")
        return "; ".join(parts) + "."

    def describe(self) -> str:
        if self.due == 0:
            return "no promises due yet"
        parts = [f"kept {self.kept} of {self.due}"]
        if self.kept_late:
            parts.append(f"{self.kept_late} late")
        if self.broken:
            parts.append(f"{self.broken} broken")
        if self.overdue:
            parts.append(f"{self.overdue} overdue")
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class TrackRecords:
    """Theirs and ours, side by side: accountability goes both ways."""

    theirs: TrackRecord
    ours: TrackRecord

    def sentences(self) -> tuple[str, str]:
        """Theirs and ours, one sentence each (:meth:`TrackRecord.sentence`)."""
        return self.theirs.sentence(Side.THEIRS), self.ours.sentence(Side.OURS)


class HealthWord(Enum):
    """How a relationship is doing, in a word (issue 21): never a bare number.

    Listed worst first, so a list sorted by health starts with what needs care.
    """

    AT_RISK = "at_risk"
    NEEDS_ATTENTION = "needs_attention"
    STEADY = "steady"
    GROWING = "growing"
    JUST_STARTING = "just_starting"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()

    @property
    def rank(self) -> int:
        """0 for at risk … 4 for just starting: the order a list sorted by health takes."""
        return list(HealthWord).index(self)


@dataclass(frozen=True, slots=True)
class Health:
    """A relationship's health: a word and the reasons for it, from what the journal
    knows (:mod:`bigjournal.journal.health`)."""

    word: HealthWord
    reasons: tuple[str, ...] = ()

    def describe(self) -> str:
        """ "Growing: contact every 4 weeks kept; they kept 5 of 6 promises"."""
        if not self.reasons:
            return self.word.label
        return f"{self.word.label}: {'; '.join(self.reasons)}"


@dataclass(frozen=True, slots=True)
class PromiseRow:
    id: int
    uuid: str
    description: str
    side: Side
    organisation: Ref
    made_by: Ref | None
    made_to: Ref | None
    holder: Ref | None
    made_on: date
    due_on: date | None
    status: PromiseStatus
    status_on: date | None
    status_note: str
    interaction_id: int | None
    version: int
    #: The broken promise this one gives a new date to (revision 0008), if any.
    renewed_from_id: int | None = None
    #: The promise that gave this broken one a new date, if one was agreed.
    renewal_id: int | None = None

    def is_overdue(self, today: date) -> bool:
        return self.status is PromiseStatus.OPEN and self.due_on is not None and self.due_on < today

    @property
    def days_late(self) -> int:
        """How many days after its due date a kept promise was kept (0: on time)."""
        if self.status is not PromiseStatus.KEPT or self.due_on is None or self.status_on is None:
            return 0
        return max(0, (self.status_on - self.due_on).days)

    @property
    def can_be_renewed(self) -> bool:
        """Broken, and no new date agreed yet: "agree a new date" is offered."""
        return self.status is PromiseStatus.BROKEN and self.renewal_id is None

    def status_words(self, today: date, *, with_reason: bool = True) -> str:
        """Where it stands, in words: "kept 13 days late (16 Mar 2026)", "broken 2 Feb
        2026: the budget was cut", "OVERDUE since 1 May 2026", "open, due 9 Jun 2026"."""
        if self.status is PromiseStatus.OPEN:
            if self.is_overdue(today):
                return f"OVERDUE since {_day(self.due_on)}"
            return f"open, due {_day(self.due_on)}" if self.due_on else "open, no date"
        when = _day(self.status_on)
        if self.days_late:
            late = "1 day late" if self.days_late == 1 else f"{self.days_late:,} days late"
            return f"kept {late} ({when})"
        text = f"{self.status.label.lower()} {when}".strip()
        if with_reason and self.status is PromiseStatus.BROKEN and self.status_note.strip():
            text += f": {' '.join(self.status_note.split())}"
        return text

    @property
    def holder_name(self) -> str:
        """Who is answerable now: a person, or the organisation itself."""
        return self.holder.name if self.holder else self.organisation.name


@dataclass(frozen=True, slots=True)
class ContactRow:
    id: int
    uuid: str
    name: str
    role: str
    organisation: Ref
    kind: ContactKind
    ward: str
    term_ends_on: date | None
    phone: str
    email: str
    preferred_contact: PreferredContact | None
    left_on: date | None
    went_to: str
    successor: Ref | None
    notes: str
    version: int
    #: Cllr, Dr, Revd… (revision 0004): shown before the name, never sorted by.
    title: str = ""
    #: Further numbers and addresses beside the main ``phone`` and ``email``.
    other_phones: tuple[str, ...] = ()
    other_emails: tuple[str, ...] = ()

    @property
    def is_active(self) -> bool:
        return self.left_on is None

    @property
    def display_name(self) -> str:
        """The name as said aloud or on a letter: “Cllr Helen Briggs”."""
        return f"{self.title} {self.name}" if self.title else self.name

    @property
    def phones(self) -> tuple[str, ...]:
        """Every phone number, the main one first."""
        return tuple(p for p in (self.phone, *self.other_phones) if p)

    @property
    def emails(self) -> tuple[str, ...]:
        """Every email address, the main one first."""
        return tuple(e for e in (self.email, *self.other_emails) if e)


@dataclass(frozen=True, slots=True)
class MemberRow:
    id: int
    uuid: str
    name: str
    role: MemberRole
    phone: str
    email: str
    joined_on: date | None
    stepped_down_on: date | None
    conflicts_of_interest: str
    notes: str
    holds: tuple[Ref, ...]
    version: int

    @property
    def is_active(self) -> bool:
        return self.stepped_down_on is None


@dataclass(frozen=True, slots=True)
class MeetingRow:
    id: int
    uuid: str
    occurred_on: date
    kind: MeetingKind
    title: str
    organisations: tuple[Ref, ...]
    is_planned: bool


@dataclass(frozen=True, slots=True)
class MeetingDetail:
    id: int
    uuid: str
    occurred_on: date
    starts_at: time | None
    kind: MeetingKind
    title: str
    location: str
    notes: str
    decisions: str
    is_planned: bool
    organisations: tuple[Ref, ...]
    contacts: tuple[Ref, ...]
    members: tuple[Ref, ...]
    promises: tuple[PromiseRow, ...]
    version: int
    #: The topics it is tagged with (revision 0010), by name.
    topics: tuple[Ref, ...] = ()


@dataclass(frozen=True, slots=True)
class OrganisationRow:
    id: int
    uuid: str
    name: str
    kind: OrganisationKind
    parent_id: int | None
    relationship_type: RelationshipType | None
    purposes: tuple[Purpose, ...]
    holders: tuple[Ref, ...]
    contact_every_days: int | None
    last_contact_on: date | None
    #: Roles beside the main ``kind`` (revision 0004), in the vocabulary's order.
    other_kinds: tuple[OrganisationKind, ...] = ()

    @property
    def kinds(self) -> tuple[OrganisationKind, ...]:
        return (self.kind, *self.other_kinds)


@dataclass(frozen=True, slots=True)
class LinkRow:
    organisation: Ref
    description: str


@dataclass(frozen=True, slots=True)
class HandoverRow:
    id: int
    uuid: str
    leaver: Ref
    leaver_is_member: bool
    organisation: Ref | None
    left_on: date
    went_to: str
    successor: Ref | None
    post_vacant: bool
    notes: str
    introduction_on: date | None
    completed_on: date | None

    @property
    def is_pending(self) -> bool:
        return self.completed_on is None


@dataclass(frozen=True, slots=True)
class OrganisationDetail:
    id: int
    uuid: str
    name: str
    kind: OrganisationKind
    council_tier: CouncilTier | None
    parent: Ref | None
    children: tuple[Ref, ...]
    links: tuple[LinkRow, ...]
    phone: str
    email: str
    website: str
    address: str
    notes: str
    relationship_type: RelationshipType | None
    purposes: tuple[Purpose, ...]
    holders: tuple[Ref, ...]
    contact_every_days: int | None
    relationship_since: date | None
    relationship_notes: str
    next_steps: str
    last_contact_on: date | None
    next_contact_due: date | None
    contacts: tuple[ContactRow, ...]
    meetings: tuple[MeetingRow, ...]
    meeting_count: int
    promises: tuple[PromiseRow, ...]
    track_records: TrackRecords
    handovers: tuple[HandoverRow, ...]
    version: int
    #: Roles beside the main ``kind`` (revision 0004), in the vocabulary's order.
    other_kinds: tuple[OrganisationKind, ...] = ()
    #: The relationship's health in words, with its reasons (issue 21).
    health: Health | None = None

    @property
    def kinds(self) -> tuple[OrganisationKind, ...]:
        return (self.kind, *self.other_kinds)

    @property
    def open_promises(self) -> tuple[PromiseRow, ...]:
        return tuple(p for p in self.promises if p.status is PromiseStatus.OPEN)


@dataclass(frozen=True, slots=True)
class ContactDetail:
    contact: ContactRow
    private_notes: str
    meetings: tuple[MeetingRow, ...]
    promises: tuple[PromiseRow, ...]
    track_record: TrackRecord


@dataclass(frozen=True, slots=True)
class QuietRelationship:
    """A relationship whose agreed rhythm of contact has lapsed."""

    organisation: Ref
    contact_every_days: int
    last_contact_on: date | None
    due_since: date

    def days_overdue(self, today: date) -> int:
        return (today - self.due_since).days


@dataclass(frozen=True, slots=True)
class SinglePointRisk:
    """A relationship that hangs on one person, or on nobody: the research's warning sign.

    ``contacts`` and ``holders`` are how many active contacts (departments included)
    and members holding it there are, so the wording can say which risk it is.
    """

    organisation: Ref
    only_contact: Ref | None
    only_holder: Ref | None
    contacts: int = 1
    holders: int = 1

    def describe(self) -> str:
        parts = []
        if self.contacts == 0:
            parts.append("no contact there yet")
        elif self.only_contact:
            parts.append(f"only one contact ({self.only_contact.name})")
        if self.holders == 0:
            parts.append("nobody holds the relationship")
        elif self.only_holder:
            parts.append(f"held by one member only ({self.only_holder.name})")
        return " and ".join(parts)

    @property
    def hangs_on_nobody(self) -> bool:
        return self.contacts == 0 or self.holders == 0


@dataclass(frozen=True, slots=True)
class TermEnding:
    """An elected member whose term ends soon, and what depends on them."""

    contact: Ref
    organisation: Ref
    ward: str
    term_ends_on: date
    relationships: tuple[Ref, ...]
    open_promises: int


@dataclass(frozen=True, slots=True)
class Reminder:
    """One line of a kind's own section of Today (a check-in overdue, say)."""

    what: str
    who: str
    organisation: str
    #: The day it is about, with words before it ("last check-in"), or None.
    on: date | None
    on_words: str
    #: What Enter opens: a kind of record (bigjournal.journal.kinds) and its id.
    kind: str
    record_id: int


@dataclass(frozen=True, slots=True)
class Reminders:
    """A section of Today that a kind of record declares (``RecordKind.reminders``)."""

    title: str
    empty: str
    items: tuple[Reminder, ...]


@dataclass(frozen=True, slots=True)
class Agenda:
    """Today's work: what is due, what has lapsed, who has left."""

    today: date
    theirs_due: tuple[PromiseRow, ...]
    ours_due: tuple[PromiseRow, ...]
    gone_quiet: tuple[QuietRelationship, ...]
    left_without_handover: tuple[ContactRow, ...]
    pending_handovers: tuple[HandoverRow, ...]
    planned: tuple[MeetingRow, ...]
    single_points: tuple[SinglePointRisk, ...] = ()
    terms_ending: tuple[TermEnding, ...] = ()
    # How many promises are due on each side in all; with ``today_agenda(limit=…)`` the
    # tuples above hold only the first ``limit`` (soonest due). None: not counted, use
    # the tuple's length (see :attr:`theirs_due_count`).
    theirs_due_total: int | None = None
    ours_due_total: int | None = None
    #: The sections the kinds of record declare, in the kinds' order.
    reminders: tuple[Reminders, ...] = ()
    #: Promises broken lately with no new date agreed yet, most recent first: each with
    #: the reason given (its status note), to follow up.
    broken_to_follow_up: tuple[PromiseRow, ...] = ()

    @property
    def theirs_due_count(self) -> int:
        """All their due promises, including any beyond the agenda's limit."""
        return len(self.theirs_due) if self.theirs_due_total is None else self.theirs_due_total

    @property
    def ours_due_count(self) -> int:
        """All our due promises, including any beyond the agenda's limit."""
        return len(self.ours_due) if self.ours_due_total is None else self.ours_due_total

    @property
    def is_empty(self) -> bool:
        return not (
            self.theirs_due
            or self.ours_due
            or self.gone_quiet
            or self.left_without_handover
            or self.pending_handovers
            or self.planned
            or self.single_points
            or self.terms_ending
            or any(section.items for section in self.reminders)
            or self.broken_to_follow_up
        )


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str  # organisation, contact, member, meeting, promise
    id: int
    title: str
    snippet: str
    #: When a contact found has left (or a member stepped down): lists mark them so.
    left_on: date | None = None
