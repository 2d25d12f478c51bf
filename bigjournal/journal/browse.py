"""Pages of long lists for views that scroll: meetings, promises, contacts.

A journal may hold 200,000 meetings, so lists are read a page at a time with
*keyset* pagination (``WHERE (date, id) < (last date, last id)``) that walks an
index, rather than ``OFFSET`` which rereads every skipped row. Each page costs a
fixed handful of statements however long the list, so the views never load all
rows and never issue one query per row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import (
    BindParameter,
    Select,
    String,
    and_,
    bindparam,
    func,
    literal,
    or_,
    select,
    type_coerce,
)

from bigjournal.journal.list_order import (
    ListOrder,
    SortColumn,
    bound_keyset_condition,
    directions,
    keyset_page,
)
from bigjournal.journal.records import ContactRow, MeetingRow, PromiseRow
from bigjournal.journal.rows import (
    contact_rows,
    contact_rows_select,
    meeting_rows,
    meeting_rows_select,
    promise_rows,
    promise_rows_select,
)
from bigjournal.model import Contact, Meeting, Organisation, Promise, interaction_organisations
from bigjournal.model.collation import organisation_sort_key, sort_key
from bigjournal.model.vocabulary import PromiseStatus, Side
from bigjournal.store import Journal

PAGE_SIZE = 200

#: Where the previous page ended: (the sorted column's value, id); by default
#: (occurred_on, id) for meetings.
MeetingCursor = tuple[Any, int]
#: (due_on or None, id) for promises by default; promises with no due date come last.
PromiseCursor = tuple[Any, int]
#: (name's sort key, id) for contacts by default.
ContactCursor = tuple[Any, int]

# The columns each list can be sorted by (issue 15), by the names the screens use.
# A meeting's organisations ("With") and a promise's holder (a contact or a member)
# are not among them: neither is one column an index could hold.
MEETING_SORTS = {
    "date": SortColumn(Meeting.occurred_on, lambda m: m.occurred_on),
    "kind": SortColumn(type_coerce(Meeting.kind, String), lambda m: m.kind.value),
    "title": SortColumn(Meeting.sort_title, lambda m: organisation_sort_key(m.title)),
}
MEETING_ORDER = ListOrder("date", descending=True)  # newest first
PROMISE_SORTS = {
    "due": SortColumn(Promise.due_on, lambda p: p.due_on, nullable=True),
    "whose": SortColumn(type_coerce(Promise.side, String), lambda p: p.side.value),
    "what": SortColumn(Promise.description, lambda p: p.description, fold=True),
    "organisation": SortColumn(
        Organisation.sort_name, lambda p: organisation_sort_key(p.organisation.name)
    ),
    "status": SortColumn(type_coerce(Promise.status, String), lambda p: p.status.value),
}
PROMISE_ORDER = ListOrder("due")  # soonest due first, no due date last
CONTACT_SORTS = {
    "name": SortColumn(Contact.sort_name, lambda c: sort_key(c.name)),
    "role": SortColumn(Contact.role, lambda c: c.role, fold=True),
    "organisation": SortColumn(
        Organisation.sort_name, lambda c: organisation_sort_key(c.organisation.name)
    ),
    "left": SortColumn(Contact.left_on, lambda c: c.left_on, nullable=True),
}
CONTACT_ORDER = ListOrder("name")


def meetings_page(
    journal: Journal,
    *,
    after: MeetingCursor | None = None,
    limit: int = PAGE_SIZE,
    organisation_id: int | None = None,
    order: ListOrder | None = None,
    text: str = "",
) -> list[MeetingRow]:
    """Meetings newest first (or in ``order``), the page after ``after``, one statement.

    ``text`` narrows to meetings whose title or one of whose organisations' names
    contains it. Plain rows (:func:`meeting_rows`), not entities: a page of entities
    loads every meeting's notes and decisions, which the list never shows.
    """
    parameters: dict[str, Any] = {"limit": limit, "organisation_id": organisation_id}
    wanted = text.strip()
    if (order is None or order == MEETING_ORDER) and not wanted:
        if after is not None:
            parameters["after_on"], parameters["after_id"] = after
        statement = _meetings_page(
            organisation=organisation_id is not None, after=after is not None
        )
        with journal.reading_rows() as connection:
            return meeting_rows(connection, statement, parameters)
    order = order or MEETING_ORDER
    if after is not None:
        parameters["after_value"], parameters["after_id"] = after
    if wanted:
        parameters["pattern"] = f"%{_escape_like(wanted)}%"
    statement = _sorted_meetings_page(
        order,
        organisation=organisation_id is not None,
        after=after is not None,
        narrowed=bool(wanted),
    )
    with journal.reading_rows() as connection:
        return meeting_rows(connection, statement, parameters, descending=order.descending)


@cache
def _sorted_meetings_page(
    order: ListOrder, *, organisation: bool, after: bool, narrowed: bool
) -> Select[Any]:
    """A page in a chosen order (and narrowed by typed text), built once per shape."""
    column = MEETING_SORTS[order.column]
    query = meeting_rows_select().add_columns(column.ordered().label("sort_value"))
    if organisation:
        query = query.where(
            Meeting.id.in_(
                select(interaction_organisations.c.interaction_id).where(
                    interaction_organisations.c.organisation_id == bindparam("organisation_id")
                )
            )
        )
    if narrowed:
        # Folded by the database on both sides, as the contacts' filter is.
        pattern = func.lower(bindparam("pattern", type_=String))
        named = select(Organisation.id).where(
            func.lower(Organisation.name).like(pattern, escape="\\")
        )
        query = query.where(
            or_(
                func.lower(Meeting.title).like(pattern, escape="\\"),
                Meeting.id.in_(
                    select(interaction_organisations.c.interaction_id).where(
                        interaction_organisations.c.organisation_id.in_(named)
                    )
                ),
            )
        )
    if after:
        query = query.where(bound_keyset_condition(column, Meeting.id, order.descending))
    return query.order_by(*directions(column, Meeting.id, order.descending)).limit(
        bindparam("limit")
    )


@cache
def _meetings_page(*, organisation: bool, after: bool) -> Select[Any]:
    """The page's statement, built once (values are parameters): see meeting_rows."""
    query = meeting_rows_select()
    if organisation:
        query = query.where(
            Meeting.id.in_(
                select(interaction_organisations.c.interaction_id).where(
                    interaction_organisations.c.organisation_id == bindparam("organisation_id")
                )
            )
        )
    if after:
        on: BindParameter[date] = bindparam("after_on")
        last_id: BindParameter[int] = bindparam("after_id")
        query = query.where(
            or_(
                Meeting.occurred_on < on,
                and_(Meeting.occurred_on == on, Meeting.id < last_id),
            )
        )
    return query.order_by(Meeting.occurred_on.desc(), Meeting.id.desc()).limit(bindparam("limit"))


def meeting_cursor(row: MeetingRow, order: ListOrder | None = None) -> MeetingCursor:
    if order is None or order == MEETING_ORDER:
        return (row.occurred_on, row.id)
    return (MEETING_SORTS[order.column].value(row), row.id)


def count_meetings_matching(journal: Journal, text: str) -> int:
    """How many meetings :func:`meetings_page` narrowed by ``text`` lists in all."""
    wanted = text.strip()
    if not wanted:
        return count_meetings(journal)
    pattern = func.lower(literal(f"%{_escape_like(wanted)}%", String))
    named = select(Organisation.id).where(func.lower(Organisation.name).like(pattern, escape="\\"))
    with journal.reading() as session:
        query = select(func.count(Meeting.id)).where(
            or_(
                func.lower(Meeting.title).like(pattern, escape="\\"),
                Meeting.id.in_(
                    select(interaction_organisations.c.interaction_id).where(
                        interaction_organisations.c.organisation_id.in_(named)
                    )
                ),
            )
        )
        return session.scalar(query) or 0


def count_meetings(journal: Journal) -> int:
    with journal.reading() as session:
        return session.scalar(select(func.count(Meeting.id))) or 0


@dataclass(frozen=True, slots=True)
class PromiseFilter:
    """What the promise register shows; empty fields mean "any"."""

    side: Side | None = None
    status: PromiseStatus | None = None
    organisation_id: int | None = None
    overdue_only: bool = False
    today: date | None = None

    def conditions(self) -> list[Any]:
        found: list[Any] = []
        if self.side is not None:
            found.append(Promise.side == self.side)
        if self.status is not None:
            found.append(Promise.status == self.status)
        if self.organisation_id is not None:
            found.append(Promise.organisation_id == self.organisation_id)
        if self.overdue_only:
            found.append(Promise.status == PromiseStatus.OPEN)
            found.append(Promise.due_on < (self.today or date.today()))
        return found


def promises_page(
    journal: Journal,
    wanted: PromiseFilter = PromiseFilter(),
    *,
    after: PromiseCursor | None = None,
    limit: int = PAGE_SIZE,
    order: ListOrder | None = None,
) -> list[PromiseRow]:
    """The promise register soonest due first (or in ``order``); those with no due date
    at the end."""
    if order is not None and order != PROMISE_ORDER:
        return _sorted_promises_page(journal, wanted, order, after=after, limit=limit)
    with journal.reading() as session:
        rows: list[PromiseRow] = []
        conditions = wanted.conditions()
        in_dated_part = after is None or after[0] is not None
        if in_dated_part:
            query = promise_rows_select().where(Promise.due_on.is_not(None), *conditions)
            if after is not None:
                due, last_id = after
                query = query.where(
                    or_(Promise.due_on > due, and_(Promise.due_on == due, Promise.id > last_id))
                )
            query = query.order_by(Promise.due_on, Promise.id)
            rows.extend(promise_rows(session, query.limit(limit)))
        if len(rows) < limit and not wanted.overdue_only:
            query = promise_rows_select().where(Promise.due_on.is_(None), *conditions)
            if after is not None and after[0] is None:
                query = query.where(Promise.id > after[1])
            query = query.order_by(Promise.id)
            rows.extend(promise_rows(session, query.limit(limit - len(rows))))
        return rows


def _sorted_promises_page(
    journal: Journal,
    wanted: PromiseFilter,
    order: ListOrder,
    *,
    after: PromiseCursor | None,
    limit: int,
) -> list[PromiseRow]:
    column = PROMISE_SORTS[order.column]
    query = (
        promise_rows_select()
        .join(Organisation, Organisation.id == Promise.organisation_id)
        .where(*wanted.conditions())
    )
    with journal.reading() as session:
        return keyset_page(
            lambda page: promise_rows(session, page),
            query,
            column,
            Promise.id,
            descending=order.descending,
            after=after,
            limit=limit,
        )


def promise_cursor(row: PromiseRow, order: ListOrder | None = None) -> PromiseCursor:
    if order is None or order == PROMISE_ORDER:
        return (row.due_on, row.id)
    return (PROMISE_SORTS[order.column].value(row), row.id)


def count_promises(journal: Journal, wanted: PromiseFilter = PromiseFilter()) -> int:
    with journal.reading() as session:
        return session.scalar(select(func.count(Promise.id)).where(*wanted.conditions())) or 0


def contacts_page(
    journal: Journal,
    *,
    text: str = "",
    after: ContactCursor | None = None,
    limit: int = PAGE_SIZE,
    include_left: bool = True,
    order: ListOrder | None = None,
) -> list[ContactRow]:
    """Contacts by name in the language's order (or in ``order``); ``text`` narrows to
    names, roles or organisations containing it.

    Plain rows from statements built once per shape (values as parameters), through
    the kept reader: one statement a page, two at the turn from a column's values to
    its blanks (contacts who have not left, when sorted by the date they left).
    """
    order = order or CONTACT_ORDER
    column = CONTACT_SORTS[order.column]
    wanted = text.strip()
    shape = {"narrowed": bool(wanted), "include_left": include_left}
    parameters: dict[str, Any] = {"limit": limit}
    if wanted:
        parameters["pattern"] = f"%{_escape_like(wanted)}%"
    rows: list[ContactRow] = []
    with journal.reading_rows() as connection:
        if after is None or after[0] is not None:
            if after is not None:
                parameters["after_value"], parameters["after_id"] = after
            statement = _contacts_page(order, after=after is not None, blanks=False, **shape)
            rows.extend(contact_rows(connection, statement, parameters))
        if column.nullable and len(rows) < limit:
            parameters.pop("after_value", None)
            parameters["limit"] = limit - len(rows)
            from_blank = after is not None and after[0] is None
            if from_blank:
                parameters["after_id"] = after[1]  # type: ignore[index]
            statement = _contacts_page(order, after=from_blank, blanks=True, **shape)
            rows.extend(contact_rows(connection, statement, parameters))
    return rows


@cache
def _contacts_page(
    order: ListOrder, *, after: bool, blanks: bool, narrowed: bool, include_left: bool
) -> Select[Any]:
    """One shape of a page of contacts, built once (see :func:`contacts_page`)."""
    column = CONTACT_SORTS[order.column]
    query = contact_rows_select().join(Organisation, Organisation.id == Contact.organisation_id)
    if narrowed:
        # Folded by the database, like the columns it is compared with.
        pattern = func.lower(bindparam("pattern", type_=String))
        query = query.where(
            or_(
                func.lower(Contact.name).like(pattern, escape="\\"),
                func.lower(Contact.role).like(pattern, escape="\\"),
                func.lower(Organisation.name).like(pattern, escape="\\"),
            )
        )
    if not include_left:
        query = query.where(Contact.left_on.is_(None))
    ordered = column.ordered()
    if blanks:
        query = query.where(ordered.is_(None))
        if after:
            last: BindParameter[int] = bindparam("after_id")
            query = query.where(Contact.id < last if order.descending else Contact.id > last)
        by_id = Contact.id.desc() if order.descending else Contact.id
        return query.order_by(by_id).limit(bindparam("limit"))
    if column.nullable:
        query = query.where(ordered.is_not(None))
    if after:
        query = query.where(bound_keyset_condition(column, Contact.id, order.descending))
    return query.order_by(*directions(column, Contact.id, order.descending)).limit(
        bindparam("limit")
    )


def contact_cursor(row: ContactRow, order: ListOrder | None = None) -> ContactCursor:
    """Where the next page starts: the sorted column's value (a name's sort key, made
    as it was stored; a text as stored, folded by the database) and the id."""
    return ((CONTACT_SORTS[(order or CONTACT_ORDER).column]).value(row), row.id)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
