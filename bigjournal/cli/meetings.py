"""Headless commands for meetings and promises: log, add, edit, delete, list, show, settle.

A meeting or a promise is named by its number (``12`` or ``#12``) or by words from its
title or text; several matches are listed with their numbers and refused. Dates that
depend on the day ("planned or happened", overdue, the default date a promise was
kept) follow the one clock, ``--today`` (:mod:`bigjournal.cli.clock`).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path
from typing import Any, TypeAlias

from bigjournal import wording
from bigjournal.cli import clock
from bigjournal.cli.common import (
    add_overwrite_option,
    day,
    fmt_date,
    how_many,
    journal_from,
    output_path,
)
from bigjournal.cli.editing import (
    CLEARS,
    add_yes_option,
    confirm_deletion,
    day_or_blank,
    given,
    listed,
    nothing_to_change,
    report,
    report_deleted,
)
from bigjournal.cli.output import emit, table
from bigjournal.errors import ValidationError
from bigjournal.journal.lookup import find_meeting, find_promise
from bigjournal.journal.meetings import (
    MeetingDraft,
    delete_meeting,
    list_meetings,
    log_meeting,
    meeting_detail,
    update_meeting,
)
from bigjournal.journal.promises import (
    PromiseDraft,
    add_promise,
    delete_promise,
    list_promises,
    promise,
    renew_promise,
    set_promise_status,
    update_promise,
)
from bigjournal.journal.records import MeetingDetail, PromiseRow, Ref
from bigjournal.model.vocabulary import MeetingKind, PromiseStatus

Parsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

MEETING_BY = "the meeting's number (as the list shows it) or words from its title"
PROMISE_BY = "the promise's number (as the list shows it) or words from it"
# What --status accepts: the register's statuses, and "kept late" (kept after it was due).
KEPT_LATE = "kept_late"
STATUS_WORDS = "open, kept, kept_late, broken, released"


def _values(enum: Any) -> str:
    return ", ".join(m.value for m in enum)


def register(subparsers: Parsers, common: argparse.ArgumentParser) -> None:
    _register_meetings(subparsers, common)
    _register_promises(subparsers, common)


def _group(subparsers: Parsers, name: str, help_text: str) -> Parsers:
    parser = subparsers.add_parser(name, help=help_text, description=help_text)
    return parser.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)


def _clock_time(text: str) -> Any:
    """argparse type for a time of day (HH:MM); '' clears it."""
    if not text.strip():
        return ""
    try:
        return time.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not a time of day; write it as hours:minutes, like 14:30"
        ) from None


# --- meetings -------------------------------------------------------------------


def _promise_spec(side: str) -> Any:
    def parse(text: str) -> PromiseDraft:
        parts = [p.strip() for p in text.split("|")]
        if len(parts) not in (2, 3, 4) or not parts[1]:
            raise argparse.ArgumentTypeError(
                f"write the promise as “WHO|WHAT|DUE|TO” (DUE and TO optional), not “{text}”"
            )
        parts += [""] * (4 - len(parts))
        who, what, due, to = parts
        return PromiseDraft(
            description=what,
            side=side,
            made_by=who or None,
            due_on=day(due) if due else None,
            made_to=to or None,
        )

    return parse


def _meeting_options(parser: argparse.ArgumentParser, *, editing: bool) -> None:
    blank = f" {CLEARS}" if editing else ""
    replaces = "; replaces the list" if editing else ""
    parser.add_argument(
        "--time", dest="starts_at", type=_clock_time, help=f"when it starts, HH:MM{blank}"
    )
    parser.add_argument(
        "--org",
        dest="organisations",
        action="append",
        help=f"an organisation it was with (repeat for more{replaces})",
    )
    parser.add_argument(
        "--with",
        dest="contacts",
        action="append",
        help=f"a contact who attended: their side (repeat for more{replaces})",
    )
    parser.add_argument(
        "--member",
        dest="members",
        action="append",
        help=f"a partnership member who attended: our side (repeat for more{replaces})",
    )
    parser.add_argument("--notes")
    parser.add_argument("--decisions")
    parser.add_argument("--location")
    state = parser.add_mutually_exclusive_group()
    state.add_argument(
        "--planned",
        dest="is_planned",
        action="store_const",
        const=True,
        help="arranged for the future" + ("" if editing else " (default: after --today)"),
    )
    state.add_argument(
        "--happened",
        dest="is_planned",
        action="store_const",
        const=False,
        help="it has taken place" + ("" if editing else " (default: on or before --today)"),
    )


def _register_meetings(subparsers: Parsers, common: argparse.ArgumentParser) -> None:
    group = _group(subparsers, "meeting", "meetings and other interactions")
    log = group.add_parser(
        "log",
        parents=[common],
        help="log a meeting with its attendees and promises",
        description="Log a meeting (planned if its date is after --today). Promises: "
        "--their-promise 'CONTACT|WHAT|DUE|TO' and --our-promise 'MEMBER|WHAT|DUE|TO' "
        "(WHO may be empty; DUE is YYYY-MM-DD; TO is whom it was made to; both optional). "
        "Prints the numbers of the promises it made.",
    )
    log.add_argument("--date", dest="occurred_on", type=day, required=True)
    log.add_argument("--kind", default="meeting", help=f"one of: {_values(MeetingKind)}")
    log.add_argument("--title", default="")
    _meeting_options(log, editing=False)
    log.add_argument(
        "--their-promise",
        dest="their_promises",
        action="append",
        default=[],
        type=_promise_spec("theirs"),
    )
    log.add_argument(
        "--our-promise",
        dest="our_promises",
        action="append",
        default=[],
        type=_promise_spec("ours"),
    )
    log.set_defaults(run=run_meeting_log)
    edit = group.add_parser(
        "edit",
        parents=[common],
        help="change a meeting: date, kind, title, who was there…",
        description="Change any field of a meeting; the ones not given stay as they are. "
        "--org, --with and --member replace the whole list (give '' for none).",
    )
    edit.add_argument("meeting", help=MEETING_BY)
    edit.add_argument("--date", dest="occurred_on", type=day)
    edit.add_argument("--kind", help=f"one of: {_values(MeetingKind)}")
    edit.add_argument("--title")
    _meeting_options(edit, editing=True)
    edit.set_defaults(run=run_meeting_edit)
    delete = group.add_parser(
        "delete",
        parents=[common],
        help="delete a meeting",
        description="Delete a meeting. Its promises stay in the journal (no longer linked "
        "to it) unless --with-promises. Says what goes with it and asks first.",
    )
    delete.add_argument("meeting", help=MEETING_BY)
    delete.add_argument(
        "--with-promises", action="store_true", help="delete the promises made at it too"
    )
    add_yes_option(delete)
    delete.set_defaults(run=run_meeting_delete)
    listing = group.add_parser("list", parents=[common], help="list meetings, newest first")
    listing.add_argument("--org", dest="organisation")
    listing.add_argument("--limit", type=how_many, default=50)
    listing.set_defaults(run=run_meeting_list)
    show = group.add_parser("show", parents=[common], help="one meeting")
    show.add_argument("meeting", help=MEETING_BY)
    show.set_defaults(run=run_meeting_show)
    _register_note(group, common)


def _register_note(group: Parsers, common: argparse.ArgumentParser) -> None:
    note = group.add_parser(
        "note",
        parents=[common],
        help="the note of a meeting, to send to those who came: a PDF and an email draft",
        description="Make the one-page note of a meeting that has happened (who came, what "
        "was discussed and decided, what each side promised, who and by when) as a PDF "
        "(--pdf), and as an email draft (--eml) addressed to their people who came and "
        "have an email address, with the PDF attached, for your mail program to open and "
        "send. BigJournal sends nothing. With neither option, the PDF is saved in this "
        "folder. --json says what was written and to whom the draft is addressed.",
    )
    note.add_argument("meeting", help=MEETING_BY)
    note.add_argument("--pdf", type=Path, metavar="FILE.pdf", help="where to save the note")
    note.add_argument(
        "--eml",
        type=Path,
        metavar="FILE.eml",
        help="where to save the email draft (opened as a draft by Outlook, Thunderbird, Mail…)",
    )
    add_overwrite_option(note)
    note.add_argument("--paper", choices=("A4", "Letter"), help="paper size (default: setting)")
    note.add_argument(
        "--large-print",
        dest="print_size",
        type=int,
        nargs="?",
        const=14,
        choices=(12, 14),
        metavar="12|14",
        help="large print: body type of 14 pt, or 12 pt if given (default: the journal's "
        "print size setting)",
    )
    note.set_defaults(run=run_meeting_note)


def run_meeting_log(args: argparse.Namespace) -> int:
    # An organisation of an ours-promise defaults to the meeting's single organisation.
    draft = MeetingDraft(
        occurred_on=args.occurred_on,
        kind=args.kind,
        title=args.title,
        organisations=listed(args.organisations) or [],
        contacts=listed(args.contacts) or [],
        members=listed(args.members) or [],
        notes=args.notes or "",
        decisions=args.decisions or "",
        location=args.location or "",
        starts_at=args.starts_at or None,
        is_planned=args.is_planned,
        promises=[*args.their_promises, *args.our_promises],
    )
    with journal_from(args) as journal:
        added = log_meeting(journal, draft, today=clock.today())
        detail = meeting_detail(journal, added.id)
    emit(args.json, detail, render_logged)
    return 0


def render_logged(d: MeetingDetail) -> Iterator[str]:
    planned = " (planned)" if d.is_planned else ""
    made = len(d.promises)
    yield (
        f"Logged “{d.title}” on {fmt_date(d.occurred_on)}{planned} (#{d.id}) "
        f"with {made} promise{'s' if made != 1 else ''}" + (":" if made else ".")
    )
    for p in d.promises:
        yield f"  promise #{p.id} [{p.side.label}] {p.description} — {p.holder_name}"


MEETING_KEYS = ("occurred_on", "kind", "title", "starts_at", "notes", "decisions", "location")


def run_meeting_edit(args: argparse.Namespace) -> int:
    changes = given(args, MEETING_KEYS)
    if changes.get("starts_at") == "":
        changes["starts_at"] = None
    if args.is_planned is not None:
        changes["is_planned"] = args.is_planned
    for key in ("organisations", "contacts", "members"):
        values = listed(getattr(args, key))
        if values is not None:
            changes[key] = values
    if not changes:
        raise nothing_to_change("--date 2026-11-20")
    with journal_from(args) as journal:
        found = find_meeting(journal, args.meeting)
        changed = update_meeting(journal, found.id, changes)
    report(args, "meeting", changed, verb="Changed")
    return 0


def run_meeting_delete(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        found = find_meeting(journal, args.meeting)
        detail = meeting_detail(journal, found.id)
        count = len(detail.promises)
        promises = f"{count} promise{'s' if count != 1 else ''}"
        if not count:
            goes = "No promises were made at it."
        elif args.with_promises:
            goes = f"The {promises} made at it will be deleted too."
        else:
            goes = f"The {promises} made at it stay in the journal, no longer linked to it."
        when = f"{fmt_date(detail.occurred_on)}"
        confirm_deletion(args, f"Delete “{detail.title}” ({when}, #{detail.id})? {goes}")
        delete_meeting(journal, found.id, with_promises=args.with_promises)
    deleted = Ref(found.id, found.uuid, found.name)
    impact = {"promises": count, "promises_deleted": count if args.with_promises else 0}
    emit(
        args.json,
        {"deleted": deleted, "kind": "meeting", "impact": impact},
        lambda _d: [f"Deleted meeting “{deleted.name}” (#{deleted.id}). {goes}"],
    )
    return 0


def run_meeting_list(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        rows = list_meetings(journal, organisation=args.organisation, limit=args.limit)
    emit(
        args.json,
        rows,
        lambda rows: (
            table(
                [
                    [
                        f"#{m.id}",
                        fmt_date(m.occurred_on),
                        m.kind.label,
                        m.title + (" (planned)" if m.is_planned else ""),
                        ", ".join(o.name for o in m.organisations),
                    ]
                    for m in rows
                ],
                ["id", "date", "kind", "title", "with"],
            )
            or ["No meetings yet."]
        ),
    )
    return 0


def run_meeting_show(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        detail = meeting_detail(journal, find_meeting(journal, args.meeting).id)
    emit(args.json, detail, render_meeting)
    return 0


def render_meeting(d: MeetingDetail) -> Iterator[str]:
    yield f"{d.title} (#{d.id})"
    at = f" at {d.starts_at:%H:%M}" if d.starts_at else ""
    planned = " (planned)" if d.is_planned else ""
    yield f"  {d.kind.label} on {fmt_date(d.occurred_on)}{at}{planned}"
    yield f"  With: {', '.join(o.name for o in d.organisations)}"
    if d.contacts:
        yield f"  Their side: {', '.join(c.name for c in d.contacts)}"
    if d.members:
        yield f"  Our side: {', '.join(m.name for m in d.members)}"
    if d.location:
        yield f"  Where: {d.location}"
    if d.topics:
        yield f"  Topics: {', '.join(t.name for t in d.topics)}"
    if d.notes:
        yield f"  Notes: {d.notes}"
    if d.decisions:
        yield f"  Decisions: {d.decisions}"
    for p in d.promises:
        yield (
            f"  Promise [{p.side.label}] {p.description} — {p.holder_name}, "
            f"due {fmt_date(p.due_on)}, {p.status_words(clock.today())} #{p.id}"
        )


def run_meeting_note(args: argparse.Namespace) -> int:
    # Printing is imported here: logging and listing meetings never load reportlab.
    from bigjournal.journal.meeting_notes import read_meeting_note
    from bigjournal.reports.meeting_note import file_stem, make_note

    with journal_from(args) as journal:
        found = find_meeting(journal, args.meeting)
        note = read_meeting_note(journal, found.id, today=clock.today())
        pdf, eml = args.pdf, args.eml
        if pdf is None and eml is None:
            pdf = Path(f"{file_stem(note)}.pdf")
        if pdf is not None:
            pdf = output_path(args, pdf if pdf.suffix else pdf.with_suffix(".pdf"))
        if eml is not None:
            eml = output_path(args, eml if eml.suffix else eml.with_suffix(".eml"))
    made = make_note(note, pdf=pdf, eml=eml, paper=args.paper, print_size=args.print_size)
    draft = made.draft
    data = {
        "meeting": {
            "id": note.meeting.id,
            "title": note.meeting.title,
            "occurred_on": note.meeting.occurred_on,
        },
        "pdf": str(made.pdf) if made.pdf else None,
        "eml": str(made.eml) if made.eml else None,
        "subject": draft.subject,
        "to": [
            {"name": a.name, "email": a.email, "organisation": a.organisation} for a in draft.to
        ],
        "no_email": list(draft.no_email),
        "bad_email": [{"name": name, "email": typed} for name, typed in draft.bad_email],
        "left": list(draft.left),
        "advice": draft.advice(),
        "mailto": made.mailto,
        "attachment": made.attachment_name if made.eml else None,
        "pages": 1,
        "left_out": made.fitted.omitted,
        "could_not_print": made.unprintable,
    }
    emit(args.json, data, render_note)
    return 0


def render_note(d: dict[str, Any]) -> Iterator[str]:
    when = fmt_date(d["meeting"]["occurred_on"])
    about = f"“{d['meeting']['title']}” ({when}, #{d['meeting']['id']})"
    if d["pdf"]:
        yield f"Saved the note of {about} as {d['pdf']}."
    if d["eml"]:
        to = ", ".join(f"{a['name']} <{a['email']}>" for a in d["to"]) or "nobody yet"
        yield (
            f"Saved the email draft as {d['eml']}, to {to}, with the note attached. Open it "
            "with your mail program, check it and send it: BigJournal sends nothing."
        )
    if d["eml"]:  # who the draft does not reach, and why
        yield from d["advice"]
    if d["could_not_print"]:
        yield "Some characters could not be printed (no font on this computer has them):"
        yield from (f"  {text}" for text in d["could_not_print"])


# --- promises -------------------------------------------------------------------


def _settled(status: str | None, on: date | None, due: date | None) -> tuple[Any, date | None]:
    """The status to save and its date: "kept late" is kept after the due date."""
    if status is None:
        return None, on
    word = status.strip().casefold().replace(" ", "_").replace("-", "_")
    if word in ("open", ""):
        return PromiseStatus.OPEN, None
    when = on or clock.today()
    if word in (KEPT_LATE, "late"):
        if due is not None and when <= due:
            raise ValidationError(
                f"It was due on {fmt_date(due)}, so kept on {fmt_date(when)} is on time: "
                "use --status kept (or give the later date it was kept with --on)."
            )
        return PromiseStatus.KEPT, when
    return status, when


def _status_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--status",
        help=f"where it stands, for a promise written down after the fact: {STATUS_WORDS}",
    )
    parser.add_argument(
        "--on",
        type=day,
        metavar="DATE",
        help="when it was kept, broken or released (default today)",
    )
    parser.add_argument("--note", help="what happened")


def _register_promises(subparsers: Parsers, common: argparse.ArgumentParser) -> None:
    group = _group(subparsers, "promise", "promises made, by them and by us")
    add = group.add_parser(
        "add",
        parents=[common],
        help="record a promise outside a meeting",
        description="Record a promise. Written down after the fact, it can be entered "
        "already settled: --status kept --on DATE (or kept_late, broken, released, with "
        "--note).",
    )
    side = add.add_mutually_exclusive_group(required=True)
    side.add_argument("--theirs", dest="side", action="store_const", const="theirs")
    side.add_argument("--ours", dest="side", action="store_const", const="ours")
    add.add_argument("description")
    add.add_argument("--by", dest="made_by", help="the contact (theirs) or member (ours)")
    add.add_argument(
        "--to", dest="made_to", help="whom it was made to: a member (theirs) or contact (ours)"
    )
    add.add_argument("--org", dest="organisation")
    add.add_argument("--due", dest="due_on", type=day)
    add.add_argument("--made-on", dest="made_on", type=day, help="default: today")
    _status_options(add)
    add.set_defaults(run=run_promise_add)
    edit = group.add_parser(
        "edit",
        parents=[common],
        help="change or correct a promise",
        description="Change any field of a promise; the ones not given stay as they are.",
    )
    edit.add_argument("promise", help=PROMISE_BY)
    edit.add_argument("--what", dest="description", help="what was promised")
    whose = edit.add_mutually_exclusive_group()
    whose.add_argument("--theirs", dest="side", action="store_const", const="theirs")
    whose.add_argument("--ours", dest="side", action="store_const", const="ours")
    edit.add_argument(
        "--by", dest="made_by", help=f"who made it: a contact (theirs) or member (ours) {CLEARS}"
    )
    edit.add_argument("--to", dest="made_to", help=f"whom it was made to {CLEARS}")
    edit.add_argument(
        "--holder", help=f"who answers for it now ('' leaves it with the organisation) {CLEARS}"
    )
    edit.add_argument("--org", dest="organisation")
    edit.add_argument("--due", dest="due_on", type=day_or_blank, metavar="DATE", help=CLEARS)
    edit.add_argument("--made-on", dest="made_on", type=day, metavar="DATE")
    _status_options(edit)
    edit.set_defaults(run=run_promise_edit)
    delete = group.add_parser(
        "delete",
        parents=[common],
        help="delete a promise entered by mistake",
        description="Delete a promise (a promise let go by agreement is better released).",
    )
    delete.add_argument("promise", help=PROMISE_BY)
    add_yes_option(delete)
    delete.set_defaults(run=run_promise_delete)
    listing = group.add_parser("list", parents=[common], help="the promise register")
    listing.add_argument("--theirs", dest="side", action="store_const", const="theirs")
    listing.add_argument("--ours", dest="side", action="store_const", const="ours")
    listing.add_argument("--status", help=f"one of: {_values(PromiseStatus)}")
    listing.add_argument("--org", dest="organisation")
    listing.add_argument("--overdue", action="store_true", help="open and past due (--today)")
    listing.set_defaults(run=run_promise_list)
    show = group.add_parser("show", parents=[common], help="one promise in full")
    show.add_argument("promise", help=PROMISE_BY)
    show.set_defaults(run=run_promise_show)
    renew = group.add_parser(
        "renew",
        parents=[common],
        help="agree a new date for a broken promise",
        description="A broken promise given a new date: a new promise is made, linked to "
        "the broken one, which stays broken in the track record.",
    )
    renew.add_argument("promise", help=PROMISE_BY)
    renew.add_argument("--due", dest="due_on", type=day, required=True, metavar="DATE")
    renew.add_argument("--what", dest="description", help="new words (default: the same)")
    renew.add_argument(
        "--agreed-on", dest="agreed_on", type=day, metavar="DATE", help="default: today"
    )
    renew.set_defaults(run=run_promise_renew)
    for action, status in (
        ("keep", "kept"),
        ("break", "broken"),
        ("release", "released"),
        ("reopen", "open"),
    ):
        change = group.add_parser(action, parents=[common], help=f"mark a promise {status}")
        change.add_argument("promise", help=PROMISE_BY)
        change.add_argument("--on", type=day, help="when (default today)")
        change.add_argument("--note", default="")
        change.set_defaults(run=run_promise_status, status=status)


def run_promise_add(args: argparse.Namespace) -> int:
    status, status_on = _settled(args.status, args.on, args.due_on)
    if status is None and (args.on is not None or args.note):
        raise ValidationError("--on and --note go with --status (kept, broken or released).")
    draft = PromiseDraft(
        description=args.description,
        side=args.side,
        made_by=args.made_by,
        due_on=args.due_on,
        organisation=args.organisation,
        made_to=args.made_to,
        status=status,
        status_on=status_on,
        status_note=args.note or "",
    )
    with journal_from(args) as journal:
        added = add_promise(journal, draft, made_on=args.made_on or clock.today())
    report(args, "promise", added)
    return 0


PROMISE_KEYS = (
    "description",
    "side",
    "made_by",
    "made_to",
    "holder",
    "organisation",
    "due_on",
    "made_on",
)


def run_promise_edit(args: argparse.Namespace) -> int:
    changes = given(args, PROMISE_KEYS)
    if not changes and args.status is None:
        if args.on is not None or args.note is not None:
            raise ValidationError("--on and --note go with --status (kept, broken or released).")
        raise nothing_to_change("--due 2026-12-31")
    with journal_from(args) as journal:
        found = find_promise(journal, args.promise)
        row = update_promise(journal, found.id, changes) if changes else promise(journal, found.id)
        if args.status is not None:
            status, when = _settled(args.status, args.on, row.due_on)
            note = row.status_note if args.note is None else args.note
            row = set_promise_status(
                journal, row.id, status, on=when, note=note, expected_version=row.version
            )
    report(args, "promise", Ref(row.id, row.uuid, row.description), verb="Changed")
    return 0


def run_promise_delete(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        found = find_promise(journal, args.promise)
        row = promise(journal, found.id)
        meeting = " It stays out of its meeting's notes." if row.interaction_id else ""
        confirm_deletion(
            args,
            f"Delete the promise “{row.description}” (#{row.id}, {row.side.label.lower()}, "
            f"{row.organisation.name})?{meeting}",
        )
        delete_promise(journal, found.id)
    report_deleted(args, "promise", found)
    return 0


def run_promise_list(args: argparse.Namespace) -> int:
    today = clock.today()
    with journal_from(args) as journal:
        rows = list_promises(
            journal,
            side=args.side,
            status=args.status,
            organisation=args.organisation,
            overdue_only=args.overdue,
            today=today,
        )
    emit(args.json, rows, lambda rows: _promise_table(rows, today) or ["No promises match."])
    return 0


def _promise_table(rows: list[PromiseRow], today: date) -> list[str]:
    return table(
        [
            [
                f"#{p.id}",
                p.side.label,
                p.description,
                p.holder_name,
                p.organisation.name,
                fmt_date(p.due_on),
                _status_label(p, today),
            ]
            for p in rows
        ],
        ["id", "side", "promise", "who", "organisation", "due", "status"],
    )


def _status_label(p: PromiseRow, today: date) -> str:
    if p.is_overdue(today):
        return "OVERDUE"
    if p.days_late:
        return f"Kept {wording.count(p.days_late, 'day')} late"
    if p.status is PromiseStatus.BROKEN and p.renewal_id is not None:
        return f"Broken (new date: #{p.renewal_id})"
    return p.status.label


def render_promise(p: PromiseRow, today: date) -> Iterator[str]:
    """One promise in full: whose, who holds it, dates, where it stands and why."""
    yield f"{p.description} (#{p.id})"
    yield f"  {p.side.label}, with {p.organisation.name}; held by {p.holder_name}"
    if p.made_by:
        yield f"  Made by {p.made_by.name}" + (f" to {p.made_to.name}" if p.made_to else "")
    yield f"  Made {fmt_date(p.made_on)}, due {fmt_date(p.due_on)}"
    yield f"  Status: {p.status_words(today, with_reason=False)}"
    if p.status_note:
        reason = "Reason given" if p.status is PromiseStatus.BROKEN else "Note"
        yield f"  {reason}: {' '.join(p.status_note.split())}"
    if p.renewed_from_id:
        yield f"  Gives a new date to the broken promise #{p.renewed_from_id}"
    if p.renewal_id:
        yield f"  New date agreed: promise #{p.renewal_id}"
    elif p.can_be_renewed:
        yield f"  Agree a new date: bigjournal promise renew {p.id} --due DATE"


def run_promise_show(args: argparse.Namespace) -> int:
    today = clock.today()
    with journal_from(args) as journal:
        found = find_promise(journal, args.promise)
        row = promise(journal, found.id)
    emit(args.json, row, lambda p: render_promise(p, today))
    return 0


def run_promise_renew(args: argparse.Namespace) -> int:
    today = clock.today()
    with journal_from(args) as journal:
        found = find_promise(journal, args.promise)
        row = renew_promise(
            journal,
            found.id,
            due_on=args.due_on,
            description=args.description,
            agreed_on=args.agreed_on,
            today=today,
        )
    emit(
        args.json,
        row,
        lambda p: [
            f"New date agreed: promise #{p.id} “{p.description}”, due {fmt_date(p.due_on)} "
            f"(gives a new date to the broken promise #{p.renewed_from_id})."
        ],
    )
    return 0


def run_promise_status(args: argparse.Namespace) -> int:
    on = args.on if args.on is not None or args.status == "open" else clock.today()
    with journal_from(args) as journal:
        found = find_promise(journal, args.promise)
        row = set_promise_status(journal, found.id, args.status, on=on, note=args.note)
    emit(
        args.json,
        row,
        lambda p: [f"Promise #{p.id} “{p.description}” is now {p.status.label.lower()}."],
    )
    return 0
