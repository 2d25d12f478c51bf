"""Helpers for subcommands: opening the chosen journal, reading dates."""

from __future__ import annotations

import argparse
import contextlib
import sys
from datetime import date

from bigjournal.store import Journal, open_journal

#: The journals this command opened: :func:`back_up_after_the_command` looks at them.
OPENED: list[Journal] = []


def journal_from(args: argparse.Namespace) -> Journal:
    from bigjournal.store import background_backup, team

    if team.is_team_url(args.journal):
        # A shared journal: the keyring's password, and a precise reason when it fails.
        journal = team.open_team_journal(args.journal)
    else:
        # The automatic backup is made after the command, not inside opening or closing.
        journal = open_journal(args.journal, automatic_backups=False)
        OPENED.append(journal)
        if journal.path is not None and (failed := background_backup.last_failure(journal.path)):
            journal.warnings.append(failed)
    for warning in journal.warnings:  # a risky place, a failed automatic backup
        print(f"bigjournal: warning: {warning}", file=sys.stderr)
    return journal


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
        if journal.closed:
            try:
                background_backup.start_if_due(journal)
            except OSError as error:  # the next command tries again
                print(
                    f"bigjournal: warning: no automatic backup was started ({error}).",
                    file=sys.stderr,
                )


def day(text: str) -> date:
    """argparse type for dates: ISO, or 'today' (the day ``--today`` sets, if given)."""
    if text.strip().lower() == "today":
        from bigjournal.cli import clock

        return clock.today()
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not a date; write it as year-month-day, like 2026-03-31"
        ) from None


def fmt_date(value: date | None) -> str:
    return value.strftime("%d %b %Y") if value else "—"
