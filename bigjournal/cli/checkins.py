"""``bigjournal checkin``: check-ins on the eight criteria of a relationship.

    bigjournal checkin "Ashford Vale" --trust good --shared-goals mixed --note "…"
    bigjournal checkin list [ORG]
    bigjournal checkin show NUMBER
    bigjournal checkin edit NUMBER --trust strong
    bigjournal checkin delete NUMBER

One command: its first word is an organisation, or one of the actions. An
organisation whose name is an action's word is named by its #number.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from typing import Any

from bigjournal.cli import clock
from bigjournal.cli.common import day, fmt_date, journal_from, record_number
from bigjournal.cli.editing import add_yes_option, confirm_deletion, report, report_deleted
from bigjournal.cli.output import emit, table
from bigjournal.errors import ValidationError
from bigjournal.journal.checkins import (
    CRITERIA,
    LEVELS,
    CheckInRow,
    check_in,
    delete_check_in,
    list_check_ins,
    record_check_in,
    update_check_in,
)
from bigjournal.journal.records import Ref

ACTIONS = ("list", "show", "edit", "delete")
SCALE = ", ".join(LEVELS.values())


def register(subparsers: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "checkin",
        parents=[common],
        help="check-ins on the eight criteria of a relationship",
        description="Record how a relationship stands on the eight criteria of an "
        f"effective relationship, each as one of: {SCALE} (or 1 to 5; leave one out if "
        "it was not talked about). `checkin ORG …` records one; `checkin list [ORG]`, "
        "`checkin show N`, `checkin edit N …` and `checkin delete N` read and correct them.",
    )
    parser.add_argument(
        "target", metavar="ORG|ACTION", help="an organisation, or: list, show, edit, delete"
    )
    parser.add_argument(
        "which",
        nargs="?",
        metavar="ORG|NUMBER",
        help="for list an organisation; else a check-in's number",
    )
    parser.add_argument("--on", type=day, help="the day it was held (default today)")
    for criterion in CRITERIA:
        parser.add_argument(
            "--" + criterion.key.replace("_", "-"),
            dest=criterion.key,
            metavar="LEVEL",
            help=f"{criterion.label}: {criterion.question}",
        )
    parser.add_argument("--note", help="what was said")
    parser.add_argument(
        "--took-part", action="append", metavar="NAME", help="someone who took part (repeat)"
    )
    parser.add_argument("--hopes", help="where the partnership hopes the relationship will be")
    parser.add_argument("--org", dest="organisation", help="edit: move it to this organisation")
    parser.add_argument("--limit", type=int, help="list: at most this many")
    add_yes_option(parser)
    parser.set_defaults(run=run_checkin)


def run_checkin(args: argparse.Namespace) -> int:
    action = args.target if args.target in ACTIONS else "record"
    if action == "record" and args.which is not None:
        raise ValidationError(
            f"“{args.which}” was not expected after the organisation: give levels as "
            "options, like --trust good."
        )
    if action in ("show", "edit", "delete"):
        if args.which is None:
            raise ValidationError(f"Give the number of the check-in to {action}, like 12.")
        try:
            args.number = record_number(args.which)
        except argparse.ArgumentTypeError as error:
            raise ValidationError(f"{error}.") from None
    return {
        "record": _record,
        "list": _list,
        "show": _show,
        "edit": _edit,
        "delete": _delete,
    }[action](args)


def _levels(args: argparse.Namespace) -> dict[str, Any]:
    return {c.key: getattr(args, c.key) for c in CRITERIA if getattr(args, c.key) is not None}


def _record(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        added = record_check_in(
            journal,
            args.target,
            held_on=args.on,
            levels=_levels(args),
            note=args.note or "",
            took_part=args.took_part or (),
            hopes=args.hopes or "",
            today=clock.today(),
        )
    report(args, "check-in", added, verb="Recorded")
    return 0


def _edit(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = _levels(args)
    for key, value in (
        ("held_on", args.on),
        ("note", args.note),
        ("took_part", args.took_part),
        ("hopes", args.hopes),
        ("organisation", args.organisation),
    ):
        if value is not None:
            changes[key] = value
    if not changes:
        raise ValidationError("Nothing to change: give at least one option, like --trust good.")
    with journal_from(args) as journal:
        changed = update_check_in(journal, args.number, changes, today=clock.today())
    report(args, "check-in", changed, verb="Changed")
    return 0


def _delete(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        found = check_in(journal, args.number)
        confirm_deletion(args, f"Delete the {found.name[0].lower()}{found.name[1:]} (#{found.id})?")
        delete_check_in(journal, found.id)
    report_deleted(args, "check-in", Ref(found.id, found.uuid, found.name))
    return 0


def _show(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        found = check_in(journal, args.number)
    emit(args.json, found, render_check_in)
    return 0


def render_check_in(c: CheckInRow) -> Iterator[str]:
    yield f"{c.name} (#{c.id})"
    width = max(len(criterion.label) for criterion in CRITERIA)
    for criterion in CRITERIA:
        yield f"  {criterion.label:<{width}}  {c.words(criterion.key)}"
    if c.took_part:
        yield f"Who took part: {', '.join(c.took_part)}"
    if c.note:
        yield f"Note: {c.note}"
    if c.hopes:
        yield f"Where we hope to be: {c.hopes}"


def _list(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        found = list_check_ins(journal, args.which, limit=args.limit)

    def render(rows: list[CheckInRow]) -> Iterator[str]:
        if not rows:
            yield "No check-ins yet. Record one with: bigjournal checkin ORG --trust good …"
            return
        short = {c.key: c.label.split(",")[0].split()[0] for c in CRITERIA}
        yield from table(
            [
                [f"#{r.id}", fmt_date(r.held_on), r.organisation.name]
                + [r.words(c.key) if r.levels[c.key] else "—" for c in CRITERIA]
                for r in rows
            ],
            ["id", "held", "organisation", *short.values()],
        )

    emit(args.json, found, render)
    return 0
