"""``bigjournal outcome``: what a relationship achieved (issue 21, item 4).

    bigjournal outcome add "Ashford Vale" --kind "funding leveraged" \\
        --title "Match funding for the lighting" --amount £45,000 --meeting 12
    bigjournal outcome list [ORG] [--json]
    bigjournal outcome show NUMBER
    bigjournal outcome edit NUMBER --title "…" --amount "£50,000"
    bigjournal outcome delete NUMBER

The meeting or promise it came from is named by its number, or by words from a
meeting's title or from what was promised (one match only); ``--meeting none`` and
``--promise none`` unlink it.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from typing import Any

from bigjournal.cli import clock
from bigjournal.cli.common import day, fmt_date, how_many, journal_from, record_number
from bigjournal.cli.editing import add_yes_option, confirm_deletion, report, report_deleted
from bigjournal.cli.output import emit, table
from bigjournal.errors import ValidationError
from bigjournal.journal.lookup import find_meeting, find_promise
from bigjournal.journal.outcomes import (
    OutcomeRow,
    add_outcome,
    delete_outcome,
    list_outcomes,
    outcome,
    pounds,
    total_pence,
    update_outcome,
)
from bigjournal.journal.records import Ref
from bigjournal.model.vocabulary import Beneficiary, OutcomeKind
from bigjournal.store import Journal

ACTIONS = ("add", "list", "show", "edit", "delete")
KINDS = "; ".join(kind.label.lower() for kind in OutcomeKind)
SIDES = ", ".join(side.value for side in Beneficiary)
UNLINK = ("", "none", "-")


def register(subparsers: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "outcome",
        parents=[common],
        help="outcomes of a relationship: what it achieved, and for whom",
        description="Record what a relationship achieved, for the partnership, the agency "
        f"or the area. Kinds: {KINDS}. `outcome add ORG --kind … --title …` records one; "
        "`outcome list [ORG]`, `outcome show N`, `outcome edit N …` and "
        "`outcome delete N` read and correct them.",
    )
    parser.add_argument("action", choices=ACTIONS, help="add, list, show, edit or delete")
    parser.add_argument(
        "which",
        nargs="?",
        metavar="ORG|NUMBER",
        help="for add an organisation (required), for list one (optional); else a number",
    )
    parser.add_argument("--kind", help=f"what kind of outcome: {KINDS}")
    parser.add_argument(
        "--benefits",
        metavar="SIDE",
        help=f"who it benefits, for the kind 'other' ({SIDES}); the other kinds say it",
    )
    parser.add_argument("--title", help="what was achieved, in a few words")
    parser.add_argument("--on", type=day, help="the day it was achieved (default today)")
    parser.add_argument(
        "--amount", help="funding leveraged only: in pounds, like £12,500 or 12500.50"
    )
    parser.add_argument("--meeting", help="the meeting it came from: its number or title")
    parser.add_argument("--promise", help="the promise it came from: its number or words")
    parser.add_argument("--notes", help="anything more to say")
    parser.add_argument("--org", dest="organisation", help="edit: move it to this organisation")
    parser.add_argument("--limit", type=how_many, help="list: at most this many")
    add_yes_option(parser)
    parser.set_defaults(run=run_outcome)


def run_outcome(args: argparse.Namespace) -> int:
    action = args.action
    if args.which is None and action == "add":
        raise ValidationError("Name the organisation, like: bigjournal outcome add ORG --kind …")
    if action in ("show", "edit", "delete"):
        if args.which is None:
            raise ValidationError(f"Give the number of the outcome to {action}, like 12.")
        try:
            args.number = record_number(args.which)
        except argparse.ArgumentTypeError as error:
            raise ValidationError(f"{error}.") from None
    return {
        "add": _add,
        "list": _list,
        "show": _show,
        "edit": _edit,
        "delete": _delete,
    }[action](args)


def _link(journal: Journal, value: str | None, noun: str) -> int | None:
    """A meeting or promise named on the command line, as its number (None: unlinked)."""
    if value is None or value.strip().casefold() in UNLINK:
        return None
    found = find_meeting(journal, value) if noun == "meeting" else find_promise(journal, value)
    return found.id


def _add(args: argparse.Namespace) -> int:
    if not args.kind:
        raise ValidationError(f"Say what kind of outcome it is with --kind: {KINDS}.")
    if not args.title:
        raise ValidationError("Give the outcome a title with --title, in a few words.")
    with journal_from(args) as journal:
        added = add_outcome(
            journal,
            args.which,
            args.kind,
            title=args.title,
            achieved_on=args.on,
            beneficiary=args.benefits,
            amount=args.amount,
            meeting=_link(journal, args.meeting, "meeting"),
            promise=_link(journal, args.promise, "promise"),
            notes=args.notes or "",
            today=clock.today(),
        )
    report(args, "outcome", added, verb="Recorded")
    return 0


def _edit(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {}
    for key, value in (
        ("kind", args.kind),
        ("beneficiary", args.benefits),
        ("title", args.title),
        ("achieved_on", args.on),
        ("notes", args.notes),
        ("organisation", args.organisation),
    ):
        if value is not None:
            changes[key] = value
    if args.amount is not None:
        changes["amount"] = None if args.amount.strip().casefold() in UNLINK else args.amount
    with journal_from(args) as journal:
        if args.meeting is not None:
            changes["meeting"] = _link(journal, args.meeting, "meeting")
        if args.promise is not None:
            changes["promise"] = _link(journal, args.promise, "promise")
        if not changes:
            raise ValidationError(
                "Nothing to change: give at least one option, like --title or --amount."
            )
        changed = update_outcome(journal, args.number, changes, today=clock.today())
    report(args, "outcome", changed, verb="Changed")
    return 0


def _delete(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        found = outcome(journal, args.number)
        confirm_deletion(
            args,
            f"Delete the outcome “{found.title}” with {found.organisation.name} (#{found.id})?",
        )
        delete_outcome(journal, found.id)
    report_deleted(args, "outcome", Ref(found.id, found.uuid, found.title))
    return 0


def _show(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        found = outcome(journal, args.number)
    emit(args.json, found, render_outcome)
    return 0


def render_outcome(o: OutcomeRow) -> Iterator[str]:
    yield f"{o.title} (#{o.id})"
    yield f"  With:      {o.organisation.name}"
    yield f"  Kind:      {o.kind.label}, for {o.beneficiary.label.lower()}"
    yield f"  Achieved:  {fmt_date(o.achieved_on)}"
    if o.amount:
        yield f"  Amount:    {o.amount}"
    if o.meeting is not None:
        yield f"  Meeting:   {o.meeting.name} (#{o.meeting.id})"
    if o.promise is not None:
        yield f"  Promise:   {o.promise.name} (#{o.promise.id})"
    if o.notes:
        yield f"Notes: {o.notes}"


def _list(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        found = list_outcomes(journal, args.which, limit=args.limit)

    def render(rows: list[OutcomeRow]) -> Iterator[str]:
        if not rows:
            yield (
                "No outcomes yet. Record one with: bigjournal outcome add ORG --kind "
                "introduction --title …"
            )
            return
        yield from table(
            [
                [
                    f"#{r.id}",
                    fmt_date(r.achieved_on),
                    r.organisation.name,
                    r.kind.label,
                    r.beneficiary.label,
                    r.title,
                    r.amount or "—",
                ]
                for r in rows
            ],
            ["id", "achieved", "organisation", "kind", "benefits", "title", "amount"],
        )
        total = total_pence(rows)
        if total:
            yield f"Funding leveraged in all: {pounds(total)}"

    emit(args.json, found, render)
    return 0
