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

from sqlalchemy import Select, String, and_, bindparam, func, literal, or_, select
from sqlalchemy.orm import selectinload

from bigjournal.journal.common import (
    contact_row,
    meeting_rows,
    meeting_rows_select,
    promise_options,
    promise_row,
)
from bigjournal.journal.records import ContactRow, MeetingRow, PromiseRow
from bigjournal.model import Contact, Interaction, Organisation, Promise, interaction_organisations
from bigjournal.model.vocabulary import PromiseStatus, Side
from bigjournal.store import Journal

PAGE_SIZE = 200

#: Where the previous page ended: (occurred_on, id) for meetings.
MeetingCursor = tuple[date, int]
#: (due_on or None, id) for promises; promises with no due date come last.
PromiseCursor = tuple[date | None, int]
#: (folded name, id) for contacts.
ContactCursor = tuple[str, int]


def meetings_page(
    journal: Journal,
    *,
    after: MeetingCursor | None = None,
    limit: int = PAGE_SIZE,
    organisation_id: int | None = None,
) -> list[MeetingRow]:
    """Meetings newest first, the page after ``after`` (two statements per page).

    Plain rows (:func:`meeting_rows`), not entities: a page of entities loads every
    meeting's notes and decisions, which the list never shows.
    """
    parameters: dict[str, Any] = {"limit": limit, "organisation_id": organisation_id}
    if after is not None:
        parameters["after_on"], parameters["after_id"] = after
    statement = _meetings_page(organisation=organisation_id is not None, after=after is not None)
    with journal.reading_rows() as connection:
        return meeting_rows(connection, statement, parameters)


@cache
def _meetings_page(*, organisation: bool, after: bool) -> Select[Any]:
    """The page's statement, built once (values are parameters): see meeting_rows."""
    query = meeting_rows_select()
    if organisation:
        query = query.where(
            Interaction.id.in_(
                select(interaction_organisations.c.interaction_id).where(
                    interaction_organisations.c.organisation_id == bindparam("organisation_id")
                )
            )
        )
    if after:
        on, last_id = bindparam("after_on"), bindparam("after_id")
        query = query.where(
            or_(
                Interaction.occurred_on < on,
                and_(Interaction.occurred_on == on, Interaction.id < last_id),
            )
        )
    return query.order_by(Interaction.occurred_on.desc(), Interaction.id.desc()).limit(
        bindparam("limit")
    )


def meeting_cursor(row: MeetingRow) -> MeetingCursor:
    return (row.occurred_on, row.id)


def count_meetings(journal: Journal) -> int:
    with journal.reading() as session:
        return session.scalar(select(func.count(Interaction.id))) or 0


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
) -> list[PromiseRow]:
    """The promise register soonest due first; those with no due date at the end."""
    with journal.reading() as session:
        rows: list[Promise] = []
        conditions = wanted.conditions()
        in_dated_part = after is None or after[0] is not None
        if in_dated_part:
            query = select(Promise).where(Promise.due_on.is_not(None), *conditions)
            if after is not None:
                due, last_id = after
                query = query.where(
                    or_(Promise.due_on > due, and_(Promise.due_on == due, Promise.id > last_id))
                )
            query = query.options(*promise_options()).order_by(Promise.due_on, Promise.id)
            rows.extend(session.scalars(query.limit(limit)).unique())
        if len(rows) < limit and not wanted.overdue_only:
            query = select(Promise).where(Promise.due_on.is_(None), *conditions)
            if after is not None and after[0] is None:
                query = query.where(Promise.id > after[1])
            query = query.options(*promise_options()).order_by(Promise.id)
            rows.extend(session.scalars(query.limit(limit - len(rows))).unique())
        return [promise_row(p) for p in rows]


def promise_cursor(row: PromiseRow) -> PromiseCursor:
    return (row.due_on, row.id)


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
) -> list[ContactRow]:
    """Contacts by name; ``text`` narrows to names, roles or organisations containing it."""
    folded_name = func.lower(Contact.name)
    with journal.reading() as session:
        query = (
            select(Contact)
            .join(Organisation, Organisation.id == Contact.organisation_id)
            .options(selectinload(Contact.organisation), selectinload(Contact.successor))
        )
        wanted = text.strip()
        if wanted:
            # Folded by the database, like the columns it is compared with.
            pattern = func.lower(literal(f"%{_escape_like(wanted)}%", String))
            query = query.where(
                or_(
                    folded_name.like(pattern, escape="\\"),
                    func.lower(Contact.role).like(pattern, escape="\\"),
                    func.lower(Organisation.name).like(pattern, escape="\\"),
                )
            )
        if not include_left:
            query = query.where(Contact.left_on.is_(None))
        if after is not None:
            name, last_id = after
            # The database folds the cursor's name itself, exactly as it folds the column:
            # SQLite's lower() knows only ASCII, PostgreSQL's knows Ø and Cyrillic too.
            folded_after = func.lower(literal(name, String))
            query = query.where(
                or_(
                    folded_name > folded_after,
                    and_(folded_name == folded_after, Contact.id > last_id),
                )
            )
        query = query.order_by(folded_name, Contact.id).limit(limit)
        return [contact_row(c) for c in session.scalars(query)]


def contact_cursor(row: ContactRow) -> ContactCursor:
    """Where the next page starts: the name as stored (folded by the database) and id."""
    return (row.name, row.id)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
