"""Use cases for meetings and other interactions, with the promises they produce."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time
from functools import cache
from typing import Any

from sqlalchemy import Select, bindparam, delete, func, select
from sqlalchemy.orm import Session, selectinload

from bigjournal.errors import ValidationError
from bigjournal.journal.edits import check_version
from bigjournal.journal.lookup import filter_organisation_id, find, require_exists
from bigjournal.journal.promises import PromiseDraft, build_promise, drafts_from
from bigjournal.journal.records import MeetingDetail, MeetingRow, Ref
from bigjournal.journal.rows import (
    meeting_rows,
    meeting_rows_select,
    promise_rows,
    promise_rows_select,
    refs,
)
from bigjournal.journal.validation import optional_text, parse_choice, parse_date, today_or
from bigjournal.model import (
    Contact,
    Meeting,
    Member,
    Organisation,
    Promise,
    Topic,
    interaction_organisations,
    interaction_topics,
)
from bigjournal.model.entities import utc_now
from bigjournal.model.vocabulary import MeetingKind
from bigjournal.store import Journal

NameOrId = int | str


@dataclass(frozen=True)
class MeetingDraft:
    """A meeting as the volunteer enters it after the fact (or plans it ahead).

    ``is_planned`` left as None means: planned if the date is in the future.
    """

    occurred_on: date | str | None
    kind: MeetingKind | str = MeetingKind.MEETING
    title: str = ""
    organisations: Sequence[NameOrId] = ()
    contacts: Sequence[NameOrId] = ()
    members: Sequence[NameOrId] = ()
    notes: str = ""
    decisions: str = ""
    location: str = ""
    starts_at: time | str | None = None
    is_planned: bool | None = None
    promises: Sequence[PromiseDraft] = field(default_factory=tuple)


def log_meeting(journal: Journal, draft: MeetingDraft, *, today: date | None = None) -> Ref:
    """Save a meeting, its attendees and the promises made at it, all or nothing."""
    today = today_or(today)
    with journal.transaction() as session:
        occurred_on = parse_date(draft.occurred_on, "meeting date", field="occurred_on")
        if occurred_on is None:
            raise ValidationError("Please give the date of the meeting.", "occurred_on")
        meeting = Meeting(
            occurred_on=occurred_on,
            kind=parse_choice(MeetingKind, draft.kind, "kind of meeting", field="kind"),
            title=optional_text(draft.title, "title", field="title", limit=300),
            location=optional_text(draft.location, "place", field="location", limit=300),
            notes=(draft.notes or "").strip(),
            decisions=(draft.decisions or "").strip(),
            starts_at=parse_starts_at(draft.starts_at),
            is_planned=draft.is_planned if draft.is_planned is not None else occurred_on > today,
        )
        organisations = _unique(find(session, Organisation, o) for o in draft.organisations)
        chosen = list(organisations)
        contacts = _unique(find(session, Contact, c) for c in draft.contacts)
        members = _unique(find(session, Member, m) for m in draft.members)
        for contact in contacts:
            if contact.organisation not in organisations:
                organisations.append(contact.organisation)
        if not organisations:
            raise ValidationError(
                "Please choose the organisation (or a person from it) the meeting was with.",
                "organisations",
            )
        meeting.organisations = organisations
        meeting.contacts = contacts
        meeting.members = members
        if not meeting.title:
            meeting.title = f"{meeting.kind.label} with {organisations[0].name}"
        session.add(meeting)
        promises = drafts_from(draft.promises)
        if promises and meeting.is_planned:
            raise ValidationError(
                "Promises come out of a meeting that has happened; this one is planned "
                "for the future. Log the promises after the meeting.",
                "promises",
            )
        # A promise with no organisation of its own is with the one the user chose.
        default = chosen[0] if len(chosen) == 1 else None
        if default is None and len(organisations) == 1:
            default = organisations[0]
        for number, promise_draft in enumerate(promises, start=1):
            session.add(
                build_promise(
                    session,
                    promise_draft,
                    made_on=occurred_on,
                    meeting=meeting,
                    default_organisation=default,
                    label=f"Promise {number}",
                )
            )
        session.flush()
        return Ref(meeting.id, meeting.uuid, meeting.title)


def _unique(records: Any) -> list[Any]:
    seen: dict[int, Any] = {}
    for record in records:
        seen.setdefault(record.id, record)
    return list(seen.values())


EDITABLE = {
    "occurred_on",
    "kind",
    "title",
    "location",
    "notes",
    "decisions",
    "starts_at",
    "is_planned",
    "organisations",
    "contacts",
    "members",
}


def update_meeting(
    journal: Journal,
    meeting_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> Ref:
    unknown = set(changes) - EDITABLE
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    with journal.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise ValidationError("That meeting is no longer in the journal.")
        check_version(meeting, expected_version, changes)
        if "occurred_on" in changes:
            when = parse_date(changes["occurred_on"], "meeting date", field="occurred_on")
            if when is None:
                raise ValidationError("Please give the date of the meeting.", "occurred_on")
            early = [p for p in meeting.promises if p.due_on is not None and p.due_on < when]
            if early:
                raise ValidationError(
                    f"{len(early)} promise(s) from this meeting fall due before {when:%d %b %Y}. "
                    "Change their due dates first.",
                    "occurred_on",
                )
            settled = [
                p for p in meeting.promises if p.status_on is not None and p.status_on < when
            ]
            if settled:
                raise ValidationError(
                    f"{len(settled)} promise(s) from this meeting were settled (kept, broken or "
                    f"released) before {when:%d %b %Y}, so the meeting cannot be later than that. "
                    "Check the date.",
                    "occurred_on",
                )
            meeting.occurred_on = when
            for p in meeting.promises:
                p.made_on = when
        if "kind" in changes:
            meeting.kind = parse_choice(
                MeetingKind, changes["kind"], "kind of meeting", field="kind"
            )
        for key, limit in (("title", 300), ("location", 300)):
            if key in changes:
                setattr(meeting, key, optional_text(changes[key], key, field=key, limit=limit))
        for key in ("notes", "decisions"):
            if key in changes:
                setattr(meeting, key, (changes[key] or "").strip())
        if "starts_at" in changes:
            meeting.starts_at = parse_starts_at(changes["starts_at"])
        if "is_planned" in changes:
            planned = bool(changes["is_planned"])
            if planned and meeting.promises:
                raise ValidationError(
                    f"Promises were made at this meeting ({len(meeting.promises)}), so it has "
                    "happened and cannot be marked as planned.",
                    "is_planned",
                )
            meeting.is_planned = planned
        if "organisations" in changes:
            organisations = _unique(
                find(session, Organisation, o) for o in changes["organisations"]
            )
            if not organisations:
                raise ValidationError("A meeting needs at least one organisation.", "organisations")
            meeting.organisations = organisations
        if "contacts" in changes:
            contacts = _unique(find(session, Contact, c) for c in changes["contacts"])
            meeting.contacts = contacts
            # As when it was logged: the people met bring their organisations along.
            for contact in contacts:
                if contact.organisation not in meeting.organisations:
                    meeting.organisations.append(contact.organisation)
        if "members" in changes:
            meeting.members = _unique(find(session, Member, m) for m in changes["members"])
        if not meeting.title and meeting.organisations:
            meeting.title = f"{meeting.kind.label} with {meeting.organisations[0].name}"
        if {"organisations", "contacts", "members"} & set(changes):
            # Who was there is part of the meeting: bump its version (merge relies on it).
            meeting.updated_at = utc_now()
        session.flush()
        return Ref(meeting.id, meeting.uuid, meeting.title)


def parse_starts_at(value: time | str | None) -> time | None:
    """A meeting's time of day: a time, "14:30", or nothing."""
    if value is None or isinstance(value, time):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            f"“{text}” is not a time of day. Write it like 14:30, or leave it empty.",
            "starts_at",
        ) from None


def list_meetings(
    journal: Journal,
    *,
    organisation: NameOrId | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[MeetingRow]:
    """Meetings, newest first (one statement, whatever the page size)."""
    parameters: dict[str, Any] = {"limit": limit, "offset": offset}
    with journal.reading_rows() as connection:
        organisation_id = parameters["organisation_id"] = filter_organisation_id(
            connection, organisation
        )
        statement = _meeting_list(
            organisation=organisation_id is not None, limited=limit is not None
        )
        rows = meeting_rows(connection, statement, parameters)
        if not rows and organisation_id is not None:
            require_exists(connection, Organisation, organisation_id)
        return rows


@cache
def _meeting_list(*, organisation: bool, limited: bool) -> Select[Any]:
    """The meeting list's statement, built once (values are parameters): building and
    keying it cost more than running it for the first page (issue 9)."""
    query = meeting_rows_select()
    if organisation:
        query = query.join(
            interaction_organisations,
            interaction_organisations.c.interaction_id == Meeting.id,
        ).where(interaction_organisations.c.organisation_id == bindparam("organisation_id"))
    query = query.order_by(Meeting.occurred_on.desc(), Meeting.id.desc()).offset(
        bindparam("offset")
    )
    if limited:
        query = query.limit(bindparam("limit"))
    return query


def count_meetings(journal: Journal) -> int:
    with journal.reading() as session:
        return session.scalar(select(func.count(Meeting.id))) or 0


def meeting_detail(journal: Journal, meeting_id: int) -> MeetingDetail:
    with journal.reading() as session:
        return read_meeting_detail(session, meeting_id)


def read_meeting_detail(session: Session, meeting_id: int) -> MeetingDetail:
    """A meeting in full, read in the caller's session (the note of a meeting reads it
    with its attendees' rows in one transaction)."""
    meeting = session.get(
        Meeting,
        meeting_id,
        options=[
            selectinload(Meeting.organisations),
            selectinload(Meeting.contacts),
            selectinload(Meeting.members),
        ],
    )
    if meeting is None:
        raise ValidationError("That meeting is no longer in the journal.")
    return MeetingDetail(
        id=meeting.id,
        uuid=meeting.uuid,
        occurred_on=meeting.occurred_on,
        starts_at=meeting.starts_at,
        kind=meeting.kind,
        title=meeting.title,
        location=meeting.location,
        notes=meeting.notes,
        decisions=meeting.decisions,
        is_planned=meeting.is_planned,
        organisations=refs(meeting.organisations),
        contacts=refs(meeting.contacts),
        members=refs(meeting.members),
        promises=tuple(
            promise_rows(
                session,
                promise_rows_select()
                .where(Promise.interaction_id == meeting.id)
                .order_by(Promise.id),
            )
        ),
        version=meeting.version,
        topics=tuple(
            Ref(*row)
            for row in session.execute(
                select(Topic.id, Topic.uuid, Topic.name)
                .join(interaction_topics, interaction_topics.c.topic_id == Topic.id)
                .where(interaction_topics.c.interaction_id == meeting.id)
                .order_by(func.lower(Topic.name), Topic.id)
            )
        ),
    )


def delete_meeting(journal: Journal, meeting_id: int, *, with_promises: bool = False) -> int:
    """Delete a meeting. Its promises stay (unlinked) unless ``with_promises``."""
    with journal.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise ValidationError("That meeting is no longer in the journal.")
        count = len(meeting.promises)
        if with_promises:
            session.execute(delete(Promise).where(Promise.interaction_id == meeting_id))
        session.execute(delete(Meeting).where(Meeting.id == meeting_id))
        return count
