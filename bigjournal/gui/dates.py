"""Forgiving dates for quick typing: "2w", "31/7", "2026-07-31", "friday".

Qt-free on purpose (it lives here because only the forms need it), so it is tested
as plain Python.
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
RELATIVE = re.compile(r"^(?:in\s*)?(\d{1,3})\s*(d|day|days|w|wk|week|weeks|m|month|months)$")
CLOCK = re.compile(r"^(\d{1,2})(?:[:.h]?(\d{2}))?\s*(am|pm)?$")
DAY_FIRST = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{2,4}))?$")


class DateNotUnderstood(ValueError):
    """The text is not a date we can read; the message says what would work."""


def parse_when(text: str, start: date) -> date | None:
    """A due date typed in a form, counted from ``start`` (the meeting's date).

    Empty means no date. British day-first order for slashes (31/7/2026).
    """
    typed = text.strip().casefold()
    if not typed:
        return None
    if typed == "today":
        return start
    if typed == "tomorrow":
        return start + timedelta(days=1)
    if typed.startswith("next "):
        typed = typed[5:]
    for number, name in enumerate(WEEKDAYS):
        if name.startswith(typed) and len(typed) >= 3:
            ahead = (number - start.weekday()) % 7 or 7
            return start + timedelta(days=ahead)
    if match := RELATIVE.match(typed):
        count, unit = int(match.group(1)), match.group(2)[0]
        if unit == "d":
            return start + timedelta(days=count)
        if unit == "w":
            return start + timedelta(weeks=count)
        return _add_months(start, count)
    if match := DAY_FIRST.match(typed):
        day, month = int(match.group(1)), int(match.group(2))
        year = int(match.group(3)) if match.group(3) else start.year
        if year < 100:
            year += 2000
        try:
            found = date(year, month, day)
        except ValueError:
            raise DateNotUnderstood(_explain(text)) from None
        if not match.group(3) and found < start:
            found = found.replace(year=found.year + 1)  # "31/1" typed in March: next January
        return found
    try:
        return date.fromisoformat(typed)
    except ValueError:
        raise DateNotUnderstood(_explain(text)) from None


def _add_months(start: date, months: int) -> date:
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    for day in (start.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _explain(text: str) -> str:
    return (
        f"“{text.strip()}” is not a date BigJournal understands. Write it like 31/7/2026 "
        "or 2026-07-31, or as a time from the meeting like 2w (two weeks), 10d or 1m."
    )


def parse_time(text: str) -> time | None:
    """A time of day typed in a form: "14:30", "2.30pm", "9am", "1430". Empty: none."""
    typed = text.strip().casefold().replace(" ", "")
    if not typed:
        return None
    match = CLOCK.match(typed)
    if match:
        hour, minute, half = int(match.group(1)), int(match.group(2) or 0), match.group(3)
        if half and 1 <= hour <= 12:
            hour = hour % 12 + (12 if half == "pm" else 0)
        if (match.group(2) or half) and hour < 24 and minute < 60:
            return time(hour, minute)
    raise DateNotUnderstood(
        f"“{text.strip()}” is not a time BigJournal understands. Write it like 14:30 "
        "or 2:30pm, or leave it empty."
    )
