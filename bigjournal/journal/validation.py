"""Checking what the volunteer typed: text, dates, choices, e-mail addresses and phone numbers.

Each check returns the value to store or raises :class:`~bigjournal.errors.ValidationError`
with a sentence for the volunteer and the field it is about.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import TypeVar

from bigjournal.errors import ValidationError
from bigjournal.journal.limits import check_date, check_text, has_visible_text
from bigjournal.model.vocabulary import LabelledEnum

E = TypeVar("E", bound=LabelledEnum)

EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def today_or(on: date | None) -> date:
    return on if on is not None else date.today()


def require_text(value: str | None, what: str, *, field: str, limit: int = 200) -> str:
    """A required one-line text, trimmed; explain plainly when it is missing or too long."""
    text = (value or "").strip()
    check_text(text, what, field=field)
    if not has_visible_text(text):
        raise ValidationError(f"Please give the {what}; it cannot be empty.", field)
    if len(text) > limit:
        raise ValidationError(
            f"The {what} is too long ({len(text)} characters); please keep it under {limit}.",
            field,
        )
    return text


def optional_text(value: str | None, what: str, *, field: str, limit: int = 200) -> str:
    text = (value or "").strip()
    check_text(text, what, field=field, one_line=limit <= 300)
    if len(text) > limit:
        raise ValidationError(
            f"The {what} is too long ({len(text)} characters); please keep it under {limit}.",
            field,
        )
    return text


def check_email(value: str | None, *, field: str = "email") -> str:
    text = (value or "").strip()
    check_text(text, "email address", field=field)  # a NUL: PostgreSQL cannot hold it
    if text and not EMAIL_PATTERN.match(text):
        raise ValidationError(
            f"“{text}” does not look like an email address (like name@example.org).", field
        )
    return text


def split_lines(text: str | None) -> tuple[str, ...]:
    """The values kept one a line in a text column (a contact's other phones, emails)."""
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


def text_list(value: str | Iterable[str] | None) -> list[str]:
    """Several values given as a list, or as one text with one a line (or ; between).

    Empty entries are dropped, and so is a repeat (case ignored); the order is kept.
    """
    items = [value] if isinstance(value, str) else list(value or ())
    found: dict[str, str] = {}
    for item in items:
        for part in (item or "").replace(";", "\n").splitlines():
            text = part.strip()
            if text:
                found.setdefault(text.casefold(), text)
    return list(found.values())


def check_phones(value: str | Iterable[str] | None, *, field: str = "other_phones") -> str:
    """Further phone numbers, each checked as the main one is; stored one a line."""
    phones = [optional_text(p, "phone number", field=field, limit=60) for p in text_list(value)]
    if len(phones) > 20:
        raise ValidationError("Please keep to twenty phone numbers for one person.", field)
    return "\n".join(phones)


def check_emails(value: str | Iterable[str] | None, *, field: str = "other_emails") -> str:
    """Further email addresses, each checked as the main one is; stored one a line."""
    emails = [check_email(e, field=field) for e in text_list(value)]
    for email in emails:
        if len(email) > 200:
            raise ValidationError(
                f"The email address “{email[:40]}…” is too long; please keep it under 200.", field
            )
    if len(emails) > 20:
        raise ValidationError("Please keep to twenty email addresses for one person.", field)
    return "\n".join(emails)


def parse_choice(enum: type[E], value: E | str | None, what: str, *, field: str) -> E:
    if isinstance(value, enum):
        return value
    if value is None or str(value).strip() == "":
        raise ValidationError(f"Please choose the {what}.", field)
    try:
        return enum.parse(str(value))  # type: ignore[return-value]
    except ValueError:
        labels = "; ".join(m.label for m in enum)
        raise ValidationError(
            f"“{value}” is not a {what} BigJournal knows. Choose one of: {labels}.", field
        ) from None


def parse_date(value: date | str | None, what: str, *, field: str) -> date | None:
    """Accept a date or an ISO text (YYYY-MM-DD); empty means no date."""
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    if not text:
        return None
    try:
        parsed = date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            f"“{text}” is not a date BigJournal understands for the {what}; "
            "please write it as year-month-day, like 2026-03-31.",
            field,
        ) from None
    return check_date(parsed, what, field=field)
