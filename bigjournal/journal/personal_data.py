"""Personal data under UK GDPR: forget a person, and tell a person what the journal holds.

**Forget this person** (right to erasure) deletes a contact and every detail held on
them: their record, their place on attendance lists and any handover about their
leaving. Promises they made, received or held are *kept*, because the partnership's
track record with the organisation is not about the person: the promise stays with
the organisation ("the organisation owes it", as when nobody holds it). Free-text
notes are never rewritten behind the user's back; instead every note that mentions
the person's name is listed for the user to review and edit.

The erasure reaches the disk: SQLite's ``secure_delete`` overwrites freed pages, the
full-text index is merged in the same transaction so no stray words remain even after
a crash, and the write-ahead log is folded in. Backups and set-aside copies made
before still hold the person: forgetting lists exactly which (``copies_holding``) and
:func:`remove_held_copies` removes them, after making a new backup without them;
left alone they go with the rotation (at most a year). docs/reliability.md explains
this for the privacy notice.

**Everything about this person** (subject access request) gathers what the journal
holds on one contact or member into plain data, written as JSON by the command line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from bigjournal.errors import JournalError
from bigjournal.journal.kinds import KINDS
from bigjournal.journal.lookup import find, get
from bigjournal.journal.records import Ref
from bigjournal.journal.validation import split_lines
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
from bigjournal.store import Journal, backup
from bigjournal.store.copies import HeldCopy, copies_holding, remove_copies

# Free-text columns that may name a person, by the record they belong to.
TEXT_COLUMNS: dict[str, tuple[Any, tuple[str, ...], str]] = {
    declared.name: (declared.entity, declared.personal_text, declared.name_column)
    for declared in KINDS
    if declared.personal_text
}
EXCERPT_CHARS = 60


@dataclass(frozen=True, slots=True)
class Mention:
    """A note that names a person, for the user to review."""

    record_kind: str  # meeting, organisation, promise, contact, member, handover, check-in
    record_id: int
    title: str
    field: str
    excerpt: str


@dataclass(frozen=True, slots=True)
class ForgetResult:
    forgotten: Ref
    organisation: str
    meetings_unlinked: int
    promises_kept_without_them: int
    handovers_removed: int
    mentions: tuple[Mention, ...]
    #: Backups and set-aside copies that still hold them (see :func:`remove_held_copies`).
    copies_holding: tuple[HeldCopy, ...] = ()


@dataclass(frozen=True, slots=True)
class RemovedCopies:
    removed: tuple[str, ...]
    new_backup: str | None  # made first, without the person, so a backup remains


@dataclass(frozen=True, slots=True)
class SubjectAccessReport:
    """Everything the journal holds on one person, as plain data."""

    kind: str  # "contact" or "member"
    name: str
    prepared_on: date
    details: dict[str, Any]
    meetings: tuple[dict[str, Any], ...]
    promises: tuple[dict[str, Any], ...]
    handovers: tuple[dict[str, Any], ...]
    relationships_held: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = field(default=())


# --- forgetting -----------------------------------------------------------------


def forget_contact(journal: Journal, contact: int | str) -> ForgetResult:
    """Erase a contact and their personal details; list the notes that still name them."""
    with journal.transaction() as session:
        person = find(session, Contact, contact)
        forgotten = Ref(person.id, person.uuid, person.name)
        organisation = person.organisation.name
        attended = session.scalar(
            select(func.count())
            .select_from(interaction_contacts)
            .where(interaction_contacts.c.contact_id == person.id)
        )
        involved = or_(
            Promise.made_by_contact_id == person.id,
            Promise.made_to_contact_id == person.id,
            Promise.holder_contact_id == person.id,
        )
        promises = session.scalar(select(func.count()).select_from(Promise).where(involved))
        handovers = session.scalar(
            select(func.count()).select_from(Handover).where(Handover.contact_id == person.id)
        )
        # The database's own rules do the unlinking (SET NULL / CASCADE), in one go.
        session.execute(delete(Contact).where(Contact.id == person.id))
        session.expunge_all()
        # In the same transaction: a crash after the commit must not leave their words
        # in the search index's older segments (deleted rows are only marked there).
        _merge_search_index(session)
        mentions = _mentions(session, person_name=forgotten.name)
    journal.checkpoint()  # fold the log in, so the file itself no longer holds them
    where = journal.path if journal.path is not None else journal.target.url
    held = copies_holding(where, uuid=forgotten.uuid, name=forgotten.name)
    return ForgetResult(
        forgotten=forgotten,
        organisation=organisation,
        meetings_unlinked=int(attended or 0),
        promises_kept_without_them=int(promises or 0),
        handovers_removed=int(handovers or 0),
        mentions=tuple(mentions),
        copies_holding=tuple(held),
    )


def remove_held_copies(journal: Journal, copies: tuple[HeldCopy, ...]) -> RemovedCopies:
    """Remove the copies that still hold a forgotten person (``ForgetResult.copies_holding``).

    Removing backups must not leave the journal without one: when a backup of a
    journal file is among them, a new backup is made first (it no longer holds the
    person), and nothing is removed if that fails. A shared journal's backups are
    archives made by ``bigjournal backup``, which the volunteer makes again by hand.
    """
    new_backup = None
    if journal.is_sqlite and any(copy.kind == "backup" for copy in copies):
        try:
            made = backup.make_backup(journal, reason="after forgetting a person")
        except JournalError as error:
            raise JournalError(
                f"No copy was removed: a new backup could not be made first ({error})"
            ) from error
        new_backup = str(made.path)
    try:
        removed = remove_copies(list(copies))
    except OSError as error:
        raise JournalError(
            f"Not every copy could be removed ({error.strerror}: {error.filename}). "
            "Remove it by hand, or try again."
        ) from error
    return RemovedCopies(removed=tuple(removed), new_backup=new_backup)


def _merge_search_index(session: Session) -> None:
    """Merge SQLite's full-text index into one segment, dropping the deleted words.

    FTS5 only marks a deleted row's words as deleted until its segments are merged;
    ``optimize`` merges them all. PostgreSQL's ``search_index`` rows are deleted by
    the contact's own trigger, in the same transaction.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    for index in ("search_index", "search_index_stems"):  # exact words, word stems
        connection.exec_driver_sql(f"INSERT INTO {index}({index}) VALUES ('optimize')")


def mentions_of(journal: Journal, name: str) -> list[Mention]:
    """Notes anywhere in the journal that contain ``name`` (case-insensitive)."""
    with journal.reading() as session:
        return _mentions(session, person_name=name)


def _mentions(session: Session, *, person_name: str) -> list[Mention]:
    needles = _needles(person_name)
    found: list[Mention] = []
    for kind, (entity, columns, title_column) in TEXT_COLUMNS.items():
        conditions = [
            # Portable (SQLite and PostgreSQL); a one-off scan, not search as you type.
            func.lower(getattr(entity, column)).contains(needle, autoescape=True)
            for column in columns
            for needle in needles
        ]
        rows = session.scalars(select(entity).where(or_(*conditions)).order_by(entity.id))
        for record in rows:
            for column in columns:
                text = getattr(record, column) or ""
                at = _find(text, needles)
                if at < 0:
                    continue
                title = str(getattr(record, title_column) or "")
                if isinstance(record, Meeting):
                    title = f"{record.occurred_on:%d %b %Y} {record.title or record.kind.label}"
                found.append(Mention(kind, record.id, title[:80], column, _excerpt(text, at)))
    return found


def _needles(name: str) -> list[str]:
    """The full name, and the surname when it is distinctive enough to search for."""
    full = " ".join(name.split()).lower()
    needles = [full]
    parts = full.split()
    if len(parts) > 1 and len(parts[-1]) >= 4:
        needles.append(parts[-1])
    return needles


def _find(text: str, needles: list[str]) -> int:
    lowered = text.lower()
    positions = [lowered.find(needle) for needle in needles]
    hits = [p for p in positions if p >= 0]
    return min(hits) if hits else -1


def _excerpt(text: str, at: int) -> str:
    start = max(0, at - EXCERPT_CHARS // 2)
    piece = " ".join(text[start : start + EXCERPT_CHARS].split())
    return ("…" if start > 0 else "") + piece + ("…" if start + EXCERPT_CHARS < len(text) else "")


# --- subject access -------------------------------------------------------------


def subject_access_export(
    journal: Journal,
    *,
    contact: int | str | None = None,
    member: int | str | None = None,
    today: date | None = None,
) -> SubjectAccessReport:
    """What the journal holds on one contact or member (a subject access request)."""
    if (contact is None) == (member is None):
        raise ValueError("give exactly one of contact= or member=")
    with journal.reading() as session:
        if contact is not None:
            report = _about_contact(session, find(session, Contact, contact))
        else:
            report = _about_member(session, find(session, Member, member))  # type: ignore[arg-type]
        return SubjectAccessReport(
            kind=report["kind"],
            name=report["name"],
            prepared_on=today or date.today(),
            details=report["details"],
            meetings=report["meetings"],
            promises=report["promises"],
            handovers=report["handovers"],
            relationships_held=report.get("relationships_held", ()),
            mentions=tuple(_mentions(session, person_name=report["name"])),
        )


_INTERNAL = {"id", "version", "organisation_id", "successor_id"}


def _columns(record: Any) -> dict[str, Any]:
    values = {}
    for column in record.__table__.columns:
        if column.key in _INTERNAL:
            continue
        value = getattr(record, column.key)
        values[column.key] = getattr(value, "value", value)
    return values


def _meeting(interaction: Meeting) -> dict[str, Any]:
    return {
        "date": interaction.occurred_on,
        "kind": interaction.kind.value,
        "title": interaction.title,
        "organisations": [o.name for o in interaction.organisations],
        "location": interaction.location,
        "notes": interaction.notes,
        "decisions": interaction.decisions,
    }


def _promise(promise: Promise, role: str) -> dict[str, Any]:
    return {
        "their_part": role,
        "description": promise.description,
        "organisation": promise.organisation.name,
        "made_on": promise.made_on,
        "due_on": promise.due_on,
        "status": promise.status.value,
        "status_on": promise.status_on,
        "status_note": promise.status_note,
    }


def _roles(promise: Promise, person_id: int, prefix: str) -> str:
    roles = [
        label
        for label, column in (
            ("made it", f"made_by_{prefix}_id"),
            ("it was made to them", f"made_to_{prefix}_id"),
            ("they hold it now", f"holder_{prefix}_id"),
        )
        if getattr(promise, column) == person_id
    ]
    return "; ".join(roles)


def _handover(handover: Handover, session: Session) -> dict[str, Any]:
    successor = None
    if handover.successor_contact_id:
        successor = get(session, Contact, handover.successor_contact_id).name
    if handover.successor_member_id:
        successor = get(session, Member, handover.successor_member_id).name
    return {
        "left_on": handover.left_on,
        "went_to": handover.went_to,
        "successor": successor,
        "post_vacant": handover.post_vacant,
        "notes": handover.notes,
        "introduction_on": handover.introduction_on,
        "completed_on": handover.completed_on,
    }


def _about_contact(session: Session, person: Contact) -> dict[str, Any]:
    details = _columns(person)
    # Kept one a line (revision 0004); a person reads them as a list.
    details["other_phones"] = list(split_lines(person.other_phones))
    details["other_emails"] = list(split_lines(person.other_emails))
    details["organisation"] = person.organisation.name
    details["successor"] = person.successor.name if person.successor else None
    meetings = session.scalars(
        select(Meeting)
        .join(interaction_contacts, interaction_contacts.c.interaction_id == Meeting.id)
        .where(interaction_contacts.c.contact_id == person.id)
        .order_by(Meeting.occurred_on, Meeting.id)
    ).all()
    promises = session.scalars(
        select(Promise)
        .where(
            or_(
                Promise.made_by_contact_id == person.id,
                Promise.made_to_contact_id == person.id,
                Promise.holder_contact_id == person.id,
            )
        )
        .order_by(Promise.made_on, Promise.id)
    ).all()
    handovers = session.scalars(select(Handover).where(Handover.contact_id == person.id)).all()
    return {
        "kind": "contact",
        "name": person.name,
        "details": details,
        "meetings": tuple(_meeting(m) for m in meetings),
        "promises": tuple(_promise(p, _roles(p, person.id, "contact")) for p in promises),
        "handovers": tuple(_handover(h, session) for h in handovers),
    }


def _about_member(session: Session, person: Member) -> dict[str, Any]:
    meetings = session.scalars(
        select(Meeting)
        .join(interaction_members, interaction_members.c.interaction_id == Meeting.id)
        .where(interaction_members.c.member_id == person.id)
        .order_by(Meeting.occurred_on, Meeting.id)
    ).all()
    promises = session.scalars(
        select(Promise)
        .where(
            or_(
                Promise.made_by_member_id == person.id,
                Promise.made_to_member_id == person.id,
                Promise.holder_member_id == person.id,
            )
        )
        .order_by(Promise.made_on, Promise.id)
    ).all()
    handovers = session.scalars(select(Handover).where(Handover.member_id == person.id)).all()
    held = session.scalars(
        select(Organisation.name)
        .join(relationship_holders, relationship_holders.c.organisation_id == Organisation.id)
        .where(relationship_holders.c.member_id == person.id)
        .order_by(Organisation.name)
    ).all()
    return {
        "kind": "member",
        "name": person.name,
        "details": _columns(person),
        "meetings": tuple(_meeting(m) for m in meetings),
        "promises": tuple(_promise(p, _roles(p, person.id, "member")) for p in promises),
        "handovers": tuple(_handover(h, session) for h in handovers),
        "relationships_held": tuple(held),
    }


__all__ = [
    "ForgetResult",
    "HeldCopy",
    "Mention",
    "RemovedCopies",
    "SubjectAccessReport",
    "forget_contact",
    "mentions_of",
    "remove_held_copies",
    "subject_access_export",
]
