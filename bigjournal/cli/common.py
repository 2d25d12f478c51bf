"""Helpers for subcommands: opening the chosen journal, reading dates."""

from __future__ import annotations

import argparse
import contextlib
import sys
from datetime import date
from pathlib import Path

from bigjournal.store import Journal, open_journal

#: The journals this command opened: :func:`back_up_after_the_command` looks at them.
OPENED: list[Journal] = []


def journal_from(args: argparse.Namespace) -> Journal:
    journal: Journal
    if isinstance(args.journal, str) and args.journal.strip().startswith("postgresql"):
        # A shared journal (team.is_team_url, without importing the team code for a file):
        # the keyring's password, and a precise reason when it fails.
        from bigjournal.store import team

        journal = team.open_team_journal(args.journal)
    else:
        # The automatic backup is made after the command, not inside opening or closing.
        journal = open_journal(args.journal, automatic_backups=False)
        OPENED.append(journal)
    for warning in journal.warnings:  # a risky place, a search index rebuilt
        print(f"bigjournal: warning: {warning}", file=sys.stderr)
    return journal


def add_overwrite_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--overwrite", action="store_true", help="replace the output file if it exists"
    )


def output_path(args: argparse.Namespace, path: Path) -> Path:
    """Where ``-o`` may write: never the journal, an existing file only with --overwrite."""
    from bigjournal.store.files import check_destination
    from bigjournal.store.locations import resolve_target

    target = resolve_target(args.journal)
    journals = (target.path,) if target.path is not None else ()
    return check_destination(path, overwrite=getattr(args, "overwrite", False), journals=journals)


def back_up_after_the_command() -> None:
    """Start the automatic backup of each journal the command changed, if one is due, in
    a process of its own: the command's output is written and it exits without waiting."""
    if not OPENED:
        return
    from bigjournal.store import background_backup

    with contextlib.suppress(OSError, ValueError):
        sys.stdout.flush()
    while OPENED:
        journal = OPENED.pop()
        # A failed automatic backup is said after the output, where it is read last.
        if journal.path is not None and (failed := background_backup.last_failure(journal.path)):
            print(f"bigjournal: warning: {failed}", file=sys.stderr)
        if journal.closed:
            try:
                background_backup.start_if_due(journal)
            except OSError as error:  # the next command tries again
                print(
                    f"bigjournal: warning: no automatic backup was started ({error}).",
                    file=sys.stderr,
                )


def day(text: str) -> date:
    """argparse type for dates: ISO, or 'today' (the day ``--today`` sets, if given);
    only dates the journal keeps."""
    from bigjournal.journal.limits import EARLIEST_DATE, LATEST_DATE

    if text.strip().lower() == "today":
        from bigjournal.cli import clock

        return clock.today()
    try:
        value = date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not a date; write it as year-month-day, like 2026-03-31"
        ) from None
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise argparse.ArgumentTypeError(
            f"{value.isoformat()} is outside the dates BigJournal keeps "
            f"({EARLIEST_DATE.year} to {LATEST_DATE.year})"
        )
    return value


def _whole_number(text: str, what: str, lowest: int, highest: int) -> int:
    cleaned = text.strip().removeprefix("#")
    if not (cleaned.isascii() and cleaned.isdigit()) or len(cleaned) > 19:
        raise argparse.ArgumentTypeError(f"“{text}” is not {what}")
    value = int(cleaned)
    if not lowest <= value <= highest:
        raise argparse.ArgumentTypeError(f"{value} is not {what} BigJournal can use")
    return value


def record_number(text: str) -> int:
    """argparse type for a record's number (as the lists show it, with or without #)."""
    from bigjournal.journal.limits import LARGEST_NUMBER

    return _whole_number(text, "a record number", 1, LARGEST_NUMBER)


def how_many(text: str) -> int:
    """argparse type for --limit: a count a list can be asked for."""
    from bigjournal.journal.limits import LARGEST_LIST

    return _whole_number(text, "a number of rows", 1, LARGEST_LIST)


def days(text: str) -> int:
    """argparse type for a number of days (a rhythm of contact)."""
    return _whole_number(text, "a number of days", 0, 3660)


def fmt_date(value: date | None) -> str:
    return value.strftime("%d %b %Y") if value else "—"
