"""A contact has left their post: record when, and where they went.

This is the minimal first step of a handover: once ``left_on`` is set, Today lists
the contact under "left without a handover" until a handover is completed, and
new promises can no longer be given to them. The full handover (successor,
introduction walkabout, moving the promises they held) builds on this.
"""

from __future__ import annotations

from datetime import date

from bigjournal.errors import ValidationError
from bigjournal.journal.common import (
    check_version,
    contact_row,
    get,
    optional_text,
    parse_date,
    today_or,
)
from bigjournal.journal.records import ContactRow
from bigjournal.model import Contact
from bigjournal.store import Journal


def record_leaving(
    journal: Journal,
    contact_id: int,
    *,
    left_on: date | str | None,
    went_to: str = "",
    expected_version: int | None = None,
    today: date | None = None,
) -> ContactRow:
    """Mark a contact as having left on a date (not in the future), and where they went."""
    today = today_or(today)
    when = parse_date(left_on, "date they left", field="left_on")
    if when is None:
        raise ValidationError("Please give the date they left (roughly is fine).", "left_on")
    if when > today:
        raise ValidationError(
            f"{when:%d %b %Y} is in the future. Record the leaving once they have gone, "
            "or give today's date if they are leaving now.",
            "left_on",
        )
    where = optional_text(went_to, "place they went to", field="went_to", limit=300)
    with journal.transaction() as session:
        contact = get(session, Contact, contact_id)
        check_version(contact, expected_version)
        contact.left_on = when
        contact.went_to = where
        session.flush()
        return contact_row(contact)


def cancel_leaving(
    journal: Journal, contact_id: int, *, expected_version: int | None = None
) -> ContactRow:
    """They have not left after all (or it was recorded by mistake): clear the dates."""
    with journal.transaction() as session:
        contact = get(session, Contact, contact_id)
        check_version(contact, expected_version)
        contact.left_on = None
        contact.went_to = ""
        session.flush()
        return contact_row(contact)
