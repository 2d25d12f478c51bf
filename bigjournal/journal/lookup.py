"""Finding a record the volunteer named: by its number, its UUID or its name.

Organisations, contacts and partnership members (:func:`find`; :func:`resolve_id` for a
list's connection): a number (or ``#number``) or UUID is that record; otherwise an exact
name (case ignored), then the one name that starts with, then contains, what was typed.
Meetings and promises (:func:`find_meeting`, :func:`find_promise`) by the same rule, by
a meeting's title or a promise's words. When several match, the volunteer is told which
ones with their numbers, and nothing is picked for them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import Connection, Select, bindparam, func, select
from sqlalchemy.orm import Session

from bigjournal.errors import AmbiguousNameError, NotFoundError
from bigjournal.journal.limits import LARGEST_NUMBER
from bigjournal.journal.records import Ref
from bigjournal.model import Contact, Meeting, Member, Organisation, Promise
from bigjournal.store import Journal

NAMED = TypeVar("NAMED", Organisation, Contact, Member)

UUID_PATTERN = re.compile(
    r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
)
NOUNS = {Organisation: "organisation", Contact: "contact", Member: "partnership member"}


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


SHOWN = 8


def find_meeting(journal: Journal, wanted: int | str) -> Ref:
    """The meeting numbered or titled ``wanted``."""
    with journal.reading_rows() as connection:
        number = _number(wanted)
        if number is not None:
            row = connection.execute(
                select(Meeting.id, Meeting.uuid, Meeting.title).where(Meeting.id == number)
            ).first()
            if row is None:
                raise NotFoundError(f"There is no meeting #{number} in the journal.")
            return Ref(*row)
        rows = connection.execute(
            select(Meeting.id, Meeting.uuid, Meeting.title, Meeting.occurred_on)
        ).all()
    return _pick("meeting", str(wanted), [(Ref(r[0], r[1], r[2]), r[3]) for r in rows], "its title")


def find_promise(journal: Journal, wanted: int | str) -> Ref:
    """The promise numbered ``wanted``, or the one whose words match it."""
    with journal.reading_rows() as connection:
        number = _number(wanted)
        if number is not None:
            row = connection.execute(
                select(Promise.id, Promise.uuid, Promise.description).where(Promise.id == number)
            ).first()
            if row is None:
                raise NotFoundError(f"There is no promise #{number} in the journal.")
            return Ref(*row)
        rows = connection.execute(
            select(Promise.id, Promise.uuid, Promise.description, Promise.made_on)
        ).all()
    return _pick(
        "promise", str(wanted), [(Ref(r[0], r[1], r[2]), r[3]) for r in rows], "what was promised"
    )


def _number(wanted: int | str) -> int | None:
    """The record number typed, if it is one; a number no record can have is refused."""
    if isinstance(wanted, int):
        number = wanted
    else:
        text = wanted.strip().removeprefix("#")
        if not (text.isascii() and text.isdigit()):
            return None
        number = int(text)
    if not 0 < number <= LARGEST_NUMBER:
        raise NotFoundError(f"There is no record #{number} in the journal.")
    return number


def _pick(noun: str, wanted: str, records: Sequence[tuple[Ref, date]], words: str) -> Ref:
    folded = " ".join(wanted.split()).casefold()
    if not folded:
        raise NotFoundError(f"Please give the {noun}'s number or words from {words}.")

    def text(ref: Ref) -> str:
        return " ".join(ref.name.split()).casefold()

    exact = [r for r in records if text(r[0]) == folded]
    starting = [r for r in records if text(r[0]).startswith(folded)]
    within = [r for r in records if folded in text(r[0])]
    for found in (exact, starting, within):
        if len(found) == 1:
            return found[0][0]
        if found:
            shown = "; ".join(
                f"“{ref.name[:60]}” (#{ref.id}, {on:%d %b %Y})"
                for ref, on in sorted(found, key=lambda r: (r[1], r[0].id))[:SHOWN]
            ) + ("; …" if len(found) > SHOWN else "")
            raise AmbiguousNameError(
                f"More than one {noun} matches “{wanted.strip()}”: {shown}. "
                "Please give its number instead.",
                [ref.name for ref, _on in found],
            )
    raise NotFoundError(f"There is no {noun} matching “{wanted.strip()}” in the journal.")
