"""What the journal accepts: the one definition the forms, the command line and the
importers check against, so nothing stored can later crash a list, a report or an
export (issue 16: a meeting on 9999-12-31 crashed the calendar export every time).
"""

from __future__ import annotations

import unicodedata
from datetime import date

from bigjournal.errors import ValidationError

#: Dates the journal keeps: wide enough for any record, narrow enough that every
#: calculation (a day after, a rhythm of ten years, a calendar's end) stays a date.
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2199, 12, 31)
#: The largest record number SQLite and PostgreSQL's BIGINT hold.
LARGEST_NUMBER = 2**63 - 1
#: A list longer than this is never asked for (the command line's --limit).
LARGEST_LIST = 1_000_000

#: Characters that reorder what follows (RTL overrides and embeddings): in a name they
#: make "gpj.exe" look like "exe.jpg"; isolates (U+2066–U+2069) are allowed.
BIDI_OVERRIDES = frozenset("\u202a\u202b\u202c\u202d\u202e")
#: Characters a note may keep although they are control characters.
NOTE_CONTROLS = frozenset("\n\t\r")


def check_date(value: date, what: str, *, field: str = "") -> date:
    """Refuse a date outside :data:`EARLIEST_DATE` … :data:`LATEST_DATE`."""
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise ValidationError(
            f"{value.isoformat()} is outside the dates BigJournal keeps for the {what} "
            f"({EARLIEST_DATE.year} to {LATEST_DATE.year}).",
            field,
        )
    return value


def check_number(value: int, what: str, *, lowest: int = 0, highest: int = LARGEST_NUMBER) -> int:
    if not lowest <= value <= highest:
        raise ValidationError(f"{value} is not a {what} BigJournal can use.")
    return value


def text_problem(text: str, *, one_line: bool) -> str | None:
    """Why ``text`` cannot be stored (a phrase), or None when it can."""
    for character in text:
        category = unicodedata.category(character)
        if category == "Cs":
            return "has a broken character in it (a lone surrogate)"
        if character == "\x00":
            return "has a NUL character in it"
        if category == "Cc" and (one_line or character not in NOTE_CONTROLS):
            return "has a control character in it (such as a terminal escape code)"
        if one_line and character in BIDI_OVERRIDES:
            return "has a right-to-left override in it, which disguises what it says"
    return None


def has_visible_text(text: str) -> bool:
    """False for text made only of spaces and invisible characters (a lone zero-width joiner)."""
    return any(
        not character.isspace() and unicodedata.category(character) not in ("Cf", "Mn", "Me")
        for character in text
    )


def check_text(text: str, what: str, *, field: str = "", one_line: bool = True) -> str:
    problem = text_problem(text, one_line=one_line)
    if problem is not None:
        raise ValidationError(f"The {what} {problem}; please type it again.", field)
    return text
