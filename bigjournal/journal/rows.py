"""The rows the use cases return, each kind's built one way: from plain columns.

A ``*_rows_select()`` statement (built once) with ``where`` and ``order_by`` added, run by
its ``*_rows`` function, reads a list without loading ORM objects (lists of thousands,
issue 9); ``*_row(session, id)`` reads one record the same way after a write (flushing
first), so a kind's row has one builder and cannot differ by how it was reached.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cache, lru_cache
from typing import Any, TypeVar

from sqlalchemy import Connection, Select, String, and_, select, type_coerce
from sqlalchemy.orm import Session, aliased

from bigjournal.journal.records import ContactRow, HandoverRow, MeetingRow, PromiseRow, Ref
from bigjournal.journal.validation import split_lines
from bigjournal.model import (
    Contact,
    Handover,
    Meeting,
    Member,
    Organisation,
    Promise,
    interaction_organisations,
)
from bigjournal.model.vocabulary import MeetingKind, PromiseStatus, Side
from bigjournal.store.plain_reads import all_rows

_Row = TypeVar("_Row")


def ref(record: Organisation | Contact | Member | None) -> Ref | None:
    if record is None:
        return None
    return Ref(record.id, record.uuid, record.name)


def refs(records: Iterable[Organisation | Contact | Member]) -> tuple[Ref, ...]:
    return tuple(Ref(r.id, r.uuid, r.name) for r in records)


def promise_row(session: Session, promise_id: int) -> PromiseRow:
    """One promise's row, read as plain columns after the session's writes are flushed
    (the one way a promise becomes a row: lists and single records alike)."""
    return _one(promise_rows_of(session, [promise_id]), "promise", promise_id)


def promise_rows_of(session: Session, ids: Sequence[int]) -> list[PromiseRow]:
    """These promises' rows, in the order given, in one query."""
    session.flush()
    found = {
        row.id: row
        for row in promise_rows(session, promise_rows_select().where(Promise.id.in_(ids)))
    }
    return [found[i] for i in ids if i in found]


def _one(rows: Sequence[_Row], kind: str, key: int) -> _Row:
    if not rows:
        raise LookupError(f"no {kind} {key} to read back")  # a bug: the caller just wrote it
    return rows[0]


_PROMISE_PEOPLE: tuple[tuple[str, type[Contact] | type[Member]], ...] = (
    ("made_by_contact_id", Contact),
    ("made_by_member_id", Member),
    ("made_to_contact_id", Contact),
    ("made_to_member_id", Member),
    ("holder_contact_id", Contact),
    ("holder_member_id", Member),
)


def promise_rows_select() -> Select[*tuple[Any, ...]]:
    """The columns of :class:`PromiseRow` with every name joined in: one query, no ORM
    objects. Lists of thousands of promises (the register, an organisation's page,
    the agenda) cost about 4× less than loading entities with their relationships.
    Add ``where`` and ``order_by`` and pass it to :func:`promise_rows`.
    """
    return _promise_rows_select()


# The two vocabulary columns are read as the text stored and looked up here: the
# column type's own conversion is two Python calls per value, a tenth of the time of
# one organisation's overdue promises (issue 9). Same members, same values.
_SIDES = {side.value: side for side in Side}
_STATUSES = {status.value: status for status in PromiseStatus}
_KINDS = {kind.value: kind for kind in MeetingKind}


@cache
def _promise_rows_select() -> Select[*tuple[Any, ...]]:
    # Built once: seven aliased tables cost more to construct than a short query
    # takes to run. A Select is immutable, so sharing it is safe.
    organisation = aliased(Organisation)
    people = [aliased(entity) for _column, entity in _PROMISE_PEOPLE]
    statement = select(
        Promise.id,
        Promise.uuid,
        Promise.description,
        type_coerce(Promise.side, String),  # as stored: see _SIDES
        organisation.id,
        organisation.uuid,
        organisation.name,
        *(column for person in people for column in (person.id, person.uuid, person.name)),
        Promise.made_on,
        Promise.due_on,
        type_coerce(Promise.status, String),
        Promise.status_on,
        Promise.status_note,
        Promise.interaction_id,
        Promise.version,
        Promise.renewed_from_id,
        Promise.renewal_id,  # type: ignore[attr-defined]
    ).join(organisation, organisation.id == Promise.organisation_id)
    for (column, _entity), person in zip(_PROMISE_PEOPLE, people, strict=True):
        statement = statement.outerjoin(person, person.id == getattr(Promise, column))
    return statement


def connection_of(reader: Session | Connection) -> Connection:
    """The Core connection to read plain rows through: a session's own, or the one given.

    Plain rows skip the ORM's loading layer, which costs as much as the query itself on
    a long list; :meth:`Journal.reading_rows` gives a connection without a session.
    """
    return reader.connection() if isinstance(reader, Session) else reader


def promise_rows(
    reader: Session | Connection,
    statement: Select[*tuple[Any, ...]],
    parameters: Mapping[str, Any] | None = None,
) -> list[PromiseRow]:
    """Run a :func:`promise_rows_select` statement; same rows as :func:`promise_row`.

    ``parameters`` fill the statement's ``bindparam`` s: a statement built once and run
    with new values is compiled once and its cache key computed once (issue 9).
    The same organisation or person appears on many rows: each ``Ref`` is built once
    per call and shared (they are immutable).
    """
    organisations: dict[int, Ref] = {}
    contacts: dict[int, Ref] = {}
    members: dict[int, Ref] = {}

    def new_ref(known: dict[int, Ref], key: int, uuid: str, name: str) -> Ref:
        found = known[key] = Ref(key, uuid, name)
        return found

    rows = []
    # The names below are _promise_rows_select's columns, in its order. Flat on purpose:
    # on a short list, a function call per name cost as much as the query. A person is a
    # contact or a member (at most one is set), three columns each.
    for (
        id_,
        uuid,
        description,
        side,
        organisation_id,
        organisation_uuid,
        organisation_name,
        made_by_contact_id,
        made_by_contact_uuid,
        made_by_contact_name,
        made_by_member_id,
        made_by_member_uuid,
        made_by_member_name,
        made_to_contact_id,
        made_to_contact_uuid,
        made_to_contact_name,
        made_to_member_id,
        made_to_member_uuid,
        made_to_member_name,
        holder_contact_id,
        holder_contact_uuid,
        holder_contact_name,
        holder_member_id,
        holder_member_uuid,
        holder_member_name,
        made_on,
        due_on,
        status,
        status_on,
        status_note,
        interaction_id,
        version,
        renewed_from_id,
        renewal_id,
    ) in all_rows(connection_of(reader), statement, parameters):
        organisation = organisations.get(organisation_id) or new_ref(
            organisations, organisation_id, organisation_uuid, organisation_name
        )
        made_by = made_to = holder = None
        if made_by_contact_id is not None:
            made_by = contacts.get(made_by_contact_id) or new_ref(
                contacts, made_by_contact_id, made_by_contact_uuid, made_by_contact_name
            )
        elif made_by_member_id is not None:
            made_by = members.get(made_by_member_id) or new_ref(
                members, made_by_member_id, made_by_member_uuid, made_by_member_name
            )
        if made_to_contact_id is not None:
            made_to = contacts.get(made_to_contact_id) or new_ref(
                contacts, made_to_contact_id, made_to_contact_uuid, made_to_contact_name
            )
        elif made_to_member_id is not None:
            made_to = members.get(made_to_member_id) or new_ref(
                members, made_to_member_id, made_to_member_uuid, made_to_member_name
            )
        if holder_contact_id is not None:
            holder = contacts.get(holder_contact_id) or new_ref(
                contacts, holder_contact_id, holder_contact_uuid, holder_contact_name
            )
        elif holder_member_id is not None:
            holder = members.get(holder_member_id) or new_ref(
                members, holder_member_id, holder_member_uuid, holder_member_name
            )
        rows.append(
            PromiseRow(
                id=id_,
                uuid=uuid,
                description=description,
                side=_SIDES.get(side) or Side(side),
                organisation=organisation,
                made_by=made_by,
                made_to=made_to,
                holder=holder,
                made_on=made_on,
                due_on=due_on,
                status=_STATUSES.get(status) or PromiseStatus(status),
                status_on=status_on,
                status_note=status_note,
                interaction_id=interaction_id,
                version=version,
                renewed_from_id=renewed_from_id,
                renewal_id=renewal_id,
            )
        )
    return rows


def meeting_rows_select() -> Select[*tuple[Any, ...]]:
    """The columns of :class:`MeetingRow` (without its organisations); see
    :func:`meeting_rows`."""
    return select(
        Meeting.id,
        Meeting.uuid,
        Meeting.occurred_on,
        type_coerce(Meeting.kind, String),  # as stored: see _SIDES
        Meeting.title,
        Meeting.is_planned,
    )


@lru_cache(maxsize=64)
def _with_organisations(
    statement: Select[*tuple[Any, ...]], descending: bool = True, soonest_first: bool = False
) -> Select[*tuple[Any, ...]]:
    """A page of meetings (``statement``) with each meeting's organisations joined in.

    One statement, not the page and then its organisations by a list of ids: on a short
    page the second round trip, and rendering an ``IN`` list of a hundred parameters,
    cost more than the query (issue 9). Kept per statement: callers build theirs once.
    """
    page = statement.subquery("page")
    link = interaction_organisations.c
    order: tuple[Any, ...]
    if soonest_first:  # meetings to come, by day and time (the statement adds starts_at)
        order = (page.c.occurred_on, page.c.starts_at, page.c.id)
    elif "sort_value" in page.c:  # a page in a chosen order (browse.MEETING_SORTS)
        first, then = page.c.sort_value, page.c.id
        order = (first.desc(), then.desc()) if descending else (first, then)
    else:
        order = (page.c.occurred_on.desc(), page.c.id.desc())
    return (
        select(page, Organisation.id, Organisation.uuid, Organisation.name)
        .outerjoin(interaction_organisations, link.interaction_id == page.c.id)
        .outerjoin(Organisation, Organisation.id == link.organisation_id)
        .order_by(*order, Organisation.name)
    )


def meeting_rows(
    reader: Session | Connection,
    statement: Select[*tuple[Any, ...]],
    parameters: Mapping[str, Any] | None = None,
    *,
    descending: bool = True,
    soonest_first: bool = False,
) -> list[MeetingRow]:
    """Run a :func:`meeting_rows_select` statement ordered newest first (by date, then
    id, as every list of meetings is), with each meeting's organisations, in one query.
    A statement with a ``sort_value`` column keeps its order by it (``descending``);
    ``soonest_first`` orders meetings to come by day and ``starts_at`` (which the
    statement then adds).

    Build ``statement`` once (with ``bindparam`` s for its values): the joined statement
    is made once per statement.
    """
    organisations: dict[int, Ref] = {}
    meetings: list[tuple[Any, list[Ref]]] = []
    at = len(statement.selected_columns)  # where the organisation's columns start
    joined = _with_organisations(statement, descending, soonest_first)
    for row in all_rows(connection_of(reader), joined, parameters):
        if not meetings or meetings[-1][0][0] != row[0]:
            meetings.append((row, []))
        if row[at] is not None:
            found = organisations.get(row[at])
            if found is None:
                found = organisations[row[at]] = Ref(row[at], row[at + 1], row[at + 2])
            meetings[-1][1].append(found)
    rows = []
    for meeting, names in meetings:
        id_, uuid, occurred_on, kind, title, is_planned = meeting[:6]  # meeting_rows_select's
        rows.append(
            MeetingRow(
                id=id_,
                uuid=uuid,
                occurred_on=occurred_on,
                kind=_KINDS.get(kind) or MeetingKind(kind),
                title=title,
                organisations=tuple(names),
                is_planned=is_planned,
            )
        )
    return rows


@cache
def contact_rows_select() -> Select[*tuple[Any, ...]]:
    """The columns of :class:`ContactRow`, organisation and successor joined in; add
    ``where`` and ``order_by`` and pass it to :func:`contact_rows`. Built once (shared:
    a Select is immutable)."""
    organisation = aliased(Organisation)
    successor = aliased(Contact)
    return (
        select(
            Contact.id,
            Contact.uuid,
            Contact.name,
            Contact.role,
            organisation.id,
            organisation.uuid,
            organisation.name,
            Contact.kind,
            Contact.ward,
            Contact.term_ends_on,
            Contact.phone,
            Contact.email,
            Contact.preferred_contact,
            Contact.left_on,
            Contact.went_to,
            successor.id,
            successor.uuid,
            successor.name,
            Contact.notes,
            Contact.version,
            Contact.title,
            Contact.other_phones,
            Contact.other_emails,
        )
        .join(organisation, organisation.id == Contact.organisation_id)
        .outerjoin(successor, successor.id == Contact.successor_id)
    )


def contact_rows(
    reader: Session | Connection,
    statement: Select[*tuple[Any, ...]],
    parameters: Mapping[str, Any] | None = None,
) -> list[ContactRow]:
    """Run a :func:`contact_rows_select` statement; the same rows as :func:`contact_row`."""
    organisations: dict[int, Ref] = {}
    rows = []
    for (  # contact_rows_select's columns, in its order
        id_,
        uuid,
        name,
        role,
        organisation_id,
        organisation_uuid,
        organisation_name,
        kind,
        ward,
        term_ends_on,
        phone,
        email,
        preferred_contact,
        left_on,
        went_to,
        successor_id,
        successor_uuid,
        successor_name,
        notes,
        version,
        title,
        other_phones,
        other_emails,
    ) in all_rows(connection_of(reader), statement, parameters):
        organisation = organisations.get(organisation_id)
        if organisation is None:
            organisation = organisations[organisation_id] = Ref(
                organisation_id, organisation_uuid, organisation_name
            )
        successor = (
            Ref(successor_id, successor_uuid, successor_name) if successor_id is not None else None
        )
        rows.append(
            ContactRow(
                id=id_,
                uuid=uuid,
                name=name,
                role=role,
                organisation=organisation,
                kind=kind,
                ward=ward,
                term_ends_on=term_ends_on,
                phone=phone,
                email=email,
                preferred_contact=preferred_contact,
                left_on=left_on,
                went_to=went_to,
                successor=successor,
                notes=notes,
                version=version,
                title=title,
                other_phones=split_lines(other_phones),
                other_emails=split_lines(other_emails),
            )
        )
    return rows


@cache
def handover_rows_select() -> Select[*tuple[Any, ...]]:
    """The columns of :class:`HandoverRow` with the leaver, their organisation and the
    successor joined in (a contact's or a member's); see :func:`handover_rows_from`."""
    leaver_contact, leaver_member = aliased(Contact), aliased(Member)
    successor_contact, successor_member = aliased(Contact), aliased(Member)
    organisation = aliased(Organisation)
    return (
        select(
            Handover.id,
            Handover.uuid,
            leaver_contact.id,
            leaver_contact.uuid,
            leaver_contact.name,
            leaver_member.id,
            leaver_member.uuid,
            leaver_member.name,
            organisation.id,
            organisation.uuid,
            organisation.name,
            successor_contact.id,
            successor_contact.uuid,
            successor_contact.name,
            successor_member.id,
            successor_member.uuid,
            successor_member.name,
            Handover.left_on,
            Handover.went_to,
            Handover.post_vacant,
            Handover.notes,
            Handover.introduction_on,
            Handover.completed_on,
            Handover.member_id,
        )
        .outerjoin(leaver_contact, leaver_contact.id == Handover.contact_id)
        .outerjoin(organisation, organisation.id == leaver_contact.organisation_id)
        .outerjoin(leaver_member, leaver_member.id == Handover.member_id)
        # A contact's successor is a contact, a member's a member (as handover_row reads).
        .outerjoin(
            successor_contact,
            and_(
                successor_contact.id == Handover.successor_contact_id,
                Handover.contact_id.is_not(None),
            ),
        )
        .outerjoin(
            successor_member,
            and_(
                successor_member.id == Handover.successor_member_id,
                Handover.contact_id.is_(None),
            ),
        )
    )


def handover_rows_from(
    reader: Session | Connection,
    statement: Select[*tuple[Any, ...]],
    parameters: Mapping[str, Any] | None = None,
) -> list[HandoverRow]:
    """Run a :func:`handover_rows_select` statement: the rows :func:`handover_row` makes,
    in one query."""

    def ref_of(key: int | None, uuid: str, name: str) -> Ref | None:
        return Ref(key, uuid, name) if key is not None else None

    rows = []
    for (  # handover_rows_select's columns, in its order
        id_,
        uuid,
        leaver_contact_id,
        leaver_contact_uuid,
        leaver_contact_name,
        leaver_member_id,
        leaver_member_uuid,
        leaver_member_name,
        organisation_id,
        organisation_uuid,
        organisation_name,
        successor_contact_id,
        successor_contact_uuid,
        successor_contact_name,
        successor_member_id,
        successor_member_uuid,
        successor_member_name,
        left_on,
        went_to,
        post_vacant,
        notes,
        introduction_on,
        completed_on,
        member_id,
    ) in all_rows(connection_of(reader), statement, parameters):
        if leaver_contact_id is not None:
            leaver = ref_of(leaver_contact_id, leaver_contact_uuid, leaver_contact_name)
            successor = ref_of(successor_contact_id, successor_contact_uuid, successor_contact_name)
        else:
            leaver = ref_of(leaver_member_id, leaver_member_uuid, leaver_member_name)
            successor = ref_of(successor_member_id, successor_member_uuid, successor_member_name)
        assert leaver is not None
        rows.append(
            HandoverRow(
                id=id_,
                uuid=uuid,
                leaver=leaver,
                leaver_is_member=member_id is not None,
                organisation=ref_of(organisation_id, organisation_uuid, organisation_name),
                left_on=left_on,
                went_to=went_to,
                successor=successor,
                post_vacant=post_vacant,
                notes=notes,
                introduction_on=introduction_on,
                completed_on=completed_on,
            )
        )
    return rows


def contact_row(session: Session, contact_id: int) -> ContactRow:
    """One contact's row, read as plain columns after the session's writes are flushed."""
    session.flush()
    rows = contact_rows(session, contact_rows_select().where(Contact.id == contact_id))
    return _one(rows, "contact", contact_id)


def meeting_row(session: Session, meeting_id: int) -> MeetingRow:
    """One meeting's row, read as plain columns after the session's writes are flushed."""
    session.flush()
    rows = meeting_rows(session, meeting_rows_select().where(Meeting.id == meeting_id))
    return _one(rows, "meeting", meeting_id)


def handover_row(session: Session, handover_id: int) -> HandoverRow:
    """One handover's row, read as plain columns after the session's writes are flushed."""
    return _one(handover_rows_of(session, [handover_id]), "handover", handover_id)


def handover_rows_of(session: Session, ids: Sequence[int]) -> list[HandoverRow]:
    """These handovers' rows, in the order given, in one query."""
    session.flush()
    statement = handover_rows_select().where(Handover.id.in_(ids))
    found = {row.id: row for row in handover_rows_from(session, statement)}
    return [found[i] for i in ids if i in found]
