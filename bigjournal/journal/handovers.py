"""When people move on: contacts who leave, members who step down, and the risks before.

The research's strongest finding is that relationships break when people move. These
use cases make a handover happen: who replaces the leaver, what the successor should
know, an introduction with the new post-holder, and a decision for every open promise
— nothing is silently dropped.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from bigjournal.errors import ValidationError
from bigjournal.journal import settings
from bigjournal.journal.lookup import find, get
from bigjournal.journal.records import HandoverRow, PromiseRow, Ref, SinglePointRisk, TermEnding
from bigjournal.journal.rows import (
    handover_row,
    handover_rows_from,
    handover_rows_of,
    handover_rows_select,
    promise_rows,
    promise_rows_select,
)
from bigjournal.journal.validation import optional_text, parse_date, require_text, today_or
from bigjournal.model import (
    Contact,
    Handover,
    Meeting,
    Member,
    Organisation,
    Promise,
    relationship_holders,
)
from bigjournal.model.vocabulary import ContactKind, MeetingKind, PromiseStatus
from bigjournal.store import Journal

NameOrId = int | str
TERM_WARNING_DAYS = 56


class PromiseFate(StrEnum):
    """What becomes of a leaver's open promise."""

    MOVE = "move"  # to the successor
    ORGANISATION = "organisation"  # still owed, by the organisation (or the partnership)
    CLOSE = "close"  # released, with a note saying why


@dataclass(frozen=True)
class PromiseDecision:
    promise_id: int
    fate: PromiseFate | str
    note: str = ""
    new_owner: NameOrId | None = None  # for members stepping down: who takes it on


@dataclass(frozen=True)
class NewContact:
    """A successor the journal does not know yet, created with the handover."""

    name: str
    role: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class LeavingDraft:
    left_on: date | str | None
    went_to: str = ""
    successor: NameOrId | None = None
    new_successor: NewContact | None = None
    post_vacant: bool = False
    notes: str = ""
    introduction_on: date | str | None = None
    decisions: Sequence[PromiseDecision] = field(default_factory=tuple)


@dataclass(frozen=True)
class SteppingDownDraft:
    stepped_down_on: date | str | None
    notes: str = ""
    successor: NameOrId | None = None
    new_holders: Mapping[NameOrId, NameOrId] = field(default_factory=dict)
    decisions: Sequence[PromiseDecision] = field(default_factory=tuple)


# --- contacts who leave ---------------------------------------------------------


def _open_promise_of_contact(contact_id: int) -> ColumnElement[bool]:
    """An open promise a contact holds or was owed, or made and nobody else holds."""
    return and_(
        Promise.status == PromiseStatus.OPEN,
        or_(
            Promise.holder_contact_id == contact_id,
            Promise.made_to_contact_id == contact_id,
            (Promise.made_by_contact_id == contact_id)
            & Promise.holder_contact_id.is_(None)
            & Promise.holder_member_id.is_(None),
        ),
    )


def _open_promises_of_contact(session: Session, contact_id: int) -> list[Promise]:
    query = select(Promise).where(_open_promise_of_contact(contact_id))
    return list(session.scalars(query.order_by(Promise.due_on, Promise.id)))


def promises_to_hand_over(journal: Journal, contact_id: int) -> list[PromiseRow]:
    """The open promises a leaver holds or was owed: each needs a decision."""
    query = promise_rows_select().where(_open_promise_of_contact(contact_id))
    with journal.reading() as session:
        return promise_rows(session, query.order_by(Promise.due_on, Promise.id))


def contact_leaves(
    journal: Journal, contact_id: int, draft: LeavingDraft, *, today: date | None = None
) -> HandoverRow:
    """Record that a contact has left, and open their handover (one transaction)."""
    today = today_or(today)
    with journal.transaction() as session:
        handover = _record_leaving(session, contact_id, draft, today)
        session.flush()
        return handover_row(session, handover.id)


def _record_leaving(
    session: Session, contact_id: int, draft: LeavingDraft, today: date
) -> Handover:
    leaver = get(session, Contact, contact_id)
    # Someone marked as left without a handover (Today lists them) can still get one.
    handed_over = select(Handover.id).where(Handover.contact_id == leaver.id).limit(1)
    if leaver.left_on is not None and session.scalar(handed_over) is not None:
        raise ValidationError(
            f"{leaver.name} is already marked as having left on {leaver.left_on:%d %b %Y}."
        )
    left_on = parse_date(draft.left_on, "date they left", field="left_on")
    if left_on is None:
        raise ValidationError("Please give the date they left.", "left_on")
    if left_on > today:
        raise ValidationError(
            f"{left_on:%d %b %Y} is in the future. Record the leaving on or after the day "
            "they go; until then they are still the contact.",
            "left_on",
        )
    chosen = [draft.successor not in (None, ""), draft.new_successor is not None, draft.post_vacant]
    if sum(chosen) == 0:
        raise ValidationError(
            f"Say who replaces {leaver.name}, or choose “post vacant for now”.", "successor"
        )
    if sum(chosen) > 1:
        raise ValidationError(
            "Choose one: an existing successor, a new successor, or “post vacant for now”.",
            "successor",
        )
    successor: Contact | None = None
    if draft.new_successor is not None:
        successor = Contact(
            name=require_text(draft.new_successor.name, "successor's name", field="successor"),
            role=optional_text(draft.new_successor.role, "role", field="successor") or leaver.role,
            email=draft.new_successor.email.strip(),
            phone=draft.new_successor.phone.strip(),
            organisation=leaver.organisation,
            kind=leaver.kind,
        )
        session.add(successor)
    elif draft.successor not in (None, ""):
        successor = find(session, Contact, draft.successor)
        if successor.id == leaver.id:
            raise ValidationError("Someone cannot succeed themselves.", "successor")
        if successor.left_on is not None:
            raise ValidationError(
                f"{successor.name} has left too; choose who is there now.", "successor"
            )
    introduction_on = parse_date(
        draft.introduction_on, "date of the introduction", field="introduction_on"
    )
    if introduction_on is not None and successor is None:
        raise ValidationError(
            "An introduction needs someone to meet: choose the successor, or leave the "
            "introduction date empty while the post is vacant.",
            "introduction_on",
        )
    leaver.left_on = left_on
    leaver.went_to = optional_text(draft.went_to, "where they went", field="went_to", limit=300)
    leaver.successor = successor
    _decide_contact_promises(session, leaver, successor, draft.decisions, left_on)
    handover = Handover(
        contact_id=leaver.id,
        left_on=left_on,
        went_to=leaver.went_to,
        successor_contact_id=None,
        post_vacant=draft.post_vacant,
        notes=(draft.notes or "").strip(),
        introduction_on=introduction_on,
    )
    session.add(handover)
    session.flush()
    handover.successor_contact_id = successor.id if successor else None
    if introduction_on is not None and successor is not None:
        _plan_introduction(session, leaver, successor, introduction_on)
    return handover


def _decide_contact_promises(
    session: Session,
    leaver: Contact,
    successor: Contact | None,
    decisions: Sequence[PromiseDecision],
    on: date,
) -> None:
    by_id = {d.promise_id: d for d in decisions}
    open_promises = _open_promises_of_contact(session, leaver.id)
    undecided = [p for p in open_promises if p.id not in by_id]
    if undecided:
        listed = "; ".join(f"“{p.description}”" for p in undecided[:5])
        raise ValidationError(
            f"Decide what happens to each of {leaver.name}'s open promises before saving: "
            f"{listed}{' …' if len(undecided) > 5 else ''}.",
            "decisions",
        )
    for promise in open_promises:
        decision = by_id[promise.id]
        if PromiseFate(decision.fate) is PromiseFate.MOVE and successor is None:
            raise ValidationError(
                f"“{promise.description}” cannot move to a successor while the post is "
                "vacant: keep it with the organisation, or close it with a note.",
                "decisions",
            )
        to_leaver = promise.made_to_contact_id == leaver.id
        _settle(
            promise, decision, on, "made_to_contact" if to_leaver else "holder_contact", successor
        )


def _settle(
    promise: Promise,
    decision: PromiseDecision,
    on: date,
    role: str,
    taker: Contact | Member | None,
) -> None:
    """Apply one decision: ``role`` is the leaver's place on the promise (holder or
    recipient), which passes to ``taker`` (move), to nobody (the organisation), or the
    promise is released with the reason given."""
    fate = PromiseFate(decision.fate)
    if fate is PromiseFate.CLOSE:
        note = (decision.note or "").strip()
        if not note:
            raise ValidationError(
                f"Please say why “{promise.description}” is being closed.", "decisions"
            )
        promise.status = PromiseStatus.RELEASED
        promise.status_on = max(on, promise.made_on)
        promise.status_note = note
        return
    setattr(promise, role, taker if fate is PromiseFate.MOVE else None)


def _plan_introduction(session: Session, leaver: Contact, successor: Contact, on: date) -> None:
    """Put a walkabout with the new post-holder on the agenda, with the usual holders."""
    organisation = successor.organisation
    top = organisation
    while top.parent is not None:
        top = top.parent
    meeting = Meeting(
        occurred_on=on,
        kind=MeetingKind.WALKABOUT,
        title=f"Introduction walkabout with {successor.name}",
        notes=f"{successor.name} takes over from {leaver.name}.",
        is_planned=True,
    )
    meeting.organisations = [organisation]
    meeting.contacts = [successor]
    meeting.members = [m for m in top.holders if m.stepped_down_on is None]
    session.add(meeting)


def restructure(
    journal: Journal,
    contact_ids: Sequence[int],
    *,
    left_on: date | str,
    note: str = "",
    today: date | None = None,
) -> list[HandoverRow]:
    """Several people gone at once: each post vacant for now, promises kept owed.

    Each leaver gets a pending handover to finish when the new structure is known.
    """
    today = today_or(today)
    if not contact_ids:
        raise ValidationError("Choose the people who have left.")
    with journal.transaction() as session:
        handovers = []
        for contact_id in dict.fromkeys(contact_ids):
            decisions = [
                PromiseDecision(p.id, PromiseFate.ORGANISATION)
                for p in _open_promises_of_contact(session, contact_id)
            ]
            draft = LeavingDraft(left_on=left_on, post_vacant=True, notes=note, decisions=decisions)
            handovers.append(_record_leaving(session, contact_id, draft, today))
        session.flush()
        return handover_rows_of(session, [h.id for h in handovers])


def fill_vacancy(
    journal: Journal,
    handover_id: int,
    *,
    successor: NameOrId | None = None,
    new_successor: NewContact | None = None,
    introduction_on: date | str | None = None,
    move_promises: bool = True,
) -> HandoverRow:
    """The post has a new holder: name them, hand them the organisation's promises."""
    with journal.transaction() as session:
        handover = session.get(Handover, handover_id)
        if handover is None or handover.contact_id is None:
            raise ValidationError("That handover is no longer in the journal.")
        leaver = get(session, Contact, handover.contact_id)
        if new_successor is not None:
            person = Contact(
                name=require_text(new_successor.name, "successor's name", field="successor"),
                role=new_successor.role.strip() or leaver.role,
                email=new_successor.email.strip(),
                phone=new_successor.phone.strip(),
                organisation=leaver.organisation,
                kind=leaver.kind,
            )
            session.add(person)
        elif successor not in (None, ""):
            person = find(session, Contact, successor)
        else:
            raise ValidationError("Say who has taken over the post.", "successor")
        session.flush()
        leaver.successor = person
        handover.successor_contact_id = person.id
        handover.post_vacant = False
        when = parse_date(introduction_on, "date of the introduction", field="introduction_on")
        if when is not None:
            handover.introduction_on = when
            _plan_introduction(session, leaver, person, when)
        if move_promises:
            owed = session.scalars(
                select(Promise).where(
                    Promise.status == PromiseStatus.OPEN,
                    Promise.made_by_contact_id == leaver.id,
                    Promise.holder_contact_id.is_(None),
                    Promise.holder_member_id.is_(None),
                )
            ).all()
            for promise in owed:
                promise.holder_contact = person
        session.flush()
        return handover_row(session, handover.id)


def complete_handover(
    journal: Journal, handover_id: int, *, on: date | str | None = None, notes: str | None = None
) -> HandoverRow:
    """The successor knows what they need to: the handover leaves Today's agenda.

    ``notes`` are added to the note written when the person left, after a blank line:
    what the leaver wrote for their successor is never lost. Notes that already hold
    the whole old note (the window's note field starts from it) are taken as written.
    """
    with journal.transaction() as session:
        handover = session.get(Handover, handover_id)
        if handover is None:
            raise ValidationError("That handover is no longer in the journal.")
        when = parse_date(on, "date", field="completed_on") or date.today()
        if when < handover.left_on:
            raise ValidationError(
                "A handover cannot be completed before the person left.", "completed_on"
            )
        handover.completed_on = when
        handover.notes = _added_note(handover.notes, notes)
        session.flush()
        return handover_row(session, handover.id)


def _added_note(old: str, notes: str | None) -> str:
    """The handover note with ``notes`` added (see :func:`complete_handover`)."""
    kept, added = (old or "").strip(), (notes or "").strip()
    if not added or added in kept:
        return old
    if kept in added:  # the whole note, edited further
        return added
    return f"{kept}\n\n{added}"


def list_handovers(journal: Journal, *, pending_only: bool = False) -> list[HandoverRow]:
    with journal.reading() as session:
        query = handover_rows_select().order_by(Handover.left_on.desc(), Handover.id.desc())
        if pending_only:
            query = query.where(Handover.completed_on.is_(None))
        return handover_rows_from(session, query)


# --- members who step down ------------------------------------------------------


def relationships_held_by(journal: Journal, member_id: int) -> list[tuple[Ref, int]]:
    """The organisations a member holds, with how many other active holders each has."""
    with journal.reading() as session:
        return _held_by(session, member_id)


def _held_by(session: Session, member_id: int) -> list[tuple[Ref, int]]:
    organisations = session.scalars(
        select(Organisation)
        .join(relationship_holders, relationship_holders.c.organisation_id == Organisation.id)
        .where(relationship_holders.c.member_id == member_id)
        .options(selectinload(Organisation.holders))
        .order_by(Organisation.name)
    ).all()
    return [
        (
            Ref(o.id, o.uuid, o.name),
            sum(1 for m in o.holders if m.id != member_id and m.stepped_down_on is None),
        )
        for o in organisations
    ]


def member_promises_to_hand_over(journal: Journal, member_id: int) -> list[PromiseRow]:
    query = promise_rows_select().where(_open_promise_of_member(member_id))
    with journal.reading() as session:
        return promise_rows(session, query.order_by(Promise.due_on, Promise.id))


def _open_promise_of_member(member_id: int) -> ColumnElement[bool]:
    return and_(
        Promise.status == PromiseStatus.OPEN,
        or_(Promise.holder_member_id == member_id, Promise.made_to_member_id == member_id),
    )


def _open_promises_of_member(session: Session, member_id: int) -> list[Promise]:
    query = select(Promise).where(_open_promise_of_member(member_id))
    return list(session.scalars(query.order_by(Promise.due_on, Promise.id)))


def member_steps_down(
    journal: Journal, member_id: int, draft: SteppingDownDraft, *, today: date | None = None
) -> HandoverRow:
    """A member leaves the partnership: their relationships and promises find new owners."""
    today = today_or(today)
    with journal.transaction() as session:
        member = get(session, Member, member_id)
        if member.stepped_down_on is not None:
            raise ValidationError(
                f"{member.name} already stepped down on {member.stepped_down_on:%d %b %Y}."
            )
        when = parse_date(draft.stepped_down_on, "date they stepped down", field="stepped_down_on")
        if when is None:
            raise ValidationError("Please give the date they stepped down.", "stepped_down_on")
        if when > today:
            raise ValidationError(
                "That date is in the future; record it on the day they step down.",
                "stepped_down_on",
            )
        successor = (
            find(session, Member, draft.successor) if draft.successor not in (None, "") else None
        )
        new_holders = {
            find(session, Organisation, org).id: find(session, Member, who)
            for org, who in draft.new_holders.items()
        }
        for holder in [*new_holders.values(), *([successor] if successor else [])]:
            if holder.id == member.id or holder.stepped_down_on is not None:
                raise ValidationError(
                    f"{holder.name} cannot take over: choose an active member other than "
                    f"{member.name}.",
                    "new_holders",
                )
        for organisation_ref, others in _held_by(session, member.id):
            organisation = get(session, Organisation, organisation_ref.id)
            taker = new_holders.get(organisation.id) or (successor if others == 0 else None)
            if taker is None and others == 0:
                raise ValidationError(
                    f"{member.name} is the only one holding the relationship with "
                    f"{organisation.name}. Choose who holds it now.",
                    "new_holders",
                )
            holders = [m for m in organisation.holders if m.id != member.id]
            if taker is not None and taker not in holders:
                holders.append(taker)
            organisation.holders = holders
        _decide_member_promises(session, member, successor, draft.decisions, when)
        member.stepped_down_on = when
        handover = Handover(
            member_id=member.id,
            left_on=when,
            successor_member_id=successor.id if successor else None,
            notes=(draft.notes or "").strip(),
        )
        session.add(handover)
        session.flush()
        return handover_row(session, handover.id)


def _decide_member_promises(
    session: Session,
    member: Member,
    successor: Member | None,
    decisions: Sequence[PromiseDecision],
    on: date,
) -> None:
    by_id = {d.promise_id: d for d in decisions}
    for promise in _open_promises_of_member(session, member.id):
        decision = by_id.get(promise.id)
        if decision is None:
            raise ValidationError(
                f"Decide who takes on “{promise.description}” before {member.name} steps down.",
                "decisions",
            )
        owner = None
        if PromiseFate(decision.fate) is PromiseFate.MOVE:
            owner = (
                find(session, Member, decision.new_owner)
                if decision.new_owner not in (None, "")
                else successor
            )
            if owner is None or owner.stepped_down_on is not None or owner.id == member.id:
                raise ValidationError(
                    f"Choose an active member to take on “{promise.description}”.", "decisions"
                )
        to_member = promise.made_to_member_id == member.id
        _settle(promise, decision, on, "made_to_member" if to_member else "holder_member", owner)


# --- risks before anyone leaves -------------------------------------------------


def single_points_of_contact(session: Session) -> list[SinglePointRisk]:
    """Relationships that hang on one contact or one member, or on nobody: no contact
    there, or no member holding it (checked per organisation, counting the contacts of
    its departments and teams too).

    Reads plain columns, not entities, and counts the active contacts in SQLite: on a
    large journal they are tens of thousands of rows.
    """
    organisations = session.execute(
        select(
            Organisation.id,
            Organisation.uuid,
            Organisation.name,
            Organisation.parent_id,
            Organisation.relationship_type,
            Organisation.contact_every_days,
        )
    ).all()
    parents = {o.id: o.parent_id for o in organisations}

    def top_of(organisation_id: int) -> int:
        seen = 0
        while parents.get(organisation_id) is not None and seen < 50:
            organisation_id = parents[organisation_id]
            seen += 1
        return organisation_id

    # Counted per organisation by SQLite (a row an organisation, not one a contact: 20,000
    # contacts were over half of Today's agenda on fifteen years of records), then
    # rolled up to the organisation at the top; only a lone contact is read by name.
    contact_count: dict[int, int] = {}
    lone_candidate: dict[int, int] = {}
    for organisation_id, count, first_id in session.execute(
        select(Contact.organisation_id, func.count(), func.min(Contact.id))
        .where(Contact.left_on.is_(None))
        .group_by(Contact.organisation_id)
    ):
        top = top_of(organisation_id)
        contact_count[top] = contact_count.get(top, 0) + count
        lone_candidate[top] = first_id
    lone_ids = [lone_candidate[top] for top, count in contact_count.items() if count == 1]
    lone_contacts: dict[int, tuple[int, str, str]] = {}
    for start in range(0, len(lone_ids), 500):
        for contact_id, uuid, name in session.execute(
            select(Contact.id, Contact.uuid, Contact.name).where(
                Contact.id.in_(lone_ids[start : start + 500])
            )
        ):
            lone_contacts[contact_id] = (contact_id, uuid, name)
    active_holders: dict[int, list[Ref]] = {}
    for organisation_id, member_id, uuid, name in session.execute(
        select(relationship_holders.c.organisation_id, Member.id, Member.uuid, Member.name)
        .join(Member, Member.id == relationship_holders.c.member_id)
        .where(Member.stepped_down_on.is_(None))
        .order_by(Member.name)
    ):
        active_holders.setdefault(organisation_id, []).append(Ref(member_id, uuid, name))
    risks = []
    for organisation in sorted(organisations, key=lambda o: o.name.casefold()):
        if organisation.parent_id is not None:
            continue  # a department's people count towards its organisation
        contacts = contact_count.get(organisation.id, 0)
        holders = active_holders.get(organisation.id, [])
        if contacts > 1 and len(holders) > 1:
            continue
        lone = lone_contacts.get(lone_candidate[organisation.id]) if contacts == 1 else None
        risks.append(
            SinglePointRisk(
                Ref(organisation.id, organisation.uuid, organisation.name),
                Ref(*lone) if lone is not None else None,
                holders[0] if len(holders) == 1 else None,
                contacts=contacts,
                holders=len(holders),
            )
        )
    return risks


def terms_ending(session: Session, today: date, within_days: int) -> list[TermEnding]:
    """Councillors whose term ends soon, and the relationships that depend on them."""
    councillors = session.scalars(
        select(Contact)
        .where(
            Contact.kind == ContactKind.ELECTED_MEMBER,
            Contact.left_on.is_(None),
            Contact.term_ends_on >= today,
            Contact.term_ends_on <= today + timedelta(days=within_days),
        )
        .options(selectinload(Contact.organisation))
        .order_by(Contact.term_ends_on, Contact.name)
    ).all()
    # Two queries for all councillors (not two per councillor and one per parent).
    ids = [c.id for c in councillors]
    open_count: dict[int, int] = dict.fromkeys(ids, 0)
    organisations: dict[int, Any] = {}
    if ids:
        for holder_id, made_to_id in session.execute(
            select(Promise.holder_contact_id, Promise.made_to_contact_id).where(
                Promise.status == PromiseStatus.OPEN,
                or_(Promise.holder_contact_id.in_(ids), Promise.made_to_contact_id.in_(ids)),
            )
        ):
            for contact_id in open_count.keys() & {holder_id, made_to_id}:
                open_count[contact_id] += 1
        organisations = {
            row.id: row
            for row in session.execute(
                select(
                    Organisation.id, Organisation.uuid, Organisation.name, Organisation.parent_id
                )
            )
        }
    result = []
    for contact in councillors:
        chain: list[Ref] = []
        organisation_id: int | None = contact.organisation_id
        while organisation_id is not None and len(chain) < 20:
            found = organisations[organisation_id]
            chain.append(Ref(found.id, found.uuid, found.name))
            organisation_id = found.parent_id
        assert contact.term_ends_on is not None
        result.append(
            TermEnding(
                contact=Ref(contact.id, contact.uuid, contact.name),
                organisation=Ref(
                    contact.organisation.id, contact.organisation.uuid, contact.organisation.name
                ),
                ward=contact.ward,
                term_ends_on=contact.term_ends_on,
                relationships=tuple(chain),
                open_promises=open_count[contact.id],
            )
        )
    return result


def term_warning_days(journal: Journal) -> int:
    value = settings.get_setting(journal, settings.TERM_WARNING_DAYS)
    try:
        days = int(value)
    except ValueError:
        return TERM_WARNING_DAYS
    # A value from an archive or a newer version outside 0-365 is not trusted.
    return days if 0 <= days <= 365 else TERM_WARNING_DAYS
