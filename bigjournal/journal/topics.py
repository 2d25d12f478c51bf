"""Topics that run across meetings and organisations (issue 21, item 5).

"Street lighting on Canal Walk" involves the borough's highways team, the county and
the parish: no one organisation's page tells its story. A topic is a record of its
own; meetings and promises are tagged with it (``interaction_topics``,
``promise_topics``), so its page reads as one timeline across every organisation
with the promises still open on it, both ways. A finished topic is closed
(``closed_on``): it keeps its history but leaves the pickers, and nothing new is
tagged with it until it is opened again.

Finding everything on a topic is its page (:func:`topic_detail`): every meeting
tagged with it, newest first, and every promise tagged with it, whatever became of
them. Topics are not in the search index; the search finds the meetings and
promises themselves, and the topic gathers them.

Names are unique with case ignored; the use cases keep that (not the database, so
that two journals merged, each with its own "Street lighting", still import).

Declared as a kind of record in ``bigjournal.journal.kinds`` (``TOPIC``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from bigjournal.errors import AmbiguousNameError, NotFoundError, ValidationError
from bigjournal.journal.edits import check_version
from bigjournal.journal.limits import LARGEST_NUMBER
from bigjournal.journal.lookup import UUID_PATTERN
from bigjournal.journal.records import MeetingRow, PromiseRow, Ref
from bigjournal.journal.rows import (
    meeting_rows,
    meeting_rows_select,
    promise_rows,
    promise_rows_select,
)
from bigjournal.journal.validation import optional_text, parse_date, require_text, today_or
from bigjournal.model import (
    Meeting,
    Promise,
    Topic,
    interaction_organisations,
    interaction_topics,
    promise_topics,
)
from bigjournal.model.entities import utc_now
from bigjournal.model.vocabulary import PromiseStatus, Side
from bigjournal.store import Journal

#: The longest name and description the forms and the command line accept.
NAME_LIMIT = 200
DESCRIPTION_LIMIT = 5_000
#: The fields a correction may change.
EDITABLE = {"name", "description", "closed_on"}
#: Words for the conflict dialog.
FIELD_WORDS = {"closed_on": "Closed on"}
#: What can be tagged with a topic: a meeting or a promise.
Tagged = Literal["meeting", "promise"]
_LINKS = {
    "meeting": (interaction_topics, interaction_topics.c.interaction_id, Meeting),
    "promise": (promise_topics, promise_topics.c.promise_id, Promise),
}


@dataclass(frozen=True, slots=True)
class TopicRow:
    """One topic, as the list, the pickers and the command line read it."""

    id: int
    uuid: str
    name: str
    description: str
    closed_on: date | None
    version: int
    #: Meetings tagged with it, its open promises, and the organisations involved
    #: (those at its meetings and those its promises are with).
    meetings: int = 0
    open_promises: int = 0
    organisations: int = 0
    #: The day of its latest meeting held (not planned), if any.
    last_met_on: date | None = None

    @property
    def is_open(self) -> bool:
        return self.closed_on is None


@dataclass(frozen=True, slots=True)
class TopicDetail:
    """A topic's page: its organisations, its timeline and its promises."""

    topic: TopicRow
    #: Every organisation involved, by name: at its meetings or owed or owing its promises.
    organisations: tuple[Ref, ...]
    #: Its meetings across every organisation, newest first, each with its organisations.
    timeline: tuple[MeetingRow, ...]
    #: Every promise tagged with it, soonest due first, whatever became of them.
    promises: tuple[PromiseRow, ...]

    @property
    def open_promises(self) -> tuple[PromiseRow, ...]:
        return tuple(p for p in self.promises if p.status is PromiseStatus.OPEN)

    def open_promises_by(self, side: Side) -> tuple[PromiseRow, ...]:
        """The open promises one side made: ``Side.THEIRS`` (to us) or ``Side.OURS``."""
        return tuple(p for p in self.open_promises if p.side is side)


# --- finding a topic --------------------------------------------------------------


def _get(session: Session, topic_id: int) -> Topic:
    if not 0 < topic_id <= LARGEST_NUMBER:
        raise NotFoundError(f"There is no topic number {topic_id} in the journal.")
    record = session.get(Topic, topic_id)
    if record is None:
        raise NotFoundError("That topic is no longer in the journal.")
    return record


def _find(session: Session, wanted: int | str) -> Topic:
    """A topic by number (or ``#number``), UUID or name: exact (case ignored), else
    the one name that starts with, then contains, what was typed."""
    if isinstance(wanted, int):
        return _get(session, wanted)
    text = " ".join(wanted.split())
    if not text:
        raise NotFoundError("Please name the topic.")
    number = text.removeprefix("#")
    if number.isascii() and number.isdigit():
        return _get(session, int(number))
    if UUID_PATTERN.match(text):
        found = session.scalar(select(Topic).where(Topic.uuid == text.lower()))
        if found is not None:
            return found
    folded = text.casefold()
    names = [(tid, " ".join(name.split()).casefold()) for tid, name in _names(session)]
    for ids in (
        [tid for tid, name in names if name == folded],
        [tid for tid, name in names if name.startswith(folded)],
        [tid for tid, name in names if folded in name],
    ):
        if len(ids) == 1:
            return _get(session, ids[0])
        if ids:
            shown = [f"“{session.get(Topic, tid).name}” (#{tid})" for tid in ids[:8]]  # type: ignore[union-attr]
            raise AmbiguousNameError(
                f"More than one topic matches “{text}”: {'; '.join(shown)}. "
                "Please give its number instead.",
                shown,
            )
    raise NotFoundError(
        f"There is no topic called “{text}” in the journal. "
        "'bigjournal topic list' shows the topics there are."
    )


def _names(session: Session) -> list[tuple[int, str]]:
    return [(tid, name) for tid, name in session.execute(select(Topic.id, Topic.name))]


def find_topic(journal: Journal, wanted: int | str) -> Ref:
    """The topic numbered or named ``wanted`` (see :func:`_find`)."""
    with journal.reading() as session:
        record = _find(session, wanted)
        return Ref(record.id, record.uuid, record.name)


# --- adding and correcting ---------------------------------------------------------


def _check_name(session: Session, value: str | None, topic_id: int | None) -> str:
    name = " ".join(
        require_text(value, "name of the topic", field="name", limit=NAME_LIMIT).split()
    )
    folded = name.casefold()
    for other_id, other in _names(session):
        if other_id != topic_id and " ".join(other.split()).casefold() == folded:
            raise ValidationError(
                f"There is already a topic called “{other}”. Choose another name, or tag "
                "the meetings with that one.",
                "name",
            )
    return name


def _apply(session: Session, record: Topic, values: Mapping[str, Any], today: date) -> None:
    if "name" in values:
        record.name = _check_name(session, values["name"], record.id)
    if "description" in values:
        record.description = optional_text(
            values["description"],
            "description of the topic",
            field="description",
            limit=DESCRIPTION_LIMIT,
        )
    if "closed_on" in values:
        closed = parse_date(values["closed_on"], "date the topic was closed", field="closed_on")
        if closed is not None and closed > today:
            raise ValidationError(
                f"The topic would be closed on {closed:%d %b %Y}, after today. Close it on "
                "the day it was finished, or leave it open until then.",
                "closed_on",
            )
        record.closed_on = closed


def add_topic(
    journal: Journal,
    name: str,
    *,
    description: str = "",
    today: date | None = None,
) -> Ref:
    """A new, open topic."""
    with journal.transaction() as session:
        record = Topic(name="", description="")
        _apply(session, record, {"name": name, "description": description}, today_or(today))
        session.add(record)
        session.flush()
        return Ref(record.id, record.uuid, record.name)


def update_topic(
    journal: Journal,
    topic_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
    today: date | None = None,
) -> Ref:
    """Rename, describe, close or reopen (``closed_on`` None) a topic; refused if
    someone saved it since it was read (``expected_version``)."""
    unknown = set(changes) - EDITABLE
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    with journal.transaction() as session:
        record = _get(session, topic_id)
        check_version(record, expected_version, changes)  # type: ignore[arg-type]
        _apply(session, record, changes, today_or(today))
        session.flush()
        return Ref(record.id, record.uuid, record.name)


def close_topic(
    journal: Journal,
    topic: int | str,
    *,
    on: date | str | None = None,
    expected_version: int | None = None,
    today: date | None = None,
) -> Ref:
    """Close a finished topic (today unless ``on`` says): it leaves the pickers."""
    day = today_or(today)
    found = find_topic(journal, topic)
    return update_topic(
        journal,
        found.id,
        {"closed_on": on if on is not None else day},
        expected_version=expected_version,
        today=day,
    )


def delete_topic(journal: Journal, topic_id: int) -> None:
    """Delete a topic and its links; its meetings and promises stay."""
    with journal.transaction() as session:
        session.delete(_get(session, topic_id))


# --- tagging ------------------------------------------------------------------------


def _record_of(session: Session, kind: Tagged, record_id: int) -> None:
    entity = _LINKS[kind][2]
    if not 0 < record_id <= LARGEST_NUMBER or session.get(entity, record_id) is None:
        raise NotFoundError(f"There is no {kind} #{record_id} in the journal.")


def _touch(session: Session, kind: Tagged, record_id: int) -> None:
    """A meeting's or a promise's topics are part of it, as who attended is: changing
    them is an edit of it (a new version), so an archive merged into a successor's
    journal carries the change with the record (links follow their owner's edit)."""
    record: Meeting | Promise | None = (
        session.get(Meeting, record_id) if kind == "meeting" else session.get(Promise, record_id)
    )
    assert record is not None
    record.updated_at = utc_now()


def _tagged(session: Session, kind: Tagged, record_id: int) -> set[int]:
    table, column, _entity = _LINKS[kind]
    return set(session.scalars(select(table.c.topic_id).where(column == record_id)))


def _refuse_closed(record: Topic, kind: Tagged) -> None:
    if record.closed_on is not None:
        raise ValidationError(
            f"The topic “{record.name}” was closed on {record.closed_on:%d %b %Y}, so no "
            f"{kind} is tagged with it now. Open it again first if it is live once more.",
            "topics",
        )


def tag(journal: Journal, topic: int | str, kind: Tagged, record_id: int) -> bool:
    """Tag a meeting or a promise with an open topic; False if it already was."""
    table, column, _entity = _LINKS[kind]
    with journal.transaction() as session:
        record = _find(session, topic)
        _record_of(session, kind, record_id)
        if record.id in _tagged(session, kind, record_id):
            return False
        _refuse_closed(record, kind)
        session.execute(insert(table).values({column.key: record_id, "topic_id": record.id}))
        _touch(session, kind, record_id)
        return True


def untag(journal: Journal, topic: int | str, kind: Tagged, record_id: int) -> bool:
    """Take a topic off a meeting or a promise (a closed one too); False if it was not on."""
    table, column, _entity = _LINKS[kind]
    with journal.transaction() as session:
        record = _find(session, topic)
        _record_of(session, kind, record_id)
        removed = session.execute(
            delete(table).where(column == record_id, table.c.topic_id == record.id)
        )
        if not getattr(removed, "rowcount", 0):
            return False
        _touch(session, kind, record_id)
        return True


def set_topics(journal: Journal, kind: Tagged, record_id: int, topic_ids: Iterable[int]) -> None:
    """A meeting's or a promise's topics are exactly ``topic_ids`` (the window's
    checklist), in one transaction. A closed topic may stay on, never be added."""
    table, column, _entity = _LINKS[kind]
    wanted = set(topic_ids)
    with journal.transaction() as session:
        _record_of(session, kind, record_id)
        now = _tagged(session, kind, record_id)
        for topic_id in sorted(wanted - now):
            _refuse_closed(_get(session, topic_id), kind)
        gone = now - wanted
        if gone:
            session.execute(delete(table).where(column == record_id, table.c.topic_id.in_(gone)))
        added = sorted(wanted - now)
        if added:
            session.execute(
                insert(table), [{column.key: record_id, "topic_id": tid} for tid in added]
            )
        if gone or added:
            _touch(session, kind, record_id)


def topics_of(journal: Journal, kind: Tagged, record_id: int) -> list[TopicRow]:
    """The topics a meeting or a promise is tagged with, by name."""
    with journal.reading() as session:
        ids = _tagged(session, kind, record_id)
        return [row for row in _rows(session, only_open=False) if row.id in ids]


# --- reading --------------------------------------------------------------------------


def _rows(session: Session, *, only_open: bool) -> list[TopicRow]:
    """Every topic with its counts, in a handful of aggregate queries, by name."""
    query = select(
        Topic.id, Topic.uuid, Topic.name, Topic.description, Topic.closed_on, Topic.version
    )
    if only_open:
        query = query.where(Topic.closed_on.is_(None))
    topics = session.execute(query).all()
    if not topics:
        return []
    meetings: dict[int, int] = dict(
        session.execute(
            select(interaction_topics.c.topic_id, func.count()).group_by(
                interaction_topics.c.topic_id
            )
        ).all()
    )
    last_met: dict[int, date] = dict(
        session.execute(
            select(interaction_topics.c.topic_id, func.max(Meeting.occurred_on))
            .join(Meeting, Meeting.id == interaction_topics.c.interaction_id)
            .where(Meeting.is_planned.is_(False))
            .group_by(interaction_topics.c.topic_id)
        ).all()
    )
    open_promises: dict[int, int] = dict(
        session.execute(
            select(promise_topics.c.topic_id, func.count())
            .join(Promise, Promise.id == promise_topics.c.promise_id)
            .where(Promise.status == PromiseStatus.OPEN)
            .group_by(promise_topics.c.topic_id)
        ).all()
    )
    involved: dict[int, set[int]] = defaultdict(set)
    for topic_id, organisation_id in session.execute(
        select(interaction_topics.c.topic_id, interaction_organisations.c.organisation_id)
        .join(
            interaction_organisations,
            interaction_organisations.c.interaction_id == interaction_topics.c.interaction_id,
        )
        .union(
            select(promise_topics.c.topic_id, Promise.organisation_id).join(
                Promise, Promise.id == promise_topics.c.promise_id
            )
        )
    ):
        involved[topic_id].add(organisation_id)
    rows = [
        TopicRow(
            id=tid,
            uuid=uuid,
            name=name,
            description=description,
            closed_on=closed_on,
            version=version,
            meetings=int(meetings.get(tid, 0)),
            open_promises=int(open_promises.get(tid, 0)),
            organisations=len(involved.get(tid, ())),
            last_met_on=last_met.get(tid),
        )
        for tid, uuid, name, description, closed_on, version in topics
    ]
    rows.sort(key=lambda row: (row.name.casefold(), row.id))
    return rows


def list_topics(journal: Journal, *, include_closed: bool = True) -> list[TopicRow]:
    """Every topic by name, with its counts; open ones only for a picker."""
    with journal.reading() as session:
        return _rows(session, only_open=not include_closed)


def topic_row(journal: Journal, topic: int | str) -> TopicRow:
    """One topic's row (by number or name), with its counts."""
    with journal.reading() as session:
        found = _find(session, topic)
        return next(row for row in _rows(session, only_open=False) if row.id == found.id)


def topic_detail(journal: Journal, topic: int | str) -> TopicDetail:
    """A topic's page: everything on it, read as of one moment."""
    with journal.reading() as session:
        return read_topic_detail(session, _find(session, topic).id)


def read_topic_detail(session: Session, topic_id: int) -> TopicDetail:
    """:func:`topic_detail` in the caller's transaction (the reports' read)."""
    record = _get(session, topic_id)
    row = next(r for r in _rows(session, only_open=False) if r.id == record.id)
    meeting_ids = select(interaction_topics.c.interaction_id).where(
        interaction_topics.c.topic_id == record.id
    )
    timeline = meeting_rows(session, meeting_rows_select().where(Meeting.id.in_(meeting_ids)))
    promise_ids = select(promise_topics.c.promise_id).where(promise_topics.c.topic_id == record.id)
    promises = promise_rows(
        session,
        promise_rows_select()
        .where(Promise.id.in_(promise_ids))
        .order_by(Promise.due_on.is_(None), Promise.due_on, Promise.id),
    )
    organisations: dict[int, Ref] = {}
    for meeting in timeline:
        for organisation in meeting.organisations:
            organisations.setdefault(organisation.id, organisation)
    for promise in promises:
        organisations.setdefault(promise.organisation.id, promise.organisation)
    return TopicDetail(
        topic=row,
        organisations=tuple(
            sorted(organisations.values(), key=lambda o: (o.name.casefold(), o.id))
        ),
        timeline=tuple(timeline),
        promises=tuple(promises),
    )


def organisation_topics(session: Session, organisation_id: int) -> list[Ref]:
    """The topics an organisation is involved in (at a meeting or by a promise), by name."""
    at_meetings = (
        select(interaction_topics.c.topic_id)
        .join(
            interaction_organisations,
            interaction_organisations.c.interaction_id == interaction_topics.c.interaction_id,
        )
        .where(interaction_organisations.c.organisation_id == organisation_id)
    )
    by_promises = (
        select(promise_topics.c.topic_id)
        .join(Promise, Promise.id == promise_topics.c.promise_id)
        .where(Promise.organisation_id == organisation_id)
    )
    rows = session.execute(
        select(Topic.id, Topic.uuid, Topic.name).where(Topic.id.in_(at_meetings.union(by_promises)))
    ).all()
    return sorted((Ref(*r) for r in rows), key=lambda ref: ref.name.casefold())
