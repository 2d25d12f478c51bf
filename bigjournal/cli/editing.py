"""What every add, edit and delete command shares: naming a record, clearing a field,
asking before a deletion, and saying what was done."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import Any

from bigjournal.cli.common import day, record_number
from bigjournal.cli.output import emit
from bigjournal.errors import NotFoundError, ValidationError
from bigjournal.journal.names import RecordKind, same_name
from bigjournal.journal.records import Ref
from bigjournal.store import Journal

CLEARS = "(give '' to clear it)"


def record_key(text: str) -> int | str:
    """A record named on the command line: ``12`` or ``#12`` is its number, else a name."""
    stripped = text.strip()
    number = stripped.removeprefix("#")
    if number.isascii() and number.isdigit():
        try:
            return record_number(number)  # refuses a number no record can have
        except argparse.ArgumentTypeError as error:
            raise NotFoundError(f"There is no record #{number}: {error}.") from None
    return stripped


def day_or_blank(text: str) -> Any:
    """argparse type for a date an edit may clear: '' clears it, else as :func:`day`."""
    return "" if not text.strip() else day(text)


def listed(values: Iterable[str] | None) -> list[str] | None:
    """A repeated option's values, empty ones dropped (``--holder ''`` clears the list)."""
    if values is None:
        return None
    return [v for v in values if v.strip()]


def given(args: argparse.Namespace, keys: Iterable[str]) -> dict[str, Any]:
    """The options the volunteer gave (an option left out is left as it is)."""
    return {k: getattr(args, k) for k in keys if getattr(args, k, None) is not None}


def add_yes_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--yes",
        "-y",
        action="store_true",
        help="delete without asking (needed when not run from a terminal)",
    )


def confirm_deletion(args: argparse.Namespace, question: str) -> None:
    """Ask on a terminal; without one, refuse unless ``--yes`` was given.

    A script that deletes must say so: a question nobody can answer would either hang
    or, answered by whatever is on its input, delete by accident.
    """
    if getattr(args, "yes", False):
        return
    if not sys.stdin.isatty():
        raise ValidationError(
            f"{question} Nothing was deleted: add --yes to delete without being asked "
            "(this command is not run from a terminal, so it cannot ask)."
        )
    try:
        answer = input(f"{question} Delete? [y/N] ")
    except EOFError:
        answer = ""
    if answer.strip().casefold() not in ("y", "yes"):
        raise ValidationError("Nothing was deleted.")


def add_duplicate_ok_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--duplicate-ok",
        action="store_true",
        help="add it even if the journal already has one of that name "
        "(needed when not run from a terminal)",
    )


def confirm_not_duplicate(
    args: argparse.Namespace, journal: Journal, kind: RecordKind, name: str, noun: str
) -> None:
    """Ask before adding a second record of the same name, as the window does.

    Names match as :func:`~bigjournal.journal.names.same_name` says (case, accents and
    titles set aside). Without a terminal, refuse unless ``--duplicate-ok``: a script
    re-run by mistake must not fill the journal with copies.
    """
    if getattr(args, "duplicate_ok", False):
        return
    matches = same_name(journal, kind, name)
    if not matches:
        return
    shown = "; ".join(f"{match.describe()} #{match.record.id}" for match in matches[:5])
    more = f" and {len(matches) - 5} more" if len(matches) > 5 else ""
    there = f"There is already {noun} called {shown}{more} in the journal."
    if not sys.stdin.isatty():
        raise ValidationError(
            f"{there} Nothing was added: to change that one, use its number with "
            f"“edit”; to add another of the same name, add --duplicate-ok."
        )
    try:
        answer = input(f"{there} Add another? [y/N] ")
    except EOFError:
        answer = ""
    if answer.strip().casefold() not in ("y", "yes"):
        raise ValidationError("Nothing was added.")


def report(args: argparse.Namespace, noun: str, record: Ref, verb: str = "Added") -> None:
    emit(args.json, record, lambda r: [f"{verb} {noun} “{r.name}” (#{r.id})."])


def report_deleted(args: argparse.Namespace, noun: str, record: Ref, impact: Any = None) -> None:
    said = impact.describe() if impact is not None and hasattr(impact, "describe") else ""
    emit(
        args.json,
        {"deleted": record, "kind": noun, "impact": impact},
        lambda _d: [f"Deleted {noun} “{record.name}” (#{record.id}). {said}".rstrip()],
    )


def nothing_to_change(example: str) -> ValidationError:
    return ValidationError(f"Nothing to change: give at least one option, like {example}.")
