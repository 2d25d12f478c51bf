"""Helpers for subcommands: opening the chosen journal, reading dates."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from bigjournal.store import Journal, open_journal


def journal_from(args: argparse.Namespace) -> Journal:
    from bigjournal.store import team

    if team.is_team_url(args.journal):
        # A shared journal: the keyring's password, and a precise reason when it fails.
        journal = team.open_team_journal(args.journal)
    else:
        journal = open_journal(args.journal)
    for warning in journal.warnings:  # a risky place, a failed automatic backup
        print(f"bigjournal: warning: {warning}", file=sys.stderr)
    return journal


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
