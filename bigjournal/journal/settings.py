"""Journal-wide settings kept inside the journal (they travel with it)."""

from __future__ import annotations

from sqlalchemy import select

from bigjournal.errors import ValidationError
from bigjournal.model import Setting
from bigjournal.store import Journal

PARTNERSHIP_NAME = "partnership_name"
ABOUT_PARTNERSHIP = "about_partnership"
PRIORITIES = "priorities"
PAPER_SIZE = "paper_size"
TERM_WARNING_DAYS = "term_warning_days"
# Today reminds when a relationship has had no check-in for this many days.
CHECK_IN_REMINDER_DAYS = "check_in_reminder_days"
# The printed reports' body type in points: 10, or 12 / 14 for large print.
PRINT_SIZE = "print_size"

DEFAULTS = {
    PARTNERSHIP_NAME: "",
    ABOUT_PARTNERSHIP: "",
    PRIORITIES: "",
    PAPER_SIZE: "A4",
    TERM_WARNING_DAYS: "56",
    CHECK_IN_REMINDER_DAYS: "182",
    PRINT_SIZE: "10",
}
CHOICES = {PAPER_SIZE: ("A4", "Letter"), PRINT_SIZE: ("10", "12", "14")}


def get_settings(journal: Journal) -> dict[str, str]:
    with journal.reading() as session:
        stored = dict(session.execute(select(Setting.key, Setting.value)).all())
    return {**DEFAULTS, **stored}


def get_setting(journal: Journal, key: str) -> str:
    return get_settings(journal).get(key, "")


def setting_problem(key: str, value: str) -> str | None:
    """Why ``value`` cannot be kept for ``key`` (a sentence), or None when it can.

    The archive importer asks it too, so an archive cannot store what the form refuses.
    """
    if key not in DEFAULTS:
        return f"“{key}” is not a journal setting."
    days = value.strip()
    if key == TERM_WARNING_DAYS and not (
        days.isascii() and days.isdigit() and len(days) <= 3 and int(days) <= 365
    ):
        return "The warning before a councillor's term ends is a number of days (0 to 365)."
    if key == CHECK_IN_REMINDER_DAYS and not (
        days.isascii() and days.isdigit() and len(days) <= 4 and 1 <= int(days) <= 3650
    ):
        return "The time before Today reminds of a check-in is a number of days (1 to 3650)."
    if key in CHOICES and value not in CHOICES[key]:
        return f"{key} must be one of: {', '.join(CHOICES[key])}."
    return None


def set_settings(journal: Journal, values: dict[str, str]) -> None:
    for key, value in values.items():
        problem = setting_problem(key, value)
        if problem is not None:
            raise ValidationError(problem)
    with journal.transaction() as session:
        for key, value in values.items():
            setting = session.get(Setting, key)
            if setting is None:
                session.add(Setting(key=key, value=value.strip()))
            else:
                setting.value = value.strip()
