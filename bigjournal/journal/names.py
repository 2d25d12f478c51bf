"""Telling whether a new name is someone (or something) already in the journal.

"Cllr Sam Okoye", "sam okoye" and "Sam Okoyé" are the same person to a volunteer,
and "The Ashford Vale Borough Council" is the council they already have. Before a
new organisation, contact or member is added, :func:`same_name` finds the records
whose names match once case, accents, punctuation and titles are set aside, so the
window and the command line can both ask "There is already … Add another?".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select

from bigjournal.journal.records import Ref
from bigjournal.model import Contact, Member, Organisation
from bigjournal.store import Journal

#: Words before a name that say how to address a person, not who they are.
TITLES = frozenset(
    {
        "cllr",
        "councillor",
        "dr",
        "doctor",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "prof",
        "professor",
        "rev",
        "revd",
        "reverend",
        "sir",
        "dame",
        "lord",
        "lady",
        "the",  # "The Ashford Vale Trust" is "Ashford Vale Trust"
    }
)
NON_WORD = re.compile(r"[^\w]+")
#: Letters that carry no separate accent mark for Unicode to take off.
PLAIN_LETTERS = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)
RecordKind = Literal["organisation", "contact", "member"]


def fold_name(name: str) -> str:
    """The name as compared: no case, accents, punctuation or leading titles."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.translate(PLAIN_LETTERS)
    words = NON_WORD.sub(" ", plain).split()
    while len(words) > 1 and words[0] in TITLES:
        words.pop(0)
    return " ".join(words)


def split_title(name: str) -> tuple[str, str]:
    """("Cllr", "Sam Okoye") from "Cllr Sam Okoye": a title typed into the name.

    Only a person's titles (not "The"), and only if a name is left after it.
    """
    words = name.split()
    if len(words) > 1 and words[0].casefold().rstrip(".") in TITLES - {"the"}:
        return words[0], " ".join(words[1:])
    return "", name.strip()


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A record whose name matches, and where it is (a contact's organisation)."""

    record: Ref
    where: str = ""

    def describe(self) -> str:
        return f"{self.record.name} ({self.where})" if self.where else self.record.name


def same_name(
    journal: Journal,
    kind: RecordKind,
    name: str,
    *,
    except_id: int | None = None,
) -> list[NameMatch]:
    """The records of ``kind`` whose name folds to the same as ``name``, by name.

    ``except_id`` leaves out the record being edited. An empty name matches nothing.
    """
    wanted = fold_name(name)
    if not wanted:
        return []
    with journal.reading() as session:
        rows: Sequence[tuple[int, str, str, str]]
        if kind == "contact":
            rows = session.execute(
                select(Contact.id, Contact.uuid, Contact.name, Organisation.name).join(
                    Organisation, Organisation.id == Contact.organisation_id
                )
            ).all()
        else:
            entity: type[Organisation] | type[Member] = (
                Organisation if kind == "organisation" else Member
            )
            rows = [
                (*row, "") for row in session.execute(select(entity.id, entity.uuid, entity.name))
            ]
    found = [
        NameMatch(Ref(row[0], row[1], row[2]), row[3])
        for row in rows
        if row[0] != except_id and fold_name(row[2]) == wanted
    ]
    return sorted(found, key=lambda match: (match.record.name.casefold(), match.record.id))


def already_there(matches: list[NameMatch], noun: str, ask: str = "Add another?") -> str:
    """The question to ask before adding another: "There is already …. Add another?"."""
    shown = "; ".join(match.describe() for match in matches[:5])
    more = f" and {len(matches) - 5} more" if len(matches) > 5 else ""
    return f"There is already {noun} called {shown}{more} in the journal. {ask}"


#: Fields an edit names by record id or vocabulary value, and what they refer to.
REFERENCES: dict[str, type[Organisation] | type[Member]] = {
    "parent": Organisation,
    "organisation": Organisation,
    "holders": Member,
}


def readable_value(journal: Journal, field: str, value: object) -> object:
    """A field's value with ids turned into names and vocabulary values into labels.

    For showing a refused edit side by side ("Holders: Aisha Rahman, Tom Kowalski"),
    not for saving.
    """
    from bigjournal.model.vocabulary import OrganisationKind, Purpose

    vocabularies = {"purposes": Purpose, "other_kinds": OrganisationKind}
    if field in vocabularies and isinstance(value, list | tuple):
        enum = vocabularies[field]
        return ", ".join(enum(v).label for v in value) or ""
    entity = REFERENCES.get(field)
    if entity is None or value in (None, "", [], ()):
        return value
    given: Sequence[Any] = value if isinstance(value, list | tuple) else [value]
    ids = [int(v) for v in given]
    with journal.reading() as session:
        query = select(entity.id, entity.name).where(entity.id.in_(ids))
        names = {row[0]: row[1] for row in session.execute(query)}
    return ", ".join(names.get(i, f"#{i}") for i in ids)
