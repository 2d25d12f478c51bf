"""Counts in plain English, the same in the window, on the command line and on paper.

"1 meetings" reads as a mistake to a volunteer; every count shown goes through
:func:`count` so that the singular, the plural and the thousands separator are right
once, everywhere. No dependencies: the window imports it before the journal is open.
"""

from __future__ import annotations

#: Plurals that are not the word with an "s" added.
IRREGULAR = {
    "person": "people",
    "copy": "copies",
    "entry": "entries",
    "party": "parties",
    "this": "these",
}


def plural_of(word: str) -> str:
    """The plural of a noun, or of a phrase ending in one ("earlier meeting")."""
    head, _, last = word.rpartition(" ")
    if last in IRREGULAR:
        many = IRREGULAR[last]
    elif last.endswith(("s", "x", "ch", "sh")):
        many = last + "es"
    else:
        many = last + "s"
    return f"{head} {many}" if head else many


def count(number: int, word: str, many: str | None = None) -> str:
    """``count(1, "meeting")`` is "1 meeting"; ``count(1200, "meeting")`` "1,200 meetings"."""
    noun = word if number == 1 else (many or plural_of(word))
    return f"{number:,} {noun}"
