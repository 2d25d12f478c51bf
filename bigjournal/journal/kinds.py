"""Every kind of record, declared once (issue 18).

A kind of record — an organisation, a meeting, a check-in — is one :class:`RecordKind`
here: its entity (and so its table), the words for it, how it is searched, corrected
and deleted (and what a deletion takes with it, for undo), which of its free-text
columns may name a person (personal data), and which column names one record (the
conflict dialog, the personal-data review). Every registry that used to list kinds by
hand — the undo stack's updaters and deleters, the search's result kinds, the
personal-data columns, the conflict dialog's words — is read from :data:`KINDS`.
The window's side of a kind (its view, its editor) is declared once in
``bigjournal.gui.kinds``, keyed by :attr:`RecordKind.name`.

``tests/unit/test_record_kinds.py`` fails when a kind is declared incompletely: an
entity in ``model.RECORD_TYPES`` with no kind, a search code the index does not use,
a personal-data column the table does not have, a deletable kind without its rows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bigjournal.journal import (
    checkins,
    meetings,
    organisations,
    outcomes,
    people,
    promises,
    topics,
)
from bigjournal.journal.records import Ref, Reminders
from bigjournal.model import (
    CheckIn,
    Contact,
    Handover,
    Meeting,
    Member,
    Organisation,
    OrganisationLink,
    Outcome,
    Promise,
    Topic,
)
from bigjournal.model.entities import Record
from bigjournal.model.vocabulary import Side

#: The rows a deletion itself removes, by table (the database cascades from these):
#: ``(session, record id, the use case's options) -> {table: ids}``.
DeletionRoots = Callable[..., dict[str, set[int]]]


@dataclass(frozen=True)
class RecordKind:
    """One kind of record and everything the layers need to know about it.

    Every field is required, so a new kind cannot leave one out: ``None`` (or ``()``)
    says plainly that the kind has no such thing (a handover is not searched).
    """

    #: The kind's name in code, in the command line and in the window ("meeting").
    name: str
    entity: type[Record]
    #: Words for the volunteer: "a meeting", "3 meetings", the search result's column.
    singular: str
    plural: str
    label: str
    #: The column that names one record (shown in the conflict dialog and the review
    #: of notes that mention a person).
    name_column: str
    #: The kind's number in the search index (rowid = id * 8 + code), or None if the
    #: index does not hold it. The text searched is the newest migration's.
    search_code: int | None
    #: ``update(journal, id, changes, *, expected_version)``, or None (not editable).
    update: Callable[..., Any] | None
    #: ``delete(journal, id, **options)``, or None (not deleted on its own).
    delete: Callable[..., Any] | None
    #: What ``delete`` removes (for undo), or None when ``delete`` is None.
    deletion_roots: DeletionRoots | None
    #: Free-text columns that may name a person (forget, subject access).
    personal_text: tuple[str, ...]
    #: Words for fields whose column name reads badly ("held_on" → "Held on" is fine).
    field_words: Mapping[str, str]
    #: ``add(journal, ...) -> Ref``: the use case making one, or None (made otherwise).
    add: Callable[..., Ref] | None
    #: Today's section for this kind: ``(session, today, settings) -> Reminders``.
    reminders: Callable[[Session, date, Mapping[str, str]], Reminders] | None

    @property
    def table(self) -> str:
        return str(self.entity.__tablename__)

    def field_word(self, column: str) -> str:
        return self.field_words.get(column) or column.replace("_", " ").capitalize()


def _ids(session: Session, query: Any) -> set[int]:
    return set(session.scalars(query).all())


def _organisation_rows(session: Session, record_id: int, **_: Any) -> dict[str, set[int]]:
    return {
        "organisations": {record_id},
        "promises": _ids(session, select(Promise.id).where(Promise.organisation_id == record_id)),
        "contacts": _ids(session, select(Contact.id).where(Contact.organisation_id == record_id)),
    }


def _contact_rows(session: Session, record_id: int, **_: Any) -> dict[str, set[int]]:
    made = select(Promise.id).where(
        Promise.made_by_contact_id == record_id, Promise.side == Side.THEIRS
    )
    return {"contacts": {record_id}, "promises": _ids(session, made)}


def _member_rows(session: Session, record_id: int, **_: Any) -> dict[str, set[int]]:
    # As people.delete_member: the promises they made go too.
    made = select(Promise.id).where(
        Promise.made_by_member_id == record_id, Promise.side == Side.OURS
    )
    return {"members": {record_id}, "promises": _ids(session, made)}


def _meeting_rows(
    session: Session, record_id: int, *, with_promises: bool = False, **_: Any
) -> dict[str, set[int]]:
    rows = {"interactions": {record_id}}
    if with_promises:
        rows["promises"] = _ids(
            session, select(Promise.id).where(Promise.interaction_id == record_id)
        )
    return rows


def _only(table: str) -> DeletionRoots:
    def rows(_session: Session, record_id: int, **_: Any) -> dict[str, set[int]]:
        return {table: {record_id}}

    return rows


ORGANISATION = RecordKind(
    name="organisation",
    entity=Organisation,
    singular="organisation",
    plural="organisations",
    label="Organisation",
    name_column="name",
    search_code=1,
    update=organisations.update_organisation,
    delete=organisations.delete_organisation,
    deletion_roots=_organisation_rows,
    personal_text=("notes", "relationship_notes", "next_steps"),
    field_words={"contact_every_days": "Contact every (days)"},
    add=organisations.add_organisation,
    reminders=None,
)
ORGANISATION_LINK = RecordKind(
    name="organisation link",
    entity=OrganisationLink,
    singular="link between organisations",
    plural="links between organisations",
    label="Link",
    name_column="description",
    search_code=None,
    update=None,  # made and changed together, by organisations.set_links
    delete=None,
    deletion_roots=None,
    personal_text=(),
    field_words={},
    add=None,
    reminders=None,
)
MEMBER = RecordKind(
    name="member",
    entity=Member,
    singular="partnership member",
    plural="partnership members",
    label="Partnership member",
    name_column="name",
    search_code=3,
    update=people.update_member,
    delete=people.delete_member,
    deletion_roots=_member_rows,
    personal_text=("conflicts_of_interest", "notes"),
    field_words={},
    add=people.add_member,
    reminders=None,
)
CONTACT = RecordKind(
    name="contact",
    entity=Contact,
    singular="contact",
    plural="contacts",
    label="Contact",
    name_column="name",
    search_code=2,
    update=people.update_contact,
    delete=people.delete_contact,
    deletion_roots=_contact_rows,
    personal_text=("role", "went_to", "notes", "private_notes"),
    field_words={},
    add=people.add_contact,
    reminders=None,
)
MEETING = RecordKind(
    name="meeting",
    entity=Meeting,
    singular="meeting",
    plural="meetings and other contacts",
    label="Meeting",
    name_column="title",
    search_code=4,
    update=meetings.update_meeting,
    delete=meetings.delete_meeting,
    deletion_roots=_meeting_rows,
    personal_text=("title", "location", "notes", "decisions"),
    field_words={"occurred_on": "Date"},
    add=meetings.log_meeting,
    reminders=None,
)
PROMISE = RecordKind(
    name="promise",
    entity=Promise,
    singular="promise",
    plural="promises",
    label="Promise",
    name_column="description",
    search_code=5,
    update=promises.update_promise,
    delete=promises.delete_promise,
    deletion_roots=_only("promises"),
    personal_text=("description", "status_note"),
    field_words={"due_on": "Due"},
    add=promises.add_promise,
    reminders=None,
)
HANDOVER = RecordKind(
    name="handover",
    entity=Handover,
    singular="handover",
    plural="handovers",
    label="Handover",
    name_column="went_to",
    search_code=None,
    update=None,  # moved on by the handover use cases, undone as a whole
    delete=None,
    deletion_roots=None,
    personal_text=("went_to", "notes"),
    field_words={},
    add=None,
    reminders=None,
)
CHECK_IN = RecordKind(
    name="check-in",
    entity=CheckIn,
    singular="check-in",
    plural="check-ins",
    label="Check-in",
    name_column="note",
    search_code=None,
    update=checkins.update_check_in,
    delete=checkins.delete_check_in,
    deletion_roots=_only("check_ins"),
    personal_text=("note", "took_part", "hopes"),
    field_words=checkins.FIELD_WORDS,
    add=checkins.record_check_in,
    reminders=checkins.check_ins_due,
)
OUTCOME = RecordKind(
    name="outcome",
    entity=Outcome,
    singular="outcome",
    plural="outcomes",
    label="Outcome",
    name_column="title",
    search_code=None,
    update=outcomes.update_outcome,
    delete=outcomes.delete_outcome,
    deletion_roots=_only("outcomes"),
    personal_text=("title", "notes"),
    field_words=outcomes.FIELD_WORDS,
    add=outcomes.add_outcome,
    reminders=None,
)


TOPIC = RecordKind(
    name="topic",
    entity=Topic,
    singular="topic",
    plural="topics",
    label="Topic",
    name_column="name",
    search_code=None,  # its meetings and promises are searched; the topic gathers them
    update=topics.update_topic,
    delete=topics.delete_topic,
    deletion_roots=_only("topics"),  # its links go by cascade; meetings and promises stay
    personal_text=("description",),
    field_words=topics.FIELD_WORDS,
    add=topics.add_topic,
    reminders=None,
)

#: Every kind, in the order a person reads a journal in.
KINDS: tuple[RecordKind, ...] = (
    ORGANISATION,
    ORGANISATION_LINK,
    MEMBER,
    CONTACT,
    MEETING,
    PROMISE,
    HANDOVER,
    CHECK_IN,
    OUTCOME,
    TOPIC,
)
BY_NAME: dict[str, RecordKind] = {kind.name: kind for kind in KINDS}
BY_TABLE: dict[str, RecordKind] = {kind.table: kind for kind in KINDS}
BY_SEARCH_CODE: dict[int, RecordKind] = {
    kind.search_code: kind for kind in KINDS if kind.search_code is not None
}


def kind(name: str) -> RecordKind:
    """The kind called ``name``; a name no kind has is a bug, said plainly."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise ValueError(f"unknown kind of record: {name}") from None
