"""What the printed reports need, read from the journal in one transaction.

The one-page summary and the briefing pack are drawn from these plain records
only, so drawing never touches the database (and can be timed on its own), and a
pack of a hundred organisations is one consistent snapshot of the journal.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from bigjournal.errors import ValidationError
from bigjournal.journal import settings
from bigjournal.journal.checkins import CHARTED, CheckInRow, read_check_ins
from bigjournal.journal.lookup import find
from bigjournal.journal.organisations import descendant_ids, read_organisation_detail
from bigjournal.journal.outcomes import OutcomeRow, read_outcomes
from bigjournal.journal.records import MemberRow, OrganisationDetail, Ref
from bigjournal.journal.relationship_map import RelationshipMap, read_relationship_map
from bigjournal.journal.rows import ref, refs
from bigjournal.journal.validation import today_or
from bigjournal.model import (
    CheckIn,
    Contact,
    Handover,
    Meeting,
    Member,
    Organisation,
    Promise,
    Setting,
    interaction_contacts,
    interaction_members,
    interaction_organisations,
    relationship_holders,
)
from bigjournal.model.vocabulary import MeetingKind, PromiseStatus
from bigjournal.store import Journal

# Meetings of these kinds are routine; a timeline keeps the rest as key events.
ROUTINE_KINDS = frozenset({MeetingKind.CALL, MeetingKind.EMAIL})
TIMELINE_LIMIT = 30
# The summary shows a handful of meetings; this bounds what is read for it.
SUMMARY_MEETINGS = 12


@dataclass(frozen=True, slots=True)
class Partnership:
    """Who prints: the partnership, as the journal's settings describe it."""

    name: str
    about: str
    priorities: str
    paper_size: str
    members: tuple[MemberRow, ...]
    # The body type the reports are printed in, in points (the journal's setting).
    print_size: int = 10

    def member(self, member_id: int) -> MemberRow | None:
        return next((m for m in self.members if m.id == member_id), None)


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """One key event in a relationship, in a word (``what``) and a line (``text``)."""

    on: date
    what: str
    text: str
    planned: bool = False


@dataclass(frozen=True, slots=True)
class Standing:
    """How much a contact matters to the relationship now: how often they met the
    members who hold it, and when anyone from the partnership last met them."""

    met_with_holders: int = 0
    last_met: date | None = None


@dataclass(frozen=True, slots=True)
class RelationshipSummary:
    """Everything the one-page summary of one organisation shows."""

    partnership: Partnership
    organisation: OrganisationDetail
    today: date
    # Per contact id; a contact missing here was never met.
    standing: Mapping[int, Standing] = field(default_factory=dict)
    #: The latest check-ins on the eight criteria, newest first (at most ``CHARTED``).
    check_ins: tuple[CheckInRow, ...] = ()
    #: What the relationship achieved, newest first (every one).
    outcomes: tuple[OutcomeRow, ...] = ()


@dataclass(frozen=True, slots=True)
class OrganisationBrief:
    """One organisation of a pack: its detail and the key events of the relationship."""

    detail: OrganisationDetail
    timeline: tuple[TimelineEvent, ...]
    earlier_events: int = 0
    standing: Mapping[int, Standing] = field(default_factory=dict)
    #: The latest check-ins, newest first (at most ``CHARTED``).
    check_ins: tuple[CheckInRow, ...] = ()
    #: What the relationship achieved, newest first (every one).
    outcomes: tuple[OutcomeRow, ...] = ()


@dataclass(frozen=True, slots=True)
class BriefingPack:
    """A pack for a new officer or councillor: the chosen organisations, theirs first."""

    partnership: Partnership
    recipient: str
    recipient_role: str
    recipient_organisation: Ref | None
    organisations: tuple[OrganisationBrief, ...]
    today: date
    #: The partnership's map, every relationship at a glance (its page in the pack).
    world: RelationshipMap | None = None


def relationship_summary(
    journal: Journal, organisation: int | str, *, today: date | None = None
) -> RelationshipSummary:
    """The one-page summary's content for an organisation (by id or name)."""
    today = today_or(today)
    with journal.reading() as session:
        found = find(session, Organisation, organisation)
        detail = read_organisation_detail(
            session, found.id, today=today, meeting_limit=SUMMARY_MEETINGS
        )
        return RelationshipSummary(
            partnership=read_partnership(session, journal),
            organisation=detail,
            today=today,
            standing=contact_standing(session, detail, today),
            check_ins=tuple(read_check_ins(session, detail.id, limit=CHARTED)),
            outcomes=tuple(read_outcomes(session, detail.id)),
        )


def contact_standing(
    session: Session, detail: OrganisationDetail, today: date
) -> dict[int, Standing]:
    """For each current contact of ``detail``: the held meetings they were at with a
    member who holds the relationship, and the last held meeting they were at."""
    contact_ids = [c.id for c in detail.contacts if c.is_active]
    if not contact_ids:
        return {}
    holder_ids = [h.id for h in detail.holders]
    with_holder = (
        select(interaction_members.c.interaction_id)
        .where(
            interaction_members.c.interaction_id == Meeting.id,
            interaction_members.c.member_id.in_(holder_ids),
        )
        .exists()
    )
    rows = session.execute(
        select(
            interaction_contacts.c.contact_id,
            func.max(Meeting.occurred_on),
            func.count(Meeting.id).filter(with_holder),
        )
        .join(Meeting, Meeting.id == interaction_contacts.c.interaction_id)
        .where(
            interaction_contacts.c.contact_id.in_(contact_ids),
            Meeting.is_planned.is_(False),
            Meeting.occurred_on <= today,
        )
        .group_by(interaction_contacts.c.contact_id)
    ).all()
    return {contact_id: Standing(met or 0, last) for contact_id, last, met in rows}


def briefing_pack(
    journal: Journal,
    recipient: str,
    organisations: Sequence[int | str] = (),
    *,
    recipient_organisation: int | str | None = None,
    today: date | None = None,
    each: Callable[[int, int], None] | None = None,
) -> BriefingPack:
    """The briefing pack's content, read in one transaction.

    With no ``organisations``, every organisation that is not part of another is
    chosen (departments appear on their council's page). The recipient's own
    organisation, given or found by matching their name to a contact, comes first.
    ``each(done, total)`` is called after each organisation is read; raising from it
    (for example because the user cancelled) abandons the read.
    """
    recipient = (recipient or "").strip()
    if not recipient:
        raise ValidationError("Please say whom the briefing pack is for.", "recipient")
    today = today_or(today)
    with journal.reading() as session:
        chosen = _choose(session, organisations)
        if not chosen:
            raise ValidationError(
                "There are no organisations in the journal to put in a briefing pack yet."
            )
        role, own = _recipient(session, recipient, recipient_organisation)
        chosen = _own_first(session, chosen, own)
        partnership = read_partnership(session, journal)
        briefs: list[OrganisationBrief] = []
        for done, organisation_id in enumerate(chosen, start=1):
            detail = read_organisation_detail(
                session, organisation_id, today=today, meeting_limit=SUMMARY_MEETINGS
            )
            events, earlier = _timeline(session, detail, today)
            standing = contact_standing(session, detail, today)
            check_ins = tuple(read_check_ins(session, detail.id, limit=CHARTED))
            outcomes = tuple(read_outcomes(session, detail.id))
            briefs.append(OrganisationBrief(detail, events, earlier, standing, check_ins, outcomes))
            if each is not None:
                each(done, len(chosen))
        return BriefingPack(
            partnership=partnership,
            recipient=recipient,
            recipient_role=role,
            recipient_organisation=own,
            organisations=tuple(briefs),
            today=today,
            world=read_relationship_map(session, journal, today),
        )


def read_partnership(session: Session, journal: Journal) -> Partnership:
    """The settings and the active members, for headers, footers and the about page."""
    stored = dict(session.execute(select(Setting.key, Setting.value)).all())
    values = {**settings.DEFAULTS, **stored}
    name = values[settings.PARTNERSHIP_NAME].strip()
    if not name:
        name = journal.path.stem if journal.path is not None else "BigJournal"
    members = session.scalars(
        select(Member)
        .where(Member.stepped_down_on.is_(None))
        .order_by(func.lower(Member.name), Member.id)
    ).all()
    holds: dict[int, list[Organisation]] = {}
    for member_id, organisation in session.execute(
        select(relationship_holders.c.member_id, Organisation)
        .join(Organisation, Organisation.id == relationship_holders.c.organisation_id)
        .order_by(Organisation.name)
    ).all():
        holds.setdefault(member_id, []).append(organisation)
    return Partnership(
        name=name,
        about=values[settings.ABOUT_PARTNERSHIP],
        priorities=values[settings.PRIORITIES],
        paper_size=values[settings.PAPER_SIZE],
        print_size=int(values[settings.PRINT_SIZE])
        if values[settings.PRINT_SIZE] in ("10", "12", "14")
        else 10,
        members=tuple(
            MemberRow(
                id=m.id,
                uuid=m.uuid,
                name=m.name,
                role=m.role,
                phone=m.phone,
                email=m.email,
                joined_on=m.joined_on,
                stepped_down_on=m.stepped_down_on,
                conflicts_of_interest=m.conflicts_of_interest,
                notes=m.notes,
                holds=refs(holds.get(m.id, [])),
                version=m.version,
            )
            for m in members
        ),
    )


def _choose(session: Session, organisations: Sequence[int | str]) -> list[int]:
    if organisations:
        ids = [find(session, Organisation, o).id for o in organisations]
        return list(dict.fromkeys(ids))  # once each, in the order given
    return list(
        session.scalars(
            select(Organisation.id)
            .where(Organisation.parent_id.is_(None))
            .order_by(func.lower(Organisation.name), Organisation.id)
        )
    )


def _recipient(
    session: Session, recipient: str, organisation: int | str | None
) -> tuple[str, Ref | None]:
    """The recipient's role and organisation: as given, else from a contact of that name."""
    wanted = recipient.casefold()
    # Folded in Python: SQLite's lower() knows only ASCII (Øyvind, Наталья).
    matches = [
        contact_id
        for contact_id, name in session.execute(
            select(Contact.id, Contact.name).where(Contact.left_on.is_(None))
        )
        if name.casefold() == wanted
    ]
    contact = session.get(Contact, matches[0]) if len(matches) == 1 else None
    role = contact.role if contact else ""
    if organisation not in (None, ""):
        return role, ref(find(session, Organisation, organisation))
    return role, ref(contact.organisation) if contact else None


def _own_first(session: Session, chosen: list[int], own: Ref | None) -> list[int]:
    """Put the recipient's organisation (or the one that contains it) at the front."""
    if own is None:
        return chosen
    if own.id in chosen:
        return [own.id, *(i for i in chosen if i != own.id)]
    containing = [i for i in chosen if own.id in descendant_ids(session, i)]
    if containing:
        first = containing[0]
        return [first, *(i for i in chosen if i != first)]
    return chosen


def _timeline(
    session: Session, detail: OrganisationDetail, today: date
) -> tuple[tuple[TimelineEvent, ...], int]:
    """Key events, oldest first: the start, meetings that were not routine, people
    leaving, handovers, promises broken, check-ins and outcomes. Only the latest are kept."""
    scope = [detail.id, *descendant_ids(session, detail.id)]
    events: list[TimelineEvent] = []
    if detail.relationship_since:
        events.append(
            TimelineEvent(detail.relationship_since, "Start", "The relationship was recorded.")
        )
    meetings = session.execute(
        select(
            Meeting.occurred_on,
            Meeting.kind,
            Meeting.title,
            Meeting.is_planned,
        )
        .where(
            Meeting.id.in_(
                select(interaction_organisations.c.interaction_id).where(
                    interaction_organisations.c.organisation_id.in_(scope)
                )
            )
        )
        .order_by(Meeting.occurred_on, Meeting.id)
    ).all()
    held = [m for m in meetings if not m.is_planned]
    if held:
        first = held[0]
        events.append(
            TimelineEvent(first.occurred_on, "First contact", first.title or first.kind.label)
        )
    for on, kind, title, planned in meetings:
        if (kind in ROUTINE_KINDS and not planned) or (held and on == held[0].occurred_on):
            continue
        if planned and on < today:
            continue  # a plan that was never confirmed as held is not an event
        events.append(
            TimelineEvent(on, "Planned" if planned else kind.label, title or kind.label, planned)
        )
    for contact in session.scalars(
        select(Contact)
        .where(Contact.organisation_id.in_(scope), Contact.left_on.is_not(None))
        .options(selectinload(Contact.successor))
    ):
        assert contact.left_on is not None
        text = f"{contact.name} ({contact.role or 'contact'}) left"
        if contact.went_to:
            text += f" for {contact.went_to}"
        text += f"; successor: {contact.successor.name}." if contact.successor else "."
        events.append(TimelineEvent(contact.left_on, "Left", text))
    for completed_on, name in session.execute(
        select(Handover.completed_on, Contact.name)
        .join(Contact, Contact.id == Handover.contact_id)
        .where(Contact.organisation_id.in_(scope), Handover.completed_on.is_not(None))
    ):
        assert completed_on is not None
        text = f"Handover after {name} left completed."
        events.append(TimelineEvent(completed_on, "Handover", text))
    for broken_on, description, reason, renewal in session.execute(
        select(
            Promise.status_on,
            Promise.description,
            Promise.status_note,
            Promise.renewal_id,  # type: ignore[attr-defined]
        ).where(
            Promise.organisation_id.in_(scope),
            Promise.status == PromiseStatus.BROKEN,
            Promise.status_on.is_not(None),
        )
    ):
        assert broken_on is not None
        text = f"Promise broken: {description}"
        reason = " ".join((reason or "").split()).rstrip(".")
        text = text.rstrip(".") + (f". Reason given: {reason}" if reason else ". No reason given")
        text += "; a new date was agreed." if renewal is not None else "."
        events.append(TimelineEvent(broken_on, "Broken", text))
    for on, note in session.execute(
        select(CheckIn.held_on, CheckIn.note).where(CheckIn.organisation_id.in_(scope))
    ):
        text = "Check-in on the relationship" + (f": {note}" if note else ".")
        events.append(TimelineEvent(on, "Check-in", text))
    for row in read_outcomes(session, organisation_ids=scope):  # what it achieved
        amount = f" ({row.amount})" if row.amount else ""
        text = (
            f"{row.title}{amount}: {row.kind.label.lower()}, for {row.beneficiary.label.lower()}."
        )
        events.append(TimelineEvent(row.achieved_on, "Outcome", text))
    events.sort(key=lambda e: (e.on, e.what != "Start"))
    earlier = max(0, len(events) - TIMELINE_LIMIT)
    return tuple(events[earlier:]), earlier
