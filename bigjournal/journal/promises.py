"""Use cases for promises: made, kept, broken, released, and who holds them now."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import Select, bindparam, delete
from sqlalchemy.orm import Session

from bigjournal.errors import ValidationError
from bigjournal.journal.edits import check_version
from bigjournal.journal.lookup import filter_organisation_id, find, require_exists
from bigjournal.journal.records import PromiseRow, Ref
from bigjournal.journal.rows import promise_row, promise_rows, promise_rows_select
from bigjournal.journal.validation import parse_choice, parse_date, today_or
from bigjournal.model import Contact, Meeting, Member, Organisation, Promise
from bigjournal.model.vocabulary import PromiseStatus, Side
from bigjournal.store import Journal

NameOrId = int | str


@dataclass(frozen=True)
class PromiseDraft:
    """A promise as typed by the volunteer, before it is checked and saved.

    ``made_by`` is a contact for theirs and a member for ours; left empty, the
    organisation (theirs) or the partnership as a whole (ours) made it.
    """

    description: str
    side: Side | str
    made_by: NameOrId | None = None
    due_on: date | str | None = None
    organisation: NameOrId | None = None
    made_to: NameOrId | None = None
    #: Who answers for it now: None means whoever made it; ``NOBODY`` (empty) means
    #: the organisation (or the partnership) itself.
    holder: NameOrId | None = None
    #: Written down after the fact: already kept, broken or released, on a date.
    status: PromiseStatus | str | None = PromiseStatus.OPEN  # None: open
    status_on: date | str | None = None
    status_note: str = ""


#: ``PromiseDraft.holder`` for a promise held by the organisation, not a person.
NOBODY = ""


def add_promise(
    journal: Journal,
    draft: PromiseDraft,
    *,
    made_on: date | str | None = None,
    today: date | None = None,
) -> Ref:
    """Record a promise made outside a logged meeting (perhaps already kept or broken)."""
    today = today_or(today)
    with journal.transaction() as session:
        made = parse_date(made_on, "date the promise was made", field="made_on") or today
        if made > today:
            raise ValidationError(
                f"A promise is written down once it is made; {made:%d %b %Y} is still to come.",
                "made_on",
            )
        promise = build_promise(session, draft, made_on=made, meeting=None, today=today)
        session.add(promise)
        session.flush()
        return Ref(promise.id, promise.uuid, promise.description)


def build_promise(
    session: Session,
    draft: PromiseDraft,
    *,
    made_on: date,
    meeting: Meeting | None,
    default_organisation: Organisation | None = None,
    label: str = "",
    today: date | None = None,
) -> Promise:
    """Check a draft and make the entity (not yet added to the session)."""
    prefix = f"{label}: " if label else ""
    description = (draft.description or "").strip()
    if not description:
        raise ValidationError(f"{prefix}Please say what was promised.", "description")
    side = parse_choice(Side, draft.side, "side (theirs or ours)", field="side")
    due_on = parse_date(draft.due_on, "due date", field="due_on")
    if due_on is not None and due_on < made_on:
        raise ValidationError(
            f"{prefix}The due date ({due_on:%d %b %Y}) is before the promise was made "
            f"({made_on:%d %b %Y}). Please check the date.",
            "due_on",
        )
    promise = Promise(description=description, side=side, made_on=made_on, due_on=due_on)
    promise.status = PromiseStatus.OPEN
    with session.no_autoflush:
        _fill_people(session, promise, draft, default_organisation, prefix)
        if draft.holder is not None:
            assign_holder(session, promise, draft.holder)
    if draft.status in (None, "") and (
        draft.status_on not in (None, "") or (draft.status_note or "").strip()
    ):
        raise ValidationError(
            f"{prefix}A date or note for the outcome needs a status too "
            "(kept, broken or released).",
            "status",
        )
    status = parse_choice(
        PromiseStatus, draft.status or PromiseStatus.OPEN, "status", field="status"
    )
    if status is not PromiseStatus.OPEN:
        when = parse_date(draft.status_on, "date", field="status_on")
        if when is None:
            raise ValidationError(
                f"{prefix}Please give the date the promise was {status.label.lower()}.",
                "status_on",
            )
        if today is not None and when > today:
            raise ValidationError(
                f"{prefix}{when:%d %b %Y} is still to come: a promise is marked "
                f"{status.label.lower()} once it has been.",
                "status_on",
            )
        _apply_status(promise, status, when, draft.status_note, prefix)
    if meeting is not None:
        promise.meeting = meeting
    return promise


def _apply_status(
    promise: Promise, status: PromiseStatus, when: date | None, note: str, prefix: str = ""
) -> None:
    """Set a status with its date (none for open), refusing a date before it was made."""
    if status is PromiseStatus.OPEN:
        promise.status_on = None
    else:
        when = today_or(when)
        if when < promise.made_on:
            raise ValidationError(
                f"{prefix}A promise cannot be {status.label.lower()} ({when:%d %b %Y}) "
                f"before it was made ({promise.made_on:%d %b %Y}).",
                "status_on",
            )
        promise.status_on = when
    promise.status = status
    promise.status_note = (note or "").strip()


def _fill_people(
    session: Session,
    promise: Promise,
    draft: PromiseDraft,
    default_organisation: Organisation | None,
    prefix: str,
) -> None:
    side, made_on = promise.side, promise.made_on
    organisation: Organisation | None = None
    if draft.organisation not in (None, ""):
        organisation = find(session, Organisation, draft.organisation)
    if side is Side.THEIRS:
        if draft.made_by not in (None, ""):
            contact = find(session, Contact, draft.made_by)
            _refuse_leaver(contact.name, contact.left_on, made_on, prefix)
            promise.made_by_contact = contact
            promise.holder_contact = contact
            organisation = organisation or contact.organisation
        if draft.made_to not in (None, ""):
            promise.made_to_member = find(session, Member, draft.made_to)
    else:
        if draft.made_by not in (None, ""):
            member = find(session, Member, draft.made_by)
            _refuse_leaver(member.name, member.stepped_down_on, made_on, prefix)
            promise.made_by_member = member
            promise.holder_member = member
        if draft.made_to not in (None, ""):
            contact = find(session, Contact, draft.made_to)
            promise.made_to_contact = contact
            organisation = organisation or contact.organisation
    organisation = organisation or default_organisation
    if organisation is None:
        raise ValidationError(
            f"{prefix}Please say which organisation this promise is with.", "organisation"
        )
    promise.organisation = organisation


def _refuse_leaver(name: str, left_on: date | None, on: date, prefix: str) -> None:
    if left_on is not None and left_on <= on:
        raise ValidationError(
            f"{prefix}{name} left on {left_on:%d %b %Y}, so cannot hold a promise made after that. "
            "Choose who took over from them.",
            "made_by",
        )


def set_promise_status(
    journal: Journal,
    promise_id: int,
    status: PromiseStatus | str,
    *,
    on: date | str | None = None,
    note: str = "",
    expected_version: int | None = None,
) -> PromiseRow:
    """Mark a promise kept, broken, released, or open again, with a date and a note."""
    new_status = parse_choice(PromiseStatus, status, "status", field="status")
    when = parse_date(on, "date", field="status_on")
    with journal.transaction() as session:
        promise = session.get(Promise, promise_id)
        if promise is None:
            raise ValidationError("That promise is no longer in the journal.")
        check_version(
            promise, expected_version, {"status": new_status, "status_on": when, "note": note}
        )
        _apply_status(promise, new_status, when, note)
        return promise_row(session, promise.id)


EDITABLE = {
    "description",
    "due_on",
    "organisation",
    "holder",
    "side",
    "made_by",
    "made_to",
    "made_on",
    "status",
    "status_on",
    "status_note",
}
#: Who is who depends on whose promise it is: a side change names them again.
PEOPLE = ("made_by", "made_to", "holder")


def update_promise(
    journal: Journal,
    promise_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> PromiseRow:
    """Correct any part of a promise: what, whose, who made it and to whom, who holds
    it now, the organisation, when it was made and is due, and its status.

    ``holder`` is a contact (theirs) or member (ours); empty means the organisation
    (or the partnership) itself. The dates are checked together once all are set.
    """
    unknown = set(changes) - EDITABLE
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    with journal.transaction() as session:
        promise = session.get(Promise, promise_id)
        if promise is None:
            raise ValidationError("That promise is no longer in the journal.")
        check_version(promise, expected_version, changes)
        with session.no_autoflush:
            _apply_changes(session, promise, changes)
        _check_dates(promise, changes)
        return promise_row(session, promise.id)


def _apply_changes(session: Session, promise: Promise, changes: Mapping[str, Any]) -> None:
    if "description" in changes:
        text = (changes["description"] or "").strip()
        if not text:
            raise ValidationError("Please say what was promised.", "description")
        promise.description = text
    if "made_on" in changes:
        made = parse_date(changes["made_on"], "date the promise was made", field="made_on")
        if made is None:
            raise ValidationError("Please give the date the promise was made.", "made_on")
        if promise.interaction_id is not None and made != promise.made_on:
            raise ValidationError(
                "This promise was made at a meeting, so it dates from the meeting. "
                "Correct the meeting's date instead.",
                "made_on",
            )
        promise.made_on = made
    if "due_on" in changes:
        promise.due_on = parse_date(changes["due_on"], "due date", field="due_on")
    # The holder follows a corrected maker, unless someone else had taken it over.
    old_maker = promise.made_by_contact_id or promise.made_by_member_id
    old_holder = promise.holder_contact_id or promise.holder_member_id
    holder_follows = "holder" not in changes and old_holder in (None, old_maker)
    if "side" in changes:
        side = parse_choice(Side, changes["side"], "side (theirs or ours)", field="side")
        if side is not promise.side:
            promise.side = side
            for key in PEOPLE:  # a contact cannot make "our" promise, nor a member theirs
                if key not in changes:
                    _set_person(session, promise, key, None)
    for key in PEOPLE:
        if key in changes:
            _set_person(session, promise, key, changes[key])
    if holder_follows and {"side", "made_by"} & set(changes):
        promise.holder_contact = promise.made_by_contact
        promise.holder_member = promise.made_by_member
    if "organisation" in changes:
        promise.organisation = find(session, Organisation, changes["organisation"])
    if {"status", "status_on", "status_note"} & set(changes):
        status = parse_choice(
            PromiseStatus, changes.get("status", promise.status), "status", field="status"
        )
        when = parse_date(changes.get("status_on", promise.status_on), "date", field="status_on")
        if status is not PromiseStatus.OPEN and when is None:
            raise ValidationError(
                f"Please give the date the promise was {status.label.lower()}.", "status_on"
            )
        promise.status = status
        promise.status_on = None if status is PromiseStatus.OPEN else when
        promise.status_note = str(changes.get("status_note", promise.status_note) or "").strip()


def _set_person(session: Session, promise: Promise, key: str, value: NameOrId | None) -> None:
    if key == "holder":
        assign_holder(session, promise, value)
        return
    theirs = promise.side is Side.THEIRS
    contact = member = None
    if value not in (None, ""):
        # Made by: a contact for theirs, a member for ours; made to: the other side.
        if (key == "made_by") == theirs:
            contact = find(session, Contact, value)
        else:
            member = find(session, Member, value)
    if key == "made_by":
        promise.made_by_contact, promise.made_by_member = contact, member
    else:
        promise.made_to_contact, promise.made_to_member = contact, member


def _check_dates(promise: Promise, changed: Iterable[str] = ()) -> None:
    """The dates of a corrected promise, once every change is in.

    The field blamed is the one that was changed: moving the date made past the due
    date points at the date made.
    """
    changed = set(changed)
    blamed_made = "made_on" in changed
    if promise.due_on is not None and promise.due_on < promise.made_on:
        raise ValidationError(
            f"The due date ({promise.due_on:%d %b %Y}) is before the promise was made "
            f"({promise.made_on:%d %b %Y}).",
            "made_on" if blamed_made and "due_on" not in changed else "due_on",
        )
    if promise.status_on is not None and promise.status_on < promise.made_on:
        raise ValidationError(
            f"A promise cannot be {promise.status.label.lower()} "
            f"({promise.status_on:%d %b %Y}) before it was made ({promise.made_on:%d %b %Y}).",
            "made_on" if blamed_made and "status_on" not in changed else "status_on",
        )


def assign_holder(session: Session, promise: Promise, holder: NameOrId | None) -> None:
    """Who answers for a promise now; refuses someone who has left."""
    promise.holder_contact = None
    promise.holder_member = None
    if holder in (None, ""):
        return
    if promise.side is Side.THEIRS:
        contact = find(session, Contact, holder)
        if contact.left_on is not None:
            raise ValidationError(
                f"{contact.name} has left, so cannot hold this promise. "
                "Choose who took over, or leave it with the organisation.",
                "holder",
            )
        promise.holder_contact = contact
    else:
        member = find(session, Member, holder)
        if member.stepped_down_on is not None:
            raise ValidationError(
                f"{member.name} has stepped down, so cannot hold this promise. "
                "Choose another member.",
                "holder",
            )
        promise.holder_member = member


def list_promises(
    journal: Journal,
    *,
    side: Side | str | None = None,
    status: PromiseStatus | str | None = None,
    organisation: NameOrId | None = None,
    overdue_only: bool = False,
    today: date | None = None,
    limit: int | None = None,
) -> list[PromiseRow]:
    """The promise register, filtered; soonest due first."""
    today = today_or(today)
    parameters: dict[str, Any] = {"today": today, "limit": limit}
    if side:
        parameters["side"] = parse_choice(Side, side, "side", field="side")
    if status:
        parameters["status"] = parse_choice(PromiseStatus, status, "status", field="status")
    with journal.reading_rows() as connection:
        organisation_id = parameters["organisation_id"] = filter_organisation_id(
            connection, organisation
        )
        statement = _register(
            side=bool(side),
            status=bool(status),
            organisation=organisation_id is not None,
            overdue=overdue_only,
            limited=limit is not None,
        )
        rows = promise_rows(connection, statement, parameters)
        if not rows and organisation_id is not None:
            require_exists(connection, Organisation, organisation_id)
        return rows


@cache
def _register(
    *, side: bool, status: bool, organisation: bool, overdue: bool, limited: bool
) -> Select[Any]:
    """The register's statement for this choice of filters, built once (values are
    parameters): building it, and keying it for the compiled cache, cost more than
    running it on one organisation's promises (issue 9)."""
    query = promise_rows_select()
    if side:
        query = query.where(Promise.side == bindparam("side"))
    if status:
        query = query.where(Promise.status == bindparam("status"))
    if organisation:
        query = query.where(Promise.organisation_id == bindparam("organisation_id"))
    if overdue:
        query = query.where(
            Promise.status == PromiseStatus.OPEN, Promise.due_on < bindparam("today")
        )
    query = query.order_by(Promise.due_on.is_(None), Promise.due_on, Promise.id)
    if limited:
        query = query.limit(bindparam("limit"))
    return query


def promise(journal: Journal, promise_id: int) -> PromiseRow:
    with journal.reading() as session:
        found = promise_rows(session, promise_rows_select().where(Promise.id == promise_id))
        if not found:
            raise ValidationError("That promise is no longer in the journal.")
        return found[0]


def delete_promise(journal: Journal, promise_id: int) -> None:
    with journal.transaction() as session:
        if session.get(Promise, promise_id) is None:
            raise ValidationError("That promise is no longer in the journal.")
        session.execute(delete(Promise).where(Promise.id == promise_id))


def drafts_from(items: Sequence[PromiseDraft]) -> list[PromiseDraft]:
    """Drop rows a volunteer left completely empty in a form."""
    return [d for d in items if (d.description or "").strip() or d.made_by or d.due_on]


def renew_promise(
    journal: Journal,
    promise_id: int,
    *,
    due_on: date | str | None,
    description: str | None = None,
    agreed_on: date | str | None = None,
    today: date | None = None,
) -> PromiseRow:
    """A broken promise given a new date: a new promise, linked to the broken one.

    The broken promise stays broken (the track record keeps it); the new one is made
    on ``agreed_on`` (default today) by the same side, with the same words unless
    ``description`` changes them, made by and held by the same people while they are
    still there (else by the organisation, or the partnership, itself).
    """
    today = today_or(today)
    agreed = parse_date(agreed_on, "date the new date was agreed", field="made_on") or today
    if agreed > today:
        raise ValidationError(
            f"A new date is written down once it is agreed; {agreed:%d %b %Y} is still to come.",
            "made_on",
        )
    due = parse_date(due_on, "new due date", field="due_on")
    if due is None:
        raise ValidationError("Please give the new date agreed for this promise.", "due_on")
    with journal.transaction() as session:
        old = session.get(Promise, promise_id)
        if old is None:
            raise ValidationError("That promise is no longer in the journal.")
        if old.status is not PromiseStatus.BROKEN:
            raise ValidationError(
                f"Only a broken promise is given a new date; “{old.description}” is "
                f"{old.status.label.lower()}. Change its due date instead.",
                "status",
            )
        renewal = old.renewal_id  # type: ignore[attr-defined]
        if renewal is not None:
            raise ValidationError(
                f"A new date was already agreed for “{old.description}”: see promise "
                f"#{renewal}. Change that promise's due date instead.",
                "due_on",
            )
        if old.status_on is not None and agreed < old.status_on:
            raise ValidationError(
                f"The promise was broken on {old.status_on:%d %b %Y}, so a new date is agreed "
                f"after that, not on {agreed:%d %b %Y}.",
                "made_on",
            )
        if due < agreed:
            raise ValidationError(
                f"The new due date ({due:%d %b %Y}) is before the day it was agreed "
                f"({agreed:%d %b %Y}). Please check the date.",
                "due_on",
            )
        words = old.description if description is None else description.strip()
        if not words:
            raise ValidationError("Please say what is promised now.", "description")

        def still_here(person: Contact | Member | None) -> Contact | Member | None:
            if isinstance(person, Contact):
                return person if person.left_on is None else None
            if isinstance(person, Member):
                return person if person.stepped_down_on is None else None
            return None

        new = Promise(
            description=words,
            side=old.side,
            organisation_id=old.organisation_id,
            made_on=agreed,
            due_on=due,
            status=PromiseStatus.OPEN,
            renewed_from_id=old.id,
        )
        new.made_by_contact = still_here(old.made_by_contact)  # type: ignore[assignment]
        new.made_by_member = still_here(old.made_by_member)  # type: ignore[assignment]
        new.made_to_contact = still_here(old.made_to_contact)  # type: ignore[assignment]
        new.made_to_member = still_here(old.made_to_member)  # type: ignore[assignment]
        new.holder_contact = still_here(old.holder_contact)  # type: ignore[assignment]
        new.holder_member = still_here(old.holder_member)  # type: ignore[assignment]
        session.add(new)
        session.flush()
        return promise_row(session, new.id)
