"""``bigjournal leave``, ``step-down``, ``restructure``, ``handovers`` and ``handover``."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from bigjournal.cli import clock
from bigjournal.cli.common import day, fmt_date, journal_from, record_number
from bigjournal.cli.output import emit
from bigjournal.errors import ValidationError
from bigjournal.journal.handovers import (
    LeavingDraft,
    NewContact,
    PromiseDecision,
    PromiseFate,
    SteppingDownDraft,
    complete_handover,
    contact_leaves,
    fill_vacancy,
    list_handovers,
    member_promises_to_hand_over,
    member_steps_down,
    promises_to_hand_over,
    restructure,
)
from bigjournal.journal.people import find_contact, find_member
from bigjournal.journal.records import HandoverRow, PromiseRow

FATES = ", ".join(f.value for f in PromiseFate)
DECISION_HELP = (
    "what happens to one open promise: ID=move, ID=organisation or ID=close:REASON "
    "(repeat for more)"
)


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    leave = subparsers.add_parser(
        "leave",
        parents=[common],
        help="a contact has left: start their handover",
        description="Record that a contact has left and open their handover. Every open "
        "promise they held or were owed needs a decision: --promises for all of them, or "
        "--promise ID=… for each.",
    )
    leave.add_argument("contact")
    leave.add_argument("--on", type=day, required=True, help="the date they left")
    leave.add_argument("--went-to", default="", help="where they went")
    who = leave.add_mutually_exclusive_group()
    who.add_argument("--successor", help="an existing contact who replaces them")
    who.add_argument("--new-successor", metavar="NAME", help="a new contact who replaces them")
    who.add_argument("--vacant", action="store_true", help="the post is vacant for now")
    leave.add_argument("--successor-role", default="")
    leave.add_argument("--successor-email", default="")
    leave.add_argument("--successor-phone", default="")
    leave.add_argument("--notes", default="", help="what the successor should know")
    leave.add_argument("--introduction", type=day, help="date of a walkabout with the successor")
    _decision_options(leave)
    leave.set_defaults(run=run_leave)

    step = subparsers.add_parser(
        "step-down",
        parents=[common],
        help="a partnership member steps down: hand on what they held",
    )
    step.add_argument("member")
    step.add_argument("--on", type=day, required=True)
    step.add_argument("--successor", help="the member who takes on their role")
    step.add_argument(
        "--holder",
        action="append",
        default=[],
        metavar="ORGANISATION=MEMBER",
        help="who holds a relationship they held (repeat for more)",
    )
    step.add_argument("--notes", default="", help="their handover note")
    _decision_options(step)
    step.set_defaults(run=run_step_down)

    several = subparsers.add_parser(
        "restructure",
        parents=[common],
        help="several contacts gone at once: posts vacant, promises kept owed",
    )
    several.add_argument("contacts", nargs="+")
    several.add_argument("--on", type=day, required=True)
    several.add_argument("--note", default="")
    several.set_defaults(run=run_restructure)

    listing = subparsers.add_parser("handovers", parents=[common], help="list handovers")
    listing.add_argument("--pending", action="store_true", help="only those not completed")
    listing.set_defaults(run=run_handovers)

    group = subparsers.add_parser("handover", help="finish or fill a handover")
    actions = group.add_subparsers(dest="handover_command", metavar="ACTION", required=True)
    complete = actions.add_parser("complete", parents=[common], help="mark a handover complete")
    complete.add_argument("handover", type=record_number)
    complete.add_argument("--on", type=day)
    complete.add_argument(
        "--notes", help="added to the note written when they left (which is kept)"
    )
    complete.set_defaults(run=run_complete)
    fill = actions.add_parser("fill", parents=[common], help="name who took over a vacant post")
    fill.add_argument("handover", type=record_number)
    person = fill.add_mutually_exclusive_group(required=True)
    person.add_argument("--successor")
    person.add_argument("--new-successor", metavar="NAME")
    fill.add_argument("--successor-role", default="")
    fill.add_argument("--introduction", type=day)
    fill.set_defaults(run=run_fill)


def _decision_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--promises",
        choices=[f.value for f in PromiseFate],
        help=f"what happens to all their open promises ({FATES})",
    )
    parser.add_argument("--close-note", default="", help="why, when --promises close")
    parser.add_argument(
        "--promise",
        dest="decisions",
        action="append",
        default=[],
        metavar="ID=FATE",
        help=DECISION_HELP,
    )


def _decisions(args: argparse.Namespace, open_promises: list[PromiseRow]) -> list[PromiseDecision]:
    chosen: dict[int, PromiseDecision] = {}
    if args.promises:
        for p in open_promises:
            chosen[p.id] = PromiseDecision(p.id, args.promises, args.close_note)
    for text in args.decisions:
        key, _, rest = text.partition("=")
        fate, _, note = rest.partition(":")
        if not key.strip().lstrip("#").isdigit() or fate not in {f.value for f in PromiseFate}:
            raise ValidationError(
                f"“{text}” should look like 12=move, 12=organisation or 12=close:reason."
            )
        promise_id = int(key.strip().lstrip("#"))
        chosen[promise_id] = PromiseDecision(promise_id, fate, note)
    missing = [p for p in open_promises if p.id not in chosen]
    if missing:
        lines = "\n".join(f"  #{p.id} {p.description} (due {fmt_date(p.due_on)})" for p in missing)
        raise ValidationError(
            "These open promises need a decision (--promises move|organisation|close, or "
            f"--promise ID=…):\n{lines}"
        )
    return list(chosen.values())


def run_leave(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        contact = find_contact(journal, args.contact)
        decisions = _decisions(args, promises_to_hand_over(journal, contact.id))
        new = (
            NewContact(
                args.new_successor, args.successor_role, args.successor_email, args.successor_phone
            )
            if args.new_successor
            else None
        )
        handover = contact_leaves(
            journal,
            contact.id,
            LeavingDraft(
                left_on=args.on,
                went_to=args.went_to,
                successor=args.successor,
                new_successor=new,
                post_vacant=args.vacant,
                notes=args.notes,
                introduction_on=args.introduction,
                decisions=decisions,
            ),
            today=clock.today(),
        )
    emit(args.json, handover, render_handover)
    return 0


def run_step_down(args: argparse.Namespace) -> int:
    holders: dict[int | str, int | str] = {}  # names, found when the use case runs
    for text in args.holder:
        organisation, _, member = text.partition("=")
        if not organisation.strip() or not member.strip():
            raise ValidationError(f'“{text}” should look like "Riverside Homes=Aisha Rahman".')
        holders[organisation.strip()] = member.strip()
    with journal_from(args) as journal:
        member = find_member(journal, args.member)
        decisions = _decisions(args, member_promises_to_hand_over(journal, member.id))
        handover = member_steps_down(
            journal,
            member.id,
            SteppingDownDraft(
                stepped_down_on=args.on,
                notes=args.notes,
                successor=args.successor,
                new_holders=holders,
                decisions=decisions,
            ),
            today=clock.today(),
        )
    emit(args.json, handover, render_handover)
    return 0


def run_restructure(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        ids = [find_contact(journal, name).id for name in args.contacts]
        handovers = restructure(journal, ids, left_on=args.on, note=args.note, today=clock.today())
    emit(args.json, handovers, lambda hs: [line for h in hs for line in render_handover(h)])
    return 0


def run_handovers(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        handovers = list_handovers(journal, pending_only=args.pending)
    emit(
        args.json,
        handovers,
        lambda hs: [line for h in hs for line in render_handover(h)] or ["No handovers."],
    )
    return 0


def run_complete(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        handover = complete_handover(
            journal, args.handover, on=args.on or clock.today(), notes=args.notes
        )
    emit(args.json, handover, render_handover)
    return 0


def run_fill(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        handover = fill_vacancy(
            journal,
            args.handover,
            successor=args.successor,
            new_successor=NewContact(args.new_successor, args.successor_role)
            if args.new_successor
            else None,
            introduction_on=args.introduction,
        )
    emit(args.json, handover, render_handover)
    return 0


def render_handover(h: HandoverRow) -> Iterator[str]:
    where = f" at {h.organisation.name}" if h.organisation else " (partnership member)"
    state = f"completed {fmt_date(h.completed_on)}" if h.completed_on else "PENDING"
    yield f"Handover #{h.id}: {h.leaver.name}{where}, left {fmt_date(h.left_on)} — {state}"
    if h.went_to:
        yield f"  Went to: {h.went_to}"
    if h.successor:
        yield f"  Successor: {h.successor.name}"
    elif h.post_vacant:
        yield "  Post vacant for now"
    if h.introduction_on:
        yield f"  Introduction: {fmt_date(h.introduction_on)}"
    if h.notes:
        yield f"  For the successor: {h.notes}"
