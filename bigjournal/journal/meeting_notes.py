"""What the note of a meeting needs, read in one transaction (issue 21, item 6).

"Everything in writing": after a meeting the partnership sends those who came a note
of it (who came, what was decided, the promises both ways), printed and as an email
draft. The meeting's detail names its attendees only; the note also needs their roles,
organisations and email addresses, and the partnership's name, so they are read here,
with the meeting, as one consistent snapshot.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bigjournal.errors import ValidationError
from bigjournal.journal.briefing import Partnership, read_partnership
from bigjournal.journal.meetings import read_meeting_detail
from bigjournal.journal.records import ContactRow, MeetingDetail, MemberRow, PromiseRow
from bigjournal.journal.rows import contact_rows, contact_rows_select, refs
from bigjournal.journal.validation import today_or
from bigjournal.model import Contact, Member, Organisation, relationship_holders
from bigjournal.model.vocabulary import Side
from bigjournal.store import Journal


@dataclass(frozen=True, slots=True)
class MeetingNote:
    """A meeting with its attendees in full: everything its note says."""

    partnership: Partnership
    meeting: MeetingDetail
    #: Their people who came: by the meeting's organisations in order, then by name.
    contacts: tuple[ContactRow, ...]
    #: Our people who came, by name.
    members: tuple[MemberRow, ...]
    today: date

    @property
    def their_promises(self) -> tuple[PromiseRow, ...]:
        return tuple(p for p in self.meeting.promises if p.side is Side.THEIRS)

    @property
    def our_promises(self) -> tuple[PromiseRow, ...]:
        return tuple(p for p in self.meeting.promises if p.side is Side.OURS)


def read_meeting_note(
    journal: Journal, meeting_id: int, *, today: date | None = None
) -> MeetingNote:
    """The note's content for a meeting that has happened (``lookup.find_meeting``
    turns a title typed on the command line into its number)."""
    today = today_or(today)
    with journal.reading() as session:
        detail = read_meeting_detail(session, meeting_id)
        if detail.is_planned:
            raise ValidationError(
                f"“{detail.title}” is planned, not held yet: a note of the meeting is made "
                "once it has happened. When it has, untick “Planned” (Edit meeting…) and "
                "make the note then."
            )
        return MeetingNote(
            partnership=read_partnership(session, journal),
            meeting=detail,
            contacts=_contacts(session, detail),
            members=_members(session, [m.id for m in detail.members]),
            today=today,
        )


def _contacts(session: Session, detail: MeetingDetail) -> tuple[ContactRow, ...]:
    ids = [c.id for c in detail.contacts]
    if not ids:
        return ()
    rows = contact_rows(session, contact_rows_select().where(Contact.id.in_(ids)))
    place = {o.id: number for number, o in enumerate(detail.organisations)}
    return tuple(
        sorted(
            rows,
            key=lambda c: (
                place.get(c.organisation.id, len(place)),
                c.name.casefold(),
                c.id,
            ),
        )
    )


def _members(session: Session, ids: list[int]) -> tuple[MemberRow, ...]:
    """The members who came, former ones too (they came then), with what they hold."""
    if not ids:
        return ()
    members = session.scalars(
        select(Member).where(Member.id.in_(ids)).order_by(func.lower(Member.name), Member.id)
    ).all()
    holds: dict[int, list[Organisation]] = {}
    for member_id, organisation in session.execute(
        select(relationship_holders.c.member_id, Organisation)
        .join(Organisation, Organisation.id == relationship_holders.c.organisation_id)
        .where(relationship_holders.c.member_id.in_(ids))
        .order_by(Organisation.name)
    ).all():
        holds.setdefault(member_id, []).append(organisation)
    return tuple(
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
    )
