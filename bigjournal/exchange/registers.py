"""Each register to CSV, for spreadsheets.

UTF-8 with a byte-order mark (so Excel shows accents and non-Latin names rightly),
CRLF line ends (RFC 4180), dates as year-month-day, headings in words. A cell that a
spreadsheet would run as a formula (``=``, ``@``, or ``+``/``-`` followed by more than
a number) gets a leading apostrophe, so a name cannot smuggle a formula in.
Private notes never leave in a register.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from bigjournal.errors import ValidationError
from bigjournal.journal.organisations import list_organisations
from bigjournal.journal.people import list_contacts, list_members
from bigjournal.journal.promises import list_promises
from bigjournal.model import Meeting
from bigjournal.store import Journal
from bigjournal.store.files import write_atomically

REGISTERS = ("promises", "meetings", "contacts", "organisations", "members")
NUMBER_LIKE = re.compile(r"^[+-]?[\d\s().\-/]*$")


def _date(value: date | None) -> str:
    return value.isoformat() if value else ""


def _names(refs: Iterable[Any]) -> str:
    return "; ".join(r.name for r in refs)


def _promises(journal: Journal, today: date | None) -> tuple[list[str], list[list[Any]]]:
    rows = list_promises(journal, today=today)
    today = today or date.today()
    header = [
        "Promise",
        "Whose",
        "Organisation",
        "Made by",
        "Made to",
        "Answerable now",
        "Made on",
        "Due on",
        "Status",
        "Status on",
        "Status note",
        "Overdue",
        "Days late",  # a promise kept after its date: by how many days (issue 21)
        "New date agreed",  # a broken promise given a new date: yes
    ]
    return header, [
        [
            p.description,
            p.side.label,
            p.organisation.name,
            p.made_by.name if p.made_by else "",
            p.made_to.name if p.made_to else "",
            p.holder_name,
            _date(p.made_on),
            _date(p.due_on),
            p.status.label,
            _date(p.status_on),
            p.status_note,
            "yes" if p.is_overdue(today) else "",
            p.days_late or "",
            "yes" if p.renewal_id is not None else "",
        ]
        for p in rows
    ]


def _meetings(journal: Journal, today: date | None) -> tuple[list[str], list[list[Any]]]:
    header = [
        "Date",
        "Time",
        "Kind",
        "Title",
        "Organisations",
        "Their people",
        "Our people",
        "Location",
        "Planned",
        "Notes",
        "Decisions",
    ]
    with journal.reading() as session:
        meetings = session.scalars(
            select(Meeting)
            .options(
                selectinload(Meeting.organisations),
                selectinload(Meeting.contacts),
                selectinload(Meeting.members),
            )
            .order_by(Meeting.occurred_on, Meeting.id)
        ).all()
        rows = [
            [
                _date(m.occurred_on),
                m.starts_at.strftime("%H:%M") if m.starts_at else "",
                m.kind.label,
                m.title,
                _names(m.organisations),
                _names(m.contacts),
                _names(m.members),
                m.location,
                "yes" if m.is_planned else "",
                m.notes,
                m.decisions,
            ]
            for m in meetings
        ]
    return header, rows


def _contacts(journal: Journal, today: date | None) -> tuple[list[str], list[list[Any]]]:
    header = [
        "Name",
        "Title",
        "Role",
        "Organisation",
        "Kind",
        "Ward",
        "Term ends",
        "Phone",
        "Email",
        "Other phones",
        "Other emails",
        "Prefers",
        "Left on",
        "Went to",
        "Successor",
        "Notes",
    ]
    return header, [
        [
            c.name,
            c.title,
            c.role,
            c.organisation.name,
            c.kind.label,
            c.ward,
            _date(c.term_ends_on),
            c.phone,
            c.email,
            "; ".join(c.other_phones),
            "; ".join(c.other_emails),
            c.preferred_contact.label if c.preferred_contact else "",
            _date(c.left_on),
            c.went_to,
            c.successor.name if c.successor else "",
            c.notes,
        ]
        for c in list_contacts(journal)
    ]


def _organisations(journal: Journal, today: date | None) -> tuple[list[str], list[list[Any]]]:
    rows = list_organisations(journal)
    names = {o.id: o.name for o in rows}
    header = [
        "Organisation",
        "Kind",
        "Other roles",
        "Part of",
        "Relationship",
        "Purposes",
        "Held by",
        "Contact every (days)",
        "Last contact",
    ]
    return header, [
        [
            o.name,
            o.kind.label,
            "; ".join(k.label for k in o.other_kinds),
            names.get(o.parent_id, "") if o.parent_id else "",
            o.relationship_type.label if o.relationship_type else "",
            "; ".join(p.label for p in o.purposes),
            _names(o.holders),
            o.contact_every_days or "",
            _date(o.last_contact_on),
        ]
        for o in rows
    ]


def _members(journal: Journal, today: date | None) -> tuple[list[str], list[list[Any]]]:
    header = [
        "Name",
        "Role",
        "Phone",
        "Email",
        "Joined",
        "Stepped down",
        "Holds relationships with",
        "Conflicts of interest",
        "Notes",
    ]
    return header, [
        [
            m.name,
            m.role.label,
            m.phone,
            m.email,
            _date(m.joined_on),
            _date(m.stepped_down_on),
            _names(m.holds),
            m.conflicts_of_interest,
            m.notes,
        ]
        for m in list_members(journal)
    ]


BUILDERS: dict[str, Callable[[Journal, date | None], tuple[list[str], list[list[Any]]]]] = {
    "promises": _promises,
    "meetings": _meetings,
    "contacts": _contacts,
    "organisations": _organisations,
    "members": _members,
}


def safe_cell(value: Any) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula (OWASP CSV injection)."""
    text = "" if value is None else str(value)
    if not text:
        return text
    if text[0] in "=@\t\r" or (text[0] in "+-" and not NUMBER_LIKE.match(text)):
        return "'" + text
    return text


def register_csv(journal: Journal, register: str, *, today: date | None = None) -> tuple[str, int]:
    """One register as CSV text (with its byte-order mark), and how many rows."""
    if register not in BUILDERS:
        raise ValidationError(
            f"“{register}” is not a register; choose one of: {', '.join(REGISTERS)}.", "register"
        )
    header, rows = BUILDERS[register](journal, today)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([safe_cell(v) for v in row] for row in rows)
    return "\ufeff" + buffer.getvalue(), len(rows)


def export_register(
    journal: Journal, register: str, destination: str | Path, *, today: date | None = None
) -> int:
    """Write one register to a CSV file (whole or not at all); returns the row count."""
    text, count = register_csv(journal, register, today=today)
    write_atomically(Path(destination), text.encode("utf-8"))
    return count
