"""Use cases for people: contacts at organisations and the partnership's members."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import Select, bindparam, delete, func, or_, select
from sqlalchemy.orm import Session

from bigjournal.errors import ValidationError
from bigjournal.journal.edits import update_record
from bigjournal.journal.lookup import find, get
from bigjournal.journal.records import ContactDetail, ContactRow, MemberRow, Ref
from bigjournal.journal.rows import (
    contact_row,
    contact_rows,
    contact_rows_select,
    meeting_rows,
    meeting_rows_select,
    promise_rows,
    promise_rows_select,
    refs,
)
from bigjournal.journal.track_record import track_records_for
from bigjournal.journal.validation import (
    check_email,
    check_emails,
    check_phones,
    optional_text,
    parse_choice,
    parse_date,
    require_text,
    today_or,
)
from bigjournal.model import (
    Contact,
    Handover,
    Meeting,
    Member,
    Organisation,
    Promise,
    interaction_contacts,
    interaction_members,
    relationship_holders,
)
from bigjournal.model.vocabulary import ContactKind, MemberRole, PreferredContact, Side
from bigjournal.store import Journal

CONTACT_FIELDS = {
    "name",
    "title",
    "role",
    "organisation",
    "kind",
    "ward",
    "term_ends_on",
    "phone",
    "email",
    "other_phones",
    "other_emails",
    "preferred_contact",
    "notes",
    "private_notes",
}
# How a title is written: a few letters and dots, like “Cllr”, “Dr”, “Revd”, “Prof.”.
TITLE_LIMIT = 40
MEMBER_FIELDS = {
    "name",
    "role",
    "phone",
    "email",
    "joined_on",
    "stepped_down_on",
    "conflicts_of_interest",
    "notes",
}


# --- contacts -------------------------------------------------------------------


def add_contact(journal: Journal, *, name: str, organisation: int | str, **details: Any) -> Ref:
    """Add a person at an organisation (an officer unless said otherwise)."""
    with journal.transaction() as session:
        contact = Contact(name="", kind=ContactKind.OFFICER)
        _apply_contact(session, contact, {"name": name, "organisation": organisation, **details})
        session.add(contact)
        session.flush()
        return Ref(contact.id, contact.uuid, contact.name)


def update_contact(
    journal: Journal,
    contact_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> Ref:
    return update_record(
        journal,
        Contact,
        contact_id,
        changes,
        allowed=CONTACT_FIELDS,
        apply=_apply_contact,
        expected_version=expected_version,
    )


def _apply_contact(session: Session, contact: Contact, changes: Mapping[str, Any]) -> None:
    if "name" in changes:
        contact.name = require_text(changes["name"], "contact's name", field="name")
    if "organisation" in changes:
        if changes["organisation"] in (None, ""):
            raise ValidationError(
                "Please choose the organisation this person works for.", "organisation"
            )
        contact.organisation = find(session, Organisation, changes["organisation"])
    if "title" in changes:
        contact.title = optional_text(
            changes["title"], "title (like Cllr or Dr)", field="title", limit=TITLE_LIMIT
        )
    if "role" in changes:
        contact.role = optional_text(changes["role"], "role or job title", field="role")
    if "kind" in changes:
        contact.kind = parse_choice(
            ContactKind, changes["kind"] or ContactKind.OFFICER, "kind of contact", field="kind"
        )
    if "ward" in changes:
        contact.ward = optional_text(changes["ward"], "ward", field="ward")
    if "term_ends_on" in changes:
        contact.term_ends_on = parse_date(
            changes["term_ends_on"], "end of term", field="term_ends_on"
        )
    if "phone" in changes:
        contact.phone = optional_text(changes["phone"], "phone number", field="phone", limit=60)
    if "email" in changes:
        contact.email = check_email(changes["email"])
    if "other_phones" in changes:
        contact.other_phones = check_phones(changes["other_phones"])
    if "other_emails" in changes:
        contact.other_emails = check_emails(changes["other_emails"])
    if "preferred_contact" in changes:
        value = changes["preferred_contact"]
        contact.preferred_contact = (
            parse_choice(
                PreferredContact, value, "preferred way of contact", field="preferred_contact"
            )
            if value
            else None
        )
    for key in ("notes", "private_notes"):
        if key in changes:
            setattr(contact, key, (changes[key] or "").strip())


def list_contacts(
    journal: Journal,
    *,
    organisation: int | str | None = None,
    include_left: bool = True,
) -> list[ContactRow]:
    with journal.reading() as session:
        query = contact_rows_select()
        if organisation is not None:
            query = query.where(
                Contact.organisation_id == find(session, Organisation, organisation).id
            )
        if not include_left:
            query = query.where(Contact.left_on.is_(None))
        return contact_rows(session, query.order_by(Contact.sort_name, Contact.id))


def find_contact(journal: Journal, name: str | int) -> Ref:
    with journal.reading() as session:
        found = find(session, Contact, name)
        return Ref(found.id, found.uuid, found.name)


@cache
def _contact_meetings() -> Select[Any]:
    """A contact's hundred latest meetings (built once: ``contact_id`` is bound)."""
    return (
        meeting_rows_select()
        .join(interaction_contacts, interaction_contacts.c.interaction_id == Meeting.id)
        .where(interaction_contacts.c.contact_id == bindparam("contact_id"))
        .order_by(Meeting.occurred_on.desc(), Meeting.id.desc())
        .limit(100)
    )


def contact_detail(
    journal: Journal, contact_id: int, *, today: date | None = None
) -> ContactDetail:
    today = today_or(today)
    with journal.reading() as session:
        contact = get(session, Contact, contact_id)
        meetings = meeting_rows(session, _contact_meetings(), {"contact_id": contact_id})
        involves = or_(
            Promise.made_by_contact_id == contact_id,
            Promise.holder_contact_id == contact_id,
            Promise.made_to_contact_id == contact_id,
        )
        promises = promise_rows(
            session, promise_rows_select().where(involves).order_by(Promise.due_on, Promise.id)
        )
        record = track_records_for(session, Promise.made_by_contact_id == contact_id, today)
        return ContactDetail(
            contact=contact_row(session, contact.id),
            private_notes=contact.private_notes,
            meetings=tuple(meetings),
            promises=tuple(promises),
            track_record=record.theirs,
        )


def delete_contact(journal: Journal, contact_id: int) -> int:
    """Delete a contact; returns how many of their promises went too."""
    with journal.transaction() as session:
        contact = get(session, Contact, contact_id)
        made = select(Promise.id).where(
            Promise.made_by_contact_id == contact.id, Promise.side == Side.THEIRS
        )
        count = len(session.scalars(made).all())
        session.execute(delete(Promise).where(Promise.id.in_(made)))
        session.execute(delete(Contact).where(Contact.id == contact.id))
        return count


# --- members --------------------------------------------------------------------


def add_member(journal: Journal, *, name: str, role: MemberRole | str, **details: Any) -> Ref:
    """Add a member of the partnership."""
    with journal.transaction() as session:
        member = Member(name="", role=MemberRole.RESIDENT_MEMBER)
        _apply_member(member, {"name": name, "role": role, **details})
        session.add(member)
        session.flush()
        return Ref(member.id, member.uuid, member.name)


def update_member(
    journal: Journal,
    member_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> Ref:
    return update_record(
        journal,
        Member,
        member_id,
        changes,
        allowed=MEMBER_FIELDS,
        apply=lambda _session, member, values: _apply_member(member, values),
        expected_version=expected_version,
    )


def _apply_member(member: Member, changes: Mapping[str, Any]) -> None:
    if "name" in changes:
        member.name = require_text(changes["name"], "member's name", field="name")
    if "role" in changes:
        member.role = parse_choice(
            MemberRole, changes["role"], "role in the partnership", field="role"
        )
    if "phone" in changes:
        member.phone = optional_text(changes["phone"], "phone number", field="phone", limit=60)
    if "email" in changes:
        member.email = check_email(changes["email"])
    if "joined_on" in changes:
        member.joined_on = parse_date(changes["joined_on"], "date they joined", field="joined_on")
    if "stepped_down_on" in changes:
        member.stepped_down_on = parse_date(
            changes["stepped_down_on"], "date they stepped down", field="stepped_down_on"
        )
    for key in ("conflicts_of_interest", "notes"):
        if key in changes:
            setattr(member, key, (changes[key] or "").strip())


def list_members(journal: Journal, *, include_former: bool = True) -> list[MemberRow]:
    with journal.reading() as session:
        query = select(Member)
        if not include_former:
            query = query.where(Member.stepped_down_on.is_(None))
        members = session.scalars(query.order_by(func.lower(Member.name), Member.id)).all()
        holds: dict[int, list[Organisation]] = {}
        rows = session.execute(
            select(relationship_holders.c.member_id, Organisation)
            .join(Organisation, Organisation.id == relationship_holders.c.organisation_id)
            .order_by(Organisation.name)
        ).all()
        for member_id, organisation in rows:
            holds.setdefault(member_id, []).append(organisation)
        return [
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
        ]


def find_member(journal: Journal, name: str | int) -> Ref:
    with journal.reading() as session:
        found = find(session, Member, name)
        return Ref(found.id, found.uuid, found.name)


# --- what a deletion takes with it ----------------------------------------------


@dataclass(frozen=True, slots=True)
class PersonDeletionImpact:
    """What goes with a contact or member when they are deleted, to say first."""

    promises: int = 0  # the promises they made: deleted with them
    meetings: int = 0  # meetings they attended: kept, without them
    handovers: int = 0  # handovers about their leaving: deleted
    relationships: int = 0  # relationships they hold (members): kept, without them

    def describe(self) -> str:
        def count(n: int, word: str) -> str:
            return f"{n} {word}{'s' if n != 1 else ''}"

        parts = []
        if self.promises:
            parts.append(f"The {count(self.promises, 'promise')} they made will be deleted too.")
        if self.handovers:
            parts.append(f"The {count(self.handovers, 'handover')} about them will go.")
        if self.meetings:
            stay = "stays" if self.meetings == 1 else "stay"
            parts.append(f"{count(self.meetings, 'meeting')} they attended {stay} in the journal.")
        if self.relationships:
            holds = count(self.relationships, "relationship")
            parts.append(f"{holds} they hold will need another holder.")
        return " ".join(parts) or "Nothing else goes with them."


def contact_deletion_impact(journal: Journal, contact_id: int) -> PersonDeletionImpact:
    with journal.reading() as session:
        get(session, Contact, contact_id)
        return PersonDeletionImpact(
            promises=_count(
                session,
                select(Promise.id).where(
                    Promise.made_by_contact_id == contact_id, Promise.side == Side.THEIRS
                ),
            ),
            meetings=_count(
                session,
                select(interaction_contacts.c.interaction_id).where(
                    interaction_contacts.c.contact_id == contact_id
                ),
            ),
            handovers=_count(session, select(Handover.id).where(Handover.contact_id == contact_id)),
        )


def member_deletion_impact(journal: Journal, member_id: int) -> PersonDeletionImpact:
    with journal.reading() as session:
        get(session, Member, member_id)
        return _member_impact(session, member_id)


def _member_impact(session: Session, member_id: int) -> PersonDeletionImpact:
    return PersonDeletionImpact(
        promises=_count(session, _made_by_member(member_id)),
        meetings=_count(
            session,
            select(interaction_members.c.interaction_id).where(
                interaction_members.c.member_id == member_id
            ),
        ),
        handovers=_count(session, select(Handover.id).where(Handover.member_id == member_id)),
        relationships=_count(
            session,
            select(relationship_holders.c.organisation_id).where(
                relationship_holders.c.member_id == member_id
            ),
        ),
    )


def _made_by_member(member_id: int) -> Any:
    return select(Promise.id).where(
        Promise.made_by_member_id == member_id, Promise.side == Side.OURS
    )


def _count(session: Session, query: Any) -> int:
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def delete_member(journal: Journal, member_id: int) -> PersonDeletionImpact:
    """Delete a member entered by mistake, with the promises they made.

    A member who leaves the partnership steps down instead (their history stays).
    """
    with journal.transaction() as session:
        member = get(session, Member, member_id)
        impact = _member_impact(session, member.id)
        session.execute(delete(Promise).where(Promise.id.in_(_made_by_member(member.id))))
        session.execute(delete(Member).where(Member.id == member.id))
        return impact
