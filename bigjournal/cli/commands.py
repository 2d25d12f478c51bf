"""Every subcommand's name, one-line help and the module that implements it.

``bigjournal --help`` and ``--version`` are answered from this table alone, and a
command imports only its own module (and what that needs) when it runs: importing all
seven command modules pulled in SQLAlchemy, Alembic, reportlab and the archive code
before argparse even looked at the arguments (issue 19). ``tests/unit/cli/test_start_up.py``
checks that the table matches what the modules register, in the same order.
"""

from __future__ import annotations

import argparse

ARCHIVE_SUFFIX = ".bigjournal"
"""The successor archive's file suffix (``bigjournal.exchange.archive.ARCHIVE_SUFFIX``,
repeated here so a double-clicked archive is recognised without importing the archive
code; a test checks they agree)."""

COMMANDS: tuple[tuple[str, str, str], ...] = (
    # (name, module in bigjournal.cli, help) in the order the modules register them
    ("org", "records", "organisations and the relationship with each"),
    ("contact", "records", "people at organisations"),
    ("member", "records", "members of the partnership (our side)"),
    ("meeting", "meetings", "meetings and other interactions"),
    ("promise", "meetings", "promises made, by them and by us"),
    ("search", "records", "search names and notes"),
    ("settings", "records", "show or change the journal's settings"),
    ("checkin", "checkins", "check-ins on the eight criteria of a relationship"),
    (
        "outcome",
        "outcomes",
        "outcomes of a relationship: what it achieved, and for whom",
    ),
    ("demo", "agenda", "fill an empty journal with a fictional partnership to explore"),
    ("today", "agenda", "print today's agenda"),
    ("leave", "handovers", "a contact has left: start their handover"),
    ("step-down", "handovers", "a partnership member steps down: hand on what they held"),
    ("restructure", "handovers", "several contacts gone at once: posts vacant, promises kept owed"),
    ("handovers", "handovers", "list handovers"),
    ("handover", "handovers", "finish or fill a handover"),
    ("summary", "reports", "print the one-page summary of a relationship as a PDF"),
    ("pack", "reports", "print a briefing pack for a new officer or councillor as a PDF"),
    (
        "report",
        "reports",
        "print a report on the whole journal as a PDF: the partnership's map, or the legacy "
        "report (what every relationship achieved)",
    ),
    ("backup", "maintenance", "back up the journal now"),
    ("backups", "maintenance", "list the journal's backups"),
    ("restore", "maintenance", "put a backup back in the journal's place"),
    ("check", "maintenance", "check the journal file for damage"),
    ("forget", "maintenance", "erase a contact and their personal details (UK GDPR)"),
    (
        "about-person",
        "maintenance",
        "everything the journal holds on one person (subject access request)",
    ),
    ("export", "exchange", "write the whole journal to one file for a successor"),
    ("import", "exchange", "bring an archive into this journal"),
    ("vcard", "exchange", "contacts to and from vCard (.vcf) for phones and address books"),
    ("ical", "exchange", "meetings and promise due dates to iCalendar"),
    ("csv", "exchange", "a register to CSV for spreadsheets"),
    ("team", "team", "a journal shared on a PostgreSQL server"),
    ("topic", "topics", "topics that run across meetings and organisations"),
)


def module_of(command: str) -> str:
    """The full name of the module that registers and runs ``command``."""
    for name, module, _help in COMMANDS:
        if name == command:
            return f"bigjournal.cli.{module}"
    raise KeyError(command)


def add_placeholder(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], name: str, help_text: str
) -> None:
    """A command as the top-level help lists it, without its options (and without
    importing it): for finding which command was asked for, and for ``--help``."""
    subparsers.add_parser(name, help=help_text, add_help=False)
