"""Helpers shared by the use cases: validation, finding records by name, conversion."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from bigjournal.errors import AmbiguousNameError, NotFoundError, ValidationError
from bigjournal.journal.records import (
    ContactRow,
    HandoverRow,
    MeetingRow,
    PromiseRow,
    Ref,
)
from bigjournal.model import (
    Contact,
    Handover,
    Interaction,
    Member,
    Organisation,
    Promise,
    interaction_organisations,
)
from bigjournal.model.vocabulary import LabelledEnum

if TYPE_CHECKING:
    from bigjournal.store import Journal

NAMED = TypeVar("NAMED", Organisation, Contact, Member)
E = TypeVar("E", bound=LabelledEnum)

UUID_PATTERN = re.compile(
    r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
)
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
NOUNS = {Organisation: "organisation", Contact: "contact", Member: "partnership member"}


def today_or(on: date | None) -> date:
    return on if on is not None else date.today()


def require_text(value: str | None, what: str, *, field: str, limit: int = 200) -> str:
    """A required one-line text, trimmed; explain plainly when it is missing or too long."""
    text = (value or "").strip()
    if not text:
        raise ValidationError(f"Please give the {what}; it cannot be empty.", field)
    if len(text) > limit:
        raise ValidationError(
            f"The {what} is too long ({len(text)} characters); please keep it under {limit}.",
            field,
        )
    return text


def optional_text(value: str | None, what: str, *, field: str, limit: int = 200) -> str:
    text = (value or "").strip()
    if len(text) > limit:
        raise ValidationError(
            f"The {what} is too long ({len(text)} characters); please keep it under {limit}.",
            field,
        )
    return text


def check_email(value: str | None, *, field: str = "email") -> str:
    text = (value or "").strip()
    if text and not EMAIL_PATTERN.match(text):
        raise ValidationError(
            f"“{text}” does not look like an email address (like name@example.org).", field
        )
    return text


def parse_choice(enum: type[E], value: E | str | None, what: str, *, field: str) -> E:
    if isinstance(value, enum):
        return value
    if value is None or str(value).strip() == "":
        raise ValidationError(f"Please choose the {what}.", field)
    try:
        return enum.parse(str(value))  # type: ignore[return-value]
    except ValueError:
        labels = "; ".join(m.label for m in enum)
        raise ValidationError(
            f"“{value}” is not a {what} BigJournal knows. Choose one of: {labels}.", field
        ) from None


def parse_date(value: date | str | None, what: str, *, field: str) -> date | None:
    """Accept a date or an ISO text (YYYY-MM-DD); empty means no date."""
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            f"“{text}” is not a date BigJournal understands for the {what}; "
            "please write it as year-month-day, like 2026-03-31.",
            field,
        ) from None


def get(session: Session, entity: type[NAMED], record_id: int) -> NAMED:
    record = session.get(entity, record_id)
    if record is None:
        raise NotFoundError(f"That {NOUNS[entity]} is no longer in the journal.")
    return record


def find(session: Session, entity: type[NAMED], text: str | int) -> NAMED:
    """Find a record by id, UUID or name (exact, then unique start, then unique part)."""
    noun = NOUNS[entity]
    if isinstance(text, int):
        return get(session, entity, text)
    wanted = text.strip()
    if not wanted:
        raise NotFoundError(f"Please name the {noun}.")
    if UUID_PATTERN.match(wanted):
        found = session.scalar(select(entity).where(entity.uuid == wanted.lower()))
        if found is not None:
            return found
    if wanted.startswith("#") and wanted[1:].isdigit():
        return get(session, entity, int(wanted[1:]))
    folded = wanted.casefold()
    exact = session.scalars(select(entity).where(func.lower(entity.name) == folded)).all()
    if len(exact) == 1:
        return exact[0]
    candidates = list(exact)
    if not candidates:
        # Python-side folding: SQLite's lower() only knows ASCII.
        everyone = session.execute(select(entity.id, entity.name)).all()
        starting = [rid for rid, name in everyone if name.casefold().startswith(folded)]
        within = [rid for rid, name in everyone if folded in name.casefold()]
        ids = starting or within
        if len(ids) == 1:
            return get(session, entity, ids[0])
        candidates = [session.get(entity, rid) for rid in ids]  # type: ignore[misc]
    if not candidates:
        raise NotFoundError(f"There is no {noun} called “{wanted}” in the journal.")
    names = sorted(describe(c) for c in candidates if c is not None)
    shown = "; ".join(names[:8]) + ("; …" if len(names) > 8 else "")
    raise AmbiguousNameError(
        f"More than one {noun} matches “{wanted}”: {shown}. Please be more precise "
        "(or use the #number shown by the list command).",
        names,
    )


def describe(record: Organisation | Contact | Member) -> str:
    if isinstance(record, Contact):
        return f"{record.name} (#{record.id}, {record.organisation.name})"
    return f"{record.name} (#{record.id})"


def ref(record: Organisation | Contact | Member | None) -> Ref | None:
    if record is None:
        return None
    return Ref(record.id, record.uuid, record.name)


def refs(records: Iterable[Organisation | Contact | Member]) -> tuple[Ref, ...]:
    return tuple(Ref(r.id, r.uuid, r.name) for r in records)


def promise_row(p: Promise) -> PromiseRow:
    made_by = ref(p.made_by_contact) or ref(p.made_by_member)
    made_to = ref(p.made_to_contact) or ref(p.made_to_member)
    holder = ref(p.holder_contact) or ref(p.holder_member)
    return PromiseRow(
        id=p.id,
        uuid=p.uuid,
        description=p.description,
        side=p.side,
        organisation=Ref(p.organisation.id, p.organisation.uuid, p.organisation.name),
        made_by=made_by,
        made_to=made_to,
        holder=holder,
        made_on=p.made_on,
        due_on=p.due_on,
        status=p.status,
        status_on=p.status_on,
        status_note=p.status_note,
        interaction_id=p.interaction_id,
        version=p.version,
    )


PROMISE_LOADS: Sequence[str] = (
    "organisation",
    "made_by_contact",
    "made_by_member",
    "made_to_contact",
    "made_to_member",
    "holder_contact",
    "holder_member",
)


def promise_options() -> list[object]:
    """Eager loads that turn a list of promises into rows without N+1 queries."""
    from sqlalchemy.orm import joinedload

    return [joinedload(getattr(Promise, name)) for name in PROMISE_LOADS]


_PROMISE_PEOPLE = (
    ("made_by_contact_id", Contact),
    ("made_by_member_id", Member),
    ("made_to_contact_id", Contact),
    ("made_to_member_id", Member),
    ("holder_contact_id", Contact),
    ("holder_member_id", Member),
)


def promise_rows_select() -> Select[Any]:
    """The columns of :class:`PromiseRow` with every name joined in: one query, no ORM
    objects. Lists of thousands of promises (the register, an organisation's page,
    the agenda) cost about 4× less than loading entities with their relationships.
    Add ``where`` and ``order_by`` and pass it to :func:`promise_rows`.
    """
    return _promise_rows_select()


@cache
def _promise_rows_select() -> Select[Any]:
    # Built once: seven aliased tables cost more to construct than a short query
    # takes to run. A Select is immutable, so sharing it is safe.
    organisation = aliased(Organisation)
    people = [aliased(entity) for _column, entity in _PROMISE_PEOPLE]
    statement = select(
        Promise.id,
        Promise.uuid,
        Promise.description,
        Promise.side,
        organisation.id,
        organisation.uuid,
        organisation.name,
        *(column for person in people for column in (person.id, person.uuid, person.name)),
        Promise.made_on,
        Promise.due_on,
        Promise.status,
        Promise.status_on,
        Promise.status_note,
        Promise.interaction_id,
        Promise.version,
    ).join(organisation, organisation.id == Promise.organisation_id)
    for (column, _entity), person in zip(_PROMISE_PEOPLE, people, strict=True):
        statement = statement.outerjoin(person, person.id == getattr(Promise, column))
    return statement


def promise_rows(session: Session, statement: Select[Any]) -> list[PromiseRow]:
    """Run a :func:`promise_rows_select` statement; same rows as :func:`promise_row`.

    The same organisation or person appears on many rows: each ``Ref`` is built once
    per call and shared (they are immutable).
    """
    organisations: dict[int, Ref] = {}
    contacts: dict[int, Ref] = {}
    members: dict[int, Ref] = {}

    def ref_at(row: Sequence[Any], index: int, known: dict[int, Ref]) -> Ref:
        found = known.get(row[index])
        if found is None:
            found = known[row[index]] = Ref(row[index], row[index + 1], row[index + 2])
        return found

    def person(row: Sequence[Any], contact: int, member: int) -> Ref | None:
        # A contact or a member (at most one is set), three columns each.
        if row[contact] is not None:
            return ref_at(row, contact, contacts)
        if row[member] is not None:
            return ref_at(row, member, members)
        return None

    return [
        PromiseRow(
            row[0],
            row[1],
            row[2],
            row[3],
            ref_at(row, 4, organisations),
            person(row, 7, 10),
            person(row, 13, 16),
            person(row, 19, 22),
            *row[25:32],  # made_on, due_on, status, status_on, status_note, meeting, version
        )
        # Through the connection, not the session: plain rows skip the ORM's loading
        # layer, which costs as much as the query itself on a long list.
        for row in session.connection().execute(statement).all()
    ]


def meeting_rows_select() -> Select[Any]:
    """The columns of :class:`MeetingRow` (without its organisations); see
    :func:`meeting_rows`."""
    return select(
        Interaction.id,
        Interaction.uuid,
        Interaction.occurred_on,
        Interaction.kind,
        Interaction.title,
        Interaction.is_planned,
    )


def meeting_rows(session: Session, statement: Select[Any]) -> list[MeetingRow]:
    """Meeting rows in two queries (the meetings, then all their organisations)."""
    connection = session.connection()  # plain rows: see promise_rows
    meetings = connection.execute(statement).all()
    names: dict[int, list[Ref]] = {}
    if meetings:
        for meeting_id, *organisation in connection.execute(
            select(
                interaction_organisations.c.interaction_id,
                Organisation.id,
                Organisation.uuid,
                Organisation.name,
            )
            .join(Organisation, Organisation.id == interaction_organisations.c.organisation_id)
            .where(interaction_organisations.c.interaction_id.in_([m[0] for m in meetings]))
            .order_by(Organisation.name)
        ):
            names.setdefault(meeting_id, []).append(Ref(*organisation))
    return [
        MeetingRow(
            id=m[0],
            uuid=m[1],
            occurred_on=m[2],
            kind=m[3],
            title=m[4],
            organisations=tuple(names.get(m[0], ())),
            is_planned=m[5],
        )
        for m in meetings
    ]


def contact_row(c: Contact) -> ContactRow:
    return ContactRow(
        id=c.id,
        uuid=c.uuid,
        name=c.name,
        role=c.role,
        organisation=Ref(c.organisation.id, c.organisation.uuid, c.organisation.name),
        kind=c.kind,
        ward=c.ward,
        term_ends_on=c.term_ends_on,
        phone=c.phone,
        email=c.email,
        preferred_contact=c.preferred_contact,
        left_on=c.left_on,
        went_to=c.went_to,
        successor=ref(c.successor),
        notes=c.notes,
        version=c.version,
    )


def meeting_row(i: Interaction) -> MeetingRow:
    return MeetingRow(
        id=i.id,
        uuid=i.uuid,
        occurred_on=i.occurred_on,
        kind=i.kind,
        title=i.title,
        organisations=refs(i.organisations),
        is_planned=i.is_planned,
    )


def handover_row(session: Session, h: Handover) -> HandoverRow:
    leaver: Contact | Member | None
    organisation = None
    if h.contact_id is not None:
        leaver = session.get(Contact, h.contact_id)
        organisation = ref(leaver.organisation) if leaver else None
        successor = (
            ref(session.get(Contact, h.successor_contact_id)) if h.successor_contact_id else None
        )
    else:
        leaver = session.get(Member, h.member_id) if h.member_id else None
        successor = (
            ref(session.get(Member, h.successor_member_id)) if h.successor_member_id else None
        )
    assert leaver is not None
    return HandoverRow(
        id=h.id,
        uuid=h.uuid,
        leaver=Ref(leaver.id, leaver.uuid, leaver.name),
        leaver_is_member=h.member_id is not None,
        organisation=organisation,
        left_on=h.left_on,
        went_to=h.went_to,
        successor=successor,
        post_vacant=h.post_vacant,
        notes=h.notes,
        introduction_on=h.introduction_on,
        completed_on=h.completed_on,
    )


def update_record(
    journal: Journal,
    entity: type[NAMED],
    record_id: int,
    changes: Mapping[str, Any],
    *,
    allowed: set[str],
    apply: Callable[[Session, NAMED, Mapping[str, Any]], None],
    expected_version: int | None,
) -> Ref:
    """The shape of every simple edit: check, refuse a stale copy, apply, save."""
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    with journal.transaction() as session:
        record = get(session, entity, record_id)
        check_version(record, expected_version, changes)
        apply(session, record, changes)
        session.flush()
        return Ref(record.id, record.uuid, record.name)


def handover_rows(session: Session, handovers: Sequence[Handover]) -> list[HandoverRow]:
    """Rows for many handovers in three queries, not two per handover (N+1).

    The leavers, successors and the leavers' organisations are loaded up front and
    held here, so :func:`handover_row`'s ``session.get`` calls find them in the
    session instead of querying once per handover.
    """
    from sqlalchemy.orm import selectinload

    contact_ids = {
        i for h in handovers for i in (h.contact_id, h.successor_contact_id) if i is not None
    }
    member_ids = {
        i for h in handovers for i in (h.member_id, h.successor_member_id) if i is not None
    }
    held: list[object] = []
    if contact_ids:
        held += session.scalars(
            select(Contact)
            .where(Contact.id.in_(contact_ids))
            .options(selectinload(Contact.organisation))
        ).all()
    if member_ids:
        held += session.scalars(select(Member).where(Member.id.in_(member_ids))).all()
    rows = [handover_row(session, h) for h in handovers]
    del held  # kept alive until here: the session only holds records weakly
    return rows


def check_version(
    record: Organisation | Contact | Member | Interaction | Promise,
    expected: int | None,
    attempted: Mapping[str, Any] | None = None,
) -> None:
    """Refuse an edit made to a copy older than the record (someone else saved first).

    On a team journal the row is locked first (``FOR UPDATE``; SQLite has one writer
    anyway): a save in progress elsewhere is waited for, then seen, so two people
    saving at the same moment are told apart here instead of one overwriting the other.
    """
    from sqlalchemy.orm import object_session

    from bigjournal.errors import ConflictError

    if expected is None:
        return
    session = object_session(record)
    if session is not None:
        entity = type(record)
        newest = session.execute(
            select(entity.version).where(entity.id == record.id).with_for_update()
        ).scalar_one()
        if newest != record.version:
            session.refresh(record)
    if record.version == expected:
        return
    when = f"{record.updated_at.astimezone():%H:%M on %d %B %Y}"
    saved = f"“{record.updated_by}” saved it" if record.updated_by else "it was saved"
    who = f"{saved} at {when}"
    raise ConflictError(
        f"Someone else changed this record after you opened it: {who}. Your change was "
        "not saved, so nothing was overwritten: compare your version with theirs, then "
        "make your change again.",
        changed_by=record.updated_by,
        changed_at=record.updated_at,
        theirs=record_values(record),
        yours=attempted,
    )


def record_values(
    record: Organisation | Contact | Member | Interaction | Promise,
) -> dict[str, Any]:
    """The record's own fields as they are now (what a conflict shows as 'theirs')."""
    from sqlalchemy import inspect as inspect_entity

    mapper = inspect_entity(type(record))
    return {column.key: getattr(record, column.key) for column in mapper.column_attrs}
