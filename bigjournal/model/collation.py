"""Names in the order a reader expects: Łucja with the Ls, Øystein with the Os, Cllr
Ahmed under A (issue 15).

Comparing names as stored sorts by code point: "Łucja" after "Zoë", every councillor
under C. A *sort key* is computed here, in Python, whenever a name is written, and
stored beside it (``contacts.sort_name``, ``organisations.sort_name``, indexed), so
that the long lists can page through an index in this order (keyset cursors need an
index in the order shown) and SQLite and PostgreSQL give the same order: the key is
compared byte by byte on both (PostgreSQL's column uses the ``"C"`` collation).

The key has two parts, the second compared only when the first ones are equal:

1. the name without a leading title, its accents and case folded away and its
   punctuation read as spaces (``lucja nowak``); numbers are compared as numbers
   ("Ward 9" before "Ward 10");
2. the same with its accents and punctuation kept (case still folded), so "Lucja"
   comes before "Łucja"; stored only when it differs from the first part (keys are
   stored and indexed for 200,000 meeting titles: every byte counts twice).

Names still equal (case, a title: "Cllr Ahmed Khan" and "Ahmed Khan") are ordered
by id in the lists. Each part is cut at :data:`LONGEST_PART` characters: past that,
the id decides too.

This is the Unicode collation algorithm's idea of levels (base letter, then accent,
then case), done with ``unicodedata``: a journal's names are Latin, Cyrillic, Greek
and a few others, for which folding to the base letter gives the order people use.
Letters with no decomposition that folding should still reach (ł, ø, đ, ß, æ…) are
listed in :data:`EXTRA_FOLDS`. The parts are joined by U+0001, below every character
a name can hold.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Titles at the start of a person's name that the order ignores ("Cllr Ahmed" is A).
TITLES = (
    "cllr",
    "councillor",
    "dr",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "revd",
    "rev",
    "prof",
)
_TITLE = re.compile(rf"^(?:(?:{'|'.join(TITLES)})\.?\s+)+", re.IGNORECASE)

#: Letters without a Unicode decomposition that fold to a base letter all the same.
EXTRA_FOLDS = {
    "ł": "l",
    "ø": "o",
    "đ": "d",
    "ð": "d",
    "ħ": "h",
    "ı": "i",
    "ŀ": "l",
    "ŧ": "t",
    "ß": "ss",
    "æ": "ae",
    "œ": "oe",
    "þ": "th",
}
SEPARATOR = "\x01"
#: No part of a key is longer than this.
LONGEST_PART = 80
#: Digits are padded to this many places so that numbers compare as numbers.
NUMBER_WIDTH = 10
_NUMBER = re.compile(r"\d+")
_NOT_WORD = re.compile(r"[\W_]+")


def without_title(name: str) -> str:
    """The name without titles at its start, unless nothing would be left."""
    stripped = _TITLE.sub("", name.strip())
    return stripped or name.strip()


def fold_letters(text: str) -> str:
    """Case and accents folded away: "Łucja Ørsted-Brøns" → "lucja orsted brons" (also
    what a typed filter is compared with: "lodz" finds Łódź)."""
    letters = []
    for character in unicodedata.normalize("NFKD", text.casefold()):
        if unicodedata.combining(character):
            continue
        letters.append(EXTRA_FOLDS.get(character, character))
    return _NOT_WORD.sub(" ", "".join(letters)).strip()


def fold(text: str) -> str:
    """:func:`fold_letters`, with numbers padded to compare as numbers."""
    words = fold_letters(text)
    return _NUMBER.sub(lambda m: m.group().rjust(NUMBER_WIDTH, "0"), words)


@lru_cache(maxsize=4096)
def sort_key(name: str, *, person: bool = True) -> str:
    """The stored key that orders ``name`` (a person's: titles ignored)."""
    text = unicodedata.normalize("NFC", name or "")
    core = without_title(text) if person else text.strip()
    first = fold(core)[:LONGEST_PART]
    second = _NUMBER.sub(lambda m: m.group().rjust(NUMBER_WIDTH, "0"), core.casefold())
    second = second[:LONGEST_PART]
    # The accents are kept only where they differ: a name without any (most of them)
    # stores one part, which still sorts first among its equals.
    return first if second == first else f"{first}{SEPARATOR}{second}"


def organisation_sort_key(name: str) -> str:
    """An organisation's key: no titles to strip ("Dr Foster Surgery" stays under D)."""
    return sort_key(name, person=False)
