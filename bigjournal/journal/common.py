"""Helpers shared by the use cases: validation, finding records by name, conversion."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Connection, Select, String, and_, bindparam, func, select, type_coerce
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.interfaces import LoaderOption

from bigjournal.errors import AmbiguousNameError, NotFoundError, ValidationError
from bigjournal.journal.limits import LARGEST_NUMBER, check_date, check_text, has_visible_text
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
from bigjournal.model.vocabulary import InteractionKind, LabelledEnum, PromiseStatus, Side
from bigjournal.store.plain_reads import all_rows

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
    check_text(text, what, field=field)
    if not has_visible_text(text):
        raise ValidationError(f"Please give the {what}; it cannot be empty.", field)
    if len(text) > limit:
        raise ValidationError(
            f"The {what} is too long ({len(text)} characters); please keep it under {limit}.",
            field,
        )
    return text


def optional_text(value: str | None, what: str, *, field: str, limit: int = 200) -> str:
    text = (value or "").strip()
    check_text(text, what, field=field, one_line=limit <= 300)
    if len(text) > limit:
        raise ValidationError(
            f"The {what} is too long ({len(text)} characters); please keep it under {limit}.",
            field,
        )
    return text


def check_email(value: str | None, *, field: str = "email") -> str:
    text = (value or "").strip()
    check_text(text, "email address", field=field)  # a NUL: PostgreSQL cannot hold it
    if text and not EMAIL_PATTERN.match(text):
        raise ValidationError(
            f"“{text}” does not look like an email address (like name@example.org).", field
        )
    return text


def split_lines(text: str | None) -> tuple[str, ...]:
    """The values kept one a line in a text column (a contact's other phones, emails)."""
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


def text_list(value: str | Iterable[str] | None) -> list[str]:
    """Several values given as a list, or as one text with one a line (or ; between).

    Empty entries are dropped, and so is a repeat (case ignored); the order is kept.
    """
    items = [value] if isinstance(value, str) else list(value or ())
    found: dict[str, str] = {}
    for item in items:
        for part in (item or "").replace(";", "\n").splitlines():
            text = part.strip()
            if text:
                found.setdefault(text.casefold(), text)
    return list(found.values())


def check_phones(value: str | Iterable[str] | None, *, field: str = "other_phones") -> str:
    """Further phone numbers, each checked as the main one is; stored one a line."""
    phones = [optional_text(p, "phone number", field=field, limit=60) for p in text_list(value)]
    if len(phones) > 20:
        raise ValidationError("Please keep to twenty phone numbers for one person.", field)
    return "\n".join(phones)


def check_emails(value: str | Iterable[str] | None, *, field: str = "other_emails") -> str:
    """Further email addresses, each checked as the main one is; stored one a line."""
    emails = [check_email(e, field=field) for e in text_list(value)]
    for email in emails:
        if len(email) > 200:
            raise ValidationError(
                f"The email address “{email[:40]}…” is too long; please keep it under 200.", field
            )
    if len(emails) > 20:
        raise ValidationError("Please keep to twenty email addresses for one person.", field)
    return "\n".join(emails)


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
        parsed = date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            f"“{text}” is not a date BigJournal understands for the {what}; "
            "please write it as year-month-day, like 2026-03-31.",
            field,
        ) from None
    return check_date(parsed, what, field=field)


def get(session: Session, entity: type[NAMED], record_id: int) -> NAMED:
    if not 0 < record_id <= LARGEST_NUMBER:  # beyond what SQLite can even look up
        raise NotFoundError(f"There is no {NOUNS[entity]} number {record_id} in the journal.")
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
    if wanted.startswith("#") and wanted[1:].isascii() and wanted[1:].isdigit():
        return get(session, entity, int(wanted[1:]))
    folded = wanted.casefold()
    exact = session.scalars(select(entity).where(func.lower(entity.name) == folded)).all()
    if len(exact) == 1:
        return exact[0]
    candidates = list(exact)
    if not candidates:
        # Python-side folding: SQLite's lower() only knows ASCII.
        everyone: list[tuple[int, str]] = list(
            session.execute(select(entity.id, entity.name)).all()
        )
        if entity is Contact:  # “Cllr Brian Hollis” names Brian Hollis, titled Cllr
            everyone += [
                (rid, f"{title} {name}")
                for rid, name, title in session.execute(
                    select(Contact.id, Contact.name, Contact.title).where(Contact.title != "")
                )
            ]
        titled = {rid for rid, name in everyone if name.casefold() == folded}
        starting = {rid for rid, name in everyone if name.casefold().startswith(folded)}
        within = {rid for rid, name in everyone if folded in name.casefold()}
        ids = sorted(titled) or sorted(starting) or sorted(within)
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


def resolve_id(connection: Connection, entity: type[NAMED], wanted: int | str) -> int:
    """The id of the record ``wanted`` names, as :func:`find` finds it.

    A number is taken as it is, unchecked: a list that comes back empty asks
    :func:`require_exists` (a query saved on every list that has rows). A name, UUID
    or ``#number`` is looked up by :func:`find`, on a session over this connection.
    """
    if isinstance(wanted, int):
        return wanted
    with Session(bind=connection) as session:
        return find(session, entity, wanted).id


def filter_organisation_id(connection: Connection, organisation: int | str | None) -> int | None:
    """The id of the organisation a list is narrowed to; None (or "") for all of them.

    A list narrowed by id that comes back empty should ask :func:`require_exists`.
    """
    if organisation is None or organisation == "":
        return None
    return resolve_id(connection, Organisation, organisation)


def require_exists(connection: Connection, entity: type[NAMED], record_id: int) -> None:
    """Raise :func:`get`'s :class:`NotFoundError` if there is no such record."""
    if not 0 < record_id <= LARGEST_NUMBER:
        raise NotFoundError(f"There is no {NOUNS[entity]} number {record_id} in the journal.")
    if connection.execute(_id_select(entity), {"record_id": record_id}).first() is None:
        raise NotFoundError(f"That {NOUNS[entity]} is no longer in the journal.")


@cache
def _id_select(entity: type[NAMED]) -> Select[*tuple[Any, ...]]:
    return select(entity.id).where(entity.id == bindparam("record_id"))


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
        renewed_from_id=p.renewed_from_id,
        renewal_id=p.renewal_id,  # type: ignore[attr-defined]
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


def promise_options() -> list[LoaderOption]:
    """Eager loads that turn a list of promises into rows without N+1 queries."""
    from sqlalchemy.orm import joinedload

    return [joinedload(getattr(Promise, name)) for name in PROMISE_LOADS]


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
_KINDS = {kind.value: kind for kind in InteractionKind}


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

    def new_ref(known: dict[int, Ref], row: Sequence[Any], index: int) -> Ref:
        found = known[row[index]] = Ref(row[index], row[index + 1], row[index + 2])
        return found

    rows = []
    # Flat on purpose: on a short list, a function call per name cost as much as the
    # query. A person is a contact or a member (at most one is set), three columns each.
    for row in all_rows(connection_of(reader), statement, parameters):
        organisation = organisations.get(row[4]) or new_ref(organisations, row, 4)
        made_by = made_to = holder = None
        if row[7] is not None:
            made_by = contacts.get(row[7]) or new_ref(contacts, row, 7)
        elif row[10] is not None:
            made_by = members.get(row[10]) or new_ref(members, row, 10)
        if row[13] is not None:
            made_to = contacts.get(row[13]) or new_ref(contacts, row, 13)
        elif row[16] is not None:
            made_to = members.get(row[16]) or new_ref(members, row, 16)
        if row[19] is not None:
            holder = contacts.get(row[19]) or new_ref(contacts, row, 19)
        elif row[22] is not None:
            holder = members.get(row[22]) or new_ref(members, row, 22)
        rows.append(
            PromiseRow(
                row[0],
                row[1],
                row[2],
                _SIDES.get(row[3]) or Side(row[3]),
                organisation,
                made_by,
                made_to,
                holder,
                row[25],
                row[26],
                _STATUSES.get(row[27]) or PromiseStatus(row[27]),
                *row[28:34],  # status_on, note, meeting, version, renewed from, renewal
            )
        )
    return rows


def meeting_rows_select() -> Select[*tuple[Any, ...]]:
    """The columns of :class:`MeetingRow` (without its organisations); see
    :func:`meeting_rows`."""
    return select(
        Interaction.id,
        Interaction.uuid,
        Interaction.occurred_on,
        type_coerce(Interaction.kind, String),  # as stored: see _SIDES
        Interaction.title,
        Interaction.is_planned,
    )


@lru_cache(maxsize=64)
def _with_organisations(
    statement: Select[*tuple[Any, ...]], descending: bool = True
) -> Select[*tuple[Any, ...]]:
    """A page of meetings (``statement``) with each meeting's organisations joined in.

    One statement, not the page and then its organisations by a list of ids: on a short
    page the second round trip, and rendering an ``IN`` list of a hundred parameters,
    cost more than the query (issue 9). Kept per statement: callers build theirs once.
    """
    page = statement.subquery("page")
    link = interaction_organisations.c
    if "sort_value" in page.c:  # a page in a chosen order (browse.MEETING_SORTS)
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
) -> list[MeetingRow]:
    """Run a :func:`meeting_rows_select` statement ordered newest first (by date, then
    id, as every list of meetings is), with each meeting's organisations, in one query.
    A statement with a ``sort_value`` column keeps its order by it (``descending``).

    Build ``statement`` once (with ``bindparam`` s for its values): the joined statement
    is made once per statement.
    """
    organisations: dict[int, Ref] = {}
    meetings: list[tuple[Any, list[Ref]]] = []
    at = len(statement.selected_columns)  # where the organisation's columns start
    joined = _with_organisations(statement, descending)
    for row in all_rows(connection_of(reader), joined, parameters):
        if not meetings or meetings[-1][0][0] != row[0]:
            meetings.append((row, []))
        if row[at] is not None:
            found = organisations.get(row[at])
            if found is None:
                found = organisations[row[at]] = Ref(row[at], row[at + 1], row[at + 2])
            meetings[-1][1].append(found)
    return [
        MeetingRow(
            m[0], m[1], m[2], _KINDS.get(m[3]) or InteractionKind(m[3]), m[4], tuple(names), m[5]
        )
        for m, names in meetings
    ]


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
    for row in all_rows(connection_of(reader), statement, parameters):
        organisation = organisations.get(row[4])
        if organisation is None:
            organisation = organisations[row[4]] = Ref(row[4], row[5], row[6])
        successor = Ref(row[15], row[16], row[17]) if row[15] is not None else None
        rows.append(
            ContactRow(
                id=row[0],
                uuid=row[1],
                name=row[2],
                role=row[3],
                organisation=organisation,
                kind=row[7],
                ward=row[8],
                term_ends_on=row[9],
                phone=row[10],
                email=row[11],
                preferred_contact=row[12],
                left_on=row[13],
                went_to=row[14],
                successor=successor,
                notes=row[18],
                version=row[19],
                title=row[20],
                other_phones=split_lines(row[21]),
                other_emails=split_lines(row[22]),
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

    def ref_at(row: Sequence[Any], index: int) -> Ref | None:
        return Ref(row[index], row[index + 1], row[index + 2]) if row[index] is not None else None

    rows = []
    for row in all_rows(connection_of(reader), statement, parameters):
        by_contact = row[2] is not None
        leaver = ref_at(row, 2 if by_contact else 5)
        assert leaver is not None
        rows.append(
            HandoverRow(
                row[0],
                row[1],
                leaver,
                row[23] is not None,
                ref_at(row, 8),
                row[17],
                row[18],
                ref_at(row, 11 if by_contact else 14),
                *row[19:23],
            )
        )
    return rows


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
        title=c.title,
        other_phones=split_lines(c.other_phones),
        other_emails=split_lines(c.other_emails),
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
    mapper = record.__mapper__  # the mapper of the record's class
    values = {column.key: getattr(record, column.key) for column in mapper.column_attrs}
    # The names edits use for what is not a plain column, so a conflict can show their
    # value too (and "use mine" can put it back on undo).
    if isinstance(record, Organisation):
        from sqlalchemy.orm import object_session

        from bigjournal.model import organisation_purposes

        values["parent"] = record.parent_id
        values["holders"] = sorted(member.id for member in record.holders)
        session = object_session(record)
        if session is not None:
            values["purposes"] = sorted(
                session.scalars(
                    select(organisation_purposes.c.purpose).where(
                        organisation_purposes.c.organisation_id == record.id
                    )
                )
            )
    elif isinstance(record, Contact):
        values["organisation"] = record.organisation_id
    return values
