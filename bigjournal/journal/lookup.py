"""Finding a meeting or a promise by its number or by words from its title or text.

The same rule as :func:`bigjournal.journal.common.find` for named records: a number
(or ``#number``) is that record; otherwise an exact title (case ignored), then the one
title that starts with, then contains, what was typed. When several match, the
volunteer is told which ones with their numbers, and nothing is picked for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select

from bigjournal.errors import AmbiguousNameError, NotFoundError
from bigjournal.journal.limits import LARGEST_NUMBER
from bigjournal.journal.records import Ref
from bigjournal.model import Interaction, Promise
from bigjournal.store import Journal

SHOWN = 8


def find_meeting(journal: Journal, wanted: int | str) -> Ref:
    """The meeting numbered or titled ``wanted``."""
    with journal.reading_rows() as connection:
        number = _number(wanted)
        if number is not None:
            row = connection.execute(
                select(Interaction.id, Interaction.uuid, Interaction.title).where(
                    Interaction.id == number
                )
            ).first()
            if row is None:
                raise NotFoundError(f"There is no meeting #{number} in the journal.")
            return Ref(*row)
        rows = connection.execute(
            select(Interaction.id, Interaction.uuid, Interaction.title, Interaction.occurred_on)
        ).all()
    return _pick("meeting", str(wanted), [(Ref(r[0], r[1], r[2]), r[3]) for r in rows], "its title")


def find_promise(journal: Journal, wanted: int | str) -> Ref:
    """The promise numbered ``wanted``, or the one whose words match it."""
    with journal.reading_rows() as connection:
        number = _number(wanted)
        if number is not None:
            row = connection.execute(
                select(Promise.id, Promise.uuid, Promise.description).where(Promise.id == number)
            ).first()
            if row is None:
                raise NotFoundError(f"There is no promise #{number} in the journal.")
            return Ref(*row)
        rows = connection.execute(
            select(Promise.id, Promise.uuid, Promise.description, Promise.made_on)
        ).all()
    return _pick(
        "promise", str(wanted), [(Ref(r[0], r[1], r[2]), r[3]) for r in rows], "what was promised"
    )


def _number(wanted: int | str) -> int | None:
    """The record number typed, if it is one; a number no record can have is refused."""
    if isinstance(wanted, int):
        number = wanted
    else:
        text = wanted.strip().removeprefix("#")
        if not (text.isascii() and text.isdigit()):
            return None
        number = int(text)
    if not 0 < number <= LARGEST_NUMBER:
        raise NotFoundError(f"There is no record #{number} in the journal.")
    return number


def _pick(noun: str, wanted: str, records: Sequence[tuple[Ref, date]], words: str) -> Ref:
    folded = " ".join(wanted.split()).casefold()
    if not folded:
        raise NotFoundError(f"Please give the {noun}'s number or words from {words}.")

    def text(ref: Ref) -> str:
        return " ".join(ref.name.split()).casefold()

    exact = [r for r in records if text(r[0]) == folded]
    starting = [r for r in records if text(r[0]).startswith(folded)]
    within = [r for r in records if folded in text(r[0])]
    for found in (exact, starting, within):
        if len(found) == 1:
            return found[0][0]
        if found:
            shown = "; ".join(
                f"“{ref.name[:60]}” (#{ref.id}, {on:%d %b %Y})"
                for ref, on in sorted(found, key=lambda r: (r[1], r[0].id))[:SHOWN]
            ) + ("; …" if len(found) > SHOWN else "")
            raise AmbiguousNameError(
                f"More than one {noun} matches “{wanted.strip()}”: {shown}. "
                "Please give its number instead.",
                [ref.name for ref, _on in found],
            )
    raise NotFoundError(f"There is no {noun} matching “{wanted.strip()}” in the journal.")
