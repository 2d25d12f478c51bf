"""Meetings and promise due dates to iCalendar (``.ics``, RFC 5545).

Volunteers add the file to their own calendars. Meeting times are written as
"floating" local times (no time zone): a meeting at 7pm in the community centre is
at 7pm wherever the calendar is. Promise due dates are all-day events. UIDs come
from the records' uuids, so importing a newer file updates events instead of
doubling them. Notes stay out unless asked for: calendars get shared.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from bigjournal import APP_NAME, __version__
from bigjournal.exchange.textformat import content_line, escape
from bigjournal.journal.settings import PARTNERSHIP_NAME, get_setting
from bigjournal.model import Meeting, Promise, PromiseStatus
from bigjournal.store import Journal
from bigjournal.store.files import write_atomically

MEETING_LENGTH = timedelta(hours=1)


def calendar_text(
    journal: Journal,
    *,
    since: date | None = None,
    meetings: bool = True,
    promises: bool = True,
    with_notes: bool = False,
    now: datetime | None = None,
) -> tuple[str, int]:
    """The calendar as text, and how many events it holds."""
    stamp = _utc_stamp(now or datetime.now(UTC))
    partnership = get_setting(journal, PARTNERSHIP_NAME)
    events: list[str] = []
    with journal.reading() as session:
        if meetings:
            query = (
                select(Meeting)
                .options(
                    selectinload(Meeting.organisations),
                    selectinload(Meeting.members),
                    selectinload(Meeting.contacts),
                )
                .order_by(Meeting.occurred_on, Meeting.id)
            )
            if since is not None:
                query = query.where(Meeting.occurred_on >= since)
            for meeting in session.scalars(query):
                events.append(_meeting_event(meeting, stamp, with_notes))
        if promises:
            promise_query = (
                select(Promise)
                .options(selectinload(Promise.organisation))
                .where(Promise.status == PromiseStatus.OPEN, Promise.due_on.is_not(None))
                .order_by(Promise.due_on, Promise.id)
            )
            if since is not None:
                promise_query = promise_query.where(Promise.due_on >= since)
            for promise in session.scalars(promise_query):
                events.append(_promise_event(promise, stamp))
    name = f"{partnership} — {APP_NAME}" if partnership else APP_NAME
    text = (
        "BEGIN:VCALENDAR\r\n"
        + content_line("VERSION", "2.0")
        + content_line("PRODID", f"-//{APP_NAME}//{APP_NAME} {__version__}//EN")
        + content_line("CALSCALE", "GREGORIAN")
        + content_line("METHOD", "PUBLISH")
        + content_line("X-WR-CALNAME", escape(name))
        + "".join(events)
        + "END:VCALENDAR\r\n"
    )
    return text, len(events)


def export_calendar(
    journal: Journal,
    destination: str | Path,
    *,
    since: date | None = None,
    meetings: bool = True,
    promises: bool = True,
    with_notes: bool = False,
    now: datetime | None = None,
) -> int:
    """Write the ``.ics`` file (whole or not at all); returns how many events."""
    text, count = calendar_text(
        journal,
        since=since,
        meetings=meetings,
        promises=promises,
        with_notes=with_notes,
        now=now,
    )
    write_atomically(Path(destination), text.encode("utf-8"))
    return count


def _utc_stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _day(value: date) -> str:
    return value.strftime("%Y%m%d")


def _meeting_event(meeting: Meeting, stamp: str, with_notes: bool) -> str:
    organisations = ", ".join(o.name for o in meeting.organisations)
    summary = meeting.title or meeting.kind.label
    if organisations and organisations not in summary:
        summary = f"{summary} — {organisations}"
    lines = [
        "BEGIN:VEVENT\r\n",
        content_line("UID", f"{meeting.uuid}@bigjournal"),
        content_line("DTSTAMP", stamp),
        content_line("LAST-MODIFIED", _utc_stamp(meeting.updated_at)),
    ]
    if meeting.starts_at is not None:
        start = datetime.combine(meeting.occurred_on, meeting.starts_at).replace(microsecond=0)
        lines.append(content_line("DTSTART", start.strftime("%Y%m%dT%H%M%S")))
        lines.append(content_line("DTEND", (start + MEETING_LENGTH).strftime("%Y%m%dT%H%M%S")))
    else:
        lines.append(content_line("DTSTART", _day(meeting.occurred_on), value="DATE"))
        lines.append(
            content_line("DTEND", _day(meeting.occurred_on + timedelta(days=1)), value="DATE")
        )
    lines.append(content_line("SUMMARY", escape(summary)))
    if meeting.location:
        lines.append(content_line("LOCATION", escape(meeting.location)))
    description = [f"{meeting.kind.label} with {organisations}." if organisations else ""]
    if meeting.members:
        description.append("From the partnership: " + ", ".join(m.name for m in meeting.members))
    if meeting.contacts:
        description.append("With: " + ", ".join(c.name for c in meeting.contacts))
    if with_notes and meeting.notes:
        description.append(meeting.notes)
    if with_notes and meeting.decisions:
        description.append("Decisions: " + meeting.decisions)
    text = "\n".join(d for d in description if d)
    if text:
        lines.append(content_line("DESCRIPTION", escape(text)))
    lines.append(content_line("CATEGORIES", escape(meeting.kind.label)))
    lines.append(content_line("STATUS", "TENTATIVE" if meeting.is_planned else "CONFIRMED"))
    lines.append("END:VEVENT\r\n")
    return "".join(lines)


def _promise_event(promise: Promise, stamp: str) -> str:
    assert promise.due_on is not None
    side = (
        "We promised" if promise.side.value == "ours" else f"{promise.organisation.name} promised"
    )
    return "".join(
        [
            "BEGIN:VEVENT\r\n",
            content_line("UID", f"{promise.uuid}-due@bigjournal"),
            content_line("DTSTAMP", stamp),
            content_line("LAST-MODIFIED", _utc_stamp(promise.updated_at)),
            content_line("DTSTART", _day(promise.due_on), value="DATE"),
            content_line("DTEND", _day(promise.due_on + timedelta(days=1)), value="DATE"),
            content_line("SUMMARY", escape(f"Due: {promise.description}")),
            content_line(
                "DESCRIPTION",
                escape(f"{side} on {promise.made_on:%d %B %Y}: {promise.description}"),
            ),
            content_line("CATEGORIES", "Promise"),
            content_line("TRANSP", "TRANSPARENT"),
            "END:VEVENT\r\n",
        ]
    )
