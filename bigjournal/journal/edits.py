"""The shape of a simple edit, and the version check that refuses an edit to a stale copy."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bigjournal.journal.lookup import NAMED, get
from bigjournal.journal.records import Ref
from bigjournal.model import Contact, Meeting, Member, Organisation, Outcome, Promise

if TYPE_CHECKING:
    from bigjournal.store import Journal


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


def check_version(
    record: Organisation | Contact | Member | Meeting | Promise | Outcome,
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
    record: Organisation | Contact | Member | Meeting | Promise | Outcome,
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
    elif isinstance(record, Outcome):  # the names an outcome's edit uses (issue 21)
        values["organisation"] = record.organisation_id
        values["amount"] = record.amount_pence
        values["meeting"] = record.interaction_id
        values["promise"] = record.promise_id
    return values
